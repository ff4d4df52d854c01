"""File > Restore from backup…: the backups beside the database, with date and mission count."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from missionplanner.domain.translation import QT_TRANSLATE_NOOP
from missionplanner.i18n.formats import date_time, integer
from missionplanner.services.backups import BackupInfo

BACKUP_FILES = QT_TRANSLATE_NOOP("RestoreDialog", "Mission Planner backups (*.db *.sqlite);;All files (*)")


class RestoreDialog(QDialog):
    """Choose a backup to restore; `chosen` is its path once accepted."""

    def __init__(self, database: Path, backups: list[BackupInfo], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("RestoreDialog", "Restore from backup"))
        self.setObjectName("restoreDialog")
        self.database = database
        self.backups = backups
        self.chosen: Path | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                QCoreApplication.translate(
                    "RestoreDialog",
                    "Restoring replaces everything in {database} with the backup's content.\n"
                    "The current content is backed up first, so a restore can itself be undone.",
                ).format(database=database)
            )
        )
        self.table = QTableWidget(len(backups), 3)
        self.table.setObjectName("backupsTable")
        self.table.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("RestoreDialog", "Date"),
                QCoreApplication.translate("RestoreDialog", "Missions"),
                QCoreApplication.translate("RestoreDialog", "File"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        for row, info in enumerate(backups):
            missions = (
                integer(info.missions)
                if info.problem is None
                else QCoreApplication.translate("RestoreDialog", "unusable")
            )
            cells = [date_time(info.created), missions, info.path.name]
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                if info.problem:
                    cell.setToolTip(info.problem)
                    cell.setFlags(cell.flags() & ~Qt.ItemFlag.ItemIsSelectable)
                self.table.setItem(row, column, cell)
        self.table.resizeColumnsToContents()
        layout.addWidget(self.table)
        if not backups:
            layout.addWidget(
                QLabel(
                    QCoreApplication.translate(
                        "RestoreDialog", "There are no backups beside this database yet; choose a backup file instead."
                    )
                )
            )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = QPushButton(QCoreApplication.translate("RestoreDialog", "&Restore"))
        self.restore_button.setObjectName("restoreButton")
        self.restore_button.setEnabled(False)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.file_button = QPushButton(QCoreApplication.translate("RestoreDialog", "Choose &file…"))
        buttons.addButton(self.file_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.accepted.connect(self._accept_selected)
        buttons.rejected.connect(self.reject)
        self.file_button.clicked.connect(self._choose_file)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.doubleClicked.connect(lambda _index: self._accept_selected())
        layout.addWidget(buttons)
        self.resize(640, 360)

    def select(self, row: int) -> None:
        self.table.selectRow(row)

    def _selected(self) -> BackupInfo | None:
        rows = {index.row() for index in self.table.selectionModel().selectedRows()}
        if len(rows) != 1:
            return None
        info = self.backups[rows.pop()]
        return info if info.problem is None else None

    def _selection_changed(self) -> None:
        self.restore_button.setEnabled(self._selected() is not None)

    def _accept_selected(self) -> None:
        info = self._selected()
        if info is not None:
            self.chosen = info.path
            self.accept()

    def _choose_file(self) -> None:
        folder = self.backups[0].path.parent if self.backups else self.database.parent
        name, _ = QFileDialog.getOpenFileName(
            self,
            QCoreApplication.translate("RestoreDialog", "Restore from backup file"),
            str(folder),
            QCoreApplication.translate("RestoreDialog", BACKUP_FILES),
        )
        if name:
            self.chosen = Path(name)
            self.accept()
