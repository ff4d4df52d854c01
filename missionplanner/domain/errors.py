"""The one error hierarchy every layer raises and every front end knows how to show."""

from __future__ import annotations

from dataclasses import dataclass


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


class NotFoundError(MissionPlannerError):
    """A record asked for by id does not exist."""

    def __init__(self, entity: str, record_id: str) -> None:
        super().__init__(f"No {entity} with id {record_id!r} in this database.")
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
