"""A small, fully linked mission built through the services: the ground most service tests stand on."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

import pytest

from missionplanner.domain.models import Contact, FollowUp, Item, Mission, Organization, Outcome, Participant
from missionplanner.services.app import Services
from tests.services.factories import (
    add_contact,
    add_follow_up,
    add_item,
    add_mission,
    add_organization,
    add_outcome,
    add_participant,
)


@dataclass
class World:
    """One mission with an organizer, a host, a delegation, an item, an outcome and a follow-up."""

    services: Services
    organizer: Organization
    host: Organization
    employer: Organization
    member: Contact
    second_member: Contact
    mission: Mission
    participant: Participant
    second_participant: Participant
    item: Item
    outcome: Outcome
    follow_up: FollowUp
    other_mission: Mission


@pytest.fixture
def world(services: Services) -> World:
    organizer = add_organization(services, "Minsk Branch of BelCCI", country="BY")
    host = add_organization(services, "Union of Industrialists and Entrepreneurs of Turkmenistan", country="TM")
    employer = add_organization(services, "Belarusian moulds maker", country="BY")
    member = add_contact(services, "Executive of the moulds maker", organization_id=employer.id)
    second_member = add_contact(services, "Interpreter")
    mission = add_mission(services, organizers=(organizer,), origin_country="BY", destination_country="TM")
    participant = add_participant(services, mission, member)
    second_participant = add_participant(services, mission, second_member)
    item = add_item(services, mission, host_organization_ids=(host.id,), attendee_ids=(participant.id,))
    outcome = add_outcome(
        services,
        mission,
        item_id=item.id,
        organization_ids=(host.id,),
        amount=Decimal("1250000.50"),
        currency="USD",
    )
    follow_up = add_follow_up(services, mission, outcome_id=outcome.id)
    other_mission = add_mission(services, "Kazakhstani mission to Mary")
    return World(
        services,
        organizer,
        host,
        employer,
        member,
        second_member,
        mission,
        participant,
        second_participant,
        item,
        outcome,
        follow_up,
        other_mission,
    )
