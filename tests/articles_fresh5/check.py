#!/usr/bin/env python3
"""Consistency check for the newsfacts-gold/1 files in this directory.

Uses only the *.txt and *.gold.json files (standard library only):

    python check.py            # check every *.gold.json next to this script
    python check.py DIR        # or in DIR

Checks: valid JSON and schema; the article text exists; `published` is ISO-8601 with a
time zone and agrees with `article.published`; the title occurs in the text; every
quantity and date `text` occurs at its `occurrence` (counted from 1, plain substring
search as the scorer does) and is not the inside of a longer word or number; quote
`starts` occur verbatim; speakers, role persons and organisations refer to gold items;
names, places, organisations and traps occur in the text; numeric fields and TIMEX3
values are well formed; two required quantities or two required dates may not
overlap (an overlap with an optional item is only noted). Exits 1 on any error.
"""

import datetime
import json
import re
import sys
from pathlib import Path

TIMEX = re.compile(
    r"^(PRESENT_REF|PAST_REF|FUTURE_REF"
    r"|\d{4}(-(\d{2}(-\d{2}(T(\d{2}:\d{2}|MO|AF|EV|NI))?)?|Q[1-4]|H[12]|SP|SU|FA|WI|W\d{2}(-WE)?))?"
    r"|T\d{2}:\d{2}"
    r"|P(\d+(\.\d+)?(CE|DE|Y|Q|M|W|D))*(T(\d+(\.\d+)?(H|M|S))*)?)$"
)
KINDS = ("persons", "organizations", "places", "roles", "quotes", "quantities", "dates")


def locate(text, needle, occurrence=1):
    pos = -1
    for _ in range(occurrence):
        pos = text.find(needle, pos + 1)
        if pos < 0:
            return None
    return pos


def parse_iso(s):
    d = datetime.datetime.fromisoformat(s)
    if d.tzinfo is None:
        raise ValueError("no time zone")
    return d


WARNINGS: list[str] = []


def check_file(path: Path) -> list[str]:
    errs = []
    err = errs.append

    def warn(msg):
        WARNINGS.append(f"{path.name}: {msg}")

    try:
        gold = json.loads(path.read_text(encoding="utf-8"))
    except Exception as e:
        return [f"invalid JSON: {e}"]
    if gold.get("schema") != "newsfacts-gold/1":
        err("schema is not newsfacts-gold/1")
    for key in ("id", "text", "published", "article"):
        if key not in gold:
            err(f"missing key {key!r}")
    tpath = path.parent / gold.get("text", "")
    if not tpath.is_file():
        return [*errs, f"text file {tpath} not found"]
    text = tpath.read_text(encoding="utf-8")
    low = text.casefold()

    try:
        parse_iso(gold["published"])
    except Exception as e:
        err(f"published {gold.get('published')!r}: {e}")
    art = gold.get("article", {})
    if art.get("published") != gold.get("published"):
        err("article.published differs from published")
    if art.get("title") and art["title"] not in text:
        err(f"title not in text: {art['title']!r}")
    for a in art.get("authors", []):
        if a.casefold() not in low:
            err(f"author not in text: {a!r}")

    persons = {p["name"] for p in gold.get("persons", [])}
    orgs = {o["name"] for o in gold.get("organizations", [])}

    for p in gold.get("persons", []):
        forms = [p["name"], *p.get("aliases", [])]
        if not any(f.casefold() in low for f in forms):
            err(f"person not in text: {p['name']!r}")
        if p.get("family") and p["family"].casefold() not in low:
            err(f"family name not in text: {p['name']!r}")
    for n in gold.get("not_persons", []):
        if n not in text:
            err(f"not_person not in text: {n!r}")
    for kind in ("organizations", "places"):
        for o in gold.get(kind, []):
            forms = [o["name"], *o.get("variants", [])]
            if not any(f.casefold() in low for f in forms):
                err(f"{kind[:-1]} not in text: {o['name']!r}")
            if o.get("link"):
                for v in forms:
                    if v not in text:
                        err(f"linked variant not in text: {v!r}")
    for r in gold.get("roles", []):
        if r.get("person") not in persons:
            err(f"role person not a gold person: {r.get('person')!r}")
        if r.get("organization") is not None and r["organization"] not in orgs:
            err(f"role organisation not a gold organisation: {r['organization']!r}")
        if not r.get("role") or r["role"].casefold() not in low:
            err(f"role words not in text: {r.get('role')!r}")
    for q in gold.get("quotes", []):
        if q.get("starts") is None or q["starts"] not in text:
            err(f"quote start not in text: {q.get('starts')!r}")
        if "direct" not in q or not isinstance(q["direct"], bool):
            err(f"quote without boolean 'direct': {q.get('starts')!r}")
        sp, so = q.get("speaker"), q.get("speaker_org")
        if sp is not None and sp not in persons:
            err(f"speaker not a gold person: {sp!r}")
        if so is not None and so not in orgs:
            err(f"speaker_org not a gold organisation: {so!r}")

    for kind in ("quantities", "dates"):
        seen = set()
        spans = []
        for it in gold.get(kind, []):
            t = it.get("text")
            n = it.get("occurrence", 1)
            if not t:
                err(f"{kind}: item without text")
                continue
            pos = locate(text, t, n)
            if pos is None:
                err(f"{kind}: {t!r} occurrence {n} not in text")
                continue
            before = text[pos - 1] if pos > 0 else " "
            after = text[pos + len(t)] if pos + len(t) < len(text) else " "
            if (t[0].isalnum() and before.isalnum()) or (t[-1].isalnum() and after.isalnum()):
                err(
                    f"{kind}: {t!r} occurrence {n} is inside a longer word: "
                    f"{text[max(0, pos - 15) : pos + len(t) + 15]!r}"
                )
            if (t, n) in seen:
                err(f"{kind}: {t!r} occurrence {n} listed twice")
            seen.add((t, n))
            span = (pos, pos + len(t))
            for a, b, t2, opt2 in spans:
                if a < span[1] and span[0] < b:
                    msg = f"{kind}: {t!r} occurrence {n} overlaps {t2!r} at {a}"
                    if opt2 or it.get("optional"):
                        warn(msg)
                    else:
                        err(msg)
            spans.append((span[0], span[1], t, bool(it.get("optional"))))
            if kind == "quantities":
                for f in ("low", "high"):
                    if f not in it:
                        err(f"quantity {t!r} without {f!r}")
                    elif it[f] is not None and not isinstance(it[f], (int, float)):
                        err(f"quantity {t!r}: {f} is not a number")
                if (
                    isinstance(it.get("low"), (int, float))
                    and isinstance(it.get("high"), (int, float))
                    and it["low"] > it["high"]
                ):
                    err(f"quantity {t!r}: low > high")
                if "unit" in it and not (isinstance(it["unit"], list) and it["unit"]):
                    err(f"quantity {t!r}: unit must be a non-empty list")
            else:
                if "value" in it and not TIMEX.match(str(it["value"])):
                    err(f"date {t!r}: value {it['value']!r} is not TIMEX3")
                if "value" not in it and not it.get("optional"):
                    err(f"date {t!r}: required but without value")
    return errs


def main(argv):
    here = Path(argv[1]) if len(argv) > 1 else Path(__file__).resolve().parent
    files = sorted(here.glob("*.gold.json"))
    if not files:
        print(f"no *.gold.json in {here}")
        return 1
    bad = 0
    for f in files:
        errs = check_file(f)
        gold = json.loads(f.read_text(encoding="utf-8")) if not errs or "invalid JSON" not in errs[0] else {}
        counts = ", ".join(f"{k} {len(gold.get(k, []))}" for k in KINDS)
        if errs:
            bad += 1
            print(f"FAIL {f.name}")
            for e in errs:
                print(f"     {e}")
        else:
            print(f"ok   {f.name}: {counts}")
    for w in WARNINGS:
        print(f"note {w} (one of them optional)")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
