"""The follow-up agenda across missions, with a fixed clock: buckets, order, filters, overdue count, done and reopen."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest

from missionplanner.domain.models import FollowUp
from missionplanner.services.app import Services
from missionplanner.services.changes import Action, Change
from missionplanner.services.outcomes import follow_up_bucket
from tests.conftest import BELARUS_MISSION_ID, KAZAKHSTAN_MISSION_ID
from tests.services.conftest import World
from tests.services.factories import add_follow_up, add_mission, add_outcome

TODAY = date(2025, 7, 28)  # a Monday


def _day(offset: int) -> date:
    return TODAY + timedelta(days=offset)


@pytest.mark.parametrize(
    ("due", "done", "bucket"),
    [
        (_day(-400), None, "overdue"),
        (_day(-1), None, "overdue"),
        (_day(0), None, "this_week"),
        (_day(6), None, "this_week"),
        (_day(7), None, "later"),
        (None, None, "no_date"),
        (_day(-5), _day(-1), "done"),
        (None, _day(0), "done"),
    ],
)
def test_buckets_with_a_fixed_clock(due: date | None, done: date | None, bucket: str) -> None:
    assert follow_up_bucket(FollowUp("f", "m", "Call", due_date=due, done_on=done), TODAY) == bucket
    assert FollowUp("f", "m", "Call", due_date=due, done_on=done).is_overdue(TODAY) == (bucket == "overdue")


def test_the_agenda_lists_overdue_then_this_week_then_later_then_undated(world: World) -> None:
    services = world.services
    other = world.other_mission
    # world.follow_up has no due date; add some in both missions, in a scrambled order.
    later = add_follow_up(services, other, "Send the catalogue", due_date=_day(30))
    old = add_follow_up(services, world.mission, "Send minutes", due_date=_day(-20))
    week = add_follow_up(services, world.mission, "Book the hall", due_date=_day(6))
    today = add_follow_up(services, other, "Call the Union", due_date=_day(0))
    older = add_follow_up(services, other, "Thank the hosts", due_date=_day(-60))
    yesterday = add_follow_up(services, world.mission, "Confirm prices", due_date=_day(-1))
    done = add_follow_up(services, world.mission, "Share photos", due_date=_day(-3), done_on=_day(-2))

    rows = services.follow_ups.agenda(TODAY)

    assert [(r.follow_up.id, r.bucket) for r in rows] == [
        (older.id, "overdue"),
        (old.id, "overdue"),
        (yesterday.id, "overdue"),
        (today.id, "this_week"),
        (week.id, "this_week"),
        (later.id, "later"),
        (world.follow_up.id, "no_date"),
    ]
    assert done.id not in {r.follow_up.id for r in rows}
    first = rows[0]
    assert (first.mission_title, first.outcome_title) == ("Kazakhstani mission to Mary", None)
    no_date = rows[-1]
    assert (no_date.mission_title, no_date.outcome_title) == (world.mission.title, world.outcome.title)


def test_done_follow_ups_come_last_most_recently_done_first(world: World) -> None:
    services = world.services
    first = add_follow_up(services, world.mission, "Sent", due_date=_day(-10), done_on=_day(-9))
    second = add_follow_up(services, world.mission, "Called", due_date=_day(20), done_on=_day(-1))
    rows = services.follow_ups.agenda(TODAY, include_done=True)
    assert [(r.follow_up.id, r.bucket) for r in rows[-2:]] == [(second.id, "done"), (first.id, "done")]
    assert [r.bucket for r in rows] == ["no_date", "done", "done"]


def test_the_owner_filter_is_a_case_insensitive_substring_in_any_script(world: World) -> None:
    services = world.services
    minsk = add_follow_up(services, world.mission, "Send offers", owner="Минский филиал БелТПП", due_date=_day(3))
    astana = add_follow_up(services, world.other_mission, "Recruit companies", owner="Diplomatic Club “Astana”")
    assert [r.follow_up.id for r in services.follow_ups.agenda(TODAY, owner="минский")] == [minsk.id]
    assert [r.follow_up.id for r in services.follow_ups.agenda(TODAY, owner="БЕЛТПП")] == [minsk.id]
    assert [r.follow_up.id for r in services.follow_ups.agenda(TODAY, owner="club “ast")] == [astana.id]
    assert [r.follow_up.id for r in services.follow_ups.agenda(TODAY, owner="%")] == []
    assert len(services.follow_ups.agenda(TODAY, owner="")) == 3


def test_the_mission_filter(world: World) -> None:
    services = world.services
    add_follow_up(services, world.other_mission, "Elsewhere", due_date=_day(1))
    assert [r.follow_up.id for r in services.follow_ups.agenda(TODAY, mission_id=world.mission.id)] == [
        world.follow_up.id
    ]


def test_templates_are_not_chased_unless_asked_for(world: World) -> None:
    services = world.services
    template = add_mission(services, "Template", is_template=True)
    chore = add_follow_up(services, template, "Template chore", due_date=_day(-5))
    assert chore.id not in {r.follow_up.id for r in services.follow_ups.agenda(TODAY)}
    assert services.follow_ups.overdue_count(TODAY) == 0
    assert [r.follow_up.id for r in services.follow_ups.agenda(TODAY, mission_id=template.id)] == [chore.id]


def test_overdue_count_moves_with_the_clock(world: World) -> None:
    services = world.services
    add_follow_up(services, world.mission, "A", due_date=_day(0))
    add_follow_up(services, world.mission, "B", due_date=_day(2))
    add_follow_up(services, world.mission, "C", due_date=_day(-1), done_on=_day(-1))
    assert services.follow_ups.overdue_count(TODAY) == 0
    assert services.follow_ups.overdue_count(_day(1)) == 1
    assert services.follow_ups.overdue_count(_day(3)) == 2


def test_mark_done_and_reopen(world: World) -> None:
    follow_ups = world.services.follow_ups
    chased = add_follow_up(world.services, world.mission, "Send minutes", due_date=_day(-2))
    assert follow_ups.overdue_count(TODAY) == 1
    done, changes = follow_ups.mark_done(chased.id, TODAY)
    assert done.done_on == TODAY
    assert changes.changes == [Change("follow_up", chased.id, Action.UPDATED)]
    assert follow_ups.overdue_count(TODAY) == 0
    assert [r.bucket for r in follow_ups.agenda(TODAY, include_done=True) if r.follow_up.id == chased.id] == ["done"]
    reopened, changes = follow_ups.reopen(chased.id)
    assert reopened.done_on is None
    assert replace(reopened, updated_at="") == replace(chased, updated_at="")
    assert changes.changes == [Change("follow_up", chased.id, Action.UPDATED)]
    assert follow_ups.overdue_count(TODAY) == 1


def test_follow_ups_of_an_outcome_carry_its_title(world: World) -> None:
    outcome = add_outcome(world.services, world.mission, "Joint production with Belarusian moulds")
    add_follow_up(world.services, world.mission, "Visit the plant", outcome_id=outcome.id, due_date=_day(1))
    [row] = [r for r in world.services.follow_ups.agenda(TODAY) if r.follow_up.outcome_id == outcome.id]
    assert row.outcome_title == "Joint production with Belarusian moulds"


# The sample missions, on 28 July 2025


def test_the_sample_agenda(sample_services: Services) -> None:
    rows = sample_services.follow_ups.agenda(TODAY)
    assert [(r.follow_up.due_date, r.bucket, r.follow_up.mission_id) for r in rows] == [
        (date(2023, 12, 22), "overdue", KAZAKHSTAN_MISSION_ID),
        (date(2024, 3, 29), "overdue", KAZAKHSTAN_MISSION_ID),
        (date(2024, 3, 29), "overdue", KAZAKHSTAN_MISSION_ID),
        (date(2024, 4, 30), "overdue", KAZAKHSTAN_MISSION_ID),
        (date(2024, 6, 28), "overdue", KAZAKHSTAN_MISSION_ID),
        (date(2025, 7, 31), "this_week", BELARUS_MISSION_ID),
        (date(2025, 7, 31), "this_week", BELARUS_MISSION_ID),
        (date(2025, 8, 29), "later", BELARUS_MISSION_ID),
        (date(2025, 8, 29), "later", BELARUS_MISSION_ID),
        (date(2025, 9, 30), "later", BELARUS_MISSION_ID),
    ]
    assert sample_services.follow_ups.overdue_count(TODAY) == 5
    assert sample_services.follow_ups.overdue_count(date(2025, 8, 1)) == 7
    kbtu = sample_services.follow_ups.agenda(TODAY, owner="kbtu")
    assert [r.follow_up.action[:40] for r in kbtu] == ["Follow up on Turkmenistan's participatio"]
