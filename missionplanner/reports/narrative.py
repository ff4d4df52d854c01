"""The mission summary: narrative-ready sentences an organizer can paste into a press release.

Every sentence is one translatable text with named placeholders, one text per variant (past or
planned, with or without a head of delegation...), so that a translation may order the sentence its
own way. What fills a placeholder is a name, a date, a list of names or a counted phrase whose form
the sentence fixes (the texts' disambiguations say which).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import replace
from datetime import date

from missionplanner.domain.enums import ItemKind, ItemStatus, MissionKind, OrganizerRole, OutcomeKind, OutcomeStatus
from missionplanner.domain.models import FollowUp, Item
from missionplanner.domain.reference import country_name
from missionplanner.domain.translation import QT_TRANSLATE_NOOP, translate
from missionplanner.reports.data import EVENT_KINDS, MEETING_KINDS, OUTCOME_ORDER, MissionData, cover
from missionplanner.reports.text import date_span_prose, join_names, long_date, money, unique
from missionplanner.reports.views import Fact, SummaryReport

# Why the delegation travelled, as the lead sentence says it ("... visited Turkmenistan on a trade mission").
PURPOSES = {
    MissionKind.TRADE_MISSION: QT_TRANSLATE_NOOP("Summary", "on a trade mission"),
    MissionKind.OFFICIAL_VISIT: QT_TRANSLATE_NOOP("Summary", "on an official visit"),
    MissionKind.WORKING_VISIT: QT_TRANSLATE_NOOP("Summary", "on a working visit"),
    MissionKind.EXHIBITION_PARTICIPATION: QT_TRANSLATE_NOOP("Summary", "to take part in an exhibition"),
    MissionKind.FORUM: QT_TRANSLATE_NOOP("Summary", "to take part in a forum"),
    MissionKind.OTHER: QT_TRANSLATE_NOOP("Summary", "on a visit"),
}


def _organizer_phrase(data: MissionData) -> str:
    """'organized by the Diplomatic Club “Astana” with the support of the Embassy of ...' ('' without any)."""
    roles: dict[OrganizerRole, list[str]] = defaultdict(list)
    for organizer in data.mission.organizers:
        name = data.organization_name(organizer.organization_id)
        if name:
            roles[organizer.role].append(
                translate("Summary", "the {name}").format(name=name) if _takes_article(name) else name
            )
    parts = []
    organizers = roles[OrganizerRole.ORGANIZER] + roles[OrganizerRole.CO_ORGANIZER]
    # n: how many are named, so that a translation can say "organizer" or "organizers".
    if organizers:
        parts.append(
            translate("Summary", "organized by {names}", None, len(organizers)).format(names=join_names(organizers))
        )
    if partners := roles[OrganizerRole.PARTNER]:
        parts.append(
            translate("Summary", "in partnership with {names}", None, len(partners)).format(names=join_names(partners))
        )
    if supporters := roles[OrganizerRole.SUPPORTER]:
        parts.append(
            translate("Summary", "with the support of {names}", None, len(supporters)).format(
                names=join_names(supporters)
            )
        )
    if sponsors := roles[OrganizerRole.SPONSOR]:
        parts.append(
            translate("Summary", "sponsored by {names}", None, len(sponsors)).format(names=join_names(sponsors))
        )
    text = parts[0] if parts else ""
    for part in parts[1:]:
        text = translate("Summary", "{phrases} {phrase}").format(phrases=text, phrase=part)
    return text


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
    """Whether an organization's name reads better with "the" in English running text (the Embassy of ...)."""
    if name.casefold().startswith("the "):
        return False
    words = [w.strip("“”\"'(),.").casefold() for w in name.split()[:4]]
    return " of " in name or any(w in _INSTITUTIONS for w in words)


# Outcomes are told most advanced first; dropped ones are not news.
NEWS_ORDER = tuple(s for s in OUTCOME_ORDER if s != OutcomeStatus.DROPPED)

# How many outcomes of each kind, in the list that ends the outcome sentence.
KIND_COUNTS = {
    OutcomeKind.AGREEMENT: QT_TRANSLATE_NOOP("Summary", "%n agreement(s)"),
    OutcomeKind.MEMORANDUM_OF_UNDERSTANDING: QT_TRANSLATE_NOOP("Summary", "%n memorandum(s) of understanding"),
    OutcomeKind.CONTRACT: QT_TRANSLATE_NOOP("Summary", "%n contract(s)"),
    OutcomeKind.SUPPLY_DEAL: QT_TRANSLATE_NOOP("Summary", "%n supply deal(s)"),
    OutcomeKind.JOINT_PROJECT: QT_TRANSLATE_NOOP("Summary", "%n joint project(s)"),
    OutcomeKind.INTENTION: QT_TRANSLATE_NOOP("Summary", "%n intention(s)"),
    OutcomeKind.FOLLOW_UP_EVENT: QT_TRANSLATE_NOOP("Summary", "%n follow-up event(s)"),
    OutcomeKind.OTHER: QT_TRANSLATE_NOOP("Summary", "%n other(s)"),
}


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
    # The figures' labels are counted (n) so that a translation can agree them with the number above.
    return SummaryReport(
        # The objectives are told in the text itself.
        cover=replace(cover(data, translate("Report", "Mission summary")), objectives=""),
        headline=mission.title,
        lead=_lead(data, cities, past),
        paragraphs=tuple(paragraphs),
        meetings=tuple(_with_hosts(data, i) for i in meeting_items),
        visits=tuple(_dated(i) for i in visit_items),
        events=tuple(f"{i.title} ({i.city}, {long_date(i.start.date())})" if i.city else i.title for i in event_items),
        outcomes=tuple(_outcome_lines(data)),
        next_steps=tuple(_next_step(f) for f in open_follow_ups),
        figures=(
            Fact(translate("Summary", "Days", None, mission.day_count), (str(mission.day_count),)),
            Fact(translate("Summary", "Cities", None, len(cities)), (str(len(cities)),)),
            Fact(translate("Summary", "Meetings", None, len(meeting_items)), (str(len(meeting_items)),)),
            Fact(translate("Summary", "Site visits", None, len(visit_items)), (str(len(visit_items)),)),
            Fact(translate("Summary", "Outcomes", None, len(data.outcomes)), (str(len(data.outcomes)),)),
            Fact(translate("Summary", "Next steps", None, len(open_follow_ups)), (str(len(open_follow_ups)),)),
        ),
    )


def _lead(data: MissionData, cities: list[str], past: bool) -> str:
    """From 4 to 7 December 2023, a business delegation from Kazakhstan visited Turkmenistan on a ..."""
    mission = data.mission
    origin = country_name(mission.origin_country)
    where = country_name(mission.destination_country) or join_names(cities) or translate("Summary", "its destination")
    organizers = _organizer_phrase(data)
    if past:
        if origin:
            text = (
                translate(
                    "Summary",
                    "{dates}, a business delegation from {origin} visited {destination} {purpose} {organizers}.",
                )
                if organizers
                else translate(
                    "Summary", "{dates}, a business delegation from {origin} visited {destination} {purpose}."
                )
            )
        elif organizers:
            text = translate("Summary", "{dates}, a business delegation visited {destination} {purpose} {organizers}.")
        else:
            text = translate("Summary", "{dates}, a business delegation visited {destination} {purpose}.")
    elif origin:
        text = (
            translate(
                "Summary",
                "{dates}, a business delegation from {origin} will visit {destination} {purpose} {organizers}.",
            )
            if organizers
            else translate(
                "Summary", "{dates}, a business delegation from {origin} will visit {destination} {purpose}."
            )
        )
    elif organizers:
        text = translate("Summary", "{dates}, a business delegation will visit {destination} {purpose} {organizers}.")
    else:
        text = translate("Summary", "{dates}, a business delegation will visit {destination} {purpose}.")
    return text.format(
        dates=date_span_prose(mission.start_date, mission.end_date),
        origin=origin,
        destination=where,
        purpose=translate("Summary", PURPOSES[mission.kind]),
        organizers=organizers,
    )


def _delegation_sentences(data: MissionData, past: bool) -> list[str]:
    sentences = []
    if data.participants:
        count = len(data.participants)
        organizations = unique(data.participant_person(p).organization for p in data.participants)
        head = data.head_of_delegation()
        head_text = ""
        if head is not None:
            person = data.participant_person(head)
            head_text = f"{person.name}, {person.position}" if person.position else person.name
        # Follows "from" in the sentence: a translation gives it the form that needs ("из 3 организаций").
        from_organizations = translate("Summary", "%n organization(s)", None, len(organizations))
        sentence = _delegation_sentence(past, count, bool(organizations), bool(head_text))
        sentences.append(sentence.format(organizations=from_organizations, head=head_text))
    objectives = data.mission.objectives.strip().rstrip(".")
    if objectives:
        text = (
            translate("Summary", "The mission aimed to {objectives}.")
            if past
            else translate("Summary", "The mission aims to {objectives}.")
        )
        sentences.append(text.format(objectives=_lower_first(objectives)))
    return sentences


def _delegation_sentence(past: bool, count: int, organizations: bool, head: bool) -> str:
    """The sentence on who the delegation are, with {organizations} and {head} still to fill in."""
    if past:
        if organizations and head:
            return translate(
                "Summary",
                "The delegation comprised %n member(s) from {organizations} and was headed by {head}.",
                None,
                count,
            )
        if organizations:
            return translate("Summary", "The delegation comprised %n member(s) from {organizations}.", None, count)
        if head:
            return translate("Summary", "The delegation comprised %n member(s) and was headed by {head}.", None, count)
        return translate("Summary", "The delegation comprised %n member(s).", None, count)
    if organizations and head:
        return translate(
            "Summary",
            "The delegation comprises %n member(s) from {organizations} and is headed by {head}.",
            None,
            count,
        )
    if organizations:
        return translate("Summary", "The delegation comprises %n member(s) from {organizations}.", None, count)
    if head:
        return translate("Summary", "The delegation comprises %n member(s) and is headed by {head}.", None, count)
    return translate("Summary", "The delegation comprises %n member(s).", None, count)


def _programme_sentences(
    cities: list[str], meetings: list[Item], visits: list[Item], events: list[Item], past: bool
) -> list[str]:
    sentences = []
    if len(cities) > 1:
        text = (
            translate("Summary", "The programme took the delegation to {cities}.")
            if past
            else translate("Summary", "The programme takes the delegation to {cities}.")
        )
        sentences.append(text.format(cities=join_names(cities)))
    elif cities:
        text = (
            translate("Summary", "The programme was held in {city}.")
            if past
            else translate("Summary", "The programme is held in {city}.")
        )
        sentences.append(text.format(city=cities[0]))
    counts = []
    if meetings:
        n = len(meetings)
        counts.append(
            translate("Summary", "%n meeting or negotiation", None, n)
            if n == 1
            else translate("Summary", "%n meetings and negotiations", None, n)
        )
    if visits:
        counts.append(translate("Summary", "%n site visit(s)", None, len(visits)))
    if events:
        n = len(events)
        counts.append(
            translate("Summary", "%n exhibition or event", None, n)
            if n == 1
            else translate("Summary", "%n exhibitions and events", None, n)
        )
    if counts:
        text = (
            translate("Summary", "The programme included {counts}.")
            if past
            else translate("Summary", "The programme includes {counts}.")
        )
        sentences.append(text.format(counts=join_names(counts)))
    return sentences


def _outcome_sentences(data: MissionData, past: bool) -> list[str]:
    if not data.outcomes:
        return []
    kinds: dict[OutcomeKind, int] = defaultdict(int)
    for outcome in data.outcomes:
        kinds[outcome.kind] += 1
    by_count = sorted(kinds.items(), key=lambda kv: -kv[1])
    kind_text = join_names([translate("Summary", KIND_COUNTS[kind], None, n) for kind, n in by_count])
    count = len(data.outcomes)
    text = (
        translate("Summary", "The mission produced %n recorded outcome(s): {kinds}.", None, count)
        if past
        else translate("Summary", "The mission has so far produced %n recorded outcome(s): {kinds}.", None, count)
    )
    return [text.format(kinds=kind_text)]


def _outcome_lines(data: MissionData) -> list[str]:
    lines = []
    for status in NEWS_ORDER:
        for outcome in sorted((o for o in data.outcomes if o.status == status), key=lambda o: o.title.casefold()):
            counterparts = [n for n in (data.organization_name(o) for o in outcome.organization_ids) if n]
            amount = money(outcome.amount, outcome.currency) if outcome.amount is not None else ""
            # n: how many counterparts, so that a translation can say "partner" or "partners".
            if amount and counterparts:
                text = translate(
                    "Summary", "{title} ({status}, {amount}; with {counterparts})", None, len(counterparts)
                )
            elif counterparts:
                text = translate("Summary", "{title} ({status}; with {counterparts})", None, len(counterparts))
            elif amount:
                text = translate("Summary", "{title} ({status}, {amount})")
            else:
                text = translate("Summary", "{title} ({status})")
            lines.append(
                text.format(
                    title=outcome.title,
                    status=status.label.lower(),
                    amount=amount,
                    counterparts=join_names(counterparts),
                )
            )
    return lines


def _next_step(follow_up: FollowUp) -> str:
    """'Send the offer (Ivan Petrov, by 31 July 2025)'."""
    if follow_up.owner and follow_up.due_date:
        text = translate("Summary", "{action} ({owner}, by {date})")
    elif follow_up.owner:
        text = translate("Summary", "{action} ({owner})")
    elif follow_up.due_date:
        text = translate("Summary", "{action} (by {date})")
    else:
        return follow_up.action
    return text.format(action=follow_up.action, owner=follow_up.owner, date=long_date(follow_up.due_date))


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
