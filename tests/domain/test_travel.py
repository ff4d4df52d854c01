"""Travel estimates: great-circle distances, speeds, overheads, assumed modes."""

from __future__ import annotations

from datetime import timedelta

import pytest

from missionplanner.domain.enums import TravelMode
from missionplanner.domain.geo import City, distance_km
from missionplanner.domain.travel import TravelSettings, assumed_mode, estimate_travel

ASHGABAT = City("Ashgabat", "TM", 37.95, 58.38, "Asia/Ashgabat", id="geonames:162183")
MARY = City("Mary", "TM", 37.60, 61.83, "Asia/Ashgabat", id="geonames:1218667")
MINSK = City("Minsk", "BY", 53.90, 27.57, "Europe/Minsk", id="geonames:625144")
NOWHERE = City("Gökdepe", "TM")  # a user's city without coordinates

SETTINGS = TravelSettings.default()


def test_distances_match_the_map() -> None:
    assert distance_km(ASHGABAT, MARY) == pytest.approx(300, rel=0.05)
    assert distance_km(MINSK, ASHGABAT) == pytest.approx(2900, rel=0.05)
    assert distance_km(MARY, ASHGABAT) == pytest.approx(distance_km(ASHGABAT, MARY))
    assert distance_km(ASHGABAT, NOWHERE) is None


def test_defaults() -> None:
    assert TravelSettings() == SETTINGS
    assert SETTINGS.speeds_kmh[TravelMode.FLIGHT] == 750
    assert SETTINGS.speeds_kmh[TravelMode.TRAIN] == 80
    assert SETTINGS.speeds_kmh[TravelMode.CAR] == 70
    assert SETTINGS.speeds_kmh[TravelMode.BUS] == 60
    assert SETTINGS.speeds_kmh[TravelMode.SHIP] == 30
    assert SETTINGS.overheads[TravelMode.FLIGHT] == timedelta(hours=2)
    assert SETTINGS.overheads[TravelMode.TRAIN] == timedelta(minutes=30)
    assert SETTINGS.overheads[TravelMode.CAR] == timedelta(minutes=10)
    assert SETTINGS.overheads[TravelMode.BUS] == timedelta(minutes=20)
    assert SETTINGS.overheads[TravelMode.SHIP] == timedelta(hours=1)
    assert SETTINGS.road_factor == 1.3
    assert SETTINGS.same_city_transfer == timedelta(minutes=30)
    assert SETTINGS.flight_threshold_km == 400


def test_settings_are_immutable_and_hashable() -> None:
    with pytest.raises(TypeError):
        SETTINGS.speeds_kmh[TravelMode.CAR] = 100  # type: ignore[index]
    assert hash(SETTINGS) == hash(TravelSettings.default())
    faster = TravelSettings(speeds_kmh={TravelMode.CAR: 90})
    assert faster != SETTINGS
    assert hash(faster) != hash(SETTINGS)
    # Modes not named keep their defaults.
    assert faster.speeds_kmh[TravelMode.FLIGHT] == 750
    assert faster.overheads == SETTINGS.overheads
    assert {SETTINGS: "cached"}[TravelSettings()] == "cached"


def test_settings_refuse_nonsense() -> None:
    with pytest.raises(ValueError, match="speed"):
        TravelSettings(speeds_kmh={TravelMode.BUS: 0})
    with pytest.raises(ValueError, match="overhead"):
        TravelSettings(overheads={TravelMode.BUS: timedelta(minutes=-5)})


@pytest.mark.parametrize(
    ("mode", "factor"),
    [
        (TravelMode.FLIGHT, 1.0),
        (TravelMode.TRAIN, 1.3),
        (TravelMode.CAR, 1.3),
        (TravelMode.BUS, 1.3),
        (TravelMode.SHIP, 1.0),
    ],
)
def test_estimate_per_mode_is_route_over_speed_plus_overhead(mode: TravelMode, factor: float) -> None:
    km = distance_km(ASHGABAT, MARY)
    assert km is not None
    expected = timedelta(minutes=round(km * factor / SETTINGS.speeds_kmh[mode] * 60)) + SETTINGS.overheads[mode]
    assert estimate_travel(ASHGABAT, MARY, mode, SETTINGS) == expected


def test_estimates_in_plain_numbers() -> None:
    # About 306 km: a 24-minute flight plus two hours at airports; almost 6 hours by road.
    assert estimate_travel(ASHGABAT, MARY, TravelMode.FLIGHT, SETTINGS) == timedelta(hours=2, minutes=24)
    by_car = estimate_travel(ASHGABAT, MARY, TravelMode.CAR, SETTINGS)
    assert by_car is not None
    assert timedelta(hours=5, minutes=30) < by_car < timedelta(hours=6, minutes=15)
    to_minsk = estimate_travel(ASHGABAT, MINSK, TravelMode.FLIGHT, SETTINGS)
    assert to_minsk is not None
    assert timedelta(hours=5, minutes=45) < to_minsk < timedelta(hours=6, minutes=15)


def test_overheads_count() -> None:
    slow_airports = TravelSettings(overheads={TravelMode.FLIGHT: timedelta(hours=3)})
    usual = estimate_travel(ASHGABAT, MINSK, TravelMode.FLIGHT, SETTINGS)
    slow = estimate_travel(ASHGABAT, MINSK, TravelMode.FLIGHT, slow_airports)
    assert usual is not None
    assert slow == usual + timedelta(hours=1)


def test_same_city_is_a_transfer() -> None:
    assert estimate_travel(ASHGABAT, ASHGABAT, None, SETTINGS) == timedelta(minutes=30)
    assert estimate_travel(ASHGABAT, ASHGABAT, TravelMode.FLIGHT, SETTINGS) == timedelta(minutes=30)
    # The same place, once from reference data and once typed without an id or coordinates.
    typed = City("ashgabat ", "TM")
    assert estimate_travel(typed, ASHGABAT, None, SETTINGS) == timedelta(minutes=30)
    assert estimate_travel(NOWHERE, NOWHERE, None, SETTINGS) == timedelta(minutes=30)
    patient = TravelSettings(same_city_transfer=timedelta(minutes=45))
    assert estimate_travel(MARY, MARY, None, patient) == timedelta(minutes=45)
    # Same name, different countries: not the same place.
    assert estimate_travel(City("Mary", "TM"), City("Mary", "US"), None, SETTINGS) is None


def test_unknown_cities_or_coordinates_give_no_estimate() -> None:
    assert estimate_travel(None, MARY, None, SETTINGS) is None
    assert estimate_travel(ASHGABAT, None, TravelMode.CAR, SETTINGS) is None
    assert estimate_travel(None, None, None, SETTINGS) is None
    assert estimate_travel(ASHGABAT, NOWHERE, None, SETTINGS) is None
    assert estimate_travel(NOWHERE, MINSK, TravelMode.FLIGHT, SETTINGS) is None


def test_assumed_mode_threshold() -> None:
    assert assumed_mode(0, SETTINGS) == TravelMode.CAR
    assert assumed_mode(399.9, SETTINGS) == TravelMode.CAR
    assert assumed_mode(400, SETTINGS) == TravelMode.FLIGHT
    assert assumed_mode(2900, SETTINGS) == TravelMode.FLIGHT
    assert assumed_mode(300, TravelSettings(flight_threshold_km=250)) == TravelMode.FLIGHT


def test_no_mode_assumes_one_from_the_distance() -> None:
    # Ashgabat – Mary is under 400 km: by road. Minsk is far: by air.
    assert estimate_travel(ASHGABAT, MARY, None, SETTINGS) == estimate_travel(ASHGABAT, MARY, TravelMode.CAR, SETTINGS)
    assert estimate_travel(MINSK, ASHGABAT, None, SETTINGS) == estimate_travel(
        MINSK, ASHGABAT, TravelMode.FLIGHT, SETTINGS
    )
