"""Directory records still used by a mission cannot be deleted; employers can, and their staff stay."""

from __future__ import annotations

import pytest

from missionplanner.domain.errors import NotFoundError, ValidationError
from missionplanner.services.changes import Action, Change
from tests.services.conftest import World
from tests.services.factories import add_contact, add_item, add_organization, add_outcome, dump


def _refused(world: World, delete: object, *words: str) -> None:
    before = dump(world.services)
    with pytest.raises(ValidationError) as caught:
        delete()  # type: ignore[operator]
    for word in words:
        assert word in caught.value.message
    assert dump(world.services) == before


def test_an_organizer_cannot_be_deleted(world: World) -> None:
    _refused(
        world, lambda: world.services.organizations.delete(world.organizer.id), "Minsk Branch", "1 organized mission"
    )


def test_a_host_of_an_item_and_party_to_an_outcome_cannot_be_deleted(world: World) -> None:
    # The world's host hosts one item and is the counterpart of one outcome: both are named.
    _refused(
        world,
        lambda: world.services.organizations.delete(world.host.id),
        "Union of Industrialists",
        "1 hosted item",
        "1 outcome",
    )


def test_a_counterpart_of_an_outcome_alone_cannot_be_deleted(world: World) -> None:
    buyer = add_organization(world.services, "Turkmen producer of polypropylene bags")
    add_outcome(world.services, world.mission, "Polypropylene hoses", organization_ids=(buyer.id,))
    _refused(world, lambda: world.services.organizations.delete(buyer.id), "1 outcome")
    assert world.services.organizations.usage(buyer.id)["outcomes"] == 1


def test_an_employer_is_deleted_and_its_staff_stay_without_one(world: World) -> None:
    services = world.services
    colleague = add_contact(services, "Second executive", organization_id=world.employer.id)
    changes = services.organizations.delete(world.employer.id)
    assert changes.changes[0] == Change("organization", world.employer.id, Action.DELETED)
    assert sorted(changes.ids("contact", Action.UPDATED)) == sorted([world.member.id, colleague.id])
    assert len(changes.changes) == 3
    assert services.organizations.find(world.employer.id) is None
    for contact in (world.member, colleague):
        assert services.contacts.get(contact.id).organization_id is None
    # Still in the delegation.
    assert services.participants.get(world.participant.id).contact_id == world.member.id


def test_an_unused_organization_is_deleted(world: World) -> None:
    lonely = add_organization(world.services, "Massachusetts Institute of Technology")
    assert world.services.organizations.delete(lonely.id).changes == [Change("organization", lonely.id, Action.DELETED)]


def test_a_member_of_a_delegation_cannot_be_deleted(world: World) -> None:
    _refused(
        world, lambda: world.services.contacts.delete(world.member.id), "Executive of the moulds maker", "1 delegation"
    )


def test_a_host_contact_cannot_be_deleted(world: World) -> None:
    guide = add_contact(world.services, "Guide at the State Commodity Exchange")
    add_item(world.services, world.mission, "Visit to the exchange", host_contact_ids=(guide.id,))
    _refused(world, lambda: world.services.contacts.delete(guide.id), "1 hosted item")


def test_a_contact_no_longer_in_a_delegation_can_be_deleted(world: World) -> None:
    world.services.participants.delete(world.second_participant.id)
    changes = world.services.contacts.delete(world.second_member.id)
    assert changes.changes == [Change("contact", world.second_member.id, Action.DELETED)]


def test_deleting_an_unknown_record_says_so(world: World) -> None:
    with pytest.raises(NotFoundError):
        world.services.organizations.delete("no-such-org")
    with pytest.raises(NotFoundError):
        world.services.contacts.delete("no-such-contact")


def test_directory_lists_filter_by_text_and_organization(world: World) -> None:
    names = [o.name for o in world.services.organizations.list("union")]
    assert names == ["Union of Industrialists and Entrepreneurs of Turkmenistan"]
    assert world.services.contacts.list(organization_id=world.employer.id) == [world.member]


def test_directory_lists_ignore_case_in_every_script(world: World) -> None:
    # SQLite's LIKE folds ASCII only: lower-case Cyrillic must still find a capitalised name.
    services = world.services
    chamber = add_organization(services, name="Торгово-промышленная палата Туркменистана", city="Ашхабад")
    person = add_contact(services, name="Ёлкин Пётр Сергеевич", organization_id=chamber.id)
    assert [o.id for o in services.organizations.list("палата туркменистана")] == [chamber.id]
    assert [o.id for o in services.organizations.list("ТОРГОВО")] == [chamber.id]
    assert [c.id for c in services.contacts.list("елкин")] == [person.id]  # ё typed as е
    assert [c.id for c in services.contacts.list("пётр")] == [person.id]
    assert services.organizations.list("палата беларуси") == []
