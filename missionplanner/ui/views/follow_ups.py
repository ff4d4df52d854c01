"""Follow-ups: a mission's actions to chase, and the same view across all missions (overdue first)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date

from PySide6.QtCore import QCoreApplication, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from missionplanner.domain.models import FollowUp, FollowUpRow
from missionplanner.services.changes import ChangeSet
from missionplanner.ui.background import LatestOnly
from missionplanner.ui.context import AppContext
from missionplanner.ui.dialogs.outcome_dialogs import FollowUpDialog
from missionplanner.ui.models.follow_ups import BUCKETS, FollowUpsModel
from missionplanner.ui.widgets.ask import confirmed
from missionplanner.ui.widgets.mission_filter import MissionFilter


def bucket_count(bucket: str, n: int) -> str:
    """'3 overdue', '2 due this week': how many follow-ups fall in a bucket, for the summary line."""
    if bucket == "overdue":
        return QCoreApplication.translate("FollowUpsView", "%n overdue", None, n)
    if bucket == "this_week":
        return QCoreApplication.translate("FollowUpsView", "%n due this week", None, n)
    if bucket == "later":
        return QCoreApplication.translate("FollowUpsView", "%n later", None, n)
    return QCoreApplication.translate("FollowUpsView", "%n without a due date", None, n)


class FollowUpsView(QWidget):
    """A table of follow-ups; with `mission_id` None it spans every mission and can filter by mission."""

    openMission = Signal(str)

    def __init__(
        self,
        context: AppContext,
        *,
        across_missions: bool,
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.today = today
        self.across = across_missions
        self.mission_id: str | None = None
        self.owner = QLineEdit()
        self.owner.setPlaceholderText(QCoreApplication.translate("FollowUpsView", "Filter by owner…"))
        self.owner.setClearButtonEnabled(True)
        # Thousands of missions: listed when the filter is first opened, not when the page is built.
        self.mission_filter = MissionFilter(
            context.services, QCoreApplication.translate("FollowUpsView", "All missions")
        )
        self.mission_filter.setVisible(across_missions)
        self._reads = LatestOnly(self)
        self.show_done = QCheckBox(QCoreApplication.translate("FollowUpsView", "Show done"))
        self.summary = QLabel()
        self.summary.setObjectName("followUpSummary")
        self.model = FollowUpsModel(across_missions, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setObjectName("followUps")
        self.table.verticalHeader().hide()
        # Rows of one text line: a fixed height spares Qt measuring 20,000 rows.
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        self.table.doubleClicked.connect(lambda _: self._activated())
        buttons = QHBoxLayout()
        if not across_missions:
            new = QPushButton(QCoreApplication.translate("FollowUpsView", "New follow-up…"))
            new.clicked.connect(self.new_follow_up)
            buttons.addWidget(new)
        edit = QPushButton(QCoreApplication.translate("FollowUpsView", "Edit…"))
        edit.clicked.connect(self.edit_follow_up)
        self.done_button = QPushButton(QCoreApplication.translate("FollowUpsView", "Mark done"))
        self.done_button.setObjectName("markDone")
        self.done_button.clicked.connect(self.mark_done)
        reopen = QPushButton(QCoreApplication.translate("FollowUpsView", "Reopen"))
        reopen.clicked.connect(self.reopen)
        delete = QPushButton(QCoreApplication.translate("FollowUpsView", "Delete"))
        delete.clicked.connect(self.delete_follow_up)
        for button in (edit, self.done_button, reopen):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(delete)
        filters = QHBoxLayout()
        filters.addWidget(self.owner, 1)
        filters.addWidget(self.mission_filter, 1)
        filters.addWidget(self.show_done)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self._debounce = QTimer(self, singleShot=True, interval=150)
        self._debounce.timeout.connect(self.refresh)
        self.owner.textChanged.connect(lambda _: self._debounce.start())
        self.mission_filter.currentIndexChanged.connect(lambda _: self.refresh())
        self.show_done.toggled.connect(lambda _: self.refresh())
        context.hub.changed.connect(self.on_changed)
        if across_missions:
            self.refresh()

    def set_mission(self, mission_id: str | None) -> None:
        self.mission_id = mission_id
        self.refresh()

    def scope(self) -> str | None:
        return self.mission_filter.currentData() if self.across else self.mission_id

    def _size_columns(self) -> None:
        """Fit the columns to the first rows (not all of them), then give the action the room."""
        header = self.table.horizontalHeader()
        metrics = self.table.fontMetrics()
        sample = range(min(self.model.rowCount(), 200))
        for column in range(self.model.columnCount()):
            texts = [self.model.headers()[column], *(self.model.text(r, column) for r in sample)]
            width = max(metrics.horizontalAdvance(t) for t in texts) + 24
            # Owner, outcome and mission are elided (tooltips have them whole).
            header.resizeSection(column, min(width, 230) if column >= 2 else width)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)

    def refresh(self) -> None:
        """Read the follow-ups again; across missions (tens of thousands) off the GUI thread."""
        self._reads.supersede()
        if not self.across and self.mission_id is None:
            self.model.set_rows([])
            return
        services, today = self.context.services, self.today()
        owner, scope, include_done = self.owner.text().strip() or None, self.scope(), self.show_done.isChecked()

        def read() -> list[FollowUpRow]:
            return services.follow_ups.agenda(today, owner=owner, mission_id=scope, include_done=include_done)

        if not self.across:
            self._show(read())
            return

        self._reads.run(read, self._show)

    def _show(self, rows: list[FollowUpRow]) -> None:
        selected = self.selected()
        first_fill = not self.model.rows
        self.model.set_rows(rows)
        if first_fill and rows:
            self._size_columns()
        counts = {b: sum(r.bucket == b for r in rows) for b in BUCKETS}
        parts = [bucket_count(b, counts[b]) for b in ("overdue", "this_week", "later", "no_date") if counts[b]]
        self.summary.setText(
            " · ".join(parts)
            if parts
            else QCoreApplication.translate(
                "FollowUpsView", "Nothing to chase. Follow-ups logged on outcomes appear here."
            )
        )
        if selected is not None:
            self.select(selected.id)

    def select(self, follow_up_id: str) -> None:
        row = self.model.row_of(follow_up_id)
        if row >= 0:
            self.table.selectRow(row)

    def selected(self) -> FollowUp | None:
        row = self.table.currentIndex().row()
        if not 0 <= row < self.model.rowCount():
            return None
        return self.context.services.follow_ups.find(self.model.rows[row].follow_up.id)

    def _activated(self) -> None:
        follow_up = self.selected()
        if follow_up is None:
            return
        if self.across:
            self.openMission.emit(follow_up.mission_id)
        else:
            self.edit_follow_up()

    # Actions
    def new_follow_up(self) -> None:
        if self.mission_id is None:
            return
        dialog = FollowUpDialog(self.context.services, self.mission_id, today=self.today(), parent=self)
        if dialog.exec():
            record = dialog.record()
            text = QCoreApplication.translate("FollowUpsView", "Add follow-up '{action}'")
            self.context.create("follow_up", record, text.format(action=record.action))

    def edit_follow_up(self) -> None:
        follow_up = self.selected()
        if follow_up is None:
            return
        dialog = FollowUpDialog(self.context.services, follow_up.mission_id, follow_up, today=self.today(), parent=self)
        if dialog.exec() and dialog.record() != follow_up:
            text = QCoreApplication.translate("FollowUpsView", "Edit follow-up '{action}'")
            self.context.update("follow_up", dialog.record(), text.format(action=follow_up.action))

    def mark_done(self) -> None:
        follow_up = self.selected()
        if follow_up is None or follow_up.done_on is not None:
            return
        done = replace(follow_up, done_on=self.today())
        text = QCoreApplication.translate("FollowUpsView", "Mark follow-up done '{action}'")
        if self.context.update("follow_up", done, text.format(action=follow_up.action)):
            message = QCoreApplication.translate("FollowUpsView", "Follow-up '{action}' marked done")
            self.context.hub.message.emit(message.format(action=follow_up.action))

    def reopen(self) -> None:
        follow_up = self.selected()
        if follow_up is None or follow_up.done_on is None:
            return
        text = QCoreApplication.translate("FollowUpsView", "Reopen follow-up '{action}'")
        self.context.update("follow_up", replace(follow_up, done_on=None), text.format(action=follow_up.action))

    def delete_follow_up(self) -> None:
        follow_up = self.selected()
        if follow_up is None:
            return
        if confirmed(
            self,
            QCoreApplication.translate("FollowUpsView", "Delete follow-up"),
            QCoreApplication.translate("FollowUpsView", "Delete the follow-up '{action}'?").format(
                action=follow_up.action
            ),
        ):
            text = QCoreApplication.translate("FollowUpsView", "Delete follow-up '{action}'")
            self.context.delete("follow_up", follow_up.id, text.format(action=follow_up.action))

    def on_changed(self, changes: ChangeSet) -> None:
        if self.across and changes.ids("mission"):
            self.mission_filter.relist()
        if any(changes.ids(e) for e in ("follow_up", "outcome", "mission")):
            self.refresh()
