"""The quotes plugin's data: speech cues and grammar words, read lazily from TSV files.

The tables live in ``data/`` beside this module. Users add cues without touching the
package by naming extra files of the same format in the ``NEWSFACTS_QUOTES_CUES``
environment variable (several paths separated by ``os.pathsep``); they are read once,
when the first article is processed (call :func:`reset` to re-read them).
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Iterator
from functools import cache
from importlib import resources
from pathlib import Path

from attrs import frozen

__all__ = ["CUE_FLAGS", "ENV_VAR", "Cue", "Tables", "reset", "tables"]

#: The environment variable naming extra cue files.
ENV_VAR = "NEWSFACTS_QUOTES_CUES"

#: Every flag a cue may carry (see data/cues.tsv).
CUE_FLAGS = frozenset(
    {"that", "clause", "after", "inverted", "quote", "partial", "object", "participle", "source", "quoted"}
)


_NONE: frozenset[str] = frozenset()


@frozen
class Cue:
    """A speech cue ("said", "according to") and the constructions it takes."""

    text: str
    flags: frozenset[str]


@frozen
class Tables:
    """Everything the engine needs, compiled once: the cue table and pattern, word classes."""

    cues: dict[str, Cue]
    cue_re: re.Pattern[str]
    head_re: re.Pattern[str]
    words: dict[str, frozenset[str]]
    classes: dict[str, frozenset[str]]
    #: a word of an organisation's name -> the description nouns it may be called by
    #: ("administration" -> "agency", "regulator"), from data/orgrefs.tsv
    org_heads: dict[str, frozenset[str]]
    #: a description word -> the name words or phrases that meet it ("weather" ->
    #: "meteorological"; "central" -> "bank of")
    org_words: dict[str, tuple[str, ...]]
    #: the description nouns that name a kind of organisation ("ministry", "agency"), not
    #: any company ("the company", "the tech giant")
    org_kinds: frozenset[str]
    #: a given name (casefolded) -> "f" or "m", for he/she speakers (data/given_genders.tsv)
    genders: dict[str, str]

    def find_cues(self, text: str) -> list[tuple[int, int, Cue]]:
        """Every cue in ``text`` as ``(start, end, cue)``, in text order (one regex scan)."""
        found: list[tuple[int, int, Cue]] = []
        head = self.head_re.match(text)
        if head is not None:
            found.append((head.start(1), head.end(1), self.cues[" ".join(head.group(1).casefold().split())]))
        cues = self.cues
        for m in self.cue_re.finditer(text):
            cue = cues.get(" ".join(m.group(1).casefold().split()))
            if cue is not None:
                found.append((m.start(1), m.end(1), cue))
        return found

    def word_is(self, word: str, cls: str) -> bool:
        """True when ``word`` (any case) belongs to the word class ``cls``."""
        return word.casefold() in self.classes.get(cls, _NONE)

    def of(self, cls: str) -> frozenset[str]:
        """The casefolded words of class ``cls`` (for membership tests in hot loops)."""
        return self.classes.get(cls, _NONE)


def _rows(lines: Iterable[str]) -> Iterator[list[str]]:
    for raw in lines:
        line = raw.strip("\n\r")
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        yield [part.strip() for part in line.split("\t")]


def _read_package(name: str) -> list[str]:
    return (
        resources.files(__package__ or "newsfacts_quotes")
        .joinpath("data", name)
        .read_text("utf-8")
        .splitlines()
    )


def parse_cues(lines: Iterable[str]) -> dict[str, Cue]:
    """Read cue lines (``cue<TAB>flags``); unknown flags raise ``ValueError``."""
    cues: dict[str, Cue] = {}
    for row in _rows(lines):
        text = " ".join(row[0].casefold().split())
        flags = (
            frozenset(row[1].split()) if len(row) > 1 else frozenset({"that", "after", "inverted", "quote"})
        )
        unknown = flags - CUE_FLAGS
        if unknown:
            raise ValueError(f"unknown cue flag(s) {sorted(unknown)} for {text!r}")
        if text:
            cues[text] = Cue(text, flags)
    return cues


@cache
def tables() -> Tables:
    """The compiled tables (built on first use, then shared)."""
    cues = parse_cues(_read_package("cues.tsv"))
    for extra in os.environ.get(ENV_VAR, "").split(os.pathsep):
        if extra.strip():
            cues.update(parse_cues(Path(extra.strip()).read_text("utf-8").splitlines()))
    words: dict[str, set[str]] = {}
    for row in _rows(_read_package("words.tsv")):
        if len(row) >= 2:
            words.setdefault(row[0].casefold(), set()).add(row[1])
    # One scan over the text finds every cue. A cue is a whole word, so the pattern is
    # led by the character before it (space, punctuation): that character class makes
    # the regex engine skip quickly through text. Branches are grouped by first letter
    # (lower- and upper-case literals), longest cue first ("pointed out" before a shorter one).
    groups: dict[str, list[str]] = {}
    for c in sorted(cues, key=lambda c: (-len(c), c)):
        groups.setdefault(c[0], []).append(c)
    branches = []
    for first, members in sorted(groups.items()):
        rest = "|".join(
            r"\s+".join(re.escape(w) for w in c.split())[len(re.escape(first)) :] for c in members
        )
        for letter in dict.fromkeys((first, first.upper())):
            branches.append(f"{re.escape(letter)}(?:{rest})")
    alternation = "|".join(branches)
    cue_re = re.compile(rf"[\s,;:(“”\"«»—–-]({alternation})(?![\w’'-])")
    head_re = re.compile(rf"({alternation})(?![\w’'-])")
    classes: dict[str, set[str]] = {}
    for word, in_classes in words.items():
        for cls in in_classes:
            classes.setdefault(cls, set()).add(word)
    org_heads, org_words = parse_orgrefs(_read_package("orgrefs.tsv"))
    return Tables(
        org_heads=org_heads,
        org_words=org_words,
        org_kinds=frozenset().union(*org_heads.values()) - classes.get("generic", set()),
        cues=cues,
        cue_re=cue_re,
        head_re=head_re,
        words={k: frozenset(v) for k, v in words.items()},
        classes={k: frozenset(v) for k, v in classes.items()},
        genders={
            row[0].casefold(): row[1]
            for row in _rows(_read_package("given_genders.tsv"))
            if len(row) >= 2 and row[1] in ("f", "m")
        },
    )


def parse_orgrefs(lines: Iterable[str]) -> tuple[dict[str, frozenset[str]], dict[str, tuple[str, ...]]]:
    """Read data/orgrefs.tsv: ``head`` rows (description noun -> name words it may refer to)
    inverted to name word -> nouns, and ``word`` rows (description word -> name words)."""
    heads: dict[str, set[str]] = {}
    aliases: dict[str, list[str]] = {}
    for row in _rows(lines):
        if len(row) < 3:
            continue
        kind, key, names = row[0], row[1].casefold(), row[2].casefold().split()
        if kind == "head":
            for name in (key, *names):
                heads.setdefault(name, set()).add(key)
        elif kind == "word":
            aliases.setdefault(key, [key]).extend(n.replace("+", " ") for n in names)
        else:
            raise ValueError(f"unknown orgrefs row kind {kind!r}")
    return (
        {k: frozenset(v) for k, v in heads.items()},
        {k: tuple(dict.fromkeys(v)) for k, v in aliases.items()},
    )


def reset() -> None:
    """Forget the compiled tables, so the next article re-reads them (after changing the env var)."""
    tables.cache_clear()
