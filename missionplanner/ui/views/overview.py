"""The Overview tab: the mission's own fields, organizers, and live counts; every edit saves at once."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from missionplanner.domain.enums import MissionKind, MissionStatus, OrganizerRole
from missionplanner.domain.models import Mission, MissionOrganizer
from missionplanner.domain.translation import QT_TRANSLATE_NOOP
from missionplanner.domain.validation import mission_problems
from missionplanner.i18n.formats import integer
from missionplanner.services.changes import ChangeSet
from missionplanner.ui.context import AppContext
from missionplanner.ui.dialogs.form import ERROR_STYLE
from missionplanner.ui.views.deferred import RefreshWhenShown
from missionplanner.ui.widgets.dates import date_edit, from_qdate, show_date
from missionplanner.ui.widgets.lookups import organization_picker
from missionplanner.ui.widgets.pickers import CountryPicker, EnumCombo, TimezonePicker

# Per field: the undo text of a change, and the status message once it is saved (context "OverviewTab").
FIELD_TEXTS = {
    "title": (
        QT_TRANSLATE_NOOP("OverviewTab", "Change mission title"),
        QT_TRANSLATE_NOOP("OverviewTab", "Mission title saved"),
    ),
    "kind": (
        QT_TRANSLATE_NOOP("OverviewTab", "Change mission kind"),
        QT_TRANSLATE_NOOP("OverviewTab", "Mission kind saved"),
    ),
    "status": (
        QT_TRANSLATE_NOOP("OverviewTab", "Change mission status"),
        QT_TRANSLATE_NOOP("OverviewTab", "Mission status saved"),
    ),
    "origin_country": (
        QT_TRANSLATE_NOOP("OverviewTab", "Change mission origin country"),
        QT_TRANSLATE_NOOP("OverviewTab", "Mission origin country saved"),
    ),
    "destination_country": (
        QT_TRANSLATE_NOOP("OverviewTab", "Change mission destination country"),
        QT_TRANSLATE_NOOP("OverviewTab", "Mission destination country saved"),
    ),
    "start_date": (
        QT_TRANSLATE_NOOP("OverviewTab", "Change mission start date"),
        QT_TRANSLATE_NOOP("OverviewTab", "Mission start date saved"),
    ),
    "end_date": (
        QT_TRANSLATE_NOOP("OverviewTab", "Change mission end date"),
        QT_TRANSLATE_NOOP("OverviewTab", "Mission end date saved"),
    ),
    "timezone": (
        QT_TRANSLATE_NOOP("OverviewTab", "Change mission time zone"),
        QT_TRANSLATE_NOOP("OverviewTab", "Mission time zone saved"),
    ),
    "objectives": (
        QT_TRANSLATE_NOOP("OverviewTab", "Change mission objectives"),
        QT_TRANSLATE_NOOP("OverviewTab", "Mission objectives saved"),
    ),
    "notes": (
        QT_TRANSLATE_NOOP("OverviewTab", "Change mission notes"),
        QT_TRANSLATE_NOOP("OverviewTab", "Mission notes saved"),
    ),
}


class CommitPlainTextEdit(QPlainTextEdit):
    """A multi-line editor that reports when the user leaves it, so the text is saved then."""

    def __init__(self, on_commit: Callable[[], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._on_commit = on_commit

    def focusOutEvent(self, event: Any) -> None:
        super().focusOutEvent(event)
        self._on_commit()


class OverviewTab(QScrollArea):
    """Edit a mission's fields in place; each change is one undoable save."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.mission: Mission | None = None
        self._loading = False
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget()
        self.setWidget(body)
        self.errors: dict[str, QLabel] = {}

        self.title = QLineEdit()
        self.title.setObjectName("missionTitle")
        self.kind = EnumCombo(MissionKind)
        self.status = EnumCombo(MissionStatus)
        self.origin = CountryPicker()
        self.destination = CountryPicker()
        self.start = date_edit()
        self.end = date_edit()
        self.timezone = TimezonePicker()
        self.objectives = CommitPlainTextEdit(lambda: self.commit("objectives"))
        self.notes = CommitPlainTextEdit(lambda: self.commit("notes"))
        self.objectives.setPlaceholderText(
            QCoreApplication.translate("OverviewTab", "What the delegation wants to achieve")
        )
        self.notes.setPlaceholderText(QCoreApplication.translate("OverviewTab", "Anything else worth remembering"))

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self._row(form, QCoreApplication.translate("OverviewTab", "&Title"), "title", self.title)
        kind_status = QHBoxLayout()
        kind_status.addWidget(self.kind)
        kind_status.addWidget(QLabel(QCoreApplication.translate("OverviewTab", "Status")))
        kind_status.addWidget(self.status)
        self._row(form, QCoreApplication.translate("OverviewTab", "&Kind"), "kind", kind_status)
        countries = QHBoxLayout()
        countries.addWidget(self.origin, 1)
        countries.addWidget(QLabel("→"))
        countries.addWidget(self.destination, 1)
        self._row(form, QCoreApplication.translate("OverviewTab", "From → to"), "destination_country", countries)
        dates = QHBoxLayout()
        dates.addWidget(self.start)
        dates.addWidget(QLabel(QCoreApplication.translate("OverviewTab", "to")))
        dates.addWidget(self.end)
        dates.addStretch(1)
        self._row(form, QCoreApplication.translate("OverviewTab", "&Dates"), "end_date", dates)
        self._row(form, QCoreApplication.translate("OverviewTab", "Time &zone"), "timezone", self.timezone)
        self._row(form, QCoreApplication.translate("OverviewTab", "&Objectives"), "objectives", self.objectives)
        self._row(form, QCoreApplication.translate("OverviewTab", "&Notes"), "notes", self.notes)
        self.objectives.setMinimumHeight(70)
        self.notes.setMinimumHeight(70)

        details = QGroupBox(QCoreApplication.translate("OverviewTab", "Mission"))
        details.setLayout(form)
        self.counts = QLabel()
        self.counts.setObjectName("missionCounts")
        self.counts.setTextFormat(Qt.TextFormat.RichText)
        counts_box = QGroupBox(QCoreApplication.translate("OverviewTab", "At a glance"))
        QVBoxLayout(counts_box).addWidget(self.counts)
        self.derived = QLabel()
        self.derived.setWordWrap(True)
        counts_box.layout().addWidget(self.derived)

        layout = QGridLayout(body)
        layout.addWidget(details, 0, 0, 2, 1)
        layout.addWidget(counts_box, 0, 1)
        layout.addWidget(self._organizers_box(), 1, 1)
        layout.setColumnStretch(0, 3)
        layout.setColumnStretch(1, 2)
        layout.setRowStretch(1, 1)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        self.title.editingFinished.connect(lambda: self.commit("title"))
        self.kind.currentIndexChanged.connect(lambda _: self.commit("kind"))
        self.status.currentIndexChanged.connect(lambda _: self.commit("status"))
        self.origin.codeChanged.connect(lambda _: self.commit("origin_country"))
        self.destination.codeChanged.connect(lambda _: self.commit("destination_country"))
        self.start.editingFinished.connect(lambda: self.commit("start_date"))
        self.end.editingFinished.connect(lambda: self.commit("end_date"))
        self.timezone.activated.connect(lambda _: self.commit("timezone"))
        self.timezone.lineEdit().editingFinished.connect(lambda: self.commit("timezone"))
        # The figures read the whole itinerary: counted when the tab can be seen.
        self._counts = RefreshWhenShown(self, lambda: self._fill_counts() if self.mission is not None else None)
        context.hub.changed.connect(self.on_changed)

    def _row(self, form: QFormLayout, label: str, field: str, widget: Any) -> None:
        error = QLabel()
        error.setStyleSheet(ERROR_STYLE)
        error.setWordWrap(True)
        error.hide()
        self.errors[field] = error
        holder = QWidget()
        box = QVBoxLayout(holder)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        if isinstance(widget, QWidget):
            box.addWidget(widget)
        else:
            box.addLayout(widget)
        box.addWidget(error)
        form.addRow(label, holder)

    def _organizers_box(self) -> QGroupBox:
        box = QGroupBox(QCoreApplication.translate("OverviewTab", "Organizers and supporters"))
        self.organizers = QTableWidget(0, 2)
        self.organizers.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("OverviewTab", "Organization"),
                QCoreApplication.translate("OverviewTab", "Role"),
            ]
        )
        self.organizers.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.organizers.verticalHeader().hide()
        self.organizers.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.organizers.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.organizers.setMinimumHeight(110)
        self.organizers.verticalHeader().setDefaultSectionSize(30)
        self.organizers.setColumnWidth(1, 130)
        self.organizer_picker = organization_picker(self.context.services)
        self.organizer_role = EnumCombo(OrganizerRole)
        add = QPushButton(QCoreApplication.translate("OverviewTab", "Add"))
        add.clicked.connect(self.add_organizer)
        remove = QPushButton(QCoreApplication.translate("OverviewTab", "Remove"))
        remove.clicked.connect(self.remove_organizer)
        row = QHBoxLayout()
        row.addWidget(self.organizer_role, 1)
        row.addWidget(add)
        row.addWidget(remove)
        layout = QVBoxLayout(box)
        layout.addWidget(self.organizers)
        layout.addWidget(self.organizer_picker)
        layout.addLayout(row)
        return box

    # Loading
    def set_mission(self, mission_id: str | None) -> None:
        self.mission = self.context.services.missions.find(mission_id) if mission_id else None
        self._fill()

    def _fill(self) -> None:
        m = self.mission
        if m is None:
            return
        self._loading = True
        # _loading keeps the change signals these setters emit from saving anything.
        self.title.setText(m.title)
        self.kind.set_value(m.kind)
        self.status.set_value(m.status)
        self.origin.set_code(m.origin_country)
        self.destination.set_code(m.destination_country)
        show_date(self.start, m.start_date)
        show_date(self.end, m.end_date)
        self.timezone.set_zone(m.timezone)
        if self.objectives.toPlainText() != m.objectives:
            self.objectives.setPlainText(m.objectives)
        if self.notes.toPlainText() != m.notes:
            self.notes.setPlainText(m.notes)
        for label in self.errors.values():
            label.hide()
        self._fill_organizers()
        self._counts.request()
        self._loading = False

    def _fill_organizers(self) -> None:
        assert self.mission is not None
        organizations = {
            o.id: o
            for o in self.context.services.organizations.get_many([o.organization_id for o in self.mission.organizers])
        }
        self.organizers.setRowCount(len(self.mission.organizers))
        for row, organizer in enumerate(self.mission.organizers):
            organization = organizations.get(organizer.organization_id)
            name = QTableWidgetItem(organization.name if organization else "?")
            name.setData(Qt.ItemDataRole.UserRole, organizer.organization_id)
            self.organizers.setItem(row, 0, name)
            role = QComboBox()
            for member in OrganizerRole:
                role.addItem(member.label, member.value)
            role.setCurrentIndex(role.findData(organizer.role.value))
            role.currentIndexChanged.connect(lambda _, r=row, combo=role: self.change_role(r, combo.currentData()))
            self.organizers.setCellWidget(row, 1, role)
            # Role names are longer in some languages: never cut them off.
            self.organizers.setColumnWidth(1, max(self.organizers.columnWidth(1), role.sizeHint().width()))

    def _fill_counts(self) -> None:
        assert self.mission is not None
        services = self.context.services
        mission_id = self.mission.id
        itinerary = services.items.figures(mission_id)
        cities, meetings, visits = itinerary.cities, itinerary.meetings, itinerary.site_visits
        outcomes = len(services.outcomes.for_mission(mission_id))
        open_follow_ups = len(services.follow_ups.open_items(mission_id=mission_id))
        participants = len(services.participants.for_mission(mission_id))
        # Each caption agrees with its figure ("1 day", "3 days"; Russian has three plural forms). The
        # count is a plain name in every call: pyside6-lupdate skips a call with an expression in it.
        days = self.mission.day_count
        city_count = len(cities)
        if city_count == 1:
            city_label = QCoreApplication.translate("OverviewTab", "city", None, city_count)
        else:
            city_label = QCoreApplication.translate("OverviewTab", "cities", None, city_count)
        figures = [
            (days, QCoreApplication.translate("OverviewTab", "day(s)", None, days)),
            (city_count, city_label),
            (participants, QCoreApplication.translate("OverviewTab", "delegate(s)", None, participants)),
            (meetings, QCoreApplication.translate("OverviewTab", "meeting(s)", None, meetings)),
            (visits, QCoreApplication.translate("OverviewTab", "site visit(s)", None, visits)),
            (outcomes, QCoreApplication.translate("OverviewTab", "outcome(s)", None, outcomes)),
            (
                open_follow_ups,
                QCoreApplication.translate("OverviewTab", "open follow-up(s)", None, open_follow_ups),
            ),
        ]
        cells = "".join(
            f"<td style='padding:4px 14px 4px 0'><span style='font-size:18pt;font-weight:600'>{integer(n)}</span>"
            f"<br><span style='color:#666'>{label}</span></td>" + ("</tr><tr>" if i in (2, 5) else "")
            for i, (n, label) in enumerate(figures)
        )
        self.counts.setText(f"<table><tr>{cells}</tr></table>")
        if cities:
            self.counts.setToolTip(
                QCoreApplication.translate("OverviewTab", "Cities: {route}").format(route=" → ".join(cities))
            )
        derived = services.missions.derived_from(mission_id)
        source = services.missions.find(self.mission.source_mission_id) if self.mission.source_mission_id else None
        notes = []
        if source:
            notes.append(QCoreApplication.translate("OverviewTab", "Created from: {title}").format(title=source.title))
        if derived:
            notes.append(
                QCoreApplication.translate("OverviewTab", "Missions made from this one: {titles}").format(
                    titles=", ".join(d.title for d in derived)
                )
            )
        self.derived.setText("\n".join(notes))
        self.derived.setVisible(bool(notes))

    # Saving
    def _value(self, field: str) -> Any:
        return {
            "title": lambda: self.title.text().strip(),
            "kind": self.kind.value,
            "status": self.status.value,
            "origin_country": self.origin.code,
            "destination_country": self.destination.code,
            "start_date": lambda: from_qdate(self.start.date()),
            "end_date": lambda: from_qdate(self.end.date()),
            "timezone": self.timezone.zone,
            "objectives": self.objectives.toPlainText,
            "notes": self.notes.toPlainText,
        }[field]()

    def commit(self, field: str) -> None:
        if self._loading or self.mission is None:
            return
        value = self._value(field)
        if getattr(self.mission, field) == value:
            self._show_error(field, "")
            return
        edited = replace(self.mission, **{field: value})
        problems = [p for p in mission_problems(edited) if p.field == field or field in ("start_date", "end_date")]
        if problems:
            self._show_error("end_date" if field == "start_date" else field, problems[0].message)
            return
        self._show_error(field, "")
        change, saved = FIELD_TEXTS[field]
        if self.context.update("mission", edited, QCoreApplication.translate("OverviewTab", change)):
            self.context.hub.message.emit(QCoreApplication.translate("OverviewTab", saved))

    def _show_error(self, field: str, message: str) -> None:
        label = self.errors.get(field) or self.errors.get("end_date")
        if label is not None:
            label.setText(message)
            label.setVisible(bool(message))

    def _save_organizers(self, organizers: tuple[MissionOrganizer, ...], text: str) -> None:
        assert self.mission is not None
        self.context.update("mission", replace(self.mission, organizers=organizers), text)

    def add_organizer(self) -> None:
        organization_id = self.organizer_picker.record_id()
        if self.mission is None or organization_id is None:
            return
        if any(o.organization_id == organization_id for o in self.mission.organizers):
            self.context.hub.message.emit(
                QCoreApplication.translate("OverviewTab", "That organization is already listed")
            )
            return
        organizer = MissionOrganizer(organization_id, self.organizer_role.value())
        self._save_organizers(
            (*self.mission.organizers, organizer), QCoreApplication.translate("OverviewTab", "Add organizer")
        )
        self.organizer_picker.clear_choice()

    def remove_organizer(self) -> None:
        if self.mission is None:
            return
        rows = {i.row() for i in self.organizers.selectedIndexes()}
        if rows:
            kept = tuple(o for r, o in enumerate(self.mission.organizers) if r not in rows)
            self._save_organizers(kept, QCoreApplication.translate("OverviewTab", "Remove organizer"))

    def change_role(self, row: int, role: str) -> None:
        if self.mission is None or self._loading:
            return
        organizers = list(self.mission.organizers)
        organizers[row] = MissionOrganizer(organizers[row].organization_id, OrganizerRole(role))
        self._save_organizers(tuple(organizers), QCoreApplication.translate("OverviewTab", "Change organizer role"))

    def on_changed(self, changes: ChangeSet) -> None:
        if self.mission is None:
            return
        mission_id = self.mission.id
        if mission_id in changes.ids("mission"):
            self.mission = self.context.services.missions.find(mission_id)
            self._fill()
        elif any(changes.ids(e) for e in ("item", "outcome", "follow_up", "participant", "organization")):
            self._fill_organizers()
            self._counts.request()
