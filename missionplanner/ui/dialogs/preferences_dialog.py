"""Preferences: the interface language, and the speeds, overheads and limits behind travel estimates."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QDoubleSpinBox, QGridLayout, QGroupBox, QLabel, QSpinBox, QWidget

from missionplanner.domain.checks import CheckSettings
from missionplanner.domain.enums import TravelMode
from missionplanner.domain.errors import Problem
from missionplanner.domain.travel import TravelSettings
from missionplanner.i18n.languages import SYSTEM, Language, system_language
from missionplanner.services.preferences import settings_problems
from missionplanner.ui.dialogs.form import FormDialog


def _spin(value: float, low: int, high: int, suffix: str) -> QSpinBox:
    box = QSpinBox()
    box.setRange(low, high)
    box.setValue(round(value))
    box.setSuffix(suffix)
    return box


class PreferencesDialog(FormDialog):
    """Edit the interface language (this computer) and the planning preferences (shared with the command line)."""

    def __init__(self, settings: CheckSettings, language: str = SYSTEM, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("PreferencesDialog", "Preferences"), parent)
        self.language = QComboBox()
        system = QCoreApplication.translate("PreferencesDialog", "As the system ({language})")
        self.language.addItem(system.format(language=system_language().native_name), SYSTEM)
        for choice in Language:
            self.language.addItem(choice.native_name, choice.value)
        self.language.setCurrentIndex(max(0, self.language.findData(language)))
        self.language.setToolTip(
            QCoreApplication.translate("PreferencesDialog", "The language of menus, messages and new reports")
        )
        self.add_field(QCoreApplication.translate("PreferencesDialog", "Language"), "language", self.language)
        travel = settings.travel
        grid_box = QGroupBox(QCoreApplication.translate("PreferencesDialog", "Travel estimates by mode"))
        grid = QGridLayout(grid_box)
        grid.addWidget(QLabel(QCoreApplication.translate("PreferencesDialog", "<b>Mode</b>")), 0, 0)
        grid.addWidget(QLabel(QCoreApplication.translate("PreferencesDialog", "<b>Average speed</b>")), 0, 1)
        grid.addWidget(QLabel(QCoreApplication.translate("PreferencesDialog", "<b>Fixed overhead</b>")), 0, 2)
        self.speeds: dict[TravelMode, QSpinBox] = {}
        self.overheads: dict[TravelMode, QSpinBox] = {}
        kmh = QCoreApplication.translate("PreferencesDialog", " km/h")
        minutes = QCoreApplication.translate("PreferencesDialog", " min")
        for row, mode in enumerate(TravelMode, start=1):
            grid.addWidget(QLabel(mode.label), row, 0)
            self.speeds[mode] = _spin(travel.speeds_kmh[mode], 1, 2000, kmh)
            self.overheads[mode] = _spin(travel.overheads[mode].total_seconds() / 60, 0, 600, minutes)
            grid.addWidget(self.speeds[mode], row, 1)
            grid.addWidget(self.overheads[mode], row, 2)
        self.form.addRow(grid_box)
        self.road_factor = QDoubleSpinBox()
        self.road_factor.setRange(1.0, 3.0)
        self.road_factor.setSingleStep(0.05)
        self.road_factor.setValue(travel.road_factor)
        self.road_factor.setToolTip(
            QCoreApplication.translate(
                "PreferencesDialog", "Roads and rails are longer than the straight line between two cities"
            )
        )
        self.add_field(
            QCoreApplication.translate("PreferencesDialog", "Road detour factor"), "road_factor", self.road_factor
        )
        self.flight_threshold = _spin(
            travel.flight_threshold_km, 50, 5000, QCoreApplication.translate("PreferencesDialog", " km")
        )
        self.flight_threshold.setToolTip(
            QCoreApplication.translate(
                "PreferencesDialog", "With no travel leg planned, longer distances are assumed to be flown"
            )
        )
        self.add_field(
            QCoreApplication.translate("PreferencesDialog", "Assume a flight from"),
            "flight_threshold",
            self.flight_threshold,
        )
        self.transfer = _spin(travel.same_city_transfer.total_seconds() / 60, 0, 360, minutes)
        self.add_field(
            QCoreApplication.translate("PreferencesDialog", "Transfer within a city"),
            "same_city_transfer",
            self.transfer,
        )
        self.max_day = _spin(
            settings.max_day.total_seconds() / 3600, 1, 24, QCoreApplication.translate("PreferencesDialog", " h")
        )
        self.add_field(
            QCoreApplication.translate("PreferencesDialog", "Longest reasonable day"), "max_day", self.max_day
        )
        self.watch(self.transfer.valueChanged, self.max_day.valueChanged)

    def language_choice(self) -> str:
        """'system', 'en' or 'ru'."""
        return str(self.language.currentData())

    def record(self) -> CheckSettings:
        travel = TravelSettings(
            speeds_kmh={mode: float(box.value()) for mode, box in self.speeds.items()},
            overheads={mode: timedelta(minutes=box.value()) for mode, box in self.overheads.items()},
            road_factor=self.road_factor.value(),
            same_city_transfer=timedelta(minutes=self.transfer.value()),
            flight_threshold_km=float(self.flight_threshold.value()),
        )
        return CheckSettings(max_day=timedelta(hours=self.max_day.value()), travel=travel)

    def problems(self) -> list[Problem]:
        return settings_problems(self.record())
