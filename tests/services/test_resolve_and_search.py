"""Finding missions by short id, and full-text search across every kind of record and script."""

from __future__ import annotations

from dataclasses import replace

import pytest

from missionplanner.domain.errors import NotFoundError, ValidationError
from missionplanner.services.app import Services
from tests.conftest import BELARUS_MISSION_ID, KAZAKHSTAN_MISSION_ID
from tests.services.conftest import World
from tests.services.factories import add_contact, add_item, add_mission, add_organization, add_outcome


def test_resolve_a_full_id(sample_services: Services) -> None:
    assert sample_services.missions.resolve_id(BELARUS_MISSION_ID) == BELARUS_MISSION_ID
    assert sample_services.missions.resolve_id(f"  {KAZAKHSTAN_MISSION_ID}\n") == KAZAKHSTAN_MISSION_ID


@pytest.mark.parametrize("prefix", ["5eb3", "5eb3085c", "5eb3085c-be0c"])
def test_resolve_a_unique_prefix(sample_services: Services, prefix: str) -> None:
    assert sample_services.missions.resolve_id(prefix) == BELARUS_MISSION_ID


def test_an_ambiguous_prefix_asks_for_more(services: Services) -> None:
    add_mission(services, "First", id="abcd1111-0000-4000-8000-000000000000")
    add_mission(services, "Second", id="abcd2222-0000-4000-8000-000000000000")
    with pytest.raises(ValidationError) as caught:
        services.missions.resolve_id("abcd")
    assert "matches 2 missions" in caught.value.message
    assert services.missions.resolve_id("abcd2") == "abcd2222-0000-4000-8000-000000000000"


@pytest.mark.parametrize("text", ["ffffffff", "5eb", "", "5eb3085c-be0c-4c04-a7db-76240de93d5f0", "5eb_", "%"])
def test_an_unknown_or_too_short_id_is_not_found(sample_services: Services, text: str) -> None:
    with pytest.raises(NotFoundError) as caught:
        sample_services.missions.resolve_id(text)
    assert caught.value.entity == "mission"


def _hits(services: Services, text: str) -> set[tuple[str, str]]:
    return {(h.entity, h.id) for h in services.search.search(text)}


@pytest.fixture
def multilingual(world: World) -> dict[str, str]:
    """One record of each searchable kind, written in Russian, Turkmen or English."""
    services = world.services
    mission = add_mission(services, "Деловая миссия в Туркменистан", objectives="Sharing Bäherden experience")
    organization = add_organization(
        services, "State Commodity Exchange of Turkmenistan", name_local="Türkmenistanyň Döwlet haryt-çig mal biržasy"
    )
    contact = add_contact(services, "Aýna Myradowa", position="Senagatçylar birleşmesiniň hünärmeni")
    item = add_item(services, world.mission, "Visit to a shipyard", venue="Türkmenbaşy gämi gurluşyk zawody")
    outcome = add_outcome(
        services, world.mission, "Поставка полипропиленовых шлангов", commodity="polipropilen turbalar"
    )
    return {
        "mission": mission.id,
        "organization": organization.id,
        "contact": contact.id,
        "item": item.id,
        "outcome": outcome.id,
    }


@pytest.mark.parametrize(
    ("text", "entity"),
    [
        ("Туркменистан", "mission"),
        ("туркменистан", "mission"),  # case folds in Cyrillic
        ("Bäherden", "mission"),  # ä
        ("baherden", "mission"),
        ("Türkmenistanyň", "organization"),  # ü ň
        ("turkmenistanyn", "organization"),
        ("biržasy", "organization"),  # ž
        ("Döwlet", "organization"),  # ö
        ("Aýna", "contact"),  # ý
        ("ayna myradowa", "contact"),
        ("Senagatçylar", "contact"),  # ç
        ("Türkmenbaşy", "item"),  # ş
        ("turkmenbasy", "item"),
        ("shipyard", "item"),
        ("полипропиленовых", "outcome"),
        ("ПОЛИПРОПИЛЕН", "outcome"),  # prefix, upper case
        ("turbalar", "outcome"),
    ],
)
def test_search_finds_every_kind_in_every_script(
    world: World, multilingual: dict[str, str], text: str, entity: str
) -> None:
    assert (entity, multilingual[entity]) in _hits(world.services, text)


def test_search_hits_carry_title_snippet_and_mission(world: World, multilingual: dict[str, str]) -> None:
    [hit] = [h for h in world.services.search.search("Türkmenbaşy") if h.entity == "item"]
    assert hit.title == "Visit to a shipyard"
    assert hit.mission_id == world.mission.id
    assert "[Türkmenbaşy]" in hit.snippet


def test_search_follows_edits_and_deletes(world: World, multilingual: dict[str, str]) -> None:
    services = world.services
    contact = services.contacts.get(multilingual["contact"])
    services.contacts.update(replace(contact, name="Maýsa Orazowa"))
    assert ("contact", contact.id) not in _hits(services, "Aýna")
    assert ("contact", contact.id) in _hits(services, "Maýsa")
    services.contacts.delete(contact.id)
    assert ("contact", contact.id) not in _hits(services, "Maýsa")


@pytest.mark.parametrize("text", ["", "   ", '"', 'AND OR NOT "(*', "NEAR(", "-"])
def test_odd_search_text_never_fails(world: World, text: str) -> None:
    assert isinstance(world.services.search.search(text), list)


def test_search_in_the_samples(sample_services: Services) -> None:
    titles = {h.title for h in sample_services.search.search("Agro Pack")}
    assert any("Agro Pack Turkmenistan-2023" in t for t in titles)
    hits = _hits(sample_services, "Посольство")  # name_local of the Belarusian embassy
    assert ("organization", "5b47896a-b537-479c-ba88-1494bdd84d01") in hits
    assert ("mission", BELARUS_MISSION_ID) in _hits(sample_services, "Ashgabat")
    assert ("mission", KAZAKHSTAN_MISSION_ID) in _hits(sample_services, "Kazakhstani")
    outcomes = {h.title for h in sample_services.search.search("polypropylene") if h.entity == "outcome"}
    assert "Import of polypropylene hoses from Turkmenistan" in outcomes
