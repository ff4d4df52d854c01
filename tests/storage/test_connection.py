"""The shared connection: reads without sqlite-utils (start-up time), writes with its commit rules."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from missionplanner.storage.connection import Database
from missionplanner.storage.store import open_store

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def db(tmp_path: Path) -> Database:
    database = Database(sqlite3.connect(tmp_path / "t.db"))
    database.conn.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT NOT NULL)")
    return database


def test_opening_and_reading_a_database_does_not_import_sqlite_utils(tmp_path: Path) -> None:
    path = tmp_path / "missions.db"
    open_store(path, make_backups=False).close()  # created and migrated here, with sqlite-utils
    script = (
        "import sys\nfrom datetime import date\n"
        "from missionplanner.services.app import open_services\n"
        f"services = open_services({str(path)!r}, make_backups=False)\n"
        "services.missions.summaries(); services.preferences.planning()\n"
        "services.follow_ups.overdue_count(date.today()); services.dashboard.figures(today=date.today())\n"
        "services.close()\n"
        "print('sqlite_utils' in sys.modules)\n"
    )
    done = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"


def test_a_write_outside_a_transaction_is_committed(db: Database, tmp_path: Path) -> None:
    db.execute("INSERT INTO t (name) VALUES (?)", ["Türkmenhowaýollary"])
    other = sqlite3.connect(tmp_path / "t.db")
    assert other.execute("SELECT name FROM t").fetchall() == [("Türkmenhowaýollary",)]
    assert not db.conn.in_transaction


def test_a_failed_write_leaves_no_transaction_open(db: Database) -> None:
    with pytest.raises(sqlite3.IntegrityError):
        db.execute("INSERT INTO t (name) VALUES (NULL)")
    assert not db.conn.in_transaction


def test_reads_and_pragmas_go_straight_to_the_connection(db: Database) -> None:
    db.conn.execute("INSERT INTO t (name) VALUES ('a')")
    db.conn.commit()
    assert db.execute("  select name from t WHERE id = ?", [1]).fetchall() == [("a",)]
    assert db.execute("PRAGMA user_version").fetchone() == (0,)
    assert db._utils is None  # the point of the class: no sqlite-utils for reads


def test_atomic_rolls_back_everything_and_nests_as_a_savepoint(db: Database) -> None:
    def write_then_fail() -> None:
        with db.atomic():
            db.execute("INSERT INTO t (name) VALUES ('kept?')")
            with db.atomic():
                db.execute("INSERT INTO t (name) VALUES ('inner')")
            raise RuntimeError

    with pytest.raises(RuntimeError):
        write_then_fail()
    assert db.execute("SELECT count(*) FROM t").fetchone() == (0,)
    with db.atomic():
        db["t"].insert({"name": "table helper"})
    assert db.execute("SELECT name FROM t").fetchall() == [("table helper",)]


def test_a_store_reads_first_and_loads_sqlite_utils_for_its_first_write(tmp_path: Path) -> None:
    path = tmp_path / "missions.db"
    open_store(path, make_backups=False).close()
    store = open_store(path, make_backups=False)
    try:
        assert store.db._utils is None
        # Set on each connection itself: some writes go to it directly, before sqlite-utils is loaded.
        assert store.db.execute("PRAGMA recursive_triggers").fetchone() == (1,)
        assert store.db.execute("PRAGMA synchronous").fetchone() == (2,)  # FULL
        store.prepare_for_writing()
        store.settings.set("probe", 1)
        assert store.db._utils is not None
    finally:
        store.close()


def test_each_thread_reads_and_writes_through_a_connection_of_its_own(tmp_path: Path) -> None:
    path = tmp_path / "missions.db"
    store = open_store(path, make_backups=False)
    store.settings.set("written by", "the first thread")
    seen: dict[str, object] = {}

    def elsewhere() -> None:
        seen["connection"] = store.db.conn
        seen["read"] = store.settings.get("written by")
        seen["pragmas"] = [store.db.execute(f"PRAGMA {name}").fetchone()[0] for name in ("foreign_keys", "synchronous")]
        store.settings.set("written by", "another thread")

    worker = threading.Thread(target=elsewhere)
    worker.start()
    worker.join()
    try:
        assert seen["connection"] is not store.db.conn
        assert seen["read"] == "the first thread"
        assert seen["pragmas"] == [1, 2]
        assert store.settings.get("written by") == "another thread"  # committed, so seen here
    finally:
        store.close()
    with pytest.raises(sqlite3.ProgrammingError):  # closed with the database
        seen["connection"].execute("SELECT 1")  # type: ignore[union-attr]
