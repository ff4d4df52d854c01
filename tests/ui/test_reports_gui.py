"""Print and export from the GUI: the report dialog writes PDF and HTML; calendar and spreadsheet exports."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import openpyxl
from icalendar import Calendar
from pypdf import PdfReader

from missionplanner.ui.dialogs.report_dialog import ReportDialog
from missionplanner.ui.main_window import MainWindow
from tests.conftest import BELARUS_MISSION_ID, KAZAKHSTAN_MISSION_ID


def test_report_dialog_saves_pdf_and_html(qtbot: Any, window: MainWindow, tmp_path: Path) -> None:
    dialog = ReportDialog(window.services, KAZAKHSTAN_MISSION_ID, parent=window)
    qtbot.addWidget(dialog)
    dialog.kind.setCurrentIndex(dialog.kind.findData("itinerary"))
    pdf = dialog.save("pdf", tmp_path / "itinerary.pdf")
    assert pdf is not None
    text = "".join(page.extract_text() for page in PdfReader(str(pdf)).pages)
    assert text.index("Mary") < text.index("Arkadag") < text.index("Turkmenbashi")
    html = dialog.save("html", tmp_path / "itinerary.html")
    assert html is not None
    assert "Kazakhstani business mission" in html.read_text(encoding="utf-8")


def test_a_russian_report_from_the_english_interface(qtbot: Any, window: MainWindow, tmp_path: Path) -> None:
    dialog = ReportDialog(window.services, BELARUS_MISSION_ID, parent=window)
    qtbot.addWidget(dialog)
    dialog.kind.setCurrentIndex(dialog.kind.findData("itinerary"))
    dialog.language.setCurrentIndex(dialog.language.findData("ru"))
    assert dialog.default_name("pdf").endswith("-itinerary-ru.pdf")
    pdf = dialog.save("pdf", tmp_path / "programme.pdf")
    assert pdf is not None
    text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(str(pdf)).pages)
    assert "День 2 – суббота, 24 мая 2025" in text
    # The interface itself stays English.
    assert dialog.windowTitle() == "Print or export a report"
    assert window.menuBar().actions()[0].text() == "&File"


def test_personal_report_needs_a_participant(qtbot: Any, window: MainWindow, tmp_path: Path) -> None:
    dialog = ReportDialog(window.services, KAZAKHSTAN_MISSION_ID, parent=window)
    qtbot.addWidget(dialog)
    dialog.kind.setCurrentIndex(dialog.kind.findData("personal"))
    assert dialog.participant.isEnabled()
    dialog.participant.setCurrentIndex(0)
    pdf = dialog.save("pdf", tmp_path / "personal.pdf")
    assert pdf is not None
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(str(pdf)).pages).split())
    assert "Kayyrbolat Sakhmetov" in text


def test_calendar_and_spreadsheet_exports(qtbot: Any, window: MainWindow, tmp_path: Path) -> None:
    window.open_mission(BELARUS_MISSION_ID)
    ics = window.export_calendar(tmp_path / "mission.ics")
    assert ics is not None
    calendar = Calendar.from_ical(ics.read_bytes())
    events = [c for c in calendar.walk() if c.name == "VEVENT"]
    assert len(events) == len(window.services.items.for_mission(BELARUS_MISSION_ID))
    sheet = window.export_spreadsheet(tmp_path / "outcomes.xlsx", "outcomes")
    assert sheet is not None
    rows = list(openpyxl.load_workbook(sheet).active.iter_rows(values_only=True))
    assert any("polypropylene" in str(cell).lower() for row in rows for cell in row)
    assert "saved" in window.statusBar().currentMessage()
