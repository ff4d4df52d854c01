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
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        return self.createIndex(row, column, parent.row() + 1 if parent.isValid() else 0)

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
