"""Files that used to get past the import checks: copies with an edited id, odd JSON values, devices and
pipes, unclosed CSV quotes and headers the command line cannot map."""

from __future__ import annotations

import csv
import io
import json
import os
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from missionplanner.domain.errors import ExchangeError
from missionplanner.exchange import mission_files, table_files
from missionplanner.exchange.mission_files import export_mission_file, import_mission_file, read_mission_file
from missionplanner.exchange.people_import import plan_import
from missionplanner.exchange.table_files import read_csv, read_table
from missionplanner.services.app import Services, open_services
from tests.conftest import BELARUS_MISSION_ID
from tests.services.factories import counts, dump

needs_devices = pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
needs_fifos = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")


@pytest.fixture
def other(tmp_path: Path) -> Iterator[Services]:
    """A second, empty database beside the one of `sample_services`."""
    opened = open_services(tmp_path / "other.db")
    yield opened
    opened.close()


def _exported(services: Services, tmp_path: Path) -> dict[str, Any]:
    path = export_mission_file(services, BELARUS_MISSION_ID, tmp_path / "exported.json")
    return json.loads(path.read_text(encoding="utf-8"))


def _write(tmp_path: Path, document: dict[str, Any] | str, name: str = "mission.json") -> Path:
    path = tmp_path / name
    text = document if isinstance(document, str) else json.dumps(document, ensure_ascii=False)
    path.write_text(text, encoding="utf-8")
    return path


# 1. A copy of a mission already here, its mission id edited.


def test_a_copy_with_an_edited_mission_id_is_refused_before_writing(sample_services: Services, tmp_path: Path) -> None:
    document = _exported(sample_services, tmp_path)
    document["mission"]["id"] = document["mission"]["id"].upper()
    path = _write(tmp_path, document)
    before = dump(sample_services)

    with pytest.raises(ExchangeError) as caught:
        import_mission_file(sample_services, path)

    message = caught.value.message
    assert message.startswith(f"{path} is probably a copy of a mission already in this database")
    assert "as a copy" in message
    assert "--as-copy" in message
    assert "UNIQUE" not in message
    fields = [p.field for p in caught.value.problems]
    assert fields == ["participants[0].id", "items[0].id", "outcomes[0].id", "follow_ups[0].id"]
    total = len(document["items"])
    assert f"({total} of the {total} ids in this list are)" in caught.value.problems[1].message
    assert dump(sample_services) == before
    # The way out the message gives works.
    copy_id, _ = import_mission_file(sample_services, path, as_copy=True)
    assert copy_id != document["mission"]["id"]


def test_the_same_file_goes_into_a_database_without_those_records(
    sample_services: Services, other: Services, tmp_path: Path
) -> None:
    document = _exported(sample_services, tmp_path)
    document["mission"]["id"] = "a-new-mission-id"
    path = _write(tmp_path, document)
    with pytest.raises(ExchangeError):
        import_mission_file(sample_services, path)
    assert import_mission_file(other, path)[0] == "a-new-mission-id"


def test_the_same_mission_id_keeps_its_own_message(sample_services: Services, tmp_path: Path) -> None:
    path = _write(tmp_path, _exported(sample_services, tmp_path))
    with pytest.raises(ExchangeError) as caught:
        import_mission_file(sample_services, path)
    assert [p.field for p in caught.value.problems] == ["mission.id"]


# 2. JSON values the parser accepts but nothing after it can use.


@pytest.mark.parametrize(
    ("edit", "field"),
    [
        (lambda d: d["mission"].update(title="\ud800abc"), "mission.title"),
        (lambda d: d["follow_ups"][0].update(action="do \udcff it"), "follow_ups[0].action"),
        (lambda d: d["organizations"][2]["contacts"][0].update(name="x\udfff"), "organizations[2].contacts[0].name"),
        (lambda d: d["items"][2]["host_organization_ids"].append("\ud83d"), "items[2].host_organization_ids[1]"),
        (lambda d: d["mission"].update({"n\ud800te": ""}), "mission.n\\ud800te"),
    ],
)
def test_a_lone_surrogate_is_refused_with_its_path(
    other: Services, sample_services: Services, tmp_path: Path, edit: Any, field: str
) -> None:
    document = _exported(sample_services, tmp_path)
    edit(document)
    # ensure_ascii writes the lone surrogate as the \ud800 escape a file would hold.
    path = _write(tmp_path, json.dumps(document))
    with pytest.raises(ExchangeError) as caught:
        import_mission_file(other, path, as_copy=True)
    assert caught.value.message.startswith(f"{path} has problems; nothing was imported:")
    assert [p.field for p in caught.value.problems] == [field]
    assert "remove it or write the character meant" in caught.value.problems[0].message
    # The whole message can be printed and stored: no surrogate is left in it.
    caught.value.message.encode("utf-8")
    assert counts(other)["missions"] == 0


def test_a_surrogate_pair_is_an_ordinary_character(sample_services: Services, other: Services, tmp_path: Path) -> None:
    document = _exported(sample_services, tmp_path)
    path = _write(tmp_path, json.dumps(document).replace('"title": "', '"title": "\\ud83d\\ude00 ', 1))
    mission_id, _ = import_mission_file(other, path)
    assert other.missions.get(mission_id).title.startswith("\U0001f600 ")


@pytest.mark.parametrize(
    ("text", "field", "digits"),
    [
        ('"format_version": 1,', '"format_version": ' + "9" * 5000 + ",", "5,000"),
        ('"is_template": false', '"is_template": -' + "1" * 4301, "4,301"),
    ],
)
def test_an_integer_of_thousands_of_digits_is_refused_with_its_path(
    other: Services, sample_services: Services, tmp_path: Path, text: str, field: str, digits: str
) -> None:
    exported = json.dumps(_exported(sample_services, tmp_path), indent=1)
    assert text in exported
    path = _write(tmp_path, exported.replace(text, field, 1))
    with pytest.raises(ExchangeError) as caught:
        read_mission_file(path)
    [problem] = caught.value.problems
    assert problem.field == ("format_version" if "format" in text else "mission.is_template")
    assert f"is a number of {digits} digits" in problem.message
    assert caught.value.message.startswith(str(path))


def test_an_ordinary_long_integer_gets_the_usual_message(sample_services: Services, tmp_path: Path) -> None:
    document = _exported(sample_services, tmp_path)
    document["items"][0]["title"] = 10**50
    with pytest.raises(ExchangeError) as caught:
        read_mission_file(_write(tmp_path, document))
    assert [p.field for p in caught.value.problems] == ["items[0].title"]
    assert "must be text, not a number" in caught.value.problems[0].message


# 3. Devices and pipes have no size to check first.


@needs_devices
def test_a_device_is_not_read_as_a_mission_file(services: Services) -> None:
    with pytest.raises(ExchangeError) as caught:
        import_mission_file(services, Path("/dev/zero"))
    assert caught.value.message == "/dev/zero is a device or a pipe, not a file; choose a mission file (.json)."


@needs_devices
def test_a_device_is_not_read_as_a_contact_list() -> None:
    with pytest.raises(ExchangeError) as caught:
        read_table(Path("/dev/zero"))
    assert "is a device or a pipe, not a file; choose a CSV or .xlsx file" in caught.value.message


def _feed(path: Path, chunks: list[bytes]) -> threading.Thread:
    def feed() -> None:
        try:
            with path.open("wb") as stream:
                for chunk in chunks:
                    stream.write(chunk)
        except BrokenPipeError:
            pass  # the reader stopped at its limit, as it should

    writer = threading.Thread(target=feed, daemon=True)
    writer.start()
    return writer


@needs_fifos
def test_a_pipe_is_read_up_to_the_limit_only(
    services: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(mission_files, "MAX_FILE_BYTES", 100_000)
    path = tmp_path / "pipe.json"
    os.mkfifo(path)
    # Endless as far as the reader can tell: far more than the limit.
    writer = _feed(path, [b" " * 65536] * 1000)
    with pytest.raises(ExchangeError) as caught:
        read_mission_file(path)
    writer.join(10)
    assert not writer.is_alive()
    assert caught.value.message == (
        f"{path} holds more than 0 MB, too large to be a mission file; check that you chose the right file."
    )


@needs_fifos
def test_a_mission_file_from_a_pipe_is_imported(sample_services: Services, other: Services, tmp_path: Path) -> None:
    exported = export_mission_file(sample_services, BELARUS_MISSION_ID, tmp_path / "m.json").read_bytes()
    path = tmp_path / "pipe.json"
    os.mkfifo(path)
    writer = _feed(path, [exported])
    assert import_mission_file(other, path)[0] == BELARUS_MISSION_ID
    writer.join(10)


@needs_fifos
def test_a_contact_list_from_a_pipe_is_read_up_to_the_limit_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(table_files, "MAX_FILE_BYTES", 100_000)
    path = tmp_path / "people.csv"
    os.mkfifo(path)
    writer = _feed(path, [b"Name\n"] + [b"Somebody\n" * 10_000] * 100)
    with pytest.raises(ExchangeError) as caught:
        read_table(path)
    writer.join(10)
    assert not writer.is_alive()
    assert caught.value.message.startswith("people.csv: the file holds more than the 0 MB a contact list can be")
    # A small one goes through.
    writer = _feed(path, [b"Name,Company\nBob,Co\n"])
    assert read_table(path).rows == [(2, ["Bob", "Co"])]
    writer.join(10)


def test_a_regular_file_over_the_limit_is_refused_unread(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(table_files, "MAX_FILE_BYTES", 1_000_000)
    path = tmp_path / "people.csv"
    path.write_bytes(b"Name\n" + b"x\n" * 1_000_000)
    with pytest.raises(ExchangeError, match="the file is 2 MB, more than the 1 MB"):
        read_table(path)


# 4. A quote never closed swallowed the rest of the file.


@pytest.mark.parametrize(
    ("text", "line"),
    [
        ('Name,Company\n"Unclosed,Acme\nBob,Co\n', 2),
        ('Name,Company\r\nAnn,"Multi\r\nline"\r\nBob,"Co\r\nCarl,Co\r\n', 4),
        ('Name;Company\n"Ann";"Acme ""Best"" Ltd"\nBob;"Co ""\n', 3),
        ('"Name,Company\nBob,Co', 1),
    ],
)
def test_an_unclosed_quote_is_refused_with_its_line(tmp_path: Path, text: str, line: int) -> None:
    path = tmp_path / "people.csv"
    path.write_bytes(text.encode("utf-8"))
    with pytest.raises(ExchangeError) as caught:
        read_table(path)
    assert caught.value.message == (
        f'people.csv: the quote (") opened on line {line} is never closed, so every line after it would be read '
        "as one value; close the quote (or remove it) and try again."
    )


def test_closed_quotes_across_lines_are_kept(tmp_path: Path) -> None:
    path = tmp_path / "people.csv"
    path.write_bytes(b'Name,Notes\r\nAnn,"two\r\nlines"\r\nBob,"say ""hi"""\r\nCarl,5" screen\r\n')
    table = read_table(path)
    assert table.rows == [(2, ["Ann", "two\r\nlines"]), (3, ["Bob", 'say "hi"']), (4, ["Carl", '5" screen'])]


def _strict_parse_error(text: str) -> str | None:
    try:
        list(csv.reader(io.StringIO(text, newline=""), strict=True))
    except csv.Error as error:
        return str(error)
    return None


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["a", "b", ",", '"', '"', "\n", "\r\n", "\r", " "]), max_size=20).map("".join))
def test_unclosed_quotes_are_found_as_the_csv_module_reads_them(tail: str) -> None:
    text = "Name,Notes\n" + tail
    try:
        read_csv(Path("people.csv"), text.encode("utf-8"), delimiter=",")
        refused = False
    except ExchangeError as error:
        refused = "never closed" in error.message
    strict = _strict_parse_error(text)
    # The csv module in strict mode stops at the end of the data inside quotes, unless an earlier
    # stray quote stops it first (which the tolerant reading accepts).
    if strict == "unexpected end of data":
        assert refused
    if refused:
        assert strict is not None


# 5. The command line cannot choose a column: it is told which headers are recognised.


def _table(tmp_path: Path, text: str) -> Any:
    path = tmp_path / "people.csv"
    path.write_text(text, encoding="utf-8")
    return read_table(path)


def test_unrecognised_headers_name_the_recognised_ones(services: Services, tmp_path: Path) -> None:
    table = _table(tmp_path, "Foo,Bar\n1,2\n")
    with pytest.raises(ExchangeError) as caught:
        plan_import(services, table)
    message = caught.value.message
    assert message.startswith("people.csv: No column is recognised as the Name column; rename the header")
    for header in ("'name'", "'full name'", "'фио'", "'фамилия имя отчество'"):
        assert header in message
    assert "'ф.и.о.'" not in message  # the same header as 'фио'
    assert "Choose the column" not in message
    assert message.endswith("The columns found are: 'Foo', 'Bar'.")


def test_unrecognised_organization_headers_name_the_organization_ones(services: Services, tmp_path: Path) -> None:
    table = _table(tmp_path, "Foo,Bar\n1,2\n")
    with pytest.raises(ExchangeError) as caught:
        plan_import(services, table, "organizations")
    assert "'наименование организации'" in caught.value.message
    assert "'фио'" not in caught.value.message


def test_a_chosen_mapping_still_asks_to_choose_a_column(services: Services, tmp_path: Path) -> None:
    table = _table(tmp_path, "Foo,Bar\n1,2\n")
    with pytest.raises(ExchangeError) as caught:
        plan_import(services, table, "people", {"name": None})
    assert "Choose the column that holds the name." in caught.value.message


# 6. Export goes through the shared atomic writer.


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
def test_an_exported_file_gets_the_usual_mode(sample_services: Services, tmp_path: Path) -> None:
    previous = os.umask(0o022)
    try:
        out = export_mission_file(sample_services, BELARUS_MISSION_ID, tmp_path / "new" / "belarus.json")
    finally:
        os.umask(previous)
    assert out.stat().st_mode & 0o777 == 0o644
    assert sorted(p.name for p in out.parent.iterdir()) == ["belarus.json"]


def test_export_does_not_overwrite_a_database(sample_services: Services, db_path: Path) -> None:
    before = db_path.read_bytes()[:100]
    with pytest.raises(ExchangeError) as caught:
        export_mission_file(sample_services, BELARUS_MISSION_ID, db_path)
    assert "it is a database, which would be lost" in caught.value.message
    assert db_path.read_bytes()[:100] == before
