"""The word tables the date grammar is built from, read lazily from the plugin's ``data/`` folder.

Every table is a small TSV file (``#`` starts a comment line). Users extend a table
without editing the package: set ``NEWSFACTS_DATES_DATA`` to a folder holding files
with the same names; their rows are added after the bundled ones. Call
:func:`reload` after changing that folder in a running process.
"""

from __future__ import annotations

import functools
import os
from importlib import resources
from pathlib import Path

__all__ = ["ENV_VAR", "reload", "rows"]

#: Environment variable naming a folder of extra table rows (same file names as ``data/``).
ENV_VAR = "NEWSFACTS_DATES_DATA"


def _parse(text: str) -> list[tuple[str, ...]]:
    out: list[tuple[str, ...]] = []
    for line in text.splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        out.append(tuple(cell.strip() for cell in line.split("\t")))
    return out


@functools.cache
def rows(name: str) -> tuple[tuple[str, ...], ...]:
    """The rows of table ``name`` (e.g. ``"months.tsv"``): bundled rows, then the user's."""
    text = resources.files(__package__).joinpath("data", name).read_text(encoding="utf-8")
    found = _parse(text)
    extra_dir = os.environ.get(ENV_VAR)
    if extra_dir:
        extra = Path(extra_dir) / name
        if extra.is_file():
            found.extend(_parse(extra.read_text(encoding="utf-8")))
    return tuple(found)


def reload() -> None:
    """Forget the loaded tables and the compiled grammar (after changing ``NEWSFACTS_DATES_DATA``)."""
    rows.cache_clear()
    from newsfacts_dates import _grammar

    _grammar.clear_caches()
