"""The main window: menus, toolbar, mission list and workspace, directory, global search, status bar."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings, Qt
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QStyle,
    QToolBar,
    QWidget,
)

from missionplanner import __version__
from missionplanner.domain.errors import MissionPlannerError
from missionplanner.domain.models import SearchHit
from missionplanner.domain.snapshot import with_fresh_ids
from missionplanner.exchange.mission_files import export_mission_file, read_mission_file
from missionplanner.services.app import Services, open_services
from missionplanner.ui.commands import FunctionCommand, ImportMissionCommand
from missionplanner.ui.context import AppContext
from missionplanner.ui.dialogs.city_dialog import CityDialog
from missionplanner.ui.dialogs.mission_dialog import NewMissionDialog
from missionplanner.ui.dialogs.preferences_dialog import PreferencesDialog
from missionplanner.ui.presentation import describe_dependents
from missionplanner.ui.views.directory import DirectoryView
from missionplanner.ui.views.mission_list import MissionListPanel
from missionplanner.ui.views.search import SearchField
from missionplanner.ui.views.workspace import MissionWorkspace

MAX_RECENT = 8
MISSION_FILES = "Mission files (*.json);;All files (*)"
DATABASE_FILES = "Mission Planner databases (*.db *.sqlite);;All files (*)"


def slug(text: str) -> str:
    return re.sub(r"[^\w]+", "-", text, flags=re.UNICODE).strip("-").lower()[:60] or "mission"


class MainWindow(QMainWindow):
    """Everything the user sees; rebuilt around a new AppContext when another database is opened."""

    def __init__(self, services: Services, settings: QSettings, today: Callable[[], date] = date.today) -> None:
        super().__init__()
        self.settings = settings
        self.today = today
        self.context: AppContext | None = None
        self.pages = QStackedWidget()
        self.setCentralWidget(self.pages)
        self.db_label = QLabel()
        self.statusBar().addPermanentWidget(self.db_label)
        self._build_actions()
        self._build_menus()
        self.load(services)
        self._restore_geometry()

    # Building
    def _action(
        self,
        text: str,
        slot: Callable[[], object],
        shortcut: QKeySequence | str | None = None,
        icon: QStyle.StandardPixmap | None = None,
        tip: str = "",
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if icon is not None:
            action.setIcon(self.style().standardIcon(icon))
        if tip:
            action.setStatusTip(tip)
            action.setToolTip(tip)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def _build_actions(self) -> None:
        sp = QStyle.StandardPixmap
        self.new_mission_action = self._action(
            "&New mission…", self.new_mission, QKeySequence.StandardKey.New, sp.SP_FileIcon, "Plan a new mission"
        )
        self.open_db_action = self._action(
            "&Open database…", self.open_database_dialog, QKeySequence.StandardKey.Open, sp.SP_DirOpenIcon
        )
        self.new_db_action = self._action("New &database…", self.new_database_dialog)
        self.import_action = self._action(
            "&Import mission…", self.import_mission, None, sp.SP_ArrowDown, "Import a mission file (.json)"
        )
        self.export_action = self._action(
            "&Export mission…", self.export_mission, None, sp.SP_ArrowUp, "Export the selected mission to a file"
        )
        self.backup_action = self._action(
            "&Backup now", self.backup_now, None, sp.SP_DriveHDIcon, "Make a backup copy of the database now"
        )
        self.quit_action = self._action("&Quit", self.close, QKeySequence.StandardKey.Quit)
        self.delete_action = self._action("&Delete", self.delete_selected, QKeySequence.StandardKey.Delete)
        self.delete_mission_action = self._action("Delete &mission…", self.delete_mission, None, sp.SP_TrashIcon)
        self.add_item_action = self._action("Add itinerary &item…", self.add_item, "Ctrl+I")
        self.find_action = self._action("&Find…", self.focus_search, QKeySequence.StandardKey.Find)
        self.about_action = self._action("&About Mission Planner", self.about)
        self.preferences_action = self._action(
            "&Preferences…", self.edit_preferences, QKeySequence.StandardKey.Preferences
        )
        self.add_city_action = self._action(
            "Add a &city…", self.add_city, None, None, "Add a city that is missing from the reference list"
        )
        self.missions_view_action = self._action("&Missions", lambda: self.show_page(0), "Ctrl+1")
        self.templates_view_action = self._action("&Templates", self.show_templates, "Ctrl+3")
        self.directory_view_action = self._action("&Directory", lambda: self.show_page(1), "Ctrl+2")
        group = QActionGroup(self)
        for action in (self.missions_view_action, self.directory_view_action):
            action.setCheckable(True)
            group.addAction(action)
        self.missions_view_action.setChecked(True)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu("&File")
        file_menu.addAction(self.new_mission_action)
        file_menu.addSeparator()
        file_menu.addAction(self.open_db_action)
        file_menu.addAction(self.new_db_action)
        self.recent_menu = file_menu.addMenu("Open &recent")
        file_menu.addSeparator()
        file_menu.addAction(self.import_action)
        file_menu.addAction(self.export_action)
        file_menu.addSeparator()
        file_menu.addAction(self.backup_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        self.edit_menu = bar.addMenu("&Edit")
        mission_menu = bar.addMenu("&Mission")
        mission_menu.addAction(self.add_item_action)
        mission_menu.addAction(self.add_city_action)
        mission_menu.addSeparator()
        mission_menu.addAction(self.delete_mission_action)
        view_menu = bar.addMenu("&View")
        view_menu.addAction(self.missions_view_action)
        view_menu.addAction(self.directory_view_action)
        view_menu.addAction(self.templates_view_action)
        help_menu = bar.addMenu("&Help")
        help_menu.addAction(self.about_action)

    def _build_edit_menu(self, context: AppContext) -> None:
        self.edit_menu.clear()
        self.undo_action = context.undo_stack.createUndoAction(self, "&Undo")
        self.undo_action.setShortcuts(QKeySequence.StandardKey.Undo)
        self.undo_action.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_ArrowBack))
        self.redo_action = context.undo_stack.createRedoAction(self, "&Redo")
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.redo_action.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_ArrowForward))
        self.edit_menu.addAction(self.undo_action)
        self.edit_menu.addAction(self.redo_action)
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(self.delete_action)
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(self.find_action)
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(self.preferences_action)

    def _build_toolbar(self, context: AppContext) -> None:
        if hasattr(self, "toolbar"):
            self.removeToolBar(self.toolbar)
            self.toolbar.deleteLater()
        self.toolbar = QToolBar("Main toolbar")
        self.toolbar.setObjectName("mainToolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toolbar.addAction(self.new_mission_action)
        self.toolbar.addAction(self.import_action)
        self.toolbar.addAction(self.export_action)
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.undo_action)
        self.toolbar.addAction(self.redo_action)
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.missions_view_action)
        self.toolbar.addAction(self.directory_view_action)
        spacer = QWidget()
        spacer.setSizePolicy(
            spacer.sizePolicy().horizontalPolicy().Expanding, spacer.sizePolicy().verticalPolicy().Preferred
        )
        self.toolbar.addWidget(spacer)
        self.search = SearchField(context)
        self.search.opened.connect(self.open_hit)
        self.toolbar.addWidget(self.search)
        self.addToolBar(self.toolbar)

    # Databases
    def load(self, services: Services) -> None:
        """Show the given database: new context, new pages, fresh undo history."""
        old = self.context
        context = AppContext(services)
        context.report_error = lambda title, message: QMessageBox.warning(self, title, message)
        context.hub.message.connect(lambda text: self.statusBar().showMessage(text, 6000))
        self.context = context
        self._build_edit_menu(context)
        self._build_toolbar(context)
        while self.pages.count():
            page = self.pages.widget(0)
            self.pages.removeWidget(page)
            page.deleteLater()
        self.mission_list = MissionListPanel(context)
        self.workspace = MissionWorkspace(context)
        self.splitter = QSplitter()
        self.splitter.setObjectName("missionSplitter")
        self.splitter.addWidget(self.mission_list)
        self.splitter.addWidget(self.workspace)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([330, 950])
        self.directory = DirectoryView(context)
        self.pages.addWidget(self.splitter)
        self.pages.addWidget(self.directory)
        self.mission_list.missionSelected.connect(self.workspace.set_mission)
        self.mission_list.missionSelected.connect(lambda _: self._update_actions())
        if old is not None:
            old.services.close()
        self.setWindowTitle(f"{services.path.name} — Mission Planner")
        self.db_label.setText(str(services.path))
        self._remember_database(services.path)
        splitter_state = self.settings.value("missionSplitter")
        if isinstance(splitter_state, QByteArray):
            self.splitter.restoreState(splitter_state)
        self.show_page(0)
        self._update_actions()

    def open_database(self, path: Path) -> bool:
        try:
            services = open_services(path)
        except MissionPlannerError as error:
            QMessageBox.critical(self, "Cannot open database", error.message)
            return False
        self.load(services)
        self.statusBar().showMessage(f"Opened {path}", 6000)
        return True

    def open_database_dialog(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, "Open database", str(self.services.path.parent), DATABASE_FILES)
        if name:
            self.open_database(Path(name))

    def new_database_dialog(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self,
            "New database",
            str(self.services.path.parent / "missions.db"),
            DATABASE_FILES,
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        if not name:
            return
        path = Path(name)
        if path.exists():
            QMessageBox.warning(
                self,
                "New database",
                f"{path} already exists. Use Open database… to open it; "
                "Mission Planner never overwrites an existing file.",
            )
            return
        self.open_database(path)

    def _remember_database(self, path: Path) -> None:
        recent = [p for p in self._recent() if p != str(path)]
        recent.insert(0, str(path))
        self.settings.setValue("recentDatabases", recent[:MAX_RECENT])
        self.settings.setValue("lastDatabase", str(path))
        self._fill_recent_menu()

    def _recent(self) -> list[str]:
        value = self.settings.value("recentDatabases", [])
        if isinstance(value, str):
            return [value]
        return [str(v) for v in (value or [])]

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        for entry in self._recent():
            action = self.recent_menu.addAction(entry)
            action.triggered.connect(lambda _checked=False, p=entry: self.open_database(Path(p)))
        self.recent_menu.setEnabled(bool(self._recent()))

    @property
    def services(self) -> Services:
        assert self.context is not None
        return self.context.services

    # Pages and selection
    def show_page(self, page: int) -> None:
        self.pages.setCurrentIndex(page)
        (self.missions_view_action if page == 0 else self.directory_view_action).setChecked(True)
        self._update_actions()

    def show_templates(self) -> None:
        self.show_page(0)
        self.mission_list.show_templates(True)

    def current_mission_id(self) -> str | None:
        return self.workspace.mission_id if self.pages.currentIndex() == 0 else None

    def _update_actions(self) -> None:
        has_mission = self.current_mission_id() is not None
        for action in (self.export_action, self.delete_mission_action, self.add_item_action):
            action.setEnabled(has_mission)

    def open_mission(self, mission_id: str, tab: int = 0) -> None:
        self.show_page(0)
        if self.mission_list.select(mission_id):
            self.workspace.set_mission(mission_id)
            self.workspace.tabs.setCurrentIndex(tab)
        self._update_actions()

    def open_hit(self, hit: SearchHit) -> None:
        """Show a search result where it lives."""
        if hit.entity == "mission":
            self.open_mission(hit.id)
        elif hit.entity == "item" and hit.mission_id:
            self.open_mission(hit.mission_id, tab=2)
            self.workspace.itinerary.select_item(hit.id)
        elif hit.entity == "outcome" and hit.mission_id:
            self.open_mission(hit.mission_id)
            self.statusBar().showMessage(f"Outcome '{hit.title}' belongs to this mission", 6000)
        elif hit.entity == "organization":
            self.show_page(1)
            self.directory.select_organization(hit.id)
        elif hit.entity == "contact":
            self.show_page(1)
            self.directory.select_contact(hit.id)

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    # Actions
    def new_mission(self) -> None:
        dialog = NewMissionDialog(self.today(), self)
        if dialog.exec():
            mission = dialog.record()
            assert self.context is not None
            created = self.context.create("mission", mission, f"New mission '{mission.title}'")
            if created is not None:
                self.mission_list.show_templates(False)
                self.open_mission(created.id)
                self.statusBar().showMessage(f"Mission '{mission.title}' created", 6000)

    def add_item(self) -> None:
        if self.current_mission_id() is None:
            return
        self.workspace.tabs.setCurrentWidget(self.workspace.itinerary)
        self.workspace.itinerary.add_item()

    def delete_selected(self) -> None:
        if self.pages.currentIndex() == 1:
            self.directory.delete_selected()
        elif not self.workspace.delete_selected() and self.mission_list.view.hasFocus():
            self.delete_mission()

    def delete_mission(self) -> None:
        mission_id = self.current_mission_id()
        if mission_id is None or self.context is None:
            return
        mission = self.services.missions.get(mission_id)
        counts = self.services.trash.capture("mission", mission_id).counts()
        detail = describe_dependents(counts)
        text = f"Delete the mission '{mission.title}'?"
        if detail:
            text += f"\n\nThis also deletes its {detail}."
        text += "\n\nYou can undo this with Ctrl+Z."
        if QMessageBox.question(self, "Delete mission", text) == QMessageBox.StandardButton.Yes:
            self.context.delete("mission", mission_id, f"Delete mission '{mission.title}'")

    def import_mission(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, "Import mission", str(Path.home()), MISSION_FILES)
        if name:
            self.import_mission_file(Path(name))

    def import_mission_file(self, path: Path, *, as_copy: bool | None = None) -> str | None:
        assert self.context is not None
        try:
            snapshot = read_mission_file(path)
        except MissionPlannerError as error:
            QMessageBox.warning(self, "Cannot import mission", error.message)
            return None
        if self.services.missions.find(snapshot.mission.id) is not None:
            if as_copy is None:
                answer = QMessageBox.question(
                    self,
                    "Import mission",
                    f"'{snapshot.mission.title}' is already in this database. Import it as a separate copy?",
                )
                as_copy = answer == QMessageBox.StandardButton.Yes
            if not as_copy:
                return None
        if as_copy:
            snapshot = with_fresh_ids(snapshot)
        command = ImportMissionCommand(
            self.services, self.context.hub, snapshot, f"Import mission '{snapshot.mission.title}'"
        )
        if not self.context.push(command):
            return None
        self.open_mission(snapshot.mission.id)
        self.statusBar().showMessage(f"Imported '{snapshot.mission.title}'", 6000)
        return snapshot.mission.id

    def export_mission(self) -> None:
        mission_id = self.current_mission_id()
        if mission_id is None:
            return
        mission = self.services.missions.get(mission_id)
        suggested = str(Path.home() / f"{slug(mission.title)}.json")
        name, _ = QFileDialog.getSaveFileName(self, "Export mission", suggested, MISSION_FILES)
        if name:
            self.export_mission_to(mission_id, Path(name))

    def export_mission_to(self, mission_id: str, path: Path) -> bool:
        try:
            export_mission_file(self.services, mission_id, path)
        except MissionPlannerError as error:
            QMessageBox.warning(self, "Cannot export mission", error.message)
            return False
        self.statusBar().showMessage(f"Mission exported to {path}", 6000)
        return True

    def backup_now(self) -> None:
        try:
            target = self.services.backup()
        except MissionPlannerError as error:
            QMessageBox.warning(self, "Backup failed", error.message)
            return
        self.statusBar().showMessage(f"Backup saved to {target}", 8000)

    def edit_preferences(self) -> None:
        assert self.context is not None
        services, before = self.services, self.services.preferences.planning()
        dialog = PreferencesDialog(before, self)
        if dialog.exec() and dialog.record() != before:
            after = dialog.record()
            command = FunctionCommand(
                services,
                self.context.hub,
                "Change planning preferences",
                lambda: services.preferences.set_planning(after),
                lambda: services.preferences.set_planning(before),
            )
            if self.context.push(command):
                self.statusBar().showMessage("Planning preferences saved; checks updated", 6000)

    def add_city(self) -> None:
        assert self.context is not None
        mission = self.services.missions.find(self.current_mission_id() or "")
        dialog = CityDialog(country=mission.destination_country if mission else None, parent=self)
        if dialog.exec():
            city = dialog.record()
            if self.context.create("city", city, f"Add city '{city.name}'") is not None:
                self.statusBar().showMessage(f"City '{city.name}' added", 6000)

    def about(self) -> None:
        from PySide6 import __version__ as pyside_version

        QMessageBox.about(
            self,
            "About Mission Planner",
            f"<h3>Mission Planner {__version__}</h3>"
            "<p>Plan business and trade delegation missions: itineraries, meetings, outcomes, follow-ups.</p>"
            f"<p>Database: <code>{self.services.path}</code></p>"
            f"<p>Qt for Python {pyside_version}</p>",
        )

    # Window state
    def _restore_geometry(self) -> None:
        geometry = self.settings.value("geometry")
        if isinstance(geometry, QByteArray) and self.restoreGeometry(geometry):
            return
        self.resize(1360, 820)

    def save_state(self) -> None:
        self.settings.setValue("geometry", self.saveGeometry())
        self.settings.setValue("missionSplitter", self.splitter.saveState())
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_state()
        if self.context is not None:
            self.context.undo_stack.clear()
            self.context.services.close()
            self.context = None
        super().closeEvent(event)
