"""Shared plumbing of the item models: moving rows to a new order with the minimal signals."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex


def sync_rows(model: QAbstractItemModel, rows: list[str], wanted: list[str], parent: QModelIndex | None = None) -> None:
    """Turn `rows` (the ids a parent shows) into `wanted` by removing, moving and inserting single rows.

    Views keep their selection and scroll position, which a model reset would lose.
    """
    parent = parent if parent is not None else QModelIndex()
    keep = set(wanted)
    for row in range(len(rows) - 1, -1, -1):
        if rows[row] not in keep:
            model.beginRemoveRows(parent, row, row)
            del rows[row]
            model.endRemoveRows()
    for target, record_id in enumerate(wanted):
        if target < len(rows) and rows[target] == record_id:
            continue
        if record_id in rows:
            source = rows.index(record_id)
            model.beginMoveRows(parent, source, source, parent, target)
            rows.insert(target, rows.pop(source))
            model.endMoveRows()
        else:
            model.beginInsertRows(parent, target, target)
            rows.insert(target, record_id)
            model.endInsertRows()


Index = QModelIndex | QPersistentModelIndex


class TwoLevelModel(QAbstractItemModel):
    """A tree of groups and their children; internalId is 0 for a group, group row + 1 for a child."""

    def group_count(self) -> int:
        return 0

    def child_count(self, group: int) -> int:
        return 0

    @staticmethod
    def group_of(index: Index) -> int | None:
        """The group row a child index belongs to, or None for a group index."""
        return index.internalId() - 1 if index.internalId() else None

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        # Bounds checked here rather than by hasIndex(), which calls back into rowCount() and columnCount():
        # views ask for every row's index (expanding a 2,000-item agenda asks 10,000 times).
        if not parent.isValid():
            rows, internal = self.group_count(), 0
        elif parent.internalId() == 0 and parent.column() == 0:
            rows, internal = self.child_count(parent.row()), parent.row() + 1
        else:
            return QModelIndex()
        if 0 <= row < rows and 0 <= column < self.columnCount(parent):
            return self.createIndex(row, column, internal)
        return QModelIndex()

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid() or index.internalId() == 0:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, 0)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return self.group_count()
        if parent.internalId() == 0 and parent.column() == 0:
            return self.child_count(parent.row())
        return 0
