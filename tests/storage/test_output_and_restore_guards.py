"""Backups to awkward targets, databases in read-only folders, and restores of backups missing part of the schema."""

from __future__ import annotations

import os
import sqlite3
import stat
from pathlib import Path

import pytest

from missionplanner.cli import main
from missionplanner.domain.errors import DatabaseError
from missionplanner.services.backups import restore_backup
from missionplanner.storage.restore import check_backup
from missionplanner.storage.store import Store, open_store
from tests.storage.builders import Seeded, folder_listing, read_only_folder, row_count, seed_mission, sha256


def _cli(capsys: pytest.CaptureFixture[str], *args: str | Path) -> tuple[int, str]:
    """Run the command in-process; its exit code and what it wrote to stderr."""
    code = main([str(a) for a in args])
    return code, capsys.readouterr().err


# Backups to awkward targets


@pytest.mark.parametrize("stem", ["a" * 250, "д" * 124])
def test_backup_to_a_long_legal_name(store: Store, seeded: Seeded, tmp_path: Path, stem: str) -> None:
    target = tmp_path / "out" / f"{stem}.db"
    assert len(os.fsencode(target.name)) <= 255
    assert store.backups.create(target) == target
    assert row_count(target, "missions") == 1
    assert folder_listing(tmp_path / "out") == [target.name]


def test_backup_into_a_file_as_folder_is_refused(store: Store, tmp_path: Path) -> None:
    blocker = tmp_path / "notes.txt"
    blocker.write_text("mine")
    for target in (blocker / "b.db", blocker / "sub" / "b.db"):
        with pytest.raises(DatabaseError) as raised:
            store.backups.create(target)
        assert str(target) in raised.value.message
        assert f"'{blocker}' is a file, not a folder" in raised.value.message
    assert blocker.read_text() == "mine"


def test_backup_onto_a_folder_or_a_pipe_is_refused(store: Store, tmp_path: Path) -> None:
    folder = tmp_path / "b.db"
    folder.mkdir()
    pipe = tmp_path / "pipe.db"
    os.mkfifo(pipe)
    for target, words in ((folder, "is a folder"), (pipe, "not a regular file")):
        with pytest.raises(DatabaseError) as raised:
            store.backups.create(target)
        assert str(target) in raised.value.message
        assert words in raised.value.message
    assert folder.is_dir()
    assert list(folder.iterdir()) == []
    assert stat.S_ISFIFO(pipe.lstat().st_mode)


def test_backup_to_an_empty_name_is_refused(store: Store, tmp_path: Path) -> None:
    with pytest.raises(DatabaseError) as raised:
        store.backups.create(Path(""))
    assert "not a file name" in raised.value.message


@pytest.mark.parametrize("kind", ["long", "file as folder", "empty"])
def test_backup_command_reports_bad_targets_in_one_line(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], kind: str
) -> None:
    seed_mission(store := open_store(db_path))
    store.close()
    (tmp_path / "notes.txt").write_text("mine")
    out = {"long": str(tmp_path / ("ü" * 126 + ".db")), "file as folder": str(tmp_path / "notes.txt" / "b.db")}
    code, err = _cli(capsys, "--db", db_path, "backup", "--out", out.get(kind, ""))
    if kind == "long":
        assert code == 0, err
        assert row_count(Path(out["long"]), "missions") == 1
        return
    assert code == 2
    # The command line may refuse an empty name itself, before the backup is tried.
    assert err.startswith("missionplanner: error: "), err
    assert "unexpected" not in err
    assert {"empty": "file name", "file as folder": "is a file, not a folder"}[kind] in err
    assert (tmp_path / "notes.txt").read_text() == "mine"


# A database whose folder cannot be written


def _wal_database(path: Path) -> None:
    store = open_store(path, make_backups=False)
    seed_mission(store)
    store.close()


@pytest.mark.parametrize("journal", ["wal", "delete"])
def test_database_in_a_read_only_folder_is_not_called_damaged(tmp_path: Path, journal: str) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    path = folder / "d.db"
    _wal_database(path)
    if journal == "delete":
        conn = sqlite3.connect(path)
        conn.execute("PRAGMA journal_mode = DELETE")
        conn.close()
    for leftover in folder.glob("d.db-*"):
        leftover.unlink()
    before = sha256(path)
    with read_only_folder(folder), pytest.raises(DatabaseError) as raised:
        open_store(path, make_backups=False)
    message = raised.value.message
    assert str(path) in message
    assert "folder is read-only" in message
    assert "damaged" not in message
    assert "restore" not in message
    assert sha256(path) == before


def test_new_database_in_a_read_only_folder(tmp_path: Path) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    with read_only_folder(folder), pytest.raises(DatabaseError) as raised:
        open_store(folder / "new.db", make_backups=False)
    assert "folder is read-only" in raised.value.message
    assert folder_listing(folder) == []


# Restores of backups that lack part of the schema


def _backup_without(store: Store, tmp_path: Path, *statements: str) -> Path:
    """A backup of `store` with `statements` run on it (a table or column dropped by hand)."""
    backup = store.backups.create(tmp_path / "backup.db")
    conn = sqlite3.connect(backup)
    for statement in statements:
        conn.execute(statement)
    conn.commit()
    conn.close()
    return backup


@pytest.mark.parametrize(
    ("statements", "named"),
    [
        (("DROP TABLE follow_ups",), "follow_ups"),
        (("DROP INDEX contacts_match_key", "ALTER TABLE contacts DROP COLUMN match_key"), "contacts.match_key"),
        (("DROP TABLE missions_fts",), "missions_fts"),
    ],
)
def test_backup_missing_part_of_the_schema_is_refused(
    store: Store, seeded: Seeded, tmp_path: Path, statements: tuple[str, ...], named: str
) -> None:
    backup = _backup_without(store, tmp_path, *statements)
    assert [r[0] for r in sqlite3.connect(backup).execute("PRAGMA integrity_check")] == ["ok"]
    store.close()
    before = sha256(store.path)
    with pytest.raises(DatabaseError) as raised:
        restore_backup(store.path, backup)
    message = raised.value.message
    assert str(backup) in message
    assert named in message
    assert "Nothing was changed" in message
    assert sha256(store.path) == before
    assert folder_listing(store.backups.folder) == []


def test_restore_command_refuses_a_backup_without_a_table(
    store: Store, seeded: Seeded, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    backup = _backup_without(store, tmp_path, "DROP TABLE follow_ups")
    store.close()
    before = sha256(store.path)
    code, err = _cli(capsys, "--db", store.path, "restore", backup)
    assert code == 2
    assert "follow_ups" in err
    assert "unexpected" not in err
    assert sha256(store.path) == before


def test_complete_backup_still_restores(store: Store, seeded: Seeded, tmp_path: Path) -> None:
    backup = store.backups.create(tmp_path / "backup.db")
    store.close()
    result = restore_backup(store.path, backup)
    assert result.problems == ()
    assert result.missions == 1


def test_restore_from_a_folder_says_it_is_a_folder(store: Store, tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    folder.mkdir()
    with pytest.raises(DatabaseError) as raised:
        check_backup(folder)
    assert str(folder) in raised.value.message
    assert "is a folder, not a backup file" in raised.value.message
    assert "no such file" not in raised.value.message


def test_doctor_reports_a_missing_table(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _wal_database(db_path)
    conn = sqlite3.connect(db_path)
    conn.execute("DROP TABLE follow_ups")
    conn.close()
    store = open_store(db_path, make_backups=False)
    try:
        assert any("follow_ups" in problem for problem in store.integrity_problems())
        assert "follow-ups" not in store.counts()
        assert store.counts()["missions"] == 1
    finally:
        store.close()
    code, err = _cli(capsys, "--db", db_path, "doctor")
    assert code == 1, err
    assert err == ""


def test_doctor_repair_leaves_a_missing_search_index_to_a_backup(
    db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """--repair rebuilds the search indexes there are; one dropped by hand is reported, not a crash."""
    _wal_database(db_path)
    conn = sqlite3.connect(db_path)
    conn.execute("DROP TABLE missions_fts")
    conn.close()
    code, err = _cli(capsys, "--db", db_path, "doctor", "--repair")
    assert code == 1, err
    assert err == ""
    store = open_store(db_path, make_backups=False)
    try:
        assert any("missions_fts" in problem for problem in store.integrity_problems())
    finally:
        store.close()


def test_backup_into_a_folder_that_cannot_be_looked_into_is_a_database_error(store: Store, tmp_path: Path) -> None:
    target = tmp_path / ("x" * 300) / "b.db"
    with pytest.raises(DatabaseError) as raised:
        store.backups.create(target)
    assert str(target) in raised.value.message


def test_backup_onto_a_database_in_use_is_refused(store: Store, tmp_path: Path) -> None:
    """A backup may replace an older backup, never a live database (its -wal beside it)."""
    other = open_store(tmp_path / "other.db", make_backups=False)
    try:
        seed_mission(other)
        before = sha256(tmp_path / "other.db")
        with pytest.raises(DatabaseError) as raised:
            store.backups.create(tmp_path / "other.db")
        assert "it is a database, which would be lost" in raised.value.message
        assert sha256(tmp_path / "other.db") == before
    finally:
        other.close()
    older = store.backups.create(tmp_path / "older-backup.db")
    assert store.backups.create(older) == older  # an older backup is replaced


def test_backup_onto_a_closed_database_is_refused(store: Store, tmp_path: Path) -> None:
    """Closed cleanly, a database leaves no -wal beside it; its header still says it is not a backup."""
    closed = open_store(tmp_path / "closed.db", make_backups=False)
    seed_mission(closed)
    closed.close()
    foreign = tmp_path / "foreign.db"  # another program's database, in rollback-journal mode
    with sqlite3.connect(foreign) as conn:
        conn.execute("CREATE TABLE notes (text TEXT)")
    conn.close()
    for target in (tmp_path / "closed.db", foreign):
        assert not target.with_name(target.name + "-wal").exists()
        before = sha256(target)
        with pytest.raises(DatabaseError) as raised:
            store.backups.create(target)
        assert str(target) in raised.value.message
        assert sha256(target) == before


def test_nothing_is_written_over_a_database_s_log_journal_or_shared_memory(store: Store, tmp_path: Path) -> None:
    """`export --out missions.db-wal` would replace the open database's log: its commits would be lost."""
    other = open_store(tmp_path / "other.db", make_backups=False)
    try:
        seed_mission(other)
        for suffix in ("-wal", "-shm", "-journal"):
            target = tmp_path / f"other.db{suffix}"
            existed = target.exists()
            before = sha256(target) if existed else None
            with pytest.raises(DatabaseError) as raised:
                store.backups.create(target)
            assert "it is a database, which would be lost" in raised.value.message
            assert target.exists() == existed
            if existed:
                assert sha256(target) == before
    finally:
        other.close()
    log = tmp_path / "moved-log"  # a log by its content, whatever its name
    log.write_bytes(b"\x37\x7f\x06\x82" + bytes(28))
    with pytest.raises(DatabaseError):
        store.backups.create(log)
