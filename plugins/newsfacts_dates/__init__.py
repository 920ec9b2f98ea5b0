"""Bundled newsfacts plugin ``dates``: every temporal expression as a ``date`` entity.

Each expression gets a TIMEX3 value ("2018-12-17", "2018-W51", "2019-SP", "P3Y",
"PRESENT_REF"...) and the interval it denotes. Relative expressions ("earlier this
week", "in September", "on Monday") are resolved against ``article.published`` in its
own time zone; "the previous day" and "two days later" against the most recent date
mentioned before them. The grammar is built from the word tables in ``data/`` (see
``docs/plugins/dates.md`` for what is understood and how to extend the tables).
"""

from __future__ import annotations

from collections.abc import Iterator

from newsfacts import Article, DateData, Mention, hookimpl
from newsfacts_dates._data import reload, rows
from newsfacts_dates._grammar import Found, find_dates

__all__ = ["PRIORITY", "Found", "find_dates", "newsfacts_find_mentions", "reload"]

#: Overlap priority of date mentions (quantities use 0, so "2016" found by both is a date).
PRIORITY = 10


def _day_first_outlets() -> frozenset[str]:
    """The outlets of ``day_first.txt``, whose numeric dates are day/month/year."""
    return frozenset(r[0] for r in rows("day_first.txt"))


@hookimpl
def newsfacts_find_mentions(article: Article) -> Iterator[Mention]:
    """Propose one ``date`` mention per temporal expression, keyed by its TIMEX3 value."""
    day_first = article.outlet is not None and article.outlet in _day_first_outlets()
    for f in find_dates(article.text, article.published, day_first=day_first):
        yield Mention.of(
            article,
            f.start,
            f.end,
            "date",
            data=DateData(
                value=f.value,
                start=f.begin,
                end=f.finish,
                anchor=f.anchor,
                timex_type=f.timex_type,
                mod=f.mod,
            ),
            # "late 2016" is not "2016": the modifier is part of what the date denotes.
            key=f"{f.value} {f.mod}" if f.mod else f.value,
            priority=PRIORITY,
            # "six two-hour sessions": a length written as a compound modifier may stand
            # inside the count of the things it measures
            nested=f.timex_type == "DURATION" and _compound(article.text, f.start, f.end),
        )


def _compound(text: str, start: int, end: int) -> bool:
    """True when ``text[start:end]`` is one hyphenated word ("two-hour", "147-day")."""
    span = text[start:end]
    return "-" in span and " " not in span
