"""Bundled newsfacts plugin ``page_reader``: reads scraped news pages and HTML into an Article.

It implements the reading hook as the last reader tried (site plugins go first). For
text it never changes a character: it finds the headline, the publication and update
times (in the outlet's time zone, or the caller's ``tz``), the byline's authors, the
outlet, the section, the dateline, photo captions and credits, and marks page chrome
(menus, share buttons, related-article lists) as regions the extraction plugins skip.
For HTML it makes the article text first (see ``_html``) and reads ``<meta>`` tags and
JSON-LD. Plain prose that shows none of this is passed on untouched (``None``).
"""

from __future__ import annotations

from datetime import date, datetime, tzinfo

from newsfacts import Article, RawDocument, hookimpl

from . import _data, _scraped, _stamps
from ._html import decode_html, looks_like_html, read_html
from ._scraped import Reading, read_page_text

__all__ = ["DATA_ENV", "newsfacts_read_article", "read_raw", "reload_data"]

DATA_ENV = _data.DATA_ENV


def reload_data() -> None:
    """Forget the loaded tables and the patterns built from them (after changing ``NEWSFACTS_PAGE_READER_DATA``)."""
    for cached in (
        _data.outlets,
        _data.outlet_names,
        _data.outlet_names_longest_first,
        _data.chrome_lines,
        _data.chrome_prefixes,
        _data.sections,
        _data.stamp_labels,
        _data.zone_abbreviations,
        _data.dateline_places,
        _data.credits,
        _data.credit_roles,
        _data.credit_desks,
        _data.byline_words,
        _data.byline_words_by_last,
        _data.zone,
        _data.zone_areas,
        _stamps._zone_alternatives,
        _stamps.datetime_pattern,
        _scraped._labelled_stamp,
        _scraped._any_label,
        _scraped._credit_role,
        _scraped._credit_firsts,
        _scraped.bare_stamp,
        _scraped._byline_endings,
    ):
        cached.cache_clear()


def _url(raw: RawDocument) -> str | None:
    url = raw.hints.get("url")
    if isinstance(url, str) and url:
        return url
    if raw.name and "://" in raw.name:
        return raw.name
    return None


def _reference(published: object) -> date | None:
    """The date of the caller's ``published`` hint (an ISO string), if it reads."""
    if isinstance(published, datetime):
        return published.date()
    if isinstance(published, str):
        try:
            return datetime.fromisoformat(published.replace("Z", "+00:00")).date()
        except ValueError:
            return None
    return None


def read_raw(raw: RawDocument) -> Reading | None:
    """What the page reader finds in ``raw``: ``None`` for undecodable text or plain prose."""
    tz_name = raw.hints.get("tz")
    tz: tzinfo | None = _data.zone(tz_name) if isinstance(tz_name, str) else None
    url = _url(raw)
    reference = _reference(raw.hints.get("published"))
    html = raw.media_type == "text/html"
    if isinstance(raw.data, bytes):
        if html or (raw.media_type is None and looks_like_html(raw.data[:4096].decode("latin-1"))):
            return read_html(decode_html(raw.data), tz_hint=tz, url=url, reference=reference)
        try:
            text = raw.text()
        except UnicodeDecodeError:
            return None  # the core reports undecodable input clearly
    else:
        text = raw.data
        if html or (raw.media_type is None and looks_like_html(text[:4096])):
            return read_html(text, tz_hint=tz, url=url, reference=reference)
    found = read_page_text(text, tz_hint=tz, url=url, reference=reference)
    return found if found.found_anything() else None


def _article(found: Reading) -> Article:
    return Article(
        text=found.text,
        title=found.title,
        published=found.published,
        url=found.url,
        authors=found.authors,
        section=found.section,
        outlet=found.outlet,
        regions=found.regions,
        meta=found.meta,
    )


@hookimpl(trylast=True)
def newsfacts_read_article(raw: RawDocument) -> Article | None:
    """Read a scraped page or an HTML page into an Article; pass (``None``) on plain prose."""
    found = read_raw(raw)
    if found is None:
        return None
    return _article(found)
