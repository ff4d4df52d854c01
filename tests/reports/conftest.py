"""Report fixtures: the sample missions once per module, PDFs read back with pypdf, a fixed today."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from missionplanner.exchange.samples import seed_samples
from missionplanner.services.app import Services, open_services
from tests.conftest import BELARUS_MISSION_ID, KAZAKHSTAN_MISSION_ID

TODAY = date(2025, 6, 10)
BELARUS = BELARUS_MISSION_ID
KAZAKHSTAN = KAZAKHSTAN_MISSION_ID
# A member of each delegation, for personal itineraries.
BELARUS_MEMBER = "486a69a1-684c-446a-93e5-b81b119f2218"
KAZAKHSTAN_ORGANIZER = "f1be34e1-840c-4045-b10c-f6168c77878d"
MEMBER_OF = {BELARUS: BELARUS_MEMBER, KAZAKHSTAN: KAZAKHSTAN_ORGANIZER}


@pytest.fixture(autouse=True)
def _qt_application(qapp: Any) -> None:
    """A QApplication from pytest-qt before any report runs, so that reports never create the process's
    only Qt application as a QGuiApplication (the GUI tests that follow need a QApplication)."""


@pytest.fixture(scope="module")
def samples(tmp_path_factory: pytest.TempPathFactory, qapp: Any) -> Iterator[Services]:
    """The two sample missions, shared by the tests of one module (which only read them)."""
    services = open_services(tmp_path_factory.mktemp("samples") / "missions.db", make_backups=False)
    seed_samples(services)
    yield services
    services.close()


def normalise(text: str) -> str:
    """Text as a reader sees it: compatibility forms folded, any run of white space one space, and no
    space before punctuation (pypdf puts one wherever the font changes, as after a bold name)."""
    text = " ".join(unicodedata.normalize("NFKC", text).split())
    return re.sub(r" (?=[,.;:)])", "", text)


def pdf_pages(path: Path) -> list[str]:
    """The text of each page of a PDF, extracted by pypdf and normalised."""
    return [normalise(page.extract_text()) for page in PdfReader(str(path)).pages]


def assert_in_order(text: str, *parts: str) -> None:
    """Each part appears in `text`, after the one before it."""
    position = -1
    for part in parts:
        found = text.find(normalise(part), position + 1)
        assert found > position, f"{part!r} is missing or out of order"
        position = found
