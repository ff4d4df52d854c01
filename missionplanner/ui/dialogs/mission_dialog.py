"""The New mission dialog: the few fields a mission needs before planning starts."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLineEdit, QWidget

from missionplanner.domain.enums import MissionKind, MissionStatus
from missionplanner.domain.errors import Problem
from missionplanner.domain.models import Mission, new_id
from missionplanner.domain.reference import main_timezone
from missionplanner.domain.validation import mission_problems
from missionplanner.ui.dialogs.form import FormDialog
from missionplanner.ui.widgets.dates import date_edit, from_qdate
from missionplanner.ui.widgets.pickers import CountryPicker, EnumCombo, TimezonePicker


class NewMissionDialog(FormDialog):
    """Title, kind, countries, dates and time zone of a new mission."""

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("NewMissionDialog", "New mission"), parent)
        start = today + timedelta(days=30)
        self.title_edit = self.add_field(QCoreApplication.translate("NewMissionDialog", "&Title"), "title", QLineEdit())
        self.title_edit.setPlaceholderText(
            QCoreApplication.translate("NewMissionDialog", "e.g. Business mission to Ashgabat, May 2026")
        )
        self.kind = self.add_field(
            QCoreApplication.translate("NewMissionDialog", "&Kind"), "kind", EnumCombo(MissionKind)
        )
        self.origin = self.add_field(
            QCoreApplication.translate("NewMissionDialog", "&From country"), "origin_country", CountryPicker()
        )
        self.destination = self.add_field(
            QCoreApplication.translate("NewMissionDialog", "&To country"), "destination_country", CountryPicker()
        )
        self.start = self.add_field(
            QCoreApplication.translate("NewMissionDialog", "&Start"),
            "start_date",
            date_edit(start),
        )
        self.end = self.add_field(
            QCoreApplication.translate("NewMissionDialog", "&End"),
            "end_date",
            date_edit(start + timedelta(days=3)),
        )
        self.timezone = self.add_field(
            QCoreApplication.translate("NewMissionDialog", "Time &zone"), "timezone", TimezonePicker()
        )
        self.timezone.set_zone("UTC")
        self.destination.codeChanged.connect(self._destination_changed)
        self.watch(
            self.title_edit.textChanged, self.start.dateChanged, self.end.dateChanged, self.timezone.currentTextChanged
        )
        self.resize(460, self.sizeHint().height())

    def _destination_changed(self, code: str | None) -> None:
        zone = main_timezone(code)
        if zone:
            self.timezone.set_zone(zone)

    def record(self) -> Mission:
        return Mission(
            id=new_id(),
            title=self.title_edit.text().strip(),
            kind=self.kind.value(),
            status=MissionStatus.DRAFT,
            origin_country=self.origin.code(),
            destination_country=self.destination.code(),
            start_date=from_qdate(self.start.date()),
            end_date=from_qdate(self.end.date()),
            timezone=self.timezone.zone(),
        )

    def problems(self) -> list[Problem]:
        return mission_problems(self.record())
