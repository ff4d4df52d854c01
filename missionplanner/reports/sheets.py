"""Spreadsheet export of a mission's itinerary or outcomes: .xlsx (openpyxl) or .csv (UTF-8 with BOM).

Text typed by users is neutralised before it reaches a spreadsheet: a cell that starts with = + - @
(or a tab or carriage return) gets a leading apostrophe, so Excel or LibreOffice shows it as text
instead of running it as a formula (CSV/formula injection).
"""

from __future__ import annotations

import csv
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time
from decimal import Decimal
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from missionplanner.domain.errors import ValidationError
from missionplanner.domain.translation import QT_TRANSLATE_NOOP, translate
from missionplanner.reports.data import MissionData, attends, resolve_participant
from missionplanner.reports.files import check_suffix
from missionplanner.services.app import Services
from missionplanner.storage.output_files import atomic_output

# What can be exported, and the sheet's title (translate with the context "Sheets" where shown).
SHEETS: dict[str, str] = {
    "itinerary": QT_TRANSLATE_NOOP("Sheets", "Itinerary"),
    "outcomes": QT_TRANSLATE_NOOP("Sheets", "Outcomes"),
}

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")

Cell = str | int | Decimal | date | datetime | time | None


def neutralise(text: str) -> str:
    """User text made safe for a spreadsheet: never read as a formula."""
    return "'" + text if text.startswith(FORMULA_STARTS) else text


@dataclass(frozen=True)
class Column:
    title: str
    width: int  # in characters, for .xlsx
    number_format: str = ""


@dataclass(frozen=True)
class Table:
    name: str
    columns: tuple[Column, ...]
    rows: list[list[Cell]]


# Control characters a workbook cannot hold (openpyxl refuses them, failing the whole export): pasted
# into a field or brought by a file, they are dropped from sheets (a tab or a line break is kept).
_UNWRITABLE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def _safe(value: Cell) -> Cell:
    return neutralise(_UNWRITABLE.sub("", value)) if isinstance(value, str) else value


def itinerary_table(data: MissionData, participant_id: str | None = None) -> Table:
    columns = (
        Column(translate("Sheets", "Day"), 6),
        Column(translate("Sheets", "Date"), 12, "yyyy-mm-dd"),
        Column(translate("Sheets", "Start"), 8, "hh:mm"),
        Column(translate("Sheets", "End date"), 12, "yyyy-mm-dd"),
        Column(translate("Sheets", "End"), 8, "hh:mm"),
        Column(translate("Sheets", "Time zone"), 16),
        Column(translate("Sheets", "End time zone"), 16),
        Column(translate("Sheets", "Kind"), 14),
        Column(translate("Sheets", "Title"), 48),
        Column(translate("Sheets", "City"), 16),
        Column(translate("Sheets", "Venue"), 30),
        Column(translate("Sheets", "Hosts"), 40),
        Column(translate("Sheets", "Host contacts"), 30),
        Column(translate("Sheets", "Attendees"), 30),
        Column(translate("Sheets", "Status"), 11),
        Column(translate("Sheets", "Travel mode"), 11),
        Column(translate("Sheets", "From"), 14),
        Column(translate("Sheets", "To"), 14),
        Column(translate("Sheets", "Reference"), 12),
        Column(translate("Sheets", "Agenda"), 60),
        Column(translate("Sheets", "Id"), 38),
    )
    rows: list[list[Cell]] = []
    for item in data.items:
        if participant_id is not None and not attends(item, participant_id):
            continue
        day = item.start.date()
        number = (day - data.mission.start_date).days + 1
        contacts = [data.contact(c) for c in item.host_contact_ids]
        attendees = (
            translate("Sheets", "Whole delegation")
            if item.attendee_ids is None
            else "; ".join(data.participant_name(p) for p in item.attendee_ids)
        )
        travel = item.travel
        rows.append(
            [
                number if 1 <= number <= data.mission.day_count else None,
                day,
                item.start.time(),
                item.end.date(),
                item.end.time(),
                item.timezone,
                item.effective_end_timezone,
                item.kind.label,
                item.title,
                item.city,
                item.venue,
                "; ".join(data.organization_name(h) for h in item.host_organization_ids),
                "; ".join(", ".join(v for v in (c.name, c.phone) if v) for c in contacts if c is not None),
                attendees,
                item.status.label,
                travel.mode.label if travel else "",
                travel.from_city if travel else "",
                travel.to_city if travel else "",
                travel.reference if travel else "",
                item.agenda,
                item.id,
            ]
        )
    return Table(translate("Sheets", SHEETS["itinerary"]), columns, rows)


def outcomes_tables(data: MissionData) -> list[Table]:
    items = {i.id: i for i in data.items}
    outcome_columns = (
        Column(translate("Sheets", "Title"), 48),
        Column(translate("Sheets", "Kind"), 22),
        Column(translate("Sheets", "Status"), 12),
        Column(translate("Sheets", "Counterparts"), 40),
        Column(translate("Sheets", "Sector"), 18),
        Column(translate("Sheets", "Commodity"), 24),
        Column(translate("Sheets", "Direction"), 10),
        Column(translate("Sheets", "Amount"), 16, "#,##0.00"),
        Column(translate("Sheets", "Currency"), 9),
        Column(translate("Sheets", "Signed on"), 12, "yyyy-mm-dd"),
        Column(translate("Sheets", "Meeting"), 40),
        Column(translate("Sheets", "Description"), 60),
        Column(translate("Sheets", "Id"), 38),
    )
    outcome_rows: list[list[Cell]] = []
    for outcome in data.outcomes:
        meeting = items.get(outcome.item_id or "")
        outcome_rows.append(
            [
                outcome.title,
                outcome.kind.label,
                outcome.status.label,
                "; ".join(data.organization_name(o) for o in outcome.organization_ids),
                outcome.sector,
                outcome.commodity,
                outcome.direction.label if outcome.direction.value != "none" else "",
                outcome.amount,
                outcome.currency or "",
                outcome.signed_on,
                meeting.title if meeting else "",
                outcome.description,
                outcome.id,
            ]
        )
    titles = {o.id: o.title for o in data.outcomes}
    follow_up_columns = (
        Column(translate("Sheets", "Action"), 60),
        Column(translate("Sheets", "Owner"), 30),
        Column(translate("Sheets", "Due"), 12, "yyyy-mm-dd"),
        Column(translate("Sheets", "Done on"), 12, "yyyy-mm-dd"),
        Column(translate("Sheets", "Overdue"), 9),
        Column(translate("Sheets", "Outcome"), 48),
        Column(translate("Sheets", "Id"), 38),
    )
    follow_up_rows: list[list[Cell]] = [
        [
            f.action,
            f.owner,
            f.due_date,
            f.done_on,
            translate("Sheets", "yes") if f.is_overdue(data.today) else translate("Sheets", "no"),
            titles.get(f.outcome_id or "", ""),
            f.id,
        ]
        for f in sorted(data.follow_ups, key=lambda f: (f.done_on is not None, f.due_date or date.max, f.action))
    ]
    return [
        Table(translate("Sheets", SHEETS["outcomes"]), outcome_columns, outcome_rows),
        Table(translate("Sheets", "Follow-ups"), follow_up_columns, follow_up_rows),
    ]


def _csv_value(value: Cell) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.isoformat(timespec="minutes")
    if isinstance(value, time):
        return value.strftime("%H:%M")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return format(value, "f")
    return str(value)


def _write_csv(table: Table, path: Path) -> None:
    # utf-8-sig: the byte-order mark makes Excel read Cyrillic and Turkmen letters correctly.
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow([c.title for c in table.columns])
        for row in table.rows:
            writer.writerow([_csv_value(_safe(v)) for v in row])


def _write_xlsx(tables: Sequence[Table], path: Path, title: str) -> None:
    workbook = Workbook()
    workbook.remove(workbook.active)
    header_font = Font(bold=True, color="FFFFFF")
    header_fill = PatternFill("solid", fgColor="13294B")
    for table in tables:
        sheet = workbook.create_sheet(table.name)
        sheet.append([c.title for c in table.columns])
        for cell in sheet[1]:
            cell.font = header_font
            cell.fill = header_fill
            cell.alignment = Alignment(vertical="top")
        for row in table.rows:
            sheet.append([_safe(v) for v in row])
        for index, column in enumerate(table.columns, start=1):
            letter = get_column_letter(index)
            # Wide enough for the column's title too (translated titles may be longer).
            sheet.column_dimensions[letter].width = max(column.width, len(column.title))
            if column.number_format:
                for (cell,) in sheet.iter_rows(min_row=2, min_col=index, max_col=index):
                    cell.number_format = column.number_format
        for row_cells in sheet.iter_rows(min_row=2):
            for cell in row_cells:
                cell.alignment = Alignment(vertical="top", wrap_text=isinstance(cell.value, str))
        sheet.freeze_panes = "A2"
        sheet.auto_filter.ref = sheet.dimensions
    workbook.properties.title = title
    workbook.properties.creator = "Mission Planner"
    workbook.save(path)


def write_sheet(
    services: Services,
    mission_id: str,
    path: Path,
    *,
    what: str,
    participant_id: str | None = None,
    today: date | None = None,
) -> Path:
    """Write the itinerary or the outcomes of a mission to .xlsx or .csv (by the file's extension).

    The .xlsx of outcomes has a second sheet of follow-ups; the .csv holds the outcomes only.
    """
    if what not in SHEETS:
        raise ValidationError.single("what", f"Unknown sheet {what!r}; choose one of {', '.join(SHEETS)}.")
    path = Path(path)
    suffix = check_suffix(
        path, (".xlsx", ".csv"), translate("Sheets", "Cannot write a spreadsheet to '{name}': use a {choices} file.")
    )
    data = MissionData(services, mission_id, today)
    builders: dict[str, Callable[[], list[Table]]] = {
        "itinerary": lambda: [itinerary_table(data, _participant(data, participant_id))],
        "outcomes": lambda: outcomes_tables(data),
    }
    tables = builders[what]()
    with atomic_output(path) as temp:
        if suffix == ".csv":
            _write_csv(tables[0], temp)
        else:
            _write_xlsx(tables, temp, f"{translate('Sheets', SHEETS[what])} – {data.mission.title}")
    return path


def _participant(data: MissionData, participant_id: str | None) -> str | None:
    if participant_id is None:
        return None
    return resolve_participant(data, participant_id).id
