"""store.integrity_problems(): silent on a healthy database, specific about what is wrong otherwise."""

from __future__ import annotations

import pytest

from missionplanner.domain.errors import DatabaseError
from missionplanner.domain.models import Organization, new_id
from missionplanner.storage.store import Store, open_store
from tests.storage.builders import Seeded


def test_healthy_database_has_no_problems(store: Store, seeded: Seeded) -> None:
    assert store.integrity_problems() == []
    assert list(store.db.execute("PRAGMA foreign_key_check")) == []


def _without_foreign_keys(store: Store, sql: str, params: list[object]) -> None:
    # foreign_keys can only change outside a transaction.
    assert not store.db.conn.in_transaction
    store.db.execute("PRAGMA foreign_keys = OFF")
    try:
        with store.atomic():
            store.db.execute(sql, params)
    finally:
        store.db.execute("PRAGMA foreign_keys = ON")


def test_forced_foreign_key_violation_is_reported(store: Store, seeded: Seeded) -> None:
    _without_foreign_keys(
        store,
        "INSERT INTO participants (id, mission_id, contact_id, role, created_at, updated_at) "
        "VALUES (?, ?, 'no-such-contact', 'member', 'now', 'now')",
        [new_id(), seeded.mission.id],
    )
    problems = store.integrity_problems()
    assert problems == [f"participants row {store.participants.count()} refers to a missing contacts record"]


def test_every_dangling_link_is_reported(store: Store, seeded: Seeded) -> None:
    _without_foreign_keys(store, "DELETE FROM organizations WHERE id = ?", [seeded.organizations[2].id])
    problems = store.integrity_problems()
    for table in ("mission_organizers", "item_hosts", "outcome_organizations"):
        assert any(p.startswith(f"{table} row ") and "missing organizations record" in p for p in problems), problems
    assert len(problems) == 3


def test_damaged_pages_are_reported_not_raised(db_path) -> None:
    store = open_store(db_path, make_backups=False)
    with store.atomic():
        for n in range(300):
            store.organizations.insert(Organization(new_id(), f"Organization {n} " + "ы" * 200))
    store.close()
    data = bytearray(db_path.read_bytes())
    # Overwrite pages in the middle: the header stays intact, so the file still opens.
    middle = len(data) // 2
    data[middle : middle + 4 * 4096] = b"\xab" * (4 * 4096)
    db_path.write_bytes(bytes(data))
    store = open_store(db_path, make_backups=False)
    try:
        problems = store.integrity_problems()
        assert problems
        # Writing through a damaged page is refused with our error, not an SQLite traceback.
        with pytest.raises(DatabaseError) as raised, store.atomic():
            store.db.execute("UPDATE organizations SET notes = 'touched'")
        assert "damaged" in raised.value.message
    finally:
        store.close()


def test_rebuilding_the_search_index_keeps_it_healthy(store: Store, seeded: Seeded) -> None:
    store.rebuild_search_index()
    assert store.integrity_problems() == []
    assert [h.id for h in store.search.search("палаты", kinds=("mission",))] == [seeded.mission.id]


@pytest.mark.parametrize("table", ["missions", "organizations", "contacts", "items", "outcomes"])
def test_stale_search_index_is_reported_and_rebuilt(store: Store, seeded: Seeded, table: str) -> None:
    # Another tool changed rows behind the index's back (here: with the update trigger gone).
    title = {"missions": "title", "organizations": "name", "contacts": "name", "items": "title", "outcomes": "title"}
    with store.atomic():
        store.db.execute(f"DROP TRIGGER {table}_au")
        store.db.execute(f"UPDATE {table} SET {title[table]} = 'Zzyzx renamed'")
    assert store.integrity_problems() == [f"the search index of {table} is out of date (run doctor --repair)"]
    store.rebuild_search_index()
    assert store.integrity_problems() == []
    assert store.search.search("Zzyzx", kinds=(table.rstrip("s"),))
