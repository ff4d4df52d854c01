"""The main window: menus, toolbar, mission list and workspace, directory, global search, status bar."""

from __future__ import annotations

import html
import importlib
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QCoreApplication, QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QStyle,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from missionplanner import __version__
from missionplanner.domain.models import SearchHit
from missionplanner.domain.progress import Progress
from missionplanner.services.app import Services
from missionplanner.ui.background import LatestOnly, close_after_background_work
from missionplanner.ui.context import AppContext
from missionplanner.ui.views.mission_list import MissionListPanel
from missionplanner.ui.views.search import SearchField
from missionplanner.ui.views.workspace import MissionWorkspace
from missionplanner.ui.widgets.ask import show_error
from missionplanner.ui.window_files import FileActions
from missionplanner.ui.window_missions import MissionActions

if TYPE_CHECKING:
    from missionplanner.ui.views.dashboard import DashboardView
    from missionplanner.ui.views.directory import DirectoryView
    from missionplanner.ui.views.follow_ups import FollowUpsView


def preload_pages() -> None:
    """Import the modules of the directory, follow-ups and dashboard pages ahead of their first showing
    (the dashboard's alone is ~10 ms of it). Safe off the GUI thread: the modules only define classes."""
    for name in ("dashboard", "directory", "follow_ups"):
        importlib.import_module(f"missionplanner.ui.views.{name}")


class MainWindow(QMainWindow, FileActions, MissionActions):
    """Everything the user sees; rebuilt around a new AppContext when another database is opened."""

    def __init__(self, services: Services, settings: QSettings, today: Callable[[], date] = date.today) -> None:
        super().__init__()
        self.settings = settings
        self.today = today
        self.context: AppContext | None = None
        self.pages = QStackedWidget()
        self.setCentralWidget(self.pages)
        self.db_label = QLabel()
        self.overdue_label = QLabel()
        self.overdue_label.setObjectName("overdueBadge")
        self.overdue_label.setStyleSheet("color: #c0392b; font-weight: 600; padding: 0 8px;")
        self.statusBar().addPermanentWidget(self.overdue_label)
        self.statusBar().addPermanentWidget(self.db_label)
        self._overdue_counts = LatestOnly(self)
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
            QCoreApplication.translate("MainWindow", "&New mission…"),
            self.new_mission,
            QKeySequence.StandardKey.New,
            sp.SP_FileIcon,
            QCoreApplication.translate("MainWindow", "Plan a new mission"),
        )
        self.clone_action = self._action(
            QCoreApplication.translate("MainWindow", "New mission &from…"),
            self.new_mission_from,
            "Ctrl+Shift+N",
            None,
            QCoreApplication.translate("MainWindow", "Start a new mission from a past mission or a template"),
        )
        self.from_template_action = self._action(
            QCoreApplication.translate("MainWindow", "New from &template…"),
            lambda: self.new_mission_from(templates=True),
        )
        self.save_template_action = self._action(
            QCoreApplication.translate("MainWindow", "Save as &template…"),
            self.save_as_template,
            None,
            None,
            QCoreApplication.translate("MainWindow", "Keep this mission's plan as a template for the next one"),
        )
        self.open_db_action = self._action(
            QCoreApplication.translate("MainWindow", "&Open database…"),
            self.open_database_dialog,
            QKeySequence.StandardKey.Open,
            sp.SP_DirOpenIcon,
        )
        self.new_db_action = self._action(
            QCoreApplication.translate("MainWindow", "New &database…"), self.new_database_dialog
        )
        self.import_action = self._action(
            QCoreApplication.translate("MainWindow", "&Import mission…"),
            self.import_mission,
            None,
            sp.SP_ArrowDown,
            QCoreApplication.translate("MainWindow", "Import a mission file (.json)"),
        )
        self.import_contacts_action = self._action(
            QCoreApplication.translate("MainWindow", "Import &contacts…"),
            self.import_contacts,
            None,
            None,
            QCoreApplication.translate(
                "MainWindow", "Import a list of people or organizations from a CSV or Excel file"
            ),
        )
        self.export_action = self._action(
            QCoreApplication.translate("MainWindow", "&Export mission…"),
            self.export_mission,
            None,
            sp.SP_ArrowUp,
            QCoreApplication.translate("MainWindow", "Export the selected mission to a file"),
        )
        self.print_action = self._action(
            QCoreApplication.translate("MainWindow", "&Print…"),
            self.print_report,
            QKeySequence.StandardKey.Print,
            None,
            QCoreApplication.translate("MainWindow", "Print or save the itinerary, briefings and summaries"),
        )
        self.ics_action = self._action(
            QCoreApplication.translate("MainWindow", "Export &calendar (.ics)…"), self.export_calendar
        )
        self.sheet_action = self._action(
            QCoreApplication.translate("MainWindow", "Export &spreadsheet…"), self.export_spreadsheet
        )
        self.backup_action = self._action(
            QCoreApplication.translate("MainWindow", "&Backup now"),
            self.backup_now,
            None,
            sp.SP_DriveHDIcon,
            QCoreApplication.translate("MainWindow", "Make a backup copy of the database now"),
        )
        self.restore_action = self._action(
            QCoreApplication.translate("MainWindow", "&Restore from backup…"),
            self.restore_from_backup,
            None,
            None,
            QCoreApplication.translate(
                "MainWindow",
                "Replace the database's content with one of its backups (the current content is backed up first)",
            ),
        )
        self.quit_action = self._action(
            QCoreApplication.translate("MainWindow", "&Quit"), self.close, QKeySequence.StandardKey.Quit
        )
        self.delete_action = self._action(
            QCoreApplication.translate("MainWindow", "&Delete"), self.delete_selected, QKeySequence.StandardKey.Delete
        )
        self.delete_mission_action = self._action(
            QCoreApplication.translate("MainWindow", "Delete &mission…"), self.delete_mission, None, sp.SP_TrashIcon
        )
        self.add_item_action = self._action(
            QCoreApplication.translate("MainWindow", "Add itinerary &item…"), self.add_item, "Ctrl+I"
        )
        self.check_upcoming_action = self._action(
            QCoreApplication.translate("MainWindow", "Check &upcoming missions…"),
            lambda: self.check_missions(upcoming=True),
            None,
            None,
            QCoreApplication.translate("MainWindow", "Check every mission that has not ended yet for conflicts"),
        )
        self.check_all_action = self._action(
            QCoreApplication.translate("MainWindow", "Check &all missions…"),
            lambda: self.check_missions(upcoming=False),
            None,
            None,
            QCoreApplication.translate("MainWindow", "Check every mission of the database for conflicts"),
        )
        self.find_action = self._action(
            QCoreApplication.translate("MainWindow", "&Find…"), self.focus_search, QKeySequence.StandardKey.Find
        )
        self.about_action = self._action(QCoreApplication.translate("MainWindow", "&About Mission Planner"), self.about)
        self.preferences_action = self._action(
            QCoreApplication.translate("MainWindow", "&Preferences…"),
            self.edit_preferences,
            QKeySequence.StandardKey.Preferences,
        )
        self.add_city_action = self._action(
            QCoreApplication.translate("MainWindow", "Add a &city…"),
            self.add_city,
            None,
            None,
            QCoreApplication.translate("MainWindow", "Add a city that is missing from the reference list"),
        )
        self.missions_view_action = self._action(
            QCoreApplication.translate("MainWindow", "&Missions"), lambda: self.show_page(0), "Ctrl+1"
        )
        self.templates_view_action = self._action(
            QCoreApplication.translate("MainWindow", "&Templates"), self.show_templates, "Ctrl+3"
        )
        self.directory_view_action = self._action(
            QCoreApplication.translate("MainWindow", "&Directory"), lambda: self.show_page(1), "Ctrl+2"
        )
        self.follow_ups_view_action = self._action(
            QCoreApplication.translate("MainWindow", "&Follow-ups"),
            lambda: self.show_page(2),
            "Ctrl+4",
            None,
            QCoreApplication.translate("MainWindow", "Follow-ups of all missions, overdue first"),
        )
        self.dashboard_view_action = self._action(
            QCoreApplication.translate("MainWindow", "Dash&board"),
            lambda: self.show_page(3),
            "Ctrl+5",
            None,
            QCoreApplication.translate("MainWindow", "What the missions achieved"),
        )
        group = QActionGroup(self)
        for action in (
            self.missions_view_action,
            self.directory_view_action,
            self.follow_ups_view_action,
            self.dashboard_view_action,
        ):
            action.setCheckable(True)
            group.addAction(action)
        self.missions_view_action.setChecked(True)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&File"))
        file_menu.addAction(self.new_mission_action)
        file_menu.addAction(self.from_template_action)
        file_menu.addAction(self.clone_action)
        file_menu.addSeparator()
        file_menu.addAction(self.open_db_action)
        file_menu.addAction(self.new_db_action)
        self.recent_menu = file_menu.addMenu(QCoreApplication.translate("MainWindow", "Open &recent"))
        file_menu.addSeparator()
        file_menu.addAction(self.import_action)
        file_menu.addAction(self.import_contacts_action)
        file_menu.addAction(self.export_action)
        file_menu.addSeparator()
        file_menu.addAction(self.print_action)
        file_menu.addAction(self.ics_action)
        file_menu.addAction(self.sheet_action)
        file_menu.addSeparator()
        file_menu.addAction(self.backup_action)
        file_menu.addAction(self.restore_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        self.edit_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Edit"))
        mission_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Mission"))
        mission_menu.addAction(self.add_item_action)
        mission_menu.addAction(self.add_city_action)
        mission_menu.addAction(self.save_template_action)
        mission_menu.addSeparator()
        mission_menu.addAction(self.check_upcoming_action)
        mission_menu.addAction(self.check_all_action)
        mission_menu.addSeparator()
        mission_menu.addAction(self.delete_mission_action)
        view_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&View"))
        view_menu.addAction(self.missions_view_action)
        view_menu.addAction(self.directory_view_action)
        view_menu.addAction(self.templates_view_action)
        view_menu.addAction(self.follow_ups_view_action)
        view_menu.addAction(self.dashboard_view_action)
        help_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Help"))
        help_menu.addAction(self.about_action)

    def _build_edit_menu(self, context: AppContext) -> None:
        self.edit_menu.clear()
        self.undo_action = context.undo_stack.createUndoAction(self, QCoreApplication.translate("MainWindow", "&Undo"))
        self.undo_action.setShortcuts(QKeySequence.StandardKey.Undo)
        self.undo_action.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_ArrowBack))
        self.redo_action = context.undo_stack.createRedoAction(self, QCoreApplication.translate("MainWindow", "&Redo"))
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
        self.toolbar = QToolBar(QCoreApplication.translate("MainWindow", "Main toolbar"))
        self.toolbar.setObjectName("mainToolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        # Short toolbar labels leave room for the search field, also in longer languages.
        self.import_action.setIconText(QCoreApplication.translate("MainWindow", "Import"))
        self.export_action.setIconText(QCoreApplication.translate("MainWindow", "Export"))
        self.toolbar.addAction(self.new_mission_action)
        self.toolbar.addAction(self.import_action)
        self.toolbar.addAction(self.export_action)
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.undo_action)
        self.toolbar.addAction(self.redo_action)
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.missions_view_action)
        self.toolbar.addAction(self.directory_view_action)
        self.toolbar.addAction(self.follow_ups_view_action)
        self.toolbar.addAction(self.dashboard_view_action)
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
        context.hub.failed.connect(lambda title, error: show_error(self, title, error))
        context.hub.message.connect(lambda text: self.statusBar().showMessage(text, 6000))
        self.context = context
        self._build_edit_menu(context)
        self._build_toolbar(context)
        self._stop_timers()
        while self.pages.count():
            page = self.pages.widget(0)
            self.pages.removeWidget(page)
            page.deleteLater()
        self.mission_list = MissionListPanel(context)
        self.workspace = MissionWorkspace(context, self.today)
        self.splitter = QSplitter()
        self.splitter.setObjectName("missionSplitter")
        self.splitter.addWidget(self.mission_list)
        self.splitter.addWidget(self.workspace)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([330, 950])
        self.pages.addWidget(self.splitter)
        # The other pages read the whole archive; they are built when first shown (see _page), so a
        # large archive does not slow down start-up.
        self._built: dict[int, QWidget] = {}
        for _ in range(3):
            holder = QWidget()
            QVBoxLayout(holder).setContentsMargins(0, 0, 0, 0)
            self.pages.addWidget(holder)
        context.hub.changed.connect(lambda _: self._update_overdue())
        self.mission_list.missionSelected.connect(self.workspace.set_mission)
        self.mission_list.missionSelected.connect(lambda _: self._update_actions())
        if old is not None:
            self._cancel_daily_backup()
            close_after_background_work(old.services)
        self.setWindowTitle(f"{services.path.name} — Mission Planner")
        self.db_label.setText(str(services.path))
        self._remember_database(services.path)
        splitter_state = self.settings.value("missionSplitter")
        if isinstance(splitter_state, QByteArray):
            self.splitter.restoreState(splitter_state)
        self.show_page(0)
        self._update_actions()
        self._update_overdue()

    def _update_overdue(self) -> None:
        """Overdue follow-ups are visible from anywhere: in the toolbar and the status bar.

        Counted off the GUI thread, after every change: over an archive's 100,000 follow-ups the count
        takes tens of milliseconds, and hundreds the first time, while the file is not yet in memory.
        """
        services, today = self.services, self.today()
        self._overdue_counts.run(lambda: services.follow_ups.overdue_count(today), self._show_overdue)

    def _show_overdue(self, overdue: int) -> None:
        if overdue:
            self.follow_ups_view_action.setText(
                QCoreApplication.translate("MainWindow", "Follow-ups (%n overdue)", None, overdue)
            )
            self.overdue_label.setText(
                QCoreApplication.translate("MainWindow", "⚠ %n overdue follow-up(s)", None, overdue)
            )
        else:
            self.follow_ups_view_action.setText(QCoreApplication.translate("MainWindow", "Follow-ups"))
            self.overdue_label.setText("")
        self.overdue_label.setVisible(bool(overdue))

    @property
    def services(self) -> Services:
        assert self.context is not None
        return self.context.services

    # Pages and selection
    def _page(self, index: int) -> QWidget:
        """The view of page 1 (directory), 2 (follow-ups) or 3 (dashboard), built on first use."""
        # Their modules are imported here too, not at start-up: a shorter wait for the first window.
        from missionplanner.ui.views.dashboard import DashboardView
        from missionplanner.ui.views.directory import DirectoryView
        from missionplanner.ui.views.follow_ups import FollowUpsView

        if index not in self._built:
            assert self.context is not None
            context = self.context
            view: QWidget
            if index == 1:
                view = DirectoryView(context)
                view.openMission.connect(self.open_mission)
            elif index == 2:
                view = FollowUpsView(context, across_missions=True, today=self.today)
                view.openMission.connect(lambda mission_id: self.open_mission(mission_id, tab=5))
            else:
                view = DashboardView(context, self.today)
            self.pages.widget(index).layout().addWidget(view)
            self._built[index] = view
        return self._built[index]

    @property
    def directory(self) -> DirectoryView:
        return self._page(1)  # type: ignore[return-value]

    @property
    def follow_ups(self) -> FollowUpsView:
        return self._page(2)  # type: ignore[return-value]

    @property
    def dashboard(self) -> DashboardView:
        return self._page(3)  # type: ignore[return-value]

    def show_page(self, page: int) -> None:
        if page:
            self._page(page)
        self.pages.setCurrentIndex(page)
        actions = (self.missions_view_action, self.directory_view_action, self.follow_ups_view_action,
                   self.dashboard_view_action)  # fmt: skip
        actions[page].setChecked(True)
        self._update_actions()

    def show_templates(self) -> None:
        self.show_page(0)
        self.mission_list.show_templates(True)

    def current_mission_id(self) -> str | None:
        return self.workspace.mission_id if self.pages.currentIndex() == 0 else None

    def _update_actions(self) -> None:
        has_mission = self.current_mission_id() is not None
        for action in (
            self.export_action,
            self.delete_mission_action,
            self.add_item_action,
            self.save_template_action,
            self.print_action,
            self.ics_action,
            self.sheet_action,
        ):
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
            self.open_mission(hit.mission_id, tab=4)
            outcome = self.services.outcomes.find(hit.id)
            self.workspace.meetings.select_meeting(outcome.item_id if outcome and outcome.item_id else "__untied__")
            self.workspace.meetings.select_outcome(hit.id)
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
    def delete_selected(self) -> None:
        if self.pages.currentIndex() == 1:
            self.directory.delete_selected()
        elif self.pages.currentIndex() == 2:
            self.follow_ups.delete_follow_up()
        elif not self.workspace.delete_selected() and self.mission_list.view.hasFocus():
            self.delete_mission()

    def about(self) -> None:
        from PySide6 import __version__ as pyside_version

        QMessageBox.about(
            self,
            QCoreApplication.translate("MainWindow", "About Mission Planner"),
            f"<h3>Mission Planner {__version__}</h3>"
            + QCoreApplication.translate(
                "MainWindow",
                "<p>Plan business and trade delegation missions: itineraries, meetings, outcomes, follow-ups.</p>",
            )
            + QCoreApplication.translate("MainWindow", "<p>Database: <code>{path}</code></p>").format(
                path=html.escape(str(self.services.path))
            )
            + f"<p>Qt for Python {pyside_version}</p>",
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

    def _stop_timers(self) -> None:
        """Pending debounced refreshes must not reach a database that is being closed."""
        for timer in self.findChildren(QTimer):
            timer.stop()

    def _cancel_daily_backup(self) -> None:
        """Checks and counts may still read the database on the thread pool and are waited for; a daily
        backup still copying is cancelled instead (it leaves no partial file)."""
        backup = getattr(self, "background_work", None)
        if isinstance(backup, Progress):
            backup.cancel()

    def closeEvent(self, event: QCloseEvent) -> None:
        # Fields save what was typed when the user leaves them (minutes, a mission's notes): leave the one
        # being typed in now, while the database is still open, or the text is lost with the window.
        focused = QApplication.focusWidget()
        if focused is not None and self.isAncestorOf(focused):
            focused.clearFocus()
        self.save_state()
        self._stop_timers()
        # Windows kept open beside this one (the list of checked missions) go with it: left open, they kept
        # the app running on a closed database.
        for dialog in self.findChildren(QDialog):
            if dialog.isVisible():
                dialog.close()
        if self.context is not None:
            self.context.undo_stack.clear()
            self._cancel_daily_backup()
            close_after_background_work(self.context.services)
            self.context = None
        super().closeEvent(event)
