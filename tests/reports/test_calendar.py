"""iCalendar export read back with the icalendar package: exact times and zones, stable UIDs."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar

from missionplanner.domain.errors import ValidationError
from missionplanner.reports import write_ics
from missionplanner.services.app import Services
from tests.reports.conftest import BELARUS, BELARUS_MEMBER, KAZAKHSTAN

MINSK_FLIGHT = "a3cc8efe-5ef3-4f1c-b90f-41a61cdad6ed"


def read(path: Path) -> Calendar:
    return Calendar.from_ical(path.read_bytes())


def events(calendar: Calendar) -> dict[str, object]:
    return {str(e["UID"]): e for e in calendar.walk("VEVENT")}


def test_the_minsk_ashgabat_flight_keeps_both_zones_exactly(samples: Services, tmp_path: Path) -> None:
    calendar = read(write_ics(samples, BELARUS, tmp_path / "mission.ics"))
    flight = events(calendar)[f"{MINSK_FLIGHT}@missionplanner"]
    start, end = flight["DTSTART"], flight["DTEND"]  # type: ignore[index]
    assert start.params["TZID"] == "Europe/Minsk"
    assert end.params["TZID"] == "Asia/Ashgabat"
    assert start.dt == datetime(2025, 5, 23, 0, 45, tzinfo=ZoneInfo("Europe/Minsk"))
    assert end.dt == datetime(2025, 5, 23, 6, 30, tzinfo=ZoneInfo("Asia/Ashgabat"))
    assert start.dt.astimezone(UTC) == datetime(2025, 5, 22, 21, 45, tzinfo=UTC)
    assert end.dt.astimezone(UTC) == datetime(2025, 5, 23, 1, 30, tzinfo=UTC)
    assert str(flight["SUMMARY"]) == "Flight Minsk – Ashgabat"  # type: ignore[index]
    zones = {str(z["TZID"]) for z in calendar.walk("VTIMEZONE")}
    assert zones == {"Europe/Minsk", "Asia/Ashgabat"}


def test_every_item_is_one_event_with_location_and_description(samples: Services, tmp_path: Path) -> None:
    calendar = read(write_ics(samples, KAZAKHSTAN, tmp_path / "kz.ics"))
    found = events(calendar)
    items = samples.items.for_mission(KAZAKHSTAN)
    assert set(found) == {f"{i.id}@missionplanner" for i in items}
    meeting = next(i for i in items if i.title.startswith("Meetings with the Union"))
    event = found[f"{meeting.id}@missionplanner"]
    assert str(event["LOCATION"]) == "Union of Industrialists and Entrepreneurs of Turkmenistan, Ashgabat"  # type: ignore[index]
    description = str(event["DESCRIPTION"])  # type: ignore[index]
    assert meeting.agenda in description
    assert "Hosts: Union of Industrialists and Entrepreneurs of Turkmenistan" in description
    assert str(calendar["X-WR-CALNAME"]) == "Kazakhstani business mission to Turkmenistan, December 2023"


def test_uids_are_stable_so_a_second_export_updates_events(samples: Services, tmp_path: Path) -> None:
    first = write_ics(samples, BELARUS, tmp_path / "first.ics")
    second = write_ics(samples, BELARUS, tmp_path / "second.ics")
    assert set(events(read(first))) == set(events(read(second)))
    assert first.read_bytes() == second.read_bytes()  # nothing changed, nothing differs


def test_a_participant_gets_only_their_items(samples: Services, tmp_path: Path) -> None:
    item = next(i for i in samples.items.for_mission(BELARUS) if i.title.startswith("Meeting with members"))
    other = next(p for p in samples.participants.for_mission(BELARUS) if p.id != BELARUS_MEMBER)
    samples.items.update(replace(item, attendee_ids=(other.id,)))
    try:
        mine = events(read(write_ics(samples, BELARUS, tmp_path / "mine.ics", participant_id=BELARUS_MEMBER)))
        theirs = events(read(write_ics(samples, BELARUS, tmp_path / "theirs.ics", participant_id=other.id)))
    finally:
        samples.items.update(replace(samples.items.get(item.id), attendee_ids=None))
    assert f"{item.id}@missionplanner" not in mine
    assert f"{item.id}@missionplanner" in theirs
    assert len(mine) == len(theirs) - 1 == 8


def test_only_ics_files_and_known_participants(samples: Services, tmp_path: Path) -> None:
    with pytest.raises(ValidationError) as raised:
        write_ics(samples, BELARUS, tmp_path / "mission.txt")
    assert raised.value.field == "out"
    with pytest.raises(ValidationError) as raised:
        write_ics(samples, BELARUS, tmp_path / "mission.ics", participant_id="nobody")
    assert raised.value.field == "participant_id"
    assert list(tmp_path.iterdir()) == []
