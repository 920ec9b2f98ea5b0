"""Check a held-out set's gold files against their article texts (standard library only).

Shared by the sets' own `check.py` scripts (`tests/articles_fresh7` and later), which call
:func:`main` with their folder:

    python check.py              # every *.gold.json of the set
    python check.py A.gold.json  # only the files named
    python check.py --review     # also list numbers, number words and date words that no
                                 # quantity or date item covers (for a human to look at)

It checks: valid JSON in the `newsfacts-gold/1` shape; the text file exists;
`published` is ISO-8601 with a timezone; the title stands in the text; every person,
organisation, place and trap word occurs in the text; a place marked `link: true` has at
least two different spellings standing verbatim in the text (otherwise there is nothing to
link); roles and quotes name gold persons and gold organisations; every quote opening stands
verbatim in the text, direct ones inside quotation marks and reported ones outside; every
quantity and date `text` is found at its `occurrence` and does not start or end inside a
longer word; quantities have numeric (or null) bounds with low <= high; TIMEX3 values are well
formed; a date whose text names a weekday ("Tuesday", "6 a.m. Sunday", "Saturday morning") and
whose value is a calendar day falls on that weekday; no two required items of one kind
overlap, and no span is listed twice; every word-bounded repeat of an annotated quantity or
date string is itself covered by some item (so later mentions are not missed); no two gold
files share an `id`.

It never runs newsfacts or the scorer. Exit status 1 when an error is found.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

KINDS = ("quantities", "dates")

DATE_RE = re.compile(
    r"(?P<y>\d{4}|\d{3}|\d{2}|XXXX)"
    r"(?:-(?P<m>\d{2})(?:-(?P<d>\d{2}))?"
    r"|-W(?P<w>\d{2})(?:-(?:WE|[1-7]))?"
    r"|-Q[1-4]|-H[12]|-(?:SP|SU|FA|WI))?"
)
TIME_RE = re.compile(r"T(?:(?P<h>\d{2}):(?P<mi>\d{2})(?::(?P<s>\d{2}))?|MO|MI|AF|EV|NI|DT)")
DUR_RE = re.compile(
    r"P(?:(?:\d+(?:\.\d+)?(?:CE|DE|Y|Q|M|W|D))+(?:T(?:\d+(?:\.\d+)?[HMS])+)?"
    r"|T(?:\d+(?:\.\d+)?[HMS])+)"
)
REFS = {"PRESENT_REF", "PAST_REF", "FUTURE_REF"}

OPEN_CLOSE = {"\u201c": "\u201d", "\u2018": "\u2019"}

WEEKDAYS = (
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
)
WEEKDAY_RE = re.compile(r"\b(" + "|".join(WEEKDAYS) + r")\b", re.IGNORECASE)
DAY_VALUE_RE = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?:T|$)")


def timex_ok(v: str) -> bool:
    if v in REFS or DUR_RE.fullmatch(v):
        return True
    if TIME_RE.fullmatch(v):
        return _time_fields_ok(TIME_RE.fullmatch(v))
    for i in range(len(v), 1, -1):
        m = DATE_RE.fullmatch(v[:i])
        if not m:
            continue
        rest = v[i:]
        if rest and not TIME_RE.fullmatch(rest):
            continue
        if m.group("m"):
            y = int(m.group("y")) if m.group("y").isdigit() and len(m.group("y")) == 4 else 2000
            try:
                dt.date(y, int(m.group("m")), int(m.group("d") or 1))
            except ValueError:
                return False
        if m.group("w") and not 1 <= int(m.group("w")) <= 53:
            return False
        return not (rest and not _time_fields_ok(TIME_RE.fullmatch(rest)))
    return False


def _time_fields_ok(m) -> bool:
    if m.group("h") is None:
        return True
    return int(m.group("h")) < 24 and int(m.group("mi")) < 60 and int(m.group("s") or 0) < 60


def locate(text: str, needle: str, occurrence: int = 1):
    pos = -1
    for _ in range(occurrence):
        pos = text.find(needle, pos + 1)
        if pos < 0:
            return None
    return pos, pos + len(needle)


def _index(items: list, item: dict) -> int:
    return next(i for i, x in enumerate(items) if x is item)


def word_bounded(text: str, s: int, e: int) -> bool:
    before = text[s - 1] if s > 0 else " "
    after = text[e] if e < len(text) else " "
    if before.isalnum() or after.isalnum():
        return False
    # inside a longer number: "1,900" holds "900", "14.2" holds "2"
    if before in ",." and s > 1 and text[s - 2].isdigit() and text[s].isdigit():
        return False
    return not (after in ",." and e + 1 < len(text) and text[e + 1].isdigit() and text[e - 1].isdigit())


def inside_quotes(text: str, pos: int) -> bool:
    """Is `pos` inside quotation marks, judged within its paragraph (line)?"""
    start = text.rfind("\n", 0, pos) + 1
    para = text[start:pos]
    if para.count('"') % 2 == 1:
        return True
    # curly double quotes
    last_open, last_close = para.rfind("\u201c"), para.rfind("\u201d")
    if last_open > last_close:
        return True
    # single quotes (nested quotes, headlines): curly only, apostrophes make straight ones useless
    last_open, last_close = para.rfind("\u2018"), para.rfind("\u2019")
    return last_open > last_close and last_open >= 0 and _is_open_single(para, last_open)


def _is_open_single(para: str, i: int) -> bool:
    return i == 0 or not para[i - 1].isalnum()


def _fold(s: str) -> str:
    """A spelling as the scorer compares place forms: case and punctuation ignored."""
    return " ".join(re.sub(r"[^\w]+", " ", s.casefold()).split())


def _check_weekday(t: str, v: str, r: Report) -> None:
    """A date that names a weekday and has a calendar-day value must fall on that weekday."""
    wd, day = WEEKDAY_RE.search(t), DAY_VALUE_RE.match(v)
    if not wd or not day:
        return
    try:
        d = dt.date(int(day.group(1)), int(day.group(2)), int(day.group(3)))
    except ValueError:
        r.err(f"date {t!r}: {v!r} is not a calendar day")
        return
    if WEEKDAYS[d.weekday()] != wd.group(1).casefold():
        r.err(f"date {t!r}: {v!r} is a {WEEKDAYS[d.weekday()].title()}")


class Report:
    def __init__(self, name: str):
        self.name = name
        self.errors: list[str] = []
        self.warnings: list[str] = []

    def err(self, msg: str) -> None:
        self.errors.append(msg)

    def warn(self, msg: str) -> None:
        self.warnings.append(msg)


def check_file(path: Path, review: bool = False) -> Report:
    r = Report(path.name)
    try:
        gold = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        r.err(f"cannot read JSON: {exc}")
        return r
    if gold.get("schema") != "newsfacts-gold/1":
        r.err(f"schema is {gold.get('schema')!r}")
    for key in (
        "id",
        "text",
        "published",
        "article",
        "persons",
        "organizations",
        "places",
        "roles",
        "quotes",
        "quantities",
        "dates",
    ):
        if key not in gold:
            r.err(f"missing key {key!r}")
    if r.errors:
        return r
    tpath = (path.parent / gold["text"]).resolve()
    if not tpath.exists():
        r.err(f"text file {gold['text']} not found")
        return r
    text = tpath.read_text(encoding="utf-8")
    low = text.casefold()

    # publication date
    try:
        pub = dt.datetime.fromisoformat(gold["published"])
        if pub.tzinfo is None:
            r.err("published has no timezone")
    except ValueError:
        r.err(f"published {gold['published']!r} is not ISO-8601")
    art = gold["article"]
    if art.get("published") and art["published"] != gold["published"]:
        r.err("article.published differs from published")
    if art.get("title") and art["title"] not in text:
        r.err(f"title not found verbatim: {art['title']!r}")
    for a in art.get("authors", []):
        if a.casefold() not in low:
            r.err(f"author {a!r} not in text")

    # names
    persons = {p["name"] for p in gold["persons"]}
    for p in gold["persons"]:
        forms = [p["name"], *p.get("aliases", [])]
        if not any(f.casefold() in low for f in forms):
            r.err(f"person {p['name']!r} not in text")
        if not p.get("optional") and not (p.get("family") and p.get("given")):
            r.err(f"person {p['name']!r} lacks family/given")
        for part in ("family", "given"):
            if p.get(part) and p[part].casefold() not in low:
                r.err(f"person {p['name']!r}: {part} {p[part]!r} not in text")
    orgs = {o["name"] for o in gold["organizations"]}
    for o in gold["organizations"]:
        if o["name"].casefold() not in low:
            r.err(f"organisation {o['name']!r} not in text")
    for pl in gold["places"]:
        for f in [pl["name"], *pl.get("variants", [])]:
            if f.casefold() not in low:
                r.err(f"place form {f!r} not in text")
        if pl.get("link"):
            present = {_fold(f) for f in [pl["name"], *pl.get("variants", [])] if f in text}
            if len(present) < 2:
                r.err(f"place {pl['name']!r} is marked link but fewer than two spellings stand in the text")
    for n in gold.get("not_persons", []):
        if n.casefold() not in low:
            r.err(f"trap {n!r} not in text")
    for kind, items in (
        ("person", gold["persons"]),
        ("organisation", gold["organizations"]),
        ("place", gold["places"]),
    ):
        names = [i["name"] for i in items]
        for n in {n for n in names if names.count(n) > 1}:
            r.err(f"{kind} {n!r} listed twice")

    # roles
    for ro in gold["roles"]:
        if ro["person"] not in persons:
            r.err(f"role person {ro['person']!r} is not a gold person")
        if ro.get("organization") is not None and ro["organization"] not in orgs:
            r.err(f"role organisation {ro['organization']!r} is not a gold organisation")
        if not ro.get("role") or ro["role"].casefold() not in low:
            r.err(f"role words {ro.get('role')!r} not in text")

    # quotes
    seen_starts = set()
    for qu in gold["quotes"]:
        st = qu.get("starts", "")
        opt = qu.get("optional", False)
        if "direct" not in qu or not isinstance(qu["direct"], bool):
            r.err(f"quote {st!r}: 'direct' must be true or false")
        if (st, qu.get("direct")) in seen_starts:
            r.err(f"quote {st!r} listed twice")
        seen_starts.add((st, qu.get("direct")))
        pos = text.find(st)
        if not st or pos < 0:
            r.err(f"quote opening not found verbatim: {st!r}")
            continue
        if text.find(st, pos + 1) >= 0:
            r.warn(f"quote opening occurs more than once: {st!r}")
        sp = qu.get("speaker")
        if sp is not None and sp not in persons:
            r.err(f"quote {st!r}: speaker {sp!r} is not a gold person")
        if qu.get("speaker_org") is not None:
            if sp is not None:
                r.err(f"quote {st!r}: both speaker and speaker_org")
            if qu["speaker_org"] not in orgs:
                r.err(f"quote {st!r}: speaker_org {qu['speaker_org']!r} is not a gold organisation")
        if qu.get("speaker_text") and qu["speaker_text"] not in text:
            r.err(f"quote {st!r}: speaker_text {qu['speaker_text']!r} not in text")
        ins = inside_quotes(text, pos)
        if qu.get("direct") and not ins:
            (r.warn if opt else r.err)(f"direct quote {st!r} does not start inside quotation marks")
        if qu.get("direct") is False and ins:
            (r.warn if opt else r.err)(f"reported quote {st!r} starts inside quotation marks")

    # quantities and dates
    spans: dict[str, list[tuple[int, int, dict]]] = {}
    for kind in KINDS:
        spans[kind] = []
        for it in gold[kind]:
            t = it.get("text", "")
            occ = it.get("occurrence", 1)
            if not isinstance(occ, int) or occ < 1:
                r.err(f"{kind} {t!r}: bad occurrence {occ!r}")
                continue
            loc = locate(text, t, occ)
            if not t or loc is None:
                r.err(f"{kind} {t!r} occurrence {occ} not found")
                continue
            s, e = loc
            if not word_bounded(text, s, e):
                r.err(
                    f"{kind} {t!r} occurrence {occ} starts or ends inside a longer word: "
                    f"{text[max(0, s - 10) : e + 10]!r}"
                )
            spans[kind].append((s, e, it))
            if kind == "quantities":
                for b in ("low", "high"):
                    if b not in it:
                        r.err(f"quantity {t!r} lacks {b!r}")
                    elif it[b] is not None and not isinstance(it[b], (int, float)):
                        r.err(f"quantity {t!r}: {b} is not a number")
                if (
                    isinstance(it.get("low"), (int, float))
                    and isinstance(it.get("high"), (int, float))
                    and it["low"] > it["high"]
                ):
                    r.err(f"quantity {t!r}: low > high")
                u = it.get("unit")
                if u is not None and not (isinstance(u, list) and all(isinstance(x, str) and x for x in u)):
                    r.err(f"quantity {t!r}: unit must be a list of strings")
            else:
                v = it.get("value")
                if v is None:
                    if not it.get("optional"):
                        r.err(f"required date {t!r} has no value")
                elif not timex_ok(v):
                    r.err(f"date {t!r}: malformed TIMEX3 value {v!r}")
                else:
                    _check_weekday(t, v, r)
        # duplicates and overlaps
        items = sorted(spans[kind], key=lambda x: (x[0], x[1]))
        for i, (s1, e1, a) in enumerate(items):
            for s2, e2, b in items[i + 1 :]:
                if s2 >= e1:
                    break
                if (s1, e1) == (s2, e2):
                    r.err(f"{kind}: span {a['text']!r} at {s1} listed twice")
                elif not a.get("optional") and not b.get("optional"):
                    r.err(f"{kind}: required items overlap: {a['text']!r} and {b['text']!r}")
                elif bool(a.get("optional")) != bool(b.get("optional")):
                    # the scorer gives an overlapping prediction to the first gold item in list
                    # order, so a required item must come before an optional one it overlaps
                    req, opt = (b, a) if a.get("optional") else (a, b)
                    if _index(gold[kind], req) > _index(gold[kind], opt):
                        r.err(
                            f"{kind}: required {req['text']!r} is listed after the optional "
                            f"{opt['text']!r} it overlaps"
                        )

    # every word-bounded repeat of an annotated string is covered by some item
    covered = [(s, e) for kind in KINDS for s, e, _ in spans[kind]]
    for kind in KINDS:
        for t in sorted({it["text"] for _, _, it in spans[kind]}):
            pos = -1
            while True:
                pos = text.find(t, pos + 1)
                if pos < 0:
                    break
                end = pos + len(t)
                if not word_bounded(text, pos, end):
                    continue
                if not any(s <= pos and end <= e for s, e in covered):
                    r.err(
                        f"{kind}: {t!r} at offset {pos} ({text[max(0, pos - 25) : end + 10]!r}) "
                        f"is not covered by any item (missing occurrence?)"
                    )

    if review:
        _review(text, covered, r)
    return r


NUM_WORDS = (
    r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty"
    r"|hundred|thousand|million|billion|trillion|dozen|half|quarter|third|fourth|fifth|first|second"
    r"|once|twice|triple|double|tripled|doubled"
)
DATE_WORDS = (
    r"january|february|march|april|may|june|july|august|september|october|november|december"
    r"|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec"
    r"|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tonight|yesterday|tomorrow"
    r"|now|ago|year|years|month|months|week|weeks|day|days|hour|hours|minute|minutes|spring|summer"
    r"|autumn|fall|winter|quarter|annual|daily|weekly|monthly|morning|afternoon|evening|night"
    r"|weekend|decade|century|season"
)
TOKEN = re.compile(rf"\d(?:[\d,.:/-]*\d)?|\b(?:{NUM_WORDS}|{DATE_WORDS})\b", re.IGNORECASE)


def _review(text: str, covered, r: Report) -> None:
    for m in TOKEN.finditer(text):
        s, e = m.span()
        if not any(cs <= s and e <= ce for cs, ce in covered):
            line = text[max(0, s - 30) : e + 15].replace("\n", " ")
            r.warn(f"review: uncovered {m.group()!r} in {line!r}")


def main(argv: list[str], here: Path) -> int:
    """Check the gold files named in ``argv``, or every one in ``here``; 1 when one has an error."""
    review = "--review" in argv
    args = [a for a in argv if not a.startswith("--")]
    paths = [Path(a) for a in args] or sorted(here.glob("*.gold.json"))
    if not paths:
        print("no gold files found")
        return 1
    bad = 0
    ids: dict[str, str] = {}
    for p in paths:
        r = check_file(p, review)
        try:
            gid = json.loads(p.read_text(encoding="utf-8")).get("id")
        except (OSError, json.JSONDecodeError):
            gid = None
        if gid in ids:
            r.err(f"id {gid!r} is also used by {ids[gid]}")
        elif gid:
            ids[gid] = p.name
        status = "FAIL" if r.errors else "ok"
        print(f"{status:4}  {p.name}  ({len(r.errors)} errors, {len(r.warnings)} warnings)")
        for m in r.errors:
            print(f"      error: {m}")
        for m in r.warnings:
            print(f"      warning: {m}")
        bad += bool(r.errors)
    return 1 if bad else 0
