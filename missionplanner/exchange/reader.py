"""A tolerant reader of untrusted JSON values that records every problem with its JSON path."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from typing import Any, TypeVar

from missionplanner.domain.errors import Problem, quotable
from missionplanner.domain.translation import QT_TRANSLATE_NOOP, translate

E = TypeVar("E", bound=StrEnum)
Obj = dict[str, Any]


class JsonReader:
    """Reads typed fields out of parsed JSON, collecting problems instead of stopping at the first."""

    def __init__(self) -> None:
        self.problems: list[Problem] = []

    def problem(self, path: str, message: str) -> None:
        self.problems.append(Problem(path, message))

    def obj(self, value: Any, path: str) -> Obj:
        if not isinstance(value, dict):
            self.problem(path, translate("JsonReader", "must be an object, not {kind}.").format(kind=_kind(value)))
            return {}
        return value

    def items(self, parent: Obj, key: str, path: str) -> list[tuple[str, Obj]]:
        value = parent.get(key, [])
        if value is None:
            return []
        if not isinstance(value, list):
            self.problem(path, translate("JsonReader", "must be a list, not {kind}.").format(kind=_kind(value)))
            return []
        return [(f"{path}[{i}]", self.obj(v, f"{path}[{i}]")) for i, v in enumerate(value)]

    def text(self, parent: Obj, key: str, path: str, *, required: bool = False) -> str:
        value = parent.get(key)
        if value is None:
            if required:
                self.problem(f"{path}.{key}", translate("JsonReader", "is missing; add it."))
            return ""
        if not isinstance(value, str):
            self.problem(
                f"{path}.{key}", translate("JsonReader", "must be text, not {kind}.").format(kind=_kind(value))
            )
            return ""
        return value

    def optional_text(self, parent: Obj, key: str, path: str) -> str | None:
        return self.text(parent, key, path) or None

    def id(self, parent: Obj, key: str, path: str) -> str:
        value = self.text(parent, key, path, required=True)
        if key in parent and isinstance(parent[key], str) and not value.strip():
            self.problem(f"{path}.{key}", translate("JsonReader", "is empty; give every record an id."))
        return value

    def texts(self, parent: Obj, key: str, path: str) -> tuple[str, ...]:
        value = parent.get(key, [])
        if value is None:
            return ()
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            self.problem(f"{path}.{key}", translate("JsonReader", "must be a list of text values."))
            return ()
        return tuple(value)

    def enum(self, parent: Obj, key: str, path: str, enum: type[E], default: E) -> E:
        value = parent.get(key)
        if value is None:
            return default
        try:
            return enum(value)
        except ValueError:
            allowed = ", ".join(m.value for m in enum)
            message = translate("JsonReader", "{value} is not one of: {allowed}.")
            self.problem(f"{path}.{key}", message.format(value=repr(value), allowed=allowed))
            return default

    def boolean(self, parent: Obj, key: str, path: str) -> bool:
        value = parent.get(key, False)
        if not isinstance(value, bool):
            message = translate("JsonReader", "must be true or false, not {kind}.")
            self.problem(f"{path}.{key}", message.format(kind=_kind(value)))
            return False
        return value

    def date(self, parent: Obj, key: str, path: str, *, required: bool = False) -> date | None:
        text = self.text(parent, key, path, required=required)
        if not text:
            return None
        try:
            return date.fromisoformat(text)
        except ValueError:
            message = translate("JsonReader", "'{value}' is not a date; use YYYY-MM-DD.")
            self.problem(f"{path}.{key}", message.format(value=quotable(text)))
            return None

    def local_datetime(self, parent: Obj, key: str, path: str) -> datetime | None:
        text = self.text(parent, key, path, required=True)
        if not text:
            return None
        try:
            moment = datetime.fromisoformat(text)
        except ValueError:
            message = translate("JsonReader", "'{value}' is not a local date and time; use YYYY-MM-DDTHH:MM.")
            self.problem(f"{path}.{key}", message.format(value=quotable(text)))
            return None
        if moment.tzinfo is not None:
            message = translate(
                "JsonReader", "must be local wall-clock time without an offset; put the zone in timezone."
            )
            self.problem(f"{path}.{key}", message)
            return None
        return moment.replace(second=0, microsecond=0)

    def decimal(self, parent: Obj, key: str, path: str) -> Decimal | None:
        value = parent.get(key)
        if value is None or value == "":
            return None
        if isinstance(value, bool) or not isinstance(value, (str, int)):
            # Floats are refused: 0.1 in JSON is already inexact.
            message = translate("JsonReader", 'must be a decimal written as text, such as "300000000.00".')
            self.problem(f"{path}.{key}", message)
            return None
        try:
            amount: Decimal | None = Decimal(str(value))
        except InvalidOperation:
            amount = None
        if amount is None or not amount.is_finite():
            message = translate("JsonReader", "{value} is not a decimal number.")
            self.problem(f"{path}.{key}", message.format(value=repr(value)))
            return None
        return amount


# What a JSON value is, as the messages above name it.
_KINDS = {
    dict: QT_TRANSLATE_NOOP("JsonReader", "an object"),
    list: QT_TRANSLATE_NOOP("JsonReader", "a list"),
    str: QT_TRANSLATE_NOOP("JsonReader", "text"),
    bool: QT_TRANSLATE_NOOP("JsonReader", "true/false"),
    type(None): QT_TRANSLATE_NOOP("JsonReader", "null"),
}
_NUMBER = QT_TRANSLATE_NOOP("JsonReader", "a number")


def _kind(value: Any) -> str:
    return translate("JsonReader", _KINDS.get(type(value), _NUMBER))
