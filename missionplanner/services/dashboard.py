"""Dashboard figures per mission and across missions, filtered by year and destination country."""

from __future__ import annotations

from datetime import date

from missionplanner.domain.models import Dashboard
from missionplanner.storage.store import Store


class DashboardService:
    """Meetings held, site visits, outcomes by kind and status, value by currency, open and overdue follow-ups."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def figures(
        self, *, mission_id: str | None = None, year: int | None = None, country: str | None = None, today: date
    ) -> Dashboard:
        """Figures over the missions (never templates) matching every filter given, as of `today`.

        `year` keeps missions that overlap it; `country` is the destination country. A meeting
        (meeting or negotiation) or site visit counts as held when it is not cancelled and is done or
        ends on or before `today`. Value by currency: amounts of outcomes not dropped, summed exactly
        per currency and never across currencies. Overdue: not done and due before `today`.
        """
        return self.store.dashboard.figures(today=today, mission_id=mission_id, year=year, country=country)
