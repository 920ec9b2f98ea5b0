"""Calendar arithmetic and TIMEX3 values: a point or period of the calendar and the interval it covers.

A :class:`Period` is one calendar unit at a grain (day, week, month, season, quarter,
half, year, decade, century) with its TIMEX3 value and its first and last day. The
resolver builds periods from what the grammar found and shifts them ("two weeks ago",
"the following month").
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta
from typing import NamedTuple

__all__ = [
    "Period",
    "century",
    "day",
    "decade",
    "half",
    "month",
    "move",
    "narrow",
    "quarter",
    "season",
    "shift",
    "week",
    "weekend",
    "year",
    "years_away",
]

MIN_YEAR = 1
MAX_YEAR = 9998


class Period(NamedTuple):
    """A calendar period: TIMEX3 value, first and last day (inclusive), and its grain."""

    value: str
    start: date
    end: date
    grain: str


def _clamp_year(y: int) -> int:
    return min(max(y, MIN_YEAR), MAX_YEAR)


def day(d: date) -> Period:
    """One day: ``2018-12-17``."""
    return Period(d.isoformat(), d, d, "D")


def week(d: date) -> Period:
    """The ISO week holding ``d``: ``2018-W51``, Monday to Sunday."""
    iso = d.isocalendar()
    monday = d - timedelta(days=iso.weekday - 1)
    return Period(f"{iso.year:04d}-W{iso.week:02d}", monday, monday + timedelta(days=6), "W")


def weekend(d: date) -> Period:
    """The weekend of the ISO week holding ``d``: ``2018-W51-WE``, Saturday and Sunday."""
    w = week(d)
    return Period(w.value + "-WE", w.start + timedelta(days=5), w.end, "WE")


def month(y: int, m: int) -> Period:
    """A month: ``2018-09``."""
    y = _clamp_year(y)
    last = calendar.monthrange(y, m)[1]
    return Period(f"{y:04d}-{m:02d}", date(y, m, 1), date(y, m, last), "M")


def year(y: int) -> Period:
    """A year: ``2016``."""
    y = _clamp_year(y)
    return Period(f"{y:04d}", date(y, 1, 1), date(y, 12, 31), "Y")


def quarter(y: int, q: int) -> Period:
    """A calendar quarter: ``2018-Q3``."""
    y = _clamp_year(y)
    first = month(y, 3 * q - 2)
    last = month(y, 3 * q)
    return Period(f"{y:04d}-Q{q}", first.start, last.end, "Q")


def half(y: int, h: int) -> Period:
    """A half year: ``2019-H1``."""
    y = _clamp_year(y)
    first = month(y, 6 * h - 5)
    last = month(y, 6 * h)
    return Period(f"{y:04d}-H{h}", first.start, last.end, "H")


def season(y: int, code: str, first: int, last: int) -> Period:
    """A season of year ``y``: ``2019-SP``; a season running over New Year (winter) starts in ``y``."""
    y = _clamp_year(y)
    start = month(y, first).start
    end_year = y + 1 if last < first else y
    end = month(_clamp_year(end_year), last).end
    return Period(f"{y:04d}-{code}", start, end, "SE:" + code)


def decade(first_year: int) -> Period:
    """A decade: ``199`` for the 1990s."""
    d = _clamp_year(first_year) // 10
    return Period(f"{d:03d}", date(max(d * 10, 1), 1, 1), date(min(d * 10 + 9, MAX_YEAR), 12, 31), "DE")


def century(first_year: int) -> Period:
    """A century: ``20`` for 2000-2099 (TIMEX3 counts centuries by their leading digits)."""
    c = _clamp_year(first_year) // 100
    return Period(f"{c:02d}", date(max(c * 100, 1), 1, 1), date(min(c * 100 + 99, MAX_YEAR), 12, 31), "CE")


def _add_months(d: date, n: int) -> tuple[int, int]:
    total = d.year * 12 + (d.month - 1) + n
    return _clamp_year(total // 12), total % 12 + 1


def shift(anchor: date, unit: str, n: int) -> Period | None:
    """The period ``n`` units away from ``anchor``, at the unit's grain ("two weeks ago" = -2 W)."""
    try:
        if unit == "D":
            return day(anchor + timedelta(days=n))
        if unit == "W":
            return week(anchor + timedelta(weeks=n))
        if unit == "FN":
            return week(anchor + timedelta(weeks=2 * n))
        if unit == "WE":
            return weekend(anchor + timedelta(weeks=n))
        if unit == "M":
            return month(*_add_months(anchor, n))
        if unit == "Q":
            y, m = _add_months(anchor, 3 * n)
            return quarter(y, (m - 1) // 3 + 1)
        if unit == "H":
            y, m = _add_months(anchor, 6 * n)
            return half(y, (m - 1) // 6 + 1)
        if unit == "Y":
            return year(anchor.year + n)
        if unit == "DE":
            return decade(anchor.year + 10 * n)
        if unit == "CE":
            return century(anchor.year + 100 * n)
    except (OverflowError, ValueError):
        return None
    return None


def move(anchor: date, unit: str, n: int) -> date | None:
    """The day ``n`` units from ``anchor`` (same day of the month or year where it exists)."""
    try:
        if unit in ("D", "W", "FN", "WE"):
            return anchor + timedelta(days=n * {"D": 1, "W": 7, "FN": 14, "WE": 7}[unit])
        months = {"M": 1, "Q": 3, "H": 6, "Y": 12, "DE": 120, "CE": 1200}.get(unit)
        if months is None:
            return None
        y, m = _add_months(anchor, n * months)
        return date(y, m, min(anchor.day, calendar.monthrange(y, m)[1]))
    except (OverflowError, ValueError):
        return None


def containing(d: date, unit: str) -> Period | None:
    """The period of grain ``unit`` that holds ``d`` ("this week", "the same month")."""
    return shift(d, unit, 0)


def narrow(p: Period, mod: str | None) -> tuple[date, date]:
    """The part of a period that "early" (START), "mid" (MID) or "late" (END) denotes: a third of it."""
    if mod not in ("START", "MID", "END"):
        return p.start, p.end
    n = (p.end - p.start).days + 1
    third = max(n // 3, 1)
    if mod == "START":
        return p.start, p.start + timedelta(days=third - 1)
    if mod == "END":
        return p.end - timedelta(days=third - 1), p.end
    return p.start + timedelta(days=third), p.end - timedelta(days=third)


_YEAR_FIELD = re.compile(r"(?:^|(?<=/))[0-9]{4}")


def years_away(p: Period, k: int) -> Period | None:
    """The same part of the calendar ``k`` years away: ``2026-Q2`` → ``2025-Q2``, ``2026-01/2026-10`` → ``2025-01/2025-10``.

    For months, quarters, halves and seasons: "exports rose in the April-June quarter from a
    year earlier" compares with the same quarter of the year before.
    """
    try:
        start = date(p.start.year + k, p.start.month, p.start.day)
        end_year = _clamp_year(p.end.year + k)
        last = calendar.monthrange(end_year, p.end.month)[1]
        whole = p.end.day == calendar.monthrange(p.end.year, p.end.month)[1]
        end = date(end_year, p.end.month, last if whole else min(p.end.day, last))
    except (ValueError, OverflowError):
        return None
    value = _YEAR_FIELD.sub(lambda m: f"{_clamp_year(int(m.group()) + k):04d}", p.value)
    return Period(value, start, end, p.grain)
