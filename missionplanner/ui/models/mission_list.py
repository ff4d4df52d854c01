"""The mission list: ids of the filtered missions, rows fetched lazily, updated from ChangeSets."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from missionplanner.domain.models import MissionSummary
from missionplanner.domain.reference import country_name
from missionplanner.services.app import Services
from missionplanner.services.changes import ChangeSet
from missionplanner.storage.repositories.missions import MissionFilter
from missionplanner.ui.models.rows import sync_rows
from missionplanner.ui.presentation import MISSION_STATUS_COLOURS, date_range, dot_icon

SummaryRole = Qt.ItemDataRole.UserRole + 1
IdRole = Qt.ItemDataRole.UserRole + 2
SubtitleRole = Qt.ItemDataRole.UserRole + 3

_BLOCK = 100
Index = QModelIndex | QPersistentModelIndex


class MissionListModel(QAbstractListModel):
    """Missions (or templates) matching a filter, newest first."""

    def __init__(self, services: Services, parent: Any = None) -> None:
        super().__init__(parent)
        self.services = services
        self.filter = MissionFilter()
        self._ids: list[str] = []
        self._cache: dict[str, MissionSummary] = {}

    # Qt interface
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        record_id = self._ids[index.row()]
        if role == IdRole:
            return record_id
        summary = self._summary(index.row())
        if summary is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return summary.title
        if role == SummaryRole:
            return summary
        if role == SubtitleRole:
            return self.subtitle(summary)
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{summary.title}\n{self.subtitle(summary)}"
        if role == Qt.ItemDataRole.DecorationRole:
            return dot_icon(MISSION_STATUS_COLOURS[summary.status])
        return None

    @staticmethod
    def subtitle(summary: MissionSummary) -> str:
        parts = [date_range(summary.start_date, summary.end_date), summary.status.label]
        if summary.destination_country:
            parts.append(country_name(summary.destination_country))
        return " · ".join(parts)

    # Loading
    def set_filter(self, flt: MissionFilter) -> None:
        self.beginResetModel()
        self.filter = flt
        self._ids = self.services.missions.ids(flt)
        self._cache.clear()
        self.endResetModel()

    def reload(self) -> None:
        self.set_filter(self.filter)

    def _summary(self, row: int) -> MissionSummary | None:
        record_id = self._ids[row]
        if record_id not in self._cache:
            # Fetch a block around the requested row: scrolling asks for neighbours next.
            start = max(0, row - _BLOCK // 2)
            block = [i for i in self._ids[start : start + _BLOCK] if i not in self._cache]
            self._cache.update(self.services.missions.summaries_for(block))
        return self._cache.get(record_id)

    def row_of(self, mission_id: str) -> int:
        try:
            return self._ids.index(mission_id)
        except ValueError:
            return -1

    def id_at(self, row: int) -> str | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    # Updates from ChangeSets: only the rows that changed move, appear or disappear.
    def apply(self, changes: ChangeSet) -> None:
        touched = set(changes.ids("mission"))
        if not touched:
            return
        for record_id in touched:
            self._cache.pop(record_id, None)
        new_ids = self.services.missions.ids(self.filter)
        sync_rows(self, self._ids, new_ids)
        for record_id in touched:
            row = self.row_of(record_id)
            if row >= 0:
                index = self.index(row)
                self.dataChanged.emit(index, index)
