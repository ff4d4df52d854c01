"""The custom_cities table: created by m003 (also in older databases), and CityRepository round trips."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from missionplanner.domain.errors import DatabaseError, NotFoundError
from missionplanner.domain.geo import City
from missionplanner.domain.models import new_id
from missionplanner.storage.database import APPLICATION_ID, _connect
from missionplanner.storage.migrations import known_migration_names, migration_set
from missionplanner.storage.store import Store, open_store

COLUMNS = [
    "id",
    "name",
    "country",
    "latitude",
    "longitude",
    "timezone",
    "local_names",
    "created_at",
    "updated_at",
]


def _columns(store: Store) -> list[str]:
    return [r[1] for r in store.db.execute("PRAGMA table_info(custom_cities)")]


def _avaza(**changes: object) -> City:
    values: dict[str, object] = {
        "name": "Avaza",
        "country": "TM",
        "latitude": 40.0236,
        "longitude": 52.9797,
        "timezone": "Asia/Ashgabat",
        "local_names": ("Awaza", "Аваза"),
        "id": new_id(),
    }
    values.update(changes)
    return City(**values)  # type: ignore[arg-type]


def test_new_database_has_the_custom_cities_table(store: Store) -> None:
    assert "m003_custom_cities" in known_migration_names()
    applied = {r[0] for r in store.db.execute("SELECT name FROM _sqlite_migrations")}
    assert "m003_custom_cities" in applied
    assert _columns(store) == COLUMNS
    assert store.cities.count() == 0
    assert store.integrity_problems() == []


def _database_before_custom_cities(path: Path) -> None:
    """A database as the version before custom cities left it: m001 and m002 applied, some data."""
    db = _connect(path)
    db.execute("PRAGMA journal_mode = WAL")
    with db.atomic():
        db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    migration_set().apply(db, stop_before="m003_custom_cities")
    db.execute("PRAGMA user_version = 2")
    with db.atomic():
        db.execute(
            "INSERT INTO organizations (id, name, kind, created_at, updated_at) "
            "VALUES ('org-1', 'Mary welayat hakimligi', 'government_agency', 'then', 'then')"
        )
    db.close()


def test_an_older_database_gets_the_table_on_reopen(db_path: Path) -> None:
    _database_before_custom_cities(db_path)
    conn = sqlite3.connect(db_path)
    try:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    finally:
        conn.close()
    assert "organizations_fts" in tables
    assert "custom_cities" not in tables

    store = open_store(db_path)
    try:
        assert _columns(store) == COLUMNS
        assert store.db.execute("PRAGMA user_version").fetchone()[0] == len(known_migration_names())
        assert store.organizations.get("org-1").name == "Mary welayat hakimligi"
        # The upgrade was backed up first, and the new table works.
        assert any("before-upgrade" in b.name for b in store.backups.list())
        with store.atomic():
            saved = store.cities.insert(_avaza())
        assert store.cities.get(saved.id) == saved
        assert store.integrity_problems() == []
    finally:
        store.close()


def test_city_round_trips_with_local_names_and_no_population(store: Store) -> None:
    city = _avaza()
    with store.atomic():
        saved = store.cities.insert(city)
    assert saved == city
    assert saved.local_names == ("Awaza", "Аваза")
    assert saved.population == 0
    row = store.db.execute("SELECT local_names, created_at, updated_at FROM custom_cities").fetchone()
    assert row[0] == '["Awaza", "Аваза"]'  # readable JSON, Cyrillic kept as is
    assert row[1]
    assert row[1] == row[2]
    assert store.cities.find(city.id) == city
    assert store.cities.exists(city.id)


def test_coordinates_zone_and_country_are_optional(store: Store) -> None:
    city = City("Gökdepe bazary", id=new_id())
    with store.atomic():
        saved = store.cities.insert(city)
    assert saved == city
    assert not saved.has_coordinates
    assert saved.local_names == ()
    assert store.db.execute("SELECT local_names FROM custom_cities").fetchone()[0] == "[]"


def test_update_and_delete(store: Store) -> None:
    city = _avaza()
    with store.atomic():
        store.cities.insert(city)
    moved = _avaza(id=city.id, name="Awaza", latitude=40.03, longitude=52.98, local_names=())
    with store.atomic():
        assert store.cities.update(moved) == moved
    assert store.cities.get(city.id) == moved
    with store.atomic():
        store.cities.delete(city.id)
    assert store.cities.find(city.id) is None
    with pytest.raises(NotFoundError):
        store.cities.get(city.id)
    with pytest.raises(NotFoundError), store.atomic():
        store.cities.update(moved)
    with pytest.raises(NotFoundError), store.atomic():
        store.cities.delete(city.id)


@pytest.mark.parametrize(
    "changes",
    [
        {"name": "  "},
        {"latitude": None},
        {"longitude": None},
        {"latitude": 91.0},
        {"longitude": -180.5},
    ],
)
def test_the_table_itself_refuses_impossible_cities(store: Store, changes: dict[str, object]) -> None:
    with pytest.raises(DatabaseError), store.atomic():
        store.cities.insert(_avaza(**changes))
    assert store.cities.count() == 0


def test_list_by_name_with_text_and_keyset_paging(store: Store) -> None:
    names = ["Awaza", "Büzmeýin", "Ak bugdaý", "Änew", "Gökdepe"]
    with store.atomic():
        for name in names:
            store.cities.insert(City(name, "TM", id=new_id(), local_names=("Аннау",) if name == "Änew" else ()))
    listed = [c.name for c in store.cities.list()]
    assert listed == sorted(names, key=str.casefold) == [c.name for c in store.cities.all()]
    first = store.cities.list(limit=2)
    rest = store.cities.list(after=(first[-1].name, first[-1].id))
    assert [c.name for c in first + rest] == listed
    assert [c.name for c in store.cities.list("kdep")] == ["Gökdepe"]
    assert [c.name for c in store.cities.list("Аннау")] == ["Änew"]
    assert store.cities.list("100%") == []


def test_revision_moves_with_own_writes_and_other_connections(store: Store, db_path: Path) -> None:
    before = store.cities.revision()
    assert store.cities.revision() == before
    with store.atomic():
        store.cities.insert(_avaza())
    after_own = store.cities.revision()
    assert after_own != before
    other = sqlite3.connect(db_path)
    try:
        with other:
            other.execute("DELETE FROM custom_cities")
    finally:
        other.close()
    assert store.cities.revision() != after_own
    assert store.cities.count() == 0
