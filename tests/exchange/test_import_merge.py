"""Importing next to existing records: shared directory records, a second import, and import as a copy."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from missionplanner.domain.errors import ExchangeError
from missionplanner.domain.snapshot import MissionSnapshot
from missionplanner.domain.snapshot_validation import snapshot_problems
from missionplanner.exchange.mission_files import import_mission_file
from missionplanner.exchange.mission_format import dumps
from missionplanner.exchange.samples import sample_files
from missionplanner.services.app import Services
from missionplanner.services.changes import Action
from tests.conftest import BELARUS_MISSION_ID, KAZAKHSTAN_MISSION_ID
from tests.services.factories import counts, dump

BELARUS_FILE, KAZAKHSTAN_FILE = sample_files()
UNION_ID = "f0418326-fa6c-40d0-a461-710ebf46e3a3"
UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def test_known_organizations_are_updated_not_duplicated(services: Services, tmp_path: Path) -> None:
    import_mission_file(services, BELARUS_FILE)
    document = json.loads(KAZAKHSTAN_FILE.read_text(encoding="utf-8"))
    [union] = [o for o in document["organizations"] if o["id"] == UNION_ID]
    union["website"] = "https://tstb.gov.tm"
    path = tmp_path / "kazakhstan.json"
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")

    mission_id, changes = import_mission_file(services, path)

    assert mission_id == KAZAKHSTAN_MISSION_ID
    assert changes.ids("organization", Action.UPDATED) == [UNION_ID]
    assert UNION_ID not in changes.ids("organization", Action.CREATED)
    assert len(changes.ids("organization", Action.CREATED)) == 13
    assert services.organizations.get(UNION_ID).website == "https://tstb.gov.tm"
    assert counts(services)["organizations"] == 13 + 14 - 1
    # The Belarusian mission now sees the same, updated record.
    belarus = services.missions.snapshot(BELARUS_MISSION_ID)
    assert next(o for o in belarus.organizations if o.id == UNION_ID).website == "https://tstb.gov.tm"


def test_an_unchanged_shared_organization_is_not_reported(services: Services) -> None:
    import_mission_file(services, BELARUS_FILE)
    union_before = services.organizations.get(UNION_ID)
    _, changes = import_mission_file(services, KAZAKHSTAN_FILE)
    assert UNION_ID not in [c.id for c in changes.changes]
    assert services.organizations.get(UNION_ID) == union_before


def test_importing_the_same_mission_twice_is_refused(sample_services: Services) -> None:
    before = dump(sample_services)
    with pytest.raises(ExchangeError) as caught:
        import_mission_file(sample_services, BELARUS_FILE)
    message = caught.value.message
    assert "is already in this database" in message
    assert "as a copy" in message
    assert [p.field for p in caught.value.problems] == ["mission.id"]
    assert dump(sample_services) == before


def _all_ids(snapshot: MissionSnapshot) -> set[str]:
    return set(UUID.findall(dumps(snapshot)))


def _shape(snapshot: MissionSnapshot) -> str:
    """The exported text with every id replaced by its order of first appearance: equal for faithful copies."""
    numbers: dict[str, str] = {}
    return UUID.sub(lambda m: numbers.setdefault(m[0], f"id-{len(numbers)}"), dumps(snapshot))


@pytest.mark.parametrize("path", sample_files(), ids=lambda p: p.stem)
def test_import_as_copy_gives_every_record_a_fresh_id(sample_services: Services, path: Path) -> None:
    services = sample_services
    original_id = BELARUS_MISSION_ID if path == BELARUS_FILE else KAZAKHSTAN_MISSION_ID
    before = counts(services)

    copy_id, changes = import_mission_file(services, path, as_copy=True)

    assert copy_id != original_id
    original, copy = services.missions.snapshot(original_id), services.missions.snapshot(copy_id)
    assert _all_ids(original).isdisjoint(_all_ids(copy))
    assert snapshot_problems(copy) == []
    assert _shape(copy) == _shape(original)
    assert copy.mission.title == original.mission.title
    # Every record is new: the directory records too (the copy can be edited without touching the original).
    assert {c.action for c in changes.changes} == {Action.CREATED}
    after = counts(services)
    for table, n in original.counts().items():
        assert after[table.replace("_", "-")] == before[table.replace("_", "-")] + n
    assert after["organizations"] == before["organizations"] + len(original.organizations)
    assert after["contacts"] == before["contacts"] + len(original.contacts)
    assert services.missions.snapshot(original_id) == original


def test_a_copy_can_be_copied_again(services: Services) -> None:
    first, _ = import_mission_file(services, KAZAKHSTAN_FILE, as_copy=True)
    second, _ = import_mission_file(services, KAZAKHSTAN_FILE, as_copy=True)
    assert len({first, second, KAZAKHSTAN_MISSION_ID}) == 3
    assert services.missions.find(KAZAKHSTAN_MISSION_ID) is None
    assert counts(services)["missions"] == 2
