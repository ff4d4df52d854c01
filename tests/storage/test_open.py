"""Opening a database: create and migrate, reopen, and refuse (untouched) what is not ours to change."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

from missionplanner.domain.errors import DatabaseError
from missionplanner.domain.models import Organization, new_id
from missionplanner.storage.backup import BackupManager
from missionplanner.storage.database import APPLICATION_ID, inspect_file
from missionplanner.storage.migrations import FTS_COLUMNS, MIGRATION_SET, known_migration_names
from missionplanner.storage.store import Store, open_store
from tests.storage.builders import folder_listing, seed_mission, sha256

TABLES = {
    "organizations",
    "contacts",
    "missions",
    "mission_organizers",
    "participants",
    "items",
    "item_hosts",
    "item_host_contacts",
    "item_attendees",
    "outcomes",
    "outcome_organizations",
    "follow_ups",
    "_sqlite_migrations",
} | {f"{table}_fts" for table in FTS_COLUMNS}


def _tables(store: Store) -> set[str]:
    return {r[0] for r in store.db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}


def _pragma(store: Store, name: str) -> object:
    return store.db.execute(f"PRAGMA {name}").fetchone()[0]


def _migrations(store: Store) -> list[tuple[object, ...]]:
    return list(store.db.execute("SELECT id, migration_set, name, applied_at FROM _sqlite_migrations ORDER BY id"))


def _refused(path: Path, *words: str) -> DatabaseError:
    """Open `path`, expect a refusal mentioning `words`, and check the file and its folder were not touched."""
    before = sha256(path)
    backups_before = folder_listing(BackupManager(path).folder)
    with pytest.raises(DatabaseError) as raised:
        open_store(path)
    message = raised.value.message
    for word in words:
        assert word in message
    assert str(path) in message
    assert "untouched" in message
    assert sha256(path) == before
    assert folder_listing(BackupManager(path).folder) == backups_before
    return raised.value


def test_new_database_is_created_with_every_table_and_setting(db_path: Path) -> None:
    assert not db_path.exists()
    store = open_store(db_path)
    try:
        assert store.created
        assert store.is_empty()
        assert _tables(store) >= TABLES
        assert _pragma(store, "application_id") == APPLICATION_ID
        assert _pragma(store, "user_version") == len(known_migration_names())
        assert _pragma(store, "foreign_keys") == 1
        assert _pragma(store, "journal_mode") == "wal"
        assert {r[2] for r in _migrations(store)} == known_migration_names()
        assert {r[1] for r in _migrations(store)} == {MIGRATION_SET}
        assert store.integrity_problems() == []
    finally:
        store.close()
    # A brand-new database needs no backup.
    assert BackupManager(db_path).list() == []


def test_reopening_applies_nothing_new_and_keeps_data(db_path: Path) -> None:
    store = open_store(db_path)
    seeded = seed_mission(store)
    migrations_before = _migrations(store)
    counts_before = store.counts()
    store.close()
    for _ in range(2):
        store = open_store(db_path)
        try:
            assert not store.created
            assert _migrations(store) == migrations_before
            assert store.counts() == counts_before
            assert store.missions.get(seeded.mission.id) == seeded.mission
            assert _pragma(store, "foreign_keys") == 1
            assert _pragma(store, "journal_mode") == "wal"
            assert _pragma(store, "application_id") == APPLICATION_ID
        finally:
            store.close()


def test_empty_file_is_treated_as_a_new_database(db_path: Path) -> None:
    db_path.touch()
    store = open_store(db_path)
    try:
        assert store.created
        assert _pragma(store, "application_id") == APPLICATION_ID
        with store.atomic():
            store.organizations.insert(Organization(new_id(), "First"))
    finally:
        store.close()
    assert BackupManager(db_path).list() == []


def test_newer_schema_is_refused_and_left_untouched(db_path: Path) -> None:
    store = open_store(db_path)
    seed_mission(store)
    with store.atomic():
        store.db.execute(
            "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) VALUES (?, ?, ?)",
            [MIGRATION_SET, "m999_from_the_future", "2030-01-01 00:00:00+00:00"],
        )
    store.close()
    _refused(db_path, "newer version")
    # Refused again on a second try: nothing was half-done by the first.
    _refused(db_path, "newer version")


def test_migrations_of_another_set_are_not_ours_to_judge(db_path: Path) -> None:
    store = open_store(db_path)
    with store.atomic():
        store.db.execute(
            "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) VALUES (?, ?, ?)",
            ["some_plugin", "m001_plugin_tables", "2030-01-01 00:00:00+00:00"],
        )
    store.close()
    open_store(db_path).close()


def test_truncated_database_is_refused_as_damaged(db_path: Path) -> None:
    store = open_store(db_path)
    seed_mission(store)
    store.close()
    data = db_path.read_bytes()
    assert len(data) > 8192
    db_path.write_bytes(data[: len(data) // 2])
    _refused(db_path, "damaged")


def test_a_short_file_with_its_write_ahead_log_beside_it_is_not_judged_truncated(db_path: Path) -> None:
    """A kill in the middle of a checkpoint: the header already counts pages the log still holds."""
    from missionplanner.storage.database import _header_problem

    store = open_store(db_path)
    seed_mission(store)
    store.close()
    data = db_path.read_bytes()
    short = data[: len(data) // 2]
    db_path.write_bytes(short)
    assert _header_problem(db_path) is not None  # no log: refused as truncated
    db_path.with_name(db_path.name + "-wal").write_bytes(b"\x37\x7f\x06\x82" + bytes(28))
    assert _header_problem(db_path) is None  # left to SQLite, which replays the log


def test_truncated_header_is_refused_as_damaged(db_path: Path) -> None:
    open_store(db_path).close()
    db_path.write_bytes(db_path.read_bytes()[:60])
    _refused(db_path, "damaged")


@pytest.mark.parametrize(
    "content",
    [
        os.urandom(8192),
        b"\x00" * 4096,
        "Mission list\nМиссия в Ашхабад, 10–14 March\n".encode(),
        b"PK\x03\x04 a zip file, say an .xlsx",
    ],
    ids=["random-bytes", "zeros", "text", "zip"],
)
def test_files_that_are_not_sqlite_are_refused(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "missions.db"
    path.write_bytes(content)
    _refused(path, "not a Mission Planner database")


def test_sqlite_database_of_another_program_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "places.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)")
    conn.execute("INSERT INTO moz_places (url) VALUES ('https://example.org')")
    conn.commit()
    conn.close()
    _refused(path, "another program")


def test_sqlite_database_with_another_application_id_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA application_id = 12345")
    conn.execute("CREATE TABLE missions (id TEXT)")
    conn.commit()
    conn.close()
    _refused(path, "another program")


def test_folder_instead_of_a_file_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "missions.db"
    folder.mkdir()
    with pytest.raises(DatabaseError) as raised:
        open_store(folder)
    assert "folder" in raised.value.message
    assert list(folder.iterdir()) == []


def test_read_only_file_is_refused_with_a_clear_message(db_path: Path) -> None:
    open_store(db_path).close()
    db_path.chmod(0o444)
    try:
        if os.access(db_path, os.W_OK):
            pytest.skip("running as a user (root) for whom read-only files are still writable")
        before = sha256(db_path)
        with pytest.raises(DatabaseError) as raised:
            open_store(db_path)
        assert "read-only" in raised.value.message
        assert sha256(db_path) == before
    finally:
        db_path.chmod(0o644)


def test_read_only_folder_for_a_new_database_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        if os.access(folder, os.W_OK):
            pytest.skip("running as a user (root) for whom read-only folders are still writable")
        with pytest.raises(DatabaseError) as raised:
            open_store(folder / "missions.db")
        assert "read-only" in raised.value.message
    finally:
        folder.chmod(0o755)


@pytest.mark.parametrize("parts", [("Миссии ň", "база.db"), ("a?b#c%20d & 'q'", "Aşgabat 2025.db")])
def test_paths_with_non_ascii_and_uri_characters_work(tmp_path: Path, parts: tuple[str, str]) -> None:
    path = tmp_path.joinpath(*parts)
    store = open_store(path)
    seeded = seed_mission(store)
    store.close()
    assert path.is_file()
    store = open_store(path)
    try:
        assert not store.created
        assert store.missions.get(seeded.mission.id).title == seeded.mission.title
        assert [h.id for h in store.search.search("палаты", kinds=("mission",))] == [seeded.mission.id]
        backup = store.backups.create()
        assert backup.parent == path.with_name(path.name + ".backups")
        assert store.integrity_problems() == []
    finally:
        store.close()
    assert inspect_file(path).exists


def test_inspecting_a_missing_file_changes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "not-yet" / "missions.db"
    state = inspect_file(path)
    assert not state.exists
    assert state.pending_migrations
    assert not path.parent.exists()
