"""Bad database files through every front end: a clear message naming the file and what to do,
exit code 2 in the CLI, a message box in the GUI, and the file never modified.

The storage-level refusals (tests/storage/test_open.py) are not repeated here; this adds the full
disk, and the CLI and GUI behaviour for each kind of bad file.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from missionplanner.cli import main
from missionplanner.domain.errors import DatabaseError
from missionplanner.domain.models import Organization
from missionplanner.services.app import Services
from missionplanner.storage.migrations import MIGRATION_SET
from missionplanner.storage.store import open_store
from tests.storage.builders import folder_listing, seed_mission, sha256


def _not_a_database(path: Path) -> None:
    path.write_bytes(b"Name,Date\nAgreement,2025-05-24\n")


def _truncated(path: Path) -> None:
    store = open_store(path, make_backups=False)
    seed_mission(store)
    store.close()
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def _newer_version(path: Path) -> None:
    store = open_store(path, make_backups=False)
    with store.atomic():
        store.db.execute(
            "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) VALUES (?, ?, ?)",
            [MIGRATION_SET, "m999_from_the_future", "2030-01-01 00:00:00+00:00"],
        )
    store.close()


def _another_program(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE notes (text TEXT)")
    conn.commit()
    conn.close()


BAD: dict[str, tuple[Callable[[Path], None], str]] = {
    "not-a-database": (_not_a_database, "not a Mission Planner database"),
    "truncated": (_truncated, "damaged"),
    "newer-version": (_newer_version, "newer version"),
    "another-program": (_another_program, "another program"),
}


@pytest.fixture(params=sorted(BAD))
def bad_file(request: pytest.FixtureRequest, tmp_path: Path) -> tuple[Path, str]:
    make, words = BAD[request.param]
    # Non-ASCII in the path too: the message must name it correctly.
    path = tmp_path / "Миссии ňýşäžçöü" / "missions.db"
    path.parent.mkdir()
    make(path)
    return path, words


def _snapshot(path: Path) -> tuple[str, list[str]]:
    # SQLite may leave empty -wal/-shm companions after a read-only look at a WAL database; the
    # database file itself and everything else in its folder (backups included) must not change.
    listing = [name for name in folder_listing(path.parent) if not name.endswith(("-wal", "-shm"))]
    return sha256(path), listing


def test_cli_refuses_bad_files_with_exit_2(bad_file: tuple[Path, str], capsys: pytest.CaptureFixture[str]) -> None:
    path, words = bad_file
    before = _snapshot(path)
    for command in (["missions"], ["doctor"], ["backup"]):
        assert main(["--db", str(path), *command]) == 2
        captured = capsys.readouterr()
        assert captured.out == ""
        assert captured.err.startswith("missionplanner: error: ")
        assert str(path) in captured.err
        assert words in captured.err
        assert "Traceback" not in captured.err
    assert _snapshot(path) == before


def test_gui_shows_a_message_box_for_bad_files(
    bad_file: tuple[Path, str], tmp_path: Path, qapp: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QMessageBox

    from missionplanner.ui.app import create_main_window

    path, words = bad_file
    before = _snapshot(path)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *args, **kwargs: shown.append(args[2]))
    monkeypatch.setattr(QMessageBox, "warning", lambda *args, **kwargs: shown.append(args[2]))
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    assert create_main_window(path, settings=settings) is None
    assert len(shown) == 1
    assert str(path) in shown[0]
    assert words in shown[0]
    assert _snapshot(path) == before


def test_a_full_disk_gives_a_clear_error_and_keeps_the_database_whole(sample_services: Services) -> None:
    store = sample_services.store
    before = list(store.db.conn.iterdump())
    pages = store.db.execute("PRAGMA page_count").fetchone()[0]
    store.db.execute(f"PRAGMA max_page_count = {pages}")

    def fill() -> None:
        for number in range(2000):  # far more than fits in the pages left
            sample_services.organizations.create(
                Organization(id="", name=f"Organization {number} " + "x" * 400, notes="n" * 3000)
            )

    with pytest.raises(DatabaseError) as raised:
        fill()
    assert "disk" in raised.value.message
    assert "full" in raised.value.message
    assert str(sample_services.path) in raised.value.message
    assert "free some space" in raised.value.message
    # Each create is its own transaction: those that fitted are whole, the failing one left nothing.
    assert sample_services.doctor() == []
    assert len(list(store.db.conn.iterdump())) >= len(before)
    store.db.execute("PRAGMA max_page_count = 1073741823")
    sample_services.organizations.create(Organization(id="", name="Space again"))


def test_a_full_disk_during_an_import_leaves_nothing_half_imported(sample_services: Services, tmp_path: Path) -> None:
    from missionplanner.exchange.mission_files import export_mission_file, import_mission_file
    from tests.conftest import KAZAKHSTAN_MISSION_ID

    mission_file = export_mission_file(sample_services, KAZAKHSTAN_MISSION_ID, tmp_path / "m.json")
    store = sample_services.store
    before = list(store.db.conn.iterdump())
    pages = store.db.execute("PRAGMA page_count").fetchone()[0]
    store.db.execute(f"PRAGMA max_page_count = {pages}")
    with pytest.raises(DatabaseError, match="full"):
        import_mission_file(sample_services, mission_file, as_copy=True)
    assert list(store.db.conn.iterdump()) == before
    assert sample_services.doctor() == []


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root can write to read-only files")
def test_cli_refuses_a_read_only_file_with_exit_2(
    sample_services: Services, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sample_services.close()
    db_path.chmod(0o444)
    before = sha256(db_path)
    try:
        assert main(["--db", str(db_path), "missions"]) == 2
        err = capsys.readouterr().err
        assert str(db_path) in err
        assert "read-only" in err
        assert sha256(db_path) == before
    finally:
        db_path.chmod(0o644)
