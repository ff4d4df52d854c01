"""What each report says, assembled from the services into the records of reports/views.py.

The templates only lay these records out; every decision about what appears (which items, which
zone to name, which status to show, how money is written) is made here, where it can be tested
without rendering anything. The mission summary's prose is in reports/narrative.py.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from datetime import date, datetime
from decimal import Decimal

from missionplanner.domain.enums import Direction, ItemKind, ItemStatus, OutcomeKind, OutcomeStatus, ParticipantRole
from missionplanner.domain.errors import ValidationError
from missionplanner.domain.models import Contact, FollowUp, Item, Mission, Organization, Outcome, Participant
from missionplanner.domain.reference import country_name
from missionplanner.domain.translation import QT_TRANSLATE_NOOP, translate
from missionplanner.domain.validation import SHORTEST_ID_PREFIX
from missionplanner.reports.text import (
    clock,
    date_range,
    day_heading,
    join_names,
    long_date,
    medium_date,
    money,
    short_day,
    unique,
    zone_label,
)
from missionplanner.reports.views import (
    BriefingReport,
    Cover,
    CurrencyTotal,
    DayView,
    Fact,
    FollowUpView,
    HistoryLine,
    HistoryMission,
    HostBriefing,
    HostRef,
    ItemView,
    ItineraryReport,
    KindGroup,
    OrganizationView,
    OutcomesReport,
    OutcomeView,
    PersonView,
    StatusGroup,
    TravelView,
)
from missionplanner.services.app import Services

NEEDS_PARTICIPANT = QT_TRANSLATE_NOOP("Report", "A personal itinerary needs a participant; choose one.")
QUIET_STATUSES = (ItemStatus.CONFIRMED, ItemStatus.DONE)
MEETING_KINDS = (ItemKind.MEETING, ItemKind.NEGOTIATION)
EVENT_KINDS = (ItemKind.EXHIBITION, ItemKind.FORUM, ItemKind.CEREMONY, ItemKind.RECEPTION)
# Outcomes are reported most advanced first.
OUTCOME_ORDER = (
    OutcomeStatus.COMPLETED,
    OutcomeStatus.IN_PROGRESS,
    OutcomeStatus.SIGNED,
    OutcomeStatus.AGREED,
    OutcomeStatus.DISCUSSED,
    OutcomeStatus.DROPPED,
)


# -- loading ---------------------------------------------------------------------------------------


class MissionData:
    """Everything about one mission a report may need, loaded once, with directory lookups cached."""

    def __init__(self, services: Services, mission_id: str, today: date | None = None) -> None:
        self.services = services
        snapshot = services.missions.snapshot(mission_id)
        self.mission: Mission = snapshot.mission
        self.today = today or date.today()
        self.organizations: dict[str, Organization] = {o.id: o for o in snapshot.organizations}
        self.contacts: dict[str, Contact] = {c.id: c for c in snapshot.contacts}
        self.participants: list[Participant] = list(snapshot.participants)
        self.items: list[Item] = sorted(snapshot.items, key=lambda i: (i.start_utc, i.end_utc, i.title))
        self.outcomes: list[Outcome] = list(snapshot.outcomes)
        self.follow_ups: list[FollowUp] = list(snapshot.follow_ups)
        self._staff: dict[str, list[Contact]] = {}

    # directory

    def organization(self, organization_id: str | None) -> Organization | None:
        if not organization_id:
            return None
        if organization_id not in self.organizations:
            found = self.services.organizations.find(organization_id)
            if found is None:
                return None
            self.organizations[organization_id] = found
        return self.organizations[organization_id]

    def organization_name(self, organization_id: str | None) -> str:
        found = self.organization(organization_id)
        return found.name if found else ""

    def contact(self, contact_id: str) -> Contact | None:
        if contact_id not in self.contacts:
            found = self.services.contacts.find(contact_id)
            if found is None:
                return None
            self.contacts[contact_id] = found
        return self.contacts[contact_id]

    def staff(self, organization_id: str) -> list[Contact]:
        if organization_id not in self._staff:
            people = self.services.contacts.list(organization_id=organization_id, limit=500)
            for person in people:
                self.contacts.setdefault(person.id, person)
            self._staff[organization_id] = people
        return self._staff[organization_id]

    # views

    def person(self, contact: Contact, *, role: str = "") -> PersonView:
        return PersonView(
            name=contact.name,
            position=contact.position,
            organization=self.organization_name(contact.organization_id),
            phone=contact.phone,
            email=contact.email,
            role=role,
            languages=", ".join(contact.languages),
        )

    def participant_person(self, participant: Participant) -> PersonView:
        contact = self.contact(participant.contact_id)
        if contact is None:
            return PersonView(name=translate("Report", "(unknown person)"), role=participant.role.label)
        return self.person(contact, role=participant.role.label)

    def organization_view(
        self, organization: Organization, *, role: str = "", people: Iterable[Contact] = ()
    ) -> OrganizationView:
        return OrganizationView(
            id=organization.id,
            name=organization.name,
            name_local=organization.name_local if organization.name_local != organization.name else "",
            kind=organization.kind.label,
            country=country_name(organization.country),
            city=organization.city,
            address=organization.address,
            sectors=", ".join(organization.sectors),
            website=organization.website,
            phone=organization.phone,
            email=organization.email,
            notes=organization.notes,
            role=role,
            people=tuple(self.person(c) for c in people),
        )

    def participant_name(self, participant_id: str) -> str:
        for participant in self.participants:
            if participant.id == participant_id:
                contact = self.contact(participant.contact_id)
                return contact.name if contact else ""
        return ""

    def item_view(self, item: Item) -> ItemView:
        return item_view(self, item)

    def head_of_delegation(self) -> Participant | None:
        return next((p for p in self.participants if p.role == ParticipantRole.HEAD_OF_DELEGATION), None)

    def host_ids(self, items: Iterable[Item]) -> list[str]:
        """Host organizations in the order the delegation first meets them."""
        ids: list[str] = []
        for item in items:
            for host in item.host_organization_ids:
                if host not in ids:
                    ids.append(host)
        return ids


def item_view(data: MissionData, item: Item) -> ItemView:
    mission_zone = data.mission.timezone
    end_zone = item.effective_end_timezone
    notes: list[str] = []
    if item.timezone != mission_zone or end_zone != mission_zone:
        if item.travel is not None or end_zone != item.timezone:
            notes.append(translate("Report", "Departs {zone}").format(zone=zone_label(item.start, item.timezone)))
            notes.append(translate("Report", "Arrives {zone}").format(zone=zone_label(item.end, end_zone)))
        else:
            notes.append(zone_label(item.start, item.timezone))
    end_text = clock(item.end)
    if item.end.date() != item.start.date():
        end_text += f" ({short_day(item.end.date())})"
    travel = None
    if item.travel is not None:
        travel = TravelView(
            mode=item.travel.mode.label,
            reference=item.travel.reference,
            from_city=item.travel.from_city,
            to_city=item.travel.to_city,
            departs=clock(item.start),
            arrives=clock(item.end),
            departs_zone=zone_label(item.start, item.timezone),
            arrives_zone=zone_label(item.end, end_zone),
            arrives_day=short_day(item.end.date()) if item.end.date() != item.start.date() else "",
        )
    hosts = [data.organization(h) for h in item.host_organization_ids]
    host_refs = tuple(HostRef(h.name, h.name_local if h.name_local != h.name else "") for h in hosts if h is not None)
    address = ""
    for host in hosts:
        if host is not None and host.address and (not item.venue or item.venue.strip() == host.name.strip()):
            address = host.address
            break
    contacts = [data.contact(c) for c in item.host_contact_ids]
    attendees: tuple[str, ...] | None = None
    if item.attendee_ids is not None and set(item.attendee_ids) != {p.id for p in data.participants}:
        attendees = tuple(n for n in (data.participant_name(p) for p in item.attendee_ids) if n)
    return ItemView(
        id=item.id,
        title=item.title,
        kind=item.kind.value,
        kind_label=item.kind.label,
        day=item.start.date(),
        time=f"{clock(item.start)} – {end_text}",
        zone_notes=tuple(notes),
        city=item.city,
        venue=item.venue,
        address=address,
        hosts=host_refs,
        host_contacts=tuple(data.person(c) for c in contacts if c is not None),
        attendees=attendees,
        status="" if item.status in QUIET_STATUSES else item.status.label,
        agenda=item.agenda,
        travel=travel,
        start_utc=item.start_utc,
    )


def resolve_participant(data: MissionData, participant_id: str | None) -> Participant:
    """The mission's participant with this id (or id prefix, or contact id)."""
    text = (participant_id or "").strip()
    if not text:
        raise ValidationError.single("participant_id", translate("Report", NEEDS_PARTICIPANT))
    exact = [p for p in data.participants if text in (p.id, p.contact_id)]
    if exact:
        return exact[0]
    prefixed = [p for p in data.participants if len(text) >= SHORTEST_ID_PREFIX and p.id.startswith(text)]
    if len(prefixed) == 1:
        return prefixed[0]
    if len(prefixed) > 1:
        message = translate("Report", "'{text}' matches %n participant(s); type more.", None, len(prefixed))
        raise ValidationError.single("participant_id", message.format(text=text))
    message = translate("Report", "No participant '{text}' in the delegation of '{mission}'.")
    raise ValidationError.single("participant_id", message.format(text=text, mission=data.mission.title))


def attends(item: Item, participant_id: str) -> bool:
    return item.attendee_ids is None or participant_id in item.attendee_ids


# -- cover -------------------------------------------------------------------------------------------


def organizer_lines(data: MissionData) -> tuple[str, ...]:
    lines = []
    for organizer in data.mission.organizers:
        name = data.organization_name(organizer.organization_id)
        if name:
            lines.append(f"{name} ({organizer.role.label.lower()})")
    return tuple(lines)


def cover(data: MissionData, kind_label: str, *, recipient: PersonView | None = None) -> Cover:
    """The cover of a report; `kind_label` is the report's name, already translated."""
    mission = data.mission
    days_text = translate("Report", "%n day(s)", None, mission.day_count)
    facts: list[Fact] = [
        Fact(translate("Report", "Dates"), (f"{date_range(mission.start_date, mission.end_date)} ({days_text})",))
    ]
    if mission.destination_country:
        cities = unique(i.city for i in data.items if i.kind != ItemKind.TRAVEL and i.status != ItemStatus.CANCELLED)
        where = country_name(mission.destination_country)
        facts.append(Fact(translate("Report", "Destination"), (where + (f": {', '.join(cities)}" if cities else ""),)))
    if mission.origin_country:
        facts.append(Fact(translate("Report", "Delegation from"), (country_name(mission.origin_country),)))
    organizers = organizer_lines(data)
    if organizers:
        facts.append(Fact(translate("Report", "Organizers"), organizers))
    head = data.head_of_delegation()
    if head is not None:
        person = data.participant_person(head)
        facts.append(
            Fact(
                translate("Report", "Head of delegation"),
                (", ".join(v for v in (person.name, person.position, person.organization) if v),),
            )
        )
    if data.participants:
        members = translate("Report", "%n member(s)", None, len(data.participants))
        facts.append(Fact(translate("Report", "Delegation"), (members,)))
    local = zone_label(datetime.combine(mission.start_date, datetime.min.time()), mission.timezone)
    facts.append(Fact(translate("Report", "Local time"), (local,)))
    subtitle_parts = [date_range(mission.start_date, mission.end_date)]
    if mission.destination_country:
        subtitle_parts.append(country_name(mission.destination_country))
    subtitle_parts.append(mission.kind.label)
    return Cover(
        kind_label=kind_label,
        title=mission.title,
        subtitle=" · ".join(subtitle_parts),
        facts=tuple(facts),
        objectives=mission.objectives,
        prepared=translate("Report", "Prepared on {date}").format(date=long_date(data.today)),
        recipient=recipient,
    )


# -- itinerary -----------------------------------------------------------------------------------------


def days(data: MissionData, items: Sequence[Item]) -> tuple[DayView, ...]:
    mission = data.mission
    by_day: dict[date, list[Item]] = defaultdict(list)
    for item in items:
        by_day[item.start.date()].append(item)
    all_days = set(by_day)
    if mission.end_date >= mission.start_date and mission.day_count <= 366:
        all_days |= {date.fromordinal(mission.start_date.toordinal() + n) for n in range(mission.day_count)}
    result = []
    for day in sorted(all_days):
        number = (day - mission.start_date).days + 1 if mission.start_date <= day <= mission.end_date else None
        heading = day_heading(day, number)
        day_items = sorted(by_day.get(day, []), key=lambda i: (i.start, i.end, i.title))
        cities = unique(
            (i.travel.to_city if i.travel else i.city) for i in day_items if i.status != ItemStatus.CANCELLED
        )
        result.append(DayView(number, day, heading, " · ".join(cities), tuple(data.item_view(i) for i in day_items)))
    return tuple(result)


def itinerary(data: MissionData, *, participant_id: str | None = None) -> ItineraryReport:
    recipient = None
    items = data.items
    kind_label = translate("Report", "Itinerary")
    if participant_id is not None:
        participant = resolve_participant(data, participant_id)
        recipient = data.participant_person(participant)
        items = [i for i in items if attends(i, participant.id)]
        kind_label = translate("Report", "Personal itinerary")
    organizers = []
    for organizer in data.mission.organizers:
        organization = data.organization(organizer.organization_id)
        if organization is not None:
            organizers.append(
                data.organization_view(organization, role=organizer.role.label, people=data.staff(organization.id))
            )
    hosts = []
    for host_id in data.host_ids(items):
        organization = data.organization(host_id)
        if organization is None:
            continue
        people = list(data.staff(host_id))
        for item in items:
            if host_id in item.host_organization_ids:
                for contact_id in item.host_contact_ids:
                    contact = data.contact(contact_id)
                    if contact is not None and contact.organization_id == host_id and contact not in people:
                        people.append(contact)
        hosts.append(data.organization_view(organization, people=people))
    # Host contacts who work for none of the hosts still belong on the contacts page.
    listed = {p.name for h in hosts for p in h.people}
    other_contacts = []
    for item in items:
        for contact_id in item.host_contact_ids:
            contact = data.contact(contact_id)
            if contact is not None and contact.name not in listed:
                listed.add(contact.name)
                other_contacts.append(data.person(contact))
    mission_zone = zone_label(datetime.combine(data.mission.start_date, datetime.min.time()), data.mission.timezone)
    zone_note = translate("Report", "All times are local. Times are {zone} unless another zone is named.").format(
        zone=mission_zone
    )
    return ItineraryReport(
        cover=cover(data, kind_label, recipient=recipient),
        delegation=tuple(data.participant_person(p) for p in _delegation_order(data.participants)),
        days=days(data, items),
        organizers=tuple(organizers),
        hosts=tuple(hosts),
        other_contacts=tuple(other_contacts),
        zone_note=zone_note,
        personal=recipient is not None,
    )


def _delegation_order(participants: Sequence[Participant]) -> list[Participant]:
    rank = {role: n for n, role in enumerate(ParticipantRole)}
    return sorted(participants, key=lambda p: rank[p.role])


# -- outcomes ------------------------------------------------------------------------------------------


def follow_up_view(data: MissionData, follow_up: FollowUp, outcome_titles: dict[str, str]) -> FollowUpView:
    overdue = follow_up.is_overdue(data.today)
    if follow_up.done_on is not None:
        state = translate("Report", "Done {date}").format(date=medium_date(follow_up.done_on))
    elif overdue:
        state = translate("Report", "Overdue")
    else:
        state = translate("Report", "Open")
    return FollowUpView(
        action=follow_up.action,
        owner=follow_up.owner,
        due=long_date(follow_up.due_date),
        due_short=medium_date(follow_up.due_date),
        state=state,
        overdue=overdue,
        done=follow_up.done_on is not None,
        outcome=outcome_titles.get(follow_up.outcome_id or "", ""),
        due_date=follow_up.due_date,
    )


def sorted_follow_ups(views: Iterable[FollowUpView]) -> list[FollowUpView]:
    """Open first (overdue first, then by due date), then done."""
    return sorted(views, key=lambda f: (f.done, not f.overdue, f.due_date or date.max, f.action))


def outcome_view(data: MissionData, outcome: Outcome, items: dict[str, Item] | None = None) -> OutcomeView:
    titles = {outcome.id: outcome.title}
    follow_ups = sorted_follow_ups(
        follow_up_view(data, f, titles) for f in data.follow_ups if f.outcome_id == outcome.id
    )
    meeting = ""
    item = (items or {}).get(outcome.item_id or "")
    if item is not None:
        meeting = f"{item.title} ({long_date(item.start.date())})"
    return OutcomeView(
        id=outcome.id,
        title=outcome.title,
        kind=outcome.kind.value,
        kind_label=outcome.kind.label,
        status=outcome.status.value,
        status_label=outcome.status.label,
        description=outcome.description,
        counterparts=tuple(n for n in (data.organization_name(o) for o in outcome.organization_ids) if n),
        sector=outcome.sector,
        commodity=outcome.commodity,
        direction=trade_direction(data.mission, outcome.direction),
        amount=money(outcome.amount, outcome.currency),
        signed_on=long_date(outcome.signed_on),
        meeting=meeting,
        follow_ups=tuple(follow_ups),
    )


def trade_direction(mission: Mission, direction: Direction) -> str:
    """Export and import as seen from the delegation's country: "Belarus → Turkmenistan"."""
    home, host = country_name(mission.origin_country), country_name(mission.destination_country)
    if direction == Direction.NONE:
        return ""
    if direction == Direction.BOTH:
        if home and host:
            return translate("Report", "both ways ({home} ↔ {host})").format(home=home, host=host)
        return translate("Report", "both ways")
    if home and host:
        return f"{home} → {host}" if direction == Direction.EXPORT else f"{host} → {home}"
    return direction.label.lower()


def currency_totals(outcomes: Iterable[Outcome]) -> tuple[CurrencyTotal, ...]:
    """Amounts per currency (dropped outcomes left out), never added across currencies."""
    totals: dict[str, Decimal] = defaultdict(Decimal)
    realised: dict[str, Decimal] = defaultdict(Decimal)
    counts: dict[str, int] = defaultdict(int)
    for outcome in outcomes:
        if outcome.amount is None or not outcome.currency or outcome.status == OutcomeStatus.DROPPED:
            continue
        totals[outcome.currency] += outcome.amount
        counts[outcome.currency] += 1
        if outcome.status in (OutcomeStatus.SIGNED, OutcomeStatus.IN_PROGRESS, OutcomeStatus.COMPLETED):
            realised[outcome.currency] += outcome.amount
    return tuple(
        CurrencyTotal(code, counts[code], money(totals[code], code), money(realised[code], code))
        for code in sorted(totals)
    )


# "7 discussed", "1 in progress": how many outcomes have reached each status.
STATUS_COUNTS = {
    OutcomeStatus.DISCUSSED: QT_TRANSLATE_NOOP("Report", "{count} discussed"),
    OutcomeStatus.AGREED: QT_TRANSLATE_NOOP("Report", "{count} agreed"),
    OutcomeStatus.SIGNED: QT_TRANSLATE_NOOP("Report", "{count} signed"),
    OutcomeStatus.IN_PROGRESS: QT_TRANSLATE_NOOP("Report", "{count} in progress"),
    OutcomeStatus.COMPLETED: QT_TRANSLATE_NOOP("Report", "{count} completed"),
    OutcomeStatus.DROPPED: QT_TRANSLATE_NOOP("Report", "{count} dropped"),
}


def outcome_overview(outcomes: Sequence[Outcome]) -> str:
    if not outcomes:
        return translate("Report", "No outcomes have been recorded for this mission yet.")
    by_status = [(s, sum(o.status == s for o in outcomes)) for s in OutcomeStatus]
    parts = [translate("Report", STATUS_COUNTS[s]).format(count=n) for s, n in by_status if n]
    text = translate("Report", "%n outcome(s) recorded: {statuses}.", None, len(outcomes))
    return text.format(statuses=join_names(parts))


def outcomes_report(data: MissionData) -> OutcomesReport:
    items = {i.id: i for i in data.items}
    kind_rank = {k: n for n, k in enumerate(OutcomeKind)}
    groups = []
    for status in OUTCOME_ORDER:
        members = [o for o in data.outcomes if o.status == status]
        if not members:
            continue
        kinds = []
        for kind in sorted({o.kind for o in members}, key=kind_rank.__getitem__):
            chosen = sorted((o for o in members if o.kind == kind), key=lambda o: o.title.casefold())
            kinds.append(KindGroup(kind.label, tuple(outcome_view(data, o, items) for o in chosen)))
        groups.append(StatusGroup(status.value, status.label, len(members), tuple(kinds)))
    titles = {o.id: o.title for o in data.outcomes}
    follow_ups = sorted_follow_ups(follow_up_view(data, f, titles) for f in data.follow_ups)
    return OutcomesReport(
        cover=cover(data, translate("Report", "Outcomes report")),
        overview=outcome_overview(data.outcomes),
        groups=tuple(groups),
        totals=currency_totals(data.outcomes),
        follow_ups=tuple(follow_ups),
        open_count=sum(not f.done for f in follow_ups),
        overdue_count=sum(f.overdue for f in follow_ups),
    )


# -- host briefing ----------------------------------------------------------------------------------


def history_for(data: MissionData, organization_ids: Sequence[str]) -> dict[str, list[HistoryMission]]:
    """For each organization: what earlier missions did with it (services.history), newest mission first."""
    earlier = {
        s.id: s
        for s in data.services.missions.summaries()
        if s.id != data.mission.id and not s.is_template and s.start_date < data.mission.start_date
    }
    result: dict[str, list[HistoryMission]] = {}
    for organization_id in organization_ids:
        by_mission: dict[str, list[HistoryLine]] = defaultdict(list)
        for entry in data.services.history.organization(organization_id):
            if entry.mission_id in earlier:
                by_mission[entry.mission_id].append(
                    HistoryLine(
                        on=long_date(entry.on),
                        kind=_history_kind(entry.kind),
                        title=entry.title,
                        detail=entry.detail,
                    )
                )
        missions = sorted(by_mission, key=lambda m: earlier[m].start_date, reverse=True)
        result[organization_id] = [
            HistoryMission(
                title=earlier[m].title,
                dates=date_range(earlier[m].start_date, earlier[m].end_date),
                lines=tuple(reversed(by_mission[m])),  # in the order things happened
            )
            for m in missions
        ]
    return result


def _history_kind(kind: str) -> str:
    if kind == "mission":
        return translate("Report", "Mission")
    if kind == "outcome":
        return translate("Report", "Outcome")
    if kind == "follow_up":
        return translate("Report", "Follow-up")
    try:
        return ItemKind(kind).label
    except ValueError:
        return kind.replace("_", " ").capitalize()


def briefing(data: MissionData) -> BriefingReport:
    items_by_id = {i.id: i for i in data.items}
    host_ids = data.host_ids(data.items)
    histories = history_for(data, host_ids)
    hosts = []
    for host_id in host_ids:
        organization = data.organization(host_id)
        if organization is None:
            continue
        meetings = [i for i in data.items if host_id in i.host_organization_ids]
        people = list(data.staff(host_id))
        for item in meetings:
            for contact_id in item.host_contact_ids:
                contact = data.contact(contact_id)
                if contact is not None and contact not in people:
                    people.append(contact)
        outcomes = [o for o in data.outcomes if host_id in o.organization_ids]
        hosts.append(
            HostBriefing(
                organization=data.organization_view(organization, people=people),
                meetings=tuple(data.item_view(i) for i in meetings),
                outcomes=tuple(outcome_view(data, o, items_by_id) for o in outcomes),
                history=tuple(histories.get(host_id, ())),
                first_meeting=f"{short_day(meetings[0].start.date())}, {clock(meetings[0].start)}" if meetings else "",
            )
        )
    return BriefingReport(cover=cover(data, translate("Report", "Host briefing")), hosts=tuple(hosts))
