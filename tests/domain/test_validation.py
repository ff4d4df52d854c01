"""Validation: every problem names its field and tells the user what to do."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from missionplanner.domain.enums import OrganizerRole
from missionplanner.domain.errors import Problem, ValidationError
from missionplanner.domain.models import (
    Contact,
    FollowUp,
    Item,
    Mission,
    MissionOrganizer,
    Organization,
    Outcome,
    TravelInfo,
)
from missionplanner.domain.validation import (
    FIRST_DAY,
    LAST_DAY,
    TEXT_MAX,
    TITLE_MAX,
    contact_problems,
    ensure_valid,
    follow_up_problems,
    item_problems,
    item_warnings,
    mission_problems,
    organization_problems,
    outcome_problems,
)

# Words that tell the user what to do next; every message must contain one.
ADVICE = ("enter", "choose", "use ", "set ", "shorten", "keep", "check", "remove", "list ", "add ")

MISSION = Mission("m1", "Trade mission to Ashgabat", date(2025, 3, 10), date(2025, 3, 14), timezone="Asia/Ashgabat")
ORG = Organization("o1", "Chamber of Commerce and Industry of Turkmenistan", country="TM")
CONTACT = Contact("c1", "Aýna Annaýewa", organization_id="o1", email="ayna@example.tm")
ITEM = Item("i1", "m1", "Meeting at the chamber", datetime(2025, 3, 11, 10), datetime(2025, 3, 11, 11), "Asia/Ashgabat")
OUTCOME = Outcome("x1", "m1", "Supply of cotton yarn", amount=Decimal("1250000.50"), currency="USD")
FOLLOW_UP = FollowUp("f1", "m1", "Send the draft contract")


def only(problems: list[Problem]) -> Problem:
    """The single problem found, checked to name a field and to give advice."""
    assert len(problems) == 1, problems
    problem = problems[0]
    assert problem.field
    assert any(word in problem.message.lower() for word in ADVICE), problem.message
    assert str(problem).startswith(f"{problem.field}: ")
    return problem


def test_valid_records_have_no_problems() -> None:
    assert organization_problems(ORG) == []
    assert contact_problems(CONTACT) == []
    assert mission_problems(MISSION) == []
    assert item_problems(ITEM) == []
    assert outcome_problems(OUTCOME) == []
    assert follow_up_problems(FOLLOW_UP) == []
    assert item_warnings(ITEM, MISSION) == []


@pytest.mark.parametrize("blank", ["", "   ", "\t\n"])
@pytest.mark.parametrize(
    ("check", "record", "field"),
    [
        (organization_problems, ORG, "name"),
        (contact_problems, CONTACT, "name"),
        (mission_problems, MISSION, "title"),
        (item_problems, ITEM, "title"),
        (outcome_problems, OUTCOME, "title"),
        (follow_up_problems, FOLLOW_UP, "action"),
    ],
)
def test_empty_required_text_is_refused(check, record, field: str, blank: str) -> None:
    problem = only(check(replace(record, **{field: blank})))
    assert problem.field == field
    assert "required" in problem.message


@pytest.mark.parametrize(
    ("check", "record", "field"),
    [
        (organization_problems, ORG, "name"),
        (contact_problems, CONTACT, "name"),
        (mission_problems, MISSION, "title"),
        (item_problems, ITEM, "title"),
        (outcome_problems, OUTCOME, "title"),
        (follow_up_problems, FOLLOW_UP, "action"),
    ],
)
def test_titles_longer_than_the_limit_are_refused(check, record, field: str) -> None:
    assert check(replace(record, **{field: "я" * TITLE_MAX})) == []
    problem = only(check(replace(record, **{field: "я" * (TITLE_MAX + 1)})))
    assert problem.field == field
    assert "501" in problem.message
    assert "500" in problem.message


@pytest.mark.parametrize(
    ("record", "field"),
    [
        (ITEM, "notes"),
        (ITEM, "agenda"),
        (replace(ITEM, travel=TravelInfo(from_city="Minsk", to_city="Aşgabat")), "reference"),
        (replace(ITEM, travel=TravelInfo(from_city="Minsk", to_city="Aşgabat")), "from_city"),
    ],
)
def test_other_texts_longer_than_the_text_limit_are_refused(record: Item, field: str) -> None:
    def with_text(text: str) -> Item:
        if record.travel is not None and hasattr(record.travel, field):
            return replace(record, travel=replace(record.travel, **{field: text}))
        return replace(record, **{field: text})

    assert item_problems(with_text("ş" * TEXT_MAX)) == []
    problem = only(item_problems(with_text("ş" * (TEXT_MAX + 1))))
    assert problem.field == field
    assert "100,001" in problem.message


def test_dates_outside_the_supported_years_are_refused() -> None:
    assert mission_problems(replace(MISSION, start_date=FIRST_DAY, end_date=LAST_DAY)) == []
    problem = only(mission_problems(replace(MISSION, end_date=date(2200, 1, 1))))
    assert problem.field == "end_date"
    assert "1900–2199" in problem.message
    assert only(mission_problems(replace(MISSION, start_date=date(1899, 12, 31)))).field == "start_date"
    assert only(follow_up_problems(replace(FOLLOW_UP, due_date=date.max))).field == "due_date"
    assert only(outcome_problems(replace(OUTCOME, signed_on=date.min))).field == "signed_on"


@given(
    start=st.datetimes(min_value=datetime(1, 1, 1), max_value=datetime(9999, 12, 31, 23, 59)),
    hours=st.integers(0, 48),
    zone=st.sampled_from(["Pacific/Kiritimati", "Asia/Ashgabat", "UTC", "America/New_York", "Pacific/Pago_Pago"]),
)
def test_an_item_at_any_moment_of_the_calendar_is_judged_not_crashed_on(start: datetime, hours: int, zone: str) -> None:
    """Near years 1 and 9999 a time zone's shift leaves Python's calendar: a problem, not an OverflowError."""
    end = min(start + timedelta(hours=hours), datetime(9999, 12, 31, 23, 59))
    problems = item_problems(replace(ITEM, start=start, end=end, timezone=zone))
    inside = start.date() >= FIRST_DAY and end.date() <= LAST_DAY
    assert inside or {"start", "end"} & {p.field for p in problems}


def test_mission_ending_before_it_starts() -> None:
    assert mission_problems(replace(MISSION, end_date=MISSION.start_date)) == []
    problem = only(mission_problems(replace(MISSION, end_date=MISSION.start_date - timedelta(days=1))))
    assert problem.field == "end_date"


def test_item_ending_before_it_starts() -> None:
    problem = only(item_problems(replace(ITEM, end=ITEM.start - timedelta(minutes=1))))
    assert problem.field == "end"
    # Zero length (a deadline, a ceremony moment) is allowed.
    assert item_problems(replace(ITEM, end=ITEM.start)) == []


def test_item_across_time_zones_compares_in_utc() -> None:
    # 10:00 in Ashgabat (UTC+5) is 05:00 UTC; 09:30 in Minsk (UTC+3) is 06:30 UTC: later, so valid.
    item = replace(
        ITEM, start=datetime(2025, 3, 11, 10, 0), end=datetime(2025, 3, 11, 9, 30), end_timezone="Europe/Minsk"
    )
    assert item_problems(item) == []
    # 07:30 in Minsk is 04:30 UTC: half an hour before the start.
    early = replace(item, end=datetime(2025, 3, 11, 7, 30))
    assert only(item_problems(early)).field == "end"
    # Swapping the zones makes it 07:00 UTC -> 04:30 UTC: ends before it starts.
    assert only(item_problems(replace(item, timezone="Europe/Minsk", end_timezone="Asia/Ashgabat"))).field == "end"


# Zones without daylight saving in the years drawn, with their fixed UTC offsets: an independent oracle.
FIXED_OFFSETS = {
    "UTC": 0,
    "Europe/Minsk": 3,
    "Europe/Moscow": 3,
    "Asia/Ashgabat": 5,
    "Asia/Tashkent": 5,
    "Asia/Tokyo": 9,
}


@given(
    start=st.datetimes(min_value=datetime(2015, 1, 1), max_value=datetime(2030, 12, 31)),
    minutes=st.integers(min_value=-24 * 60, max_value=24 * 60),
    start_zone=st.sampled_from(sorted(FIXED_OFFSETS)),
    end_zone=st.sampled_from(sorted(FIXED_OFFSETS)),
)
def test_item_end_before_start_matches_fixed_offsets(
    start: datetime, minutes: int, start_zone: str, end_zone: str
) -> None:
    start = start.replace(second=0, microsecond=0)
    end = start + timedelta(minutes=minutes)
    item = replace(ITEM, start=start, end=end, timezone=start_zone, end_timezone=end_zone)
    start_utc = start - timedelta(hours=FIXED_OFFSETS[start_zone])
    end_utc = end - timedelta(hours=FIXED_OFFSETS[end_zone])
    assert item.start_utc == start_utc.replace(tzinfo=UTC)
    assert item.end_utc == end_utc.replace(tzinfo=UTC)
    fields = [p.field for p in item_problems(item)]
    assert fields == (["end"] if end_utc < start_utc else [])


@pytest.mark.parametrize("code", ["ZZ", "XX", "TKM", "Turkmenistan", "T"])
@pytest.mark.parametrize(
    ("record", "field", "check"),
    [
        (ORG, "country", organization_problems),
        (MISSION, "origin_country", mission_problems),
        (MISSION, "destination_country", mission_problems),
    ],
)
def test_unknown_country_is_refused(record, field: str, check, code: str) -> None:
    problem = only(check(replace(record, **{field: code})))
    assert problem.field == field
    assert code in problem.message
    assert "ISO 3166" in problem.message


@pytest.mark.parametrize("code", ["TM", "BY", "tm", "KZ", None, ""])
def test_known_or_missing_country_is_accepted(code: str | None) -> None:
    assert organization_problems(replace(ORG, country=code)) == []
    assert mission_problems(replace(MISSION, destination_country=code, origin_country=code)) == []


@pytest.mark.parametrize("code", ["XYZ", "US", "USDT", "dollar"])
def test_unknown_currency_is_refused(code: str) -> None:
    problem = only(outcome_problems(replace(OUTCOME, currency=code)))
    assert problem.field == "currency"
    assert code in problem.message
    assert "ISO 4217" in problem.message


@pytest.mark.parametrize("code", ["USD", "EUR", "TMT", "BYN", "KZT", "usd"])
def test_known_currencies_are_accepted(code: str) -> None:
    assert outcome_problems(replace(OUTCOME, currency=code)) == []


@pytest.mark.parametrize("currency", [None, ""])
def test_amount_without_currency_is_refused(currency: str | None) -> None:
    problem = only(outcome_problems(replace(OUTCOME, currency=currency)))
    assert problem.field == "currency"
    # A currency alone (amount not known yet) is fine.
    assert outcome_problems(replace(OUTCOME, amount=None, currency="USD")) == []


@pytest.mark.parametrize("amount", [Decimal("-0.01"), Decimal("-1250000")])
def test_negative_amount_is_refused(amount: Decimal) -> None:
    problem = only(outcome_problems(replace(OUTCOME, amount=amount)))
    assert problem.field == "amount"
    assert "negative" in problem.message


@pytest.mark.parametrize("amount", [Decimal("NaN"), Decimal("Infinity"), Decimal("1e15")])
def test_impossible_amount_is_refused(amount: Decimal) -> None:
    assert only(outcome_problems(replace(OUTCOME, amount=amount))).field == "amount"


def test_zero_and_large_exact_amounts_are_accepted() -> None:
    for amount in (Decimal(0), Decimal("300000000.01"), Decimal("999999999999999.99")):
        assert outcome_problems(replace(OUTCOME, amount=amount)) == []


@pytest.mark.parametrize("email", ["ayna", "ayna@", "@example.tm", "ayna@example", "ay na@example.tm", "a@b@c.d"])
@pytest.mark.parametrize(("check", "record"), [(organization_problems, ORG), (contact_problems, CONTACT)])
def test_bad_email_is_refused(check, record, email: str) -> None:
    problem = only(check(replace(record, email=email)))
    assert problem.field == "email"
    assert "name@example.org" in problem.message


@pytest.mark.parametrize("email", ["", "ayna@example.tm", "info@tpp.by", "a.b+c@mail.example.com"])
def test_good_or_missing_email_is_accepted(email: str) -> None:
    assert contact_problems(replace(CONTACT, email=email)) == []


@pytest.mark.parametrize("zone", ["Mars/Olympus_Mons", "Asia/Ashkhabad_", "GMT+25", "", "Europe/"])
def test_unknown_time_zone_is_refused(zone: str) -> None:
    assert only(mission_problems(replace(MISSION, timezone=zone))).field == "timezone"
    # An unknown zone must not crash the end-before-start check either.
    assert only(item_problems(replace(ITEM, timezone=zone))).field == "timezone"
    problem = only(item_problems(replace(ITEM, end_timezone=zone)))
    assert problem.field == "end_timezone"
    assert "IANA" in problem.message


def test_duplicate_organizers_are_refused() -> None:
    mission = replace(
        MISSION,
        organizers=(MissionOrganizer("o1"), MissionOrganizer("o2"), MissionOrganizer("o1", OrganizerRole.SPONSOR)),
    )
    assert only(mission_problems(mission)).field == "organizers"
    assert mission_problems(replace(mission, organizers=mission.organizers[:2])) == []


def test_duplicate_attendees_are_refused() -> None:
    assert only(item_problems(replace(ITEM, attendee_ids=("p1", "p2", "p1")))).field == "attendee_ids"
    assert item_problems(replace(ITEM, attendee_ids=())) == []


def test_empty_sector_is_refused() -> None:
    assert only(organization_problems(replace(ORG, sectors=("textiles", " ")))).field == "sectors"


def test_every_problem_is_reported_at_once() -> None:
    bad = replace(ORG, name="", country="ZZ", email="nope")
    assert sorted(p.field for p in organization_problems(bad)) == ["country", "email", "name"]
    with pytest.raises(ValidationError) as raised:
        ensure_valid(organization_problems(bad))
    assert raised.value.field == "name"
    assert len(raised.value.problems) == 3
    for field in ("name", "country", "email"):
        assert f"{field}: " in raised.value.message
    ensure_valid([])  # nothing to complain about: no error


def test_item_outside_the_mission_dates_is_only_a_warning() -> None:
    before = replace(ITEM, start=datetime(2025, 3, 9, 18), end=datetime(2025, 3, 9, 20))
    after = replace(ITEM, start=datetime(2025, 3, 14, 22), end=datetime(2025, 3, 15, 1))
    for item in (before, after):
        assert item_problems(item) == []
        warnings = item_warnings(item, MISSION)
        assert len(warnings) == 1
        assert warnings[0].field == "start"
        assert "outside the mission's dates" in warnings[0].message
        assert item.title in warnings[0].message
    # First and last day are inside.
    first = replace(ITEM, start=datetime(2025, 3, 10, 0, 0), end=datetime(2025, 3, 10, 1))
    last = replace(ITEM, start=datetime(2025, 3, 14, 22), end=datetime(2025, 3, 14, 23, 59))
    assert item_warnings(first, MISSION) == []
    assert item_warnings(last, MISSION) == []


def test_a_time_zone_name_too_long_for_a_file_name_is_simply_unknown() -> None:
    from missionplanner.domain.reference import is_timezone

    assert is_timezone("x" * 5000) is False
