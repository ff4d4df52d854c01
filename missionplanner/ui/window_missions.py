"""The main window's Mission actions: new, from a template, save as template, delete, preferences, cities."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMessageBox

from missionplanner.domain.cloning import CloneOptions
from missionplanner.ui.commands import FunctionCommand, ImportMissionCommand
from missionplanner.ui.dialogs.city_dialog import CityDialog
from missionplanner.ui.dialogs.clone_dialog import CloneDialog
from missionplanner.ui.dialogs.mission_dialog import NewMissionDialog
from missionplanner.ui.dialogs.preferences_dialog import PreferencesDialog
from missionplanner.ui.presentation import SEVERITY_MARKS, describe_dependents
from missionplanner.ui.widgets.ask import ask_choice

if TYPE_CHECKING:
    from missionplanner.ui.main_window import MainWindow


class MissionActions:
    """Creating, copying, templating and deleting missions; planning preferences and cities."""

    def new_mission(self: MainWindow) -> None:
        dialog = NewMissionDialog(self.today(), self)
        if dialog.exec():
            mission = dialog.record()
            assert self.context is not None
            created = self.context.create("mission", mission, f"New mission '{mission.title}'")
            if created is not None:
                self.mission_list.show_templates(False)
                self.open_mission(created.id)
                self.statusBar().showMessage(f"Mission '{mission.title}' created", 6000)

    def new_mission_from(self: MainWindow, *, templates: bool = False) -> None:
        assert self.context is not None
        if templates and not self.services.templates.templates():
            QMessageBox.information(
                self,
                "New from template",
                "There are no templates yet. Open a mission and choose Mission › Save as template…",
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
        snapshot = self.services.templates.plan_clone(source.id, dialog.options())
        title = snapshot.mission.title
        command = ImportMissionCommand(
            self.services, self.context.hub, snapshot, f"New mission '{title}' from '{source.title}'"
        )
        if not self.context.push(command):
            return
        self.mission_list.show_templates(False)
        self.open_mission(snapshot.mission.id)
        self.statusBar().showMessage(f"Mission '{title}' created from '{source.title}'", 8000)
        self.show_attention(snapshot.mission.id, title)

    def show_attention(self: MainWindow, mission_id: str, title: str) -> None:
        """After a mission is made from another, say what the checks found in the new dates."""
        findings = self.services.checks.check(mission_id)
        if not findings:
            text = f"'{title}' was created. The checks found nothing that needs attention."
        else:
            lines = "\n".join(f"• {SEVERITY_MARKS[f.severity]} {f.message}" for f in findings[:12])
            more = f"\n…and {len(findings) - 12} more (see the Itinerary tab)." if len(findings) > 12 else ""
            text = f"'{title}' was created. Worth a look in the new dates:\n\n{lines}{more}"
        QMessageBox.information(self, "New mission created", text)

    def save_as_template(self: MainWindow) -> None:
        assert self.context is not None
        mission_id = self.current_mission_id()
        if mission_id is None:
            return
        mission = self.services.missions.get(mission_id)
        if mission.is_template:
            self.statusBar().showMessage("This mission is already a template", 6000)
            return
        copy, mark = "Save a template copy", "Turn this mission into a template"
        has_results = bool(
            self.services.outcomes.for_mission(mission_id) or self.services.follow_ups.for_mission(mission_id)
        )
        choice = ask_choice(
            self,
            "Save as template",
            f"A template copy of '{mission.title}' keeps the itinerary, hosts and travel; the delegation and "
            "outcomes stay with the mission."
            + (
                ""
                if not has_results
                else "\n\nThe mission itself has outcomes or follow-ups, so only a copy can become a template."
            ),
            [copy] if has_results else [copy, mark],
        )
        if choice is None:
            return
        if choice == mark:
            if self.context.update("mission", replace(mission, is_template=True), f"Make '{mission.title}' a template"):
                self.mission_list.show_templates(True)
                self.open_mission(mission_id)
                self.statusBar().showMessage(f"'{mission.title}' is now a template", 8000)
            return
        options = CloneOptions(start_date=mission.start_date, as_template=True)
        snapshot = self.services.templates.plan_clone(mission_id, options)
        command = ImportMissionCommand(self.services, self.context.hub, snapshot, f"Save '{mission.title}' as template")
        if self.context.push(command):
            self.mission_list.show_templates(True)
            self.open_mission(snapshot.mission.id)
            self.statusBar().showMessage(f"Template '{snapshot.mission.title}' saved", 8000)

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
        text = f"Delete the mission '{mission.title}'?"
        if detail:
            text += f"\n\nThis also deletes its {detail}."
        text += "\n\nYou can undo this with Ctrl+Z."
        if QMessageBox.question(self, "Delete mission", text) == QMessageBox.StandardButton.Yes:
            self.context.delete("mission", mission_id, f"Delete mission '{mission.title}'")

    def edit_preferences(self: MainWindow) -> None:
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

    def add_city(self: MainWindow) -> None:
        assert self.context is not None
        mission = self.services.missions.find(self.current_mission_id() or "")
        dialog = CityDialog(country=mission.destination_country if mission else None, parent=self)
        if dialog.exec():
            city = dialog.record()
            if self.context.create("city", city, f"Add city '{city.name}'") is not None:
                self.statusBar().showMessage(f"City '{city.name}' added", 6000)
