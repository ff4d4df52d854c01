"""Choosing one mission (or all of them) to narrow a page down, in an archive of thousands."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from missionplanner.services.app import Services
from missionplanner.ui.widgets.lazy_combo import LazyComboBox


class MissionFilter(LazyComboBox):
    """'All missions', then every mission (not templates), newest first; listed when first opened."""

    def __init__(self, services: Services, all_text: str, parent: QWidget | None = None) -> None:
        super().__init__(self._list, parent)
        self.services = services
        self.all_text = all_text
        self.addItem(all_text, None)

    def relist(self) -> None:
        """List the missions again (one was added, renamed or deleted), if they have been listed."""
        if self.filled:
            self._list()

    def choose(self, mission_id: str | None) -> None:
        self.ensure_filled()
        self.setCurrentIndex(max(self.findData(mission_id), 0))

    def _list(self) -> None:
        chosen = self.currentData()
        self.blockSignals(True)
        self.clear()
        self.addItem(self.all_text, None)
        for summary in self.services.missions.summaries():
            if not summary.is_template:
                self.addItem(f"{summary.start_date:%Y} · {summary.title}", summary.id)
        self.setCurrentIndex(max(self.findData(chosen), 0))
        self.blockSignals(False)
