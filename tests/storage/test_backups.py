"""Backups: restorable copies, at most ten kept, one a day, one before an upgrade, never onto the database."""

from __future__ import annotations

import os
import sqlite3
import time
from pathlib import Path

import pytest

from missionplanner.domain.errors import DatabaseError
from missionplanner.domain.models import Organization, new_id
from missionplanner.storage.backup import DAY_SECONDS, KEEP_BACKUPS, BackupManager
from missionplanner.storage.database import APPLICATION_ID, _connect
from missionplanner.storage.migrations import known_migration_names, migration_set
from missionplanner.storage.store import Store, open_store
from tests.storage.builders import Seeded, row_count, sha256


def _age(path: Path, seconds: float) -> None:
    """Make a backup look `seconds` old."""
    then = time.time() - seconds
    os.utime(path, (then, then))


def test_backup_is_a_restorable_self_contained_copy(store: Store, seeded: Seeded, tmp_path: Path) -> None:
    backup = store.backups.create()
    assert backup.is_file()
    assert backup.parent == store.path.with_name(store.path.name + ".backups")
    assert backup.suffix == ".db"
    assert row_count(backup, "missions") == 1
    assert row_count(backup, "items") == len(seeded.items)
    # One file, not a WAL pair: it can be copied or mailed on its own.
    conn = sqlite3.connect(backup)
    try:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        conn.close()
    assert not backup.with_name(backup.name + "-wal").exists()
    assert not list(backup.parent.glob("*.partial"))
    # Restoring is opening the copy: it is a Mission Planner database with the same data.
    restored_path = tmp_path / "restored" / "missions.db"
    restored_path.parent.mkdir()
    restored_path.write_bytes(backup.read_bytes())
    restored = open_store(restored_path, make_backups=False)
    try:
        assert not restored.created
        assert restored.missions.get(seeded.mission.id) == seeded.mission
        assert restored.items.for_mission(seeded.mission.id) == store.items.for_mission(seeded.mission.id)
        assert restored.search.search("Белорусской", kinds=("mission",))
        assert restored.db.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    finally:
        restored.close()


def test_backup_sees_uncheckpointed_changes(store: Store) -> None:
    # The latest commits may still sit in the WAL file; the backup must contain them.
    with store.atomic():
        for n in range(20):
            store.organizations.insert(Organization(new_id(), f"Organization {n}"))
    assert row_count(store.backups.create(), "organizations") == 20


def test_backup_to_a_chosen_file_is_not_pruned(store: Store, tmp_path: Path) -> None:
    out = tmp_path / "Резервная копия" / "copy.db"
    assert store.backups.create(out) == out
    assert row_count(out, "missions") == 0
    assert out not in store.backups.list()


def test_only_the_ten_newest_backups_are_kept(store: Store) -> None:
    made = [store.backups.create() for _ in range(KEEP_BACKUPS + 3)]
    kept = store.backups.list()
    assert len(kept) == KEEP_BACKUPS
    assert set(kept) == set(made[-KEEP_BACKUPS:])
    assert kept[0] == made[-1]
    for old in made[:3]:
        assert not old.exists()


def test_daily_backup_at_most_once_a_day(store: Store) -> None:
    first = store.backups.create_if_due()
    assert first is not None
    assert "daily" in first.name
    assert store.backups.create_if_due() is None
    assert store.backups.list() == [first]
    _age(first, DAY_SECONDS - 60)
    assert store.backups.create_if_due() is None
    _age(first, DAY_SECONDS + 60)
    second = store.backups.create_if_due()
    assert second is not None
    assert store.backups.list() == [second, first]


def test_reopening_makes_one_daily_backup(db_path: Path) -> None:
    open_store(db_path).close()
    assert BackupManager(db_path).list() == []
    for _ in range(3):
        open_store(db_path).close()
    backups = BackupManager(db_path).list()
    assert len(backups) == 1
    assert "daily" in backups[0].name


def test_no_backups_when_asked_not_to(db_path: Path) -> None:
    open_store(db_path, make_backups=False).close()
    open_store(db_path, make_backups=False).close()
    assert not BackupManager(db_path).folder.exists()


def _old_version_database(path: Path) -> None:
    """A database as an older Mission Planner left it: only the first migration applied."""
    db = _connect(path)
    db.execute("PRAGMA journal_mode = WAL")
    with db.atomic():
        db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    migration_set().apply(db, stop_before="m002_full_text_search")
    db.execute("PRAGMA user_version = 1")
    with db.atomic():
        db.execute(
            "INSERT INTO organizations (id, name, kind, created_at, updated_at) "
            "VALUES ('org-1', 'Türkmenistanyň Söwda-senagat edarasy', 'chamber_of_commerce', 'then', 'then')"
        )
    db.close()


def test_backup_is_made_before_migrating_an_older_database(db_path: Path) -> None:
    assert "m002_full_text_search" in known_migration_names()
    _old_version_database(db_path)
    store = open_store(db_path)
    try:
        backups = store.backups.list()
        assert len(backups) == 1
        assert "before-upgrade" in backups[0].name
        # The backup is the database as it was before the upgrade.
        conn = sqlite3.connect(backups[0])
        try:
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            applied = [r[0] for r in conn.execute("SELECT name FROM _sqlite_migrations")]
        finally:
            conn.close()
        assert "organizations" in tables
        assert "organizations_fts" not in tables
        assert applied == ["m001_initial_schema"]
        # The upgraded database kept its data and indexed it for search.
        assert store.db.execute("PRAGMA user_version").fetchone()[0] == len(known_migration_names())
        assert store.organizations.get("org-1").name == "Türkmenistanyň Söwda-senagat edarasy"
        assert [h.id for h in store.search.search("turkmenistanyn")] == ["org-1"]
        assert store.integrity_problems() == []
    finally:
        store.close()


def test_backup_onto_the_database_itself_is_refused(store: Store, seeded: Seeded) -> None:
    store.close()
    before = sha256(store.path)
    reopened = open_store(store.path, make_backups=False)
    try:
        for target in (
            store.path,
            store.path.parent / "." / store.path.name,
            store.path.parent / "x" / ".." / "missions.db",
        ):
            with pytest.raises(DatabaseError) as raised:
                reopened.backups.create(target)
            assert "onto itself" in raised.value.message
        assert reopened.missions.get(seeded.mission.id) == seeded.mission
    finally:
        reopened.close()
    assert sha256(store.path) == before


def test_a_cancelled_backup_leaves_nothing_behind(store: Store, seeded: Seeded) -> None:
    """The app quitting during the daily backup cancels it: no backup, no partial file."""
    from missionplanner.domain.progress import CancelledError, Progress

    progress = Progress()
    progress.cancel()
    before = store.backups.list()
    with pytest.raises(CancelledError):
        store.backups.create_if_due(progress)
    assert store.backups.list() == before
    assert not list(store.backups.folder.glob("*.partial"))
    assert store.backups.create_if_due() is not None  # not cancelled: made as usual
