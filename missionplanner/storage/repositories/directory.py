"""Organizations and contacts: the directory shared by every mission."""

from __future__ import annotations

from collections.abc import Iterable

from missionplanner.domain.enums import OrganizationKind
from missionplanner.domain.models import Contact, Organization
from missionplanner.storage.repositories.base import Repository, Row, escape_like, from_json_list, to_json_list

_ORG_FIELDS = ("id", "name", "name_local", "city", "address", "website", "phone", "email", "notes")
_CONTACT_FIELDS = ("id", "organization_id", "name", "position", "email", "phone", "notes")
_STAMPS = ("created_at", "updated_at")


def _like(text: str) -> str:
    return f"%{escape_like(text)}%"


class OrganizationRepository(Repository[Organization]):
    """The organizations table."""

    table = "organizations"
    entity = "organization"

    def to_row(self, record: Organization) -> Row:
        row: Row = {f: getattr(record, f) for f in _ORG_FIELDS + _STAMPS}
        row.update(kind=record.kind.value, country=record.country, sectors=to_json_list(record.sectors))
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
            where.append("(name LIKE ? ESCAPE '\\' OR name_local LIKE ? ESCAPE '\\' OR city LIKE ? ESCAPE '\\')")
            params += [_like(text.strip())] * 3
        if after is not None:
            where.append("(name COLLATE NOCASE, id) > (?, ?)")
            params += list(after)
        return " AND ".join(where), params

    def matching_names(self) -> list[tuple[str, str, str]]:
        """(id, name, local name) of every organization: all an import needs to match names against,
        read without building 50,000 records."""
        sql = "SELECT id, name, name_local FROM organizations ORDER BY name COLLATE NOCASE, id"
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


class ContactRepository(Repository[Contact]):
    """The contacts table."""

    table = "contacts"
    entity = "contact"

    def to_row(self, record: Contact) -> Row:
        row: Row = {f: getattr(record, f) for f in _CONTACT_FIELDS + _STAMPS}
        row["languages"] = to_json_list(record.languages)
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
            where.append("(name LIKE ? ESCAPE '\\' OR position LIKE ? ESCAPE '\\' OR email LIKE ? ESCAPE '\\')")
            params += [_like(text.strip())] * 3
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

    def matching_names_of(self, organization_ids: Iterable[str]) -> list[tuple[str, str, str | None]]:
        """(id, name, organization id) of the contacts of these organizations, in no particular order."""
        ids = list(organization_ids)
        found: list[tuple[str, str, str | None]] = []
        # In chunks: SQLite limits the number of parameters of one statement.
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            marks = ", ".join("?" * len(chunk))
            sql = f"SELECT id, name, organization_id FROM contacts WHERE organization_id IN ({marks})"
            found += [tuple(row) for row in self.db.execute(sql, chunk)]
        return found

    def matching_names_without_organization(self) -> list[tuple[str, str, str | None]]:
        """(id, name, organization id) of the contacts with no employer, in no particular order."""
        sql = "SELECT id, name, organization_id FROM contacts WHERE organization_id IS NULL OR organization_id = ''"
        return [tuple(row) for row in self.db.execute(sql)]

    def usage(self, contact_id: str) -> dict[str, int]:
        counts = {
            "delegations": "SELECT count(*) FROM participants WHERE contact_id = ?",
            "hosted items": "SELECT count(*) FROM item_host_contacts WHERE contact_id = ?",
        }
        return {name: int(self.scalar(sql, [contact_id])) for name, sql in counts.items()}
