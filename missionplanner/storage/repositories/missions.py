"""Missions with their organizers, and their delegations (participants)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from missionplanner.domain.enums import MissionKind, MissionStatus, OrganizerRole, ParticipantRole
from missionplanner.domain.models import Mission, MissionOrganizer, MissionSummary, Participant
from missionplanner.storage.repositories.base import Repository, Row, date_text, escape_like

_MISSION_FIELDS = (
    "id",
    "title",
    "origin_country",
    "destination_country",
    "timezone",
    "objectives",
    "notes",
    "source_mission_id",
    "created_at",
    "updated_at",
)


@dataclass(frozen=True)
class MissionFilter:
    """What the mission list shows: free text, status, year, destination, templates or missions."""

    text: str = ""
    status: MissionStatus | None = None
    year: int | None = None
    destination_country: str | None = None
    templates: bool | None = False


class MissionRepository(Repository[Mission]):
    """The missions table and its organizers."""

    table = "missions"
    entity = "mission"

    def to_row(self, record: Mission) -> Row:
        row: Row = {f: getattr(record, f) for f in _MISSION_FIELDS}
        row.update(
            kind=record.kind.value,
            status=record.status.value,
            start_date=date_text(record.start_date),
            end_date=date_text(record.end_date),
            is_template=int(record.is_template),
        )
        return row

    def from_row(self, row: Row) -> Mission:
        return Mission(
            **{f: row[f] for f in _MISSION_FIELDS},
            kind=MissionKind(row["kind"]),
            status=MissionStatus(row["status"]),
            start_date=date.fromisoformat(row["start_date"]),
            end_date=date.fromisoformat(row["end_date"]),
            is_template=bool(row["is_template"]),
        )

    def from_rows(self, rows: list[Row]) -> list[Mission]:
        ids = [r["id"] for r in rows]
        organizers: dict[str, list[MissionOrganizer]] = {i: [] for i in ids}
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            marks = ", ".join("?" for _ in chunk)
            for link in self.query(
                f"SELECT * FROM mission_organizers WHERE mission_id IN ({marks}) ORDER BY mission_id, position",
                chunk,
            ):
                organizers[link["mission_id"]].append(
                    MissionOrganizer(link["organization_id"], OrganizerRole(link["role"]))
                )
        missions = []
        for row in rows:
            mission = self.from_row(row)
            missions.append(replace(mission, organizers=tuple(organizers[mission.id])))
        return missions

    def _write_links(self, record: Mission) -> None:
        self.db.execute("DELETE FROM mission_organizers WHERE mission_id = ?", [record.id])
        self.db.conn.executemany(
            "INSERT INTO mission_organizers (mission_id, organization_id, role, position) VALUES (?, ?, ?, ?)",
            [(record.id, o.organization_id, o.role.value, i) for i, o in enumerate(record.organizers)],
        )

    def _filter_sql(self, flt: MissionFilter) -> tuple[str, list[object]]:
        where, params = ["1 = 1"], []
        if flt.templates is not None:
            where.append("m.is_template = ?")
            params.append(int(flt.templates))
        if flt.status is not None:
            where.append("m.status = ?")
            params.append(flt.status.value)
        if flt.year is not None:
            where.append("m.start_date <= ? AND m.end_date >= ?")
            params += [f"{flt.year}-12-31", f"{flt.year}-01-01"]
        if flt.destination_country:
            where.append("m.destination_country = ?")
            params.append(flt.destination_country)
        match = fts_match_expression(flt.text)
        if match:
            where.append("m.rowid IN (SELECT rowid FROM missions_fts WHERE missions_fts MATCH ?)")
            params.append(match)
        return " AND ".join(where), params

    def summaries(self, flt: MissionFilter, *, limit: int = 100_000) -> list[MissionSummary]:
        """Mission list rows, newest first, filtered; uses the full-text index for `text`."""
        where, params = self._filter_sql(flt)
        rows = self.query(
            f"SELECT {_SUMMARY_COLUMNS} FROM missions m WHERE {where} ORDER BY m.start_date DESC, m.id LIMIT ?",
            [*params, limit],
        )
        return [_summary(r) for r in rows]

    def ids(self, flt: MissionFilter) -> list[str]:
        """Just the ids of the filtered list, in list order (cheap even for a large archive)."""
        where, params = self._filter_sql(flt)
        cursor = self.db.execute(f"SELECT m.id FROM missions m WHERE {where} ORDER BY m.start_date DESC, m.id", params)
        return [r[0] for r in cursor]

    def summaries_for(self, ids: list[str]) -> dict[str, MissionSummary]:
        """List rows for the given ids (those that exist)."""
        found: dict[str, MissionSummary] = {}
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            marks = ", ".join("?" for _ in chunk)
            for r in self.query(f"SELECT {_SUMMARY_COLUMNS} FROM missions m WHERE m.id IN ({marks})", chunk):
                found[r["id"]] = _summary(r)
        return found

    def ids_starting_with(self, prefix: str) -> list[str]:
        rows = self.db.execute(
            "SELECT id FROM missions WHERE id LIKE ? ESCAPE '\\' LIMIT 10", [escape_like(prefix) + "%"]
        )
        return [r[0] for r in rows]

    def destination_countries(self) -> list[str]:
        rows = self.db.execute(
            "SELECT DISTINCT destination_country FROM missions WHERE destination_country IS NOT NULL"
        )
        return [r[0] for r in rows]

    def years(self) -> list[int]:
        rows = self.db.execute("SELECT DISTINCT substr(start_date, 1, 4) FROM missions ORDER BY 1 DESC")
        return [int(r[0]) for r in rows]

    def derived_from(self, mission_id: str) -> list[MissionSummary]:
        """Missions created from this one (used as a template)."""
        rows = self.query(
            f"SELECT {_SUMMARY_COLUMNS} FROM missions m WHERE m.source_mission_id = ? ORDER BY m.start_date DESC",
            [mission_id],
        )
        return [_summary(r) for r in rows]

    def dependents(self, mission_id: str) -> dict[str, int]:
        """How many records a deletion of the mission takes with it."""
        tables = ("participants", "items", "outcomes", "follow_ups")
        return {t: int(self.scalar(f"SELECT count(*) FROM {t} WHERE mission_id = ?", [mission_id])) for t in tables}


_SUMMARY_COLUMNS = "m.id, m.title, m.start_date, m.end_date, m.status, m.kind, m.destination_country, m.is_template"


def _summary(r: Row) -> MissionSummary:
    return MissionSummary(
        id=r["id"],
        title=r["title"],
        start_date=date.fromisoformat(r["start_date"]),
        end_date=date.fromisoformat(r["end_date"]),
        status=MissionStatus(r["status"]),
        kind=MissionKind(r["kind"]),
        destination_country=r["destination_country"],
        is_template=bool(r["is_template"]),
    )


def fts_match_expression(text: str) -> str | None:
    """A safe FTS5 query from user text: every word must match as a prefix."""
    # FTS5 stops reading a query at NUL ("unterminated string"), and SQLite cannot take the lone
    # surrogates that stand for undecodable bytes in a command line; neither can match stored text.
    text = "".join(ch for ch in text if ch != "\x00" and not "\ud800" <= ch <= "\udfff")
    words = [w.replace('"', "") for w in text.split()]
    words = [w for w in words if w]
    if not words:
        return None
    return " ".join(f'"{w}"*' for w in words)


class ParticipantRepository(Repository[Participant]):
    """The participants table: who is in a mission's delegation."""

    table = "participants"
    entity = "participant"

    def to_row(self, record: Participant) -> Row:
        row: Row = {
            f: getattr(record, f) for f in ("id", "mission_id", "contact_id", "notes", "created_at", "updated_at")
        }
        row["role"] = record.role.value
        return row

    def from_row(self, row: Row) -> Participant:
        return Participant(
            id=row["id"],
            mission_id=row["mission_id"],
            contact_id=row["contact_id"],
            role=ParticipantRole(row["role"]),
            notes=row["notes"],
            created_at=row["created_at"],
            updated_at=row["updated_at"],
        )

    def insert(self, record: Participant) -> Participant:
        inserted = super().insert(record)
        # New members go to the end of the delegation list.
        self.db.execute(
            "UPDATE participants SET position = "
            "(SELECT coalesce(max(position), -1) + 1 FROM participants WHERE mission_id = ?) WHERE id = ?",
            [record.mission_id, record.id],
        )
        return inserted

    def positions(self, ids: list[str]) -> dict[str, int]:
        """Where each participant stands in its delegation's order."""
        found: dict[str, int] = {}
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            marks = ", ".join("?" for _ in chunk)
            for row in self.db.execute(f"SELECT id, position FROM participants WHERE id IN ({marks})", chunk):
                found[row[0]] = row[1]
        return found

    def set_position(self, participant_id: str, position: int) -> None:
        self.db.execute("UPDATE participants SET position = ? WHERE id = ?", [position, participant_id])

    def for_mission(self, mission_id: str) -> list[Participant]:
        return self.from_rows(
            self.query("SELECT * FROM participants WHERE mission_id = ? ORDER BY position, rowid", [mission_id])
        )

    def find_by_contact(self, mission_id: str, contact_id: str) -> Participant | None:
        rows = self.query(
            "SELECT * FROM participants WHERE mission_id = ? AND contact_id = ?", [mission_id, contact_id]
        )
        return self.from_row(rows[0]) if rows else None
