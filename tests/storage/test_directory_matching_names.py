"""The contact names an import reads by employer: every contact of the organizations asked about, none other."""

from __future__ import annotations

from missionplanner.domain.enums import OrganizationKind
from missionplanner.domain.models import Contact, Organization
from missionplanner.storage.store import Store


def test_contacts_of_many_organizations_and_of_none(store: Store) -> None:
    organizations = [Organization(id=f"org-{n:04d}", name=f"Org {n}", kind=OrganizationKind.OTHER) for n in range(1200)]
    store.organizations.insert_many(organizations)
    contacts = [
        Contact(id=f"c-{n:04d}", name=f"Person {n}", organization_id=None if n % 10 == 0 else f"org-{n % 1200:04d}")
        for n in range(3000)
    ]
    store.contacts.insert_many(contacts)
    # More ids than one statement takes parameters for (it reads in chunks), and an unknown one.
    wanted = {f"org-{n:04d}" for n in range(0, 1200, 1)} - {"org-0007"} | {"no-such-org"}
    found = store.contacts.match_keys_of(sorted(wanted))
    expected = {(c.id, c.name, c.organization_id, c.name.lower()) for c in contacts if c.organization_id in wanted}
    assert sorted(found) == sorted(expected)
    assert len(found) == len(expected)
    assert {row[0] for row in store.contacts.match_keys_without_organization()} == {
        c.id for c in contacts if c.organization_id is None
    }
    assert store.contacts.match_keys_of([]) == []
