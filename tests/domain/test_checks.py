"""Conflict and feasibility rules, one by one, on small hand-built itineraries; plus a brute-force oracle."""

from __future__ import annotations

import contextvars
import itertools
import json
import pickle
import threading
from collections.abc import Callable, Sequence
from datetime import date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from missionplanner.domain import translation
from missionplanner.domain.checks import (
    ALL_RULES,
    RULE_DOUBLE_BOOKING,
    RULE_END_BEFORE_START,
    RULE_HOLIDAY,
    RULE_HOST_DOUBLE_BOOKING,
    RULE_HOST_VENUE_CLASH,
    RULE_LONG_DAY,
    RULE_MISSING_TRAVEL,
    RULE_OUTSIDE_MISSION,
    RULE_TRAVEL_OVERLAP,
    RULE_TRAVEL_TIME,
    RULE_WEEKEND,
    CheckContext,
    CheckSettings,
    Finding,
    Severity,
    _day_end,
    _Run,
    check_mission,
)
from missionplanner.domain.enums import ItemKind, ItemStatus, TravelMode
from missionplanner.domain.geo import City
from missionplanner.domain.models import Item, Mission, Participant, TravelInfo
from missionplanner.domain.translation import english
from missionplanner.domain.travel import TravelSettings
from missionplanner.exchange.mission_format import from_document

ASHGABAT_TZ = "Asia/Ashgabat"
MINSK_TZ = "Europe/Minsk"
SAMPLES = Path(__file__).resolve().parents[2] / "resources" / "samples"

CITIES = {
    "ashgabat": City("Ashgabat", "TM", 37.95, 58.38, ASHGABAT_TZ, id="geonames:162183"),
    "mary": City("Mary", "TM", 37.60, 61.83, ASHGABAT_TZ, id="geonames:1218667"),
    "minsk": City("Minsk", "BY", 53.90, 27.57, MINSK_TZ, id="geonames:625144"),
    # Another spelling of Ashgabat that the city lookup knows.
    "ashkhabad": City("Ashgabat", "TM", 37.95, 58.38, ASHGABAT_TZ, id="geonames:162183"),
}
NAMES = {
    "p1": "Kayyrbolat Sakhmetov",
    "p2": "Anna Ivanova",
    "p3": "Boris Petrov",
    "c1": "Merdan Orazov",
    "c2": "Ogulgerek Ataeva",
    "o1": "Union of Industrialists and Entrepreneurs",
    "o2": "State Commodity Exchange",
}
MISSION = Mission("m", "Mission to Turkmenistan", date(2023, 12, 4), date(2023, 12, 8), timezone=ASHGABAT_TZ)


def at(text: str) -> datetime:
    return datetime.fromisoformat(text)


def item(
    item_id: str,
    start: str,
    end: str,
    *,
    title: str | None = None,
    tz: str = ASHGABAT_TZ,
    end_tz: str | None = None,
    kind: ItemKind = ItemKind.MEETING,
    city: str = "Ashgabat",
    venue: str = "",
    attendees: tuple[str, ...] | None = None,
    hosts: tuple[str, ...] = (),
    organizations: tuple[str, ...] = (),
    status: ItemStatus = ItemStatus.CONFIRMED,
) -> Item:
    return Item(
        item_id,
        "m",
        title or f"Meeting {item_id}",
        at(start),
        at(end),
        tz,
        end_timezone=end_tz,
        kind=kind,
        city=city,
        venue=venue,
        host_contact_ids=hosts,
        host_organization_ids=organizations,
        attendee_ids=attendees,
        status=status,
    )


def leg(
    item_id: str,
    start: str,
    end: str,
    from_city: str,
    to_city: str,
    *,
    tz: str = ASHGABAT_TZ,
    end_tz: str | None = None,
    mode: TravelMode = TravelMode.FLIGHT,
    attendees: tuple[str, ...] | None = None,
) -> Item:
    return Item(
        item_id,
        "m",
        f"Flight {from_city} – {to_city}" if mode == TravelMode.FLIGHT else f"Transfer {from_city} – {to_city}",
        at(start),
        at(end),
        tz,
        end_timezone=end_tz,
        kind=ItemKind.TRAVEL,
        city=to_city,
        attendee_ids=attendees,
        status=ItemStatus.CONFIRMED,
        travel=TravelInfo(from_city, to_city, mode),
    )


def people(*ids: str) -> list[Participant]:
    return [Participant(pid, "m", f"contact-{pid}") for pid in ids]


def check(
    items: Sequence[Item],
    participants: Sequence[str] = ("p1",),
    *,
    mission: Mission = MISSION,
    holiday: Callable[[date], str | None] | None = None,
    is_weekend: Callable[[date], bool] | None = None,
    check_settings: CheckSettings | None = None,
    rules: Sequence[str] | None = None,
) -> list[Finding]:
    context = CheckContext(
        mission=mission,
        items=items,
        participants=people(*participants),
        names=NAMES,
        city=lambda name: CITIES.get(name.strip().casefold()),
        **({"holiday": holiday} if holiday else {}),
        **({"is_weekend": is_weekend} if is_weekend else {}),
        **({"settings": check_settings} if check_settings else {}),
    )
    found = check_mission(context)
    # The day-level notes show up in many itineraries; tests of other rules leave them out.
    wanted = rules if rules is not None else [r for r in ALL_RULES if r != RULE_LONG_DAY]
    return [f for f in found if f.rule in wanted]


def only(findings: list[Finding]) -> Finding:
    assert len(findings) == 1, [f.message for f in findings]
    return findings[0]


# ------------------------------------------------------------------------------------------ overlaps


def test_double_booking_names_the_person_the_items_and_times() -> None:
    union = item("a", "2023-12-06 10:00", "2023-12-06 12:30", title="Meeting with the Union")
    exchange = item("b", "2023-12-06 11:00", "2023-12-06 12:00", title="Visit to the State Commodity Exchange")
    finding = only(check([exchange, union]))
    assert finding.severity == Severity.ERROR
    assert finding.rule == RULE_DOUBLE_BOOKING
    assert finding.item_ids == ("a", "b")
    assert finding.participant_ids == ("p1",)
    assert finding.message == (
        "Kayyrbolat Sakhmetov is booked for 'Meeting with the Union' (6 Dec 10:00–12:30) and "
        "'Visit to the State Commodity Exchange' (11:00–12:00) at the same time."
    )


def test_intervals_are_half_open() -> None:
    back_to_back = [
        item("a", "2023-12-06 10:00", "2023-12-06 11:00"),
        item("b", "2023-12-06 11:00", "2023-12-06 12:00"),
    ]
    assert check(back_to_back) == []
    one_minute_over = [
        item("a", "2023-12-06 10:00", "2023-12-06 11:01"),
        item("b", "2023-12-06 11:00", "2023-12-06 12:00"),
    ]
    assert only(check(one_minute_over)).rule == RULE_DOUBLE_BOOKING


def test_an_item_of_no_length_overlaps_nothing() -> None:
    items = [item("a", "2023-12-06 10:00", "2023-12-06 12:00"), item("b", "2023-12-06 11:00", "2023-12-06 11:00")]
    assert check(items) == []


def test_items_in_different_zones_compare_in_utc() -> None:
    # 10:00 in Minsk (UTC+3) is 12:00 in Ashgabat (UTC+5).
    minsk = item("a", "2023-12-06 10:00", "2023-12-06 11:00", tz=MINSK_TZ, city="")
    same_moment = item("b", "2023-12-06 12:30", "2023-12-06 13:00", city="")
    assert only(check([minsk, same_moment])).item_ids == ("a", "b")
    same_clock = item("c", "2023-12-06 10:00", "2023-12-06 11:00", city="")
    assert check([minsk, same_clock]) == []


def test_cancelled_items_are_ignored() -> None:
    items = [
        item("a", "2023-12-06 10:00", "2023-12-06 12:00"),
        item("b", "2023-12-06 11:00", "2023-12-06 12:00", status=ItemStatus.CANCELLED),
        item("c", "2023-12-01 11:00", "2023-12-01 12:00", status=ItemStatus.CANCELLED),  # outside the dates
    ]
    assert check(items) == []


def test_end_before_start_is_reported_even_when_cancelled() -> None:
    items = [
        item("a", "2023-12-06 12:00", "2023-12-06 10:00"),
        item("b", "2023-12-07 12:00", "2023-12-07 11:00", status=ItemStatus.CANCELLED),
        item("c", "2023-12-06 09:00", "2023-12-06 13:00"),  # would overlap 'a' if 'a' counted
    ]
    found = check(items)
    assert [(f.rule, f.item_ids) for f in found] == [(RULE_END_BEFORE_START, ("a",)), (RULE_END_BEFORE_START, ("b",))]
    assert found[0].severity == Severity.ERROR
    assert found[0].message.startswith("'Meeting a' ends (6 Dec 10:00) before it starts (6 Dec 12:00)")


def test_end_before_start_across_zones() -> None:
    # Departs 23:30 in Minsk (20:30 UTC), "arrives" 01:00 in Ashgabat (20:00 UTC): the end was mistyped.
    bad = leg("a", "2023-12-05 23:30", "2023-12-06 01:00", "Minsk", "Ashgabat", tz=MINSK_TZ, end_tz=ASHGABAT_TZ)
    finding = only(check([bad]))
    assert finding.rule == RULE_END_BEFORE_START
    assert "Asia/Ashgabat" in finding.message
    assert "Europe/Minsk" in finding.message


def test_explicit_attendees() -> None:
    apart = [
        item("a", "2023-12-06 10:00", "2023-12-06 12:00", attendees=("p1",)),
        item("b", "2023-12-06 11:00", "2023-12-06 12:00", attendees=("p2",)),
    ]
    assert check(apart, ("p1", "p2", "p3")) == []
    together = [
        item("a", "2023-12-06 10:00", "2023-12-06 12:00", attendees=("p2", "p1")),
        item("b", "2023-12-06 11:00", "2023-12-06 12:00"),  # the whole delegation
    ]
    finding = only(check(together, ("p1", "p2", "p3")))
    assert finding.participant_ids == ("p1", "p2")
    assert finding.message.startswith("Kayyrbolat Sakhmetov and Anna Ivanova are booked for 'Meeting a'")


def test_one_finding_per_pair_lists_every_person() -> None:
    items = [item("a", "2023-12-06 10:00", "2023-12-06 12:00"), item("b", "2023-12-06 11:00", "2023-12-06 12:00")]
    finding = only(check(items, ("p1", "p2", "p3")))
    assert finding.participant_ids == ("p1", "p2", "p3")
    assert finding.message.startswith("The whole delegation is booked for")


def test_a_mission_without_participants_has_one_implicit_traveller() -> None:
    items = [item("a", "2023-12-06 10:00", "2023-12-06 12:00"), item("b", "2023-12-06 11:00", "2023-12-06 12:00")]
    finding = only(check(items, ()))
    assert finding.rule == RULE_DOUBLE_BOOKING
    assert finding.participant_ids == ()
    assert finding.message.startswith("The delegation is booked for")


def test_unknown_attendee_ids_are_ignored() -> None:
    items = [
        item("a", "2023-12-06 10:00", "2023-12-06 12:00", attendees=("gone",)),
        item("b", "2023-12-06 11:00", "2023-12-06 12:00", attendees=("gone",)),
    ]
    assert check(items, ("p1",)) == []


def test_many_overlapping_items_give_every_pair_once() -> None:
    items = [item(f"i{n}", "2023-12-06 10:00", f"2023-12-06 1{n + 1}:00") for n in range(4)]
    found = check(items, ("p1", "p2"))
    assert sorted(f.item_ids for f in found) == [
        tuple(sorted(p)) for p in itertools.combinations(["i0", "i1", "i2", "i3"], 2)
    ]
    assert all(f.participant_ids == ("p1", "p2") for f in found)


def test_accommodation_does_not_clash_with_the_programme() -> None:
    hotel = item("h", "2023-12-04 14:00", "2023-12-08 12:00", kind=ItemKind.ACCOMMODATION, title="Hotel Yyldyz")
    meeting = item("a", "2023-12-06 10:00", "2023-12-06 12:00")
    assert check([hotel, meeting]) == []


# ------------------------------------------------------------------------------------------ travel legs


def minsk_flight(attendees: tuple[str, ...] | None = None) -> Item:
    # 23:30 Minsk (UTC+3) = 20:30 UTC; 05:40 Ashgabat (UTC+5) = 00:40 UTC the next day.
    return leg(
        "f", "2023-12-04 23:30", "2023-12-05 05:40", "Minsk", "Ashgabat", tz=MINSK_TZ, end_tz=ASHGABAT_TZ,
        attendees=attendees,
    )  # fmt: skip


def test_meeting_after_an_overnight_flight_across_zones_is_fine() -> None:
    breakfast = item("a", "2023-12-05 07:00", "2023-12-05 08:00", title="Breakfast meeting")
    assert check([breakfast, minsk_flight()], ("p1", "p2")) == []


def test_meeting_during_the_flight_is_a_travel_overlap() -> None:
    too_early = item("a", "2023-12-05 05:00", "2023-12-05 06:00", title="Breakfast meeting")
    finding = only(check([minsk_flight(), too_early], ("p1", "p2")))
    assert finding.rule == RULE_TRAVEL_OVERLAP
    assert finding.severity == Severity.ERROR
    assert finding.item_ids == ("f", "a")
    assert finding.message == (
        "The whole delegation is booked on the travel leg 'Flight Minsk – Ashgabat' (4 Dec 23:30 – 5 Dec 05:40) "
        "and for 'Breakfast meeting' (5 Dec 05:00–06:00) at the same time."
    )


def test_travel_overlap_only_for_those_on_the_flight() -> None:
    early = item("a", "2023-12-05 05:00", "2023-12-05 06:00", attendees=("p2",))
    assert check([minsk_flight(attendees=("p1",)), early], ("p1", "p2")) == []
    finding = only(check([minsk_flight(attendees=("p1", "p2")), early], ("p1", "p2", "p3")))
    assert finding.participant_ids == ("p2",)
    assert finding.message.startswith("Anna Ivanova is booked on the travel leg")


def test_leg_crossing_midnight_and_zones() -> None:
    # 23:00 Ashgabat (18:00 UTC) to 01:30 Minsk (22:30 UTC).
    home = leg("f", "2023-12-07 23:00", "2023-12-08 01:30", "Ashgabat", "Minsk", end_tz=MINSK_TZ)
    meeting_in_minsk = item("a", "2023-12-08 00:30", "2023-12-08 01:00", tz=MINSK_TZ, city="Minsk")
    assert only(check([home, meeting_in_minsk])).rule == RULE_TRAVEL_OVERLAP
    next_morning = item("b", "2023-12-08 09:00", "2023-12-08 10:00", tz=MINSK_TZ, city="Minsk")
    assert check([home, next_morning]) == []


def test_overlapping_legs() -> None:
    first = leg("f", "2023-12-05 07:30", "2023-12-05 08:20", "Mary", "Ashgabat")
    second = leg("g", "2023-12-05 08:00", "2023-12-05 09:00", "Ashgabat", "Mary")
    finding = only(check([first, second]))
    assert finding.rule == RULE_TRAVEL_OVERLAP
    assert "travel legs" in finding.message


# ------------------------------------------------------------------------------------------ hosts


def test_host_contact_double_booked() -> None:
    items = [
        item("a", "2023-12-06 10:00", "2023-12-06 12:00", attendees=("p1",), hosts=("c1",)),
        item("b", "2023-12-06 11:00", "2023-12-06 12:00", attendees=("p2",), hosts=("c1", "c2")),
    ]
    finding = only(check(items, ("p1", "p2")))
    assert finding.rule == RULE_HOST_DOUBLE_BOOKING
    assert finding.severity == Severity.ERROR
    assert finding.contact_ids == ("c1",)
    assert finding.participant_ids == ()
    assert finding.message.startswith("Merdan Orazov hosts 'Meeting a' (6 Dec 10:00–12:00) and 'Meeting b'")
    both = [
        item("a", "2023-12-06 10:00", "2023-12-06 12:00", attendees=("p1",), hosts=("c2", "c1")),
        item("b", "2023-12-06 11:00", "2023-12-06 12:00", attendees=("p2",), hosts=("c1", "c2")),
    ]
    finding = only(check(both, ("p1", "p2")))
    assert set(finding.contact_ids) == {"c1", "c2"}
    assert finding.message.startswith("Merdan Orazov and Ogulgerek Ataeva host")


def test_host_venue_clash() -> None:
    items = [
        item("a", "2023-12-06 10:00", "2023-12-06 12:00", attendees=("p1",), organizations=("o1",), venue="Ministry"),
        item("b", "2023-12-06 11:00", "2023-12-06 12:00", attendees=("p2",), organizations=("o1",), venue="Exchange"),
    ]
    finding = only(check(items, ("p1", "p2")))
    assert finding.rule == RULE_HOST_VENUE_CLASH
    assert finding.severity == Severity.WARNING
    assert finding.organization_ids == ("o1",)
    assert "at Ministry" in finding.message
    assert "at Exchange" in finding.message
    assert finding.message.startswith("Union of Industrialists and Entrepreneurs hosts")
    same_venue = [
        items[0],
        item("b", "2023-12-06 11:00", "2023-12-06 12:00", attendees=("p2",), organizations=("o1",), venue=" ministry "),
    ]
    assert check(same_venue, ("p1", "p2")) == []
    no_venue = [items[0], item("b", "2023-12-06 11:00", "2023-12-06 12:00", attendees=("p2",), organizations=("o1",))]
    assert check(no_venue, ("p1", "p2")) == []
    other_host = [
        items[0],
        item("b", "2023-12-06 11:00", "2023-12-06 12:00", attendees=("p2",), organizations=("o2",), venue="Exchange"),
    ]
    assert check(other_host, ("p1", "p2")) == []


# ------------------------------------------------------------------------------------------ sequencing


def test_missing_travel_between_cities_with_time_enough() -> None:
    items = [
        item("a", "2023-12-04 16:30", "2023-12-04 18:00", city="Mary", title="Meeting with the Union of Mary"),
        item("b", "2023-12-05 10:00", "2023-12-05 12:30", city="Ashgabat", title="Meetings with the Union"),
    ]
    finding = only(check(items, ("p1", "p2")))
    assert finding.rule == RULE_MISSING_TRAVEL
    assert finding.severity == Severity.WARNING
    assert finding.item_ids == ("a", "b")
    assert finding.participant_ids == ("p1", "p2")
    # About 306 km, so by road: 306 km * 1.3 at 70 km/h plus 10 minutes.
    assert finding.message == (
        "No travel from Mary to Ashgabat between 'Meeting with the Union of Mary' (ends 4 Dec 18:00) "
        "and 'Meetings with the Union' (starts 5 Dec 10:00); about 5 h 51 min needed."
    )


def test_missing_travel_gives_the_shortfall() -> None:
    items = [
        item("a", "2023-12-05 08:00", "2023-12-05 10:00", city="Mary"),
        item("b", "2023-12-05 12:00", "2023-12-05 13:00", city="Ashgabat", attendees=("p2",)),
        item("c", "2023-12-05 12:00", "2023-12-05 13:00", city="Ashgabat", attendees=("p1",)),
    ]
    found = check(items, ("p1", "p2", "p3"))
    assert [(f.item_ids, f.participant_ids) for f in found] == [(("a", "b"), ("p2",)), (("a", "c"), ("p1",))]
    assert found[0].message == (
        "No travel for Anna Ivanova from Mary to Ashgabat between 'Meeting a' (ends 5 Dec 10:00) "
        "and 'Meeting b' (starts 12:00); about 5 h 51 min needed, 3 h 51 min short."
    )


def test_no_estimate_when_a_city_is_unknown() -> None:
    items = [
        item("a", "2023-12-05 08:00", "2023-12-05 10:00", city="Gökdepe"),
        item("b", "2023-12-05 12:00", "2023-12-05 13:00", city="Ashgabat"),
    ]
    finding = only(check(items))
    assert finding.rule == RULE_MISSING_TRAVEL
    assert finding.message.endswith("(starts 12:00).")


def test_a_leg_between_cities_is_travel() -> None:
    items = [
        item("a", "2023-12-04 16:30", "2023-12-04 18:00", city="Mary"),
        leg("f", "2023-12-05 07:30", "2023-12-05 08:20", "Mary", "Ashgabat"),
        item("b", "2023-12-05 10:00", "2023-12-05 12:30", city="Ashgabat"),
    ]
    assert check(items, ("p1", "p2")) == []


def test_same_city_spelled_differently() -> None:
    items = [
        item("a", "2023-12-05 08:00", "2023-12-05 10:00", city="ASHGABAT "),
        item("b", "2023-12-05 10:00", "2023-12-05 11:00", city="Ashkhabad"),
        item("c", "2023-12-05 11:00", "2023-12-05 12:00", city=""),
        item("d", "2023-12-05 12:00", "2023-12-05 13:00", city="ashgabat"),
    ]
    assert check(items) == []


def test_leg_departing_from_elsewhere() -> None:
    items = [
        item("a", "2023-12-04 16:30", "2023-12-04 18:00", city="Ashgabat"),
        leg("f", "2023-12-05 07:30", "2023-12-05 08:20", "Mary", "Ashgabat"),
    ]
    finding = only(check(items))
    assert finding.rule == RULE_MISSING_TRAVEL
    assert finding.item_ids == ("a", "f")
    assert finding.message.startswith(
        "No travel from Ashgabat to Mary between 'Meeting a' (ends 4 Dec 18:00) and the travel leg "
        "'Flight Mary – Ashgabat' (departs 5 Dec 07:30)"
    )


def test_arriving_somewhere_else() -> None:
    items = [
        leg("f", "2023-12-05 07:30", "2023-12-05 08:20", "Ashgabat", "Mary"),
        item("b", "2023-12-05 10:00", "2023-12-05 12:30", city="Ashgabat"),
    ]
    finding = only(check(items))
    assert finding.rule == RULE_MISSING_TRAVEL
    assert "from Mary to Ashgabat between the travel leg 'Flight Ashgabat – Mary' (arrives" in finding.message


def test_connecting_legs_must_connect() -> None:
    connecting = [
        leg("f", "2023-12-04 06:00", "2023-12-04 08:00", "Astana", "Ashgabat", tz="Asia/Almaty", end_tz=ASHGABAT_TZ),
        leg("g", "2023-12-04 08:30", "2023-12-04 09:20", "Ashgabat", "Mary"),
    ]
    assert check(connecting) == []
    broken = [connecting[0], leg("g", "2023-12-04 09:30", "2023-12-04 10:20", "Turkmenbashi", "Mary")]
    assert only(check(broken)).rule == RULE_MISSING_TRAVEL


def test_moving_between_venues_takes_time() -> None:
    items = [
        item("a", "2023-12-06 14:30", "2023-12-06 15:45", venue="State Commodity Exchange"),
        item("b", "2023-12-06 16:00", "2023-12-06 17:30", venue="Agency for Transport"),
    ]
    finding = only(check(items))
    assert finding.rule == RULE_TRAVEL_TIME
    assert finding.severity == Severity.WARNING
    assert finding.message == (
        "Only 15 min between 'Meeting a' at State Commodity Exchange (ends 6 Dec 15:45) and 'Meeting b' at "
        "Agency for Transport (starts 16:00) in Ashgabat; moving between venues takes about 30 min, 15 min short."
    )
    enough = [items[0], item("b", "2023-12-06 16:15", "2023-12-06 17:30", venue="Agency for Transport")]
    assert check(enough) == []
    same_venue = [items[0], item("b", "2023-12-06 16:00", "2023-12-06 17:30", venue="state commodity exchange")]
    assert check(same_venue) == []
    unknown_venue = [items[0], item("b", "2023-12-06 16:00", "2023-12-06 17:30")]
    assert check(unknown_venue) == []


def test_time_to_reach_a_flight_and_to_leave_it() -> None:
    # Half of the two-hour flight overhead on each side of a booked flight.
    before = [
        item("a", "2023-12-07 14:30", "2023-12-07 16:30", city="Turkmenbashi"),
        leg("f", "2023-12-07 17:00", "2023-12-07 17:50", "Turkmenbashi", "Ashgabat"),
    ]
    finding = only(check(before))
    assert finding.rule == RULE_TRAVEL_TIME
    assert finding.message.startswith("Only 30 min between 'Meeting a' (ends 7 Dec 16:30) and the travel leg")
    assert finding.message.endswith(
        "in Turkmenbashi; allow about 1 h to get to the departure point and check in, 30 min short."
    )
    after = [
        leg("f", "2023-12-04 09:30", "2023-12-04 10:20", "Ashgabat", "Mary"),
        item("b", "2023-12-04 10:35", "2023-12-04 12:00", city="Mary"),
    ]
    finding = only(check(after))
    assert finding.rule == RULE_TRAVEL_TIME
    assert "45 min short" in finding.message
    by_car = [
        leg("f", "2023-12-06 08:30", "2023-12-06 09:15", "Ashgabat", "Arkadag", mode=TravelMode.CAR),
        item("b", "2023-12-06 09:20", "2023-12-06 12:30", city="Arkadag"),
    ]
    assert check(by_car) == []


def test_sequencing_findings_are_merged_across_travellers() -> None:
    items = [
        item("a", "2023-12-05 08:00", "2023-12-05 10:00", city="Mary"),
        item("x", "2023-12-05 07:00", "2023-12-05 07:30", city="Mary", attendees=("p3",)),
        item("b", "2023-12-05 19:00", "2023-12-05 20:00", city="Ashgabat"),
    ]
    finding = only(check(items, ("p1", "p2", "p3")))
    assert finding.item_ids == ("a", "b")
    assert finding.participant_ids == ("p1", "p2", "p3")
    assert finding.message.startswith("No travel from Mary to Ashgabat")


def test_sequencing_for_the_implicit_traveller() -> None:
    items = [
        item("a", "2023-12-05 08:00", "2023-12-05 10:00", city="Mary"),
        item("b", "2023-12-05 19:00", "2023-12-05 20:00", city="Ashgabat"),
    ]
    finding = only(check(items, ()))
    assert finding.rule == RULE_MISSING_TRAVEL
    assert finding.participant_ids == ()


# ------------------------------------------------------------------------------------------ dates


def test_outside_the_mission_dates() -> None:
    items = [
        item("a", "2023-12-03 10:00", "2023-12-03 11:00"),
        item("b", "2023-12-08 20:00", "2023-12-09 00:00"),  # ends at midnight: still the 8th
        item("c", "2023-12-08 20:00", "2023-12-09 00:30"),
        item("d", "2023-12-04 00:00", "2023-12-04 01:00"),
    ]
    found = check(items, rules=[RULE_OUTSIDE_MISSION])
    assert [f.item_ids for f in found] == [("a",), ("c",)]
    assert found[0].severity == Severity.WARNING
    assert found[0].message == (
        "'Meeting a' (3 Dec 10:00–11:00) falls outside the mission's dates (4 Dec – 8 Dec 2023)."
    )


def test_holidays_and_weekends_one_finding_per_date() -> None:
    items = [
        item("a", "2023-12-09 10:00", "2023-12-09 11:00", city=""),
        item("b", "2023-12-09 12:00", "2023-12-09 13:00", city=""),
        item("c", "2023-12-10 10:00", "2023-12-10 11:00", city=""),
        item("d", "2023-12-11 10:00", "2023-12-11 11:00", city=""),
        item("e", "2023-12-12 10:00", "2023-12-12 11:00", city="", status=ItemStatus.CANCELLED),
    ]
    wide = Mission("m", "Mission", date(2023, 12, 1), date(2023, 12, 31), timezone=ASHGABAT_TZ)
    found = check(
        items,
        mission=wide,
        holiday=lambda day: {date(2023, 12, 10): "Neutrality Day", date(2023, 12, 12): "Test"}.get(day),
        is_weekend=lambda day: day.weekday() >= 5,
    )
    assert [(f.rule, f.item_ids, f.severity) for f in found] == [
        (RULE_WEEKEND, ("a", "b"), Severity.INFO),
        (RULE_HOLIDAY, ("c",), Severity.INFO),  # a Sunday too: the holiday wins
    ]
    assert found[0].message == (
        "Saturday 9 Dec is a weekend day; 2 items are planned on it: 'Meeting a' (10:00) and 'Meeting b' (12:00)."
    )
    assert (
        found[1].message
        == "Sunday 10 Dec is a public holiday (Neutrality Day); 1 item is planned on it: 'Meeting c' (10:00)."
    )


def test_long_day() -> None:
    items = [
        item("a", "2023-12-05 07:30", "2023-12-05 09:00", city=""),
        item("b", "2023-12-05 19:00", "2023-12-05 21:00", city=""),
        item("c", "2023-12-06 08:00", "2023-12-06 20:00", city=""),  # exactly 12 hours: fine
    ]
    finding = only(check(items, rules=[RULE_LONG_DAY]))
    assert finding.severity == Severity.INFO
    assert finding.item_ids == ("a", "b")
    assert finding.message == "Tuesday 5 Dec: 13 h 30 min from 07:30 to 21:00 (2 items)."
    shorter = CheckSettings(max_day=timedelta(hours=11))
    assert len(check(items, rules=[RULE_LONG_DAY], check_settings=shorter)) == 2


def test_long_day_counts_in_the_mission_zone() -> None:
    # 05:00 in Minsk is 07:00 in Ashgabat; the day then runs to 21:00 Ashgabat time.
    items = [
        item("a", "2023-12-05 05:00", "2023-12-05 06:00", tz=MINSK_TZ, city=""),
        item("b", "2023-12-05 20:00", "2023-12-05 21:00", city=""),
    ]
    finding = only(check(items, rules=[RULE_LONG_DAY]))
    assert finding.message == "Tuesday 5 Dec: 14 h from 07:00 to 21:00 (2 items), times in Asia/Ashgabat."


def test_fast_utc_conversion_agrees_with_zoneinfo_all_year() -> None:
    # The checks convert local times with one offset per zone and day, exactly on days the offset changes.
    # Zones with changes at 02:00, at midnight, by half an hour, and none at all.
    zones = ("Europe/Berlin", "America/Santiago", "Australia/Lord_Howe", "America/Havana", "Asia/Ashgabat")
    first = datetime(2025, 1, 1)
    items = [
        Item(f"{zone}{n}", "m", "x", first + timedelta(minutes=30 * n), first + timedelta(minutes=30 * n + 15), zone)
        for zone in zones
        for n in range(2 * 24 * 365)
    ]
    mission = Mission("m", "Year", date(2025, 1, 1), date(2025, 12, 31))
    run = _Run(CheckContext(mission, items, [], {}))
    expected = sorted((i.start_utc.timestamp(), i.end_utc.timestamp()) for i in items)
    assert sorted(zip(run.starts, run.ends, strict=True)) == expected


def test_fast_day_ends_agree_with_zoneinfo() -> None:
    # Long days are cut at the mission zone's midnights, found from a cached offset per zone and day.
    zones = ("Europe/Berlin", "America/Santiago", "Australia/Lord_Howe", "America/Havana", "Asia/Ashgabat", "UTC")
    for zone in zones:
        for n in range(2 * 366):
            day = date(2024, 1, 1) + timedelta(days=n)
            exact = datetime.combine(day + timedelta(days=1), time(), tzinfo=ZoneInfo(zone)).timestamp()
            assert _day_end(zone, day) == exact, (zone, day)


# ------------------------------------------------------------------------------------------ output


def test_errors_first_then_by_time() -> None:
    items = [
        item("late1", "2023-12-07 10:00", "2023-12-07 12:00"),
        item("late2", "2023-12-07 11:00", "2023-12-07 12:00"),
        item("early1", "2023-12-05 10:00", "2023-12-05 12:00", city="Mary"),
        item("early2", "2023-12-05 12:00", "2023-12-05 13:00", city="Ashgabat"),
        item("outside", "2023-12-01 10:00", "2023-12-01 11:00", city="Mary"),
        item("bad", "2023-12-06 10:00", "2023-12-06 09:00"),
    ]
    found = check(items, is_weekend=lambda day: day.day == 7)
    severities = [f.severity for f in found]
    assert severities == sorted(severities, key=lambda s: s.rank)
    assert severities[0] == Severity.ERROR
    errors = [f.item_ids for f in found if f.severity == Severity.ERROR]
    assert errors == [("bad",), ("late1", "late2")]
    warnings = [(f.rule, f.item_ids) for f in found if f.severity == Severity.WARNING]
    assert warnings == [(RULE_OUTSIDE_MISSION, ("outside",)), (RULE_MISSING_TRAVEL, ("early1", "early2"))]
    assert [f.rule for f in found if f.severity == Severity.INFO] == [RULE_WEEKEND]


def test_finding_to_json() -> None:
    finding = only(
        check([item("a", "2023-12-06 10:00", "2023-12-06 12:00"), item("b", "2023-12-06 11:00", "2023-12-06 12:00")])
    )
    document = finding.to_json()
    assert document == {
        "severity": "error",
        "rule": "double_booking",
        "message": finding.message,
        "item_ids": ["a", "b"],
        "participant_ids": ["p1"],
        "contact_ids": [],
        "organization_ids": [],
    }
    assert json.loads(json.dumps(document)) == document


def test_messages_are_worded_once_when_first_read() -> None:
    calls: list[str] = []

    def words() -> str:
        calls.append("worded")
        return "A sentence."

    finding = Finding(Severity.INFO, RULE_WEEKEND, words, ("i1",))
    assert calls == []
    assert finding.message == "A sentence."
    assert finding.message == "A sentence."
    assert calls == ["worded"]
    assert finding == Finding(Severity.INFO, RULE_WEEKEND, "A sentence.", ("i1",))
    assert len({finding, Finding(Severity.INFO, RULE_WEEKEND, "A sentence.", ("i1",))}) == 1
    assert pickle.loads(pickle.dumps(finding)) == finding
    with pytest.raises(AttributeError):
        finding.rule = RULE_HOLIDAY  # type: ignore[misc]


def test_messages_keep_the_language_of_the_check(monkeypatch: pytest.MonkeyPatch) -> None:
    """Worded later, in another thread or after a switch, a message still reads as when it was found."""
    language: contextvars.ContextVar[str] = contextvars.ContextVar("language", default="en")

    def translator(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        found = english(context, text, disambiguation, n)
        return "!" + found if language.get() == "shout" else found

    items = [item("a", "2023-12-06 10:00", "2023-12-06 12:00"), item("b", "2023-12-06 11:00", "2023-12-06 12:00")]
    monkeypatch.setattr(translation, "_translator", translator)
    token = language.set("shout")
    shouted = only(check(items))
    expected = only(check(items)).message
    language.reset(token)
    plain = only(check(items))
    worded: list[str] = []
    thread = threading.Thread(target=lambda: worded.append(shouted.message))
    thread.start()
    thread.join()
    assert worded == [expected]
    assert shouted.message == expected
    assert shouted.message.startswith("!")
    assert not plain.message.startswith("!")


def test_long_titles_are_shortened() -> None:
    long_title = "Bilateral negotiations at the Chamber of Commerce and Industry of Turkmenistan on supplies"
    items = [
        item("a", "2023-12-06 10:00", "2023-12-06 12:00", title=long_title),
        item("b", "2023-12-06 11:00", "2023-12-06 12:00"),
    ]
    message = only(check(items)).message
    assert long_title not in message
    assert "'Bilateral negotiations at the Chamber of Commerce and Indus…'" in message


# ------------------------------------------------------------------------------------------ samples


@pytest.mark.parametrize("sample", sorted(SAMPLES.glob("*.json")), ids=lambda p: p.stem)
def test_sample_missions_are_physically_possible(sample: Path) -> None:
    snapshot = from_document(json.loads(sample.read_text(encoding="utf-8")))
    contacts = {c.id: c.name for c in snapshot.contacts}
    names = {p.id: contacts[p.contact_id] for p in snapshot.participants}
    context = CheckContext(
        mission=snapshot.mission,
        items=snapshot.items,
        participants=snapshot.participants,
        names=names,
        city=lambda name: CITIES.get(name.strip().casefold()),
    )
    found = check_mission(context)
    assert [f.message for f in found if f.severity != Severity.INFO] == []


# ------------------------------------------------------------------------------------------ oracle

ZONES = ("Europe/Minsk", "Asia/Ashgabat", "Europe/Berlin")
OVERLAP_RULES = {RULE_DOUBLE_BOOKING, RULE_TRAVEL_OVERLAP, RULE_HOST_DOUBLE_BOOKING, RULE_HOST_VENUE_CLASH}


@st.composite
def itineraries(draw: st.DrawFn) -> tuple[list[Item], list[str]]:
    participant_ids = [f"p{n}" for n in range(draw(st.integers(0, 4)))]
    count = draw(st.integers(0, 40))
    items = []
    base = datetime(2025, 3, 29)  # Berlin changes to summer time on the 30th
    for n in range(count):
        start = base + timedelta(minutes=15 * draw(st.integers(0, 4 * 36)))
        end = start + timedelta(minutes=15 * draw(st.just(0) | st.integers(-2, 16)))
        zone = draw(st.sampled_from(ZONES))
        kind = draw(st.sampled_from([ItemKind.MEETING, ItemKind.MEETING, ItemKind.TRAVEL, ItemKind.ACCOMMODATION]))
        attendees = draw(st.none() | st.lists(st.sampled_from([*participant_ids, "ghost"]), unique=True).map(tuple))
        items.append(
            Item(
                f"i{n:02d}",
                "m",
                f"Item {n}",
                start,
                end,
                zone,
                end_timezone=draw(st.sampled_from(ZONES)) if kind == ItemKind.TRAVEL else None,
                kind=kind,
                city=draw(st.sampled_from(["", "Ashgabat", "Mary", "minsk"])),
                venue=draw(st.sampled_from(["", "Ministry", "ministry", "Exchange"])),
                host_contact_ids=tuple(draw(st.lists(st.sampled_from(["c1", "c2", "c3"]), unique=True, max_size=2))),
                host_organization_ids=tuple(draw(st.lists(st.sampled_from(["o1", "o2"]), unique=True, max_size=2))),
                attendee_ids=attendees,
                status=draw(st.sampled_from([ItemStatus.CONFIRMED, ItemStatus.PROPOSED, ItemStatus.CANCELLED])),
                travel=TravelInfo("Minsk", "Ashgabat") if kind == ItemKind.TRAVEL else None,
            )
        )
    return items, participant_ids


def check_itinerary(
    items: list[Item], participant_ids: list[str], rules: set[str], city: Callable[[str], City | None] | None = None
) -> list[Finding]:
    """The findings of some rules on a random itinerary, in a mission over Berlin's change to summer time."""
    mission = Mission("m", "Random", date(2025, 3, 29), date(2025, 4, 1), timezone="Europe/Berlin")
    context = CheckContext(mission, items, people(*participant_ids), NAMES, **({"city": city} if city else {}))
    return [f for f in check_mission(context) if f.rule in rules]


def brute_force(items: list[Item], participant_ids: list[str]) -> set[tuple]:
    """Every overlapping pair, compared all against all, straight from the rule definitions."""
    considered = [
        i
        for i in items
        if i.status != ItemStatus.CANCELLED and i.kind != ItemKind.ACCOMMODATION and i.end_utc >= i.start_utc
    ]

    def attendees(i: Item) -> set[str]:
        if not participant_ids:
            return {""} if i.attendee_ids is None or i.attendee_ids else set()
        return set(participant_ids) if i.attendee_ids is None else set(i.attendee_ids) & set(participant_ids)

    utc = {i.id: (i.start_utc, i.end_utc) for i in considered}
    expected = set()
    for a, b in itertools.combinations(considered, 2):
        (a_start, a_end), (b_start, b_end) = utc[a.id], utc[b.id]
        if not max(a_start, b_start) < min(a_end, b_end):
            continue
        pair = frozenset({a.id, b.id})
        together = attendees(a) & attendees(b)
        if together:
            rule = RULE_TRAVEL_OVERLAP if ItemKind.TRAVEL in (a.kind, b.kind) else RULE_DOUBLE_BOOKING
            expected.add((rule, pair, frozenset(together - {""}), frozenset(), frozenset()))
        hosts = set(a.host_contact_ids) & set(b.host_contact_ids)
        if hosts:
            expected.add((RULE_HOST_DOUBLE_BOOKING, pair, frozenset(), frozenset(hosts), frozenset()))
        organizations = set(a.host_organization_ids) & set(b.host_organization_ids)
        venues = a.venue.casefold(), b.venue.casefold()
        if organizations and all(venues) and venues[0] != venues[1]:
            expected.add((RULE_HOST_VENUE_CLASH, pair, frozenset(), frozenset(), frozenset(organizations)))
    return expected


@settings(max_examples=150, deadline=None)
@given(itineraries())
def test_overlap_rules_match_a_brute_force_oracle(itinerary: tuple[list[Item], list[str]]) -> None:
    items, participant_ids = itinerary
    found = check_itinerary(items, participant_ids, OVERLAP_RULES)
    got = {
        (
            f.rule,
            frozenset(f.item_ids),
            frozenset(f.participant_ids),
            frozenset(f.contact_ids),
            frozenset(f.organization_ids),
        )
        for f in found
    }
    assert len(got) == len(found), "a pair was reported twice"
    assert got == brute_force(items, participant_ids)
    start = {i.id: i.start_utc for i in items}
    for f in found:
        assert start[f.item_ids[0]] <= start[f.item_ids[1]]


SEQUENCING_RULES = {RULE_MISSING_TRAVEL, RULE_TRAVEL_TIME}


def brute_force_sequencing(items: list[Item], participant_ids: list[str]) -> set[tuple]:
    """Each traveller's consecutive items one traveller at a time, straight from the rule definitions."""
    travel = TravelSettings.default()
    considered = [
        i
        for i in items
        if i.status != ItemStatus.CANCELLED and i.kind != ItemKind.ACCOMMODATION and i.end_utc >= i.start_utc
    ]
    considered.sort(key=lambda i: i.start_utc)  # stable: ties keep the given order

    def place(name: str) -> str | None:
        text = " ".join(name.split())
        if not text:
            return None
        city = CITIES.get(text.casefold())
        return "name:" + text.casefold() if city is None else "id:" + city.id

    def is_leg(i: Item) -> bool:
        return i.travel is not None or i.kind == ItemKind.TRAVEL

    def arrival(i: Item) -> str:
        return ((i.travel.to_city if i.travel else "") or i.city) if is_leg(i) else i.city

    def departure(i: Item) -> str:
        if not is_leg(i):
            return i.city
        from_city = i.travel.from_city if i.travel else ""
        if not from_city and i.city.strip().casefold() != arrival(i).strip().casefold():
            from_city = i.city
        return from_city

    def half_overhead(i: Item) -> float:
        return travel.overheads[i.travel.mode].total_seconds() / 2 if i.travel else 0.0

    def venue(i: Item) -> str:
        return " ".join(i.venue.split()).casefold()

    travellers: dict[str, Callable[[Item], bool]] = {
        pid: (lambda i, pid=pid: i.attendee_ids is None or pid in i.attendee_ids) for pid in participant_ids
    }
    if not participant_ids:
        travellers = {"": lambda i: i.attendee_ids is None or bool(i.attendee_ids)}
    found: dict[tuple[str, str, str], set[str]] = {}
    for pid, attends in travellers.items():
        own = [i for i in considered if attends(i)]
        for a, b in itertools.pairwise(own):
            gap = (b.start_utc - a.end_utc).total_seconds()
            leaves, needs = place(arrival(a)), place(departure(b))
            if gap < 0:
                continue
            if leaves and needs and leaves != needs:
                found.setdefault((RULE_MISSING_TRAVEL, a.id, b.id), set()).add(pid)
                continue
            if is_leg(a) and is_leg(b):
                continue
            if is_leg(b) or is_leg(a):
                needed = half_overhead(b) if is_leg(b) else half_overhead(a)
            elif venue(a) and venue(b) and venue(a) != venue(b):
                needed = travel.same_city_transfer.total_seconds()
            else:
                continue
            if gap < needed:
                found.setdefault((RULE_TRAVEL_TIME, a.id, b.id), set()).add(pid)
    return {(rule, a, b, frozenset(pids - {""})) for (rule, a, b), pids in found.items()}


@settings(max_examples=150, deadline=None)
@given(itineraries())
def test_sequencing_rules_match_a_brute_force_oracle(itinerary: tuple[list[Item], list[str]]) -> None:
    items, participant_ids = itinerary
    found = check_itinerary(items, participant_ids, SEQUENCING_RULES, city=lambda name: CITIES.get(name.casefold()))
    got = {(f.rule, *f.item_ids, frozenset(f.participant_ids)) for f in found}
    assert len(got) == len(found), "a pair was reported twice"
    assert got == brute_force_sequencing(items, participant_ids)
