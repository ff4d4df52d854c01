"""Pictures of the reports' first pages, for the README: `uv run python -m missionplanner.reports.previews`.

Builds every report kind for a sample mission in a temporary database, writes it as PDF, renders
page 1 with QtPdf and saves it as resources/screenshots/report-<kind>.png.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtPdf import QPdfDocument

from missionplanner.i18n.catalog import use_language
from missionplanner.i18n.languages import Language
from missionplanner.reports.qtsupport import ensure_gui_application
from missionplanner.reports.render import REPORT_KINDS, build_report, write_report
from missionplanner.resources import resources_dir
from missionplanner.services.app import Services, open_services

SAMPLE_MISSION = "8e6038ca-9332-42eb-ad03-6d2fe70c1750"  # Kazakhstani business mission, December 2023
SAMPLE_BRIEFING_MISSION = "5eb3085c-be0c-4c04-a7db-76240de93d5f"  # Belarus 2025: a host met before
SAMPLE_PARTICIPANT = "f1be34e1-840c-4045-b10c-f6168c77878d"
PREVIEW_TODAY = date(2025, 6, 10)


def render_page(pdf: Path, page: int = 0, width: int = 1240) -> QImage:
    """One page of a PDF as an image on white paper (QtPdf renders onto transparency)."""
    ensure_gui_application()
    document = QPdfDocument(None)
    error = document.load(str(pdf))
    if error != QPdfDocument.Error.None_:
        raise OSError(f"Cannot read {pdf}: {error.name}")
    points = document.pagePointSize(page)
    size = QSize(width, round(width * points.height() / points.width()))
    rendered = document.render(page, size)
    document.close()
    image = QImage(size, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.drawImage(0, 0, rendered)
    painter.end()
    return image


def write_previews(services: Services, out_dir: Path, *, width: int = 1240) -> list[Path]:
    """report-<kind>.png for every report kind, from the sample missions in `services`."""
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    with tempfile.TemporaryDirectory() as temp:
        for kind in REPORT_KINDS:
            mission_id = SAMPLE_BRIEFING_MISSION if kind == "briefing" else SAMPLE_MISSION
            participant = SAMPLE_PARTICIPANT if kind == "personal" else None
            report = build_report(services, kind, mission_id, participant_id=participant, today=PREVIEW_TODAY)
            pdf = write_report(report, Path(temp) / f"{kind}.pdf")
            path = out_dir / f"report-{kind}.png"
            if not render_page(pdf, 0, width).save(str(path)):
                raise OSError(f"Cannot write {path}")
            written.append(path)
        # The day-by-day programme as a Russian-speaking host receives it.
        with use_language(Language.RUSSIAN):
            report = build_report(services, "itinerary", SAMPLE_MISSION, today=PREVIEW_TODAY)
            pdf = write_report(report, Path(temp) / "itinerary-ru.pdf")
        path = out_dir / "report-itinerary-ru.png"
        if not render_page(pdf, 1, width).save(str(path)):
            raise OSError(f"Cannot write {path}")
        written.append(path)
    return written


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=resources_dir() / "screenshots", help="folder for the PNGs")
    parser.add_argument("--width", type=int, default=1240, help="image width in pixels (default 1240)")
    args = parser.parse_args(argv)
    ensure_gui_application()
    with tempfile.TemporaryDirectory() as temp:
        database = Path(temp) / "samples.db"
        # The sample missions come in through the app's own importer, run as the command line does
        # (reports sit beside exchange in the layers and do not import it).
        subprocess.run(
            [sys.executable, "-m", "missionplanner", "--db", str(database), "--with-samples", "missions"],
            check=True,
            capture_output=True,
        )
        services = open_services(database, make_backups=False)
        try:
            for path in write_previews(services, args.out, width=args.width):
                print(path)
        finally:
            services.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
