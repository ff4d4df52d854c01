"""Domain records: local wall-clock times compared in UTC, and small derived values."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from missionplanner.domain.enums import ItemKind
from missionplanner.domain.models import FollowUp, Item, Mission, TravelInfo, new_id, to_utc, utc_now_text


def test_flight_from_minsk_to_ashgabat_overnight() -> None:
    flight = Item(
        new_id(),
        "m1",
        "Flight Minsk – Ashgabat",
        start=datetime(2025, 3, 9, 23, 30),
        end=datetime(2025, 3, 10, 5, 40),
        timezone="Europe/Minsk",
        end_timezone="Asia/Ashgabat",
        kind=ItemKind.TRAVEL,
        travel=TravelInfo("Minsk", "Ashgabat"),
    )
    assert flight.start_utc == datetime(2025, 3, 9, 20, 30, tzinfo=UTC)
    assert flight.end_utc == datetime(2025, 3, 10, 0, 40, tzinfo=UTC)
    assert flight.end_utc - flight.start_utc == timedelta(hours=4, minutes=10)
    assert flight.effective_end_timezone == "Asia/Ashgabat"


def test_end_zone_defaults_to_start_zone() -> None:
    item = Item("i", "m", "Lunch", datetime(2025, 3, 10, 13), datetime(2025, 3, 10, 14), "Asia/Ashgabat")
    assert item.effective_end_timezone == "Asia/Ashgabat"
    assert item.end_utc - item.start_utc == timedelta(hours=1)
    assert item.start_utc.utcoffset() == timedelta(0)


def test_daylight_saving_change_is_respected() -> None:
    # Berlin skips 02:00-03:00 on 30 March 2025: 01:30 CET to 03:30 CEST is one hour.
    item = Item("i", "m", "Night train", datetime(2025, 3, 30, 1, 30), datetime(2025, 3, 30, 3, 30), "Europe/Berlin")
    assert item.end_utc - item.start_utc == timedelta(hours=1)
    assert to_utc(datetime(2025, 7, 1, 12), "Europe/Berlin") == datetime(2025, 7, 1, 10, tzinfo=UTC)
    assert to_utc(datetime(2025, 1, 1, 12), "Europe/Berlin") == datetime(2025, 1, 1, 11, tzinfo=UTC)


def test_mission_day_count_includes_both_ends() -> None:
    mission = Mission("m", "Mission", date(2025, 3, 10), date(2025, 3, 14))
    assert mission.day_count == 5
    assert Mission("m", "One day", date(2025, 3, 10), date(2025, 3, 10)).day_count == 1


def test_follow_up_overdue() -> None:
    today = date(2025, 4, 1)
    assert FollowUp("f", "m", "Call", due_date=date(2025, 3, 31)).is_overdue(today)
    assert not FollowUp("f", "m", "Call", due_date=today).is_overdue(today)
    assert not FollowUp("f", "m", "Call", due_date=date(2025, 3, 1), done_on=date(2025, 3, 2)).is_overdue(today)
    assert not FollowUp("f", "m", "Call").is_overdue(today)


def test_new_ids_are_unique_uuids() -> None:
    ids = {new_id() for _ in range(1000)}
    assert len(ids) == 1000
    assert all(len(i) == 36 and i.count("-") == 4 for i in ids)


def test_timestamps_are_iso_utc_text() -> None:
    stamp = datetime.fromisoformat(utc_now_text())
    assert stamp.utcoffset() == timedelta(0)
