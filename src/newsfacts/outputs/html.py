"""The HTML evidence view: the article with every mention and quote marked, and the facts in tables beside it.

People trust extraction they can check. One self-contained page (no network, no
script, no web fonts; a Content-Security-Policy forbids them) shows the article text
with mentions highlighted by kind and quotes underlined with their speaker; hovering
or focusing a highlight shows its normalised value. Tables list people with their
roles, quotes by speaker, numbers, dates and plugin errors. Colour is never the only
cue (every highlight has a label and a border pattern), highlights take keyboard
focus, and the page prints. All article text and values are escaped.
"""

from __future__ import annotations

import html
import math
import re
from collections.abc import Iterable, Sequence
from os import PathLike
from pathlib import Path
from typing import Any

import attrs

from newsfacts.outputs._markup import Mark, clean_text, mark_up
from newsfacts.pipeline import Facts
from newsfacts.types import Claim, Entity, ExtraData, QuoteClaim, RoleClaim

__all__ = ["KIND_LABELS", "render_batch", "render_html", "render_index", "write_html"]

#: The label shown after a highlight of each entity kind (other kinds show their own name).
KIND_LABELS: dict[str, str] = {
    "person": "person",
    "organization": "org",
    "place": "place",
    "date": "date",
    "quantity": "number",
}

_KNOWN = ("person", "organization", "place", "date", "quantity")
_CLASS_SAFE = re.compile(r"[^a-z0-9_-]+")
_TITLE_MAX = 90


def _e(value: object) -> str:
    """Escape any value for HTML text or a quoted attribute."""
    return html.escape(clean_text(str(value)), quote=True).replace("\r", "&#13;").replace("\n", "&#10;")


def _cls(kind: str) -> str:
    return "k-" + (_CLASS_SAFE.sub("-", kind.lower()).strip("-") or "other")


def _num(value: Any) -> str:
    if isinstance(value, float) and math.isfinite(value) and value.is_integer():
        return f"{int(value):,}"
    if isinstance(value, int) and not isinstance(value, bool):
        return f"{value:,}"
    if value is None:
        return "–"
    return str(value)


def _plain(value: Any) -> str:
    """A data value as short readable text (lists joined, spans as their text)."""
    if value is None:
        return "–"
    if isinstance(value, list | tuple):
        return ", ".join(_plain(v) for v in value) or "–"
    text = getattr(value, "text", None)
    if isinstance(text, str) and hasattr(value, "start"):
        return text
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float | int):
        return _num(value)
    return str(value)


def _data_items(e: Entity) -> list[tuple[str, Any]]:
    """The entity's kind-specific fields by their JSON names, in a stable order."""
    data = e.data
    if isinstance(data, ExtraData):
        return sorted(data.fields.items())
    return [(a.name, getattr(data, a.name)) for a in attrs.fields(type(data))]


def _other_spellings(e: Entity) -> list[str]:
    """The entity's variants other than its name (the core also lists the texts it saw)."""
    seen = {e.name}
    out = []
    for v in e.get("variants") or ():
        if isinstance(v, str) and v not in seen:
            seen.add(v)
            out.append(v)
    return out


def _entity_tip(e: Entity) -> str:
    """The text shown when a mention is hovered or focused: id, kind, name, normalised values."""
    lines = [f"{e.kind} {e.id}: {e.name}"]
    kind = e.kind
    if kind == "person":
        fam, giv, order = e.get("family"), e.get("given"), e.get("order")
        if fam or giv:
            lines.append(f"family: {fam or '–'} · given: {giv or '–'}" + (f" ({order})" if order else ""))
    elif kind == "date":
        lines.append(
            f"value: {e.get('value')}" + (f" ({e.get('timex_type')})" if e.get("timex_type") else "")
        )
        lines.append(f"interval: {e.get('start') or '…'} to {e.get('end') or '…'}")
        extra = [f"{k}: {e.get(k)}" for k in ("mod", "anchor") if e.get(k)]
        if extra:
            lines.append(" · ".join(extra))
    elif kind == "quantity":
        lines.append(f"low: {_num(e.get('low'))} · high: {_num(e.get('high'))}")
        extra = [f"{k}: {_plain(e.get(k))}" for k in ("unit", "approx", "equivalent_of") if e.get(k)]
        if extra:
            lines.append(" · ".join(extra))
    elif kind in ("organization", "place"):
        if e.get("acronym"):
            lines.append(f"acronym: {e.get('acronym')}")
    else:
        lines.extend(f"{k}: {_plain(v)}" for k, v in _data_items(e))
    variants = _other_spellings(e)
    if variants:
        lines.append(f"also written: {_plain(variants)}")
    lines.append(f"found by {e.source or '?'}")
    return "\n".join(lines)


def _speaker_name(facts: Facts, c: QuoteClaim, names: dict[str, str]) -> str:
    if c.speaker and c.speaker in names:
        return names[c.speaker]
    return c.speaker_text or "unknown speaker"


def _quote_tip(c: QuoteClaim, speaker: str) -> str:
    lines = [f"quote {c.id}: {'direct' if c.direct else 'reported'}"]
    lines.append(f"speaker: {speaker}" + (f" ({c.speaker})" if c.speaker else " (not resolved)"))
    if c.speaker_text and c.speaker_text != speaker:
        lines.append(f"named as: {c.speaker_text}")
    if c.cue:
        lines.append(f"cue: {c.cue}")
    lines.append(f"found by {c.source or '?'}")
    return "\n".join(lines)


class _Ids:
    """DOM ids for one article's section: safe, unique, independent of what the plugins called things."""

    def __init__(self, facts: Facts, prefix: str) -> None:
        self.prefix = prefix
        self.entity = {e.id: n for n, e in enumerate(facts.entities, start=1)}
        self.claim = {c.id: n for n, c in enumerate(facts.claims, start=1)}

    def mention(self, entity_id: str, index: int) -> str:
        return f"{self.prefix}m{self.entity.get(entity_id, 0)}-{index}"

    def row(self, entity_id: str) -> str:
        return f"{self.prefix}e{self.entity.get(entity_id, 0)}"

    def claim_anchor(self, claim_id: str) -> str:
        return f"{self.prefix}c{self.claim.get(claim_id, 0)}"

    def quote_row(self, claim_id: str) -> str:
        return f"{self.prefix}q{self.claim.get(claim_id, 0)}"


def _mention_marks(e: Entity, ids: _Ids) -> list[Mark]:
    """One mark per mention of ``e``; the escaped parts are made once per entity (long articles)."""
    label = KIND_LABELS.get(e.kind, e.kind)
    eid = _e(e.id)
    common = f'data-e="{eid}" data-label="{_e(label)}" data-tip="{_e(_entity_tip(e))}"'
    cls = f"m {_cls(e.kind)}"
    row = ids.row(e.id)
    total = len(e.mentions)
    marks = []
    for index, span in enumerate(e.mentions):
        own = (
            f'data-m="{eid}.{index}" {common}'
            if total == 1
            else (f'data-m="{eid}.{index}" {common[:-1]}&#10;mention {index + 1} of {total}"')
        )
        first_extra = f' id="{ids.mention(e.id, index)}" tabindex="0" aria-describedby="{row}"'

        def tag(first: bool, last: bool, own: str = own, first_extra: str = first_extra) -> str:
            c = cls + (" s" if first else "") + (" e" if last else "")
            return f'<span class="{c}" {own}{first_extra if first else ""}>'

        marks.append(Mark(span.start, span.end, 2, tag))
    return marks


def _claim_mark(c: Claim, ids: _Ids, facts: Facts, names: dict[str, str]) -> Mark:
    if isinstance(c, QuoteClaim):
        speaker = _speaker_name(facts, c, names)
        common = f'data-c="{_e(c.id)}" data-speaker="{_e(speaker)}" data-tip="{_e(_quote_tip(c, speaker))}"'
        cls = "q" + ("" if c.direct else " reported")
        first_extra = f' id="{ids.claim_anchor(c.id)}" tabindex="0" aria-describedby="{ids.quote_row(c.id)}"'
    else:
        common = f'data-c="{_e(c.id)}" data-kind="{_e(c.kind)}"'
        cls = f"c {_cls(c.kind)}"
        first_extra = f' id="{ids.claim_anchor(c.id)}"'

    def tag(first: bool, last: bool) -> str:
        k = cls + (" s" if first else "") + (" e" if last else "")
        return f'<span class="{k}" {common}{first_extra if first else ""}>'

    return Mark(c.span.start, c.span.end, 1, tag)


def _region_mark(start: int, end: int, kind: str, label: str | None) -> Mark:
    title = f"{kind}: {label}" if label else kind
    if kind == "chrome":
        title += " (page furniture, not analysed)"
    tag_text = f'<span class="r r-{_CLASS_SAFE.sub("-", kind.lower())}" title="{_e(title)}">'

    def tag(first: bool, last: bool) -> str:
        return tag_text

    return Mark(start, end, 0, tag)


def _article_text(facts: Facts, ids: _Ids, names: dict[str, str]) -> str:
    text = clean_text(facts.article.text)
    marks: list[Mark] = [_region_mark(r.start, r.end, r.kind, r.label) for r in facts.article.regions]
    marks.extend(_claim_mark(c, ids, facts, names) for c in facts.claims)
    for e in facts.entities:
        marks.extend(_mention_marks(e, ids))
    return mark_up(text, marks)


# --------------------------------------------------------------------------- tables


def _link(href_id: str, text: str) -> str:
    return f'<a href="#{href_id}">{_e(text)}</a>'


def _table(caption: str, head: Sequence[str], rows: Sequence[str], empty: str, cls: str = "") -> str:
    if not rows:
        return f'<section class="facts {cls}"><h2>{_e(caption)}</h2><p class="none">{_e(empty)}</p></section>'
    ths = "".join(f'<th scope="col">{_e(h)}</th>' for h in head)
    return (
        f'<section class="facts {cls}"><h2>{_e(caption)}</h2>'
        f"<table><thead><tr>{ths}</tr></thead><tbody>{''.join(rows)}</tbody></table></section>"
    )


def _people(facts: Facts, ids: _Ids, names: dict[str, str]) -> str:
    roles: dict[str, list[RoleClaim]] = {}
    for c in facts.claims:
        if isinstance(c, RoleClaim):
            roles.setdefault(c.person, []).append(c)
    quotes: dict[str, int] = {}
    for c in facts.claims:
        if isinstance(c, QuoteClaim) and c.speaker:
            quotes[c.speaker] = quotes.get(c.speaker, 0) + 1
    rows = []
    for e in facts.of_kind("person"):
        fam, giv = e.get("family"), e.get("given")
        split = f"{_e(fam or '–')} / {_e(giv or '–')}" if (fam or giv) else "–"
        items = []
        for r in roles.get(e.id, []):
            at = f" at {_e(names.get(r.organization, r.organization))}" if r.organization else ""
            items.append(f"<li>{_link(ids.claim_anchor(r.id), r.role)}{at}</li>")
        role_cell = f"<ul>{''.join(items)}</ul>" if items else "–"
        variants = _other_spellings(e)
        var = f'<div class="sub">also: {_e(_plain(variants))}</div>' if variants else ""
        rows.append(
            f'<tr id="{ids.row(e.id)}"><th scope="row">{_link(ids.mention(e.id, 0), e.name)}'
            f' <span class="id">{_e(e.id)}</span>{var}</th><td>{split}</td><td>{role_cell}</td>'
            f"<td>{len(e.mentions)}</td><td>{quotes.get(e.id, 0)}</td></tr>"
        )
    return _table(
        "People",
        ("Person", "Family / given", "Roles", "Mentions", "Quotes"),
        rows,
        "No people found.",
        "people",
    )


def _quotes(facts: Facts, ids: _Ids, names: dict[str, str]) -> str:
    groups: dict[str, list[QuoteClaim]] = {}
    order: list[str] = []
    for c in facts.claims:
        if not isinstance(c, QuoteClaim):
            continue
        key = c.speaker or f"?{c.speaker_text or ''}"
        if key not in groups:
            groups[key] = []
            order.append(key)
        groups[key].append(c)
    if not order:
        return '<section class="facts quotes"><h2>Quotes by speaker</h2><p class="none">No quotes found.</p></section>'
    parts = ['<section class="facts quotes"><h2>Quotes by speaker</h2>']
    for key in order:
        first = groups[key][0]
        who = _speaker_name(facts, first, names)
        tag = (
            f' <span class="id">{_e(first.speaker)}</span>'
            if first.speaker
            else ' <span class="id">not resolved</span>'
        )
        parts.append(f'<h3>{_e(who)}{tag} <span class="count">({len(groups[key])})</span></h3><ol>')
        for c in groups[key]:
            how = "direct" if c.direct else "reported"
            cue = f", {_e(c.cue)}" if c.cue else ""
            words = c.text or c.span.text
            parts.append(
                f'<li id="{ids.quote_row(c.id)}"><q>{_e(words)}</q> '
                f'<span class="how">({how}{cue}) {_link(ids.claim_anchor(c.id), "in text")}</span></li>'
            )
        parts.append("</ol>")
    parts.append("</section>")
    return "".join(parts)


def _named(facts: Facts, ids: _Ids, kind: str, caption: str) -> str:
    rows = []
    for e in facts.of_kind(kind):
        variants = _other_spellings(e)
        acronym = e.get("acronym")
        other = ", ".join(x for x in ([f"acronym {acronym}"] if acronym else []) + list(variants or ()))
        rows.append(
            f'<tr id="{ids.row(e.id)}"><th scope="row">{_link(ids.mention(e.id, 0), e.name)}'
            f' <span class="id">{_e(e.id)}</span></th><td>{_e(other or "–")}</td><td>{len(e.mentions)}</td></tr>'
        )
    return _table(caption, ("Name", "Also written", "Mentions"), rows, f"No {caption.lower()} found.", kind)


def _numbers(facts: Facts, ids: _Ids) -> str:
    rows = []
    for e in facts.of_kind("quantity"):
        written = " · ".join(_link(ids.mention(e.id, i), s.text) for i, s in enumerate(e.mentions))
        rows.append(
            f'<tr id="{ids.row(e.id)}"><th scope="row">{written} <span class="id">{_e(e.id)}</span></th>'
            f"<td>{_e(_num(e.get('low')))}</td><td>{_e(_num(e.get('high')))}</td>"
            f"<td>{_e(e.get('unit') or '–')}</td><td>{_e(e.get('approx') or '–')}</td></tr>"
        )
    return _table(
        "Numbers", ("As written", "Low", "High", "Unit", "Approx."), rows, "No numbers found.", "numbers"
    )


def _dates(facts: Facts, ids: _Ids) -> str:
    rows = []
    for e in facts.of_kind("date"):
        written = " · ".join(_link(ids.mention(e.id, i), s.text) for i, s in enumerate(e.mentions))
        start, end = e.get("start"), e.get("end")
        interval = "–" if not (start or end) else f"{start or '…'} to {end or '…'}"
        rows.append(
            f'<tr id="{ids.row(e.id)}"><th scope="row">{written} <span class="id">{_e(e.id)}</span></th>'
            f"<td><code>{_e(e.get('value'))}</code></td><td>{_e(interval)}</td></tr>"
        )
    return _table("Dates", ("As written", "TIMEX3 value", "Interval"), rows, "No dates found.", "dates")


def _others(facts: Facts, ids: _Ids, names: dict[str, str]) -> str:
    parts = []
    kinds = sorted({e.kind for e in facts.entities} - set(_KNOWN))
    for kind in kinds:
        rows = []
        for e in facts.of_kind(kind):
            values = "; ".join(f"{k}: {_plain(v)}" for k, v in _data_items(e)) or "–"
            rows.append(
                f'<tr id="{ids.row(e.id)}"><th scope="row">{_link(ids.mention(e.id, 0), e.name)}'
                f' <span class="id">{_e(e.id)}</span></th><td>{_e(values)}</td><td>{len(e.mentions)}</td></tr>'
            )
        parts.append(_table(f"Other: {kind}", ("Name", "Values", "Mentions"), rows, "", "other"))
    claim_kinds = sorted({c.kind for c in facts.claims if not isinstance(c, QuoteClaim | RoleClaim)})
    for kind in claim_kinds:
        rows = []
        for c in facts.claims_of_kind(kind):
            values = "; ".join(
                f"{k}: {names.get(v, v) if isinstance(v, str) else _plain(v)}" for k, v in c.fields.items()
            )
            rows.append(
                f'<tr><th scope="row">{_link(ids.claim_anchor(c.id), c.span.text)}'
                f' <span class="id">{_e(c.id)}</span></th><td>{_e(values or "–")}</td></tr>'
            )
        parts.append(_table(f"Claims: {kind}", ("Evidence", "Values"), rows, "", "other"))
    return "".join(parts)


def _errors(facts: Facts) -> str:
    if not facts.errors:
        return '<p class="status ok">No plugin errors.</p>'
    items = "".join(
        f"<li><strong>{_e(r.plugin)}</strong> in <em>{_e(r.stage)}</em>: {_e(r.error)}</li>"
        for r in facts.errors
    )
    n = len(facts.errors)
    return (
        f'<section class="errors" role="alert"><h2>{n} plugin error{"s" if n != 1 else ""}</h2>'
        f"<p>The facts below come from the plugins that worked; these did not.</p><ul>{items}</ul></section>"
    )


# --------------------------------------------------------------------------- page parts


def _title(facts: Facts) -> str:
    if facts.article.title:
        return facts.article.title
    for line in facts.article.text.splitlines():
        line = line.strip()
        if line:
            return line if len(line) <= _TITLE_MAX else line[: _TITLE_MAX - 1] + "…"
    return "Untitled article"


def _meta(facts: Facts) -> str:
    a = facts.article
    bits = []
    if a.published:
        bits.append(f"published <time>{_e(a.published.isoformat())}</time>")
    if a.outlet:
        bits.append(_e(a.outlet))
    if a.authors:
        bits.append("by " + _e(", ".join(a.authors)))
    if a.url:
        if a.url.lower().startswith(("http://", "https://")):
            bits.append(f'<a href="{_e(a.url)}" rel="noopener noreferrer nofollow">{_e(a.url)}</a>')
        else:
            bits.append(_e(a.url))
    return " · ".join(bits)


_COUNTED = (
    ("person", "person", "people"),
    ("organization", "organisation", "organisations"),
    ("place", "place", "places"),
    ("quote", "quote", "quotes"),
    ("role", "role", "roles"),
    ("quantity", "number", "numbers"),
    ("date", "date", "dates"),
    ("errors", "plugin error", "plugin errors"),
)


def _counts(facts: Facts) -> list[tuple[str, int]]:
    """How many of each thing the article has, with the right singular or plural word."""
    out = []
    for key, one, many in _COUNTED:
        if key == "errors":
            n = len(facts.errors)
        elif key in ("quote", "role"):
            n = len(facts.claims_of_kind(key))
        else:
            n = len(facts.of_kind(key))
        out.append((one if n == 1 else many, n))
    return out


_LEGEND = (
    '<ul class="legend" aria-label="Legend">'
    + "".join(
        f'<li><span class="m {_cls(k)} e" data-label="{KIND_LABELS[k]}">{name}</span></li>'
        for k, name in (
            ("person", "Person"),
            ("organization", "Organisation"),
            ("place", "Place"),
            ("date", "Date"),
            ("quantity", "Number"),
        )
    )
    + '<li><span class="q s" data-speaker="Speaker">quote</span></li>'
    + '<li><span class="q reported s" data-speaker="Speaker">reported speech</span></li>'
    + "</ul>"
)


def _same_entity_css(facts: Facts, ids: _Ids) -> str:
    """Hovering or focusing one mention outlines every mention of the same entity (CSS ``:has``)."""
    rules = []
    for e in facts.entities:
        if len(e.mentions) > 1:
            sel = f'[data-e="{_css_string(e.id)}"]'
            rules.append(
                f"#{ids.prefix}text:has({sel}:hover,{sel}:focus) {sel}{{outline:2px solid var(--c);outline-offset:1px}}"
            )
    return "".join(rules)


def _css_string(value: str) -> str:
    """A value safe inside a double-quoted CSS string in a <style> element."""
    return "".join(ch if ch.isalnum() or ch in "-_.:" else f"\\{ord(ch):x} " for ch in value)


def _section(facts: Facts, prefix: str, heading_level: int = 1, legend: str = "") -> str:
    ids = _Ids(facts, prefix)
    names = {e.id: e.name for e in facts.entities}
    h = f"h{heading_level}"
    counts = " · ".join(f"<span>{n} {label}</span>" for label, n in _counts(facts))
    return (
        f'<article class="report" id="{prefix}report" aria-labelledby="{prefix}title">'
        f'<header class="head"><{h} id="{prefix}title">{_e(_title(facts))}</{h}>'
        f'<p class="meta">{_meta(facts)}</p><p class="counts">{counts}</p>{legend}</header>'
        f"{_errors(facts)}"
        f'<div class="layout"><section class="article" aria-label="Article text with highlights">'
        f'<div class="text" id="{prefix}text">{_article_text(facts, ids, names)}</div></section>'
        f'<aside class="tables" id="{prefix}tables" aria-label="Facts">'
        f"{_people(facts, ids, names)}{_quotes(facts, ids, names)}"
        f"{_named(facts, ids, 'organization', 'Organisations')}{_named(facts, ids, 'place', 'Places')}"
        f"{_numbers(facts, ids)}{_dates(facts, ids)}{_others(facts, ids, names)}</aside></div>"
        f"<style>{_same_entity_css(facts, ids)}</style></article>"
    )


_CSS = """
:root{--fg:#1a1a1a;--muted:#555;--line:#d4d4d4;--bg:#fff}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;color:var(--fg);background:var(--bg);font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","DejaVu Sans",sans-serif}
.page{max-width:1500px;margin:0 auto;padding:1rem 1.5rem 3rem}
.skip{position:absolute;left:-999px}.skip:focus{left:1rem;top:1rem;background:#fff;padding:.5em;z-index:20}
h1{font-size:1.5rem;margin:.2em 0}h2{font-size:1.05rem;margin:1.2em 0 .4em}h3{font-size:.95rem;margin:.8em 0 .2em}
.meta,.counts{color:var(--muted);margin:.2em 0;font-size:.9rem}.counts span+span::before{content:""}
.legend{list-style:none;padding:0;margin:.6em 0;display:flex;flex-wrap:wrap;gap:.4em 1.2em;font-size:.9rem}
.layout{display:grid;grid-template-columns:minmax(0,3fr) minmax(0,2fr);gap:2rem;align-items:start}
@media (max-width:950px){.layout{grid-template-columns:minmax(0,1fr)}}
.text{white-space:pre-wrap;overflow-wrap:anywhere;font-family:Georgia,"DejaVu Serif","Noto Serif",serif;font-size:1.02rem;line-height:2.15}
.m{--c:#4b5563;--t:#f3f4f6;position:relative;background:var(--t);border-bottom:2px solid var(--c);border-radius:.2em;padding:0 .08em}
.k-person{--c:#1d4ed8;--t:#dbeafe}
.k-organization{--c:#b45309;--t:#ffedd5;border-bottom:3px double var(--c)}
.k-place{--c:#15803d;--t:#dcfce7;border-bottom:3px dotted var(--c)}
.k-date{--c:#7e22ce;--t:#f3e8ff;border-bottom:2px dashed var(--c)}
.k-quantity{--c:#a16207;--t:#fef9c3;border:1px solid var(--c)}
.m.e::after{content:attr(data-label);display:inline-block;margin-left:.2em;padding:0 .3em;border-radius:.2em;background:var(--c);color:#fff;font:600 .62rem/1.5 system-ui,"DejaVu Sans",sans-serif;letter-spacing:.03em;text-transform:uppercase;vertical-align:.2em}
.q{text-decoration:underline 2px #111;text-underline-offset:.5em;text-decoration-skip-ink:none}
.q.reported{text-decoration-style:dashed}
.q.s::before{content:"\\275D\\00a0" attr(data-speaker);display:inline-block;margin-right:.3em;padding:0 .35em;border-radius:.2em;background:#111;color:#fff;font:600 .68rem/1.5 system-ui,"DejaVu Sans",sans-serif;vertical-align:.15em}
.q.reported.s::before{content:"reported\\00a0" attr(data-speaker);background:#fff;color:#111;border:1px dashed #111}
.m[data-tip]:hover:not(:has(.m:hover))::before,.m[data-tip]:focus::before,
.q[data-tip]:hover:not(:has(.m:hover))::after,.q[data-tip]:focus::after{content:attr(data-tip);position:absolute;z-index:10;left:0;top:calc(100% + .4em);width:max-content;max-width:min(26rem,80vw);white-space:pre-line;text-align:left;background:#fffef0;color:#111;border:1px solid #333;border-radius:.3em;box-shadow:0 2px 8px rgba(0,0,0,.25);padding:.35em .6em;font:400 .8rem/1.45 system-ui,"DejaVu Sans",sans-serif;text-decoration:none;text-transform:none;letter-spacing:0}
.q{position:relative}
.c:target,.m:target,.q:target{outline:3px solid #f59e0b;outline-offset:2px}
.r-chrome{color:#6b7280;font-size:.92em}.r-headline,.r-title{font-weight:700}
:focus-visible{outline:3px solid #111;outline-offset:2px}
.tables{font-size:.88rem}
table{border-collapse:collapse;width:100%}th,td{text-align:left;vertical-align:top;padding:.3em .45em;border-bottom:1px solid var(--line)}
thead th{border-bottom:2px solid #888;font-size:.8rem;text-transform:uppercase;letter-spacing:.03em;color:var(--muted)}
tbody th{font-weight:600}td ul{margin:0;padding-left:1.1em}.sub{font-weight:400;color:var(--muted);font-size:.85em}
.id{font:400 .75em ui-monospace,"DejaVu Sans Mono",monospace;color:var(--muted)}
.quotes ol{margin:.2em 0 .6em;padding-left:1.4em}.quotes li{margin:.25em 0}.how{color:var(--muted);font-size:.9em}
.none{color:var(--muted);font-style:italic}.count{color:var(--muted);font-weight:400}
.errors{border:2px solid #b91c1c;background:#fef2f2;border-radius:.3em;padding:.2em 1em;margin:.8em 0}
.errors h2{color:#b91c1c;margin-top:.4em}.errors h2::before{content:"\\26A0\\00a0"}
.status.ok{color:var(--muted);font-size:.85rem;margin:.3em 0}.status.ok::before{content:"\\2713\\00a0"}
a{color:#1d4ed8}
.index td,.index th{font-size:.92rem}
nav.toc ol{padding-left:1.3em}
.report+.report{border-top:3px solid #999;margin-top:2.5rem;padding-top:1rem}
@media print{
 body{font-size:10.5pt}.page{max-width:none;padding:0}
 .layout{display:block}.text{font-size:11pt;line-height:2}
 .skip,nav.toc{display:none}
 .m::before,.q::after{display:none!important}
 *{-webkit-print-color-adjust:exact;print-color-adjust:exact}
 a{color:inherit;text-decoration:none}
 tr,li{break-inside:avoid}h2,h3{break-after:avoid}
 .report+.report{break-before:page;border:0}
}
"""


def _page(title: str, body: str, skip_to: str) -> str:
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; "
        "img-src data:; base-uri 'none'; form-action 'none'\">"
        '<meta name="referrer" content="no-referrer"><meta name="generator" content="newsfacts">'
        f"<title>{_e(title)}</title><style>{_CSS}</style></head><body>"
        f'<div class="page"><a class="skip" href="#{skip_to}">Skip to the facts</a>{body}'
        '<footer class="meta"><p>Made by newsfacts (schema newsfacts/1). Hover over or tab to a highlight '
        "to see its normalised value; labels and border styles mark the kind.</p></footer></div></body></html>\n"
    )


def render_html(facts: Facts, *, title: str | None = None) -> str:
    """One self-contained HTML page showing one article's facts on its text.

    :param title: the page title; the article's title (or first line) by default.
    """
    return _page(
        title or f"newsfacts: {_title(facts)}", _section(facts, "", legend=_LEGEND), skip_to="tables"
    )


def render_batch(many: Iterable[Facts], *, title: str = "newsfacts report") -> str:
    """One page for several articles: a table of contents and one section per article."""
    sections = []
    toc = []
    for n, facts in enumerate(many, start=1):
        prefix = f"a{n}-"
        sections.append(_section(facts, prefix, heading_level=2))
        toc.append(f'<li><a href="#{prefix}report">{_e(_title(facts))}</a> {_summary(facts)}</li>')
    if not sections:
        return _page(
            title, f'<h1>{_e(title)}</h1><p class="none" id="tables">No articles.</p>', skip_to="tables"
        )
    body = (
        f"<h1>{_e(title)}</h1>{_LEGEND}"
        f'<nav class="toc" aria-label="Articles"><ol>{"".join(toc)}</ol></nav>{"".join(sections)}'
    )
    return _page(title, body, skip_to="a1-tables")


def _summary(facts: Facts) -> str:
    bits = [f"{n} {label}" for label, n in _counts(facts) if n]
    return f'<span class="meta">({_e(", ".join(bits) or "nothing found")})</span>'


def render_index(entries: Iterable[tuple[str, Facts]], *, title: str = "newsfacts report") -> str:
    """An index page linking to per-article pages: ``entries`` are (relative href, facts) pairs."""
    rows = []
    for href, facts in entries:
        counts = "".join(f"<td>{n}</td>" for _, n in _counts(facts))
        published = facts.article.published.isoformat() if facts.article.published else "–"
        rows.append(
            f'<tr><th scope="row"><a href="{_e(href)}">{_e(_title(facts))}</a></th><td>{_e(published)}</td>{counts}</tr>'
        )
    head = "".join(f'<th scope="col">{_e(h)}</th>' for h in ("Article", "Published", *_COUNT_HEADS))
    table = (
        f'<table class="index"><thead><tr>{head}</tr></thead><tbody>{"".join(rows)}</tbody></table>'
        if rows
        else '<p class="none">No articles.</p>'
    )
    return _page(title, f'<h1>{_e(title)}</h1><div id="tables">{table}</div>', skip_to="tables")


_COUNT_HEADS = ("People", "Organisations", "Places", "Quotes", "Roles", "Numbers", "Dates", "Errors")


def write_html(
    many: Iterable[Facts], directory: str | PathLike[str], *, title: str = "newsfacts report"
) -> Path:
    """Write one page per article plus ``index.html`` linking them into ``directory``; returns the index path."""
    out = Path(directory)
    out.mkdir(parents=True, exist_ok=True)
    entries: list[tuple[str, Facts]] = []
    for n, facts in enumerate(many, start=1):
        name = f"article-{n:04d}.html"
        page = render_html(facts)
        page = page.replace("</footer>", '<p><a href="index.html">Back to the index</a></p></footer>', 1)
        (out / name).write_text(page, encoding="utf-8")
        entries.append((name, facts))
    index = out / "index.html"
    index.write_text(render_index(entries, title=title), encoding="utf-8")
    return index
