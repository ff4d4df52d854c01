"""What a check of many missions found: one row per mission that needs attention, most errors first."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from missionplanner.i18n.formats import date_range, integer
from missionplanner.services.checks import MissionFindings


class CheckedMissionsDialog(QDialog):
    """The missions with errors or warnings; Open (or a double-click) shows one at its itinerary."""

    openMission = Signal(str)

    def __init__(self, found: list[MissionFindings], checked: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("CheckedMissionsDialog", "Checks of the missions"))
        self.found = found
        failing = sum(f.errors > 0 for f in found)
        if found:
            text = QCoreApplication.translate(
                "CheckedMissionsDialog",
                "Checked {count} missions: {errors} with errors, {warnings} with warnings only. "
                "Double-click a mission to see its itinerary.",
            )
        else:
            text = QCoreApplication.translate(
                "CheckedMissionsDialog", "Checked {count} missions: nothing needs attention."
            )
        self.summary = QLabel(
            text.format(count=integer(checked), errors=integer(failing), warnings=integer(len(found) - failing))
        )
        self.summary.setWordWrap(True)
        self.table = QTableWidget(len(found), 5)
        self.table.setObjectName("checkedMissions")
        self.table.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("CheckedMissionsDialog", "Dates"),
                QCoreApplication.translate("CheckedMissionsDialog", "Mission"),
                QCoreApplication.translate("CheckedMissionsDialog", "Errors"),
                QCoreApplication.translate("CheckedMissionsDialog", "Warnings"),
                QCoreApplication.translate("CheckedMissionsDialog", "First to fix"),
            ]
        )
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        for row, entry in enumerate(found):
            mission = entry.mission
            cells = (
                date_range(mission.start_date, mission.end_date),
                mission.title,
                integer(entry.errors) if entry.errors else "",
                integer(entry.warnings) if entry.warnings else "",
                entry.first,
            )
            for column, value in enumerate(cells):
                cell = QTableWidgetItem(value)
                cell.setToolTip(value)
                if column in (2, 3):
                    cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if column == 0:
                    cell.setData(Qt.ItemDataRole.UserRole, mission.id)
                self.table.setItem(row, column, cell)
        header = self.table.horizontalHeader()
        for column in (0, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.resizeSection(1, 320)
        header.setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda _: self.open_selected())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.open_button = buttons.addButton(
            QCoreApplication.translate("CheckedMissionsDialog", "Open mission"),
            QDialogButtonBox.ButtonRole.ActionRole,
        )
        self.open_button.setEnabled(bool(found))
        self.open_button.clicked.connect(self.open_selected)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        if found:
            self.table.selectRow(0)
        self.resize(980, 520)

    def open_selected(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self.found):
            self.openMission.emit(self.found[row].mission.id)
