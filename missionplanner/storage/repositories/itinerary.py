"""Itinerary items with their hosts, host contacts and attendees."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from missionplanner.domain.enums import ItemKind, ItemStatus, TravelMode
from missionplanner.domain.models import Item, ItineraryFigures, TravelInfo
from missionplanner.storage.repositories.base import Repository, Row, local_text

_ITEM_FIELDS = ("id", "mission_id", "title", "timezone", "end_timezone", "city", "venue", "agenda", "notes")
_STAMPS = ("created_at", "updated_at")
_LINKS = (
    ("item_hosts", "organization_id", "host_organization_ids"),
    ("item_host_contacts", "contact_id", "host_contact_ids"),
    ("item_attendees", "participant_id", "attendee_ids"),
)


# Enum members by stored code: a dict lookup is several times cheaper than calling the enum, and a
# 2,000-item mission is read whenever it is opened.
_KINDS = {kind.value: kind for kind in ItemKind}
_STATUSES = {status.value: status for status in ItemStatus}
_MODES = {mode.value: mode for mode in TravelMode}
_NO_LINKS: dict[str, tuple[str, ...]] = {}


def _utc_text(moment: datetime) -> str:
    # isoformat, not strftime: a third of the time, and years before 1000 keep their four digits.
    return moment.replace(tzinfo=None).isoformat(timespec="seconds") + "Z"


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
        return self._item(row, _NO_LINKS)

    def _item(self, row: Row, links: dict[str, tuple[str, ...]]) -> Item:
        """The item of a row, with its ordered links (`links` by attribute name; missing ones are empty)."""
        travel = None
        if row["travel_mode"]:
            travel = TravelInfo(
                from_city=row["travel_from_city"],
                to_city=row["travel_to_city"],
                mode=_MODES[row["travel_mode"]],
                reference=row["travel_reference"],
            )
        return Item(
            id=row["id"],
            mission_id=row["mission_id"],
            title=row["title"],
            start=datetime.fromisoformat(row["start_local"]),
            end=datetime.fromisoformat(row["end_local"]),
            timezone=row["timezone"],
            end_timezone=row["end_timezone"],
            kind=_KINDS[row["kind"]],
            city=row["city"],
            venue=row["venue"],
            host_organization_ids=links.get("host_organization_ids", ()),
            host_contact_ids=links.get("host_contact_ids", ()),
            attendee_ids=None if row["whole_delegation"] else links.get("attendee_ids", ()),
            status=_STATUSES[row["status"]],
            agenda=row["agenda"],
            notes=row["notes"],
            travel=travel,
            created_at=row["created_at"],
            updated_at=row["updated_at"],
        )

    def from_rows(self, rows: list[Row]) -> list[Item]:
        ids = [row["id"] for row in rows]
        links = {attr: self.links_for(table, "item_id", column, ids) for table, column, attr in _LINKS}
        return self._items(rows, links)

    def _items(self, rows: list[Row], links: dict[str, dict[str, list[str]]]) -> list[Item]:
        # Links are read first so each item is built once (dataclasses.replace per item cost a third of a load).
        empty: list[str] = []
        return [
            self._item(row, {attr: tuple(found.get(row["id"], empty)) for attr, found in links.items()}) for row in rows
        ]

    def _mission_links(self, mission_id: str) -> dict[str, dict[str, list[str]]]:
        """Every link of a mission's items, one query per link table (not one per 500 items)."""
        links: dict[str, dict[str, list[str]]] = {}
        for table, column, attr in _LINKS:
            found: dict[str, list[str]] = {}
            cursor = self.db.execute(
                f"SELECT l.item_id, l.{column} FROM {table} l JOIN items i ON i.id = l.item_id "
                "WHERE i.mission_id = ? ORDER BY l.item_id, l.position",
                [mission_id],
            )
            for item_id, linked in cursor:
                found.setdefault(item_id, []).append(linked)
            links[attr] = found
        return links

    def _write_links(self, record: Item) -> None:
        for table, column, attr in _LINKS:
            self.replace_links(table, "item_id", record.id, column, getattr(record, attr) or ())

    def _insert_links_many(self, records: Sequence[Item]) -> None:
        for table, column, attr in _LINKS:
            self.insert_links_many(table, "item_id", column, ((r.id, getattr(r, attr) or ()) for r in records))

    def for_mission(self, mission_id: str) -> list[Item]:
        """The mission's items in chronological (UTC) order."""
        rows = self.query("SELECT * FROM items WHERE mission_id = ? ORDER BY start_utc, end_utc, id", [mission_id])
        return self._items(rows, self._mission_links(mission_id))

    def figures(self, mission_id: str) -> ItineraryFigures:
        """The overview's figures, counted by SQLite: reading a 2,000-item mission whole takes 50 ms."""
        # Fixed-width UTC texts: the concatenation sorts as (start, end, id), the order of for_mission.
        cities = [
            row[0]
            for row in self.db.execute(
                "SELECT city FROM items WHERE mission_id = ? AND city <> '' GROUP BY city "
                "ORDER BY min(start_utc || '|' || end_utc || '|' || id)",
                [mission_id],
            )
        ]
        meetings, visits = self.db.execute(
            "SELECT coalesce(sum(kind IN (?, ?)), 0), coalesce(sum(kind = ?), 0) FROM items WHERE mission_id = ?",
            [ItemKind.MEETING.value, ItemKind.NEGOTIATION.value, ItemKind.SITE_VISIT.value, mission_id],
        ).fetchone()
        return ItineraryFigures(tuple(cities), int(meetings), int(visits))

    def dependents(self, item_id: str) -> dict[str, int]:
        return {"outcomes": int(self.scalar("SELECT count(*) FROM outcomes WHERE item_id = ?", [item_id]))}
