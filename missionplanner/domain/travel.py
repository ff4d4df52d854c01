"""Rough door-to-door travel times between cities: distance, an assumed mode, speeds and fixed overheads."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import timedelta
from types import MappingProxyType

from missionplanner.domain.enums import TravelMode
from missionplanner.domain.geo import City, distance_km

DEFAULT_SPEEDS_KMH: Mapping[TravelMode, float] = MappingProxyType(
    {
        TravelMode.FLIGHT: 750.0,
        TravelMode.TRAIN: 80.0,
        TravelMode.CAR: 70.0,
        TravelMode.BUS: 60.0,
        TravelMode.SHIP: 30.0,
    }
)
DEFAULT_OVERHEADS: Mapping[TravelMode, timedelta] = MappingProxyType(
    {
        # Getting to the airport, check-in, boarding, and leaving the airport at the other end.
        TravelMode.FLIGHT: timedelta(hours=2),
        TravelMode.TRAIN: timedelta(minutes=30),
        TravelMode.CAR: timedelta(minutes=10),
        TravelMode.BUS: timedelta(minutes=20),
        TravelMode.SHIP: timedelta(hours=1),
    }
)
# Modes whose routes follow roads or rails, longer than the great circle by `road_factor`.
GROUND_MODES = frozenset({TravelMode.CAR, TravelMode.BUS, TravelMode.TRAIN})


@dataclass(frozen=True)
class TravelSettings:
    """Speeds, fixed overheads and transfer times used to estimate travel.

    `speeds_kmh` and `overheads` may name only some modes: the others keep their defaults. Both are
    stored as read-only mappings and the settings hash by value, so they can key a cache.
    """

    speeds_kmh: Mapping[TravelMode, float] = field(default_factory=lambda: DEFAULT_SPEEDS_KMH)
    overheads: Mapping[TravelMode, timedelta] = field(default_factory=lambda: DEFAULT_OVERHEADS)
    road_factor: float = 1.3
    same_city_transfer: timedelta = timedelta(minutes=30)
    flight_threshold_km: float = 400.0

    def __post_init__(self) -> None:
        speeds = {**DEFAULT_SPEEDS_KMH, **{TravelMode(k): float(v) for k, v in self.speeds_kmh.items()}}
        overheads = {**DEFAULT_OVERHEADS, **{TravelMode(k): v for k, v in self.overheads.items()}}
        if any(not speed > 0 for speed in speeds.values()):
            raise ValueError("Every travel speed must be a positive number of km/h.")
        if any(overhead < timedelta(0) for overhead in overheads.values()):
            raise ValueError("A travel overhead cannot be negative.")
        if self.road_factor < 1:
            raise ValueError("The road factor cannot be below 1: a route is never shorter than the great circle.")
        object.__setattr__(self, "speeds_kmh", MappingProxyType(speeds))
        object.__setattr__(self, "overheads", MappingProxyType(overheads))

    def __hash__(self) -> int:
        return hash(
            (
                frozenset(self.speeds_kmh.items()),
                frozenset(self.overheads.items()),
                self.road_factor,
                self.same_city_transfer,
                self.flight_threshold_km,
            )
        )

    @classmethod
    def default(cls) -> TravelSettings:
        return cls()


def assumed_mode(distance_km: float, settings: TravelSettings) -> TravelMode:
    """The mode assumed when no leg is planned: by car below the flight threshold, by air from it on."""
    return TravelMode.CAR if distance_km < settings.flight_threshold_km else TravelMode.FLIGHT


def same_city(a: City, b: City) -> bool:
    """Whether two records are the same place: the same reference id, else the same name (and country)."""
    if a.id and b.id:
        return a.id == b.id
    if a.country and b.country and a.country.upper() != b.country.upper():
        return False
    return a.name.strip().casefold() == b.name.strip().casefold()


def estimate_travel(
    origin: City | None, destination: City | None, mode: TravelMode | None, settings: TravelSettings
) -> timedelta | None:
    """Door-to-door time from `origin` to `destination`, to the minute.

    None when a city or its coordinates are unknown; the same city gives `settings.same_city_transfer`;
    with no `mode`, the mode is assumed from the distance (see `assumed_mode`).
    """
    if origin is None or destination is None:
        return None
    if same_city(origin, destination):
        return settings.same_city_transfer
    distance = distance_km(origin, destination)
    if distance is None:
        return None
    if mode is None:
        mode = assumed_mode(distance, settings)
    route_km = distance * settings.road_factor if mode in GROUND_MODES else distance
    minutes = round(route_km / settings.speeds_kmh[mode] * 60)
    return timedelta(minutes=minutes) + settings.overheads[mode]
