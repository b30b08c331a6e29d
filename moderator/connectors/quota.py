"""YouTube's daily quota, counted on our side so the budget is visible before it runs out.

Costs (reference 3.4): 1 unit per list page, 50 per insert/update/moderation call; the
default budget is 10 000 units per project per day, reset at midnight Pacific time.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, timezone, tzinfo
from typing import TYPE_CHECKING

from moderator.connectors.base import RateLimited

if TYPE_CHECKING:
    from collections.abc import Callable

LIST_COST = 1
WRITE_COST = 50


def _pacific() -> tzinfo:
    try:
        from zoneinfo import ZoneInfo

        return ZoneInfo("America/Los_Angeles")
    except (ImportError, KeyError, OSError):  # no tz database: standard time is close enough
        return timezone(timedelta(hours=-8))


_PT = _pacific()


@dataclass(frozen=True, slots=True)
class QuotaStatus:
    """What the UI shows: units used today, the daily budget and when it resets."""

    used: int
    budget: int
    resets_at: datetime

    @property
    def left(self) -> int:
        """Units still available today."""
        return max(0, self.budget - self.used)


class QuotaLedger:
    """Thread-safe count of units spent today; refuses calls that would exceed the budget."""

    def __init__(self, budget: int = 10_000,
                 clock: Callable[[], datetime] = lambda: datetime.now(UTC)) -> None:
        self.budget = budget
        self._clock = clock
        self._used = 0
        self._day: date | None = None
        self._lock = threading.Lock()

    def _roll(self) -> datetime:
        local = self._clock().astimezone(_PT)
        if local.date() != self._day:
            self._day, self._used = local.date(), 0
        midnight = datetime.combine(local.date() + timedelta(days=1), datetime.min.time(), _PT)
        return midnight.astimezone(UTC)

    def spend(self, units: int, what: str) -> None:
        """Book ``units`` for ``what`` or raise RateLimited until the quota resets."""
        with self._lock:
            resets = self._roll()
            if self._used + units > self.budget:
                wait = (resets - self._clock()).total_seconds()
                raise RateLimited(
                    f"youtube: {what} needs {units} units but {self._used:,} of the daily "
                    f"{self.budget:,} are used; quota resets at {resets:%H:%M} UTC", wait)
            self._used += units

    def status(self) -> QuotaStatus:
        """Units used today, the budget and the reset time."""
        with self._lock:
            resets = self._roll()
            return QuotaStatus(self._used, self.budget, resets)
