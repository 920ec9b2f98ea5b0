"""The date grammar: one compiled pattern built from the word tables, and a resolver per rule.

:func:`find_dates` scans a text once with a single alternation of rules (longer and
more specific rules first, so "Dec. 17-19" wins over "Dec. 17"), then resolves each
match to a TIMEX3 value and interval: absolute dates as written, relative ones against
the publication date ("last week") or against the most recent date mentioned before
them ("the previous day"). A bare "on Monday" is read in the past unless its sentence
carries a future cue ("will", "going to"...); a bare "in March" follows a firm tense cue,
else it is the March nearest the publication date.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Callable, Iterable, Iterator
from datetime import date, datetime, timedelta
from re import _constants as _re_constants  # type: ignore[attr-defined]
from re import _parser as _re_parser  # type: ignore[attr-defined]
from typing import Any, NamedTuple

from newsfacts_dates import _timex as tx
from newsfacts_dates._data import rows

__all__ = ["Found", "clear_caches", "find_dates"]

S = r"[ \t\u00a0]{1,3}"
CS = r"[ \t\u00a0]?,?[ \t\u00a0]{1,3}"
YEAR_BASE = r"(?:1[5-9][0-9]{2}|2[01][0-9]{2})"
YEAR = YEAR_BASE + r"(?![0-9]|,[0-9]|\.[0-9])"
DAY = r"(?:3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)?(?![0-9A-Za-z]|,[0-9])"
DASH = r"(?:[ \t]{0,2}[-–—][ \t]{0,2}|" + S + r"(?:to|through|until|and)" + S + r")"
NO_NUM_BEFORE = r"(?<![0-9.,:/])(?<![0-9]-)"
TENSE_WINDOW = 250


class Found(NamedTuple):
    """One temporal expression: where it is and what it means."""

    start: int
    end: int
    value: str
    begin: str | None
    finish: str | None
    anchor: str | None
    timex_type: str
    mod: str | None


# --------------------------------------------------------------------------- tables


def _variants(forms: Iterable[str]) -> set[str]:
    out: set[str] = set()
    for f in forms:
        f = f.replace("’", "'")
        titled = " ".join(w[:1].upper() + w[1:] for w in f.split(" "))
        for v in (f, f[:1].upper() + f[1:], titled, f.upper()):
            out.add(v)
            if "'" in v:
                out.add(v.replace("'", "’"))
    return out


def _alt(forms: Iterable[str], *, names: bool = False) -> str:
    """A case-sensitive alternation of word forms (as written, Capitalised, UPPER), grouped by first letter.

    Grouping by first letter and matching case-sensitively lets the regex engine
    reject a branch with one character test, which keeps the scan fast (case-
    insensitive alternations are tried branch by branch). Spaces in a form match
    runs of blanks. ``names``: only the capitalised forms (month and day names).
    """
    by_first: dict[str, set[str]] = {}
    for v in _variants(forms):
        if v and not (names and not v[0].isupper()):
            by_first.setdefault(v[0], set()).add(v[1:])
    if not by_first:
        return "(?!)"
    parts = []
    for first in sorted(by_first):
        rests = sorted(by_first[first], key=lambda r: (-len(r), r))
        body = "|".join(re.escape(r).replace(r"\ ", S) for r in rests)
        parts.append(re.escape(first) + "(?:" + body + ")")
    return "(?-i:" + "|".join(parts) + ")"


@functools.lru_cache(maxsize=4096)
def _fold(s: str) -> str:
    return re.sub(r"\s+", " ", s.casefold().replace("’", "'")).strip()


class Tables(NamedTuple):
    months: dict[str, tuple[int, str]]
    weekdays: dict[str, tuple[int, str]]
    seasons: dict[str, tuple[str, int, int]]
    units: dict[str, str]
    numbers: dict[str, str]
    pods: dict[str, str]
    deictic: dict[str, tuple[int, str]]
    refs: dict[str, str]
    holidays: dict[str, tuple[int, int]]
    sets: dict[str, str]
    cues: dict[str, frozenset[str]]
    mods: dict[str, str]
    ordinals: dict[str, str]
    speech_links: frozenset[str]
    zones: tuple[str, ...]
    cues_nth_after: tuple[str, ...]
    lunar: dict[str, str]
    lunar_dates: dict[tuple[str, int], tuple[int, int]]
    bounds: dict[str, tuple[str, str, str]]
    #: nouns of figures after a year-less period ("third-quarter earnings"), folded
    figures: frozenset[str]
    #: words between a number and its unit of time ("four *straight* years"), folded
    runs: tuple[str, ...]


@functools.cache
def tables() -> Tables:
    """The word tables, folded for lookup."""

    def flags(r: tuple[str, ...], i: int) -> str:
        return r[i] if len(r) > i else ""

    months = {_fold(r[0]): (int(r[1]), flags(r, 2)) for r in rows("months.tsv")}
    weekdays = {_fold(r[0]): (int(r[1]), flags(r, 2)) for r in rows("weekdays.tsv")}
    seasons = {_fold(r[0]): (r[1], int(r[2]), int(r[3])) for r in rows("seasons.tsv")}
    units = {_fold(r[0]): r[1] for r in rows("units.tsv")}
    numbers = {_fold(r[0]): r[1] for r in rows("numbers.tsv")}
    pods = {_fold(r[0]): r[1] for r in rows("parts_of_day.tsv")}
    deictic = {_fold(r[0]): (int(r[1]), flags(r, 2)) for r in rows("deictic.tsv")}
    refs = {_fold(r[0]): r[1] for r in rows("references.tsv")}
    holidays = {_fold(r[0]): (int(r[1][:2]), int(r[1][3:5])) for r in rows("holidays.tsv")}
    sets = {_fold(r[0]): r[1] for r in rows("sets.tsv")}
    cues = {_fold(r[0]): frozenset(flags(r, 1).split()) for r in rows("cues.tsv")}
    mods = {_fold(r[0]): r[1] for r in rows("modifiers.tsv")}
    ordinals = {_fold(r[0]): r[1] for r in rows("ordinals.tsv")}
    speech_links = frozenset(_fold(r[0]) for r in rows("tense.tsv") if len(r) > 1 and r[1] == "speech")
    zones = tuple(r[0] for r in rows("zones.tsv"))
    cues_nth_after = tuple(r[0] for r in rows("cues.tsv") if "after-day" in flags(r, 1).split())
    lunar = {_fold(r[0]): r[1] for r in rows("lunar.tsv") if len(r) == 2}
    lunar_dates = {
        (r[0], int(r[1])): (int(r[2][:2]), int(r[2][3:5])) for r in rows("lunar.tsv") if len(r) == 3
    }
    bounds = {_fold(r[0]): (r[1], r[2], r[3]) for r in rows("bounds.tsv")}
    figures = frozenset(_fold(r[0]) for r in rows("figures.txt"))
    runs = tuple(_fold(r[0]) for r in rows("runs.txt"))
    return Tables(
        months,
        weekdays,
        seasons,
        units,
        numbers,
        pods,
        deictic,
        refs,
        holidays,
        sets,
        cues,
        mods,
        ordinals,
        speech_links,
        zones,
        cues_nth_after,
        lunar,
        lunar_dates,
        bounds,
        figures,
        runs,
    )


# --------------------------------------------------------------------------- the pattern


@functools.cache
def _modifier_forms() -> str:
    """The alternation of period modifiers from ``modifiers.tsv`` ("early", "the end of")."""
    mods = tables().mods
    plain = [k for k in mods if not k.endswith(" of")]
    with_of = [k for k in mods if k.endswith(" of")]
    ends = [k[: -len(" of")] for k in with_of]
    return rf"{_alt(plain)}|{_alt(ends)}(?=-)|(?:the{S})?{_alt(with_of)}"


def _modp(p: str) -> str:
    return rf"(?:(?P<{p}_mod>{_modifier_forms()})(?:-|{S}))?"


def _rules(t: Tables) -> list[tuple[str, str]]:
    # an abbreviation may take a dot ("Sept. 18"); a full name keeps the sentence's full stop out ("15 March.")
    mon_any = (
        rf"(?:{_alt(k for k, v in t.months.items() if 'abbr' in v[1])}\b\.?"
        rf"|{_alt(k for k, v in t.months.items() if 'abbr' not in v[1])}\b)"
    )
    mon_full = _alt(k for k, v in t.months.items() if "abbr" not in v[1]) + r"\b"
    wd_any = _alt(t.weekdays) + r"\b\.?"
    wd_full = _alt(k for k, v in t.weekdays.items() if "abbr" not in v[1]) + r"\b"
    season = _alt(t.seasons) + r"\b"
    unit = _alt(t.units) + r"\b"
    singular_units = _alt(k for k in t.units if not k.endswith("s")) + r"\b"
    small = [k for k, v in t.numbers.items() if v.isdigit() and 0 < int(v) < 10 and " " not in k]
    tens = [k for k, v in t.numbers.items() if v.isdigit() and int(v) >= 20 and int(v) % 10 == 0]
    numword = rf"(?:{_alt(tens)}-{_alt(small)}\b|{_alt(t.numbers)}\b)"
    # "three and a half", "three-and-a-half", "2 1/2", "2½": a whole number and a half
    half = r"(?:(?:[ \t]+|-)and(?:[ \t]+|-)a(?:[ \t]+|-)half\b|[ \t]1/2(?![0-9/])|½)"
    num = rf"(?:(?:[0-9]{{1,3}}(?:,[0-9]{{3}})*(?:\.[0-9]+)?(?![0-9])|{numword}){half}?)"
    pod = _alt(t.pods) + r"\b"
    deictic = _alt(t.deictic) + r"\b"
    refs = _alt(t.refs) + r"\b"
    holidays = _alt([*t.holidays, *t.lunar]) + r"\b"
    sets = _alt(t.sets) + r"\b"
    period = _alt(k for k, v in t.units.items() if v not in ("S", "MIN", "H", "D") and not k.endswith("s"))
    period = f"(?:{period}|weekend)"
    ordq = rf"(?:{_alt(t.ordinals)}|(?<=the[ ])last)"
    relyear = rf"(?:this|last|next){S}year"
    thatyear = rf"(?:that|the{S}same|that{S}same){S}year\b"
    tz = _alt(t.zones) + r"\b"
    # the day a clock time is on, right after it: "6 a.m. Monday", "3 p.m. on Dec. 27", "9 p.m. yesterday"
    day_words = _alt(k for k, v in t.deictic.items() if not v[1]) + r"\b"
    on_day = (
        rf"(?:,?{S}(?:on{S})?(?:(?P<time_wd>{wd_full})|(?P<time_mo>{mon_any})[ \t]{{0,3}}(?P<time_d>{DAY})"
        rf"(?:{CS}(?P<time_y>{YEAR}))?|(?P<time_dx>{day_words})"
        # "6:15pm, 12 May 2025": a day-first date, with its year
        rf"|(?P<time_d2>{DAY})[ \t]{{1,3}}(?P<time_mo2>{mon_any}){S}(?P<time_y2>{YEAR})))?"
    )
    ampm = r"(?:[ \t]?[ap]\.?[ \t]?m\b\.?)"
    return [
        (
            "rng2",
            rf"(?P<rng2_m1>{mon_any})[ \t]{{0,3}}(?P<rng2_d1>{DAY}){DASH}(?P<rng2_m2>{mon_any})"
            rf"[ \t]{{0,3}}(?P<rng2_d2>{DAY})(?:{CS}(?P<rng2_y>{YEAR}))?",
        ),
        (
            "rng1",
            rf"(?P<rng1_m>{mon_any})[ \t]{{0,3}}(?P<rng1_d1>{DAY}){DASH}(?P<rng1_d2>{DAY})"
            rf"(?:{CS}(?P<rng1_y>{YEAR}))?",
        ),
        (
            "rng3",
            rf"{NO_NUM_BEFORE}(?P<rng3_d1>{DAY}){DASH}(?P<rng3_d2>{DAY}){S}(?:of{S})?"
            rf"(?P<rng3_m>{mon_any})(?:{CS}(?P<rng3_y>{YEAR}))?",
        ),
        (
            "mdy",
            rf"(?:(?P<mdy_wd>{wd_any}),?{S})?(?P<mdy_m>{mon_any})[ \t]{{0,3}}(?P<mdy_d>{DAY})"
            rf"(?:{CS}(?P<mdy_y>{YEAR})|,?{S}(?:of{S})?(?P<mdy_ry>{relyear}|{thatyear}))?",
        ),
        (
            "dmy",
            rf"(?:(?P<dmy_wd>{wd_any}),?{S})?{NO_NUM_BEFORE}(?P<dmy_d>{DAY}){S}(?:of{S})?"
            rf"(?P<dmy_m>{mon_any})(?:{CS}(?P<dmy_y>{YEAR})|,?{S}(?:of{S})?(?P<dmy_ry>{relyear}|{thatyear}))?",
        ),
        (
            "mrng",
            rf"(?P<mrng_m1>{mon_full})(?:{S}(?P<mrng_y1>{YEAR}))?[ \t]?[-–—][ \t]?(?P<mrng_m2>{mon_full})"
            rf"(?:{CS}(?P<mrng_y>{YEAR}))?",
        ),
        ("my", rf"{_modp('my')}(?P<my_m>{mon_any})(?:{S}of)?{CS}(?P<my_y>{YEAR})"),
        (
            "ymd",
            rf"{NO_NUM_BEFORE}(?P<ymd_y>{YEAR_BASE})(?P<ymd_s>[-/.])(?P<ymd_m>1[0-2]|0?[1-9])"
            rf"(?P=ymd_s)(?P<ymd_d>3[01]|[12][0-9]|0?[1-9])(?![0-9]|\.[0-9])",
        ),
        (
            "mdyn",
            rf"{NO_NUM_BEFORE}(?P<mdyn_m>3[01]|[12][0-9]|0?[1-9])/(?P<mdyn_d>3[01]|[12][0-9]|0?[1-9])/"
            rf"(?P<mdyn_y>{YEAR_BASE}|[0-9]{{2}})(?![0-9/])",
        ),
        (
            "yrng",
            rf"{NO_NUM_BEFORE}(?P<yrng_y1>{YEAR_BASE})[ \t]?[-–—][ \t]?(?P<yrng_y2>{YEAR_BASE}|[0-9]{{2}})"
            rf"(?![0-9%]|,[0-9]|\.[0-9]|[-–][0-9])",
        ),
        ("dec", rf"{_modp('dec')}(?P<dec_d>(?<![0-9])(?:1[5-9]|20)[0-9]0|['’][0-9]0)['’]?s\b"),
        ("cent", rf"{_modp('cent')}(?P<cent_n>[12]?[0-9])(?:st|nd|rd|th)(?:[ \t]{{1,3}}|-)century\b"),
        (
            "qtr",
            rf"(?:the{S})?(?:(?P<qtr_y0>{YEAR})(?:{S}|-))?(?P<qtr_o>{ordq})(?:{S}|-)(?:fiscal{S})?(?P<qtr_u>quarter|half)\b"
            rf"(?:{S}(?:of{S})?(?:(?:fiscal{S})?(?P<qtr_y>{YEAR})|(?P<qtr_r>{relyear})"
            rf"|(?P<qtr_cy>the{S}(?:(?:current|fiscal){S})?year\b)))?",
        ),
        (
            # "the first three months of the year" (Q1), "the first nine months", "the last six months of 2025"
            "fmon",
            rf"(?:the{S})?(?:(?P<fmon_f>first)|(?:last|final)(?={S}{num}{S}months{S}of{S}"
            rf"(?:(?:the|this|last|next|fiscal){S})?(?:year\b|[12][0-9]{{3}})))"
            rf"{S}(?P<fmon_n>{num}){S}months\b(?:{S}of{S}(?:(?:fiscal{S})?(?P<fmon_y>{YEAR})|(?P<fmon_r>{relyear})"
            rf"|(?P<fmon_cy>the{S}(?:(?:current|fiscal){S})?year\b)))?",
        ),
        (
            "qcode",
            rf"\b(?P<qcode_c>Q[1-4]|H[12])\b(?:{S}(?P<qcode_y>{YEAR})|['’](?P<qcode_yy>[0-9]{{2}})\b)?",
        ),
        (
            "yq",
            rf"{NO_NUM_BEFORE}(?P<yq_y>{YEAR_BASE})(?:[ \t]|-)?(?P<yq_c>[QqHh][1-4])\b",
        ),
        (
            "cur",
            rf"\b(?P<cur_mod>(?:the{S})?{_alt(k for k in t.mods if k.endswith(' of'))}){S}the{S}"
            rf"(?P<cur_u>week|month|year|quarter|decade)\b|\b(?P<cur_u2>year|month|quarter)-end\b",
        ),
        ("wkend", rf"\bthe{S}(?P<wkend_w>weekend)\b"),
        ("fy", rf"\bthe{S}(?:current{S}|(?P<fy_y>{YEAR}){S})?fiscal{S}(?P<fy_u>year|quarter)\b"),
        ("deic", rf"\b{_modp('deic')}(?P<deic_w>{deictic})(?:{S}(?P<deic_p>{pod}))?"),
        (
            "ago",
            rf"\b(?P<ago_n>{num})[ \t-]{{1,3}}(?P<ago_u>{unit}){S}(?P<ago_d>ago|earlier|later|before|after|"
            rf"from{S}now|prior|previously|on)\b(?!{S}(?:this|last|next)\b)",
        ),
        (
            # "from the same period last year": the period in focus, a year before
            "same",
            rf"\bthe{S}same{S}(?:period|time|quarter|month){S}(?:(?:of|in){S})?"
            rf"(?:last{S}year|a{S}year{S}(?:earlier|ago|before)|the{S}(?:previous|prior){S}year|the{S}year{S}before)\b",
        ),
        (
            "anch",
            rf"\bthe{S}(?P<anch_r>previous|preceding|following|next|same|prior){S}"
            rf"(?P<anch_u>{singular_units}|weekend|{pod})"
            rf"|\bthe{S}(?P<anch_u2>day|week|month|year|night){S}(?P<anch_r2>before|after)\b"
            rf"|\bthat{S}(?P<anch_u3>day|week|month|year|weekend|{pod})",
        ),
        (
            "pastn",
            rf"\b(?:the{S}(?P<pastn_w>past|last|previous|next|coming){S}(?:(?P<pastn_n>{num}){S})?"
            rf"|(?P<pastn_w2>past|last|previous|next|coming){S}(?P<pastn_n2>{num}){S})"
            rf"(?P<pastn_u>{unit})",
        ),
        (
            "relp",
            rf"\b{_modp('relp')}(?:the{S}(?=coming|current|upcoming))?(?P<relp_r>this{S}past|this|last|next|coming|current|"
            rf"upcoming|previous|earlier{S}this|later{S}this){S}(?:fiscal{S})?(?P<relp_u>{period})\b",
        ),
        (
            "set",
            rf"\b(?:(?P<set_q>every|each){S}(?:(?P<set_n>other|{num}){S})?"
            rf"(?P<set_u>{unit}|{wd_full}|{season}|{mon_full})"
            # "twice a year", "six days a week", "eight hours a day": a frequency
            rf"|(?P<set_f>once|twice|{num}{S}times|{num}[ \t-]{{1,3}}{unit}){S}(?:a|an|per|each|every){S}(?P<set_u2>{unit})"
            rf"|(?P<set_a>{sets}))",
        ),
        (
            "wkd",
            rf"\b{_modp('wkd')}(?:(?P<wkd_r>this|last|next|past|previous|coming|earlier|later){S})?(?P<wkd_w>{wd_full[:-2]})"
            rf"(?P<wkd_pl>s)?\b(?:{S}(?P<wkd_p>{pod}))?",
        ),
        (
            "seas",
            rf"\b{_modp('seas')}(?:(?P<seas_r>this|last|next|past|coming){S})?(?P<seas_s>{season})"
            rf"(?:{S}(?:of{S})?(?P<seas_y>{YEAR})|{S}(?P<seas_ry>{relyear}))?",
        ),
        (
            "monb",
            rf"\b{_modp('monb')}(?:(?P<monb_r>this|last|next|past|coming){S})?(?P<monb_m>{mon_full})"
            rf"(?:,?{S}(?:of{S})?(?:(?P<monb_ry>{relyear})|(?P<monb_that>{thatyear})))?",
        ),
        ("hol", rf"\b(?P<hol_h>{holidays})(?:{CS}(?P<hol_y>{YEAR}))?"),
        (
            "time",
            rf"(?:{NO_NUM_BEFORE}(?P<time_h>[01]?[0-9]|2[0-3]):(?P<time_m>[0-5][0-9])(?::[0-5][0-9])?"
            rf"(?P<time_ap>{ampm})?(?![0-9]|:[0-9])"
            rf"|{NO_NUM_BEFORE}(?P<time_h2>1[0-2]|0?[1-9])(?P<time_ap2>{ampm})"
            # "10.30am", as British pages print a clock: the dot needs the am or pm
            rf"|{NO_NUM_BEFORE}(?P<time_h4>1[0-2]|0?[1-9])\.(?P<time_m4>[0-5][0-9])(?P<time_ap4>{ampm})"
            rf"|\b(?P<time_w>noon|midnight)\b)(?:{S}(?P<time_tz>{tz}))?{on_day}",
        ),
        ("ref", rf"\b(?P<ref_w>{refs})(?!{S}(?:{num}{S})?{unit})"),
        ("inn", rf"\b(?:in|within){S}(?P<inn_n>{num})[ \t-]{{1,3}}(?P<inn_u>{unit})"),
        (
            "dur",
            rf"\b(?P<dur_n>{num})(?:[ \t]{{1,3}}|-)(?:{_alt(t.runs)}[ \t]{{1,3}})?(?P<dur_u>{unit})(?!-old|[ \t]+old\b)"
            # "a year and a half", "an hour and a half": the half after the unit
            rf"(?P<dur_h>[ \t]+and[ \t]+a[ \t]+half\b)?"
            rf"(?:,?{S}and{S}(?P<dur_n2>{num})[ \t]{{1,3}}(?P<dur_u2>{unit}))?"
            rf"|\bfor{S}(?P<dur_bare>years|decades|months|weeks|days|hours|centuries)\b"
            # "the week-long holiday", "a yearlong probe": one unit's length
            rf"|\b(?P<dur_long>{'|'.join(_LONG_UNITS)})-?long\b",
        ),
        (
            # "on the 10th", "by the 15th of next month": a day of the month in focus
            "nth",
            rf"\bthe{S}(?P<nth_d>3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)\b"
            rf"(?:{S}of{S}(?:(?P<nth_r>this|last|next){S}|the{S})month\b"
            rf"|(?=[ \t]*(?:[.,;:!?)\]\"”’\n]|\Z)|{S}(?:{_alt(t.cues_nth_after)})\b))",
        ),
        ("yr", rf"\b{_modp('yr')}{NO_NUM_BEFORE}(?<![$₩€£¥#])(?P<yr_y>{YEAR})(?!%|[ \t]?percent|[-–/][0-9])"),
    ]


#: The rules that can begin with a digit ("27 July", "2016", "3 p.m.", "two" cannot).
DIGIT_RULES = frozenset(
    {"rng3", "dmy", "ymd", "mdyn", "yrng", "dec", "cent", "qtr", "yq", "ago", "set", "time", "dur", "yr"}
)


@functools.cache
def pattern(digit: bool = False) -> re.Pattern[str]:
    """The whole grammar as one compiled pattern; ``digit``: only the rules that can start with a digit.

    Each rule is guarded by a lookahead for the characters it can begin with, so a
    rule that cannot match at a position is left after one character test.
    """
    parts = []
    for name, body in _rules(tables()):
        if digit and name not in DIGIT_RULES:
            continue
        first = _first_chars(body)
        guard = "" if first is None else "(?=[" + "".join(re.escape(c) for c in sorted(first)) + "])"
        parts.append(f"(?P<R_{name}>{guard}{body})")
    return re.compile("|".join(parts), re.IGNORECASE)


def _first_chars(body: str) -> frozenset[str] | None:
    """The characters a match of regex ``body`` can begin with, or ``None`` when that is not known."""
    try:
        first, empty = _firsts(_re_parser.parse(body, re.IGNORECASE).data, True)
    except (re.error, TypeError, ValueError):  # an unknown construct: no guard, always safe
        return None
    if first is None or empty:
        return None  # the guard is compiled case-insensitively like the rule, so it is never narrower
    return frozenset(first)


def _cased(chars: Iterable[str], ic: bool) -> set[str]:
    out = set(chars)
    if ic:
        out |= {c.lower() for c in out} | {c.upper() for c in out}
    return out


def _firsts(items: Iterable[Any], ic: bool) -> tuple[set[str] | None, bool]:
    """What a parsed sequence can begin with (``None``: anything) and whether it can match empty."""
    acc: set[str] = set()
    for op, av in items:
        first, empty = _first_of(op, av, ic)
        if first is None:
            return None, False
        acc |= first
        if not empty:
            return acc, False
    return acc, True


def _first_of(op: Any, av: Any, ic: bool) -> tuple[set[str] | None, bool]:
    c = _re_constants
    if op is c.LITERAL:
        return _cased(chr(av), ic), False
    if op is c.IN:
        chars: set[str] = set()
        for kind, val in av:
            if kind is c.LITERAL:
                chars.add(chr(val))
            elif kind is c.RANGE and val[1] - val[0] < 128:
                chars.update(chr(x) for x in range(val[0], val[1] + 1))
            else:
                return None, False  # a negated set or a category
        return _cased(chars, ic), False
    if op is c.BRANCH:
        acc: set[str] = set()
        empty = False
        for seq in av[1]:
            first, e = _firsts(seq, ic)
            if first is None:
                return None, False
            acc |= first
            empty = empty or e
        return acc, empty
    if op is c.SUBPATTERN:
        _, add, drop, sub = av
        return _firsts(sub, (ic or bool(add & re.IGNORECASE)) and not drop & re.IGNORECASE)
    if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
        lo, _, sub = av
        first, e = _firsts(sub, ic)
        return first, e or lo == 0
    if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
        return set(), True  # zero width: what follows decides
    return None, False


@functools.cache
def starters() -> frozenset[str]:
    """Words an expression can begin with before its trigger word ("the", "early", "two"...)."""
    t = tables()
    words = {
        "early", "late", "mid", "the", "start", "beginning", "end", "middle", "turn", "this", "last",
        "next", "past", "previous", "preceding", "following", "same", "prior", "coming", "current",
        "earlier", "later", "every", "each", "once", "twice", "in", "within", "for", "that", "first",
        "second", "third", "fourth", "final", "other", "fiscal",
    }  # fmt: skip
    for table in (
        t.numbers,
        t.deictic,
        t.refs,
        t.holidays,
        t.lunar,
        t.months,
        t.weekdays,
        t.seasons,
        t.sets,
        t.ordinals,
    ):
        for form in table:
            words.add(form.split()[0].split("-")[0].replace("'", ""))
    return frozenset(words)


@functools.cache
def linkers() -> frozenset[str]:
    """Words that may stand just before a trigger inside an expression ("recent" in "in recent years")."""
    t = tables()
    words = set(starters()) | {
        "period",
        "of",
        "and",
        "to",
        "through",
        "until",
        "times",
        "per",
        "a",
        "an",
        "st",
        "nd",
        "rd",
        "th",
    }
    for table in (t.numbers, t.deictic, t.refs, t.holidays, t.lunar, t.runs):
        for form in table:
            words.update(w.replace("'", "") for w in form.split())
    return frozenset(words)


#: bound words after a length of time, and the TIMEX3 mod they give ("two days or more")
_BOUNDS_AFTER = {
    "more": "EQUAL_OR_MORE",
    "longer": "EQUAL_OR_MORE",
    "less": "EQUAL_OR_LESS",
    "fewer": "EQUAL_OR_LESS",
    "shorter": "EQUAL_OR_LESS",
    "so": "APPROX",
}
_BOUND_AFTER = re.compile(r"[ \t]{1,3}or[ \t]{1,3}(more|longer|less|fewer|shorter|so)\b", re.IGNORECASE)

# a day of the month inside an expression ("June 3", "Dec. 28"), not a year ("the 2019 election")
_DAY_NUMBER = re.compile(r"(?<![0-9])[0-9]{1,2}(?![0-9])")
# a lower-case noun right after a date that "the" opened: the date names the event
_ATTRIBUTIVE = re.compile(
    r"[ \t](?!(?:to|and|or|through|until|till|at|in|on|of|for|from|was|were|is|are|will|had|has)\b)[a-z]{3,}"
)

# a year number and a comma right before "a year of ...": an appositive describing that year
_APPOSED_YEAR = re.compile(r"(?<![0-9])[12][0-9]{3},[ \t]{1,3}\Z")

#: units that make a one-unit length with "-long" ("week-long", "yearlong")
_LONG_UNITS = ("day", "week", "month", "year", "decade")


@functools.cache
def _trigger_forms() -> frozenset[str]:
    """The words (as written) that every word-led date expression contains: names, units, "now"..."""
    t = tables()
    lower: set[str] = set()
    lower.update(
        t.seasons, t.units, t.pods, t.sets, ("half", "noon", "midnight", "now", "weekend", "weekends")
    )
    lower.update(u + "long" for u in _LONG_UNITS)  # "a yearlong probe"
    lower.update(k.split()[-1] for k in t.deictic)
    lower.update(k.split()[-1] for k in t.refs)
    names: set[str] = set(t.months) | set(t.holidays) | set(t.lunar)
    names.update(k for k, v in t.weekdays.items() if "abbr" not in v[1])
    names.update(k + "s" for k, v in t.weekdays.items() if "abbr" not in v[1])
    plain = {k for k, v in (*t.months.items(), *t.weekdays.items()) if not v[1]}
    plain |= {k + "s" for k, v in t.weekdays.items() if not v[1]}
    return frozenset(_variants(lower) | {v for v in _variants(names) if v[:1].isupper()} | plain)


@functools.cache
def trigger() -> re.Pattern[str]:
    """Words and digits that every date expression contains: the cheap first pass.

    Every branch starts with a literal character, so the regex engine can skip
    quickly to the positions where a trigger may start.
    """
    by_first: dict[str, list[str]] = {}
    for v in sorted(_trigger_forms(), key=lambda v: (-len(v), v)):
        by_first.setdefault(v[0], []).append(re.escape(v[1:]).replace(r"\ ", S) + r"\b")
    for c in "QH":
        by_first.setdefault(c, []).insert(0, r"[1-4]\b")
    branches = [
        re.escape(c) + r"(?<![A-Za-z0-9].)(?:" + "|".join(rests) + ")"
        for c, rests in sorted(by_first.items())
    ]
    return re.compile("|".join(branches + _rare_branches()))


@functools.cache
def _rare_branches() -> list[str]:
    """The trigger branches for years, clock times and "'90s": they begin with a digit or a quote mark.

    Digits trigger only where a year or a clock time starts; day numbers and amounts
    ("27 July", "two years", "18 months") are reached from their month or unit word.
    """
    branches: list[str] = []
    ampm = r"[ \t]?[ap]\.?[ \t]?m\b"
    for d in "0123456789":
        digit_forms = [r"[0-9]?:[0-5][0-9]", rf"[0-9]?{ampm}", rf"[0-9]?\.[0-5][0-9]{ampm}"]
        digit_forms.append(r"(?<=[Tt][Hh][Ee][ ].)[0-9]?(?:st|nd|rd|th)\b")  # "on the 10th"
        if d == "1":
            digit_forms.insert(0, r"[5-9][0-9]{2}(?![0-9])")
        elif d == "2":
            digit_forms.insert(0, r"[01][0-9]{2}(?![0-9])")
        branches.append(d + r"(?<![0-9.,].)(?:" + "|".join(digit_forms) + ")")
    branches += [q + "(?=[0-9])" for q in "'’"]
    return branches


#: bytes that are ASCII letters stay, every other byte becomes a space (for :func:`_trigger_keys`)
_LETTERS_ONLY = bytes(b if 65 <= b <= 90 or 97 <= b <= 122 else 32 for b in range(256))
_ALNUM = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")


@functools.cache
def _trigger_keys() -> tuple[frozenset[bytes], re.Pattern[str]]:
    """The lower-case words a trigger can begin with, and a pattern for the triggers that begin otherwise.

    Every word trigger begins with a letter; its first word (up to a non-letter) is a
    key. The others (years, clock times, "'90s", "Q3") begin with a digit, a quote mark
    or a Q or H: the pattern for them starts with one of those rare characters, which
    the regex engine skips to directly.
    """
    rare = [*_rare_branches(), *(q + r"(?<![A-Za-z0-9].)[1-4]\b" for q in "QH")]
    keys = set()
    for form in _trigger_forms():
        first = re.match(r"[a-z]+", form.casefold())
        if first is not None:
            keys.add(first.group().encode("ascii"))
    return frozenset(keys), re.compile("|".join(rare))


@functools.cache
def _tense_pattern() -> re.Pattern[str]:
    """One alternation of every tense cue word (grouped by first letter, longest first), then verbs in -ed.

    What kind a cue is comes from :func:`_cue_kinds` after the match, so the scan runs
    one alternation rather than one per kind.
    """
    kinds = _cue_kinds()
    # a cue that is also a month name ("may") counts only in lower case: "In May" is no modal
    months = tables().months
    plain = [w for w in kinds if w not in months]
    lower = [re.escape(w) for w in kinds if w in months]
    return re.compile(rf"\b(?:(?P<cue>{'|'.join([_alt(plain), *lower])})|(?P<ed>[a-z]{{2,}}ed))\b")


_CUE_RANK = {"neutral": 0, "plan": 1, "future": 2, "report": 3, "past": 4}


@functools.cache
def _cue_kinds() -> dict[str, str]:
    """Each tense cue of ``tense.tsv`` (folded) and its kind; a phrase listed twice keeps the first kind
    of: neutral, plan, future, report, past."""
    kinds: dict[str, str] = {}
    for r in rows("tense.tsv"):
        if len(r) > 1 and r[1] in _CUE_RANK:
            w = _fold(r[0])
            if w not in kinds or _CUE_RANK[r[1]] < _CUE_RANK[kinds[w]]:
                kinds[w] = r[1]
    return kinds


@functools.cache
def _unit_cues() -> frozenset[str]:
    """Cue words that are a unit after an amount ("won"): the third column of tense.tsv."""
    return frozenset(r[0] for r in rows("tense.tsv") if len(r) > 2 and r[2] == "unit")


def _cues_in(text: str, lo: int, hi: int) -> list[tuple[int, int, str]]:
    """The tense cues of ``text[lo:hi]``: start, end and kind (a past form right after "be" is none)."""
    kinds = _cue_kinds()
    out = []
    for m in _tense_pattern().finditer(text, lo, hi):
        cs = m.start()
        if m.lastgroup == "ed":
            if _DETERMINER_BEFORE.search(text, max(0, cs - 10), cs) is not None:
                continue  # "would unveil a revised plan in April": an adjective, not the past
            if _BARE_VERB_BEFORE.search(text, max(0, cs - 28), cs) is not None:
                continue  # "would issue detailed rules in December": the object's adjective
            kind = "past"
        else:
            kind = kinds.get(_fold(m.group()), "past")
            if kind == "neutral":
                continue
            if m.group() in _unit_cues() and _AMOUNT_BEFORE.search(text, max(0, cs - 12), cs) is not None:
                continue  # "1,700 won", "3 trillion won": the currency, not the past of "win"
            if kind == "past" and _BARE_FORM_BEFORE.search(text, max(0, cs - 10), cs) is not None:
                continue  # "to set a record", "could hit": the bare verb that looks like a past
        if kind == "past" and _PRESENT_PASSIVE.search(text, max(0, cs - 16), cs) is not None:
            continue  # "will be held in March", "is not closed": a passive, not the past
        if m.lastgroup != "ed" and _fold(m.group()) in _DATE_LEADS and _opens_date(text, m.end()):
            continue  # the "last" of "last week", the "next" of "next month": a date, no tense
        out.append((cs, m.end(), kind))
    return out


# a determiner or a preposition right before a word in -ed makes it an adjective ("a
# revised plan", "its expected launch", "rules for imported sunscreens"); "that" is left
# out, as "the plant that closed in May" is a verb
_DETERMINER_BEFORE = re.compile(
    r"(?<![A-Za-z])(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur"
    r"|for|of|with|from|by|on|in|at|about|into|against|among|without)[ \t]+\Z"
)

#: "to" or a modal and a bare verb right before a word in -ed make it an adjective of the
#: verb's object ("would issue detailed rules", "to approve revised plans"); "would have
#: signed" and "will be held" are verb forms
_BARE_VERB_BEFORE = re.compile(
    r"(?<![A-Za-z])(?:to|will|would|could|should|may|might|can|must)[ \t]{1,3}"
    r"(?!(?:have|has|had|be|been|being|not|also|then|still|never|soon)\b)[a-z]{2,}[ \t]{1,3}\Z"
)

#: "to" or a modal right before an irregular past form ("to set", "could hit", "will cut")
#: makes it the bare verb, no past
_BARE_FORM_BEFORE = re.compile(r"(?<![A-Za-z])(?:to|will|would|could|should|may|might|can|must)[ \t]{1,3}\Z")

#: a number or a scale word right before a cue makes the cue a unit ("1,700 won")
_AMOUNT_BEFORE = re.compile(
    r"(?:[0-9]|(?<![A-Za-z])(?:hundred|thousand|million|billion|trillion))[ \t\u00a0]{1,3}\Z"
)

#: cue words that also open a date ("last week", "next month"); there they say no tense
_DATE_LEADS = frozenset({"last", "next", "coming", "past"})


def _opens_date(text: str, end: int) -> bool:
    """True when a date word follows ``end`` ("last *week*", "next *Monday*", "last *spring*")."""
    w = _WORD_AFTER.match(text, end)
    if w is None:
        return False
    word = _fold(w.group(1))
    t = tables()
    return word in t.units or word in t.weekdays or word in t.months or word in t.seasons


# a sentence ends at a line break, or at . ! ? (and a closing quote) before blanks and a capital;
# the pattern begins with a set of characters, so the regex engine skips straight to them
_SENT = re.compile(r"[.!?\n](?:(?<=\n)|(?<=[.!?])[\"”’]?\s+(?=[\"“‘A-Z]))")
REPORT_REACH = 4  # "said Sunday", "reported on Tuesday"
SPEECH_REACH = 80  # "said in an interview with The Korea Herald on Monday"
# after a speech verb: a preposition, then no clause boundary up to the date
_SPEECH_GAP = re.compile(r"[ \t\u00a0]{1,3}([A-Za-z]+)\b(?:(?!\bthat\b)[^,;:\"“”‘’\n.!?])*\Z")
# the named listener after "told": "the JoongAng Ilbo", "Yonhap", "CNN"
_LISTENER = re.compile(r"[ \t]{1,3}(?:the[ \t]{1,3})?(?:[A-Z][A-Za-z.&'’-]{0,30}[ \t]{1,3}){1,4}")
_PREV_WORDS_REV = re.compile(r"[^A-Za-z0-9\n]{0,3}([A-Za-z]+)(?:[^A-Za-z0-9\n]{0,3}([A-Za-z]+))?")
# a word or a number, read backwards ("27th" is "ht72", "1,000" is "000,1")
_REV_WORD = re.compile(r"[^A-Za-z0-9\n]{0,3}([A-Za-z]+|(?:ts|dn|dr|ht)?[0-9][0-9.,]{0,10}(?<![.,]))")
_WORD_AT = re.compile(r"[A-Za-z]{1,20}")
#: a sentence opened by a condition or a time clause ("If we wait for the spring, we will ...")
#: a condition inside a sentence, after its main clause: "... would ask for more if ..."
_CONDITION_MID = re.compile(r"\b(?:if|unless|once)\b")
_CONDITION_OPENER = re.compile(r"[\"“‘']?[ \t]*(?:If|Unless|Once|When|Until|As soon as)\b")
# a clause break between a tense cue and a date: a comma (not in "1,000"), a colon, a bracket, a dash
_CLAUSE_BREAK = re.compile(r"[;:()\[\]—–\"“”]|,(?![0-9])")
_ASIDE = re.compile(r"\([^()\n]{0,80}\)")


#: "that" right after a date: the date closes a reporting verb's phrase ("told KCNA on Wednesday that")
_THAT_AFTER = re.compile(r"[ \t]+that\b")
#: a participle or relative opening an aside set off by commas: ", closed since the fire,"
_ASIDE_OPENER = re.compile(r",[ \t]+(?:[a-z]+ed|which|who|whose|now|once)\b")


def _aside_before(text: str, lo: int, s: int) -> tuple[int, int]:
    """The span of a comma-bounded aside that ends with the comma right before the date at
    ``s`` (only blanks and a preposition between), or an empty span."""
    end = text.rfind(",", lo, s)
    if end < 0 or len(text[end + 1 : s].split()) > 2:
        return (0, 0)
    start = text.rfind(",", lo, end)
    if start < 0 or _ASIDE_OPENER.match(text, start) is None:
        return (0, 0)
    return (start, end)


def _breaks_clause(text: str, lo: int, hi: int) -> bool:
    """True when a clause break stands in ``text[lo:hi]``; a closed aside in brackets does not
    count ("signed a contract worth 1.5 billion won (US$1.07 million) in January")."""
    if _CLAUSE_BREAK.search(text, lo, hi) is None:
        return False
    gap = text[lo:hi]
    if "(" not in gap:
        return True
    return _CLAUSE_BREAK.search(_ASIDE.sub("", gap)) is not None


# "be", "is", "are" (and a "not" or an adverb) right before a past form: a present passive
_PRESENT_PASSIVE = re.compile(
    r"\b(?:[Bb]e|is|are|am|'s|’s|'re|’re)(?:[ \t]+(?:not|never|also|still|now|already|being))?[ \t]+\Z"
)
_OF_NOUN = re.compile(r"[ \t]{1,3}of[ \t]{1,3}(?![0-9])")
_WORD_AFTER = re.compile(r"[ \t\u00a0]{1,3}([A-Za-z]{2,20})\b")
_NEXT_WORD = re.compile(r"[ \t\u00a0]{0,3}([^\s])?([A-Za-z]{0,40})")


def clear_caches() -> None:
    """Forget the compiled grammar (after the word tables changed)."""
    tables.cache_clear()
    _modifier_forms.cache_clear()
    pattern.cache_clear()
    starters.cache_clear()
    linkers.cache_clear()
    trigger.cache_clear()
    _trigger_forms.cache_clear()
    _rare_branches.cache_clear()
    _trigger_keys.cache_clear()
    _tense_pattern.cache_clear()
    _cue_kinds.cache_clear()
    _verb_seasons.cache_clear()
    _unit_cues.cache_clear()


# --------------------------------------------------------------------------- context


def prev_words(text: str, s: int) -> tuple[str, str]:
    """The word just before ``s`` and the one before it (casefolded; "" when none)."""
    m = _PREV_WORDS_REV.match(text[max(0, s - 40) : s][::-1])
    if not m:
        return "", ""
    return m.group(1)[::-1].casefold(), (m.group(2) or "")[::-1].casefold()


def _cued(text: str, s: int, kind: str) -> bool:
    cues = tables().cues
    w1, w2 = prev_words(text, s)
    if kind in cues.get(w1, ()):
        return True
    return w1 == "the" and kind in cues.get(w2, ())


# a second month after a month name: "June through September", "May and July", "June-August"
_NEXT_MONTH = re.compile(r"[ \t]{0,2}(?:through|to|till|until|and|or|-|–)[ \t]{0,2}([A-Z][a-z]{2,8})\b")


def _month_follows(text: str, e: int) -> bool:
    """True when another month name follows the month ending at ``e`` across a range or list word."""
    m = _NEXT_MONTH.match(text, e)
    return m is not None and _fold(m.group(1)) in tables().months


def _blocked_year(text: str, s: int) -> bool:
    w1, _ = prev_words(text, s)
    return "block" in tables().cues.get(w1, ())


def _sentence_start(text: str, s: int) -> bool:
    i = s - 1
    while i >= 0 and text[i] in " \t\u00a0\"“‘'([":
        i -= 1
    return i < 0 or text[i] in ".!?\n:;—–-"


def _proper_name_context(text: str, s: int, e: int) -> bool:
    """True when a capitalised word stands in a name ("Bloody Sunday", "USA Today", "The Sunday Times")."""
    if not _sentence_start(text, s):
        seg = text[max(0, s - 40) : s][::-1]
        m = _PREV_WORDS_REV.match(seg)
        if m and m.start(1) > 0 and seg[: m.start(1)].strip() == "":
            w = m.group(1)[::-1]
            if w[:1].isupper() and tables().cues.get(w.casefold()) is None:
                return True
    nxt = _NEXT_WORD.match(text, e)
    if nxt and nxt.group(1) and nxt.group(1).isupper() and nxt.group(2) is not None:
        word = (nxt.group(1) + nxt.group(2)).casefold()
        t = tables()
        if word not in t.months and word not in t.pods and word not in t.weekdays:
            return True
    return False


def _followed_by_word(text: str, e: int) -> bool:
    nxt = _NEXT_WORD.match(text, e)
    return bool(nxt and nxt.group(1) and nxt.group(1).isalpha() and nxt.group(1).islower())


# --------------------------------------------------------------------------- resolving


class Ctx:
    """What resolving one text needs: the text, the publication time and the last date seen."""

    def __init__(self, text: str, published: datetime | None, day_first: bool = False) -> None:
        self.text = text
        self.published = published
        #: numeric dates read day first ("08/03/2027" is 8 March), as the outlet writes them
        self.day_first = day_first
        self.pub: date | None = published.date() if published is not None else None
        self.last: tx.Period | None = None
        self.last_day: tx.Period | None = None  # the most recent day (or span of days) mentioned
        self.last_at = -1  # where the expression in focus ends
        self.last_day_at = -1  # where the most recent day ends
        self.out: list[Found] = []
        self.times: list[tuple[int, int, int, int, str | None]] = []
        self._starts: list[int] | None = None
        self._ends: list[int] = []
        self._cues: dict[tuple[int, int], list[tuple[int, int, str]]] = {}
        self.cycles: dict[tuple[object, str | None, str | None, bool], tx.Period | None] = {}
        #: the first reading of each year-less period (key, rel), reused by weakly cued later ones
        self.first_cycle: dict[tuple[object, str | None], tx.Period | None] = {}

    def fronted_year(self, s: int, e: int) -> int | None:
        """The year a fronted phrase gives the sentence of ``s:e`` ("Last year, fires that
        started in late March ..." -> last year), or ``None`` without one."""
        if self.pub is None:
            return None
        lo, _ = self.sentence(s, e)
        m = _FRONTED_YEAR.match(self.text, lo, s)
        if m is None:
            return None
        if m.group("y"):
            return int(m.group("y"))
        return self.pub.year + {"last": -1, "this": 0, "next": 1}[m.group("rel").casefold()]

    def sentence(self, s: int, e: int) -> tuple[int, int]:
        """The sentence around ``s:e``, at most TENSE_WINDOW characters each side."""
        if self._starts is None:
            self._starts = []
            for m in _SENT.finditer(self.text):
                self._starts.append(m.start())
                self._ends.append(m.end())
        i = bisect.bisect_right(self._ends, s) - 1
        lo = self._ends[i] if i >= 0 else 0
        j = bisect.bisect_left(self._starts, max(s, e - 1))
        if j < len(self._starts) and self._starts[j] == e - 1 and self._date_word_at(self._ends[j]):
            j += 1  # "at 7 a.m. Monday": the period ends an abbreviation, not the sentence
        hi = self._starts[j] + 1 if j < len(self._starts) else len(self.text)
        return max(lo, s - TENSE_WINDOW), min(hi, e + TENSE_WINDOW)

    def _date_word_at(self, i: int) -> bool:
        word = _WORD_AT.match(self.text, i)
        if word is None:
            return False
        t = tables()
        w = word.group().casefold()
        return w in t.weekdays or w in t.months

    def tense(self, s: int, e: int) -> str | None:
        """``"future"`` or ``"past"`` by the cue nearest to ``s:e`` in its sentence, or ``None``."""
        return self.tense_read(s, e)[0]

    def tense_read(self, s: int, e: int) -> tuple[str | None, bool]:
        """The tense of the expression at ``s:e`` and whether the evidence is firm.

        Firm: a cue in the expression's own clause, the word right before it ("since",
        "by"), a speech verb it frames, or the first cue after a fronted date ("In March,
        the ministry said"). Weak: a cue only across a clause break. A weak reading bends a
        year-less date less than a firm one (see :func:`_year_penalty`).

        A cue in the expression's own clause (no comma, colon or bracket between) beats
        a nearer one across a clause break: "The ban, imposed in March, will be lifted"
        is the March just gone. A reporting verb ("said") counts only right next to the
        expression ("said Sunday"), or as the first cue after a fronted date with none
        in its clause ("On Tuesday, the ministry said it would..."): "the talks will
        resume in March, officials said" stays future. The word before the expression
        can settle it too: "since March" is past; "by March", "until March" look ahead
        when no cue says otherwise (``cues.tsv``).
        """
        lean = self._lean(s)
        if lean == "back":
            return "past", True
        if _THAT_AFTER.match(self.text, e) and any(
            kind == "report" and ce <= s for _cs, ce, kind in self._sentence_cues(s, e)[1]
        ):
            # "told the Korean Central News Agency (KCNA) on Wednesday that the route would
            # be opened": the day is the telling's, whatever the tense of what was told
            return "past", True
        if (
            _ATTRIBUTIVE.match(self.text, e)
            and self.text[max(0, s - 4) : s].casefold() == "the "
            and _DAY_NUMBER.search(self.text, s, e) is not None
        ):
            # "the June 3 local elections", "the Dec. 28 inspection": a date naming an event
            # before its noun takes no tense from the clause's verb; the nearest reading wins
            return None, False
        bounds, cues = self._sentence_cues(s, e)
        aside = _aside_before(self.text, bounds[0], s)
        best: tuple[int, str] | None = None
        near: tuple[int, str] | None = None  # the nearest cue in the expression's clause
        near_at = -1  # where that cue starts
        future_at = -1  # where the first future cue before the expression starts
        before: tuple[int, int, str] | None = None
        first_after: str | None = None
        text = self.text
        for cs, ce, kind in cues:
            if s <= cs < e:
                continue
            if ce <= s:
                before = (cs, ce, kind)
                dist, lo, hi = s - ce, ce, s
            else:
                if kind == "report" and _QUOTE_MARKS.search(text, e, cs):
                    continue  # '"... in January," he said': the verb frames a quote in its own tense
                if first_after is None:
                    first_after = kind
                dist, lo, hi = cs - e, e, cs
            if kind == "plan":  # "agreed to": the agreeing is past, what was agreed is ahead
                kind = "future" if ce <= s else "past"
            if kind == "future" and ce <= s and future_at < 0:
                future_at = cs
            if kind == "report":
                if dist > REPORT_REACH:
                    continue
                kind = "past"
            if (best is None or dist < best[0]) and not (aside[0] <= cs < aside[1]):
                # "plans to reopen its hall, closed since the fire, in autumn": an aside
                # between the verb and the date says nothing of the date's tense
                best = (dist, kind)
            if (
                (near is None or dist < near[0])
                and not _breaks_clause(text, lo, hi)
                # "began production in July and expects ...": the verb after "and" is another's,
                # as is one in a clause of its own ("... on March 27 whether Ko keeps ...")
                and not (ce > s and _COORDINATION.search(text, lo, hi))
            ):
                near = (dist, kind)
                near_at = cs
        if before is not None and before[2] == "report" and self._frames_speech(before[1], s):
            return "past", True
        # "banned the burning of farm waste until May 15": a past verb does not say that a
        # date after "until" or "by" has passed, so the reading nearest the publication wins
        ahead = lean == "ahead"
        if near is None and first_after in ("future", "past"):
            opener = _CONDITION_OPENER.match(text, bounds[0], s)
            if opener is not None and not _breaks_clause(text, opener.end(), s):
                # "If we wait for the spring, we will be late": the main clause after the
                # condition's comma gives the condition its tense
                return first_after, True
        if near is not None and near[1] == "past" and 0 <= future_at < near_at:
            cond = _CONDITION_MID.search(text, future_at, near_at)
            if cond is not None and not _breaks_clause(text, cond.end(), s):
                # "it would ask for more if outbreaks continued into March": the past form
                # after "if" speaks of a condition ahead, as the "would" before it says
                return "future", True
        if near is not None:
            return near[1], not (ahead and near[1] == "past")
        if first_after == "report":
            return "past", not ahead
        if first_after is not None and before is None and self._fronted(bounds[0], s):
            # "In February, the company launched ...": the main clause's verb dates it
            return ("future" if first_after == "future" else "past"), True  # "agreed to": past
        if best is not None:
            return best[1], lean == "ahead"
        return ("future", True) if lean == "ahead" else (None, False)

    def past_cue_in_sentence(self, s: int, e: int) -> bool:
        """True when a past-tense cue (not a speech verb) stands in the sentence of ``s:e``."""
        _, cues = self._sentence_cues(s, e)
        return any(kind == "past" and not s <= cs < e for cs, _, kind in cues)

    def _sentence_cues(self, s: int, e: int) -> tuple[tuple[int, int], list[tuple[int, int, str]]]:
        """The bounds of the sentence of ``s:e`` and its tense cues, read once per sentence."""
        bounds = self.sentence(s, e)
        cues = self._cues.get(bounds)
        if cues is None:
            cues = self._cues[bounds] = _cues_in(self.text, *bounds)
        return bounds, cues

    def _fronted(self, lo: int, s: int) -> bool:
        """True when at most a few words open the sentence before ``s`` ("In", "Early in")."""
        head = self.text[lo:s]
        return len(head) <= 24 and _CLAUSE_BREAK.search(head) is None and len(head.split()) <= 3

    def lean_ahead(self, s: int) -> bool:
        """True when the word before ``s`` makes a date look ahead ("by", "until", "for")."""
        return self._lean(s) == "ahead"

    def _lean(self, s: int) -> str | None:
        """``"back"`` ("since March") or ``"ahead"`` ("by March") from the word before ``s``, per ``cues.tsv``."""
        seg = self.text[max(0, s - 12) : s]
        word = seg.rstrip()
        if len(word) == len(seg) or not word[-1:].isalpha():
            return None  # no blank, or no word, right before the date
        flags = tables().cues.get(word.rsplit(None, 1)[-1].casefold())
        if not flags:
            return None
        return "back" if "back" in flags else "ahead" if "ahead" in flags else None

    def _frames_speech(self, ce: int, s: int) -> bool:
        """True when only a prepositional phrase stands between a speech verb and ``s``.

        "said in a speech in April that ... would": the date tells when the words were
        said, before the reported clause ("that", a comma or a quote mark) begins.
        """
        if s - ce > SPEECH_REACH:
            return False
        text = self.text
        if text.endswith("told", 0, ce):
            # "told the JoongAng Ilbo on Monday that": a named listener comes first
            listener = _LISTENER.match(text, ce, s)
            if listener is not None:
                ce = listener.end() - 1
        gap = _SPEECH_GAP.match(text, ce, s)
        return gap is not None and gap.group(1).casefold() in tables().speech_links

    def add(
        self,
        s: int,
        e: int,
        p: tx.Period | None,
        anchor: str | None,
        mod: str | None = None,
        ttype: str = "DATE",
        value: str | None = None,
        remember: bool = True,
    ) -> None:
        """Record a found expression (``p`` None gives an unresolved value with no interval)."""
        if p is None:
            self.out.append(Found(s, e, value or "XXXX-XX-XX", None, None, None, ttype, mod))
            return
        b, f = tx.narrow(p, mod)
        self.out.append(Found(s, e, value or p.value, b.isoformat(), f.isoformat(), anchor, ttype, mod))
        if remember:
            self.remember(p)
            self.last_at = e
            if p.grain == "D":
                self.last_day_at = e

    def remember(self, p: tx.Period) -> None:
        """Make ``p`` the date in focus, that "the next day" or "two days later" count from."""
        self.last = p
        if p.grain == "D":
            self.last_day = p

    def focus(self, unit: str) -> tuple[tx.Period | None, bool]:
        """The date in focus for a shift by ``unit``, and whether one is known at a fine enough grain.

        After a month ("In September ... the next day") the day meant is unknown; a
        year or longer is background ("indicted in 2017 ... the following day"), so
        the last day mentioned before it is still the one in focus.
        """
        last = self.last
        if last is None:
            return None, True
        rank = _GRAIN_RANK.get(last.grain[:2], 9)
        if rank <= _GRAIN_RANK.get(unit, 9):
            return last, True
        if rank >= _GRAIN_RANK["Y"] and self.last_day is not None:
            return self.last_day, True
        return None, False

    def raw(
        self,
        s: int,
        e: int,
        value: str,
        ttype: str,
        begin: str | None = None,
        finish: str | None = None,
        anchor: str | None = None,
        mod: str | None = None,
    ) -> None:
        """Record a value that is not a calendar period (durations, sets, references)."""
        self.out.append(Found(s, e, value, begin, finish, anchor, ttype, mod))


def _mod(m: re.Match[str], p: str) -> str | None:
    raw = m.group(p + "_mod")
    if not raw:
        return None
    key = re.sub(r"^the\s+", "", _fold(raw))
    key = re.sub(r"\s+", " ", key)
    mods = tables().mods
    mod = mods.get(key) or mods.get(key + " of")
    return None if mod in (None, "-") else mod


def _month_no(word: str) -> int:
    return tables().months[_fold(word.rstrip("."))][0]


def _weekday_no(word: str) -> int:
    return tables().weekdays[_fold(word.rstrip("."))][0]


def _day_no(s: str) -> int:
    return int(re.sub(r"[^0-9]", "", s))


#: the half after a whole number, as `_fold` leaves it ("three-and-a-half", "2 1/2", "2½")
_HALF_AFTER = re.compile(r"(?:[ -]and[ -]a[ -]half|[ ]1/2|½)\Z")


def _num(s: str) -> float | None:
    """A number written in digits or words; ``None`` for vague amounts ("a few")."""
    f = _fold(s)
    half = _HALF_AFTER.search(f)
    if half is not None:
        whole = _num(f[: half.start()])
        return None if whole is None else whole + 0.5
    nums = tables().numbers
    if f in nums:
        v = nums[f]
        return None if v == "X" else float(v)
    if "-" in f:
        a, _, b = f.partition("-")
        if a in nums and b in nums and nums[a].isdigit() and nums[b].isdigit():
            return float(int(nums[a]) + int(nums[b]))
    try:
        return float(f.replace(",", ""))
    except ValueError:
        return None


def _unit(s: str) -> str:
    return tables().units[_fold(s)]


def _capitalised(word: str) -> bool:
    return word[:1].isupper()


def _name_ok(word: str) -> bool:
    """A month or day name as written: capitalised, or a full unambiguous name ("monday", not "may", "sun")."""
    w = word.strip()
    if w[:1].isupper():
        return True
    t = tables()
    key = _fold(w.rstrip("."))
    entry = t.months.get(key) or t.weekdays.get(key)
    return entry is not None and not entry[1]


def _year_of(s: str) -> int:
    return int(s)


def _two_digit_year(y2: str, century_of: int) -> int:
    return century_of // 100 * 100 + int(y2)


def _safe_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _nearest_year_date(ctx: Ctx, m: int, d: int, s: int, e: int) -> tx.Period | None:
    """A month-day without a year: the occurrence nearest the publication date, bent by tense."""
    assert ctx.pub is not None
    year = ctx.fronted_year(s, e)
    if year is not None:
        fixed = _safe_date(year, m, d)  # "In 2019, the two leaders met on Feb. 27 ..."
        return tx.day(fixed) if fixed else None
    cands = [dd for dd in (_safe_date(y, m, d) for y in range(ctx.pub.year - 1, ctx.pub.year + 2)) if dd]
    best = _nearest_day(ctx, cands, s, e)
    return tx.day(best) if best else None


def _nearest_day(ctx: Ctx, cands: list[date], s: int, e: int) -> date | None:
    """Of days a year apart, the one nearest the publication date, never after it in a past-tense
    sentence or before it in a future-tense one (when another fits)."""
    assert ctx.pub is not None
    when, firm = ctx.tense_read(s, e) if cands else (None, False)
    best: tuple[float, date] | None = None
    for dd in cands:
        dist = float(abs((dd - ctx.pub).days))
        if (when == "future" and dd < ctx.pub) or (when == "past" and dd > ctx.pub):
            dist += _year_penalty(firm)
        if best is None or dist < best[0]:
            best = (dist, dd)
    return best[1] if best else None


#: Days added to a reading of a year-less date that its sentence's tense contradicts. A firm
#: tense rules the reading out; a weak one (a cue across a clause break, which is often
#: another verb's: "has shrunk through September, would force...") only tips the balance
#: between two readings about equally far from the publication date, so "in October"
#: written in late November is the October just gone whatever verb stands nearby.
FIRM_PENALTY = 1000
WEAK_PENALTY = 60


def _year_penalty(firm: bool) -> int:
    return FIRM_PENALTY if firm else WEAK_PENALTY


def _cycle(
    ctx: Ctx,
    make: Callable[[int], tx.Period | None],
    s: int,
    e: int,
    rel: str | None = None,
    key: object = None,
) -> tx.Period | None:
    """A yearly period named without a year ("September", "spring", "the first quarter").

    ``this`` = the one of the publication year; ``last``/``next`` = the one before/after
    the publication date; bare: the latest that has begun (past reading) or, in a
    future-tense sentence, the earliest that has not ended. ``key`` names ``make`` so
    that the answer is computed once per article.
    """
    assert ctx.pub is not None
    year = ctx.fronted_year(s, e) if rel is None else None
    if year is not None:
        return make(year)  # "Last year, wildfires that started in late March ..."
    when, firm = ctx.tense_read(s, e) if rel is None else (None, False)
    if when is not None and (_names_figures(ctx.text, e) or (when == "future" and _figures_for(ctx.text, s))):
        # "are due to release third-quarter earnings", "expect it to post a profit for the
        # July-September period": the tense is the reporting's, not the period's, which is
        # the one nearest the publication date
        when, firm = None, False
    memo = (key, rel, when, firm)
    if key is not None:
        if memo in ctx.cycles:
            return ctx.cycles[memo]
        if not firm and (key, rel) in ctx.first_cycle:
            # one reading per article: "in December, which scrapped ..." then "the December
            # ruling" name the same December unless a firm tense says otherwise
            return ctx.first_cycle[(key, rel)]
    found = _pick_cycle(ctx.pub, make, rel, when, firm)
    if key is not None:
        ctx.cycles[memo] = found
        ctx.first_cycle.setdefault((key, rel), found)
    return found


#: "for" or "in" (and "the") right before a period: "a profit of 11 trillion won for the ..."
_FOR_BEFORE = re.compile(r"(?<![A-Za-z])(?:for|in)[ \t]+(?:the[ \t]+)?\Z")
_FIGURES_REACH = 60
_WORD_OR_BREAK = re.compile(r"[A-Za-z]+|[,;:!?]|\.(?![0-9])")


def _figures_for(text: str, s: int) -> bool:
    """True when a noun of figures stands a few words before "for"/"in" and the period at
    ``s``, in one clause ("expect SK hynix to post a profit of 11 trillion won for the
    July-September period", "will release results for the first half")."""
    lead = _FOR_BEFORE.search(text, max(0, s - 10), s)
    if lead is None:
        return False
    lo = max(0, lead.start() - _FIGURES_REACH)
    words = _WORD_OR_BREAK.findall(text, lo, lead.start())
    figures = tables().figures
    for w in reversed(words):
        if not w[0].isalpha():
            return False  # a clause break before any noun of figures
        if _fold(w) in figures:
            return True
    return False


def _names_figures(text: str, e: int) -> bool:
    """True when a noun of figures follows the expression ("third-quarter *earnings*"), per ``figures.txt``."""
    m = _WORD_AFTER.match(text, e)
    return m is not None and _fold(m.group(1)) in tables().figures


def _pick_cycle(
    pub: date, make: Callable[[int], tx.Period | None], rel: str | None, when: str | None, firm: bool = True
) -> tx.Period | None:
    cands = [p for p in (make(pub.year + k) for k in (-1, 0, 1)) if p is not None]
    if not cands:
        return None
    if rel == "this":
        # "this spring" is the publication year's, whether it has passed or is to come
        for p in cands:
            if p.start <= pub <= p.end:
                return p
        same = [p for p in cands if p.value[:4] == f"{pub.year:04d}"]
        return same[0] if same else None
    if rel in ("last", "past"):
        before = [p for p in cands if p.end < pub]
        return before[-1] if before else None
    if rel in ("next", "coming"):
        after = [p for p in cands if p.start > pub]
        return after[0] if after else None
    # bare: the latest that has begun, or the earliest that has not ended; the tense decides
    # when firm, else the one nearer the publication date wins unless the tense tips it
    past = [p for p in cands if p.start <= pub]
    fut = [p for p in cands if p.end >= pub]
    back = past[-1] if past else None
    ahead = fut[0] if fut else None
    if back is None or ahead is None or back is ahead:
        return back or ahead
    d_back = float((pub - back.end).days) + (_year_penalty(firm) if when == "future" else 0)
    d_ahead = float((ahead.start - pub).days) + (_year_penalty(firm) if when == "past" else 0)
    return ahead if d_ahead < d_back else back


def _season_maker(word: str) -> Callable[[int], tx.Period]:
    code, first, last = tables().seasons[_fold(word)]
    return lambda y: tx.season(y, code, first, last)


def _x_value(unit: str, p: tx.Period | None = None) -> str:
    return {
        "D": "XXXX-XX-XX",
        "W": "XXXX-WXX",
        "WE": "XXXX-WXX-WE",
        "M": "XXXX-XX",
        "Q": "XXXX-QX",
        "H": "XXXX-HX",
        "Y": "XXXX",
        "DE": "XXX",
        "CE": "XX",
        "FN": "XXXX-WXX",
    }.get(unit, "XXXX-XX-XX")


#: half of a unit in the next smaller one, so a length with a half keeps whole numbers
#: ("three and a half years" -> ``P3Y6M``, "half an hour" -> ``PT30M``)
_HALF_OF = {"Y": ("M", 6.0), "M": ("D", 15.0), "D": ("H", 12.0), "H": ("MIN", 30.0), "MIN": ("S", 30.0)}


def _duration(n: float | None, unit: str) -> str:
    """The TIMEX3 value of ``n`` units (``None``: an unknown number, "for years")."""
    if n is not None and n != int(n) and unit in _HALF_OF and (n * 2).is_integer():
        smaller, amount_of_half = _HALF_OF[unit]
        if n < 1:
            return _duration(amount_of_half, smaller)
        both = _compound(float(int(n)), unit, amount_of_half, smaller)
        if both is not None:
            return both
    amount = "X" if n is None else (str(int(n)) if n == int(n) else f"{n:g}")
    if unit in ("H", "MIN", "S"):
        return f"PT{amount}{'M' if unit == 'MIN' else unit}"
    if unit == "FN":
        return f"P{'X' if n is None else int(n * 2) if n * 2 == int(n * 2) else n * 2}W"
    if unit == "WE":
        return f"P{amount}WE"
    if unit in ("DE", "CE") and n is not None:
        years = n * (10 if unit == "DE" else 100)
        return f"P{int(years) if years == int(years) else years:g}Y"
    return f"P{amount}{unit}"


# ---- rule handlers: each gets the match and the context, and records what it found


#: The words that join the two days of a range written out; each day is a mention of its own.
_WORD_LINKS = frozenset({"and", "to", "through", "until"})


def _h_range(ctx: Ctx, m: re.Match[str], p: str) -> None:
    g = m.groupdict()
    m1 = _month_no(g.get(f"{p}_m1") or g.get(f"{p}_m") or "")
    m2 = _month_no(g[f"{p}_m2"]) if g.get(f"{p}_m2") else m1
    word = g.get(f"{p}_m1") or g.get(f"{p}_m") or ""
    if not _name_ok(word):
        return
    d1, d2 = _day_no(g[f"{p}_d1"]), _day_no(g[f"{p}_d2"])
    y = g.get(f"{p}_y")
    s, e = m.span()
    if y:  # the year is written after the last day: "Dec. 1 through Jan. 31, 2027" starts in 2026
        a = _safe_date(int(y) - (1 if m2 < m1 else 0), m1, d1)
        b = _safe_date(int(y), m2, d2)
        anchor = None
    elif ctx.pub is not None:
        first = _nearest_year_date(ctx, m1, d1, s, e)
        a = first.start if first else None
        b = _safe_date(a.year + (1 if m2 < m1 else 0), m2, d2) if a else None
        anchor = "published"
    else:
        ctx.raw(s, e, f"XXXX-{m1:02d}-{d1:02d}/XXXX-{m2:02d}-{d2:02d}", "DATE")
        return
    if a is None or b is None or b < a:
        return
    second = f"{p}_m2" if g.get(f"{p}_m2") and m.start(f"{p}_m2") > m.start(f"{p}_d1") else f"{p}_d2"
    if _fold(ctx.text[m.end(f"{p}_d1") : m.start(second)]).strip() in _WORD_LINKS:
        # "on Dec. 20 and Dec. 21", "from Dec. 30 to Jan. 2": two days, as TimeML annotates
        # them; only a dash makes one expression ("Sept. 18-20")
        ctx.add(s, m.end(f"{p}_d1"), tx.day(a), anchor)
        ctx.add(m.start(second), e, tx.day(b), anchor)
        return
    ctx.add(s, e, tx.Period(f"{a.isoformat()}/{b.isoformat()}", a, b, "D"), anchor)


def _h_rng1(ctx: Ctx, m: re.Match[str]) -> None:
    _h_range(ctx, m, "rng1")


def _h_rng2(ctx: Ctx, m: re.Match[str]) -> None:
    _h_range(ctx, m, "rng2")


def _h_rng3(ctx: Ctx, m: re.Match[str]) -> None:
    _h_range(ctx, m, "rng3")


def _day_date(
    ctx: Ctx, m: re.Match[str], month_word: str, day_s: str, year_s: str | None, rel_s: str | None = None
) -> None:
    s, e = m.span()
    if not _name_ok(month_word):
        return
    mo, d = _month_no(month_word), _day_no(day_s)
    if year_s:
        dd = _safe_date(int(year_s), mo, d)
        if dd is not None:
            ctx.add(s, e, tx.day(dd), None)
        return
    if rel_s:
        y, anchor = _year_named(ctx, rel_s)
        dd = _safe_date(y, mo, d) if y is not None else None
        if dd is not None:
            ctx.add(s, e, tx.day(dd), anchor)
        return
    if _safe_date(2000, mo, d) is None:
        return
    if ctx.pub is None:
        ctx.raw(s, e, f"XXXX-{mo:02d}-{d:02d}", "DATE")
        return
    ctx.add(s, e, _nearest_year_date(ctx, mo, d, s, e), "published")


def _h_mdy(ctx: Ctx, m: re.Match[str]) -> None:
    _day_date(ctx, m, m["mdy_m"], m["mdy_d"], m["mdy_y"], m["mdy_ry"])


def _h_dmy(ctx: Ctx, m: re.Match[str]) -> None:
    _day_date(ctx, m, m["dmy_m"], m["dmy_d"], m["dmy_y"], m["dmy_ry"])


_WHOLE_MONTHS = {(1, 3): "Q1", (4, 6): "Q2", (7, 9): "Q3", (10, 12): "Q4", (1, 6): "H1", (7, 12): "H2"}


def _h_mrng(ctx: Ctx, m: re.Match[str]) -> None:
    """ "July-September", "Jan-March 2019": one span of months; a whole quarter or half is named as such."""
    s, e = m.span()
    m1, m2 = _month_no(m["mrng_m1"]), _month_no(m["mrng_m2"])
    if not (_capitalised(m["mrng_m1"]) and _capitalised(m["mrng_m2"])):
        return
    if m["mrng_y1"]:  # "November 2025-January 2026", "December 2018-February"
        y1 = int(m["mrng_y1"])
        y2 = int(m["mrng_y"]) if m["mrng_y"] else y1 + (1 if m2 <= m1 else 0)
        a, b = tx.month(y1, m1), tx.month(y2, m2)
        if not a.end < b.start or y2 - y1 > 2:
            return
        code = _WHOLE_MONTHS.get((m1, m2)) if y1 == y2 else None
        ctx.add(
            s, e, tx.Period(f"{y1:04d}-{code}" if code else f"{a.value}/{b.value}", a.start, b.end, "M"), None
        )
        return
    if m1 == m2:
        return
    wraps = m2 < m1
    anchor: str | None = None
    if m["mrng_y"]:
        y = int(m["mrng_y"]) - (1 if wraps else 0)  # "December-February 2019" ends in 2019
    elif ctx.pub is not None:
        # the whole span is the period read: "January-March" written in late March is the
        # quarter under way, not next year's
        span = _cycle(
            ctx,
            lambda yy: tx.Period("", tx.month(yy, m1).start, tx.month(yy + wraps, m2).end, "M"),
            s,
            e,
            None,
            ("MR", m1, m2),
        )
        if span is None:
            return
        y, anchor = span.start.year, "published"
    else:
        ctx.raw(s, e, f"XXXX-{m1:02d}/XXXX-{m2:02d}", "DATE")
        return
    a, b = tx.month(y, m1), tx.month(y + (1 if wraps else 0), m2)
    code = None if wraps else _WHOLE_MONTHS.get((m1, m2))
    value = f"{y:04d}-{code}" if code else f"{a.value}/{b.value}"
    ctx.add(s, e, tx.Period(value, a.start, b.end, "M"), anchor)


def _year_named(ctx: Ctx, raw: str) -> tuple[int | None, str | None]:
    """The year of "next year" (from publication) or "that year" (the year of the date in focus)."""
    w = _fold(raw).split()[0]
    if w in ("this", "last", "next"):
        return _rel_year(ctx, raw), "published"
    if ctx.last is not None:
        return ctx.last.start.year, "date"
    if ctx.pub is not None:
        return ctx.pub.year, "published"
    return None, None


def _h_my(ctx: Ctx, m: re.Match[str]) -> None:
    if not _name_ok(m["my_m"]):
        return
    p = tx.month(int(m["my_y"]), _month_no(m["my_m"]))
    _pair_months(ctx, m.start(), m.end(), p, True)
    ctx.add(*m.span(), p, None, _mod(m, "my"))


_MONTH_VALUE = re.compile(r"[0-9]{4}-(?:0[1-9]|1[0-2])")
_MONTH_LINK = re.compile(r"[ \t\u00a0]*(?:[-–—]|(?:to|through|until|till|and)\b)[ \t\u00a0]*", re.IGNORECASE)


def _pair_months(ctx: Ctx, s: int, e: int, p: tx.Period, explicit: bool) -> tx.Period:
    """Make "from X to Y" one stretch of time: the months of a pair take their years from each other.

    "from December to February 2019": the December is 2018's. "from January through
    October" in a past-tense sentence: the latest such stretch that has ended; in any
    other, a stretch under way at publication ("in July and August", said in August). Returns
    the period for the second month (``p`` or the one the first month implies);
    rewrites the first month's value when the second one's year is written.
    """
    if not ctx.out:
        return p
    prev = ctx.out[-1]
    if prev.anchor != "published" and not explicit and prev.anchor is not None:
        return p
    if not _MONTH_VALUE.fullmatch(prev.value) or not _MONTH_LINK.fullmatch(ctx.text, prev.end, s):
        return p
    y0, m0 = int(prev.value[:4]), int(prev.value[5:7])
    if explicit:
        if prev.anchor != "published":
            return p  # both written with their years
        first = tx.month(p.start.year - (1 if m0 > p.start.month else 0), m0)
        ctx.out[-1] = _refound(prev, first)
        return p
    if prev.anchor is None:  # "from December 2018 to February": the February after it
        return tx.month(y0 + (1 if p.start.month < m0 else 0), p.start.month)
    second = tx.month(y0 + (1 if p.start.month < m0 else 0), p.start.month)
    if ctx.pub is not None and second.start > ctx.pub:
        earlier = tx.month(second.start.year - 1, p.start.month)
        # past: the latest such stretch that has ended; otherwise a stretch that is under
        # way ("would cut bills in July and August", said in August) is this year's
        if ctx.tense(s, e) == "past" or earlier.end >= ctx.pub:
            second = earlier
            ctx.out[-1] = _refound(prev, tx.month(y0 - 1, m0))
    return second


def _refound(f: Found, p: tx.Period) -> Found:
    """``f`` with the value and interval of ``p`` (its span, anchor and modifier kept)."""
    b, e = tx.narrow(p, f.mod)
    return f._replace(value=p.value, begin=b.isoformat(), finish=e.isoformat())


def _h_ymd(ctx: Ctx, m: re.Match[str]) -> None:
    dd = _safe_date(int(m["ymd_y"]), int(m["ymd_m"]), int(m["ymd_d"]))
    if dd is not None:
        ctx.add(*m.span(), tx.day(dd), None)


def _h_mdyn(ctx: Ctx, m: re.Match[str]) -> None:
    y = m["mdyn_y"]
    yy = int(y) if len(y) == 4 else 2000 + int(y) if int(y) < 50 else 1900 + int(y)
    first, second = int(m["mdyn_m"]), int(m["mdyn_d"])
    if first > 12 or (ctx.day_first and second <= 12):
        first, second = second, first  # "25/03/2027", or an outlet that writes the day first
    dd = _safe_date(yy, first, second)
    if dd is not None:
        ctx.add(*m.span(), tx.day(dd), None)


def _h_yrng(ctx: Ctx, m: re.Match[str]) -> None:
    y1 = int(m["yrng_y1"])
    raw2 = m["yrng_y2"]
    y2 = int(raw2) if len(raw2) == 4 else _two_digit_year(raw2, y1)
    if y2 == y1:
        ctx.add(*m.span(), tx.year(y1), None)  # "1953-53": one year written as a span
        return
    if not y1 < y2 <= y1 + (100 if len(raw2) == 4 else 10):
        return  # not a span of years: "2015-32", "2016-2013" are codes, scores or typos
    a, b = tx.year(y1), tx.year(y2)
    ctx.add(*m.span(), tx.Period(f"{a.value}/{b.value}", a.start, b.end, "Y"), None, remember=False)


def _h_dec(ctx: Ctx, m: re.Match[str]) -> None:
    raw = m["dec_d"]
    if raw[0] in "'’":
        d = int(raw[1:])
        base = 2000 + d if ctx.pub is not None and 2000 + d <= ctx.pub.year else 1900 + d
        if ctx.pub is None:
            base = 1900 + d
    else:
        base = int(raw)
    ctx.add(*m.span(), tx.decade(base), None, _mod(m, "dec"))


def _h_cent(ctx: Ctx, m: re.Match[str]) -> None:
    n = int(m["cent_n"])
    if n < 1:
        return
    ctx.add(*m.span(), tx.century((n - 1) * 100), None, _mod(m, "cent"))


def _rel_year(ctx: Ctx, raw: str | None) -> int | None:
    if not raw or ctx.pub is None:
        return None
    w = _fold(raw).split()[0]
    return ctx.pub.year + {"this": 0, "last": -1, "next": 1}[w]


def _h_qtr(ctx: Ctx, m: re.Match[str]) -> None:
    s, e = m.span()
    o = _fold(m["qtr_o"])
    unit = _fold(m["qtr_u"])
    n = 4 if unit == "quarter" else 2
    raw = tables().ordinals.get(o, "last" if o == "last" else "0")
    k = n if raw == "last" else int(raw)
    if not 1 <= k <= n:
        return
    make: Callable[[int], tx.Period] = (lambda y: tx.quarter(y, k)) if n == 4 else (lambda y: tx.half(y, k))
    if m["qtr_y"] or m["qtr_y0"]:
        ctx.add(s, e, make(int(m["qtr_y"] or m["qtr_y0"])), None)
        return
    if m["qtr_cy"] is None and m["qtr_r"] is None and _OF_NOUN.match(ctx.text, e):
        return  # "the second half of the film", "the first quarter of the match": not a date
    if m["qtr_cy"] and ctx.pub is not None:
        ctx.add(s, e, make(ctx.pub.year), "published")
        return
    y = _rel_year(ctx, m["qtr_r"])
    if y is not None:
        ctx.add(s, e, make(y), "published")
        return
    if ctx.pub is None:
        ctx.raw(s, e, f"XXXX-{'Q' if n == 4 else 'H'}{k}", "DATE")
        return
    ctx.add(s, e, _cycle(ctx, make, s, e), "published")


_FIRST_MONTHS = {3: "Q1", 6: "H1"}
_LAST_MONTHS = {3: "Q4", 6: "H2"}


def _months_of_year(y: int, first: int, last: int) -> tx.Period:
    """Months ``first``..``last`` of year ``y``: a quarter, a half, the year, one month or a span of months."""
    if (first, last) == (1, 12):
        return tx.year(y)
    a, b = tx.month(y, first), tx.month(y, last)
    if first == last:
        return a
    code = _WHOLE_MONTHS.get((first, last))
    return tx.Period(f"{y:04d}-{code}" if code else f"{a.value}/{b.value}", a.start, b.end, "M")


def _h_fmon(ctx: Ctx, m: re.Match[str]) -> None:
    """ "the first nine months (of the year)", "the last three months of 2025": months counted from a year's end."""
    s, e = m.span()
    n_f = _num(m["fmon_n"])
    if n_f is None or n_f != int(n_f) or not 1 <= n_f <= 12:
        return
    n = int(n_f)
    first, last = (1, n) if m["fmon_f"] else (13 - n, 12)
    if m["fmon_y"]:
        ctx.add(s, e, _months_of_year(int(m["fmon_y"]), first, last), None)
        return
    if m["fmon_cy"] is None and m["fmon_r"] is None and _OF_NOUN.match(ctx.text, e):
        # "the first six months of his term": a length of time, not a part of the calendar
        ctx.raw(m.start("fmon_n"), e, _duration(n, "M"), "DURATION")
        return
    y = ctx.pub.year if m["fmon_cy"] and ctx.pub is not None else _rel_year(ctx, m["fmon_r"])
    if (
        y is None
        and m["fmon_cy"] is None
        and m["fmon_r"] is None
        and ctx.pub is not None
        and _months_of_year(ctx.pub.year, first, last).end >= ctx.pub
    ):
        # "residents enrolled in the first six months", written in June: this year's months
        # are not over yet, so it is the first six months of the thing reported on
        ctx.raw(s, e, _duration(n, "M"), "DURATION")
        return
    if y is not None:
        ctx.add(s, e, _months_of_year(y, first, last), "published")
        return
    if ctx.pub is None:
        value = _months_of_year(2000, first, last).value.replace("2000", "XXXX")
        ctx.raw(s, e, value, "DATE")
        return
    make = functools.partial(_months_of_year, first=first, last=last)
    ctx.add(s, e, _cycle(ctx, make, s, e, None, ("FM", first, last)), "published")


def _h_qcode(ctx: Ctx, m: re.Match[str]) -> None:
    s, e = m.span()
    c = m["qcode_c"].upper()
    kind, k = c[0], int(c[1])
    if m["qcode_c"][0].islower():
        return
    make: Callable[[int], tx.Period] = (
        (lambda y: tx.quarter(y, k)) if kind == "Q" else (lambda y: tx.half(y, k))
    )
    if m["qcode_y"]:
        ctx.add(s, e, make(int(m["qcode_y"])), None)
    elif m["qcode_yy"]:
        ctx.add(s, e, make(2000 + int(m["qcode_yy"])), None)
    elif ctx.pub is not None:
        ctx.add(s, e, _cycle(ctx, make, s, e), "published")
    else:
        ctx.raw(s, e, f"XXXX-{c}", "DATE")


def _h_yq(ctx: Ctx, m: re.Match[str]) -> None:
    c = m["yq_c"].upper()
    k = int(c[1])
    if c[0] == "H" and k > 2:
        return
    y = int(m["yq_y"])
    ctx.add(*m.span(), tx.quarter(y, k) if c[0] == "Q" else tx.half(y, k), None)


_GRAIN_RANK = {"D": 0, "WE": 1, "W": 1, "FN": 1, "M": 2, "Q": 3, "SE": 3, "H": 4, "Y": 5, "DE": 6, "CE": 7}


#: grains of a period that recurs each year (month, quarter, half, season): "a year earlier" keeps them
_YEARLY_PARTS = frozenset({"M", "Q", "H", "SE"})


#: how far back the date "N units later" counts from may stand (about a paragraph)
_LATER_REACH = 400


def _h_ago(ctx: Ctx, m: re.Match[str]) -> None:
    s, e = m.span()
    n = _num(m["ago_n"])
    # a length of time starts with its bound word ("about two weeks after the summit")
    s, bound = _bound_before(ctx.text, s)
    dur_mod = bound[0] if bound else None
    unit = _unit(m["ago_u"])
    d = _fold(m["ago_d"])
    if unit == "DE" and d == "ago" and n is not None and n == int(n):
        unit, n = "Y", n * 10  # "a decade ago" is the year ten years back, not a decade
    nxt = _NEXT_WORD.match(ctx.text, e)
    comparative = d in ("earlier", "later") and nxt is not None and _fold(nxt.group(0)) == "than"
    if comparative or (
        d in ("before", "after", "prior", "on") and nxt is not None and (nxt.group(1) or "").isalnum()
    ):
        # "two days after the summit", "a day after Pyongyang fired": relative to an event;
        # "two years earlier than planned": a comparison. A length of time, not a date
        ctx.raw(s, m.end("ago_u"), _duration(n, unit), "DURATION", mod=dur_mod)
        return
    written = _duration(n, unit)
    if unit == "H" and n is not None and n == int(n) and n % 24 == 0 and d != "ago":
        n, unit = n / 24, "D"  # "48 hours earlier": two days before the date in focus
    if n is None or n != int(n) or unit in ("H", "MIN", "S"):
        if unit in ("H", "MIN", "S") and n is not None and ctx.published is not None and d == "ago":
            when = ctx.published - timedelta(
                **{"H": {"hours": n}, "MIN": {"minutes": n}, "S": {"seconds": n}}[unit]
            )
            ctx.raw(
                s,
                e,
                when.strftime("%Y-%m-%dT%H:%M"),
                "TIME",
                when.date().isoformat(),
                when.date().isoformat(),
                "published",
                bound[1] if bound else None,
            )
        if n is not None:
            ctx.raw(s, m.end("ago_u"), _duration(n, unit), "DURATION", mod=dur_mod)
        return
    sign = -1 if d in ("ago", "earlier", "before", "prior", "previously") else 1
    mod = (bound[1] if sign < 0 else bound[2]) if bound else None
    if d in ("ago", "from now"):
        base, anchor = ctx.pub, "published"
    else:
        focus, known = ctx.focus(unit)
        if not known:
            # "late October ... 48 hours earlier": the day in focus is unknown
            ctx.raw(s, m.end("ago_u"), written, "DURATION", mod=dur_mod)
            return
        if focus is not None and unit == "Y" and focus.grain[:2] in _YEARLY_PARTS:
            # "exports rose in February from a year earlier": the same month of the year before,
            # a point of comparison that does not move the focus
            same = tx.years_away(focus, sign * int(n))
            if same is not None:
                ctx.add(s, e, same, "date", mod, remember=False)
                return
        at = ctx.last_at if focus is ctx.last else ctx.last_day_at
        if focus is not None and d == "later" and s - at > _LATER_REACH:
            focus = None  # a date paragraphs back is not what "later" counts from
        if focus is not None:  # "Dec. 17-19 ... two days later": from the end of a span
            base, anchor = (focus.end if sign > 0 else focus.start), "date"
        elif d == "later":
            # "would have delivered its first vehicles about 18 months later": after an
            # event the article does not date, never after the publication; a length
            ctx.raw(s, m.end("ago_u"), written, "DURATION", mod=dur_mod)
            return
        else:
            base, anchor = ctx.pub, "published"
    if base is None:
        ctx.add(s, e, None, None, mod, value=_x_value(unit))
        return
    ctx.add(s, e, tx.shift(base, unit, sign * int(n)), anchor, mod)


def _h_same(ctx: Ctx, m: re.Match[str]) -> None:
    """ "from the same period last year": the month, quarter or half in focus a year before,
    else the year before the publication's."""
    focus, _ = ctx.focus("Y")
    if focus is not None and focus.grain[:2] in _YEARLY_PARTS:
        same = tx.years_away(focus, -1)
        if same is not None:
            ctx.add(*m.span(), same, "date", remember=False)
            return
    if ctx.pub is not None:
        ctx.add(*m.span(), tx.year(ctx.pub.year - 1), "published", remember=False)


def _h_anch(ctx: Ctx, m: re.Match[str]) -> None:
    s, e = m.span()
    pods = tables().pods
    if m["anch_u2"]:
        if _followed_by_word(ctx.text, e):
            return
        u_raw, shift_n = m["anch_u2"], (-1 if _fold(m["anch_r2"]) == "before" else 1)
    elif m["anch_u3"]:
        u_raw, shift_n = m["anch_u3"], 0
    else:
        r = _fold(m["anch_r"])
        u_raw = m["anch_u"]
        shift_n = {"previous": -1, "preceding": -1, "prior": -1, "following": 1, "next": 1, "same": 0}[r]
    u = _fold(u_raw)
    pod = pods.get(u)
    unit = "D" if pod or u == "night" else ("WE" if u == "weekend" else tables().units.get(u, "D"))
    if pod is None and u == "night":
        pod = "NI"
    if unit in ("H", "MIN", "S"):
        return
    focus, known = ctx.focus(unit)
    if not known:
        return  # "In September ... the next day": the day in focus is unknown
    if focus is not None:
        base, anchor = (focus.end if shift_n > 0 else focus.start), "date"
    elif ctx.pub is not None:
        base, anchor = ctx.pub, "published"
    else:
        ctx.add(s, e, None, None, value=_x_value(unit))
        return
    p = tx.shift(base, unit, shift_n)
    if p is None:
        return
    if pod:
        ctx.add(s, e, p, anchor, ttype="TIME", value=f"{p.value}T{pod}")
    else:
        ctx.add(s, e, p, anchor)


def _h_pastn(ctx: Ctx, m: re.Match[str]) -> None:
    raw_n = m["pastn_n"] or m["pastn_n2"]
    unit = _unit(m["pastn_u"])
    n = _num(raw_n) if raw_n else None if _fold(m["pastn_u"]).endswith("s") else 1.0
    w = _fold(m["pastn_w"] or m["pastn_w2"])
    begin = finish = None
    if ctx.pub is not None and n is not None and n == int(n) and unit not in ("H", "MIN", "S"):
        if w in ("past", "last", "previous"):
            first = tx.move(ctx.pub, unit, -int(n))
            begin, finish = (first.isoformat() if first else None), ctx.pub.isoformat()
        elif w in ("next", "coming"):
            last = tx.move(ctx.pub, unit, int(n))
            begin, finish = ctx.pub.isoformat(), (last.isoformat() if last else None)
    ctx.raw(*m.span(), _duration(n, unit), "DURATION", begin, finish, "published" if begin else None)


def _h_relp(ctx: Ctx, m: re.Match[str]) -> None:
    s, e = m.span()
    r = _fold(m["relp_r"]).split()[-1]
    u = _fold(m["relp_u"])
    unit = "WE" if u == "weekend" else _unit(u)
    n = {
        "this": 0,
        "current": 0,
        "last": -1,
        "past": -1,
        "previous": -1,
        "next": 1,
        "coming": 1,
        "upcoming": 1,
    }[r]
    mod = _mod(m, "relp")
    if ctx.pub is None:
        ctx.add(s, e, None, None, value=_x_value(unit), mod=mod)
        return
    if unit == "WE" and n == 0:
        # "this weekend": the coming one, unless the sentence is in the past
        p = tx.weekend(ctx.pub)
        if ctx.pub < p.start and ctx.tense(s, e) == "past":
            p = tx.weekend(ctx.pub - timedelta(days=7))
        ctx.add(s, e, p, "published", mod)
        return
    ctx.add(s, e, tx.shift(ctx.pub, unit, n), "published", mod)


def _h_cur(ctx: Ctx, m: re.Match[str]) -> None:
    """ "the end of the year", "year-end": part of the period holding the publication date."""
    s, e = m.span()
    word = _fold(m["cur_u"] or m["cur_u2"])
    unit = _unit(word)
    mod = _mod(m, "cur") if m["cur_u"] else "END"
    if ctx.pub is None:
        ctx.add(s, e, None, None, value=_x_value(unit), mod=mod)
        return
    ctx.add(s, e, tx.shift(ctx.pub, unit, 0), "published", mod)


def _h_wkend(ctx: Ctx, m: re.Match[str]) -> None:
    """ "over the weekend": the one just past, or the coming one in a future-tense sentence."""
    s, e = m.span()
    if ctx.pub is None:
        ctx.add(s, e, None, None, value="XXXX-WXX-WE")
        return
    cands = [tx.weekend(ctx.pub + timedelta(days=7 * k)) for k in (-1, 0, 1)]
    if ctx.tense(s, e) == "future":
        p = next(c for c in cands if c.end >= ctx.pub)
    else:
        p = [c for c in cands if c.start <= ctx.pub][-1]
    ctx.add(s, e, p, "published")


def _h_fy(ctx: Ctx, m: re.Match[str]) -> None:
    """ "the fiscal year": the one holding the publication date (calendar-based, as in Korea)."""
    s, e = m.span()
    unit = _unit(m["fy_u"])
    if m["fy_y"] and unit == "Y":
        ctx.add(s, e, tx.year(int(m["fy_y"])), None)  # "the 2025 fiscal year"
        return
    if m["fy_y"]:
        return
    if ctx.pub is None:
        ctx.add(s, e, None, None, value=_x_value(unit))
        return
    ctx.add(s, e, tx.shift(ctx.pub, unit, 0), "published")


def _h_deic(ctx: Ctx, m: re.Match[str]) -> None:
    s, e = m.span()
    word = m["deic_w"]
    if word[:1].isupper() and _proper_name_context(ctx.text, m.start("deic_w"), m.end("deic_w")):
        return
    offset, pod = tables().deictic[_fold(word)]
    if m["deic_p"]:
        pod = tables().pods[_fold(m["deic_p"])]
    mod = _mod(m, "deic")
    if ctx.pub is None:
        ctx.add(s, e, None, None, value="XXXX-XX-XX" + (f"T{pod}" if pod else ""), mod=mod)
        return
    p = tx.day(ctx.pub + timedelta(days=offset))
    if pod:
        ctx.add(s, e, p, "published", mod, ttype="TIME", value=f"{p.value}T{pod}")
    else:
        ctx.add(s, e, p, "published", mod)


#: a count and a unit of time before a rate ("16 hours" of "16 hours a day")
_COUNT_OF_UNITS = re.compile(r"([^\s-]{1,24})[ \t-]{1,3}([A-Za-z]{1,12})")


def _h_set(ctx: Ctx, m: re.Match[str]) -> None:
    s, e = m.span()
    t = tables()
    if m["set_a"]:
        ctx.raw(s, e, t.sets[_fold(m["set_a"])], "SET")
        return
    if m["set_u2"]:
        count = _COUNT_OF_UNITS.fullmatch(m["set_f"])
        if count is not None and _num(count.group(1)) is not None:
            # "for at least 16 hours a day": the length of time is the fact, "a day" its rate
            fs = m.start("set_f")
            b_start, bound = _bound_before(ctx.text, fs)
            unit = _unit(count.group(2))
            ctx.raw(
                b_start,
                fs + count.end(2),
                _duration(_num(count.group(1)), unit),
                "DURATION",
                mod=bound[0] if bound else None,
            )
            return
        ctx.raw(s, e, _duration(1, _unit(m["set_u2"])), "SET")
        return
    word = _fold(m["set_u"])
    n_raw = m["set_n"]
    n: float | None = 2.0 if n_raw and _fold(n_raw) == "other" else (_num(n_raw) if n_raw else 1.0)
    if word in t.units:
        ctx.raw(s, e, _duration(n, t.units[word]), "SET")
    elif word in t.weekdays:
        if not _name_ok(m["set_u"]):
            return
        ctx.raw(s, e, f"XXXX-WXX-{t.weekdays[word][0]}", "SET")
    elif word in t.seasons:
        ctx.raw(s, e, f"XXXX-{t.seasons[word][0]}", "SET")
    elif word in t.months:
        if not _name_ok(m["set_u"]):
            return
        ctx.raw(s, e, f"XXXX-{t.months[word][0]:02d}", "SET")


def _h_wkd(ctx: Ctx, m: re.Match[str]) -> None:
    s, e = m.span()
    w = m["wkd_w"]
    if not _name_ok(w):
        return
    rel = _fold(m["wkd_r"]) if m["wkd_r"] else None
    if m["wkd_r"] is None and _proper_name_context(ctx.text, m.start("wkd_w"), m.end("wkd_w")):
        return
    if rel in ("earlier", "later"):
        rel = None  # "earlier Tuesday": that day, as a bare "Tuesday"
    n = _weekday_no(w)
    if m["wkd_pl"]:
        ctx.raw(s, e, f"XXXX-WXX-{n}", "SET")
        return
    pod = tables().pods[_fold(m["wkd_p"])] if m["wkd_p"] else None
    mod = _mod(m, "wkd")
    if ctx.pub is None:
        ctx.add(s, e, None, None, value=f"XXXX-WXX-{n}" + (f"T{pod}" if pod else ""), mod=mod)
        return
    p = tx.day(_weekday_date(ctx, n, rel, s, e))
    if pod:
        ctx.add(s, e, p, "published", mod, ttype="TIME", value=f"{p.value}T{pod}")
    else:
        ctx.add(s, e, p, "published", mod)


def _weekday_date(ctx: Ctx, n: int, rel: str | None, s: int, e: int) -> date:
    """The day of ISO weekday ``n`` meant at ``s:e``: the latest on or before publication, or by ``rel``/tense."""
    assert ctx.pub is not None
    pub = ctx.pub
    back = (pub.isoweekday() - n) % 7
    prev_d = pub - timedelta(days=back)
    next_d = pub + timedelta(days=(n - pub.isoweekday()) % 7)
    if rel in ("last", "past", "previous"):
        return prev_d if back else pub - timedelta(days=7)
    if rel in ("next", "coming"):
        return next_d if next_d != pub else pub + timedelta(days=7)
    if rel == "this":
        return pub - timedelta(days=pub.isoweekday() - n)
    tense, firm = ctx.tense_read(s, e)
    if tense == "past" and not firm and ctx.lean_ahead(s):
        # "extended the measures to Sejong for Wednesday": a past verb does not say a day
        # after "for", "by" or "until" has passed, so the nearer one is meant
        return next_d if (next_d - pub) < (pub - prev_d) else prev_d
    if tense == "future" and not firm and ctx.past_cue_in_sentence(s, e):
        # weak evidence both ways: news tells of days gone by ("have risen ..., closing at
        # 312,500 won on Wednesday, but analysts warn the company remains ...")
        return prev_d
    return next_d if tense == "future" else prev_d


@functools.cache
def _verb_seasons() -> frozenset[str]:
    """The season words that are verbs as well ("fall", "spring"): the fifth column of seasons.tsv."""
    return frozenset(_fold(r[0]) for r in rows("seasons.tsv") if len(r) > 4 and r[4] == "verb")


def _described_season(text: str, s: int, word: str) -> bool:
    """True when an article and one adjective stand before a season that is no verb ("after
    a mild autumn delayed the birds", "the harsh winter"), or the season opens a sentence
    before its verb ("Summer will tell us")."""
    if _fold(word) in _verb_seasons():
        return False
    if word[:1].isupper() and _sentence_start(text, s):
        # "Summer will tell us whether ...": the season as a sentence's subject, before its verb
        nxt = _NEXT_WORD.match(text, s + len(word))
        verb = ((nxt.group(1) or "") + nxt.group(2)) if nxt else ""
        return verb.isalpha() and verb.islower() and verb in _SUBJECT_VERBS
    w1, w2 = prev_words(text, s)
    return w2 in ("a", "an", "the") and w1.isalpha() and w1.islower() and w1 not in tables().cues


#: verbs after a season that opens a sentence as its subject ("Summer will tell us")
_SUBJECT_VERBS = frozenset(
    {"will", "would", "could", "may", "might", "should", "was", "has", "had", "came", "brought"}
)


def _h_seas(ctx: Ctx, m: re.Match[str]) -> None:
    s, e = m.span()
    word = m["seas_s"]
    rel = _fold(m["seas_r"]) if m["seas_r"] else None
    mod = _mod(m, "seas")
    if not (
        rel
        or mod
        or m["seas_y"]
        or m["seas_ry"]
        or _cued(ctx.text, s, "season")
        or _described_season(ctx.text, s, word)
    ):
        return
    if not (rel or mod or m["seas_y"] or m["seas_ry"]) and _fold(word) in _verb_seasons():
        w1, w2 = prev_words(ctx.text, s)
        if w1 in ("to", "and") and w2 not in tables().seasons:
            return  # "continued to fall", "rise and fall": the verb; "from spring to fall" stays
    if word[:1].isupper() and not _sentence_start(ctx.text, m.start("seas_s")) and not (rel or mod):
        return  # "Arab Spring", "Prague Spring": a name
    if not m["seas_y"] and _OF_NOUN.match(ctx.text, e):
        return  # "the fall of Saigon": not a season
    make = _season_maker(word)
    if m["seas_y"]:
        ctx.add(s, e, make(int(m["seas_y"])), None, mod)
        return
    code = tables().seasons[_fold(word)][0]
    if ctx.pub is None:
        ctx.add(s, e, None, None, value=f"XXXX-{code}", mod=mod)
        return
    y = _rel_year(ctx, m["seas_ry"])
    if y is not None:
        ctx.add(s, e, make(y), "published", mod)
        return
    ctx.add(s, e, _cycle(ctx, make, s, e, rel, ("SE", _fold(word))), "published", mod)


#: lower-case words after "the <Month>" that show a name, not a month before its noun
_NOT_NOUNS = frozenset({"for", "of", "to", "in", "on", "and", "or", "at", "by", "with"})


def _h_monb(ctx: Ctx, m: re.Match[str]) -> None:
    s, e = m.span()
    word = m["monb_m"]
    if not _name_ok(word):
        return
    mo, flags = tables().months[_fold(word)]
    rel = _fold(m["monb_r"]) if m["monb_r"] else None
    mod = _mod(m, "monb")
    cued = bool(rel or mod or m["monb_ry"]) or _cued(ctx.text, s, "month") or _month_follows(ctx.text, e)
    if cued and not (rel or mod or m["monb_ry"]) and prev_words(ctx.text, s)[0] == "the":
        # "the June flights", "the March election": a month before its noun; "the March for
        # Life", "the May Queen" are names
        nxt = _NEXT_WORD.match(ctx.text, e)
        noun = ((nxt.group(1) or "") + nxt.group(2)) if nxt else ""
        cued = noun.isalpha() and noun.islower() and noun not in _NOT_NOUNS
    if "cue" in flags and not cued:
        return
    if not cued and _proper_name_context(ctx.text, m.start("monb_m"), m.end("monb_m")):
        return  # "September Group", "Seoul's December Festival": part of a name
    if m["monb_that"] and ctx.last is not None:
        ctx.add(s, e, tx.month(ctx.last.start.year, mo), "date", mod)
        return
    if ctx.pub is None:
        ctx.add(s, e, None, None, value=f"XXXX-{mo:02d}", mod=mod)
        return
    y = ctx.pub.year if m["monb_that"] else _rel_year(ctx, m["monb_ry"])
    if y is not None:
        ctx.add(s, e, _pair_months(ctx, s, e, tx.month(y, mo), True), "published", mod)
        return
    p = _cycle(ctx, lambda yy: tx.month(yy, mo), s, e, rel, ("M", mo))
    if p is not None and rel is None:
        p = _pair_months(ctx, s, e, p, False)
    ctx.add(s, e, p, "published", mod)


def _h_nth(ctx: Ctx, m: re.Match[str]) -> None:
    """ "on the 10th", "by the 15th of last month": that day of the publication month, or of the
    month before or after it, whichever is nearest and fits the tense; only after a word such as
    "on", "by" or "since" (``cues.tsv``, flag ``day``), so "the 38th parallel" stays out."""
    s, e = m.span()
    if "day" not in tables().cues.get(prev_words(ctx.text, s)[0], ()):
        return
    d = int(m["nth_d"])
    if ctx.pub is None:
        ctx.raw(s, e, f"XXXX-XX-{d:02d}", "DATE")
        return
    y, mo = ctx.pub.year, ctx.pub.month
    if m["nth_r"] or _fold(m.group()).endswith("month"):
        shift_n = {"last": -1, "next": 1}.get(_fold(m["nth_r"] or "this"), 0)
        total = y * 12 + mo - 1 + shift_n
        dd = _safe_date(total // 12, total % 12 + 1, d)
        if dd is not None:
            ctx.add(s, e, tx.day(dd), "published")
        return
    cands = []
    for k in (-1, 0, 1):
        total = y * 12 + mo - 1 + k
        dd = _safe_date(total // 12, total % 12 + 1, d)
        if dd is not None:
            cands.append(dd)
    best = _nearest_day(ctx, cands, s, e)
    if best is not None:
        ctx.add(s, e, tx.day(best), "published")


def _h_hol(ctx: Ctx, m: re.Match[str]) -> None:
    s, e = m.span()
    name = m["hol_h"]
    if not _capitalised(name):
        return
    lunar = tables().lunar.get(_fold(name))
    if lunar is not None:
        _lunar_holiday(ctx, m, lunar)
        return
    mo, d = tables().holidays[_fold(name)]
    if m["hol_y"]:
        dd = _safe_date(int(m["hol_y"]), mo, d)
        if dd:
            ctx.add(s, e, tx.day(dd), None)
        return
    if _proper_name_context(ctx.text, s, e):
        return  # "Christmas Island"
    if ctx.pub is None:
        ctx.raw(s, e, f"XXXX-{mo:02d}-{d:02d}", "DATE")
        return
    ctx.add(s, e, _nearest_year_date(ctx, mo, d, s, e), "published")


def _lunar_holiday(ctx: Ctx, m: re.Match[str], key: str) -> None:
    """ "Chuseok", "Seollal 2019": a holiday of the lunar calendar, on its date in the year meant.

    The date moves every year (``lunar.tsv``): without a written year it is the occurrence
    nearest the publication date, bent by tense; with no year known, or a year missing
    from the table, the name is left alone rather than given a guessed value.
    """
    s, e = m.span()
    dates = tables().lunar_dates
    if m["hol_y"]:
        md = dates.get((key, int(m["hol_y"])))
        dd = _safe_date(int(m["hol_y"]), *md) if md else None
        if dd is not None:
            ctx.add(s, e, tx.day(dd), None)
        return
    if ctx.pub is None or _proper_name_context(ctx.text, s, e):
        return
    cands = []
    for y in (ctx.pub.year - 1, ctx.pub.year, ctx.pub.year + 1):
        md = dates.get((key, y))
        dd = _safe_date(y, *md) if md else None
        if dd is not None:
            cands.append(dd)
    best = _nearest_day(ctx, cands, s, e)
    if best is not None:
        ctx.add(s, e, tx.day(best), "published")


def _h_time(ctx: Ctx, m: re.Match[str]) -> None:
    s, e = m.span()
    if m["time_w"]:
        hh, mm = (12, 0) if _fold(m["time_w"]) == "noon" else (0, 0)
    else:
        hh = int(m["time_h"] or m["time_h2"] or m["time_h4"])
        mm = int(m["time_m"] or m["time_m4"] or 0)
        ap = m["time_ap"] or m["time_ap2"] or m["time_ap4"]
        if ap:
            a = ap.strip().casefold()[0]
            if hh > 12 or (hh == 0 and a == "p"):
                return  # "0:00 a.m." is midnight, as Japanese pages print it; "0 p.m." is nothing
            if a == "p" and hh < 12:
                hh += 12
            elif a == "a" and hh == 12:
                hh = 0
        elif m["time_h"] is None:
            return
    clock = f"T{hh:02d}:{mm:02d}"
    if m["time_wd"] or m["time_mo"] or m["time_dx"] or m["time_mo2"]:
        day, x_value, anchor = _day_after_time(ctx, m, s, e)
        if day is not None:
            ctx.add(s, e, day, anchor, ttype="TIME", value=day.value + clock)
            return
        if x_value is not None:
            ctx.raw(s, e, x_value + clock, "TIME")
            return
        e = max(
            m.end(g) for g in ("time_m", "time_ap", "time_ap2", "time_ap4", "time_w", "time_tz") if m[g]
        )  # the clock alone
    ctx.times.append((len(ctx.out), hh, mm, s, None))
    ctx.raw(s, e, clock, "TIME")


def _day_after_time(
    ctx: Ctx, m: re.Match[str], s: int, e: int
) -> tuple[tx.Period | None, str | None, str | None]:
    """The day written right after a clock time ("6 a.m. Monday", "3 p.m. on Dec. 27", "9 p.m. yesterday").

    Returns the day and its anchor, or (without a publication date) the value with
    ``X`` placeholders; both ``None`` when the day is not a valid date.
    """
    if m["time_wd"]:
        if not _name_ok(m["time_wd"]):
            return None, None, None
        n = _weekday_no(m["time_wd"])
        if ctx.pub is None:
            return None, f"XXXX-WXX-{n}", None
        return tx.day(_weekday_date(ctx, n, None, s, e)), None, "published"
    if m["time_mo2"]:  # "6:15pm, 12 May 2025"
        if not _name_ok(m["time_mo2"]):
            return None, None, None
        dd = _safe_date(int(m["time_y2"]), _month_no(m["time_mo2"]), _day_no(m["time_d2"]))
        return (tx.day(dd) if dd else None), None, None
    if m["time_dx"]:
        offset = tables().deictic[_fold(m["time_dx"])][0]
        if ctx.pub is None:
            return None, "XXXX-XX-XX", None
        return tx.day(ctx.pub + timedelta(days=offset)), None, "published"
    if not _name_ok(m["time_mo"]):
        return None, None, None
    mo, d = _month_no(m["time_mo"]), _day_no(m["time_d"])
    if m["time_y"]:
        dd = _safe_date(int(m["time_y"]), mo, d)
        return (tx.day(dd) if dd else None), None, None
    if _safe_date(2000, mo, d) is None:
        return None, None, None
    if ctx.pub is None:
        return None, f"XXXX-{mo:02d}-{d:02d}", None
    return _nearest_year_date(ctx, mo, d, s, e), None, "published"


_AS_AFTER = re.compile(r"[ \t\u00a0]{1,3}as\b", re.IGNORECASE)


def _h_ref(ctx: Ctx, m: re.Match[str]) -> None:
    s, e = m.span()
    if _AS_AFTER.match(ctx.text, e) and prev_words(ctx.text, s)[0] == "as":
        return  # "as soon as", "as recently as 2016": a conjunction or a comparison, not a time
    value = tables().refs[_fold(m["ref_w"])]
    p = ctx.pub.isoformat() if ctx.pub else None
    begin, finish = {"PRESENT_REF": (p, p), "PAST_REF": (None, p), "FUTURE_REF": (p, None)}.get(
        value, (None, None)
    )
    ctx.raw(s, e, value, "DATE", begin, finish, "published" if p else None)


def _h_inn(ctx: Ctx, m: re.Match[str]) -> None:
    s, e = m.span()
    n = _num(m["inn_n"])
    unit = _unit(m["inn_u"])
    if unit == "S" and _fold(m["inn_n"]) in ("a", "an"):
        return  # "invest in a second plant": an ordinal
    word = _fold(ctx.text[s : m.start("inn_n")]).strip()
    if (
        word == "in"
        and not _measures_back(ctx.text, s)
        and n is not None
        and n == int(n)
        and unit not in ("H", "MIN", "S")
        and ctx.pub is not None
        and ctx.tense(s, e) == "future"
    ):
        ctx.add(s, e, tx.shift(ctx.pub, unit, int(n)), "published")
        return
    if _fold(m["inn_n"]) in ("a", "an") and word == "in" and ctx.tense(s, e) != "future":
        pass
    ctx.raw(m.start("inn_n"), e, _duration(n, unit), "DURATION")


#: Words before "in 14 years" that make it the stretch looked back over, never a point
#: ahead: "the lowest in 14 years", "for the first time in 30 years", "the group's first in
#: six years" (with words in -est).
_BACK_MEASURES = frozenset({"worst", "best", "most", "least", "time", "ever", "first"})


def _measures_back(text: str, s: int) -> bool:
    """True when a superlative or "time" stands right before "in N years" at ``s``."""
    w1, _ = prev_words(text, s)
    return w1 in _BACK_MEASURES or (len(w1) > 4 and w1.endswith("est"))


#: a year phrase opening a sentence, before its comma: "Last year,", "In 2019,"
_FRONTED_YEAR = re.compile(
    r"[\s\"“]{0,4}(?:(?P<rel>[Ll]ast|[Tt]his|[Nn]ext)[ \t]+year|[Ii]n[ \t]+(?P<y>(?:19|20)[0-9]{2}))[ \t]*,"
)
#: "and" or "but" between a date and a verb after it: the verb heads a coordinated predicate;
#: "whether", "that", "which"...: it belongs to a clause of its own ("will decide before the
#: meeting on March 27 whether Ko keeps his seat as a registered director"; "would close
#: the bridges from Friday until inspections were finished")
_COORDINATION = re.compile(r"\b(?:and|but|whether|that|which|who|because|while|if|until|unless|when|once)\b")
#: quotation marks: a speech verb after one frames a direct quote, not the words before it
_QUOTE_MARKS = re.compile('["”“»«]')
_SINGULAR_UNITS = frozenset({"second", "minute", "hour", "day", "week", "month", "year"})
_NO_ARTICLE_BEFORE = frozenset({"times", "once", "twice", "per", "than"})


def _h_dur(ctx: Ctx, m: re.Match[str]) -> None:
    s, e = m.span()
    if m["dur_bare"]:
        unit = _unit(m["dur_bare"])
        ctx.raw(m.start("dur_bare"), e, _duration(None, unit), "DURATION")
        return
    if m["dur_long"]:
        ctx.raw(s, e, _duration(1, _unit(m["dur_long"])), "DURATION")
        return
    raw_n = m["dur_n"]
    n = _num(raw_n)
    if m["dur_h"] and n is not None:
        n += 0.5
    unit = _unit(m["dur_u"])
    if unit == "S" and _fold(raw_n) in ("a", "an"):
        return  # "a second round", "a second wave": an ordinal
    if ctx.text.startswith("-long", e):
        if _fold(raw_n) in ("a", "an", "one"):
            s = m.start("dur_u")  # "a month-long campaign": the compound alone
        e += 5  # "a two-week-long strike"
    if _fold(raw_n) in ("a", "an") and _APPOSED_YEAR.search(ctx.text, max(0, s - 8), s) is not None:
        return  # "born in 2007, a year of unusually many births": the year described, no length
    if (
        unit == "Q"
        and _fold(raw_n) in ("a", "an")
        and (_bound_before(ctx.text, s)[1] is not None or prev_words(ctx.text, s)[0] == "by")
    ):
        return  # "more than a quarter", "fell by a quarter": a fraction
    if _fold(raw_n) in ("a", "an", "one"):
        w1, _ = prev_words(ctx.text, s)
        if (w1 in _NO_ARTICLE_BEFORE and _bound_before(ctx.text, s)[1] is None) or ctx.text[
            max(0, s - 3) : s
        ].strip()[-1:].isdigit():
            return  # "faster than a year ago", "twice a week"; "more than a week" is a length
    if (
        raw_n[:1].isdigit()
        and _fold(m["dur_u"]) in _SINGULAR_UNITS
        and "-" not in ctx.text[m.end("dur_n") : m.start("dur_u")]
    ):
        return  # "3 year" without a hyphen or a plural is rarely a duration
    if ctx.text[e : e + 1] in ("-",) and ctx.text[e + 1 : e + 4].casefold() == "old":
        return
    value = _duration(n, unit)
    second = None
    if m["dur_n2"]:
        # "2 hours and 10 minutes": one length of time when the second unit is the smaller one
        n2, u2 = _num(m["dur_n2"]), _unit(m["dur_u2"])
        both = _compound(n, unit, n2, u2)
        if both is None:  # "three weeks and two days": two lengths of time
            second = (m.start("dur_n2"), e, _duration(n2, u2))
            e = m.end("dur_u")
        else:
            value = both
    s, bound = _bound_before(ctx.text, s)
    mod = bound[0] if bound else None
    after = _BOUND_AFTER.match(ctx.text, e) if second is None else None
    if after is not None and mod is None:
        mod, e = _BOUNDS_AFTER[after.group(1).casefold()], after.end()  # "two days or more"
    ctx.raw(s, e, value, "DURATION", mod=mod)
    if second is not None:
        ctx.raw(*second, "DURATION")


@functools.cache
def _bound_re() -> re.Pattern[str]:
    """The words of ``bounds.tsv`` ending right before a length of time, searched in a short slice."""
    return re.compile(rf"(?<![\w-])(?P<b>{_alt(tables().bounds)})[ \t]{{1,3}}\Z", re.IGNORECASE)


def _bound_before(text: str, s: int) -> tuple[int, tuple[str, str, str] | None]:
    """Where a length of time starts once a bound word before it is taken in ("more than two
    decades", "nearly three years ago"), and the bound's mods; ``(s, None)`` without one."""
    lo = max(0, s - 20)
    m = _bound_re().search(text[lo:s])
    if m is None:
        return s, None
    return lo + m.start("b"), tables().bounds[_fold(m.group("b"))]


#: the parts of an ISO 8601 duration, largest first: (unit, letter, in the time part)
_DURATION_PARTS = (
    ("Y", "Y", False),
    ("M", "M", False),
    ("D", "D", False),
    ("H", "H", True),
    ("MIN", "M", True),
    ("S", "S", True),
)


def _compound(n1: float | None, u1: str, n2: float | None, u2: str) -> str | None:
    """One duration of two parts ("2 hours and 10 minutes" → ``PT2H10M``), or ``None`` when
    the parts cannot be written together (a week, a decade, or the smaller unit first)."""
    order = [p[0] for p in _DURATION_PARTS]
    if n1 is None or n2 is None or u1 not in order or u2 not in order or order.index(u2) <= order.index(u1):
        return None
    date, time = "", ""
    for unit, letter, in_time in _DURATION_PARTS:
        for n, u in ((n1, u1), (n2, u2)):
            if u == unit:
                amount = str(int(n)) if n == int(n) else f"{n:g}"
                if in_time:
                    time += amount + letter
                else:
                    date += amount + letter
    return "P" + date + ("T" + time if time else "")


def _h_yr(ctx: Ctx, m: re.Match[str]) -> None:
    s, e = m.span()
    ys = m.start("yr_y")
    mod = _mod(m, "yr")
    if _blocked_year(ctx.text, ys):
        return
    if not mod and not _cued(ctx.text, ys, "year") and not _listed_year(ctx.text, ys, e):
        nxt = _NEXT_WORD.match(ctx.text, e)
        ch = nxt.group(1) if nxt else None
        if ch is not None and (ch.isdigit() or (ch.isalpha() and ch.islower())):
            return  # "2016 people": a count, not a year
    ctx.add(s, e, tx.year(int(m["yr_y"])), None, mod)


#: a year after another one and a comma ("in 1954, 1962 and 2012"), or before "and" or "or"
#: and another year
_YEAR_BEFORE = re.compile(r"(?<![0-9])(?:19|20)[0-9]{2},[ \t]{1,3}\Z")
_YEAR_AFTER = re.compile(r",?[ \t]{1,3}(?:and|or)[ \t]{1,3}(?:19|20)[0-9]{2}(?![0-9])")


def _listed_year(text: str, s: int, e: int) -> bool:
    """True when the year at ``s:e`` stands in a list of years: "in 1954, 1962 and 2012"."""
    return _YEAR_BEFORE.search(text, max(0, s - 8), s) is not None or _YEAR_AFTER.match(text, e) is not None


_HANDLERS: dict[str, Callable[[Ctx, re.Match[str]], None]] = {
    "fmon": _h_fmon, "rng1": _h_rng1, "rng2": _h_rng2, "rng3": _h_rng3, "mdy": _h_mdy, "dmy": _h_dmy, "mrng": _h_mrng, "my": _h_my,
    "ymd": _h_ymd, "mdyn": _h_mdyn, "yrng": _h_yrng, "dec": _h_dec, "cent": _h_cent, "qtr": _h_qtr,
    "qcode": _h_qcode, "yq": _h_yq, "ago": _h_ago, "anch": _h_anch, "pastn": _h_pastn, "relp": _h_relp,
    "cur": _h_cur, "wkend": _h_wkend, "fy": _h_fy, "deic": _h_deic, "set": _h_set, "wkd": _h_wkd, "seas": _h_seas, "monb": _h_monb, "hol": _h_hol, "nth": _h_nth,
    "time": _h_time, "ref": _h_ref, "inn": _h_inn, "dur": _h_dur, "yr": _h_yr, "same": _h_same,
}  # fmt: skip

_DAY_VALUE = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")


#: Between a day and the clock time on it: "Monday at 2 p.m.".
# what joins a day to its clock time in one expression: "Monday at 2 p.m.", and in a page's
# stamp "2026-05-21 17:40", "2026-05-21T17:40", "08/03/2027 - 09:14", "Dec. 3, 2025, 10:15"
_AT_BETWEEN = re.compile(r"[ \t]{1,3}at[ \t]{1,3}|[ \t]{1,2}|T|[ \t]{0,2}[-–|][ \t]{0,2}|,[ \t]{1,2}")


def _attach_times(ctx: Ctx) -> None:
    """Give each clock time the day it belongs to: the nearest day in its sentence, else publication.

    Only the neighbours of a time inside its sentence are looked at (the found
    expressions are in text order), so this stays linear.
    """
    out = ctx.out
    for idx, hh, mm, _s, _ in ctx.times:
        f = out[idx]
        lo, hi = ctx.sentence(f.start, f.end)
        best: tuple[int, Found] | None = None
        merged = -1
        j = idx - 1
        while j >= 0 and out[j].end > lo:
            if _DAY_VALUE.match(out[j].value):
                best = (f.start - out[j].end, out[j])
                if _AT_BETWEEN.fullmatch(ctx.text, out[j].end, f.start):
                    merged = j  # "Monday at 2 p.m.": one expression, as "2 p.m. Monday" is
                break
            j -= 1
        j = idx + 1
        while j < len(out) and out[j].start < hi:
            if _DAY_VALUE.match(out[j].value):
                dist = out[j].start - f.end
                if best is None or dist < best[0]:
                    best = (dist, out[j])
                    merged = -1
                break
            j += 1
        focus = _day_in_focus(out, idx, f.start) if best is None else None
        if best is not None:
            day_s, anchor = best[1].value, "date"
        elif focus is not None:
            day_s, anchor = focus, "date"
        elif ctx.published is not None:
            day_s, anchor = ctx.published.date().isoformat(), "published"
        else:
            day_s, anchor = "XXXX-XX-XX", None
        known = anchor is not None
        out[idx] = f._replace(
            value=f"{day_s}T{hh:02d}:{mm:02d}",
            begin=day_s if known else None,
            finish=day_s if known else None,
            anchor=anchor,
        )
        if merged >= 0:
            day = out[merged]
            out[idx] = out[idx]._replace(start=day.start, anchor=day.anchor)
            out[merged] = day._replace(end=day.start)  # emptied: find_dates drops it


#: How far back (characters, and found expressions) a clock time with no day in its sentence
#: looks for the day the story is telling of ("early Wednesday ... at around 4:30 a.m.").
FOCUS_REACH = 1000
FOCUS_STEPS = 12


def _day_in_focus(out: list[Found], idx: int, pos: int) -> str | None:
    """The latest day named before ``out[idx]`` in the last few sentences, by itself or with
    its clock time ("11 a.m. Thursday"), if any: a bare "at around 4:30 a.m." tells the time
    on the day the story is about, not on the day it was published. A bounded look back
    keeps this linear."""
    j = idx - 1
    stop = max(-1, idx - 1 - FOCUS_STEPS)
    while j > stop and out[j].end > pos - FOCUS_REACH:
        value = out[j].value
        # a day ("2025-07-16") or a day with its clock time ("2025-07-17T11:00")
        if (
            out[j].end > out[j].start
            and _DAY_VALUE.match(value[:10])
            and (len(value) == 10 or (value[10:12].startswith("T") and value[11:12].isdigit()))
        ):
            return value[:10]
        j -= 1
    return None


LOOK_BACK = 28


def _trigger_starts(text: str) -> list[int]:
    """Where the trigger pattern matches, found without running it over the whole text.

    The words of the text (ASCII letters, lower-cased; all in C) are intersected with
    the keys the triggers begin with; only the few keys present are looked up, each
    occurrence at a word start is confirmed with the trigger pattern. Digits, quote
    marks and quarter codes come from a pattern that skips straight to them.
    """
    low = text.lower()
    trig = trigger()
    if len(low) != len(text):  # a character that lower-cases to two: scan the plain way
        return [t.start() for t in trig.finditer(text)]
    keys, rare = _trigger_keys()
    present = keys.intersection(low.encode("utf-8", "surrogatepass").translate(_LETTERS_ONLY).split())
    found = [t.start() for t in rare.finditer(text)]
    alnum = _ALNUM
    forms = _trigger_forms()
    match = trig.match
    for key_b in present:
        key = key_b.decode("ascii")
        n = len(key)
        i = low.find(key)
        while i >= 0:
            if i == 0 or text[i - 1] not in alnum:
                after = text[i + n : i + n + 1]
                if (text[i : i + n] in forms and not (after.isalnum() or after == "_")) or match(text, i):
                    found.append(i)  # a whole trigger word as written, or a longer form ("Fourth of July")
            i = low.find(key, i + n)
    found.sort()
    return found


def _matches(text: str) -> Iterator[re.Match[str]]:
    """The grammar's matches, left to right, without overlaps.

    A cheap trigger scan finds the words every expression contains (a month, a unit,
    a digit...); the full grammar is then tried only at the trigger and at the words
    just before it that can begin an expression ("the end of last year"), found by
    walking back over words that can stand inside one. The cost stays linear and low.
    """
    full = pattern()
    numeric = pattern(digit=True)
    begin = starters()
    link = linkers()
    pos = 0
    for at in _trigger_starts(text):
        if at < pos:
            continue
        lo = max(pos, at - LOOK_BACK)
        rev = text[lo:at][::-1]
        starts: list[int] = []
        k = 0
        while True:
            w = _REV_WORD.match(rev, k)
            if w is None:
                break
            word = w.group(1)[::-1].casefold()
            if word[:1].isdigit():
                starts.append(at - w.end(1))  # a day or an amount begins an expression
                k = w.end(1)
                continue
            if word not in link:
                break
            if word in begin:
                starts.append(at - w.end(1))
            k = w.end(1)
        starts.reverse()
        starts.append(at)
        for p in starts:
            m = (numeric if text[p].isdigit() else full).match(text, p)
            if m is None or m.end() == m.start():
                continue
            yield m
            pos = m.end()
            if pos > at:
                break


def find_dates(text: str, published: datetime | None = None, *, day_first: bool = False) -> list[Found]:
    """Every temporal expression in ``text``, resolved against ``published`` (aware datetime or None).

    ``day_first`` reads numeric dates as day/month/year ("08/03/2027" is 8 March), as most
    outlets outside North America write them; a first number above 12 is a day either way.
    """
    ctx = Ctx(text, published, day_first)
    for m in _matches(text):
        name = m.lastgroup
        if name is None or not name.startswith("R_"):
            continue
        handler = _HANDLERS.get(name[2:])
        if handler is None:
            continue
        try:
            handler(ctx, m)
        except (ValueError, KeyError, OverflowError, IndexError):
            continue  # a malformed date ("Feb. 30") is not a date
    if ctx.times:
        _attach_times(ctx)
    return [f for f in ctx.out if f.end > f.start]


def iter_dates(text: str, published: datetime | None = None) -> Iterator[Found]:
    """Like :func:`find_dates`, as an iterator."""
    yield from find_dates(text, published)
