"""Validation rules for every record; each problem names its field and says what to do."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import fields
from datetime import date
from decimal import Decimal
from functools import cache
from itertools import compress, repeat
from operator import attrgetter

from missionplanner.domain.calendar_names import short_day_month
from missionplanner.domain.errors import Problem, ValidationError, quotable
from missionplanner.domain.models import Contact, FollowUp, Item, Mission, Organization, Outcome
from missionplanner.domain.reference import is_country, is_currency, is_timezone
from missionplanner.domain.translation import current_language_code, translate

TITLE_MAX = 500
TEXT_MAX = 100_000
# The days a plan may use: far wider than any mission, archive or follow-up needs, and far from the ends
# of Python's calendar (years 1 and 9999), where shifting by a day or a time zone no longer fits and every
# later check, calendar or report of the mission would fail.
FIRST_DAY = date(1900, 1, 1)
LAST_DAY = date(2199, 12, 31)
# Far beyond any real trade deal, but small enough to be stored exactly.
AMOUNT_MAX = Decimal("1e15")
# A typed id matches the ids it begins from this many characters on (fewer would match at random).
SHORTEST_ID_PREFIX = 4
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def ensure_valid(problems: Iterable[Problem]) -> None:
    """Raise a ValidationError listing every problem, if there is any."""
    found = list(problems)
    if found:
        raise ValidationError(found)


def grouped(number: int) -> str:
    """A whole number with its thousands grouped as the current language groups them: '100,000' / '100 000'."""
    text = f"{number:,}"
    return text.replace(",", "\u00a0") if current_language_code() == "ru" else text


def _required(value: str, name: str, message: str) -> list[Problem]:
    """`message` (a whole sentence naming the field, already translated) when `value` is blank."""
    if not value or not value.strip():
        return [Problem(name, message)]
    return []


def too_long(length: int, limit: int) -> str:
    """What to say about a text of `length` characters where at most `limit` fit (after the field's name)."""
    # Both numbers grouped alike ('100,001' and '100,000'); the count only picks the plural form.
    text = translate("Validation", "is {length} character(s) long; shorten it to at most {limit}.", None, length)
    return text.format(length=grouped(length), limit=grouped(limit))


@cache
def _fields_of(kind: type) -> tuple[tuple[str, ...], attrgetter]:
    # dataclasses.fields() builds its answer on every call; a restored mission validates thousands of records.
    names = tuple(f.name for f in fields(kind))
    return names, attrgetter(*names)


def _lengths(record: object, limits: dict[str, int]) -> list[Problem]:
    names, getter = _fields_of(type(record))
    values = getter(record) if len(names) > 1 else (getter(record),)
    # Almost every record passes: find that out in C (map, compress) before looking field by field.
    texts = compress(values, map(isinstance, values, repeat(str)))
    if max(map(len, texts), default=0) <= min((*limits.values(), TEXT_MAX)):
        return []
    problems = []
    for name, value in zip(names, values, strict=True):
        if isinstance(value, str):
            limit = limits.get(name, TEXT_MAX)
            if len(value) > limit:
                problems.append(Problem(name, too_long(len(value), limit)))
    return problems


def not_a_country(value: str) -> str:
    return translate(
        "Validation", "'{value}' is not an ISO 3166-1 country code; use two letters such as TM or BY."
    ).format(value=quotable(value))


def not_a_timezone(value: str) -> str:
    return translate("Validation", "'{value}' is not an IANA time zone; use a name such as Asia/Ashgabat.").format(
        value=quotable(value)
    )


def _country(value: str | None, name: str) -> list[Problem]:
    if value and not is_country(value):
        return [Problem(name, not_a_country(value))]
    return []


def _email(value: str, name: str = "email") -> list[Problem]:
    if value and not _EMAIL.match(value.strip()):
        message = translate("Validation", "'{value}' is not an e-mail address; use the form name@example.org.")
        return [Problem(name, message.format(value=quotable(value)))]
    return []


def _within_calendar(day: date | None, name: str) -> list[Problem]:
    if day is None or FIRST_DAY <= day <= LAST_DAY:
        return []
    message = translate("Validation", "{date} is outside the years {first}–{last}; choose a date within them.")
    return [Problem(name, message.format(date=day.isoformat(), first=FIRST_DAY.year, last=LAST_DAY.year))]


def _timezone(value: str | None, name: str) -> list[Problem]:
    if value is not None and not is_timezone(value):
        return [Problem(name, not_a_timezone(value))]
    return []


def organization_problems(org: Organization) -> list[Problem]:
    return [
        *_required(org.name, "name", translate("Validation", "Name is required; enter a name.")),
        *_lengths(org, {"name": TITLE_MAX, "name_local": TITLE_MAX}),
        *_country(org.country, "country"),
        *_email(org.email),
    ] + (
        [Problem("sectors", translate("Validation", "A sector name is empty; remove the empty entry."))]
        if any(not sector.strip() for sector in org.sectors)
        else []
    )


def contact_problems(contact: Contact) -> list[Problem]:
    return [
        # A person's name, not an organization's: its own context, as some languages word it differently.
        *_required(contact.name, "name", translate("ContactValidation", "Name is required; enter a name.")),
        *_lengths(contact, {"name": TITLE_MAX}),
        *_email(contact.email),
    ]


def mission_problems(mission: Mission) -> list[Problem]:
    problems = [
        *_required(mission.title, "title", translate("Validation", "Title is required; enter a title.")),
        *_lengths(mission, {"title": TITLE_MAX}),
        *_country(mission.origin_country, "origin_country"),
        *_country(mission.destination_country, "destination_country"),
        *_timezone(mission.timezone, "timezone"),
        *_within_calendar(mission.start_date, "start_date"),
        *_within_calendar(mission.end_date, "end_date"),
    ]
    if mission.end_date < mission.start_date:
        problems.append(
            Problem(
                "end_date",
                translate(
                    "Validation", "The mission ends before it starts; choose an end date on or after the start date."
                ),
            )
        )
    organizer_ids = [o.organization_id for o in mission.organizers]
    if len(set(organizer_ids)) != len(organizer_ids):
        problems.append(
            Problem(
                "organizers", translate("Validation", "An organization is listed twice; keep it once with one role.")
            )
        )
    return problems


def item_problems(item: Item) -> list[Problem]:
    problems = [
        *_required(item.title, "title", translate("Validation", "Title is required; enter a title.")),
        *_lengths(item, {"title": TITLE_MAX}),
        *_timezone(item.timezone, "timezone"),
        *_timezone(item.end_timezone, "end_timezone"),
        *_within_calendar(item.start.date(), "start"),
        *_within_calendar(item.end.date(), "end"),
    ]
    # The UTC times need valid zones and days within the calendar (near its ends they may not exist).
    if (
        not any(p.field in ("timezone", "end_timezone", "start", "end") for p in problems)
        and item.end_utc < item.start_utc
    ):
        problems.append(
            Problem(
                "end", translate("Validation", "The item ends before it starts; set an end time after the start time.")
            )
        )
    if item.travel is not None:
        problems += _lengths(item.travel, {})
    if item.attendee_ids is not None and len(set(item.attendee_ids)) != len(item.attendee_ids):
        problems.append(
            Problem("attendee_ids", translate("Validation", "A participant is listed twice; list each attendee once."))
        )
    return problems


def _short_date(day: date) -> str:
    """'23 May 2025' / '23 мая 2025'."""
    return f"{short_day_month(day)} {day.year}"


def item_warnings(item: Item, mission: Mission) -> list[Problem]:
    """Things worth a look that do not stop saving, such as an item outside the mission's dates."""
    if item.start.date() < mission.start_date or item.end.date() > mission.end_date:
        message = translate("Validation", "'{title}' falls outside the mission's dates ({start} – {end}).")
        return [
            Problem(
                "start",
                message.format(
                    title=item.title, start=_short_date(mission.start_date), end=_short_date(mission.end_date)
                ),
            )
        ]
    return []


def outcome_problems(outcome: Outcome) -> list[Problem]:
    problems = [
        *_required(outcome.title, "title", translate("Validation", "Title is required; enter a title.")),
        *_lengths(outcome, {"title": TITLE_MAX}),
    ]
    if outcome.amount is not None:
        if not outcome.amount.is_finite():
            message = translate("Validation", "The amount is not a number; enter digits such as 1250000.00.")
            problems.append(Problem("amount", message))
        elif outcome.amount < 0:
            problems.append(Problem("amount", translate("Validation", "The amount is negative; enter zero or more.")))
        elif outcome.amount >= AMOUNT_MAX:
            message = translate("Validation", "The amount is implausibly large; check the number of digits.")
            problems.append(Problem("amount", message))
        if not outcome.currency:
            message = translate("Validation", "An amount needs a currency; choose one such as USD.")
            problems.append(Problem("currency", message))
    problems += _within_calendar(outcome.signed_on, "signed_on")
    if outcome.currency and not is_currency(outcome.currency):
        message = translate("Validation", "'{value}' is not an ISO 4217 currency code; use one such as USD.")
        problems.append(Problem("currency", message.format(value=quotable(outcome.currency))))
    return problems


def follow_up_problems(follow_up: FollowUp) -> list[Problem]:
    return [
        *_required(follow_up.action, "action", translate("Validation", "Action is required; enter an action.")),
        *_lengths(follow_up, {"action": TITLE_MAX}),
        *_within_calendar(follow_up.due_date, "due_date"),
        *_within_calendar(follow_up.done_on, "done_on"),
    ]


def _plain_number(text: str) -> str | None:
    """`text` with "." as its decimal mark and no group separators; None if its grouping is malformed."""
    last_comma, last_dot = text.rfind(","), text.rfind(".")
    if last_comma >= 0 and last_dot >= 0:
        # "1,250,000.50" and "1.250.000,50": the separator that comes last is the decimal mark.
        mark: str | None = "," if last_comma > last_dot else "."
    elif text.count(",") == 1 or text.count(".") == 1:
        # A lone separator is a decimal mark, as in "1250000,50" (comma decimals are usual in BY, RU, TM).
        mark = "," if last_comma >= 0 else "."
    else:
        # Several commas or several dots and nothing else, as in "1,250,000": they only group digits.
        mark = None
    whole, fraction = text.rsplit(mark, 1) if mark else (text, None)
    # The group separator is the other one; with no decimal mark, whichever appears.
    group = "." if mark == "," or (mark is None and "." in text) else ","
    if group in whole:
        # Check the grouping, so that a slip such as "1,2,3" is refused instead of read as 123.
        if not re.fullmatch(rf"[+-]?\d{{1,3}}(?:{re.escape(group)}\d{{2,3}})*{re.escape(group)}\d{{3}}", whole):
            return None
        whole = whole.replace(group, "")
    return whole if fraction is None else f"{whole}.{fraction}"


def parse_amount(text: str | None, field_name: str = "amount") -> Decimal | None:
    """An exact decimal from user or file text ("1 250 000,50", "1,250,000.50" and "1250000.50" all work)."""
    if text is None or not str(text).strip():
        return None
    # Any kind of space groups digits: spreadsheets and locales use U+00A0 and U+202F too.
    cleaned = _plain_number(re.sub(r"[\s_]", "", str(text)))
    try:
        value = Decimal(cleaned) if cleaned is not None else None
    except ArithmeticError:
        value = None
    if value is None or not value.is_finite():
        message = translate("Validation", "'{value}' is not an amount; enter digits such as 1250000.00.")
        raise ValidationError.single(field_name, message.format(value=quotable(text)))
    return value


def parse_date(text: str | None, field_name: str) -> date | None:
    """A date from ISO text (YYYY-MM-DD), or None for empty text."""
    if text is None or not str(text).strip():
        return None
    try:
        return date.fromisoformat(str(text).strip())
    except ValueError:
        message = translate("Validation", "'{value}' is not a date; use the form YYYY-MM-DD.")
        raise ValidationError.single(field_name, message.format(value=quotable(text))) from None
