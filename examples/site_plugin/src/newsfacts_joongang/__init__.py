"""A newsfacts site plugin for pages of the Korea JoongAng Daily kept as text.

The bundled page reader handles most news pages; a site plugin knows one outlet's
layout exactly. This one reads the JoongAng Daily's page as scraped::

    Korea JoongAng Daily           <- masthead: this is one of our pages
    NATIONAL                       <- section, in capitals
    Seoul and Pyongyang agree ...  <- headline: the line after the section
    Published: 21 Dec. 2018, 19:00 <- day-month-year, Korea time
    ...article...
    BY PARK EUN-JEE [park.eunjee@joongang.co.kr]
    More in North Korea            <- a list of other stories: page chrome

It never changes the text: it returns an Article with regions and metadata, or
``None`` for pages that are not the JoongAng Daily's, so the next reader tries.
"""

from __future__ import annotations

import re
from datetime import datetime
from zoneinfo import ZoneInfo

from newsfacts import Article, RawDocument, Region, hookimpl

__all__ = ["newsfacts_read_article"]

OUTLET = "Korea JoongAng Daily"
SEOUL = ZoneInfo("Asia/Seoul")
MONTHS = {
    m: i
    for i, m in enumerate(
        ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), 1
    )
}

# Each pattern reads one whole line and has no nested repetition, so it runs in linear time.
STAMP = re.compile(r"(Published|Updated): (\d{1,2}) ([A-Z][a-z]{2})[a-z]*\.? (\d{4}), (\d{1,2}):(\d\d)")
BYLINE = re.compile(r"BY ([A-Z][A-Z' -]{2,80}?)(?: \[([^\]\s]{3,80}@[^\]\s]{3,80})\])?")
CAPTION = re.compile(r".{10,400} \[([A-Z][A-Z ,/-]{1,40})\]")


def _lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of each non-blank line's content."""
    out, pos = [], 0
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped:
            start = pos + line.index(stripped[0])
            out.append((start, start + len(stripped)))
        pos += len(line) + 1
    return out


def _name(capitals: str) -> str:
    """ "PARK EUN-JEE" -> "Park Eun-jee" (Korean given names keep the hyphen, lower case after it)."""
    return " ".join(w[0] + w[1:].lower() for w in capitals.split())


def _when(m: re.Match[str]) -> datetime | None:
    month = MONTHS.get(m.group(3).lower())
    if month is None:
        return None
    try:
        return datetime(
            int(m.group(4)), month, int(m.group(2)), int(m.group(5)), int(m.group(6)), tzinfo=SEOUL
        )
    except ValueError:
        return None


def read_page(text: str) -> Article | None:
    """The Article of a JoongAng Daily page, or ``None`` when ``text`` is not one."""
    lines = _lines(text)
    head = [text[s:e] for s, e in lines[:5]]
    if OUTLET not in head:
        return None
    regions: list[Region] = []
    title = section = None
    published = updated = None
    authors: list[str] = []
    more_in = False
    for i, (start, end) in enumerate(lines):
        line = text[start:end]
        if line == OUTLET or line in ("Log in", "Register", "Search"):
            regions.append(Region(start=start, end=end, kind="chrome", label="page furniture"))
        elif section is None and line.isupper() and len(line) <= 30:
            section = line.title()
            regions.append(Region(start=start, end=end, kind="chrome", label="section"))
            if i + 1 < len(lines):
                s, e = lines[i + 1]
                title = text[s:e]
                regions.append(Region(start=s, end=e, kind="headline", label="headline"))
        elif m := STAMP.fullmatch(line):
            kind = m.group(1).lower()
            regions.append(Region(start=start, end=end, kind="timestamp", label=kind))
            if kind == "published":
                published = published or _when(m)
            else:
                updated = updated or _when(m)
        elif m := BYLINE.fullmatch(line):
            authors.extend(_name(n) for n in m.group(1).split(" AND "))
            regions.append(Region(start=start, end=end, kind="byline", label="byline"))
        elif line.startswith("More in "):
            more_in = True
        elif m := CAPTION.fullmatch(line):
            credit = start + m.start(1)
            regions.append(Region(start=start, end=credit - 2, kind="caption", label="photo"))
            regions.append(Region(start=credit, end=credit + len(m.group(1)), kind="credit", label="photo"))
        if more_in:  # "More in North Korea" and the headlines after it
            regions.append(Region(start=start, end=end, kind="chrome", label="related articles"))
    meta = {"reader": "joongang_daily"}
    if updated is not None:
        meta["updated"] = updated.isoformat()
    return Article(
        text=text,
        title=title,
        published=published,
        authors=tuple(authors),
        section=section,
        outlet=OUTLET,
        regions=tuple(regions),
        meta=meta,
    )


@hookimpl
def newsfacts_read_article(raw: RawDocument) -> Article | None:
    """Read the page if it is the JoongAng Daily's; pass (``None``) otherwise.

    A plain ``@hookimpl`` runs before the bundled page reader, which is ``trylast``.
    """
    if raw.media_type == "text/html" or not isinstance(raw.data, str):
        return None  # this plugin reads scraped text; HTML goes to the bundled reader
    return read_page(raw.data)
