"""Outcome and follow-up use-cases: the outcome register with status history, and the follow-up agenda."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from missionplanner.domain.enums import OutcomeStatus
from missionplanner.domain.errors import Problem
from missionplanner.domain.models import (
    FollowUp,
    FollowUpRow,
    Outcome,
    OutcomeRow,
    OutcomeState,
    OutcomeStatusChange,
    new_id,
)
from missionplanner.domain.translation import translate
from missionplanner.domain.validation import ensure_valid, follow_up_problems, outcome_problems
from missionplanner.services.base import EntityService, missing_references
from missionplanner.services.changes import Action, ChangeSet
from missionplanner.storage.store import Store

# Follow-up buckets, in the order the agenda lists them.
OVERDUE, THIS_WEEK, LATER, NO_DATE, DONE = "overdue", "this_week", "later", "no_date", "done"
BUCKETS = (OVERDUE, THIS_WEEK, LATER, NO_DATE, DONE)


def _default_day(on: date | None) -> date:
    """The day a status change is recorded on when the caller does not say (the GUI passes its own)."""
    return on if on is not None else date.today()


class OutcomeService(EntityService[Outcome]):
    """What came of a mission: agreements, deals, memoranda, intentions, with their status history."""

    entity = "outcome"

    def __init__(self, store: Store) -> None:
        super().__init__(store, store.outcomes, outcome_problems)

    def reference_problems(self, record: Outcome) -> list[Problem]:
        store = self.store
        problems = missing_references(store.missions, [record.mission_id], "mission_id", "mission")
        problems += missing_references(store.organizations, record.organization_ids, "organization_ids", "organization")
        mission = store.missions.find(record.mission_id)
        if mission is not None and mission.is_template:
            message = translate("Services", "Templates have no outcomes; log it on a mission made from the template.")
            problems.append(Problem("mission_id", message))
        if record.item_id:
            item = store.items.find(record.item_id)
            if item is None or item.mission_id != record.mission_id:
                message = translate("Services", "The meeting is not part of this mission; choose one of its items.")
                problems.append(Problem("item_id", message))
        return problems

    def for_mission(self, mission_id: str) -> list[Outcome]:
        return self.store.outcomes.for_mission(mission_id)

    def register(self, *, mission_id: str | None = None) -> list[OutcomeRow]:
        """Outcomes with mission titles and counterpart names: of one mission, or of every mission (no templates)."""
        return self.store.outcomes.register(mission_id=mission_id)

    def create(self, record: Outcome, *, on: date | None = None, note: str = "") -> tuple[Outcome, ChangeSet]:
        """Log an outcome; its history starts with its status on `on` (default: today)."""
        if not record.id:
            record = replace(record, id=new_id())
        ensure_valid(self.problems(record))
        day = _default_day(on)
        with self.store.atomic():
            saved = self.store.outcomes.insert(record)
            self._record(saved, None, day, note)
        return saved, ChangeSet(warnings=self.warnings(saved)).created(self.entity, saved.id)

    def update(self, record: Outcome, *, on: date | None = None, note: str = "") -> tuple[Outcome, ChangeSet]:
        """Save an edited outcome; a new status is added to its history (dated `on`, default today)."""
        ensure_valid(self.problems(record))
        day = _default_day(on)
        with self.store.atomic():
            before = self.store.outcomes.status_of(record.id)
            saved = self.store.outcomes.update(record)
            if saved.status != before:
                self._record(saved, before, day, note)
        return saved, ChangeSet(warnings=self.warnings(saved)).updated(self.entity, saved.id)

    def _record(self, outcome: Outcome, before: OutcomeStatus | None, on: date, note: str) -> OutcomeStatusChange:
        """Add a step to the outcome's history (in the caller's transaction); part of the outcome's change."""
        change = OutcomeStatusChange(new_id(), outcome.id, on, before, outcome.status, note.strip())
        return self.store.outcome_status_changes.insert(change)

    def history(self, outcome_id: str) -> list[OutcomeStatusChange]:
        """The outcome's status changes, oldest first (empty for outcomes imported or logged before history)."""
        return self.store.outcome_status_changes.for_outcome(outcome_id)

    def state(self, outcome_id: str) -> OutcomeState:
        """The outcome and its history as they are now, for restore_state() to put back exactly."""
        return OutcomeState(self.get(outcome_id), tuple(self.history(outcome_id)))

    def restore_state(self, state: OutcomeState) -> ChangeSet:
        """Put the outcome row (timestamps and counterparts included) and its history back as captured."""
        outcome = state.outcome
        ensure_valid(self.problems(outcome))
        store = self.store
        with store.atomic():
            existed = store.outcomes.exists(outcome.id)
            store.outcomes.write_exact(outcome)
            store.outcome_status_changes.replace_for_outcome(outcome.id, list(state.history))
        # The history is part of the outcome: the change is named as the outcome's.
        return ChangeSet().add(self.entity, outcome.id, Action.UPDATED if existed else Action.CREATED)

    def delete(self, record_id: str) -> ChangeSet:
        follow_up_ids = [
            f.id for f in self.store.follow_ups.for_mission(self.get(record_id).mission_id) if f.outcome_id == record_id
        ]
        changes = super().delete(record_id)
        for follow_up_id in follow_up_ids:
            changes.deleted("follow_up", follow_up_id)
        return changes


def follow_up_bucket(follow_up: FollowUp, today: date) -> str:
    """Where a follow-up falls on `today`: overdue, this week (today and the six days after), later, no date, done."""
    if follow_up.done_on is not None:
        return DONE
    if follow_up.due_date is None:
        return NO_DATE
    if follow_up.due_date < today:
        return OVERDUE
    if follow_up.due_date <= today + timedelta(days=6):
        return THIS_WEEK
    return LATER


def _agenda_order(row: FollowUpRow) -> tuple[int, int]:
    f = row.follow_up
    if f.done_on is not None:
        return BUCKETS.index(DONE), -f.done_on.toordinal()
    return BUCKETS.index(row.bucket), f.due_date.toordinal() if f.due_date else 0


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
                message = translate("Services", "The outcome is not part of this mission; choose one of its outcomes.")
                problems.append(Problem("outcome_id", message))
        return problems

    def for_mission(self, mission_id: str) -> list[FollowUp]:
        return self.store.follow_ups.for_mission(mission_id)

    def open_items(self, *, mission_id: str | None = None) -> list[FollowUp]:
        return self.store.follow_ups.open_items(mission_id=mission_id)

    def agenda(
        self, today: date, *, owner: str | None = None, mission_id: str | None = None, include_done: bool = False
    ) -> list[FollowUpRow]:
        """Follow-ups across missions (templates only when asked for by id), as of `today`.

        Overdue first (oldest due first), then due this week, later, without a date, and done
        (most recently done first). `owner` matches any part of the owner, ignoring case.
        """
        rows = [
            FollowUpRow(follow_up, mission_title, outcome_title, follow_up_bucket(follow_up, today))
            for follow_up, mission_title, outcome_title in self.store.follow_ups.agenda(
                owner=owner, mission_id=mission_id, include_done=include_done
            )
        ]
        # A stable sort: ties keep the storage order (due date, mission start, order of entry).
        rows.sort(key=_agenda_order)
        return rows

    def overdue_count(self, today: date) -> int:
        """How many follow-ups (of missions, not templates) are past due on `today` and not done."""
        return self.store.follow_ups.overdue_count(today)

    def mark_done(self, follow_up_id: str, on: date) -> tuple[FollowUp, ChangeSet]:
        return self.update(replace(self.get(follow_up_id), done_on=on))

    def reopen(self, follow_up_id: str) -> tuple[FollowUp, ChangeSet]:
        """Make a done follow-up open again (undo of mark_done)."""
        return self.update(replace(self.get(follow_up_id), done_on=None))
