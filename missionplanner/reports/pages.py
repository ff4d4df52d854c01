"""Paginated painting of a report: page geometry, rows kept whole, running header and page numbers.

A report's QTextDocument is laid out once for the body area of the page in "layout units" (pixels at
LAYOUT_DPI, a resolution of our own so that the pages do not depend on the screen) and painted page by
page onto any QPagedPaintDevice (QPdfWriter for files, QPrinter for printing and print preview), scaled
to the device's resolution.

QTextDocument paginates line by line: a table row whose cells hold several lines can start at the
bottom of one page and end at the top of the next, and Qt has no way to ask for a page break before a
row (only before a block or a whole table; a cell's padding or margins do not help either, as Qt keeps
a cell's bottom padding free on every page and ignores a cell's last bottom margin). So the templates
give each row that may be long (an itinerary item, an outcome, an organization) a one-row table of its
own, and `keep_together` moves such a table whole to the next page, with the heading that introduces
it, when it would be split; a heading left alone at a page bottom moves to the next page too.
"""

from __future__ import annotations

import math
from bisect import bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from itertools import pairwise

from PySide6.QtCore import QMarginsF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPen,
    QTextBlock,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextFrame,
    QTextTable,
)

from missionplanner.domain.errors import ValidationError
from missionplanner.domain.progress import NO_PROGRESS, Progress
from missionplanner.domain.translation import translate
from missionplanner.reports.qtsupport import SANS, plain_letters

LAYOUT_DPI = 96
MM = LAYOUT_DPI / 25.4  # layout units per millimetre

PAGE_SIZES = {"a4": (QPageSize.PageSizeId.A4, "A4"), "letter": (QPageSize.PageSizeId.Letter, "Letter")}

# Vertical plan of a page, in millimetres from the top and bottom edges.
MARGIN_SIDE = 20.0
HEADER_TEXT_TOP = 12.0  # the running header's text starts here
HEADER_RULE = 18.0  # the thin rule under it
BODY_TOP = 25.0
BODY_BOTTOM = 24.0  # from the bottom edge
FOOTER_RULE = 19.0  # from the bottom edge
FOOTER_TEXT_TOP = 17.0  # from the bottom edge

INK = QColor("#1b2a3a")
MUTED = QColor("#5f6b78")
RULE = QColor("#9aa5b1")


def page_size_id(page_size: str) -> QPageSize.PageSizeId:
    key = (page_size or "").strip().casefold()
    if key not in PAGE_SIZES:
        raise ValidationError.single("page_size", f"Unknown page size {page_size!r}; choose A4 or Letter.")
    return PAGE_SIZES[key][0]


@dataclass(frozen=True)
class PageGeometry:
    """Where things go on one page, in layout units."""

    width: float
    height: float

    @classmethod
    def for_size(cls, page_size: str) -> PageGeometry:
        size = QPageSize(page_size_id(page_size)).size(QPageSize.Unit.Millimeter)
        return cls(size.width() * MM, size.height() * MM)

    @property
    def left(self) -> float:
        return MARGIN_SIDE * MM

    @property
    def right(self) -> float:
        return self.width - MARGIN_SIDE * MM

    @property
    def body(self) -> QRectF:
        top = BODY_TOP * MM
        return QRectF(self.left, top, self.right - self.left, self.height - BODY_BOTTOM * MM - top)


_DEVICE: list[QImage] = []


def _layout_device() -> QImage:
    """A tiny image whose only job is to fix the resolution text is laid out at.

    One for the whole process: a document's layout refers to it without owning it.
    """
    if not _DEVICE:
        image = QImage(1, 1, QImage.Format.Format_RGB32)
        dots_per_metre = round(LAYOUT_DPI / 0.0254)
        image.setDotsPerMeterX(dots_per_metre)
        image.setDotsPerMeterY(dots_per_metre)
        _DEVICE.append(image)
    return _DEVICE[0]


def paginate(document: QTextDocument, page_size: str, progress: Progress = NO_PROGRESS) -> QTextDocument:
    """Lay the document out for the body area of `page_size` pages, with whole rows on each page."""
    geometry = PageGeometry.for_size(page_size)
    document.documentLayout().setPaintDevice(_layout_device())
    document.setUseDesignMetrics(True)
    document.setDocumentMargin(0)
    document.setPageSize(QSizeF(geometry.body.width(), geometry.body.height()))
    keep_together(document, progress=progress)
    return document


# -- keeping rows and headings whole ---------------------------------------------------------------


@dataclass
class _Unit:
    """A piece that must not be split across pages: a table row, or a single block outside tables."""

    top: float
    bottom: float
    first_block: QTextBlock
    table: QTextTable | None = None
    row: int = -1
    heading: bool = False
    empty: bool = False


def _tables(frame: QTextFrame) -> dict[int, QTextTable]:
    found: dict[int, QTextTable] = {}
    for child in frame.childFrames():
        if isinstance(child, QTextTable):
            found[child.firstPosition()] = child
        found.update(_tables(child))
    return found


def _sorted_tables(document: QTextDocument) -> list[QTextTable]:
    return sorted(_tables(document.rootFrame()).values(), key=lambda t: t.firstPosition())


def _units(
    document: QTextDocument, start: QTextBlock | None = None, tables: list[QTextTable] | None = None
) -> Iterator[_Unit]:
    """The document's units in order, from the block `start` (the first block of a unit) on.

    Lazy: a unit's geometry is asked for only when it is reached.
    """
    layout = document.documentLayout()
    # Which table a block is in, found by bisecting the tables' spans (faster than asking
    # QTextCursor.currentTable() for every block).
    if tables is None:
        tables = _sorted_tables(document)
    firsts = [t.firstPosition() for t in tables]
    block = document.begin() if start is None else start
    current: _Unit | None = None
    while block.isValid():
        rect = layout.blockBoundingRect(block)
        position = block.position()
        at = bisect_right(firsts, position) - 1
        table = tables[at] if at >= 0 and position <= tables[at].lastPosition() else None
        row = table.cellAt(position).row() if table is not None else -1
        if current is not None and table is not None and current.table == table and current.row == row:
            current.top = min(current.top, rect.top())
            current.bottom = max(current.bottom, rect.bottom())
        else:
            if current is not None:
                yield current
            current = _Unit(
                top=rect.top(),
                bottom=rect.bottom(),
                first_block=block,
                table=table,
                row=row,
                heading=_is_heading(block, table),
                empty=not block.text().strip() and table is None,
            )
        block = block.next()
    if current is not None:
        yield current


class _UnitList:
    """The non-empty units of a document, with their companions (see `_with_companions`), listed as far
    as they are asked for; `relist_from` forgets those from an index on, after a change of the layout
    there (a page break added or taken away never moves what comes before it)."""

    def __init__(self, document: QTextDocument) -> None:
        # Finish laying the whole document out first. Qt lays a document out lazily after a change of
        # its page size, and a page break added while it is still doing so can leave what follows laid
        # out differently from a complete layout (the pages would not be the same as Qt's own).
        document.documentLayout().blockBoundingRect(document.lastBlock())
        self._document = document
        self._tables = _sorted_tables(document)
        self._units: list[_Unit] = []
        self._source: Iterator[_Unit] | None = _units(document, tables=self._tables)

    def _extend_to(self, index: int) -> bool:
        """Whether units[index] exists, listing up to it if need be."""
        while len(self._units) <= index:
            if self._source is None:
                return False
            unit = next(self._source, None)
            if unit is None:
                self._source = None
                return False
            if unit.empty:
                continue
            if self._units:
                _mark_companion(self._units[-1], unit)
            self._units.append(unit)
        return True

    def __getitem__(self, index: int) -> _Unit:
        if index < 0 or not self._extend_to(index):
            raise IndexError(index)
        return self._units[index]

    def from_index(self, index: int) -> Iterator[_Unit]:
        while self._extend_to(index):
            yield self._units[index]
            index += 1

    def relist_from(self, index: int) -> None:
        if index >= len(self._units):
            return  # not listed yet: will be listed from the current layout
        start = self._document.findBlock(self._units[index].first_block.position())
        del self._units[index:]
        self._source = _units(self._document, start, self._tables)


def _is_heading(block: QTextBlock, table: QTextTable | None) -> bool:
    """A heading, or a table of column headings only: either belongs on the page of what follows it."""
    if table is None:
        return block.blockFormat().headingLevel() > 0
    return table.format().headerRowCount() >= table.rows()


def _page_of(y: float, page_height: float) -> int:
    return int(y // page_height)


def _straddles(unit: _Unit, page_height: float) -> bool:
    if unit.bottom - unit.top >= page_height * 0.9:  # cannot fit on any page: let it flow
        return False
    return _page_of(unit.top + 1, page_height) != _page_of(unit.bottom - 1, page_height)


class _Breaks:
    """The page breaks keep_together added (the templates' own breaks are never taken away)."""

    def __init__(self) -> None:
        self.added: set[tuple[str, int]] = set()

    @staticmethod
    def _key(unit: _Unit) -> tuple[str, int]:
        if unit.table is not None:
            return ("table", unit.table.firstPosition())
        return ("block", unit.first_block.position())

    def add(self, unit: _Unit) -> None:
        self.added.add(self._key(unit))
        _set_break(unit, True)

    def remove(self, unit: _Unit) -> None:
        if self._key(unit) in self.added:
            self.added.discard(self._key(unit))
            _set_break(unit, False)


def _set_break(unit: _Unit, on: bool) -> None:
    flag = QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore
    if unit.table is not None:
        fmt = unit.table.format()
        policy = fmt.pageBreakPolicy()
        fmt.setPageBreakPolicy((policy | flag) if on else QTextFormat.PageBreakFlag(policy & ~flag))
        unit.table.setFormat(fmt)
    else:
        block = unit.first_block
        block_format = block.blockFormat()
        policy = block_format.pageBreakPolicy()
        block_format.setPageBreakPolicy((policy | flag) if on else QTextFormat.PageBreakFlag(policy & ~flag))
        QTextCursor(block).setBlockFormat(block_format)


def _fix_first_problem(document: QTextDocument, page_height: float, breaks: _Breaks) -> bool:
    """Fix the first split row or stranded heading in document order; False when there is none."""
    return _fix_problem_from(_UnitList(document), 0, page_height, breaks) is not None


def _fix_problem_from(units: _UnitList, start: int, page_height: float, breaks: _Breaks) -> int | None:
    """Fix the first split row or stranded heading from units[start] on, knowing there is none before.

    Returns the index of the unit moved to the next page (nothing before it has moved), or None when
    there is no problem left.
    """
    for index, unit in enumerate(units.from_index(start), start):
        starts_group = unit.heading and (index == 0 or not units[index - 1].heading)
        if starts_group and _stranded(unit, units.from_index(index + 1), page_height):
            _move_to_next_page(units, index, breaks)
            return index
        if unit.table is None or unit.heading or not _straddles(unit, page_height):
            continue
        if unit.row > unit.table.format().headerRowCount():
            # Qt cannot be told to start a row of a table on a new page; templates give every row that
            # may be long a table of its own, so this is a row too short to matter: let it be.
            continue
        # Move the table to the next page, with the headings that introduce it.
        first = index
        while first > 0 and units[first - 1].heading and units[first - 1].table != unit.table:
            first -= 1
        _move_to_next_page(units, first, breaks)
        return first
    return None


COMPANION_HEIGHT = 30.0  # a one-line paragraph right under a heading (a subtitle) goes where it goes


def _with_companions(units: list[_Unit]) -> list[_Unit]:
    """Mark one-line paragraphs that follow a heading as part of it: a day's heading and its cities,
    an organization's name and its local name, "Programme" and its note on time zones."""
    for previous, unit in pairwise(units):
        _mark_companion(previous, unit)
    return units


def _mark_companion(previous: _Unit, unit: _Unit) -> None:
    if previous.heading and unit.table is None and not unit.heading and unit.bottom - unit.top <= COMPANION_HEIGHT:
        unit.heading = True


KEEP_WITH_HEADING = 60.0  # layout units (about three lines) of what follows kept on a heading's page


def _stranded(heading: _Unit, following: Iterable[_Unit], page_height: float) -> bool:
    """Whether a group of headings would end its page without the first lines of what it introduces."""
    page = _page_of(heading.top + 1, page_height)
    if heading.top - page * page_height < 2:  # already at the top of a page: moving it cannot help
        return False
    for unit in following:
        if _page_of(unit.top + 1, page_height) != page:
            return True
        if not unit.heading:
            return min(unit.bottom, unit.top + KEEP_WITH_HEADING) > (page + 1) * page_height
    return False


def _move_to_next_page(units: _UnitList, index: int, breaks: _Breaks) -> None:
    """Break the page before units[index]; what follows it needs no break of its own any more.

    The units from `index` on are listed afresh when next asked for, from the new layout.
    """
    moved = units[index]
    following: list[_Unit] = []
    for unit in units.from_index(index + 1):
        following.append(unit)
        if not unit.heading:
            break
    units.relist_from(index)
    breaks.add(moved)
    for unit in following:
        breaks.remove(unit)


def qt_page_height(document: QTextDocument) -> float:
    """The page height Qt's layout really uses: its fixed-point type keeps whole 1/64ths, truncated.

    With the height as given, page boundaries drift from Qt's by about 0.01 unit a page, 4 units by
    page 400: enough to misjudge rows that end near the bottom of a page in a long programme.
    """
    return math.floor(document.pageSize().height() * 64) / 64


def keep_together(document: QTextDocument, *, limit: int = 500, progress: Progress = NO_PROGRESS) -> None:
    """Move split rows' tables and stranded headings to the next page until none is left."""
    page_height = qt_page_height(document)
    if page_height <= 0:
        return
    breaks = _Breaks()
    # Every break makes Qt lay out the rest of the document again, so adding them one by one costs the
    # square of the page count. Plan them all from one layout (a break shifts what follows by a known
    # amount), add them in one edit (one new layout), then let the loop below fix what the plan missed.
    _add_planned_breaks(document, page_height, breaks, progress)
    # A fix only moves what comes after the unit it moves to the next page: the search for the next
    # problem resumes there, and only the units it reaches are listed again.
    units = _UnitList(document)
    start = 0
    for _ in range(limit):
        progress.check()
        moved = _fix_problem_from(units, start, page_height, breaks)
        if moved is None:
            return
        start = moved


def _breaks_before(unit: _Unit) -> bool:
    """Whether the template itself starts a new page at this unit."""
    flag = QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore
    if unit.table is not None:
        first_row = unit.row <= 0
        return first_row and bool(unit.table.format().pageBreakPolicy() & flag)
    return bool(unit.first_block.blockFormat().pageBreakPolicy() & flag)


# Where Qt puts a unit that starts a page, below the page's top: a table a few layout units down (its
# frame's spacing, measured on the report stylesheet), a block by its top margin.
TABLE_TOP_GAP = 7.5


def _top_gap(unit: _Unit) -> float:
    if unit.table is not None:
        return TABLE_TOP_GAP
    return unit.first_block.blockFormat().topMargin()


def _planned_breaks(units: list[_Unit], page_height: float, progress: Progress) -> list[int]:
    """Indexes of the units to move to a new page, found on one layout by predicting the shifts.

    _fix_problem_from's rules in document order, on positions moved down by the breaks planned so far
    (a unit after a break starts the next page, `_top_gap` below its top); a template's own break puts
    its unit at the top of the page after what precedes it. A unit that straddled a page is a little
    taller in the layout than once moved, so what follows it can be predicted a few units low: the
    exact pass after the plan fixes any row that still straddles.
    """
    planned: list[int] = []
    shift = 0.0
    last = -1
    count = len(units)

    def at(index: int) -> _Unit:
        unit = units[index]
        return replace(unit, top=unit.top + shift, bottom=unit.bottom + shift)

    index = 0
    while index < count:
        progress.check()
        unit = units[index]
        if index > last and index > 0 and _breaks_before(unit):
            previous_bottom = units[index - 1].bottom + shift
            top = (_page_of(previous_bottom - 1, page_height) + 1) * page_height + _top_gap(unit)
            shift = top - unit.top
        current = at(index)
        first: int | None = None
        starts_group = current.heading and (index == 0 or not units[index - 1].heading)
        if starts_group and _stranded(current, (at(j) for j in range(index + 1, count)), page_height):
            first = index
        elif (
            current.table is not None
            and not current.heading
            and _straddles(current, page_height)
            and current.row <= current.table.format().headerRowCount()
        ):
            first = index
            while first > 0 and units[first - 1].heading and units[first - 1].table != current.table:
                first -= 1
        if first is None or first <= last:
            index += 1
            continue
        moved = units[first]
        top = moved.top + shift
        shift += (_page_of(top + 1, page_height) + 1) * page_height + _top_gap(moved) - top
        planned.append(first)
        last = index = first
    return planned


def _add_planned_breaks(document: QTextDocument, page_height: float, breaks: _Breaks, progress: Progress) -> None:
    """Add the planned breaks in one edit: one new layout instead of one per break."""
    listed = list(_UnitList(document).from_index(0))
    planned = _planned_breaks(listed, page_height, progress)
    if not planned:
        return
    cursor = QTextCursor(document)
    cursor.beginEditBlock()
    try:
        for index in planned:
            breaks.add(listed[index])
    finally:
        cursor.endEditBlock()


# -- painting ----------------------------------------------------------------------------------------


def prepare_device(device: QPagedPaintDevice, page_size: str) -> None:
    """Ask for the paper size, portrait, and no margins of its own: we draw the whole sheet."""
    page = QPageSize(page_size_id(page_size))
    layout = QPageLayout(page, QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter)
    if hasattr(device, "setFullPage"):  # QPrinter: paint on the whole paper, its margins are our business
        device.setFullPage(True)
    if not device.setPageLayout(layout):
        # A printer with unprintable edges refuses zero margins: keep its own, on our paper size.
        device.setPageSize(page)
        device.setPageOrientation(QPageLayout.Orientation.Portrait)


def _font(pixels: float, *, bold: bool = False) -> QFont:
    font = QFont(SANS)
    font.setPixelSize(max(1, round(pixels)))
    font.setBold(bold)
    return plain_letters(font)


def _points(pt: float) -> float:
    return pt * LAYOUT_DPI / 72


def paint_pages(
    document: QTextDocument,
    device: QPagedPaintDevice,
    *,
    header: str,
    label: str,
    progress: Progress = NO_PROGRESS,
) -> int:
    """Paint every page of a document paginated by `paginate` onto `device`; returns the page count."""
    pages = document.pageCount()
    progress.begin(pages, translate("Report", "Writing %n page(s)…", None, pages))
    body_size = document.pageSize()
    painter = QPainter()
    if not painter.begin(device):
        raise OSError(translate("Report", "Cannot start painting on the output device (is the file writable?)."))
    try:
        resolution = device.logicalDpiX()
        page_layout = device.pageLayout()
        paper = page_layout.fullRectPixels(resolution)
        printable = page_layout.paintRectPixels(resolution)
        scale = resolution / LAYOUT_DPI
        width = paper.width() / scale
        height = paper.height() / scale
        body = QRectF(MARGIN_SIDE * MM, BODY_TOP * MM, body_size.width(), body_size.height())
        for page in range(pages):
            progress.advance(0 if page == 0 else 1)
            if page:
                device.newPage()
            painter.save()
            # From here on, (0, 0) is the paper's top-left corner and one unit is one layout pixel.
            painter.translate(paper.left() - printable.left(), paper.top() - printable.top())
            painter.scale(scale, scale)
            _paint_header_footer(painter, width, height, header, label, page + 1, pages)
            painter.translate(body.topLeft())
            painter.translate(0, -page * body.height())
            document.drawContents(painter, QRectF(0, page * body.height(), body.width(), body.height()))
            painter.restore()
    finally:
        painter.end()
    return pages


def _paint_header_footer(
    painter: QPainter, width: float, height: float, header: str, label: str, page: int, pages: int
) -> None:
    left, right = MARGIN_SIDE * MM, width - MARGIN_SIDE * MM
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    font = _font(_points(8))
    metrics = QFontMetricsF(font)
    painter.setFont(font)

    label_width = metrics.horizontalAdvance(label) if label else 0.0
    title_width = right - left - label_width - 8 * MM
    top = HEADER_TEXT_TOP * MM
    painter.setPen(INK)
    title = metrics.elidedText(header, Qt.TextElideMode.ElideRight, title_width)
    painter.drawText(QRectF(left, top, title_width, metrics.height()), Qt.AlignmentFlag.AlignLeft, title)
    if label:
        painter.setPen(MUTED)
        painter.drawText(
            QRectF(right - label_width, top, label_width, metrics.height()), Qt.AlignmentFlag.AlignRight, label
        )
    pen = QPen(RULE)
    pen.setWidthF(0.5)
    painter.setPen(pen)
    painter.drawLine(QPointF(left, HEADER_RULE * MM), QPointF(right, HEADER_RULE * MM))

    footer_rule = height - FOOTER_RULE * MM
    painter.drawLine(QPointF(left, footer_rule), QPointF(right, footer_rule))
    painter.setPen(MUTED)
    text = translate("Report", "Page {page} of {pages}").format(page=page, pages=pages)
    painter.drawText(
        QRectF(left, height - FOOTER_TEXT_TOP * MM, right - left, metrics.height()), Qt.AlignmentFlag.AlignRight, text
    )
