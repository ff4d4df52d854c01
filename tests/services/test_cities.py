"""CityService: type-ahead search and name resolution over geonames plus cities users added."""

from __future__ import annotations

import json
import math
from collections.abc import Iterator
from pathlib import Path

import pytest

from missionplanner.domain.cities import normalise, normalise_many
from missionplanner.domain.errors import NotFoundError, ValidationError
from missionplanner.domain.geo import City
from missionplanner.domain.models import new_id
from missionplanner.services.app import Services, open_services
from missionplanner.services.changes import Action, Change

SAMPLES = Path(__file__).resolve().parents[2] / "resources" / "samples"
MARY = "geonames:1218667"
TURKMENBASHY = "geonames:601594"
ASHGABAT = "geonames:162183"
ARKADAG = "geonames:13526673"
ASTANA = "geonames:1526273"
MINSK = "geonames:625144"


def _names(cities: list[City]) -> list[str]:
    return [c.name for c in cities]


def _sample_cities() -> Iterator[tuple[str, str, str]]:
    """(sample file, city name, destination country) for every city named anywhere in the samples."""

    def walk(value: object) -> Iterator[str]:
        if isinstance(value, dict):
            for key, inner in value.items():
                if key.endswith("city") and isinstance(inner, str) and inner.strip():
                    yield inner
                else:
                    yield from walk(inner)
        elif isinstance(value, list):
            for inner in value:
                yield from walk(inner)

    for path in sorted(SAMPLES.glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        for name in sorted(set(walk(data))):
            yield path.name, name, data["mission"]["destination_country"]


# The matching rules searching relies on


def test_names_compare_without_case_diacritics_or_punctuation() -> None:
    assert normalise("Türkmenbaşy") == normalise("TURKMENBASY") == "turkmenbasy"
    assert normalise(" Nur-Sultan ") == normalise("nur  sultan") == "nur sultan"
    assert normalise("Mins'k") == normalise("Mińsk") == "minsk"
    assert normalise("İstanbul") == "istanbul"
    assert normalise("Мінск") == normalise("Минск")
    assert normalise("Түркменбашы") == normalise("Туркменбашы")
    assert normalise("Ёлки") == normalise("елки")
    assert normalise("- '") == ""
    names = ["Mary", "Aşgabat", "two\nlines", "", "Ак-Мола"]
    assert normalise_many(names) == [normalise(n) for n in names] == ["mary", "asgabat", "two lines", "", "ак мола"]
    # Names nobody types here are left out of the reference index, keeping the positions.
    assert normalise_many(["MYP", "ma lei", "马雷", "Mary", "Мары"], typed_only=True) == ["", "", "", "mary", "мары"]


def test_a_city_is_listed_once_however_many_of_its_names_match(services: Services) -> None:
    for text in ("a", "Ash", "Мар", "Turkmenbash"):
        ids = [c.id for c in services.cities.search(text, limit=100)]
        assert len(ids) == len(set(ids))


# Searching


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("turkmenb", TURKMENBASHY),
        ("Türkmenbaşy", TURKMENBASHY),
        ("turkmenbasy", TURKMENBASHY),
        ("TURKMENBASHI", TURKMENBASHY),
        ("Krasnovodsk", TURKMENBASHY),
        ("Красноводск", TURKMENBASHY),
        ("Түркменб", TURKMENBASHY),
        ("Туркменбаши", TURKMENBASHY),
        ("Мары", MARY),
        ("мар", MARY),
        ("Ashga", ASHGABAT),
        ("Aşgabat", ASHGABAT),
        ("Ашх", ASHGABAT),
        ("Arkad", ARKADAG),
        ("Аркадаг", ARKADAG),
        ("Nur-Sultan", ASTANA),
        ("nur sultan", ASTANA),
        ("Астана", ASTANA),
        ("Минск", MINSK),
        ("  minsk ", MINSK),
    ],
)
def test_search_by_latin_alternate_and_cyrillic_names(services: Services, text: str, expected: str) -> None:
    found = services.cities.search(text, country="TM")
    assert found, text
    assert found[0].id == expected


def test_reference_cities_carry_coordinates_zone_population_and_local_names(services: Services) -> None:
    mary = services.cities.search("Mary", country="TM")[0]
    assert (mary.id, mary.name, mary.country, mary.timezone) == (MARY, "Mary", "TM", "Asia/Ashgabat")
    assert mary.has_coordinates
    assert mary.latitude == pytest.approx(37.59, abs=0.05)
    assert mary.longitude == pytest.approx(61.83, abs=0.05)
    assert mary.population > 100_000
    assert "Мары" in mary.local_names
    assert 0 < len(mary.local_names) <= 10
    # Local names are the other scripts and spellings, not plain ASCII variants or the name itself.
    assert all(not n.isascii() for n in mary.local_names)
    turkmenbashy = services.cities.get(TURKMENBASHY)
    assert "Türkmenbaşy" not in turkmenbashy.local_names
    assert "Красноводск" in turkmenbashy.local_names
    # A reference city is found again by its id, the same each time.
    assert services.cities.find(MARY) == mary
    assert services.cities.get_many([MINSK, MARY, "geonames:0"]) == [services.cities.get(MINSK), mary]


def test_nothing_to_search_for_finds_nothing(services: Services) -> None:
    for text in ("", "   ", "-", "'"):
        assert services.cities.search(text) == []
    assert services.cities.search("Qwxzqwxz") == []
    assert services.cities.search("Mary", limit=0) == []


def test_limit(services: Services) -> None:
    assert len(services.cities.search("a")) == 20
    assert len(services.cities.search("a", limit=3)) == 3
    assert len(services.cities.search("Ma", country="TM", limit=50)) == 50


def test_exact_names_come_first_even_from_another_country(services: Services) -> None:
    found = services.cities.search("Minsk", country="TM")
    assert found[0].id == MINSK
    # "Mary" is exactly the Turkmen city; Belarusian cities starting with "Mary" come next.
    found = services.cities.search("Mary", country="BY")
    assert found[0].id == MARY
    assert found[1].country == "BY"


def test_the_destination_country_comes_before_bigger_cities_elsewhere(services: Services) -> None:
    anywhere = services.cities.search("Mar", limit=50)
    in_turkmenistan = services.cities.search("Mar", country="TM", limit=50)
    assert in_turkmenistan[0].id == MARY
    assert MARY not in [c.id for c in anywhere[:5]]
    # Without an exact name or a country to prefer, the most populous come first...
    populations = [c.population for c in anywhere[:5]]
    assert populations == sorted(populations, reverse=True)
    # With one, the country's cities come first, then the others in the same order as without it.
    countries = [c.country for c in in_turkmenistan]
    others_from = countries.index(next(c for c in countries if c != "TM"))
    assert others_from >= 1
    assert "TM" not in countries[others_from:]
    others = in_turkmenistan[others_from:]
    assert others == [c for c in anywhere if c.country != "TM"][: len(others)]
    assert services.cities.search("A", country="tm") == services.cities.search("A", country="TM")


def test_own_names_come_before_alternate_names(services: Services) -> None:
    # Brooklyn is also "Marechkawick", but someone typing "Mar" means Marseille or Marrakesh first.
    found = services.cities.search("Mar", limit=20)
    assert all(c.name.casefold().startswith("mar") for c in found[:10])


# Resolving free-text names


@pytest.mark.parametrize(("sample", "name", "country"), list(_sample_cities()))
def test_every_sample_city_resolves(services: Services, sample: str, name: str, country: str) -> None:
    city = services.cities.resolve(name, country=country)
    assert city is not None, f"{name} in {sample}"
    assert city.has_coordinates
    assert city.timezone


def test_sample_cities_resolve_to_the_right_place(services: Services) -> None:
    expected = {
        "Ashgabat": (ASHGABAT, "TM", "Asia/Ashgabat"),
        "Mary": (MARY, "TM", "Asia/Ashgabat"),
        "Arkadag": (ARKADAG, "TM", "Asia/Ashgabat"),
        "Turkmenbashi": (TURKMENBASHY, "TM", "Asia/Ashgabat"),
        "Astana": (ASTANA, "KZ", "Asia/Almaty"),
        "Minsk": (MINSK, "BY", "Europe/Minsk"),
    }
    named = {name for _, name, _ in _sample_cities()}
    assert set(expected) <= named
    for name, (city_id, country, zone) in expected.items():
        city = services.cities.resolve(name, country="TM")
        assert city is not None
        assert (city.id, city.country, city.timezone) == (city_id, country, zone), name
        assert services.cities.timezone_for(name, "TM") == zone


def test_resolve_needs_a_whole_name_and_ignores_case_and_diacritics(services: Services) -> None:
    for name in ("turkmenbasy", "TÜRKMENBAŞY", "Красноводск", "Krasnovodsk", "Türkmenbashy"):
        assert services.cities.resolve(name, country="TM").id == TURKMENBASHY  # type: ignore[union-attr]
    assert services.cities.resolve("Ashga") is None
    assert services.cities.resolve("") is None
    assert services.cities.resolve("Atlantis of the Steppe") is None
    assert services.cities.timezone_for("Atlantis of the Steppe", "TM") is None


def test_resolve_prefers_the_country_then_population(services: Services) -> None:
    # Several cities are called Cambridge; without a preference the most populous wins.
    anywhere = services.cities.resolve("Cambridge")
    assert anywhere is not None
    in_us = services.cities.resolve("Cambridge", country="US")
    assert in_us is not None
    assert in_us.country == "US"
    cambridges = [c for c in services.cities.search("Cambridge", limit=50) if c.name == "Cambridge"]
    assert anywhere.population == max(c.population for c in cambridges)
    assert in_us.population == max(c.population for c in cambridges if c.country == "US")


# Cities users add


def test_add_a_city_reference_data_lacks(services: Services) -> None:
    assert services.cities.resolve("Awaza") is None
    city, changes = services.cities.add(
        City(" Awaza ", "tm", 40.0236, 52.9797, local_names=("Аваза", " ", "Avaza", "Аваза"))
    )
    assert city.id
    assert not city.id.startswith("geonames:")
    assert (city.name, city.country, city.local_names) == ("Awaza", "TM", ("Аваза", "Avaza"))
    assert city.population == 0
    assert changes.changes == [Change("city", city.id, Action.CREATED)]
    assert changes.warnings == []
    assert services.cities.get(city.id) == city
    assert services.cities.custom() == [city]
    # Found at once, by its name, a local name, with or without diacritics, first in its country.
    assert services.cities.resolve("awaza", country="TM") == city
    assert services.cities.search("аваза")[0] == city
    assert city in services.cities.search("Ава", country="TM")[:1]
    assert services.cities.search("avaza", country="TM")[0] == city
    assert services.cities.search("Aw", country="TM")[0] == city
    # Its zone: none was given, so the nearest reference city's (Türkmenbaşy's) zone.
    assert services.cities.timezone_for("Awaza", "TM") == "Asia/Ashgabat"


def test_a_custom_city_without_coordinates_or_zone_gets_its_country_zone(services: Services) -> None:
    city, _ = services.cities.add(City("Jañaözen bazary", "KZ"))
    assert not city.has_coordinates
    assert services.cities.zone_of(city) == "Asia/Almaty"
    nowhere, _ = services.cities.add(City("Somewhere"))
    assert services.cities.zone_of(nowhere) is None


def test_a_custom_city_with_coordinates_gets_the_zone_of_the_nearest_reference_city(services: Services) -> None:
    # Western Kazakhstan keeps its own zone; the country's main zone would be Almaty's.
    west, _ = services.cities.add(City("Aktau port", "KZ", latitude=43.6, longitude=51.2))
    assert services.cities.zone_of(west) == "Asia/Aqtau"
    # With no country, the nearest city of the world (Minsk).
    near_minsk, _ = services.cities.add(City("A dacha", latitude=53.95, longitude=27.6))
    assert services.cities.zone_of(near_minsk) == "Europe/Minsk"


def test_custom_cities_rank_with_reference_ones_at_population_zero(services: Services) -> None:
    small, _ = services.cities.add(City("Marsyýa", "TM"))
    found = services.cities.search("Mar", country="TM")
    # In the destination country after the bigger Mary, before every city elsewhere.
    assert _names(found[:2]) == ["Mary", "Marsyýa"]
    elsewhere = services.cities.search("Mar", limit=100)
    assert small.id not in [c.id for c in elsewhere[:20]]


def test_a_custom_city_beats_a_reference_city_of_the_same_name(services: Services) -> None:
    mine, changes = services.cities.add(City("Mary", "TM", 37.60, 61.84, "Asia/Ashgabat"))
    assert [w.field for w in changes.warnings] == ["name"]
    assert "already has Mary" in changes.warnings[0].message
    assert services.cities.resolve("Mary", country="TM") == mine
    assert services.cities.resolve("Mary") == mine
    found = services.cities.search("Mary", country="TM")
    assert [c.id for c in found[:2]] == [mine.id, MARY]


def test_the_preferred_country_still_beats_a_custom_city_elsewhere(services: Services) -> None:
    mine, changes = services.cities.add(City("Mary", "US"))
    assert changes.warnings == []
    assert services.cities.resolve("Mary", country="TM").id == MARY  # type: ignore[union-attr]
    assert services.cities.resolve("Mary", country="US") == mine


@pytest.mark.parametrize(
    ("city", "field", "words"),
    [
        (City(""), "name", "required"),
        (City("   ", "TM"), "name", "required"),
        (City("Awaza", "XX"), "country", "country code"),
        (City("Awaza", "Turkmenistan"), "country", "country code"),
        (City("Awaza", timezone="Asia/Awaza"), "timezone", "time zone"),
        (City("Awaza", latitude=95.0, longitude=52.9), "latitude", "-90..90"),
        (City("Awaza", latitude=40.0, longitude=-200.0), "longitude", "-180..180"),
        (City("Awaza", latitude=40.0), "longitude", "both"),
        (City("Awaza", longitude=52.9), "latitude", "both"),
        (City("Awaza", latitude=math.nan, longitude=52.9), "latitude", "number"),
        (City("A" * 201), "name", "shorten"),
    ],
)
def test_invalid_cities_are_refused_naming_the_field(services: Services, city: City, field: str, words: str) -> None:
    with pytest.raises(ValidationError) as raised:
        services.cities.add(city)
    assert [p.field for p in raised.value.problems] == [field]
    assert words in raised.value.problems[0].message
    assert services.cities.custom() == []


def test_every_problem_is_reported_at_once(services: Services) -> None:
    with pytest.raises(ValidationError) as raised:
        services.cities.add(City("", "XX", 100.0, 200.0, "Nowhere/Town"))
    assert {p.field for p in raised.value.problems} == {"name", "country", "timezone", "latitude", "longitude"}


def test_update_a_custom_city(services: Services) -> None:
    city, _ = services.cities.add(City("Awaza", "TM"))
    moved, changes = services.cities.update(City("Awaza", "TM", 40.02, 52.98, "Asia/Ashgabat", ("Аваза",), id=city.id))
    assert changes.changes == [Change("city", city.id, Action.UPDATED)]
    assert moved.has_coordinates
    assert moved.local_names == ("Аваза",)
    assert services.cities.get(city.id) == moved
    assert services.cities.search("Ава", country="TM")[0] == moved
    with pytest.raises(ValidationError) as raised:
        services.cities.update(City("Awaza", "TM", 40.02, None, id=city.id))
    assert raised.value.field == "longitude"
    assert services.cities.get(city.id) == moved
    with pytest.raises(NotFoundError):
        services.cities.update(City("Awaza", id=new_id()))


def test_delete_a_custom_city_and_restore_it_with_the_same_id(services: Services) -> None:
    city, _ = services.cities.add(City("Awaza", "TM", 40.02, 52.98, local_names=("Аваза",)))
    changes = services.cities.delete(city.id)
    assert changes.changes == [Change("city", city.id, Action.DELETED)]
    assert services.cities.find(city.id) is None
    assert services.cities.resolve("Awaza") is None
    assert services.cities.search("Аваза") == []
    with pytest.raises(NotFoundError):
        services.cities.delete(city.id)
    # Undoing a delete adds the city back as it was.
    restored, changes = services.cities.add(city)
    assert restored == city
    assert changes.ids("city", Action.CREATED) == [city.id]
    assert services.cities.resolve("Awaza") == city


def test_reference_cities_cannot_be_changed_or_deleted(services: Services) -> None:
    mary = services.cities.get(MARY)
    for attempt in (lambda: services.cities.update(mary), lambda: services.cities.delete(MARY)):
        with pytest.raises(ValidationError) as raised:
            attempt()
        assert raised.value.field == "id"
    # Adding a reference city makes a custom copy under a new id, which then wins for its name.
    copy, _ = services.cities.add(mary)
    assert copy.id
    assert copy.id != MARY
    assert not copy.id.startswith("geonames:")
    assert copy.population == 0
    assert services.cities.resolve("Mary", country="TM") == copy
    with pytest.raises(NotFoundError):
        services.cities.get("geonames:0")


def test_custom_lists_by_name_with_paging(services: Services) -> None:
    for name in ("Gökdepe", "Awaza", "Änew bazary", "Büzmeýin"):
        services.cities.add(City(name, "TM"))
    listed = services.cities.custom()
    assert _names(listed) == ["Awaza", "Büzmeýin", "Gökdepe", "Änew bazary"]
    first = services.cities.custom(limit=2)
    assert _names(first + services.cities.custom(after=(first[-1].name, first[-1].id))) == _names(listed)
    assert _names(services.cities.custom("depe")) == ["Gökdepe"]


def test_search_sees_cities_another_window_added_or_removed(services: Services, db_path: Path) -> None:
    assert services.cities.resolve("Awaza") is None
    other = open_services(db_path, make_backups=False)
    try:
        city, _ = other.cities.add(City("Awaza", "TM"))
        assert services.cities.resolve("Awaza") == city
        other.cities.delete(city.id)
        assert services.cities.resolve("Awaza") is None
    finally:
        other.close()
