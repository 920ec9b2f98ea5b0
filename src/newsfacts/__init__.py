"""newsfacts: facts with evidence from English-language news.

Who is named, which title each person holds and where, who said what, how many and
when — each fact with exact character offsets into the article text.

    >>> import newsfacts
    >>> facts = newsfacts.extract(text, published="2018-12-21T13:47+09:00")  # doctest: +SKIP
    >>> print(facts.to_json())  # doctest: +SKIP

This module exports the public API only and imports nothing heavy: plugins, their
data tables and dateparser load when the first :class:`Extractor` is made.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from typing import Any

from newsfacts.errors import InputError, NewsfactsError, PluginError
from newsfacts.hookspecs import hookimpl, hookspec
from newsfacts.pipeline import ErrorRecord, Extractor, Facts, PluginInfo, extract, parse_published
from newsfacts.types import (
    Article,
    Claim,
    DateData,
    Entity,
    ExtraData,
    Fields,
    Mention,
    OrganizationData,
    PersonData,
    PlaceData,
    QuantityData,
    QuoteClaim,
    RawDocument,
    Region,
    RoleClaim,
    Span,
)

__all__ = [
    "Article",
    "Claim",
    "DateData",
    "Entity",
    "ErrorRecord",
    "ExtraData",
    "Extractor",
    "Facts",
    "Fields",
    "InputError",
    "Mention",
    "NewsfactsError",
    "OrganizationData",
    "PersonData",
    "PlaceData",
    "PluginError",
    "PluginInfo",
    "QuantityData",
    "QuoteClaim",
    "RawDocument",
    "Region",
    "RoleClaim",
    "Span",
    "__version__",
    "extract",
    "hookimpl",
    "hookspec",
    "parse_published",
    "read_json",
    "read_jsonl",
]


def read_json(document: str | dict[str, Any], text: str | None = None) -> Facts:
    """Read a ``newsfacts/1`` JSON document back into :class:`Facts` (see ``Facts.from_json``)."""
    return Facts.from_json(document, text=text)


def read_jsonl(source: str | os.PathLike[str] | Iterable[str]) -> Iterator[Facts]:
    """Read a JSONL archive of ``newsfacts/1`` documents (a path or lines), one :class:`Facts` each.

    Lazy: one line is parsed at a time, so an archive larger than memory can be streamed
    into ``newsfacts.outputs.to_records`` or a DataFrame.
    """
    from newsfacts.outputs.records import read_jsonl as _read_jsonl

    return _read_jsonl(source)


def __getattr__(name: str) -> Any:
    if name == "__version__":
        from importlib.metadata import PackageNotFoundError, version

        try:
            return version("newsfacts")
        except PackageNotFoundError:  # running from a source tree that is not installed
            return "0+unknown"
    raise AttributeError(f"module 'newsfacts' has no attribute {name!r}")
