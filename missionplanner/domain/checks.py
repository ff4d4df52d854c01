"""Conflict and feasibility checks over a mission's itinerary: pure rules, no I/O, no Qt, no SQL.

Every item's start and end become UTC instants (POSIX seconds) once; the rules then work on the
items sorted by start. Intervals are half-open: an item ending at 10:00 and one starting at 10:00 do
not overlap, and an item of no length overlaps nothing.

Which items the rules look at:
- cancelled items only by end_before_start;
- items that end before they start only by end_before_start and outside_mission;
- accommodation items (hotel stays span whole nights and days, so they would clash with everything)
  only by end_before_start and outside_mission.

Overlap rules (double_booking, travel_overlap, host_double_booking, host_venue_clash) share one sweep
in start order over the items that anyone attends or hosts. A running maximum of end times splits the
sequence into clusters; only items that start before everything earlier has ended need Python work,
so the sweep costs O(n) mostly in C plus O(items in clusters + overlapping pairs). Each rule keeps the
pairs whose items share a traveller, a host contact, or a host organization (at two venues).
Participants with the same items (everyone, when items are for the whole delegation) form one group;
each item carries a bit mask of the groups attending it.

Sequencing rules (missing_travel, travel_time) look at consecutive items of each traveller: where the
first leaves the traveller (its city, or a travel leg's arrival city) against where the second needs
them (its city, or a leg's departure city). Each distinct pair of consecutive items is judged once;
the pairs are found in one pass over the attended items, not one per traveller.
Around a booked travel leg, half of its mode's overhead is expected on each side (getting to the
airport or station and checking in before, leaving it after); between two legs, the booked
connection is trusted.

Findings are ordered by severity, the start of their first item, rule, the start of their second item,
then item ids. Their sentences are built only when a message is first read (a large plan has tens of
thousands of findings, and few are ever shown), in the language current when the check ran.
"""

from __future__ import annotations

import contextvars
import gc
import math
import threading
from bisect import bisect_left
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from enum import StrEnum
from functools import cache, lru_cache
from itertools import accumulate, compress, repeat
from operator import add, and_, attrgetter, eq, ge, gt, is_, is_not, itemgetter, lt, mul, ne, not_, or_, sub
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
# Each rule's severity, and the ranks findings are sorted by: looked up once per finding.
_RULE_ORDER = {
    rule: (severity, _SEVERITY_RANK[severity], rank) for rank, (rule, severity) in enumerate(RULE_SEVERITY.items())
}


class Finding:
    """One problem (or note) about the itinerary, naming the items and people involved.

    The message may be given as a function that words it: a check can find tens of thousands of
    problems, and most are never shown, so the sentence is built the first time `message` is read.
    Findings are immutable (their fields are read-only properties) and compare (and hash) by their
    fields, the message included.
    """

    # Private slots behind read-only properties rather than public slots guarded by a __setattr__
    # that refuses: with the guard, every field had to be set through object.__setattr__, and
    # building the 75,000 findings of a 100,000-item plan cost three times as much (0.12 s).
    __slots__ = (
        "_contact_ids",
        "_item_ids",
        "_message",
        "_organization_ids",
        "_participant_ids",
        "_rule",
        "_severity",
    )

    def __init__(
        self,
        severity: Severity,
        rule: str,
        message: str | Callable[[], str],
        item_ids: tuple[str, ...],
        participant_ids: tuple[str, ...] = (),
        contact_ids: tuple[str, ...] = (),
        organization_ids: tuple[str, ...] = (),
    ) -> None:
        self._severity = severity
        self._rule = rule
        self._message = message
        self._item_ids = item_ids
        self._participant_ids = participant_ids
        self._contact_ids = contact_ids
        self._organization_ids = organization_ids

    @property
    def severity(self) -> Severity:
        return self._severity

    @property
    def rule(self) -> str:
        return self._rule

    @property
    def item_ids(self) -> tuple[str, ...]:
        return self._item_ids

    @property
    def participant_ids(self) -> tuple[str, ...]:
        return self._participant_ids

    @property
    def contact_ids(self) -> tuple[str, ...]:
        return self._contact_ids

    @property
    def organization_ids(self) -> tuple[str, ...]:
        return self._organization_ids

    @property
    def message(self) -> str:
        """The sentence shown to people, in the language that was current when the check ran."""
        message = self._message
        if not isinstance(message, str):
            # Worded once; the function (and what it holds on to) is let go.
            message = self._message = message()
        return message

    def _fields(self) -> tuple[object, ...]:
        return (
            self._severity,
            self._rule,
            self.message,
            self._item_ids,
            self._participant_ids,
            self._contact_ids,
            self._organization_ids,
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self._fields() == other._fields()  # type: ignore[attr-defined]

    def __hash__(self) -> int:
        return hash(self._fields())

    def __repr__(self) -> str:
        return (
            f"Finding(severity={self.severity!r}, rule={self.rule!r}, message={self.message!r}, "
            f"item_ids={self.item_ids!r}, participant_ids={self.participant_ids!r}, "
            f"contact_ids={self.contact_ids!r}, organization_ids={self.organization_ids!r})"
        )

    def __reduce__(self) -> tuple[object, ...]:
        # Pickled (sent to another process) with its words, not with the function that makes them.
        return (Finding, self._fields())

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


class _CollectorPause:
    """Holds off the cyclic garbage collector while any check runs (re-entrant, across threads).

    A check of 100,000 items allocates a million small objects, none of them in reference cycles; the
    collections they trigger each walk every object in the process (the items first) and took more
    than half of the run. Whatever is collectable is collected once the last check is done.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._depth = 0
        self._resume = False

    def __enter__(self) -> None:
        with self._lock:
            if self._depth == 0:
                self._resume = gc.isenabled()
                gc.disable()
            self._depth += 1

    def __exit__(self, *exc_info: object) -> None:
        with self._lock:
            self._depth -= 1
            if self._depth == 0 and self._resume:
                gc.enable()


_COLLECTOR_PAUSE = _CollectorPause()


def check_mission(context: CheckContext) -> list[Finding]:
    """All findings, errors first, then by the time of their first item."""
    with _COLLECTOR_PAUSE:
        return _Run(context).findings()


# ---------------------------------------------------------------------------------------------- text
#
# Every message is a whole sentence per grammatical variant, with named placeholders, so that a
# translation can reorder it and make it agree. The templates are marked here and translated by
# _Texts, once per run and only when a finding's message is first read: never in the sweeps.

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


# ------------------------------------------------------------------------------------------- sweeps


_EPOCH = datetime(1970, 1, 1)
_EPOCH_ORDINAL = _EPOCH.toordinal()
_DAYS = attrgetter("days")
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


def _day_end(zone_name: str, day: date) -> float:
    """The UTC instant (POSIX seconds) of the midnight that ends `day` in the zone.

    From the zone's offset that day when it holds through the midnight (cached), rather than a
    zone-aware datetime made for each day of a long plan.
    """
    following = day.toordinal() + 1
    offset = _day_offset(zone_name, following)
    if offset is None:
        return datetime.combine(day + timedelta(days=1), time(), tzinfo=_zone(zone_name)).timestamp()
    return (following - _EPOCH_ORDINAL) * 86400 - offset


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
            # k - 1 began a cluster: everything before it ended by the time it started, so it is what
            # made k flagged (it ends after k starts).
            active = [k - 1]
        elif len(active) == 1:
            if en[active[0]] <= start:
                active = []
        else:
            active = [j for j in active if en[j] > start]
        if en[k] > start:
            b = seq[k]
            if len(active) == 1:
                pairs.append((seq[active[0]], b))
            else:
                pairs.extend([(seq[j], b) for j in active])
        active.append(k)
        previous = k
    return pairs


# --------------------------------------------------------------------------------------------- run

# What the rules read of every item, in two passes (before and after sorting by start): with 100,000
# items, each pass over them costs tens of milliseconds in memory traffic alone.
_TIMING = attrgetter("start", "end", "timezone", "end_timezone", "status", "kind")
_DETAILS = attrgetter(
    "id", "travel", "kind", "attendee_ids", "city", "venue", "host_contact_ids", "host_organization_ids"
)

# How far the sequencing sweep steps through other travellers' items looking for one traveller's next
# item before it looks the rest up by bisection (plans where few items are the whole delegation's).
_WALK = 8


def _or_else(values: Sequence[str | None], fallbacks: Sequence[str]) -> list[str]:
    """`[value or fallback ...]`, with Python work only for the values given (an item's end zone
    is seldom set)."""
    result = list(fallbacks)
    for k in compress(range(len(values)), values):
        result[k] = values[k]
    return result


def _utc_seconds(moments: Sequence[datetime], zones: Sequence[str]) -> tuple[list[float], list[int]]:
    """UTC instants as POSIX seconds of local wall-clock times in their zones, computed in C (map),
    and the local days as ordinals.

    The local time less the zone's offset that day; exact conversion on the days when the offset
    changes. Much faster than Item.start_utc.
    """
    # Each datetime is read once, into a timedelta since the epoch that holds both the day and the
    # time: at 100,000 items the datetimes lie scattered in memory, the new timedeltas side by side.
    since_epoch = list(map(sub, moments, repeat(_EPOCH)))
    ordinals = list(map(add, map(_DAYS, since_epoch), repeat(_EPOCH_ORDINAL)))
    offsets: list[float | None] = list(map(_day_offset, zones, ordinals))
    changing = list(compress(range(len(offsets)), map(is_, offsets, repeat(None))))
    for k in changing:
        offsets[k] = 0.0
    seconds = list(map(sub, map(timedelta.total_seconds, since_epoch), offsets))
    for k in changing:
        seconds[k] = moments[k].replace(tzinfo=_zone(zones[k])).timestamp()
    return seconds, ordinals


class _Later:
    """A finding's sentence, worded by `build(*args)` in the context variables of the check when called.

    A slotted object rather than a functools.partial: a check makes one per finding (75,000 at 100,000
    items), and a partial, with its bound method and empty keywords dict, took a third longer to make.
    """

    __slots__ = ("args", "build", "context")

    def __init__(self, context: contextvars.Context, build: Callable[..., str], args: tuple[object, ...]) -> None:
        self.context = context
        self.build = build
        self.args = args

    def __call__(self) -> str:
        # A copy per call: one Context cannot be entered by two threads at once.
        return self.context.copy().run(self.build, *self.args)


class _Wording:
    """The sentences of one run's findings, built only when a finding's message is first read.

    It holds what the sentences need and nothing more (not the context's lookups), and words them in
    the language that was current when the check ran (the context variables captured then), whenever
    and in whichever thread they are read.
    """

    def __init__(self, mission: Mission, names: Mapping[str, str], participant_count: int) -> None:
        self.mission = mission
        self.names = names
        self.participant_count = participant_count
        self.text = _Texts()
        self.items: list[Item] = []  # by rank, set once the run has sorted them
        self.departure_name: list[str] = []
        self.arrival_name: list[str] = []
        self.leg_mode: Mapping[int, TravelMode | None] = {}
        self._captured = contextvars.copy_context()

    def later(self, build: Callable[..., str], *args: object) -> Callable[[], str]:
        """A function that words a finding by `build(*args)` when called."""
        return _Later(self._captured, build, args)

    def name(self, record_id: str, fallback: str) -> str:
        return self.names.get(record_id) or fallback

    def _people(self, participant_ids: Sequence[str]) -> tuple[int, str]:
        """Who is involved (_WHO_DELEGATION, _WHO_WHOLE, _WHO_ONE or _WHO_MANY), and their names."""
        if not participant_ids:
            return _WHO_DELEGATION, ""  # the implicit traveller of a mission without participants
        if self.participant_count > 1 and len(participant_ids) == self.participant_count:
            return _WHO_WHOLE, ""
        return (_WHO_ONE if len(participant_ids) == 1 else _WHO_MANY), self._participant_names(participant_ids)

    def _participant_names(self, participant_ids: Sequence[str]) -> str:
        unnamed = self.text(_UNNAMED_PARTICIPANT)
        return self.text.names([self.name(pid, unnamed) for pid in participant_ids])

    def _for_whom(self, participant_ids: Sequence[str]) -> str | None:
        """'A and B' when only some of the delegation is concerned, else None."""
        if not participant_ids or len(participant_ids) == self.participant_count:
            return None
        return self._participant_names(participant_ids)

    # ------------------------------------------------------------------------------------ single items

    def end_before_start(self, item: Item) -> str:
        text = self.text
        template = _END_BEFORE_START if item.timezone == item.effective_end_timezone else _END_BEFORE_START_ZONES
        return text(template).format(
            title=text.title(item),
            end=text.when(item.end),
            end_zone=item.effective_end_timezone,
            start=text.when(item.start),
            start_zone=item.timezone,
        )

    def outside_mission(self, item: Item) -> str:
        mission, text = self.mission, self.text
        return text(_OUTSIDE_MISSION).format(
            title=text.title(item),
            time=text.span(item),
            first_day=text.day(mission.start_date),
            last_day=text.day(mission.end_date),
            year=mission.end_date.year,
        )

    # ------------------------------------------------------------------------------------ overlaps

    def overlap(self, a: int, b: int, people: Sequence[str], a_travel: bool, b_travel: bool) -> str:
        text = self.text
        who, names = self._people(people)
        first, second = self.items[a], self.items[b]
        day = first.start.date()
        if a_travel != b_travel:
            # The leg is named first, whichever starts first; the later of the two gets no date if it
            # is on the same day.
            leg, other = (first, second) if a_travel else (second, first)
            return text(_OVERLAP[who, _LEG_AND_ITEM]).format(
                person=names,
                people=names,
                leg=text.title(leg),
                leg_time=text.span(leg, None if a_travel else day),
                other=text.title(other),
                other_time=text.span(other, None if other is first else day),
            )
        return text(_OVERLAP[who, _LEGS if a_travel else _ITEMS]).format(
            person=names,
            people=names,
            first=text.title(first),
            first_time=text.span(first),
            second=text.title(second),
            second_time=text.span(second, day),
        )

    def host_double_booking(self, a: int, b: int, contacts: Sequence[str]) -> str:
        text = self.text
        unnamed = text(_UNNAMED_CONTACT)
        names = text.names([self.name(c, unnamed) for c in contacts])
        first, second = self.items[a], self.items[b]
        return text(_CONTACTS_DOUBLE_BOOKED if len(contacts) > 1 else _CONTACT_DOUBLE_BOOKED).format(
            contact=names,
            contacts=names,
            first=text.title(first),
            first_time=text.span(first),
            second=text.title(second),
            second_time=text.span(second, first.start.date()),
        )

    def host_venue_clash(self, a: int, b: int, organizations: Sequence[str]) -> str:
        text = self.text
        unnamed = text(_UNNAMED_ORGANIZATION)
        names = text.names([self.name(o, unnamed) for o in organizations])
        first, second = self.items[a], self.items[b]
        template = _ORGANIZATIONS_VENUES if len(organizations) > 1 else _ORGANIZATION_VENUES
        return text(template).format(
            organization=names,
            organizations=names,
            first=text.title(first),
            first_venue=first.venue.strip(),
            first_time=text.span(first),
            second=text.title(second),
            second_venue=second.venue.strip(),
            second_time=text.span(second, first.start.date()),
        )

    # ------------------------------------------------------------------------------------ sequencing

    def missing_travel(self, a: int, b: int, gap: float, estimate: float | None, people: Sequence[str]) -> str:
        first, second, text = self.items[a], self.items[b], self.text
        for_whom = self._for_whom(people)
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

    def travel_time(self, a: int, b: int, gap: float, needed: float, people: Sequence[str]) -> str:
        first, second, text = self.items[a], self.items[b], self.text
        for_whom = self._for_whom(people)
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

    def calendar_day(self, day: date, ranks: Sequence[int], holiday: str | None) -> str:
        text = self.text
        count = len(ranks)
        listed = text.items([self.items[r] for r in ranks[:_LISTED_MAX]], count)
        if holiday:
            if count == 1:
                template = text(_HOLIDAY_ONE)
            else:
                template = translate(
                    "Checks",
                    "{day} is a public holiday ({holiday}); %n items are planned on it: {items}.",
                    None,
                    count,
                )
            return template.format(day=text.long_day(day), holiday=holiday, items=listed)
        if count == 1:
            template = text(_WEEKEND_ONE)
        else:
            template = translate("Checks", "{day} is a weekend day; %n items are planned on it: {items}.", None, count)
        return template.format(day=text.long_day(day), items=listed)

    def long_day(self, day: date, first: float, last: float, count: int, other_zones: bool) -> str:
        mission_tz = self.mission.timezone or "UTC"
        zone = _zone(mission_tz)
        if other_zones:
            template = translate(
                "Checks", "{day}: {duration} from {start} to {end} (%n item(s)), times in {zone}.", None, count
            )
        else:
            template = translate("Checks", "{day}: {duration} from {start} to {end} (%n item(s)).", None, count)
        text = self.text
        return template.format(
            day=text.long_day(day),
            duration=text.duration(last - first),
            start=text.when(datetime.fromtimestamp(first, zone), day),
            end=text.when(datetime.fromtimestamp(last, zone), day),
            zone=mission_tz,
        )


class _Run:
    """One evaluation of every rule over a context; arrays are indexed by rank (position in start order)."""

    def __init__(self, context: CheckContext) -> None:
        self.context = context
        self.settings = context.settings
        self.travel = context.settings.travel
        self.mission = context.mission
        self.out: list[tuple[tuple[int, float, int, float, tuple[str, ...]], Finding]] = []
        self.participant_order = {pid: n for n, pid in enumerate(dict.fromkeys(p.id for p in context.participants))}
        self.words = _Wording(context.mission, context.names, len(self.participant_order))
        self._cities: dict[str, City | None] = {}
        self._estimates: dict[tuple[str, str], timedelta | None] = {}
        self._prepare(context.items)
        self.words.items = self.items

    # ------------------------------------------------------------------------------ preparation

    def _prepare(self, items: Sequence[Item]) -> None:
        # Column by column with map and compress: the per-item work runs in C.
        size = len(items)
        if size:
            starts_local, ends_local, zones, end_zones, statuses, kinds = zip(*map(_TIMING, items), strict=True)
        else:
            starts_local = ends_local = zones = end_zones = statuses = kinds = ()
        all_starts, start_days = _utc_seconds(starts_local, zones)
        all_ends, end_days = _utc_seconds(ends_local, _or_else(end_zones, zones))
        words = self.words
        for index in compress(range(size), map(lt, all_ends, all_starts)):
            item = items[index]
            self._add(RULE_END_BEFORE_START, words.later(words.end_before_start, item), (item.id,), all_starts[index])
        live = list(map(ne, statuses, repeat(ItemStatus.CANCELLED)))
        # An item is outside the mission if it starts before its first day or after its last, or ends
        # after midnight at the end of its last day.
        mission = self.mission
        first_midnight = datetime.combine(mission.start_date, time())
        last_midnight = datetime.combine(mission.end_date + timedelta(days=1), time())
        # Days first (ints, cheaper to compare than datetimes), then the times of the few that may be.
        first_day, last_day = mission.start_date.toordinal(), mission.end_date.toordinal()
        maybe = map(
            or_,
            map(or_, map(lt, start_days, repeat(first_day)), map(gt, start_days, repeat(last_day))),
            map(gt, end_days, repeat(last_day)),
        )
        for index in compress(range(size), map(and_, live, maybe)):
            start, end = starts_local[index], ends_local[index]
            if start < first_midnight or start >= last_midnight or end > last_midnight:
                item = items[index]
                message = words.later(words.outside_mission, item)
                self._add(RULE_OUTSIDE_MISSION, message, (item.id,), all_starts[index])
        considered = map(
            and_, map(and_, live, map(ge, all_ends, all_starts)), map(ne, kinds, repeat(ItemKind.ACCOMMODATION))
        )
        self.considered = list(considered)
        valid = list(compress(range(size), self.considered))
        # Start order (ties keep the given order), as parallel lists: cheap to build and to scan.
        valid.sort(key=all_starts.__getitem__)
        self.start_days = start_days  # in the given order, as ordinals
        self.valid = valid
        # New float objects, laid out in start order: the sweeps read these lists again and again, and
        # at 100,000 items the originals, scattered in memory in the given order, cost cache misses.
        self.starts = list(map(add, map(all_starts.__getitem__, valid), repeat(0.0)))
        self.ends = list(map(add, map(all_ends.__getitem__, valid), repeat(0.0)))
        self.items: list[Item] = list(map(items.__getitem__, valid))
        # Columns by rank, kept as the tuples the transposition makes: they are only read.
        details = list(zip(*map(_DETAILS, self.items), strict=True)) or [()] * 8
        self.ids, travels, kinds_ranked, self.attendees, self.cities, self.venues = details[:6]
        self.host_contacts, self.host_organizations = details[6:]
        self.venue_keys = self._venue_keys()
        # Travel legs: booked travel, or items of the travel kind.
        self.is_leg: list[bool] = list(
            map(or_, map(is_not, travels, repeat(None)), map(eq, kinds_ranked, repeat(ItemKind.TRAVEL)))
        )

    # ------------------------------------------------------------------------------------ output

    def _add(
        self,
        rule: str,
        message: Callable[[], str],
        item_ids: tuple[str, ...],
        first: float,
        second: float | None = None,
        participant_ids: tuple[str, ...] = (),
        contact_ids: tuple[str, ...] = (),
        organization_ids: tuple[str, ...] = (),
    ) -> None:
        severity, severity_rank, rule_rank = _RULE_ORDER[rule]
        finding = Finding(severity, rule, message, item_ids, participant_ids, contact_ids, organization_ids)
        # Sorted by severity, the start of the first item, the rule, the start of the second item, then
        # the item ids: a stable, meaningful order that needs no message to be worded.
        key = (severity_rank, first, rule_rank, first if second is None else second, item_ids)
        self.out.append((key, finding))

    def _add_ranks(self, rule: str, message: Callable[[], str], ranks: Sequence[int]) -> None:
        starts = self.starts
        ids = tuple(map(self.ids.__getitem__, ranks))
        self._add(rule, message, ids, starts[ranks[0]], starts[ranks[1]] if len(ranks) > 1 else None)

    def findings(self) -> list[Finding]:
        self._attendance()
        pairs = self._overlapping()
        self._overlaps(pairs)
        self._hosts(pairs)
        self._sequencing()
        self._calendar_days()
        self._long_days()
        self.out.sort(key=itemgetter(0))
        return list(map(itemgetter(1), self.out))

    def _sorted_by_name(self, ids: Iterable[str], fallback: str) -> tuple[str, ...]:
        name = self.words.name
        return tuple(sorted(set(ids), key=lambda i: (name(i, fallback).casefold(), i)))

    def _venue_keys(self) -> list[str]:
        """Each item's venue as compared (spacing and case do not matter), by rank."""
        keys = {venue: " ".join(venue.split()).casefold() for venue in set(self.venues)}
        return list(map(keys.__getitem__, self.venues))

    # ------------------------------------------------------------------------------------ attendance

    def _attendance(self) -> None:
        """Which travellers attend each item, as a bit mask per rank over groups of travellers.

        Travellers who attend the same items share a group (everyone, when all items are for the whole
        delegation); `everyone` has every group's bit, and is what items for the whole delegation get.
        """
        attendees = self.attendees
        size = len(attendees)
        order = self.participant_order
        self._people_of: dict[int, tuple[str, ...]] = {}
        if not order:
            # No delegation entered yet: one implicit traveller attends everything meant for anyone.
            self.group_pids: list[list[str]] = [[]]
            self.everyone = 1
            self.member = list(map(int, map(or_, map(is_, attendees, repeat(None)), map(bool, attendees))))
            return
        explicit: dict[str, list[int]] = {pid: [] for pid in order}
        for r in compress(range(size), map(is_not, attendees, repeat(None))):
            for pid in attendees[r]:
                own = explicit.get(pid)
                if own is not None and (not own or own[-1] != r):  # an id listed twice counts once
                    own.append(r)
        groups: dict[tuple[int, ...], list[str]] = {}
        for pid, own in explicit.items():
            groups.setdefault(tuple(own), []).append(pid)
        self.group_pids = list(groups.values())
        everyone = self.everyone = (1 << len(groups)) - 1
        member = list(map(mul, map(is_, attendees, repeat(None)), repeat(everyone)))
        for index, own in enumerate(groups):
            bit = 1 << index
            for r in own:
                member[r] |= bit
        self.member = member

    def _people(self, mask: int) -> tuple[str, ...]:
        """The ids of the travellers in the groups of `mask`, in the delegation's order."""
        found = self._people_of.get(mask)
        if found is None:
            pids = [pid for index, pids in enumerate(self.group_pids) if mask >> index & 1 for pid in pids]
            found = self._people_of[mask] = tuple(sorted(pids, key=self.participant_order.__getitem__))
        return found

    # ------------------------------------------------------------------------------------ overlaps

    def _overlapping(self) -> list[tuple[int, int]]:
        """Every pair of overlapping items that someone attends or hosts, from one sweep.

        The overlap rules keep the pairs whose items share a traveller, a host contact or a host
        organization. Hosts are not swept one by one: gathering each host's items from all over the
        start order cost more than the pairs it found (200 organizations, 70,000 hosted items: 45 ms
        for 57 pairs), while the pairs of attended items are walked for the travellers anyway.
        """
        member, contacts, organizations = self.member, self.host_contacts, self.host_organizations
        involved = list(compress(range(len(member)), member))
        if len(involved) < len(member):
            # Most items are attended; the few that are not are checked for hosts one by one.
            unattended = compress(range(len(member)), map(not_, member))
            hosted = [r for r in unattended if contacts[r] or organizations[r]]
            involved = sorted(involved + hosted) if hosted else involved
        return _overlapping_pairs(involved, self.starts, self.ends)

    def _overlaps(self, pairs: list[tuple[int, int]]) -> None:
        """Pairs of overlapping items some traveller attends both of, with those travellers.

        A pair counts for the groups of travellers that hold both of its items (their bit masks): most
        items are the whole delegation's, so the groups' sequences are nearly the same.
        """
        starts, member, is_leg = self.starts, self.member, self.is_leg
        ids, words = self.ids, self.words
        for a, b in pairs:
            shared = member[a] & member[b]
            if not shared:
                continue
            people = self._people(shared)
            a_travel, b_travel = is_leg[a], is_leg[b]
            rule = RULE_TRAVEL_OVERLAP if a_travel or b_travel else RULE_DOUBLE_BOOKING
            message = words.later(words.overlap, a, b, people, a_travel, b_travel)
            self._add(rule, message, (ids[a], ids[b]), starts[a], starts[b], participant_ids=people)

    def _hosts(self, pairs: list[tuple[int, int]]) -> None:
        """Pairs of overlapping items with a host contact in common, or an organization at two venues."""
        contacts_of, organizations_of = self.host_contacts, self.host_organizations
        busy: list[tuple[int, int, set[str]]] = []
        clashes: list[tuple[int, int, set[str]]] = []
        venue = self.venue_keys
        for a, b in pairs:
            if contacts_of[a] and contacts_of[b]:
                shared = set(contacts_of[a]).intersection(contacts_of[b])
                if shared:
                    busy.append((a, b, shared))
            if organizations_of[a] and organizations_of[b]:
                shared = set(organizations_of[a]).intersection(organizations_of[b])
                if shared:
                    venue_a, venue_b = venue[a], venue[b]
                    if venue_a and venue_b and venue_a != venue_b:
                        clashes.append((a, b, shared))
        starts, ids, words = self.starts, self.ids, self.words
        for a, b, cids in busy:
            contacts = self._sorted_by_name(cids, words.text(_UNNAMED_CONTACT))
            message = words.later(words.host_double_booking, a, b, contacts)
            self._add(RULE_HOST_DOUBLE_BOOKING, message, (ids[a], ids[b]), starts[a], starts[b], contact_ids=contacts)
        for a, b, oids in clashes:
            organizations = self._sorted_by_name(oids, words.text(_UNNAMED_ORGANIZATION))
            message = words.later(words.host_venue_clash, a, b, organizations)
            self._add(
                RULE_HOST_VENUE_CLASH,
                message,
                (ids[a], ids[b]),
                starts[a],
                starts[b],
                organization_ids=organizations,
            )

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

    def _consecutive(
        self, arrival_key: list[str | None], departure_key: list[str | None], transfer: float
    ) -> list[tuple[int, int, int]]:
        """Each traveller's consecutive items (a, b) that may need a look, with the mask of those travellers.

        A pair may need a look if places differ, the gap is under a transfer, or a leg is involved. The
        attended items in start order are one sequence; where the next of them is the whole
        delegation's, it follows for every traveller of the first (found in C). Elsewhere each group's
        next item is looked for a few steps ahead, then by bisection: never a sweep per traveller.
        """
        member, everyone, starts, ends, is_leg = self.member, self.everyone, self.starts, self.ends, self.is_leg
        union = list(compress(range(len(member)), member))
        count = len(union)
        if count < 2:
            return []
        first, following = union[:-1], union[1:]
        masks = list(map(member.__getitem__, union))
        differ = map(ne, map(arrival_key.__getitem__, first), map(departure_key.__getitem__, following))
        gaps = list(map(sub, map(starts.__getitem__, following), map(ends.__getitem__, first)))
        short = map(lt, gaps, repeat(transfer))
        legs = map(or_, map(is_leg.__getitem__, first), map(is_leg.__getitem__, following))
        # Items that overlap (a negative gap) are for the overlap rules, whatever else holds.
        apart = map(ge, gaps, repeat(0.0))
        flags = map(and_, map(or_, map(or_, differ, short), legs), apart)
        whole_next = list(map(eq, masks[1:], repeat(everyone)))
        found = list(compress(zip(first, following, masks[:-1], strict=True), map(and_, flags, whole_next)))

        def may_matter(a: int, b: int) -> bool:
            return arrival_key[a] != departure_key[b] or starts[b] - ends[a] < transfer or is_leg[a] or is_leg[b]

        positions: dict[int, list[int]] = {}  # a group's positions in `union`, built when first needed
        for i in compress(range(count - 1), map(not_, whole_next)):
            a = union[i]
            remaining = masks[i]
            j = i + 1
            stop = min(count, j + _WALK)
            while remaining and j < stop:
                hit = remaining & masks[j]
                if hit:
                    remaining ^= hit
                    if may_matter(a, union[j]):
                        found.append((a, union[j], hit))
                j += 1
            if not remaining or j >= count:
                continue
            later: dict[int, int] = {}
            while remaining:
                bit = remaining & -remaining
                remaining ^= bit
                own = positions.get(bit)
                if own is None:
                    own = positions[bit] = list(compress(range(count), map(and_, masks, repeat(bit))))
                k = bisect_left(own, j)
                if k < len(own):
                    later[own[k]] = later.get(own[k], 0) | bit
            for k, hit in later.items():
                if may_matter(a, union[k]):
                    found.append((a, union[k], hit))
        return found

    def _sequencing(self) -> None:
        items, starts, ends, is_leg = self.items, self.starts, self.ends, self.is_leg
        size = len(items)
        if size < 2:
            return
        # Where each item needs the traveller (departure) and where it leaves them (arrival): its city,
        # except for travel legs.
        departure: list[str] = list(self.cities)
        arrival = departure.copy()
        leg_mode: dict[int, TravelMode | None] = {}
        for r in compress(range(size), is_leg):
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
        words = self.words
        words.departure_name, words.arrival_name, words.leg_mode = departure, arrival, leg_mode
        keys = {name: self._place_key(name) for name in {*departure, *arrival}}
        departure_key = list(map(keys.__getitem__, departure))
        arrival_key = list(map(keys.__getitem__, arrival))
        transfer = self.travel.same_city_transfer.total_seconds()

        half_overhead = {mode: overhead.total_seconds() / 2 for mode, overhead in self.travel.overheads.items()}
        ids, venue = self.ids, self.venue_keys
        for a, b, mask in self._consecutive(arrival_key, departure_key, transfer):
            gap = starts[b] - ends[a]
            if gap < 0:
                continue  # an overlap, reported as an error by the overlap rules
            leaves, needs = arrival_key[a], departure_key[b]
            if leaves is not None and needs is not None and leaves != needs:
                people = self._people(mask)
                estimate = self._estimate(leaves, needs)
                message = words.later(words.missing_travel, a, b, gap, estimate, people)
                self._add(RULE_MISSING_TRAVEL, message, (ids[a], ids[b]), starts[a], starts[b], people)
                continue
            if is_leg[a] and is_leg[b]:
                continue  # a booked connection
            if is_leg[b]:
                mode = leg_mode[b]
                needed = half_overhead[mode] if mode else 0.0
            elif is_leg[a]:
                mode = leg_mode[a]
                needed = half_overhead[mode] if mode else 0.0
            else:
                venue_a, venue_b = venue[a], venue[b]
                if not (venue_a and venue_b and venue_a != venue_b):
                    continue
                needed = transfer
            if gap < needed:
                people = self._people(mask)
                message = words.later(words.travel_time, a, b, gap, needed, people)
                self._add(RULE_TRAVEL_TIME, message, (ids[a], ids[b]), starts[a], starts[b], people)

    # ------------------------------------------------------------------------------------ days

    def _calendar_days(self) -> None:
        """One note per public holiday or weekend day with items on it (by each item's local start date)."""
        # Each day is looked up once; the items' days are listed only if some day is marked.
        start_days = self.start_days
        context = self.context
        holidays: dict[int, str] = {}
        weekend: set[int] = set()
        for ordinal in set(compress(start_days, self.considered)):
            day = date.fromordinal(ordinal)
            name = context.holiday(day)
            if name:
                holidays[ordinal] = name
            elif context.is_weekend(day):
                weekend.add(ordinal)
        if not holidays and not weekend:
            return
        days = list(map(start_days.__getitem__, self.valid))
        by_day: dict[int, list[int]] = {}
        marked = holidays.keys() | weekend
        for r in compress(range(len(days)), map(marked.__contains__, days)):
            by_day.setdefault(days[r], []).append(r)
        words = self.words
        for ordinal, ranks in by_day.items():
            holiday = holidays.get(ordinal)
            message = words.later(words.calendar_day, date.fromordinal(ordinal), ranks, holiday)
            self._add_ranks(RULE_HOLIDAY if holiday else RULE_WEEKEND, message, ranks)

    def _long_days(self) -> None:
        """Days (in the mission's zone) longer than max_day from the first start to the last end."""
        mission_tz = self.mission.timezone or "UTC"
        zone = _zone(mission_tz)
        starts, ends, items, words = self.starts, self.ends, self.items, self.words
        limit = self.settings.max_day.total_seconds()
        size = len(starts)
        r = 0
        while r < size:
            # The items starting on this day of the mission's calendar are a run of the start order.
            day = datetime.fromtimestamp(starts[r], zone).date()
            following = bisect_left(starts, _day_end(mission_tz, day), r + 1)
            first, last = starts[r], max(ends[r:following])
            if last - first > limit:
                ranks = range(r, following)
                zones = {items[k].timezone for k in ranks} | {items[k].effective_end_timezone for k in ranks}
                message = words.later(words.long_day, day, first, last, following - r, zones != {mission_tz})
                self._add_ranks(RULE_LONG_DAY, message, ranks)
            r = following
