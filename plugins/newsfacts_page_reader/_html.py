"""Reading an HTML news page: its text, and its metadata from ``<meta>`` tags and JSON-LD.

One streaming pass of the standard library's HTML tokenizer collects the page's
metadata (``og:*``, ``article:*``, ``author``, JSON-LD ``NewsArticle``: headline,
datePublished, dateModified, author, articleSection, publisher) and its text blocks.
A page that marks its article (``<article>``, ``itemprop="articleBody"``, the usual
article-body classes) is read from that element, keeping the headline, byline and photo
captions that general extractors drop; other pages go to `trafilatura
<https://trafilatura.readthedocs.io>`_ when the ``html`` extra is installed, and to
the page's ``<main>`` or ``<body>`` without it. The text is then new text: offsets
refer to it, and ``--include-text`` puts it into the JSON.
"""

from __future__ import annotations

import codecs
import importlib
import json
import re
from collections.abc import Iterator
from datetime import date, datetime, tzinfo
from email.utils import parsedate_to_datetime
from functools import cache
from html import unescape as _unescape
from typing import Any

import regex
from attrs import define

from newsfacts import Region

from . import _data
from ._scraped import Reading, bare_stamp, normalise_name, outlet_from_url, read_page_text
from ._stamps import read_stamp

__all__ = ["decode_html", "looks_like_html", "read_html"]

_SKIP_TAGS = frozenset(
    [
        "script",
        "style",
        "noscript",
        "template",
        "svg",
        "nav",
        "form",
        "button",
        "select",
        "option",
        "textarea",
        "iframe",
        "object",
        "embed",
        "canvas",
        "map",
        "dialog",
        "head",
    ]
)
_PAGE_ONLY_TAGS = frozenset({"header", "footer", "aside"})
_BLOCK_TAGS = frozenset(
    [
        "p",
        "div",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "li",
        "ul",
        "ol",
        "dl",
        "dt",
        "dd",
        "blockquote",
        "figure",
        "figcaption",
        "section",
        "article",
        "main",
        "header",
        "footer",
        "aside",
        "table",
        "tr",
        "td",
        "th",
        "caption",
        "pre",
        "address",
        "hr",
        "br",
        "time",
    ]
)
_VOID_TAGS = frozenset(
    [
        "area",
        "base",
        "br",
        "col",
        "embed",
        "hr",
        "img",
        "input",
        "link",
        "meta",
        "param",
        "source",
        "track",
        "wbr",
    ]
)
_SKIP_CLASSES = regex.compile(
    r"share|social|\bsns\b|related|recommend|comment|advert|(?:^|[\s_-])ads?(?:$|[\s_-])|banner|promo"
    r"|newsletter|subscri|breadcrumb|(?:^|[\s_-])menu|(?:^|[\s_-])nav|sidebar|popular|most-?read|cookie"
    r"|modal|popup|(?:^|[\s_-])tags?(?:$|[\s_-])|toolbar|font-?size|print-?btn|hidden|sr-only|visually-hidden",
    regex.IGNORECASE,
)
_CONTAINER_CLASSES = regex.compile(
    r"article[-_]?(?:body|content|text|txt|view)|story[-_]?body|news[-_]?(?:body|content|text|view)"
    r"|view[-_]?con|entry-content|post-content|articlebody|content[-_]?article",
    regex.IGNORECASE,
)
_BYLINE_CLASSES = regex.compile(r"byline|author|writer|reporter|journalist", regex.IGNORECASE)
_SPACES = regex.compile(r"\s+")
_TRAFILATURA_MAX_BLOCKS = 5_000
_ARTICLE_TYPES = frozenset(
    [
        "newsarticle",
        "article",
        "reportagenewsarticle",
        "analysisnewsarticle",
        "opinionnewsarticle",
        "backgroundnewsarticle",
        "reviewnewsarticle",
        "blogposting",
        "liveblogposting",
        "report",
    ]
)
_META_PUBLISHED = (
    "article:published_time",
    "og:article:published_time",
    "datepublished",
    "pubdate",
    "publishdate",
    "publish-date",
    "article.published",
    "parsely-pub-date",
    "sailthru.date",
    "dc.date.issued",
    "dcterms.created",
    "dc.date",
    "date",
)
_META_UPDATED = ("article:modified_time", "og:updated_time", "datemodified", "dcterms.modified", "lastmod")
_META_AUTHOR = ("author", "article:author", "byl", "dc.creator", "sailthru.author", "parsely-author")


def looks_like_html(head: str) -> bool:
    """True when text starts like an HTML document (a doctype or an ``<html>`` tag)."""
    start = head[:1024].lstrip("\ufeff \t\r\n").casefold()
    return start.startswith(("<!doctype html", "<html", "<?xml")) and "<html" in head[:4096].casefold()


def decode_html(data: bytes) -> str:
    """Decode an HTML page: its BOM, else the charset its ``<meta>`` declares, else UTF-8 (lossily)."""
    for bom, codec in (
        (codecs.BOM_UTF8, "utf-8"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            return data.decode(codec, errors="replace").lstrip("\ufeff")
    m = regex.search(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?([A-Za-z0-9_\-]{2,30})""", data[:4096], regex.I)
    codec = "utf-8"
    if m:
        name = m.group(1).decode("ascii").casefold()
        try:
            codec = codecs.lookup("cp949" if name in ("euc-kr", "ks_c_5601-1987") else name).name
        except LookupError:
            codec = "utf-8"
    return data.decode(codec, errors="replace")


# --------------------------------------------------------------------------- the tokenizer pass


@define
class _Open:
    tag: str
    skip: bool
    container: int
    kind: str | None


@define
class _Block:
    kind: str
    text: str
    container: int


_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9:_-]{0,40})")
_ATTR = re.compile(
    r"""\s*([^\s=>/"'<]{1,100})(?:\s*=\s*(?:"([^"]{0,4000})"|'([^']{0,4000})'|([^\s>"'<]{1,4000})))?"""
)
_TAG_END = re.compile(r"\s*/?>")
_RAW_TEXT = frozenset({"script", "style", "textarea", "title", "xmp", "noscript", "template"})


@cache
def _closer(tag: str) -> re.Pattern[str]:
    return re.compile(r"</" + re.escape(tag) + r"\s*>", re.IGNORECASE)


def unescape(text: str) -> str:
    """Character references to characters (skipped when there are none: the common case)."""
    return _unescape(text) if "&" in text else text


def _tokens(page: _Page, html: str) -> None:
    """Feed ``html`` to ``page`` tag by tag. Every step advances, and every pattern is bounded,
    so the pass is linear even on broken markup (the standard library's tokenizer is not:
    ``"<a b='" * 10_000`` takes it half a minute). These patterns use ``re``: the ``regex``
    module looks ahead for a pattern's required characters, which is quadratic here."""
    pos = 0
    n = len(html)
    while pos < n:
        lt = html.find("<", pos)
        if lt < 0:
            page.handle_data(unescape(html[pos:]))
            return
        if lt > pos:
            page.handle_data(unescape(html[pos:lt]))
        if html.startswith("<!--", lt):
            end = html.find("-->", lt + 4)
            pos = n if end < 0 else end + 3
            continue
        if html.startswith(("<!", "<?"), lt):
            end = html.find(">", lt + 2)
            pos = n if end < 0 else end + 1
            continue
        m = _TAG.match(html, lt)
        if m is None:
            page.handle_data("<")
            pos = lt + 1
            continue
        closing, tag = m.group(1) == "/", m.group(2).casefold()
        attrs: list[tuple[str, str | None]] = []
        at = m.end()
        while True:
            a = _ATTR.match(html, at)
            if a is None or a.end() == at:
                break
            value = (
                a.group(2) if a.group(2) is not None else a.group(3) if a.group(3) is not None else a.group(4)
            )
            attrs.append((a.group(1).casefold(), unescape(value) if value is not None else None))
            at = a.end()
        e = _TAG_END.match(html, at)
        if e is None:
            page.handle_data(unescape(html[lt : m.end()]))
            pos = m.end()
            continue
        pos = e.end()
        if closing:
            page.handle_endtag(tag)
            continue
        page.handle_starttag(tag, attrs)
        if html[e.start() : e.end()].lstrip().startswith("/"):
            page.handle_startendtag_close(tag)
        elif tag in _RAW_TEXT:
            close = _closer(tag).search(html, pos)
            stop = close.start() if close else n
            body = html[pos:stop]
            page.handle_data(body if tag in ("script", "style") else unescape(body))
            page.handle_endtag(tag)
            pos = close.end() if close else n


class _Page:
    """Collects metadata and text blocks in one pass; never raises on bad markup."""

    def __init__(self) -> None:
        self.meta: dict[str, str] = {}
        self.jsonld: list[str] = []
        self.title: list[str] = []
        self.canonical: str | None = None
        self.blocks: list[_Block] = []
        self.stack: list[_Open] = []
        self.buffer: list[str] = []
        self.containers = 0
        self.in_title = False
        self.in_jsonld = False
        self.jsonld_buffer: list[str] = []

    # -- state of the innermost open element

    def _skipping(self) -> bool:
        return bool(self.stack) and self.stack[-1].skip

    def _container(self) -> int:
        return self.stack[-1].container if self.stack else -1

    def _kind(self) -> str:
        return (self.stack[-1].kind if self.stack else None) or "p"

    def _flush(self) -> None:
        if self.buffer:
            text = _SPACES.sub(" ", "".join(self.buffer)).strip()
            self.buffer.clear()
            if text:
                self.blocks.append(_Block(self._kind(), text, self._container()))

    # -- tokenizer callbacks

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k.casefold(): (v or "") for k, v in attrs}
        if tag == "meta":
            key = (a.get("property") or a.get("name") or a.get("itemprop") or "").casefold()
            if key and a.get("content") and key not in self.meta:
                self.meta[key] = a["content"].strip()
            return
        if tag == "link" and "canonical" in a.get("rel", "").casefold().split():
            self.canonical = self.canonical or a.get("href") or None
            return
        if tag == "title" and not self.stack_has("svg"):
            self.in_title = True
            return
        if tag == "script" and "ld+json" in a.get("type", "").casefold():
            self.in_jsonld = True
            self.jsonld_buffer.clear()
        if tag in _BLOCK_TAGS:
            self._flush()
        if tag in _VOID_TAGS:
            return
        if tag == "p" and self.stack and self.stack[-1].tag == "p":
            self._close("p")
        skip = self._skipping() or tag in _SKIP_TAGS
        container = self._container()
        classes = f"{a.get('class', '')} {a.get('id', '')}"
        if not skip and container < 0 and tag in _PAGE_ONLY_TAGS:
            skip = True
        if (
            not skip
            and classes.strip()
            and _SKIP_CLASSES.search(classes)
            and not _BYLINE_CLASSES.search(classes)
        ):
            skip = True
        if (
            not skip
            and container < 0
            and (
                tag == "article"
                or a.get("itemprop", "").casefold() == "articlebody"
                or (classes.strip() and _CONTAINER_CLASSES.search(classes))
            )
        ):
            container = self.containers
            self.containers += 1
        kind = self.stack[-1].kind if self.stack else None
        if tag in ("h1", "h2", "h3", "figcaption", "blockquote", "li"):
            kind = tag
        elif classes.strip() and _BYLINE_CLASSES.search(classes):
            kind = "byline"
        elif "caption" in classes.casefold():
            kind = "figcaption"
        self.stack.append(_Open(tag, skip, container, kind))

    def stack_has(self, tag: str) -> bool:
        return any(o.tag == tag for o in self.stack)

    def handle_startendtag_close(self, tag: str) -> None:
        """A self-closed tag (``<div/>``): close what its start tag opened."""
        if tag not in _VOID_TAGS and self.stack and self.stack[-1].tag == tag:
            self.stack.pop()

    def _close(self, tag: str) -> None:
        for i in range(len(self.stack) - 1, -1, -1):
            if self.stack[i].tag == tag:
                del self.stack[i:]
                return

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self.in_title = False
            return
        if tag == "script" and self.in_jsonld:
            self.in_jsonld = False
            self.jsonld.append("".join(self.jsonld_buffer))
        if tag in _BLOCK_TAGS:
            self._flush()
        self._close(tag)

    def handle_data(self, data: str) -> None:
        if self.in_jsonld:
            self.jsonld_buffer.append(data)
        elif self.in_title:
            self.title.append(data)
        elif not self._skipping():
            self.buffer.append(data)

    def close(self) -> None:
        """End of the page: keep the text still buffered."""
        self._flush()


# --------------------------------------------------------------------------- metadata


def _walk_jsonld(value: Any, depth: int = 0) -> Iterator[dict[str, Any]]:
    """Every JSON-LD object describing an article, through ``@graph`` lists and nesting."""
    if depth > 6:
        return
    if isinstance(value, list):
        for item in value[:200]:
            yield from _walk_jsonld(item, depth + 1)
    elif isinstance(value, dict):
        types = value.get("@type")
        names = [types] if isinstance(types, str) else types if isinstance(types, list) else []
        if any(isinstance(t, str) and t.casefold() in _ARTICLE_TYPES for t in names):
            yield value
        for key in ("@graph", "mainEntity", "itemListElement"):
            if key in value:
                yield from _walk_jsonld(value[key], depth + 1)


def _names(value: Any) -> list[str]:
    """Person names from a JSON-LD ``author`` (a string, an object with ``name``, or a list)."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        if str(value.get("@type", "")).casefold() == "organization":
            return []
        name = value.get("name")
        return [name] if isinstance(name, str) else []
    if isinstance(value, list):
        return [n for item in value[:20] for n in _names(item)]
    return []


def _text(value: Any) -> str | None:
    if isinstance(value, list) and value:
        value = value[0]
    if isinstance(value, dict):
        value = value.get("name") or value.get("@id")
    if not isinstance(value, str):
        return None
    return _SPACES.sub(" ", value).strip() or None


def _authors(raw: list[str]) -> tuple[str, ...]:
    out: dict[str, None] = {}
    for item in raw:
        item = _SPACES.sub(" ", item).strip()
        if not item or "://" in item or item.startswith("/"):
            continue
        if item[:3].casefold() == "by ":
            item = item[3:]
        for part in regex.split(r"\s*(?:,|;|&|\band\b)\s*", item):
            if part and _data.outlet_names().get(part.casefold()) is None:
                out.setdefault(normalise_name(part), None)
    return tuple(out)


def _moment(value: str | None, tz: tzinfo | None) -> datetime | None:
    """A metadata time (ISO 8601, RFC 2822, or a printed form) as an aware datetime."""
    if not value:
        return None
    value = value.strip()
    try:
        when = datetime.fromisoformat(value[:-1] + "+00:00" if value.endswith(("Z", "z")) else value)
    except ValueError:
        try:
            when = parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError):
            m = bare_stamp().search(value[:120])
            stamp = read_stamp(m, tz) if m else None
            return stamp.when if stamp else None
    if when.tzinfo is None or when.utcoffset() is None:
        when = when.replace(tzinfo=tz or _data.zone("UTC"))
    return when


def _strip_site(title: str, site: str | None) -> str:
    """ "Headline - The Korea Times" -> "Headline" (a trailing site name after | - – — :)."""
    parts = regex.split(r"\s+[|\-–—:]\s+", title)
    if len(parts) > 1:
        last = parts[-1].casefold()
        if (site and last == site.casefold()) or last in _data.outlet_names():
            return regex.sub(r"\s+[|\-–—:]\s+[^|\-–—:]*$", "", title).strip()
    return title


# --------------------------------------------------------------------------- reading


@cache
def _trafilatura() -> Any:
    try:
        return importlib.import_module("trafilatura")
    except ImportError:
        return None


def _compose(blocks: list[_Block]) -> tuple[str, list[Region]]:
    """Join text blocks into the article text (a blank line between blocks) and mark what the markup said."""
    pieces: list[str] = []
    regions: list[Region] = []
    pos = 0
    kinds = {
        "h1": ("headline", "headline"),
        "figcaption": ("caption", "photo"),
        "byline": ("byline", "byline"),
    }
    for block in blocks:
        if pieces:
            pieces.append("\n\n")
            pos += 2
        pieces.append(block.text)
        kind = kinds.get(block.kind)
        if kind is not None:
            regions.append(Region(start=pos, end=pos + len(block.text), kind=kind[0], label=kind[1]))
        pos += len(block.text)
    return "".join(pieces), regions


def _body_blocks(page: _Page) -> tuple[list[_Block], str]:
    """The blocks of the page's article element (the one with most text), or ``[]`` and why not."""
    if page.containers:
        sizes: dict[int, int] = {}
        for b in page.blocks:
            if b.container >= 0:
                sizes[b.container] = sizes.get(b.container, 0) + len(b.text)
        if sizes:
            best = max(sorted(sizes), key=lambda c: sizes[c])
            if sizes[best] >= 200:
                return [b for b in page.blocks if b.container == best], "article element"
    return [], ""


def read_html(
    html: str, *, tz_hint: tzinfo | None = None, url: str | None = None, reference: date | None = None
) -> Reading:
    """Turn an HTML page into article text with its metadata; never raises on bad markup."""
    page = _Page()
    _tokens(page, html)
    page.close()
    blocks, how = _body_blocks(page)
    text = ""
    regions: list[Region] = []
    if blocks:
        text, regions = _compose(blocks)
    else:
        library = _trafilatura()
        # trafilatura slows down badly on pages of tens of thousands of blocks (hostile or
        # not an article); those keep the built-in reading.
        if library is not None and len(page.blocks) <= _TRAFILATURA_MAX_BLOCKS:
            extracted = library.extract(html, include_comments=False, include_tables=False, deduplicate=False)
            if isinstance(extracted, str) and extracted.strip():
                text = "\n\n".join(line.strip() for line in extracted.splitlines() if line.strip())
                how = "trafilatura"
        if not text:
            text, regions = _compose(page.blocks)
            how = "page body"
    meta_url = url or page.canonical or page.meta.get("og:url")
    found = read_page_text(text, tz_hint=tz_hint, url=meta_url, reference=reference)
    return _merge(page, found, regions, text_source=how, tz_hint=tz_hint, url=meta_url, text=text)


def _merge(
    page: _Page,
    found: Reading,
    regions: list[Region],
    *,
    text_source: str,
    tz_hint: tzinfo | None,
    url: str | None,
    text: str,
) -> Reading:
    """Page metadata (JSON-LD first, then ``<meta>``) over what the text itself showed."""
    ld: dict[str, Any] = {}
    for source in page.jsonld:
        try:
            data = json.loads(source)
        except (ValueError, RecursionError):
            continue
        for obj in _walk_jsonld(data):
            for key, value in obj.items():
                ld.setdefault(key, value)
    m = page.meta
    site = _text(ld.get("publisher")) or m.get("og:site_name") or m.get("application-name")
    outlet = outlet_from_url(url)
    if outlet is None and site:
        outlet = _data.outlet_names().get(site.casefold())
    outlet_name = outlet.name if outlet else (site or found.outlet)
    tz = tz_hint or _data.zone(outlet.tz if outlet else None)
    if tz is None and found.published is not None:
        tz = found.published.tzinfo
    meta: dict[str, Any] = dict(found.meta)
    meta["html_text_from"] = text_source

    published = _moment(_text(ld.get("datePublished")), tz)
    if published is not None:
        meta["published_source"] = "json-ld"
    else:
        for key in _META_PUBLISHED:
            published = _moment(m.get(key), tz)
            if published is not None:
                meta["published_source"] = f"meta {key}"
                break
    if published is None:
        published = found.published
    updated = _moment(_text(ld.get("dateModified")), tz) or next(
        (u for k in _META_UPDATED if (u := _moment(m.get(k), tz)) is not None), None
    )
    if updated is not None:
        meta["updated"] = updated.isoformat()

    title = _text(ld.get("headline")) or m.get("og:title") or m.get("twitter:title")
    if not title:
        heads = [r for r in regions if r.kind == "headline"]
        title = text[heads[0].start : heads[0].end] if heads else None
    if not title and page.title:
        title = _strip_site(_SPACES.sub(" ", "".join(page.title)).strip(), site) or None
    title = title or found.title

    authors = (
        _authors(_names(ld.get("author")))
        or _authors([m[k] for k in _META_AUTHOR if m.get(k)])
        or found.authors
    )
    section = _text(ld.get("articleSection")) or m.get("article:section") or found.section
    lang = m.get("og:locale") or m.get("language")
    if lang:
        meta["language"] = lang
    # What the text reader marked is finer (a caption without its credit); the markup fills gaps.
    marked = list(found.regions)
    for r in regions:
        if not any(f.kind == r.kind and f.start < r.end and r.start < f.end for f in found.regions):
            marked.append(r)
    all_regions = sorted(set(marked), key=lambda r: (r.start, r.end, r.kind, r.label or ""))
    return Reading(
        text=text,
        title=title,
        published=published,
        authors=authors,
        section=section,
        outlet=outlet_name,
        url=url,
        regions=tuple(all_regions),
        meta=meta,
    )
