"""Reading and writing mission files, and importing them through the services."""

from __future__ import annotations

import json
from pathlib import Path

from missionplanner.domain.errors import (
    ExchangeError,
    MissionPlannerError,
    Problem,
    ValidationError,
    os_reason,
    quotable,
)
from missionplanner.domain.snapshot import MissionSnapshot, with_fresh_ids
from missionplanner.domain.translation import translate
from missionplanner.exchange.file_input import DeviceFileError, FileTooLargeError, read_limited
from missionplanner.exchange.mission_format import dumps, file_problems, from_document
from missionplanner.exchange.reader import loads_checked
from missionplanner.services.app import Services
from missionplanner.services.changes import ChangeSet
from missionplanner.storage.output_files import atomic_output, check_target

# A mission with thousands of items is a few MB; anything far larger is not a mission file.
MAX_FILE_BYTES = 64 * 1024 * 1024


def read_mission_file(path: Path, *, pipes: bool = True) -> MissionSnapshot:
    """Parse and validate a mission file; every problem is reported with its JSON path (`pipes`: see
    read_limited)."""
    path = Path(path)
    try:
        raw = read_limited(path, MAX_FILE_BYTES, pipes=pipes)
    except FileTooLargeError as error:
        if error.size is not None:
            message = translate(
                "MissionFiles",
                "{path} is {size} MB, too large to be a mission file (limit {limit} MB); "
                "check that you chose the right file.",
            )
            size = f"{error.size / 1e6:.0f}"
        else:
            message = translate(
                "MissionFiles",
                "{path} holds more than {limit} MB, too large to be a mission file; "
                "check that you chose the right file.",
            )
            size = ""
        raise ExchangeError(message.format(path=path, size=size, limit=f"{MAX_FILE_BYTES / 1e6:.0f}")) from None
    except DeviceFileError:
        message = translate("MissionFiles", "{path} is a device or a pipe, not a file; choose a mission file (.json).")
        raise ExchangeError(message.format(path=path)) from None
    except OSError as error:
        message = translate("MissionFiles", "Cannot read {path}: {reason}.")
        raise ExchangeError(message.format(path=path, reason=os_reason(error))) from None
    try:
        document, value_problems = loads_checked(raw.decode("utf-8-sig"))
    except UnicodeDecodeError:
        message = translate("MissionFiles", "{path} is not a mission file: it is not UTF-8 text.")
        raise ExchangeError(message.format(path=path)) from None
    except json.JSONDecodeError as error:
        message = translate("MissionFiles", "{path} is not valid JSON (line {line}, column {column}: {reason}).")
        raise ExchangeError(
            message.format(path=path, line=error.lineno, column=error.colno, reason=error.msg)
        ) from None
    except RecursionError:
        message = translate("MissionFiles", "{path} is nested too deeply to be a mission file.")
        raise ExchangeError(message.format(path=path)) from None
    if value_problems:
        # Refused before reading the fields: a lone surrogate fails only when the text is stored or printed.
        raise ExchangeError(_has_problems(path), value_problems)
    try:
        snapshot = from_document(document)
    except ExchangeError as error:
        # Keep the problems themselves, not only their text: front ends show each one at its JSON path.
        headline = error.message.split("\n", 1)[0]
        raise ExchangeError(f"{path}: {headline}", error.problems) from None
    problems = file_problems(snapshot, document)
    if problems:
        raise ExchangeError(_has_problems(path), problems)
    return snapshot


def _has_problems(path: Path) -> str:
    return translate("MissionFiles", "{path} has problems; nothing was imported:").format(path=path)


# The records a mission owns, by the name of their list in the file. Organizations and contacts are
# left out: they belong to the directory, and a file naming known ones updates them.
_OWNED = ("participants", "items", "outcomes", "follow_ups")


def id_clash_problems(services: Services, snapshot: MissionSnapshot) -> list[Problem]:
    """Ids of the mission's own records that this database already holds: the first of each list, by JSON path.

    A file whose mission id is new but whose participants, items... are known is a copy of a mission
    already here (its id edited, or exported again after an import as a copy); it can only be imported
    as a copy. The mission id itself is checked by MissionService.restore.
    """
    store = services.store
    repositories = {
        "participants": store.participants,
        "items": store.items,
        "outcomes": store.outcomes,
        "follow_ups": store.follow_ups,
    }
    problems = []
    for name in _OWNED:
        records = getattr(snapshot, name)
        known = repositories[name].existing_ids(r.id for r in records)
        clashing = [(index, r.id) for index, r in enumerate(records) if r.id in known]
        if clashing:
            # One line per list: a copy of a large mission clashes on thousands of ids.
            index, record_id = clashing[0]
            message = translate(
                "MissionFiles", "'{id}' is already in this database ({count} of the {total} ids in this list are)."
            )
            problems.append(
                Problem(
                    f"{name}[{index}].id",
                    message.format(id=quotable(record_id), count=len(clashing), total=len(records)),
                )
            )
    return problems


def import_snapshot(
    services: Services, snapshot: MissionSnapshot, *, as_copy: bool = False, path: Path | None = None
) -> tuple[str, ChangeSet]:
    """Write a parsed mission into the database in one transaction; return its id.

    `path` is the file it was read from, named in the messages.
    """
    if as_copy:
        snapshot = with_fresh_ids(snapshot)
    elif not services.store.missions.exists(snapshot.mission.id):
        # Found before writing: the database would only refuse the first clash, as a bare constraint failure.
        clashes = id_clash_problems(services, snapshot)
        if clashes:
            message = translate(
                "MissionFiles",
                "{file} is probably a copy of a mission already in this database: its mission id is new, but "
                "the ids below are here already. Import it as a copy (on the command line: --as-copy); "
                "nothing was imported:",
            )
            file = path if path is not None else translate("MissionFiles", "The mission file")
            raise ExchangeError(message.format(file=file), clashes)
    try:
        changes = services.missions.restore(snapshot)
    except ValidationError as error:
        raise ExchangeError(translate("MissionFiles", "The mission cannot be imported:"), error.problems) from None
    return snapshot.mission.id, changes


def import_mission_file(services: Services, path: Path, *, as_copy: bool = False) -> tuple[str, ChangeSet]:
    """Read, check and import a mission file in one transaction; return the mission's id."""
    return import_snapshot(services, read_mission_file(path), as_copy=as_copy, path=Path(path))


def export_mission_file(services: Services, mission_id: str, out: Path) -> Path:
    """Write the mission to `out` atomically: a crash never leaves a half-written file."""
    text = dumps(services.missions.snapshot(mission_id))
    out = Path(out)
    try:
        check_target(out)  # before making the folders it would go in
        out.parent.mkdir(parents=True, exist_ok=True)
        # The shared writer: the same refusals (devices, databases) and file mode as every other output.
        with atomic_output(out) as temporary:
            temporary.write_text(text, encoding="utf-8")
    except OSError as error:
        message = translate("MissionFiles", "Cannot write {path}: {reason}.")
        raise ExchangeError(message.format(path=out, reason=os_reason(error))) from None
    except MissionPlannerError as error:
        # Callers expect an ExchangeError; the writer's messages already name the file and what to do.
        raise ExchangeError(error.message) from None
    return out
