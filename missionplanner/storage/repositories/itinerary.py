"""Itinerary items with their hosts, host contacts and attendees."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime

from missionplanner.domain.enums import ItemKind, ItemStatus, TravelMode
from missionplanner.domain.models import Item, TravelInfo
from missionplanner.storage.repositories.base import Repository, Row, local_text

_ITEM_FIELDS = ("id", "mission_id", "title", "timezone", "end_timezone", "city", "venue", "agenda", "notes")
_STAMPS = ("created_at", "updated_at")
_LINKS = (
    ("item_hosts", "organization_id", "host_organization_ids"),
    ("item_host_contacts", "contact_id", "host_contact_ids"),
    ("item_attendees", "participant_id", "attendee_ids"),
)


def _utc_text(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


class ItemRepository(Repository[Item]):
    """The items table and its link tables."""

    table = "items"
    entity = "itinerary item"

    def to_row(self, record: Item) -> Row:
        row: Row = {f: getattr(record, f) for f in _ITEM_FIELDS + _STAMPS}
        travel = record.travel
        row.update(
            kind=record.kind.value,
            status=record.status.value,
            start_local=local_text(record.start),
            end_local=local_text(record.end),
            start_utc=_utc_text(record.start_utc),
            end_utc=_utc_text(record.end_utc),
            whole_delegation=int(record.attendee_ids is None),
            travel_mode=travel.mode.value if travel else None,
            travel_from_city=travel.from_city if travel else "",
            travel_to_city=travel.to_city if travel else "",
            travel_reference=travel.reference if travel else "",
        )
        return row

    def from_row(self, row: Row) -> Item:
        travel = None
        if row["travel_mode"]:
            travel = TravelInfo(
                from_city=row["travel_from_city"],
                to_city=row["travel_to_city"],
                mode=TravelMode(row["travel_mode"]),
                reference=row["travel_reference"],
            )
        return Item(
            **{f: row[f] for f in _ITEM_FIELDS + _STAMPS},
            kind=ItemKind(row["kind"]),
            status=ItemStatus(row["status"]),
            start=datetime.fromisoformat(row["start_local"]),
            end=datetime.fromisoformat(row["end_local"]),
            attendee_ids=None if row["whole_delegation"] else (),
            travel=travel,
        )

    def from_rows(self, rows: list[Row]) -> list[Item]:
        items = [self.from_row(r) for r in rows]
        ids = [i.id for i in items]
        links = {attr: self.links_for(table, "item_id", column, ids) for table, column, attr in _LINKS}
        return [
            replace(
                item,
                host_organization_ids=tuple(links["host_organization_ids"][item.id]),
                host_contact_ids=tuple(links["host_contact_ids"][item.id]),
                attendee_ids=None if item.attendee_ids is None else tuple(links["attendee_ids"][item.id]),
            )
            for item in items
        ]

    def _write_links(self, record: Item) -> None:
        for table, column, attr in _LINKS:
            self.replace_links(table, "item_id", record.id, column, getattr(record, attr) or ())

    def _insert_links_many(self, records: Sequence[Item]) -> None:
        for table, column, attr in _LINKS:
            self.insert_links_many(table, "item_id", column, ((r.id, getattr(r, attr) or ()) for r in records))

    def for_mission(self, mission_id: str) -> list[Item]:
        """The mission's items in chronological (UTC) order."""
        return self.from_rows(
            self.query("SELECT * FROM items WHERE mission_id = ? ORDER BY start_utc, end_utc, id", [mission_id])
        )

    def dependents(self, item_id: str) -> dict[str, int]:
        return {"outcomes": int(self.scalar("SELECT count(*) FROM outcomes WHERE item_id = ?", [item_id]))}
