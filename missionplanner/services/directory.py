"""Directory use-cases: organizations and their contacts."""

from __future__ import annotations

from collections.abc import Iterable

from missionplanner.domain.errors import Problem
from missionplanner.domain.models import Contact, Organization
from missionplanner.domain.validation import contact_problems, organization_problems
from missionplanner.services.base import EntityService, missing_references, refuse_if_used
from missionplanner.services.changes import ChangeSet
from missionplanner.storage.store import Store


class OrganizationService(EntityService[Organization]):
    """Organizations in the shared directory."""

    entity = "organization"

    def __init__(self, store: Store) -> None:
        super().__init__(store, store.organizations, organization_problems)

    def list(self, text: str = "", *, limit: int = 200, after: tuple[str, str] | None = None) -> list[Organization]:
        return self.store.organizations.list(text, limit=limit, after=after)

    def usage(self, organization_id: str) -> dict[str, int]:
        return self.store.organizations.usage(organization_id)

    def ids(self, text: str = "") -> list[str]:
        """Ids of the organizations matching `text`, in name order (for lazily filled lists)."""
        return self.store.organizations.ids(text)

    def matching_names(self) -> list[tuple[str, str, str]]:
        """(id, name, local name) of every organization, for matching imported lists."""
        return self.store.organizations.matching_names()

    def match_keys(self) -> list[tuple[str, str, str, str, str]]:
        """(id, name, local name, match key, local match key) of every organization, in name order."""
        return self.store.organizations.match_keys()

    def delete(self, record_id: str) -> ChangeSet:
        organization = self.get(record_id)
        usage = self.usage(record_id)
        # Contacts simply lose their employer; missions, items and outcomes must not lose a party.
        usage.pop("contacts")
        refuse_if_used(usage, organization.name)
        staff = self.store.contacts.list(organization_id=record_id, limit=1_000_000)
        changes = super().delete(record_id)
        for contact in staff:
            changes.updated("contact", contact.id)
        return changes


class ContactService(EntityService[Contact]):
    """People in the directory."""

    entity = "contact"

    def __init__(self, store: Store) -> None:
        super().__init__(store, store.contacts, contact_problems)

    def reference_problems(self, record: Contact) -> list[Problem]:
        return missing_references(self.store.organizations, [record.organization_id], "organization_id", "organization")

    def matching_names(self) -> list[tuple[str, str, str | None]]:
        """(id, name, organization id) of every contact, for matching imported lists."""
        return self.store.contacts.matching_names()

    def distinct_match_keys(self) -> list[str]:
        """Every contact's match key once, for fuzzy look-ups."""
        return self.store.contacts.distinct_match_keys()

    def with_match_keys(self, keys: Iterable[str]) -> list[tuple[str, str, str | None, str]]:
        """(id, name, organization id, match key) of the contacts with these match keys, in no particular order."""
        return self.store.contacts.with_match_keys(keys)

    def match_keys_of(self, organization_ids: Iterable[str]) -> list[tuple[str, str, str | None, str]]:
        """(id, name, organization id, match key) of the contacts of these organizations, in no particular order."""
        return self.store.contacts.match_keys_of(organization_ids)

    def match_keys_without_organization(self) -> list[tuple[str, str, str | None, str]]:
        """(id, name, organization id, match key) of the contacts with no employer, in no particular order."""
        return self.store.contacts.match_keys_without_organization()

    def first_with_match_key(self, key: str) -> tuple[str, str, str | None] | None:
        """(id, name, organization id) of the first contact in name order whose match key is `key`, if any."""
        return self.store.contacts.first_with_match_key(key)

    def list(
        self,
        text: str = "",
        *,
        organization_id: str | None = None,
        limit: int = 200,
        after: tuple[str, str] | None = None,
    ) -> list[Contact]:
        return self.store.contacts.list(text, organization_id=organization_id, limit=limit, after=after)

    def usage(self, contact_id: str) -> dict[str, int]:
        return self.store.contacts.usage(contact_id)

    def delete(self, record_id: str) -> ChangeSet:
        contact = self.get(record_id)
        refuse_if_used(self.usage(record_id), contact.name)
        return super().delete(record_id)
