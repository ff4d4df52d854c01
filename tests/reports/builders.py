"""Missions made for the report tests: a long one that spans many pages, and awkward text."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta
from decimal import Decimal

from missionplanner.domain.enums import ItemKind, ItemStatus, OutcomeKind, OutcomeStatus, ParticipantRole
from missionplanner.domain.models import Contact, FollowUp, Item, Mission, Outcome, Participant
from missionplanner.services.app import Services
from tests.services.factories import add_contact, add_mission, add_organization

SENTENCE = "The parties discussed supplies, logistics, certification and payment terms in detail. "


def item_title(number: int) -> str:
    return f"Programme item {number:02d}: talks with partner number {number:02d}"


def agenda_end(number: int) -> str:
    return f"End of agenda {number:02d}."


def long_mission(services: Services, *, days: int = 6, per_day: int = 8) -> Mission:
    """A mission whose itinerary and outcomes run over many pages, rows of very different heights."""
    host = add_organization(
        services,
        "Union of Industrialists and Entrepreneurs of Turkmenistan",
        name_local="Türkmenistanyň Senagatçylar we telekeçiler birleşmesi",
        city="Ashgabat",
        country="TM",
        phone="+993 12 00 00 00",
    )
    organizer = add_organization(
        services, "Minsk Branch of BelCCI", name_local="Минский филиал Белорусской торгово-промышленной палаты"
    )
    person = add_contact(services, "Aýna Myradowa", organization_id=host.id, phone="+993 65 00 00 00")
    mission = add_mission(
        services,
        "Long mission to Ashgabat",
        organizers=(organizer,),
        destination_country="TM",
        origin_country="BY",
    )
    mission = services.missions.update(replace(mission, end_date=mission.start_date + timedelta(days=days - 1)))[0]
    number = 0
    for day in range(days):
        for slot in range(per_day):
            number += 1
            start = datetime.combine(mission.start_date + timedelta(days=day), datetime.min.time()) + timedelta(
                hours=8 + slot, minutes=5
            )
            agenda = SENTENCE * ((number * 7) % 9 + 1) + agenda_end(number)
            services.items.create(
                Item(
                    id="",
                    mission_id=mission.id,
                    title=item_title(number),
                    start=start,
                    end=start + timedelta(minutes=50),
                    timezone="Asia/Ashgabat",
                    kind=ItemKind.MEETING,
                    city="Ashgabat",
                    venue="Union building",
                    host_organization_ids=(host.id,),
                    host_contact_ids=(person.id,),
                    status=ItemStatus.CONFIRMED,
                    agenda=agenda,
                )
            )
    for n in range(1, 13):
        outcome, _ = services.outcomes.create(
            Outcome(
                id="",
                mission_id=mission.id,
                title=f"Outcome number {n:02d}",
                kind=OutcomeKind.SUPPLY_DEAL if n % 2 else OutcomeKind.CONTRACT,
                description=SENTENCE * (n % 5 + 1) + f"End of description {n:02d}.",
                organization_ids=(host.id,),
                amount=Decimal("1250000.50") if n % 3 == 0 else (Decimal("99.99") if n % 3 == 1 else None),
                currency="USD" if n % 3 == 0 else ("EUR" if n % 3 == 1 else None),
                status=OutcomeStatus.SIGNED if n % 2 else OutcomeStatus.DISCUSSED,
            )
        )
        services.follow_ups.create(
            FollowUp(id="", mission_id=mission.id, action=f"Chase outcome {n:02d}", outcome_id=outcome.id, owner="Me")
        )
    return mission


def add_member(services: Services, mission: Mission, name: str, **fields: object) -> Participant:
    contact: Contact = add_contact(services, name, **fields)
    participant, _ = services.participants.create(
        Participant(id="", mission_id=mission.id, contact_id=contact.id, role=ParticipantRole.MEMBER)
    )
    return participant
