"""Invalid data never reaches the database: a ValidationError names the field, and nothing changes."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime
from decimal import Decimal

import pytest

from missionplanner.domain.errors import ValidationError
from missionplanner.domain.models import Contact, FollowUp, MissionOrganizer, Organization, Outcome, Participant
from tests.services.conftest import World
from tests.services.factories import add_item, add_outcome, add_participant, dump, item_of

# name -> (the refused action, the field it names)
Case = tuple[Callable[[World], object], str]
CASES: dict[str, Case] = {
    "mission empty title": (lambda w: w.services.missions.create(replace(w.mission, id="", title="")), "title"),
    "mission blank title": (lambda w: w.services.missions.create(replace(w.mission, id="", title="  \t")), "title"),
    "mission edit to empty title": (lambda w: w.services.missions.update(replace(w.mission, title="")), "title"),
    "mission end before start": (
        lambda w: w.services.missions.update(replace(w.mission, end_date=date(2025, 5, 22))),
        "end_date",
    ),
    "mission unknown destination": (
        lambda w: w.services.missions.create(replace(w.mission, id="", destination_country="XX")),
        "destination_country",
    ),
    "mission unknown origin": (
        lambda w: w.services.missions.update(replace(w.mission, origin_country="Belarus")),
        "origin_country",
    ),
    "mission unknown time zone": (
        lambda w: w.services.missions.update(replace(w.mission, timezone="Asia/Atlantis")),
        "timezone",
    ),
    "mission missing organizer": (
        lambda w: w.services.missions.update(replace(w.mission, organizers=(MissionOrganizer("no-such-org"),))),
        "organizers",
    ),
    "mission organizer twice": (
        lambda w: w.services.missions.update(
            replace(w.mission, organizers=(MissionOrganizer(w.host.id), MissionOrganizer(w.host.id)))
        ),
        "organizers",
    ),
    "mission missing source": (
        lambda w: w.services.missions.create(replace(w.mission, id="", source_mission_id="no-such-mission")),
        "source_mission_id",
    ),
    "organization empty name": (lambda w: w.services.organizations.create(Organization(id="", name="")), "name"),
    "organization unknown country": (
        lambda w: w.services.organizations.update(replace(w.host, country="QQ")),
        "country",
    ),
    "organization bad e-mail": (
        lambda w: w.services.organizations.update(replace(w.host, email="union at tstb")),
        "email",
    ),
    "contact empty name": (lambda w: w.services.contacts.update(replace(w.member, name=" ")), "name"),
    "contact missing organization": (
        lambda w: w.services.contacts.create(Contact(id="", name="Aýna", organization_id="no-such-org")),
        "organization_id",
    ),
    "participant missing contact": (
        lambda w: w.services.participants.create(
            Participant(id="", mission_id=w.mission.id, contact_id="no-such-contact")
        ),
        "contact_id",
    ),
    "participant missing mission": (
        lambda w: w.services.participants.create(Participant(id="", mission_id="no-such", contact_id=w.member.id)),
        "mission_id",
    ),
    "same contact twice in a delegation": (
        lambda w: w.services.participants.create(Participant(id="", mission_id=w.mission.id, contact_id=w.member.id)),
        "contact_id",
    ),
    "participant edited into a duplicate": (
        lambda w: w.services.participants.update(replace(w.second_participant, contact_id=w.member.id)),
        "contact_id",
    ),
    "item empty title": (lambda w: w.services.items.create(item_of(w.mission, "")), "title"),
    "item end before start": (
        lambda w: w.services.items.update(replace(w.item, end=w.item.start.replace(hour=9))),
        "end",
    ),
    "item unknown time zone": (
        lambda w: w.services.items.create(item_of(w.mission, timezone="Asia/Ashkhabad-ish")),
        "timezone",
    ),
    "item missing host organization": (
        lambda w: w.services.items.create(item_of(w.mission, host_organization_ids=("no-such-org",))),
        "host_organization_ids",
    ),
    "item missing host contact": (
        lambda w: w.services.items.create(item_of(w.mission, host_contact_ids=("no-such-contact",))),
        "host_contact_ids",
    ),
    "item missing mission": (
        lambda w: w.services.items.create(replace(item_of(w.mission), mission_id="no-such-mission")),
        "mission_id",
    ),
    "unknown attendee": (
        lambda w: w.services.items.create(item_of(w.mission, attendee_ids=("no-such-participant",))),
        "attendee_ids",
    ),
    "attendee twice": (
        lambda w: w.services.items.update(replace(w.item, attendee_ids=(w.participant.id, w.participant.id))),
        "attendee_ids",
    ),
    "outcome empty title": (
        lambda w: w.services.outcomes.create(Outcome(id="", mission_id=w.mission.id, title="")),
        "title",
    ),
    "outcome negative amount": (
        lambda w: w.services.outcomes.update(replace(w.outcome, amount=Decimal("-1"))),
        "amount",
    ),
    "outcome unknown currency": (
        lambda w: w.services.outcomes.update(replace(w.outcome, currency="ZZZ")),
        "currency",
    ),
    "outcome amount without currency": (
        lambda w: w.services.outcomes.update(replace(w.outcome, currency=None)),
        "currency",
    ),
    "outcome amount not a number": (
        lambda w: w.services.outcomes.update(replace(w.outcome, amount=Decimal("NaN"))),
        "amount",
    ),
    "outcome missing organization": (
        lambda w: w.services.outcomes.update(replace(w.outcome, organization_ids=("no-such-org",))),
        "organization_ids",
    ),
    "outcome missing item": (
        lambda w: w.services.outcomes.update(replace(w.outcome, item_id="no-such-item")),
        "item_id",
    ),
    "follow-up empty action": (lambda w: w.services.follow_ups.update(replace(w.follow_up, action="")), "action"),
    "follow-up missing mission": (
        lambda w: w.services.follow_ups.create(FollowUp(id="", mission_id="no-such", action="Call")),
        "mission_id",
    ),
}


@pytest.mark.parametrize("name", list(CASES))
def test_invalid_data_is_refused_and_nothing_changes(world: World, name: str) -> None:
    action, field = CASES[name]
    before = dump(world.services)
    with pytest.raises(ValidationError) as caught:
        action(world)
    assert field in [p.field for p in caught.value.problems], caught.value.message
    assert caught.value.message  # readable text for the user
    assert dump(world.services) == before


def test_cross_mission_references_are_refused(world: World) -> None:
    """Attendees, items and outcomes must belong to the same mission as the record using them."""
    services = world.services
    stranger = add_participant(services, world.other_mission, world.second_member)
    foreign_item = add_item(services, world.other_mission, "Meeting in Mary")
    foreign_outcome = add_outcome(services, world.other_mission, "Transport corridors")
    before = dump(services)
    refusals = [
        (lambda: services.items.update(replace(world.item, attendee_ids=(stranger.id,))), "attendee_ids"),
        (lambda: services.outcomes.update(replace(world.outcome, item_id=foreign_item.id)), "item_id"),
        (lambda: services.follow_ups.update(replace(world.follow_up, outcome_id=foreign_outcome.id)), "outcome_id"),
        (
            lambda: services.outcomes.create(
                Outcome(id="", mission_id=world.mission.id, title="Moulds", item_id=foreign_item.id)
            ),
            "item_id",
        ),
    ]
    for action, field in refusals:
        with pytest.raises(ValidationError) as caught:
            action()
        assert caught.value.field == field
        assert dump(services) == before


def test_every_problem_is_reported_at_once(world: World) -> None:
    bad = replace(world.mission, id="", title="", destination_country="XX", end_date=date(2020, 1, 1))
    with pytest.raises(ValidationError) as caught:
        world.services.missions.create(bad)
    assert {p.field for p in caught.value.problems} >= {"title", "destination_country", "end_date"}


def test_an_item_outside_the_mission_dates_is_saved_with_a_warning(world: World) -> None:
    late = item_of(world.mission, "Dinner after the mission", day=28)
    saved, changes = world.services.items.create(late)
    assert world.services.items.get(saved.id) == saved
    assert changes.ids("item") == [saved.id]
    assert [w.field for w in changes.warnings] == ["start"]
    assert "outside the mission's dates" in changes.warnings[0].message

    _, moved_back = world.services.items.update(
        replace(saved, start=datetime(2025, 5, 27, 9), end=datetime(2025, 5, 27, 10))
    )
    assert moved_back.warnings == []

    _, early = world.services.items.update(
        replace(saved, start=datetime(2025, 5, 22, 23), end=datetime(2025, 5, 23, 1))
    )
    assert len(early.warnings) == 1


def test_an_item_inside_the_mission_dates_has_no_warning(world: World) -> None:
    _, changes = world.services.items.create(item_of(world.mission, "Exhibition", day=23))
    assert changes.warnings == []


def test_a_flight_across_zones_is_checked_in_utc(world: World) -> None:
    # 00:45 Minsk to 06:30 Ashgabat is a 3h45 flight; the wall-clock times alone would not say so.
    flight = replace(
        item_of(world.mission, "Flight Minsk – Ashgabat", day=23),
        start=datetime(2025, 5, 23, 0, 45),
        end=datetime(2025, 5, 23, 6, 30),
        timezone="Europe/Minsk",
        end_timezone="Asia/Ashgabat",
    )
    saved, _ = world.services.items.create(flight)
    assert saved.end_timezone == "Asia/Ashgabat"
    # Ending at 02:30 Ashgabat time would be 00:30 in Minsk: before take-off.
    with pytest.raises(ValidationError) as caught:
        world.services.items.update(replace(saved, end=datetime(2025, 5, 23, 2, 30)))
    assert caught.value.field == "end"
