"""Checking many missions at once: which are listed, in what order, and stopping when cancelled."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from missionplanner.domain.checks import Severity
from missionplanner.domain.enums import MissionStatus
from missionplanner.domain.progress import CancelledError, Progress
from missionplanner.services.app import Services
from tests.conftest import BELARUS_MISSION_ID, KAZAKHSTAN_MISSION_ID, double_book_belarus


def test_only_missions_needing_attention_are_listed_with_their_first_error(sample_services: Services) -> None:
    double_book_belarus(sample_services)
    missions = sample_services.checks.missions_to_check()
    assert {m.id for m in missions} == {BELARUS_MISSION_ID, KAZAKHSTAN_MISSION_ID}
    [found] = sample_services.checks.check_missions(missions)
    findings = sample_services.checks.check(BELARUS_MISSION_ID)
    errors = [f for f in findings if f.severity == Severity.ERROR]
    assert found.mission.id == BELARUS_MISSION_ID
    assert (found.errors, found.first) == (len(errors), errors[0].message)
    assert found.warnings == sum(f.severity == Severity.WARNING for f in findings)


def test_templates_cancelled_and_ended_missions_are_left_out(sample_services: Services) -> None:
    belarus = sample_services.missions.get(BELARUS_MISSION_ID)
    sample_services.missions.update(replace(belarus, status=MissionStatus.CANCELLED))
    sample_services.templates.save_as_template(KAZAKHSTAN_MISSION_ID)  # a template copy: not checked
    assert [m.id for m in sample_services.checks.missions_to_check()] == [KAZAKHSTAN_MISSION_ID]
    kazakhstan = sample_services.missions.get(KAZAKHSTAN_MISSION_ID)
    assert sample_services.checks.missions_to_check(ending_from=kazakhstan.end_date) != []
    later = date.fromordinal(kazakhstan.end_date.toordinal() + 1)
    assert sample_services.checks.missions_to_check(ending_from=later) == []


class _CancelAfterFirst(Progress):
    def advance(self, steps: int = 1) -> None:
        self.cancel()
        super().advance(steps)


def test_cancelling_stops_between_two_missions(sample_services: Services) -> None:
    progress = _CancelAfterFirst()
    with pytest.raises(CancelledError):
        sample_services.checks.check_missions(sample_services.checks.missions_to_check(), progress)
    assert progress.state()[:2] == (1, 2)


def test_a_mission_that_cannot_be_checked_is_listed_and_the_others_still_are(sample_services: Services) -> None:
    """A day at the end of the calendar, stored by an older version, made the whole check of an archive fail."""
    store = sample_services.store
    kazakhstan = store.missions.get(KAZAKHSTAN_MISSION_ID)
    with store.atomic():
        store.missions.update(replace(kazakhstan, end_date=date(9999, 12, 31)))
    double_book_belarus(sample_services)
    found = {f.mission.id: f for f in sample_services.checks.check_missions(sample_services.checks.missions_to_check())}
    assert found[BELARUS_MISSION_ID].errors > 0
    broken = found[KAZAKHSTAN_MISSION_ID]
    assert broken.errors == 1
    assert "could not be checked" in broken.first
    assert "correct its dates" in broken.first


def test_checking_such_a_mission_alone_says_what_to_correct(sample_services: Services) -> None:
    from missionplanner.domain.errors import MissionPlannerError

    store = sample_services.store
    with store.atomic():
        store.missions.update(replace(store.missions.get(KAZAKHSTAN_MISSION_ID), end_date=date(9999, 12, 31)))
    with pytest.raises(MissionPlannerError) as raised:
        sample_services.checks.check(KAZAKHSTAN_MISSION_ID)
    assert "correct its dates and times" in raised.value.message
