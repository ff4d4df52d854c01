"""New mission from a past mission or template: source, new start, title and what to carry over."""

from __future__ import annotations

import contextlib
from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QComboBox, QGroupBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from missionplanner.domain.cloning import CloneOptions, outside_the_years, shifted_date
from missionplanner.domain.errors import Problem
from missionplanner.domain.validation import FIRST_DAY, LAST_DAY
from missionplanner.i18n.formats import month_year, weekday_date
from missionplanner.services.app import Services
from missionplanner.ui.dialogs.form import FormDialog
from missionplanner.ui.widgets.dates import date_edit, to_qdate


class CloneDialog(FormDialog):
    """Choose the source and the options; `options()` gives what the template service needs."""

    def __init__(
        self,
        services: Services,
        *,
        source_id: str | None = None,
        templates_only: bool = False,
        today: date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            QCoreApplication.translate("CloneDialog", "New mission from a template")
            if templates_only
            else QCoreApplication.translate("CloneDialog", "New mission from…"),
            parent,
        )
        self.services = services
        today = today or date.today()
        self._today = today
        self.source = self.add_field(QCoreApplication.translate("CloneDialog", "&Source"), "source", QComboBox())
        for summary in services.missions.summaries():
            if templates_only and not summary.is_template:
                continue
            when = month_year(summary.start_date)
            if summary.is_template:
                label = QCoreApplication.translate("CloneDialog", "Template · {date} · {title}").format(
                    date=when, title=summary.title
                )
            else:
                label = f"{when} · {summary.title}"
            self.source.addItem(label, summary.id)
        if source_id is not None:
            self.source.setCurrentIndex(max(self.source.findData(source_id), 0))
        self.start = self.add_field(
            QCoreApplication.translate("CloneDialog", "New &start"),
            "start_date",
            date_edit(today),
        )
        self.title_edit = self.add_field(QCoreApplication.translate("CloneDialog", "New &title"), "title", QLineEdit())
        self.preview = QLabel()
        self.preview.setWordWrap(True)
        self.preview.setStyleSheet("color: palette(placeholder-text);")
        self.form.addRow("", self.preview)
        box = QGroupBox(QCoreApplication.translate("CloneDialog", "Carry over"))
        layout = QVBoxLayout(box)
        self.keep_itinerary = self._check(
            layout, QCoreApplication.translate("CloneDialog", "Itinerary (meetings, visits, events)"), True
        )
        self.keep_hosts = self._check(
            layout, QCoreApplication.translate("CloneDialog", "Hosts and host contacts"), True
        )
        self.keep_travel = self._check(
            layout,
            QCoreApplication.translate("CloneDialog", "Travel legs (flight and train numbers are cleared)"),
            True,
        )
        self.keep_notes = self._check(layout, QCoreApplication.translate("CloneDialog", "Objectives and notes"), True)
        self.keep_delegation = self._check(layout, QCoreApplication.translate("CloneDialog", "Delegation"), False)
        self.follow_ups = self._check(
            layout, QCoreApplication.translate("CloneDialog", "Open follow-ups, as proposed agenda items"), False
        )
        self.keep_weekdays = self._check(
            layout,
            QCoreApplication.translate("CloneDialog", "Keep weekdays aligned (the first Monday stays a Monday)"),
            False,
        )
        note = QLabel(
            QCoreApplication.translate(
                "CloneDialog",
                "Outcomes are never copied. Statuses start again: the mission as a draft, items as proposed.",
            )
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        self.form.addRow(box)
        self.source.currentIndexChanged.connect(lambda _: self._source_changed())
        self.watch(self.start.dateChanged, self.keep_weekdays.toggled, self.title_edit.textChanged)
        self._source_changed()
        self.resize(560, self.sizeHint().height())

    @staticmethod
    def _check(layout: QVBoxLayout, text: str, checked: bool) -> QCheckBox:
        box = QCheckBox(text)
        box.setChecked(checked)
        layout.addWidget(box)
        return box

    def _source_changed(self) -> None:
        source_id = self.source.currentData()
        if source_id is None:
            return
        mission = self.services.missions.get(source_id)
        # Suggest the same dates a year later, the usual rhythm of repeated missions.
        if self.start.date() == to_qdate(self._today):
            with contextlib.suppress(ValueError):  # 29 February has no next-year twin
                self.start.setDate(to_qdate(mission.start_date.replace(year=mission.start_date.year + 1)))
        self.title_edit.setPlaceholderText(self.services.templates.plan_clone(source_id, self.options()).mission.title)
        self.validate()

    def options(self) -> CloneOptions:
        q = self.start.date()
        return CloneOptions(
            start_date=date(q.year(), q.month(), q.day()),
            title=self.title_edit.text().strip() or None,
            keep_itinerary=self.keep_itinerary.isChecked(),
            keep_hosts=self.keep_hosts.isChecked(),
            keep_delegation=self.keep_delegation.isChecked(),
            keep_travel=self.keep_travel.isChecked(),
            keep_objectives_and_notes=self.keep_notes.isChecked(),
            follow_ups_as_items=self.follow_ups.isChecked(),
            keep_weekdays=self.keep_weekdays.isChecked(),
        )

    def problems(self) -> list[Problem]:
        if self.source.currentData() is None:
            return [
                Problem("source", QCoreApplication.translate("CloneDialog", "There is no mission to start from yet."))
            ]
        mission = self.services.missions.get(self.source.currentData())
        options = self.options()
        first = shifted_date(mission.start_date, mission.start_date, options.start_date, options.keep_weekdays)
        last = shifted_date(mission.end_date, mission.start_date, options.start_date, options.keep_weekdays)
        if first < FIRST_DAY or last > LAST_DAY:
            self.preview.clear()
            return [outside_the_years(options.start_date)]
        self.preview.setText(
            QCoreApplication.translate(
                "CloneDialog", "Day 1 will be {first} (was {previous}); the mission ends {last}."
            ).format(first=weekday_date(first), previous=weekday_date(mission.start_date), last=weekday_date(last))
        )
        return []
