"""Domain records: plain frozen dataclasses shared by every layer."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from decimal import Decimal
from functools import cached_property
from zoneinfo import ZoneInfo

from missionplanner.domain.enums import (
    Direction,
    ItemKind,
    ItemStatus,
    MissionKind,
    MissionStatus,
    OrganizationKind,
    OrganizerRole,
    OutcomeKind,
    OutcomeStatus,
    ParticipantRole,
    TravelMode,
)


def new_id() -> str:
    """A fresh record id: a UUID, so records can move between databases without clashes."""
    return str(uuid.uuid4())


def utc_now_text() -> str:
    """The current moment as the ISO text stored in created_at / updated_at."""
    return datetime.now(UTC).isoformat(timespec="seconds")


def to_utc(local: datetime, timezone: str) -> datetime:
    """A naive local wall-clock time in an IANA zone, as an aware UTC datetime."""
    return local.replace(tzinfo=ZoneInfo(timezone)).astimezone(UTC)


@dataclass(frozen=True)
class Organization:
    """An organization in the shared directory: host, organizer, company, embassy..."""

    id: str
    name: str
    name_local: str = ""
    kind: OrganizationKind = OrganizationKind.OTHER
    country: str | None = None
    city: str = ""
    address: str = ""
    sectors: tuple[str, ...] = ()
    website: str = ""
    phone: str = ""
    email: str = ""
    notes: str = ""
    created_at: str = ""
    updated_at: str = ""


@dataclass(frozen=True)
class Contact:
    """A person in the directory, optionally working for an organization."""

    id: str
    name: str
    organization_id: str | None = None
    position: str = ""
    email: str = ""
    phone: str = ""
    languages: tuple[str, ...] = ()
    notes: str = ""
    created_at: str = ""
    updated_at: str = ""


@dataclass(frozen=True)
class MissionOrganizer:
    """An organization that organizes or supports a mission, with its role."""

    organization_id: str
    role: OrganizerRole = OrganizerRole.ORGANIZER


@dataclass(frozen=True)
class Mission:
    """A delegation mission (or a template for one)."""

    id: str
    title: str
    start_date: date
    end_date: date
    kind: MissionKind = MissionKind.TRADE_MISSION
    status: MissionStatus = MissionStatus.DRAFT
    origin_country: str | None = None
    destination_country: str | None = None
    timezone: str = "UTC"
    objectives: str = ""
    notes: str = ""
    is_template: bool = False
    source_mission_id: str | None = None
    organizers: tuple[MissionOrganizer, ...] = ()
    created_at: str = ""
    updated_at: str = ""

    @property
    def day_count(self) -> int:
        return (self.end_date - self.start_date).days + 1


@dataclass(frozen=True)
class Participant:
    """A member of a mission's delegation: a directory contact with a role."""

    id: str
    mission_id: str
    contact_id: str
    role: ParticipantRole = ParticipantRole.MEMBER
    notes: str = ""
    created_at: str = ""
    updated_at: str = ""


@dataclass(frozen=True)
class TravelInfo:
    """The travel part of an itinerary item that moves the delegation between cities."""

    from_city: str = ""
    to_city: str = ""
    mode: TravelMode = TravelMode.FLIGHT
    reference: str = ""


@dataclass(frozen=True)
class Item:
    """One itinerary entry; times are local wall-clock in their own IANA zones."""

    id: str
    mission_id: str
    title: str
    start: datetime
    end: datetime
    timezone: str
    end_timezone: str | None = None
    kind: ItemKind = ItemKind.MEETING
    city: str = ""
    venue: str = ""
    host_organization_ids: tuple[str, ...] = ()
    host_contact_ids: tuple[str, ...] = ()
    # None means the whole delegation attends.
    attendee_ids: tuple[str, ...] | None = None
    status: ItemStatus = ItemStatus.PROPOSED
    agenda: str = ""
    notes: str = ""
    travel: TravelInfo | None = None
    created_at: str = ""
    updated_at: str = ""

    @property
    def effective_end_timezone(self) -> str:
        return self.end_timezone or self.timezone

    # Cached: saving, validating and checking an item each read these, and a clone or an import
    # handles thousands of items. The fields they derive from cannot change (the item is frozen).
    @cached_property
    def start_utc(self) -> datetime:
        return to_utc(self.start, self.timezone)

    @cached_property
    def end_utc(self) -> datetime:
        return to_utc(self.end, self.effective_end_timezone)


@dataclass(frozen=True)
class Outcome:
    """A result of the mission: agreement, deal, memorandum, intention..."""

    id: str
    mission_id: str
    title: str
    item_id: str | None = None
    kind: OutcomeKind = OutcomeKind.AGREEMENT
    description: str = ""
    organization_ids: tuple[str, ...] = ()
    sector: str = ""
    commodity: str = ""
    direction: Direction = Direction.NONE
    amount: Decimal | None = None
    currency: str | None = None
    status: OutcomeStatus = OutcomeStatus.DISCUSSED
    signed_on: date | None = None
    created_at: str = ""
    updated_at: str = ""


@dataclass(frozen=True)
class FollowUp:
    """An action to chase after a mission, tied to an outcome or to the mission itself."""

    id: str
    mission_id: str
    action: str
    outcome_id: str | None = None
    owner: str = ""
    due_date: date | None = None
    done_on: date | None = None
    created_at: str = ""
    updated_at: str = ""

    def is_overdue(self, today: date) -> bool:
        return self.done_on is None and self.due_date is not None and self.due_date < today


@dataclass(frozen=True)
class MissionSummary:
    """A row of the mission list: enough to show and sort without loading the mission."""

    id: str
    title: str
    start_date: date
    end_date: date
    status: MissionStatus
    kind: MissionKind
    destination_country: str | None
    is_template: bool


@dataclass(frozen=True)
class SearchHit:
    """One full-text search result: which record, its title and a snippet."""

    entity: str
    id: str
    title: str
    snippet: str
    mission_id: str | None = None
    extra: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class OutcomeStatusChange:
    """One step in an outcome's status history: on a date, from one status (None when logged) to another."""

    id: str
    outcome_id: str
    changed_on: date
    from_status: OutcomeStatus | None
    to_status: OutcomeStatus
    note: str = ""
    created_at: str = ""


@dataclass(frozen=True)
class OutcomeState:
    """An outcome with its whole status history, as captured for an exact undo."""

    outcome: Outcome
    history: tuple[OutcomeStatusChange, ...] = ()


@dataclass(frozen=True)
class OutcomeRow:
    """A line of the outcome register: the outcome with its mission's title and its counterparts' names."""

    outcome: Outcome
    mission_title: str
    counterparts: tuple[str, ...] = ()


@dataclass(frozen=True)
class FollowUpRow:
    """A line of the follow-up agenda across missions, with the bucket it falls in on the day asked."""

    follow_up: FollowUp
    mission_title: str
    outcome_title: str | None
    # "overdue", "this_week", "later", "no_date" or "done"
    bucket: str


@dataclass(frozen=True)
class HistoryEntry:
    """One line of an organization's or contact's history with us: a mission, item, outcome or follow-up."""

    # "mission", "outcome", "follow_up", or an item kind such as "meeting" or "site_visit"
    kind: str
    on: date | None
    mission_id: str
    mission_title: str
    record_id: str
    title: str
    detail: str


@dataclass(frozen=True)
class Dashboard:
    """Figures over a set of missions; money per currency, never added across currencies."""

    missions: int
    meetings_held: int
    site_visits: int
    outcomes_by_kind: dict[OutcomeKind, int]
    outcomes_by_status: dict[OutcomeStatus, int]
    value_by_currency: dict[str, Decimal]
    open_follow_ups: int
    overdue_follow_ups: int


@dataclass(frozen=True)
class ItineraryFigures:
    """What a mission's overview counts from its itinerary, without every item in hand."""

    cities: tuple[str, ...]  # in the order the delegation first reaches them
    meetings: int  # meetings and negotiations
    site_visits: int
