"""A tolerant reader of untrusted JSON values that records every problem with its JSON path."""

from __future__ import annotations

import json
import re
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from typing import Any, TypeVar

from missionplanner.domain.errors import Problem, quotable
from missionplanner.domain.translation import QT_TRANSLATE_NOOP, translate
from missionplanner.domain.validation import grouped

E = TypeVar("E", bound=StrEnum)
Obj = dict[str, Any]

# No field of a mission file holds an integer anywhere near this long; Python refuses to even convert
# integers of more than 4,300 digits (ValueError), so longer ones are kept as text and reported.
MAX_INTEGER_DIGITS = 100
# A JSON escape of a UTF-16 surrogate (\ud800-\udfff); paired ones are joined by the parser, lone ones
# stay in the text and cannot be stored or written as UTF-8.
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")
_SURROGATE = re.compile("[\ud800-\udfff]")


class LongInteger:
    """A JSON integer too long to be a value of any field (see MAX_INTEGER_DIGITS): only its length is kept.

    Not an int or a str, so that a reader that meets one anyway calls it "a number" and refuses it.
    """

    __slots__ = ("digits",)

    def __init__(self, digits: int) -> None:
        self.digits = digits


def loads_checked(text: str) -> tuple[Any, list[Problem]]:
    """json.loads of `text`, and the values it accepts but nothing after it can use, by JSON path.

    Those are lone surrogates (which cannot be stored or written as UTF-8) and integers of more than
    MAX_INTEGER_DIGITS digits. Raises what json.loads raises for text that is not JSON.
    """
    long_integers = False

    def parse_int(digits: str) -> int | LongInteger:
        nonlocal long_integers
        count = len(digits) - digits.startswith("-")
        if count > MAX_INTEGER_DIGITS:
            long_integers = True
            return LongInteger(count)
        return int(digits)

    document = json.loads(text, parse_int=parse_int)
    surrogates = _SURROGATE_ESCAPE.search(text) is not None
    if not (long_integers or surrogates):
        return document, []  # the usual case: no need to walk every value
    return document, _value_problems(document, surrogates=surrogates)


def _value_problems(document: Any, *, surrogates: bool) -> list[Problem]:
    problems: list[Problem] = []
    # Depth first with an explicit stack: a document json.loads could parse may still be deeper than
    # the recursion limit allows a recursive walk to go.
    stack: list[tuple[str, Any]] = [("", document)]
    while stack:
        path, value = stack.pop()
        if isinstance(value, LongInteger):
            message = translate(
                "JsonReader", "is a number of {count} digits, far longer than any value of a mission file; correct it."
            )
            problems.append(Problem(path or "$", message.format(count=grouped(value.digits))))
        elif isinstance(value, str):
            if surrogates and _SURROGATE.search(value):
                problems.append(Problem(path or "$", _surrogate_message(value)))
        elif isinstance(value, dict):
            for key, item in reversed(value.items()):
                name = _path_text(key)
                child = f"{path}.{name}" if path else name
                if surrogates and _SURROGATE.search(key):
                    problems.append(Problem(child, _surrogate_message(key)))
                stack.append((child, item))
        elif isinstance(value, list):
            stack.extend((f"{path or '$'}[{i}]", item) for i, item in reversed(list(enumerate(value))))
    return problems


def _surrogate_message(text: str) -> str:
    found = _SURROGATE.search(text)
    assert found is not None
    message = translate(
        "JsonReader",
        "contains the escape {escape}, half of a character pair without its other half; "
        "remove it or write the character meant.",
    )
    return message.format(escape=f"\\u{ord(found[0]):04x}")


def _path_text(key: str) -> str:
    """A key as a JSON path shows it: a lone surrogate escaped, so the path can be printed."""
    return key.encode("utf-8", "backslashreplace").decode("utf-8") if _SURROGATE.search(key) else key


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
