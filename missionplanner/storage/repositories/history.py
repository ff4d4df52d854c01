"""Institutional memory: every mission, item, outcome and follow-up an organization or contact took part in.

One query per kind of entry, never one per record. Templates are not history and are left out.
Each method returns its entries newest first, so that a stable sort across kinds keeps that order.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from missionplanner.domain.enums import ItemKind, ItemStatus, OrganizerRole, OutcomeKind, OutcomeStatus, ParticipantRole
from missionplanner.domain.models import HistoryEntry
from missionplanner.domain.translation import translate
from missionplanner.storage.connection import Database
from missionplanner.storage.repositories.base import Row, parse_date, query_rows

# Items the whole delegation attends count as attended only when they are more than logistics.
_NOT_ATTENDED_KINDS = (ItemKind.TRAVEL.value, ItemKind.ACCOMMODATION.value, ItemKind.FREE_TIME.value)

_ITEM_COLUMNS = "i.id, i.title, i.kind, i.status, i.city, i.start_local, m.id AS mission_id, m.title AS mission_title"


class HistoryRepository:
    """Read-only queries across missions for an organization's or a contact's history."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def _query(self, sql: str, params: list[object]) -> list[Row]:
        return query_rows(self.db, sql, params)

    # Organizations
    def organized_missions(self, organization_id: str) -> list[HistoryEntry]:
        rows = self._query(
            "SELECT m.id, m.title, m.start_date, m.end_date, mo.role FROM mission_organizers mo "
            "JOIN missions m ON m.id = mo.mission_id WHERE mo.organization_id = ? AND m.is_template = 0 "
            "ORDER BY m.start_date DESC, m.id",
            [organization_id],
        )
        return [_mission_entry(r, OrganizerRole(r["role"]).label) for r in rows]

    def hosted_items(self, organization_id: str) -> list[HistoryEntry]:
        rows = self._query(
            f"SELECT {_ITEM_COLUMNS} FROM item_hosts h JOIN items i ON i.id = h.item_id "
            "JOIN missions m ON m.id = i.mission_id WHERE h.organization_id = ? AND m.is_template = 0 "
            "ORDER BY i.start_utc DESC, i.id",
            [organization_id],
        )
        return [_item_entry(r, None) for r in rows]

    def counterpart_outcomes(self, organization_id: str) -> list[HistoryEntry]:
        rows = self._query(
            "SELECT o.id, o.title, o.kind, o.status, o.amount, o.currency, m.id AS mission_id, "
            "m.title AS mission_title, "
            "coalesce(o.signed_on, substr(i.start_local, 1, 10), m.end_date) AS on_date "
            "FROM outcome_organizations oo JOIN outcomes o ON o.id = oo.outcome_id "
            "JOIN missions m ON m.id = o.mission_id LEFT JOIN items i ON i.id = o.item_id "
            "WHERE oo.organization_id = ? AND m.is_template = 0 ORDER BY on_date DESC, o.rowid DESC",
            [organization_id],
        )
        return [
            HistoryEntry(
                kind="outcome",
                on=date.fromisoformat(r["on_date"]),
                mission_id=r["mission_id"],
                mission_title=r["mission_title"],
                record_id=r["id"],
                title=r["title"],
                detail=" · ".join(
                    [OutcomeKind(r["kind"]).label, OutcomeStatus(r["status"]).label]
                    + ([f"{Decimal(r['amount']):f} {r['currency']}"] if r["amount"] is not None else [])
                ),
            )
            for r in rows
        ]

    def counterpart_follow_ups(self, organization_id: str) -> list[HistoryEntry]:
        rows = self._query(
            "SELECT f.id, f.action, f.owner, f.due_date, f.done_on, o.title AS outcome_title, "
            "m.id AS mission_id, m.title AS mission_title FROM follow_ups f "
            "JOIN outcomes o ON o.id = f.outcome_id JOIN missions m ON m.id = f.mission_id "
            "WHERE f.outcome_id IN (SELECT outcome_id FROM outcome_organizations WHERE organization_id = ?) "
            "AND m.is_template = 0 "
            "ORDER BY coalesce(f.done_on, f.due_date) IS NULL, coalesce(f.done_on, f.due_date) DESC, f.rowid DESC",
            [organization_id],
        )
        entries = []
        for r in rows:
            due, done = parse_date(r["due_date"]), parse_date(r["done_on"])
            parts = [translate("History", "Owner: {owner}").format(owner=r["owner"])] if r["owner"] else []
            parts.append(
                translate("History", "due {date}").format(date=due.isoformat())
                if due
                else translate("History", "no due date")
            )
            parts.append(
                translate("History", "done {date}").format(date=done.isoformat())
                if done
                else translate("History", "open")
            )
            parts.append(translate("History", "for: {outcome}").format(outcome=r["outcome_title"]))
            entries.append(
                HistoryEntry(
                    kind="follow_up",
                    on=done or due,
                    mission_id=r["mission_id"],
                    mission_title=r["mission_title"],
                    record_id=r["id"],
                    title=r["action"],
                    detail=" · ".join(parts),
                )
            )
        return entries

    # Contacts
    def participations(self, contact_id: str) -> list[HistoryEntry]:
        rows = self._query(
            "SELECT m.id, m.title, m.start_date, m.end_date, p.role FROM participants p "
            "JOIN missions m ON m.id = p.mission_id WHERE p.contact_id = ? AND m.is_template = 0 "
            "ORDER BY m.start_date DESC, m.id",
            [contact_id],
        )
        return [_mission_entry(r, ParticipantRole(r["role"]).label) for r in rows]

    def items_hosted_by_contact(self, contact_id: str) -> list[HistoryEntry]:
        rows = self._query(
            f"SELECT {_ITEM_COLUMNS} FROM item_host_contacts h JOIN items i ON i.id = h.item_id "
            "JOIN missions m ON m.id = i.mission_id WHERE h.contact_id = ? AND m.is_template = 0 "
            "ORDER BY i.start_utc DESC, i.id",
            [contact_id],
        )
        return [_item_entry(r, None) for r in rows]

    def items_attended(self, contact_id: str) -> list[HistoryEntry]:
        """Items the contact attended as a participant: those listing them, and the whole delegation's.

        Whole-delegation travel, accommodation and free time are left out, and so are cancelled items
        and items the contact hosted (listed as hosted instead).
        """
        kinds = ", ".join("?" for _ in _NOT_ATTENDED_KINDS)
        rows = self._query(
            f"SELECT {_ITEM_COLUMNS}, p.role FROM participants p "
            "JOIN items i ON i.mission_id = p.mission_id JOIN missions m ON m.id = i.mission_id "
            "WHERE p.contact_id = ? AND m.is_template = 0 AND i.status <> ? "
            f"AND ((i.whole_delegation = 1 AND i.kind NOT IN ({kinds})) "
            "OR EXISTS (SELECT 1 FROM item_attendees a WHERE a.item_id = i.id AND a.participant_id = p.id)) "
            "AND NOT EXISTS (SELECT 1 FROM item_host_contacts h WHERE h.item_id = i.id AND h.contact_id = ?) "
            "ORDER BY i.start_utc DESC, i.id",
            [contact_id, ItemStatus.CANCELLED.value, *_NOT_ATTENDED_KINDS, contact_id],
        )
        return [_item_entry(r, ParticipantRole(r["role"])) for r in rows]


def _span(start: str, end: str) -> str:
    return start if start == end else f"{start} – {end}"


def _item_entry(r: Row, attended_as: ParticipantRole | None) -> HistoryEntry:
    """An item the organization or contact hosted (`attended_as` None) or attended in a delegation role."""
    city = r["city"]
    if attended_as is None:
        how = translate("History", "Hosted in {city}").format(city=city) if city else translate("History", "Hosted")
    else:
        role = attended_as.label.lower()
        how = (
            translate("History", "Attended as {role} in {city}").format(role=role, city=city)
            if city
            else translate("History", "Attended as {role}").format(role=role)
        )
    parts = [how, ItemStatus(r["status"]).label]
    return HistoryEntry(
        kind=r["kind"],
        on=date.fromisoformat(r["start_local"][:10]),
        mission_id=r["mission_id"],
        mission_title=r["mission_title"],
        record_id=r["id"],
        title=r["title"],
        detail=" · ".join(parts),
    )


def _mission_entry(row: Row, role: str) -> HistoryEntry:
    """A mission someone took part in, with the role they had."""
    return HistoryEntry(
        kind="mission",
        on=date.fromisoformat(row["start_date"]),
        mission_id=row["id"],
        mission_title=row["title"],
        record_id=row["id"],
        title=row["title"],
        detail=f"{role} · {_span(row['start_date'], row['end_date'])}",
    )
