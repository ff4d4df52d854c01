"""The day timeline: one column per day, items as blocks sized by duration; drag to move or resize."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta
from operator import attrgetter

from PySide6.QtCore import QCoreApplication, QEvent, QPoint, QPointF, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QHelpEvent, QMouseEvent, QPainter, QPaintEvent, QPen, QPixmap
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QScrollArea, QToolTip, QVBoxLayout, QWidget

from missionplanner.domain.checks import Finding, Severity
from missionplanner.domain.enums import ItemKind, ItemStatus
from missionplanner.domain.models import Item, Mission
from missionplanner.domain.translation import QT_TRANSLATE_NOOP
from missionplanner.i18n.formats import clock, day_month, short_day, weekday
from missionplanner.ui.context import AppContext
from missionplanner.ui.models.agenda import AgendaModel
from missionplanner.ui.presentation import KIND_COLOURS, SEVERITY_COLOURS, SEVERITY_MARKS, short_date_time
from missionplanner.ui.views.deferred import RefreshWhenShown
from missionplanner.ui.views.timeline_layout import Segment, segments_for, visible_hours

HEADER = 34
GUTTER = 54
HOUR_HEIGHT = 56
SNAP_MINUTES = 15
EDGE = 6

# How a finding's severity is announced in an item's tooltip (context "TimelineCanvas").
SEVERITY_TAGS = {
    Severity.ERROR: QT_TRANSLATE_NOOP("TimelineCanvas", "ERROR"),
    Severity.WARNING: QT_TRANSLATE_NOOP("TimelineCanvas", "WARNING"),
    Severity.INFO: QT_TRANSLATE_NOOP("TimelineCanvas", "INFO"),
}


def hour_label(hour: int) -> str:
    """'09:00' on a line of the hour grid; the line that closes the day reads '24:00', not the next '00:00'."""
    return clock(datetime.combine(date.min, time(hour))) if hour < 24 else "24:00"


def day_label(day: date, number: int) -> str:
    """The column heading: 'Day 2 · Sat 24 May', or just 'Sat 24 May' outside the mission's days."""
    if number < 1:
        return short_day(day)
    return QCoreApplication.translate("TimelineCanvas", "Day {number} · {date}").format(
        number=number, date=short_day(day)
    )


class _FrameCache:
    """Segment frames (rounded, outlined, filled) painted once per size and look, then copied.

    An antialiased rounded rectangle costs ~80 µs to draw and a copy ~2 µs: the few hundred blocks of a
    dense plan's screen took ~30 ms of every paint, which scrolling and tab switches repeat.
    """

    LIMIT = 512  # frames
    LARGEST = 40_000  # px: a 200 x 200 block; at most ~80 MB of frames at twice the pixel density

    def __init__(self) -> None:
        self._frames: dict[tuple[object, ...], QPixmap] = {}

    def draw(self, painter: QPainter, rect: QRectF, pen: QPen, brush: QBrush, radius: float) -> None:
        ratio = painter.device().devicePixelRatioF()
        # Edges on whole device pixels, each edge rounded on its own (not the position and the size): side
        # by side lanes keep even gaps and crisp edges at any pixel density, 125 % and 150 % included. One
        # pixmap then serves every block of a size and look.
        left, top = round(rect.left() * ratio), round(rect.top() * ratio)
        width = max(round(rect.right() * ratio) - left, 1)
        height = max(round(rect.bottom() * ratio) - top, 1)
        if width * height > self.LARGEST * ratio * ratio:
            # Few and wide (a day zoomed in): cached, every resize step would keep megabytes of pixmaps.
            painter.setPen(pen)
            painter.setBrush(brush)
            painter.drawRoundedRect(
                _outline(left / ratio, top / ratio, width / ratio, height / ratio, pen), radius, radius
            )
            return
        key = (width, height, pen.color().rgba(), pen.widthF(), pen.style(), brush.color().rgba(), brush.style(), ratio)
        frame = self._frames.get(key)
        if frame is None:
            if len(self._frames) >= self.LIMIT:
                self._frames.clear()
            # A device pixel of margin around the block, for the antialiasing of a fractional edge.
            frame = QPixmap(width + 2, height + 2)
            frame.setDevicePixelRatio(ratio)
            frame.fill(Qt.GlobalColor.transparent)
            frame_painter = QPainter(frame)
            frame_painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            frame_painter.setPen(pen)
            frame_painter.setBrush(brush)
            outline = _outline(1 / ratio, 1 / ratio, width / ratio, height / ratio, pen)
            frame_painter.drawRoundedRect(outline, radius, radius)
            frame_painter.end()
            self._frames[key] = frame
        painter.drawPixmap(QPointF((left - 1) / ratio, (top - 1) / ratio), frame)


def _outline(x: float, y: float, width: float, height: float, pen: QPen) -> QRectF:
    """Where to stroke a block's outline: inside its edges, so that a thick outline (a finding, the
    selection) does not spill into the gap to the next lane."""
    inset = min(pen.widthF() / 2, width / 2, height / 2)
    return QRectF(x + inset, y + inset, width - 2 * inset, height - 2 * inset)


@dataclass
class _Drag:
    segment: Segment
    rect: QRectF
    origin: QPoint
    resize: bool
    minutes: int = 0
    days: int = 0


class TimelineCanvas(QWidget):
    """Paints the days and their items; turns drags into moves and resizes of whole items."""

    itemMoved = Signal(object, object)  # Item, new Item
    itemActivated = Signal(str)
    itemSelected = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.mission: Mission | None = None
        self.days: list[date] = []
        self.segments: dict[date, list[Segment]] = {}
        self.findings: dict[str, list[Finding]] = {}
        self._frames = _FrameCache()
        self.first_hour, self.last_hour = 8, 20
        self.selected_id: str | None = None
        self._drag: _Drag | None = None

    # Data
    def set_data(self, mission: Mission | None, items: list[Item], days: list[date]) -> None:
        self.mission = mission
        self.days = days
        self.segments = segments_for(items, mission.timezone, days) if mission else {}
        self.first_hour, self.last_hour = visible_hours(self.segments)
        self.updateGeometry()
        self.update()

    def set_findings(self, findings: list[Finding]) -> None:
        self.findings = {}
        for finding in findings:
            for item_id in finding.item_ids:
                self.findings.setdefault(item_id, []).append(finding)
        self.update()

    # Geometry
    def sizeHint(self) -> QSize:
        hours = self.last_hour - self.first_hour
        return QSize(GUTTER + max(len(self.days), 1) * 180, HEADER + hours * HOUR_HEIGHT + 8)

    def minimumSizeHint(self) -> QSize:
        return QSize(GUTTER + max(len(self.days), 1) * 120, self.sizeHint().height())

    def column_width(self) -> float:
        return (self.width() - GUTTER) / max(len(self.days), 1)

    def y_of(self, minute: int) -> float:
        return HEADER + (minute - self.first_hour * 60) * HOUR_HEIGHT / 60

    def segment_rect(self, segment: Segment) -> QRectF:
        column = self.days.index(segment.day)
        width = self.column_width()
        lane_width = (width - 8) / segment.lanes
        top = self.y_of(segment.start_minute)
        bottom = self.y_of(max(segment.end_minute, segment.start_minute + 15))
        left = GUTTER + column * width + 4 + segment.lane * lane_width
        return QRectF(left, top, lane_width - 2, max(bottom - top, 14))

    def segment_at(self, point: QPointF) -> Segment | None:
        for day in self.days:
            for segment in reversed(self.segments.get(day, [])):
                if self.segment_rect(segment).contains(point):
                    return segment
        return None

    def rect_of_item(self, item_id: str) -> QRectF | None:
        for day in self.days:
            for segment in self.segments.get(day, []):
                if segment.item.id == item_id:
                    return self.segment_rect(segment)
        return None

    # Painting
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.base())
        self._paint_grid(painter)
        # Only what the scroll area exposes: a 2,000-item mission painted whole took a quarter second.
        exposed = QRectF(event.rect())
        for day in self.days:
            for segment in self.segments.get(day, []):
                rect = self.segment_rect(segment)
                if rect.intersects(exposed):
                    self._paint_segment(painter, segment, rect)
        if self._drag is not None:
            self._paint_drag(painter, self._drag)
        if not any(self.segments.values()):
            painter.setPen(palette.placeholderText().color())
            painter.drawText(
                self.rect().adjusted(GUTTER, HEADER, 0, 0),
                Qt.AlignmentFlag.AlignCenter,
                QCoreApplication.translate("TimelineCanvas", "No items yet – press Ctrl+I to add one"),
            )
        painter.end()

    def _paint_grid(self, painter: QPainter) -> None:
        width = self.column_width()
        grid = QColor("#d9dee4")
        text = self.palette().text().color()
        small = QFont(self.font())
        small.setPointSizeF(max(small.pointSizeF() - 1, 7))
        painter.setFont(small)
        for hour in range(self.first_hour, self.last_hour + 1):
            y = self.y_of(hour * 60)
            painter.setPen(QPen(grid, 1))
            painter.drawLine(QPointF(GUTTER, y), QPointF(self.width(), y))
            painter.setPen(text)
            painter.drawText(QRectF(0, y - 8, GUTTER - 6, 16), Qt.AlignmentFlag.AlignRight, hour_label(hour))
        header_font = QFont(self.font())
        header_font.setBold(True)
        painter.setFont(header_font)
        for column, day in enumerate(self.days):
            x = GUTTER + column * width
            painter.setPen(QPen(grid, 1))
            painter.drawLine(QPointF(x, HEADER - 6), QPointF(x, self.height()))
            weekend = day.weekday() >= 5
            if weekend:
                painter.fillRect(QRectF(x + 1, HEADER, width - 1, self.height()), QColor(0, 0, 0, 10))
            painter.setPen(text)
            number = (day - self.mission.start_date).days + 1 if self.mission else 0
            painter.drawText(QRectF(x, 4, width, HEADER - 10), Qt.AlignmentFlag.AlignCenter, day_label(day, number))

    def _paint_segment(self, painter: QPainter, segment: Segment, rect: QRectF) -> None:
        item = segment.item
        colour = QColor(KIND_COLOURS[item.kind])
        cancelled = item.status == ItemStatus.CANCELLED
        fill = QColor(colour)
        fill.setAlpha(70 if cancelled else 225)
        findings = self.findings.get(item.id, [])
        worst = min((f.severity for f in findings), key=attrgetter("rank"), default=None)
        pen = QPen(QColor(SEVERITY_COLOURS[worst]), 3) if worst is not None else QPen(colour.darker(130), 1)
        if item.id == self.selected_id:
            pen = QPen(self.palette().highlight().color(), 3)
        if item.kind == ItemKind.TRAVEL:
            pen.setStyle(Qt.PenStyle.DashLine)
        brush = QBrush(fill, Qt.BrushStyle.BDiagPattern if cancelled else Qt.BrushStyle.SolidPattern)
        self._frames.draw(painter, rect, pen, brush, 5)
        text_rect = rect.adjusted(5, 2, -4, -2)
        font = QFont(self.font())
        font.setPointSizeF(max(font.pointSizeF() - 1, 7))
        painter.setFont(font)
        if text_rect.width() < 3 * painter.fontMetrics().averageCharWidth():
            # A block too narrow for three letters showed its title one letter per line: the tooltip says it.
            return
        painter.setPen(QColor("#1b1b1b") if cancelled else QColor("white"))
        title = item.title
        if item.kind == ItemKind.TRAVEL and item.travel is not None:
            title = (
                f"✈ {item.travel.from_city} → {item.travel.to_city}"
                if item.travel.mode.value == "flight"
                else (f"{item.travel.mode.label}: {item.travel.from_city} → {item.travel.to_city}")
            )
        if worst is not None:
            title = f"{SEVERITY_MARKS[worst]} {title}"
        start = item.start
        time_text = f"{clock(start)}–{clock(item.end)}"
        if rect.height() >= 30:
            painter.drawText(text_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, time_text)
            text_rect = text_rect.adjusted(0, painter.fontMetrics().height(), 0, 0)
        font.setBold(True)
        painter.setFont(font)
        flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap
        painter.drawText(text_rect, int(flags), title)

    def _paint_drag(self, painter: QPainter, drag: _Drag) -> None:
        rect = QRectF(drag.rect)
        delta = drag.minutes * HOUR_HEIGHT / 60
        if drag.resize:
            rect.setBottom(max(rect.top() + 10, rect.bottom() + delta))
        else:
            rect.translate(drag.days * self.column_width(), delta)
        painter.setPen(QPen(self.palette().highlight().color(), 2, Qt.PenStyle.DashLine))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(rect, 5, 5)

    # Interaction
    def mousePressEvent(self, event: QMouseEvent) -> None:
        segment = self.segment_at(event.position())
        if segment is None or event.button() != Qt.MouseButton.LeftButton:
            return
        rect = self.segment_rect(segment)
        self.selected_id = segment.item.id
        self.itemSelected.emit(segment.item.id)
        resize = event.position().y() >= rect.bottom() - EDGE and not segment.continues_after
        self._drag = _Drag(segment, rect, event.position().toPoint(), resize)
        self.update()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._drag is None:
            segment = self.segment_at(event.position())
            near_edge = segment is not None and event.position().y() >= self.segment_rect(segment).bottom() - EDGE
            self.setCursor(Qt.CursorShape.SizeVerCursor if near_edge else Qt.CursorShape.ArrowCursor)
            return
        drag = self._drag
        delta = event.position().toPoint() - drag.origin
        minutes = round(delta.y() * 60 / HOUR_HEIGHT / SNAP_MINUTES) * SNAP_MINUTES
        days = 0 if drag.resize else round(delta.x() / self.column_width())
        if (minutes, days) != (drag.minutes, drag.days):
            drag.minutes, drag.days = minutes, days
            self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        drag, self._drag = self._drag, None
        self.update()
        if drag is None or (drag.minutes == 0 and drag.days == 0):
            return
        item = drag.segment.item
        if drag.resize:
            end = item.end + timedelta(minutes=drag.minutes)
            if end <= item.start:
                end = item.start + timedelta(minutes=SNAP_MINUTES)
            self.itemMoved.emit(item, replace(item, end=end))
        else:
            shift = timedelta(days=drag.days, minutes=drag.minutes)
            self.itemMoved.emit(item, replace(item, start=item.start + shift, end=item.end + shift))

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        segment = self.segment_at(event.position())
        if segment is not None:
            self.itemActivated.emit(segment.item.id)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            segment = self.segment_at(QPointF(event.pos()))
            if segment is not None:
                QToolTip.showText(event.globalPos(), self.tooltip(segment.item), self)
                return True
        return super().event(event)

    def tooltip(self, item: Item) -> str:
        lines = [
            f"{item.kind.label}: {item.title}",
            f"{short_date_time(item.start)} – {clock(item.end)} ({item.timezone})",
        ]
        if item.venue or item.city:
            lines.append(", ".join(x for x in (item.venue, item.city) if x))
        for finding in self.findings.get(item.id, []):
            tag = QCoreApplication.translate("TimelineCanvas", SEVERITY_TAGS[finding.severity])
            lines.append(f"{tag}: {finding.message}")
        return "\n".join(lines)


class TimelineTab(QWidget):
    """The timeline with a day chooser ("All days" or one day zoomed)."""

    def __init__(self, context: AppContext, agenda: AgendaModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.agenda = agenda
        self.canvas = TimelineCanvas()
        self.canvas.setObjectName("timeline")
        self.day = QComboBox()
        self.legend = QLabel()
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(self.canvas)
        top = QHBoxLayout()
        top.addWidget(QLabel(QCoreApplication.translate("TimelineTab", "Show:")))
        top.addWidget(self.day)
        top.addStretch(1)
        top.addWidget(self.legend)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.scroll, 1)
        self.legend.setText(
            "  ".join(
                f"<span style='color:{KIND_COLOURS[k]}'>■</span> {k.label}"
                for k in (
                    ItemKind.MEETING,
                    ItemKind.NEGOTIATION,
                    ItemKind.SITE_VISIT,
                    ItemKind.EXHIBITION,
                    ItemKind.RECEPTION,
                    ItemKind.TRAVEL,
                )
            )
        )
        self.day.currentIndexChanged.connect(lambda _: self.refresh())
        self.canvas.itemMoved.connect(self.move_item)
        # The agenda reports changes row by row (a new set of findings touches every row): lay the
        # timeline out once they are all in, not once per row.
        self._pending = QTimer(self, singleShot=True, interval=0)
        # Laid out only while it can be seen: a hidden timeline catches up when its tab is shown.
        self._when_shown = RefreshWhenShown(self, self.refresh)
        self._pending.timeout.connect(self._when_shown.request)
        agenda.modelReset.connect(self._when_shown.request)
        for signal in (agenda.rowsInserted, agenda.rowsRemoved, agenda.rowsMoved, agenda.dataChanged):
            signal.connect(lambda *_: self._pending.start())

    def refresh(self) -> None:
        mission = self.agenda.mission
        if self.agenda.loading:
            # The items are on their way; the agenda's next reset brings them here.
            self.canvas.set_data(mission, [], [])
            return
        days = list(self.agenda.days)
        chosen = self.day.currentData()
        self.day.blockSignals(True)
        self.day.clear()
        self.day.addItem(QCoreApplication.translate("TimelineTab", "All days"), None)
        for number, day in enumerate(days, start=1):
            label = QCoreApplication.translate("TimelineTab", "Day {number} – {weekday} {date}").format(
                number=number, weekday=weekday(day), date=day_month(day)
            )
            self.day.addItem(label, day)
        self.day.setCurrentIndex(max(self.day.findData(chosen), 0))
        self.day.blockSignals(False)
        shown = [self.day.currentData()] if self.day.currentData() else days
        self.canvas.set_data(mission, self.agenda.all_items(), shown)

    def move_item(self, before: Item, after: Item) -> None:
        resized = after.start == before.start
        if resized:
            text = QCoreApplication.translate("TimelineTab", "Change duration of {kind} '{title}'")
        else:
            text = QCoreApplication.translate("TimelineTab", "Move {kind} '{title}'")
        if self.context.update("item", after, text.format(kind=before.kind.label.lower(), title=before.title)):
            if resized:
                length = after.end - after.start
                hours, minutes = divmod(int(length.total_seconds() // 60), 60)
                message = QCoreApplication.translate("TimelineTab", "{kind} now lasts {hours} h {minutes} min").format(
                    kind=before.kind.label, hours=hours, minutes=f"{minutes:02d}"
                )
            else:
                message = QCoreApplication.translate("TimelineTab", "{kind} moved to {when}").format(
                    kind=before.kind.label, when=short_date_time(after.start)
                )
            self.context.hub.message.emit(message)
