"""Places: a city with optional coordinates and zone, and great-circle distances between cities."""

from __future__ import annotations

import math
from dataclasses import dataclass

EARTH_RADIUS_KM = 6371.0088


@dataclass(frozen=True)
class City:
    """A city from reference data (geonames) or added by a user; coordinates may be unknown."""

    name: str
    country: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    timezone: str | None = None
    local_names: tuple[str, ...] = ()
    # "geonames:<id>" for reference cities, the record id for cities users added.
    id: str | None = None
    population: int = 0

    @property
    def has_coordinates(self) -> bool:
        return self.latitude is not None and self.longitude is not None


def distance_km(a: City, b: City) -> float | None:
    """Great-circle (haversine) distance, or None when either city has no coordinates."""
    if not (a.has_coordinates and b.has_coordinates):
        return None
    lat1, lon1, lat2, lon2 = map(math.radians, (a.latitude, a.longitude, b.latitude, b.longitude))  # type: ignore[arg-type]
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(h)))
