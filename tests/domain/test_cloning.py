"""A new mission from a past one: dates shifted by day offset, what each option carries, fresh ids."""

from __future__ import annotations

import copy
from dataclasses import replace
from datetime import date, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from missionplanner.domain.cloning import (
    CloneOptions,
    carried_title,
    clone_plan,
    effective_start,
    is_travel,
    shifted_date,
)
from missionplanner.domain.enums import ItemKind, ItemStatus, MissionStatus, TravelMode
from missionplanner.domain.errors import ValidationError
from missionplanner.domain.models import (
    FollowUp,
    Item,
    Mission,
    Organization,
    Outcome,
    TravelInfo,
)
from missionplanner.domain.snapshot import MissionSnapshot
from missionplanner.domain.snapshot_validation import snapshot_problems
from tests.exchange.strategies import dates, snapshots

options_strategy = st.builds(
    CloneOptions,
    start_date=dates,
    title=st.none() | st.just("Return visit"),
    keep_itinerary=st.booleans(),
    keep_hosts=st.booleans(),
    keep_delegation=st.booleans(),
    keep_travel=st.booleans(),
    keep_objectives_and_notes=st.booleans(),
    follow_ups_as_items=st.booleans(),
    keep_weekdays=st.booleans(),
    as_template=st.booleans(),
)


def _all_ids(snapshot: MissionSnapshot) -> set[str]:
    ids = {snapshot.mission.id}
    for name in ("organizations", "contacts", "participants", "items", "outcomes", "follow_ups"):
        ids |= {r.id for r in getattr(snapshot, name)}
    return ids


def _expected_start(source_start: date, chosen: date, keep_weekdays: bool) -> date:
    """Brute force: the chosen day, or the first of the next seven days on the source's weekday."""
    if not keep_weekdays:
        return chosen
    return next(d for d in (chosen + timedelta(n) for n in range(7)) if d.weekday() == source_start.weekday())


@settings(max_examples=150, deadline=None)
@given(source=snapshots(), options=options_strategy)
def test_clone_plan_against_an_oracle(source: MissionSnapshot, options: CloneOptions) -> None:
    before = copy.deepcopy(source)
    plan = clone_plan(source, options)
    old, new = source.mission, plan.mission

    # The source is untouched.
    assert source == before
    # Dates: one shift for everything, landing on the chosen start (or the next day with the same weekday).
    assert new.start_date == _expected_start(old.start_date, options.start_date, options.keep_weekdays)
    assert new.end_date - new.start_date == old.end_date - old.start_date
    if options.keep_weekdays:
        assert new.start_date.weekday() == old.start_date.weekday()
        assert 0 <= (new.start_date - options.start_date).days < 7

    # Counts per option.
    kept = [i for i in source.items if (options.keep_travel if is_travel(i) else options.keep_itinerary)]
    open_follow_ups = [f for f in source.follow_ups if f.done_on is None]
    carried = open_follow_ups if options.follow_ups_as_items else []
    assert len(plan.items) == len(kept) + len(carried)
    assert len(plan.participants) == (len(source.participants) if options.keep_delegation else 0)
    assert plan.outcomes == ()
    assert plan.follow_ups == ()

    # Fresh ids for everything copied; directory records shared, unchanged.
    fresh = [new.id, *(p.id for p in plan.participants), *(i.id for i in plan.items)]
    assert len(set(fresh)) == len(fresh)
    assert not set(fresh) & _all_ids(source)
    assert set(plan.organizations) <= set(source.organizations)
    assert set(plan.contacts) <= set(source.contacts)

    # The mission: reset, linked to its source.
    assert new.status == MissionStatus.DRAFT
    assert new.source_mission_id == old.id
    assert new.is_template == options.as_template
    assert new.organizers == old.organizers
    assert new.title == (
        "Return visit" if options.title else carried_title(old.title, old, new.start_date, new.end_date)
    )
    assert new.objectives == (old.objectives if options.keep_objectives_and_notes else "")
    assert new.notes == (old.notes if options.keep_objectives_and_notes else "")

    # Items: same day offset, same wall-clock time, same zones; reset; references cleared.
    contact_of = {p.id: p.contact_id for p in source.participants}
    new_contact_of = {p.id: p.contact_id for p in plan.participants}
    for src, copied in zip(kept, plan.items, strict=False):
        assert copied.title == src.title
        assert copied.timezone == src.timezone
        assert copied.end_timezone == src.end_timezone
        assert (copied.start.date() - new.start_date) == (src.start.date() - old.start_date)
        assert copied.start.time() == src.start.time()
        if options.keep_weekdays:
            assert copied.start.weekday() == src.start.weekday()
        wall_end = src.end + (new.start_date - old.start_date)
        if copied.end != wall_end:
            # Only when the wall-clock end would come before the start: then the length is kept.
            assert replace(copied, end=wall_end).end_utc < copied.start_utc
            assert copied.end_utc - copied.start_utc == src.end_utc - src.start_utc
        assert copied.end_utc >= copied.start_utc
        assert copied.status == ItemStatus.PROPOSED
        assert copied.mission_id == new.id
        if src.travel is not None:
            assert copied.travel == replace(src.travel, reference="")
        else:
            assert copied.travel is None
        hosts = (src.host_organization_ids, src.host_contact_ids) if options.keep_hosts else ((), ())
        assert (copied.host_organization_ids, copied.host_contact_ids) == hosts
        if src.attendee_ids is None or not options.keep_delegation:
            assert copied.attendee_ids is None
        else:
            assert [new_contact_of[a] for a in copied.attendee_ids] == [contact_of[a] for a in src.attendee_ids]
        assert copied.notes == (src.notes if options.keep_objectives_and_notes else "")
    for follow_up, item in zip(carried, plan.items[len(kept) :], strict=True):
        assert item.title == "Follow-up: " + " ".join(follow_up.action.split())
        assert item.status == ItemStatus.PROPOSED
        assert item.start.date() == new.start_date

    # What MissionService.restore would check.
    assert snapshot_problems(plan) == []


@given(day=st.dates(), source_start=st.dates(), new_start=st.dates(), keep_weekdays=st.booleans())
def test_shifted_date_keeps_offsets_and_weekdays(
    day: date, source_start: date, new_start: date, keep_weekdays: bool
) -> None:
    try:
        _ = day + (_expected_start(source_start, new_start, keep_weekdays) - source_start)
    except OverflowError:
        # Beyond the calendar: refused as a problem with the start date, not a crash.
        with pytest.raises(ValidationError, match="start_date"):
            shifted_date(day, source_start, new_start, keep_weekdays)
        return
    shifted = shifted_date(day, source_start, new_start, keep_weekdays)
    start = _expected_start(source_start, new_start, keep_weekdays)
    assert start == effective_start(source_start, new_start, keep_weekdays)
    assert shifted - start == day - source_start
    if keep_weekdays:
        assert shifted.weekday() == day.weekday()
    assert shifted_date(source_start, source_start, new_start, keep_weekdays) == start


def test_the_first_monday_stays_a_monday() -> None:
    monday = date(2023, 12, 4)
    # A Wednesday is chosen: the mission starts the Monday after, and its Thursday stays a Thursday.
    assert effective_start(monday, date(2025, 12, 3), keep_weekdays=True) == date(2025, 12, 8)
    assert shifted_date(date(2023, 12, 7), monday, date(2025, 12, 3), keep_weekdays=True) == date(2025, 12, 11)
    # Without the option the chosen day is the first day, and offsets are kept.
    assert shifted_date(date(2023, 12, 7), monday, date(2025, 12, 3), keep_weekdays=False) == date(2025, 12, 6)
    # A chosen Monday is kept.
    assert effective_start(monday, date(2025, 12, 1), keep_weekdays=True) == date(2025, 12, 1)


def _mission(**fields: object) -> Mission:
    values: dict[str, object] = {
        "id": "source",
        "title": "Belarusian business delegation to Ashgabat (White City of Ashgabat 2025)",
        "start_date": date(2025, 5, 23),
        "end_date": date(2025, 5, 27),
        "timezone": "Asia/Ashgabat",
        "status": MissionStatus.COMPLETED,
    }
    values.update(fields)
    return Mission(**values)  # type: ignore[arg-type]


def _item(item_id: str, start: datetime, end: datetime, **fields: object) -> Item:
    fields.setdefault("timezone", "Asia/Ashgabat")
    return Item(id=item_id, mission_id="source", title=f"Item {item_id}", start=start, end=end, **fields)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("title", "source_start", "start", "expected"),
    [
        (
            "Kazakhstani business mission to Turkmenistan, December 2023",
            date(2023, 12, 4),
            date(2024, 12, 2),
            "Kazakhstani business mission to Turkmenistan, December 2024",
        ),
        ("White City of Ashgabat 2025", date(2025, 5, 23), date(2027, 5, 21), "White City of Ashgabat 2027"),
        ("Mission 2025 (ref. 120251)", date(2025, 5, 23), date(2026, 5, 22), "Mission 2026 (ref. 120251)"),
        ("Return visit", date(2025, 5, 23), date(2030, 1, 1), "Return visit"),
    ],
)
def test_the_default_title_gets_the_new_year(title: str, source_start: date, start: date, expected: str) -> None:
    source = MissionSnapshot(_mission(title=title, start_date=source_start, end_date=source_start))
    assert clone_plan(source, CloneOptions(start_date=start)).mission.title == expected


def test_a_title_across_new_year_gets_both_years() -> None:
    mission = _mission(title="Winter mission December 2025 – January 2026", start_date=date(2025, 12, 29))
    mission = replace(mission, end_date=date(2026, 1, 3))
    plan = clone_plan(MissionSnapshot(mission), CloneOptions(start_date=date(2026, 12, 28)))
    assert plan.mission.title == "Winter mission December 2026 – January 2027"


def test_a_chosen_title_is_trimmed_and_must_not_be_blank() -> None:
    source = MissionSnapshot(_mission())
    assert clone_plan(source, CloneOptions(date(2026, 5, 22), title="  Return visit ")).mission.title == "Return visit"
    with pytest.raises(ValidationError) as error:
        clone_plan(source, CloneOptions(date(2026, 5, 22), title="   "))
    assert error.value.field == "title"


def test_the_start_date_is_required_and_must_stay_in_the_calendar() -> None:
    source = MissionSnapshot(_mission())
    with pytest.raises(ValidationError) as error:
        clone_plan(source, CloneOptions(start_date=None))  # type: ignore[arg-type]
    assert error.value.field == "start_date"
    with pytest.raises(ValidationError) as error:
        clone_plan(source, CloneOptions(start_date=date.max))
    assert error.value.field == "start_date"
    with pytest.raises(ValidationError):
        shifted_date(date(2025, 5, 27), date(2025, 5, 23), date.max, keep_weekdays=False)
    # Within Python's calendar but past the years the planner accepts: one problem, with the date chosen
    # (not one per shifted item when the plan is saved).
    for start in (date(2199, 12, 30), date(1899, 6, 1)):
        with pytest.raises(ValidationError) as error:
            clone_plan(source, CloneOptions(start_date=start))
        assert len(error.value.problems) == 1
        assert error.value.field == "start_date"
        assert "1900–2199" in error.value.message


def test_travel_legs_keep_their_route_and_lose_their_reference() -> None:
    leg = _item(
        "leg",
        datetime(2025, 5, 23, 0, 45),
        datetime(2025, 5, 23, 6, 30),
        timezone="Europe/Minsk",
        end_timezone="Asia/Ashgabat",
        kind=ItemKind.TRAVEL,
        status=ItemStatus.DONE,
        travel=TravelInfo("Minsk", "Ashgabat", TravelMode.FLIGHT, "B2 733"),
    )
    meeting = _item("meeting", datetime(2025, 5, 23, 15), datetime(2025, 5, 23, 17), status=ItemStatus.CONFIRMED)
    source = MissionSnapshot(_mission(), items=(leg, meeting))
    plan = clone_plan(source, CloneOptions(start_date=date(2026, 5, 22)))
    new_leg, new_meeting = plan.items
    assert new_leg.travel == TravelInfo("Minsk", "Ashgabat", TravelMode.FLIGHT, "")
    assert (new_leg.start, new_leg.end) == (datetime(2026, 5, 22, 0, 45), datetime(2026, 5, 22, 6, 30))
    assert (new_leg.timezone, new_leg.end_timezone) == ("Europe/Minsk", "Asia/Ashgabat")
    assert {new_leg.status, new_meeting.status} == {ItemStatus.PROPOSED}
    assert [i.title for i in clone_plan(source, CloneOptions(date(2026, 5, 22), keep_travel=False)).items] == [
        "Item meeting"
    ]
    assert [i.title for i in clone_plan(source, CloneOptions(date(2026, 5, 22), keep_itinerary=False)).items] == [
        "Item leg"
    ]


def test_an_item_whose_zones_change_clocks_on_different_days_keeps_its_length() -> None:
    # London and New York both on standard time on 6 March 2024; on 20 March New York is already on summer time.
    item = _item(
        "call",
        datetime(2024, 3, 6, 12, 0),
        datetime(2024, 3, 6, 7, 30),
        timezone="Europe/London",
        end_timezone="America/New_York",
    )
    mission = _mission(start_date=date(2024, 3, 6), end_date=date(2024, 3, 6))
    plan = clone_plan(MissionSnapshot(mission, items=(item,)), CloneOptions(start_date=date(2024, 3, 20)))
    (copied,) = plan.items
    assert copied.start == datetime(2024, 3, 20, 12, 0)
    # Kept at 07:30 it would end (11:30 UTC) before it starts (12:00 UTC): it keeps its 30 minutes instead.
    assert copied.end == datetime(2024, 3, 20, 8, 30)
    assert copied.end_utc - copied.start_utc == timedelta(minutes=30)


def test_open_follow_ups_become_proposed_items_on_the_first_morning() -> None:
    forum = Outcome("forum", "source", "Business forum in Ashgabat in 2024 agreed", organization_ids=("union",))
    union = Organization("union", "Union of Industrialists and Entrepreneurs of Turkmenistan")
    follow_ups = (
        FollowUp("f1", "source", "Agree the programme of the 2024 business forum in Ashgabat", outcome_id="forum"),
        FollowUp("f2", "source", "Send the photos", done_on=date(2023, 12, 20)),
        FollowUp("f3", "source", "Circulate the contacts", owner="Diplomatic Club", due_date=date(2023, 12, 22)),
    )
    mission = _mission(
        title="Kazakhstani business mission to Turkmenistan, December 2023",
        start_date=date(2023, 12, 4),
        end_date=date(2023, 12, 7),
    )
    source = MissionSnapshot(mission, organizations=(union,), outcomes=(forum,), follow_ups=follow_ups)
    plan = clone_plan(source, CloneOptions(start_date=date(2024, 12, 2), follow_ups_as_items=True))
    first, second = plan.items
    assert first.title == "Follow-up: Agree the programme of the 2024 business forum in Ashgabat"
    assert (first.start, first.end) == (datetime(2024, 12, 2, 9, 0), datetime(2024, 12, 2, 9, 30))
    assert (second.start, second.end) == (datetime(2024, 12, 2, 9, 30), datetime(2024, 12, 2, 10, 0))
    assert first.timezone == "Asia/Ashgabat"
    assert {first.status, second.status} == {ItemStatus.PROPOSED}
    assert "Business forum in Ashgabat in 2024 agreed" in first.notes
    assert "Kazakhstani business mission to Turkmenistan, December 2023" in first.notes
    assert "agreed in December 2023" in first.notes
    assert first.host_organization_ids == ("union",)
    assert plan.organizations == (union,)
    assert "Diplomatic Club" in second.notes
    assert "22 December 2023" in second.notes
    assert snapshot_problems(plan) == []
    # Hosts cleared, the host organization is no longer needed; a chosen list replaces the open ones.
    bare = clone_plan(
        source,
        CloneOptions(start_date=date(2024, 12, 2), follow_ups_as_items=True, keep_hosts=False),
        follow_ups=[follow_ups[2]],
    )
    assert [i.title for i in bare.items] == ["Follow-up: Circulate the contacts"]
    assert bare.organizations == ()
    # Without the option, nothing of the follow-ups comes along.
    assert clone_plan(source, CloneOptions(start_date=date(2024, 12, 2))).items == ()
