"""Bundled newsfacts plugin ``quantities``: every number an article states, as a ``quantity`` entity.

"125 South Korean companies", "3,000-5,000 businesses", "more than $1.07 billion",
"100 million won ($89,000)": each becomes one mention whose ``QuantityData`` holds the
low and high ends, the unit or counted noun as written, and the approximation words.
Years, dates, clock times, phone numbers, labels ("Route 66") and list markers are left
out by grammar; ranks ("the second summit") are kept as kind ``ordinal``. The word lists
are data files in ``data/`` (see ``docs/plugins/quantities.md`` to extend them).
"""

from __future__ import annotations

from collections.abc import Iterator

from newsfacts import Article, ExtraData, Mention, QuantityData, hookimpl

from ._data import ENV_VAR
from ._grammar import Found, find_quantities, parse_number, reload_data

__all__ = ["ENV_VAR", "Found", "find_quantities", "newsfacts_find_mentions", "parse_number", "reload_data"]

#: Overlap priority of quantity mentions: below dates (10), so "2016" found by both is a date.
PRIORITY = 0


@hookimpl
def newsfacts_find_mentions(article: Article) -> Iterator[Mention]:
    """Yield one mention per quantity (and per ordinal) in the article's text."""
    text = article.text
    for f in find_quantities(text):
        if f.kind == "ordinal":
            yield Mention.of(
                article, f.start, f.end, "ordinal", data=ExtraData(fields={"value": f.low}), priority=PRIORITY
            )
            continue
        equivalent = article.span(*f.equivalent_of) if f.equivalent_of is not None else None
        yield Mention.of(
            article,
            f.start,
            f.end,
            "quantity",
            data=QuantityData(low=f.low, high=f.high, unit=f.unit, approx=f.approx, equivalent_of=equivalent),
            priority=PRIORITY,
        )
