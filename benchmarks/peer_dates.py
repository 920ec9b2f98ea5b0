"""Score the dates plugin on other date libraries' public test cases (a report, not a test).

    python benchmarks/peer_dates.py [PEER_FOLDER] [--show N]

PEER_FOLDER holds the converted cases of Microsoft Recognizers-Text (DateTime specs) and
Facebook Duckling (English time corpus), one JSON object per line (see the README there);
by default ``../shared/peer`` next to the repository. Only the news-like subsets are read:

* ``rt-model``: Recognizers-Text ``DateTimeModel`` cases tagged ``prose`` and ``date_level``;
* ``rt-parsers``: the Recognizers-Text parser specs, same tags;
* ``duckling``: Duckling phrases at date grain (day, week, month, quarter, year; durations
  of days or more), without the ``latent`` ones (only expected with Duckling's latent option);
  ``duckling-neg``: Duckling's negative phrases for times and durations.

Each case is run through ``newsfacts_dates.find_dates`` with the case's reference time as the
publication time (Recognizers-Text gives no zone: UTC is assumed). Reported per subset:

* detection P/R/F1: a found expression that overlaps an expected one (each used once);
* exact-span F1: the found span equals the expected one;
* value P/R/F1: detected, and the value is right under the mapping below.

How their values map to TIMEX3 as newsfacts writes it (a found value counts as right if any
rule holds):

1. equal strings, ignoring case ("2016-11-07", "2018-W20", "P1W", "XXXX-WXX-1");
2. durations equal in meaning: P1W = P7D, P10Y = P1DE, PT1H = PT60M (months, days and
   seconds compared);
3. their unresolved value with ``X`` placeholders ("XXXX-10") equals our resolved one
   ("2018-10") at every position where they wrote a digit (same length): both name the same
   month; we resolve the year against the publication date, they leave it open;
4. their resolutions: Recognizers-Text ``resolved[*].value`` or the parser specs' ``past`` /
   ``future`` date equals our value (for a day) or our interval; a resolved range matches when
   its start equals ours and its end equals our end or the day after it (Recognizers-Text ends
   are usually exclusive);
5. ranges: their ``(2016-11-04,2016-11-22,P18D)`` against our ``2016-11-04/2016-11-22``
   (ends compared as in 4, ``X`` placeholders as in 3); Duckling's ``from/to`` interval (``to``
   exclusive) against our inclusive interval;
6. Duckling instants at day grain: their ``datetime`` day equals our value.

No case is special-cased; the figures measure the grammar as it is.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import newsfacts_dates
from newsfacts_dates import Found

REPO = Path(__file__).resolve().parents[1]
DATE_GRAINS = {"day", "week", "month", "quarter", "year"}
DATE_TYPES = {"date", "daterange", "duration", "set"}


# --------------------------------------------------------------------------- reading


def read_cases(path: Path) -> Iterator[dict[str, Any]]:
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                yield json.loads(line)


def reference(case: dict[str, Any]) -> datetime | None:
    ref = case.get("reference")
    if not ref:
        return None
    dt = datetime.fromisoformat(ref)
    return dt if dt.tzinfo is not None else dt.replace(tzinfo=UTC)


def rt_subset(path: Path) -> list[dict[str, Any]]:
    return [c for c in read_cases(path) if {"prose", "date_level"} <= set(c.get("tags", []))]


def duckling_subsets(path: Path) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    positive, negative = [], []
    for c in read_cases(path):
        tags = set(c.get("tags", []))
        if "latent" in tags:
            continue
        if "negative" in tags:
            if tags & {"dim:time", "dim:duration"}:
                negative.append(c)
            continue
        items = c["expected"]
        if items and all(
            it["type"] in DATE_TYPES | {"date", "daterange"} and it.get("grain") in DATE_GRAINS
            for it in items
        ):
            positive.append(c)
    return positive, negative


# --------------------------------------------------------------------------- values

_DUR_PART = re.compile(r"([0-9]+(?:\.[0-9]+)?)(CE|DE|Y|Q|M|W|D|H|S)")
_MONTHS = {"CE": 1200, "DE": 120, "Y": 12, "Q": 3, "M": 1}


def duration_key(value: str) -> tuple[float, float, float] | None:
    """A TIMEX3 duration as (months, days, seconds); None if it is not one with numbers."""
    v = value.upper()
    if not re.fullmatch(r"P(?:[0-9.]+(?:CE|DE|Y|Q|M|W|D))*(?:T(?:[0-9.]+[HMS])*)?", v) or v == "P":
        return None
    date_part, _, time_part = v[1:].partition("T")
    months = days = seconds = 0.0
    for n, u in _DUR_PART.findall(date_part):
        if u in _MONTHS:
            months += float(n) * _MONTHS[u]
        else:
            days += float(n) * (7 if u == "W" else 1)
    for n, u in _DUR_PART.findall(time_part):
        seconds += float(n) * {"H": 3600, "M": 60, "S": 1}.get(u, 0)
    return (round(months, 6), round(days, 6), round(seconds, 6))


def x_match(theirs: str, ours: str) -> bool:
    """Their value with X placeholders agrees with ours wherever they wrote something."""
    if "X" not in theirs or len(theirs) != len(ours):
        return False
    return all(t == "X" or t == o for t, o in zip(theirs, ours, strict=True))


def _day(s: str | None) -> date | None:
    if not s or not re.match(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", s):
        return None
    try:
        return date.fromisoformat(s[:10])
    except ValueError:
        return None


def interval_ok(f: Found, start: str | None, end: str | None, exclusive_allowed: bool = True) -> bool:
    a, b = _day(f.begin), _day(f.finish)
    s, e = _day(start), _day(end)
    if a is None or b is None or s is None or e is None:
        return False
    return a == s and (b == e or (exclusive_allowed and b + timedelta(days=1) == e))


_RANGE = re.compile(r"\(([^,]+),([^,]+),[^)]*\)")


def value_ok(f: Found, item: dict[str, Any]) -> bool:
    theirs = item.get("value")
    ours = f.value
    values = theirs if isinstance(theirs, list) else [theirs]
    for v in values:
        if not isinstance(v, str):
            continue
        if v.upper() == ours.upper():
            return True
        kv, ko = duration_key(v), duration_key(ours)
        if kv is not None and kv == ko:
            return True
        if x_match(v.upper(), ours.upper()):
            return True
        r = _RANGE.fullmatch(v)
        if r:
            a, b = r.group(1), r.group(2)
            if "/" in ours:
                oa, ob = ours.split("/", 1)
                ok_a = a == oa or x_match(a, oa)
                ok_b = b == ob or x_match(b, ob)
                ob_next = _day(ob)
                if ob_next is not None:
                    nxt = (ob_next + timedelta(days=1)).isoformat()
                    ok_b = ok_b or b == nxt or x_match(b, nxt)
                if ok_a and ok_b:
                    return True
        if "/" in v and "interval" in item:  # Duckling range
            iv = item["interval"]
            if interval_ok(f, iv.get("from"), iv.get("to")):
                return True
    for r in item.get("resolved", []) or []:
        rv = r.get("value")
        if isinstance(rv, str) and (
            rv == ours or (_day(rv) and f.begin == f.finish == rv[:10] and len(rv) <= 10)
        ):
            return True
        if r.get("start") and r.get("end") and interval_ok(f, r["start"], r["end"]):
            return True
    for side in ("past", "future"):
        res = item.get(side) or {}
        if res.get("date") and (ours == res["date"][:10] or (f.begin == f.finish == res["date"][:10])):
            return True
        if res.get("startDate") and res.get("endDate") and interval_ok(f, res["startDate"], res["endDate"]):
            return True
    if "interval" in item and interval_ok(f, item["interval"].get("from"), item["interval"].get("to")):
        return True
    dt = item.get("datetime")
    return bool(item.get("grain") == "day" and isinstance(dt, str) and ours == dt[:10])


# --------------------------------------------------------------------------- scoring


@dataclass
class Tally:
    name: str
    cases: int = 0
    gold: int = 0
    pred: int = 0
    found: int = 0
    exact: int = 0
    right: int = 0
    misses: list[str] = field(default_factory=list)

    def prf(self, tp: int) -> tuple[float, float, float]:
        p = tp / self.pred if self.pred else 0.0
        r = tp / self.gold if self.gold else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def score(name: str, cases: Iterable[dict[str, Any]]) -> Tally:
    t = Tally(name)
    for case in cases:
        t.cases += 1
        text = case["text"]
        found = newsfacts_dates.find_dates(text, reference(case))
        items = [it for it in case["expected"] if it["type"] in DATE_TYPES or it.get("grain") in DATE_GRAINS]
        t.gold += len(items)
        t.pred += len(found)
        used: set[int] = set()
        for it in items:
            over = [
                i
                for i, f in enumerate(found)
                if i not in used and f.start < it["end"] and it["start"] < f.end
            ]
            if not over:
                t.misses.append(f"{case['id']}: missed {it['text']!r} ({it.get('value')}) in {text!r}")
                continue
            exact = [i for i in over if (found[i].start, found[i].end) == (it["start"], it["end"])]
            i = exact[0] if exact else over[0]
            used.add(i)
            t.found += 1
            t.exact += bool(exact)
            if value_ok(found[i], it):
                t.right += 1
            else:
                t.misses.append(
                    f"{case['id']}: {text[found[i].start : found[i].end]!r} = {found[i].value}, "
                    f"expected {it['text']!r} = {it.get('value')}"
                )
        for i, f in enumerate(found):
            if i not in used:
                t.misses.append(f"{case['id']}: extra {text[f.start : f.end]!r} = {f.value} in {text!r}")
    return t


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("peer", nargs="?", default=str(REPO.parent / "shared" / "peer"), help="the peer folder")
    ap.add_argument("--show", type=int, default=0, help="list up to N misses per subset")
    args = ap.parse_args(argv)
    peer = Path(args.peer)
    if not peer.is_dir():
        print(f"no peer folder at {peer}", file=sys.stderr)
        return 2
    ducks, duck_neg = duckling_subsets(peer / "duckling_time_en.jsonl")
    tallies = [
        score("rt-model", rt_subset(peer / "recognizers_datetime_model.jsonl")),
        score("rt-parsers", rt_subset(peer / "recognizers_datetime_parsers.jsonl")),
        score("duckling", ducks),
    ]
    neg = score("duckling-neg", duck_neg)
    print(f"{'subset':<12} {'cases':>5} {'gold':>5} {'pred':>5} | {'detect P':>8} {'R':>6} {'F1':>6} | "
          f"{'exact F1':>8} | {'value P':>7} {'R':>6} {'F1':>6}")  # fmt: skip
    for t in tallies:
        dp, dr, df = t.prf(t.found)
        _, _, ef = t.prf(t.exact)
        vp, vr, vf = t.prf(t.right)
        print(
            f"{t.name:<12} {t.cases:>5} {t.gold:>5} {t.pred:>5} | {dp:>8.3f} {dr:>6.3f} {df:>6.3f} | "
            f"{ef:>8.3f} | {vp:>7.3f} {vr:>6.3f} {vf:>6.3f}"
        )
    clean = sum(1 for c in duck_neg if not newsfacts_dates.find_dates(c["text"], reference(c)))
    print(f"{neg.name:<12} {neg.cases:>5} negative phrases, {clean} without any date found")
    if args.show:
        for t in [*tallies, neg]:
            print(f"\n## {t.name}: first {args.show} of {len(t.misses)} misses")
            for line in t.misses[: args.show]:
                print("  " + line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
