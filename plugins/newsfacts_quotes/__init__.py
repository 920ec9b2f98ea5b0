"""Bundled newsfacts plugin ``quotes``: who said what.

Finds direct quotations and reported speech ("Kim said that ...", "..., according to
Bennetts") and emits :class:`newsfacts.QuoteClaim` objects with the speaker resolved to
a person or organisation entity found by the other plugins (or ``None`` with the
speaker's words as written). The speech cues are data (``data/cues.tsv``); see
``docs/plugins/quotes.md`` for the rules and how to add cues.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from newsfacts import Article, Claim, Entity, hookimpl

from ._data import ENV_VAR, reset
from ._engine import find_quotes

__all__ = ["ENV_VAR", "find_quotes", "newsfacts_find_claims", "reset"]


@hookimpl(trylast=True)
def newsfacts_find_claims(
    article: Article, entities: Sequence[Entity], claims: Sequence[Claim]
) -> Iterable[Claim]:
    """Quote claims for the article; runs last so the role claims of other plugins are known."""
    return find_quotes(article, entities, claims)
