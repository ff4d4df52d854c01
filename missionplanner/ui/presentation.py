"""How domain values look on screen: kind colours and icons, date ranges, short labels."""

from __future__ import annotations

from datetime import date, datetime
from functools import cache

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPixmap

from missionplanner.domain.checks import Severity
from missionplanner.domain.enums import ItemKind, ItemStatus, MissionStatus

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

SEVERITY_MARKS: dict[Severity, str] = {Severity.ERROR: "⛔", Severity.WARNING: "⚠", Severity.INFO: "ⓘ"}

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


def dot_icon(colour: str, size: int = 12) -> QIcon:
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
    """'23–27 May 2025', '28 Nov – 2 Dec 2025', '30 Dec 2025 – 3 Jan 2026'."""
    if start == end:
        return f"{start.day} {start:%b %Y}"
    if start.year != end.year:
        return f"{start.day} {start:%b %Y} – {end.day} {end:%b %Y}"
    if start.month != end.month:
        return f"{start.day} {start:%b} – {end.day} {end:%b %Y}"
    return f"{start.day}–{end.day} {end:%b %Y}"


def day_heading(day: date, index: int | None = None) -> str:
    """'Day 2 – Saturday, 24 May 2025'."""
    prefix = f"Day {index} – " if index is not None and index >= 1 else ""
    return f"{prefix}{day:%A}, {day.day} {day:%B %Y}"


def time_range(start: datetime, end: datetime) -> str:
    text = f"{start:%H:%M}–{end:%H:%M}"
    days = (end.date() - start.date()).days
    return text + (f" (+{days}d)" if days > 0 else "")


def short_date_time(moment: datetime) -> str:
    return f"{moment.day} {moment:%b %H:%M}"


def describe_dependents(counts: dict[str, int]) -> str:
    """'2 outcomes and 3 follow-ups' from {'outcome': 2, 'follow_up': 3}."""
    names = {"participant": "participant", "item": "itinerary item", "outcome": "outcome", "follow_up": "follow-up"}
    parts = [f"{n} {names.get(k, k)}{'s' if n != 1 else ''}" for k, n in counts.items() if n]
    return " and ".join([", ".join(parts[:-1]), parts[-1]] if len(parts) > 1 else parts)
