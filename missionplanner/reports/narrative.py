"""The mission summary: narrative-ready sentences an organizer can paste into a press release."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import replace
from datetime import date

from missionplanner.domain.enums import ItemKind, ItemStatus, OrganizerRole, OutcomeKind, OutcomeStatus
from missionplanner.domain.models import FollowUp, Item
from missionplanner.domain.reference import country_name
from missionplanner.reports.data import EVENT_KINDS, MEETING_KINDS, OUTCOME_ORDER, MissionData, cover
from missionplanner.reports.text import date_span_prose, join_names, label, long_date, money, plural, unique
from missionplanner.reports.views import Fact, SummaryReport


def _organizer_phrase(data: MissionData) -> str:
    roles: dict[OrganizerRole, list[str]] = defaultdict(list)
    for organizer in data.mission.organizers:
        name = data.organization_name(organizer.organization_id)
        if name:
            roles[organizer.role].append(f"the {name}" if _takes_article(name) else name)
    parts = []
    if roles[OrganizerRole.ORGANIZER] or roles[OrganizerRole.CO_ORGANIZER]:
        parts.append("organized by " + join_names(roles[OrganizerRole.ORGANIZER] + roles[OrganizerRole.CO_ORGANIZER]))
    if roles[OrganizerRole.PARTNER]:
        parts.append("in partnership with " + join_names(roles[OrganizerRole.PARTNER]))
    if roles[OrganizerRole.SUPPORTER]:
        parts.append("with the support of " + join_names(roles[OrganizerRole.SUPPORTER]))
    if roles[OrganizerRole.SPONSOR]:
        parts.append("sponsored by " + join_names(roles[OrganizerRole.SPONSOR]))
    return " ".join(parts)


_INSTITUTIONS = {
    "agency",
    "association",
    "branch",
    "bureau",
    "center",
    "centre",
    "chamber",
    "club",
    "council",
    "confederation",
    "embassy",
    "exchange",
    "federation",
    "institute",
    "ministry",
    "office",
    "union",
    "university",
}


def _takes_article(name: str) -> bool:
    """Whether an organization's name reads better with "the" in running text (the Embassy of ...)."""
    if name.casefold().startswith("the "):
        return False
    words = [w.strip("“”\"'(),.").casefold() for w in name.split()[:4]]
    return " of " in name or any(w in _INSTITUTIONS for w in words)


# Outcomes are told most advanced first; dropped ones are not news.
NEWS_ORDER = tuple(s for s in OUTCOME_ORDER if s != OutcomeStatus.DROPPED)


def summary(data: MissionData) -> SummaryReport:
    mission = data.mission
    past = mission.end_date < data.today
    held = [i for i in data.items if i.status != ItemStatus.CANCELLED]
    cities = unique(i.city for i in held if i.kind != ItemKind.TRAVEL)
    meeting_items = [i for i in held if i.kind in MEETING_KINDS]
    visit_items = [i for i in held if i.kind == ItemKind.SITE_VISIT]
    event_items = [i for i in held if i.kind in EVENT_KINDS]
    open_follow_ups = sorted(
        (f for f in data.follow_ups if f.done_on is None), key=lambda f: (f.due_date or date.max, f.action)
    )
    paragraphs = [
        *_delegation_sentences(data, past),
        *_programme_sentences(cities, meeting_items, visit_items, event_items, past),
        *_outcome_sentences(data, past),
    ]
    return SummaryReport(
        # The objectives are told in the text itself.
        cover=replace(cover(data, "Mission summary"), objectives=""),
        headline=mission.title,
        lead=_lead(data, cities, past),
        paragraphs=tuple(paragraphs),
        meetings=tuple(_with_hosts(data, i) for i in meeting_items),
        visits=tuple(_dated(i) for i in visit_items),
        events=tuple(f"{i.title} ({i.city}, {long_date(i.start.date())})" if i.city else i.title for i in event_items),
        outcomes=tuple(_outcome_lines(data)),
        next_steps=tuple(f.action + _owner_due(f) for f in open_follow_ups),
        figures=(
            Fact("Days", (str(mission.day_count),)),
            Fact("Cities", (str(len(cities)),)),
            Fact("Meetings", (str(len(meeting_items)),)),
            Fact("Site visits", (str(len(visit_items)),)),
            Fact("Outcomes", (str(len(data.outcomes)),)),
            Fact("Next steps", (str(len(open_follow_ups)),)),
        ),
    )


def _lead(data: MissionData, cities: list[str], past: bool) -> str:
    """From 4 to 7 December 2023, a business delegation from Kazakhstan visited Turkmenistan on a ..."""
    mission = data.mission
    origin = country_name(mission.origin_country)
    where = country_name(mission.destination_country) or join_names(cities) or "its destination"
    delegation = f"a business delegation from {origin}" if origin else "a business delegation"
    verb = "visited" if past else "will visit"
    lead = f"{date_span_prose(mission.start_date, mission.end_date)}, {delegation} {verb} {where}"
    lead += f" on a {label(mission.kind).lower()}"
    organizers = _organizer_phrase(data)
    return lead + (f" {organizers}." if organizers else ".")


def _delegation_sentences(data: MissionData, past: bool) -> list[str]:
    sentences = []
    if data.participants:
        organizations = unique(data.participant_person(p).organization for p in data.participants)
        text = f"The delegation {'comprised' if past else 'comprises'} {plural(len(data.participants), 'member')}"
        if organizations:
            text += f" from {plural(len(organizations), 'organization')}"
        head = data.head_of_delegation()
        if head is not None:
            person = data.participant_person(head)
            text += f" and {'was' if past else 'is'} headed by {person.name}"
            text += f", {person.position}" if person.position else ""
        sentences.append(text + ".")
    objectives = data.mission.objectives.strip().rstrip(".")
    if objectives:
        sentences.append(f"The mission {'aimed' if past else 'aims'} to {_lower_first(objectives)}.")
    return sentences


def _programme_sentences(
    cities: list[str], meetings: list[Item], visits: list[Item], events: list[Item], past: bool
) -> list[str]:
    sentences = []
    if len(cities) > 1:
        sentences.append(f"The programme {'took' if past else 'takes'} the delegation to {join_names(cities)}.")
    elif cities:
        sentences.append(f"The programme {'was' if past else 'is'} held in {cities[0]}.")
    counts = []
    if meetings:
        counts.append(plural(len(meetings), "meeting or negotiation", "meetings and negotiations"))
    if visits:
        counts.append(plural(len(visits), "site visit"))
    if events:
        counts.append(plural(len(events), "exhibition or event", "exhibitions and events"))
    if counts:
        sentences.append(f"The programme {'included' if past else 'includes'} {join_names(counts)}.")
    return sentences


def _outcome_sentences(data: MissionData, past: bool) -> list[str]:
    if not data.outcomes:
        return []
    kinds: dict[OutcomeKind, int] = defaultdict(int)
    for outcome in data.outcomes:
        kinds[outcome.kind] += 1
    by_count = sorted(kinds.items(), key=lambda kv: -kv[1])
    kind_text = join_names([plural(n, label(kind).lower()) for kind, n in by_count])
    produced = "produced" if past else "has so far produced"
    return [f"The mission {produced} {plural(len(data.outcomes), 'recorded outcome')}: {kind_text}."]


def _outcome_lines(data: MissionData) -> list[str]:
    lines = []
    for status in NEWS_ORDER:
        for outcome in sorted((o for o in data.outcomes if o.status == status), key=lambda o: o.title.casefold()):
            line = f"{outcome.title} ({label(status).lower()}"
            if outcome.amount is not None:
                line += f", {money(outcome.amount, outcome.currency)}"
            counterparts = [n for n in (data.organization_name(o) for o in outcome.organization_ids) if n]
            if counterparts:
                line += f"; with {join_names(counterparts)}"
            lines.append(line + ")")
    return lines


def _owner_due(follow_up: FollowUp) -> str:
    parts = []
    if follow_up.owner:
        parts.append(follow_up.owner)
    if follow_up.due_date:
        parts.append(f"by {long_date(follow_up.due_date)}")
    return f" ({', '.join(parts)})" if parts else ""


def _with_hosts(data: MissionData, item: Item) -> str:
    hosts = [data.organization_name(h) for h in item.host_organization_ids]
    hosts = [h for h in hosts if h and h.casefold() not in item.title.casefold()]
    text = item.title
    if hosts:
        text += f" ({join_names(hosts)})"
    return _dated(item, text)


def _dated(item: Item, text: str | None = None) -> str:
    where = f"{item.city}, " if item.city else ""
    when = long_date(item.start.date()).replace(" ", "\u00a0")  # a date is never broken over two lines
    return f"{text or item.title} — {where}{when}"


def _lower_first(text: str) -> str:
    if len(text) > 1 and text[0].isupper() and not text[1].isupper():
        return text[0].lower() + text[1:]
    return text
