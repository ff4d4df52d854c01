"""A new mission from a past one (or a template): what is carried over, and how dates move.

Pure: takes the source mission as a snapshot and returns the new mission as a snapshot, which
MissionService.restore writes in one transaction.

Date shifting. Every date moves by one whole number of days, `delta = effective_start - source_start`:
- by default the effective start is the chosen start date, so each item keeps its day offset from the
  mission's start;
- with keep_weekdays it is the first date on or after the chosen start that falls on the source's
  first weekday: `start + ((source_start.weekday() - start.weekday()) % 7)` days. Then delta is a
  multiple of 7, so every date keeps its weekday (the first Monday stays a Monday) and every offset
  is kept too.
Items carry naive local wall-clock times plus IANA zones: only the date part moves, the time of day
and the zones stay. (One exception: if keeping the wall-clock end would make an item end before it
starts, because the zones at its two ends change their clocks on different days, its end is
instead put the item's original length after its start.)

What is copied: the mission (fresh id, status draft, source_mission_id = the source), its organizers,
and by option its itinerary, travel legs, delegation and hosts. Directory records (organizations and
contacts) are shared, never duplicated: the snapshot carries the ones it refers to unchanged.
Outcomes and follow-ups are never copied; open follow-ups can become proposed agenda items.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from missionplanner.domain.calendar_names import day_month, month_year
from missionplanner.domain.enums import ItemKind, ItemStatus, MissionStatus
from missionplanner.domain.errors import Problem, ValidationError
from missionplanner.domain.models import FollowUp, Item, Mission, Participant, new_id, to_utc
from missionplanner.domain.snapshot import MissionSnapshot
from missionplanner.domain.translation import translate
from missionplanner.domain.validation import FIRST_DAY, LAST_DAY, TITLE_MAX

FOLLOW_UP_FIRST_START = time(9, 0)
FOLLOW_UP_LENGTH = timedelta(minutes=30)


@dataclass(frozen=True)
class CloneOptions:
    """What to carry over from the source mission, and when the new one starts."""

    start_date: date
    # None keeps the source's title, with the source's years replaced by the new ones ("May 2025" -> "May 2026").
    title: str | None = None
    # Items that are not travel legs, shifted.
    keep_itinerary: bool = True
    # Host organizations and host contacts of the items; cleared when False.
    keep_hosts: bool = True
    # The delegation (same directory contacts, fresh participant ids) and the items' attendee lists;
    # when False there is no delegation and every item is for the whole delegation.
    keep_delegation: bool = False
    # Travel legs, shifted, with their references (flight or train numbers) cleared.
    keep_travel: bool = True
    # The mission's objectives and notes, and the notes of copied items and participants.
    keep_objectives_and_notes: bool = True
    # Each open follow-up becomes a proposed item "Follow-up: <action>" (in the current language) on the
    # first day from 09:00.
    follow_ups_as_items: bool = False
    # Move the start to the first date on or after start_date with the source's first weekday.
    keep_weekdays: bool = False
    # The new mission is a template.
    as_template: bool = False


def is_travel(item: Item) -> bool:
    """Whether the item is a travel leg (carried by keep_travel rather than keep_itinerary)."""
    return item.travel is not None or item.kind == ItemKind.TRAVEL


def outside_the_years(new_start: date) -> Problem:
    """The problem with a start date that moves the mission's dates outside the years the planner accepts."""
    message = translate(
        "Cloning", "{date} moves the mission's dates outside the years {first}–{last}; choose another start date."
    )
    return Problem("start_date", message.format(date=new_start.isoformat(), first=FIRST_DAY.year, last=LAST_DAY.year))


def _dates_outside_the_years(mission: Mission) -> ValidationError:
    """A mission stored before the years were limited: copied as it is, its own dates are the problem."""
    message = translate(
        "Cloning",
        "the mission's dates ({start} to {end}) lie outside the years {first}–{last}; correct them in the "
        "mission first.",
    )
    text = message.format(
        start=mission.start_date.isoformat(), end=mission.end_date.isoformat(), first=FIRST_DAY.year, last=LAST_DAY.year
    )
    return ValidationError([Problem("start_date", text)])


def _beyond_calendar(new_start: date) -> ValidationError:
    return ValidationError([outside_the_years(new_start)])


def effective_start(source_start: date, new_start: date, keep_weekdays: bool) -> date:
    """The start the new mission gets: `new_start`, or with keep_weekdays the first date on or after it
    that falls on the same weekday as `source_start`."""
    if not keep_weekdays:
        return new_start
    try:
        return new_start + timedelta(days=(source_start.weekday() - new_start.weekday()) % 7)
    except OverflowError:
        raise _beyond_calendar(new_start) from None


def shifted_date(day: date, source_start: date, new_start: date, keep_weekdays: bool) -> date:
    """Where `day` of a mission starting on `source_start` lands in one starting on `new_start`.

    Raises ValidationError (field start_date) when that would be beyond year 9999 or before year 1.
    """
    try:
        return day + (effective_start(source_start, new_start, keep_weekdays) - source_start)
    except OverflowError:
        raise _beyond_calendar(new_start) from None


def carried_title(title: str, source: Mission, new_start: date, new_end: date) -> str:
    """The source's title with the years of its start and end replaced by the new mission's years."""
    years = {str(source.start_date.year): str(new_start.year), str(source.end_date.year): str(new_end.year)}
    pattern = re.compile(r"(?<!\d)(" + "|".join(re.escape(y) for y in years) + r")(?!\d)")
    return pattern.sub(lambda m: years[m.group(1)], title)


def _validate(options: CloneOptions) -> None:
    problems = []
    if not isinstance(options.start_date, date):
        message = translate("Cloning", "The new start date is required; choose the day the mission starts.")
        problems.append(Problem("start_date", message))
    if options.title is not None and not options.title.strip():
        problems.append(Problem("title", translate("Cloning", "Title is required; enter a title for the new mission.")))
    if problems:
        raise ValidationError(problems)


def _start_day(options: CloneOptions) -> date:
    start = options.start_date
    return start.date() if isinstance(start, datetime) else start


def _shift_item(item: Item, delta: timedelta) -> tuple[datetime, datetime]:
    start = item.start + delta
    end = item.end + delta
    if to_utc(end, item.effective_end_timezone) < to_utc(start, item.timezone):
        # The two zones changed their clocks between the old and the new dates: keep the length instead.
        length = item.end_utc - item.start_utc
        end_utc = to_utc(start, item.timezone) + length
        end = end_utc.astimezone(ZoneInfo(item.effective_end_timezone)).replace(tzinfo=None)
    return start, end


def open_follow_ups(source: MissionSnapshot) -> list[FollowUp]:
    """The source's follow-ups not yet done, in the source's order."""
    return [f for f in source.follow_ups if f.done_on is None]


def follow_up_item(
    follow_up: FollowUp,
    source: MissionSnapshot,
    mission: Mission,
    start: datetime,
    *,
    keep_hosts: bool,
    item_id: str,
) -> Item:
    """A proposed agenda item of `mission` that picks up an open follow-up of `source`."""
    outcomes = {o.id: o for o in source.outcomes}
    outcome = outcomes.get(follow_up.outcome_id) if follow_up.outcome_id else None
    action = " ".join(follow_up.action.split())
    title = translate("Cloning", "Follow-up: {action}").format(action=action)
    if len(title) > TITLE_MAX:
        title = title[: TITLE_MAX - 1].rstrip() + "…"
    when = month_year(source.mission.start_date)
    if outcome is not None:
        notes = translate("Cloning", "Carried over from the outcome '{outcome}' of '{mission}', agreed in {when}.")
        notes = notes.format(outcome=outcome.title, mission=source.mission.title, when=when)
    else:
        notes = translate("Cloning", "Carried over from the follow-ups of '{mission}' ({when}).")
        notes = notes.format(mission=source.mission.title, when=when)
    due = f"{day_month(follow_up.due_date)} {follow_up.due_date.year}" if follow_up.due_date else ""
    if follow_up.owner and due:
        notes += " " + translate("Cloning", "Owner: {owner}; due {due}.").format(owner=follow_up.owner, due=due)
    elif follow_up.owner:
        notes += " " + translate("Cloning", "Owner: {owner}.").format(owner=follow_up.owner)
    elif due:
        notes += " " + translate("Cloning", "Due {due}.").format(due=due)
    return Item(
        id=item_id,
        mission_id=mission.id,
        title=title,
        start=start,
        end=start + FOLLOW_UP_LENGTH,
        timezone=mission.timezone,
        kind=ItemKind.MEETING,
        host_organization_ids=outcome.organization_ids if outcome is not None and keep_hosts else (),
        status=ItemStatus.PROPOSED,
        notes=notes,
    )


def clone_plan(
    source: MissionSnapshot,
    options: CloneOptions,
    *,
    follow_ups: Sequence[FollowUp] | None = None,
    make_id: Callable[[], str] = new_id,
) -> MissionSnapshot:
    """The new mission made from `source` as `options` say, as a snapshot ready for MissionService.restore.

    `follow_ups` are the follow-ups to turn into items when options.follow_ups_as_items is set
    (default: every open follow-up of the source). `make_id` gives the fresh record ids.
    """
    _validate(options)
    try:
        return _plan(source, options, open_follow_ups(source) if follow_ups is None else list(follow_ups), make_id)
    except OverflowError:
        raise _beyond_calendar(_start_day(options)) from None


def _plan(
    source: MissionSnapshot, options: CloneOptions, carried: list[FollowUp], make_id: Callable[[], str]
) -> MissionSnapshot:
    old = source.mission
    start = effective_start(old.start_date, _start_day(options), options.keep_weekdays)
    delta = start - old.start_date
    end = old.end_date + delta
    if start < FIRST_DAY or end > LAST_DAY:
        if not delta:  # not moved (a template copy): no start date chosen could help
            raise _dates_outside_the_years(old)
        # One problem with the date chosen, rather than one per shifted item from the validation.
        raise _beyond_calendar(_start_day(options))
    title = options.title.strip() if options.title is not None else carried_title(old.title, old, start, end)
    keep_notes = options.keep_objectives_and_notes
    mission = replace(
        old,
        id=make_id(),
        title=title,
        start_date=start,
        end_date=end,
        status=MissionStatus.DRAFT,
        objectives=old.objectives if keep_notes else "",
        notes=old.notes if keep_notes else "",
        is_template=options.as_template,
        source_mission_id=old.id,
        created_at="",
        updated_at="",
    )

    participant_ids: dict[str, str] = {}
    participants: list[Participant] = []
    if options.keep_delegation:
        for p in source.participants:
            participant_ids[p.id] = make_id()
            participants.append(
                replace(
                    p,
                    id=participant_ids[p.id],
                    mission_id=mission.id,
                    notes=p.notes if keep_notes else "",
                    created_at="",
                    updated_at="",
                )
            )

    items: list[Item] = []
    for item in source.items:
        travel = is_travel(item)
        if not (options.keep_travel if travel else options.keep_itinerary):
            continue
        item_start, item_end = _shift_item(item, delta)
        attendees = item.attendee_ids
        if attendees is not None:
            attendees = (
                tuple(participant_ids[a] for a in attendees if a in participant_ids)
                if options.keep_delegation
                else None
            )
        items.append(
            replace(
                item,
                id=make_id(),
                mission_id=mission.id,
                start=item_start,
                end=item_end,
                host_organization_ids=item.host_organization_ids if options.keep_hosts else (),
                host_contact_ids=item.host_contact_ids if options.keep_hosts else (),
                attendee_ids=attendees,
                status=ItemStatus.PROPOSED,
                notes=item.notes if keep_notes else "",
                travel=replace(item.travel, reference="") if item.travel is not None else None,
                created_at="",
                updated_at="",
            )
        )

    if options.follow_ups_as_items:
        first = datetime.combine(start, FOLLOW_UP_FIRST_START)
        items += [
            follow_up_item(
                f, source, mission, first + n * FOLLOW_UP_LENGTH, keep_hosts=options.keep_hosts, item_id=make_id()
            )
            for n, f in enumerate(carried)
        ]

    # The directory records the new mission refers to, shared with the source (same ids, unchanged).
    contact_ids = {p.contact_id for p in participants} | {c for i in items for c in i.host_contact_ids}
    contacts = tuple(c for c in source.contacts if c.id in contact_ids)
    organization_ids = (
        {o.organization_id for o in mission.organizers}
        | {h for i in items for h in i.host_organization_ids}
        | {c.organization_id for c in contacts if c.organization_id}
    )
    organizations = tuple(o for o in source.organizations if o.id in organization_ids)
    return MissionSnapshot(
        mission=mission,
        organizations=organizations,
        contacts=contacts,
        participants=tuple(participants),
        items=tuple(items),
    )
