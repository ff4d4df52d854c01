"""Finding cities by name: normalisation, a prefix index, ranking, and validation of cities users add.

Matching ignores case, diacritics and punctuation ("Türkmenbaşy" = "turkmenbasy", "Nur-Sultan" = "nur sultan",
"Mins'k" = "minsk") and folds the Cyrillic letters of Kazakh, Belarusian and Turkmen onto their Russian
look-alikes ("Түркменбашы" = "туркменбашы"), so what an organizer types finds what the data spells.
"""

from __future__ import annotations

import heapq
import math
import re
import unicodedata
from array import array
from bisect import bisect_left
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import replace
from itertools import accumulate, islice
from operator import le
from typing import overload

from missionplanner.domain.errors import Problem
from missionplanner.domain.geo import City
from missionplanner.domain.reference import is_country, is_timezone
from missionplanner.domain.translation import translate
from missionplanner.domain.validation import not_a_country, not_a_timezone, too_long

NAME_MAX = 200
LOCAL_NAMES_CAP = 10

# Letters NFKD does not split into a base letter and a mark, apostrophes (dropped: "Mins'k" is "Minsk"),
# zero-width joiners, and Cyrillic letters of Kazakh, Belarusian, Turkmen folded onto Russian ones.
_FOLD = {
    "ı": "i",
    "ł": "l",
    "ø": "o",
    "đ": "d",
    "ð": "d",
    "þ": "th",
    "æ": "ae",
    "œ": "oe",
    "ə": "e",
    "ŋ": "n",
    "'": "",
    "’": "",
    "ʼ": "",
    "ʻ": "",
    "ʹ": "",
    "`": "",
    "\u200c": "",
    "\u200d": "",
    "_": " ",
    "і": "и",
    "ў": "у",
    "ү": "у",
    "ұ": "у",
    "қ": "к",
    "ғ": "г",
    "ң": "н",
    "ө": "о",
    "ә": "а",
    "һ": "х",
}
_FOLD_RE = re.compile("[" + re.escape("".join(_FOLD)) + "]")
_MARKS = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]+")
# Anything but letters and digits separates words; newlines separate the names of a batch.
_SEPARATORS = re.compile(r"[^\w\n]+")
# Between a normalised name and the city number in an index entry; sorts before every character a
# normalised name can hold, so the entries equal to a key come first among those starting with it.
_NUMBER_MARK = "\x00"
_AFTER_MARK = "\x01"
_AFTER_EVERYTHING = "\U0010ffff"


# Alternate names nobody here types: lower-case ASCII romanisations of other scripts ("ma lei"),
# airport and similar codes ("MYP"), and names in scripts other than Latin, Greek and Cyrillic.
_ROMANISED_OR_CODE = re.compile(r"^(?:[a-z][ -~]*|[A-Z0-9]{2,4})$", re.MULTILINE)
_OTHER_SCRIPT = re.compile(r"^[^\n]*[^\x00-\u052f\u1e00-\u206f\n][^\n]*$", re.MULTILINE)


def normalise_many(names: Sequence[str], *, typed_only: bool = False) -> list[str]:
    """`normalise` of each name, done on all of them at once (a whole reference set in a fraction of a second).

    With `typed_only`, names in other scripts than Latin, Greek and Cyrillic, lower-case ASCII
    romanisations and short upper-case codes give "" instead, keeping the result aligned with `names`.
    """
    if not names:
        return []
    text = "\n".join(names)
    if text.count("\n") != len(names) - 1:
        text = "\n".join(name.replace("\n", " ") for name in names)
    if typed_only:
        text = _OTHER_SCRIPT.sub("", _ROMANISED_OR_CODE.sub("", text))
    text = unicodedata.normalize("NFKD", text.casefold())
    text = _FOLD_RE.sub(lambda m: _FOLD[m.group()], _MARKS.sub("", text))
    text = _SEPARATORS.sub(" ", text).replace(" \n", "\n").replace("\n ", "\n").strip(" ")
    return text.split("\n")


def normalise(name: str) -> str:
    """The form names are compared in: lower case, no diacritics, words separated by single spaces."""
    return normalise_many([name])[0]


def _script_rank(name: str) -> int:
    """0 for Cyrillic, 1 for Latin, 2 for other or mixed scripts: the order local names are shown in."""
    letters = [ch for ch in name if ch.isalpha()]
    if all("\u0400" <= ch <= "\u052f" for ch in letters):
        return 0
    if all(ch < "\u0250" or "\u1e00" <= ch <= "\u1eff" for ch in letters):
        return 1
    return 2


def pick_local_names(name: str, alternates: Iterable[str], cap: int = LOCAL_NAMES_CAP) -> tuple[str, ...]:
    """The alternate names worth showing beside `name`: not plain ASCII spellings, not the name again.

    Cyrillic names come first, then Latin ones with diacritics (such as Turkmen "Aşgabat"), then other
    scripts; at most `cap`, one per normalised spelling.
    """
    candidates = [a for a in dict.fromkeys(alternates) if a and not a.isascii()]
    seen = {normalise(name)}
    picked: list[str] = []
    for alternate, key in zip(candidates, normalise_many(candidates), strict=True):
        if key and key not in seen:
            seen.add(key)
            picked.append(alternate)
    picked.sort(key=_script_rank)
    return tuple(picked[:cap])


class _Entries(Sequence[str]):
    """Index entries in sorted order, packed into one string with the offset where each starts.

    As a list of strings, the reference cities' 216,000 entries took ~20 MB; packed, ~6 MB. Bisecting
    reads one entry per step, which costs a slice.
    """

    _CHUNK = 8192

    def __init__(self, entries: Iterable[str]) -> None:
        # Entries mostly come sorted already (the bundled file keeps them in index order): packed chunk by
        # chunk, they are never all held as separate strings, which for the reference cities' 180,000
        # alternate names took ~24 MB at the peak of a load.
        pieces: list[str] = []
        starts = array("I", [0])
        previous = ""
        remaining = iter(entries)
        while chunk := list(islice(remaining, self._CHUNK)):
            if chunk[0] < previous or not all(map(le, chunk, islice(chunk, 1, None))):
                packed = "".join(pieces)
                done = (packed[starts[k] : starts[k + 1]] for k in range(len(starts) - 1))
                pieces, starts = self._pack(sorted([*done, *chunk, *remaining]))
                break
            pieces.append("".join(chunk))
            starts.extend(islice(accumulate(map(len, chunk), initial=starts[-1]), 1, None))
            previous = chunk[-1]
        self._text = "".join(pieces)
        self._starts = starts

    @staticmethod
    def _pack(ordered: list[str]) -> tuple[list[str], array[int]]:
        return ["".join(ordered)], array("I", accumulate(map(len, ordered), initial=0))

    def __len__(self) -> int:
        return len(self._starts) - 1

    @overload
    def __getitem__(self, index: int) -> str: ...

    @overload
    def __getitem__(self, index: slice) -> list[str]: ...

    def __getitem__(self, index: int | slice) -> str | list[str]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        if index < 0:
            index += len(self)
        if not 0 <= index < len(self):
            raise IndexError("index entry out of range")
        return self._text[self._starts[index] : self._starts[index + 1]]

    def __iter__(self) -> Iterator[str]:
        text, starts = self._text, self._starts
        return (text[starts[i] : starts[i + 1]] for i in range(len(self)))

    def numbers(self, start: int, end: int) -> dict[int, None]:
        """The city numbers of entries start..end-1 (each entry ends with its number), in order, once each."""
        text = self._text
        return dict.fromkeys([ord(text[stop - 1]) for stop in self._starts[start + 1 : end + 1]])

    def largest_number(self) -> int:
        return max(self.numbers(0, len(self)), default=-1)


def _bounds(entries: _Entries, key: str, exact_only: bool) -> tuple[int, int, int]:
    """Where the entries equal to `key` start and end, and where those starting with it end."""
    start = bisect_left(entries, key)
    exact_end = bisect_left(entries, key + _AFTER_MARK, start)
    end = exact_end if exact_only else bisect_left(entries, key + _AFTER_EVERYTHING, exact_end)
    return start, exact_end, end


class CityIndex:
    """Case- and diacritic-insensitive prefix and exact lookup over every name of many cities.

    City number i is found by `names[i]` and by each `alternates[j]` whose `alternate_owners[j]` is i
    (with `typed_only`, only by the alternates `normalise_many` keeps). `make(i)` builds the city when a
    search returns it, so a large reference set costs little beyond its sorted names. `custom` marks
    cities users added, which come first among equally good exact matches.
    """

    def __init__(
        self,
        names: Sequence[str],
        *,
        countries: Sequence[str | None],
        populations: Sequence[int],
        make: Callable[[int], City],
        alternates: Sequence[str] = (),
        alternate_owners: Sequence[int] = (),
        typed_only: bool = False,
        custom: bool = False,
    ) -> None:
        if not len(names) == len(countries) == len(populations) or len(alternates) != len(alternate_owners):
            raise ValueError("every city needs a name, a country and a population, and every alternate an owner")
        if len(names) >= 0x10FFFF:
            raise ValueError("too many cities for one index")
        self.countries = [c.upper() if c else None for c in countries]
        self.populations = list(populations)
        self.custom = custom
        self._make = make
        self._cities: list[City | None] = [None] * len(names)
        # Sorted lists of "<normalised name>\0<city number as one character>", one for the cities' own
        # names and one for alternate names: bisect finds every name with a prefix, the equal ones first.
        marks = [_NUMBER_MARK + chr(number) for number in range(len(names))]
        self._names = _Entries(key + mark for key, mark in zip(normalise_many(names), marks, strict=True) if key)
        keys = normalise_many(alternates, typed_only=typed_only)
        self._alternates = _Entries(
            key + marks[owner] for key, owner in zip(keys, alternate_owners, strict=True) if key
        )

    @classmethod
    def prebuilt(
        cls,
        names: Iterable[tuple[str, int]],
        alternates: Iterable[tuple[str, int]],
        *,
        countries: Sequence[str | None],
        populations: Sequence[int],
        make: Callable[[int], City],
    ) -> CityIndex:
        """An index over names already normalised, as `entries` gave them (a reference set saved to a file):
        no normalising at load, and nothing of the source data but what the index needs."""
        index = cls([], countries=[], populations=[], make=make)
        index.countries = [c.upper() if c else None for c in countries]
        index.populations = list(populations)
        index._cities = [None] * len(index.countries)
        index._names = _Entries(key + _NUMBER_MARK + chr(number) for key, number in names)
        index._alternates = _Entries(key + _NUMBER_MARK + chr(number) for key, number in alternates)
        last = max(index._names.largest_number(), index._alternates.largest_number())
        if last >= len(index.countries):
            raise IndexError(f"a name belongs to city {last}, and there are {len(index.countries)} cities")
        return index

    def entries(self) -> tuple[list[tuple[str, int]], list[tuple[str, int]]]:
        """The normalised own names and alternate names, each with its city number, in index order."""
        return [(e[:-2], ord(e[-1])) for e in self._names], [(e[:-2], ord(e[-1])) for e in self._alternates]

    def __len__(self) -> int:
        return len(self._cities)

    def city(self, number: int) -> City:
        found = self._cities[number]
        if found is None:
            found = self._cities[number] = self._make(number)
        return found

    def matches(self, key: str, *, exact_only: bool = False) -> tuple[list[int], list[int], list[int]]:
        """The numbers of the cities that match the normalised `key`, in three disjoint groups: a name
        (own or alternate) equals it; their own name starts with it; only an alternate name does."""
        if not key:
            return [], [], []
        name_start, name_exact_end, name_end = _bounds(self._names, key, exact_only)
        alt_start, alt_exact_end, alt_end = _bounds(self._alternates, key, exact_only)
        exact = self._names.numbers(name_start, name_exact_end)
        exact.update(self._alternates.numbers(alt_start, alt_exact_end))
        by_name = [n for n in self._names.numbers(name_exact_end, name_end) if n not in exact]
        taken = exact.keys() | by_name
        by_alternate = [n for n in self._alternates.numbers(alt_exact_end, alt_end) if n not in taken]
        return list(exact), by_name, by_alternate


# Exact names (any country) first; then, country by country, own names before alternate ones.
_TIERS = ((0, True), (0, False), (1, True), (2, True), (1, False), (2, False))


def rank_cities(
    indexes: Sequence[CityIndex],
    text: str,
    *,
    country: str | None = None,
    limit: int = 20,
    exact_only: bool = False,
) -> list[City]:
    """The best `limit` cities of all indexes for what was typed.

    Exact names (a city's own, alternate or local name) first; then cities in `country`; then cities
    whose own name starts with the text before those matched by an alternate name only; then, among
    exact names, the cities users added; then the most populous (cities users added count as 0).
    """
    key = normalise(text)
    if not key or limit <= 0:
        return []
    preferred = country.upper() if country else None
    # groups[(group, in_country)] = [(index number, city numbers)], group 0 exact, 1 own name, 2 alternate.
    groups: dict[tuple[int, bool], list[tuple[int, list[int]]]] = {tier: [] for tier in _TIERS}
    for index_number, index in enumerate(indexes):
        countries = index.countries
        for group, numbers in enumerate(index.matches(key, exact_only=exact_only)):
            inside = [n for n in numbers if countries[n] == preferred] if preferred else []
            outside = [n for n in numbers if countries[n] != preferred] if preferred else numbers
            groups[group, True].append((index_number, inside))
            groups[group, False].append((index_number, outside))
    found: list[City] = []
    for tier in _TIERS:
        wanted = limit - len(found)
        if wanted <= 0:
            break
        best = []
        for index_number, numbers in groups[tier]:
            index = indexes[index_number]
            first = tier[0] == 0 and index.custom
            populations = index.populations
            for n in heapq.nlargest(wanted, numbers, key=populations.__getitem__):
                best.append((not first, -populations[n], index_number, n))
        best.sort()
        found += [indexes[i].city(n) for *_, i, n in best[:wanted]]
    return found


def clean_city(city: City) -> City:
    """The city as it should be stored: trimmed text, upper-case country, no empty or repeated local names."""

    def text(value: str | None) -> str | None:
        return value.strip() or None if isinstance(value, str) else value

    country = text(city.country)
    local = [n.strip() for n in city.local_names if isinstance(n, str)]
    return replace(
        city,
        name=city.name.strip() if isinstance(city.name, str) else city.name,
        country=country.upper() if isinstance(country, str) else country,
        timezone=text(city.timezone),
        local_names=tuple(dict.fromkeys(n for n in local if n)),
    )


def _coordinate(value: object, field: str, bound: int, not_a_number: str, outside: str) -> list[Problem]:
    """Problems of a coordinate; `not_a_number` and `outside` are translated sentences with a {value}."""
    if value is None:
        return []
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        return [Problem(field, not_a_number.format(value=repr(value)))]
    if not -bound <= value <= bound:
        return [Problem(field, outside.format(value=value))]
    return []


def city_problems(city: City) -> list[Problem]:
    """Everything wrong with a city a user adds; each problem names its field."""
    problems: list[Problem] = []
    if not isinstance(city.name, str) or not city.name.strip():
        problems.append(Problem("name", translate("Cities", "Name is required; enter the city's name.")))
    elif len(city.name) > NAME_MAX:
        problems.append(Problem("name", too_long(len(city.name), NAME_MAX)))
    if city.country and not is_country(city.country):
        problems.append(Problem("country", not_a_country(city.country)))
    if city.timezone and not is_timezone(city.timezone):
        problems.append(Problem("timezone", not_a_timezone(city.timezone)))
    problems += _coordinate(
        city.latitude,
        "latitude",
        90,
        translate(
            "Cities", "{value} is not a number; enter the latitude (north positive, south negative) in decimal degrees."
        ),
        translate(
            "Cities",
            "{value} is outside -90..90; enter the latitude (north positive, south negative) in decimal degrees.",
        ),
    )
    problems += _coordinate(
        city.longitude,
        "longitude",
        180,
        translate(
            "Cities", "{value} is not a number; enter the longitude (east positive, west negative) in decimal degrees."
        ),
        translate(
            "Cities",
            "{value} is outside -180..180; enter the longitude (east positive, west negative) in decimal degrees.",
        ),
    )
    if city.latitude is not None and city.longitude is None:
        message = translate("Cities", "The longitude is missing; enter both coordinates or neither.")
        problems.append(Problem("longitude", message))
    elif city.latitude is None and city.longitude is not None:
        message = translate("Cities", "The latitude is missing; enter both coordinates or neither.")
        problems.append(Problem("latitude", message))
    if any(len(n) > NAME_MAX for n in city.local_names):
        message = translate("Cities", "A local name is longer than {limit} characters; shorten it.")
        problems.append(Problem("local_names", message.format(limit=NAME_MAX)))
    return problems
