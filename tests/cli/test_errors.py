"""Every failure prints one clear line on stderr, exits 2, shows no traceback and changes nothing."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from missionplanner.exchange.samples import sample_files
from tests.cli.conftest import Run, content
from tests.conftest import BELARUS_MISSION_ID

BELARUS_FILE, KAZAKHSTAN_FILE = sample_files()


@pytest.fixture
def db(cli: Run, tmp_path: Path) -> Path:
    path = tmp_path / "s.db"
    assert cli("--db", path, "--with-samples", "missions").code == 0
    return path


def test_an_unknown_mission_id(cli: Run, db: Path, tmp_path: Path) -> None:
    before = content(db)
    out = tmp_path / "x.json"
    cli("--db", db, "export", "ffff0000", "--out", out).assert_error("No mission with id 'ffff0000'")
    assert not out.exists()
    assert content(db) == before


def test_an_ambiguous_id(cli: Run, tmp_path: Path) -> None:
    db = tmp_path / "a.db"
    for n in (1, 2):
        path = tmp_path / f"m{n}.json"
        mission = {"id": f"abcd{n}{n}{n}{n}-0000-4000-8000-000000000000", "title": f"Mission {n}"}
        mission |= {"start_date": "2025-01-01", "end_date": "2025-01-02"}
        path.write_text(json.dumps({"format": "missionplanner/mission", "format_version": 1, "mission": mission}))
        assert cli("--db", db, "import", path).code == 0
    before = content(db)
    cli("--db", db, "export", "abcd", "--out", tmp_path / "x.json").assert_error("matches 2 missions")
    assert not (tmp_path / "x.json").exists()
    assert content(db) == before
    assert cli("--db", db, "export", "abcd2", "--out", tmp_path / "x.json").code == 0


def test_a_bad_import_file(cli: Run, db: Path, tmp_path: Path) -> None:
    document = json.loads(KAZAKHSTAN_FILE.read_text(encoding="utf-8"))
    document["mission"]["id"] = "brand-new"
    document["items"][2]["end"] = "2023-12-01T00:00"
    document["outcomes"][0]["amount"] = 12.5
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    before = content(db)
    result = cli("--db", db, "import", path)
    result.assert_error(str(path), "outcomes[0].amount")
    assert content(db) == before


def test_a_file_that_is_not_json(cli: Run, db: Path, tmp_path: Path) -> None:
    path = tmp_path / "notes.json"
    path.write_text("Mission notes, not JSON", encoding="utf-8")
    before = content(db)
    cli("--db", db, "import", path).assert_error("not valid JSON")
    assert content(db) == before


def test_importing_a_mission_twice(cli: Run, db: Path) -> None:
    before = content(db)
    cli("--db", db, "import", BELARUS_FILE).assert_error("already in this database", "as a copy")
    assert content(db) == before


def test_a_missing_import_file(cli: Run, db: Path, tmp_path: Path) -> None:
    cli("--db", db, "import", tmp_path / "nowhere.json").assert_error("Cannot read")


@pytest.mark.parametrize(
    "payload",
    [b"This is a text file, not a database.\n", b"SQLite format 3\x00" + b"\x00" * 40, bytes(range(256)) * 8],
    ids=["text", "truncated sqlite", "binary"],
)
def test_a_file_that_is_not_a_database_is_left_untouched(cli: Run, tmp_path: Path, payload: bytes) -> None:
    path = tmp_path / "notes.db"
    path.write_bytes(payload)
    cli("--db", path, "missions").assert_error(f"Cannot open {path}", "left untouched")
    assert path.read_bytes() == payload
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.db"]


def test_a_database_of_another_program_is_left_untouched(cli: Run, tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)")
        conn.execute("INSERT INTO notes (text) VALUES ('keep me')")
    conn.close()
    payload = path.read_bytes()
    cli("--db", path, "--with-samples", "import", BELARUS_FILE).assert_error("another program")
    assert path.read_bytes() == payload


def test_a_folder_as_database(cli: Run, tmp_path: Path) -> None:
    cli("--db", tmp_path, "missions").assert_error("is a folder")


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["frobnicate"], "invalid choice: 'frobnicate'"),
        (["export", BELARUS_MISSION_ID], "required: --out"),
        (["export", "--out", "x.json"], "required: MISSION_ID"),
        (["import"], "required: FILE.json"),
        (["missions", "--colour"], "unrecognized arguments: --colour"),
        (["--no-such-option", "missions"], "unrecognized arguments"),
    ],
)
def test_command_line_mistakes(cli: Run, tmp_path: Path, args: list[str], words: str) -> None:
    db = tmp_path / "u.db"
    result = cli("--db", db, *args)
    result.assert_error(words, "see missionplanner --help")
    assert not db.exists()  # the command line is checked before the database is opened


def test_global_options_go_before_the_command(cli: Run, tmp_path: Path) -> None:
    cli("missions", "--db", tmp_path / "late.db").assert_error("unrecognized arguments: --db")
    assert not (tmp_path / "late.db").exists()


def test_backup_onto_the_database_itself(cli: Run, db: Path) -> None:
    before = db.read_bytes()
    cli("--db", db, "backup", "--out", db).assert_error("onto itself")
    assert db.read_bytes() == before


def test_export_to_an_impossible_place(cli: Run, db: Path, tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    cli("--db", db, "export", BELARUS_MISSION_ID, "--out", blocker / "b.json").assert_error("Cannot write")
