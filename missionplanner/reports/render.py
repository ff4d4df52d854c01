"""Reports as HTML (Jinja2, autoescaped), as laid-out QTextDocuments, and as PDF or HTML files."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined
from markupsafe import Markup
from PySide6.QtGui import QFont, QPagedPaintDevice, QPdfWriter, QTextDocument

from missionplanner.domain.errors import ValidationError
from missionplanner.domain.progress import NO_PROGRESS, Progress
from missionplanner.domain.translation import QT_TRANSLATE_NOOP, current_language_code, translate
from missionplanner.reports import data, narrative
from missionplanner.reports.files import check_suffix
from missionplanner.reports.pages import paginate, paint_pages, prepare_device
from missionplanner.reports.qtsupport import SANS, ensure_gui_application, plain_letters
from missionplanner.resources import resources_dir
from missionplanner.services.app import Services
from missionplanner.storage.output_files import atomic_output

# The report kinds and their names in English; show them with translate("Report", name) (see `report_name`).
REPORT_KINDS: dict[str, str] = {
    "itinerary": QT_TRANSLATE_NOOP("Report", "Itinerary"),
    "personal": QT_TRANSLATE_NOOP("Report", "Personal itinerary"),
    "briefing": QT_TRANSLATE_NOOP("Report", "Host briefing"),
    "outcomes": QT_TRANSLATE_NOOP("Report", "Outcomes report"),
    "summary": QT_TRANSLATE_NOOP("Report", "Mission summary"),
}

_TEMPLATES = {
    "itinerary": "itinerary.html.j2",
    "personal": "itinerary.html.j2",
    "briefing": "briefing.html.j2",
    "outcomes": "outcomes.html.j2",
    "summary": "summary.html.j2",
}


@dataclass(frozen=True)
class Report:
    """A rendered report: its kind, the running-header text (the mission title), and its HTML."""

    kind: str
    title: str
    html: str

    @property
    def label(self) -> str:
        """The report's name in the current language (the running header shows it)."""
        return report_name(self.kind)


def report_name(kind: str) -> str:
    """'Itinerary', 'Host briefing'...: the name of a report kind in the current language."""
    return translate("Report", REPORT_KINDS[kind]) if kind in REPORT_KINDS else kind


def templates_dir() -> Path:
    return resources_dir() / "templates" / "reports"


def _text(text: str) -> Markup:
    """A template's text in the current language (context "Report").

    Our own text, so markup in it (<b>) stays markup; `.format(...)` on the result escapes the values.
    """
    return Markup(translate("Report", text))


def _counted(text: str, n: int) -> Markup:
    """A template's text with a count: '%n' becomes the number, '(s)' or the plural form follows it."""
    return Markup(translate("Report", text, None, n))


@cache
def environment() -> Environment:
    """The templates' environment: `_("text")` and `_n("%n text(s)", n)` translate their texts.

    Only double-quoted literal texts in `_()` and `_n()` are listed for translators
    (missionplanner.i18n.maintenance writes them into reports/template_texts.py).
    """
    env = Environment(
        loader=FileSystemLoader(str(templates_dir())),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.globals["_"] = _text
    env.globals["_n"] = _counted
    return env


def stylesheet() -> Markup:
    # Our own file, not user text: safe to include verbatim.
    return Markup((templates_dir() / "report.css").read_text(encoding="utf-8"))


def render_html(kind: str, report: Any) -> str:
    """The HTML of an assembled report record, through its template."""
    template = environment().get_template(_TEMPLATES[kind])
    return template.render(
        report=report,
        cover=report.cover,
        report_label=report_name(kind),
        css=stylesheet(),
        lang=current_language_code(),
    )


def check_kind(kind: str) -> str:
    if kind not in REPORT_KINDS:
        raise ValidationError.single("kind", f"Unknown report kind {kind!r}; choose one of {', '.join(REPORT_KINDS)}.")
    return kind


def build_report(
    services: Services,
    kind: str,
    mission_id: str,
    *,
    participant_id: str | None = None,
    today: date | None = None,
) -> Report:
    """Assemble and render one report of a mission. `today` fixes what counts as overdue or past."""
    check_kind(kind)
    if kind == "personal" and not (participant_id or "").strip():
        raise ValidationError.single("participant_id", translate("Report", data.NEEDS_PARTICIPANT))
    mission = data.MissionData(services, mission_id, today)
    if kind == "itinerary":
        record: Any = data.itinerary(mission)
    elif kind == "personal":
        record = data.itinerary(mission, participant_id=participant_id)
    elif kind == "briefing":
        record = data.briefing(mission)
    elif kind == "outcomes":
        record = data.outcomes_report(mission)
    else:
        record = narrative.summary(mission)
    return Report(kind=kind, title=mission.mission.title, html=render_html(kind, record))


def report_document(report: Report, page_size: str = "A4", progress: Progress = NO_PROGRESS) -> QTextDocument:
    """The report as a QTextDocument laid out in pages of `page_size` (A4 or Letter), rows kept whole.

    Its page size is the body area of the page in layout units (see pages.py); paint it with
    `paint_report`, which adds the running header and page numbers.
    """
    ensure_gui_application()
    document = QTextDocument()
    document.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, report.title)
    font = QFont(SANS)
    font.setPointSizeF(9.5)
    # No "fi"/"fl" ligatures: text copied from the PDF (a summary pasted into a press release) stays plain.
    plain_letters(font)
    document.setDefaultFont(font)
    document.setHtml(report.html)
    return paginate(document, page_size, progress)


def paint_report(
    report: Report, device: QPagedPaintDevice, page_size: str = "A4", progress: Progress = NO_PROGRESS
) -> int:
    """Paint every page of the report on a QPdfWriter or QPrinter; returns the number of pages."""
    progress.begin(0, translate("Report", "Laying out the pages…"))
    document = report_document(report, page_size, progress)
    prepare_device(device, page_size)
    return paint_pages(document, device, header=report.title, label=report.label, progress=progress)


def write_report(report: Report, path: Path, page_size: str = "A4", progress: Progress = NO_PROGRESS) -> Path:
    """Write the report as PDF or as standalone HTML, chosen by the file's extension.

    `progress` follows the pages and can cancel; a cancelled report leaves no file behind.
    """
    path = Path(path)
    suffix = check_suffix(
        path, (".pdf", ".html", ".htm"), translate("Report", "Cannot write a report to '{name}': use a {choices} file.")
    )
    with atomic_output(path) as temp:
        if suffix == ".pdf":
            _write_pdf(report, temp, page_size, progress)
        else:
            temp.write_text(report.html, encoding="utf-8")
    return path


def _write_pdf(report: Report, path: Path, page_size: str, progress: Progress) -> None:
    ensure_gui_application()
    writer = QPdfWriter(str(path))
    writer.setResolution(300)
    writer.setCreator("Mission Planner")
    writer.setTitle(f"{report.label} – {report.title}")
    paint_report(report, writer, page_size, progress)
    del writer  # closes the file
