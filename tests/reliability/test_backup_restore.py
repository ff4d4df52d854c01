"""Restoring from a backup: listed with date and mission count, current content backed up first,
the result passes doctor, and a file that is not a valid backup is refused without touching anything."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from missionplanner.cli import main
from missionplanner.domain.errors import DatabaseError
from missionplanner.domain.models import Organization
from missionplanner.services.app import Services, open_services
from missionplanner.services.backups import restore_backup
from tests.storage.builders import sha256


def _titles(path: Path) -> set[str]:
    services = open_services(path, make_backups=False)
    try:
        return {s.title for s in services.missions.summaries()}
    finally:
        services.close()


def test_backups_are_listed_with_date_and_mission_count(sample_services: Services) -> None:
    first = sample_services.backup()
    sample_services.missions.delete(sample_services.missions.summaries()[0].id)
    second = sample_services.backup()
    listed = sample_services.backups.list()
    assert [b.path for b in listed][:2] == [second, first]
    assert [b.missions for b in listed][:2] == [1, 2]
    assert all(b.problem is None for b in listed)
    assert listed[0].created.tzinfo is not None


def test_restore_backs_up_the_current_content_and_passes_doctor(sample_services: Services, db_path: Path) -> None:
    backup = sample_services.backup()
    sample_services.missions.delete(sample_services.missions.summaries()[0].id)
    sample_services.organizations.create(Organization(id="", name="Added after the backup"))
    after_edit = {s.title for s in sample_services.missions.summaries()}
    result = sample_services.backups.restore(backup)
    sample_services.close()
    assert result.problems == ()
    assert result.missions == 2
    assert len(_titles(db_path)) == 2
    # The content replaced by the restore is itself kept as a backup.
    assert result.previous_content is not None
    assert _titles(result.previous_content) == after_edit


def test_an_open_connection_sees_the_restored_content(sample_services: Services) -> None:
    backup = sample_services.backup()
    for summary in sample_services.missions.summaries():
        sample_services.missions.delete(summary.id)
    sample_services.backups.restore(backup)
    assert len(sample_services.missions.summaries()) == 2
    assert sample_services.doctor() == []


@pytest.mark.parametrize(
    "payload",
    [b"", b"hello, not a database", b"SQLite format 3\x00" + b"\x00" * 50],
    ids=["empty", "text", "truncated"],
)
def test_a_file_that_is_not_a_backup_is_refused_and_nothing_changes(
    sample_services: Services, db_path: Path, tmp_path: Path, payload: bytes
) -> None:
    sample_services.close()
    bogus = tmp_path / "bogus.db"
    bogus.write_bytes(payload)
    before = sha256(db_path)
    with pytest.raises(DatabaseError) as raised:
        restore_backup(db_path, bogus)
    assert str(bogus) in raised.value.message
    assert sha256(db_path) == before
    assert not (db_path.parent / (db_path.name + ".backups")).exists() or not any(
        "before-restore" in p.name for p in (db_path.parent / (db_path.name + ".backups")).iterdir()
    )


def test_another_programs_database_is_refused(sample_services: Services, db_path: Path, tmp_path: Path) -> None:
    sample_services.close()
    other = tmp_path / "other.db"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE missions (id TEXT)")
    conn.commit()
    conn.close()
    before = sha256(db_path)
    with pytest.raises(DatabaseError, match=r"not a .*Mission Planner"):
        restore_backup(db_path, other)
    assert sha256(db_path) == before


def test_a_damaged_database_can_be_restored(sample_services: Services, db_path: Path) -> None:
    backup = sample_services.backup()
    sample_services.close()
    for suffix in ("-wal", "-shm"):
        db_path.with_name(db_path.name + suffix).unlink(missing_ok=True)
    db_path.write_bytes(b"garbage that was a database")
    result = restore_backup(db_path, backup)
    assert result.problems == ()
    assert len(_titles(db_path)) == 2
    assert result.previous_content is not None
    assert result.previous_content.read_bytes() == b"garbage that was a database"


def test_cli_restore(sample_services: Services, db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    backup = sample_services.backup()
    sample_services.missions.delete(sample_services.missions.summaries()[0].id)
    sample_services.close()
    assert main(["--db", str(db_path), "restore", str(backup)]) == 0
    out = capsys.readouterr().out
    assert "Restored" in out
    assert "2 missions" in out
    assert "Integrity check: ok" in out
    assert len(_titles(db_path)) == 2


def test_cli_restore_refuses_a_bad_file(
    sample_services: Services, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sample_services.close()
    bogus = tmp_path / "notes.txt"
    bogus.write_text("not a backup")
    before = sha256(db_path)
    assert main(["--db", str(db_path), "restore", str(bogus)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("missionplanner: error: Cannot restore from")
    assert str(bogus) in err
    assert sha256(db_path) == before
    assert main(["--db", str(db_path), "restore", str(tmp_path / "missing.db")]) == 2
    assert "no such file" in capsys.readouterr().err
