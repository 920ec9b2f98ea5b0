"""Reading a news page kept as text: headline, time stamps, byline, dateline, captions and chrome.

The text is never changed. One pass over its lines classifies each one (menu item,
time stamp, byline, photo credit, prose...) with cheap tests first and short patterns
only where a line can be what they look for; then the lines above the first paragraph of
prose (the page's header) are read for the headline, which is the line just above the
byline and time-stamp block, so a masthead or a "today's date" printed above it is never
taken for the headline or the publication time.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Iterator
from datetime import date, datetime, tzinfo
from functools import cache
from typing import Any
from urllib.parse import urlsplit

import regex
from attrs import define, field, frozen

from newsfacts import Region

from . import _data
from ._stamps import Stamp, datetime_pattern, read_stamp

__all__ = ["Reading", "bare_stamp", "normalise_name", "outlet_from_url", "read_page_text"]

#: Longest line the line-level patterns look at; longer lines are prose.
_SHORT = 200
#: Lines above the first paragraph of prose that are read as the page header.
_HEADER_LINES = 300
#: Lines read from the start of a text, and from its end once that many were read.
_MAX_LINES = 20_000
_TAIL_LINES = 2_000
_DIGIT = regex.compile(r"\d")
_BULLETS = " \t\u00a0\u3000•·▶►▷▸◆◇■□●○◦‣※*>|-–—"
_PROSE_END = tuple(".!?…")
_CLOSERS = tuple("\"”’')")


# --------------------------------------------------------------------------- patterns


@cache
def _labelled_stamp() -> regex.Pattern[str]:
    labels = sorted(_data.stamp_labels(), key=lambda s: (-len(s), s))
    alternatives = "|".join(regex.escape(label) for label in labels)
    return regex.compile(
        rf"(?P<label>{alternatives})(?:\s(?:on|at))?\s?[:：]?\s?(?P<dt>{datetime_pattern()})",
        regex.IGNORECASE,
    )


@cache
def bare_stamp() -> regex.Pattern[str]:
    return regex.compile(rf"(?P<dt>{datetime_pattern()})\s?(?:\(?(?:KST|local time)\)?)?", regex.IGNORECASE)


@cache
def _credit_role() -> regex.Pattern[str]:
    """A role of a wire credit line with its "by", at the start or after a ";" or ",": "; Editing by "."""
    roles = sorted(_data.credit_roles(), key=lambda s: (-len(s), s))
    alternatives = "|".join(regex.escape(role).replace(r"\ ", r"\s") for role in roles)
    # "Edited by: Martina Köhler", as DW prints it, takes a colon after "by"
    return regex.compile(rf"(?:^|[;,])\s{{0,3}}(?P<role>{alternatives})\sby:?\s", regex.IGNORECASE)


@cache
def _credit_firsts() -> frozenset[str]:
    """The first letters of the credit-line roles, casefolded."""
    return frozenset(role[:1] for role in _data.credit_roles())


#: the service a byline's reporter writes for, after the names: "... for RFA Korean"
_FOR_DESK = regex.compile(r"[ \t]+for[ \t]+\p{Lu}[\p{L}.&'’-]*(?:[ \t]+\p{Lu}[\p{L}.&'’-]*){0,3}\Z")
#: a staff title in lower case before the names of a byline: "By defence correspondent Tamsin Whitlock"
_LEADING_STAFF_TITLE = regex.compile(
    r"(?:(?:the|our)\s+)?(?:\p{Ll}[\p{Ll}-]*\s+){0,3}?(?P<title>\p{Ll}+)\s+(?=\p{Lu})"
)
#: a byline and a time stamp on one line, split by a dash or a bar: "By Ha Yoon Ah - 2026.06.22 4:30pm"
_BYLINE_AND_STAMP = regex.compile(r"(?P<by>[Bb][Yy]\s.+?)\s+[-–—|·]\s+(?P<stamp>\S.*\d.*)")
#: the labels of a byline that names its reporters without "By": "Reporter : Oh Soo-bin"
_BYLINE_LABELS = ("reporter", "reporters", "written by", "writer", "correspondent")
_LABELLED_BYLINE = regex.compile(
    r"(?i:reporters?|written\s+by|writer|correspondent)\s?[:：]\s?(?P<names>\p{Lu}[^:：]{1,120})"
)
#: a reading or listening time printed as a line of its own: "5 min", "4 min read"
_READING_TIME = regex.compile(r"(?:reading time:?\s?)?\d{1,2}\s?(?:min|mins|minutes?)(?:\s(?:read|listen))?")
_SEPARATORS = regex.compile(r"[\s|•·,/()\[\]\-–—]*")
_EMAIL = regex.compile(r"[A-Za-z0-9._%+\-]{1,64}@[A-Za-z0-9\-]{1,63}(?:\.[A-Za-z0-9\-]{1,63}){1,8}")
_EMAIL_LINE = regex.compile(r"(?:e-?mail\s?:?\s?)?[\[(<]?(?P<email>" + _EMAIL.pattern + r")[\])>]?", regex.I)
_NAME_WORD = regex.compile(r"\p{Lu}[\p{L}'’.]*(?:-[\p{L}'’]+){0,3}")  # "Tomaž", "Nordbø" too
_NAME_SPLIT = regex.compile(r"\s*(?:,|;|&|\band\b)\s*")
_NOT_NAME_WORDS = frozenset(
    [
        "the",
        "a",
        "an",
        "of",
        "in",
        "on",
        "at",
        "for",
        "to",
        "from",
        "with",
        "by",
        "this",
        "that",
        "these",
        "those",
        "photo",
        "photos",
        "image",
        "file",
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "north",
        "south",
        "korea",
        "korean",
        "news",
        "editorial",
        "opinion",
    ]
)
#: an editors' note line of a wire story: "(ATTN: UPDATES with ... in paras 7-9)"
_WIRE_NOTE = regex.compile(r"\((?:ATTN|ATTENTION|EDITORS?|EDS)\s*:")
#: a wire tag before a headline: "(LEAD) ", "(2nd LD) ", "(3rd LD, CORRECTED) ", "(News Focus) "
_WIRE_TAG = regex.compile(r"\((?P<tag>[^()\n]{2,40})\)[ \t]+(?=\S)")
_NUMBERED_LEAD = regex.compile(r"\d{1,2}(?:st|nd|rd|th)[ \t]+LD\b", regex.IGNORECASE)
_KICKER = regex.compile(r"\[(?P<tag>[A-Z][A-Za-z0-9 &'’.,:\-]{1,40})\]")
_TRAILING_CREDIT = regex.compile(r"[\[(](?P<credit>[^\[\]()\n]{2,80})[\])]\s*$")
#: a line that is nothing but a labelled credit for the picture above or below it
_LABELLED_CREDIT = regex.compile(
    r"(?i)(?:photo|image|illustration|graphic|chart)s?\s?(?:by\s|:\s?)\S[^.!?]*\Z"
)
_CREDIT_FORM = regex.compile(
    r"(?:(?:photo|photos|image|video|graphic|illustration|chart)s?\s?(?:by|:|courtesy of)\s?\S"
    r"|courtesy of\s\S"
    r"|.{0,40}\bphoto by\s\S"
    r"|(?:ap|afp|yonhap|reuters|epa|kcna|pool)\s?photo\s?/"
    r"|[A-Z][^/]{2,40}\s?/\s?(?:the\s)?[A-Z])",
    regex.IGNORECASE,
)

_MONTH_CAP = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)
_DATELINE = regex.compile(
    # One place, or up to three joined by "/" as wire stories filed from two cities are
    # ("BEIJING/SEOUL, Dec 21 (Reuters) -").
    r"(?P<place>[A-Z][A-Z'’.\-]+(?:\s[A-Z][A-Z'’.\-]+){0,3}(?:/[A-Z][A-Z'’.\-]+(?:\s[A-Z][A-Z'’.\-]+){0,3}){0,2})"
    r"(?:,\s(?P<region>[A-Z][A-Za-z.]+(?:\s[A-Z][A-Za-z.]+){0,2}))?"
    rf"(?:,\s(?P<date>(?P<mon>{_MONTH_CAP})\.?\s(?P<day>[0-3]?\d)(?:,\s(?P<year>(?:19|20)\d\d))?))?"
    r"(?:\s?\((?P<agency>[A-Z][A-Za-z&.\- ]{0,40})\))?"
    r"\s?(?P<dash>--|—|–|-)\s"
)
_MONTH_NUMBERS = {
    m: i
    for i, m in enumerate(
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], 1
    )
}


# --------------------------------------------------------------------------- results


@frozen(kw_only=True)
class Reading:
    """What the page reader found: the article text, metadata, regions and extra facts for ``Article.meta``."""

    text: str
    title: str | None = None
    published: datetime | None = None
    authors: tuple[str, ...] = ()
    section: str | None = None
    outlet: str | None = None
    url: str | None = None
    regions: tuple[Region, ...] = ()
    meta: dict[str, Any] = field(factory=dict)

    def found_anything(self) -> bool:
        """True when the text showed any sign of being a page (so the reader claims it)."""
        return bool(self.title or self.published or self.authors or self.regions or self.meta)


@define
class _Line:
    """One non-blank line: where its content starts and ends, and what it was found to be."""

    start: int
    end: int
    text: str
    kind: str = ""
    label: str | None = None
    blank_before: bool = False
    data: Any = None
    continues: bool = False  # the next line goes on with the sentence: a hard-wrapped paragraph
    #: a bare time stamp sharing a byline's line ("By Ha Yoon Ah - 2026.06.22 4:30pm"): the
    #: match and its offset in the line
    stamp: tuple[regex.Match[str], int] | None = None


@define
class _State:
    """Everything the pass over the lines collects."""

    regions: list[tuple[int, int, str, str | None]] = field(factory=list)
    stamps: list[tuple[str, regex.Match[str], int]] = field(factory=list)
    authors: list[str] = field(factory=list)
    emails: list[str] = field(factory=list)
    editors: list[str] = field(factory=list)
    contributors: list[str] = field(factory=list)
    credits: list[str] = field(factory=list)
    outlets: list[tuple[int, str]] = field(factory=list)
    sections: list[str] = field(factory=list)

    def region(self, start: int, end: int, kind: str, label: str | None = None) -> None:
        if end > start:
            self.regions.append((start, end, kind, label))

    def outlet(self, rank: int, name: str) -> None:
        self.outlets.append((rank, name))


# --------------------------------------------------------------------------- lines


def _lines(text: str) -> Iterator[_Line]:
    """The non-blank lines with their content bounds (bullets and surrounding spaces left out).

    A page has at most a few thousand lines; past ``_MAX_LINES`` only the last
    ``_TAIL_LINES`` (where bylines and footers stand) are read, so time stays bounded on
    hostile input such as millions of one-letter lines.
    """
    pos = 0
    n = len(text)
    blank = False
    count = 0
    while pos <= n:
        nl = text.find("\n", pos)
        if nl < 0:
            nl = n
        start, end = pos, nl
        while start < end and text[start] in _BULLETS:
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            line = _Line(start, end, text[start:end], blank_before=blank)
            nxt = nl + 1
            while nxt < n and text[nxt] in " \t\u00a0":
                nxt += 1
            line.continues = nxt < n and text[nxt].islower()  # "...ballistic\nmissile into"
            yield line
            blank = False
            count += 1
            if count == _MAX_LINES:
                tail = n
                for _ in range(_TAIL_LINES):
                    tail = text.rfind("\n", 0, tail)
                    if tail < 0:
                        break
                if tail > nl:
                    nl, blank = tail, True
        else:
            blank = True
        pos = nl + 1


def _is_prose(line: _Line) -> bool:
    t = line.text
    if len(t) >= 160:
        return True
    return len(t) >= 60 and (_ends_sentence(t) or line.continues) and t.count(" ") >= 7


def _ends_sentence(t: str) -> bool:
    """True when ``t`` ends as a sentence does: a full stop, "!", "?" or "…", perhaps inside a
    closing quote or bracket ('... said.”'); a headline ending with a quoted phrase ("... as
    ‘worn-out record’") does not."""
    if t.endswith(_PROSE_END):
        return True
    return t.endswith(_CLOSERS) and t[:-1].rstrip("\"”’')").endswith(_PROSE_END)


def normalise_name(name: str) -> str:
    """A byline name in the case news text uses: "KIM TONG-HYUNG" -> "Kim Tong-hyung"; others unchanged."""
    words = []
    for word in name.split():
        if len(word) > 1 and word.isupper():
            parts = word.split("-")
            head = parts[0][:1] + parts[0][1:].lower()
            word = "-".join([head, *(p.lower() for p in parts[1:])])
        words.append(word)
    return " ".join(words)


def _person_name(text: str) -> str | None:
    """``text`` if it reads as one person's name (2-5 capitalised words), else ``None``."""
    words = text.split()
    if not 2 <= len(words) <= 5 or words[0].casefold() in _data.outlet_names():
        return None  # "Axios Media Trends": a newsletter of the outlet, no person
    for w in words:
        if not _NAME_WORD.fullmatch(w) or w.casefold().strip(".") in _NOT_NAME_WORDS:
            return None
    return normalise_name(text)


def _strip_trailing_words(body: str) -> tuple[str, bool]:
    """Remove staff titles and outlet names from the end of a byline's names."""
    stripped = False
    table = _data.byline_words_by_last()
    while body:
        folded = body.casefold()
        last = folded.rsplit(None, 1)[-1]
        for word in table.get(last, ()):
            if folded.endswith(word) and (len(folded) == len(word) or not folded[-len(word) - 1].isalnum()):
                body = body[: len(body) - len(word)].rstrip(" ,/|-–—(").rstrip()
                if body.casefold().endswith((" of", " for")):
                    body = body[: body.rfind(" ")].rstrip()
                stripped = True
                break
        else:
            break
    return body, stripped


@cache
def _byline_endings() -> tuple[str, ...]:
    """The staff titles a byline without "By" ends with ("..., Nikkei staff writer"), folded."""
    return tuple(
        w for words in _data.byline_words_by_last().values() for w in words if not w.startswith("in ")
    )


#: a staff post after the names and a comma, however it is worded: ", Senior Football Writer"
_STAFF_TAIL = regex.compile(
    r"(?i),\s*(?:[\p{L}'’.-]+\s+){0,4}(?:writer|reporter|correspondent|editor|columnist|critic)s?\s*\Z"
)
#: a short aside in brackets closing a byline: the writer's post or desk, "(Seoul, correspondent)"
_POST_AFTER = regex.compile(r"\s*\([^()@]{1,60}\)\s*\Z")


def _byline(t: str) -> tuple[list[str], list[str]] | None:
    """A line "By Name (email)" / "By A and B, staff reporter": (names, e-mails), or ``None``.

    Without "By", a line of names, a comma and a staff title is a byline too ("KIM JAEWON,
    Nikkei staff writer"), as long as it is short.
    """
    if len(t) < 5:
        return None
    if t[:2].casefold() != "by" or not t[2].isspace():
        email = _EMAIL.search(t) if "@" in t else None
        if email is not None:
            # "Min-Ji Cho minji@donga.com": a name and its e-mail address, nothing else
            name = _person_name(t[: email.start()].strip(" ,;:|/-–—([<"))
            rest = t[email.end() :].strip(" )]>")
            return ([name], [email.group()]) if name is not None and not rest else None
        if "," not in t or len(t.split()) > 8:
            return None
        names_part, _, tail = t.partition(",")
        tail, stripped = _strip_trailing_words(tail.strip())
        if not stripped or tail:
            return None
        names: list[str] = []
        for part in _NAME_SPLIT.split(names_part.strip()):
            if part:
                name = _person_name(part)
                if name is None:
                    return None
                names.append(name)
        return (names, []) if names else None
    body = t[3:].strip()
    emails = [m.group() for m in _EMAIL.finditer(body)]
    if emails:
        body = _EMAIL.sub("", body)
        body = regex.sub(r"[\[(<]\s*[\])>]", "", body)
    aside = _POST_AFTER.search(body)
    if aside is not None:
        body = body[: aside.start()]  # "By Clémence Aubrac (Seoul, correspondent)": the post
    body = body.strip(" ,;:|/-–—()[]<>")
    lead = _LEADING_STAFF_TITLE.match(body)
    if lead is not None and lead.group("title").casefold() in _byline_endings():
        body = body[lead.end() :]  # "By defence correspondent Tamsin Whitlock"
    body, stripped = _strip_trailing_words(body)
    post = _STAFF_TAIL.search(body)
    if post is not None:
        body, stripped = body[: post.start()], True  # "By Oliver Pendry, Senior Football Writer"
    desk = _FOR_DESK.search(body)
    if desk is not None:
        body, stripped = body[: desk.start()], True  # "By Jung Yeon-woo for RFA Korean"
    if not body:
        return ([], emails) if stripped or emails else None
    names = []
    for part in _NAME_SPLIT.split(body):
        if not part:
            continue
        name = _person_name(part)
        if name is None:
            return None
        names.append(name)
    return (names, emails) if names else None


def _credited_names(text: str) -> list[str] | None:
    """The people of one part of a wire credit line ("Joyce Lee in Seoul and Ju-min Park in Tokyo").

    A place after "in" is left out; a desk ("Reuters staff", "Beijing Newsroom") gives no
    name. ``None`` when a part is neither a person's name nor a desk (so the line is prose).
    """
    names = []
    for part in _NAME_SPLIT.split(text):
        part = part.strip(" .")
        if not part:
            continue
        at = part.find(" in ")
        if at > 0:
            part = part[:at]
        if part.rsplit(None, 1)[-1].casefold() in _data.credit_desks():
            continue
        name = _person_name(part)
        if name is None:
            return None
        names.append(name)
    return names


def _wire_credits(t: str) -> tuple[list[str], list[str], list[str]] | None:
    """A wire story's credit line, "(Reporting by A in Seoul; Editing by B)": (authors, editors,
    contributors), or ``None``.

    The line must be made of nothing but "<role> by <names>" parts whose roles are in
    ``credit_roles.tsv``; reporters and writers are authors, editors are not.
    """
    first = t[1:2] if t[0] in "([" else t[0]
    head = t[:40].casefold()
    if (
        first.casefold() not in _credit_firsts()
        or len(t) > 600
        or (" by " not in head and " by:" not in head)
    ):
        return None  # the cheap tests: most lines begin with no role's first letter
    body = t
    if body[0] in "([":
        if body[-1] not in ")]":
            return None
        body = body[1:-1]
    body = body.strip().rstrip(".").rstrip()
    marks = list(_credit_role().finditer(body))
    if not marks or marks[0].start() != 0:
        return None
    roles = _data.credit_roles()
    authors: list[str] = []
    editors: list[str] = []
    contributors: list[str] = []
    lists = {"author": authors, "contributor": contributors}
    for i, m in enumerate(marks):
        end = marks[i + 1].start() if i + 1 < len(marks) else len(body)
        names = _credited_names(body[m.end() : end])
        if names is None:
            return None
        role = " ".join(m.group("role").split()).casefold()
        lists.get(roles.get(role, ""), editors).extend(names)
    return authors, editors, contributors


#: "Associated Press writers Kenji Moriyama in Tokyo and Ellen Voss in Beijing contributed to this report."
_CONTRIBUTED = regex.compile(
    r"(?:[\p{L}.&' ]{0,40}?\b(?:writers?|reporters?|journalists?|correspondents?)[ \t]+)?"
    r"(?P<names>\p{Lu}.{2,300}?)[ \t]+contributed(?:[ \t]+reporting)?[ \t]+to[ \t]+this[ \t]+(?:report|story)\.?",
)


#: "—With assistance from Jiyoung Choi and Ruth Callahan.": Bloomberg's contributor line
_ASSISTED = regex.compile(
    r"[(—–-]{0,2}[ \t]*With[ \t]+assistance[ \t]+from[ \t]+(?P<names>\p{Lu}.{2,300}?)\.?\)?",
    regex.IGNORECASE,
)


def _contributors(t: str) -> list[str] | None:
    """The people of an agency's contributor line ("... writers A in Tokyo and B in Beijing
    contributed to this report.", "—With assistance from A and B."), or ``None`` when ``t``
    is no such line."""
    if len(t) > 400:
        return None
    if "contributed" in t and t.endswith(("report.", "story.", "report", "story")):
        m = _CONTRIBUTED.fullmatch(t)
    elif "ssistance" in t:
        m = _ASSISTED.fullmatch(t)
    else:
        return None
    if m is None:
        return None
    names = _credited_names(m.group("names"))
    return names or None


def _credit(t: str) -> bool:
    """True when a short line is a photo credit ("Yonhap", "Park Hyun-koo/The Korea Herald")."""
    if len(t) > 80:
        return False
    core = t.strip("[]() ").casefold()
    return core in _data.credits() or bool(_CREDIT_FORM.match(t))


@cache
def _any_label() -> re.Pattern[str]:
    labels = sorted(_data.stamp_labels(), key=lambda s: (-len(s), s))
    return re.compile("|".join(re.escape(label) for label in labels), re.IGNORECASE)


def _whole_line_stamps(t: str) -> list[tuple[str, regex.Match[str], int]] | None:
    """The labelled time stamps filling a line (with only separators between), or ``None``.

    An unlabelled stamp may open the line before labelled ones: it is the publication time
    ("22 Jan 2026 02:15PM (Updated: 22 Jan 2026 04:40PM)").
    """
    if not _any_label().search(t):
        return None
    found: list[tuple[str, regex.Match[str], int]] = []
    pos = 0
    lead = bare_stamp().match(t) if t[:1].isalnum() else None
    if lead is not None:
        found.append(("published", lead, 0))
        pos = lead.end()
    for m in _labelled_stamp().finditer(t, pos):
        if not _SEPARATORS.fullmatch(t, pos, m.start()):
            return None
        found.append((_data.stamp_labels()[m.group("label").casefold()], m, m.start()))
        pos = m.end()
    if not found or not _SEPARATORS.fullmatch(t, pos, len(t)):
        return None
    return found


def _is_section(t: str) -> bool:
    if len(t) > 60:
        return False
    parts = [p.strip().casefold() for p in regex.split(r"\s*[&>/|·,»]\s*|\s+and\s+", t)]
    names = _data.sections()
    return all(p in names for p in parts if p) and any(parts)


def _classify(line: _Line, in_header: bool) -> None:
    """Give a line its kind from its own text (context-free tests only)."""
    t = line.text
    credits = _wire_credits(t)
    if credits is not None:
        line.kind, line.data = "credits", credits
        return
    contributors = _contributors(t)
    if contributors is not None:
        line.kind, line.data = "contributors", contributors
        return
    if in_header and t.startswith("("):
        if _WIRE_NOTE.match(t) and t.endswith(")"):
            line.kind, line.label = "chrome", "editors' note"
            return
        tag = _wire_tag(t)
        if tag:
            # "(2nd LD) N. Korea says ...": a headline behind the wire's tag, however long
            line.kind, line.label, line.data = "", "tagged", tag
            return
    if len(t) > _SHORT:
        line.kind = "prose"
        return
    folded = t.casefold()
    chrome = _data.chrome_lines().get(folded)
    if chrome == "line":
        line.kind, line.label = "chrome", "page furniture"
        return
    if chrome == "list":
        line.kind = "list"
        return
    if chrome is None and len(t) <= 80 and _button_row(folded):
        line.kind, line.label = "chrome", "page furniture"  # "Facebook Twitter Email"
        return
    if len(t) <= 24 and _READING_TIME.fullmatch(folded):
        line.kind, line.label = "chrome", "reading time"  # "5 min", "4 min read"
        return
    if folded.startswith(_data.chrome_prefixes()) or "all rights reserved" in folded:
        line.kind, line.label = "chrome", "footer"
        return
    if folded in _data.outlet_names():
        line.kind, line.label = "masthead", "masthead"
        return
    if len(t) <= 100 and _LABELLED_CREDIT.match(t):
        line.kind, line.label = "chrome", "photo credit"  # "Illustration: Maëlle Torrent/Axios"
        return
    if _is_prose(line) and "@" not in t and not folded.startswith("by "):
        # A sentence: no stamp or byline fills a line like this (the common case, kept cheap).
        line.kind = "prose"
        return
    if _DIGIT.search(t):
        stamps = _whole_line_stamps(t)
        if stamps:
            line.kind, line.data = "stamp", stamps
            return
        bare = bare_stamp().fullmatch(t)
        if bare:
            line.kind, line.data = "date", bare
            return
        sect = _DATE_THEN_SECTION.fullmatch(t)
        if sect is not None and _is_section(sect.group(2)):
            bare = bare_stamp().fullmatch(t, 0, sect.end(1))
            if bare:
                line.kind, line.data = "date", bare  # "Feb 18, 2026 - Media"
                return
    if "@" in t:
        by = _byline(t)
        if by is not None:
            line.kind, line.data = "byline", by
            return
        email = _EMAIL_LINE.fullmatch(t)
        if email:
            line.kind, line.data = "email", email.group("email")
            return
    elif folded.startswith("by ") or (in_header and "," in t and folded.endswith(_byline_endings())):
        by = _byline(t)
        if by is None and folded.startswith("by "):
            # "By Ha Yoon Ah - 2026.06.22 4:30pm": the names, a dash and the page's time stamp
            split = _BYLINE_AND_STAMP.fullmatch(t)
            stamp = bare_stamp().fullmatch(split.group("stamp")) if split is not None else None
            if split is not None and stamp is not None:
                by = _byline(split.group("by"))
                if by is not None:
                    line.stamp = (stamp, split.start("stamp"))
        if by is not None:
            line.kind, line.data = "byline", by
            return
    elif folded.startswith(_BYLINE_LABELS):
        # "Reporter : Oh Soo-bin", as broadcasters' pages label the byline
        label = _LABELLED_BYLINE.fullmatch(t)
        names = _credited_names(label.group("names")) if label is not None else None
        if names:
            line.kind, line.data = "byline", (names, [])
            return
    if _is_prose(line):
        line.kind = "prose"
        return
    if in_header:
        if _is_section(t):
            line.kind, line.label = "section", "section"
            return
        dated = _SECTION_BEFORE_DATE.match(t)
        if dated is not None and _is_section(dated.group(1)) and bare_stamp().fullmatch(t, dated.end()):
            # "NEWS  17 February 2027": the section, and the page's date beside it
            line.kind, line.label, line.data = "section", "section", dated.group(1)
            return
        words = len(t.split())
        if (words <= 2 and not _DIGIT.search(t)) or (words <= 3 and t.isupper()):
            line.kind, line.label = "chrome", "navigation"
            return


#: a date, a separator and a section name: "Feb 18, 2026 - Media"
_DATE_THEN_SECTION = regex.compile(r"(.+?)[ \t]+[-–—|·][ \t]+(\p{L}[\p{L} &]{0,30})")
#: a section name and a gap before a date: "NEWS  17 February 2027"
_SECTION_BEFORE_DATE = regex.compile(r"(\p{L}[\p{L} ]{0,30}?)[ \t|·]{2,6}(?=\d)")


def _button_row(folded: str) -> bool:
    """True when a short line is two or more buttons each of which is a chrome line of its
    own ("facebook twitter email", "share | print"): a row of share buttons."""
    words = [w for w in _BUTTON_SPLIT.split(folded) if w]
    lines = _data.chrome_lines()
    return len(words) >= 2 and all(lines.get(w) == "line" for w in words)


_BUTTON_SPLIT = regex.compile(r"[\s|·•/]+")


def _wire_tag(t: str) -> int:
    """Where the headline starts after a wire tag opening ``t`` ("(LEAD) ..."), or 0."""
    m = _WIRE_TAG.match(t)
    if m is None:
        return 0
    tag = m.group("tag").split(",")[0].strip()
    if tag.casefold() in _data.wire_tags() or _NUMBERED_LEAD.fullmatch(tag):
        return m.end()
    return 0


#: words that may stand between the capitalised words of a section label ("Autos & Transportation")
_LABEL_JOINERS = frozenset({"&", "and", "of", "the", "for"})


def _menu_like(t: str) -> bool:
    """A line of menu items ("Subscribe | Log in", "News · Economy · Tourism", "HOME  WORLD
    US  COMPANIES") or a section label of at most three capitalised words ("Autos &
    Transportation")."""
    words = t.split()
    if any(w in ("|", "·", "•", "›", ">", "/") for w in words) or _spaced_menu(t):
        return True
    return len(words) <= 3 and all(w[:1].isupper() or w in _LABEL_JOINERS for w in words)


#: the marks that separate the items of a menu line
_MENU_MARKS = frozenset({"|", "·", "•", "›"})


def _menu_items(t: str) -> bool:
    """A line of three or more menu items ("News | Opinion | Sport"), whatever their words."""
    return sum(1 for w in t.split() if w in _MENU_MARKS) >= 2 or _spaced_menu(t)


#: two or more spaces between the items of a menu: "HOME  WORLD  US  COMPANIES"
_WIDE_GAP = regex.compile(r"[ \t]{2,}")


def _spaced_menu(t: str) -> bool:
    """A line of four or more short capitalised items set apart by wide gaps, as a menu
    kept as text prints them ("Home  News  Sport  Business")."""
    if "  " not in t:
        return False
    items = _WIDE_GAP.split(t.strip())
    return len(items) >= 4 and all(len(i.split()) <= 3 and i[:1].isupper() for i in items)


def _headline_like(t: str) -> bool:
    words = len(t.split())
    return (
        2 <= words <= 40
        and len(t) <= 250
        and not t.endswith((".", ":", ","))
        and "@" not in t
        and "://" not in t
        and any(c.isalpha() for c in t)
    )


# --------------------------------------------------------------------------- the reader


def outlet_from_url(url: str | None) -> _data.Outlet | None:
    """The outlet whose site ``url`` is on."""
    if not url or "." not in url:
        return None
    try:
        host = urlsplit(url if "//" in url else "//" + url).hostname
    except ValueError:
        return None
    return _data.outlet_for_domain(host) if host else None


def read_page_text(
    text: str, *, tz_hint: tzinfo | None = None, url: str | None = None, reference: date | None = None
) -> Reading:
    """Read a page kept as text. Offsets in the result are offsets into ``text`` as given.

    ``reference`` (the caller's publication date) gives a year to a dateline's date
    when the page shows no time stamp of its own.
    """
    state = _State()
    header: list[_Line] = []
    in_header = True
    body_paragraphs = 0
    list_mode = False
    prev: _Line | None = None
    dateline: dict[str, Any] | None = None
    kicker_done = False
    has_body = False
    lines = list(_lines(text))  # bounded by _lines; read ahead to tell a deck from the body
    for n, line in enumerate(lines):
        _classify(line, in_header)
        if (
            in_header
            and line.kind == "prose"
            and _deck_above_stamp(line, header, lines[n + 1 : n + 1 + _DECK_LOOKAHEAD])
        ):
            line.kind = ""  # a deck or a headline written as a sentence, with the stamp below
        if in_header:
            if line.kind == "prose":
                in_header = False
                has_body = True
            elif len(header) >= _HEADER_LINES:
                in_header = False
            else:
                header.append(line)
                prev = line
                continue
        # -- body lines
        if line.kind == "list":
            list_mode = True
            state.region(line.start, line.end, "chrome", "related articles")
        elif list_mode and line.kind != "prose":
            state.region(line.start, line.end, "chrome", "related articles")
        else:
            list_mode = False
            _body_line(line, prev, state)
        if line.kind == "prose" or (line.kind == "" and len(line.text) > 40):
            body_paragraphs += 1
            if not kicker_done:
                kicker_done = True
                k = _KICKER.match(line.text)
                if k and not _credit(k.group("tag")):
                    state.region(line.start, line.start + k.end(), "chrome", "kicker")
            if dateline is None and body_paragraphs <= 3:
                dateline = _read_dateline(line, state)
        prev = line
    # Without prose below it, a "header" is no header: no line of it is taken for a headline.
    # The header's bylines come first, before names the body's lines gave (an e-mail line at the end).
    body_authors, body_emails = list(state.authors), list(state.emails)
    state.authors.clear()
    state.emails.clear()
    title = _read_header(header, state, has_body)
    state.authors.extend(body_authors)
    state.emails.extend(body_emails)
    return _finish(text, state, title, dateline, tz_hint, url, reference)


#: how many lines after a sentence-like line are read for the stamp or byline it stands over
_DECK_LOOKAHEAD = 4


def _deck_above_stamp(line: _Line, header: list[_Line], ahead: list[_Line]) -> bool:
    """True when a line that reads as prose is a headline or a deck: no stamp or byline has
    been seen yet, and one follows within the few lines ``ahead`` ("South Korea wants
    nuclear-powered submarines. Can it fuel them?" over "Mar 12th 2026"; DW's deck over
    "Katrin Sommer in Seoul" and "11/19/2025"). The lines ahead are classified on copies."""
    if len(line.text) > 320 or len(header) >= _HEADER_LINES - _DECK_LOOKAHEAD:
        return False
    if any(h.kind in ("stamp", "byline", "prose") for h in header):
        return False
    for i, nxt in enumerate(ahead):
        probe = _Line(nxt.start, nxt.end, nxt.text, blank_before=nxt.blank_before, continues=nxt.continues)
        _classify(probe, True)
        if probe.kind in ("stamp", "date", "byline"):
            return True
        if probe.kind == "prose":
            return False
        if i + 1 < len(ahead) and _credited_names(nxt.text) and len(nxt.text) <= 100:
            below = _Line(ahead[i + 1].start, ahead[i + 1].end, ahead[i + 1].text)
            _classify(below, True)
            if below.kind in ("stamp", "date"):
                return True  # "Katrin Sommer in Seoul" over "11/19/2025"
    return False


def _body_line(line: _Line, prev: _Line | None, state: _State) -> None:
    """Mark what a body line is: chrome, a byline, a credit under a caption, a time stamp."""
    kind = line.kind
    if kind == "chrome":
        state.region(line.start, line.end, "chrome", line.label)
        if line.label == "footer":
            _outlet_in(line.text, state, rank=2)
    elif kind == "byline":
        _take_byline(line, state)
    elif kind == "contributors":
        state.region(line.start, line.end, "byline", "contributors")
        state.contributors.extend(line.data)
    elif kind == "email":
        state.region(line.start, line.end, "byline", "contact")
        state.emails.append(line.data)
        if prev is not None and not line.blank_before and prev.kind in ("", "credit", "masthead"):
            name = _person_name(prev.text)
            if name is not None:
                _drop_regions_of(state, prev)
                state.region(prev.start, prev.end, "byline", "name")
                state.authors.append(name)
    elif kind == "stamp":
        if prev is not None and prev.kind == "" and not line.blank_before and _byline_beside(prev):
            _drop_regions_of(state, prev)
            _take_byline(prev, state)  # "Kim Ji-hoon" over "22 Jan 2026 02:15PM"
        _take_stamps(line, state)
    elif kind == "date" and prev is not None and prev.kind == "byline" and not state.stamps:
        # "By Jeongwoo Nam" over "November 18, 2027": the page's date, below a deck
        m = line.data
        state.region(line.start, line.start + len(m.group()), "timestamp", "date")
        state.stamps.append(("date", m, line.start))
    elif kind == "credits":
        _take_credits(line, state)
    elif kind == "masthead":
        if prev is not None and not line.blank_before and _is_caption_line(prev) and _credit(line.text):
            _take_caption(prev, line, state)
        else:
            state.region(line.start, line.end, "chrome", "masthead")
    elif kind in ("", "date"):
        if (
            prev is not None
            and not line.blank_before
            and _is_caption_line(prev)
            and (_credit(line.text) or _person_name(line.text) is not None)
        ):
            _take_caption(prev, line, state)
            return
        _inline_caption(line, state)
    elif kind == "prose":
        _inline_caption(line, state)


def _is_caption_line(line: _Line) -> bool:
    return line.kind in ("prose", "") and len(line.text) <= 400 and line.text[-1:] not in (":",)


def _take_caption(caption: _Line, credit: _Line, state: _State) -> None:
    _drop_regions_of(state, caption)
    state.region(caption.start, caption.end, "caption", "photo")
    state.region(credit.start, credit.end, "credit", "photo")
    state.credits.append(credit.text)
    credit.kind = "credit"


def _inline_caption(line: _Line, state: _State) -> bool:
    """A short paragraph ending in a photo credit: "... in Seoul, Monday. [YONHAP]" or "(AP
    Photo/...)"; whether it was one."""
    t = line.text
    if len(t) > 400 or len(t) < 20:
        return False
    m = _TRAILING_CREDIT.search(t) if t[-1] in ")]" else None
    if m and _credit(m.group("credit")):
        start = line.start + m.start("credit")
        state.region(line.start, line.start + len(t[: m.start()].rstrip()), "caption", "photo")
        state.region(start, start + len(m.group("credit")), "credit", "photo")
        state.credits.append(m.group("credit"))
        return True
    dot = t.rfind(". ")
    if dot > 0 and _credit(t[dot + 2 :]) and len(t) - dot < 60:
        state.region(line.start, line.start + dot + 1, "caption", "photo")
        state.region(line.start + dot + 2, line.end, "credit", "photo")
        state.credits.append(t[dot + 2 :])
        return True
    return False


def _photographers(credit: str) -> list[str]:
    """The people a photo credit names beside its agency: "(Xinhua/Jiang Wenyao)", "AP
    Photo/Lee Jin-man", "Yonhap/Kim Do-hoon" -> the names, not the agencies."""
    parts = [p.strip(" ()[]") for p in credit.split("/")]
    if len(parts) < 2:
        return []
    out = []
    for part in parts:
        part = _PHOTO_WORD.sub("", part).strip()
        if part and part.casefold() not in _data.outlet_names() and not _credit(part):
            name = _person_name(part)
            if name is not None:
                out.append(name)
    return out


#: the words of a credit that name no one: "AP Photo/...", "Photo: ..."
_PHOTO_WORD = regex.compile(r"(?i)\b(?:photo|photos|image|images)\b:?")


def _drop_regions_of(state: _State, line: _Line) -> None:
    """Forget the regions just given to ``line`` (body regions are added in text order)."""
    regions = state.regions
    while regions and regions[-1][0] >= line.start and regions[-1][1] <= line.end:
        regions.pop()


def _take_byline(line: _Line, state: _State) -> None:
    names, emails = line.data
    if line.stamp is not None:
        m, offset = line.stamp
        start = line.start + offset
        state.region(line.start, line.start + len(line.text[:offset].rstrip(" -–—|·")), "byline", "byline")
        state.region(start, start + len(m.group().rstrip()), "timestamp", "date")
        state.stamps.append(("date", m, start))
    else:
        state.region(line.start, line.end, "byline", "byline")
    state.authors.extend(names)
    state.emails.extend(emails)
    _outlet_in(line.text, state, rank=3)


def _take_credits(line: _Line, state: _State) -> None:
    authors, editors, contributors = line.data
    state.region(line.start, line.end, "byline", "credits")
    state.authors.extend(authors)
    state.editors.extend(editors)
    state.contributors.extend(contributors)


def _take_stamps(line: _Line, state: _State) -> None:
    for role, m, offset in line.data:
        start = line.start + offset
        state.region(start, start + len(m.group().rstrip()), "timestamp", role)
        state.stamps.append((role, m, start))


def _outlet_in(t: str, state: _State, rank: int) -> None:
    folded = t.casefold()
    for name in _data.outlet_names_longest_first():
        at = folded.find(name)
        if at >= 0 and (at == 0 or not folded[at - 1].isalnum()):
            end = at + len(name)
            if end == len(folded) or not folded[end].isalnum():
                state.outlet(rank, _data.outlet_names()[name].name)
                return


def _read_header(header: list[_Line], state: _State, has_body: bool) -> str | None:
    """Read the lines above the article text; return the headline (regions and stamps go to ``state``)."""
    _bylines_without_by(header)
    anchor = next(
        (i for i, line in enumerate(header) if line.kind in ("stamp", "byline")),
        len(header),
    )
    # a date right under a headline-like line anchors the headline too, when it comes first
    # ("South Korea culls 1.2 million birds ..." over "21 January 2027", the byline later)
    anchor = next(
        (
            i
            for i in range(1, anchor)
            if header[i].kind == "date"
            and header[i - 1].kind == ""
            and _headline_like(header[i - 1].text)
            and not _menu_like(header[i - 1].text)
        ),
        anchor,
    )
    run: list[_Line] = []
    after_headline_dates: list[_Line] = []
    i = anchor - 1
    while i >= 0:
        line = header[i]
        if line.kind == "date" and not run:
            after_headline_dates.append(line)
        elif line.kind == "":
            run.append(line)
        elif line.kind == "chrome" and line.label == "editors' note" and not run:
            pass  # "(ATTN: UPDATES with ...)" stands between a wire headline and its byline
        else:
            break
        i -= 1
    run.reverse()
    title_line = None
    if has_body:
        likely = [line for line in run if _headline_like(line.text)]
        # a menu ("Subscribe | Log in") or a section label ("Autos & Transportation") above
        # the headline is no headline when a line that reads as one follows
        # a line of four words or more before a shorter one ("Add to myFT", a button above it)
        title_line = next(
            (line for line in likely if not _menu_like(line.text) and len(line.text.split()) >= 4),
            next((line for line in likely if not _menu_like(line.text)), likely[0] if likely else None),
        )
        if title_line is not None:
            for line in run[: run.index(title_line)]:
                if _menu_like(line.text):
                    state.region(line.start, line.end, "chrome", "navigation")
            for line in header:
                if line.start >= title_line.start:
                    break
                if line.kind == "" and _menu_items(line.text):
                    # "Europe | US | Americas | Asia": a menu above the headline, wherever it stands
                    state.region(line.start, line.end, "chrome", "navigation")
    # Short lines read as menus or sections only on a page that shows itself as one
    # (a masthead, a menu item from the table, a time stamp, a byline): "Kim said." alone is prose.
    evidence = any(
        line.kind in ("stamp", "byline", "email", "masthead")
        or (line.kind == "chrome" and line.label != "navigation")
        for line in header
    )
    has_chrome = evidence or any(line.kind in ("chrome", "section") for line in header)
    title = None
    if title_line is not None:
        title = title_line.text
        start = title_line.start
        if title_line.label == "tagged":
            # the wire's tag is furniture; the headline is the rest of the line
            cut = title_line.data
            state.region(start, start + len(title[:cut].rstrip()), "chrome", "wire tag")
            title, start = title[cut:], start + cut
        state.region(start, title_line.end, "headline", "headline")
        _name_beside_stamp(header, header.index(title_line))
        for line in run[run.index(title_line) + 1 :]:
            if line.kind == "" and not _inline_caption(line, state):
                state.region(line.start, line.end, "subheadline", "subheadline")
    in_run = {line.start for line in run}
    for line in header:
        if line.kind in ("section", "chrome") and line.label in ("section", "navigation") and not evidence:
            continue
        if line.kind in ("chrome", "masthead", "section"):
            state.region(line.start, line.end, "chrome", line.label)
            if line.kind == "masthead":
                state.outlet(1, _data.outlet_names()[line.text.casefold()].name)
            elif line.kind == "section":
                state.sections.append(line.data if isinstance(line.data, str) else line.text)
        elif line.kind == "stamp":
            _take_stamps(line, state)
        elif line.kind == "byline":
            _take_byline(line, state)
        elif line.kind == "credits":
            _take_credits(line, state)
        elif line.kind == "email":
            state.region(line.start, line.end, "byline", "contact")
            state.emails.append(line.data)
        elif (
            line.kind == ""
            and title_line is not None
            and line.start > title_line.start
            and line.start not in in_run
        ):
            _inline_caption(line, state)  # a captioned photo between the stamps and the story
        elif line.kind == "date":
            if line in after_headline_dates or (title_line is not None and line.start > title_line.start):
                m = line.data
                state.region(line.start, line.start + len(m.group()), "timestamp", "date")
                state.stamps.append(("date", m, line.start))
            elif title_line is not None or has_chrome:
                state.region(line.start, line.end, "chrome", "page date")
    return title


def _byline_beside(line: _Line) -> bool:
    """Make ``line`` a byline when it is people's names, perhaps each with a place after "in"
    ("Kim Ji-soo in Seoul and Zhang Yue in Beijing")."""
    names = _credited_names(line.text) if len(line.text) <= 100 else None
    if not names:
        return False
    line.kind, line.data = "byline", (names, [])
    return True


def _staff_title_line(t: str) -> bool:
    """True when ``t`` is only a staff title: one of ``byline_words.txt`` ("Seoul
    correspondent"), or one of its one-word titles after up to three words naming a place or a
    beat ("Korea Correspondent", "Asia economics correspondent")."""
    folded = " ".join(t.split()).casefold()
    if len(folded) > 40:
        return False
    if folded in _byline_endings():
        return True
    words = folded.split()
    return 2 <= len(words) <= 4 and words[-1] in _byline_endings() and all(w.isalpha() for w in words)


def _bylines_without_by(header: list[_Line]) -> None:
    """Bylines without "By" that anchor the headline above them as a stamp does, wherever
    they stand in the header: a line of names right over a line that is only a staff title
    ("Lim Yan Ting" over "Korea Correspondent"), a line of names right over a time stamp
    ("Lim Soo-jin" over "22 Jan 2026 02:15PM"), two lines of one name each ("Claire
    Donnelly" over "Minji Oh", as NPR prints its reporters), and a name alone right under
    the headline, over the picture's credit or the body. The first such line is taken."""
    for i in range(len(header) - 1):
        line, below = header[i], header[i + 1]
        if (
            not (line.kind == "" or (line.kind == "chrome" and line.label == "navigation"))
            or below.blank_before
        ):
            continue
        if _staff_title_line(below.text) and _byline_beside(line):
            below.kind, below.label, below.data = "byline", None, ([], [])
            return
        if (
            below.kind in ("stamp", "date")
            and _person_name(line.text.split(" in ", 1)[0]) is not None
            and _byline_beside(line)
        ):
            return
        if (
            below.kind in ("", "chrome")
            and _person_name(line.text) is not None
            and _person_name(below.text) is not None
            and _byline_beside(line)
        ):
            _byline_beside(below)
            return
    for i in range(1, len(header)):
        line, above = header[i], header[i - 1]
        if (
            (line.kind == "" or (line.kind == "chrome" and line.label == "navigation"))
            and above.kind == ""
            and len(above.text.split()) >= 4
            and _headline_like(above.text)
            and (i + 1 == len(header) or header[i + 1].label == "photo credit")
            and _person_name(line.text) is not None
            and _byline_beside(line)
        ):
            # a name alone under the headline, over the picture's credit or the body
            # ("Colleen Varga" under an Axios headline)
            return


def _name_beside_stamp(header: list[_Line], title_at: int) -> None:
    """A line of people's names right above or below a time stamp, with no blank line
    between, is the byline of a page that prints no "By" ("Kim Ji-hoon" over "22 Jan 2026
    02:15PM", "Jiwon Baek in Mokpo" over "Thu 16 Oct 2025 08.30 BST"); a place after "in"
    is left out. Names with their places may stand a blank line above the stamp. The first
    such line is taken."""
    for i in range(title_at + 1, len(header)):
        line = header[i]
        if line.kind != "" and not (line.kind == "chrome" and line.label == "navigation"):
            continue
        below = header[i + 1] if i + 1 < len(header) else None
        above = header[i - 1]
        beside = (below is not None and not below.blank_before and below.kind in ("stamp", "date")) or (
            not line.blank_before and above.kind in ("stamp", "date")
        )
        if not beside and below is not None and below.kind in ("stamp", "date") and " in " in line.text:
            # "Ellen Brandt in Seoul and Tomaž Kranjc in Ljubljana", a blank line, then
            # "Published April 16 2025": names with their cities are a byline across the gap
            beside = True
        # "Hannah Yoo" over "Seoul correspondent": a name, then the staff title on its own line
        titled = below is not None and not below.blank_before and _staff_title_line(below.text)
        if not (beside or titled):
            continue
        if _byline_beside(line):
            if titled and below is not None:
                below.kind, below.label, below.data = "byline", None, ([], [])
            return


def _read_dateline(line: _Line, state: _State) -> dict[str, Any] | None:
    m = _DATELINE.match(line.text)
    if m is None:
        return None
    place_text = m.group("place")
    if len(place_text.strip(".'’-")) < 2 or not any(c.isalpha() for c in place_text):
        return None
    places = [_data.dateline_places().get(p.casefold()) or (p.title(), None) for p in place_text.split("/")]
    info: dict[str, Any] = {
        "place": places[0][0],
        "place_text": place_text,
        "start": line.start,
        "end": line.start + m.end("dash"),
    }
    if len(places) > 1:
        info["places"] = [name for name, _ in places]
    if places[0][1]:
        info["tz"] = places[0][1]
    if m.group("region"):
        info["region"] = m.group("region")
    if m.group("date"):
        info["date_text"] = m.group("date")
        info["_month"] = _MONTH_NUMBERS[m.group("mon")[:3].casefold()]
        info["_day"] = int(m.group("day"))
        if m.group("year"):
            info["_year"] = int(m.group("year"))
    if m.group("agency"):
        info["agency"] = m.group("agency")
        outlet = _data.outlet_names().get(m.group("agency").casefold())
        if outlet is not None:
            state.outlet(4, outlet.name)
    state.region(line.start, line.start + m.end("dash"), "dateline", info["place"])
    return info


def _finish(
    text: str,
    state: _State,
    title: str | None,
    dateline: dict[str, Any] | None,
    tz_hint: tzinfo | None,
    url: str | None,
    reference: date | None,
) -> Reading:
    meta: dict[str, Any] = {}
    by_url = outlet_from_url(url)
    if by_url is not None:
        state.outlet(0, by_url.name)
    for email in state.emails:
        found = _data.outlet_for_domain(email.rpartition("@")[2])
        if found is not None:
            state.outlet(3, found.name)
            break
    outlet_name = min(state.outlets)[1] if state.outlets else None
    outlet = next((o for o in _data.outlets() if o.name == outlet_name), None)
    zone_name = outlet.tz if outlet and outlet.tz else (dateline or {}).get("tz")
    tz = tz_hint or _data.zone(zone_name)
    published: Stamp | None = None
    updated: Stamp | None = None
    day_first = outlet is not None and outlet.day_first
    for role, m, _ in sorted(state.stamps, key=lambda s: s[2]):
        stamp = read_stamp(m, tz, day_first)
        if stamp is None:
            continue
        if role in ("published", "date") and published is None:
            published = stamp
        elif role == "updated" and updated is None:
            updated = stamp
    source = "page time stamp"
    if published is None and updated is not None:
        # a page that prints only an update time ("Updated : 2026-03-10 19:20:47"): the
        # nearest thing to a publication time it gives
        published, source = updated, "page update stamp"
    if published is not None:
        meta["published_source"] = source
        if not published.has_zone:
            meta["published_zone"] = "assumed UTC"
        if not published.has_time:
            meta["published_precision"] = "day"
    if updated is not None:
        meta["updated"] = updated.isoformat()
    if dateline is not None:
        meta["dateline"] = _dateline_meta(
            dateline, reference or (published.when.date() if published else None)
        )
    if state.emails:
        meta["author_emails"] = list(dict.fromkeys(state.emails))
    if state.editors:
        meta["editors"] = list(dict.fromkeys(state.editors))
    if state.contributors:
        meta["contributors"] = list(dict.fromkeys(state.contributors))
    if state.credits:
        meta["photo_credits"] = list(dict.fromkeys(state.credits))
        photographers = [name for credit in meta["photo_credits"] for name in _photographers(credit)]
        if photographers:
            meta["photographers"] = list(dict.fromkeys(photographers))
    regions = [
        Region(start=start, end=end, kind=kind, label=label)
        for start, end, kind, label in sorted(
            set(state.regions), key=lambda r: (r[0], r[1], r[2], r[3] or "")
        )
    ]
    return Reading(
        text=text,
        title=title,
        published=published.when if published else None,
        authors=tuple(dict.fromkeys(state.authors)),
        section=state.sections[-1] if state.sections else None,
        outlet=outlet_name,
        url=url if url and "://" in url else None,
        regions=tuple(regions),
        meta=meta,
    )


def _dateline_meta(info: dict[str, Any], published: date | None) -> dict[str, Any]:
    """The dateline for ``Article.meta``, its date resolved against the publication date when it has no year."""
    out = {k: v for k, v in info.items() if not k.startswith("_") and k != "tz"}
    month, day = info.get("_month"), info.get("_day")
    if month is None or day is None:
        return out
    year = info.get("_year")
    if year is None and published is not None:
        year = published.year - (1 if month > published.month + 1 else 0)
    with contextlib.suppress(ValueError):
        out["date"] = date(year, month, day).isoformat() if year else f"XXXX-{month:02d}-{day:02d}"
    return out
