"""The records each report is made of: plain frozen dataclasses of display-ready text, no HTML.

reports/data.py and reports/narrative.py fill them from the services; the templates lay them out.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from missionplanner.domain.translation import QT_TRANSLATE_NOOP, translate
from missionplanner.reports.text import short_day

# Labels of an outcome's particulars, translated where they are shown.
SECTOR = QT_TRANSLATE_NOOP("Report", "Sector")
COMMODITY = QT_TRANSLATE_NOOP("Report", "Commodity")
TRADE = QT_TRANSLATE_NOOP("Report", "Trade")


@dataclass(frozen=True)
class Fact:
    label: str
    lines: tuple[str, ...]


@dataclass(frozen=True)
class PersonView:
    name: str
    position: str = ""
    organization: str = ""
    phone: str = ""
    email: str = ""
    role: str = ""
    languages: str = ""

    @property
    def reach(self) -> str:
        """Phone and e-mail on one line."""
        return " · ".join(v for v in (self.phone, self.email) if v)


@dataclass(frozen=True)
class OrganizationView:
    id: str
    name: str
    name_local: str = ""
    kind: str = ""
    country: str = ""
    city: str = ""
    address: str = ""
    sectors: str = ""
    website: str = ""
    phone: str = ""
    email: str = ""
    notes: str = ""
    role: str = ""
    people: tuple[PersonView, ...] = ()

    @property
    def place(self) -> str:
        return ", ".join(v for v in (self.city, self.country) if v)

    @property
    def reach(self) -> str:
        return " · ".join(v for v in (self.phone, self.email, self.website) if v)


@dataclass(frozen=True)
class HostRef:
    name: str
    name_local: str = ""


@dataclass(frozen=True)
class TravelView:
    mode: str
    reference: str
    from_city: str
    to_city: str
    departs: str
    arrives: str
    departs_zone: str
    arrives_zone: str
    arrives_day: str = ""


@dataclass(frozen=True)
class ItemView:
    id: str
    title: str
    kind: str
    kind_label: str
    day: date
    time: str
    zone_notes: tuple[str, ...]
    city: str = ""
    venue: str = ""
    address: str = ""
    hosts: tuple[HostRef, ...] = ()
    host_contacts: tuple[PersonView, ...] = ()
    attendees: tuple[str, ...] | None = None
    status: str = ""
    agenda: str = ""
    travel: TravelView | None = None
    start_utc: datetime | None = None

    @property
    def where(self) -> str:
        if self.travel is not None:
            return ""
        return ", ".join(v for v in (self.venue, self.city) if v)

    @property
    def date_text(self) -> str:
        return short_day(self.day)


@dataclass(frozen=True)
class DayView:
    number: int | None
    day: date
    heading: str
    cities: str
    items: tuple[ItemView, ...]


@dataclass(frozen=True)
class Cover:
    kind_label: str
    title: str
    subtitle: str
    facts: tuple[Fact, ...]
    objectives: str = ""
    prepared: str = ""
    recipient: PersonView | None = None


@dataclass(frozen=True)
class ItineraryReport:
    cover: Cover
    delegation: tuple[PersonView, ...]
    days: tuple[DayView, ...]
    organizers: tuple[OrganizationView, ...]
    hosts: tuple[OrganizationView, ...]
    other_contacts: tuple[PersonView, ...]
    zone_note: str
    personal: bool = False


@dataclass(frozen=True)
class FollowUpView:
    action: str
    owner: str
    due: str
    due_short: str
    state: str
    overdue: bool
    done: bool
    outcome: str = ""
    due_date: date | None = None


@dataclass(frozen=True)
class OutcomeView:
    id: str
    title: str
    kind: str
    kind_label: str
    status: str
    status_label: str
    description: str = ""
    counterparts: tuple[str, ...] = ()
    sector: str = ""
    commodity: str = ""
    direction: str = ""
    amount: str = ""
    signed_on: str = ""
    meeting: str = ""
    follow_ups: tuple[FollowUpView, ...] = ()

    @property
    def particulars(self) -> tuple[tuple[str, str], ...]:
        """(label, value) for sector, commodity and trade direction, those that are known."""
        parts = ((SECTOR, self.sector), (COMMODITY, self.commodity), (TRADE, self.direction))
        return tuple((translate("Report", name), value) for name, value in parts if value)


@dataclass(frozen=True)
class KindGroup:
    kind_label: str
    outcomes: tuple[OutcomeView, ...]


@dataclass(frozen=True)
class StatusGroup:
    status: str
    status_label: str
    count: int
    kinds: tuple[KindGroup, ...]


@dataclass(frozen=True)
class CurrencyTotal:
    currency: str
    count: int
    total: str
    realised: str


@dataclass(frozen=True)
class OutcomesReport:
    cover: Cover
    overview: str
    groups: tuple[StatusGroup, ...]
    totals: tuple[CurrencyTotal, ...]
    follow_ups: tuple[FollowUpView, ...]
    open_count: int
    overdue_count: int


@dataclass(frozen=True)
class HistoryLine:
    on: str
    kind: str
    title: str
    detail: str


@dataclass(frozen=True)
class HistoryMission:
    title: str
    dates: str
    lines: tuple[HistoryLine, ...] = ()


@dataclass(frozen=True)
class HostBriefing:
    organization: OrganizationView
    meetings: tuple[ItemView, ...]
    outcomes: tuple[OutcomeView, ...]
    history: tuple[HistoryMission, ...]
    first_meeting: str = ""


@dataclass(frozen=True)
class BriefingReport:
    cover: Cover
    hosts: tuple[HostBriefing, ...]


@dataclass(frozen=True)
class SummaryReport:
    cover: Cover
    headline: str
    lead: str
    paragraphs: tuple[str, ...]
    meetings: tuple[str, ...]
    visits: tuple[str, ...]
    events: tuple[str, ...]
    outcomes: tuple[str, ...]
    next_steps: tuple[str, ...]
    figures: tuple[Fact, ...] = field(default_factory=tuple)
