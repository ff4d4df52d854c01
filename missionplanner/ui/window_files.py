"""The main window's File actions: databases, mission files, reports, calendar and spreadsheet exports."""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox

from missionplanner.domain.errors import MissionPlannerError
from missionplanner.domain.progress import CancelledError
from missionplanner.domain.snapshot import with_fresh_ids
from missionplanner.domain.translation import QT_TRANSLATE_NOOP
from missionplanner.exchange.mission_files import export_mission_file, id_clash_problems, read_mission_file
from missionplanner.services.app import open_services
from missionplanner.ui.background import close_after_background_work
from missionplanner.ui.commands import ImportMissionCommand
from missionplanner.ui.locking import LockCancelledError, lock_database
from missionplanner.ui.long_task import run_long_task
from missionplanner.ui.widgets.ask import confirmed, show_error

if TYPE_CHECKING:
    from missionplanner.ui.main_window import MainWindow

MAX_RECENT = 8
MISSION_FILES = QT_TRANSLATE_NOOP("FileActions", "Mission files (*.json);;All files (*)")
DATABASE_FILES = QT_TRANSLATE_NOOP("FileActions", "Mission Planner databases (*.db *.sqlite);;All files (*)")


def slug(text: str) -> str:
    return re.sub(r"[^\w]+", "-", text, flags=re.UNICODE).strip("-").lower()[:60] or "mission"


class FileActions:
    """Opening and creating databases, importing and exporting missions, printing and exporting reports."""

    def open_database(self: MainWindow, path: Path) -> bool:
        same = self.context is not None and Path(path).resolve() == self.services.path.resolve()
        try:
            # This window already holds the lock of its own database.
            lock = None if same else lock_database(Path(path))
        except LockCancelledError:
            return False
        try:
            services = open_services(path)
        except MissionPlannerError as error:
            if lock is not None:
                lock.unlock()
            QMessageBox.critical(self, QCoreApplication.translate("FileActions", "Cannot open database"), error.message)
            return False
        previous = getattr(self, "database_lock", None)
        self.load(services)
        if not same:
            if previous is not None:
                previous.unlock()
            self.database_lock = lock
        self.statusBar().showMessage(QCoreApplication.translate("FileActions", "Opened {path}").format(path=path), 6000)
        return True

    def open_database_dialog(self: MainWindow) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            QCoreApplication.translate("FileActions", "Open database"),
            str(self.services.path.parent),
            QCoreApplication.translate("FileActions", DATABASE_FILES),
        )
        if name:
            self.open_database(Path(name))

    def new_database_dialog(self: MainWindow) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self,
            QCoreApplication.translate("FileActions", "New database"),
            str(self.services.path.parent / "missions.db"),
            QCoreApplication.translate("FileActions", DATABASE_FILES),
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        if not name:
            return
        path = Path(name)
        if path.exists():
            QMessageBox.warning(
                self,
                QCoreApplication.translate("FileActions", "New database"),
                QCoreApplication.translate(
                    "FileActions",
                    "{path} already exists. Use Open database… to open it; "
                    "Mission Planner never overwrites an existing file.",
                ).format(path=path),
            )
            return
        self.open_database(path)

    def _remember_database(self: MainWindow, path: Path) -> None:
        recent = [p for p in self._recent() if p != str(path)]
        recent.insert(0, str(path))
        self.settings.setValue("recentDatabases", recent[:MAX_RECENT])
        self.settings.setValue("lastDatabase", str(path))
        self._fill_recent_menu()

    def _recent(self: MainWindow) -> list[str]:
        value = self.settings.value("recentDatabases", [])
        if isinstance(value, str):
            return [value]
        return [str(v) for v in (value or [])]

    def _fill_recent_menu(self: MainWindow) -> None:
        self.recent_menu.clear()
        for entry in self._recent():
            action = self.recent_menu.addAction(entry)
            action.triggered.connect(lambda _checked=False, p=entry: self.open_database(Path(p)))
        self.recent_menu.setEnabled(bool(self._recent()))

    def import_mission(self: MainWindow) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            QCoreApplication.translate("FileActions", "Import mission"),
            str(Path.home()),
            QCoreApplication.translate("FileActions", MISSION_FILES),
        )
        if name:
            self.import_mission_file(Path(name))

    def import_mission_file(self: MainWindow, path: Path, *, as_copy: bool | None = None) -> str | None:
        assert self.context is not None
        try:
            snapshot = read_mission_file(path, pipes=False)
        except MissionPlannerError as error:
            show_error(self, QCoreApplication.translate("FileActions", "Cannot import mission"), error)
            return None
        if self.services.missions.find(snapshot.mission.id) is not None:
            question = QCoreApplication.translate(
                "FileActions", "'{title}' is already in this database. Import it as a separate copy?"
            )
        elif id_clash_problems(self.services, snapshot):
            # Its mission id was edited (or it was exported again after an import as a copy): only a copy fits.
            question = QCoreApplication.translate(
                "FileActions",
                "'{title}' is probably a copy of a mission already in this database (its items or delegation "
                "are here). Import it as a separate copy?",
            )
        else:
            question = ""
        if question:
            if as_copy is None:
                as_copy = confirmed(
                    self,
                    QCoreApplication.translate("FileActions", "Import mission"),
                    question.format(title=snapshot.mission.title),
                )
            if not as_copy:
                return None
        if as_copy:
            snapshot = with_fresh_ids(snapshot)
        command = ImportMissionCommand(
            self.services,
            self.context.hub,
            snapshot,
            QCoreApplication.translate("FileActions", "Import mission '{title}'").format(title=snapshot.mission.title),
        )
        if not self.context.push(command):
            return None
        self.open_mission(snapshot.mission.id)
        self.statusBar().showMessage(
            QCoreApplication.translate("FileActions", "Imported '{title}'").format(title=snapshot.mission.title), 6000
        )
        return snapshot.mission.id

    def import_contacts(self: MainWindow, path: Path | None = None) -> str | None:
        """File > Import contacts…: the import wizard; returns the status message, or None if cancelled."""
        from missionplanner.ui.dialogs.import_wizard import ImportWizard

        assert self.context is not None
        wizard = ImportWizard(self.context, self, path=path, mission_id=self.current_mission_id())
        if not wizard.exec():
            return None
        self.statusBar().showMessage(wizard.result_summary, 10000)
        return wizard.result_summary

    def export_mission(self: MainWindow) -> None:
        mission_id = self.current_mission_id()
        if mission_id is None:
            return
        mission = self.services.missions.get(mission_id)
        suggested = str(Path.home() / f"{slug(mission.title)}.json")
        name, _ = QFileDialog.getSaveFileName(
            self,
            QCoreApplication.translate("FileActions", "Export mission"),
            suggested,
            QCoreApplication.translate("FileActions", MISSION_FILES),
        )
        if name:
            self.export_mission_to(mission_id, Path(name))

    def export_mission_to(self: MainWindow, mission_id: str, path: Path) -> bool:
        try:
            export_mission_file(self.services, mission_id, path)
        except MissionPlannerError as error:
            show_error(self, QCoreApplication.translate("FileActions", "Cannot export mission"), error)
            return False
        self.statusBar().showMessage(
            QCoreApplication.translate("FileActions", "Mission exported to {path}").format(path=path), 6000
        )
        return True

    def print_report(self: MainWindow) -> None:
        mission_id = self.current_mission_id()
        if mission_id is not None:
            # The report machinery (Jinja2, fonts, PDF) is loaded on first use to keep start-up short.
            from missionplanner.ui.dialogs.report_dialog import ReportDialog

            ReportDialog(self.services, mission_id, today=self.today, parent=self).exec()

    def export_calendar(self: MainWindow, path: Path | None = None) -> Path | None:
        mission_id = self.current_mission_id()
        if mission_id is None:
            return None
        if path is None:
            mission = self.services.missions.get(mission_id)
            name, _ = QFileDialog.getSaveFileName(
                self,
                QCoreApplication.translate("FileActions", "Export calendar"),
                str(Path.home() / f"{slug(mission.title)}.ics"),
                QCoreApplication.translate("FileActions", "iCalendar files (*.ics)"),
            )
            if not name:
                return None
            path = Path(name)
        try:
            from missionplanner.reports import write_ics  # loaded on first use: it keeps start-up short

            written = write_ics(self.services, mission_id, path)
        except MissionPlannerError as error:
            show_error(self, QCoreApplication.translate("FileActions", "Cannot export the calendar"), error)
            return None
        self.statusBar().showMessage(
            QCoreApplication.translate(
                "FileActions", "Calendar saved to {path}: import it into Outlook or Google Calendar"
            ).format(path=written),
            8000,
        )
        return written

    def export_spreadsheet(self: MainWindow, path: Path | None = None, what: str | None = None) -> Path | None:
        mission_id = self.current_mission_id()
        if mission_id is None:
            return None
        if path is None:
            mission = self.services.missions.get(mission_id)
            # (filter, what it exports), Excel first: the chosen filter tells which table to write.
            choices = [
                (QCoreApplication.translate("FileActions", "Itinerary as Excel (*.xlsx)"), "itinerary"),
                (QCoreApplication.translate("FileActions", "Outcomes as Excel (*.xlsx)"), "outcomes"),
                (QCoreApplication.translate("FileActions", "Itinerary as CSV (*.csv)"), "itinerary"),
                (QCoreApplication.translate("FileActions", "Outcomes as CSV (*.csv)"), "outcomes"),
            ]
            name, chosen = QFileDialog.getSaveFileName(
                self,
                QCoreApplication.translate("FileActions", "Export spreadsheet"),
                str(Path.home() / f"{slug(mission.title)}.xlsx"),
                ";;".join(text for text, _ in choices),
            )
            if not name:
                return None
            path, what = Path(name), dict(choices).get(chosen, "itinerary")
        try:
            from missionplanner.reports import write_sheet  # loaded on first use: it keeps start-up short

            written = write_sheet(self.services, mission_id, path, what=what or "itinerary")
        except MissionPlannerError as error:
            show_error(self, QCoreApplication.translate("FileActions", "Cannot export the spreadsheet"), error)
            return None
        self.statusBar().showMessage(
            QCoreApplication.translate("FileActions", "Spreadsheet saved to {path}").format(path=written), 8000
        )
        return written

    def restore_from_backup(self: MainWindow, backup: Path | None = None) -> bool:
        """File > Restore from backup…: choose a backup, restore it (after backing up the current
        content), then reload the database. Returns whether a restore happened."""
        from missionplanner.services.backups import restore_backup
        from missionplanner.ui.dialogs.restore_dialog import RestoreDialog

        path = self.services.path
        if backup is None:
            dialog = RestoreDialog(path, self.services.backups.list(), self)
            if dialog.exec() != RestoreDialog.DialogCode.Accepted or dialog.chosen is None:
                return False
            backup = dialog.chosen
        try:
            self.services.backups.check(backup)
        except MissionPlannerError as error:
            show_error(self, QCoreApplication.translate("FileActions", "Cannot restore"), error)
            return False
        # Close our connection first; the restore works on the file and the window reopens it.
        close_after_background_work(self.services)
        try:
            result = restore_backup(path, backup)
        except MissionPlannerError as error:
            show_error(self, QCoreApplication.translate("FileActions", "Cannot restore"), error)
            self.open_database(path)
            return False
        if not self.open_database(path):
            return False
        if result.problems:
            QMessageBox.warning(
                self,
                QCoreApplication.translate("FileActions", "Restored with problems"),
                QCoreApplication.translate("FileActions", "The restored database has problems:\n{problems}").format(
                    problems="\n".join(result.problems)
                ),
            )
        missions = result.missions
        message = QCoreApplication.translate("FileActions", "Restored from {name} (%n mission(s)).", None, missions)
        message = message.format(name=backup.name)
        if result.previous_content:
            message += " " + QCoreApplication.translate(
                "FileActions", "The previous content was backed up to {path}."
            ).format(path=result.previous_content)
        self.statusBar().showMessage(message, 10000)
        return True

    def backup_now(self: MainWindow) -> None:
        services = self.services
        try:
            # A national archive is hundreds of megabytes: copy it off the GUI thread, with Cancel.
            target = run_long_task(
                self,
                QCoreApplication.translate("FileActions", "Backing up the database…"),
                lambda progress: services.backup(progress=progress),
            )
        except CancelledError:
            self.statusBar().showMessage(
                QCoreApplication.translate("FileActions", "Backup cancelled; no backup file was left."), 8000
            )
            return
        except MissionPlannerError as error:
            show_error(self, QCoreApplication.translate("FileActions", "Backup failed"), error)
            return
        self.statusBar().showMessage(
            QCoreApplication.translate("FileActions", "Backup saved to {path}").format(path=target), 8000
        )
