"""What a deletion takes with it, captured so that undo can put everything back with the same ids."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from typing import Any

from missionplanner.domain.snapshot import MissionSnapshot
from missionplanner.services.changes import ChangeSet
from missionplanner.storage.repositories.base import Repository
from missionplanner.storage.store import Store

# Records that are part of another (an outcome's status history), not dependents worth counting.
_PARTS = {"outcome_status_change"}


@dataclass(frozen=True)
class Removal:
    """Records a deletion removes (in re-insertion order) and records it alters (as they were before)."""

    entity: str
    record_id: str
    removed: tuple[tuple[str, Any], ...]
    altered: tuple[tuple[str, Any], ...] = ()
    # Delegation order is not part of a Participant record; keep it so undo puts people back in place.
    participant_positions: tuple[tuple[str, int], ...] = ()

    def counts(self) -> dict[str, int]:
        """How many dependent records go with the deleted one, by kind (for confirmations)."""
        counts: dict[str, int] = {}
        for entity, record in self.removed:
            if record.id != self.record_id and entity not in _PARTS:
                counts[entity] = counts.get(entity, 0) + 1
        return counts


class Trash:
    """Captures removals before deleting, and restores them in one transaction."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self._repositories: dict[str, Repository[Any]] = {
            "organization": store.organizations,
            "contact": store.contacts,
            "mission": store.missions,
            "participant": store.participants,
            "item": store.items,
            "outcome": store.outcomes,
            "follow_up": store.follow_ups,
            "outcome_status_change": store.outcome_status_changes,
        }

    def capture(self, entity: str, record_id: str) -> Removal:
        """Everything deleting this record would remove or alter, read before the delete."""
        store = self.store
        record = self._repositories[entity].get(record_id)
        removed: list[tuple[str, Any]] = [(entity, record)]
        altered: list[tuple[str, Any]] = []
        if entity == "organization":
            altered += [("contact", c) for c in store.contacts.list(organization_id=record_id, limit=1_000_000)]
        elif entity == "mission":
            removed += [("participant", p) for p in store.participants.for_mission(record_id)]
            removed += [("item", i) for i in store.items.for_mission(record_id)]
            removed += [("outcome", o) for o in store.outcomes.for_mission(record_id)]
            removed += [("follow_up", f) for f in store.follow_ups.for_mission(record_id)]
            removed += [("outcome_status_change", c) for c in store.outcome_status_changes.for_mission(record_id)]
            altered += [("mission", store.missions.get(m.id)) for m in store.missions.derived_from(record_id)]
        elif entity == "participant":
            altered += [
                ("item", i)
                for i in store.items.for_mission(record.mission_id)
                if i.attendee_ids is not None and record_id in i.attendee_ids
            ]
        elif entity == "item":
            altered += [("outcome", o) for o in store.outcomes.for_mission(record.mission_id) if o.item_id == record_id]
        elif entity == "outcome":
            removed += [
                ("follow_up", f) for f in store.follow_ups.for_mission(record.mission_id) if f.outcome_id == record_id
            ]
            removed += [("outcome_status_change", c) for c in store.outcome_status_changes.for_outcome(record_id)]
        positions = store.participants.positions([r.id for kind, r in removed if kind == "participant"])
        return Removal(entity, record_id, tuple(removed), tuple(altered), tuple(positions.items()))

    def restore(self, removal: Removal) -> ChangeSet:
        """Put back what a deletion removed, with the same ids and links, as one transaction."""
        changes = ChangeSet()
        with self.store.atomic():
            for entity, record in removal.removed:
                self._repositories[entity].insert(record)
                if entity not in _PARTS:
                    changes.created(entity, record.id)
            for entity, record in removal.altered:
                self._repositories[entity].update(record, keep_updated_at=True)
                changes.updated(entity, record.id)
            for participant_id, position in removal.participant_positions:
                self.store.participants.set_position(participant_id, position)
        return changes

    def revert_import(
        self, snapshot: MissionSnapshot, previous: dict[str, Any], *, only_added: Collection[str] | None = None
    ) -> ChangeSet:
        """Remove an imported mission and put back the directory records it created or updated.

        With `only_added` (an import that kept the directory as it was), only those records are removed and
        the others are left alone.
        """
        store = self.store
        changes = ChangeSet()
        with store.atomic():
            for entity, record in self.capture("mission", snapshot.mission.id).removed:
                changes.deleted(entity, record.id)
            store.missions.delete(snapshot.mission.id)
            for entity, repository, records in (
                ("contact", store.contacts, snapshot.contacts),
                ("organization", store.organizations, snapshot.organizations),
            ):
                for record in records:
                    if only_added is not None and record.id not in only_added:
                        continue
                    if record.id in previous:
                        repository.update(previous[record.id])
                        changes.updated(entity, record.id)
                    else:
                        repository.delete(record.id)
                        changes.deleted(entity, record.id)
        return changes
