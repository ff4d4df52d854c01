"""The one error hierarchy every layer raises and every front end knows how to show."""

from __future__ import annotations

import errno
from dataclasses import dataclass

from missionplanner.domain.translation import QT_TRANSLATE_NOOP, translate


def quotable(value: object) -> str:
    """`value` as text to put between quotes in a message: escaped as repr escapes it, without repr's quotes."""
    return repr(str(value))[1:-1]


# What the operating system says of a failed file operation, for the errors people meet; strerror is in
# the system's language (English here), whatever the app's.
_OS_REASONS = {
    errno.ENOENT: QT_TRANSLATE_NOOP("Errors", "there is no such file or folder"),
    errno.EISDIR: QT_TRANSLATE_NOOP("Errors", "it is a folder, not a file"),
    errno.ENOTDIR: QT_TRANSLATE_NOOP("Errors", "a part of the path is a file, not a folder"),
    errno.EACCES: QT_TRANSLATE_NOOP("Errors", "permission denied"),
    errno.EPERM: QT_TRANSLATE_NOOP("Errors", "the operation is not permitted"),
    errno.EROFS: QT_TRANSLATE_NOOP("Errors", "the disk is read-only"),
    errno.ENOSPC: QT_TRANSLATE_NOOP("Errors", "the disk is full"),
    errno.ENAMETOOLONG: QT_TRANSLATE_NOOP("Errors", "the name is too long"),
}


def os_reason(error: OSError) -> str:
    """Why a file operation failed, in the current language where the reason is a common one."""
    known = _OS_REASONS.get(error.errno or 0)
    if known is not None:
        return translate("Errors", known)
    return error.strerror or str(error)


class MissionPlannerError(Exception):
    """Base of every error meant to be shown to a user as a message."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


@dataclass(frozen=True)
class Problem:
    """One invalid field: where it is and what to do about it."""

    field: str
    message: str

    def __str__(self) -> str:
        return f"{self.field}: {self.message}"


class ValidationError(MissionPlannerError):
    """One or more fields are invalid; nothing was written."""

    def __init__(self, problems: list[Problem] | Problem) -> None:
        self.problems = [problems] if isinstance(problems, Problem) else list(problems)
        if not self.problems:
            raise ValueError("ValidationError needs at least one problem")
        super().__init__("; ".join(str(p) for p in self.problems))

    @property
    def field(self) -> str:
        return self.problems[0].field

    @classmethod
    def single(cls, field: str, message: str) -> ValidationError:
        return cls(Problem(field, message))


# One whole sentence per kind of record (the repositories' `entity` names), for the grammar of each language.
_NOT_FOUND = {
    "mission": QT_TRANSLATE_NOOP("Errors", "No mission with id '{id}' in this database."),
    "participant": QT_TRANSLATE_NOOP("Errors", "No participant with id '{id}' in this database."),
    "itinerary item": QT_TRANSLATE_NOOP("Errors", "No itinerary item with id '{id}' in this database."),
    "outcome": QT_TRANSLATE_NOOP("Errors", "No outcome with id '{id}' in this database."),
    "outcome status change": QT_TRANSLATE_NOOP("Errors", "No outcome status change with id '{id}' in this database."),
    "follow-up": QT_TRANSLATE_NOOP("Errors", "No follow-up with id '{id}' in this database."),
    "organization": QT_TRANSLATE_NOOP("Errors", "No organization with id '{id}' in this database."),
    "contact": QT_TRANSLATE_NOOP("Errors", "No contact with id '{id}' in this database."),
    "city": QT_TRANSLATE_NOOP("Errors", "No city with id '{id}' in this database."),
}


class NotFoundError(MissionPlannerError):
    """A record asked for by id does not exist."""

    def __init__(self, entity: str, record_id: str) -> None:
        known = _NOT_FOUND.get(entity)
        if known is not None:
            message = translate("Errors", known).format(id=quotable(record_id))
        else:
            message = translate("Errors", "No {entity} with id '{id}' in this database.").format(
                entity=entity, id=quotable(record_id)
            )
        super().__init__(message)
        self.entity = entity
        self.record_id = record_id


class DatabaseError(MissionPlannerError):
    """The database file cannot be used: not ours, corrupt, newer, locked, unwritable."""


class ExchangeError(MissionPlannerError):
    """A mission file cannot be read or imported; `problems` lists every issue found."""

    def __init__(self, message: str, problems: list[Problem] | None = None) -> None:
        self.problems = problems or []
        detail = "".join(f"\n  {p}" for p in self.problems)
        super().__init__(message + detail)
