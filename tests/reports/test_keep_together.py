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
