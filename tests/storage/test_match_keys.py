"""The match keys kept with organizations and contacts: written with every record, filled on upgrade."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from missionplanner.domain.enums import OrganizationKind
from missionplanner.domain.models import Contact, Organization
from missionplanner.domain.people_import import match_key
from missionplanner.storage.database import APPLICATION_ID, _connect
from missionplanner.storage.migrations import known_migration_names, migration_set
from missionplanner.storage.store import Store, open_store


def _keys(store: Store) -> tuple[dict[str, tuple[str, str]], dict[str, str]]:
    organizations = {
        r[0]: (r[1], r[2]) for r in store.db.execute("SELECT id, match_key, local_match_key FROM organizations")
    }
    contacts = {r[0]: r[1] for r in store.db.execute("SELECT id, match_key FROM contacts")}
    return organizations, contacts


def test_every_write_stores_the_keys(store: Store) -> None:
    with store.atomic():
        store.organizations.insert(Organization(id="o1", name="ОАО «Белшина»", name_local="Belshina JSC"))
        store.organizations.insert_many(
            [Organization(id=f"o{n}", name=f"Union {n} & Co", kind=OrganizationKind.OTHER) for n in range(2, 2000)]
        )
        store.contacts.insert(Contact(id="c1", name="Ivan  PETROV", organization_id="o1"))
        store.contacts.insert_many([Contact(id=f"c{n}", name=f"Person {n}") for n in range(2, 5000)])
    organizations, contacts = _keys(store)
    assert organizations["o1"] == ("белшина", "belshina")
    assert organizations["o7"] == ("union 7 and", "")
    assert contacts["c1"] == "ivan petrov"
    assert len(organizations) == 1999
    expected = {f"c{n}": match_key(f"Person {n}") for n in range(2, 5000)}
    assert {i: k for i, k in contacts.items() if i != "c1"} == expected

    with store.atomic():
        store.organizations.update(replace(store.organizations.get("o1"), name="Belshina", name_local=""))
        store.contacts.update(replace(store.contacts.get("c1"), name="Пётр Иванов"))
    organizations, contacts = _keys(store)
    assert organizations["o1"] == ("belshina", "")
    assert contacts["c1"] == "петр иванов"
    assert store.contacts.first_with_match_key("петр иванов") == ("c1", "Пётр Иванов", "o1")
    assert store.contacts.first_with_match_key("nobody") is None
    # The search index followed the renames (its update trigger fires on the searched columns).
    assert {h.id for h in store.search.search("Иванов")} == {"c1"}
    assert store.integrity_problems() == []


def _database_before_match_keys(path: Path) -> None:
    """A database as the version before match keys left it, with directory rows written then."""
    db = _connect(path)
    db.execute("PRAGMA journal_mode = WAL")
    with db.atomic():
        db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    migration_set().apply(db, stop_before="m006_match_keys")
    db.execute("PRAGMA user_version = 5")
    with db.atomic():
        db.execute(
            "INSERT INTO organizations (id, name, name_local, kind, created_at, updated_at) "
            "VALUES ('org-1', 'Türkmen  Söwda JSC', 'Туркмен Сёвда', 'enterprise', 'then', 'then')"
        )
        db.execute(
            "INSERT INTO contacts (id, organization_id, name, notes, created_at, updated_at) "
            "VALUES ('c-1', 'org-1', 'Aman  Amanow', 'met in Mary', 'then', 'then')"
        )
    db.close()


def test_an_older_database_gets_its_keys_on_reopen(db_path: Path) -> None:
    assert "m006_match_keys" in known_migration_names()
    _database_before_match_keys(db_path)
    store = open_store(db_path)
    try:
        assert any("before-upgrade" in b.name for b in store.backups.list())
        organizations, contacts = _keys(store)
        assert organizations == {"org-1": ("türkmen söwda", "туркмен севда")}
        assert contacts == {"c-1": "aman amanow"}
        assert store.db.execute("PRAGMA user_version").fetchone()[0] == len(known_migration_names())
        # Search still finds what it found before, and follows later edits.
        assert [h.id for h in store.search.search("mary")] == ["c-1"]
        with store.atomic():
            store.contacts.update(replace(store.contacts.get("c-1"), notes="met in Balkanabat"))
        assert [h.id for h in store.search.search("balkanabat")] == ["c-1"]
        assert store.search.search("mary") == []
        assert store.integrity_problems() == []
    finally:
        store.close()
