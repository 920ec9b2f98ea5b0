"""The hook specification: one hook per pipeline stage. This module is the hook reference.

A plugin is any module or object with functions named like the hooks below and
decorated with ``@newsfacts.hookimpl``. A plugin may accept any subset of a hook's
arguments (new arguments can be added later without breaking it). Every hook is
called with keyword arguments, once per article, in this order:

1. ``newsfacts_read_article`` — turn the raw input into an :class:`Article` (first
   non-``None`` answer wins).
2. ``newsfacts_find_mentions`` — every plugin proposes mentions; the core resolves
   overlaps between them (see ``docs/hooks.md``, "The overlap rule").
3. ``newsfacts_link_mentions`` — plugins say which kept mentions are the same thing;
   the core adds links for equal keys and for short forms, then builds entities.
4. ``newsfacts_find_claims`` — quotes, roles and any other claims about the entities.
5. ``newsfacts_finish`` — a last look at the whole result.

Each implementation of stages 2-5 is called on its own: if one raises, its error is
recorded in ``Facts.errors`` (plugin name and stage) and the others still run.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

import pluggy

if TYPE_CHECKING:
    from newsfacts.pipeline import Facts
    from newsfacts.types import Article, Claim, Entity, Mention, RawDocument

__all__ = ["PROJECT", "hookimpl", "hookspec"]

PROJECT = "newsfacts"
hookspec = pluggy.HookspecMarker(PROJECT)
#: Decorate a plugin's hook functions with this marker.
hookimpl = pluggy.HookimplMarker(PROJECT)


# --------------------------------------------------------------------------- reading


@hookspec(firstresult=True)
def newsfacts_read_article(raw: RawDocument) -> Article | None:
    """Turn a raw document (a scraped page, an HTML file, plain text) into an :class:`Article`.

    Runs first, once per input. Implementations are tried in pluggy's order
    (``tryfirst`` ones first, the bundled generic reader last) and the first one that
    returns an ``Article`` wins; return ``None`` to pass (for a site plugin: "not one
    of my pages"). When every reader passes, the core makes an Article of the text
    as given. What the caller said in ``raw.hints`` (``published``, ``url``, ``title``)
    overrides what the reader found; the core applies that, a reader need not.

    A reader must not rewrite the text of plain-text input: offsets are offsets into
    the input as given. It marks page furniture as :class:`Region` objects instead
    (kind ``"chrome"`` is skipped by extraction). Only non-text input (HTML) is turned
    into new text.

    :param raw: the input, its file name or URL, media type and the caller's hints.
    :returns: an Article, or ``None`` to let the next reader try.
    """


# --------------------------------------------------------------------------- mentions


@hookspec
def newsfacts_find_mentions(article: Article) -> Iterable[Mention]:  # type: ignore[empty-body]
    """Find the things this plugin knows how to recognise: names, places, dates, numbers...

    Every implementation runs, on the same article, independently of the others. Return
    (or yield) :class:`Mention` objects built with ``Mention.of(article, start, end,
    kind, ...)``. The pipeline fills in ``source`` with the plugin's name, checks each
    span against the text (a wrong one is dropped and reported in ``errors``), drops
    mentions inside skipped regions (page chrome), and then resolves overlaps between
    all plugins' mentions by one rule:

    * Two mentions conflict when they share a character, unless one lies strictly
      inside the other, the inner one has ``nested=True`` and their kinds differ.
    * Of two conflicting mentions the longer one wins; on equal length the higher
      ``priority``; then the earlier start; then the plugin name and kind in
      alphabetical order (so the outcome never depends on plugin order).
    * Identical mentions (same span and kind) from two plugins are kept once, the
      higher priority (then the alphabetically first plugin) winning.

    :param article: the article; ``article.published`` may be ``None``.
    :returns: an iterable of mentions (any order).
    """


@hookspec
def newsfacts_link_mentions(  # type: ignore[empty-body]
    article: Article, mentions: Sequence[Mention]
) -> Iterable[tuple[int, int]]:
    """Say which of the kept mentions denote the same thing ("Kim Jong Un" = "Kim Jong-un").

    Runs after the overlap rule, with the surviving mentions of all plugins in text
    order. Return pairs of indices into ``mentions``; the core joins each pair (and
    everything transitively joined) into one entity. Pairs of different kinds are
    ignored. The core itself also joins mentions of one kind with equal ``key``, and
    links each ``partial`` mention to the most recent earlier full mention of its kind
    that lists the partial mention's ``key`` among its ``aliases``; a partial mention
    that links to nothing is dropped.

    An entity takes its name, source and data from its first full (non-partial)
    mention; its ``variants`` are the spellings of all its mentions.

    :param article: the article.
    :param mentions: the kept mentions in text order (by start; the longer first).
    :returns: pairs ``(i, j)`` of indices into ``mentions``.
    """


# --------------------------------------------------------------------------- claims


@hookspec
def newsfacts_find_claims(  # type: ignore[empty-body]
    article: Article, entities: Sequence[Entity], claims: Sequence[Claim]
) -> Iterable[Claim]:
    """Find claims: quotes and who said them, roles people hold, or a plugin's own kinds.

    Runs once the entities have their final ids (``e1``, ``e2``... in order of first
    mention). Implementations run one after another in pluggy's order, and ``claims``
    holds what the ones before produced, so a plugin that needs another's claims (a
    quote plugin resolving "the minister said" through role claims) declares
    ``@hookimpl(trylast=True)``. Entity references in claims are entity ids; a claim
    whose reference is unknown, or whose span does not match the text, is dropped
    and reported in ``errors``. Claim ids are given by the pipeline.

    :param article: the article.
    :param entities: every entity, in order of first mention.
    :param claims: the claims of the plugins that ran before this one.
    :returns: an iterable of :class:`Claim` (``QuoteClaim``, ``RoleClaim``...).
    """


# --------------------------------------------------------------------------- finishing


@hookspec
def newsfacts_finish(article: Article, facts: Facts) -> Facts | None:
    """Look at the whole result last, and optionally return a changed copy of it.

    Implementations run one after another; each receives the result of the one
    before. Return ``None`` to keep ``facts`` as it is, or a new ``Facts`` (made with
    ``attrs.evolve``) to replace it: to drop entities a site never wants, to add a
    plugin's summary to ``facts.meta``. Spans and references are checked again.

    :param article: the article.
    :param facts: the result so far.
    :returns: a replacement ``Facts``, or ``None``.
    """


HOOK_STAGES: dict[str, str] = {
    "newsfacts_read_article": "read",
    "newsfacts_find_mentions": "mentions",
    "newsfacts_link_mentions": "link",
    "newsfacts_find_claims": "claims",
    "newsfacts_finish": "finish",
}
"""Each hook's stage name, as used in ``Facts.errors``."""
