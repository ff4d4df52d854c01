"""Fuzzing the JSON mission format (and CSV/XLSX bytes): only clear errors, never a crash, and a
rejected import leaves the database unchanged. HYPOTHESIS_PROFILE=thorough runs thousands of cases."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from missionplanner.domain.errors import ExchangeError, ValidationError
from missionplanner.exchange import mission_files
from missionplanner.exchange.mission_files import import_mission_file, read_mission_file
from missionplanner.exchange.samples import sample_files
from missionplanner.services.app import Services
from tests.reliability.conftest import PROFILE

SAMPLES = [json.loads(p.read_text(encoding="utf-8")) for p in sample_files()]
WEIRD = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(2**70), max_value=2**70),
    st.floats(allow_nan=True),
    st.text(max_size=30),
    st.just("x" * 100_000),
    st.just("not-a-valid-enum"),
    st.just("00000000-0000-0000-0000-000000000000"),
    st.lists(st.integers(), max_size=3),
    st.dictionaries(st.text(max_size=5), st.integers(), max_size=3),
)


def _paths(node: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [prefix] if prefix else []
    if isinstance(node, dict):
        for key, value in node.items():
            found += _paths(value, (*prefix, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            found += _paths(value, (*prefix, index))
    return found


@st.composite
def documents(draw: st.DrawFn) -> Any:
    """A sample document with a few mutations: deleted keys, wrong types, huge strings, bad enums, dangling ids."""
    document = copy.deepcopy(draw(st.sampled_from(SAMPLES)))
    for _ in range(draw(st.integers(min_value=0, max_value=4))):
        paths = _paths(document)
        if not paths:
            break
        path = draw(st.sampled_from(paths))
        parent = document
        for step in path[:-1]:
            parent = parent[step]
        action = draw(st.sampled_from(["delete", "replace", "unicode"]))
        if action == "delete":
            del parent[path[-1]]
        elif action == "replace":
            parent[path[-1]] = draw(WEIRD)
        else:
            parent[path[-1]] = draw(st.text(min_size=1, max_size=50))
    return document


def _dump(services: Services) -> list[str]:
    return list(services.store.db.conn.iterdump())


@settings(settings.get_profile(PROFILE))
@given(document=documents(), as_copy=st.booleans())
def test_mutated_mission_files_import_or_are_refused_clearly(
    document: Any, as_copy: bool, sample_services: Services, tmp_path: Path
) -> None:
    path = tmp_path / "fuzzed.json"
    path.write_text(json.dumps(document, ensure_ascii=False, allow_nan=True), encoding="utf-8")
    before = _dump(sample_services)
    try:
        import_mission_file(sample_services, path, as_copy=as_copy)
    except (ExchangeError, ValidationError) as error:
        assert error.message.strip()  # noqa: PT017
        assert "Traceback" not in error.message  # noqa: PT017
        assert _dump(sample_services) == before
    else:
        assert sample_services.doctor() == []
        # Keep the database as it was for the next example: drop the imported mission again.
        for summary in sample_services.missions.summaries():
            if not any(summary.id in row for row in before):
                sample_services.missions.delete(summary.id)


@settings(settings.get_profile(PROFILE))
@given(raw=st.binary(max_size=2000))
def test_random_bytes_are_refused_clearly(raw: bytes, tmp_path: Path) -> None:
    path = tmp_path / "random.json"
    path.write_bytes(raw)
    with pytest.raises(ExchangeError) as raised:
        read_mission_file(path)
    assert str(path) in raised.value.message or raised.value.problems


def test_an_oversized_file_is_refused_before_reading(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(mission_files, "MAX_FILE_BYTES", 1000)
    path = tmp_path / "big.json"
    path.write_text(json.dumps(SAMPLES[0]), encoding="utf-8")
    with pytest.raises(ExchangeError, match="too large"):
        read_mission_file(path)


def test_a_one_megabyte_title_is_refused_with_a_clear_message(sample_services: Services, tmp_path: Path) -> None:
    document = copy.deepcopy(SAMPLES[0])
    document["mission"]["title"] = "T" * 1_000_000
    path = tmp_path / "huge-title.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    before = _dump(sample_services)
    with pytest.raises(ExchangeError) as raised:
        import_mission_file(sample_services, path, as_copy=True)
    assert "title" in str(raised.value.problems) or "title" in raised.value.message
    assert _dump(sample_services) == before


CSV_TEXT = st.lists(st.lists(st.text(max_size=12), min_size=1, max_size=5), min_size=0, max_size=6).map(
    lambda rows: "\n".join(",".join(row) for row in rows)
)


@settings(settings.get_profile(PROFILE))
@given(
    raw=st.one_of(st.binary(max_size=1500), CSV_TEXT.map(lambda t: t.encode("utf-8"))),
    suffix=st.sampled_from([".csv", ".xlsx", ".txt"]),
)
def test_table_files_read_or_are_refused_clearly(raw: bytes, suffix: str, tmp_path: Path) -> None:
    from missionplanner.exchange.table_files import read_table

    path = tmp_path / f"people{suffix}"
    path.write_bytes(raw)
    try:
        read_table(path)
    except ExchangeError as error:
        assert error.message.strip()  # noqa: PT017


@settings(settings.get_profile(PROFILE))
@given(raw=st.binary(min_size=1, max_size=600))
def test_corrupted_xlsx_bytes_are_refused_clearly(raw: bytes, tmp_path: Path) -> None:
    import io

    import openpyxl

    from missionplanner.exchange.table_files import read_table

    workbook = openpyxl.Workbook()
    workbook.active.append(["Name", "Organization"])
    workbook.active.append(["Aýna", "Chamber"])
    buffer = io.BytesIO()
    workbook.save(buffer)
    data = bytearray(buffer.getvalue())
    # Overwrite a stretch in the middle of a real workbook.
    start = len(data) // 3
    data[start : start + len(raw)] = raw
    path = tmp_path / "people.xlsx"
    path.write_bytes(bytes(data))
    try:
        read_table(path)
    except ExchangeError as error:
        assert error.message.strip()  # noqa: PT017
