"""English month and weekday names, independent of the machine's locale (strftime's %B is not)."""

from __future__ import annotations

from datetime import date

MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def month_year(day: date) -> str:
    """'December 2023'."""
    return f"{MONTHS[day.month - 1]} {day.year}"
