"""Past missions as templates: clone in one transaction, the source untouched, templates saved from missions."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from missionplanner.domain.checks import RULE_HOLIDAY, RULE_WEEKEND
from missionplanner.domain.cloning import CloneOptions
from missionplanner.domain.enums import ItemStatus, MissionStatus
from missionplanner.domain.errors import NotFoundError, ValidationError
from missionplanner.domain.snapshot import MissionSnapshot
from missionplanner.services.app import Services
from missionplanner.services.changes import Action
from missionplanner.storage.repositories.missions import MissionFilter
from tests.conftest import BELARUS_MISSION_ID, KAZAKHSTAN_MISSION_ID
from tests.services.conftest import World
from tests.services.factories import add_item, add_mission, counts, dump

SAMPLES = [BELARUS_MISSION_ID, KAZAKHSTAN_MISSION_ID]


def _source_ids(services: Services, mission_id: str) -> set[str]:
    snapshot = services.missions.snapshot(mission_id)
    ids = {snapshot.mission.id}
    for name in ("participants", "items", "outcomes", "follow_ups"):
        ids |= {r.id for r in getattr(snapshot, name)}
    return ids


@settings(
    max_examples=20,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    source_id=st.sampled_from(SAMPLES),
    start=st.dates(min_value=date(2024, 1, 1), max_value=date(2030, 12, 31)),
    keep_delegation=st.booleans(),
    keep_weekdays=st.booleans(),
    follow_ups_as_items=st.booleans(),
    keep_travel=st.booleans(),
)
def test_clone_writes_a_new_mission_and_leaves_the_source_untouched(
    sample_services: Services,
    source_id: str,
    start: date,
    keep_delegation: bool,
    keep_weekdays: bool,
    follow_ups_as_items: bool,
    keep_travel: bool,
) -> None:
    services = sample_services
    before = services.missions.snapshot(source_id)
    directory = (counts(services)["organizations"], counts(services)["contacts"])
    options = CloneOptions(
        start_date=start,
        keep_delegation=keep_delegation,
        keep_weekdays=keep_weekdays,
        follow_ups_as_items=follow_ups_as_items,
        keep_travel=keep_travel,
    )

    new_id, changes, _ = services.templates.clone(source_id, options)

    assert services.missions.snapshot(source_id) == before
    assert (counts(services)["organizations"], counts(services)["contacts"]) == directory
    new = services.missions.snapshot(new_id)
    # The change set names exactly what was written: the mission and its records, nothing in the directory.
    assert {(c.entity, c.action) for c in changes.changes} <= {
        ("mission", Action.CREATED),
        ("participant", Action.CREATED),
        ("item", Action.CREATED),
    }
    assert set(changes.ids("item")) == {i.id for i in new.items}
    copied = {new.mission.id} | {r.id for r in (*new.participants, *new.items)}
    assert not copied & _source_ids(services, source_id)
    assert new.mission.source_mission_id == source_id
    assert new.mission.status == MissionStatus.DRAFT
    assert new_id in {m.id for m in services.templates.made_from(source_id)}
    assert new.outcomes == ()
    assert new.follow_ups == ()
    # Counts per option.
    travel = [i for i in before.items if i.travel is not None]
    carried = [f for f in before.follow_ups if f.done_on is None] if follow_ups_as_items else []
    expected_items = len(before.items) - (0 if keep_travel else len(travel)) + len(carried)
    assert len(new.items) == expected_items
    assert len(new.participants) == (len(before.participants) if keep_delegation else 0)
    assert {p.contact_id for p in new.participants} <= {p.contact_id for p in before.participants}
    # Offsets and local times kept.
    shift = new.mission.start_date - before.mission.start_date
    if keep_weekdays:
        assert shift.days % 7 == 0
    by_title = {i.title: i for i in before.items}
    for item in new.items:
        assert item.status == ItemStatus.PROPOSED
        if item.title in by_title:
            source_item = by_title[item.title]
            assert item.start == source_item.start + shift
            assert item.end == source_item.end + shift
            if item.travel is not None:
                assert item.travel.reference == ""


def test_clone_of_the_belarusian_mission_reports_what_needs_attention(sample_services: Services) -> None:
    services = sample_services
    new_id, _, findings = services.templates.clone(BELARUS_MISSION_ID, CloneOptions(start_date=date(2026, 5, 22)))
    mission = services.missions.get(new_id)
    assert mission.title == "Belarusian business delegation to Ashgabat (White City of Ashgabat 2026)"
    assert (mission.start_date, mission.end_date) == (date(2026, 5, 22), date(2026, 5, 26))
    # The findings are those of the checks on the new mission: Saturday 23 May 2026 has two visits on it.
    assert findings == services.checks.check(new_id)
    calendar = [f for f in findings if f.rule in (RULE_WEEKEND, RULE_HOLIDAY)]
    assert any("Saturday 23 May" in f.message for f in calendar)
    new_item_ids = {i.id for i in services.items.for_mission(new_id)}
    assert all(set(f.item_ids) <= new_item_ids for f in findings)


def test_clone_reports_a_public_holiday(sample_services: Services) -> None:
    # 18 May is Constitution and National Flag Day in Turkmenistan; the mission's first day lands on it.
    _, _, findings = sample_services.templates.clone(BELARUS_MISSION_ID, CloneOptions(start_date=date(2026, 5, 18)))
    assert any(f.rule == RULE_HOLIDAY and "18 May" in f.message for f in findings)


def test_open_follow_ups_of_the_kazakhstani_mission_become_items(sample_services: Services) -> None:
    services = sample_services
    options = CloneOptions(start_date=date(2024, 12, 2), follow_ups_as_items=True, keep_weekdays=True)
    new_id, _, _ = services.templates.clone(KAZAKHSTAN_MISSION_ID, options)
    follow_up_items = [i for i in services.items.for_mission(new_id) if i.title.startswith("Follow-up:")]
    open_follow_ups = services.follow_ups.open_items(mission_id=KAZAKHSTAN_MISSION_ID)
    assert len(follow_up_items) == len(open_follow_ups) == 5
    forum = [i for i in follow_up_items if "business forum in Ashgabat" in i.title]
    assert len(forum) == 2
    assert "agreed in December 2023" in forum[0].notes
    assert "Kazakhstani business mission to Turkmenistan, December 2023" in forum[0].notes
    assert sorted(i.start for i in follow_up_items) == [
        datetime(2024, 12, 2, 9, 0) + timedelta(minutes=30 * n) for n in range(5)
    ]
    assert {i.status for i in follow_up_items} == {ItemStatus.PROPOSED}
    # The source's follow-ups are still open and still its own.
    assert services.follow_ups.open_items(mission_id=KAZAKHSTAN_MISSION_ID) == open_follow_ups


def test_the_delegation_comes_along_with_fresh_ids_and_shared_contacts(sample_services: Services) -> None:
    services = sample_services
    source = services.missions.snapshot(BELARUS_MISSION_ID)
    new_id, _, _ = services.templates.clone(
        BELARUS_MISSION_ID, CloneOptions(start_date=date(2026, 5, 22), keep_delegation=True)
    )
    participants = services.participants.for_mission(new_id)
    assert [(p.contact_id, p.role) for p in participants] == [(p.contact_id, p.role) for p in source.participants]
    assert not {p.id for p in participants} & {p.id for p in source.participants}


def test_plan_clone_writes_nothing(sample_services: Services) -> None:
    services = sample_services
    before = dump(services)
    plan = services.templates.plan_clone(KAZAKHSTAN_MISSION_ID, CloneOptions(start_date=date(2025, 12, 1)))
    assert plan.mission.start_date == date(2025, 12, 1)
    assert len(plan.items) == 19
    assert dump(services) == before


def test_a_clone_does_not_write_back_what_it_read_of_the_directory(
    sample_services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An organization renamed while the clone was being planned keeps its new name."""
    from dataclasses import replace

    services = sample_services
    plan_clone = services.templates.plan_clone
    host_id = ""

    def planned_then_renamed(source_id: str, options: CloneOptions) -> MissionSnapshot:
        nonlocal host_id
        plan = plan_clone(source_id, options)
        host_id = next(h for item in plan.items for h in item.host_organization_ids)
        services.organizations.update(replace(services.organizations.get(host_id), name="Renamed meanwhile"))
        return plan

    monkeypatch.setattr(services.templates, "plan_clone", planned_then_renamed)
    mission_id, changes, _ = services.templates.clone(KAZAKHSTAN_MISSION_ID, CloneOptions(start_date=date(2026, 12, 7)))
    assert services.organizations.get(host_id).name == "Renamed meanwhile"
    assert not changes.ids("organization")
    assert services.items.for_mission(mission_id)


def test_a_refused_clone_writes_nothing(sample_services: Services) -> None:
    services = sample_services
    before = dump(services)
    with pytest.raises(ValidationError) as error:
        services.templates.clone(BELARUS_MISSION_ID, CloneOptions(start_date=date(2026, 5, 22), title=" "))
    assert error.value.field == "title"
    with pytest.raises(NotFoundError):
        services.templates.clone("no-such-mission", CloneOptions(start_date=date(2026, 5, 22)))
    assert dump(services) == before


def test_save_a_template_copy_of_a_sample_mission(sample_services: Services) -> None:
    services = sample_services
    source = services.missions.snapshot(BELARUS_MISSION_ID)
    template_id, changes = services.templates.save_as_template(BELARUS_MISSION_ID)
    template = services.missions.snapshot(template_id)
    assert template.mission.is_template
    assert template.mission.source_mission_id == BELARUS_MISSION_ID
    assert template.mission.status == MissionStatus.DRAFT
    assert (template.mission.start_date, template.mission.end_date) == (
        source.mission.start_date,
        source.mission.end_date,
    )
    assert template.mission.title == source.mission.title
    assert [i.title for i in template.items] == [i.title for i in source.items]
    assert {i.status for i in template.items} == {ItemStatus.PROPOSED}
    assert (template.participants, template.outcomes, template.follow_ups) == ((), (), ())
    assert changes.ids("mission", Action.CREATED) == [template_id]
    # Listed apart, with the templates, and among the missions made from the source.
    templates = services.missions.summaries(MissionFilter(templates=True))
    assert [(t.id, t.is_template) for t in templates] == [(template_id, True)]
    assert template_id not in {m.id for m in services.missions.summaries(MissionFilter(templates=False))}
    assert [t.id for t in services.templates.templates()] == [template_id]
    assert [m.id for m in services.templates.made_from(BELARUS_MISSION_ID)] == [template_id]
    # A new mission from the template is a mission again, and records the template as its source.
    new_id, _, _ = services.templates.clone(template_id, CloneOptions(start_date=date(2027, 5, 21), title="2027 visit"))
    new = services.missions.get(new_id)
    assert (new.is_template, new.source_mission_id, new.title) == (False, template_id, "2027 visit")


def test_a_template_copy_can_have_its_own_title(sample_services: Services) -> None:
    template_id, _ = sample_services.templates.save_as_template(KAZAKHSTAN_MISSION_ID, title="Mission to Turkmenistan")
    assert sample_services.missions.get(template_id).title == "Mission to Turkmenistan"


def test_a_mission_with_outcomes_cannot_itself_become_a_template(sample_services: Services) -> None:
    services = sample_services
    before = dump(services)
    with pytest.raises(ValidationError) as error:
        services.templates.save_as_template(BELARUS_MISSION_ID, copy=False)
    assert error.value.field == "outcomes"
    assert "templates have no outcomes" in error.value.message
    assert dump(services) == before


def test_a_mission_without_outcomes_can_itself_become_a_template(services: Services) -> None:
    mission = add_mission(services, "Programme for the White City exhibition")
    add_item(services, mission)
    template_id, changes = services.templates.save_as_template(mission.id, copy=False, title="White City programme")
    assert template_id == mission.id
    assert changes.ids("mission", Action.UPDATED) == [mission.id]
    marked = services.missions.get(mission.id)
    assert (marked.is_template, marked.title) == (True, "White City programme")
    # Marking it again changes nothing.
    assert not services.templates.save_as_template(mission.id, copy=False)[1]


def test_made_from_forgets_a_deleted_copy_and_needs_a_known_mission(world: World) -> None:
    services = world.services
    new_id, _, _ = services.templates.clone(world.mission.id, CloneOptions(start_date=date(2026, 5, 22)))
    assert [m.id for m in services.templates.made_from(world.mission.id)] == [new_id]
    services.missions.delete(new_id)
    assert services.templates.made_from(world.mission.id) == []
    with pytest.raises(NotFoundError):
        services.templates.made_from("no-such-mission")


def test_hosts_can_be_left_behind(world: World) -> None:
    services = world.services
    new_id, _, _ = services.templates.clone(
        world.mission.id, CloneOptions(start_date=date(2026, 5, 22), keep_hosts=False)
    )
    (item,) = services.items.for_mission(new_id)
    assert (item.host_organization_ids, item.host_contact_ids, item.attendee_ids) == ((), (), None)
    (source_item,) = services.items.for_mission(world.mission.id)
    assert source_item.host_organization_ids == (world.host.id,)


@pytest.mark.parametrize("source", SAMPLES)
@pytest.mark.parametrize("with_people", [False, True])
def test_checking_the_plan_finds_what_checking_the_written_mission_finds(
    sample_services: Services, source: str, with_people: bool
) -> None:
    services = sample_services
    options = CloneOptions(start_date=date(2026, 12, 28), keep_delegation=with_people, follow_ups_as_items=with_people)
    plan = services.templates.plan_clone(source, options)
    planned = services.checks.check_snapshot(plan)
    services.missions.restore(plan)
    assert planned == services.checks.check(plan.mission.id)
    assert planned  # the new dates run over New Year: there is something to find
