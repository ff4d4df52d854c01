"""Every create, update and delete returns a ChangeSet naming exactly the records it changed."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from decimal import Decimal
from typing import Any

import pytest

from missionplanner.domain.enums import ItemStatus, MissionStatus, OrganizerRole, OutcomeStatus, ParticipantRole
from missionplanner.domain.errors import NotFoundError
from missionplanner.domain.models import Contact, FollowUp, MissionOrganizer, Organization, Outcome, Participant
from missionplanner.services.changes import Action, Change
from tests.services.conftest import World
from tests.services.factories import add_item, add_mission, add_participant, item_of

# kind -> (service attribute, a new record for the world, an edit of a saved record)
CASES: dict[str, tuple[str, Callable[[World], Any], Callable[[Any], Any]]] = {
    "organization": (
        "organizations",
        lambda w: Organization(id="", name="Türkmenistanyň Söwda-senagat edarasy", country="TM", sectors=("trade",)),
        lambda r: replace(r, city="Aşgabat", notes="Hosted the negotiations"),
    ),
    "contact": (
        "contacts",
        lambda w: Contact(id="", name="Кайырболат Сахметов", organization_id=w.organizer.id, languages=("ru", "kk")),
        lambda r: replace(r, position="President", organization_id=None),
    ),
    "mission": (
        "missions",
        lambda w: replace(
            w.mission,
            id="",
            title="Second delegation",
            organizers=(MissionOrganizer(w.organizer.id), MissionOrganizer(w.host.id, OrganizerRole.SUPPORTER)),
        ),
        lambda r: replace(r, status=MissionStatus.CONFIRMED, organizers=r.organizers[1:]),
    ),
    "participant": (
        "participants",
        lambda w: Participant(id="", mission_id=w.other_mission.id, contact_id=w.member.id),
        lambda r: replace(r, role=ParticipantRole.HEAD_OF_DELEGATION, notes="Leads"),
    ),
    "item": (
        "items",
        lambda w: item_of(w.mission, "Visit to the Agro Pack exhibition", host_organization_ids=(w.host.id,)),
        lambda r: replace(r, status=ItemStatus.CONFIRMED, attendee_ids=(), venue="Expo centre"),
    ),
    "outcome": (
        "outcomes",
        lambda w: Outcome(id="", mission_id=w.mission.id, title="Fruits and vegetables", item_id=w.item.id),
        lambda r: replace(r, status=OutcomeStatus.SIGNED, amount=Decimal("0.10"), currency="EUR", item_id=None),
    ),
    "follow_up": (
        "follow_ups",
        lambda w: FollowUp(id="", mission_id=w.mission.id, action="Call the Union", due_date=date(2025, 8, 29)),
        lambda r: replace(r, owner="Minsk Branch", done_on=date(2025, 8, 1)),
    ),
}


@pytest.mark.parametrize("kind", list(CASES))
def test_create_update_delete_name_exactly_the_record(world: World, kind: str) -> None:
    attribute, make, edit = CASES[kind]
    service = getattr(world.services, attribute)

    saved, created = service.create(make(world))
    assert saved.id
    assert created.changes == [Change(kind, saved.id, Action.CREATED)]
    assert created.warnings == []
    assert service.get(saved.id) == saved

    edited, updated = service.update(edit(saved))
    assert updated.changes == [Change(kind, saved.id, Action.UPDATED)]
    assert replace(edited, updated_at="") == replace(edit(saved), updated_at="")
    assert service.get(saved.id) == edited

    deleted = service.delete(saved.id)
    assert deleted.changes == [Change(kind, saved.id, Action.DELETED)]
    assert service.find(saved.id) is None


def test_a_given_id_is_kept(world: World) -> None:
    saved, changes = world.services.organizations.create(Organization(id="chamber-1", name="Chamber"))
    assert saved.id == "chamber-1"
    assert changes.ids("organization", Action.CREATED) == ["chamber-1"]


def test_mission_organizers_keep_order_and_roles(world: World) -> None:
    mission = world.services.missions.get(world.mission.id)
    assert mission.organizers == (MissionOrganizer(world.organizer.id, OrganizerRole.ORGANIZER),)
    both = (MissionOrganizer(world.host.id, OrganizerRole.CO_ORGANIZER), MissionOrganizer(world.organizer.id))
    saved, _ = world.services.missions.update(replace(mission, organizers=both))
    assert saved.organizers == both


def test_deleting_a_mission_lists_everything_it_took_with_it(world: World) -> None:
    services = world.services
    second_item = add_item(services, world.mission, "Site visit")
    changes = services.missions.delete(world.mission.id)

    assert sorted((c.entity, c.id) for c in changes.changes) == sorted(
        [
            ("mission", world.mission.id),
            ("participant", world.participant.id),
            ("participant", world.second_participant.id),
            ("item", world.item.id),
            ("item", second_item.id),
            ("outcome", world.outcome.id),
            ("follow_up", world.follow_up.id),
        ]
    )
    assert {c.action for c in changes.changes} == {Action.DELETED}
    counts = services.store.counts()
    assert (counts["missions"], counts["participants"], counts["items"], counts["outcomes"]) == (1, 0, 0, 0)
    assert counts["follow-ups"] == 0
    # The directory outlives the mission.
    assert services.organizations.find(world.host.id) is not None
    assert services.contacts.find(world.member.id) is not None


def test_deleting_a_source_mission_reports_the_missions_made_from_it(world: World) -> None:
    derived = add_mission(world.services, "Follow-up mission", source_mission_id=world.mission.id)
    changes = world.services.missions.delete(world.mission.id)
    assert changes.ids("mission", Action.UPDATED) == [derived.id]
    assert world.services.missions.get(derived.id).source_mission_id is None


def test_deleting_an_item_unlinks_its_outcomes_without_deleting_them(world: World) -> None:
    changes = world.services.items.delete(world.item.id)
    assert changes.changes == [
        Change("item", world.item.id, Action.DELETED),
        Change("outcome", world.outcome.id, Action.UPDATED),
    ]
    outcome = world.services.outcomes.get(world.outcome.id)
    assert outcome.item_id is None
    assert replace(outcome, item_id=world.item.id) == world.outcome
    assert world.services.follow_ups.find(world.follow_up.id) is not None


def test_deleting_an_outcome_deletes_its_follow_ups(world: World) -> None:
    unrelated = world.services.follow_ups.create(
        FollowUp(id="", mission_id=world.mission.id, action="Circulate contacts")
    )[0]
    changes = world.services.outcomes.delete(world.outcome.id)
    assert changes.changes == [
        Change("outcome", world.outcome.id, Action.DELETED),
        Change("follow_up", world.follow_up.id, Action.DELETED),
    ]
    assert world.services.follow_ups.find(world.follow_up.id) is None
    assert world.services.follow_ups.find(unrelated.id) is not None


def test_deleting_a_participant_reports_the_items_that_listed_them(world: World) -> None:
    everyone = add_item(world.services, world.mission, "Reception")  # whole delegation: not changed
    changes = world.services.participants.delete(world.participant.id)
    assert changes.changes == [
        Change("participant", world.participant.id, Action.DELETED),
        Change("item", world.item.id, Action.UPDATED),
    ]
    assert world.services.items.get(world.item.id).attendee_ids == ()
    assert world.services.items.get(everyone.id).attendee_ids is None


def test_attendees_of_the_delegation_are_saved_in_order(world: World) -> None:
    both = (world.second_participant.id, world.participant.id)
    saved, _ = world.services.items.update(replace(world.item, attendee_ids=both))
    assert saved.attendee_ids == both
    assert world.services.participants.for_mission(world.mission.id) == [world.participant, world.second_participant]


def test_mark_done_is_an_update(world: World) -> None:
    done, changes = world.services.follow_ups.mark_done(world.follow_up.id, date(2025, 6, 2))
    assert done.done_on == date(2025, 6, 2)
    assert changes.changes == [Change("follow_up", world.follow_up.id, Action.UPDATED)]
    assert world.services.follow_ups.open_items(mission_id=world.mission.id) == []


@pytest.mark.parametrize("attribute", ["organizations", "contacts", "missions", "participants", "items", "outcomes"])
def test_missing_records_raise_not_found(world: World, attribute: str) -> None:
    service = getattr(world.services, attribute)
    with pytest.raises(NotFoundError):
        service.get("no-such-id")
    with pytest.raises(NotFoundError):
        service.delete("no-such-id")


def test_updating_a_missing_record_is_refused(world: World) -> None:
    with pytest.raises(NotFoundError):
        world.services.organizations.update(Organization(id="no-such-id", name="Ghost"))
    assert world.services.organizations.find("no-such-id") is None


def test_a_participant_may_join_another_mission(world: World) -> None:
    joined = add_participant(world.services, world.other_mission, world.member)
    assert joined.mission_id == world.other_mission.id
