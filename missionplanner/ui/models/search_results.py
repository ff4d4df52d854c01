"""Global search results grouped by kind of record: Missions, Organizations, Contacts, Items, Outcomes."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from missionplanner.domain.models import SearchHit
from missionplanner.domain.translation import QT_TRANSLATE_NOOP
from missionplanner.services.app import Services
from missionplanner.ui.models.rows import TwoLevelModel

Index = QModelIndex | QPersistentModelIndex
HitRole = Qt.ItemDataRole.UserRole + 1
GROUPS = (
    ("mission", QT_TRANSLATE_NOOP("SearchResultsModel", "Missions")),
    ("organization", QT_TRANSLATE_NOOP("SearchResultsModel", "Organizations")),
    ("contact", QT_TRANSLATE_NOOP("SearchResultsModel", "Contacts")),
    ("item", QT_TRANSLATE_NOOP("SearchResultsModel", "Itinerary items")),
    ("outcome", QT_TRANSLATE_NOOP("SearchResultsModel", "Outcomes")),
)


class SearchResultsModel(TwoLevelModel):
    """Two levels: non-empty groups, and their hits ranked by relevance."""

    def __init__(self, services: Services, parent: Any = None) -> None:
        super().__init__(parent)
        self.services = services
        self.query = ""
        self._groups: list[tuple[str, list[SearchHit]]] = []

    def search(self, text: str) -> None:
        self.show_hits(text, self.find(text))

    def find(self, text: str) -> list[SearchHit]:
        """The hits for `text` (no Qt: safe off the GUI thread)."""
        return self.services.search.search(text, limit_per_kind=15) if text.strip() else []

    def show_hits(self, text: str, hits: list[SearchHit]) -> None:
        self.beginResetModel()
        self.query = text
        self._groups = [
            (QCoreApplication.translate("SearchResultsModel", label), [h for h in hits if h.entity == entity])
            for entity, label in GROUPS
            if any(h.entity == entity for h in hits)
        ]
        self.endResetModel()

    def hit_count(self) -> int:
        return sum(len(h) for _, h in self._groups)

    def hit_at(self, index: Index) -> SearchHit | None:
        if not index.isValid() or index.internalId() == 0:
            return None
        return self._groups[index.internalId() - 1][1][index.row()]

    def group_count(self) -> int:
        return len(self._groups)

    def child_count(self, group: int) -> int:
        return len(self._groups[group][1])

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 1

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if index.internalId() == 0:
            return Qt.ItemFlag.ItemIsEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if index.internalId() == 0:
            label, hits = self._groups[index.row()]
            if role == Qt.ItemDataRole.DisplayRole:
                return QCoreApplication.translate("SearchResultsModel", "{group} ({count})").format(
                    group=label, count=len(hits)
                )
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
            return None
        hit = self.hit_at(index)
        assert hit is not None
        if role == Qt.ItemDataRole.DisplayRole:
            snippet = hit.snippet.replace("[", "").replace("]", "")
            return hit.title if snippet.strip() == hit.title.strip() else f"{hit.title}  —  {snippet}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return hit.snippet
        if role == HitRole:
            return hit
        return None
