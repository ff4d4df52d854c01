"""Outcome and follow-up use-cases."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from missionplanner.domain.errors import Problem
from missionplanner.domain.models import FollowUp, Outcome
from missionplanner.domain.validation import follow_up_problems, outcome_problems
from missionplanner.services.base import EntityService, missing_references
from missionplanner.services.changes import ChangeSet
from missionplanner.storage.store import Store


class OutcomeService(EntityService[Outcome]):
    """What came of a mission: agreements, deals, memoranda, intentions."""

    entity = "outcome"

    def __init__(self, store: Store) -> None:
        super().__init__(store, store.outcomes, outcome_problems)

    def reference_problems(self, record: Outcome) -> list[Problem]:
        store = self.store
        problems = missing_references(store.missions, [record.mission_id], "mission_id", "mission")
        problems += missing_references(store.organizations, record.organization_ids, "organization_ids", "organization")
        if record.item_id:
            item = store.items.find(record.item_id)
            if item is None or item.mission_id != record.mission_id:
                problems.append(Problem("item_id", "The meeting is not part of this mission; choose one of its items."))
        return problems

    def for_mission(self, mission_id: str) -> list[Outcome]:
        return self.store.outcomes.for_mission(mission_id)

    def delete(self, record_id: str) -> ChangeSet:
        follow_up_ids = [
            f.id for f in self.store.follow_ups.for_mission(self.get(record_id).mission_id) if f.outcome_id == record_id
        ]
        changes = super().delete(record_id)
        for follow_up_id in follow_up_ids:
            changes.deleted("follow_up", follow_up_id)
        return changes


class FollowUpService(EntityService[FollowUp]):
    """Actions to chase after a mission."""

    entity = "follow_up"

    def __init__(self, store: Store) -> None:
        super().__init__(store, store.follow_ups, follow_up_problems)

    def reference_problems(self, record: FollowUp) -> list[Problem]:
        store = self.store
        problems = missing_references(store.missions, [record.mission_id], "mission_id", "mission")
        if record.outcome_id:
            outcome = store.outcomes.find(record.outcome_id)
            if outcome is None or outcome.mission_id != record.mission_id:
                problems.append(
                    Problem("outcome_id", "The outcome is not part of this mission; choose one of its outcomes.")
                )
        return problems

    def for_mission(self, mission_id: str) -> list[FollowUp]:
        return self.store.follow_ups.for_mission(mission_id)

    def open_items(self, *, mission_id: str | None = None) -> list[FollowUp]:
        return self.store.follow_ups.open_items(mission_id=mission_id)

    def mark_done(self, follow_up_id: str, on: date) -> tuple[FollowUp, ChangeSet]:
        return self.update(replace(self.get(follow_up_id), done_on=on))
