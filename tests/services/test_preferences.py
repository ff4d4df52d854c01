"""Planning preferences live in the database, so the GUI and the CLI check with the same numbers."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest

from missionplanner.domain.checks import RULE_LONG_DAY, CheckSettings
from missionplanner.domain.enums import TravelMode
from missionplanner.domain.errors import ValidationError
from missionplanner.domain.travel import TravelSettings
from missionplanner.services.app import Services, open_services
from missionplanner.services.preferences import from_json, to_json
from tests.conftest import KAZAKHSTAN_MISSION_ID


def test_defaults_when_nothing_is_stored(services: Services) -> None:
    assert services.preferences.planning() == CheckSettings()


def test_round_trip_and_persistence(services: Services) -> None:
    custom = CheckSettings(
        max_day=timedelta(hours=10),
        travel=TravelSettings(
            speeds_kmh={TravelMode.CAR: 55.0},
            overheads={TravelMode.FLIGHT: timedelta(minutes=150)},
            same_city_transfer=timedelta(minutes=45),
        ),
    )
    assert from_json(to_json(custom)) == custom
    changes = services.preferences.set_planning(custom)
    assert changes.ids("settings") == ["planning"]
    path = services.path
    services.close()
    reopened = open_services(path)
    assert reopened.preferences.planning() == custom
    reopened.close()


def test_invalid_preferences_are_refused_naming_the_field(services: Services) -> None:
    with pytest.raises(ValidationError) as error:
        services.preferences.set_planning(replace(CheckSettings(), max_day=timedelta(hours=30)))
    assert error.value.field == "max_day"
    assert services.preferences.planning() == CheckSettings()


def test_unreadable_stored_values_fall_back_to_defaults() -> None:
    assert from_json({"speeds_kmh": {"car": "fast"}}) == CheckSettings()
    assert from_json("nonsense") == CheckSettings()


def test_checks_use_the_stored_longest_day(sample_services: Services) -> None:
    def long_days() -> int:
        return sum(f.rule == RULE_LONG_DAY for f in sample_services.checks.check(KAZAKHSTAN_MISSION_ID))

    assert long_days() == 2
    sample_services.preferences.set_planning(replace(CheckSettings(), max_day=timedelta(hours=8)))
    assert long_days() == 4
