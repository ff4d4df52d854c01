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
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from enum import StrEnum
from functools import cache, lru_cache
from itertools import accumulate, compress, repeat
from operator import attrgetter, lt, ne, or_, sub
from zoneinfo import ZoneInfo

from missionplanner.domain.enums import ItemKind, ItemStatus, TravelMode
from missionplanner.domain.geo import City
from missionplanner.domain.models import Item, Mission, Participant
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

_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_TITLE_MAX = 60
_LISTED_MAX = 5


def _duration(seconds: float) -> str:
    """'1 h 20 min', '45 min', '2 h': whole minutes, rounded up so a shortfall is never '0 min'."""
    minutes = max(0, math.ceil(seconds / 60 - 1e-9))
    hours, minutes = divmod(minutes, 60)
    if hours and minutes:
        return f"{hours} h {minutes} min"
    return f"{hours} h" if hours else f"{minutes} min"


def _day(day: date) -> str:
    return f"{day.day} {_MONTHS[day.month - 1]}"


def _long_day(day: date) -> str:
    return f"{_WEEKDAYS[day.weekday()]} {_day(day)}"


def _when(moment: datetime, same_day: date | None = None) -> str:
    """Local 'HH:MM', preceded by the date unless it is `same_day`."""
    clock = f"{moment.hour:02d}:{moment.minute:02d}"
    return clock if moment.date() == same_day else f"{_day(moment.date())} {clock}"


def _span(item: Item, same_day: date | None = None) -> str:
    start = _when(item.start, same_day)
    if item.end.date() == item.start.date():
        return f"{start}–{item.end.hour:02d}:{item.end.minute:02d}"
    return f"{start} – {_when(item.end)}"


def _title(item: Item) -> str:
    title = " ".join(item.title.split())
    if len(title) > _TITLE_MAX:
        title = title[: _TITLE_MAX - 1].rstrip() + "…"
    return f"'{title}'"


def _join(names: Sequence[str]) -> str:
    if len(names) > _LISTED_MAX:
        names = [*names[: _LISTED_MAX - 1], f"{len(names) - _LISTED_MAX + 1} others"]
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def _listed_items(items: Sequence[Item], count: int) -> str:
    """The first few of `count` items with their local start times."""
    shown = [f"{_title(item)} ({_when(item.start, item.start.date())})" for item in items[:_LISTED_MAX]]
    if count > _LISTED_MAX:
        shown.append(f"{count - _LISTED_MAX} more")
    return _join(shown) if len(shown) <= _LISTED_MAX else ", ".join(shown[:-1]) + " and " + shown[-1]


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

    def _people(self, participant_ids: Sequence[str]) -> tuple[str, bool]:
        """Who is involved (to start a sentence), and whether that is grammatically plural."""
        everyone = len(self.participant_order)
        if not participant_ids:
            return "The delegation", False  # the implicit traveller of a mission without participants
        if everyone > 1 and len(participant_ids) == everyone:
            return "The whole delegation", False
        names = [self._name(pid, "an unnamed participant") for pid in participant_ids]
        return _join(names), len(names) > 1

    def _for_whom(self, participant_ids: Sequence[str]) -> str:
        """' for A and B' when only some of the delegation is concerned, else ''."""
        if not participant_ids or len(participant_ids) == len(self.participant_order):
            return ""
        return " for " + self._people(participant_ids)[0]

    def _sorted_participants(self, ids: Iterable[str]) -> list[str]:
        order = self.participant_order
        return sorted(set(ids), key=order.__getitem__)

    def _sorted_by_name(self, ids: Iterable[str], fallback: str) -> list[str]:
        return sorted(set(ids), key=lambda i: (self._name(i, fallback).casefold(), i))

    # ------------------------------------------------------------------------------------ single items

    def _end_before_start(self, item: Item, start: float) -> None:
        zones = item.timezone != item.effective_end_timezone
        end_zone = f" {item.effective_end_timezone}" if zones else ""
        start_zone = f" {item.timezone}" if zones else ""
        message = (
            f"{_title(item)} ends ({_when(item.end)}{end_zone}) before it starts "
            f"({_when(item.start)}{start_zone}); set an end time after the start time."
        )
        self._add(RULE_END_BEFORE_START, message, item_ids=(item.id,), first=start)

    def _outside_mission(self, item: Item, start: float) -> None:
        mission = self.mission
        message = (
            f"{_title(item)} ({_span(item)}) falls outside the mission's dates "
            f"({_day(mission.start_date)} – {_day(mission.end_date)} {mission.end_date.year})."
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

    def _overlaps(self) -> None:
        starts, ends, items = self.starts, self.ends, self.items
        involved: dict[tuple[int, int], list[str]] = {}
        for seq, pids in self.groups:
            for pair in _overlapping_pairs(seq, starts, ends):
                involved.setdefault(pair, []).extend(pids)
        for (a, b), pids in involved.items():
            people = self._sorted_participants(pids)
            who, plural = self._people(people)
            verb = "are" if plural else "is"
            first, second = items[a], items[b]
            day = first.start.date()
            a_travel, b_travel = _is_leg(first), _is_leg(second)
            if a_travel and b_travel:
                rule = RULE_TRAVEL_OVERLAP
                what = (
                    f"on the travel legs {_title(first)} ({_span(first)}) and {_title(second)} ({_span(second, day)})"
                )
            elif a_travel or b_travel:
                rule = RULE_TRAVEL_OVERLAP
                leg, other = (first, second) if a_travel else (second, first)
                leg_day = None if a_travel else day
                what = (
                    f"on the travel leg {_title(leg)} ({_span(leg, leg_day)}) "
                    f"and for {_title(other)} ({_span(other, None if other is first else day)})"
                )
            else:
                rule = RULE_DOUBLE_BOOKING
                what = f"for {_title(first)} ({_span(first)}) and {_title(second)} ({_span(second, day)})"
            self._add(rule, f"{who} {verb} booked {what} at the same time.", (a, b), participant_ids=people)

    def _hosts(self) -> None:
        items = self.items
        by_contact = _by_host(items, "host_contact_ids")
        by_organization = _by_host(items, "host_organization_ids")
        starts, ends = self.starts, self.ends
        busy: dict[tuple[int, int], list[str]] = {}
        for cid, seq in by_contact.items():
            for pair in _overlapping_pairs(seq, starts, ends):
                busy.setdefault(pair, []).append(cid)
        for (a, b), cids in busy.items():
            contacts = self._sorted_by_name(cids, "an unnamed contact")
            names = [self._name(c, "an unnamed contact") for c in contacts]
            first, second = items[a], items[b]
            message = (
                f"{_join(names)} {'host' if len(names) > 1 else 'hosts'} {_title(first)} ({_span(first)}) "
                f"and {_title(second)} ({_span(second, first.start.date())}) at the same time."
            )
            self._add(RULE_HOST_DOUBLE_BOOKING, message, (a, b), contact_ids=contacts)
        clashes: dict[tuple[int, int], list[str]] = {}
        for oid, seq in by_organization.items():
            for a, b in _overlapping_pairs(seq, starts, ends):
                venue_a, venue_b = _venue(items[a]), _venue(items[b])
                if venue_a and venue_b and venue_a != venue_b:
                    clashes.setdefault((a, b), []).append(oid)
        for (a, b), oids in clashes.items():
            organizations = self._sorted_by_name(oids, "an unnamed organization")
            names = [self._name(o, "an unnamed organization") for o in organizations]
            first, second = items[a], items[b]
            message = (
                f"{_join(names)} {'host' if len(names) > 1 else 'hosts'} {_title(first)} at {first.venue.strip()} "
                f"({_span(first)}) and {_title(second)} at {second.venue.strip()} "
                f"({_span(second, first.start.date())}) at the same time."
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
        candidates: dict[int, list[str]] = {}
        for seq, pids in self.groups:
            if len(seq) < 2:
                continue
            following = seq[1:]
            differ = map(ne, map(arrival_key.__getitem__, seq), map(departure_key.__getitem__, following))
            gaps = map(sub, map(starts.__getitem__, following), map(ends.__getitem__, seq))
            short = map(lt, gaps, repeat(transfer))
            legs = map(or_, map(is_leg.__getitem__, seq), map(is_leg.__getitem__, following))
            flags = map(or_, map(or_, differ, short), legs)
            for k in compress(range(len(following)), flags):
                code = seq[k] * size + following[k]
                candidates.setdefault(code, []).extend(pids)

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
            text = self._missing_travel(a, b, gap, needed, for_whom)
        else:
            text = self._travel_time(a, b, gap, needed or 0.0, for_whom)
        self._add(rule, text, (a, b), participant_ids=people)

    def _ends_text(self, a: int, b: int) -> tuple[str, str]:
        first, second = self.items[a], self.items[b]
        return _when(first.end), _when(second.start, first.end.date())

    def _missing_travel(self, a: int, b: int, gap: float, estimate: float | None, for_whom: str) -> str:
        first, second = self.items[a], self.items[b]
        ends_at, starts_at = self._ends_text(a, b)
        first_text = f"{'the travel leg ' if (a in self.leg_mode) else ''}{_title(first)} "
        first_text += f"({'arrives' if (a in self.leg_mode) else 'ends'} {ends_at})"
        second_text = f"{'the travel leg ' if (b in self.leg_mode) else ''}{_title(second)} "
        second_text += f"({'departs' if (b in self.leg_mode) else 'starts'} {starts_at})"
        text = (
            f"No travel{for_whom} from {_clean(self.arrival_name[a])} to {_clean(self.departure_name[b])} "
            f"between {first_text} and {second_text}"
        )
        if estimate is None:
            return text + "."
        text += f"; about {_duration(estimate)} needed"
        if gap < estimate:
            text += f", {_duration(estimate - gap)} short"
        return text + "."

    def _travel_time(self, a: int, b: int, gap: float, needed: float, for_whom: str) -> str:
        first, second = self.items[a], self.items[b]
        ends_at, starts_at = self._ends_text(a, b)
        short = _duration(needed - gap)
        if b in self.leg_mode:
            city = _clean(self.departure_name[b]) or _clean(self.arrival_name[a])
            where = f" in {city}" if city else ""
            return (
                f"Only {_duration(gap)} between {_title(first)} (ends {ends_at}) and the travel leg "
                f"{_title(second)} (departs {starts_at}){where}{for_whom}; allow about {_duration(needed)} "
                f"to get to the departure point and check in, {short} short."
            )
        if a in self.leg_mode:
            city = _clean(self.arrival_name[a]) or _clean(self.departure_name[b])
            where = f" in {city}" if city else ""
            return (
                f"Only {_duration(gap)} between the travel leg {_title(first)} (arrives {ends_at}) and "
                f"{_title(second)} (starts {starts_at}){where}{for_whom}; allow about {_duration(needed)} "
                f"to leave the arrival point, {short} short."
            )
        city = _clean(self.departure_name[b]) or _clean(self.arrival_name[a])
        where = f" in {city}" if city else ""
        return (
            f"Only {_duration(gap)} between {_title(first)} at {first.venue.strip()} (ends {ends_at}) and "
            f"{_title(second)} at {second.venue.strip()} (starts {starts_at}){where}{for_whom}; moving between "
            f"venues takes about {_duration(needed)}, {short} short."
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
        for day, ranks in by_day.items():
            listed = _listed_items([items[r] for r in ranks[: _LISTED_MAX + 1]], len(ranks))
            count = "1 item is" if len(ranks) == 1 else f"{len(ranks)} items are"
            if day in holidays:
                message = f"{_long_day(day)} is a public holiday ({holidays[day]}); {count} planned on it: {listed}."
                self._add(RULE_HOLIDAY, message, ranks)
            else:
                message = f"{_long_day(day)} is a weekend day; {count} planned on it: {listed}."
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
                message = (
                    f"{_long_day(day)}: {_duration(last - first)} from {_when(begin, day)} to "
                    f"{_when(finish, day)} ({count} item{'s' if count != 1 else ''})"
                )
                zones = {items[k].timezone for k in ranks} | {items[k].effective_end_timezone for k in ranks}
                if zones != {mission_tz}:
                    message += f", times in {mission_tz}"
                self._add(RULE_LONG_DAY, message + ".", ranks)
            r = following
