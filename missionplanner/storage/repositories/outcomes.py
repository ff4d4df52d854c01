"""Outcomes with their counterpart organizations, and follow-up actions."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

from missionplanner.domain.enums import Direction, OutcomeKind, OutcomeStatus
from missionplanner.domain.models import FollowUp, Outcome
from missionplanner.storage.repositories.base import Repository, Row, date_text, parse_date

_OUTCOME_FIELDS = (
    "id",
    "mission_id",
    "item_id",
    "title",
    "description",
    "sector",
    "commodity",
    "currency",
    "created_at",
    "updated_at",
)
_FOLLOW_UP_FIELDS = ("id", "mission_id", "outcome_id", "action", "owner", "created_at", "updated_at")


class OutcomeRepository(Repository[Outcome]):
    """The outcomes table and its counterparts."""

    table = "outcomes"
    entity = "outcome"

    def to_row(self, record: Outcome) -> Row:
        row: Row = {f: getattr(record, f) for f in _OUTCOME_FIELDS}
        row.update(
            kind=record.kind.value,
            direction=record.direction.value,
            status=record.status.value,
            # Text keeps the decimal exact; SQLite numbers would round through float.
            amount=str(record.amount) if record.amount is not None else None,
            signed_on=date_text(record.signed_on),
        )
        return row

    def from_row(self, row: Row) -> Outcome:
        return Outcome(
            **{f: row[f] for f in _OUTCOME_FIELDS},
            kind=OutcomeKind(row["kind"]),
            direction=Direction(row["direction"]),
            status=OutcomeStatus(row["status"]),
            amount=Decimal(row["amount"]) if row["amount"] is not None else None,
            signed_on=parse_date(row["signed_on"]),
        )

    def from_rows(self, rows: list[Row]) -> list[Outcome]:
        outcomes = [self.from_row(r) for r in rows]
        links = self.links_for("outcome_organizations", "outcome_id", "organization_id", [o.id for o in outcomes])
        return [replace(o, organization_ids=tuple(links[o.id])) for o in outcomes]

    def _write_links(self, record: Outcome) -> None:
        self.replace_links("outcome_organizations", "outcome_id", record.id, "organization_id", record.organization_ids)

    def for_mission(self, mission_id: str) -> list[Outcome]:
        return self.from_rows(self.query("SELECT * FROM outcomes WHERE mission_id = ? ORDER BY rowid", [mission_id]))

    def dependents(self, outcome_id: str) -> dict[str, int]:
        return {"follow-ups": int(self.scalar("SELECT count(*) FROM follow_ups WHERE outcome_id = ?", [outcome_id]))}


class FollowUpRepository(Repository[FollowUp]):
    """The follow_ups table."""

    table = "follow_ups"
    entity = "follow-up"

    def to_row(self, record: FollowUp) -> Row:
        row: Row = {f: getattr(record, f) for f in _FOLLOW_UP_FIELDS}
        row.update(due_date=date_text(record.due_date), done_on=date_text(record.done_on))
        return row

    def from_row(self, row: Row) -> FollowUp:
        return FollowUp(
            **{f: row[f] for f in _FOLLOW_UP_FIELDS},
            due_date=parse_date(row["due_date"]),
            done_on=parse_date(row["done_on"]),
        )

    def for_mission(self, mission_id: str) -> list[FollowUp]:
        return self.from_rows(self.query("SELECT * FROM follow_ups WHERE mission_id = ? ORDER BY rowid", [mission_id]))

    def open_items(self, *, mission_id: str | None = None, due_before: date | None = None) -> list[FollowUp]:
        """Follow-ups not done yet, earliest due first (those without a due date last)."""
        where, params = ["done_on IS NULL"], []
        if mission_id is not None:
            where.append("mission_id = ?")
            params.append(mission_id)
        if due_before is not None:
            where.append("due_date < ?")
            params.append(due_before.isoformat())
        return self.from_rows(
            self.query(
                f"SELECT * FROM follow_ups WHERE {' AND '.join(where)} ORDER BY due_date IS NULL, due_date, rowid",
                params,
            )
        )
