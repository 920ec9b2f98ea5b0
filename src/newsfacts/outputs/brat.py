"""brat standoff export: the facts as a ``.ann`` file next to the article's ``.txt``, for annotators.

Annotators correct machine output faster than they annotate from scratch, and the
corrected files become gold data. The mapping:

- every mention is a text-bound annotation (``T``) typed ``Person``, ``Organization``,
  ``Place``, ``Date``, ``Quantity`` (other kinds: their name, capitalised);
- mentions of one entity are joined by an ``Equiv`` relation (``*`` lines);
- the normalised values (entity id, family/given, TIMEX3 value and interval,
  low/high/unit...) are ``AnnotatorNotes`` (``#`` lines);
- a quote is an event ``Quote`` with its evidence as trigger and a ``Speaker``
  argument; a role an event ``Role`` with ``Person`` and ``Organization`` arguments;
  reported speech has the ``Reported`` attribute.

Offsets are Python string offsets (code points), as brat counts them. A span across
a line break becomes a discontinuous annotation, since brat spans cannot hold one.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from os import PathLike
from pathlib import Path

from newsfacts.outputs._markup import clean_text
from newsfacts.pipeline import Facts
from newsfacts.serialize import claim_to_dict, entity_to_dict
from newsfacts.types import Claim, Entity, QuoteClaim, RoleClaim, Span

__all__ = ["brat_annotation_conf", "brat_type", "to_brat", "write_brat"]

_BREAKS = re.compile(r"[^\r\n\u2028\u2029\x0b\x0c\x85]+")
_NAME_SAFE = re.compile(r"[^A-Za-z0-9_-]+")
_BUILTIN = {
    "person": "Person",
    "organization": "Organization",
    "place": "Place",
    "date": "Date",
    "quantity": "Quantity",
    "quote": "Quote",
    "role": "Role",
}
_ARGUMENTS = ("speaker", "person", "organization", "entity")


def brat_type(kind: str) -> str:
    """The brat type name for an entity or claim kind ("person" -> "Person", "missile-type" -> "Missile-type")."""
    if kind in _BUILTIN:
        return _BUILTIN[kind]
    name = _NAME_SAFE.sub("_", kind).strip("_") or "Other"
    return name[0].upper() + name[1:]


def _fragments(text: str, span: Span) -> list[tuple[int, int]]:
    """The span's pieces between line breaks (brat cannot show a span across a newline)."""
    part = text[span.start : span.end]
    pieces = [(span.start + m.start(), span.start + m.end()) for m in _BREAKS.finditer(part)]
    return pieces or [(span.start, span.end)]


def _note(value: object) -> str:
    return re.sub(r"[\t\r\n]+", " ", str(value))


def _values(e: Entity) -> str:
    data = entity_to_dict(e)
    bits = [f"entity={e.id}", f"name={data.get('name')}"]
    for key, value in data.items():
        if key in ("id", "kind", "name", "source", "mentions") or value in (None, [], ""):
            continue
        if isinstance(value, list):
            value = "|".join(str(v) for v in value)
        elif isinstance(value, dict):
            value = value.get("text", value)
        bits.append(f"{key}={value}")
    return _note(" ".join(bits))


class _Writer:
    def __init__(self, text: str) -> None:
        self.text = text
        self.lines: list[str] = []
        self.t = 0

    def textbound(self, type_: str, span: Span) -> str:
        self.t += 1
        tid = f"T{self.t}"
        frags = _fragments(self.text, span)
        offsets = ";".join(f"{s} {e}" for s, e in frags)
        words = " ".join(self.text[s:e] for s, e in frags)
        self.lines.append(f"{tid}\t{type_} {offsets}\t{_note(words)}")
        return tid


def _nearest(e: Entity, tids: dict[tuple[str, int], str], span: Span) -> str | None:
    """The T id of the entity's mention inside the claim's span, else the closest one before or after it."""
    best: tuple[int, int] | None = None
    for i, m in enumerate(e.mentions):
        if span.contains(m):
            distance = 0
        elif m.end <= span.start:
            distance = span.start - m.end
        else:
            distance = m.start - span.end
        if best is None or distance < best[0]:
            best = (distance, i)
    return tids.get((e.id, best[1])) if best else None


def to_brat(facts: Facts) -> str:
    """The brat ``.ann`` text for ``facts``; the matching ``.txt`` is ``facts.article.text`` unchanged."""
    text = clean_text(facts.article.text)
    w = _Writer(text)
    tids: dict[tuple[str, int], str] = {}
    entities = {e.id: e for e in facts.entities}
    order = sorted(
        ((s.start, -s.end, e.id, i) for e in facts.entities for i, s in enumerate(e.mentions)),
        key=lambda x: (x[0], x[1]),
    )
    for _, _, eid, i in order:
        e = entities[eid]
        tids[(eid, i)] = w.textbound(brat_type(e.kind), e.mentions[i])
    notes: list[str] = []
    for e in facts.entities:
        values = _values(e)
        for i in range(len(e.mentions)):
            notes.append(f"{tids[(e.id, i)]}\t{values}")
        if len(e.mentions) > 1:
            notes.append("*\tEquiv " + " ".join(tids[(e.id, i)] for i in range(len(e.mentions))))
    events: list[str] = []
    attributes: list[str] = []
    for c in facts.claims:
        trigger = w.textbound(brat_type(c.kind), c.span)
        args = []
        for role, ref in _claim_refs(c):
            target = entities.get(ref)
            tid = _nearest(target, tids, c.span) if target else None
            if tid:
                args.append(f"{role}:{tid}")
        eid = f"E{len(events) + 1}"
        events.append(f"{eid}\t{brat_type(c.kind)}:{trigger}" + "".join(f" {a}" for a in args))
        if isinstance(c, QuoteClaim) and not c.direct:
            attributes.append(f"A{len(attributes) + 1}\tReported {eid}")
        notes.append(f"{trigger}\t{_claim_note(c)}")
    lines = list(w.lines)
    lines.extend(line for line in notes if line.startswith("*"))
    lines.extend(events)
    lines.extend(attributes)
    n = 0
    for line in notes:
        if line.startswith("*"):
            continue
        n += 1
        tid, body = line.split("\t", 1)
        lines.append(f"#{n}\tAnnotatorNotes {tid}\t{body}")
    return "\n".join(lines) + ("\n" if lines else "")


def _claim_refs(c: Claim) -> list[tuple[str, str]]:
    if isinstance(c, QuoteClaim):
        return [("Speaker", c.speaker)] if c.speaker else []
    if isinstance(c, RoleClaim):
        return [("Person", c.person)] + ([("Organization", c.organization)] if c.organization else [])
    return [(k.capitalize(), v) for k, v in c.fields.items() if k in _ARGUMENTS and isinstance(v, str)]


def _claim_note(c: Claim) -> str:
    data = claim_to_dict(c)
    bits = [f"claim={c.id}"]
    for key, value in data.items():
        if key in ("id", "kind", "source", "span") or value in (None, ""):
            continue
        bits.append(f"{key}={value}")
    return _note(" ".join(bits))


def brat_annotation_conf(many: Facts | Iterable[Facts] = ()) -> str:
    """An ``annotation.conf`` declaring the types :func:`to_brat` writes (plus any other kinds in ``many``)."""
    entity_kinds = ["person", "organization", "place", "date", "quantity"]
    claim_kinds: list[str] = []
    items = (many,) if isinstance(many, Facts) else many
    for facts in items:
        for e in facts.entities:
            if e.kind not in entity_kinds:
                entity_kinds.append(e.kind)
        for c in facts.claims:
            if c.kind not in ("quote", "role") and c.kind not in claim_kinds:
                claim_kinds.append(c.kind)
    lines = ["[entities]", *(brat_type(k) for k in entity_kinds), "", "[relations]"]
    lines += ["Equiv\tArg1:<ENTITY>, Arg2:<ENTITY>, <REL-TYPE>:symmetric-transitive", "", "[events]"]
    lines += [
        "Quote\tSpeaker?:<ENTITY>",
        "Role\tPerson?:Person, Organization?:Organization",
        *(
            f"{brat_type(k)}\t" + ", ".join(f"{a.capitalize()}?:<ENTITY>" for a in _ARGUMENTS)
            for k in claim_kinds
        ),
        "",
        "[attributes]",
        "Reported\tArg:Quote",
        "",
    ]
    return "\n".join(lines)


def write_brat(facts: Facts, directory: str | PathLike[str], name: str) -> tuple[Path, Path]:
    """Write ``name.txt`` (the article text, byte for byte apart from unencodable characters) and ``name.ann``."""
    out = Path(directory)
    out.mkdir(parents=True, exist_ok=True)
    txt = out / f"{name}.txt"
    ann = out / f"{name}.ann"
    with txt.open("w", encoding="utf-8", newline="") as handle:
        handle.write(clean_text(facts.article.text))
    with ann.open("w", encoding="utf-8", newline="") as handle:
        handle.write(to_brat(facts))
    return txt, ann
