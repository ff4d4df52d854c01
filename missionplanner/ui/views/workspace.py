"""The selected mission's workspace: a header and the Overview, Delegation and Itinerary tabs."""

from __future__ import annotations

import html
import importlib
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Generic, TypeVar

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QStackedWidget, QTabWidget, QVBoxLayout, QWidget

from missionplanner.domain.checks import Finding, Severity
from missionplanner.domain.reference import country_name
from missionplanner.domain.translation import QT_TRANSLATE_NOOP
from missionplanner.services.changes import ChangeSet
from missionplanner.ui.context import AppContext
from missionplanner.ui.presentation import SEVERITY_MARKS, date_range

if TYPE_CHECKING:
    from missionplanner.ui.checks_runner import MissionChecks
    from missionplanner.ui.views.delegation import DelegationTab
    from missionplanner.ui.views.follow_ups import FollowUpsView
    from missionplanner.ui.views.itinerary import ItineraryTab
    from missionplanner.ui.views.meetings import MeetingsTab
    from missionplanner.ui.views.overview import OverviewTab
    from missionplanner.ui.views.timeline import TimelineTab

EMPTY_TEXT = QT_TRANSLATE_NOOP(
    "MissionWorkspace",
    "<h2>No mission selected</h2>"
    "<p>Choose a mission on the left, or press <b>Ctrl+N</b> to plan a new one.</p>"
    "<p>Past missions can be imported from a mission file with <b>File › Import mission…</b></p>",
)


P = TypeVar("P")


def preload_tabs() -> None:
    """Import the mission tabs' modules ahead of the first mission shown (~40 ms of it).

    Safe off the GUI thread: the modules only define classes; no widget is made.
    """
    for name in ("checks_runner", "views.delegation", "views.follow_ups", "views.itinerary", "views.meetings",
                 "views.overview", "views.timeline"):  # fmt: skip
        importlib.import_module(f"missionplanner.ui.{name}")


class _PagePart(Generic[P]):
    """A part of the workspace's mission page (`workspace.overview` reads `_overview`), built on first use."""

    def __set_name__(self, owner: type, name: str) -> None:
        self.stored = f"_{name}"

    def __get__(self, workspace: MissionWorkspace, owner: type | None = None) -> P:
        workspace._build_page()
        return getattr(workspace, self.stored)


class MissionWorkspace(QStackedWidget):
    """Shows an empty state until a mission is chosen, then its tabs."""

    def __init__(
        self, context: AppContext, today: Callable[[], date] = date.today, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.today = today
        self.mission_id: str | None = None
        empty = QLabel(QCoreApplication.translate("MissionWorkspace", EMPTY_TEXT))
        empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        empty.setWordWrap(True)
        empty.setStyleSheet("color: palette(placeholder-text);")
        self.addWidget(empty)
        # The tabs are built when a mission is first shown: the window appears sooner at start-up.
        self._page: QWidget | None = None
        context.hub.changed.connect(self.on_changed)

    def prepare(self) -> None:
        """Build the mission page ahead, in idle time after start-up, so the first mission opened does not
        wait for it (~25 ms of a first open that must stay under 100 ms)."""
        self._build_page()

    def _build_page(self) -> QWidget:
        if self._page is not None:
            return self._page
        # Imported here, with the tabs (or ahead by preload_tabs): their modules are a noticeable part of start-up.
        from missionplanner.ui.checks_runner import MissionChecks
        from missionplanner.ui.views.delegation import DelegationTab
        from missionplanner.ui.views.follow_ups import FollowUpsView
        from missionplanner.ui.views.itinerary import ItineraryTab
        from missionplanner.ui.views.meetings import MeetingsTab
        from missionplanner.ui.views.overview import OverviewTab
        from missionplanner.ui.views.timeline import TimelineTab

        context, today = self.context, self.today
        page = QWidget()
        self._header = QLabel()
        self._header.setObjectName("workspaceHeader")
        self._header.setTextFormat(Qt.TextFormat.RichText)
        self._header.setContentsMargins(10, 8, 10, 4)
        self._tabs = QTabWidget()
        self._tabs.setDocumentMode(True)
        self._overview = OverviewTab(context)
        self._delegation = DelegationTab(context)
        self._itinerary = ItineraryTab(context)
        self._timeline = TimelineTab(context, self._itinerary.model)
        self._timeline.canvas.itemActivated.connect(self._edit_from_timeline)
        self._tabs.addTab(self._overview, QCoreApplication.translate("MissionWorkspace", "Overview"))
        self._tabs.addTab(self._delegation, QCoreApplication.translate("MissionWorkspace", "Delegation"))
        self._tabs.addTab(self._itinerary, QCoreApplication.translate("MissionWorkspace", "Itinerary"))
        self._tabs.addTab(self._timeline, QCoreApplication.translate("MissionWorkspace", "Timeline"))
        self._meetings = MeetingsTab(context, self._itinerary.model, today)
        self._follow_ups = FollowUpsView(context, across_missions=False, today=today)
        self._tabs.addTab(self._meetings, QCoreApplication.translate("MissionWorkspace", "Meetings && outcomes"))
        self._tabs.addTab(self._follow_ups, QCoreApplication.translate("MissionWorkspace", "Follow-ups"))
        self._checks = MissionChecks(context, self)
        self._checks.changed.connect(self._itinerary.show_findings)
        self._checks.changed.connect(self._timeline.canvas.set_findings)
        self._checks.changed.connect(self._update_tab_titles)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._header)
        layout.addWidget(self._tabs, 1)
        self.addWidget(page)
        self._page = page
        return page

    # The parts of the mission page, built on first use.
    header: _PagePart[QLabel] = _PagePart()
    tabs: _PagePart[QTabWidget] = _PagePart()
    overview: _PagePart[OverviewTab] = _PagePart()
    delegation: _PagePart[DelegationTab] = _PagePart()
    itinerary: _PagePart[ItineraryTab] = _PagePart()
    timeline: _PagePart[TimelineTab] = _PagePart()
    meetings: _PagePart[MeetingsTab] = _PagePart()
    follow_ups: _PagePart[FollowUpsView] = _PagePart()
    checks: _PagePart[MissionChecks] = _PagePart()

    def set_mission(self, mission_id: str | None, *, reload: bool = False) -> None:
        if mission_id == self.mission_id and mission_id is not None and not reload:
            return  # already shown (the list's selection and an explicit open both ask): load it once
        self.mission_id = mission_id
        if mission_id is None and self._page is None:
            return  # nothing shown yet, nothing to clear
        for tab in (self.overview, self.delegation, self.itinerary, self.meetings, self.follow_ups):
            tab.set_mission(mission_id)
        self.checks.set_mission(mission_id)
        self._fill_header()
        self.setCurrentIndex(1 if mission_id else 0)

    def _fill_header(self) -> None:
        mission = self.context.services.missions.find(self.mission_id) if self.mission_id else None
        if mission is None:
            self.header.clear()
            return
        route = " → ".join(country_name(c) for c in (mission.origin_country, mission.destination_country) if c)
        template = ""
        if mission.is_template:
            word = QCoreApplication.translate("MissionWorkspace", "template")
            template = f" · <i>{html.escape(word)}</i>"
        self.header.setText(
            f"<span style='font-size:15pt;font-weight:600'>{html.escape(mission.title)}</span><br>"
            f"<span style='color:#666'>{date_range(mission.start_date, mission.end_date)} · "
            f"{mission.status.label}{' · ' + html.escape(route) if route else ''}{template}</span>"
        )

    def _edit_from_timeline(self, item_id: str) -> None:
        self.itinerary.select_item(item_id)
        self.itinerary.edit_index(self.itinerary.model.index_of_item(item_id))

    def _update_tab_titles(self, findings: list[Finding]) -> None:
        errors = sum(f.severity == Severity.ERROR for f in findings)
        warnings = sum(f.severity == Severity.WARNING for f in findings)
        counts = ((SEVERITY_MARKS[Severity.ERROR], errors), (SEVERITY_MARKS[Severity.WARNING], warnings))
        marks = " ".join(f"{mark}{count}" for mark, count in counts if count)
        title = QCoreApplication.translate("MissionWorkspace", "Itinerary")
        self.tabs.setTabText(self.tabs.indexOf(self.itinerary), f"{title} {marks}".strip())

    def on_changed(self, changes: ChangeSet) -> None:
        if self.mission_id and self.mission_id in changes.ids("mission"):
            if self.context.services.missions.find(self.mission_id) is None:
                self.set_mission(None)
            else:
                self._fill_header()

    def delete_selected(self) -> bool:
        """Delete what is selected in the current tab; False when the tab has no selection to delete."""
        if self._page is None:
            return False
        tab = self.tabs.currentWidget()
        if tab is self.itinerary and self.itinerary.selected_item() is not None:
            self.itinerary.delete_selected()
            return True
        if tab is self.delegation and self.delegation.selected():
            self.delegation.remove_selected()
            return True
        if tab is self.meetings and self.meetings.selected_outcome() is not None:
            self.meetings.delete_outcome()
            return True
        if tab is self.follow_ups and self.follow_ups.selected() is not None:
            self.follow_ups.delete_follow_up()
            return True
        return False
