"""Time stamps as news pages print them, read into aware datetimes.

The grammar covers the forms of Korean and international news sites: ``December 21,
2018 - 13:47``, ``Dec. 21, 2018, 1:47 p.m. KST``, ``21 Dec. 2018, 13:47``,
``2018-12-21 13:47``, ``2018.12.21 13:47``, ``2018-12-21T13:47:00+09:00``, AP's
``1:47 PM GMT+9, December 21, 2018``, France 24's ``08/03/2027 - 09:14`` and The Guardian's
``Thu 16 Oct 2025 08.30 BST`` and The Hankyoreh's ``Sep.2,2023 17:20 KST``. Patterns are built once and have no nested
quantifiers, so matching is linear in the line's length.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timezone, tzinfo
from functools import cache

import regex
from attrs import frozen

from . import _data

__all__ = ["Stamp", "datetime_pattern", "read_stamp"]

_MONTHS = {
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "may": 5,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}

_MONTH = (
    r"(?P<mon>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_WEEKDAY = r"(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+)"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"


@cache
def _zone_alternatives() -> str:
    names = sorted({*_data.zone_abbreviations(), *_data.zone_areas()}, key=lambda z: (-len(z), z))
    return "|".join(regex.escape(n) for n in names if n != "Z")


@cache
def datetime_pattern() -> str:
    """The source of the date-and-time grammar (named groups: year, mon|nmon, day, hour...)."""
    zone = (
        r"(?P<zone>(?:GMT|UTC)\s?[+\-−]\d{1,2}(?::?\d\d)?|[+\-−]\d\d:?\d\d|Z(?![a-z])"
        + (("|(?:" + _zone_alternatives() + r")(?![a-z])") if _zone_alternatives() else "")
        + ")"
    )
    clock = (
        # "13:47", and "08.30" as British pages print a clock
        r"(?P<hour>[012]?\d)[:.](?P<minute>[0-5]\d)(?::(?P<second>[0-5]\d)(?:\.\d{1,6})?)?"
        r"(?:\s?(?P<ampm>[ap]\.?\s?m\b\.?))?"
        rf"(?:\s?\(?{zone}\)?)?"
    )
    day = (
        # "Dec. 21, 2018", and "Sep.2,2023" as The Hankyoreh prints it
        rf"(?:{_MONTH}(?:\s+|(?<=\.)){_DAY}(?:,?\s+|,){_YEAR}"
        rf"|{_DAY}\s+{_MONTH},?\s+{_YEAR}"
        rf"|{_YEAR}(?P<sep>[-./])(?P<nmon>[01]?\d)(?P=sep)(?P<day>[0-3]?\d)\.?"
        # "08/03/2027": day or month first, as the outlet prints it (see read_stamp)
        rf"|(?P<nfirst>[0-3]?\d)/(?P<nsecond>[0-3]?\d)/{_YEAR})"
    )
    return (
        rf"(?:{_WEEKDAY}?{day}(?:\s?(?:[-–—,|@T]|at)?\s?{clock})?"
        rf"|{clock},?\s+{_WEEKDAY}?{day})"
    )


@frozen(kw_only=True)
class Stamp:
    """A time stamp read from a page: the moment, and whether a time and a zone were printed."""

    when: datetime
    has_time: bool
    has_zone: bool

    def isoformat(self) -> str:
        """ISO 8601 of the moment (a date alone when the page printed no time)."""
        return self.when.isoformat() if self.has_time else self.when.date().isoformat()


def _zone_of(text: str | None) -> tzinfo | None:
    if not text:
        return None
    text = text.strip().replace("−", "-")
    upper = text.upper()
    if upper.startswith(("GMT", "UTC")) and len(upper) > 3:
        offset = _data.parse_offset(upper[3:].strip())
        return timezone(offset) if offset is not None else None
    return _data.zone(text)


def read_stamp(match: regex.Match[str], default_zone: tzinfo | None, day_first: bool = False) -> Stamp | None:
    """The moment a match of :func:`datetime_pattern` names, or ``None`` if it is no real date.

    A printed zone wins; otherwise ``default_zone`` is used, and without one the
    stamp is read as UTC (``has_zone`` is false so callers can tell). A numeric
    "08/03/2027" is read month first unless ``day_first`` (the outlet prints the day
    first) or its first number is above 12.
    """
    g = match.groupdict()
    try:
        year = int(g["year"])
        if g.get("nfirst"):
            first, second = int(g["nfirst"]), int(g["nsecond"])
            month, mday = (second, first) if first > 12 or (day_first and second <= 12) else (first, second)
            day = date(year, month, mday)
        else:
            month = int(g["nmon"]) if g.get("nmon") else _MONTHS[g["mon"][:3].casefold()]
            day = date(year, month, int(g["day"]))
        clock = time()
        if g.get("hour") is not None:
            hour = int(g["hour"])
            ampm = (g.get("ampm") or "").casefold()
            if ampm:
                if not 1 <= hour <= 12:
                    return None
                hour = hour % 12 + (12 if ampm.startswith("p") else 0)
            clock = time(hour, int(g["minute"]), int(g["second"] or 0))
    except (ValueError, KeyError, TypeError):
        return None
    printed = _zone_of(g.get("zone"))
    tz = printed or default_zone or UTC
    return Stamp(
        when=datetime.combine(day, clock, tzinfo=tz),
        has_time=g.get("hour") is not None,
        has_zone=printed is not None or default_zone is not None,
    )
