"""Small builders shared by the service, exchange and CLI tests: records through the services, database dumps."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from missionplanner.domain.enums import OrganizerRole, ParticipantRole
from missionplanner.domain.models import (
    Contact,
    FollowUp,
    Item,
    Mission,
    MissionOrganizer,
    Organization,
    Outcome,
    Participant,
)
from missionplanner.services.app import Services


def dump(services: Services) -> list[str]:
    """Every row of every table (search indexes included), to prove a refused action changed nothing."""
    return list(services.store.db.conn.iterdump())


def counts(services: Services) -> dict[str, int]:
    return services.store.counts()


def add_organization(services: Services, name: str = "Chamber of Commerce", **fields: object) -> Organization:
    saved, _ = services.organizations.create(Organization(id="", name=name, **fields))  # type: ignore[arg-type]
    return saved


def add_contact(services: Services, name: str = "Aýna Myradowa", **fields: object) -> Contact:
    saved, _ = services.contacts.create(Contact(id="", name=name, **fields))  # type: ignore[arg-type]
    return saved


def add_mission(
    services: Services,
    title: str = "Trade mission to Ashgabat",
    *,
    start: date = date(2025, 5, 23),
    end: date = date(2025, 5, 27),
    organizers: tuple[Organization, ...] = (),
    **fields: object,
) -> Mission:
    fields.setdefault("id", "")
    fields.setdefault("timezone", "Asia/Ashgabat")
    mission = Mission(
        title=title,
        start_date=start,
        end_date=end,
        organizers=tuple(MissionOrganizer(o.id, OrganizerRole.ORGANIZER) for o in organizers),
        **fields,  # type: ignore[arg-type]
    )
    saved, _ = services.missions.create(mission)
    return saved


def add_participant(services: Services, mission: Mission, contact: Contact) -> Participant:
    saved, _ = services.participants.create(
        Participant(id="", mission_id=mission.id, contact_id=contact.id, role=ParticipantRole.MEMBER)
    )
    return saved


def item_of(mission: Mission, title: str = "Meeting at the Union", day: int = 24, **fields: object) -> Item:
    start = datetime(mission.start_date.year, mission.start_date.month, day, 10, 0)
    fields.setdefault("timezone", "Asia/Ashgabat")
    return Item(
        id="",
        mission_id=mission.id,
        title=title,
        start=start,
        end=start.replace(hour=12),
        **fields,  # type: ignore[arg-type]
    )


def add_item(services: Services, mission: Mission, title: str = "Meeting at the Union", **fields: object) -> Item:
    saved, _ = services.items.create(item_of(mission, title, **fields))
    return saved


def add_outcome(services: Services, mission: Mission, title: str = "Supply of hoses", **fields: object) -> Outcome:
    saved, _ = services.outcomes.create(
        Outcome(id="", mission_id=mission.id, title=title, **fields)  # type: ignore[arg-type]
    )
    return saved


def add_follow_up(services: Services, mission: Mission, action: str = "Send the offer", **fields: object) -> FollowUp:
    saved, _ = services.follow_ups.create(
        FollowUp(id="", mission_id=mission.id, action=action, **fields)  # type: ignore[arg-type]
    )
    return saved


def amount(text: str) -> Decimal:
    return Decimal(text)
