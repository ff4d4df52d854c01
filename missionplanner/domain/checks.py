"""Conflict and feasibility checks over a mission's itinerary: pure rules, no I/O, no Qt, no SQL.

Every item's start and end become UTC instants (POSIX seconds) once; the rules then work on the
items sorted by start. Intervals are half-open: an item ending at 10:00 and one starting at 10:00 do
not overlap, and an item of no length overlaps nothing.

Which items the rules look at:
- cancelled items only by end_before_start;
- items that end before they start only by end_before_start and outside_mission;
- accommodation items (hotel stays span whole nights and days, so they would clash with everything)
  only by end_before_start and outside_mission.

Overlap rules (double_booking, travel_overlap, host_double_booking, host_venue_clash) sweep each
person's (contact's, organization's) items in start order. A running maximum of end times splits a
sequence into clusters; only items that start before everything earlier has ended need Python work,
so a sweep costs O(n) mostly in C plus O(items in clusters + pairs found). Participants with the
same items (everyone, when items are for the whole delegation) share one sweep.

Sequencing rules (missing_travel, travel_time) look at consecutive items of each traveller: where the
first leaves the traveller (its city, or a travel leg's arrival city) against where the second needs
them (its city, or a leg's departure city). Each distinct pair of consecutive items is judged once.
Around a booked travel leg, half of its mode's overhead is expected on each side (getting to the
airport or station and checking in before, leaving it after); between two legs, the booked
connection is trusted.
"""

from __future__ import annotations

import math
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from enum import StrEnum
from functools import cache, lru_cache
from itertools import accumulate, compress, repeat
from operator import add, attrgetter, lt, mul, ne, or_, sub
from zoneinfo import ZoneInfo

from missionplanner.domain.calendar_names import short_day_month, weekday_name
from missionplanner.domain.enums import ItemKind, ItemStatus, TravelMode
from missionplanner.domain.geo import City
from missionplanner.domain.models import Item, Mission, Participant
from missionplanner.domain.translation import QT_TRANSLATE_NOOP, translate
from missionplanner.domain.travel import TravelSettings, estimate_travel


class Severity(StrEnum):
    """How bad a finding is; the members are in order, the worst first."""

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        return _SEVERITY_RANK[self]


_SEVERITY_RANK = {severity: rank for rank, severity in enumerate(Severity)}

RULE_DOUBLE_BOOKING = "double_booking"
RULE_HOST_DOUBLE_BOOKING = "host_double_booking"
RULE_END_BEFORE_START = "end_before_start"
RULE_MISSING_TRAVEL = "missing_travel"
RULE_TRAVEL_TIME = "travel_time"
RULE_TRAVEL_OVERLAP = "travel_overlap"
RULE_OUTSIDE_MISSION = "outside_mission"
RULE_HOLIDAY = "holiday"
RULE_WEEKEND = "weekend"
RULE_LONG_DAY = "long_day"
RULE_HOST_VENUE_CLASH = "host_venue_clash"

RULE_SEVERITY: Mapping[str, Severity] = {
    RULE_DOUBLE_BOOKING: Severity.ERROR,
    RULE_HOST_DOUBLE_BOOKING: Severity.ERROR,
    RULE_END_BEFORE_START: Severity.ERROR,
    RULE_TRAVEL_OVERLAP: Severity.ERROR,
    RULE_MISSING_TRAVEL: Severity.WARNING,
    RULE_TRAVEL_TIME: Severity.WARNING,
    RULE_OUTSIDE_MISSION: Severity.WARNING,
    RULE_HOST_VENUE_CLASH: Severity.WARNING,
    RULE_HOLIDAY: Severity.INFO,
    RULE_WEEKEND: Severity.INFO,
    RULE_LONG_DAY: Severity.INFO,
}
ALL_RULES: tuple[str, ...] = tuple(RULE_SEVERITY)
_RULE_RANK = {rule: rank for rank, rule in enumerate(ALL_RULES)}


@dataclass(frozen=True, slots=True)
class Finding:
    """One problem (or note) about the itinerary, naming the items and people involved."""

    severity: Severity
    rule: str
    message: str
    item_ids: tuple[str, ...]
    participant_ids: tuple[str, ...] = ()
    contact_ids: tuple[str, ...] = ()
    organization_ids: tuple[str, ...] = ()

    def to_json(self) -> dict:
        return {
            "severity": self.severity.value,
            "rule": self.rule,
            "message": self.message,
            "item_ids": list(self.item_ids),
            "participant_ids": list(self.participant_ids),
            "contact_ids": list(self.contact_ids),
            "organization_ids": list(self.organization_ids),
        }


@dataclass(frozen=True)
class CheckSettings:
    max_day: timedelta = timedelta(hours=12)
    travel: TravelSettings = field(default_factory=TravelSettings.default)


def _no_city(name: str) -> City | None:
    return None


def _no_holiday(day: date) -> str | None:
    return None


def _not_weekend(day: date) -> bool:
    return False


@dataclass(frozen=True)
class CheckContext:
    """Everything the rules need, with reference lookups injected so the domain stays pure."""

    mission: Mission
    items: Sequence[Item]
    participants: Sequence[Participant]
    # Display names by id: participant id -> the person's name, contact id -> name, organization id -> name.
    names: Mapping[str, str]
    # Resolve a city name (case-insensitive) to a City.
    city: Callable[[str], City | None] = _no_city
    # The name of a public holiday on that date in the destination country.
    holiday: Callable[[date], str | None] = _no_holiday
    is_weekend: Callable[[date], bool] = _not_weekend
    settings: CheckSettings = CheckSettings()


def check_mission(context: CheckContext) -> list[Finding]:
    """All findings, errors first, then by the time of their first item."""
    return _Run(context).findings()


# ---------------------------------------------------------------------------------------------- text
#
# Every message is a whole sentence per grammatical variant, with named placeholders, so that a
# translation can reorder it and make it agree. The templates are marked here and translated by
# _Texts, once per run and only when a finding needs them: never in the sweeps.

_TITLE_MAX = 60
_LISTED_MAX = 5

_QUOTED = QT_TRANSLATE_NOOP("Checks", "'{title}'")
_DATE_TIME = QT_TRANSLATE_NOOP("Checks", "{date} {time}")
_WEEKDAY_DATE = QT_TRANSLATE_NOOP("Checks", "{weekday} {date}")
_HOURS_MINUTES = QT_TRANSLATE_NOOP("Checks", "{hours} h {minutes} min")
_HOURS = QT_TRANSLATE_NOOP("Checks", "{hours} h")
_MINUTES = QT_TRANSLATE_NOOP("Checks", "{minutes} min")
_AND = QT_TRANSLATE_NOOP("Checks", "{list} and {last}")
_UNNAMED_PARTICIPANT = QT_TRANSLATE_NOOP("Checks", "an unnamed participant")
_UNNAMED_CONTACT = QT_TRANSLATE_NOOP("Checks", "an unnamed contact")
_UNNAMED_ORGANIZATION = QT_TRANSLATE_NOOP("Checks", "an unnamed organization")

_END_BEFORE_START = QT_TRANSLATE_NOOP(
    "Checks", "{title} ends ({end}) before it starts ({start}); set an end time after the start time."
)
_END_BEFORE_START_ZONES = QT_TRANSLATE_NOOP(
    "Checks",
    "{title} ends ({end} {end_zone}) before it starts ({start} {start_zone}); set an end time after the start time.",
)
_OUTSIDE_MISSION = QT_TRANSLATE_NOOP(
    "Checks", "{title} ({time}) falls outside the mission's dates ({first_day} – {last_day} {year})."
)

# Who is booked twice: the implicit traveller of a mission without participants, the whole delegation,
# one person ({person}) or several ({people}); on what: two items, a travel leg and an item, two legs.
_WHO_DELEGATION, _WHO_WHOLE, _WHO_ONE, _WHO_MANY = range(4)
_ITEMS, _LEG_AND_ITEM, _LEGS = range(3)
_OVERLAP: Mapping[tuple[int, int], str] = {
    (_WHO_DELEGATION, _ITEMS): QT_TRANSLATE_NOOP(
        "Checks",
        "The delegation is booked for {first} ({first_time}) and {second} ({second_time}) at the same time.",
    ),
    (_WHO_WHOLE, _ITEMS): QT_TRANSLATE_NOOP(
        "Checks",
        "The whole delegation is booked for {first} ({first_time}) and {second} ({second_time}) at the same time.",
    ),
    (_WHO_ONE, _ITEMS): QT_TRANSLATE_NOOP(
        "Checks", "{person} is booked for {first} ({first_time}) and {second} ({second_time}) at the same time."
    ),
    (_WHO_MANY, _ITEMS): QT_TRANSLATE_NOOP(
        "Checks", "{people} are booked for {first} ({first_time}) and {second} ({second_time}) at the same time."
    ),
    (_WHO_DELEGATION, _LEG_AND_ITEM): QT_TRANSLATE_NOOP(
        "Checks",
        "The delegation is booked on the travel leg {leg} ({leg_time}) and for {other} ({other_time}) "
        "at the same time.",
    ),
    (_WHO_WHOLE, _LEG_AND_ITEM): QT_TRANSLATE_NOOP(
        "Checks",
        "The whole delegation is booked on the travel leg {leg} ({leg_time}) and for {other} ({other_time}) "
        "at the same time.",
    ),
    (_WHO_ONE, _LEG_AND_ITEM): QT_TRANSLATE_NOOP(
        "Checks",
        "{person} is booked on the travel leg {leg} ({leg_time}) and for {other} ({other_time}) at the same time.",
    ),
    (_WHO_MANY, _LEG_AND_ITEM): QT_TRANSLATE_NOOP(
        "Checks",
        "{people} are booked on the travel leg {leg} ({leg_time}) and for {other} ({other_time}) at the same time.",
    ),
    (_WHO_DELEGATION, _LEGS): QT_TRANSLATE_NOOP(
        "Checks",
        "The delegation is booked on the travel legs {first} ({first_time}) and {second} ({second_time}) "
        "at the same time.",
    ),
    (_WHO_WHOLE, _LEGS): QT_TRANSLATE_NOOP(
        "Checks",
        "The whole delegation is booked on the travel legs {first} ({first_time}) and {second} ({second_time}) "
        "at the same time.",
    ),
    (_WHO_ONE, _LEGS): QT_TRANSLATE_NOOP(
        "Checks",
        "{person} is booked on the travel legs {first} ({first_time}) and {second} ({second_time}) at the same time.",
    ),
    (_WHO_MANY, _LEGS): QT_TRANSLATE_NOOP(
        "Checks",
        "{people} are booked on the travel legs {first} ({first_time}) and {second} ({second_time}) at the same time.",
    ),
}

# Hosts busy twice: one ({contact}, {organization}) or several ({contacts}, {organizations}).
_CONTACT_DOUBLE_BOOKED = QT_TRANSLATE_NOOP(
    "Checks", "{contact} hosts {first} ({first_time}) and {second} ({second_time}) at the same time."
)
_CONTACTS_DOUBLE_BOOKED = QT_TRANSLATE_NOOP(
    "Checks", "{contacts} host {first} ({first_time}) and {second} ({second_time}) at the same time."
)
_ORGANIZATION_VENUES = QT_TRANSLATE_NOOP(
    "Checks",
    "{organization} hosts {first} at {first_venue} ({first_time}) and {second} at {second_venue} "
    "({second_time}) at the same time.",
)
_ORGANIZATIONS_VENUES = QT_TRANSLATE_NOOP(
    "Checks",
    "{organizations} host {first} at {first_venue} ({first_time}) and {second} at {second_venue} "
    "({second_time}) at the same time.",
)

# No travel between two cities, by (only some of the delegation concerned ({people}), the first item is a
# travel leg, the second is, _NO_ESTIMATE / _TIME_ENOUGH / _TOO_SHORT).
_NO_ESTIMATE, _TIME_ENOUGH, _TOO_SHORT = range(3)
_MISSING_TRAVEL: Mapping[tuple[bool, bool, bool, int], str] = {
    (False, False, False, _NO_ESTIMATE): QT_TRANSLATE_NOOP(
        "Checks",
        "No travel from {origin} to {destination} between {first} (ends {first_time}) and {second} "
        "(starts {second_time}).",
    ),
    (False, False, False, _TIME_ENOUGH): QT_TRANSLATE_NOOP(
        "Checks",
        "No travel from {origin} to {destination} between {first} (ends {first_time}) and {second} "
        "(starts {second_time}); about {needed} needed.",
    ),
    (False, False, False, _TOO_SHORT): QT_TRANSLATE_NOOP(
        "Checks",
        "No travel from {origin} to {destination} between {first} (ends {first_time}) and {second} "
        "(starts {second_time}); about {needed} needed, {short} short.",
    ),
    (False, False, True, _NO_ESTIMATE): QT_TRANSLATE_NOOP(
        "Checks",
        "No travel from {origin} to {destination} between {first} (ends {first_time}) and the travel leg "
        "{second} (departs {second_time}).",
    ),
    (False, False, True, _TIME_ENOUGH): QT_TRANSLATE_NOOP(
        "Checks",
        "No travel from {origin} to {destination} between {first} (ends {first_time}) and the travel leg "
        "{second} (departs {second_time}); about {needed} needed.",
    ),
    (False, False, True, _TOO_SHORT): QT_TRANSLATE_NOOP(
        "Checks",
        "No travel from {origin} to {destination} between {first} (ends {first_time}) and the travel leg "
        "{second} (departs {second_time}); about {needed} needed, {short} short.",
    ),
    (False, True, False, _NO_ESTIMATE): QT_TRANSLATE_NOOP(
        "Checks",
        "No travel from {origin} to {destination} between the travel leg {first} (arrives {first_time}) "
        "and {second} (starts {second_time}).",
    ),
    (False, True, False, _TIME_ENOUGH): QT_TRANSLATE_NOOP(
        "Checks",
        "No travel from {origin} to {destination} between the travel leg {first} (arrives {first_time}) "
        "and {second} (starts {second_time}); about {needed} needed.",
    ),
    (False, True, False, _TOO_SHORT): QT_TRANSLATE_NOOP(
        "Checks",
        "No travel from {origin} to {destination} between the travel leg {first} (arrives {first_time}) "
        "and {second} (starts {second_time}); about {needed} needed, {short} short.",
    ),
    (False, True, True, _NO_ESTIMATE): QT_TRANSLATE_NOOP(
        "Checks",
        "No travel from {origin} to {destination} between the travel leg {first} (arrives {first_time}) "
        "and the travel leg {second} (departs {second_time}).",
    ),
    (False, True, True, _TIME_ENOUGH): QT_TRANSLATE_NOOP(
        "Checks",
        "No travel from {origin} to {destination} between the travel leg {first} (arrives {first_time}) "
        "and the travel leg {second} (departs {second_time}); about {needed} needed.",
    ),
    (False, True, True, _TOO_SHORT): QT_TRANSLATE_NOOP(
        "Checks",
        "No travel from {origin} to {destination} between the travel leg {first} (arrives {first_time}) "
        "and the travel leg {second} (departs {second_time}); about {needed} needed, {short} short.",
    ),
    (True, False, False, _NO_ESTIMATE): QT_TRANSLATE_NOOP(
        "Checks",
        "No travel for {people} from {origin} to {destination} between {first} (ends {first_time}) "
        "and {second} (starts {second_time}).",
    ),
    (True, False, False, _TIME_ENOUGH): QT_TRANSLATE_NOOP(
        "Checks",
        "No travel for {people} from {origin} to {destination} between {first} (ends {first_time}) "
        "and {second} (starts {second_time}); about {needed} needed.",
    ),
    (True, False, False, _TOO_SHORT): QT_TRANSLATE_NOOP(
        "Checks",
        "No travel for {people} from {origin} to {destination} between {first} (ends {first_time}) "
        "and {second} (starts {second_time}); about {needed} needed, {short} short.",
    ),
    (True, False, True, _NO_ESTIMATE): QT_TRANSLATE_NOOP(
        "Checks",
        "No travel for {people} from {origin} to {destination} between {first} (ends {first_time}) "
        "and the travel leg {second} (departs {second_time}).",
    ),
    (True, False, True, _TIME_ENOUGH): QT_TRANSLATE_NOOP(
        "Checks",
        "No travel for {people} from {origin} to {destination} between {first} (ends {first_time}) "
        "and the travel leg {second} (departs {second_time}); about {needed} needed.",
    ),
    (True, False, True, _TOO_SHORT): QT_TRANSLATE_NOOP(
        "Checks",
        "No travel for {people} from {origin} to {destination} between {first} (ends {first_time}) "
        "and the travel leg {second} (departs {second_time}); about {needed} needed, {short} short.",
    ),
    (True, True, False, _NO_ESTIMATE): QT_TRANSLATE_NOOP(
        "Checks",
        "No travel for {people} from {origin} to {destination} between the travel leg {first} "
        "(arrives {first_time}) and {second} (starts {second_time}).",
    ),
    (True, True, False, _TIME_ENOUGH): QT_TRANSLATE_NOOP(
        "Checks",
        "No travel for {people} from {origin} to {destination} between the travel leg {first} "
        "(arrives {first_time}) and {second} (starts {second_time}); about {needed} needed.",
    ),
    (True, True, False, _TOO_SHORT): QT_TRANSLATE_NOOP(
        "Checks",
        "No travel for {people} from {origin} to {destination} between the travel leg {first} "
        "(arrives {first_time}) and {second} (starts {second_time}); about {needed} needed, {short} short.",
    ),
    (True, True, True, _NO_ESTIMATE): QT_TRANSLATE_NOOP(
        "Checks",
        "No travel for {people} from {origin} to {destination} between the travel leg {first} "
        "(arrives {first_time}) and the travel leg {second} (departs {second_time}).",
    ),
    (True, True, True, _TIME_ENOUGH): QT_TRANSLATE_NOOP(
        "Checks",
        "No travel for {people} from {origin} to {destination} between the travel leg {first} "
        "(arrives {first_time}) and the travel leg {second} (departs {second_time}); about {needed} needed.",
    ),
    (True, True, True, _TOO_SHORT): QT_TRANSLATE_NOOP(
        "Checks",
        "No travel for {people} from {origin} to {destination} between the travel leg {first} "
        "(arrives {first_time}) and the travel leg {second} (departs {second_time}); about {needed} needed, "
        "{short} short.",
    ),
}

# Too little time between two items, by (what comes between them: reaching a leg, leaving one, moving
# between venues; the city is known ({city}); only some of the delegation concerned ({people})).
_TO_LEG, _FROM_LEG, _BETWEEN_VENUES = range(3)
_TRAVEL_TIME: Mapping[tuple[int, bool, bool], str] = {
    (_TO_LEG, False, False): QT_TRANSLATE_NOOP(
        "Checks",
        "Only {gap} between {first} (ends {first_time}) and the travel leg {second} (departs {second_time}); "
        "allow about {needed} to get to the departure point and check in, {short} short.",
    ),
    (_TO_LEG, True, False): QT_TRANSLATE_NOOP(
        "Checks",
        "Only {gap} between {first} (ends {first_time}) and the travel leg {second} (departs {second_time}) "
        "in {city}; allow about {needed} to get to the departure point and check in, {short} short.",
    ),
    (_TO_LEG, False, True): QT_TRANSLATE_NOOP(
        "Checks",
        "Only {gap} between {first} (ends {first_time}) and the travel leg {second} (departs {second_time}) "
        "for {people}; allow about {needed} to get to the departure point and check in, {short} short.",
    ),
    (_TO_LEG, True, True): QT_TRANSLATE_NOOP(
        "Checks",
        "Only {gap} between {first} (ends {first_time}) and the travel leg {second} (departs {second_time}) "
        "in {city} for {people}; allow about {needed} to get to the departure point and check in, "
        "{short} short.",
    ),
    (_FROM_LEG, False, False): QT_TRANSLATE_NOOP(
        "Checks",
        "Only {gap} between the travel leg {first} (arrives {first_time}) and {second} (starts {second_time}); "
        "allow about {needed} to leave the arrival point, {short} short.",
    ),
    (_FROM_LEG, True, False): QT_TRANSLATE_NOOP(
        "Checks",
        "Only {gap} between the travel leg {first} (arrives {first_time}) and {second} (starts {second_time}) "
        "in {city}; allow about {needed} to leave the arrival point, {short} short.",
    ),
    (_FROM_LEG, False, True): QT_TRANSLATE_NOOP(
        "Checks",
        "Only {gap} between the travel leg {first} (arrives {first_time}) and {second} (starts {second_time}) "
        "for {people}; allow about {needed} to leave the arrival point, {short} short.",
    ),
    (_FROM_LEG, True, True): QT_TRANSLATE_NOOP(
        "Checks",
        "Only {gap} between the travel leg {first} (arrives {first_time}) and {second} (starts {second_time}) "
        "in {city} for {people}; allow about {needed} to leave the arrival point, {short} short.",
    ),
    (_BETWEEN_VENUES, False, False): QT_TRANSLATE_NOOP(
        "Checks",
        "Only {gap} between {first} at {first_venue} (ends {first_time}) and {second} at {second_venue} "
        "(starts {second_time}); moving between venues takes about {needed}, {short} short.",
    ),
    (_BETWEEN_VENUES, True, False): QT_TRANSLATE_NOOP(
        "Checks",
        "Only {gap} between {first} at {first_venue} (ends {first_time}) and {second} at {second_venue} "
        "(starts {second_time}) in {city}; moving between venues takes about {needed}, {short} short.",
    ),
    (_BETWEEN_VENUES, False, True): QT_TRANSLATE_NOOP(
        "Checks",
        "Only {gap} between {first} at {first_venue} (ends {first_time}) and {second} at {second_venue} "
        "(starts {second_time}) for {people}; moving between venues takes about {needed}, {short} short.",
    ),
    (_BETWEEN_VENUES, True, True): QT_TRANSLATE_NOOP(
        "Checks",
        "Only {gap} between {first} at {first_venue} (ends {first_time}) and {second} at {second_venue} "
        "(starts {second_time}) in {city} for {people}; moving between venues takes about {needed}, "
        "{short} short.",
    ),
}

_HOLIDAY_ONE = QT_TRANSLATE_NOOP("Checks", "{day} is a public holiday ({holiday}); 1 item is planned on it: {items}.")
_WEEKEND_ONE = QT_TRANSLATE_NOOP("Checks", "{day} is a weekend day; 1 item is planned on it: {items}.")


class _Texts:
    """The wording of one run's findings: each template translated once, dates named once."""

    __slots__ = ("_days", "_found", "_weekdays")

    def __init__(self) -> None:
        self._found: dict[str, str] = {}
        self._days: dict[date, str] = {}
        self._weekdays: dict[date, str] = {}

    def __call__(self, template: str) -> str:
        """`template` (marked above with QT_TRANSLATE_NOOP in the "Checks" context), translated."""
        found = self._found.get(template)
        if found is None:
            found = self._found[template] = translate("Checks", template)
        return found

    def duration(self, seconds: float) -> str:
        """'1 h 20 min', '45 min', '2 h': whole minutes, rounded up so a shortfall is never '0 min'."""
        minutes = max(0, math.ceil(seconds / 60 - 1e-9))
        hours, minutes = divmod(minutes, 60)
        if hours and minutes:
            return self(_HOURS_MINUTES).format(hours=hours, minutes=minutes)
        return self(_HOURS).format(hours=hours) if hours else self(_MINUTES).format(minutes=minutes)

    def day(self, day: date) -> str:
        """'6 Dec'."""
        text = self._days.get(day)
        if text is None:
            text = self._days[day] = short_day_month(day)
        return text

    def long_day(self, day: date) -> str:
        """'Tuesday 5 Dec', capitalised: it starts its sentences."""
        text = self._weekdays.get(day)
        if text is None:
            text = self(_WEEKDAY_DATE).format(weekday=weekday_name(day), date=self.day(day))
            text = self._weekdays[day] = text[:1].upper() + text[1:]
        return text

    def when(self, moment: datetime, same_day: date | None = None) -> str:
        """Local 'HH:MM', preceded by the date unless it is `same_day`."""
        clock = f"{moment.hour:02d}:{moment.minute:02d}"
        if moment.date() == same_day:
            return clock
        return self(_DATE_TIME).format(date=self.day(moment.date()), time=clock)

    def span(self, item: Item, same_day: date | None = None) -> str:
        start = self.when(item.start, same_day)
        if item.end.date() == item.start.date():
            return f"{start}–{item.end.hour:02d}:{item.end.minute:02d}"
        return f"{start} – {self.when(item.end)}"

    def title(self, item: Item) -> str:
        """The item's title, shortened if need be, in quotes."""
        title = " ".join(item.title.split())
        if len(title) > _TITLE_MAX:
            title = title[: _TITLE_MAX - 1].rstrip() + "…"
        return self(_QUOTED).format(title=title)

    def listing(self, texts: Sequence[str]) -> str:
        """'A', 'A and B', 'A, B and C'."""
        if len(texts) == 1:
            return texts[0]
        return self(_AND).format(list=", ".join(texts[:-1]), last=texts[-1])

    def names(self, names: Sequence[str]) -> str:
        """The names listed, or the first few and 'N others'."""
        if len(names) > _LISTED_MAX:
            # The count is a plain name: pyside6-lupdate skips calls whose count is an expression.
            others = len(names) - _LISTED_MAX + 1
            names = [*names[: _LISTED_MAX - 1], translate("Checks", "%n others", None, others)]
        return self.listing(names)

    def items(self, items: Sequence[Item], count: int) -> str:
        """The first few of `count` items with their local start times, then 'N more'."""
        shown = [f"{self.title(item)} ({self.when(item.start, item.start.date())})" for item in items[:_LISTED_MAX]]
        if count > _LISTED_MAX:
            more = count - _LISTED_MAX
            shown.append(translate("Checks", "%n more", None, more))
        return self.listing(shown)


def _clean(text: str) -> str:
    return " ".join(text.split())


def _venue(item: Item) -> str:
    return " ".join(item.venue.split()).casefold()


def _is_leg(item: Item) -> bool:
    return item.travel is not None or item.kind == ItemKind.TRAVEL


def _by_host(items: Sequence[Item], attribute: str) -> dict[str, list[int]]:
    """Ranks of the items each host (contact or organization id in `attribute`) hosts, in start order."""
    hosted: dict[str, list[int]] = {}
    hosts_of = attrgetter(attribute)
    for r in compress(range(len(items)), map(hosts_of, items)):
        hosts = hosts_of(items[r])
        for host in hosts if len(hosts) == 1 else dict.fromkeys(hosts):
            hosted.setdefault(host, []).append(r)
    return hosted


# ------------------------------------------------------------------------------------------- sweeps


_EPOCH = datetime(1970, 1, 1)
_LAST_ORDINAL = date.max.toordinal()


@cache
def _zone(name: str) -> ZoneInfo:
    return ZoneInfo(name)


@lru_cache(maxsize=1 << 16)
def _day_offset(zone_name: str, ordinal: int) -> float | None:
    """A zone's UTC offset in seconds on a day, or None if it changes during that day (then convert exactly)."""
    if ordinal >= _LAST_ORDINAL:
        return None
    zone = _zone(zone_name)
    midnight = datetime.fromordinal(ordinal)
    offset = zone.utcoffset(midnight)
    if offset is None or offset != zone.utcoffset(midnight + timedelta(days=1)):
        return None
    return offset.total_seconds()


def _overlapping_pairs(seq: Sequence[int], starts: Sequence[float], ends: Sequence[float]) -> list[tuple[int, int]]:
    """Pairs (a, b) of entries of `seq` (indexes sorted by start) whose half-open intervals overlap."""
    size = len(seq)
    if size < 2:
        return []
    st = list(map(starts.__getitem__, seq))
    en = list(map(ends.__getitem__, seq))
    reach = list(accumulate(en, max))
    # Positions k that start before everything earlier has ended (st[k] < max(en[:k])).
    flagged = compress(range(1, size), map(lt, st[1:], reach))
    pairs: list[tuple[int, int]] = []
    active: list[int] = []
    previous = -2
    for k in flagged:
        start = st[k]
        if k != previous + 1:
            # k - 1 began a cluster: everything before it ended by the time it started.
            active = [k - 1]
        active = [j for j in active if en[j] > start]
        if en[k] > start:
            b = seq[k]
            pairs.extend((seq[j], b) for j in active)
        active.append(k)
        previous = k
    return pairs


# --------------------------------------------------------------------------------------------- run


class _Run:
    """One evaluation of every rule over a context; arrays are indexed by rank (position in start order)."""

    def __init__(self, context: CheckContext) -> None:
        self.context = context
        self.settings = context.settings
        self.travel = context.settings.travel
        self.mission = context.mission
        self.out: list[tuple[tuple[int, float, int, str], Finding]] = []
        self.participant_order = {pid: n for n, pid in enumerate(dict.fromkeys(p.id for p in context.participants))}
        self.text = _Texts()
        self._cities: dict[str, City | None] = {}
        self._estimates: dict[tuple[str, str], timedelta | None] = {}
        self._prepare(context.items)

    # ------------------------------------------------------------------------------ preparation

    def _prepare(self, items: Sequence[Item]) -> None:
        day_offset = _day_offset
        epoch = _EPOCH
        cancelled = ItemStatus.CANCELLED
        accommodation = ItemKind.ACCOMMODATION
        mission = self.mission
        # An item is outside the mission if it starts before its first day or after its last, or ends
        # after midnight at the end of its last day.
        first_midnight = datetime.combine(mission.start_date, time())
        last_midnight = datetime.combine(mission.end_date + timedelta(days=1), time())
        all_starts: list[float] = []
        all_ends: list[float] = []
        valid: list[int] = []
        for index, item in enumerate(items):
            tz = item.timezone
            end_tz = item.end_timezone or tz
            start, end = item.start, item.end
            # UTC instants as POSIX seconds: the local time less the zone's offset that day (exact
            # conversion on days when the offset changes). Much faster than Item.start_utc.
            offset = day_offset(tz, start.toordinal())
            if offset is None:
                s = start.replace(tzinfo=_zone(tz)).timestamp()
            else:
                s = (start - epoch).total_seconds() - offset
            offset = day_offset(end_tz, end.toordinal())
            if offset is None:
                e = end.replace(tzinfo=_zone(end_tz)).timestamp()
            else:
                e = (end - epoch).total_seconds() - offset
            all_starts.append(s)
            all_ends.append(e)
            if e < s:
                self._end_before_start(item, s)
            if item.status == cancelled:
                continue
            if start < first_midnight or start >= last_midnight or end > last_midnight:
                self._outside_mission(item, s)
            if e >= s and item.kind != accommodation:
                valid.append(index)
        # Start order (ties keep the given order), as parallel lists: cheap to build and to scan.
        valid.sort(key=all_starts.__getitem__)
        self.starts = list(map(all_starts.__getitem__, valid))
        self.ends = list(map(all_ends.__getitem__, valid))
        self.items: list[Item] = list(map(items.__getitem__, valid))

    # ------------------------------------------------------------------------------------ output

    def _add(
        self,
        rule: str,
        message: str,
        ranks: Sequence[int] = (),
        *,
        item_ids: tuple[str, ...] | None = None,
        first: float = 0.0,
        participant_ids: Iterable[str] = (),
        contact_ids: Iterable[str] = (),
        organization_ids: Iterable[str] = (),
    ) -> None:
        severity = RULE_SEVERITY[rule]
        if item_ids is None:
            # Ranks come in start order.
            items = self.items
            item_ids = tuple([items[r].id for r in ranks])
            first = self.starts[ranks[0]]
        finding = Finding(
            severity,
            rule,
            message,
            item_ids,
            tuple(participant_ids),
            tuple(contact_ids),
            tuple(organization_ids),
        )
        self.out.append(((severity.rank, first, _RULE_RANK[rule], message), finding))

    def findings(self) -> list[Finding]:
        self._attendance()
        self._overlaps()
        self._hosts()
        self._sequencing()
        self._calendar_days()
        self._long_days()
        self.out.sort(key=lambda pair: pair[0])
        return [finding for _, finding in self.out]

    def _name(self, record_id: str, fallback: str) -> str:
        return self.context.names.get(record_id) or fallback

    def _people(self, participant_ids: Sequence[str]) -> tuple[int, str]:
        """Who is involved (_WHO_DELEGATION, _WHO_WHOLE, _WHO_ONE or _WHO_MANY), and their names."""
        everyone = len(self.participant_order)
        if not participant_ids:
            return _WHO_DELEGATION, ""  # the implicit traveller of a mission without participants
        if everyone > 1 and len(participant_ids) == everyone:
            return _WHO_WHOLE, ""
        return (_WHO_ONE if len(participant_ids) == 1 else _WHO_MANY), self._participant_names(participant_ids)

    def _participant_names(self, participant_ids: Sequence[str]) -> str:
        unnamed = self.text(_UNNAMED_PARTICIPANT)
        return self.text.names([self._name(pid, unnamed) for pid in participant_ids])

    def _for_whom(self, participant_ids: Sequence[str]) -> str | None:
        """'A and B' when only some of the delegation is concerned, else None."""
        if not participant_ids or len(participant_ids) == len(self.participant_order):
            return None
        return self._participant_names(participant_ids)

    def _sorted_participants(self, ids: Iterable[str]) -> list[str]:
        order = self.participant_order
        return sorted(set(ids), key=order.__getitem__)

    def _sorted_by_name(self, ids: Iterable[str], fallback: str) -> list[str]:
        return sorted(set(ids), key=lambda i: (self._name(i, fallback).casefold(), i))

    # ------------------------------------------------------------------------------------ single items

    def _end_before_start(self, item: Item, start: float) -> None:
        text = self.text
        template = _END_BEFORE_START if item.timezone == item.effective_end_timezone else _END_BEFORE_START_ZONES
        message = text(template).format(
            title=text.title(item),
            end=text.when(item.end),
            end_zone=item.effective_end_timezone,
            start=text.when(item.start),
            start_zone=item.timezone,
        )
        self._add(RULE_END_BEFORE_START, message, item_ids=(item.id,), first=start)

    def _outside_mission(self, item: Item, start: float) -> None:
        mission, text = self.mission, self.text
        message = text(_OUTSIDE_MISSION).format(
            title=text.title(item),
            time=text.span(item),
            first_day=text.day(mission.start_date),
            last_day=text.day(mission.end_date),
            year=mission.end_date.year,
        )
        self._add(RULE_OUTSIDE_MISSION, message, item_ids=(item.id,), first=start)

    # ------------------------------------------------------------------------------------ attendance

    def _attendance(self) -> None:
        """Each traveller's items as ranks in start order; travellers with the same items share one entry."""
        items = self.items
        order = self.participant_order
        groups: dict[tuple[int, ...], list[str]] = {}
        if not order:
            # No delegation entered yet: one implicit traveller attends everything meant for anyone.
            seq = [r for r, item in enumerate(items) if item.attendee_ids is None or item.attendee_ids]
            self.groups: list[tuple[list[int], list[str]]] = [(seq, [])]
            return
        whole: list[int] = []
        explicit: dict[str, list[int]] = {pid: [] for pid in order}
        for r, item in enumerate(items):
            attendees = item.attendee_ids
            if attendees is None:
                whole.append(r)
            else:
                for pid in set(attendees):
                    own = explicit.get(pid)
                    if own is not None:
                        own.append(r)
        seqs: dict[tuple[int, ...], list[int]] = {}
        for pid, own in explicit.items():
            seq = sorted(whole + own) if own else whole
            key = tuple(seq)
            groups.setdefault(key, []).append(pid)
            seqs.setdefault(key, seq)
        self.groups = [(seqs[key], pids) for key, pids in groups.items()]

    # ------------------------------------------------------------------------------------ overlaps

    def _overlapping_for_travellers(self) -> dict[tuple[int, int], list[str]]:
        """Pairs of overlapping items some traveller attends both of, with those travellers' ids.

        One sweep over every attended item, not one per group of travellers: most items are the whole
        delegation's, so the groups' sequences are nearly the same. A pair counts for the groups that
        hold both of its items (bit masks of group membership per item).
        """
        starts, ends, groups = self.starts, self.ends, self.groups
        if len(groups) == 1:
            seq, pids = groups[0]
            return dict.fromkeys(_overlapping_pairs(seq, starts, ends), pids)
        member = [0] * len(self.items)
        for index, (seq, _) in enumerate(groups):
            bit = 1 << index
            for rank in seq:
                member[rank] |= bit
        everyone = (1 << len(groups)) - 1
        all_pids = [pid for _, pids in groups for pid in pids]
        union = [rank for rank, groups_of in enumerate(member) if groups_of]
        involved: dict[tuple[int, int], list[str]] = {}
        for a, b in _overlapping_pairs(union, starts, ends):
            shared = member[a] & member[b]
            if shared == everyone:
                involved[(a, b)] = all_pids
            elif shared:
                involved[(a, b)] = [pid for i, (_, pids) in enumerate(groups) if shared >> i & 1 for pid in pids]
        return involved

    def _overlaps(self) -> None:
        items = self.items
        involved = self._overlapping_for_travellers()
        text = self.text
        for (a, b), pids in involved.items():
            people = self._sorted_participants(pids)
            who, names = self._people(people)
            first, second = items[a], items[b]
            day = first.start.date()
            a_travel, b_travel = _is_leg(first), _is_leg(second)
            if a_travel != b_travel:
                # The leg is named first, whichever starts first; the later of the two gets no date if it
                # is on the same day.
                leg, other = (first, second) if a_travel else (second, first)
                message = text(_OVERLAP[who, _LEG_AND_ITEM]).format(
                    person=names,
                    people=names,
                    leg=text.title(leg),
                    leg_time=text.span(leg, None if a_travel else day),
                    other=text.title(other),
                    other_time=text.span(other, None if other is first else day),
                )
                self._add(RULE_TRAVEL_OVERLAP, message, (a, b), participant_ids=people)
                continue
            message = text(_OVERLAP[who, _LEGS if a_travel else _ITEMS]).format(
                person=names,
                people=names,
                first=text.title(first),
                first_time=text.span(first),
                second=text.title(second),
                second_time=text.span(second, day),
            )
            rule = RULE_TRAVEL_OVERLAP if a_travel else RULE_DOUBLE_BOOKING
            self._add(rule, message, (a, b), participant_ids=people)

    def _hosts(self) -> None:
        items = self.items
        by_contact = _by_host(items, "host_contact_ids")
        by_organization = _by_host(items, "host_organization_ids")
        starts, ends = self.starts, self.ends
        busy: dict[tuple[int, int], list[str]] = {}
        for cid, seq in by_contact.items():
            for pair in _overlapping_pairs(seq, starts, ends):
                busy.setdefault(pair, []).append(cid)
        text = self.text
        for (a, b), cids in busy.items():
            unnamed = text(_UNNAMED_CONTACT)
            contacts = self._sorted_by_name(cids, unnamed)
            names = text.names([self._name(c, unnamed) for c in contacts])
            first, second = items[a], items[b]
            message = text(_CONTACTS_DOUBLE_BOOKED if len(contacts) > 1 else _CONTACT_DOUBLE_BOOKED).format(
                contact=names,
                contacts=names,
                first=text.title(first),
                first_time=text.span(first),
                second=text.title(second),
                second_time=text.span(second, first.start.date()),
            )
            self._add(RULE_HOST_DOUBLE_BOOKING, message, (a, b), contact_ids=contacts)
        clashes: dict[tuple[int, int], list[str]] = {}
        for oid, seq in by_organization.items():
            for a, b in _overlapping_pairs(seq, starts, ends):
                venue_a, venue_b = _venue(items[a]), _venue(items[b])
                if venue_a and venue_b and venue_a != venue_b:
                    clashes.setdefault((a, b), []).append(oid)
        for (a, b), oids in clashes.items():
            unnamed = text(_UNNAMED_ORGANIZATION)
            organizations = self._sorted_by_name(oids, unnamed)
            names = text.names([self._name(o, unnamed) for o in organizations])
            first, second = items[a], items[b]
            template = _ORGANIZATIONS_VENUES if len(organizations) > 1 else _ORGANIZATION_VENUES
            message = text(template).format(
                organization=names,
                organizations=names,
                first=text.title(first),
                first_venue=first.venue.strip(),
                first_time=text.span(first),
                second=text.title(second),
                second_venue=second.venue.strip(),
                second_time=text.span(second, first.start.date()),
            )
            self._add(RULE_HOST_VENUE_CLASH, message, (a, b), organization_ids=organizations)

    # ------------------------------------------------------------------------------------ sequencing

    def _place_key(self, name: str) -> str | None:
        """A comparable key for a city name (None when no city is given); remembers the resolved City."""
        text = " ".join(name.split())
        if not text:
            return None
        city = self.context.city(text)
        if city is None:
            key = "name:" + text.casefold()
        elif city.id:
            key = "id:" + city.id
        else:
            key = f"name:{' '.join(city.name.split()).casefold()}|{(city.country or '').upper()}"
        self._cities.setdefault(key, city)
        return key

    def _estimate(self, origin: str, destination: str) -> float | None:
        key = (origin, destination)
        if key not in self._estimates:
            cities = self._cities
            self._estimates[key] = estimate_travel(cities.get(origin), cities.get(destination), None, self.travel)
        estimate = self._estimates[key]
        return None if estimate is None else estimate.total_seconds()

    def _sequencing(self) -> None:
        items, starts, ends = self.items, self.starts, self.ends
        size = len(items)
        if size < 2:
            return
        # Where each item needs the traveller (departure) and where it leaves them (arrival): its city,
        # except for travel legs.
        departure: list[str] = list(map(attrgetter("city"), items))
        arrival = departure.copy()
        leg_mode: dict[int, TravelMode | None] = {}
        for r in compress(range(size), map(_is_leg, items)):
            item = items[r]
            info = item.travel
            # A leg goes from its from_city to its to_city; the item's own city is usually where it
            # arrives, and stands for the departure only when it differs from the arrival.
            to_city = (info.to_city if info else "") or item.city
            from_city = info.from_city if info else ""
            if not from_city and item.city.strip().casefold() != to_city.strip().casefold():
                from_city = item.city
            departure[r] = from_city
            arrival[r] = to_city
            leg_mode[r] = info.mode if info else None
        self.departure_name, self.arrival_name, self.leg_mode = departure, arrival, leg_mode
        keys = {name: self._place_key(name) for name in {*departure, *arrival}}
        departure_key = list(map(keys.__getitem__, departure))
        arrival_key = list(map(keys.__getitem__, arrival))
        is_leg = [False] * size
        for r in leg_mode:
            is_leg[r] = True
        transfer = self.travel.same_city_transfer.total_seconds()

        # Consecutive pairs of each traveller's items that may need a look, found at C speed: places
        # differ, the gap is under a transfer, or a leg is involved. Pairs are coded as a * size + b.
        # The groups share most of their pairs (the whole delegation's items): count each pair's groups
        # in C (Counter), and work out travellers one by one only for pairs not every group has.
        counts: Counter[int] = Counter()
        coded: list[tuple[list[int], list[str]]] = []
        for seq, pids in self.groups:
            if len(seq) < 2:
                continue
            following = seq[1:]
            differ = map(ne, map(arrival_key.__getitem__, seq), map(departure_key.__getitem__, following))
            gaps = map(sub, map(starts.__getitem__, following), map(ends.__getitem__, seq))
            short = map(lt, gaps, repeat(transfer))
            legs = map(or_, map(is_leg.__getitem__, seq), map(is_leg.__getitem__, following))
            flags = list(map(or_, map(or_, differ, short), legs))
            codes = list(map(add, map(mul, compress(seq, flags), repeat(size)), compress(following, flags)))
            counts.update(codes)
            coded.append((codes, pids))
        all_pids = [pid for _, pids in coded for pid in pids]
        partial = {code for code, groups_of in counts.items() if groups_of != len(coded)}
        some: dict[int, list[str]] = {}
        for codes, pids in coded:
            for code in partial.intersection(codes):
                some.setdefault(code, []).extend(pids)
        candidates = {code: some[code] if code in partial else all_pids for code in counts}

        half_overhead = {mode: overhead.total_seconds() / 2 for mode, overhead in self.travel.overheads.items()}
        for code, pids in candidates.items():
            a, b = divmod(code, size)
            gap = starts[b] - ends[a]
            if gap < 0:
                continue  # an overlap, reported as an error by the overlap rules
            leaves, needs = arrival_key[a], departure_key[b]
            if leaves is not None and needs is not None and leaves != needs:
                self._sequence_finding(RULE_MISSING_TRAVEL, a, b, gap, self._estimate(leaves, needs), pids)
                continue
            if is_leg[a] and is_leg[b]:
                continue  # a booked connection
            if is_leg[b]:
                mode = leg_mode[b]
                needed = half_overhead[mode] if mode else 0.0
            elif is_leg[a]:
                mode = leg_mode[a]
                needed = half_overhead[mode] if mode else 0.0
            elif _venue(items[a]) and _venue(items[b]) and _venue(items[a]) != _venue(items[b]):
                needed = transfer
            else:
                continue
            if gap < needed:
                self._sequence_finding(RULE_TRAVEL_TIME, a, b, gap, needed, pids)

    def _sequence_finding(self, rule: str, a: int, b: int, gap: float, needed: float | None, pids: list[str]) -> None:
        people = self._sorted_participants(pids)
        for_whom = self._for_whom(people)
        if rule == RULE_MISSING_TRAVEL:
            message = self._missing_travel(a, b, gap, needed, for_whom)
        else:
            message = self._travel_time(a, b, gap, needed or 0.0, for_whom)
        self._add(rule, message, (a, b), participant_ids=people)

    def _missing_travel(self, a: int, b: int, gap: float, estimate: float | None, for_whom: str | None) -> str:
        first, second, text = self.items[a], self.items[b], self.text
        if estimate is None:
            enough, estimate = _NO_ESTIMATE, 0.0
        elif gap < estimate:
            enough = _TOO_SHORT
        else:
            enough = _TIME_ENOUGH
        template = _MISSING_TRAVEL[for_whom is not None, a in self.leg_mode, b in self.leg_mode, enough]
        return text(template).format(
            people=for_whom,
            origin=_clean(self.arrival_name[a]),
            destination=_clean(self.departure_name[b]),
            first=text.title(first),
            first_time=text.when(first.end),
            second=text.title(second),
            second_time=text.when(second.start, first.end.date()),
            needed=text.duration(estimate),
            short=text.duration(estimate - gap),
        )

    def _travel_time(self, a: int, b: int, gap: float, needed: float, for_whom: str | None) -> str:
        first, second, text = self.items[a], self.items[b], self.text
        if b in self.leg_mode:
            between = _TO_LEG
            city = _clean(self.departure_name[b]) or _clean(self.arrival_name[a])
        elif a in self.leg_mode:
            between = _FROM_LEG
            city = _clean(self.arrival_name[a]) or _clean(self.departure_name[b])
        else:
            between = _BETWEEN_VENUES
            city = _clean(self.departure_name[b]) or _clean(self.arrival_name[a])
        return text(_TRAVEL_TIME[between, bool(city), for_whom is not None]).format(
            gap=text.duration(gap),
            first=text.title(first),
            first_venue=first.venue.strip(),
            first_time=text.when(first.end),
            second=text.title(second),
            second_venue=second.venue.strip(),
            second_time=text.when(second.start, first.end.date()),
            city=city,
            people=for_whom,
            needed=text.duration(needed),
            short=text.duration(needed - gap),
        )

    # ------------------------------------------------------------------------------------ days

    def _calendar_days(self) -> None:
        """One note per public holiday or weekend day with items on it (by each item's local start date)."""
        items = self.items
        days = list(map(datetime.date, map(attrgetter("start"), items)))
        context = self.context
        holidays: dict[date, str] = {}
        weekend: set[date] = set()
        for day in set(days):
            name = context.holiday(day)
            if name:
                holidays[day] = name
            elif context.is_weekend(day):
                weekend.add(day)
        if not holidays and not weekend:
            return
        by_day: dict[date, list[int]] = {}
        marked = holidays.keys() | weekend
        for r in compress(range(len(days)), map(marked.__contains__, days)):
            by_day.setdefault(days[r], []).append(r)
        text = self.text
        for day, ranks in by_day.items():
            count = len(ranks)
            listed = text.items([items[r] for r in ranks[:_LISTED_MAX]], count)
            if day in holidays:
                if count == 1:
                    template = text(_HOLIDAY_ONE)
                else:
                    template = translate(
                        "Checks",
                        "{day} is a public holiday ({holiday}); %n items are planned on it: {items}.",
                        None,
                        count,
                    )
                message = template.format(day=text.long_day(day), holiday=holidays[day], items=listed)
                self._add(RULE_HOLIDAY, message, ranks)
            else:
                if count == 1:
                    template = text(_WEEKEND_ONE)
                else:
                    template = translate(
                        "Checks", "{day} is a weekend day; %n items are planned on it: {items}.", None, count
                    )
                message = template.format(day=text.long_day(day), items=listed)
                self._add(RULE_WEEKEND, message, ranks)

    def _long_days(self) -> None:
        """Days (in the mission's zone) longer than max_day from the first start to the last end."""
        mission_tz = self.mission.timezone or "UTC"
        zone = _zone(mission_tz)
        starts, ends, items = self.starts, self.ends, self.items
        limit = self.settings.max_day.total_seconds()
        size = len(starts)
        r = 0
        while r < size:
            # The items starting on this day of the mission's calendar are a run of the start order.
            day = datetime.fromtimestamp(starts[r], zone).date()
            midnight = datetime.combine(day + timedelta(days=1), time(), tzinfo=zone).timestamp()
            following = bisect_left(starts, midnight, r + 1)
            first, last = starts[r], max(ends[r:following])
            if last - first > limit:
                ranks = range(r, following)
                begin = datetime.fromtimestamp(first, zone)
                finish = datetime.fromtimestamp(last, zone)
                count = following - r
                zones = {items[k].timezone for k in ranks} | {items[k].effective_end_timezone for k in ranks}
                if zones == {mission_tz}:
                    template = translate("Checks", "{day}: {duration} from {start} to {end} (%n item(s)).", None, count)
                else:
                    template = translate(
                        "Checks", "{day}: {duration} from {start} to {end} (%n item(s)), times in {zone}.", None, count
                    )
                text = self.text
                message = template.format(
                    day=text.long_day(day),
                    duration=text.duration(last - first),
                    start=text.when(begin, day),
                    end=text.when(finish, day),
                    zone=mission_tz,
                )
                self._add(RULE_LONG_DAY, message, ranks)
            r = following
