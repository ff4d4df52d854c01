"""`missionplanner check`: findings as text or JSON, exit 1 only when there is an error."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path
from typing import Any

from missionplanner.cli import main
from missionplanner.services.app import open_services
from tests.conftest import BELARUS_MISSION_ID, KAZAKHSTAN_MISSION_ID


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
    items = services.items.for_mission(BELARUS_MISSION_ID)
    meeting = next(i for i in items if i.title.startswith("Bilateral negotiations at the Chamber"))
    visit = next(i for i in items if i.start.day == 24)
    services.items.update(replace(meeting, start=visit.start, end=visit.end))
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
