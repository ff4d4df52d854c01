"""Reports and exports of a mission: printed reports (PDF, HTML, print), iCalendar and spreadsheets.

`build_report` assembles a report from the services (reports/data.py) and renders it through a Jinja2
template under resources/templates/reports; `report_document`, `paint_report` and `write_report` lay
it out in pages with Qt (QTextDocument), so the GUI's print preview, the PDF export and the command
line produce the same pages.
"""

from missionplanner.reports.calendar import write_ics
from missionplanner.reports.render import (
    REPORT_KINDS,
    Report,
    build_report,
    paint_report,
    report_document,
    report_name,
    write_report,
)
from missionplanner.reports.sheets import SHEETS, write_sheet

__all__ = [
    "REPORT_KINDS",
    "SHEETS",
    "Report",
    "build_report",
    "paint_report",
    "report_document",
    "report_name",
    "write_ics",
    "write_report",
    "write_sheet",
]
