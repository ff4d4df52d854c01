"""iCalendar (RFC 5545) export of a mission's itinerary, or of one participant's part of it.

Every item (travel legs too) becomes one VEVENT whose start and end carry their own IANA zones, with
the VTIMEZONE definitions they need. UIDs come from item ids, so importing a later export into the
same calendar updates the events instead of adding copies.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from icalendar import Calendar, Event

from missionplanner import __version__
from missionplanner.domain.enums import ItemStatus
from missionplanner.domain.models import Item
from missionplanner.domain.translation import translate
from missionplanner.reports.data import MissionData, attends, resolve_participant
from missionplanner.reports.files import check_suffix
from missionplanner.services.app import Services
from missionplanner.storage.output_files import atomic_output

UID_DOMAIN = "missionplanner"

_STATUS = {
    ItemStatus.PROPOSED: "TENTATIVE",
    ItemStatus.REQUESTED: "TENTATIVE",
    ItemStatus.CONFIRMED: "CONFIRMED",
    ItemStatus.DONE: "CONFIRMED",
    ItemStatus.CANCELLED: "CANCELLED",
}


def event_uid(item_id: str) -> str:
    return f"{item_id}@{UID_DOMAIN}"


def _stamp(text: str) -> datetime:
    """When the item last changed (its DTSTAMP), so that an unchanged item exports identically."""
    try:
        moment = datetime.fromisoformat(text)
    except (TypeError, ValueError):
        return datetime.now(UTC).replace(microsecond=0)
    return (moment if moment.tzinfo else moment.replace(tzinfo=UTC)).astimezone(UTC)


def _location(item: Item) -> str:
    if item.travel is not None and not item.venue:
        return " → ".join(v for v in (item.travel.from_city, item.travel.to_city) if v)
    return ", ".join(v for v in (item.venue, item.city) if v)


def _description(data: MissionData, item: Item) -> str:
    parts = []
    if item.travel is not None:
        travel = item.travel
        line = f"{travel.mode.label} {travel.from_city} – {travel.to_city}".strip()
        if travel.reference:
            line = translate("Calendar", "{route}, ref. {reference}").format(route=line, reference=travel.reference)
        parts.append(line)
    if item.agenda:
        parts.append(item.agenda)
    hosts = [data.organization_name(h) for h in item.host_organization_ids]
    if any(hosts):
        parts.append(translate("Calendar", "Hosts: {names}").format(names="; ".join(h for h in hosts if h)))
    for contact_id in item.host_contact_ids:
        contact = data.contact(contact_id)
        if contact is not None:
            person = ", ".join(v for v in (contact.name, contact.position, contact.phone) if v)
            parts.append(translate("Calendar", "Contact: {person}").format(person=person))
    if item.attendee_ids is not None:
        names = ", ".join(n for n in (data.participant_name(p) for p in item.attendee_ids) if n)
        if names:
            parts.append(translate("Calendar", "Attending: {names}").format(names=names))
        else:
            parts.append(translate("Calendar", "Attending: nobody yet"))
    parts.append(translate("Calendar", "Mission: {title}").format(title=data.mission.title))
    return "\n\n".join(parts)


def build_calendar(data: MissionData, participant_id: str | None = None) -> Calendar:
    calendar = Calendar()
    calendar.add("prodid", f"-//Mission Planner//missionplanner {__version__}//EN")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    name = data.mission.title
    if participant_id is not None:
        name += f" – {data.participant_name(participant_id)}"
    calendar.add("x-wr-calname", name)
    calendar.add("x-wr-timezone", data.mission.timezone)
    items = [i for i in data.items if participant_id is None or attends(i, participant_id)]
    for item in items:
        event = Event()
        event.add("uid", event_uid(item.id))
        event.add("dtstamp", _stamp(item.updated_at or item.created_at))
        event.add("dtstart", item.start.replace(tzinfo=ZoneInfo(item.timezone)))
        event.add("dtend", item.end.replace(tzinfo=ZoneInfo(item.effective_end_timezone)))
        event.add("summary", item.title)
        location = _location(item)
        if location:
            event.add("location", location)
        event.add("description", _description(data, item))
        event.add("categories", [item.kind.label])
        event.add("status", _STATUS[item.status])
        event.add("transp", "TRANSPARENT" if item.status == ItemStatus.CANCELLED else "OPAQUE")
        calendar.add_component(event)
    if items:
        first = min(i.start.date() for i in items) - timedelta(days=7)
        last = max(i.end.date() for i in items) + timedelta(days=7)
    else:
        first, last = data.mission.start_date, data.mission.end_date + timedelta(days=1)
    calendar.add_missing_timezones(first_date=first, last_date=max(last, first + timedelta(days=1)))
    return calendar


def write_ics(
    services: Services,
    mission_id: str,
    path: Path,
    *,
    participant_id: str | None = None,
) -> Path:
    """Write the mission's itinerary (or one participant's items) as an .ics file."""
    path = Path(path)
    check_suffix(path, (".ics",), translate("Calendar", "Cannot write a calendar to '{name}': use a {choices} file."))
    data = MissionData(services, mission_id)
    participant = resolve_participant(data, participant_id).id if participant_id is not None else None
    calendar = build_calendar(data, participant)
    with atomic_output(path) as temp:
        temp.write_bytes(calendar.to_ical())
    return path
