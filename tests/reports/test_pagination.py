"""Rows are never split across pages, headings stay with what follows, both paper sizes."""

from __future__ import annotations

from itertools import pairwise
from pathlib import Path

import pytest

from missionplanner.reports import REPORT_KINDS, build_report, report_document, write_report
from missionplanner.reports.pages import _Breaks, _fix_first_problem, _straddles, _units
from missionplanner.services.app import Services
from tests.reports.builders import agenda_end, item_title, long_mission
from tests.reports.conftest import BELARUS, KAZAKHSTAN, MEMBER_OF, TODAY, normalise, pdf_pages


@pytest.mark.parametrize("page_size", ["A4", "Letter"])
def test_no_item_of_a_long_itinerary_is_split_across_pages(services: Services, tmp_path: Path, page_size: str) -> None:
    mission = long_mission(services)
    report = build_report(services, "itinerary", mission.id, today=TODAY)
    pages = pdf_pages(write_report(report, tmp_path / "long.pdf", page_size))
    assert 6 <= len(pages) <= 30
    for number in range(1, 49):
        title, end = normalise(item_title(number)), normalise(agenda_end(number))
        with_title = [n for n, text in enumerate(pages) if title in text]
        assert len(with_title) == 1, f"item {number} is on pages {with_title}"
        # The row's last line (the end of its agenda) is on the page of its title: the row is whole.
        assert end in pages[with_title[0]], f"item {number} is split across pages"


def test_no_outcome_row_is_split_and_money_stays_per_currency(services: Services, tmp_path: Path) -> None:
    mission = long_mission(services, days=1, per_day=1)
    report = build_report(services, "outcomes", mission.id, today=TODAY)
    pages = pdf_pages(write_report(report, tmp_path / "outcomes.pdf"))
    for number in range(1, 13):
        # Its first mention is its row (follow-ups name it again later); the row ends on the same page.
        first = next(n for n, text in enumerate(pages) if f"Outcome number {number:02d}" in text)
        assert f"End of description {number:02d}." in pages[first]
    text = " ".join(pages)
    # Four USD outcomes and four EUR ones, half of them signed; never one sum of both.
    assert "USD 1,250,000.50" in text
    assert "USD 5,000,002.00" in text  # 4 x 1,250,000.50
    assert "EUR 399.96" in text  # 4 x 99.99
    assert "5,000,401.96" not in text


def test_every_table_row_of_the_laid_out_document_sits_on_one_page(services: Services) -> None:
    mission = long_mission(services)
    document = report_document(build_report(services, "itinerary", mission.id, today=TODAY), "A4")
    height = document.pageSize().height()
    units = [u for u in _units(document) if u.table is not None]
    assert len(units) > 48
    assert not [u.first_block.text() for u in units if _straddles(u, height)]
    # A heading is never the last thing on its page.
    blocks = [u for u in _units(document) if not u.empty]
    for heading, following in pairwise(blocks):
        if heading.heading:
            assert int(heading.top // height) == int(following.top // height), heading.first_block.text()


def test_keeping_together_settles_for_every_sample_report(samples: Services) -> None:
    """After layout nothing is left to move: the fixes converge instead of undoing one another."""
    for mission_id in (BELARUS, KAZAKHSTAN):
        for kind in REPORT_KINDS:
            participant = MEMBER_OF[mission_id] if kind == "personal" else None
            report = build_report(samples, kind, mission_id, participant_id=participant, today=TODAY)
            for page_size in ("A4", "Letter"):
                document = report_document(report, page_size)
                assert not _fix_first_problem(document, document.pageSize().height(), _Breaks()), (kind, page_size)
