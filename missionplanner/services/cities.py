"""Cities: type-ahead search and name resolution over reference data (geonames) plus cities users added."""

from __future__ import annotations

import threading
from dataclasses import replace

from missionplanner.domain.cities import CityIndex, city_problems, clean_city, normalise, rank_cities
from missionplanner.domain.errors import Problem, ValidationError
from missionplanner.domain.geo import City, distance_km
from missionplanner.domain.models import new_id
from missionplanner.domain.reference import country_name, main_timezone
from missionplanner.domain.translation import translate
from missionplanner.services import city_reference
from missionplanner.services.base import EntityService
from missionplanner.services.changes import ChangeSet
from missionplanner.services.city_reference import REFERENCE_PREFIX, ReferenceCities
from missionplanner.storage.store import Store

__all__ = ["REFERENCE_PREFIX", "CityService", "is_reference_id"]


def is_reference_id(city_id: str | None) -> bool:
    """True for the ids of reference cities ("geonames:<geonameid>"), which are not stored and cannot change."""
    return bool(city_id) and str(city_id).startswith(REFERENCE_PREFIX)


_LOADING = threading.Lock()
_loaded: list[ReferenceCities] = []  # the reference cities, once loaded


def _reference() -> ReferenceCities:
    if not _loaded:
        # Loaded once even when the warm-up and a first check ask at the same moment: two loads side by side
        # would double the ~55 MB the load briefly needs.
        with _LOADING:
            if not _loaded:
                _loaded.append(city_reference.load())
    return _loaded[0]


def forget_reference() -> None:
    """Drop the loaded reference cities (tests that swap the bundled file)."""
    with _LOADING:
        _loaded.clear()


def reference_loaded() -> bool:
    return bool(_loaded)


def _custom_index(cities: list[City]) -> CityIndex:
    return CityIndex(
        [c.name for c in cities],
        countries=[c.country for c in cities],
        populations=[0] * len(cities),
        make=cities.__getitem__,
        alternates=[name for c in cities for name in c.local_names],
        alternate_owners=[number for number, c in enumerate(cities) for _ in c.local_names],
        custom=True,
    )


class CityService(EntityService[City]):
    """Finding cities by name, and the cities users add when reference data lacks one."""

    entity = "city"

    def __init__(self, store: Store) -> None:
        super().__init__(store, store.cities, city_problems)
        self._custom: tuple[object, CityIndex] | None = None

    # Finding cities

    @staticmethod
    def prepare() -> None:
        """Load the reference cities now (a fraction of a second, once per process) so that the first
        search is as quick as the rest; searching loads them anyway when needed."""
        _reference()

    def _indexes(self) -> list[CityIndex]:
        revision = self.store.cities.revision()
        if self._custom is None or self._custom[0] != revision:
            self._custom = (revision, _custom_index(self.store.cities.all()))
        return [_reference().index, self._custom[1]]

    def search(self, text: str, *, country: str | None = None, limit: int = 20) -> list[City]:
        """Cities with a name, alternate or local name starting with `text` (case and diacritics ignored).

        Exact names first, then cities in `country` (the mission's destination), then the most populous;
        cities users added count as population 0 but come first among exact names of their country tier.
        """
        return rank_cities(self._indexes(), text, country=country, limit=limit)

    def resolve(self, name: str, *, country: str | None = None) -> City | None:
        """The city a free-text name means: an exact (normalised) name or alternate name, preferring
        `country`, then a city users added, then the most populous. None when nothing has that name."""
        found = rank_cities(self._indexes(), name, country=country, limit=1, exact_only=True)
        return found[0] if found else None

    def timezone_for(self, name: str, country: str | None = None) -> str | None:
        """The IANA zone of the city `name` means (see `resolve`), or None if no city has that name."""
        city = self.resolve(name, country=country)
        return self.zone_of(city) if city is not None else None

    def zone_of(self, city: City) -> str | None:
        """The city's zone; for a city added without one, the zone of the nearest reference city of its
        country (or of the world) when it has coordinates, else its country's main zone."""
        if city.timezone:
            return city.timezone
        if city.has_coordinates:
            best: tuple[float, str] | None = None
            for _, latitude, longitude, zone in _reference().located(city.country):
                distance = distance_km(city, City("", latitude=latitude, longitude=longitude))
                if distance is not None and (best is None or distance < best[0]):
                    best = (distance, zone)
            if best is not None:
                return best[1]
        return main_timezone(city.country)

    def find(self, record_id: str) -> City | None:
        """A reference city ("geonames:<id>") or a city users added, by id."""
        if is_reference_id(record_id):
            reference = _reference()
            number = reference.numbers.get(record_id[len(REFERENCE_PREFIX) :])
            return reference.city(number) if number is not None else None
        return super().find(record_id)

    def get(self, record_id: str) -> City:
        city = self.find(record_id)
        if city is None:
            return super().get(record_id)  # raises NotFoundError
        return city

    def get_many(self, ids: list[str]) -> list[City]:
        found = {city.id: city for city in self.store.cities.get_many([i for i in ids if not is_reference_id(i)])}
        result = []
        for record_id in dict.fromkeys(ids):
            city = self.find(record_id) if is_reference_id(record_id) else found.get(record_id)
            if city is not None:
                result.append(city)
        return result

    # Cities users added

    def custom(self, text: str = "", *, limit: int = 200, after: tuple[str, str] | None = None) -> list[City]:
        """The cities users added, by name; `text` filters on name and local names (contains)."""
        return self.store.cities.list(text, limit=limit, after=after)

    def warnings(self, record: City) -> list[Problem]:
        if not record.country:
            return []
        key = normalise(record.name)
        for city in rank_cities([_reference().index], record.name, country=record.country, exact_only=True):
            if city.country == record.country and normalise(city.name) == key:
                message = translate(
                    "Services",
                    "Reference data already has {city} in {country}; "
                    "this city will be used instead of it wherever that name is given.",
                )
                return [Problem("name", message.format(city=city.name, country=country_name(city.country)))]
        return []

    def add(self, city: City) -> tuple[City, ChangeSet]:
        """Store a city reference data lacks; an id is assigned unless it carries one (as an undo does)."""
        if not city.id or is_reference_id(city.id):
            city = replace(city, id=new_id(), population=0)
        return super().create(clean_city(city))

    def create(self, record: City) -> tuple[City, ChangeSet]:
        return self.add(record)

    def update(self, record: City) -> tuple[City, ChangeSet]:
        self._refuse_reference(record.id)
        return super().update(clean_city(record))

    def delete(self, record_id: str) -> ChangeSet:
        self._refuse_reference(record_id)
        return super().delete(record_id)

    @staticmethod
    def _refuse_reference(record_id: str | None) -> None:
        if is_reference_id(record_id):
            message = translate(
                "Services", "Cities from reference data cannot be changed or deleted; add a city of your own instead."
            )
            raise ValidationError.single("id", message)
