"""The Meetings & outcomes tab: each meeting with its hosts, minutes and the outcomes logged against it."""

from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from missionplanner.domain.enums import ItemKind
from missionplanner.domain.models import Item, Outcome
from missionplanner.i18n.formats import clock, money, short_day, weekday_date
from missionplanner.services.changes import ChangeSet
from missionplanner.ui.commands import SaveOutcomeCommand
from missionplanner.ui.context import AppContext
from missionplanner.ui.dialogs.outcome_dialogs import FollowUpDialog, OutcomeDialog
from missionplanner.ui.models.agenda import AgendaModel
from missionplanner.ui.presentation import describe_dependents, kind_icon, time_range
from missionplanner.ui.views.deferred import RefreshWhenShown
from missionplanner.ui.views.overview import CommitPlainTextEdit
from missionplanner.ui.widgets.ask import confirmed

MEETING_KINDS = (ItemKind.MEETING, ItemKind.NEGOTIATION, ItemKind.FORUM, ItemKind.CEREMONY, ItemKind.RECEPTION)
UNTIED = "__untied__"


UNIFORM_FROM = 300  # meetings


class MeetingsTab(QSplitter):
    """Meetings on the left; the chosen meeting's hosts, agenda, minutes and outcomes on the right."""

    def __init__(
        self,
        context: AppContext,
        agenda: AgendaModel,
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        # The itinerary's model already holds the mission's items: listing meetings from it spares a second
        # read of a 2,000-item plan (~60 ms of a tab switch). It is given the mission before this tab is.
        self.agenda = agenda
        self.today = today
        self.mission_id: str | None = None
        # The mission shown, and (id, start, title, kind) of each meeting listed.
        self._listed: tuple[str | None, list[tuple[str, datetime, str, ItemKind]]] = (None, [])
        self.meetings = QListWidget()
        self.meetings.setObjectName("meetings")
        self.meetings.setIconSize(self.meetings.iconSize() * 1.2)
        self.meetings.setWordWrap(True)
        self.meetings.setSpacing(2)
        self.meetings.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.meetings.currentItemChanged.connect(lambda *_: self._show_meeting())
        self.header = QLabel()
        self.header.setTextFormat(Qt.TextFormat.RichText)
        self.header.setWordWrap(True)
        self.header.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.minutes = CommitPlainTextEdit(self._save_minutes)
        self.minutes.setObjectName("minutes")
        self.minutes.setPlaceholderText(
            QCoreApplication.translate(
                "MeetingsTab", "Minutes: who said what, what was agreed. Saved when you leave the field."
            )
        )
        self.outcomes = QTableWidget(0, 5)
        self.outcomes.setObjectName("outcomes")
        self.outcomes.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("MeetingsTab", "Outcome"),
                QCoreApplication.translate("MeetingsTab", "Kind"),
                QCoreApplication.translate("MeetingsTab", "Status"),
                QCoreApplication.translate("MeetingsTab", "Counterparts"),
                QCoreApplication.translate("MeetingsTab", "Amount"),
            ]
        )
        self.outcomes.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.outcomes.verticalHeader().hide()
        self.outcomes.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.outcomes.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.outcomes.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.outcomes.setWordWrap(False)
        self.outcomes.doubleClicked.connect(lambda _: self.edit_outcome())
        log = QPushButton(QCoreApplication.translate("MeetingsTab", "Log outcome…"))
        log.setObjectName("logOutcome")
        log.clicked.connect(self.log_outcome)
        self.log_button = log
        edit = QPushButton(QCoreApplication.translate("MeetingsTab", "Edit…"))
        edit.clicked.connect(self.edit_outcome)
        follow = QPushButton(QCoreApplication.translate("MeetingsTab", "Add follow-up…"))
        follow.clicked.connect(self.add_follow_up)
        delete = QPushButton(QCoreApplication.translate("MeetingsTab", "Delete"))
        delete.clicked.connect(self.delete_outcome)
        buttons = QHBoxLayout()
        for button in (log, edit, follow):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(delete)
        minutes_box = QGroupBox(QCoreApplication.translate("MeetingsTab", "Agenda and minutes"))
        minutes_layout = QVBoxLayout(minutes_box)
        minutes_layout.addWidget(self.header)
        minutes_layout.addWidget(self.minutes, 1)
        outcomes_box = QGroupBox(QCoreApplication.translate("MeetingsTab", "Outcomes"))
        outcomes_layout = QVBoxLayout(outcomes_box)
        outcomes_layout.addWidget(self.outcomes, 1)
        outcomes_layout.addLayout(buttons)
        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(minutes_box)
        right.addWidget(outcomes_box)
        right.setSizes([300, 300])
        self.addWidget(self.meetings)
        self.addWidget(right)
        self.setSizes([360, 700])
        self._meetings_refresh = RefreshWhenShown(self, self._fill_meetings)
        # The agenda reports an edit row by row: list the meetings again once they are all in.
        self._agenda_settled = QTimer(self, singleShot=True, interval=0)
        self._agenda_settled.timeout.connect(self._meetings_refresh.request)
        agenda.modelReset.connect(self._meetings_refresh.request)
        for signal in (agenda.rowsInserted, agenda.rowsRemoved, agenda.rowsMoved, agenda.dataChanged):
            signal.connect(self._agenda_changed)
        context.hub.changed.connect(self.on_changed)

    # Loading
    def set_mission(self, mission_id: str | None) -> None:
        self.mission_id = mission_id
        mission = self.context.services.missions.find(mission_id) if mission_id else None
        template = mission is not None and mission.is_template
        # Templates have no outcomes: they are logged on the missions made from them.
        self.log_button.setEnabled(not template)
        self.log_button.setToolTip(
            QCoreApplication.translate("MeetingsTab", "Templates have no outcomes")
            if template
            else QCoreApplication.translate("MeetingsTab", "Log what came of this meeting")
        )
        self._meetings_refresh.request()

    def _meetings(self) -> list[tuple[str, datetime, str, ItemKind]]:
        if not self.mission_id or self.agenda.mission is None or self.agenda.mission.id != self.mission_id:
            return []
        return [
            (item.id, item.start, item.title, item.kind)
            for item in self.agenda.all_items()
            if item.kind in MEETING_KINDS
        ]

    def _fill_meetings(self) -> None:
        if self.agenda.loading:
            # The items are on their way; the agenda's next reset brings them here.
            self._listed = (None, [])
            self.meetings.clear()
            return
        listed = (self.mission_id, self._meetings())
        if listed == self._listed and self.meetings.count():
            # New check marks and edits of other items change no meeting: keep the list (and the minutes
            # being typed) as they are.
            return
        self._listed = listed
        keep = self.current_key()
        self.meetings.blockSignals(True)
        self.meetings.clear()
        if self.mission_id:
            for item_id, start, title, kind in listed[1]:
                when = f"{short_day(start.date())} {clock(start)}"
                entry = QListWidgetItem(kind_icon(kind, 20), f"{when}\n{title}")
                entry.setData(Qt.ItemDataRole.UserRole, item_id)
                entry.setToolTip(title)
                self.meetings.addItem(entry)
            untied = QListWidgetItem(
                QCoreApplication.translate(
                    "MeetingsTab", "Outcomes not tied to a meeting\n(signed at a ceremony, agreed later…)"
                )
            )
            untied.setData(Qt.ItemDataRole.UserRole, UNTIED)
            self.meetings.addItem(untied)
        # Measuring every entry's wrapped text took ~60 ms for a plan with 1,500 meetings: a list that long
        # gives every entry the first one's height (longer titles are elided; their tooltips show them whole).
        self.meetings.setUniformItemSizes(self.meetings.count() > UNIFORM_FROM)
        rows = [self.meetings.item(r).data(Qt.ItemDataRole.UserRole) for r in range(self.meetings.count())]
        self.meetings.setCurrentRow(rows.index(keep) if keep in rows else 0 if rows else -1)
        self.meetings.blockSignals(False)
        self._show_meeting()

    def _agenda_changed(self, *_: object) -> None:
        if self.isVisible():
            self._agenda_settled.start()
        else:
            self._meetings_refresh.request()  # only marks the list stale

    def current_key(self) -> str | None:
        entry = self.meetings.currentItem()
        return entry.data(Qt.ItemDataRole.UserRole) if entry else None

    def current_meeting(self) -> Item | None:
        key = self.current_key()
        return self.context.services.items.find(key) if key and key != UNTIED else None

    def select_meeting(self, item_id: str) -> None:
        self.agenda.settle()  # a mission just opened: its meetings must be listed before one is chosen
        self._meetings_refresh.flush()
        for row in range(self.meetings.count()):
            if self.meetings.item(row).data(Qt.ItemDataRole.UserRole) == item_id:
                self.meetings.setCurrentRow(row)

    def _show_meeting(self) -> None:
        meeting = self.current_meeting()
        services = self.context.services
        if meeting is None:
            untied = self.current_key() == UNTIED
            self.header.setText(
                QCoreApplication.translate(
                    "MeetingsTab",
                    "<b>Outcomes not tied to a meeting</b><br>Agreed over the whole visit, signed at a ceremony, "
                    "or settled after the mission.",
                )
                if untied
                else ""
            )
            self.minutes.setPlainText("")
            self.minutes.setVisible(False)
        else:
            hosts = ", ".join(o.name for o in services.organizations.get_many(list(meeting.host_organization_ids)))
            people = ", ".join(c.name for c in services.contacts.get_many(list(meeting.host_contact_ids)))
            place = ", ".join(x for x in (meeting.venue, meeting.city) if x)
            lines = [
                f"<b>{html.escape(meeting.title)}</b>",
                f"{weekday_date(meeting.start.date())}, {time_range(meeting.start, meeting.end)}"
                + (f" · {html.escape(place)}" if place else ""),
            ]
            if hosts:
                lines.append(
                    QCoreApplication.translate("MeetingsTab", "Hosts: {names}").format(names=html.escape(hosts))
                )
            if people:
                lines.append(
                    QCoreApplication.translate("MeetingsTab", "Host people: {names}").format(names=html.escape(people))
                )
            lines.append(html.escape(self._attendees(meeting)))
            if meeting.agenda:
                lines.append(
                    QCoreApplication.translate("MeetingsTab", "<i>Agenda:</i> {agenda}").format(
                        agenda=html.escape(meeting.agenda)
                    )
                )
            self.header.setText("<br>".join(lines))
            self.minutes.setVisible(True)
            if self.minutes.toPlainText() != meeting.notes:
                self.minutes.setPlainText(meeting.notes)
        self._fill_outcomes()

    def _attendees(self, meeting: Item) -> str:
        """'Attending: …', the line of the meeting's header that says who goes."""
        if meeting.attendee_ids is None:
            return QCoreApplication.translate("MeetingsTab", "Attending: the whole delegation")
        services = self.context.services
        participants = services.participants.get_many(list(meeting.attendee_ids))
        names = [c.name for c in services.contacts.get_many([p.contact_id for p in participants])]
        if not names:
            return QCoreApplication.translate("MeetingsTab", "Attending: nobody yet")
        return QCoreApplication.translate("MeetingsTab", "Attending: {names}").format(names=", ".join(names))

    def shown_outcomes(self) -> list[Outcome]:
        if not self.mission_id:
            return []
        key = self.current_key()
        wanted = None if key == UNTIED else key
        return [o for o in self.context.services.outcomes.for_mission(self.mission_id) if o.item_id == wanted]

    def _fill_outcomes(self) -> None:
        services = self.context.services
        outcomes = self.shown_outcomes() if self.current_key() else []
        self.outcomes.setRowCount(len(outcomes))
        for row, outcome in enumerate(outcomes):
            names = ", ".join(o.name for o in services.organizations.get_many(list(outcome.organization_ids)))
            amount = money(outcome.amount, outcome.currency)
            cells = (outcome.title, outcome.kind.label, outcome.status.label, names, amount)
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setToolTip(outcome.description or text)
                if column == 0:
                    cell.setData(Qt.ItemDataRole.UserRole, outcome.id)
                if column == 4:
                    cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.outcomes.setItem(row, column, cell)
        self.outcomes.resizeColumnsToContents()
        # The title takes the room; long counterpart lists are elided (the tooltip has them whole).
        self.outcomes.setColumnWidth(3, min(self.outcomes.columnWidth(3), 240))
        self.outcomes.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)

    def select_outcome(self, outcome_id: str) -> None:
        for row in range(self.outcomes.rowCount()):
            if self.outcomes.item(row, 0).data(Qt.ItemDataRole.UserRole) == outcome_id:
                self.outcomes.selectRow(row)

    def selected_outcome(self) -> Outcome | None:
        row = self.outcomes.currentRow()
        cell = self.outcomes.item(row, 0) if row >= 0 else None
        return self.context.services.outcomes.find(cell.data(Qt.ItemDataRole.UserRole)) if cell else None

    # Actions
    def _save_minutes(self) -> None:
        meeting = self.current_meeting()
        if meeting is None or self.minutes.toPlainText() == meeting.notes:
            return
        text = QCoreApplication.translate("MeetingsTab", "Edit minutes")
        if self.context.update("item", replace(meeting, notes=self.minutes.toPlainText()), text):
            self.context.hub.message.emit(
                QCoreApplication.translate("MeetingsTab", "Minutes of '{title}' saved").format(title=meeting.title)
            )

    def _save_outcome(self, dialog: OutcomeDialog, text: str) -> None:
        outcome = dialog.record()
        command = SaveOutcomeCommand(
            self.context.services, self.context.hub, outcome, on=self.today(), note=dialog.status_note(), text=text
        )
        if self.context.push(command):
            self.context.hub.message.emit(
                QCoreApplication.translate("MeetingsTab", "Outcome '{title}' saved").format(title=outcome.title)
            )

    def log_outcome(self) -> None:
        if not self.mission_id:
            return
        dialog = OutcomeDialog(
            self.context.services, self.mission_id, item=self.current_meeting(), today=self.today(), parent=self
        )
        if dialog.exec():
            text = QCoreApplication.translate("MeetingsTab", "Log outcome '{title}'")
            self._save_outcome(dialog, text.format(title=dialog.record().title))

    def edit_outcome(self) -> None:
        outcome = self.selected_outcome()
        if outcome is None or not self.mission_id:
            return
        dialog = OutcomeDialog(self.context.services, self.mission_id, outcome, today=self.today(), parent=self)
        if dialog.exec() and (dialog.record() != outcome or dialog.status_note()):
            text = QCoreApplication.translate("MeetingsTab", "Edit outcome '{title}'")
            self._save_outcome(dialog, text.format(title=dialog.record().title))

    def add_follow_up(self) -> None:
        if not self.mission_id:
            return
        outcome = self.selected_outcome()
        dialog = FollowUpDialog(
            self.context.services,
            self.mission_id,
            outcome_id=outcome.id if outcome else None,
            today=self.today(),
            parent=self,
        )
        if dialog.exec():
            follow_up = dialog.record()
            text = QCoreApplication.translate("MeetingsTab", "Add follow-up '{action}'").format(action=follow_up.action)
            if self.context.create("follow_up", follow_up, text):
                self.context.hub.message.emit(QCoreApplication.translate("MeetingsTab", "Follow-up added"))

    def delete_outcome(self) -> None:
        outcome = self.selected_outcome()
        if outcome is None:
            return
        counts = self.context.services.trash.capture("outcome", outcome.id).counts()
        detail = describe_dependents({k: v for k, v in counts.items() if k == "follow_up"})
        if detail:
            text = QCoreApplication.translate(
                "MeetingsTab", "Delete the outcome '{title}'?\n\nThis also deletes its {dependents}."
            ).format(title=outcome.title, dependents=detail)
        else:
            text = QCoreApplication.translate("MeetingsTab", "Delete the outcome '{title}'?").format(
                title=outcome.title
            )
        title = QCoreApplication.translate("MeetingsTab", "Delete outcome")
        if confirmed(self, title, text):
            undo = QCoreApplication.translate("MeetingsTab", "Delete outcome '{title}'").format(title=outcome.title)
            self.context.delete("outcome", outcome.id, undo)

    def on_changed(self, changes: ChangeSet) -> None:
        # Changes to items reach this tab through the agenda's signals, once the agenda has taken them in.
        if not self.mission_id:
            return
        names = changes.ids("organization") or changes.ids("contact") or changes.ids("participant")
        if names or self.current_key() in changes.ids("item"):
            self._show_meeting()  # the header names hosts and attendees; it ends by listing the outcomes
        elif changes.ids("outcome"):
            self._fill_outcomes()
