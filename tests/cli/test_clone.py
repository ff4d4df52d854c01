"""`missionplanner clone`: a new mission from a past one, its id on stdout, clear one-line errors."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from missionplanner.domain.enums import ItemStatus
from missionplanner.services.app import open_services
from tests.cli.conftest import Run, content
from tests.cli.test_commands import UUID
from tests.conftest import BELARUS_MISSION_ID, KAZAKHSTAN_MISSION_ID


@pytest.fixture
def db(cli: Run, tmp_path: Path) -> Path:
    path = tmp_path / "m.db"
    assert cli("--db", path, "--with-samples", "missions").code == 0
    return path


def test_clone_prints_the_new_mission_id(cli: Run, db: Path) -> None:
    result = cli("--db", db, "clone", BELARUS_MISSION_ID[:8], "--start", "2026-05-22")
    assert result.code == 0, result.err
    new_id = result.out.splitlines()[0]
    assert UUID.match(new_id)
    # What needs attention goes to stderr, so `id=$(missionplanner clone ...)` gets just the id.
    assert result.out == new_id + "\n"
    assert "Saturday 23 May is a weekend day" in result.err
    services = open_services(db, make_backups=False)
    try:
        mission = services.missions.get(new_id)
        assert mission.title == "Belarusian business delegation to Ashgabat (White City of Ashgabat 2026)"
        assert (mission.start_date, mission.source_mission_id) == (date(2026, 5, 22), BELARUS_MISSION_ID)
        assert services.participants.for_mission(new_id) == []
        assert {i.status for i in services.items.for_mission(new_id)} == {ItemStatus.PROPOSED}
    finally:
        services.close()


def test_clone_with_every_option(cli: Run, db: Path) -> None:
    result = cli(
        "--db",
        db,
        "clone",
        KAZAKHSTAN_MISSION_ID,
        "--start",
        "2025-12-03",
        "--title",
        "Kazakhstani business mission, second edition",
        "--with-delegation",
        "--with-follow-ups",
        "--keep-weekdays",
    )
    assert result.code == 0, result.err
    new_id = result.out.splitlines()[0]
    services = open_services(db, make_backups=False)
    try:
        mission = services.missions.get(new_id)
        # 3 December 2025 is a Wednesday; the source started on a Monday, so the copy starts on Monday 8th.
        assert (mission.title, mission.start_date) == (
            "Kazakhstani business mission, second edition",
            date(2025, 12, 8),
        )
        assert len(services.participants.for_mission(new_id)) == 3
        titles = [i.title for i in services.items.for_mission(new_id)]
        assert any(t.startswith("Follow-up:") and "business forum in Ashgabat" in t for t in titles)
    finally:
        services.close()


@pytest.mark.parametrize("start", ["2026-13-01", "22.05.2026", "tomorrow"])
def test_a_bad_date_is_one_clear_line(cli: Run, db: Path, start: str) -> None:
    before = content(db)
    result = cli("--db", db, "clone", BELARUS_MISSION_ID, "--start", start)
    result.assert_error("--start", repr(start), "YYYY-MM-DD")
    assert content(db) == before


def test_the_start_date_is_required(cli: Run, db: Path) -> None:
    cli("--db", db, "clone", BELARUS_MISSION_ID).assert_error("--start")


def test_an_unknown_mission_is_one_clear_line(cli: Run, db: Path) -> None:
    before = content(db)
    cli("--db", db, "clone", "no-such-mission", "--start", "2026-05-22").assert_error("no-such-mission")
    assert content(db) == before


def test_a_blank_title_is_refused(cli: Run, db: Path) -> None:
    before = content(db)
    cli("--db", db, "clone", BELARUS_MISSION_ID, "--start", "2026-05-22", "--title", " ").assert_error("title")
    assert content(db) == before


def test_clone_is_listed_in_help(cli: Run) -> None:
    result = cli("clone", "--help")
    assert result.code == 0
    for option in ("--start", "--title", "--with-delegation", "--with-follow-ups", "--keep-weekdays"):
        assert option in result.out
