"""atomic_output refuses targets it must not replace, and reports every failure as a clear message."""

from __future__ import annotations

import os
import sqlite3
import stat
from pathlib import Path

import pytest

from missionplanner.domain.errors import MissionPlannerError
from missionplanner.storage.output_files import atomic_output
from tests.storage.builders import folder_listing, read_only_folder, sha256


def _write(path: Path, content: bytes = b"report") -> None:
    with atomic_output(path) as temp:
        temp.write_bytes(content)


def _write_into(path: Path, made: list[Path]) -> None:
    """Write `path`, noting in `made` the temporary file if the content was begun."""
    with atomic_output(path) as temp:
        made.append(temp)
        temp.write_bytes(b"report")


def _refused(path: Path, *words: str) -> str:
    """The message of writing `path`, which must be refused before the content is made."""
    made: list[Path] = []
    with pytest.raises(MissionPlannerError) as raised:
        _write_into(path, made)
    assert made == [], "the report was made although the target is refused"
    message = raised.value.message
    assert str(path) in message
    for word in words:
        assert word in message, message
    return message


def test_an_existing_regular_file_is_replaced(tmp_path: Path) -> None:
    target = tmp_path / "report.pdf"
    target.write_bytes(b"old")
    _write(target, b"new")
    assert target.read_bytes() == b"new"
    assert folder_listing(tmp_path) == ["report.pdf"]


def test_a_folder_is_refused(tmp_path: Path) -> None:
    target = tmp_path / "report.pdf"
    target.mkdir()
    _refused(target, "folder", "Choose a file name")
    assert target.is_dir()
    assert folder_listing(tmp_path) == ["report.pdf"]


def test_a_pipe_is_not_replaced(tmp_path: Path) -> None:
    # A FIFO stands for any special file (/dev/full): the old code renamed a regular file over it.
    target = tmp_path / "report.pdf"
    os.mkfifo(target)
    _refused(target, "not a regular file", "Choose a file name")
    assert stat.S_ISFIFO(target.lstat().st_mode)
    assert folder_listing(tmp_path) == ["report.pdf"]


def test_a_database_is_not_overwritten(tmp_path: Path) -> None:
    # The export given the open database's name by mistake destroyed it.
    target = tmp_path / "x.db"
    conn = sqlite3.connect(target)
    conn.execute("CREATE TABLE missions (id TEXT)")
    conn.commit()
    conn.close()
    before = sha256(target)
    _refused(target, "database", "Choose another file name")
    assert sha256(target) == before
    assert folder_listing(tmp_path) == ["x.db"]


def test_a_read_only_folder_gives_a_clear_message(tmp_path: Path) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    with read_only_folder(folder), pytest.raises(MissionPlannerError) as raised:
        _write(folder / "report.pdf")
    assert raised.value.message.startswith(f"Cannot write '{folder / 'report.pdf'}': ")
    assert folder_listing(folder) == []


@pytest.mark.parametrize("stem", ["a" * 245, "д" * 122, "Aşgabat ň " * 20])
def test_a_long_legal_name_can_be_written(tmp_path: Path, stem: str) -> None:
    target = tmp_path / f"{stem}.pdf"
    assert len(os.fsencode(target.name)) <= 255
    _write(target, b"%PDF-")
    assert target.read_bytes() == b"%PDF-"
    assert folder_listing(tmp_path) == [target.name]


def test_the_temporary_file_keeps_the_suffix_writers_look_at(tmp_path: Path) -> None:
    with atomic_output(tmp_path / "sheet.xlsx") as temp:
        assert temp.suffix == ".xlsx"
        assert temp.parent == tmp_path
        temp.write_bytes(b"x")


def test_a_file_as_the_folder_says_so(tmp_path: Path) -> None:
    (tmp_path / "missions.db").write_bytes(b"not a folder")
    target = tmp_path / "missions.db" / "report.pdf"
    message = _refused(target, "is a file, not a folder")
    assert "does not exist" not in message
    assert (tmp_path / "missions.db").read_bytes() == b"not a folder"


def test_a_folder_that_cannot_be_looked_into_gives_a_clear_message(tmp_path: Path) -> None:
    """Path.exists() raises for some folders (a name too long here; a folder without search permission for
    ordinary users): the error is the usual one naming the file, not an unexpected OSError."""
    target = tmp_path / ("x" * 300) / "report.pdf"
    with pytest.raises(MissionPlannerError) as raised:
        _write(target)
    assert str(target) in raised.value.message
    assert "too long" in raised.value.message
