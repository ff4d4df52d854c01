"""Importing a people or organizations list into the directory (and optionally a delegation).

The use-case runs in steps a front end can show one by one:

1. `plan_import`: check every row and propose merges with directory records (rapidfuzz on normalised names);
2. `build_operations`: decide, with the merges the user accepted, exactly what will be created and updated;
3. `apply_operations`: write it all in one transaction; `revert_operations` takes it back (undo).

`import_table` does all three for the command line.
"""

from __future__ import annotations

import bisect
import gc
import math
import re
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache
from typing import Any, NamedTuple

from rapidfuzz import fuzz, process

from missionplanner.domain.enums import OrganizationKind, ParticipantRole
from missionplanner.domain.errors import ExchangeError, Problem
from missionplanner.domain.models import Contact, Organization, Participant, new_id
from missionplanner.domain.people_import import (
    MATCH_THRESHOLD,
    ImportKind,
    OrganizationRow,
    ParsedRows,
    PersonRow,
    RowProblem,
    fields_for,
    guess_kind,
    guess_mapping,
    header_problems,
    mapping_problems,
    match_key,
    normalise_name,
    parse_rows,
)
from missionplanner.domain.progress import NO_PROGRESS, Progress
from missionplanner.domain.reference import country_name
from missionplanner.domain.translation import translate
from missionplanner.domain.validation import contact_problems, organization_problems
from missionplanner.exchange.table_files import Table, check_has_data
from missionplanner.services.app import Services
from missionplanner.services.changes import ChangeSet

PREVIEW_ROWS = 20


@dataclass(frozen=True)
class ProposedMatch:
    """A name in the file that looks like a directory record; the user accepts the merge or not."""

    entity: str  # "organization" or "contact"
    key: str
    name: str
    rows: tuple[int, ...]
    existing_id: str
    existing_name: str
    score: float

    @property
    def decision_key(self) -> tuple[str, str]:
        return (self.entity, self.key)


@dataclass
class ImportPlan:
    """The file read and checked, with the merges proposed; nothing is written yet."""

    table: Table
    kind: ImportKind
    mapping: dict[str, int | None]
    parsed: ParsedRows
    matches: list[ProposedMatch]
    mission_id: str | None = None
    role: ParticipantRole | None = None

    @property
    def problems(self) -> list[RowProblem]:
        return self.parsed.problems

    @property
    def data_rows(self) -> int:
        return sum(1 for _, values in self.table.rows if any(str(v).strip() for v in values))

    def preview(self, limit: int = PREVIEW_ROWS) -> tuple[list[str], list[list[str]]]:
        """Column titles and the first good rows as they will be stored (country codes, role names...)."""
        headers = [translate("PeopleImport", "Row")] + [f.label for f in fields_for(self.kind)]
        rows = []
        for record in self.parsed.rows[:limit]:
            values: list[str] = [str(record.row)]
            for import_field in fields_for(self.kind):
                value = getattr(record, import_field.name, "")
                if import_field.name == "country":
                    value = f"{value} ({country_name(value)})" if value else ""
                elif import_field.name == "role":
                    value = value.label if value else ""
                elif import_field.name == "kind":
                    value = value.label
                elif isinstance(value, tuple):
                    value = "; ".join(value)
                values.append(str(value or ""))
            rows.append(values)
        return headers, rows


@dataclass
class ImportOperations:
    """Exactly what an import writes: records to create (in order) and records to update (before, after)."""

    kind: ImportKind
    created: list[tuple[str, Any]] = field(default_factory=list)
    updated: list[tuple[str, Any, Any]] = field(default_factory=list)
    matched: list[dict[str, Any]] = field(default_factory=list)
    skipped: list[dict[str, Any]] = field(default_factory=list)
    already_in_delegation: list[dict[str, Any]] = field(default_factory=list)
    rows_read: int = 0

    def count(self, entity: str) -> int:
        return sum(1 for e, _ in self.created if e == entity)

    def report(self, *, dry_run: bool = False) -> dict[str, Any]:
        """Counts and lists, as the CLI prints them with --json."""
        matched_counts: dict[str, int] = {}
        for match in self.matched:
            matched_counts[match["entity"]] = matched_counts.get(match["entity"], 0) + 1
        return {
            "kind": self.kind.value,
            "dry_run": dry_run,
            "rows": self.rows_read,
            "created": {
                "organizations": self.count("organization"),
                "contacts": self.count("contact"),
                "participants": self.count("participant"),
            },
            "matched": {
                "organizations": matched_counts.get("organization", 0),
                "contacts": matched_counts.get("contact", 0),
            },
            "updated": {
                "organizations": sum(1 for e, *_ in self.updated if e == "organization"),
                "contacts": sum(1 for e, *_ in self.updated if e == "contact"),
            },
            "skipped": self.skipped,
            "already_in_delegation": self.already_in_delegation,
            "created_records": [
                {"entity": e, "id": r.id, "name": getattr(r, "name", "")} for e, r in self.created if e != "participant"
            ],
            "matched_records": self.matched,
        }

    def summary(self) -> str:
        """One line for a status bar or the end of the CLI output."""
        report = self.report()
        # Counts in plain names: pyside6-lupdate only recognises a plain name as the count of a plural text.
        contacts, organizations = report["created"]["contacts"], report["created"]["organizations"]
        participants, skipped = report["created"]["participants"], len(self.skipped)
        people = self.kind == ImportKind.PEOPLE
        matched = report["matched"]["contacts" if people else "organizations"]
        parts = [
            translate("PeopleImport", "%n contact(s) created", None, contacts)
            if people
            else translate("PeopleImport", "%n organization(s) created", None, organizations),
            translate("PeopleImport", "%n matched", None, matched),
        ]
        if people and organizations:
            parts.append(translate("PeopleImport", "%n organization(s) created", None, organizations))
        if participants:
            parts.append(translate("PeopleImport", "%n added to the delegation", None, participants))
        parts.append(translate("PeopleImport", "%n row(s) skipped", None, skipped))
        return ", ".join(parts)


@contextmanager
def _collector_paused() -> Iterator[None]:
    """The cyclic garbage collector held off while an import step runs, and resumed as it was after.

    Planning 10,000 rows against the scale archive allocates some half a million small objects, none in
    reference cycles; the collections they triggered each walked the whole heap (~0.3 s of the import).
    """
    resume = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if resume:
            gc.enable()


class _Index:
    """Normalised names of directory records, built once, for exact and fuzzy look-ups.

    Fuzzy look-ups score only the names that can reach the threshold, found without loss by a
    segment filter: token_sort_ratio is 100 * (1 - D / (la + lb)) where D is the insert/delete
    distance between the token-sorted names (of lengths la and lb), so a match needs D <= tau =
    (1 - threshold / 100) * (la + lb). Each token-sorted directory name is cut into tau_max(lb) + 1
    segments; D edits touch at most D of them, so one segment survives and appears in the imported
    name near its own position. Only the names found through such a segment are scored, with the
    same scorer, and each distinct token-sorted name once (many records share one).
    """

    def __init__(self, entries: Iterable[tuple[Any, str, bool]], threshold: int) -> None:
        """`entries`: (record, its match key, whether the key is of its name rather than its local name)."""
        self.records: list[Any] = []
        self.keys: list[str] = []
        self.exact: dict[str, int] = {}
        self.threshold = threshold
        self._sorted: list[str] = []  # each key with its words sorted, as token_sort_ratio compares them
        self.is_name: list[bool] = []  # False for an organization's local name
        self.irregular: list[int] = []  # keys with other spacing than one space between words
        self.add(entries)
        self._scored_cache: dict[str, list[tuple[float, int]]] = {}
        self._by_sorted: dict[str, list[int]] = {}  # token-sorted name -> indices of the keys sorted to it
        # (length, segment number) -> segment text -> the token-sorted names of that length with it there.
        self._segments: dict[tuple[int, int], dict[str, list[str]]] | None = None
        self._always: list[str] = []  # names too short to cut into segments: always scored
        self._always_cache: dict[int, list[str]] = {}
        self._lengths: set[int] = set()
        self._unbuilt: dict[int, list[str]] = {}  # names by length, not cut into segments yet
        self._probe_cache: dict[int, list[tuple[dict[str, list[str]], int, int]]] = {}

    def add(self, entries: Iterable[tuple[Any, str, bool]]) -> None:
        """Append records with their keys (before the first fuzzy look-up); blank keys are left out."""
        # List by list rather than entry by entry: 62,500 organization names took 0.4 s one at a time.
        kept = [entry for entry in entries if entry[1]]
        if kept:
            self.add_columns(*zip(*kept, strict=True))

    def add_columns(self, records: Sequence[Any], keys: Sequence[str], is_name: Sequence[bool]) -> None:
        """`add` for entries given column by column (none with a blank key)."""
        start = len(self.records)
        ordered = [" ".join(sorted(key.split())) for key in keys]
        self.records += records
        self.keys += keys
        self._sorted += ordered
        self.is_name += is_name
        exact = self.exact
        for index, key in enumerate(keys, start):
            if key not in exact:
                exact[key] = index
        # Collapsing the spacing (as sorting the words does) shortens only an irregularly spaced key.
        self.irregular += [start + i for i, (a, b) in enumerate(zip(keys, ordered, strict=True)) if len(a) != len(b)]

    def _build(self) -> dict[tuple[int, int], dict[str, list[str]]]:
        """The segment index, as far as built: names are only grouped by length here, and cut into
        segments the first time a look-up needs their length (imported names are rarely as long as the
        longest of the directory)."""
        if self._segments is not None:
            return self._segments
        by_sorted = self._by_sorted
        for index, ordered in enumerate(self._sorted):
            if ordered in by_sorted:
                by_sorted[ordered].append(index)
            else:
                by_sorted[ordered] = [index]
        for ordered in by_sorted:
            if _partition(len(ordered), self.threshold) is None:
                self._always.append(ordered)
            else:
                self._unbuilt.setdefault(len(ordered), []).append(ordered)
        self._lengths = set(self._unbuilt)
        self._segments = {}
        return self._segments

    def _build_length(self, lb: int) -> None:
        """Cut the names of length lb into their segments."""
        names = self._unbuilt.pop(lb, None)
        if not names:
            return
        segments = self._build()
        parts = _partition(lb, self.threshold)
        assert parts is not None
        for number, (start, size) in enumerate(parts):
            end, bucket = start + size, segments.setdefault((lb, number), {})
            for name in names:
                found = bucket.get(name[start:end])
                if found is None:
                    bucket[name[start:end]] = [name]
                else:
                    found.append(name)

    def _shortlist(self, key: str) -> list[str]:
        """The token-sorted names (in no order, some more than once) that could score at or above the
        threshold against `key`."""
        self._build()
        if self.threshold <= 0:
            return list(self._by_sorted)
        # The filter works on the names as compared: with their words sorted and single-spaced.
        ordered = " ".join(sorted(key.split()))
        la = len(ordered)
        near = list(self._always_near(la))
        # Only ~10% of the names found come through two segments: scoring those twice costs less than
        # making a set of them all (~0.06 s over the benchmark's 4,709 employers).
        for bucket, begin, end in self._probes(la):
            found = bucket.get(ordered[begin:end])
            if found:
                near += found
        return near

    def _always_near(self, la: int) -> list[str]:
        """The names always scored (see `_build`) that are close enough in length to a name of length la."""
        # Worked out once per length: checking them all again on each of thousands of look-ups took ~0.05 s.
        near = self._always_cache.get(la)
        if near is None:
            near = [name for name in self._always if _close_lengths(la, len(name), self.threshold)]
            self._always_cache[la] = near
        return near

    def _probes(self, la: int) -> list[tuple[dict[str, list[str]], int, int]]:
        """For a name of length la: in which segment's texts to look for its own text at [begin, end)."""
        probes = self._probe_cache.get(la)
        if probes is not None:
            return probes
        probes = []
        for lb in sorted(self._lengths):
            if not _close_lengths(la, lb, self.threshold):
                continue
            self._build_length(lb)
            parts = _partition(lb, self.threshold)
            assert parts is not None
            tau, shift = _tau(la + lb, self.threshold), la - lb
            # The distance has the parity of la + lb (each unmatched character of either name counts once).
            tau -= (tau - la - lb) % 2
            low, high = -((tau - shift) // 2), (tau + shift) // 2
            for number, (start, size) in enumerate(parts):
                # If segment `number` is the first intact one, every earlier segment took an edit.
                first, last = max(low, shift - tau + number), min(high, shift + tau - number)
                bucket = self._segments[(lb, number)]  # type: ignore[index]
                for begin in range(max(0, start + first), min(la - size, start + last) + 1):
                    probes.append((bucket, begin, begin + size))
        self._probe_cache[la] = probes
        return probes

    def scored(self, key: str) -> list[tuple[float, int]]:
        """(score, index) of every name scoring at or above the threshold against `key`, in no order."""
        found = self._scored_cache.get(key)
        if found is not None:
            return found
        # token_sort_ratio is ratio on the token-sorted names: each is sorted once, and scored once
        # however many records share it; the scorer hands back the name, which gives its records.
        extracted = process.extract(
            " ".join(sorted(key.split())),
            self._shortlist(key),
            scorer=fuzz.ratio,
            score_cutoff=self.threshold,
            limit=None,
        )
        by_sorted = self._by_sorted
        best = {name: score for name, score, _ in extracted}  # a name shortlisted twice is found twice
        found = [(score, index) for name, score in best.items() for index in by_sorted[name]]
        self._scored_cache[key] = found
        return found

    def candidates(self, key: str, limit: int = 5) -> list[tuple[Any, float]]:
        """The best records for `key`: its exact name first, then by score, equal scores in directory order."""
        return list(self.lazy_candidates(key, limit))

    def exact_record(self, key: str) -> Any | None:
        """The first record in directory order whose key is `key`."""
        index = self.exact.get(key)
        return None if index is None else self.records[index]

    def record(self, index: int) -> Any:
        return self.records[index]

    def order(self, index: int) -> Any:
        """Where record `index` comes in directory order (its position: records are added in that order)."""
        return index

    def lazy_candidates(self, key: str, limit: int = 5) -> Iterator[tuple[Any, float]]:
        """`candidates`, but the fuzzy ones are only looked for once the exact name has been turned down."""
        if not key:
            return
        found: list[tuple[Any, float]] = []
        exact = self.exact_record(key)
        if exact is not None:
            found.append((exact, 100.0))
            yield found[0]
            if limit == 1:
                return
        yield from self._fuzzy_candidates(key, limit, found)

    def _fuzzy_candidates(self, key: str, limit: int, found: list[tuple[Any, float]]) -> Iterator[tuple[Any, float]]:
        """The close names after `found` (the exact one, if any), up to `limit` in all, appended as they go."""
        digits = _digits(key)
        # Best first; among equal scores the directory's order, whatever order the shortlist came in.
        best = sorted((-score, self.order(index), index) for score, index in self.scored(key))[: limit + 2]
        for negative, _, index in best:
            if len(found) >= limit:
                return
            record = self.record(index)
            # "Enterprise No. 4" and "Enterprise No. 5" are close as text but are different records.
            if _digits(self.keys[index]) == digits and all(record.id != r.id for r, _ in found):
                found.append((record, float(-negative)))
                yield found[-1]


# Fuzzy look-ups among all contacts scored by brute force before the segment index is built: one takes
# ~25 ms over 200,000 names, building the index for the lengths asked about up to ~1 s.
_BRUTE_FORCE_LOOKUPS = 40
# What COLLATE NOCASE folds: ASCII letters only.
_NOCASE = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


class _EveryContact(_Index):
    """Every contact of the directory, for ranking the few imported people whose employer lets them match.

    An exact name is one indexed query. For fuzzy look-ups only the distinct match keys are read (from
    their index, at the first one) and scored, by brute force for the first few names and through the
    segment filter once many are asked about; then the contacts with the keys found are read by key.
    """

    def __init__(self, services: Services, threshold: int) -> None:
        super().__init__((), threshold)
        self._services = services
        self._loaded = False
        self._brute_force_left = _BRUTE_FORCE_LOOKUPS
        self._exact_cache: dict[str, _Named | None] = {}
        # By length (self.keys are in order of length): the keys with their words sorted, and which keys may
        # be spaced otherwise than by single spaces.
        self._ordered_by_length: dict[int, list[str]] = {}
        self._spaced_by_length: dict[int, list[int]] = {}

    def exact_record(self, key: str) -> _Named | None:
        if key not in self._exact_cache:
            row = self._services.contacts.first_with_match_key(key)
            self._exact_cache[key] = None if row is None else _Named(row[0], row[1], organization_id=row[2])
        return self._exact_cache[key]

    def _fuzzy_candidates(self, key: str, limit: int, found: list[tuple[Any, float]]) -> Iterator[tuple[Any, float]]:
        """As `_Index`'s with every contact an entry: ties go by name (as COLLATE NOCASE compares) and id,
        the directory's order."""
        digits = _digits(key)
        scores = {self.keys[index]: score for score, index in self.scored(key)}
        rows = self._services.contacts.with_match_keys(list(scores))
        best = sorted((-scores[k], name.translate(_NOCASE), id, name, employer, k) for id, name, employer, k in rows)
        for negative, _, id, name, employer, k in best[: limit + 2]:
            if len(found) >= limit:
                return
            # "Enterprise No. 4" and "Enterprise No. 5" are close as text but are different records.
            if _digits(k) == digits and all(id != r.id for r, _ in found):
                found.append((_Named(id, name, organization_id=employer), float(-negative)))
                yield found[-1]

    def scored(self, key: str) -> list[tuple[float, int]]:
        """(score, index) of every distinct contact key scoring at or above the threshold against `key`."""
        self._load()
        if key in self._scored_cache or self._brute_force_left <= 0 or self.threshold <= 0:
            if not self._sorted:
                self._sorted = [" ".join(sorted(k.split())) for k in self.keys]
            return super().scored(key)
        self._brute_force_left -= 1
        found = self._brute_force(key)
        self._scored_cache[key] = found
        return found

    def _load(self) -> None:
        """Read the distinct keys, once, and order them by length."""
        if not self._loaded:
            self._loaded = True
            # Keys only (no records, exact names or local names here): `add` took ~0.5 s for 200,000.
            self.keys = sorted(self._services.contacts.distinct_match_keys(), key=len)

    def _brute_force(self, key: str) -> list[tuple[float, int]]:
        """Exactly what the segment filter finds, without building it: every key whose token-sorted form
        scores at the threshold, scoring only the keys of a length that can (sorting the words of all
        200,000 keys took longer than the look-up)."""
        query = " ".join(sorted(key.split()))
        low, high = _close_length_range(len(query), self.threshold)
        start, end = self._between(low, high)
        # Sorting the words of a key collapses its spacing: a longer key spaced otherwise may be that close.
        longest = len(self.keys[-1]) if self.keys else 0
        spaced = [i for length in range(high + 1, longest + 1) for i in self._spaced_of_length(length)]
        names = [name for length in range(low, high + 1) for name in self._ordered_of_length(length)]
        names += [" ".join(sorted(self.keys[i].split())) for i in spaced]
        extracted = process.extract(query, names, scorer=fuzz.ratio, score_cutoff=self.threshold, limit=None)
        within = end - start
        return [
            (score, start + position if position < within else spaced[position - within])
            for _, score, position in extracted
        ]

    def _between(self, low: int, high: int) -> tuple[int, int]:
        """[start, end) of the keys `low` to `high` characters long."""
        return bisect.bisect_left(self.keys, low, key=len), bisect.bisect_right(self.keys, high, key=len)

    def _ordered_of_length(self, length: int) -> list[str]:
        """The keys `length` characters long (in their order), with their words sorted."""
        ordered = self._ordered_by_length.get(length)
        if ordered is None:
            start, end = self._between(length, length)
            ordered = [" ".join(sorted(k.split())) for k in self.keys[start:end]]
            self._ordered_by_length[length] = ordered
        return ordered

    def _spaced_of_length(self, length: int) -> list[int]:
        """The keys `length` characters long that may be spaced otherwise than by single spaces: by a
        character other than the space (all unprintable), or by spaces at an end or two in a row."""
        spaced = self._spaced_by_length.get(length)
        if spaced is None:
            start, end = self._between(length, length)
            keys = self.keys[start:end]
            # Usually none is: checked on all the keys at once (one by one took ~0.07 s for 200,000).
            joined = f"|{'|'.join(keys)}|"
            spaced = []
            if not joined.isprintable() or "  " in joined or "| " in joined or " |" in joined:
                spaced = [
                    start + i for i, k in enumerate(keys) if not k.isprintable() or "  " in k or k != k.strip(" ")
                ]
            self._spaced_by_length[length] = spaced
        return spaced


def _tau(total: int, threshold: int) -> int:
    """The largest insert/delete distance two names of `total` characters together may have and match."""
    return math.floor((100 - threshold) * total / 100 + 1e-6)


def _close_lengths(la: int, lb: int, threshold: int) -> bool:
    """Whether names of these lengths can match at all (the distance is at least the length difference)."""
    return abs(la - lb) <= _tau(la + lb, threshold)


def _close_length_range(la: int, threshold: int) -> tuple[int, int]:
    """The lengths lb with _close_lengths(la, lb) (threshold > 0): one interval, as the distance allowed
    grows by less than the length difference."""
    low, high = la, la
    while low > 0 and _close_lengths(la, low - 1, threshold):
        low -= 1
    while _close_lengths(la, high + 1, threshold):
        high += 1
    return low, high


@cache
def _partition(lb: int, threshold: int) -> tuple[tuple[int, int], ...] | None:
    """(start, size) of the segments a name of length lb is cut into; None if some would be empty."""
    if threshold <= 0:
        return None
    la = lb
    while _close_lengths(la + 1, lb, threshold):
        la += 1
    count = _tau(la + lb, threshold) + 1
    if lb < count:
        return None
    short, longer = divmod(lb, count)
    parts, start = [], 0
    for number in range(count):
        size = short + (1 if number >= count - longer else 0)
        parts.append((start, size))
        start += size
    return tuple(parts)


def _digits(key: str) -> list[str]:
    return re.findall(r"\d+", key)


# Cached: planning and building an import key each imported name several times (~0.3 s for 10,000 rows).
@lru_cache(maxsize=1 << 16)
def _org_key(name: str) -> str:
    return match_key(name)


@lru_cache(maxsize=1 << 16)
def _person_key(name: str) -> str:
    return normalise_name(name) or name.casefold()


@_collector_paused()
def plan_import(
    services: Services,
    table: Table,
    kind: ImportKind | str | None = None,
    mapping: dict[str, int | None] | None = None,
    *,
    mission_id: str | None = None,
    role: ParticipantRole | None = None,
    threshold: int = MATCH_THRESHOLD,
    progress: Progress = NO_PROGRESS,
) -> ImportPlan:
    """Check every row and propose merges with the directory; nothing is written.

    `progress` follows the matching (the slow part with a large directory) and can cancel it.
    """
    check_has_data(table)
    kind = ImportKind(kind) if kind else guess_kind(table.headers)
    if mapping is not None:
        mapping = dict(mapping)
        wrong = mapping_problems(kind, mapping)
    else:
        # Guessed from the headers: no one chose the columns (the command line), so "choose the column"
        # cannot be followed; say which headers are recognised instead.
        mapping = guess_mapping(kind, table.headers)
        wrong = header_problems(kind, mapping) or mapping_problems(kind, mapping)
    if wrong:
        found = ", ".join(f"{h!r}" for h in table.headers[:12])
        message = translate("PeopleImport", "{file}: {problems} The columns found are: {columns}.")
        raise ExchangeError(message.format(file=table.path.name, problems=" ".join(wrong), columns=found))
    if mission_id is not None:
        services.missions.get(mission_id)
    parsed = parse_rows(kind, table.rows, mapping)
    progress.begin(0, translate("PeopleImport", "Reading the directory…"))
    organizations = _Index((), threshold)
    organizations.add_columns(*_organization_entries(services.organizations.match_keys()))
    matches: list[ProposedMatch] = []
    if kind == ImportKind.ORGANIZATIONS:
        names = [(r.row, r.name, _org_key(r.name)) for r in parsed.rows]
        matches += _propose(organizations, "organization", names, progress)
    else:
        people = [r for r in parsed.rows if isinstance(r, PersonRow)]
        matches += _propose(
            organizations,
            "organization",
            [(r.row, r.organization, _org_key(r.organization)) for r in people if r.organization],
            progress,
        )
        org_names = _OrgNames(organizations.records)
        grouped: dict[str, list[PersonRow]] = {}
        for person in people:
            grouped.setdefault(_contact_key(person), []).append(person)
        contacts = _Contacts(services, organizations, threshold)
        everyone = _EveryContact(services, threshold)
        contacts.read_employers({_org_key(p.organization) for p in people if p.organization}, progress)
        progress.begin(len(grouped), translate("PeopleImport", "Matching people with the directory…"))
        for key, rows in grouped.items():
            progress.advance()
            first = rows[0]
            name_key = _person_key(first.name)
            if not contacts.may_match(name_key, first, org_names):
                continue
            for existing, score in everyone.lazy_candidates(name_key):
                if _same_employer(existing, first, org_names, threshold):
                    matches.append(
                        ProposedMatch(
                            "contact", key, first.name, tuple(r.row for r in rows), existing.id, existing.name, score
                        )
                    )
                    break
    return ImportPlan(table, kind, mapping, parsed, matches, mission_id, role)


class _Named(NamedTuple):
    """What matching needs of a directory record (reading whole records of a national archive took longer
    than the matching itself; a named tuple is made in a third of a frozen dataclass's time)."""

    id: str
    name: str
    name_local: str = ""
    organization_id: str | None = None
    key: str = ""  # the stored match key of an organization's name


def _organization_entries(
    rows: list[tuple[str, str, str, str, str]],
) -> tuple[list[_Named], list[str], list[bool]]:
    """Index entries of the organizations, column by column (records, keys, whether the key is of the name):
    each by its name and by its local name (often the Russian one)."""
    records: list[_Named] = []
    keys: list[str] = []
    is_name: list[bool] = []
    # In directory order, each local name right after its name (the first of equal keys is the exact match).
    # A row written by raw SQL may lack its keys: work them out.
    for id, name, local, stored, stored_local in rows:
        record = _Named(id, name, local or "", None, stored or match_key(name))
        if record.key:
            records.append(record)
            keys.append(record.key)
            is_name.append(True)
        if local and (local_key := stored_local or match_key(local)):
            records.append(record)
            keys.append(local_key)
            is_name.append(False)
    return records, keys, is_name


def _contact_key(person: PersonRow) -> str:
    return f"{_person_key(person.name)}|{_org_key(person.organization)}"


class _Contacts:
    """The directory's contacts, read only as far as the people imported need them.

    A person with an employer may only be merged with a contact without one or with one whose employer's
    name matches (`_same_employer`), so most people are settled by the few contacts of the matching
    employers; only when one of those (or an employer-less contact) is close enough is the whole directory
    ranked (`_EveryContact`), for the merge proposed must be the first of its best candidates.
    """

    def __init__(self, services: Services, organizations: _Index, threshold: int) -> None:
        self._services = services
        self._organizations = organizations
        self._threshold = threshold
        self._employers: dict[str, set[str]] = {}  # employer key -> ids of the organizations whose name matches
        # Organization id -> the keys of its contacts as they are, and with their words sorted.
        self._staff: dict[str | None, tuple[list[str], list[str]]] = {}
        # Employer key -> the staff of every organization it may be: keys, sorted keys, organization ids.
        self._colleagues: dict[str, tuple[list[str], list[str], list[str]]] = {}
        self._unemployed: _Index | None = None

    def read_employers(self, keys: set[str], progress: Progress) -> None:
        """Find the organizations each employer named in the file may be, and read their contacts."""
        progress.begin(len(keys), translate("PeopleImport", "Matching organizations with the directory…"))
        index = self._organizations
        for key in keys:
            progress.advance()
            # Names whose words cannot be split as token_sort_ratio splits them: checked one by one later.
            self._employers[key] = {index.records[i].id for _, i in index.scored(key) if index.is_name[i]}
            self._employers[key].update(index.records[i].id for i in index.irregular if index.is_name[i])
        wanted = set().union(*self._employers.values())
        staff = self._staff
        # Plain lists: some 36,000 contacts of the scale archive are read here, and few are ever close.
        for _, name, employer, stored in self._services.contacts.match_keys_of(sorted(wanted)):
            key = stored or match_key(name)
            if employer not in staff:
                staff[employer] = ([], [])
            their_keys, their_ordered = staff[employer]
            their_keys.append(key)
            their_ordered.append(" ".join(sorted(key.split())))
        unemployed = self._services.contacts.match_keys_without_organization()
        if unemployed:
            self._unemployed = _Index(
                (
                    (_Named(id, name, organization_id=e), stored or match_key(name), True)
                    for id, name, e, stored in unemployed
                ),
                self._threshold,
            )

    def may_match(self, name_key: str, person: PersonRow, org_names: _OrgNames) -> bool:
        """False when no contact of the directory can be merged with `person`; True when one may be."""
        if not person.organization:
            return True  # every contact is a candidate: only ranking them all tells
        if self._unemployed is not None and (name_key in self._unemployed.exact or self._unemployed.scored(name_key)):
            return True
        keys, ordered, employers = self._colleagues_of(_org_key(person.organization))
        # All of them scored in one call (one by one in Python took ~0.1 s for 10,000 people).
        query = " ".join(sorted(name_key.split()))
        extracted = process.extract(query, ordered, scorer=fuzz.ratio, score_cutoff=self._threshold, limit=None)
        close = {employers[position] for _, _, position in extracted}
        if name_key in keys:  # an equal key is close whatever the threshold
            close.update(employer for key, employer in zip(keys, employers, strict=True) if key == name_key)
        return any(
            _same_employer(_Named("", "", organization_id=employer), person, org_names, self._threshold)
            for employer in close
        )

    def _colleagues_of(self, employer: str) -> tuple[list[str], list[str], list[str]]:
        """The contacts of every organization `employer` may be: their keys, sorted keys and employers."""
        found = self._colleagues.get(employer)
        if found is None:
            keys: list[str] = []
            ordered: list[str] = []
            employers: list[str] = []
            for organization_id in self._employers[employer]:
                their_keys, their_ordered = self._staff.get(organization_id, ([], []))
                keys += their_keys
                ordered += their_ordered
                employers += [organization_id] * len(their_keys)
            found = self._colleagues[employer] = (keys, ordered, employers)
        return found


class _OrgNames:
    """Organization id -> normalised name, worked out only for the ids asked about."""

    def __init__(self, records: Iterable[_Named]) -> None:
        self.records = {o.id: o for o in records}
        self.keys: dict[str, str] = {}

    def get(self, organization_id: str, default: str = "") -> str:
        if organization_id not in self.keys:
            found = self.records.get(organization_id)
            self.keys[organization_id] = found.key if found is not None else default
        return self.keys[organization_id]


def _same_employer(existing: _Named, person: PersonRow, org_names: _OrgNames, threshold: int) -> bool:
    """A person may be merged with a contact unless both name employers and the employers differ."""
    if not person.organization or not existing.organization_id:
        return True
    theirs = org_names.get(existing.organization_id, "")
    return fuzz.token_sort_ratio(theirs, _org_key(person.organization)) >= threshold


def _propose(index: _Index, entity: str, names: list[tuple[int, str, str]], progress: Progress) -> list[ProposedMatch]:
    grouped: dict[str, list[tuple[int, str]]] = {}
    for row, name, key in names:
        grouped.setdefault(key, []).append((row, name))
    proposed = []
    progress.begin(len(grouped), translate("PeopleImport", "Matching organizations with the directory…"))
    for key, rows in grouped.items():
        progress.advance()
        found = index.candidates(key, limit=1)
        if found:
            existing, score = found[0]
            proposed.append(
                ProposedMatch(entity, key, rows[0][1], tuple(r for r, _ in rows), existing.id, existing.name, score)
            )
    return proposed


def _fill(existing: Any, updates: dict[str, Any]) -> Any:
    """The existing record with its blank fields filled from the file (what it already holds is kept)."""
    changes = {}
    for name, value in updates.items():
        current = getattr(existing, name)
        if not value:
            continue
        if name == "sectors":
            merged = tuple(dict.fromkeys((*current, *value)))
            if merged != current:
                changes[name] = merged
        elif name == "kind":
            if current == OrganizationKind.OTHER and value != OrganizationKind.OTHER:
                changes[name] = value
        elif not current:
            changes[name] = value
    return replace(existing, **changes) if changes else existing


@_collector_paused()
def build_operations(
    services: Services,
    plan: ImportPlan,
    *,
    accepted: set[tuple[str, str]] | None = None,
    skip_bad_rows: bool = True,
) -> ImportOperations:
    """What the import will write, given the merges accepted (None: every proposed merge)."""
    if plan.problems and not skip_bad_rows:
        bad = len(plan.parsed.bad_rows)
        message = translate("PeopleImport", "{file} has %n row(s) with problems; nothing was imported:", None, bad)
        row = translate("PeopleImport", "row {row}")
        raise ExchangeError(
            message.format(file=plan.table.path.name),
            [Problem(row.format(row=p.row), f"{p.field}: {p.message}") for p in plan.problems],
        )
    ops = ImportOperations(plan.kind, rows_read=plan.data_rows)
    reasons: dict[int, list[str]] = {}
    for problem in plan.problems:
        reasons.setdefault(problem.row, []).append(f"{problem.field}: {problem.message}")
    ops.skipped += [{"row": row, "reason": "; ".join(text)} for row, text in reasons.items()]
    chosen = {m.decision_key: m for m in plan.matches if accepted is None or m.decision_key in accepted}
    if plan.kind == ImportKind.ORGANIZATIONS:
        _build_organizations(services, plan, chosen, ops)
    else:
        _build_people(services, plan, chosen, ops)
    ops.skipped.sort(key=lambda s: s["row"])
    for entity, record in ops.created:
        _check(entity, record)
    for entity, _, after in ops.updated:
        _check(entity, after)
    return ops


def _check(entity: str, record: Any) -> None:
    check = {"organization": organization_problems, "contact": contact_problems}.get(entity)
    problems = check(record) if check else []
    if problems:
        name = getattr(record, "name", record.id)
        message = translate("PeopleImport", "'{name}' cannot be imported; nothing was imported:")
        raise ExchangeError(message.format(name=name), problems)


def _matched(match: ProposedMatch, row: int) -> dict[str, Any]:
    return {
        "row": row,
        "entity": match.entity,
        "name": match.name,
        "existing_id": match.existing_id,
        "existing_name": match.existing_name,
        "score": round(match.score, 1),
    }


def _already_in_row(name: str, row: int) -> str:
    return translate("PeopleImport", "'{name}' is already in row {row}").format(name=name, row=row)


def _build_organizations(
    services: Services, plan: ImportPlan, chosen: dict[tuple[str, str], ProposedMatch], ops: ImportOperations
) -> None:
    seen: dict[str, int] = {}
    existing = {o.id: o for o in services.organizations.get_many([m.existing_id for m in chosen.values()])}
    for record in plan.parsed.rows:
        assert isinstance(record, OrganizationRow)
        key = _org_key(record.name)
        if key in seen:
            ops.skipped.append({"row": record.row, "reason": _already_in_row(record.name, seen[key])})
            continue
        seen[key] = record.row
        values = {
            "name_local": record.name_local,
            "kind": record.kind,
            "country": record.country,
            "city": record.city,
            "address": record.address,
            "sectors": record.sectors,
            "website": record.website,
            "phone": record.phone,
            "email": record.email,
            "notes": record.notes,
        }
        match = chosen.get(("organization", key))
        if match is not None and match.existing_id in existing:
            before = existing[match.existing_id]
            ops.matched.append(_matched(match, record.row))
            after = _fill(before, values)
            if after != before:
                ops.updated.append(("organization", before, after))
        else:
            ops.created.append(("organization", Organization(id=new_id(), name=record.name, **values)))


def _build_people(
    services: Services, plan: ImportPlan, chosen: dict[tuple[str, str], ProposedMatch], ops: ImportOperations
) -> None:
    known_orgs = services.store.organizations.existing_ids(
        m.existing_id for m in chosen.values() if m.entity == "organization"
    )
    known_contacts = {
        c.id: c for c in services.contacts.get_many([m.existing_id for m in chosen.values() if m.entity == "contact"])
    }
    org_ids: dict[str, str] = {}
    in_delegation: set[str] = set()
    if plan.mission_id is not None:
        in_delegation = {p.contact_id for p in services.participants.for_mission(plan.mission_id)}
    seen: dict[str, int] = {}
    updated: dict[str, int] = {}
    for person in plan.parsed.rows:
        assert isinstance(person, PersonRow)
        key = _contact_key(person)
        if key in seen:
            ops.skipped.append({"row": person.row, "reason": _already_in_row(person.name, seen[key])})
            continue
        seen[key] = person.row
        organization_id = None
        if person.organization:
            org_key = _org_key(person.organization)
            if org_key not in org_ids:
                match = chosen.get(("organization", org_key))
                if match is not None and match.existing_id in known_orgs:
                    org_ids[org_key] = match.existing_id
                    ops.matched.append(_matched(match, person.row))
                else:
                    organization = Organization(
                        id=new_id(),
                        name=person.organization,
                        kind=OrganizationKind.OTHER,
                        country=person.country,
                        city=person.city,
                    )
                    org_ids[org_key] = organization.id
                    ops.created.append(("organization", organization))
            organization_id = org_ids[org_key]
        values = {
            "organization_id": organization_id,
            "position": person.position,
            "email": person.email,
            "phone": person.phone,
            "notes": person.notes,
        }
        contact_match = chosen.get(("contact", key))
        if contact_match is not None and contact_match.existing_id in known_contacts:
            contact_id = contact_match.existing_id
            before = known_contacts[contact_id]
            ops.matched.append(_matched(contact_match, person.row))
            after = _fill(before, values)
            if after != before and contact_id not in updated:
                updated[contact_id] = person.row
                ops.updated.append(("contact", before, after))
        else:
            contact = Contact(id=new_id(), name=person.name, **values)
            contact_id = contact.id
            ops.created.append(("contact", contact))
        if plan.mission_id is not None:
            if contact_id in in_delegation:
                ops.already_in_delegation.append({"row": person.row, "name": person.name})
                continue
            in_delegation.add(contact_id)
            role = person.role or plan.role or ParticipantRole.MEMBER
            ops.created.append(
                ("participant", Participant(id=new_id(), mission_id=plan.mission_id, contact_id=contact_id, role=role))
            )
    # Organizations first, then contacts, then delegation members: each refers only to earlier ones.
    order = {"organization": 0, "contact": 1, "participant": 2}
    ops.created.sort(key=lambda pair: order[pair[0]])


def _repository(services: Services, entity: str) -> Any:
    store = services.store
    return {"organization": store.organizations, "contact": store.contacts, "participant": store.participants}[entity]


@_collector_paused()
def apply_operations(services: Services, ops: ImportOperations) -> ChangeSet:
    """Write the import in one transaction: all of it or, on any failure, nothing."""
    changes = ChangeSet()
    with services.store.atomic():
        # New organizations before the contacts that name them; participants one by one (each goes to
        # the end of its delegation), the rest in one statement per table.
        for entity in ("organization", "contact"):
            _repository(services, entity).insert_many([record for kind, record in ops.created if kind == entity])
        for entity, record in ops.created:
            if entity == "participant":
                services.store.participants.insert(record)
            changes.created(entity, record.id)
        for entity, _, after in ops.updated:
            _repository(services, entity).update(after)
            changes.updated(entity, after.id)
    return changes


def revert_operations(services: Services, ops: ImportOperations) -> ChangeSet:
    """Undo an applied import in one transaction: remove what it created, put back what it updated."""
    changes = ChangeSet()
    with services.store.atomic():
        for entity, record in reversed(ops.created):
            _repository(services, entity).delete(record.id)
            changes.deleted(entity, record.id)
        for entity, before, _ in ops.updated:
            _repository(services, entity).update(before)
            changes.updated(entity, before.id)
    return changes


def import_table(
    services: Services,
    table: Table,
    kind: ImportKind | str | None = None,
    *,
    mission_id: str | None = None,
    role: ParticipantRole | None = None,
    dry_run: bool = False,
) -> tuple[ImportOperations, ChangeSet]:
    """Plan, accept every proposed merge, skip bad rows and write (unless a dry run)."""
    plan = plan_import(services, table, kind, mission_id=mission_id, role=role)
    ops = build_operations(services, plan)
    changes = ChangeSet() if dry_run else apply_operations(services, ops)
    return ops, changes
