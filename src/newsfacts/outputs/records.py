"""Facts as plain tables (lists of dicts), for one article or a whole JSONL archive, with no dependency.

Analysts want rows: one per entity, per mention, per claim, per quote. The rows are
built from the ``newsfacts/1`` document, so their column names are the contract's
field names (``family``, ``value``, ``low``...); an ``article`` column (the position
in the input, from ``start``) ties rows of one article together. Every row of a table
has the same keys in the same order, so ``csv.DictWriter``, ``pandas.DataFrame`` and
``pyarrow.Table.from_pylist`` take them as they are.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

from newsfacts.errors import InputError
from newsfacts.pipeline import Facts

__all__ = ["COLUMNS", "TABLES", "read_jsonl", "to_records", "to_tables"]

#: The tables ``to_records`` returns, in order.
TABLES = ("articles", "entities", "mentions", "claims", "quotes", "roles", "errors")

#: The columns every row of a table has, first; fields of plugin-defined kinds follow.
COLUMNS: dict[str, tuple[str, ...]] = {
    "articles": (
        "article",
        "title",
        "published",
        "url",
        "outlet",
        "section",
        "authors",
        "entities",
        "claims",
        "errors",
    ),
    "entities": (
        "article",
        "id",
        "kind",
        "name",
        "source",
        "mention_count",
        "first_start",
        "first_end",
        "first_text",
        "family",
        "given",
        "order",
        "variants",
        "acronym",
        "value",
        "start",
        "end",
        "anchor",
        "timex_type",
        "mod",
        "low",
        "high",
        "unit",
        "approx",
        "equivalent_of",
    ),
    "mentions": ("article", "entity", "kind", "name", "index", "start", "end", "text", "source"),
    "claims": (
        "article",
        "id",
        "kind",
        "source",
        "span_start",
        "span_end",
        "span_text",
        "speaker",
        "speaker_name",
        "speaker_text",
        "text",
        "direct",
        "cue",
        "person",
        "person_name",
        "role",
        "organization",
        "organization_name",
    ),
    "quotes": (
        "article",
        "id",
        "speaker",
        "speaker_name",
        "speaker_text",
        "text",
        "direct",
        "cue",
        "span_start",
        "span_end",
        "span_text",
        "source",
    ),
    "roles": (
        "article",
        "id",
        "person",
        "person_name",
        "role",
        "organization",
        "organization_name",
        "span_start",
        "span_end",
        "span_text",
        "source",
    ),
    "errors": ("article", "plugin", "stage", "error"),
}

_REFERENCES = ("speaker", "person", "organization", "entity")


def _add(table: list[dict[str, Any]], extra: dict[str, None], row: dict[str, Any], name: str) -> None:
    for key in row:
        if key not in extra and key not in COLUMNS[name]:
            extra[key] = None
    table.append(row)


def _document_rows(
    doc: Mapping[str, Any],
    article: Any,
    out: dict[str, list[dict[str, Any]]],
    extra: dict[str, dict[str, None]],
) -> None:
    meta = doc.get("article") or {}
    entities = doc.get("entities") or []
    claims = doc.get("claims") or []
    errors = doc.get("errors") or []
    _add(
        out["articles"],
        extra["articles"],
        {
            "article": article,
            "title": meta.get("title"),
            "published": meta.get("published"),
            "url": meta.get("url"),
            "outlet": meta.get("outlet"),
            "section": meta.get("section"),
            "authors": list(meta.get("authors") or ()),
            "entities": len(entities),
            "claims": len(claims),
            "errors": len(errors),
        },
        "articles",
    )
    names = {e["id"]: e.get("name") for e in entities}
    for e in entities:
        mentions = e.get("mentions") or []
        first = mentions[0] if mentions else {}
        row = {
            "article": article,
            "id": e["id"],
            "kind": e["kind"],
            "name": e.get("name"),
            "source": e.get("source"),
            "mention_count": len(mentions),
            "first_start": first.get("start"),
            "first_end": first.get("end"),
            "first_text": first.get("text"),
        }
        row.update((k, v) for k, v in e.items() if k not in ("id", "kind", "name", "source", "mentions"))
        _add(out["entities"], extra["entities"], row, "entities")
        for i, m in enumerate(mentions):
            out["mentions"].append(
                {
                    "article": article,
                    "entity": e["id"],
                    "kind": e["kind"],
                    "name": e.get("name"),
                    "index": i,
                    "start": m["start"],
                    "end": m["end"],
                    "text": m["text"],
                    "source": e.get("source"),
                }
            )
    for c in claims:
        span = c.get("span") or {}
        row = {
            "article": article,
            "id": c.get("id"),
            "kind": c["kind"],
            "source": c.get("source"),
            "span_start": span.get("start"),
            "span_end": span.get("end"),
            "span_text": span.get("text"),
        }
        for k, v in c.items():
            if k in ("id", "kind", "source", "span"):
                continue
            row[k] = v
            if k in _REFERENCES:
                row[f"{k}_name"] = names.get(v) if isinstance(v, str) else None
        _add(out["claims"], extra["claims"], row, "claims")
        if c["kind"] in ("quote", "role"):
            table = "quotes" if c["kind"] == "quote" else "roles"
            out[table].append({k: row.get(k) for k in COLUMNS[table]})
    for r in errors:
        out["errors"].append(
            {"article": article, "plugin": r.get("plugin"), "stage": r.get("stage"), "error": r.get("error")}
        )


def to_tables(
    facts: Facts | Mapping[str, Any] | Iterable[Facts | Mapping[str, Any]], *, start: int = 0
) -> dict[str, tuple[list[str], list[dict[str, Any]]]]:
    """Each table's column names and rows (what :func:`to_records` returns, plus the columns).

    The columns are known even when a table has no rows, which DataFrames need.
    """
    items: Iterable[Facts | Mapping[str, Any]]
    items = (facts,) if isinstance(facts, Facts | Mapping) else facts
    out: dict[str, list[dict[str, Any]]] = {name: [] for name in TABLES}
    extra: dict[str, dict[str, None]] = {name: {} for name in TABLES}
    for n, item in enumerate(items, start=start):
        doc = item.to_dict() if isinstance(item, Facts) else item
        _document_rows(doc, n, out, extra)
    tables: dict[str, tuple[list[str], list[dict[str, Any]]]] = {}
    for name in TABLES:
        columns = list(COLUMNS[name]) + list(extra[name])
        rows = [{k: row.get(k) for k in columns} for row in out[name]]
        tables[name] = (columns, rows)
    return tables


def to_records(
    facts: Facts | Mapping[str, Any] | Iterable[Facts | Mapping[str, Any]], *, start: int = 0
) -> dict[str, list[dict[str, Any]]]:
    """Tables of plain dicts for one article's facts or many: articles, entities, mentions, claims,
    quotes, roles and errors.

    :param facts: a :class:`Facts`, a parsed ``newsfacts/1`` document, or an iterable of
        either (e.g. :func:`read_jsonl`), consumed once.
    :param start: the ``article`` number of the first article (for archives processed in parts).
    :returns: ``{table name: [row, ...]}``; every row of a table has the same keys.
    """
    return {name: rows for name, (_, rows) in to_tables(facts, start=start).items()}


def read_jsonl(source: str | os.PathLike[str] | Iterable[str]) -> Iterator[Facts]:
    """Read a JSONL archive of ``newsfacts/1`` documents (``newsfacts extract --format jsonl``) lazily.

    :param source: a file path, or an iterable of lines (an open file, a list of strings).
        Blank lines are skipped; a line that is not a ``newsfacts/1`` document raises
        :class:`~newsfacts.InputError` naming the line.
    """
    if isinstance(source, str | os.PathLike):
        path = Path(source)
        try:
            with path.open(encoding="utf-8") as handle:
                yield from _read_lines(handle, str(path))
        except FileNotFoundError as exc:
            raise InputError(f"{path}: no such file") from exc
    else:
        yield from _read_lines(source, "<lines>")


def _read_lines(lines: Iterable[str], name: str) -> Iterator[Facts]:
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            doc = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(f"{name}:{number}: not JSON ({exc.msg})") from exc
        try:
            yield Facts.from_json(doc)
        except InputError as exc:
            raise InputError(f"{name}:{number}: {exc}") from exc
        except (KeyError, TypeError, ValueError) as exc:
            raise InputError(f"{name}:{number}: not a valid newsfacts/1 document ({exc!r})") from exc
