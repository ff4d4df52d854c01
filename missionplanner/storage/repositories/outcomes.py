"""Outcomes with their counterpart organizations and status history, and follow-up actions."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from decimal import Decimal

from missionplanner.domain.enums import Direction, OutcomeKind, OutcomeStatus
from missionplanner.domain.errors import NotFoundError
from missionplanner.domain.models import FollowUp, Outcome, OutcomeRow, OutcomeStatusChange, utc_now_text
from missionplanner.storage.repositories.base import Repository, Row, date_text, parse_date, placeholders

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

    def _insert_links_many(self, records: Sequence[Outcome]) -> None:
        links = ((r.id, r.organization_ids) for r in records)
        self.insert_links_many("outcome_organizations", "outcome_id", "organization_id", links)

    def for_mission(self, mission_id: str) -> list[Outcome]:
        return self.from_rows(self.query("SELECT * FROM outcomes WHERE mission_id = ? ORDER BY rowid", [mission_id]))

    def dependents(self, outcome_id: str) -> dict[str, int]:
        return {"follow-ups": int(self.scalar("SELECT count(*) FROM follow_ups WHERE outcome_id = ?", [outcome_id]))}

    def status_of(self, outcome_id: str) -> OutcomeStatus:
        """The stored status of an outcome (to tell whether an update changes it)."""
        status = self.scalar("SELECT status FROM outcomes WHERE id = ?", [outcome_id])
        if status is None:
            raise NotFoundError(self.entity, outcome_id)
        return OutcomeStatus(status)

    def write_exact(self, record: Outcome) -> Outcome:
        """Write the record as given, timestamps included (inserted if missing): for exact undo."""
        if not self.exists(record.id):
            return self.insert(record)
        row = self.to_row(record)
        record_id = row.pop("id")
        now = utc_now_text()
        row["created_at"] = row["created_at"] or now
        row["updated_at"] = row["updated_at"] or now
        self.db[self.table].update(record_id, row)
        self._write_links(record)
        return self.get(record_id)

    def register(self, *, mission_id: str | None = None) -> list[OutcomeRow]:
        """Outcomes with their mission's title and counterparts' names, newest mission first.

        Templates are left out unless their id is asked for.
        """
        where, params = ("o.mission_id = ?", [mission_id]) if mission_id is not None else ("m.is_template = 0", [])
        rows = self.query(
            f"SELECT o.*, m.title AS mission_title FROM outcomes o JOIN missions m ON m.id = o.mission_id "
            f"WHERE {where} ORDER BY m.start_date DESC, m.id, o.rowid",
            params,
        )
        outcomes = self.from_rows([{k: v for k, v in r.items() if k != "mission_title"} for r in rows])
        names = self.counterpart_names([o.id for o in outcomes])
        return [
            OutcomeRow(outcome, row["mission_title"], tuple(names[outcome.id]))
            for outcome, row in zip(outcomes, rows, strict=True)
        ]

    def counterpart_names(self, outcome_ids: list[str]) -> dict[str, list[str]]:
        """The counterparts' names of each outcome, in their order."""
        names: dict[str, list[str]] = {i: [] for i in outcome_ids}
        for start in range(0, len(outcome_ids), 500):
            chunk = outcome_ids[start : start + 500]
            cursor = self.db.execute(
                "SELECT oo.outcome_id, org.name FROM outcome_organizations oo "
                "JOIN organizations org ON org.id = oo.organization_id "
                f"WHERE oo.outcome_id IN ({placeholders(chunk)}) ORDER BY oo.outcome_id, oo.position",
                chunk,
            )
            for outcome_id, name in cursor:
                names[outcome_id].append(name)
        return names


class OutcomeStatusChangeRepository(Repository[OutcomeStatusChange]):
    """The outcome_status_changes table: each outcome's status history (rows are never edited by users)."""

    table = "outcome_status_changes"
    entity = "outcome status change"

    def to_row(self, record: OutcomeStatusChange) -> Row:
        return {
            "id": record.id,
            "outcome_id": record.outcome_id,
            "changed_on": record.changed_on.isoformat(),
            "from_status": record.from_status.value if record.from_status is not None else None,
            "to_status": record.to_status.value,
            "note": record.note,
            "created_at": record.created_at,
        }

    def from_row(self, row: Row) -> OutcomeStatusChange:
        return OutcomeStatusChange(
            id=row["id"],
            outcome_id=row["outcome_id"],
            changed_on=date.fromisoformat(row["changed_on"]),
            from_status=OutcomeStatus(row["from_status"]) if row["from_status"] is not None else None,
            to_status=OutcomeStatus(row["to_status"]),
            note=row["note"],
            created_at=row["created_at"],
        )

    def insert(self, record: OutcomeStatusChange) -> OutcomeStatusChange:
        # Only created_at: a status change is a fact that happened, not a record that is edited.
        row = self.to_row(record)
        row["created_at"] = row["created_at"] or utc_now_text()
        self.db[self.table].insert(row)
        return self.get(row["id"])

    def update(self, record: OutcomeStatusChange) -> OutcomeStatusChange:
        row = self.to_row(record)
        record_id = row.pop("id")
        row.pop("created_at")
        if not self.exists(record_id):
            raise NotFoundError(self.entity, record_id)
        self.db[self.table].update(record_id, row)
        return self.get(record_id)

    def for_outcome(self, outcome_id: str) -> list[OutcomeStatusChange]:
        """An outcome's history, oldest first (changes on the same day in the order they were recorded)."""
        return self.for_outcomes([outcome_id])

    def for_outcomes(self, outcome_ids: list[str]) -> list[OutcomeStatusChange]:
        """The histories of several outcomes, each oldest first."""
        found: list[OutcomeStatusChange] = []
        for start in range(0, len(outcome_ids), 500):
            chunk = outcome_ids[start : start + 500]
            found += self.from_rows(
                self.query(
                    f"SELECT * FROM outcome_status_changes WHERE outcome_id IN ({placeholders(chunk)}) "
                    "ORDER BY outcome_id, changed_on, rowid",
                    chunk,
                )
            )
        return found

    def for_mission(self, mission_id: str) -> list[OutcomeStatusChange]:
        return self.from_rows(
            self.query(
                "SELECT h.* FROM outcome_status_changes h JOIN outcomes o ON o.id = h.outcome_id "
                "WHERE o.mission_id = ? ORDER BY o.rowid, h.changed_on, h.rowid",
                [mission_id],
            )
        )

    def replace_for_outcome(self, outcome_id: str, history: list[OutcomeStatusChange]) -> None:
        """Make the outcome's history exactly `history` (same ids, dates and timestamps)."""
        self.db.execute("DELETE FROM outcome_status_changes WHERE outcome_id = ?", [outcome_id])
        for change in history:
            self.insert(change)


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

    def agenda(
        self, *, owner: str | None = None, mission_id: str | None = None, include_done: bool = False
    ) -> list[tuple[FollowUp, str, str | None]]:
        """Follow-ups with their mission's and outcome's titles, earliest due first (undated last).

        Templates are left out unless their id is asked for; `owner` matches any part of the owner,
        ignoring case in every script (so it is compared here rather than with SQL's ASCII-only LIKE).
        """
        where, params = [], []
        if mission_id is not None:
            where.append("f.mission_id = ?")
            params.append(mission_id)
        else:
            where.append("m.is_template = 0")
        if not include_done:
            where.append("f.done_on IS NULL")
        rows = self.query(
            "SELECT f.*, m.title AS mission_title, o.title AS outcome_title FROM follow_ups f "
            "JOIN missions m ON m.id = f.mission_id LEFT JOIN outcomes o ON o.id = f.outcome_id "
            f"WHERE {' AND '.join(where)} ORDER BY f.due_date IS NULL, f.due_date, m.start_date, f.rowid",
            params,
        )
        wanted = owner.strip().casefold() if owner else ""
        return [
            (self.from_row(r), r["mission_title"], r["outcome_title"]) for r in rows if wanted in r["owner"].casefold()
        ]

    def overdue_count(self, today: date) -> int:
        """Follow-ups of missions (not templates) not done and due before `today`."""
        return int(
            self.scalar(
                # Templates are few: leaving their ids out is cheaper than joining every follow-up to its
                # mission (30 ms instead of 80 ms over 100,000 follow-ups).
                "SELECT count(*) FROM follow_ups WHERE done_on IS NULL AND due_date < ? "
                "AND mission_id NOT IN (SELECT id FROM missions WHERE is_template = 1)",
                [today.isoformat()],
            )
        )

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
