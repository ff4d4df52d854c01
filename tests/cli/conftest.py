"""Running the `missionplanner` command in-process and reading what it printed."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from missionplanner.cli import main
from missionplanner.services.app import open_services


@dataclass(frozen=True)
class Result:
    code: int
    out: str
    err: str

    def assert_error(self, *words: str) -> None:
        """Exit 2, nothing on stdout, one headline on stderr (details, if any, indented under it), no traceback."""
        assert self.code == 2, (self.out, self.err)
        assert self.out == ""
        lines = self.err.splitlines()
        assert lines, "nothing on stderr"
        assert lines[0].startswith("missionplanner: error: "), self.err
        assert all(line.startswith("  ") for line in lines[1:]), self.err
        assert "Traceback" not in self.err
        for word in words:
            assert word in self.err


Run = Callable[..., Result]


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str]) -> Run:
    def run(*args: str | Path) -> Result:
        code = main([str(a) for a in args])
        captured = capsys.readouterr()
        return Result(code, captured.out, captured.err)

    return run


def content(path: Path) -> list[str]:
    """Every row of the database at `path`, read without making a backup."""
    services = open_services(path, make_backups=False)
    try:
        return list(services.store.db.conn.iterdump())
    finally:
        services.close()
