"""First pages rendered with QtPdf: not blank, and the README's pictures can be made from them."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader
from PySide6.QtGui import QColor, QImage
from PySide6.QtPrintSupport import QPrinter

from missionplanner.reports import REPORT_KINDS, build_report, paint_report
from missionplanner.reports.previews import render_page, write_previews
from missionplanner.services.app import Services
from tests.reports.conftest import KAZAKHSTAN, TODAY, pdf_pages


def ink(image: QImage) -> float:
    """The share of sampled pixels that are not white paper."""
    inked = total = 0
    for y in range(0, image.height(), 4):
        for x in range(0, image.width(), 4):
            total += 1
            inked += QColor(image.pixel(x, y)).lightness() < 235
    return inked / total


def test_every_kind_renders_a_first_page_with_ink_on_it(samples: Services, tmp_path: Path) -> None:
    written = write_previews(samples, tmp_path, width=620)
    assert [p.name for p in written] == [*(f"report-{kind}.png" for kind in REPORT_KINDS), "report-itinerary-ru.png"]
    for path in written:
        image = QImage(str(path))
        assert (image.width(), image.height()) == (620, round(620 * 842 / 595))
        assert 0.01 < ink(image) < 0.5, path.name  # text on white paper: neither blank nor a black page


def test_paint_report_works_on_a_qprinter_too(samples: Services, tmp_path: Path) -> None:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    report = build_report(samples, "summary", KAZAKHSTAN, today=TODAY)
    pages = paint_report(report, printer, "Letter")
    assert pages == len(PdfReader(str(tmp_path / "printed.pdf")).pages)
    text = pdf_pages(tmp_path / "printed.pdf")
    assert f"Page 1 of {pages}" in text[0]
    assert ink(render_page(tmp_path / "printed.pdf", 0, 400)) > 0.01
