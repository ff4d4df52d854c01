"""Cities users added because reference data lacks them (the custom_cities table)."""

from __future__ import annotations

from missionplanner.domain.geo import City
from missionplanner.storage.repositories.base import Repository, Row, escape_like, from_json_list, to_json_list

_FIELDS = ("id", "name", "country", "latitude", "longitude", "timezone")


class CityRepository(Repository[City]):
    """The custom_cities table; the reference cities themselves are not stored in the database."""

    table = "custom_cities"
    entity = "city"

    def to_row(self, record: City) -> Row:
        row: Row = {f: getattr(record, f) for f in _FIELDS}
        row["local_names"] = to_json_list(record.local_names)
        return row

    def from_row(self, row: Row) -> City:
        return City(**{f: row[f] for f in _FIELDS}, local_names=from_json_list(row["local_names"]))

    def list(self, text: str = "", *, limit: int = 200, after: tuple[str, str] | None = None) -> list[City]:
        """Cities by name whose name or a local name contains `text`; keyset paging on (name, id)."""
        where, params = ["1 = 1"], []
        if text.strip():
            where.append("(name LIKE ? ESCAPE '\\' OR local_names LIKE ? ESCAPE '\\')")
            params += [f"%{escape_like(text.strip())}%"] * 2
        if after is not None:
            where.append("(name COLLATE NOCASE, id) > (?, ?)")
            params += list(after)
        rows = self.query(
            f"SELECT * FROM custom_cities WHERE {' AND '.join(where)} ORDER BY name COLLATE NOCASE, id LIMIT ?",
            [*params, limit],
        )
        return self.from_rows(rows)

    def all(self) -> list[City]:
        return self.from_rows(self.query("SELECT * FROM custom_cities ORDER BY name COLLATE NOCASE, id"))

    def revision(self) -> tuple[int, int]:
        """A token that changes whenever the table may have changed, for caches built from `all()`.

        It moves with every write on this connection (to any table) and every commit by another one,
        so a cache keyed on it is sometimes rebuilt needlessly but never served stale.
        """
        return self.db.conn.total_changes, int(self.scalar("PRAGMA data_version"))
