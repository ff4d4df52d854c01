"""Planning preferences kept in the database: travel speeds, overheads, transfer time, longest day."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from missionplanner.domain.checks import CheckSettings
from missionplanner.domain.enums import TravelMode
from missionplanner.domain.errors import Problem, ValidationError
from missionplanner.domain.translation import translate
from missionplanner.domain.travel import TravelSettings
from missionplanner.services.changes import ChangeSet
from missionplanner.storage.store import Store

KEY = "planning"


def to_json(settings: CheckSettings) -> dict[str, Any]:
    travel = settings.travel
    return {
        "speeds_kmh": {mode.value: speed for mode, speed in travel.speeds_kmh.items()},
        "overhead_minutes": {mode.value: o.total_seconds() / 60 for mode, o in travel.overheads.items()},
        "road_factor": travel.road_factor,
        "same_city_transfer_minutes": travel.same_city_transfer.total_seconds() / 60,
        "flight_threshold_km": travel.flight_threshold_km,
        "max_day_hours": settings.max_day.total_seconds() / 3600,
    }


def from_json(data: Any) -> CheckSettings:
    """Settings from stored JSON; anything missing or unreadable falls back to the default."""
    if not isinstance(data, dict):
        return CheckSettings()
    defaults = CheckSettings()
    try:
        travel = TravelSettings(
            speeds_kmh={TravelMode(k): float(v) for k, v in dict(data.get("speeds_kmh", {})).items()},
            overheads={
                TravelMode(k): timedelta(minutes=float(v)) for k, v in dict(data.get("overhead_minutes", {})).items()
            },
            road_factor=float(data.get("road_factor", defaults.travel.road_factor)),
            same_city_transfer=timedelta(
                minutes=float(data.get("same_city_transfer_minutes", defaults.travel.same_city_transfer.seconds / 60))
            ),
            flight_threshold_km=float(data.get("flight_threshold_km", defaults.travel.flight_threshold_km)),
        )
        max_day = timedelta(hours=float(data.get("max_day_hours", defaults.max_day.total_seconds() / 3600)))
    except (TypeError, ValueError):
        return defaults
    return CheckSettings(max_day=max_day, travel=travel)


def settings_problems(settings: CheckSettings) -> list[Problem]:
    problems = []
    if not timedelta(hours=1) <= settings.max_day <= timedelta(hours=24):
        problems.append(Problem("max_day", translate("Services", "The longest day must be between 1 and 24 hours.")))
    if not timedelta(0) <= settings.travel.same_city_transfer <= timedelta(hours=6):
        message = translate("Services", "The transfer time must be between 0 and 6 hours.")
        problems.append(Problem("same_city_transfer", message))
    return problems


class PreferencesService:
    """Reads and writes the planning preferences of this database."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def planning(self) -> CheckSettings:
        return from_json(self.store.settings.get(KEY))

    def set_planning(self, settings: CheckSettings) -> ChangeSet:
        problems = settings_problems(settings)
        if problems:
            raise ValidationError(problems)
        with self.store.atomic():
            self.store.settings.set(KEY, to_json(settings))
        return ChangeSet().updated("settings", KEY)
