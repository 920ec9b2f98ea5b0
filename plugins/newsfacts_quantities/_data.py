"""The word lists the quantities grammar reads: number words, units, approximations, months.

Each list is a small UTF-8 file in ``data/`` (TSV or one entry a line, ``#`` starts a
comment). Users extend a list without touching the package: set the environment
variable ``NEWSFACTS_QUANTITIES_DATA`` to one or more folders (joined by ``os.pathsep``)
holding files of the same names; their lines are added to the bundled ones. Lists are
read once, on first use, and cached for the life of the process.
"""

from __future__ import annotations

import functools
import os
from decimal import Decimal
from importlib import resources
from pathlib import Path
from typing import NamedTuple

from attrs import frozen

__all__ = ["ENV_VAR", "Tables", "Vague", "rows", "tables"]

#: Environment variable naming extra data folders whose files extend the bundled lists.
ENV_VAR = "NEWSFACTS_QUANTITIES_DATA"


def _read_lines(name: str) -> list[str]:
    """The lines of one data file: the bundled copy, then each user folder's copy."""
    texts = [resources.files(__package__).joinpath("data", name).read_text(encoding="utf-8")]
    for folder in filter(None, os.environ.get(ENV_VAR, "").split(os.pathsep)):
        extra = Path(folder) / name
        if extra.is_file():
            texts.append(extra.read_text(encoding="utf-8"))
    lines: list[str] = []
    for text in texts:
        for line in text.splitlines():
            line = line.rstrip("\r\n")
            if line.strip() and not line.lstrip().startswith("#"):
                lines.append(line)
    return lines


def rows(name: str) -> list[list[str]]:
    """The rows of a tab-separated data file, each cell stripped of spaces."""
    return [[cell.strip() for cell in line.split("\t")] for line in _read_lines(name)]


class Vague(NamedTuple):
    """A vague count ("a few", "a couple of"): the words around its key word, its ends, its label."""

    before: tuple[str, ...]
    after: tuple[str, ...]
    low: Decimal
    high: Decimal
    label: str
    #: counts only before a scale word ("several thousand"), not alone ("several messages")
    scaled_only: bool = False


@frozen(kw_only=True)
class Tables:
    """Every list the grammar needs, read from the data files.

    ``numbers`` maps a lower-case number word to its value and class; ``ordinals`` the
    ordinal words; ``units`` holds ``(unit, kind, case_sensitive)``; ``approx_before`` and
    ``approx_after`` map a lower-case phrase to ``(label, bound)``.
    """

    numbers: dict[str, tuple[Decimal, str]]
    ordinals: dict[str, int]
    scales: dict[str, tuple[Decimal, str]]
    units: tuple[tuple[str, str, bool], ...]
    #: units read only glued to their number, as written ("36.4C", never "2 C")
    glued_units: frozenset[str]
    unit_kinds: dict[str, str]
    currencies: tuple[tuple[str, bool], ...]
    #: currency prefixes a plain number after which is a code, not an amount ("W3" but "W3tr")
    bare_prefixes: frozenset[str]
    approx_before: dict[str, tuple[str, str]]
    approx_after: dict[str, tuple[str, str]]
    vague: dict[str, tuple[Vague, ...]]
    stopwords: frozenset[str]
    noun_modifiers: frozenset[str]
    #: verbs of change that make "from X to Y" two values ("rose from 3% to 5%")
    change_verbs: frozenset[str]
    months: frozenset[str]
    non_units: tuple[str, ...]
    irregular_plurals: frozenset[str]
    labels: frozenset[str]
    date_nouns: frozenset[str]


@functools.cache
def tables() -> Tables:
    """Read every data file once."""
    numbers: dict[str, tuple[Decimal, str]] = {}
    ordinals: dict[str, int] = {}
    for row in rows("numbers.tsv"):
        word, value, cls = row[0].casefold(), Decimal(row[1]), row[2]
        if cls == "ordinal":
            ordinals[word] = int(value)
        else:
            numbers.setdefault(word, (value, cls))
    scales = {row[0]: (Decimal(row[1]), row[2]) for row in rows("scales.tsv")}
    vague: dict[str, list[Vague]] = {}
    for row in rows("vague.tsv"):
        words = row[0].casefold().split()
        k = next(n for n, w in enumerate(words) if w not in ("a", "an"))
        entry = Vague(
            tuple(words[:k]),
            tuple(words[k + 1 :]),
            Decimal(row[1]),
            Decimal(row[2]),
            row[3],
            len(row) > 4 and row[4] == "scaled",
        )
        vague.setdefault(words[k], []).append(entry)
    for entries in vague.values():
        entries.sort(key=lambda v: -len(v.after))  # "a couple of" before "a couple"
    units = tuple((row[0], row[1], row[2] in ("s", "g")) for row in rows("units.tsv"))
    glued_units = frozenset(row[0] for row in rows("units.tsv") if row[2] == "g")
    unit_kinds = {u.casefold(): kind for u, kind, _ in units}
    currencies = tuple((row[0], len(row) < 2 or row[1] == "yes") for row in rows("currencies.tsv"))
    bare_prefixes = frozenset(row[0] for row in rows("currencies.tsv") if len(row) > 2 and row[2] == "scaled")
    approx_before = {" ".join(row[0].casefold().split()): (row[1], row[2]) for row in rows("approx.tsv")}
    approx_after = {" ".join(row[0].casefold().split()): (row[1], row[2]) for row in rows("approx_after.tsv")}
    return Tables(
        numbers=numbers,
        ordinals=ordinals,
        scales=scales,
        vague={w: tuple(v) for w, v in vague.items()},
        units=units,
        glued_units=glued_units,
        unit_kinds=unit_kinds,
        currencies=tuple(sorted(currencies, key=lambda c: -len(c[0]))),
        bare_prefixes=bare_prefixes,
        approx_before=approx_before,
        approx_after=approx_after,
        stopwords=frozenset(line.strip().casefold() for line in _read_lines("stopwords.txt")),
        noun_modifiers=frozenset(line.strip().casefold() for line in _read_lines("noun_modifiers.txt")),
        change_verbs=frozenset(line.strip().casefold() for line in _read_lines("change_verbs.txt")),
        months=frozenset(line.strip() for line in _read_lines("months.txt")),
        non_units=tuple(line.strip() for line in _read_lines("non_units.txt")),
        irregular_plurals=frozenset(line.strip().casefold() for line in _read_lines("irregular_plurals.txt")),
        labels=frozenset(line.strip().casefold() for line in _read_lines("labels.txt")),
        date_nouns=frozenset(line.strip().casefold() for line in _read_lines("date_nouns.txt")),
    )
