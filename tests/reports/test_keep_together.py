"""keep_together resumes after each fix instead of starting over: the pages must not change for it."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QTextDocument

from missionplanner.reports import build_report, pages, report_document
from missionplanner.services.app import Services
from tests.reports.builders import long_mission
from tests.reports.conftest import TODAY


def _layout(document: QTextDocument) -> list[tuple[float, float, int]]:
    return [(u.top, u.bottom, u.first_block.position()) for u in pages._units(document)]


@pytest.mark.parametrize("page_size", ["A4", "Letter"])
def test_resuming_gives_the_pages_of_starting_over(
    services: Services, monkeypatch: pytest.MonkeyPatch, page_size: str
) -> None:
    report = build_report(services, "itinerary", long_mission(services, days=12).id, today=TODAY)
    resumed = report_document(report, page_size)

    def start_over(document: QTextDocument, *, limit: int = 500, progress: object = None) -> None:
        breaks = pages._Breaks()
        for _ in range(limit):
            if not pages._fix_first_problem(document, document.pageSize().height(), breaks):
                return

    monkeypatch.setattr(pages, "keep_together", start_over)
    restarted = report_document(report, page_size)
    assert resumed.pageCount() == restarted.pageCount()
    assert _layout(resumed) == _layout(restarted)


def test_planning_the_breaks_of_a_long_programme_costs_at_most_a_page(
    services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The breaks are planned on one layout (seconds, not a minute, for 400 pages); predictions can be
    a few units off after a row that straddled, which may cost an early break, never a split row."""
    report = build_report(services, "itinerary", long_mission(services, days=40).id, today=TODAY)
    planned = report_document(report, "A4")

    def one_at_a_time(document: QTextDocument, *, limit: int = 500, progress: object = None) -> None:
        breaks = pages._Breaks()
        for _ in range(limit):
            if not pages._fix_first_problem(document, pages.qt_page_height(document), breaks):
                return

    monkeypatch.setattr(pages, "keep_together", one_at_a_time)
    sequential = report_document(report, "A4")
    assert sequential.pageCount() <= planned.pageCount() <= sequential.pageCount() + 1
    height = pages.qt_page_height(planned)
    units = pages._with_companions([u for u in pages._units(planned) if not u.empty])
    split = [u for u in units if u.table is not None and u.row == 0 and pages._straddles(u, height)]
    assert split == []
