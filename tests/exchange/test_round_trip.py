"""The JSON mission format loses nothing: sample files, export/import cycles, and random snapshots."""

from __future__ import annotations

import json
import tempfile
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings

from missionplanner.domain.snapshot import MissionSnapshot
from missionplanner.exchange.mission_files import export_mission_file, import_mission_file, import_snapshot
from missionplanner.exchange.mission_format import FORMAT, FORMAT_VERSION, dumps, from_document, to_document
from missionplanner.exchange.samples import sample_files
from missionplanner.services.app import Services, open_services
from tests.exchange.strategies import snapshots

# What a field left out of a file means, per kind of record (from_document's defaults).
_COMMON = {"notes": "", "name_local": "", "address": "", "website": "", "phone": "", "email": "", "city": ""}
DEFAULTS: dict[str, dict[str, Any]] = {
    "mission": {"objectives": "", "notes": "", "is_template": False, "source_mission_id": None, "organizers": []},
    "organizations": {**_COMMON, "kind": "other", "country": None, "sectors": [], "contacts": []},
    "contacts": {"position": "", "email": "", "phone": "", "languages": [], "notes": ""},
    "participants": {"role": "member", "notes": ""},
    "items": {
        "city": "",
        "venue": "",
        "host_organization_ids": [],
        "host_contact_ids": [],
        "status": "proposed",
        "agenda": "",
        "notes": "",
        "travel": None,
    },
    "outcomes": {
        "item_id": None,
        "description": "",
        "organization_ids": [],
        "sector": "",
        "commodity": "",
        "direction": "none",
        "amount": None,
        "currency": None,
        "status": "discussed",
        "signed_on": None,
    },
    "follow_ups": {"outcome_id": None, "owner": "", "due_date": None, "done_on": None},
}


def _record(section: str, written: dict[str, Any], exported: dict[str, Any]) -> None:
    """An exported record equals the written one, field by field, where omitted fields take their defaults."""
    assert set(written) <= set(exported), f"{section}: fields lost on export: {set(written) - set(exported)}"
    for key, value in exported.items():
        if key == "contacts" and section == "organizations":
            _records("contacts", written.get("contacts", []), value)
        elif key == "end_timezone" and key not in written:
            assert value == exported["timezone"]
        elif key in written:
            assert value == written[key], f"{section} {exported.get('id')}.{key}"
        else:
            assert key in DEFAULTS[section], f"{section}.{key} is exported but has no default"
            assert value == DEFAULTS[section][key], f"{section} {exported.get('id')}.{key}"


def _records(section: str, written: list[dict[str, Any]], exported: list[dict[str, Any]]) -> None:
    # Lists of records may come back in another order; each is compared with the record of the same id.
    by_id = {r["id"]: r for r in exported}
    assert len(by_id) == len(exported)
    assert set(by_id) == {r["id"] for r in written}, section
    for record in written:
        _record(section, record, by_id[record["id"]])


def assert_same_document(written: dict[str, Any], exported: dict[str, Any]) -> None:
    assert (exported["format"], exported["format_version"]) == (FORMAT, FORMAT_VERSION)
    assert set(written) <= set(exported)
    _record("mission", written["mission"], exported["mission"])
    for section in ("organizations", "contacts", "participants", "items", "outcomes", "follow_ups"):
        _records(section, written.get(section, []), exported.get(section, []))


@pytest.mark.parametrize("path", sample_files(), ids=lambda p: p.stem)
def test_a_sample_file_comes_back_as_written(services: Services, tmp_path: Path, path: Path) -> None:
    mission_id, _ = import_mission_file(services, path)
    out = export_mission_file(services, mission_id, tmp_path / "out.json")
    assert_same_document(json.loads(path.read_text(encoding="utf-8")), json.loads(out.read_text(encoding="utf-8")))


@pytest.mark.parametrize("path", sample_files(), ids=lambda p: p.stem)
def test_export_import_export_is_byte_identical(tmp_path: Path, path: Path) -> None:
    first = open_services(tmp_path / "first.db")
    second = open_services(tmp_path / "second.db")
    try:
        mission_id, _ = import_mission_file(first, path)
        exported = export_mission_file(first, mission_id, tmp_path / "first.json")
        assert import_mission_file(second, exported)[0] == mission_id
        again = export_mission_file(second, mission_id, tmp_path / "second.json")
        assert again.read_bytes() == exported.read_bytes()
    finally:
        first.close()
        second.close()


def test_exports_are_readable_utf8_text(sample_services: Services, tmp_path: Path) -> None:
    from tests.conftest import BELARUS_MISSION_ID

    raw = export_mission_file(sample_services, BELARUS_MISSION_ID, tmp_path / "m.json").read_bytes()
    assert "Посольство Республики Беларусь".encode() in raw  # not \u escapes
    assert raw.endswith(b"}\n")
    assert not raw.startswith(b"\xef\xbb\xbf")


def _comparable(snapshot: MissionSnapshot) -> MissionSnapshot:
    """The snapshot as the format promises to keep it: contacts in any order, no timestamps."""

    def bare(records: tuple[Any, ...]) -> tuple[Any, ...]:
        return tuple(replace(r, created_at="", updated_at="") for r in records)

    return MissionSnapshot(
        mission=replace(snapshot.mission, created_at="", updated_at=""),
        organizations=bare(snapshot.organizations),
        contacts=bare(tuple(sorted(snapshot.contacts, key=lambda c: c.id))),
        participants=bare(snapshot.participants),
        items=bare(snapshot.items),
        outcomes=bare(snapshot.outcomes),
        follow_ups=bare(snapshot.follow_ups),
    )


@settings(max_examples=100, deadline=None)
@given(snapshots())
def test_random_snapshots_survive_the_format(snapshot: MissionSnapshot) -> None:
    text = json.dumps(to_document(snapshot), ensure_ascii=False)
    assert _comparable(from_document(json.loads(text))) == _comparable(snapshot)
    assert dumps(from_document(json.loads(dumps(snapshot)))) == dumps(snapshot)


def _by_id(records: tuple[Any, ...]) -> dict[str, Any]:
    return {r.id: replace(r, created_at="", updated_at="") for r in records}


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(snapshots())
def test_random_snapshots_survive_the_database(snapshot: MissionSnapshot) -> None:
    with tempfile.TemporaryDirectory() as folder:
        first = open_services(Path(folder) / "first.db", make_backups=False)
        second = open_services(Path(folder) / "second.db", make_backups=False)
        try:
            import_snapshot(first, snapshot)
            stored = first.missions.snapshot(snapshot.mission.id)
            assert replace(stored.mission, created_at="", updated_at="") == snapshot.mission
            for name in ("participants", "items", "outcomes", "follow_ups"):
                assert _by_id(getattr(stored, name)) == _by_id(getattr(snapshot, name)), name
            # The directory records the mission uses come back unchanged (unused ones are not part of it).
            for name in ("organizations", "contacts"):
                original = _by_id(getattr(snapshot, name))
                assert all(original[i] == r for i, r in _by_id(getattr(stored, name)).items()), name
            written = dumps(stored)
            import_snapshot(second, from_document(json.loads(written)))
            assert dumps(second.missions.snapshot(snapshot.mission.id)) == written
        finally:
            first.close()
            second.close()
