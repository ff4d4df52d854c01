"""Organizations and contacts: the directory shared by every mission."""

from __future__ import annotations

import sqlite3
import unicodedata
from collections.abc import Iterable, Sequence
from typing import TypeVar

from missionplanner.domain.enums import OrganizationKind
from missionplanner.domain.models import Contact, Organization, utc_now_text
from missionplanner.domain.people_import import match_key
from missionplanner.storage.repositories.base import (
    Repository,
    Row,
    escape_like,
    from_json_list,
    placeholders,
    to_json_list,
)

_ORG_FIELDS = ("id", "name", "name_local", "city", "address", "website", "phone", "email", "notes")
_CONTACT_FIELDS = ("id", "organization_id", "name", "position", "email", "phone", "notes")
_STAMPS = ("created_at", "updated_at")
# Most records have no sectors or languages: json.dumps took 2 µs a record of an import's 10,000.
_NONE = to_json_list(())


def _like(text: str) -> str:
    return f"%{escape_like(text)}%"


def _key_like(text: str) -> str:
    """A LIKE pattern over the match keys, folded as they are (case, ё, compatibility forms)."""
    return _like(unicodedata.normalize("NFKC", text.strip()).casefold().replace("ё", "е"))


T = TypeVar("T", Organization, Contact)


class _DirectoryRepository(Repository[T]):
    """What organizations and contacts share: many new rows written a few thousand per statement."""

    def insert_many(self, records: Sequence[T]) -> None:
        """Insert new records (an import), nothing read back.

        Each statement that fires the full-text trigger costs the index a flush: 10,000 contacts inserted
        one statement each (executemany) took 1.1 s on a 200,000-contact archive, in statements of
        a few thousand rows 0.6 s.
        """
        if not records:
            return
        now = utc_now_text()
        rows = [self.to_row(record) for record in records]
        columns = list(rows[0])
        for row in rows:
            row["created_at"] = row["created_at"] or now
            row["updated_at"] = row["updated_at"] or now
        # As many rows a statement as SQLite takes parameters (999 in old builds, 32,766 since 3.32).
        per_statement = max(1, self.db.conn.getlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER) // len(columns))
        names = ", ".join(f'"{column}"' for column in columns)
        one = f"({', '.join('?' * len(columns))})"
        for start in range(0, len(rows), per_statement):
            chunk = rows[start : start + per_statement]
            self.db.conn.execute(
                f"INSERT INTO {self.table} ({names}) VALUES {', '.join([one] * len(chunk))}",
                [row[column] for row in chunk for column in columns],
            )
        self._insert_links_many(records)


class OrganizationRepository(_DirectoryRepository[Organization]):
    """The organizations table."""

    table = "organizations"
    entity = "organization"

    def to_row(self, record: Organization) -> Row:
        row: Row = {f: getattr(record, f) for f in _ORG_FIELDS + _STAMPS}
        row.update(
            kind=record.kind.value,
            country=record.country,
            sectors=to_json_list(record.sectors) if record.sectors else _NONE,
        )
        # Every write goes through here (insert, insert_many, update): the stored keys follow the names.
        row.update(match_key=match_key(record.name), local_match_key=match_key(record.name_local))
        return row

    def from_row(self, row: Row) -> Organization:
        return Organization(
            **{f: row[f] for f in _ORG_FIELDS + _STAMPS},
            kind=OrganizationKind(row["kind"]),
            country=row["country"],
            sectors=from_json_list(row["sectors"]),
        )

    def list(self, text: str = "", *, limit: int = 200, after: tuple[str, str] | None = None) -> list[Organization]:
        """Organizations by name whose name, local name or city contains `text`; keyset paging."""
        where, params = self._matching(text, after)
        rows = self.query(
            f"SELECT * FROM organizations WHERE {where} ORDER BY name COLLATE NOCASE, id LIMIT ?", [*params, limit]
        )
        return self.from_rows(rows)

    def ids(self, text: str = "") -> list[str]:
        """The ids of every organization `list` would give for `text`, in its order (no records built)."""
        where, params = self._matching(text, None)
        sql = f"SELECT id FROM organizations WHERE {where} ORDER BY name COLLATE NOCASE, id"
        return [row[0] for row in self.db.execute(sql, params)]

    @staticmethod
    def _matching(text: str, after: tuple[str, str] | None) -> tuple[str, list[object]]:
        where, params = ["1 = 1"], []
        if text.strip():
            # SQLite's LIKE ignores case in ASCII only: the lower-case match keys let "ашх" find "Ашхабад".
            where.append(
                "(name LIKE ? ESCAPE '\\' OR name_local LIKE ? ESCAPE '\\' OR city LIKE ? ESCAPE '\\'"
                " OR match_key LIKE ? ESCAPE '\\' OR local_match_key LIKE ? ESCAPE '\\')"
            )
            params += [_like(text.strip())] * 3 + [_key_like(text)] * 2
        if after is not None:
            where.append("(name COLLATE NOCASE, id) > (?, ?)")
            params += list(after)
        return " AND ".join(where), params

    def matching_names(self) -> list[tuple[str, str, str]]:
        """(id, name, local name) of every organization: all an import needs to match names against,
        read without building 50,000 records."""
        sql = "SELECT id, name, name_local FROM organizations ORDER BY name COLLATE NOCASE, id"
        return [tuple(row) for row in self.db.execute(sql)]

    def match_keys(self) -> list[tuple[str, str, str, str, str]]:
        """(id, name, local name, match key, local match key) of every organization, in name order."""
        sql = (
            "SELECT id, name, name_local, match_key, local_match_key FROM organizations "
            "ORDER BY name COLLATE NOCASE, id"
        )
        return [tuple(row) for row in self.db.execute(sql)]

    def usage(self, organization_id: str) -> dict[str, int]:
        """How many records refer to the organization, by kind of record."""
        counts = {
            "contacts": "SELECT count(*) FROM contacts WHERE organization_id = ?",
            "organized missions": "SELECT count(*) FROM mission_organizers WHERE organization_id = ?",
            "hosted items": "SELECT count(*) FROM item_hosts WHERE organization_id = ?",
            "outcomes": "SELECT count(*) FROM outcome_organizations WHERE organization_id = ?",
        }
        return {name: int(self.scalar(sql, [organization_id])) for name, sql in counts.items()}


class ContactRepository(_DirectoryRepository[Contact]):
    """The contacts table."""

    table = "contacts"
    entity = "contact"

    def to_row(self, record: Contact) -> Row:
        row: Row = {f: getattr(record, f) for f in _CONTACT_FIELDS + _STAMPS}
        row["languages"] = to_json_list(record.languages) if record.languages else _NONE
        row["match_key"] = match_key(record.name)
        return row

    def from_row(self, row: Row) -> Contact:
        return Contact(**{f: row[f] for f in _CONTACT_FIELDS + _STAMPS}, languages=from_json_list(row["languages"]))

    def list(
        self,
        text: str = "",
        *,
        organization_id: str | None = None,
        limit: int = 200,
        after: tuple[str, str] | None = None,
    ) -> list[Contact]:
        """Contacts by name, optionally of one organization or matching `text`; keyset paging."""
        where, params = ["1 = 1"], []
        if organization_id is not None:
            where.append("organization_id = ?")
            params.append(organization_id)
        if text.strip():
            where.append(
                "(name LIKE ? ESCAPE '\\' OR position LIKE ? ESCAPE '\\' OR email LIKE ? ESCAPE '\\'"
                " OR match_key LIKE ? ESCAPE '\\')"
            )
            params += [_like(text.strip())] * 3 + [_key_like(text)]
        if after is not None:
            where.append("(name COLLATE NOCASE, id) > (?, ?)")
            params += list(after)
        rows = self.query(
            f"SELECT * FROM contacts WHERE {' AND '.join(where)} ORDER BY name COLLATE NOCASE, id LIMIT ?",
            [*params, limit],
        )
        return self.from_rows(rows)

    def matching_names(self) -> list[tuple[str, str, str | None]]:
        """(id, name, organization id) of every contact, for matching imported names."""
        # In name order, as the directory lists them: the first of equally good matches is the same.
        sql = "SELECT id, name, organization_id FROM contacts ORDER BY name COLLATE NOCASE, id"
        return [tuple(row) for row in self.db.execute(sql)]

    def distinct_match_keys(self) -> list[str]:
        """Every contact's match key once, blank ones left out (read from their index alone)."""
        return [row[0] for row in self.db.execute("SELECT DISTINCT match_key FROM contacts WHERE match_key <> ''")]

    def with_match_keys(self, keys: Iterable[str]) -> list[tuple[str, str, str | None, str]]:
        """(id, name, organization id, match key) of the contacts with these match keys, in no particular order."""
        return self._match_rows_where("match_key", keys)

    def match_keys_of(self, organization_ids: Iterable[str]) -> list[tuple[str, str, str | None, str]]:
        """(id, name, organization id, match key) of the contacts of these organizations, in no particular order."""
        return self._match_rows_where("organization_id", organization_ids)

    def _match_rows_where(self, column: str, values: Iterable[str]) -> list[tuple[str, str, str | None, str]]:
        wanted = list(values)
        found: list[tuple[str, str, str | None, str]] = []
        # In chunks: SQLite limits the number of parameters of one statement.
        for start in range(0, len(wanted), 500):
            chunk = wanted[start : start + 500]
            sql = f"SELECT id, name, organization_id, match_key FROM contacts WHERE {column} IN ({placeholders(chunk)})"
            found += [tuple(row) for row in self.db.execute(sql, chunk)]
        return found

    def match_keys_without_organization(self) -> list[tuple[str, str, str | None, str]]:
        """(id, name, organization id, match key) of the contacts with no employer, in no particular order."""
        sql = (
            "SELECT id, name, organization_id, match_key FROM contacts "
            "WHERE organization_id IS NULL OR organization_id = ''"
        )
        return [tuple(row) for row in self.db.execute(sql)]

    def first_with_match_key(self, key: str) -> tuple[str, str, str | None] | None:
        """(id, name, organization id) of the first contact in name order whose match key is `key`, if any."""
        sql = (
            "SELECT id, name, organization_id FROM contacts WHERE match_key = ? "
            "ORDER BY name COLLATE NOCASE, id LIMIT 1"
        )
        row = self.db.execute(sql, [key]).fetchone()
        return tuple(row) if row else None

    def usage(self, contact_id: str) -> dict[str, int]:
        counts = {
            "delegations": "SELECT count(*) FROM participants WHERE contact_id = ?",
            "hosted items": "SELECT count(*) FROM item_host_contacts WHERE contact_id = ?",
        }
        return {name: int(self.scalar(sql, [contact_id])) for name, sql in counts.items()}


def fill_match_keys(conn: sqlite3.Connection) -> None:
    """Work out the match key of every organization and contact (an upgrade, or rows written by raw SQL)."""
    # One statement per table with the key computed in Python: 250,000 names take a second or two.
    conn.create_function("mp_match_key", 1, match_key, deterministic=True)
    conn.execute("UPDATE organizations SET match_key = mp_match_key(name), local_match_key = mp_match_key(name_local)")
    conn.execute("UPDATE contacts SET match_key = mp_match_key(name)")
