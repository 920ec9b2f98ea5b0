"""JSON at the edge: the ``newsfacts/1`` document and back.

The layout is the contract in ``docs/schema.md`` (and ``schema/newsfacts-1.schema.json``):
entity and claim data are flattened into their objects, numbers that are whole are
written as integers, and key order is fixed, so the same facts always give the same
bytes.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping
from datetime import datetime
from typing import Any

import attrs

from newsfacts.errors import InputError
from newsfacts.types import (
    ENTITY_DATA,
    Article,
    Claim,
    Entity,
    ExtraData,
    Fields,
    QuoteClaim,
    Region,
    RoleClaim,
    Span,
)

__all__ = ["SCHEMA", "facts_from_json", "facts_to_dict", "facts_to_json", "json_schema", "to_jsonable"]

SCHEMA = "newsfacts/1"
_ENTITY_KEYS = ("id", "kind", "name", "source", "mentions")
_CLAIM_KEYS = ("id", "kind", "source", "span")
_CLAIM_CLASSES: dict[str, type[Claim]] = {"quote": QuoteClaim, "role": RoleClaim}


def json_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of ``newsfacts/1``, shipped in the package."""
    from importlib.resources import files

    schema: dict[str, Any] = json.loads(
        files("newsfacts").joinpath("schema/newsfacts-1.schema.json").read_text(encoding="utf-8")
    )
    return schema


def to_jsonable(value: Any) -> Any:
    """Plain JSON data for a value: spans as objects, tuples as lists, whole floats as ints."""
    if isinstance(value, Span):
        return {"start": value.start, "end": value.end, "text": value.text}
    if isinstance(value, bool) or value is None or isinstance(value, str | int):
        return value
    if isinstance(value, float):
        if math.isfinite(value) and value.is_integer() and abs(value) < 2**53:
            return int(value)
        if not math.isfinite(value):
            return None
        return value
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, Mapping):
        return {str(k): to_jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [to_jsonable(v) for v in value]
    if attrs.has(type(value)):
        return {a.name: to_jsonable(getattr(value, a.name)) for a in attrs.fields(type(value))}
    return str(value)


_FIELD_NAMES: dict[type[Any], tuple[str, ...]] = {}


def _field_names(cls: type[Any]) -> tuple[str, ...]:
    names = _FIELD_NAMES.get(cls)
    if names is None:
        names = _FIELD_NAMES[cls] = tuple(a.name for a in attrs.fields(cls))
    return names


def _plain(v: Any) -> Any:
    """``to_jsonable`` with a fast path for the values data fields usually hold."""
    t = type(v)
    if t is str or t is int or v is None or t is bool:
        return v
    if t is tuple and all(type(x) is str for x in v):
        return list(v)
    return to_jsonable(v)


def _data_fields(data: Any) -> dict[str, Any]:
    if isinstance(data, ExtraData):
        return {k: to_jsonable(v) for k, v in data.fields.items() if k not in _ENTITY_KEYS}
    if data is None:
        return {}
    out = {}
    for name in _field_names(type(data)):
        v = getattr(data, name)
        if name == "acronym" and v is None:
            continue  # optional in the contract
        out[name] = _plain(v)
    return out


def entity_to_dict(e: Entity) -> dict[str, Any]:
    """One entity as a ``newsfacts/1`` object."""
    out: dict[str, Any] = {
        "id": e.id,
        "kind": e.kind,
        "name": e.name,
        "source": e.source,
        "mentions": [{"start": s.start, "end": s.end, "text": s.text} for s in e.mentions],
    }
    out.update(_data_fields(e.data))
    return out


def claim_to_dict(c: Claim) -> dict[str, Any]:
    """One claim as a ``newsfacts/1`` object."""
    out: dict[str, Any] = {"id": c.id, "kind": c.kind, "source": c.source, "span": to_jsonable(c.span)}
    for name in _field_names(type(c)):
        if name in ("id", "kind", "source", "span", "fields"):
            continue
        out[name] = _plain(getattr(c, name))
    for k, v in c.fields.items():
        if k not in out:
            out[k] = to_jsonable(v)
    return out


def article_to_dict(article: Article, include_text: bool = False) -> dict[str, Any]:
    """The article's metadata (and its text when asked) as a ``newsfacts/1`` object."""
    out: dict[str, Any] = {
        "title": article.title,
        "published": article.published.isoformat() if article.published else None,
        "url": article.url,
        "authors": list(article.authors),
        "section": article.section,
        "outlet": article.outlet,
    }
    if "id" in article.meta:
        out["id"] = article.meta["id"]
    extra = {k: to_jsonable(v) for k, v in article.meta.items() if k != "id"}
    if extra:
        out["meta"] = extra
    if article.regions:
        out["regions"] = [
            {"start": r.start, "end": r.end, "kind": r.kind, "label": r.label} for r in article.regions
        ]
    if include_text:
        out["text"] = article.text
    return out


def facts_to_dict(facts: Any) -> dict[str, Any]:
    """The whole ``newsfacts/1`` document as plain data."""
    doc: dict[str, Any] = {
        "schema": SCHEMA,
        "article": article_to_dict(facts.article, facts.include_text),
        "entities": [entity_to_dict(e) for e in facts.entities],
        "claims": [claim_to_dict(c) for c in facts.claims],
        "errors": [{"plugin": r.plugin, "stage": r.stage, "error": r.error} for r in facts.errors],
    }
    if facts.meta:
        doc["meta"] = to_jsonable(facts.meta)
    return doc


def facts_to_json(facts: Any, *, indent: int | None = 2) -> str:
    """The ``newsfacts/1`` JSON text: fixed key order, UTF-8 characters kept as they are.

    ``indent=None`` gives one compact line (JSONL). With an indent the document is laid
    out for reading and diffing: one top-level field per line and one entity, claim or
    error per line, each written compactly (this also keeps it fast: Python's C encoder
    only writes compact JSON).
    """
    doc = facts_to_dict(facts)
    if indent is None:
        return json.dumps(doc, ensure_ascii=False, separators=(",", ":"))
    pad = " " * indent
    lines = []
    for key, value in doc.items():
        head = f"{pad}{json.dumps(key)}: "
        if isinstance(value, list) and value:
            items = f",\n{pad}{pad}".join(_compact(v) for v in value)
            lines.append(f"{head}[\n{pad}{pad}{items}\n{pad}]")
        else:
            lines.append(head + _compact(value))
    return "{\n" + ",\n".join(lines) + "\n}"


def _compact(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(", ", ": "))


# --------------------------------------------------------------------------- reading back


def _span(d: Mapping[str, Any]) -> Span:
    return Span(int(d["start"]), int(d["end"]), str(d["text"]))


def _rebuild_text(doc: Mapping[str, Any]) -> str:
    """Without the article text, lay every known span on a blank text so offsets stay valid."""
    pieces: list[tuple[int, str]] = []
    for e in doc.get("entities", []):
        pieces.extend((m["start"], m["text"]) for m in e.get("mentions", []))
    for c in doc.get("claims", []):
        pieces.append((c["span"]["start"], c["span"]["text"]))
    regions = (doc.get("article") or {}).get("regions") or []
    size = max([s + len(t) for s, t in pieces] + [r["end"] for r in regions] + [0])
    chars = [" "] * size
    for start, text in pieces:
        chars[start : start + len(text)] = text
    return "".join(chars)


def _entity(d: Mapping[str, Any]) -> Entity:
    kind = d["kind"]
    extra = {k: v for k, v in d.items() if k not in _ENTITY_KEYS}
    cls = ENTITY_DATA.get(kind)
    data: Any
    if cls is None:
        data = ExtraData(fields=extra)
    else:
        kwargs: dict[str, Any] = {}
        for a in attrs.fields(cls):
            if a.name in extra:
                v = extra[a.name]
                kwargs[a.name] = _span(v) if a.name == "equivalent_of" and v is not None else v
        data = cls(**kwargs)
    return Entity(
        id=d["id"],
        kind=kind,
        name=d["name"],
        source=d.get("source", ""),
        mentions=tuple(_span(m) for m in d.get("mentions", [])),
        data=data,
    )


def _claim(d: Mapping[str, Any]) -> Claim:
    cls = _CLAIM_CLASSES.get(d["kind"], Claim)
    base = {"id": d.get("id", ""), "kind": d["kind"], "source": d.get("source", ""), "span": _span(d["span"])}
    own = {a.name for a in attrs.fields(cls)} - set(base) - {"fields"}
    kwargs = {k: d[k] for k in own if k in d}
    if isinstance(kwargs.get("text_span"), Mapping):
        kwargs["text_span"] = _span(kwargs["text_span"])
    rest = {k: v for k, v in d.items() if k not in base and k not in own}
    return cls(**base, **kwargs, fields=rest)


def facts_from_json(document: str | Mapping[str, Any], text: str | None = None) -> Any:
    """Read a ``newsfacts/1`` document (JSON text or parsed) back into ``Facts``.

    The article text comes from ``text``, else from the document's ``article.text``,
    else it is rebuilt from the spans (blank between them), so offsets stay valid and
    the document round-trips.
    """
    from newsfacts.pipeline import ErrorRecord, Facts, parse_published

    doc = json.loads(document) if isinstance(document, str) else document
    if not isinstance(doc, Mapping) or doc.get("schema") != SCHEMA:
        got = doc.get("schema") if isinstance(doc, Mapping) else type(doc).__name__
        raise InputError(f"not a {SCHEMA} document (schema: {got!r})")
    meta = doc.get("article") or {}
    include_text = "text" in meta
    body = text if text is not None else meta.get("text")
    if body is None:
        body = _rebuild_text(doc)
    article = Article(
        text=body,
        title=meta.get("title"),
        published=parse_published(meta.get("published")),
        url=meta.get("url"),
        authors=tuple(meta.get("authors") or ()),
        section=meta.get("section"),
        outlet=meta.get("outlet"),
        meta={**(meta.get("meta") or {}), **({"id": meta["id"]} if "id" in meta else {})},
        regions=tuple(
            Region(start=r["start"], end=r["end"], kind=r["kind"], label=r.get("label"))
            for r in meta.get("regions") or ()
        ),
    )
    return Facts(
        article=article,
        entities=tuple(_entity(e) for e in doc.get("entities", [])),
        claims=tuple(_claim(c) for c in doc.get("claims", [])),
        errors=tuple(
            ErrorRecord(plugin=r["plugin"], stage=r["stage"], error=r["error"]) for r in doc.get("errors", [])
        ),
        meta=Fields(doc.get("meta") or {}),
        include_text=include_text,
    )
