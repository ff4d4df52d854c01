"""`missionplanner check`: findings as text or JSON, exit 1 only when there is an error."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from missionplanner.cli import main
from missionplanner.services.app import open_services
from tests.conftest import BELARUS_MISSION_ID, KAZAKHSTAN_MISSION_ID, double_book_belarus


def _seeded(tmp_path: Path) -> Path:
    path = tmp_path / "m.db"
    assert main(["--db", str(path), "--with-samples", "missions"]) == 0
    return path


def test_check_a_feasible_sample_mission(tmp_path: Path, capsys: Any) -> None:
    path = _seeded(tmp_path)
    capsys.readouterr()
    assert main(["--db", str(path), "check", KAZAKHSTAN_MISSION_ID[:8]]) == 0
    out = capsys.readouterr().out
    assert "Kazakhstani business mission" in out
    assert "0 error(s)" in out


def test_check_json_reports_a_double_booking_and_exits_1(tmp_path: Path, capsys: Any) -> None:
    path = _seeded(tmp_path)
    services = open_services(path)
    meeting, visit = double_book_belarus(services)
    services.close()
    capsys.readouterr()
    assert main(["--db", str(path), "check", BELARUS_MISSION_ID, "--json"]) == 1
    findings = json.loads(capsys.readouterr().out)
    assert {"severity", "rule", "message", "item_ids", "participant_ids"} <= set(findings[0])
    clash = next(f for f in findings if f["rule"] == "double_booking")
    assert clash["severity"] == "error"
    assert set(clash["item_ids"]) == {meeting.id, visit.id}
    assert len(clash["participant_ids"]) == 5


def test_check_unknown_mission_is_a_clear_error(tmp_path: Path, capsys: Any) -> None:
    path = _seeded(tmp_path)
    capsys.readouterr()
    assert main(["--db", str(path), "check", "no-such-mission"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("missionplanner: error:")
    assert "Traceback" not in err


def _double_book(path: Path) -> None:
    services = open_services(path)
    double_book_belarus(services)
    services.close()


def test_check_all_lists_the_missions_with_errors_and_exits_1(tmp_path: Path, capsys: Any) -> None:
    path = _seeded(tmp_path)
    _double_book(path)
    capsys.readouterr()
    assert main(["--db", str(path), "check", "--all"]) == 1
    out = capsys.readouterr().out
    assert out.splitlines()[0] == "Checked 2 missions: 1 with errors, 0 with warnings only."
    assert "Belarusian" in out
    assert "Kazakhstani" not in out  # feasible: not listed
    assert main(["--db", str(path), "check", "--all", "--json"]) == 1
    report = json.loads(capsys.readouterr().out)
    assert report["checked"] == 2
    [belarus] = report["missions"]
    assert belarus["mission_id"] == BELARUS_MISSION_ID
    services = open_services(path)
    findings = services.checks.check(BELARUS_MISSION_ID)
    services.close()
    errors = [f for f in findings if f.severity.value == "error"]
    assert belarus["errors"] == len(errors) >= 1
    assert belarus["first"] == errors[0].message


def test_check_upcoming_leaves_out_missions_that_have_ended(tmp_path: Path, capsys: Any) -> None:
    path = _seeded(tmp_path)
    _double_book(path)  # the samples took place in 2023-2025
    capsys.readouterr()
    assert main(["--db", str(path), "check", "--upcoming", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == {"checked": 0, "missions": []}


def test_check_needs_a_mission_or_a_scope(tmp_path: Path, capsys: Any) -> None:
    path = _seeded(tmp_path)
    capsys.readouterr()
    assert main(["--db", str(path), "check"]) == 2
    assert "give the mission to check" in capsys.readouterr().err
    assert main(["--db", str(path), "check", KAZAKHSTAN_MISSION_ID, "--all"]) == 2
    assert "not both" in capsys.readouterr().err
