"""How the quantities plugin does on other libraries' public number cases (a report, not a test).

    .venv/bin/python benchmarks/peer_numbers.py [PEER_FOLDER] [--show N]

PEER_FOLDER holds the JSON Lines files converted from Microsoft Recognizers-Text and
Facebook Duckling (default: ``../shared/peer`` next to the repository). For each file
the script keeps the cases that fit news prose, runs ``find_quantities`` on each case's
text and prints the pass rate. The mapping from the peers' expectations to ours, and what
is left out and why, is documented in ``docs/plugins/quantities.md`` ("Peer cases").

An expected item passes when one quantity we find overlaps its span and has the same
value: ``low == high == value`` for a number, percentage, amount of money or measure
(or, when we read bound words the peer ignores, "more than $247 million", the stated
end equals the value); the same ``low`` and ``high`` (``None`` for an open end) for a
range or bound. A case passes when all its items pass. A negative case (nothing
expected) passes when we find nothing of the peer model's kind (see ``_negative_ok``).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from newsfacts_quantities import Found, find_quantities
from newsfacts_quantities._data import tables

FILES = (
    "recognizers_number.jsonl",
    "recognizers_number_range.jsonl",
    "recognizers_number_with_unit.jsonl",
    "duckling_numeral_en.jsonl",
    "duckling_quantity_en.jsonl",
)

# Forms news prose does not use; a case containing one is left out, with the reason counted.
_NOT_NEWS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "math notation (^, e+14, /, <, >, =, fraction glyphs)",
        re.compile(r"[\^<>=⅙½¼¾{}\[\]]|\d[eE][+-]?\d|\d\s*/\s*\d"),
    ),
    (
        "spoken arithmetic (point, over, out of, nought, eighths...)",
        re.compile(
            r"(?i)\b(?:point|over|out of|nought|naught|oh)\b.*\d|\b(?:point|nought|naught)\b|\bout of\b|"
            r"\b(?:fourths?|fifths|sixths?|sevenths?|eighths?|ninths?|tenths|hundredths|thousandths|"
            r"twenty-firsts|firsts)\b|\b(?:one|two|three|four|five|six|seven|eight|nine) over\b"
        ),
    ),
    (
        "Indian or other number systems (lakh, crore, 12,34,567, 1 234 567, 1,3)",
        re.compile(r"(?i)\b(?:lakhs?|crores?|lac|cr)\b|\d,\d{2},\d{3}|\b\d{1,3} \d{3}\b|\b\d,\d\b(?!\d)"),
    ),
    (
        "amounts in two units (dollars and cents, feet and inches)",
        re.compile(
            r"(?i)\d\s*(?!(?:to|or|and|through|in|of|from|is|are)\b)[a-z$€£'\"]+\.?\s*,?\s*(?:and\s+)?\d|"
            r"(?:dollars?|rupees?|ringgit|gbp|us\$\d+)\s+(?:and\s+)?(?:one|two|three|four|five|six|seven|eight|nine|ten|"
            r"eleven|twelve|thirteen|fourteen|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)\b|"
            r"\b(?:gbp|chf|uah|cad)\s+(?:and\s+)?(?:\d|one)"
        ),
    ),
    (
        "dates or clock times (a job for the dates plugin)",
        re.compile(r"(?i)\b\d{1,2}/\d{1,2}(?:/\d{2,4})?\b|\b\d{1,2}:\d{2}\b|\b\d{1,2} ?[ap]\.?m\b"),
    ),
)

# Units the peers name, and how a newsfacts unit (as written) may begin for each.
_UNIT_ALIASES: dict[str, tuple[str, ...]] = {
    "dollar": ("$", "us$", "usd", "dollar", "c $", "bucks"),
    "united states dollar": ("$", "us$", "usd", "dollar", "us dollar", "u.s. dollar"),
    "usd": ("$", "us$", "usd", "dollar"),
    "euro": ("€", "eur", "euro"),
    "eur": ("€", "eur", "euro"),
    "pound": ("£", "pound", "lb"),
    "gbp": ("£", "gbp", "pound"),
    "chinese yuan": ("yuan", "rmb", "cny", "renminbi"),
    "cny": ("yuan", "rmb", "cny"),
    "japanese yen": ("yen", "¥", "jpy"),
    "cent": ("cent", "c"),
    "pence": ("pence", "p"),
    "kilometer": ("km", "kilomet"),
    "kilometre": ("km", "kilomet"),
    "meter": ("m", "meter", "metre"),
    "metre": ("m", "meter", "metre"),
    "m": ("m", "meter", "metre"),
    "centimetre": ("cm", "centimet"),
    "millimeter": ("mm", "millimet"),
    "millimetre": ("mm", "millimet"),
    "mile": ("mile",),
    "foot": ("feet", "foot", "ft"),
    "inch": ("inch", "in", '"', "''"),
    "gram": ("g", "gram"),
    "kilogram": ("kg", "kilogram"),
    "ton": ("ton",),
    "metric ton": ("metric ton", "ton"),
    "year": ("year", "yo"),
    "month": ("month",),
    "week": ("week",),
    "c": ("degrees c", "degree c", "°c", "celsius", "celcius"),
    "f": ("degrees f", "degree f", "°f", "fahrenheit", "farenheit"),
    "degree": ("degree", "°"),
    "square meter": ("square met",),
    "kilometer per hour": ("km/h", "kph", "kilometers per hour", "kilometres per hour"),
}


def _number(value: Any) -> float | None:
    return None if value is None else float(value)


def _same(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return abs(a - b) <= 1e-6 * max(1.0, abs(b))


def _expected_bounds(item: dict[str, Any]) -> tuple[float | None, float | None]:
    if item.get("type") == "numberrange" or (item.get("value") is None and ("low" in item or "high" in item)):
        return _number(item.get("low")), _number(item.get("high"))
    v = _number(item.get("value"))
    return v, v


def _excluded(case: dict[str, Any]) -> str | None:
    text = case["text"]
    for reason, pattern in _NOT_NEWS:
        if pattern.search(text):
            return reason
    for item in case["expected"]:
        if item.get("value") is None and item.get("low") is None and item.get("high") is None:
            return 'a unit word with no number ("percentage", "dollar")'
        if (
            item.get("dim") in ("quantity", "distance")
            and re.search(r"(?i)\b(?:kg|kilogram|cups?)\b|kms?\b.*\d", text)
            and item.get("unit") in ("Gram", "Centimetre", "Inch", "Metre")
        ):
            return "normalised to another unit (kilograms as grams)"
        if item.get("unit") == "Gram" and re.search(r"(?i)k\.?g|kilogram|mg\b|milligram|\d\s*mg", text):
            return "normalised to another unit (kilograms as grams)"
    return None


def _value_ok(f: Found, low: float | None, high: float | None) -> bool:
    """Our reading has the peer's value: the same ends, or one stated end of a bound we read
    ("more than $247 million": the peers' NumberWithUnit models ignore the bound words)."""
    flo, fhi = _number(f.low), _number(f.high)
    if _same(flo, low) and _same(fhi, high):
        return True
    if low is not None and _same(low, high) and f.approx is not None and (flo is None or fhi is None):
        return _same(flo if flo is not None else fhi, low)
    return False


def _negative_ok(suite: str, found: list[Found]) -> bool:
    """A negative case of each peer says "nothing of my kind here"; the kinds differ by suite.

    Number model: no bare number (a quantity with no unit). Number-with-unit model: no
    amount of money or measure (a unit from units.tsv other than counted things and time,
    or a currency sign). Range model: no range or bound. Duckling: no quantity at all.
    """
    if "recognizers-text/Number/" in suite and "Range" not in suite:
        return not any(f.unit is None for f in found)
    if "NumberWithUnit" in suite:
        kinds = tables().unit_kinds
        return not any(
            f.unit is not None and kinds.get(f.unit.casefold(), "currency") not in ("count", "time")
            for f in found
        )
    if "NumberRange" in suite:
        return not any(f.low != f.high for f in found)
    return not found


def _unit_ok(item: dict[str, Any], found: Found) -> bool | None:
    """Whether our unit (as written) names the peer's unit; ``None`` when we cannot tell."""
    name = str(item.get("unit") or "").casefold()
    aliases = _UNIT_ALIASES.get(name)
    if not aliases:
        return None
    got = (found.unit or "").casefold()
    return any(got.startswith(a) for a in aliases)


def score_file(path: Path, show: int) -> dict[str, Any]:
    kept = passed = items = items_ok = exact = 0
    unit_n = unit_ok = 0
    excluded: Counter[str] = Counter()
    negatives = negatives_ok = 0
    misses: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        case = json.loads(line)
        reason = _excluded(case)
        if reason is not None:
            excluded[reason] += 1
            continue
        kept += 1
        text: str = case["text"]
        found = [f for f in find_quantities(text) if f.kind == "quantity"]
        if not case["expected"]:
            negatives += 1
            if _negative_ok(case.get("suite", ""), found):
                negatives_ok += 1
                passed += 1
            elif len(misses) < show:
                misses.append(f"  negative {text!r}: found {[text[f.start : f.end] for f in found]}")
            continue
        ok_case = True
        used: set[int] = set()
        for item in case["expected"]:
            items += 1
            low, high = _expected_bounds(item)
            s, e = item["start"], item["end"]
            hit = next(
                (k for k, f in enumerate(found) if f.start < e and s < f.end and _value_ok(f, low, high)),
                None,
            )
            if hit is None:
                ok_case = False
                if len(misses) < show:
                    got = [(text[f.start : f.end], f.low, f.high, f.unit) for f in found]
                    misses.append(f"  {text!r}: want {item['text']!r} {low}..{high}, got {got}")
                continue
            used.add(hit)
            items_ok += 1
            f = found[hit]
            if (f.start, f.end) == (s, e):
                exact += 1
            u = _unit_ok(item, f)
            if u is not None:
                unit_n += 1
                unit_ok += int(u)
        if ok_case:
            passed += 1
    return {
        "kept": kept,
        "passed": passed,
        "items": items,
        "items_ok": items_ok,
        "exact": exact,
        "unit_n": unit_n,
        "unit_ok": unit_ok,
        "negatives": negatives,
        "negatives_ok": negatives_ok,
        "excluded": excluded,
        "misses": misses,
    }


def _pct(a: int, b: int) -> str:
    return f"{a}/{b} = {100 * a / b:.1f}%" if b else "-"


def main(argv: list[str] | None = None) -> int:
    default = Path(__file__).resolve().parent.parent.parent / "shared" / "peer"
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("peer", nargs="?", type=Path, default=default, help="folder of the peer JSONL files")
    parser.add_argument("--show", type=int, default=0, help="list up to N failures per file")
    args = parser.parse_args(argv)
    if not args.peer.is_dir():
        print(f"no peer folder at {args.peer}", file=sys.stderr)
        return 2
    for name in FILES:
        path = args.peer / name
        if not path.is_file():
            print(f"{name}: missing")
            continue
        r = score_file(path, args.show)
        n_excl = sum(r["excluded"].values())
        print(f"{name}")
        print(f"  cases kept (news prose): {r['kept']}, left out: {n_excl}")
        print(f"  cases passed:            {_pct(r['passed'], r['kept'])}")
        print(
            f"  items right (value):     {_pct(r['items_ok'], r['items'])}, same span exactly: {_pct(r['exact'], r['items_ok'])}"
        )
        if r["unit_n"]:
            print(f"  unit named right:        {_pct(r['unit_ok'], r['unit_n'])}")
        if r["negatives"]:
            print(f"  negative cases clean:    {_pct(r['negatives_ok'], r['negatives'])}")
        for reason, count in r["excluded"].most_common():
            print(f"    left out {count:3d}: {reason}")
        for miss in r["misses"]:
            print(miss)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
