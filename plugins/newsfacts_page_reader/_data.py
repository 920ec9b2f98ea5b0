"""The page reader's tables: outlets, page chrome, sections, time-stamp labels, zones, datelines, credits.

Credits are photo credits (``credits.txt``) and the roles of wire credit lines (``credit_roles.tsv``).

Every table is a small text file in ``data/`` read once, on first use. Users extend a
table without editing the package: a folder named in the environment variable
``NEWSFACTS_PAGE_READER_DATA`` (several folders separated by ``os.pathsep``) may hold
files with the same names, whose lines are added to the bundled ones.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import timedelta, timezone, tzinfo
from functools import cache, lru_cache
from importlib.resources import files
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from attrs import frozen

__all__ = [
    "DATA_ENV",
    "Outlet",
    "byline_words",
    "chrome_lines",
    "credit_desks",
    "credit_roles",
    "credits",
    "dateline_places",
    "outlets",
    "sections",
    "stamp_labels",
    "zone",
    "zone_abbreviations",
]

#: Environment variable naming extra data folders (their files add to the bundled tables).
DATA_ENV = "NEWSFACTS_PAGE_READER_DATA"
_PACKAGE = __name__.rpartition(".")[0]


def _rows(name: str) -> Iterator[list[str]]:
    """The non-comment lines of a bundled table and of the user's copies, split at tabs."""
    texts = [files(_PACKAGE).joinpath("data", name).read_text(encoding="utf-8")]
    for folder in filter(None, os.environ.get(DATA_ENV, "").split(os.pathsep)):
        extra = Path(folder) / name
        if extra.is_file():
            texts.append(extra.read_text(encoding="utf-8"))
    for text in texts:
        for line in text.splitlines():
            if line.strip() and not line.lstrip().startswith("#"):
                yield [cell.strip() for cell in line.split("\t")]


@frozen
class Outlet:
    """A news outlet: its name, its newsroom's time zone, how it is printed, its web domains."""

    name: str
    tz: str | None
    names: tuple[str, ...]
    domains: tuple[str, ...]
    #: numeric dates printed day first ("08/03/2027 - 09:14" is 8 March)
    day_first: bool = False


@cache
def outlets() -> tuple[Outlet, ...]:
    """Every known outlet, in table order (bundled first)."""
    out = []
    for row in _rows("outlets.tsv"):
        row += [""] * (5 - len(row))
        names = tuple(n.strip() for n in row[2].split("|") if n.strip())
        domains = tuple(d.strip().casefold() for d in row[3].split("|") if d.strip())
        out.append(
            Outlet(
                name=row[0],
                tz=row[1] or None,
                names=(row[0], *names),
                domains=domains,
                day_first=row[4].strip().casefold() == "dmy",
            )
        )
    return tuple(out)


@cache
def outlet_names() -> dict[str, Outlet]:
    """Casefolded printed name -> outlet (the first outlet listing a name keeps it)."""
    table: dict[str, Outlet] = {}
    for outlet in outlets():
        for name in outlet.names:
            table.setdefault(name.casefold(), outlet)
    return table


@cache
def outlet_names_longest_first() -> tuple[str, ...]:
    """The casefolded printed names, longest first (so "the korea herald" is tried before "korea herald")."""
    return tuple(sorted(outlet_names(), key=lambda n: (-len(n), n)))


def outlet_for_domain(host: str) -> Outlet | None:
    """The outlet whose domain ``host`` is or ends in (``en.yna.co.kr`` -> Yonhap)."""
    host = host.casefold().rstrip(".")
    for outlet in outlets():
        for domain in outlet.domains:
            if host == domain or host.endswith("." + domain):
                return outlet
    return None


@cache
def chrome_lines() -> dict[str, str]:
    """Casefolded chrome line -> its kind (``line``, ``list`` or ``prefix``)."""
    return {row[1].casefold(): row[0] for row in _rows("chrome.tsv") if len(row) >= 2}


@cache
def chrome_prefixes() -> tuple[str, ...]:
    """Casefolded line starts that make a line chrome (copyright notices)."""
    return tuple(text for text, kind in chrome_lines().items() if kind == "prefix")


@cache
def wire_tags() -> frozenset[str]:
    """Casefolded wire tags that may stand in brackets before a headline ("LEAD", "News Focus")."""
    return frozenset(row[0].casefold() for row in _rows("wire_tags.txt"))


@cache
def sections() -> frozenset[str]:
    """Casefolded section names."""
    return frozenset(row[0].casefold() for row in _rows("sections.txt"))


@cache
def stamp_labels() -> dict[str, str]:
    """Casefolded time-stamp label -> role (``published`` or ``updated``)."""
    return {row[1].casefold(): row[0] for row in _rows("timestamp_labels.tsv") if len(row) >= 2}


@cache
def zone_abbreviations() -> dict[str, timedelta]:
    """Zone abbreviation (upper case) -> UTC offset."""
    table = {}
    for row in _rows("zones.tsv"):
        if len(row) >= 2 and (offset := parse_offset(row[1])) is not None:
            table[row[0].upper()] = offset
    return table


@cache
def zone_areas() -> dict[str, str]:
    """Zone abbreviation (upper case) -> IANA zone, for the names that follow daylight saving
    ("ET" is -05:00 in January and -04:00 in July)."""
    return {row[0].upper(): row[1] for row in _rows("zones.tsv") if len(row) >= 2 and "/" in row[1]}


@cache
def dateline_places() -> dict[str, tuple[str, str | None]]:
    """Casefolded dateline place -> (canonical name, IANA zone or None)."""
    table = {}
    for row in _rows("datelines.tsv"):
        row += [""] * (3 - len(row))
        table[row[0].casefold()] = (row[1] or row[0].title(), row[2] or None)
    return table


@cache
def credits() -> frozenset[str]:
    """Casefolded photo-credit marks."""
    return frozenset(row[0].casefold() for row in _rows("credits.txt"))


@cache
def credit_roles() -> dict[str, str]:
    """Casefolded role of a wire credit line ("reporting", "editing") -> ``author``, ``editor`` or ``contributor``."""
    return {
        row[1].casefold(): row[0] for row in _rows("credit_roles.tsv") if len(row) >= 2 and row[0] != "desk"
    }


@cache
def credit_desks() -> frozenset[str]:
    """Casefolded last words of credited desks, not people ("staff", "newsroom")."""
    return frozenset(
        row[1].casefold() for row in _rows("credit_roles.tsv") if len(row) >= 2 and row[0] == "desk"
    )


@cache
def byline_words() -> tuple[str, ...]:
    """Casefolded words that may trail a byline's names (staff titles, outlet names), longest first."""
    words = {row[0].casefold() for row in _rows("byline_words.txt")}
    words.update(outlet_names())
    return tuple(sorted(words, key=lambda w: (-len(w), w)))


@cache
def byline_words_by_last() -> dict[str, tuple[str, ...]]:
    """The byline words grouped by their last word, so a byline is checked only against likely ones."""
    table: dict[str, list[str]] = {}
    for words in byline_words():
        table.setdefault(words.rsplit(None, 1)[-1], []).append(words)
    return {k: tuple(v) for k, v in table.items()}


def parse_offset(text: str) -> timedelta | None:
    """``+09:00``, ``+0900``, ``+9``, ``-05:30`` -> an offset (``None`` if malformed or out of range)."""
    text = text.strip()
    if len(text) < 2 or text[0] not in "+-−":
        return None
    sign = -1 if text[0] in "-−" else 1
    body = text[1:].replace(":", "")
    if not body.isascii() or not body.isdigit() or len(body) not in (1, 2, 3, 4):
        return None
    hours, minutes = (int(body), 0) if len(body) <= 2 else (int(body[:-2]), int(body[-2:]))
    if hours > 14 or minutes >= 60:
        return None
    return sign * timedelta(hours=hours, minutes=minutes)


@lru_cache(maxsize=256)
def zone(name: str | None) -> tzinfo | None:
    """An IANA zone or a fixed offset by name (``Asia/Seoul``, ``+09:00``, ``KST``); ``None`` if unknown."""
    if not name:
        return None
    offset = parse_offset(name)
    if offset is None:
        offset = zone_abbreviations().get(name.strip().upper())
    if offset is not None:
        return timezone(offset)
    name = zone_areas().get(name.strip().upper(), name)
    try:
        return ZoneInfo(name.strip())
    except (ZoneInfoNotFoundError, ValueError):
        return None
