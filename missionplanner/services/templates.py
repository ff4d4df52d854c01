"""Past missions as templates: new missions made from earlier ones, and templates saved from missions."""

from __future__ import annotations

from dataclasses import replace

from missionplanner.domain.checks import Finding
from missionplanner.domain.cloning import CloneOptions, clone_plan
from missionplanner.domain.errors import Problem, ValidationError
from missionplanner.domain.models import MissionSummary
from missionplanner.domain.snapshot import MissionSnapshot
from missionplanner.domain.translation import translate
from missionplanner.services.changes import ChangeSet
from missionplanner.services.checks import CheckService
from missionplanner.services.missions import MissionService
from missionplanner.storage.repositories.missions import MissionFilter
from missionplanner.storage.store import Store


class TemplateService:
    """New missions from any mission or template; templates saved from missions."""

    def __init__(self, store: Store, missions: MissionService, checks: CheckService) -> None:
        self.store = store
        self.missions = missions
        self.checks = checks

    def plan_clone(self, source_id: str, options: CloneOptions) -> MissionSnapshot:
        """The mission `options` would make from the source, as a snapshot; nothing is written."""
        return clone_plan(self.missions.snapshot(source_id), options)

    def clone(self, source_id: str, options: CloneOptions) -> tuple[str, ChangeSet, list[Finding]]:
        """Make the new mission in one transaction; return its id, the changes and what its checks found."""
        plan = self.plan_clone(source_id, options)
        changes = self.missions.restore(plan, keep_directory=True)
        # The plan holds all the checks need: no reading back what was just written.
        return plan.mission.id, changes, self.checks.check_snapshot(plan)

    def save_as_template(
        self, mission_id: str, *, copy: bool = True, title: str | None = None
    ) -> tuple[str, ChangeSet]:
        """Make a template of the mission: a copy of it (default), or the mission itself.

        A copy keeps the dates, itinerary, travel legs, hosts, objectives and notes, and drops the
        delegation, outcomes and follow-ups; statuses are reset and it records the mission as its source.
        Marking the mission itself is refused when it has outcomes or follow-ups: templates have none.
        """
        if copy:
            mission = self.missions.get(mission_id)
            options = CloneOptions(start_date=mission.start_date, title=title, as_template=True)
            plan = self.plan_clone(mission_id, options)
            return plan.mission.id, self.missions.restore(plan, keep_directory=True)
        snapshot = self.missions.snapshot(mission_id)
        mission = snapshot.mission
        problems = []
        if snapshot.outcomes:
            count = len(snapshot.outcomes)  # a plain name as the count, for pyside6-lupdate
            message = translate(
                "Services",
                "'{title}' has %n outcome(s) and templates have no outcomes; save a template copy instead.",
                None,
                count,
            )
            problems.append(Problem("outcomes", message.format(title=mission.title)))
        if snapshot.follow_ups:
            count = len(snapshot.follow_ups)
            message = translate(
                "Services",
                "'{title}' has %n follow-up(s) and templates have none; save a template copy instead.",
                None,
                count,
            )
            problems.append(Problem("follow_ups", message.format(title=mission.title)))
        if title is not None and not title.strip():
            problems.append(
                Problem("title", translate("Services", "Title is required; enter a title for the template."))
            )
        if problems:
            raise ValidationError(problems)
        marked = replace(mission, is_template=True, title=title.strip() if title is not None else mission.title)
        if marked == mission:
            return mission_id, ChangeSet()
        _, changes = self.missions.update(marked)
        return mission_id, changes

    def made_from(self, mission_id: str) -> list[MissionSummary]:
        """The missions and templates made from this one, latest start first."""
        self.missions.get(mission_id)
        return self.missions.derived_from(mission_id)

    def templates(self) -> list[MissionSummary]:
        """Every template, for choosing the source of a new mission."""
        return self.missions.summaries(MissionFilter(templates=True))
