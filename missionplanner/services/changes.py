"""ChangeSet: what a service call changed, so views refresh just those rows."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from missionplanner.domain.errors import Problem


class Action(StrEnum):
    CREATED = "created"
    UPDATED = "updated"
    DELETED = "deleted"


@dataclass(frozen=True)
class Change:
    """One record that was created, updated or deleted."""

    entity: str
    id: str
    action: Action


@dataclass
class ChangeSet:
    """The records one service call changed, plus warnings worth showing to the user."""

    changes: list[Change] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)

    def add(self, entity: str, record_id: str, action: Action) -> ChangeSet:
        self.changes.append(Change(entity, record_id, action))
        return self

    def created(self, entity: str, record_id: str) -> ChangeSet:
        return self.add(entity, record_id, Action.CREATED)

    def updated(self, entity: str, record_id: str) -> ChangeSet:
        return self.add(entity, record_id, Action.UPDATED)

    def deleted(self, entity: str, record_id: str) -> ChangeSet:
        return self.add(entity, record_id, Action.DELETED)

    def merge(self, other: ChangeSet) -> ChangeSet:
        self.changes += other.changes
        self.warnings += other.warnings
        return self

    def ids(self, entity: str, action: Action | None = None) -> list[str]:
        return [c.id for c in self.changes if c.entity == entity and (action is None or c.action == action)]

    def __bool__(self) -> bool:
        return bool(self.changes)
