"""The `missionplanner` commands: listing, export, import, backup and doctor, with the global options."""

from __future__ import annotations

import json
import re
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from missionplanner import __version__
from missionplanner.exchange.mission_format import dumps
from missionplanner.exchange.samples import sample_files
from missionplanner.services.app import open_services
from tests.cli.conftest import Run, content
from tests.conftest import BELARUS_MISSION_ID, KAZAKHSTAN_MISSION_ID

UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$")
BELARUS_FILE, KAZAKHSTAN_FILE = sample_files()


def test_help_lists_the_commands_and_global_options(cli: Run) -> None:
    result = cli("--help")
    assert result.code == 0
    assert result.out.startswith("usage: missionplanner")
    for word in ("--db PATH", "--with-samples", "--version", "missions", "export", "import", "backup", "doctor"):
        assert word in result.out
    assert result.err == ""


def test_version(cli: Run) -> None:
    result = cli("--version")
    assert (result.code, result.out.strip()) == (0, f"missionplanner {__version__}")


def test_a_command_has_its_own_help(cli: Run) -> None:
    result = cli("import", "--help")
    assert result.code == 0
    assert "--as-copy" in result.out


def test_a_new_database_is_empty(cli: Run, tmp_path: Path) -> None:
    db = tmp_path / "new.db"
    result = cli("--db", db, "missions")
    assert result.code == 0
    assert "No missions yet" in result.out
    assert db.is_file()
    assert json.loads(cli("--db", db, "missions", "--json").out) == []


def test_with_samples_seeds_a_new_database(cli: Run, tmp_path: Path) -> None:
    result = cli("--db", tmp_path / "new.db", "--with-samples", "missions")
    assert result.code == 0
    lines = result.out.splitlines()
    assert len(lines) == 2
    # Newest first: id, dates, status, title, destination.
    assert lines[0].startswith(f"{BELARUS_MISSION_ID}  2025-05-23 … 2025-05-27  Completed")
    assert "Belarusian business delegation to Ashgabat" in lines[0]
    assert lines[0].endswith("– Turkmenistan")
    assert lines[1].startswith(f"{KAZAKHSTAN_MISSION_ID}  2023-12-04 … 2023-12-07  Completed")


def test_with_samples_leaves_an_existing_database_alone(cli: Run, tmp_path: Path) -> None:
    db = tmp_path / "mine.db"
    cli("--db", db, "missions")
    assert cli("--db", db, "--with-samples", "missions", "--json").out.strip() == "[]"


def test_missions_as_json(cli: Run, tmp_path: Path) -> None:
    result = cli("--db", tmp_path / "s.db", "--with-samples", "missions", "--json")
    assert result.code == 0
    rows = json.loads(result.out)
    assert [r["id"] for r in rows] == [BELARUS_MISSION_ID, KAZAKHSTAN_MISSION_ID]
    assert rows[1] == {
        "id": KAZAKHSTAN_MISSION_ID,
        "title": "Kazakhstani business mission to Turkmenistan, December 2023",
        "start_date": "2023-12-04",
        "end_date": "2023-12-07",
        "status": "completed",
        "kind": "trade_mission",
        "destination_country": "TM",
        "is_template": False,
    }


def test_the_environment_variable_selects_the_database(
    cli: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "from-env.db"
    monkeypatch.setenv("MISSIONPLANNER_DB", str(db))
    assert cli("import", BELARUS_FILE).code == 0
    assert [r["id"] for r in json.loads(cli("missions", "--json").out)] == [BELARUS_MISSION_ID]
    services = open_services(db, make_backups=False)
    try:
        assert services.missions.find(BELARUS_MISSION_ID) is not None
    finally:
        services.close()
    # --db still wins over the variable.
    assert json.loads(cli("--db", tmp_path / "other.db", "missions", "--json").out) == []


def test_the_default_database_is_seeded_with_the_samples(cli: Run, tmp_path: Path) -> None:
    rows = json.loads(cli("missions", "--json").out)
    assert {r["id"] for r in rows} == {BELARUS_MISSION_ID, KAZAKHSTAN_MISSION_ID}


@pytest.mark.parametrize("mission", [KAZAKHSTAN_MISSION_ID, KAZAKHSTAN_MISSION_ID[:4], KAZAKHSTAN_MISSION_ID[:13]])
def test_export_by_id_or_prefix(cli: Run, tmp_path: Path, mission: str) -> None:
    db, out = tmp_path / "s.db", tmp_path / "exports" / "k.json"
    result = cli("--db", db, "--with-samples", "export", mission, "--out", out)
    assert result.code == 0, result.err
    assert result.out.strip() == f"Exported 'Kazakhstani business mission to Turkmenistan, December 2023' to {out}"
    services = open_services(db, make_backups=False)
    try:
        assert out.read_text(encoding="utf-8") == dumps(services.missions.snapshot(KAZAKHSTAN_MISSION_ID))
    finally:
        services.close()


def test_import_prints_the_mission_id(cli: Run, tmp_path: Path) -> None:
    db = tmp_path / "i.db"
    result = cli("--db", db, "import", KAZAKHSTAN_FILE)
    assert (result.code, result.out, result.err) == (0, f"{KAZAKHSTAN_MISSION_ID}\n", "")
    assert [r["id"] for r in json.loads(cli("--db", db, "missions", "--json").out)] == [KAZAKHSTAN_MISSION_ID]


def test_import_as_copy_prints_the_new_id(cli: Run, tmp_path: Path) -> None:
    db = tmp_path / "i.db"
    cli("--db", db, "import", KAZAKHSTAN_FILE)
    result = cli("--db", db, "import", KAZAKHSTAN_FILE, "--as-copy")
    assert result.code == 0
    copy_id = result.out.strip()
    assert UUID.match(copy_id)
    assert copy_id != KAZAKHSTAN_MISSION_ID
    ids = {r["id"] for r in json.loads(cli("--db", db, "missions", "--json").out)}
    assert ids == {KAZAKHSTAN_MISSION_ID, copy_id}


def test_export_then_import_elsewhere(cli: Run, tmp_path: Path) -> None:
    out, again = tmp_path / "b.json", tmp_path / "again.json"
    cli("--db", tmp_path / "a.db", "--with-samples", "export", BELARUS_MISSION_ID, "--out", out)
    assert cli("--db", tmp_path / "b.db", "import", out).out.strip() == BELARUS_MISSION_ID
    assert cli("--db", tmp_path / "b.db", "export", BELARUS_MISSION_ID, "--out", again).code == 0
    assert again.read_bytes() == out.read_bytes()


def test_backup_to_a_chosen_file(cli: Run, tmp_path: Path) -> None:
    db, out = tmp_path / "s.db", tmp_path / "safe" / "copy.db"
    cli("--db", db, "--with-samples", "missions")
    result = cli("--db", db, "backup", "--out", out)
    assert (result.code, result.out.strip()) == (0, f"Backup written to {out}")
    assert content(out) == content(db)


def test_backup_to_the_backups_folder(cli: Run, tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    result = cli("--db", db, "--with-samples", "backup")
    assert result.code == 0
    written = Path(result.out.strip().removeprefix("Backup written to "))
    assert written.parent == tmp_path / "s.db.backups"
    assert written.is_file()
    assert json.loads(cli("--db", written, "missions", "--json").out)[0]["id"] == BELARUS_MISSION_ID


def test_doctor_reports_a_healthy_database(cli: Run, tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    result = cli("--db", db, "--with-samples", "doctor")
    assert result.code == 0
    assert f"Database: {db}" in result.out
    assert "2 missions" in result.out
    assert "Integrity check: ok." in result.out


def _with_a_broken_reference(cli: Run, db: Path) -> Path:
    cli("--db", db, "--with-samples", "missions")
    # Another tool, with foreign keys off, pointed a participant at a contact that does not exist.
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE participants SET contact_id = 'gone' WHERE rowid = 1")
    conn.close()
    return db


def test_doctor_reports_a_broken_reference(cli: Run, tmp_path: Path) -> None:
    db = _with_a_broken_reference(cli, tmp_path / "s.db")
    result = cli("--db", db, "doctor")
    assert result.code == 1
    assert "1 problem found" in result.out
    assert "participants row 1 refers to a missing contacts record" in result.out
    assert "backup" in result.out


def test_doctor_repair_does_not_offer_itself_for_what_it_cannot_fix(cli: Run, tmp_path: Path) -> None:
    db = _with_a_broken_reference(cli, tmp_path / "s.db")
    before = cli("--db", db, "doctor")
    assert "or run doctor --repair" not in before.out  # no search index to rebuild
    assert "doctor --repair cannot fix these" in before.out
    result = cli("--db", db, "doctor", "--repair")
    assert result.code == 1
    assert "participants row 1 refers to a missing contacts record" in result.out
    assert "doctor --repair cannot fix these: restore the database from a backup" in result.out
    assert "or run doctor --repair" not in result.out


def test_doctor_sends_a_dropped_search_index_to_a_backup(cli: Run, tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    cli("--db", db, "--with-samples", "missions")
    with sqlite3.connect(db) as conn:
        conn.execute("DROP TABLE items_fts")
    conn.close()
    result = cli("--db", db, "doctor", "--repair")
    assert result.code == 1
    assert "items_fts" in result.out
    assert "run doctor --repair" not in result.out
    assert "doctor --repair cannot fix these" in result.out


def test_doctor_finds_and_repairs_a_stale_search_index(cli: Run, tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    cli("--db", db, "--with-samples", "missions")
    # Another tool edited a title behind the search index's back.
    with sqlite3.connect(db) as conn:
        conn.execute("DROP TRIGGER missions_au")
        conn.execute("UPDATE missions SET title = 'Renamed' WHERE id = ?", [BELARUS_MISSION_ID])
    conn.close()
    found = cli("--db", db, "doctor")
    assert found.code == 1
    assert "search index of missions is out of date" in found.out
    assert "or run doctor --repair" in found.out
    repaired = cli("--db", db, "doctor", "--repair")
    assert repaired.code == 0
    assert "Integrity check: ok." in repaired.out


def test_the_module_runs_as_a_program(tmp_path: Path) -> None:
    db = tmp_path / "p.db"
    completed = subprocess.run(
        [sys.executable, "-m", "missionplanner", "--db", str(db), "--with-samples", "missions"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=60,
        check=False,
    )
    assert completed.returncode == 0, completed.stderr
    assert completed.stdout.splitlines()[0].startswith(BELARUS_MISSION_ID)
    assert KAZAKHSTAN_MISSION_ID in completed.stdout
    assert completed.stderr == ""
