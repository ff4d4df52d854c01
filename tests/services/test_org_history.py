"""Institutional memory: an organization's or contact's history across missions, newest first, in few queries."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest

from missionplanner.domain.enums import ItemKind, ItemStatus, OrganizerRole, OutcomeStatus, ParticipantRole
from missionplanner.domain.errors import NotFoundError
from missionplanner.domain.models import MissionOrganizer
from missionplanner.services.app import Services
from tests.conftest import BELARUS_MISSION_ID, KAZAKHSTAN_MISSION_ID
from tests.services.conftest import World
from tests.services.factories import add_follow_up, add_item, add_mission, add_outcome, add_participant

UNION_TM = "f0418326-fa6c-40d0-a461-710ebf46e3a3"
ASTANA_CLUB = "124b5a4c-f38c-43e5-b4c1-0d6613912de9"
SAKHMETOV = "50e10d15-f117-4c18-b7c3-320d330b8472"
KBTU_REPRESENTATIVE = "befccf61-30eb-4c37-a377-60d46b82bfcf"


def test_the_union_of_industrialists_appears_in_both_missions_newest_first(sample_services: Services) -> None:
    entries = sample_services.history.organization(UNION_TM)
    assert [(e.on, e.kind, e.mission_id, e.title) for e in entries] == [
        (
            date(2025, 5, 26),
            "negotiation",
            BELARUS_MISSION_ID,
            "Bilateral negotiations at the Union of Industrialists and Entrepreneurs of Turkmenistan",
        ),
        (
            date(2024, 6, 28),
            "follow_up",
            KAZAKHSTAN_MISSION_ID,
            "Recruit Kazakhstani companies to take part in the 2024 business forum in Ashgabat",
        ),
        (
            date(2024, 4, 30),
            "follow_up",
            KAZAKHSTAN_MISSION_ID,
            "Prepare a concept for the interregional business forum and exhibition in the Avaza tourist zone",
        ),
        (
            date(2024, 3, 29),
            "follow_up",
            KAZAKHSTAN_MISSION_ID,
            "Agree the date, venue and programme of the 2024 business forum in Ashgabat with the Union of "
            "Industrialists and Entrepreneurs of Turkmenistan",
        ),
        (
            date(2023, 12, 5),
            "outcome",
            KAZAKHSTAN_MISSION_ID,
            "Interregional business forum and exhibition in the Avaza tourist zone",
        ),
        (
            date(2023, 12, 5),
            "outcome",
            KAZAKHSTAN_MISSION_ID,
            "Business forum in Ashgabat in 2024 with the participation of Kazakhstan business community",
        ),
        (
            date(2023, 12, 5),
            "outcome",
            KAZAKHSTAN_MISSION_ID,
            "Cooperation in education, agriculture, information technology and drip irrigation in horticulture",
        ),
        (
            date(2023, 12, 5),
            "meeting",
            KAZAKHSTAN_MISSION_ID,
            "Meetings with the Union of Industrialists and Entrepreneurs of Turkmenistan",
        ),
    ]
    assert {e.mission_title for e in entries} == {
        "Belarusian business delegation to Ashgabat (White City of Ashgabat 2025)",
        "Kazakhstani business mission to Turkmenistan, December 2023",
    }
    meeting = entries[-1]
    assert meeting.record_id == "eb73c98d-b7d7-435d-bb31-ed741f5d09c5"
    assert meeting.detail == "Hosted in Ashgabat · Done"
    forum = entries[5]
    assert forum.record_id == "c993ff76-3a0b-49a7-9048-2fe208551a02"
    assert forum.detail == "Follow-up event · Agreed"
    recruit = entries[1]
    assert recruit.detail.startswith("Owner: Diplomatic Club “Astana” · due 2024-06-28 · open · for: Business forum")


def test_an_organizer_sees_its_missions_outcomes_and_follow_ups(sample_services: Services) -> None:
    entries = sample_services.history.organization(ASTANA_CLUB)
    assert [(e.kind, e.on) for e in entries] == [
        ("follow_up", date(2024, 6, 28)),
        ("follow_up", date(2024, 4, 30)),
        ("follow_up", date(2024, 3, 29)),
        ("outcome", date(2023, 12, 5)),
        ("outcome", date(2023, 12, 5)),
        ("mission", date(2023, 12, 4)),
    ]
    mission = entries[-1]
    assert (mission.record_id, mission.mission_id) == (KAZAKHSTAN_MISSION_ID, KAZAKHSTAN_MISSION_ID)
    assert mission.detail == "Organizer · 2023-12-04 – 2023-12-07"


def test_amounts_and_signing_dates_show_in_the_history(world: World) -> None:
    services = world.services
    signed = add_outcome(
        services,
        world.mission,
        "Trade turnover",
        organization_ids=(world.host.id,),
        amount=Decimal("300000000.00"),
        currency="USD",
        status=OutcomeStatus.SIGNED,
        signed_on=date(2025, 6, 2),
    )
    entries = services.history.organization(world.host.id)
    assert (entries[0].record_id, entries[0].on) == (signed.id, date(2025, 6, 2))
    assert entries[0].detail == "Agreement · Signed · 300000000.00 USD"
    # world.outcome was logged at the meeting on 24 May: it is dated by the meeting.
    logged = next(e for e in entries if e.record_id == world.outcome.id)
    assert (logged.on, logged.detail) == (date(2025, 5, 24), "Agreement · Discussed · 1250000.50 USD")


def test_undated_follow_ups_come_last(world: World) -> None:
    entries = world.services.history.organization(world.host.id)
    assert (entries[-1].kind, entries[-1].on, entries[-1].record_id) == ("follow_up", None, world.follow_up.id)


def test_templates_are_not_history(world: World) -> None:
    services = world.services
    template = add_mission(
        services, "Template", is_template=True, organizers=(world.host,), start=date(2026, 1, 1), end=date(2026, 1, 2)
    )
    add_item(services, template, "Template meeting", day=1, host_organization_ids=(world.host.id,))
    assert template.id not in {e.mission_id for e in services.history.organization(world.host.id)}


def test_supporter_role_is_named(world: World) -> None:
    services = world.services
    mission = services.missions.get(world.other_mission.id)
    services.missions.update(
        replace(mission, organizers=(MissionOrganizer(world.employer.id, OrganizerRole.SUPPORTER),))
    )
    [entry] = services.history.organization(world.employer.id)
    assert (entry.kind, entry.detail.split(" · ")[0]) == ("mission", "Supporter")


def test_an_unknown_organization_or_contact_is_not_found(services: Services) -> None:
    with pytest.raises(NotFoundError):
        services.history.organization("nobody")
    with pytest.raises(NotFoundError):
        services.history.contact("nobody")


# Contacts


def test_a_contact_sees_missions_and_the_items_they_attended(sample_services: Services) -> None:
    entries = sample_services.history.contact(SAKHMETOV)
    assert entries[-1].kind == "mission"
    assert entries[-1].detail == "Organizer · 2023-12-04 – 2023-12-07"
    attended = entries[:-1]
    # The whole delegation attended everything but the flights and transfers.
    assert len(attended) == 11
    assert all(e.kind not in ("travel", "mission") for e in attended)
    assert all(e.detail.startswith("Attended as organizer") for e in attended)
    assert [e.on for e in attended] == sorted((e.on for e in attended), reverse=True)
    assert attended[0].title == "Visit to a plastic pallet manufacturing enterprise"
    assert attended[-1].title.startswith("Visit to an enterprise producing sausage products")
    assert sample_services.history.contact(KBTU_REPRESENTATIVE)[-1].detail.startswith("Member")


def test_a_contact_hosting_and_attending_by_list(world: World) -> None:
    services = world.services
    # world.item lists world.participant (world.member) as its only attendee.
    member, interpreter = world.member, world.second_member
    hosted = add_item(services, world.mission, "Dinner with the Union", day=25, host_contact_ids=(interpreter.id,))
    add_item(services, world.mission, "Flight home", day=27, kind=ItemKind.TRAVEL)
    add_item(services, world.mission, "Called off", day=26, status=ItemStatus.CANCELLED)

    member_history = services.history.contact(member.id)
    assert [(e.kind, e.title) for e in member_history] == [
        ("meeting", "Dinner with the Union"),
        ("meeting", "Meeting at the Union"),
        ("mission", world.mission.title),
    ]
    assert member_history[-1].detail.startswith("Member")

    interpreter_history = services.history.contact(interpreter.id)
    # Hosting the dinner is listed once, as hosting; the meeting listed only world.member.
    assert [(e.record_id, e.detail) for e in interpreter_history[:-1]] == [(hosted.id, "Hosted · Proposed")]


def test_a_contact_in_two_missions_appears_in_both(world: World) -> None:
    services = world.services
    participant = add_participant(services, world.other_mission, world.member)
    services.participants.update(replace(participant, role=ParticipantRole.HEAD_OF_DELEGATION))
    missions = [e for e in services.history.contact(world.member.id) if e.kind == "mission"]
    assert {e.mission_id for e in missions} == {world.mission.id, world.other_mission.id}
    assert {e.detail.split(" · ")[0] for e in missions} == {"Member", "Head of delegation"}


# No N+1: the number of queries does not grow with the number of records


@contextmanager
def _counting(services: Services) -> Iterator[list[str]]:
    statements: list[str] = []
    services.store.db.conn.set_trace_callback(statements.append)
    try:
        yield statements
    finally:
        services.store.db.conn.set_trace_callback(None)


def test_history_takes_a_fixed_number_of_queries(world: World) -> None:
    services = world.services
    with _counting(services) as few:
        services.history.organization(world.host.id)
        services.history.contact(world.member.id)
    for n in range(5):
        outcome = add_outcome(services, world.mission, f"Deal {n}", organization_ids=(world.host.id,))
        add_follow_up(services, world.mission, f"Chase {n}", outcome_id=outcome.id)
        add_item(services, world.mission, f"Meeting {n}", day=25, host_organization_ids=(world.host.id,))
    with _counting(services) as many:
        organization = services.history.organization(world.host.id)
        services.history.contact(world.member.id)
    assert len(organization) > 15
    assert len(many) == len(few)
