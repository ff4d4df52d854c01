"""The itinerary item editor: times in the item's own zone, hosts, attendees, travel details."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import datetime, timedelta

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from missionplanner.domain.enums import ItemKind, ItemStatus, TravelMode
from missionplanner.domain.errors import Problem
from missionplanner.domain.geo import City
from missionplanner.domain.models import Item, Mission, TravelInfo, new_id
from missionplanner.domain.validation import item_problems, item_warnings
from missionplanner.services.app import Services
from missionplanner.ui.dialogs.form import FormDialog
from missionplanner.ui.widgets.chosen_list import ChosenList
from missionplanner.ui.widgets.city_field import CityField
from missionplanner.ui.widgets.dates import datetime_edit, from_qdatetime, to_qdatetime
from missionplanner.ui.widgets.lookups import contact_picker, organization_picker
from missionplanner.ui.widgets.pickers import EnumCombo, TimezonePicker


class ItemDialog(FormDialog):
    """Create or edit one itinerary item of a mission."""

    def __init__(
        self,
        services: Services,
        mission: Mission,
        item: Item | None = None,
        *,
        start: datetime | None = None,
        create_organization: Callable[[], str | None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        title = (
            QCoreApplication.translate("ItemDialog", "Edit itinerary item")
            if item
            else QCoreApplication.translate("ItemDialog", "New itinerary item")
        )
        super().__init__(title, parent)
        self.services = services
        self.mission = mission
        begin = start or datetime.combine(mission.start_date, datetime.min.time()).replace(hour=9)
        self.original = item or Item(
            id=new_id(),
            mission_id=mission.id,
            title="",
            start=begin,
            end=begin + timedelta(hours=1),
            timezone=mission.timezone,
        )
        i = self.original
        self.kind = self.add_field(QCoreApplication.translate("ItemDialog", "&Kind"), "kind", EnumCombo(ItemKind))
        self.kind.set_value(i.kind)
        self.title_edit = self.add_field(
            QCoreApplication.translate("ItemDialog", "&Title"), "title", QLineEdit(i.title)
        )
        self.title_edit.setPlaceholderText(
            QCoreApplication.translate("ItemDialog", "e.g. Negotiations at the Chamber of Commerce and Industry")
        )
        self.status = self.add_field(
            QCoreApplication.translate("ItemDialog", "&Status"), "status", EnumCombo(ItemStatus)
        )
        self.status.set_value(i.status)
        self.start = self.add_field(QCoreApplication.translate("ItemDialog", "St&art"), "start", datetime_edit(i.start))
        self.end = self.add_field(QCoreApplication.translate("ItemDialog", "&End"), "end", datetime_edit(i.end))
        self.timezone = self.add_field(
            QCoreApplication.translate("ItemDialog", "Time &zone"), "timezone", TimezonePicker()
        )
        self.timezone.set_zone(i.timezone)
        self.end_timezone = self.add_field(
            QCoreApplication.translate("ItemDialog", "Arrival time zone"), "end_timezone", TimezonePicker()
        )
        self.end_timezone.set_zone(i.effective_end_timezone)
        self.end_timezone.setToolTip(
            QCoreApplication.translate(
                "ItemDialog", "For a travel leg that ends in another time zone: the end time is local there"
            )
        )
        self.city = self.add_field(
            QCoreApplication.translate("ItemDialog", "&City"), "city", CityField(self._search_cities, i.city)
        )
        self.city.citySelected.connect(self._city_chosen)
        self.venue = self.add_field(
            QCoreApplication.translate("ItemDialog", "&Venue / address"), "venue", QLineEdit(i.venue)
        )
        self.travel_box = self._travel_box(i.travel)
        self.form.addRow("", self.travel_box)
        self.hosts = ChosenList(organization_picker(services), self._organization_label, create_organization)
        self.add_field(QCoreApplication.translate("ItemDialog", "&Hosts"), "host_organization_ids", self.hosts)
        self.hosts.set_ids(i.host_organization_ids)
        self.host_contacts = ChosenList(contact_picker(services), self._contact_label)
        self.add_field(QCoreApplication.translate("ItemDialog", "Host &people"), "host_contact_ids", self.host_contacts)
        self.host_contacts.set_ids(i.host_contact_ids)
        self.attendees = self.add_field(
            QCoreApplication.translate("ItemDialog", "Atte&ndees"), "attendee_ids", self._attendees_box(i.attendee_ids)
        )
        self.agenda = self.add_field(
            QCoreApplication.translate("ItemDialog", "A&genda"), "agenda", QPlainTextEdit(i.agenda)
        )
        self.agenda.setFixedHeight(64)
        self.notes = self.add_field(
            QCoreApplication.translate("ItemDialog", "N&otes"), "notes", QPlainTextEdit(i.notes)
        )
        self.notes.setFixedHeight(52)
        self.zone_hint = QLabel()
        self.zone_hint.setStyleSheet("color: palette(mid);")
        self.form.insertRow(5, "", self.zone_hint)
        self.watch(
            self.title_edit.textChanged,
            self.start.dateTimeChanged,
            self.end.dateTimeChanged,
            self.timezone.currentTextChanged,
            self.end_timezone.currentTextChanged,
            self.kind.currentIndexChanged,
        )
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.start.dateTimeChanged.connect(self._keep_duration)
        self.timezone.currentTextChanged.connect(self._zone_changed)
        self._duration = i.end - i.start
        self._kind_changed()
        self.resize(620, 760)

    # Building blocks
    def _travel_box(self, travel: TravelInfo | None) -> QGroupBox:
        box = QGroupBox(QCoreApplication.translate("ItemDialog", "Travel"))
        self.from_city = CityField(
            self._search_cities,
            travel.from_city if travel else "",
            QCoreApplication.translate("ItemDialog", "From city"),
        )
        self.to_city = CityField(
            self._search_cities, travel.to_city if travel else "", QCoreApplication.translate("ItemDialog", "To city")
        )
        # A leg starts in its departure city's zone and ends in its arrival city's zone.
        self.from_city.citySelected.connect(self._city_chosen)
        self.to_city.citySelected.connect(self._arrival_chosen)
        self.mode = EnumCombo(TravelMode)
        if travel:
            self.mode.set_value(travel.mode)
        self.reference = QLineEdit(travel.reference if travel else "")
        self.reference.setPlaceholderText(QCoreApplication.translate("ItemDialog", "Flight / train number, booking"))
        row = QHBoxLayout(box)
        for widget in (self.from_city, QLabel("→"), self.to_city, self.mode, self.reference):
            row.addWidget(widget)
        return box

    def _attendees_box(self, attendee_ids: tuple[str, ...] | None) -> QWidget:
        holder = QWidget()
        layout = QVBoxLayout(holder)
        layout.setContentsMargins(0, 0, 0, 0)
        self.whole_delegation = QCheckBox(QCoreApplication.translate("ItemDialog", "Whole delegation"))
        self.whole_delegation.setChecked(attendee_ids is None)
        self.attendee_list = QListWidget()
        self.attendee_list.setMaximumHeight(90)
        for participant in self.services.participants.for_mission(self.mission.id):
            contact = self.services.contacts.get(participant.contact_id)
            entry = QListWidgetItem(f"{contact.name} ({participant.role.label})")
            entry.setData(Qt.ItemDataRole.UserRole, participant.id)
            entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = attendee_ids is None or participant.id in attendee_ids
            entry.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.attendee_list.addItem(entry)
        self.whole_delegation.toggled.connect(lambda whole: self.attendee_list.setEnabled(not whole))
        self.attendee_list.setEnabled(attendee_ids is not None)
        layout.addWidget(self.whole_delegation)
        layout.addWidget(self.attendee_list)
        return holder

    def _search_cities(self, text: str) -> list[City]:
        return self.services.cities.search(text, country=self.mission.destination_country)

    def _city_chosen(self, city: City) -> None:
        if city.timezone:
            self.timezone.set_zone(city.timezone)
        if self.kind.value() == ItemKind.TRAVEL and not self.city.text().strip():
            self.city.setText(city.name)

    def _arrival_chosen(self, city: City) -> None:
        if city.timezone:
            self.end_timezone.set_zone(city.timezone)
        self.city.setText(city.name)

    def _organization_label(self, organization_id: str) -> str:
        organization = self.services.organizations.find(organization_id)
        return organization.name if organization else organization_id

    def _contact_label(self, contact_id: str) -> str:
        contact = self.services.contacts.find(contact_id)
        return contact.name if contact else contact_id

    # Behaviour
    def _kind_changed(self) -> None:
        travel = self.kind.value() == ItemKind.TRAVEL
        self.travel_box.setVisible(travel)
        self.end_timezone.setEnabled(travel)
        if not travel:
            self.end_timezone.set_zone(self.timezone.zone())

    def _zone_changed(self) -> None:
        if self.kind.value() != ItemKind.TRAVEL:
            self.end_timezone.set_zone(self.timezone.zone())

    def _keep_duration(self) -> None:
        # Moving the start moves the end with it, as in every calendar.
        start = from_qdatetime(self.start.dateTime())
        self.end.blockSignals(True)
        self.end.setDateTime(to_qdatetime(start + self._duration))
        self.end.blockSignals(False)

    def record(self) -> Item:
        travel = None
        if self.kind.value() == ItemKind.TRAVEL:
            travel = TravelInfo(
                from_city=self.from_city.text().strip(),
                to_city=self.to_city.text().strip(),
                mode=self.mode.value(),
                reference=self.reference.text().strip(),
            )
        attendees = None
        if not self.whole_delegation.isChecked():
            attendees = tuple(
                self.attendee_list.item(i).data(Qt.ItemDataRole.UserRole)
                for i in range(self.attendee_list.count())
                if self.attendee_list.item(i).checkState() == Qt.CheckState.Checked
            )
        zone = self.timezone.zone()
        end_zone = self.end_timezone.zone() if travel else zone
        return replace(
            self.original,
            kind=self.kind.value(),
            title=self.title_edit.text().strip(),
            status=self.status.value(),
            start=from_qdatetime(self.start.dateTime()),
            end=from_qdatetime(self.end.dateTime()),
            timezone=zone,
            end_timezone=None if end_zone == zone else end_zone,
            city=self.city.text().strip(),
            venue=self.venue.text().strip(),
            host_organization_ids=self.hosts.ids(),
            host_contact_ids=self.host_contacts.ids(),
            attendee_ids=attendees,
            agenda=self.agenda.toPlainText(),
            notes=self.notes.toPlainText(),
            travel=travel,
        )

    def problems(self) -> list[Problem]:
        record = self.record()
        problems = item_problems(record)
        if not problems:
            self._duration = record.end - record.start
        return problems

    def warnings(self) -> list[Problem]:
        record = self.record()
        zone_note = (
            ""
            if record.timezone == self.mission.timezone
            else QCoreApplication.translate("ItemDialog", "Times are local to {zone}.").format(zone=record.timezone)
        )
        self.zone_hint.setText(zone_note)
        self.zone_hint.setVisible(bool(zone_note))
        return item_warnings(record, self.mission)
