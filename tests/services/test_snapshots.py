"""Whole-mission snapshots: undo of a delete restores the same records with the same ids, in one transaction."""

from __future__ import annotations

from dataclasses import replace

import pytest

from missionplanner.domain.errors import DatabaseError, ValidationError
from missionplanner.domain.snapshot import MissionSnapshot, with_fresh_ids
from missionplanner.services.app import Services
from missionplanner.services.changes import Action
from tests.conftest import BELARUS_MISSION_ID, KAZAKHSTAN_MISSION_ID
from tests.services.conftest import World
from tests.services.factories import counts, dump


def _by_id(records: tuple[object, ...]) -> dict[str, object]:
    return {r.id: r for r in records}  # type: ignore[attr-defined]


def _same(a: MissionSnapshot, b: MissionSnapshot) -> None:
    assert a.mission == b.mission
    for name in ("organizations", "contacts", "participants", "items", "outcomes", "follow_ups"):
        assert _by_id(getattr(a, name)) == _by_id(getattr(b, name)), name
    # The delegation and the itinerary keep their order.
    assert a.participants == b.participants
    assert a.items == b.items


@pytest.mark.parametrize("mission_id", [BELARUS_MISSION_ID, KAZAKHSTAN_MISSION_ID])
def test_delete_then_restore_puts_back_the_same_mission(sample_services: Services, mission_id: str) -> None:
    services = sample_services
    before = services.missions.snapshot(mission_id)
    other = KAZAKHSTAN_MISSION_ID if mission_id == BELARUS_MISSION_ID else BELARUS_MISSION_ID
    other_before = services.missions.snapshot(other)
    totals = counts(services)

    deleted = services.missions.delete(mission_id)
    assert services.missions.find(mission_id) is None
    restored = services.missions.restore(before)

    _same(services.missions.snapshot(mission_id), before)
    assert services.missions.snapshot(mission_id) == before  # timestamps included
    _same(services.missions.snapshot(other), other_before)
    assert counts(services) == totals
    # Undo names exactly the records the delete named, now created; the untouched directory is not named.
    assert sorted((c.entity, c.id) for c in restored.changes) == sorted((c.entity, c.id) for c in deleted.changes)
    assert {c.action for c in restored.changes} == {Action.CREATED}


def test_the_snapshot_holds_every_record_the_mission_uses(sample_services: Services) -> None:
    snapshot = sample_services.missions.snapshot(BELARUS_MISSION_ID)
    assert snapshot.counts() == {"participants": 5, "items": 9, "outcomes": 5, "follow_ups": 5}
    org_ids = {o.id for o in snapshot.organizations}
    assert {o.organization_id for o in snapshot.mission.organizers} <= org_ids
    assert {c.organization_id for c in snapshot.contacts} <= org_ids
    assert {p.contact_id for p in snapshot.participants} <= {c.id for c in snapshot.contacts}
    assert {h for i in snapshot.items for h in i.host_organization_ids} <= org_ids


def test_restoring_a_mission_that_exists_is_refused(sample_services: Services) -> None:
    snapshot = sample_services.missions.snapshot(BELARUS_MISSION_ID)
    before = dump(sample_services)
    with pytest.raises(ValidationError) as caught:
        sample_services.missions.restore(snapshot)
    assert caught.value.field == "mission.id"
    assert "already in this database" in caught.value.message
    assert dump(sample_services) == before


def test_an_invalid_snapshot_is_refused_before_anything_is_written(sample_services: Services) -> None:
    snapshot = with_fresh_ids(sample_services.missions.snapshot(BELARUS_MISSION_ID))
    broken = replace(snapshot, follow_ups=(*snapshot.follow_ups[:-1], replace(snapshot.follow_ups[-1], action="")))
    before = dump(sample_services)
    with pytest.raises(ValidationError) as caught:
        sample_services.missions.restore(broken)
    assert caught.value.field == f"follow_ups[{len(snapshot.follow_ups) - 1}].action"
    assert dump(sample_services) == before


def test_a_restore_failing_at_its_last_record_leaves_nothing_behind(sample_services: Services) -> None:
    services = sample_services
    copy = with_fresh_ids(services.missions.snapshot(BELARUS_MISSION_ID))
    # Valid on its own, but its id is taken by a follow-up of the other mission: only SQLite can tell.
    taken = services.follow_ups.for_mission(KAZAKHSTAN_MISSION_ID)[0].id
    clash = replace(copy, follow_ups=(*copy.follow_ups[:-1], replace(copy.follow_ups[-1], id=taken)))
    before = dump(services)
    with pytest.raises(DatabaseError) as caught:
        services.missions.restore(clash)
    assert "nothing was saved" in caught.value.message
    assert dump(services) == before
    # The fresh organizations written first in the transaction were rolled back too.
    assert services.organizations.find(copy.organizations[0].id) is None
    assert services.missions.find(copy.mission.id) is None


def test_restore_updates_known_directory_records_and_creates_new_ones(world: World) -> None:
    services = world.services
    snapshot = services.missions.snapshot(world.mission.id)
    services.missions.delete(world.mission.id)
    renamed_host = replace(next(o for o in snapshot.organizations if o.id == world.host.id), city="Aşgabat")
    organizations = tuple(renamed_host if o.id == world.host.id else o for o in snapshot.organizations)
    changes = services.missions.restore(replace(snapshot, organizations=organizations))
    assert changes.ids("organization", Action.UPDATED) == [world.host.id]
    assert changes.ids("organization", Action.CREATED) == []
    assert services.organizations.get(world.host.id).city == "Aşgabat"


def test_a_known_directory_record_changed_to_something_invalid_is_refused(world: World) -> None:
    # Records stored as the snapshot has them are not validated again; a changed one always is.
    services = world.services
    snapshot = services.missions.snapshot(world.mission.id)
    services.missions.delete(world.mission.id)
    index = next(i for i, o in enumerate(snapshot.organizations) if o.id == world.host.id)
    nameless = replace(snapshot.organizations[index], name="  ")
    organizations = tuple(nameless if o.id == world.host.id else o for o in snapshot.organizations)
    before = dump(services)
    with pytest.raises(ValidationError) as caught:
        services.missions.restore(replace(snapshot, organizations=organizations))
    assert caught.value.field == f"organizations[{index}].name"
    assert dump(services) == before


def test_a_missing_source_mission_is_dropped_on_restore(world: World) -> None:
    services = world.services
    snapshot = services.missions.snapshot(world.mission.id)
    services.missions.delete(world.mission.id)
    changes = services.missions.restore(replace(snapshot, mission=replace(snapshot.mission, source_mission_id="gone")))
    assert services.missions.get(world.mission.id).source_mission_id is None
    assert changes.ids("mission", Action.CREATED) == [world.mission.id]
