"""Bundled newsfacts plugin ``organizations``: organisations, non-Korean persons and the titles people hold.

It finds organisation names (built around head words such as "Foundation" or
"Ministry of ...", or listed in its company and organisation tables, with acronyms
declared in parentheses), persons whose names are not Korean when a title or a speech
verb shows they are people ("Ian Bennetts said"), and ``role`` claims: who holds which
title where ("Kim Jin-hyang, chairman of the Kaeseong Industrial District Foundation").
Every word list is a data file in ``data/``; see :func:`add_rows` to extend them.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from newsfacts import Article, Claim, Entity, Mention, hookimpl
from newsfacts_organizations._data import ENV_VAR, TABLES, add_rows, reload
from newsfacts_organizations._finder import find_mentions, org_key
from newsfacts_organizations._roles import find_roles

__all__ = [
    "ENV_VAR",
    "TABLES",
    "add_rows",
    "newsfacts_find_claims",
    "newsfacts_find_mentions",
    "org_key",
    "reload",
]


@hookimpl
def newsfacts_find_mentions(article: Article) -> Iterable[Mention]:
    """Organisation mentions (priority 10) and non-Korean person mentions (priority 0)."""
    return list(find_mentions(article))


@hookimpl
def newsfacts_find_claims(article: Article, entities: Sequence[Entity]) -> Iterable[Claim]:
    """Role claims: a person entity, the title words, and the organisation entity if one is named."""
    return find_roles(article, entities)
