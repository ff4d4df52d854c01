"""Shared fixtures: fresh databases in tmp_path, the sample missions, headless Qt."""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

# Qt must be told before it starts that there is no display.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Never let a developer's own database leak into a test.
os.environ.pop("MISSIONPLANNER_DB", None)
# Tests read English unless they ask for another language, whatever the machine's locale.
os.environ["MISSIONPLANNER_LANGUAGE"] = "en"

from missionplanner.domain.models import Item
from missionplanner.exchange.samples import seed_samples
from missionplanner.services.app import Services, open_services

BELARUS_MISSION_ID = "5eb3085c-be0c-4c04-a7db-76240de93d5f"
KAZAKHSTAN_MISSION_ID = "8e6038ca-9332-42eb-ad03-6d2fe70c1750"


def double_book_belarus(services: Services) -> tuple[Item, Item]:
    """Move a Belarusian sample meeting onto the site visit of the 24th: the whole delegation in two places."""
    items = services.items.for_mission(BELARUS_MISSION_ID)
    meeting = next(i for i in items if i.title.startswith("Bilateral negotiations at the Chamber"))
    visit = next(i for i in items if i.start.day == 24)
    services.items.update(replace(meeting, start=visit.start, end=visit.end))
    return meeting, visit


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "missions.db"


@pytest.fixture
def services(db_path: Path) -> Iterator[Services]:
    """A new, empty database with migrations applied."""
    opened = open_services(db_path)
    yield opened
    opened.close()


@pytest.fixture
def sample_services(db_path: Path) -> Iterator[Services]:
    """A database holding the two real sample missions."""
    opened = open_services(db_path)
    seed_samples(opened)
    yield opened
    opened.close()


@pytest.fixture(autouse=True)
def _isolated_user_dirs(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Point the user data folder (default database, settings) into a temporary folder."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("HOME", str(home))
