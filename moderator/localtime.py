"""Local time for people: Europe/Amsterdam in the interface and the statistics.

Everything is stored and exported in UTC; what a moderator reads (a message's time, the
log, a day in the statistics) is Dutch local time, summer time included, whatever the
computer's own time zone. Exports carry UTC beside local time.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

LOCAL = ZoneInfo("Europe/Amsterdam")


def local(when: datetime) -> datetime:
    """``when`` in Dutch local time (a naive time is taken as UTC)."""
    return (when if when.tzinfo else when.replace(tzinfo=UTC)).astimezone(LOCAL)


def local_day(when: datetime) -> date:
    """The Dutch calendar day of ``when``."""
    return local(when).date()


def day_start(day: date) -> datetime:
    """Local midnight at the start of ``day``, in UTC (23:00 or 22:00 the day before)."""
    return datetime.combine(day, time(), LOCAL).astimezone(UTC)


def whole_days(now: datetime, days: int) -> tuple[datetime, datetime]:
    """``[since, until)`` in UTC: the ``days`` Dutch calendar days up to and including today."""
    today = local_day(now)
    return day_start(today - timedelta(days=days - 1)), day_start(today + timedelta(days=1))


_MONTHS = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
           "september", "oktober", "november", "december")


def dutch_moment(when: datetime) -> str:
    """A moment for a Dutch reader in a text that is kept: local time, UTC beside it.

    ``3 december 2026 om 17:00 (Nederlandse tijd; 2026-12-03 16:00 UTC)``.
    """
    at = local(when)
    utc = at.astimezone(UTC)
    return (f"{at.day} {_MONTHS[at.month - 1]} {at.year} om {at:%H:%M} "
            f"(Nederlandse tijd; {utc:%Y-%m-%d %H:%M} UTC)")
