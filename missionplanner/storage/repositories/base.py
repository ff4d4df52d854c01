"""What every repository shares: row conversion helpers, get/insert/update/delete by id."""

from __future__ import annotations

import json
from abc import ABC, abstractmethod
from collections.abc import Iterable, Sequence
from datetime import date, datetime
from typing import Any, ClassVar, Generic, TypeVar

from missionplanner.domain.errors import NotFoundError
from missionplanner.domain.models import utc_now_text
from missionplanner.storage.connection import Database

T = TypeVar("T")
Row = dict[str, Any]


def to_json_list(values: Iterable[str]) -> str:
    return json.dumps(list(values), ensure_ascii=False)


def from_json_list(text: str | None) -> tuple[str, ...]:
    return tuple(json.loads(text)) if text else ()


def date_text(value: date | None) -> str | None:
    return value.isoformat() if value is not None else None


def parse_date(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def local_text(value: datetime) -> str:
    # isoformat, not strftime: a third of the time, and years before 1000 keep the four digits that
    # datetime.fromisoformat needs to read them back.
    return value.replace(tzinfo=None).isoformat(timespec="minutes")


def escape_like(text: str) -> str:
    """Text for a LIKE pattern (with ESCAPE '\\'), matched literally."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def query_rows(db: Database, sql: str, params: Sequence[object] | dict[str, object] = ()) -> list[Row]:
    """The rows of a query as dicts keyed by column name."""
    cursor = db.execute(sql, params)
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row)) for row in cursor.fetchall()]  # noqa: B905 (rows always match the description)


def placeholders(values: Sequence[object]) -> str:
    return ", ".join("?" for _ in values)


class Repository(ABC, Generic[T]):
    """Common id-based access to one table; subclasses convert rows to records and back."""

    table: ClassVar[str]
    entity: ClassVar[str]
    order_by: ClassVar[str] = "rowid"

    def __init__(self, db: Database) -> None:
        self.db = db

    @abstractmethod
    def to_row(self, record: T) -> Row:
        """The table row (without link tables) for a record."""

    @abstractmethod
    def from_row(self, row: Row) -> T:
        """The record for one row, without its links."""

    # Link tables (hosts, attendees...) are written after the row itself.
    def _write_links(self, record: T) -> None:
        return None

    def query(self, sql: str, params: Sequence[object] | dict[str, object] = ()) -> list[Row]:
        return query_rows(self.db, sql, params)

    def scalar(self, sql: str, params: Sequence[object] = ()) -> Any:
        row = self.db.execute(sql, params).fetchone()
        return row[0] if row else None

    def find(self, record_id: str) -> T | None:
        rows = self.query(f"SELECT * FROM {self.table} WHERE id = ?", [record_id])
        return self.from_rows(rows)[0] if rows else None

    def get(self, record_id: str) -> T:
        record = self.find(record_id)
        if record is None:
            raise NotFoundError(self.entity, record_id)
        return record

    def get_many(self, ids: Iterable[str]) -> list[T]:
        wanted = list(dict.fromkeys(ids))
        found: list[T] = []
        # Stay below SQLite's limit on bound parameters.
        for start in range(0, len(wanted), 500):
            chunk = wanted[start : start + 500]
            found += self.from_rows(
                self.query(f"SELECT * FROM {self.table} WHERE id IN ({placeholders(chunk)})", chunk)
            )
        order = {record_id: i for i, record_id in enumerate(wanted)}
        return sorted(found, key=lambda r: order[r.id])  # type: ignore[attr-defined]

    def from_rows(self, rows: list[Row]) -> list[T]:
        """Records from rows; repositories with link tables override this to batch them."""
        return [self.from_row(row) for row in rows]

    def exists(self, record_id: str) -> bool:
        return self.scalar(f"SELECT 1 FROM {self.table} WHERE id = ?", [record_id]) is not None

    def existing_ids(self, ids: Iterable[str]) -> set[str]:
        wanted = list(set(ids))
        found: set[str] = set()
        for start in range(0, len(wanted), 500):
            chunk = wanted[start : start + 500]
            found |= {
                r[0] for r in self.db.execute(f"SELECT id FROM {self.table} WHERE id IN ({placeholders(chunk)})", chunk)
            }
        return found

    def count(self) -> int:
        return int(self.scalar(f"SELECT count(*) FROM {self.table}"))

    def insert(self, record: T) -> T:
        now = utc_now_text()
        row = self.to_row(record)
        row["created_at"] = row.get("created_at") or now
        row["updated_at"] = row.get("updated_at") or now
        self.db[self.table].insert(row)
        self._write_links(record)
        return self.get(row["id"])

    def insert_many(self, records: Sequence[T]) -> None:
        """Insert new records with one prepared statement per table (a whole mission restored or cloned).

        Unlike `insert`, nothing is read back: writing 2,000 items row by row through sqlite-utils and
        re-reading each one took most of a clone's time.
        """
        if not records:
            return
        now = utc_now_text()
        rows = [self.to_row(record) for record in records]
        columns = list(dict.fromkeys(column for row in rows for column in row) | {"created_at": 0, "updated_at": 0})
        values = []
        for row in rows:
            row["created_at"] = row.get("created_at") or now
            row["updated_at"] = row.get("updated_at") or now
            values.append([row.get(column) for column in columns])
        names = ", ".join(f'"{column}"' for column in columns)
        self.db.conn.executemany(f"INSERT INTO {self.table} ({names}) VALUES ({placeholders(columns)})", values)
        self._insert_links_many(records)

    def _insert_links_many(self, records: Sequence[T]) -> None:
        """The link-table rows of new records; repositories with many links override this to batch them."""
        for record in records:
            self._write_links(record)

    def insert_links_many(
        self, table: str, owner_column: str, column: str, links: Iterable[tuple[str, Sequence[str]]]
    ) -> None:
        """Ordered links of new owners (nothing to replace), in one statement."""
        self.db.conn.executemany(
            f"INSERT INTO {table} ({owner_column}, {column}, position) VALUES (?, ?, ?)",
            [(owner, linked, position) for owner, ids in links for position, linked in enumerate(ids)],
        )

    def update(self, record: T, *, keep_updated_at: bool = False) -> T:
        """Write the record's fields; `keep_updated_at` writes its timestamp as given (undo restores it)."""
        row = self.to_row(record)
        record_id = row.pop("id")
        if not self.exists(record_id):
            raise NotFoundError(self.entity, record_id)
        row.pop("created_at", None)
        if not (keep_updated_at and row.get("updated_at")):
            row["updated_at"] = utc_now_text()
        self.db[self.table].update(record_id, row)
        self._write_links(record)
        return self.get(record_id)

    def upsert(self, record: T) -> T:
        record_id = self.to_row(record)["id"]
        return self.update(record) if self.exists(record_id) else self.insert(record)

    def delete(self, record_id: str) -> None:
        if not self.exists(record_id):
            raise NotFoundError(self.entity, record_id)
        self.db.execute(f"DELETE FROM {self.table} WHERE id = ?", [record_id])

    def replace_links(self, table: str, owner_column: str, owner_id: str, column: str, ids: Sequence[str]) -> None:
        """Replace an owner's ordered links in a join table (hosts, attendees, counterparts)."""
        self.db.execute(f"DELETE FROM {table} WHERE {owner_column} = ?", [owner_id])
        if ids:
            self.db.conn.executemany(
                f"INSERT INTO {table} ({owner_column}, {column}, position) VALUES (?, ?, ?)",
                [(owner_id, linked, position) for position, linked in enumerate(ids)],
            )

    def links_for(self, table: str, owner_column: str, column: str, owner_ids: Sequence[str]) -> dict[str, list[str]]:
        """Ordered linked ids per owner, for many owners in one query per 500."""
        result: dict[str, list[str]] = {owner: [] for owner in owner_ids}
        owners = list(owner_ids)
        for start in range(0, len(owners), 500):
            chunk = owners[start : start + 500]
            cursor = self.db.execute(
                f"SELECT {owner_column}, {column} FROM {table} WHERE {owner_column} IN ({placeholders(chunk)}) "
                f"ORDER BY {owner_column}, position",
                chunk,
            )
            for owner, linked in cursor:
                result[owner].append(linked)
        return result
