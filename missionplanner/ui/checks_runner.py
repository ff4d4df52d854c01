"""Keeps the open mission's feasibility findings current: re-checks after every relevant change, off the
GUI thread (a 2,000-item mission with thousands of findings takes a few tenths of a second)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from missionplanner.domain.checks import Finding
from missionplanner.services.changes import ChangeSet
from missionplanner.ui.background import run_in_background
from missionplanner.ui.context import AppContext

RELEVANT = ("mission", "item", "participant", "contact", "organization", "city", "settings")


class MissionChecks(QObject):
    """Findings of the current mission; views listen to `changed`.

    Each run is numbered; only the answer to the latest one is published, so a slow check of an
    earlier state never overwrites a newer one.
    """

    changed = Signal(list)  # list[Finding]

    def __init__(self, context: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.mission_id: str | None = None
        self.findings: list[Finding] = []
        self.checked: str | None = None  # the mission the findings are for
        self._asked = 0
        self._answered = 0
        # Several ChangeSets from one action (or a burst of undos) cost one check.
        self._timer = QTimer(self, singleShot=True, interval=0)
        self._timer.timeout.connect(self.run)
        context.hub.changed.connect(self._on_changed)

    @property
    def pending(self) -> bool:
        """Whether a check is under way whose answer has not been published yet."""
        return self._answered != self._asked or self._timer.isActive()

    def set_mission(self, mission_id: str | None) -> None:
        self.mission_id = mission_id
        if mission_id != self.checked and self.findings:
            # Another mission: its predecessor's findings must not show while its own are worked out.
            self.findings = []
            self.checked = None
            self.changed.emit([])
        # From the event loop, once the mission shown is painted: the check reads and works in Python on
        # another thread, and sharing the interpreter with it slowed that first paint by ~20 ms.
        self._timer.start()

    def _on_changed(self, changes: ChangeSet) -> None:
        if self.mission_id and any(changes.ids(entity) for entity in RELEVANT):
            self._timer.start()

    def run(self) -> None:
        self._asked += 1
        asked, mission_id, services = self._asked, self.mission_id, self.context.services
        if mission_id is None:
            self._publish(asked, None, [])
            return

        def check() -> list[Finding]:
            if services.missions.find(mission_id) is None:
                return []
            return services.checks.check(mission_id)

        run_in_background(
            check,
            finished=lambda found: self._publish(asked, mission_id, found),  # type: ignore[arg-type]
            failed=lambda message: self._failed(asked, mission_id, message),
            parent=self,
        )

    def _failed(self, asked: int, mission_id: str | None, message: str) -> None:
        """The checks could not run: say so, rather than show an empty list as if all were well."""
        self.context.hub.message.emit(
            QCoreApplication.translate("MissionChecks", "The checks could not run: {reason}").format(reason=message)
        )
        self._publish(asked, mission_id, self.findings if self.checked == mission_id else [])

    def _publish(self, asked: int, mission_id: str | None, findings: list[Finding]) -> None:
        if asked != self._asked:
            return  # a newer check is on its way
        self._answered = asked
        self.findings = findings
        self.checked = mission_id
        self.changed.emit(findings)
