"""The follow-ups table as a model: cells are worked out when Qt paints them, not for every row up front."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from missionplanner.domain.models import FollowUpRow
from missionplanner.domain.translation import QT_TRANSLATE_NOOP
from missionplanner.i18n.formats import medium_date

Index = QModelIndex | QPersistentModelIndex

# Labels in English, translated where shown (QCoreApplication.translate("FollowUpsView", label)).
BUCKETS = {
    "overdue": (QT_TRANSLATE_NOOP("FollowUpsView", "Overdue"), "#c0392b"),
    "this_week": (QT_TRANSLATE_NOOP("FollowUpsView", "Due this week"), "#b9770e"),
    "later": (QT_TRANSLATE_NOOP("FollowUpsView", "Later"), "#1f2d3a"),
    "no_date": (QT_TRANSLATE_NOOP("FollowUpsView", "No due date"), "#5d6d7e"),
    "done": (QT_TRANSLATE_NOOP("FollowUpsView", "Done"), "#7f8c8d"),
}


class FollowUpsModel(QAbstractTableModel):
    """Rows of the follow-ups agenda (20,000 in a national archive); with `across` a Mission column."""

    def __init__(self, across: bool, parent: Any = None) -> None:
        super().__init__(parent)
        self.across = across
        self.rows: list[FollowUpRow] = []
        self._bold: QFont | None = None

    def headers(self) -> list[str]:
        names = [
            QCoreApplication.translate("FollowUpsView", "Due"),
            QCoreApplication.translate("FollowUpsView", "Action"),
            QCoreApplication.translate("FollowUpsView", "Owner"),
            QCoreApplication.translate("FollowUpsView", "Outcome"),
        ]
        if self.across:
            names.append(QCoreApplication.translate("FollowUpsView", "Mission"))
        return [*names, QCoreApplication.translate("FollowUpsView", "State")]

    def set_rows(self, rows: list[FollowUpRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else (6 if self.across else 5)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        return None

    def text(self, row: int, column: int) -> str:
        entry = self.rows[row]
        f = entry.follow_up
        cells = [medium_date(f.due_date) if f.due_date else "—", f.action, f.owner, entry.outcome_title or "—"]
        if self.across:
            cells.append(entry.mission_title)
        if f.done_on:
            state = QCoreApplication.translate("FollowUpsView", "Done {date}").format(date=medium_date(f.done_on))
        else:
            label = BUCKETS.get(entry.bucket, (entry.bucket, ""))[0]
            state = QCoreApplication.translate("FollowUpsView", label)
        return [*cells, state][column]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.text(row, column)
        if role == Qt.ItemDataRole.UserRole:
            return self.rows[row].follow_up.id
        coloured = column in (0, self.columnCount() - 1)
        bucket = self.rows[row].bucket
        if role == Qt.ItemDataRole.ForegroundRole and coloured:
            return QBrush(QColor(BUCKETS.get(bucket, ("", "#000000"))[1]))
        if role == Qt.ItemDataRole.FontRole and coloured and bucket == "overdue":
            if self._bold is None:
                self._bold = QFont()
                self._bold.setBold(True)
            return self._bold
        return None

    def row_of(self, follow_up_id: str) -> int:
        return next((r for r, entry in enumerate(self.rows) if entry.follow_up.id == follow_up_id), -1)
