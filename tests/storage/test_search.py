"""Full-text search: Cyrillic and Turkmen Latin text, prefixes, folded case and diacritics, hostile input."""

from __future__ import annotations

from dataclasses import replace

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from missionplanner.domain.models import Organization, new_id
from missionplanner.storage.repositories.missions import MissionFilter, fts_match_expression
from missionplanner.storage.store import Store
from tests.storage.builders import Seeded


def _ids(store: Store, text: str, kind: str) -> list[str]:
    return [h.id for h in store.search.search(text, kinds=(kind,))]


@pytest.mark.parametrize(
    "query",
    [
        "Türkmenistanyň",
        "türkmenistanyň",
        "TÜRKMENISTANYŇ",
        "turkmenistanyn",
        "Turkmenistany",
        "Türkmen",
        "söwda",
        "SOWDA",
    ],
)
def test_turkmen_latin_is_found_with_and_without_diacritics(store: Store, seeded: Seeded, query: str) -> None:
    assert _ids(store, query, "organization") == [seeded.organizations[0].id]


def test_every_turkmen_letter_folds(store: Store) -> None:
    # ň ý ş ä ž ç ö ü, each found by itself and by its plain Latin letter.
    with store.atomic():
        org = store.organizations.insert(Organization(new_id(), "Aňlaýyş Bäzirgän Žurnal Çörek Öý Üzüm"))
    for written, plain in (
        ("Aňlaýyş", "anlayys"),
        ("Bäzirgän", "bazirgan"),
        ("Žurnal", "zurnal"),
        ("Çörek", "corek"),
        ("Öý", "oy"),
        ("Üzüm", "uzum"),
    ):
        assert _ids(store, written, "organization") == [org.id]
        assert _ids(store, plain, "organization") == [org.id]


@pytest.mark.parametrize("query", ["палаты", "ПАЛАТЫ", "Палаты", "Белорусской", "белорусской", "палат", "Бел"])
def test_cyrillic_is_found_case_insensitively_and_by_prefix(store: Store, seeded: Seeded, query: str) -> None:
    assert _ids(store, query, "mission") == [seeded.mission.id]


def test_every_kind_of_record_is_searched(store: Store, seeded: Seeded) -> None:
    hits = store.search.search("Türkmenistanyň")
    by_kind = {(h.entity, h.id) for h in hits}
    assert ("organization", seeded.organizations[0].id) in by_kind
    assert ("item", seeded.items[1].id) in by_kind
    item_hit = next(h for h in hits if h.entity == "item")
    assert item_hit.mission_id == seeded.mission.id
    assert item_hit.title == seeded.items[1].title
    assert "[" in item_hit.snippet
    assert _ids(store, "Петров", "contact") == [seeded.contacts[0].id]
    assert _ids(store, "tractor", "outcome") == [seeded.outcomes[0].id]
    assert _ids(store, "поставок", "item") == [seeded.items[1].id]  # agenda text
    # Every word must match.
    assert _ids(store, "палаты Ашхабад", "mission") == [seeded.mission.id]
    assert _ids(store, "палаты Ташкент", "mission") == []


def test_index_follows_updates_and_deletes(store: Store, seeded: Seeded) -> None:
    org = seeded.organizations[2]
    with store.atomic():
        store.organizations.update(replace(org, name="Belarus Tractor Plant"))
    assert _ids(store, "Minsk Tractor Works", "organization") == []
    assert _ids(store, "Belarus Tractor", "organization") == [org.id]
    with store.atomic():
        store.outcomes.delete(seeded.outcomes[0].id)
    assert _ids(store, "Memorandum", "outcome") == []
    assert store.integrity_problems() == []


def test_mission_list_filter_uses_the_same_search(store: Store, seeded: Seeded) -> None:
    summaries = store.missions.summaries(MissionFilter(text="ПАЛАТЫ"))
    assert [s.id for s in summaries] == [seeded.mission.id]
    assert store.missions.summaries(MissionFilter(text='"AND (*')) == []


HOSTILE = [
    '"',
    '""',
    '"палаты',
    "AND",
    "OR",
    "NOT",
    "a AND",
    "AND OR NOT",
    "*",
    "**",
    "(",
    ")",
    "(палаты",
    "NEAR(a b)",
    "NEAR/2",
    "{title}: x",
    "title:палаты",
    "-палаты",
    "+",
    "^",
    "'",
    "\\",
    "%",
    "_",
    ";DROP TABLE organizations;--",
    "\x00",
    "a\x00b",
    "\ud800",
    "   ",
    "",
]


@pytest.mark.parametrize("query", HOSTILE)
def test_user_text_with_operators_never_raises(store: Store, seeded: Seeded, query: str) -> None:
    hits = store.search.search(query)
    assert isinstance(hits, list)
    assert store.organizations.count() == 3


def test_operator_words_are_searched_as_words(store: Store) -> None:
    with store.atomic():
        org = store.organizations.insert(Organization(new_id(), "Chamber of Trade AND Industry (Mary)"))
    assert _ids(store, "AND", "organization") == [org.id]
    assert _ids(store, "(Mary)", "organization") == [org.id]
    assert _ids(store, 'Trade" OR "x', "organization") == []


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(query=st.text(max_size=30))
def test_any_text_can_be_searched(store: Store, seeded: Seeded, query: str) -> None:
    assert isinstance(store.search.search(query), list)


@given(st.text(max_size=30))
def test_match_expression_quotes_every_word(text: str) -> None:
    expression = fts_match_expression(text)
    if expression is None:
        return
    words = expression.split(" ")
    assert all(w.startswith('"') and w.endswith('"*') and '"' not in w[1:-2] for w in words)
