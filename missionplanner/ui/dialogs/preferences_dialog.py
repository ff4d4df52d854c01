"""Planning preferences: the speeds, overheads and limits behind travel estimates and day checks."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtWidgets import QDoubleSpinBox, QGridLayout, QGroupBox, QLabel, QSpinBox, QWidget

from missionplanner.domain.checks import CheckSettings
from missionplanner.domain.enums import TravelMode
from missionplanner.domain.errors import Problem
from missionplanner.domain.travel import TravelSettings
from missionplanner.services.preferences import settings_problems
from missionplanner.ui.dialogs.form import FormDialog


def _spin(value: float, low: int, high: int, suffix: str) -> QSpinBox:
    box = QSpinBox()
    box.setRange(low, high)
    box.setValue(round(value))
    box.setSuffix(suffix)
    return box


class PreferencesDialog(FormDialog):
    """Edit the planning preferences of the open database (shared with the command line)."""

    def __init__(self, settings: CheckSettings, parent: QWidget | None = None) -> None:
        super().__init__("Planning preferences", parent)
        travel = settings.travel
        grid_box = QGroupBox("Travel estimates by mode")
        grid = QGridLayout(grid_box)
        grid.addWidget(QLabel("<b>Mode</b>"), 0, 0)
        grid.addWidget(QLabel("<b>Average speed</b>"), 0, 1)
        grid.addWidget(QLabel("<b>Fixed overhead</b>"), 0, 2)
        self.speeds: dict[TravelMode, QSpinBox] = {}
        self.overheads: dict[TravelMode, QSpinBox] = {}
        for row, mode in enumerate(TravelMode, start=1):
            grid.addWidget(QLabel(mode.label), row, 0)
            self.speeds[mode] = _spin(travel.speeds_kmh[mode], 1, 2000, " km/h")
            self.overheads[mode] = _spin(travel.overheads[mode].total_seconds() / 60, 0, 600, " min")
            grid.addWidget(self.speeds[mode], row, 1)
            grid.addWidget(self.overheads[mode], row, 2)
        self.form.addRow(grid_box)
        self.road_factor = QDoubleSpinBox()
        self.road_factor.setRange(1.0, 3.0)
        self.road_factor.setSingleStep(0.05)
        self.road_factor.setValue(travel.road_factor)
        self.road_factor.setToolTip("Roads and rails are longer than the straight line between two cities")
        self.add_field("Road detour factor", "road_factor", self.road_factor)
        self.flight_threshold = _spin(travel.flight_threshold_km, 50, 5000, " km")
        self.flight_threshold.setToolTip("With no travel leg planned, longer distances are assumed to be flown")
        self.add_field("Assume a flight from", "flight_threshold", self.flight_threshold)
        self.transfer = _spin(travel.same_city_transfer.total_seconds() / 60, 0, 360, " min")
        self.add_field("Transfer within a city", "same_city_transfer", self.transfer)
        self.max_day = _spin(settings.max_day.total_seconds() / 3600, 1, 24, " h")
        self.add_field("Longest reasonable day", "max_day", self.max_day)
        self.watch(self.transfer.valueChanged, self.max_day.valueChanged)

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
