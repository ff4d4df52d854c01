"""Feasibility checks of a mission over the stored itinerary: cities resolved, holidays looked up."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import TYPE_CHECKING

from missionplanner.domain.checks import CheckContext, Finding, Severity, check_mission
from missionplanner.domain.enums import MissionStatus
from missionplanner.domain.errors import MissionPlannerError
from missionplanner.domain.geo import City
from missionplanner.domain.models import Item, Mission, MissionSummary, Participant
from missionplanner.domain.progress import NO_PROGRESS, Progress
from missionplanner.domain.snapshot import MissionSnapshot
from missionplanner.domain.translation import current_language_code, translate
from missionplanner.services.cities import CityService
from missionplanner.services.preferences import PreferencesService
from missionplanner.storage.repositories.missions import MissionFilter
from missionplanner.storage.store import Store

if TYPE_CHECKING:
    from holidays import HolidayBase


class UncheckableMissionError(MissionPlannerError):
    """A mission's stored dates or times cannot be checked (at the ends of the calendar, or edited by hand)."""


@dataclass(frozen=True)
class MissionFindings:
    """How one mission fared in a check of many: its counts and the first thing to fix."""

    mission: MissionSummary
    errors: int
    warnings: int
    notes: int
    first: str  # the first error's message, else the first warning's

    def to_json(self) -> dict[str, object]:
        return {
            "mission_id": self.mission.id,
            "title": self.mission.title,
            "start_date": self.mission.start_date.isoformat(),
            "end_date": self.mission.end_date.isoformat(),
            "errors": self.errors,
            "warnings": self.warnings,
            "notes": self.notes,
            "first": self.first,
        }


@lru_cache(maxsize=64)
def _calendar(country: str, year: int, language: str | None = None) -> HolidayBase | None:
    """The country's holidays that year, named in `language` where the holidays package has it (else English)."""
    # Imported on first use: the package takes ~0.2 s to load, which start-up should not pay.
    import holidays

    try:
        calendar = holidays.country_holidays(country, years=year)
    except NotImplementedError:  # a country the holidays package does not cover
        return None
    if language and language in (getattr(calendar, "supported_languages", None) or ()):
        return holidays.country_holidays(country, years=year, language=language)
    return calendar


def _holiday_language() -> str | None:
    """The language to name holidays in: None for the package's English names."""
    code = current_language_code()
    return None if code == "en" else code


def public_holiday(country: str | None, day: date) -> str | None:
    """The name of a public holiday in `country` on `day`, if any, in the current language where known."""
    calendar = _calendar(country.upper(), day.year, _holiday_language()) if country else None
    return calendar.get(day) if calendar is not None else None


def is_weekend(country: str | None, day: date) -> bool:
    """Whether `day` is a weekend day where the delegation is (Saturday and Sunday when unknown)."""
    calendar = _calendar(country.upper(), day.year, _holiday_language()) if country else None
    weekend = getattr(calendar, "weekend", None) or {5, 6}
    return day.weekday() in weekend


class CheckService:
    """Runs the conflict and feasibility rules of the domain on one mission."""

    def __init__(self, store: Store, cities: CityService, preferences: PreferencesService) -> None:
        self.store = store
        self.cities = cities
        self.preferences = preferences

    def context(self, mission_id: str) -> CheckContext:
        store = self.store
        items = store.items.for_mission(mission_id)
        participants = store.participants.for_mission(mission_id)
        contact_ids = {p.contact_id for p in participants} | {c for i in items for c in i.host_contact_ids}
        organization_ids = {o for i in items for o in i.host_organization_ids}
        return self._context(
            store.missions.get(mission_id),
            items,
            participants,
            {c.id: c.name for c in store.contacts.get_many(sorted(contact_ids))},
            {o.id: o.name for o in store.organizations.get_many(sorted(organization_ids))},
        )

    def snapshot_context(self, snapshot: MissionSnapshot) -> CheckContext:
        """The context of a mission not written yet (a planned copy): everything it names is in it."""
        return self._context(
            snapshot.mission,
            sorted(snapshot.items, key=lambda i: (i.start_utc, i.end_utc, i.id)),
            list(snapshot.participants),
            {c.id: c.name for c in snapshot.contacts},
            {o.id: o.name for o in snapshot.organizations},
        )

    def _context(
        self,
        mission: Mission,
        items: list[Item],
        participants: list[Participant],
        contacts: dict[str, str],
        organizations: dict[str, str],
    ) -> CheckContext:
        names = dict(organizations)
        names.update(contacts)
        # A participant whose contact is gone still needs a name in the messages.
        unnamed = translate("Checks", "a participant")
        names.update({p.id: contacts.get(p.contact_id, unnamed) for p in participants})
        country = mission.destination_country
        resolved: dict[str, City | None] = {}

        def city(name: str) -> City | None:
            key = name.strip().casefold()
            if key not in resolved:
                resolved[key] = self.cities.resolve(name, country=country) if key else None
            return resolved[key]

        return CheckContext(
            mission=mission,
            items=items,
            participants=participants,
            names=names,
            city=city,
            holiday=lambda day: public_holiday(country, day),
            is_weekend=lambda day: is_weekend(country, day),
            settings=self.preferences.planning(),
        )

    def check(self, mission_id: str) -> list[Finding]:
        """The mission's findings; UncheckableMissionError saying what to correct when it cannot be checked."""
        try:
            return check_mission(self.context(mission_id))
        except (OverflowError, ValueError) as error:
            # Days an older version stored at the ends of the calendar, or a date edited by hand.
            message = translate(
                "Checks", "This mission could not be checked ({error}); open it and correct its dates and times."
            )
            raise UncheckableMissionError(message.format(error=error)) from error

    def check_snapshot(self, snapshot: MissionSnapshot) -> list[Finding]:
        """The findings a mission would have once written (no need to read it back)."""
        return check_mission(self.snapshot_context(snapshot))

    def missions_to_check(self, *, ending_from: date | None = None) -> list[MissionSummary]:
        """Missions (not templates, not cancelled), those ending on or after `ending_from` if given."""
        return [
            m
            for m in self.store.missions.summaries(MissionFilter())
            if m.status != MissionStatus.CANCELLED and (ending_from is None or m.end_date >= ending_from)
        ]

    def check_missions(self, missions: list[MissionSummary], progress: Progress = NO_PROGRESS) -> list[MissionFindings]:
        """Check each mission in turn; those with errors or warnings, the most errors first.

        Long over an archive (10,000 missions take a minute or more): it reports every mission done,
        and stops with CancelledError between two missions once cancelled.
        """
        progress.begin(len(missions), translate("Checks", "Checking the missions…"))
        found: list[MissionFindings] = []
        for mission in missions:
            try:
                findings = self.check(mission.id)
            except UncheckableMissionError as error:
                # One such mission must not stop the check of all the others (a broken installation still does).
                found.append(MissionFindings(mission, 1, 0, 0, error.message))
                progress.advance()
                continue
            errors = [f for f in findings if f.severity == Severity.ERROR]
            warnings = [f for f in findings if f.severity == Severity.WARNING]
            if errors or warnings:
                first = (errors or warnings)[0].message
                notes = len(findings) - len(errors) - len(warnings)
                found.append(MissionFindings(mission, len(errors), len(warnings), notes, first))
            progress.advance()
        found.sort(key=lambda f: (-f.errors, -f.warnings, f.mission.start_date, f.mission.title))
        return found
