"""Add a city that the reference data lacks; coordinates are optional."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDoubleSpinBox, QLineEdit, QWidget

from missionplanner.domain.cities import city_problems
from missionplanner.domain.errors import Problem
from missionplanner.domain.geo import City
from missionplanner.ui.dialogs.directory_dialogs import split_list
from missionplanner.ui.dialogs.form import FormDialog
from missionplanner.ui.widgets.pickers import CountryPicker, TimezonePicker

NO_COORDINATE = -999.0


def _coordinate(limit: float) -> QDoubleSpinBox:
    box = QDoubleSpinBox()
    box.setRange(NO_COORDINATE, limit)
    box.setDecimals(4)
    box.setSpecialValueText(QCoreApplication.translate("CityDialog", "unknown"))
    box.setValue(NO_COORDINATE)
    return box


class CityDialog(FormDialog):
    """Name, country, local names, optional coordinates and time zone of a user-added city."""

    def __init__(self, name: str = "", country: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("CityDialog", "Add a city"), parent)
        self.name = self.add_field(QCoreApplication.translate("CityDialog", "&Name"), "name", QLineEdit(name))
        self.local_names = self.add_field(
            QCoreApplication.translate("CityDialog", "&Local names"), "local_names", QLineEdit()
        )
        self.local_names.setPlaceholderText(
            QCoreApplication.translate("CityDialog", "Other spellings, comma-separated (e.g. Аркадаг)")
        )
        self.country = self.add_field(QCoreApplication.translate("CityDialog", "&Country"), "country", CountryPicker())
        self.country.set_code(country)
        self.latitude = self.add_field(
            QCoreApplication.translate("CityDialog", "La&titude"), "latitude", _coordinate(90.0)
        )
        self.longitude = self.add_field(
            QCoreApplication.translate("CityDialog", "L&ongitude"), "longitude", _coordinate(180.0)
        )
        self.timezone = self.add_field(
            QCoreApplication.translate("CityDialog", "Time &zone"), "timezone", TimezonePicker()
        )
        self.timezone.insertItem(0, "")
        self.timezone.setCurrentIndex(0)
        self.watch(self.name.textChanged, self.latitude.valueChanged, self.longitude.valueChanged,
                   self.timezone.currentTextChanged)  # fmt: skip

    def record(self) -> City:
        latitude = self.latitude.value()
        longitude = self.longitude.value()
        return City(
            name=self.name.text().strip(),
            country=self.country.code(),
            latitude=None if latitude == NO_COORDINATE else latitude,
            longitude=None if longitude == NO_COORDINATE else longitude,
            timezone=self.timezone.zone() or None,
            local_names=split_list(self.local_names.text()),
        )

    def problems(self) -> list[Problem]:
        return city_problems(self.record())
