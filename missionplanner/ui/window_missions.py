"""The main window's Mission actions: new, from a template, save as template, delete, preferences, cities."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox

from missionplanner.domain.cloning import CloneOptions
from missionplanner.domain.errors import MissionPlannerError
from missionplanner.domain.progress import CancelledError, Progress
from missionplanner.domain.translation import translate
from missionplanner.i18n.catalog import current_language, use_language
from missionplanner.i18n.languages import LANGUAGE_SETTING, resolve_language, stored_choice
from missionplanner.services.checks import MissionFindings
from missionplanner.ui.commands import FunctionCommand, ImportMissionCommand
from missionplanner.ui.dialogs.checked_missions_dialog import CheckedMissionsDialog
from missionplanner.ui.dialogs.city_dialog import CityDialog
from missionplanner.ui.dialogs.clone_dialog import CloneDialog
from missionplanner.ui.dialogs.mission_dialog import NewMissionDialog
from missionplanner.ui.dialogs.preferences_dialog import PreferencesDialog
from missionplanner.ui.long_task import run_long_task
from missionplanner.ui.presentation import SEVERITY_MARKS, describe_dependents
from missionplanner.ui.widgets.ask import ask_choice, confirmed, show_error

if TYPE_CHECKING:
    from missionplanner.ui.main_window import MainWindow


class MissionActions:
    """Creating, copying, templating and deleting missions; planning preferences and cities."""

    def new_mission(self: MainWindow) -> None:
        dialog = NewMissionDialog(self.today(), self)
        if dialog.exec():
            mission = dialog.record()
            assert self.context is not None
            created = self.context.create(
                "mission",
                mission,
                QCoreApplication.translate("MissionActions", "New mission '{title}'").format(title=mission.title),
            )
            if created is not None:
                self.mission_list.show_templates(False)
                self.open_mission(created.id)
                self.statusBar().showMessage(
                    QCoreApplication.translate("MissionActions", "Mission '{title}' created").format(
                        title=mission.title
                    ),
                    6000,
                )

    def new_mission_from(self: MainWindow, *, templates: bool = False) -> None:
        assert self.context is not None
        if templates and not self.services.templates.templates():
            QMessageBox.information(
                self,
                QCoreApplication.translate("MissionActions", "New from template"),
                QCoreApplication.translate(
                    "MissionActions",
                    "There are no templates yet. Open a mission and choose Mission › Save as template…",
                ),
            )
            return
        dialog = CloneDialog(
            self.services,
            source_id=self.current_mission_id(),
            templates_only=templates,
            today=self.today(),
            parent=self,
        )
        if not dialog.exec():
            return
        source = self.services.missions.get(dialog.source.currentData())
        services, options = self.services, dialog.options()
        planning = QCoreApplication.translate("MissionActions", "Planning the new mission…")
        try:
            snapshot = run_long_task(
                self, planning, lambda _: services.templates.plan_clone(source.id, options), cancellable=False
            )
        except MissionPlannerError as error:  # the source deleted meanwhile, or dates the dialog let through
            title = QCoreApplication.translate("MissionActions", "Cannot make the new mission")
            show_error(self, title, error)
            return
        title = snapshot.mission.title
        command = ImportMissionCommand(
            self.services,
            self.context.hub,
            snapshot,
            QCoreApplication.translate("MissionActions", "New mission '{title}' from '{source}'").format(
                title=title, source=source.title
            ),
            keep_directory=True,
        )
        if not self.context.push(command):
            return
        self.mission_list.show_templates(False)
        self.open_mission(snapshot.mission.id)
        self.statusBar().showMessage(
            QCoreApplication.translate("MissionActions", "Mission '{title}' created from '{source}'").format(
                title=title, source=source.title
            ),
            8000,
        )
        self.show_attention(snapshot.mission.id, title)

    def show_attention(self: MainWindow, mission_id: str, title: str) -> None:
        """After a mission is made from another, say what the checks found in the new dates."""
        services = self.services
        checking = QCoreApplication.translate("MissionActions", "Checking the new dates…")
        findings = run_long_task(self, checking, lambda _: services.checks.check(mission_id), cancellable=False)
        if not findings:
            text = QCoreApplication.translate(
                "MissionActions", "'{title}' was created. The checks found nothing that needs attention."
            ).format(title=title)
        else:
            lines = "\n".join(f"• {SEVERITY_MARKS[f.severity]} {f.message}" for f in findings[:12])
            if (more := len(findings) - 12) > 0:
                lines += "\n" + QCoreApplication.translate(
                    "MissionActions", "…and %n more (see the Itinerary tab).", None, more
                )
            text = QCoreApplication.translate(
                "MissionActions", "'{title}' was created. Worth a look in the new dates:\n\n{findings}"
            ).format(title=title, findings=lines)
        QMessageBox.information(self, QCoreApplication.translate("MissionActions", "New mission created"), text)

    def check_missions(self: MainWindow, *, upcoming: bool) -> None:
        """Check many missions off the GUI thread (an archive takes minutes), then list what needs attention."""
        services, today = self.services, self.today()

        def work(progress: Progress) -> tuple[int, list[MissionFindings]]:
            missions = services.checks.missions_to_check(ending_from=today if upcoming else None)
            return len(missions), services.checks.check_missions(missions, progress)

        if upcoming:
            title = QCoreApplication.translate("MissionActions", "Checking the upcoming missions…")
        else:
            title = QCoreApplication.translate("MissionActions", "Checking all missions…")
        try:
            checked, found = run_long_task(self, title, work)
        except CancelledError:
            self.statusBar().showMessage(
                QCoreApplication.translate("MissionActions", "Check of the missions cancelled."), 6000
            )
            return
        dialog = CheckedMissionsDialog(found, checked, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.openMission.connect(lambda mission_id: self.open_mission(mission_id, tab=2))
        self.checked_missions = dialog  # kept open beside the window while the user goes through the list
        dialog.show()

    def save_as_template(self: MainWindow) -> None:
        assert self.context is not None
        mission_id = self.current_mission_id()
        if mission_id is None:
            return
        mission = self.services.missions.get(mission_id)
        if mission.is_template:
            self.statusBar().showMessage(
                QCoreApplication.translate("MissionActions", "This mission is already a template"), 6000
            )
            return
        copy = QCoreApplication.translate("MissionActions", "Save a template copy")
        mark = QCoreApplication.translate("MissionActions", "Turn this mission into a template")
        has_results = bool(
            self.services.outcomes.for_mission(mission_id) or self.services.follow_ups.for_mission(mission_id)
        )
        text = QCoreApplication.translate(
            "MissionActions",
            "A template copy of '{title}' keeps the itinerary, hosts and travel; "
            "the delegation and outcomes stay with the mission.",
        ).format(title=mission.title)
        if has_results:
            text += "\n\n" + QCoreApplication.translate(
                "MissionActions", "The mission itself has outcomes or follow-ups, so only a copy can become a template."
            )
        choice = ask_choice(
            self,
            QCoreApplication.translate("MissionActions", "Save as template"),
            text,
            [copy] if has_results else [copy, mark],
        )
        if choice is None:
            return
        if choice == mark:
            text = QCoreApplication.translate("MissionActions", "Make '{title}' a template").format(title=mission.title)
            if self.context.update("mission", replace(mission, is_template=True), text):
                self.mission_list.show_templates(True)
                self.open_mission(mission_id)
                self.statusBar().showMessage(
                    QCoreApplication.translate("MissionActions", "'{title}' is now a template").format(
                        title=mission.title
                    ),
                    8000,
                )
            return
        options = CloneOptions(start_date=mission.start_date, as_template=True)
        try:
            snapshot = self.services.templates.plan_clone(mission_id, options)
        except MissionPlannerError as error:
            show_error(self, QCoreApplication.translate("MissionActions", "Cannot save as template"), error)
            return
        text = QCoreApplication.translate("MissionActions", "Save '{title}' as template").format(title=mission.title)
        command = ImportMissionCommand(self.services, self.context.hub, snapshot, text, keep_directory=True)
        if self.context.push(command):
            self.mission_list.show_templates(True)
            self.open_mission(snapshot.mission.id)
            self.statusBar().showMessage(
                QCoreApplication.translate("MissionActions", "Template '{title}' saved").format(
                    title=snapshot.mission.title
                ),
                8000,
            )

    def add_item(self: MainWindow) -> None:
        if self.current_mission_id() is None:
            return
        self.workspace.tabs.setCurrentWidget(self.workspace.itinerary)
        self.workspace.itinerary.add_item()

    def delete_mission(self: MainWindow) -> None:
        mission_id = self.current_mission_id()
        if mission_id is None or self.context is None:
            return
        mission = self.services.missions.get(mission_id)
        counts = self.services.trash.capture("mission", mission_id).counts()
        detail = describe_dependents(counts)
        text = QCoreApplication.translate("MissionActions", "Delete the mission '{title}'?").format(title=mission.title)
        if detail:
            text += "\n\n" + QCoreApplication.translate("MissionActions", "This also deletes its {dependents}.").format(
                dependents=detail
            )
        text += "\n\n" + QCoreApplication.translate("MissionActions", "You can undo this with Ctrl+Z.")
        if confirmed(self, QCoreApplication.translate("MissionActions", "Delete mission"), text):
            self.context.delete(
                "mission",
                mission_id,
                QCoreApplication.translate("MissionActions", "Delete mission '{title}'").format(title=mission.title),
            )

    def edit_preferences(self: MainWindow) -> None:
        assert self.context is not None
        services, before = self.services, self.services.preferences.planning()
        language = stored_choice(self.settings)
        dialog = PreferencesDialog(before, language, self)
        if not dialog.exec():
            return
        if dialog.language_choice() != language:
            self.settings.setValue(LANGUAGE_SETTING, dialog.language_choice())
            chosen = resolve_language(dialog.language_choice())
            if chosen is not current_language():
                # The catalogue of the chosen language says this, so the user reads it in the language chosen.
                with use_language(chosen):
                    note = translate("Preferences", "Mission Planner will speak {language} from its next start.")
                QMessageBox.information(self, dialog.windowTitle(), note.format(language=chosen.native_name))
        if dialog.record() != before:
            after = dialog.record()
            command = FunctionCommand(
                services,
                self.context.hub,
                QCoreApplication.translate("MissionActions", "Change planning preferences"),
                lambda: services.preferences.set_planning(after),
                lambda: services.preferences.set_planning(before),
            )
            if self.context.push(command):
                self.statusBar().showMessage(
                    QCoreApplication.translate("MissionActions", "Planning preferences saved; checks updated"), 6000
                )

    def add_city(self: MainWindow) -> None:
        assert self.context is not None
        mission = self.services.missions.find(self.current_mission_id() or "")
        dialog = CityDialog(country=mission.destination_country if mission else None, parent=self)
        if dialog.exec():
            city = dialog.record()
            text = QCoreApplication.translate("MissionActions", "Add city '{name}'").format(name=city.name)
            if self.context.create("city", city, text) is not None:
                self.statusBar().showMessage(
                    QCoreApplication.translate("MissionActions", "City '{name}' added").format(name=city.name), 6000
                )
