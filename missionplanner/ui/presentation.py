"""How domain values look on screen: kind colours and icons, date ranges, short labels."""

from __future__ import annotations

from datetime import date, datetime
from functools import cache

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPixmap

from missionplanner.domain.checks import Severity
from missionplanner.domain.enums import ItemKind, ItemStatus, MissionStatus
from missionplanner.i18n import formats

KIND_COLOURS: dict[ItemKind, str] = {
    ItemKind.MEETING: "#2f6fb3",
    ItemKind.NEGOTIATION: "#1f4e8c",
    ItemKind.SITE_VISIT: "#2e8b57",
    ItemKind.EXHIBITION: "#8e5bb5",
    ItemKind.FORUM: "#b05f9e",
    ItemKind.RECEPTION: "#c9822b",
    ItemKind.CEREMONY: "#b8862f",
    ItemKind.TRAVEL: "#6b7785",
    ItemKind.ACCOMMODATION: "#7a6a58",
    ItemKind.FREE_TIME: "#8fa37a",
    ItemKind.OTHER: "#8a8a8a",
}

MISSION_STATUS_COLOURS: dict[MissionStatus, str] = {
    MissionStatus.DRAFT: "#8a8a8a",
    MissionStatus.PLANNED: "#2f6fb3",
    MissionStatus.CONFIRMED: "#2e8b57",
    MissionStatus.IN_PROGRESS: "#c9822b",
    MissionStatus.COMPLETED: "#4a5a6a",
    MissionStatus.CANCELLED: "#b03a2e",
}

ITEM_STATUS_COLOURS: dict[ItemStatus, str] = {
    ItemStatus.PROPOSED: "#8a8a8a",
    ItemStatus.REQUESTED: "#c9822b",
    ItemStatus.CONFIRMED: "#2e8b57",
    ItemStatus.DONE: "#4a5a6a",
    ItemStatus.CANCELLED: "#b03a2e",
}

SEVERITY_COLOURS: dict[Severity, str] = {
    Severity.ERROR: "#c0392b",
    Severity.WARNING: "#d68910",
    Severity.INFO: "#2874a6",
}

# Marks found in the fonts every desktop has (DejaVu, Segoe UI Symbol, Noto): "⛔" and "ⓘ" showed as
# empty boxes where no emoji font is installed.
SEVERITY_MARKS: dict[Severity, str] = {Severity.ERROR: "✖", Severity.WARNING: "⚠", Severity.INFO: "ℹ"}

# Single letters drawn on the kind badge; the full name is in the tooltip and the legend.
_KIND_GLYPHS: dict[ItemKind, str] = {
    ItemKind.MEETING: "M",
    ItemKind.NEGOTIATION: "N",
    ItemKind.SITE_VISIT: "V",
    ItemKind.EXHIBITION: "E",
    ItemKind.FORUM: "F",
    ItemKind.RECEPTION: "R",
    ItemKind.CEREMONY: "C",
    ItemKind.TRAVEL: "T",
    ItemKind.ACCOMMODATION: "H",
    ItemKind.FREE_TIME: "·",
    ItemKind.OTHER: "•",
}


@cache
def kind_icon(kind: ItemKind, size: int = 32) -> QIcon:
    """A round coloured badge with the kind's letter, drawn once and cached."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    path = QPainterPath()
    path.addRoundedRect(QRectF(1, 1, size - 2, size - 2), size * 0.28, size * 0.28)
    painter.fillPath(path, QColor(KIND_COLOURS[kind]))
    font = painter.font()
    font.setBold(True)
    font.setPixelSize(int(size * 0.55))
    painter.setFont(font)
    painter.setPen(QColor("white"))
    painter.drawText(QRectF(0, 0, size, size), Qt.AlignmentFlag.AlignCenter, _KIND_GLYPHS[kind])
    painter.end()
    return QIcon(pixmap)


@cache
def dot_icon(colour: str, size: int = 12) -> QIcon:
    """A round dot of `colour`, drawn once per colour (thousands of findings share a few)."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor(colour))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawEllipse(1, 1, size - 2, size - 2)
    painter.end()
    return QIcon(pixmap)


def date_range(start: date, end: date) -> str:
    """'23–27 May 2025', '28 Nov – 2 Dec 2025', '30 Dec 2025 – 3 Jan 2026' (in the current language)."""
    return formats.short_date_range(start, end)


def day_heading(day: date, index: int | None = None) -> str:
    """'Day 2 – Saturday, 24 May 2025'."""
    return formats.day_heading(day, index)


def time_range(start: datetime, end: datetime) -> str:
    """'09:30–11:00', and '22:00–06:30 (+1d)' when it ends on a later day."""
    text = f"{formats.clock(start)}–{formats.clock(end)}"
    days = (end.date() - start.date()).days
    if days > 0:
        return QCoreApplication.translate("Presentation", "{time} (+{days}d)").format(time=text, days=days)
    return text


def short_date_time(moment: datetime) -> str:
    """'24 May 09:30'."""
    return formats.short_date_time(moment)


def describe_dependents(counts: dict[str, int]) -> str:
    """'2 outcomes and 3 follow-ups' from {'outcome': 2, 'follow_up': 3}."""
    parts = [_count(kind, n) for kind, n in counts.items() if n]
    if len(parts) < 2:
        return "".join(parts)
    return QCoreApplication.translate("Presentation", "{list} and {last}").format(
        list=", ".join(parts[:-1]), last=parts[-1]
    )


def _count(kind: str, n: int) -> str:
    if kind == "participant":
        return QCoreApplication.translate("Presentation", "%n participant(s)", None, n)
    if kind == "item":
        return QCoreApplication.translate("Presentation", "%n itinerary item(s)", None, n)
    if kind == "outcome":
        return QCoreApplication.translate("Presentation", "%n outcome(s)", None, n)
    if kind == "follow_up":
        return QCoreApplication.translate("Presentation", "%n follow-up(s)", None, n)
    return f"{n} {kind}"
