"""Reading and writing mission files, and importing them through the services."""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

from missionplanner.domain.errors import ExchangeError, ValidationError
from missionplanner.domain.snapshot import MissionSnapshot, with_fresh_ids
from missionplanner.domain.translation import translate
from missionplanner.exchange.mission_format import dumps, file_problems, from_document
from missionplanner.services.app import Services
from missionplanner.services.changes import ChangeSet

# A mission with thousands of items is a few MB; anything far larger is not a mission file.
MAX_FILE_BYTES = 64 * 1024 * 1024


def read_mission_file(path: Path) -> MissionSnapshot:
    """Parse and validate a mission file; every problem is reported with its JSON path."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            message = translate(
                "MissionFiles",
                "{path} is {size} MB, too large to be a mission file (limit {limit} MB); "
                "check that you chose the right file.",
            )
            raise ExchangeError(
                message.format(path=path, size=f"{size / 1e6:.0f}", limit=f"{MAX_FILE_BYTES / 1e6:.0f}")
            )
        raw = path.read_bytes()
    except OSError as error:
        message = translate("MissionFiles", "Cannot read {path}: {reason}.")
        raise ExchangeError(message.format(path=path, reason=error.strerror or error)) from None
    try:
        document = json.loads(raw.decode("utf-8-sig"))
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
    try:
        snapshot = from_document(document)
    except ExchangeError as error:
        # Keep the problems themselves, not only their text: front ends show each one at its JSON path.
        headline = error.message.split("\n", 1)[0]
        raise ExchangeError(f"{path}: {headline}", error.problems) from None
    problems = file_problems(snapshot, document)
    if problems:
        message = translate("MissionFiles", "{path} has problems; nothing was imported:")
        raise ExchangeError(message.format(path=path), problems)
    return snapshot


def import_snapshot(services: Services, snapshot: MissionSnapshot, *, as_copy: bool = False) -> tuple[str, ChangeSet]:
    """Write a parsed mission into the database in one transaction; return its id."""
    if as_copy:
        snapshot = with_fresh_ids(snapshot)
    try:
        changes = services.missions.restore(snapshot)
    except ValidationError as error:
        raise ExchangeError(translate("MissionFiles", "The mission cannot be imported:"), error.problems) from None
    return snapshot.mission.id, changes


def import_mission_file(services: Services, path: Path, *, as_copy: bool = False) -> tuple[str, ChangeSet]:
    return import_snapshot(services, read_mission_file(path), as_copy=as_copy)


def export_mission_file(services: Services, mission_id: str, out: Path) -> Path:
    """Write the mission to `out` atomically: a crash never leaves a half-written file."""
    text = dumps(services.missions.snapshot(mission_id))
    out = Path(out)
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=out.parent, prefix=f".{out.name}.", suffix=".partial")
        try:
            with os.fdopen(handle, "w", encoding="utf-8") as stream:
                stream.write(text)
            os.replace(temporary, out)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
    except OSError as error:
        message = translate("MissionFiles", "Cannot write {path}: {reason}.")
        raise ExchangeError(message.format(path=out, reason=error.strerror or error)) from None
    return out
