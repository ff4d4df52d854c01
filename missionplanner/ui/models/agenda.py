"""The day-by-day agenda of one mission: days at the top level, their items in time order below."""

from __future__ import annotations

from datetime import date, timedelta
from operator import attrgetter
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from missionplanner.domain.checks import Finding, Severity
from missionplanner.domain.enums import ItemKind, ItemStatus
from missionplanner.domain.models import Item, Mission
from missionplanner.domain.translation import QT_TRANSLATE_NOOP
from missionplanner.services.app import Services
from missionplanner.services.changes import ChangeSet
from missionplanner.ui.background import LatestOnly
from missionplanner.ui.models.rows import TwoLevelModel, sync_rows
from missionplanner.ui.presentation import (
    ITEM_STATUS_COLOURS,
    SEVERITY_COLOURS,
    SEVERITY_MARKS,
    day_heading,
    dot_icon,
    kind_icon,
    time_range,
)

Index = QModelIndex | QPersistentModelIndex
ItemIdRole = Qt.ItemDataRole.UserRole + 1
DateRole = Qt.ItemDataRole.UserRole + 2
COLUMNS = (
    QT_TRANSLATE_NOOP("AgendaModel", "Time"),
    QT_TRANSLATE_NOOP("AgendaModel", "Item"),
    QT_TRANSLATE_NOOP("AgendaModel", "City"),
    QT_TRANSLATE_NOOP("AgendaModel", "Venue"),
    QT_TRANSLATE_NOOP("AgendaModel", "Hosts"),
    QT_TRANSLATE_NOOP("AgendaModel", "Attendees"),
    QT_TRANSLATE_NOOP("AgendaModel", "Status"),
)
EMPTY_DAY = QT_TRANSLATE_NOOP("AgendaModel", "No items on this day – press Ctrl+I to add one")
_PLACEHOLDER = ""


class AgendaModel(TwoLevelModel):
    """Items of a mission grouped by local date; holds item ids per day and a cache of items."""

    def __init__(self, services: Services, parent: Any = None) -> None:
        super().__init__(parent)
        self.services = services
        self.mission: Mission | None = None
        self._days: list[date] = []
        self._rows: list[list[str]] = []  # item ids per day, or [_PLACEHOLDER] for an empty day
        self._items: dict[str, Item] = {}
        self._names: dict[str, str] = {}
        self._participants: dict[str, str] = {}
        self._findings: dict[str, list[Finding]] = {}
        self._worst: dict[str, Severity] = {}  # the mark each item shows
        self._reading = LatestOnly(self)  # the items of the mission shown, read off the GUI thread

    # Loading
    def set_mission(self, mission_id: str | None) -> None:
        """Show the mission's plan. Its items are read off the GUI thread (a 2,000-item plan takes 30-60 ms)
        and shown when read; until then the agenda is empty and `loading`. What asks for the plan meanwhile
        (`days`, `all_items`, an item's index, a change to apply) has it read at once."""
        self._reading.supersede()
        self.beginResetModel()
        self.mission = self.services.missions.get(mission_id) if mission_id is not None else None
        self._items, self._names, self._days, self._rows = {}, {}, [], []
        if mission_id is not None:
            # Asked before the reset is announced, so that its handlers already see `loading`; the answer
            # comes through the event loop, after it.
            # Should the read fail (a locked or damaged file), try again here: either it works now, or the
            # error reaches the user as a message rather than leaving an agenda empty for good.
            self._reading.run(lambda: self._read(mission_id), self._show, lambda _: self.settle())
        self.endResetModel()

    @property
    def loading(self) -> bool:
        """Whether the items of the mission shown are still being read."""
        return self._reading.pending

    def settle(self) -> None:
        """Read the plan now if it is still on its way (before code looks at its days or items)."""
        self._reading.flush()

    def _reload(self, mission_id: str) -> None:
        """Read the mission and its plan again at once (after a change to it: no empty agenda in between)."""
        self._reading.supersede()
        self.mission = self.services.missions.get(mission_id)
        self._show(self._read(mission_id))

    def _read(self, mission_id: str) -> tuple[list[Item], dict[str, str]]:
        return self.services.items.for_mission(mission_id), self._participant_names(mission_id)

    def _show(self, plan: tuple[list[Item], dict[str, str]]) -> None:
        items, participants = plan
        self.beginResetModel()
        self._participants, self._names = participants, {}
        self._items = {i.id: i for i in items}
        self._days, self._rows = self._group(items, in_order=True)
        self.endResetModel()

    def _participant_names(self, mission_id: str) -> dict[str, str]:
        participants = self.services.participants.for_mission(mission_id)
        contacts = {c.id: c for c in self.services.contacts.get_many([p.contact_id for p in participants])}
        return {p.id: contacts[p.contact_id].name for p in participants if p.contact_id in contacts}

    def _group(self, items: list[Item], *, in_order: bool = False) -> tuple[list[date], list[list[str]]]:
        """Item ids by local start day; `in_order`: the items already come in (start, end, id) UTC order."""
        assert self.mission is not None
        days = [self.mission.start_date + timedelta(d) for d in range(self.mission.day_count)]
        extra = sorted({i.start.date() for i in items} - set(days))
        days = sorted(days + extra)
        by_day: dict[date, list[str]] = {d: [] for d in days}
        ordered = items if in_order else sorted(items, key=lambda i: (i.start_utc, i.end_utc, i.id))
        for item in ordered:
            by_day[item.start.date()].append(item.id)
        return days, [by_day[d] or [_PLACEHOLDER] for d in days]

    # Updates
    def apply(self, changes: ChangeSet) -> None:
        if self.mission is None:
            return
        self.settle()  # a read on its way may predate the change
        mission_id = self.mission.id
        if mission_id in changes.ids("mission"):
            if self.services.missions.find(mission_id) is None:
                self.set_mission(None)
                return
            self._reload(mission_id)
            return
        touched = set(changes.ids("item"))
        names_changed = changes.ids("organization") or changes.ids("participant") or changes.ids("contact")
        if not touched and not names_changed:
            return
        self._names.clear()
        if names_changed:
            self._participants = self._participant_names(mission_id)
        for item_id in touched:
            item = self.services.items.find(item_id)
            if item is None or item.mission_id != mission_id:
                self._items.pop(item_id, None)
            else:
                self._items[item_id] = item
        days, rows = self._group(list(self._items.values()))
        if days != self._days:
            self.beginResetModel()
            self._days, self._rows = days, rows
            self.endResetModel()
            return
        for day_row, wanted in enumerate(rows):
            sync_rows(self, self._rows[day_row], wanted, self.index(day_row, 0))
        for day_row, ids in enumerate(self._rows):
            for row, item_id in enumerate(ids):
                if item_id in touched or names_changed:
                    self.dataChanged.emit(
                        self.index(row, 0, self.index(day_row, 0)),
                        self.index(row, len(COLUMNS) - 1, self.index(day_row, 0)),
                    )

    def set_findings(self, findings: list[Finding]) -> None:
        """Mark the items the feasibility checks found something about (icon and tooltip)."""
        before = self._worst
        self._findings = {}
        for finding in findings:
            for item_id in finding.item_ids:
                self._findings.setdefault(item_id, []).append(finding)
        rank = attrgetter("rank")
        self._worst = {item: min((f.severity for f in found), key=rank) for item, found in self._findings.items()}
        # Repaint only the marks that changed: a check after each edit of a 2,000-item plan finds nearly
        # the same, and signalling every row held up the edit by ~70 ms. Tooltips are read when shown.
        changed = {i for i in before.keys() | self._worst.keys() if before.get(i) != self._worst.get(i)}
        for day_row, ids in enumerate(self._rows):
            rows = [row for row, item_id in enumerate(ids) if item_id in changed]
            if rows:
                parent = self.index(day_row, 0)
                self.dataChanged.emit(self.index(rows[0], 0, parent), self.index(rows[-1], 0, parent))

    def findings_for(self, item_id: str) -> list[Finding]:
        return self._findings.get(item_id, [])

    # Lookups for views
    def item_at(self, index: Index) -> Item | None:
        if not index.isValid() or index.internalId() == 0:
            return None
        item_id = self._rows[index.internalId() - 1][index.row()]
        return self._items.get(item_id)

    def date_at(self, index: Index) -> date | None:
        if not index.isValid():
            return None
        day_row = index.row() if index.internalId() == 0 else index.internalId() - 1
        return self._days[day_row]

    @property
    def days(self) -> list[date]:
        """The days shown (the mission's, and any other an item falls on), in order."""
        self.settle()
        return self._days

    def index_of_item(self, item_id: str) -> QModelIndex:
        self.settle()
        for day_row, ids in enumerate(self._rows):
            if item_id in ids:
                return self.index(ids.index(item_id), 0, self.index(day_row, 0))
        return QModelIndex()

    def index_of_day(self, day: date) -> QModelIndex:
        self.settle()
        return self.index(self._days.index(day), 0) if day in self._days else QModelIndex()

    def all_items(self) -> list[Item]:
        """Every item of the mission, in time order."""
        self.settle()
        return [self._items[i] for ids in self._rows for i in ids if i != _PLACEHOLDER]

    def items_on(self, day: date) -> list[Item]:
        self.settle()
        return self._items_on(day)

    def _items_on(self, day: date) -> list[Item]:
        if day not in self._days:
            return []
        return [self._items[i] for i in self._rows[self._days.index(day)] if i != _PLACEHOLDER]

    # Qt interface
    def group_count(self) -> int:
        return len(self._days)

    def child_count(self, group: int) -> int:
        return len(self._rows[group])

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("AgendaModel", COLUMNS[section])
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if index.internalId() != 0 and self.item_at(index) is None:
            return Qt.ItemFlag.ItemIsEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if index.internalId() == 0:
            return self._day_data(index, role)
        item = self.item_at(index)
        if item is None:
            return self._placeholder_data(index, role)
        return self._item_data(item, index.column(), role)

    def _day_data(self, index: Index, role: int) -> Any:
        day = self._days[index.row()]
        if role == DateRole:
            return day
        if index.column() != 0:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            assert self.mission is not None
            number = (day - self.mission.start_date).days + 1
            count = len(self._items_on(day))
            heading = day_heading(day, number)
            if not count:
                return heading
            return QCoreApplication.translate("AgendaModel", "{heading}   ·   %n item(s)", None, count).format(
                heading=heading
            )
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(QColor("#e8eef5"))
        return None

    def _placeholder_data(self, index: Index, role: int) -> Any:
        if index.column() == 1 and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("AgendaModel", EMPTY_DAY)
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor("#8a8a8a"))
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setItalic(True)
            return font
        return None

    def _item_data(self, item: Item, column: int, role: int) -> Any:
        if role == ItemIdRole:
            return item.id
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(item, column)
        if role == Qt.ItemDataRole.DecorationRole and column == 1:
            return kind_icon(item.kind, 20)
        if role == Qt.ItemDataRole.DecorationRole and column == 0 and item.id in self._worst:
            return dot_icon(SEVERITY_COLOURS[self._worst[item.id]])
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(item)
        if role == Qt.ItemDataRole.ForegroundRole and column == 6:
            return QBrush(QColor(ITEM_STATUS_COLOURS[item.status]))
        if role == Qt.ItemDataRole.FontRole and item.status == ItemStatus.CANCELLED:
            font = QFont()
            font.setStrikeOut(True)
            return font
        return None

    def _text(self, item: Item, column: int) -> str:
        assert self.mission is not None
        if column == 0:
            text = time_range(item.start, item.end)
            zone = item.timezone
            if item.effective_end_timezone != zone:
                return f"{text} ({_zone_city(zone)} → {_zone_city(item.effective_end_timezone)})"
            return text if zone == self.mission.timezone else f"{text} ({_zone_city(zone)})"
        if column == 1:
            if item.kind == ItemKind.TRAVEL and item.travel and item.travel.reference:
                return f"{item.title}  ·  {item.travel.reference}"
            return item.title
        if column == 2:
            return item.city
        if column == 3:
            return item.venue
        if column == 4:
            return ", ".join(self._organization_name(o) for o in item.host_organization_ids)
        if column == 5:
            if item.attendee_ids is None:
                return QCoreApplication.translate("AgendaModel", "Whole delegation")
            names = [self._participants.get(p, "?") for p in item.attendee_ids]
            return ", ".join(names) if names else QCoreApplication.translate("AgendaModel", "Nobody yet")
        if column == 6:
            return item.status.label
        return ""

    def _tooltip(self, item: Item) -> str:
        lines = [f"{item.kind.label}: {item.title}", time_range(item.start, item.end) + f" ({item.timezone})"]
        if item.travel:
            t = item.travel
            lines.append(" · ".join(x for x in (t.mode.label, f"{t.from_city} → {t.to_city}", t.reference) if x))
        if item.venue or item.city:
            lines.append(", ".join(x for x in (item.venue, item.city) if x))
        if item.agenda:
            lines.append(item.agenda[:300])
        for finding in self._findings.get(item.id, []):
            lines.append(f"{SEVERITY_MARKS[finding.severity]} {finding.message}")
        return "\n".join(lines)

    def _organization_name(self, organization_id: str) -> str:
        if organization_id not in self._names:
            organization = self.services.organizations.find(organization_id)
            self._names[organization_id] = organization.name if organization else "?"
        return self._names[organization_id]


def _zone_city(zone: str) -> str:
    return zone.rsplit("/", 1)[-1].replace("_", " ")
