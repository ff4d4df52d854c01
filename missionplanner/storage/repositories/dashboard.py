"""Dashboard figures over a filtered set of missions: counts in SQL, money summed exactly per currency."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from missionplanner.domain.enums import ItemKind, ItemStatus, OutcomeKind, OutcomeStatus
from missionplanner.domain.models import Dashboard
from missionplanner.storage.connection import Database

_MEETING_KINDS = (ItemKind.MEETING.value, ItemKind.NEGOTIATION.value)


class DashboardRepository:
    """Read-only aggregate queries for the dashboard."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def figures(
        self, *, today: date, mission_id: str | None = None, year: int | None = None, country: str | None = None
    ) -> Dashboard:
        """The figures for missions (never templates) matching every filter given.

        `year` keeps missions overlapping that year; `country` is the destination country. An item is
        held when it is not cancelled and is done or ends on or before `today`. The value by currency
        leaves out dropped outcomes, and each currency is summed on its own as an exact Decimal.
        """
        where, params = ["m.is_template = 0"], []
        if mission_id is not None:
            where.append("m.id = ?")
            params.append(mission_id)
        if year is not None:
            where.append("m.start_date <= ? AND m.end_date >= ?")
            params += [f"{year:04d}-12-31", f"{year:04d}-01-01"]
        if country is not None:
            where.append("m.destination_country = ?")
            params.append(country)
        chosen = f"SELECT m.id FROM missions m WHERE {' AND '.join(where)}"
        execute = self.db.execute

        missions = int(execute(f"SELECT count(*) FROM ({chosen})", params).fetchone()[0])
        held = dict(
            execute(
                f"SELECT CASE WHEN kind = ? THEN 'site_visit' ELSE 'meeting' END, count(*) FROM items "
                f"WHERE mission_id IN ({chosen}) AND kind IN (?, ?, ?) AND status <> ? "
                "AND (status = ? OR substr(end_local, 1, 10) <= ?) GROUP BY 1",
                [
                    ItemKind.SITE_VISIT.value,
                    *params,
                    *_MEETING_KINDS,
                    ItemKind.SITE_VISIT.value,
                    ItemStatus.CANCELLED.value,
                    ItemStatus.DONE.value,
                    today.isoformat(),
                ],
            ).fetchall()
        )
        by_kind = dict(
            execute(f"SELECT kind, count(*) FROM outcomes WHERE mission_id IN ({chosen}) GROUP BY kind", params)
        )
        by_status = dict(
            execute(f"SELECT status, count(*) FROM outcomes WHERE mission_id IN ({chosen}) GROUP BY status", params)
        )
        values: dict[str, Decimal] = {}
        # Amounts are stored as text and added here as Decimals: SQL's sum() would go through float.
        for currency, amount in execute(
            f"SELECT currency, amount FROM outcomes WHERE mission_id IN ({chosen}) "
            "AND amount IS NOT NULL AND currency IS NOT NULL AND status <> ? ORDER BY currency, rowid",
            [*params, OutcomeStatus.DROPPED.value],
        ):
            values[currency] = values.get(currency, Decimal(0)) + Decimal(amount)
        open_count, overdue = execute(
            "SELECT count(*), coalesce(sum(due_date < ?), 0) FROM follow_ups "
            f"WHERE mission_id IN ({chosen}) AND done_on IS NULL",
            [today.isoformat(), *params],
        ).fetchone()
        return Dashboard(
            missions=missions,
            meetings_held=int(held.get("meeting", 0)),
            site_visits=int(held.get("site_visit", 0)),
            outcomes_by_kind={k: int(by_kind[k.value]) for k in OutcomeKind if k.value in by_kind},
            outcomes_by_status={s: int(by_status[s.value]) for s in OutcomeStatus if s.value in by_status},
            value_by_currency=dict(sorted(values.items())),
            open_follow_ups=int(open_count),
            overdue_follow_ups=int(overdue),
        )
