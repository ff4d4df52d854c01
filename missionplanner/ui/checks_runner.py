"""Keeps the open mission's feasibility findings current: re-checks after every relevant change."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from missionplanner.domain.checks import Finding
from missionplanner.domain.errors import MissionPlannerError
from missionplanner.services.changes import ChangeSet
from missionplanner.ui.context import AppContext

RELEVANT = ("mission", "item", "participant", "contact", "organization", "city", "settings")


class MissionChecks(QObject):
    """Findings of the current mission; views listen to `changed`."""

    changed = Signal(list)  # list[Finding]

    def __init__(self, context: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.mission_id: str | None = None
        self.findings: list[Finding] = []
        # Several ChangeSets from one action (or a burst of undos) cost one check.
        self._timer = QTimer(self, singleShot=True, interval=0)
        self._timer.timeout.connect(self.run)
        context.hub.changed.connect(self._on_changed)

    def set_mission(self, mission_id: str | None) -> None:
        self.mission_id = mission_id
        self.run()

    def _on_changed(self, changes: ChangeSet) -> None:
        if self.mission_id and any(changes.ids(entity) for entity in RELEVANT):
            self._timer.start()

    def run(self) -> None:
        findings: list[Finding] = []
        if self.mission_id and self.context.services.missions.find(self.mission_id) is not None:
            try:
                findings = self.context.services.checks.check(self.mission_id)
            except MissionPlannerError:
                findings = []
        self.findings = findings
        self.changed.emit(findings)
