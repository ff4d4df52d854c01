"""A bad mission file is refused whole: every problem is named by its JSON path and nothing is written."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from missionplanner.domain.errors import ExchangeError
from missionplanner.exchange import mission_files
from missionplanner.exchange.mission_files import import_mission_file, read_mission_file
from missionplanner.exchange.samples import sample_files
from missionplanner.services.app import Services, open_services
from tests.conftest import BELARUS_MISSION_ID, KAZAKHSTAN_MISSION_ID
from tests.services.factories import dump

BELARUS_FILE, KAZAKHSTAN_FILE = sample_files()
Doc = dict[str, Any]


@pytest.fixture
def kazakh_only(db_path: Path) -> Iterator[Services]:
    """A database holding one sample mission, so 'nothing changed' is more than 'still empty'."""
    services = open_services(db_path)
    import_mission_file(services, KAZAKHSTAN_FILE)
    yield services
    services.close()


def belarus() -> Doc:
    return json.loads(BELARUS_FILE.read_text(encoding="utf-8"))


def _write(tmp_path: Path, content: Doc | bytes) -> Path:
    path = tmp_path / "mission.json"
    path.write_bytes(content if isinstance(content, bytes) else json.dumps(content, ensure_ascii=False).encode())
    return path


def _refused(services: Services, path: Path) -> ExchangeError:
    before = dump(services)
    with pytest.raises(ExchangeError) as caught:
        import_mission_file(services, path)
    assert dump(services) == before
    assert caught.value.message
    return caught.value


def _set(path: str, value: Any) -> Callable[[Doc], None]:
    """An edit of the document at a dotted path such as "items.2.end" (a value of DELETE removes the key)."""

    def edit(doc: Doc) -> None:
        *parents, last = path.split(".")
        target: Any = doc
        for part in parents:
            target = target[int(part)] if part.isdigit() else target[part]
        key: Any = int(last) if last.isdigit() else last
        if value is DELETE:
            del target[key]
        else:
            target[key] = value(doc) if callable(value) else value

    return edit


DELETE = object()

# name -> (edit of the Belarus sample, the JSON path every report must name)
CASES: dict[str, tuple[Callable[[Doc], None], str]] = {
    "item ends before it starts": (_set("items.2.end", "2025-05-23T14:00"), "items[2].end"),
    "unknown currency": (
        lambda d: d["outcomes"][0].update(amount="1500000.00", currency="ZZZ"),
        "outcomes[0].currency",
    ),
    "amount without currency": (_set("outcomes.3.amount", "10"), "outcomes[3].currency"),
    "negative amount": (
        lambda d: d["outcomes"][0].update(amount="-5", currency="USD"),
        "outcomes[0].amount",
    ),
    "float amount": (_set("outcomes.1.amount", 1250000.5), "outcomes[1].amount"),
    "amount that is not a number": (_set("outcomes.1.amount", "a lot"), "outcomes[1].amount"),
    "dangling participant contact": (
        _set("participants.1.contact_id", "no-such-contact"),
        "participants[1].contact_id",
    ),
    "dangling organizer": (_set("mission.organizers.0.organization_id", "nope"), "mission.organizers"),
    "dangling host": (_set("items.2.host_organization_ids", ["nope"]), "items[2].host_organization_ids"),
    "dangling attendee": (_set("items.1.attendee_ids", ["nope"]), "items[1].attendee_ids"),
    "dangling outcome item": (_set("outcomes.0.item_id", "nope"), "outcomes[0].item_id"),
    "dangling follow-up outcome": (_set("follow_ups.4.outcome_id", "nope"), "follow_ups[4].outcome_id"),
    "bad item kind": (_set("items.0.kind", "banquet"), "items[0].kind"),
    "bad mission status": (_set("mission.status", "finished"), "mission.status"),
    "bad organizer role": (_set("mission.organizers.1.role", "host"), "mission.organizers[1].role"),
    "bad travel mode": (_set("items.0.travel.mode", "camel"), "items[0].travel.mode"),
    "missing mission title": (_set("mission.title", DELETE), "mission.title"),
    "missing mission start": (_set("mission.start_date", DELETE), "mission.start_date"),
    "missing item start": (_set("items.3.start", DELETE), "items[3].start"),
    "missing item time zone": (_set("items.3.timezone", DELETE), "items[3].timezone"),
    "missing organization name": (_set("organizations.0.name", DELETE), "organizations[0].name"),
    "missing participant id": (_set("participants.0.id", DELETE), "participants[0].id"),
    "empty id": (_set("follow_ups.0.id", " "), "follow_ups[0].id"),
    "missing follow-up action": (_set("follow_ups.0.action", DELETE), "follow_ups[0].action"),
    "empty outcome title": (_set("outcomes.2.title", ""), "outcomes[2].title"),
    "duplicate item id": (_set("items.1.id", lambda d: d["items"][0]["id"]), "items[1].id"),
    "duplicate organization id": (
        _set("organizations.8.id", lambda d: d["organizations"][7]["id"]),
        "organizations[8].id",
    ),
    "duplicate contact id": (
        _set("organizations.3.contacts.0.id", lambda d: d["organizations"][2]["contacts"][0]["id"]),
        "organizations[3].contacts[0].id",
    ),
    "same person twice in the delegation": (
        _set("participants.1.contact_id", lambda d: d["participants"][0]["contact_id"]),
        "participants[1].contact_id",
    ),
    "bad contact e-mail": (
        _set("organizations.2.contacts.0.email", "not an address"),
        "organizations[2].contacts[0].email",
    ),
    "mission ends before it starts": (_set("mission.end_date", "2025-05-01"), "mission.end_date"),
    "unknown country": (_set("organizations.0.country", "Belarus"), "organizations[0].country"),
    "bad date": (_set("follow_ups.0.due_date", "29/08/2025"), "follow_ups[0].due_date"),
    "time with an offset": (_set("items.1.start", "2025-05-23T10:00+05:00"), "items[1].start"),
    "unknown time zone": (_set("items.1.timezone", "Asia/Atlantis"), "items[1].timezone"),
    "text where a list belongs": (_set("items", "none"), "items"),
    "number where text belongs": (_set("items.1.title", 24), "items[1].title"),
    "record that is not an object": (_set("participants.2", "member"), "participants[2]"),
    "yes for a boolean": (_set("mission.is_template", "yes"), "mission.is_template"),
    # The ends of the calendar: accepted once, they made every later check and calendar fail.
    "mission ending on the last day of the calendar": (_set("mission.end_date", "9999-12-31"), "mission.end_date"),
    "item in year 1, east of Greenwich": (_set("items.1.start", "0001-01-01T00:00"), "items[1].start"),
    "item ending at the end of the calendar, west of Greenwich": (
        lambda d: d["items"][1].update(end="9999-12-31T23:00", timezone="America/New_York", end_timezone=None),
        "items[1].end",
    ),
    "follow-up due in year 9999": (_set("follow_ups.0.due_date", "9999-12-31"), "follow_ups[0].due_date"),
}


@pytest.mark.parametrize("name", list(CASES))
def test_a_bad_file_is_refused_with_the_json_path(kazakh_only: Services, tmp_path: Path, name: str) -> None:
    edit, where = CASES[name]
    document = belarus()
    edit(document)
    path = _write(tmp_path, document)
    error = _refused(kazakh_only, path)
    fields = [p.field for p in error.problems]
    assert where in fields, error.message
    assert f"  {where}: " in error.message  # the text shown to users lists it too
    assert str(path) in error.message
    assert kazakh_only.missions.find(BELARUS_MISSION_ID) is None


def test_every_problem_is_reported_at_once(kazakh_only: Services, tmp_path: Path) -> None:
    document = belarus()
    for name in (
        "item ends before it starts",
        "unknown currency",
        "dangling participant contact",
        "bad contact e-mail",
    ):
        CASES[name][0](document)
    error = _refused(kazakh_only, _write(tmp_path, document))
    assert {p.field for p in error.problems} >= {
        "items[2].end",
        "outcomes[0].currency",
        "participants[1].contact_id",
        "organizations[2].contacts[0].email",
    }


def test_every_reading_problem_is_reported_at_once(kazakh_only: Services, tmp_path: Path) -> None:
    document = belarus()
    for name in ("float amount", "bad item kind", "missing item start", "bad date"):
        CASES[name][0](document)
    error = _refused(kazakh_only, _write(tmp_path, document))
    assert {p.field for p in error.problems} == {
        "outcomes[1].amount",
        "items[0].kind",
        "items[3].start",
        "follow_ups[0].due_date",
    }


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (b"{not json", "not valid JSON (line 1"),
        (b"", "not valid JSON"),
        (b"[]", "not a Mission Planner mission file"),
        (b'"missionplanner/mission"', "not a Mission Planner mission file"),
        (json.dumps({"format": "anki/deck", "format_version": 1}).encode(), "not a Mission Planner mission file"),
        (json.dumps({"format": "missionplanner/mission"}).encode(), "no valid format_version"),
        (json.dumps({"format": "missionplanner/mission", "format_version": "1"}).encode(), "no valid format_version"),
        (b"[" * 100_000 + b"]" * 100_000, "nested too deeply"),
    ],
)
def test_a_file_that_is_no_mission_file_is_refused(
    kazakh_only: Services, tmp_path: Path, content: bytes, words: str
) -> None:
    assert words in _refused(kazakh_only, _write(tmp_path, content)).message


def test_a_newer_format_version_asks_for_an_update(kazakh_only: Services, tmp_path: Path) -> None:
    document = belarus()
    document["format_version"] = 2
    message = _refused(kazakh_only, _write(tmp_path, document)).message
    assert "newer" in message
    assert "update Mission Planner" in message


def test_a_mission_that_is_not_an_object_is_reported(kazakh_only: Services, tmp_path: Path) -> None:
    document = belarus()
    document["mission"] = []
    error = _refused(kazakh_only, _write(tmp_path, document))
    assert "mission" in [p.field for p in error.problems]


def test_a_too_large_file_is_refused_before_reading(
    kazakh_only: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(mission_files, "MAX_FILE_BYTES", 1000)
    message = _refused(kazakh_only, _write(tmp_path, belarus())).message
    assert "too large" in message


def test_non_utf8_text_is_refused(kazakh_only: Services, tmp_path: Path) -> None:
    text = BELARUS_FILE.read_text(encoding="utf-8").replace("“", '"').replace("”", '"').replace("–", "-")
    legacy = text.encode("cp1251", errors="replace")  # how an old Windows editor might save it
    assert "not UTF-8" in _refused(kazakh_only, _write(tmp_path, legacy)).message


def test_a_missing_file_is_reported(kazakh_only: Services, tmp_path: Path) -> None:
    assert "Cannot read" in _refused(kazakh_only, tmp_path / "nowhere.json").message


def test_utf8_with_a_byte_order_mark_is_accepted(kazakh_only: Services, tmp_path: Path) -> None:
    path = _write(tmp_path, b"\xef\xbb\xbf" + BELARUS_FILE.read_bytes())
    mission_id, _ = import_mission_file(kazakh_only, path)
    assert mission_id == BELARUS_MISSION_ID
    assert read_mission_file(path) == read_mission_file(BELARUS_FILE)


def test_a_minimal_file_takes_the_defaults(services: Services, tmp_path: Path) -> None:
    document = {
        "format": "missionplanner/mission",
        "format_version": 1,
        "mission": {"id": "m-1", "title": "Ашхабад", "start_date": "2025-01-01", "end_date": "2025-01-02"},
    }
    mission_id, changes = import_mission_file(services, _write(tmp_path, document))
    mission = services.missions.get(mission_id)
    assert (mission.timezone, mission.kind.value, mission.status.value) == ("UTC", "other", "draft")
    assert [(c.entity, c.id) for c in changes.changes] == [("mission", "m-1")]


def test_unknown_extra_fields_are_ignored(services: Services, tmp_path: Path) -> None:
    document = belarus()
    document["mission"]["budget"] = "n/a"
    document["x-comment"] = "exported by hand"
    assert import_mission_file(services, _write(tmp_path, document))[0] == BELARUS_MISSION_ID


def test_an_older_sample_in_the_database_is_untouched_by_a_refused_file(kazakh_only: Services, tmp_path: Path) -> None:
    before = kazakh_only.missions.snapshot(KAZAKHSTAN_MISSION_ID)
    document = json.loads(KAZAKHSTAN_FILE.read_text(encoding="utf-8"))
    broken = copy.deepcopy(document)
    broken["organizations"][0]["name"] = "Renamed club"  # would update the shared record...
    broken["mission"]["id"] = "new-mission"
    broken["items"][0]["end"] = "2000-01-01T00:00"  # ...but the file is refused
    _refused(kazakh_only, _write(tmp_path, broken))
    assert kazakh_only.missions.snapshot(KAZAKHSTAN_MISSION_ID) == before


def test_a_folder_or_a_missing_file_is_named_in_the_chosen_language(kazakh_only: Services, tmp_path: Path) -> None:
    """The system's own reasons ("Is a directory") are English whatever the app's language."""
    from missionplanner.i18n.catalog import use_language
    from missionplanner.i18n.languages import Language

    for path, reason in ((tmp_path, "it is a folder, not a file"), (tmp_path / "gone.json", "there is no such file")):
        error = _refused(kazakh_only, path)
        assert reason in error.message
        with use_language(Language.RUSSIAN), pytest.raises(ExchangeError) as caught:
            import_mission_file(kazakh_only, path)
        assert "directory" not in caught.value.message
        assert "No such file" not in caught.value.message
