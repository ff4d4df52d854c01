"""The merges an import proposes, checked against scoring every directory name by brute force.

However the import narrows the directory down before scoring (segment filter, employers first, lazy
indexes), it must propose exactly what the plain rule proposes: the best-scoring names in directory
order, the exact name first, only the first `limit`, and a contact only when its employer matches too.
"""

from __future__ import annotations

import random
import re
import sys
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from rapidfuzz import fuzz

from missionplanner.domain.enums import OrganizationKind
from missionplanner.domain.models import Contact, Organization
from missionplanner.domain.people_import import MATCH_THRESHOLD, PersonRow, normalise_name
from missionplanner.exchange import people_import
from missionplanner.exchange.people_import import ProposedMatch, plan_import
from missionplanner.exchange.table_files import read_table
from missionplanner.services.app import Services
from tests.exchange.test_table_files import write_csv

_SYLLABLES = ["ka", "ra", "to", "mi", "na", "ov", "a", "e", "ich", "ко", "ва", "ь"]
_FORMS = ["LLC", "JSC", "Group", "ООО", "", ""]


def _key(name: str) -> str:
    return normalise_name(name) or name.casefold().strip()


def _sorted(key: str) -> str:
    return " ".join(sorted(key.split()))


def _candidates(entries: list[tuple[Any, str]], key: str, limit: int) -> list[tuple[Any, float]]:
    """The rule itself: every name scored, best first, ties in directory order, numbers must agree."""
    if not key:
        return []
    found: list[tuple[Any, float]] = []
    exact = next((record for record, k in entries if k == key), None)
    if exact is not None:
        found.append((exact, 100.0))
        if limit == 1:
            return found
    query = _sorted(key)
    scored = [(fuzz.ratio(query, _sorted(k)), i) for i, (_, k) in enumerate(entries)]
    best = sorted((-score, i) for score, i in scored if score >= MATCH_THRESHOLD)[: limit + 2]
    digits = re.findall(r"\d+", key)
    for negative, i in best:
        record, k = entries[i]
        if re.findall(r"\d+", k) == digits and all(record[0] != r[0] for r, _ in found):
            found.append((record, float(-negative)))
    return found[:limit]


def _expected(services: Services, people: list[PersonRow]) -> list[ProposedMatch]:
    organizations = services.organizations.matching_names()
    org_entries = [((i, n), _key(name)) for i, n, local in organizations for name in (n, local) if _key(name)]
    org_names = {i: n for i, n, _ in organizations}
    contact_entries = [((i, n, employer), _key(n)) for i, n, employer in services.contacts.matching_names()]
    matches: list[ProposedMatch] = []
    grouped: dict[str, list[PersonRow]] = {}
    for person in people:
        if person.organization:
            grouped.setdefault(_key(person.organization), []).append(person)
    for key, rows in grouped.items():
        for (existing_id, existing_name), score in _candidates(org_entries, key, 1):
            matches.append(
                ProposedMatch(
                    "organization",
                    key,
                    rows[0].organization,
                    tuple(r.row for r in rows),
                    existing_id,
                    existing_name,
                    score,
                )
            )
    by_person: dict[str, list[PersonRow]] = {}
    for person in people:
        by_person.setdefault(f"{normalise_name(person.name) or person.name.casefold()}|{_key(person.organization)}", [])
        by_person[f"{normalise_name(person.name) or person.name.casefold()}|{_key(person.organization)}"].append(person)
    for key, rows in by_person.items():
        first = rows[0]
        for (existing_id, existing_name, employer), score in _candidates(
            contact_entries, normalise_name(first.name) or first.name.casefold(), 5
        ):
            if first.organization and employer:
                theirs = _key(org_names[employer]) if employer in org_names else ""
                if fuzz.token_sort_ratio(theirs, _key(first.organization)) < MATCH_THRESHOLD:
                    continue
            matches.append(
                ProposedMatch("contact", key, first.name, tuple(r.row for r in rows), existing_id, existing_name, score)
            )
            break
    return matches


@pytest.mark.parametrize("brute_force_lookups", [0, 10_000])
def test_proposed_merges_are_those_of_scoring_every_name(
    services: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, brute_force_lookups: int
) -> None:
    # Contacts are looked up by brute force first, then through the segment filter: both must agree.
    monkeypatch.setattr(people_import, "_BRUTE_FORCE_LOOKUPS", brute_force_lookups)
    rng = random.Random(11)

    def word() -> str:
        return "".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(1, 3))).title()

    def org_name() -> str:
        number = f" {rng.randint(1, 3)}" if rng.random() < 0.1 else ""
        return f"{' '.join(word() for _ in range(rng.randint(1, 2)))}{number} {rng.choice(_FORMS)}".strip()

    def person_name() -> str:
        return " ".join(word() for _ in range(rng.randint(2, 3)))

    def typo(text: str) -> str:
        if rng.random() < 0.5 or len(text) < 3:
            return text
        at = rng.randrange(len(text))
        return text[:at] + rng.choice("aeoк") + text[at + 1 :]

    organizations = [
        Organization(
            id=f"org-{n:04d}",
            name=org_name(),
            name_local=org_name() if n % 5 == 0 else "",
            kind=OrganizationKind.OTHER,
        )
        for n in range(400)
    ]
    services.store.organizations.insert_many(organizations)
    contacts = [
        Contact(
            id=f"contact-{n:04d}",
            name=person_name(),
            organization_id=None if n % 7 == 0 else rng.choice(organizations).id,
        )
        for n in range(1500)
    ]
    services.store.contacts.insert_many(contacts)
    rows = [["Name", "Organization", "Position"]]
    for _ in range(600):
        if rng.random() < 0.4:
            contact = rng.choice(contacts)
            employer = next((o for o in organizations if o.id == contact.organization_id), None)
            organization = employer.name if employer is not None and rng.random() < 0.8 else org_name()
            name = typo(contact.name)
        else:
            name, organization = person_name(), org_name() if rng.random() < 0.8 else ""
        rows.append([name, typo(organization) if organization else "", "Engineer"])
    plan = plan_import(services, read_table(write_csv(tmp_path / "people.csv", rows)), "people")

    people = [r for r in plan.parsed.rows if isinstance(r, PersonRow)]
    expected = _expected(services, people)
    assert plan.matches == expected
    # Not a vacuous comparison: fuzzy and exact merges of both kinds, and people left unmatched.
    assert sum(m.entity == "contact" and m.score < 100 for m in expected) >= 10
    assert sum(m.entity == "contact" and m.score == 100 for m in expected) >= 10
    assert sum(m.entity == "organization" and m.score < 100 for m in expected) >= 10
    assert sum(m.entity == "contact" for m in expected) < len({p.name for p in people})


@pytest.mark.parametrize("brute_force_lookups", [0, 10_000])
@pytest.mark.parametrize("threshold", [MATCH_THRESHOLD, 70])
def test_contact_look_ups_find_keys_spaced_otherwise(
    services: Services, monkeypatch: pytest.MonkeyPatch, brute_force_lookups: int, threshold: int
) -> None:
    """A key spaced otherwise than by single spaces is shorter once its words are sorted: look-ups that
    only score keys of a length that can match must still find it, as scoring every key does."""
    monkeypatch.setattr(people_import, "_BRUTE_FORCE_LOOKUPS", brute_force_lookups)
    rng = random.Random(5)
    # A name of legal forms alone keeps its own spacing in its key (normalised, nothing would be left).
    spacings = [" ", "  ", "\t", "\u00a0", "\u3000", " \n ", "   \t   "]
    forms = ["LLC", "Ltd", "JSC", "Inc", "GmbH", "Co", "AG"]

    def spaced() -> str:
        return rng.choice(spacings).join(rng.choice(forms) for _ in range(rng.randint(2, 4)))

    def plain() -> str:
        return " ".join("".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(1, 3))) for _ in range(2))

    names = [spaced() if n % 3 == 0 else plain() for n in range(900)]
    services.store.contacts.insert_many([Contact(id=f"contact-{n:04d}", name=name) for n, name in enumerate(names)])
    keys = services.contacts.distinct_match_keys()
    assert any(len(_sorted(k)) + 2 < len(k) for k in keys)  # some keys shrink by more than a length step

    everyone = people_import._EveryContact(services, threshold)
    for query in [_key(spaced()) for _ in range(60)] + [_key(plain()) for _ in range(60)]:
        expected = {(fuzz.ratio(_sorted(query), _sorted(k)), k) for k in keys}
        expected = {(score, k) for score, k in expected if score >= threshold}
        assert {(score, everyone.keys[i]) for score, i in everyone.scored(query)} == expected


def test_contact_look_ups_find_keys_stored_with_spaces_at_their_ends(monkeypatch: pytest.MonkeyPatch) -> None:
    # match_key strips a key, but one written by hand (raw SQL) may keep spaces at an end.
    keys = [" llc ltd ", " ltd ", "ltd   llc", "llc ltd", "ltd", "jsc", "llc  ltd  jsc"]
    monkeypatch.setattr(people_import, "_BRUTE_FORCE_LOOKUPS", 10_000)
    services = SimpleNamespace(contacts=SimpleNamespace(distinct_match_keys=lambda: list(keys)))
    everyone = people_import._EveryContact(services, MATCH_THRESHOLD)  # type: ignore[arg-type]
    for query in ["llc ltd", "ltd llc", "ltd", "jsc llc ltd"]:
        expected = {(fuzz.ratio(_sorted(query), _sorted(k)), k) for k in keys}
        expected = {(score, k) for score, k in expected if score >= MATCH_THRESHOLD}
        assert {(score, everyone.keys[i]) for score, i in everyone.scored(query)} == expected


def test_every_whitespace_character_but_the_space_is_unprintable() -> None:
    # What the contact look-ups rely on to find the keys spaced otherwise than by single spaces.
    spaces = [c for c in map(chr, range(sys.maxunicode + 1)) if c.isspace()]
    assert [c for c in spaces if c.isprintable()] == [" "]
