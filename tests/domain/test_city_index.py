"""The city name index's packed entries behave as the sorted list of strings they replace."""

from __future__ import annotations

from bisect import bisect_left

from hypothesis import given
from hypothesis import strategies as st

from missionplanner.domain.cities import CityIndex, _Entries
from missionplanner.domain.geo import City

_TEXT = st.text(alphabet="abcé шж\x00\x01", max_size=6)


@given(st.lists(_TEXT, max_size=40), _TEXT, st.integers(-45, 45), st.integers(-45, 45))
def test_packed_entries_match_the_sorted_list(entries: list[str], probe: str, start: int, stop: int) -> None:
    packed, ordered = _Entries(entries), sorted(entries)
    assert len(packed) == len(ordered)
    assert list(packed) == ordered
    assert packed[start:stop] == ordered[start:stop]
    if ordered:
        assert packed[start % len(ordered)] == ordered[start % len(ordered)]
        assert packed[-1] == ordered[-1]
    assert bisect_left(packed, probe) == bisect_left(ordered, probe)


@given(st.lists(_TEXT, max_size=40), st.booleans(), st.integers(1, 5))
def test_entries_packed_chunk_by_chunk_match_the_sorted_list(entries: list[str], presorted: bool, chunk: int) -> None:
    """Sorted input is packed a chunk at a time; input found out of order, even chunks in, is sorted whole."""

    class Small(_Entries):
        _CHUNK = chunk

    given_entries = sorted(entries) if presorted else entries
    assert list(Small(iter(given_entries))) == sorted(entries)


@given(st.lists(st.tuples(st.sampled_from(["mary", "mari", "minsk", "ashgabat", "ash"]), st.integers(0, 9))))
def test_a_prebuilt_index_finds_what_the_built_one_finds(pairs: list[tuple[str, int]]) -> None:
    names = [f"city {n}" for n in range(10)]

    def make(number: int) -> City:
        return City(names[number])

    built = CityIndex(
        names,
        countries=["TM"] * 10,
        populations=list(range(10)),
        make=make,
        alternates=[name for name, _ in pairs],
        alternate_owners=[owner for _, owner in pairs],
    )
    own, alternates = built.entries()
    prebuilt = CityIndex.prebuilt(own, alternates, countries=["TM"] * 10, populations=list(range(10)), make=make)
    for key in ("m", "mar", "mary", "ash", "city", "city 3", "x"):
        for exact_only in (False, True):
            assert prebuilt.matches(key, exact_only=exact_only) == built.matches(key, exact_only=exact_only)
