"""Storage fixtures: an open Store on a fresh database file, and a mission with every kind of record."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from missionplanner.storage.store import Store, open_store
from tests.storage.builders import Seeded, seed_mission


@pytest.fixture
def store(db_path: Path) -> Iterator[Store]:
    opened = open_store(db_path)
    yield opened
    opened.close()


@pytest.fixture
def seeded(store: Store) -> Seeded:
    return seed_mission(store)
