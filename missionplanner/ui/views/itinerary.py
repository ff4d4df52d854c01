"""The Itinerary tab: the day-by-day agenda with add, edit and delete."""

from __future__ import annotations

from datetime import datetime, time, timedelta

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QSplitter,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from missionplanner.domain.checks import Finding
from missionplanner.domain.models import Item, Mission
from missionplanner.services.changes import ChangeSet
from missionplanner.ui.context import AppContext
from missionplanner.ui.dialogs.directory_dialogs import OrganizationDialog
from missionplanner.ui.dialogs.item_dialog import ItemDialog
from missionplanner.ui.models.agenda import AgendaModel
from missionplanner.ui.presentation import short_date_time
from missionplanner.ui.views.deferred import RefreshWhenShown
from missionplanner.ui.views.findings import FindingsPanel
from missionplanner.ui.widgets.ask import confirmed

DAY_START = time(9, 0)
DAY_END = time(18, 0)


def next_free_slot(items: list[Item], day: datetime, length: timedelta = timedelta(hours=1)) -> datetime:
    """The first start at or after 09:00 on `day` that does not overlap an item of that day (local times)."""
    start = datetime.combine(day.date(), DAY_START)
    for item in sorted(items, key=lambda i: i.start):
        if item.start < start + length and item.end > start:
            start = max(start, item.end)
    return start


class ItineraryTab(QWidget):
    """One section per day; double-click or Enter edits; Ctrl+I adds to the selected day."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.mission: Mission | None = None
        self.model = AgendaModel(context.services, self)
        self.tree = QTreeView()
        self.tree.setObjectName("agenda")
        self.tree.setModel(self.model)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setRootIsDecorated(False)
        self.tree.setItemsExpandable(False)
        self.tree.setAllColumnsShowFocus(True)
        header = self.tree.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        for column, width in enumerate((215, 320, 105, 150, 190, 130, 85)):
            self.tree.setColumnWidth(column, width)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.tree.setStyleSheet("QTreeView::item { padding: 3px 2px; }")
        self.tree.doubleClicked.connect(self.edit_index)
        self.tree.activated.connect(self.edit_index)
        add = QPushButton(QCoreApplication.translate("ItineraryTab", "Add item"))
        add.setObjectName("addItem")
        add.setToolTip(QCoreApplication.translate("ItineraryTab", "Add an item to the selected day (Ctrl+I)"))
        add.clicked.connect(self.add_item)
        edit = QPushButton(QCoreApplication.translate("ItineraryTab", "Edit…"))
        edit.clicked.connect(lambda: self.edit_index(self.tree.currentIndex()))
        delete = QPushButton(QCoreApplication.translate("ItineraryTab", "Delete"))
        delete.clicked.connect(self.delete_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(edit)
        buttons.addWidget(delete)
        buttons.addStretch(1)
        self.findings = FindingsPanel()
        self.findings.showItem.connect(self.select_item)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.tree)
        splitter.addWidget(self.findings)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(splitter, 1)
        # Expanding 2,000 rows takes tens of milliseconds: done when the tab can be seen, and after a
        # change only for the days it added (re-expanding everything held up every edit by ~80 ms).
        self._expanded = RefreshWhenShown(self, self._layout)
        self.model.modelReset.connect(lambda: self._expanded.request())
        self.model.rowsInserted.connect(self._days_added)
        context.hub.changed.connect(self.on_changed)

    def _layout(self) -> None:
        self.tree.expandAll()
        self._show_days(0, self.model.rowCount() - 1)

    def _days_added(self, parent: QModelIndex, first: int, last: int) -> None:
        if not parent.isValid():  # items added to a day show as its other items do
            for row in range(first, last + 1):
                self.tree.expand(self.model.index(row, 0))
            self._show_days(first, last)

    def _show_days(self, first: int, last: int) -> None:
        for row in range(first, last + 1):
            self.tree.setFirstColumnSpanned(row, QModelIndex(), True)

    def set_mission(self, mission_id: str | None) -> None:
        self.mission = self.context.services.missions.find(mission_id) if mission_id else None
        self.model.set_mission(mission_id)

    def show_findings(self, findings: list[Finding]) -> None:
        self.model.set_findings(findings)
        self.findings.set_findings(findings)

    def selected_item(self) -> Item | None:
        return self.model.item_at(self.tree.currentIndex())

    def select_item(self, item_id: str) -> None:
        index = self.model.index_of_item(item_id)
        if index.isValid():
            self.tree.setCurrentIndex(index)
            self.tree.scrollTo(index)

    def _create_organization(self) -> str | None:
        dialog = OrganizationDialog(parent=self)
        if dialog.exec():
            organization = self.context.create(
                "organization", dialog.record(), QCoreApplication.translate("ItineraryTab", "New organization")
            )
            return organization.id if organization else None
        return None

    def add_item(self) -> None:
        if self.mission is None:
            return
        day = self.model.date_at(self.tree.currentIndex()) or self.mission.start_date
        start = next_free_slot(self.model.items_on(day), datetime.combine(day, DAY_START))
        dialog = ItemDialog(
            self.context.services, self.mission, start=start, create_organization=self._create_organization, parent=self
        )
        if dialog.exec():
            item = dialog.record()
            text = QCoreApplication.translate("ItineraryTab", "Add {kind} '{title}'").format(
                kind=item.kind.label.lower(), title=item.title
            )
            created = self.context.create("item", item, text)
            if created is not None:
                self.select_item(created.id)
                self.context.hub.message.emit(
                    QCoreApplication.translate("ItineraryTab", "{kind} added on {when}").format(
                        kind=item.kind.label, when=short_date_time(item.start)
                    )
                )

    def edit_index(self, index: QModelIndex) -> None:
        item = self.model.item_at(index)
        if item is None or self.mission is None:
            return
        dialog = ItemDialog(
            self.context.services, self.mission, item, create_organization=self._create_organization, parent=self
        )
        if dialog.exec():
            edited = dialog.record()
            if edited == item:
                return
            moved = (edited.start, edited.timezone) != (item.start, item.timezone)
            kind = item.kind.label.lower()
            if moved:
                text = QCoreApplication.translate("ItineraryTab", "Move {kind} '{title}'")
            else:
                text = QCoreApplication.translate("ItineraryTab", "Edit {kind} '{title}'")
            if self.context.update("item", edited, text.format(kind=kind, title=edited.title)):
                if moved:
                    message = QCoreApplication.translate("ItineraryTab", "{kind} moved to {when}").format(
                        kind=edited.kind.label, when=short_date_time(edited.start)
                    )
                else:
                    message = QCoreApplication.translate("ItineraryTab", "{kind} '{title}' saved").format(
                        kind=edited.kind.label, title=edited.title
                    )
                self.context.hub.message.emit(message)

    def delete_selected(self) -> None:
        item = self.selected_item()
        if item is None:
            return
        removal = self.context.services.trash.capture("item", item.id)
        linked = len(removal.altered)
        question = QCoreApplication.translate("ItineraryTab", "Delete '{title}'?").format(title=item.title)
        if linked:
            kept = QCoreApplication.translate(
                "ItineraryTab", "%n outcome(s) logged at it will stay, unlinked from it.", None, linked
            )
            question = f"{question}\n\n{kept}"
        if confirmed(self, QCoreApplication.translate("ItineraryTab", "Delete itinerary item"), question):
            text = QCoreApplication.translate("ItineraryTab", "Delete {kind} '{title}'").format(
                kind=item.kind.label.lower(), title=item.title
            )
            self.context.delete("item", item.id, text)

    def on_changed(self, changes: ChangeSet) -> None:
        if self.mission is not None and self.mission.id in changes.ids("mission"):
            self.mission = self.context.services.missions.find(self.mission.id)
        self.model.apply(changes)
