"""The quantities grammar: one regex pass finds where numbers start, small anchored matches read them.

A candidate is a digit or a number word standing at a word start. From there the
scanner reads, left to right and never more than a few words away: a currency sign or
approximation words just before it, the number (digits with separators and decimals,
number words, scale words such as "million"), a range's second end, then a unit or the
counted noun. Grammar, not guessing, rules out years, dates, clock times, phone numbers,
labels ("Route 66") and list markers. Every step is a bounded ``match`` at a position,
so the work is linear in the text's length.
"""

from __future__ import annotations

import functools
import itertools
import re
import unicodedata
from decimal import Decimal, InvalidOperation
from typing import NamedTuple

from attrs import frozen

from ._data import Tables, tables

__all__ = ["Found", "find_quantities", "format_value", "parse_number", "reload_data"]

Number = int | float

_SP = "[ \u00a0]"
_MAX_DIGITS = 18  # longer digit runs are identifiers, not quantities


@frozen(kw_only=True)
class Found:
    """One quantity (or ordinal) found in a text: offsets and values.

    ``kind`` is ``"quantity"`` or ``"ordinal"``; for an ordinal ``low`` holds its rank.
    ``equivalent_of`` is the ``(start, end)`` of the quantity this one restates.
    """

    start: int
    end: int
    kind: str = "quantity"
    low: Number | None = None
    high: Number | None = None
    unit: str | None = None
    approx: str | None = None
    equivalent_of: tuple[int, int] | None = None


_new = object.__new__
# attrs guards a frozen class's fields in ``__setattr__``; the slots' own setters fill a new
# instance directly, which is several times cheaper than the keyword ``__init__`` (one
# ``Found`` is made per quantity, on the hot path).
_FOUND_SLOTS = tuple(
    getattr(Found, name).__set__
    for name in ("start", "end", "kind", "low", "high", "unit", "approx", "equivalent_of")
)


def _found(
    start: int,
    end: int,
    kind: str,
    low: Number | None,
    high: Number | None,
    unit: str | None = None,
    approx: str | None = None,
    equivalent_of: tuple[int, int] | None = None,
) -> Found:
    """A ``Found`` with every field given, made without the keyword ``__init__``."""
    found = _new(Found)
    s_start, s_end, s_kind, s_low, s_high, s_unit, s_approx, s_equiv = _FOUND_SLOTS
    s_start(found, start)
    s_end(found, end)
    s_kind(found, kind)
    s_low(found, low)
    s_high(found, high)
    s_unit(found, unit)
    s_approx(found, approx)
    s_equiv(found, equivalent_of)
    return found


class _Num(NamedTuple):
    """A number as read at one place: value, where it ends, and how it was written."""

    start: int
    end: int
    value: Decimal
    digits: bool  # written in digits
    plain: bool  # digits only: no separator, decimal point or scale (years look like this)
    word: str = ""  # the first number word, lower-cased, when written in words
    plural: bool = False  # "hundreds", "tens of thousands": a vague range
    fraction: bool = False
    currency_scale: tuple[Decimal, int] | None = (
        None  # "m" in "$5m": (multiplier, end), only after a currency sign
    )
    scale: Decimal = Decimal(1)  # the scale word that ends the number ("million" in "2 million")
    needs_unit: bool = False  # "10k": a quantity only with a currency, unit or counted noun
    vague: tuple[Decimal, Decimal, str] | None = None  # "a few": (low, high, approx label)


def format_value(value: Decimal) -> Number:
    """A Decimal as the int or float a quantity carries (ints when whole)."""
    if value == value.to_integral_value():
        return int(value)
    return float(value)


def _alternation(words: list[str], fold: bool = False) -> str:
    """Literal words as one alternation (a prefix trie; longer words win, as with longest-first)."""
    return _trie({w.casefold() for w in words} if fold else set(words))


def _trie(words: set[str]) -> str:
    """An alternation of literal words factored by common prefixes, which ``re`` scans much faster."""
    root: dict[str, dict[str, object]] = {}
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})  # type: ignore[assignment]
        node[""] = {}

    def emit(node: dict[str, dict[str, object]]) -> str:
        alts = [re.escape(ch) + emit(sub) for ch, sub in sorted(node.items()) if ch]  # type: ignore[arg-type]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body

    return emit(root)


def _phrase(words: str) -> str:
    return f"{_SP}+".join(re.escape(w) for w in words.split())


@frozen
class _Patterns:
    """Every compiled pattern, built once from the data tables."""

    main: re.Pattern[str]
    head: re.Pattern[str]
    word: re.Pattern[str]
    sep: re.Pattern[str]
    digits: re.Pattern[str]
    after_digits_junk: re.Pattern[str]
    exchange_code: re.Pattern[str]
    ordinal_suffix: re.Pattern[str]
    scale_word: re.Pattern[str]
    scale_abbr: re.Pattern[str]
    unit: re.Pattern[str]
    compound: re.Pattern[str]
    approx_after: re.Pattern[str]
    range_sep: re.Pattern[str]
    chain: re.Pattern[str]
    mixed_fraction: re.Pattern[str]
    clock: re.Pattern[str]
    non_unit: re.Pattern[str]
    next_word: re.Pattern[str]
    word_after: re.Pattern[str]
    #: an acronym in brackets and the lower-case word after it: "(LNG) carriers"
    acronym_noun: re.Pattern[str]
    of_after: re.Pattern[str]
    and_a_half: re.Pattern[str]
    a_scale: re.Pattern[str]
    half_a: re.Pattern[str]
    paren_open: re.Pattern[str]
    letters: re.Pattern[str]
    line_start: re.Pattern[str]
    unit_first: frozenset[str]  # first characters of every unit, in both cases: a cheap first test
    scale_first: frozenset[str]
    abbr_first: frozenset[str]
    month_first: frozenset[str]  # first letters of the month names (they are capitalised)
    non_unit_first: frozenset[str]  # first letters of the non-units, lower-cased ("a.m.", "KST")


@functools.cache
def _patterns() -> _Patterns:
    t = tables()
    words = [*t.numbers, *t.ordinals]
    word_alt = _alternation(words, fold=True)
    forms = {f for w in [*words, *t.vague] for f in (w, w.title(), w.upper())}
    candidate = rf"[0-9]|{_trie(forms)}(?![A-Za-z])"
    first_letters = "".join(sorted({f[0] for f in forms}))
    scale_words = [w for w, (_, c) in t.numbers.items() if c in ("scale", "hundred")]
    units_i = [u for u, _, cs in t.units if not cs]
    units_s = [u for u, _, cs in t.units if cs and u not in t.glued_units]
    glued = rf"|({_alternation(sorted(t.glued_units))})" if t.glued_units else ""
    # A unit ends at a non-letter; one that ends in a symbol ("%", "km²") needs no boundary.
    unit_end = r"(?![A-Za-z0-9])"
    return _Patterns(
        # Lower-case letters never stand right before a number; upper-case ones may ("USD115"),
        # and ``read`` sorts those out. The scan matches the character *before* a candidate
        # (a character class, so ``re`` skips the letters inside words without trying the
        # alternation there), then a one-character test, then the candidate itself in a
        # lookahead whose group gives where it ends. ``head`` reads a candidate at the start.
        main=re.compile(rf"[^0-9a-z_.,](?=[0-9{re.escape(first_letters)}])(?=({candidate}))"),
        head=re.compile(candidate),
        word=re.compile(rf"(?i:{word_alt})(?![A-Za-z])"),
        sep=re.compile(rf"{_SP}+and{_SP}+|{_SP}+|-"),
        digits=re.compile(r"[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?(?![0-9])|[0-9]+(?:\.[0-9]+)?"),
        after_digits_junk=re.compile(r"[.,/][0-9][0-9.,/]*"),
        # the exchange suffix of a stock code glued to its digits: ".KS", ".KQ", ".T", ".HK"
        exchange_code=re.compile(r"\.[A-Z]{1,4}(?![A-Za-z0-9])"),
        ordinal_suffix=re.compile(r"(?:st|nd|rd|th)(?![A-Za-z])"),
        scale_word=re.compile(rf"(?:{_SP}+|-)?((?i:{_alternation(scale_words, fold=True)}))(?![A-Za-z])"),
        scale_abbr=re.compile(rf"({_alternation(list(t.scales))})(?![A-Za-z])"),
        # Units matched in any case are tried first, then the case-sensitive abbreviations;
        # within each, the prefix trie prefers the longest unit.
        unit=re.compile(
            rf"(?:{_SP}{{0,2}}((?i:{_alternation(units_i, fold=True)})|{_alternation(units_s)}){glued}){unit_end}"
        ),
        compound=re.compile(r"-([a-z]+(?:-old)?)(?![A-Za-z])"),
        # "... or more", but not the "and more" of "and more than 12 million shells"
        approx_after=re.compile(
            rf"{_SP}+((?i:{'|'.join(_phrase(p) for p in sorted(t.approx_after, key=lambda p: -len(p)))}))"
            rf"(?![A-Za-z])(?!{_SP}+(?i:than)\b)"
        ),
        range_sep=re.compile(rf"({_SP}*[-–~]{_SP}*|{_SP}+(?:to|or|and|through){_SP}+)"),
        chain=re.compile(r"(?:[-–][0-9][0-9,.]*)+"),
        mixed_fraction=re.compile(r" ([1-9])/([2-9]|1[0-6])(?![0-9/])"),
        clock=re.compile(r"(?::[0-9]{2})+"),
        non_unit=re.compile(rf"{_SP}?(?i:{_alternation(list(t.non_units), fold=True)})(?![A-Za-z])"),
        next_word=re.compile(rf"{_SP}+([A-Za-z]+)"),
        word_after=re.compile(rf"{_SP}+([A-Za-z][A-Za-z'’.-]*)"),
        acronym_noun=re.compile(rf"{_SP}\([A-Z][A-Z0-9&-]{{1,9}}s?\){_SP}([a-z][a-z-]*[a-z])"),
        of_after=re.compile(rf"{_SP}+of(?={_SP})"),
        and_a_half=re.compile(rf"(?:{_SP}+|-)and(?:{_SP}+|-)a(?:{_SP}+|-)(half|quarter|third)(?![A-Za-z])"),
        a_scale=re.compile(rf"(?<![\w])[Aa]{_SP}+\Z"),
        half_a=re.compile(rf"{_SP}+an?{_SP}+"),
        paren_open=re.compile(rf"{_SP}*\({_SP}*"),
        letters=re.compile(r"[A-Za-z]+"),
        line_start=re.compile(r"(?:\A|\n)[ \t\u00a0•*▶-]*\Z"),
        unit_first=frozenset(c for u, _, _ in t.units for c in (u[0].lower(), u[0].upper(), u[0])),
        scale_first=frozenset(c for w in scale_words for c in (w[0].lower(), w[0].upper())) | {" ", "\u00a0"},
        abbr_first=frozenset(a[0] for a in t.scales),
        month_first=frozenset(m[0] for m in t.months),
        non_unit_first=frozenset(n[0].lower() for n in t.non_units),
    )


# --------------------------------------------------------------------------- reading numbers


def _next_char(text: str, pos: int) -> str:
    """The first character at or after ``pos`` past at most two spaces ("" at the end)."""
    c = text[pos : pos + 1]
    if c == " " or c == "\u00a0":
        c = text[pos + 1 : pos + 2]
        if c == " " or c == "\u00a0":
            c = text[pos + 2 : pos + 3]
            if c == "\u00a0":
                return " "
    return c


def _digits_at(text: str, i: int, p: _Patterns) -> _Num | None:
    """Digits at ``i``: "125", "3,000", "1.2", with a following scale ("1.2 trillion", "5bn")."""
    m = p.digits.match(text, i)
    if m is None:
        return None
    raw = m.group()
    plain = "," not in raw and "." not in raw
    if not plain:
        raw = raw.replace(",", "")
    if len(raw) > _MAX_DIGITS and len(raw.split(".")[0]) > _MAX_DIGITS:
        return None
    try:
        value = Decimal(raw)
    except InvalidOperation:  # pragma: no cover - the pattern only lets digits through
        return None
    end = m.end()
    after = text[end : end + 2]
    s = p.scale_word.match(text, end) if after[1:] in p.scale_first and after[:1] in " -\u00a0" else None
    if s is not None:
        mult = tables().numbers[s.group(1).casefold()][0]
        return _Num(start=i, end=s.end(), value=value * mult, digits=True, plain=False, scale=mult)
    a = p.scale_abbr.match(text, end) if after[:1] in p.abbr_first else None
    if a is not None:
        mult, needs = tables().scales[a.group(1)]
        if needs == "noun":  # "10k runners", "$10K"
            return _Num(i, a.end(), value * mult, True, False, scale=mult, needs_unit=True)
        if needs == "yes":  # "$5m" is five million, "5m" alone five meters: the caller decides
            return _Num(
                start=i, end=end, value=value, digits=True, plain=plain, currency_scale=(mult, a.end())
            )
        return _Num(start=i, end=a.end(), value=value * mult, digits=True, plain=False, scale=mult)
    if plain:
        c = text[end : end + 1]
        if c in _VULGAR or (c == " " and text[end + 2 : end + 3] == "/"):
            mixed = _mixed_fraction(text, end, p)
            if mixed is not None:  # "4 1/2 games", "4½ games": one number
                part, frac_end = mixed
                return _Num(start=i, end=frac_end, value=value + part, digits=True, plain=False)
    # The hot path: every field given, so the tuple is made without the defaults' wrapper.
    return _tuple_new(_Num, (i, end, value, True, plain, "", False, False, None, _ONE, False, None))


def _mixed_fraction(text: str, end: int, p: _Patterns) -> tuple[Decimal, int] | None:
    """The proper fraction right after a whole number: " 1/2", " 3/4", "½" (value, end)."""
    c = text[end : end + 1]
    if c in _VULGAR:
        if text[end + 1 : end + 2].isdigit():
            return None
        return _VULGAR[c], end + 1
    m = p.mixed_fraction.match(text, end)
    if m is None:
        return None
    num, den = int(m.group(1)), int(m.group(2))
    if not 0 < num < den:
        return None  # "3 4/3" is not a mixed number; "4 0/2" nothing
    return Decimal(num) / Decimal(den), m.end()


def _words_at(text: str, i: int, p: _Patterns) -> _Num | None:
    """Number words at ``i``: "seventeen", "twenty-five", "one hundred and sixteen", "two-thirds"."""
    t = tables()
    total = _ZERO
    current = _ZERO
    last = ""  # class of the last token taken
    last_scale = _INFINITY
    first = ""
    pos = i
    end = i
    fraction = False
    scale = _ONE
    while True:
        m = p.word.match(text, pos)
        if m is None:
            break
        w = m.group().casefold()
        entry = t.numbers.get(w)
        if entry is None:
            break
        value, cls = entry
        sep_text = text[end:pos]
        if cls == "unit":
            if last not in ("", "ten", "hundred", "scale"):
                break
            if last == "ten" and sep_text != "-" and not sep_text.isspace():
                break
            current += value
        elif cls == "teen" or cls == "ten":
            if last not in ("", "hundred", "scale"):
                break
            current += value
        elif cls == "hundred":
            if last not in ("unit", "teen", "ten") or current >= 100:
                break
            current *= value
        elif cls == "scale":
            if last not in ("unit", "teen", "ten", "hundred", "dozen") or value >= last_scale:
                break
            total += current * value
            current = _ZERO
            last_scale = value
        elif cls == "dozen":
            if last not in ("unit", "teen", "ten"):
                break
            current *= value
        elif cls == "fraction":
            # "two-thirds", "three quarters": a count of parts, ends the number
            if last not in ("unit", "teen", "ten") or "and" in sep_text or total or current >= 100:
                break
            current *= value
            fraction = True
        else:  # plural words are read elsewhere
            break
        if not first:
            first = w
        last = cls
        scale = value if cls in ("scale", "hundred") else _ONE
        end = m.end()
        if fraction:
            break
        sep = p.sep.match(text, end)
        if sep is None:
            break
        if "and" in sep.group() and last not in ("hundred", "scale"):
            break
        pos = sep.end()
    if not first:
        return None
    # Every field given (start, end, value, digits, plain, word, plural, fraction,
    # currency_scale, scale, needs_unit, vague): cheaper than the keyword constructor.
    return _tuple_new(
        _Num, (i, end, total + current, False, False, first, False, fraction, None, scale, False, None)
    )


def _number_at(text: str, i: int, p: _Patterns) -> _Num | None:
    """Digits or number words at ``i``, with "and a half" and a following scale."""
    num = _digits_at(text, i, p) if text[i].isdigit() else _words_at(text, i, p)
    if num is None:
        return None
    if not num.fraction:
        h = p.and_a_half.match(text, num.end) if "and" in text[num.end : num.end + 6] else None
        if h is not None and (num.plain or not num.digits or num.scale != 1):
            # "five and a half", "3 million and a half" (the fraction is of the last scale)
            value = num.value + tables().numbers[h.group(1).casefold()][0] * num.scale
            end = h.end()
            s = p.scale_word.match(text, end)
            if num.scale == 1 and s is not None and tables().numbers[s.group(1).casefold()][1] == "scale":
                value *= tables().numbers[s.group(1).casefold()][0]  # "two and a half million"
                end = s.end()
            num = _Num(start=i, end=end, value=value, digits=num.digits, plain=False, word=num.word)
    return num


def parse_number(text: str) -> Number | None:
    """Read a whole string as one number ("3,000", "1.2 trillion", "twenty-five"); ``None`` if it is not one.

    The inverse of writing a number with separators and scale words; used by the tests.
    """
    p = _patterns()
    stripped = text.strip()
    if not stripped:
        return None
    lead = len(text) - len(text.lstrip())
    negative = stripped[0] in "-−"
    i = lead + (1 if negative else 0)
    if i >= len(text):
        return None
    a = p.a_scale.search(text, 0, i)
    num = _number_at(text, i, p)
    if num is None and a is None:
        return None
    if num is None or num.end != len(text.rstrip()):
        return None
    value = -num.value if negative else num.value
    return format_value(value)


# --------------------------------------------------------------------------- the scanner


def _is_plural_noun(word: str, t: Tables) -> bool:
    """True for a word that looks like a plural noun: "companies", "Koreas", "fishermen".

    News repeats its nouns, so answers are remembered (a bounded memo, emptied when full
    and by ``reload_data``).
    """
    known = _PLURAL_MEMO.get(word)
    if known is not None:
        return known
    if len(_PLURAL_MEMO) >= _PLURAL_MEMO_SIZE:
        _PLURAL_MEMO.clear()
    answer = _PLURAL_MEMO[word] = _plural_noun(word, t)
    return answer


_PLURAL_MEMO: dict[str, bool] = {}
_PLURAL_MEMO_SIZE = 20_000


def _plural_noun(word: str, t: Tables) -> bool:
    """The test itself, without the memo."""
    if "." in word:
        return False
    w = word.casefold()
    if w in t.irregular_plurals or (w.endswith("men") and len(w) > 4 and w not in _SINGULAR_MEN):
        return True
    if len(w) < 3 or not w.endswith("s") or w in t.stopwords:
        return False
    return not w.endswith(("ss", "us", "is", "'s", "’s"))


#: number-word classes that open a number of their own ("two", "fifteen", "forty")
_COUNT_CLASSES = frozenset({"unit", "teen", "ten"})
_NO_NUMBER = (Decimal(0), "")


def _counted_noun(text: str, pos: int, singular: bool, p: _Patterns) -> tuple[str, int] | None:
    """The noun a number counts, within a few words after ``pos``: "South Korean companies".

    Adjectives and names before the noun are passed over; a second plural right after
    the first is the real head ("3 crew members"). Function words and punctuation end the search.
    """
    t = tables()
    start0 = pos
    for n in range(4):
        m = p.word_after.match(text, pos)
        if m is None:
            return None
        word = m.group(1)
        end = m.end(1)
        core = word.rstrip(".'’")
        if n and (core == "and" or core == "or") and core == word:
            pos = end  # "1,800 current and former employees": adjectives joined before the noun
            continue
        if not core or core.casefold() in t.stopwords or core.endswith(("'s", "’s")):
            return None
        if core[0].isdigit() or t.numbers.get(core.casefold(), _NO_NUMBER)[1] in _COUNT_CLASSES:
            return None  # "about 6,800 two years ago": the noun is the next number's
        if core == word and core.casefold() in t.noun_modifiers:
            pos = end  # "three other former officials", "10 more people"
            continue
        if "." in core and not core.replace(".", "").isupper():
            return None
        if core == word and text.startswith(" (", end):
            after = p.acronym_noun.match(text, end)
            if after is not None and (singular or _is_plural_noun(after.group(1), t)):
                # "eight liquefied natural gas (LNG) carriers": the bracketed acronym names
                # the words before it, and the noun after it is the one counted
                return after.group(1), after.end(1)
        if _is_plural_noun(core, t):
            head = (core, m.start(1) + len(core))
            if n and core[:1].isupper() and core[1:].islower():
                # "34,300 North Koreans", "200 South Africans": a capitalised plural is a
                # people's name, whole with the capitalised words before it
                first = p.word_after.match(text, start0)
                lead = text[first.start(1) : m.start(1)] if first is not None else ""
                if lead.replace(" ", "").isalpha() and all(w[:1].isupper() for w in lead.split()):
                    return text[m.start(1) - len(lead) : head[1]], head[1]
            if core == word:  # no punctuation after it: "crew members"
                nxt = p.word_after.match(text, end)
                if nxt is not None:
                    core2 = nxt.group(1).rstrip(".'’")
                    if core2.islower() and _is_plural_noun(core2, t):
                        return core2, nxt.start(1) + len(core2)
            return head
        if singular and core.islower() and "-" not in core and "." not in core:
            return core, m.start(1) + len(core)
        if word.endswith(".") and "." not in core:  # a sentence ends here
            return None
        pos = end
    return None


def _unit_at(text: str, pos: int, p: _Patterns) -> tuple[str, int] | None:
    """A unit from the units list right after ``pos`` (the longest that fits)."""
    if _next_char(text, pos) not in p.unit_first:
        return None
    m = p.unit.match(text, pos)
    return None if m is None else (m.group(1) or m.group(2), m.end())


def _currency_before(text: str, i: int) -> tuple[str, int] | None:
    """A currency sign or code written right before ``i`` ("$", "US$", "KRW ")."""
    gap = 1 if i > 0 and text[i - 1] == " " else 0
    k = i - gap  # where the prefix would end
    if k <= 0:
        return None
    candidates = _currency_by_last().get(text[k - 1])
    if candidates is None:
        return None
    for prefix, spaced in candidates:  # longest first
        if gap and not spaced:
            continue
        j = k - len(prefix)
        if j < 0 or not text.startswith(prefix, j):
            continue
        if j > 0 and (text[j - 1].isalnum() or (prefix[0] == "$" and text[j - 1] == "$")):
            continue
        return prefix, j
    return None


def _prev_word(text: str, i: int) -> tuple[str, int, bool] | None:
    """The ASCII word before ``i`` across spaces: (word, its start, whether a "." follows it)."""
    j = i
    while j > 0 and text[j - 1] in " \u00a0":
        j -= 1
    if j == i or j == 0:
        return None
    dot = text[j - 1] == "."
    if dot:
        j -= 1
    lo = j - 24 if j > 24 else 0
    k = text.rfind(" ", lo, j) + 1  # the usual case: a plain word after a space
    word = text[k:j]
    if k <= 0 or not (word.isascii() and word.isalpha()):
        k = j
        while k > lo and text[k - 1] in _ASCII_LETTERS:
            k -= 1
    if k == j or (k > 0 and text[k - 1].isalnum()):
        return None
    return text[k:j], k, dot


@functools.cache
def _currency_by_last() -> dict[str, tuple[tuple[str, bool], ...]]:
    """Currency prefixes grouped by their last character, longest first: a cheap first test."""
    groups: dict[str, list[tuple[str, bool]]] = {}
    for prefix, spaced in tables().currencies:
        groups.setdefault(prefix[-1], []).append((prefix, spaced))
    return {last: tuple(sorted(group, key=lambda c: -len(c[0]))) for last, group in groups.items()}


@functools.cache
def _approx_last_words() -> dict[str, int]:
    """The last word of every approximation phrase, with the most words a phrase ending in it
    has: a cheap first test, and how far back the full one need look ("about" is one word)."""
    longest: dict[str, int] = {}
    for phrase in tables().approx_before:
        words = phrase.split()
        last = words[-1].rstrip(".")
        longest[last] = max(longest.get(last, 0), len(words))
    return longest


def _approx_before(text: str, start: int, prev: tuple[str, int, bool]) -> tuple[tuple[str, str], int] | None:
    """The longest approximation phrase ending right before ``start`` ("more than", "an estimated")."""
    table = tables().approx_before
    words = [prev]
    for _ in range(min(_MAX_APPROX_WORDS, _approx_last_words().get(prev[0].casefold(), 0)) - 1):
        w = _prev_word(text, words[-1][1])
        if w is None or w[2]:
            break
        words.append(w)
    for k in range(len(words), 0, -1):
        chosen = words[:k][::-1]
        phrase = " ".join(w[0] for w in chosen).casefold() + ("." if prev[2] else "")
        if phrase in table:
            return table[phrase], chosen[0][1]
    return None


#: verbs whose particle "up" may stand before "to" and a value: "pushing the rate up to 0.80"
#: is the rate it reached, not a ceiling ("can hold up to 300 people")
_UP_VERB = re.compile(
    r"\b(?:push(?:es|ed|ing)?|driv(?:e|es|en|ing)|drove|br(?:ing|ings|inging|ought)|sen[dt]|sending"
    r"|jack(?:s|ed|ing)?|ratchet(?:s|ed|ing)?|mov(?:ed|ing)|went|go(?:es|ing)?|gone"
    r"|climb(?:s|ed|ing)?|shot|shoot(?:s|ing)?|edg(?:e|es|ed|ing)|inch(?:es|ed|ing)?|crept|creep(?:s|ing)?"
    r"|tick(?:s|ed|ing)?)\b[^.;:!?,\n]{0,60}\Z",
    re.IGNORECASE,
)


def _particle_up(text: str, up: int) -> bool:
    """True when the "up" at ``up`` is the particle of a verb of change before it in its clause
    ("grants of up to 3 million won": after a preposition it is a bound all the same)."""
    if _PREPOSITION_BEFORE.search(text, max(0, up - 6), up) is not None:
        return False
    return _UP_VERB.search(text, max(0, up - 90), up) is not None


_PREPOSITION_BEFORE = re.compile(r"\b(?:of|for|by|with|at|in|to|from|on)[ \t]+\Z")


def _margin_before(text: str, start: int, prev: tuple[str, int, bool]) -> bool:
    """True when an approximation phrase with bound ``margin`` ends right before ``start``."""
    ab = _approx_before(text, start, prev)
    return ab is not None and ab[0][1] == "margin"


def _sentence_start(text: str, i: int) -> bool:
    """True when ``i`` begins a sentence, a line or a quotation (capitals are expected there)."""
    j = i - 1
    while j >= 0 and text[j] in " \t\u00a0":
        j -= 1
    return j < 0 or text[j] in ".!?\n\r\"“‘'(:;—–-[•▶"


#: What the scanner made of one candidate: maybe a quantity, and where to resume. A plain
#: tuple, not a NamedTuple: one is made per candidate, and building a tuple is cheaper.
_Reading = tuple[Found | None, int]


class _Scanner:
    """Reads the candidates of one text in order, each with bounded look-around."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.p = _patterns()
        self.t = tables()
        self._prev_at = -1
        self._prev: tuple[str, int, bool] | None = None
        #: a second quantity the last reading found beside its own ("3-0": the 0)
        self._extra: Found | None = None

    def prev(self, i: int) -> tuple[str, int, bool] | None:
        """The word before ``i`` (remembered for the last position asked about)."""
        if self._prev_at != i:
            self._prev_at = i
            self._prev = _prev_word(self.text, i)
        return self._prev

    def run(self) -> list[Found]:
        out: list[Found] = []
        resume = 0
        last: Found | None = None
        read = self.read
        paren_open = self.p.paren_open
        # (position, end of the candidate's own match): one at the very start, then the scan's.
        # A candidate inside the match of the one before is passed over, as a plain
        # ``finditer`` over the candidates would.
        head = self.p.head.match(self.text)
        starts = [(0, head.end())] if head is not None else []
        scan_end = 0
        for i, cand_end in itertools.chain(
            starts, ((m.start() + 1, m.end(1)) for m in self.p.main.finditer(self.text))
        ):
            if i < scan_end:
                continue
            scan_end = cand_end
            if i < resume:
                continue
            f, nxt = read(i)
            extra, self._extra = self._extra, None
            if nxt > resume:
                resume = nxt
            if f is None:
                continue
            if (
                f.start > 2
                and self.text[f.start - 1] in _ZONE_SIGN
                and _ZONE_BEFORE.search(self.text, max(0, f.start - 6), f.start)
            ):
                continue  # "GMT+9", "UTC-5": a time zone, not an amount
            if (
                last is not None
                and f.kind == "quantity"
                and last.kind == "quantity"
                and f.start > last.end
                and self.text[f.start - 1] in _PAREN_GAP_END  # the cheap test before the pattern
            ):
                gap = paren_open.fullmatch(self.text, last.end, f.start)
                if gap is not None:
                    f = _found(
                        f.start, f.end, "quantity", f.low, f.high, f.unit, f.approx, (last.start, last.end)
                    )
            out.append(f)
            last = f
            if extra is not None:
                out.append(extra)
                last = extra
        return out

    # -- one candidate ---------------------------------------------------------

    def read(self, i: int) -> _Reading:
        text, p = self.text, self.p
        if text[i].isdigit():
            before = text[i - 1] if i > 0 else ""
            if (before and before in "/#") or (before in "-–" and i > 1 and text[i - 2].isalnum()):
                return self._skip_junk(i)
            if before.isalpha() and _currency_before(text, i) is None:
                return self._skip_junk(i)  # "G20", "KF21": part of a name
        elif i > 0 and (text[i - 1].isalnum() or text[i - 1] == "_"):
            return (None, i + 1)  # "Bone", "ZONE": a number word inside a word
        num = _number_at(text, i, p)
        if num is None:
            return self._special_word(i) if not text[i].isdigit() else (None, i + 1)
        if num.digits:
            return self._after_digits(num)
        return self._after_words(num)

    def _skip_junk(self, i: int) -> _Reading:
        m = self.p.digits.match(self.text, i)
        end = m.end() if m else i + 1
        j = self.p.after_digits_junk.match(self.text, end)
        c = self.p.chain.match(self.text, end)
        return (None, max(end, j.end() if j else end, c.end() if c else end))

    def _special_word(self, i: int) -> _Reading:
        """Words that are numbers only in some company: ordinals, "half", "hundreds of", "a dozen"."""
        text, p, t = self.text, self.p, self.t
        m = p.word.match(text, i)
        if m is None:
            return self._vague(i)
        w = m.group().casefold()
        end = m.end()
        entry = t.numbers.get(w)
        if entry is not None and entry[1] == "plural":
            return self._plural(i, end)
        if entry is not None and entry[1] in ("scale", "hundred", "dozen"):
            # "a million", "a dozen", "a hundred thousand": one of the scale
            a = p.a_scale.search(text, max(0, i - 3), i)
            if a is None:
                return (None, end)
            value = entry[0]
            sep = p.sep.match(text, end)
            nxt = p.word.match(text, sep.end()) if sep is not None and "and" not in sep.group() else None
            if nxt is not None:
                more = t.numbers.get(nxt.group().casefold())
                if more is not None and more[1] == "scale" and more[0] > value:
                    value *= more[0]
                    end = nxt.end()
            return self._finish(
                _Num(start=a.start(), end=end, value=value, digits=False, plain=False, word="a")
            )
        if entry is not None and entry[1] == "fraction":
            return self._fraction(i, w, end)
        if w in t.ordinals:
            return self._ordinal(i, end, t.ordinals[w])
        return (None, end)

    def _vague(self, i: int) -> _Reading:
        """A vague count: "a few officials", "a couple of days", "several thousand protesters"."""
        text, p, t = self.text, self.p, self.t
        m = p.letters.match(text, i)
        if m is None:
            return (None, i + 1)
        for entry in t.vague.get(m.group().casefold(), ()):
            start, end = i, m.end()
            for word in reversed(entry.before):  # "a" in "a few"
                prev = _prev_word(text, start)
                if prev is None or prev[2] or prev[0].casefold() != word:
                    break
                start = prev[1]
            else:
                for word in entry.after:  # "of" in "a couple of"
                    nxt = p.next_word.match(text, end)
                    if nxt is None or nxt.group(1).casefold() != word:
                        break
                    end = nxt.end()
                else:
                    if text[start].isupper() and not _sentence_start(text, start):
                        return (None, m.end())  # "Several" inside a name
                    low, high = entry.low, entry.high
                    s = p.scale_word.match(text, end) if not entry.after else None
                    if s is not None:  # "several thousand", "a few hundred"
                        mult = t.numbers[s.group(1).casefold()][0]
                        low, high, end = low * mult, high * mult, s.end()
                    elif entry.scaled_only:
                        return (None, end)  # "several messages": no number is stated
                    num = _Num(start, end, low, False, False, vague=(low, high, entry.label))
                    return self._finish(num)
        return (None, m.end())

    def _plural(self, i: int, end: int) -> _Reading:
        """ "hundreds of", "tens of thousands of": between 2 and 10 times the scale."""
        text, p, t = self.text, self.p, self.t
        scale = t.numbers[text[i:end].casefold()][0]
        phrase_end = end
        o = p.of_after.match(text, end)
        if o is not None:
            s = p.word.match(text, o.end() + 1) if o.end() < len(text) else None
            if s is not None and t.numbers.get(s.group().casefold(), (0, ""))[1] == "plural":
                inner = t.numbers[s.group().casefold()][0]
                if inner > scale and inner >= 1000:
                    scale *= inner
                    phrase_end = s.end()
        if not _sentence_start(text, i) and text[i].isupper():
            return (None, phrase_end)
        num = _Num(start=i, end=phrase_end, value=scale, digits=False, plain=False, plural=True)
        return self._finish(num)

    def _fraction(self, i: int, w: str, end: int) -> _Reading:
        """ "half a million", "half of", "a third of", "a quarter of" ("third" alone is an ordinal)."""
        text, p, t = self.text, self.p, self.t
        value = t.numbers[w][0]
        a = p.a_scale.search(text, max(0, i - 3), i)
        nxt = p.scale_word.match(text, end)
        if nxt is not None and t.numbers[nxt.group(1).casefold()][1] == "scale" and w in ("half", "quarter"):
            # "half million", "a quarter million"
            num = _Num(
                start=a.start() if a is not None else i,
                end=nxt.end(),
                value=value * t.numbers[nxt.group(1).casefold()][0],
                digits=False,
                plain=False,
                word=w,
            )
            return self._finish(num)
        if w == "half":
            h = p.half_a.match(text, end)
            if h is not None:
                s = p.word.match(text, h.end())
                if s is not None and t.numbers.get(s.group().casefold(), (0, ""))[1] in ("scale", "dozen"):
                    num = _Num(
                        start=i,
                        end=s.end(),
                        value=value * t.numbers[s.group().casefold()][0],
                        digits=False,
                        plain=False,
                        word="half",
                    )
                    return self._finish(num)
        o = p.of_after.match(text, end)
        prev = self.prev(i)
        ordinal_before = prev is not None and (
            prev[0].casefold() in t.ordinals or prev[0].casefold() in ("the", "this", "that")
        )
        if o is not None and not ordinal_before and (w == "half" or a is not None):
            start = a.start() if a is not None and w != "half" else i
            num = _Num(start=start, end=end, value=value, digits=False, plain=False, word=w, fraction=True)
            return self._finish(num)
        if w in t.ordinals:
            return self._ordinal(i, end, t.ordinals[w])
        return (None, end)

    def _ordinal(self, i: int, end: int, rank: int) -> _Reading:
        """An ordinal word after a determiner ("the second summit"): kind "ordinal", never a count."""
        prev = self.prev(i)
        if prev is None or prev[2] or prev[0].casefold() not in _DETERMINERS:
            return (None, end)
        if self.text[i].isupper() and not _sentence_start(self.text, i):
            return (None, end)
        return (_found(i, end, "ordinal", rank, rank), end)

    def _after_words(self, num: _Num) -> _Reading:
        text = self.text
        i = num.start
        if text[i].isupper() and not _sentence_start(text, i):
            return (None, num.end)  # "Group of Seven", "the Big Three"
        if num.word == "one" and num.value == 1:
            prev = self.prev(i)
            if prev is not None and prev[0].casefold() in _NOT_ONE:
                return (None, num.end)
            if prev is not None and not prev[2] and prev[0].islower():
                # "the old one retires", "a new one": an adjective between a determiner and
                # "one" makes it a pronoun
                det = _prev_word(text, prev[1])
                if det is not None and not det[2] and det[0].casefold() in _ONE_LEADS:
                    return (None, num.end)
        return self._finish(num)

    def _after_digits(self, num: _Num) -> _Reading:
        text, p = self.text, self.p
        i, end = num.start, num.end
        c = text[end] if end < len(text) else ""  # the next character decides which tests apply
        if (
            num.plain
            and end - i == 4
            and 1000 <= num.value <= 2199
            and _next_char(text, end) not in _RANGE_FIRST  # "1000-5000", "2016 to 2018" go the long way
            and _currency_before(text, i) is None
        ):
            unit = _unit_at(text, end, p)
            if unit is None or self.t.unit_kinds.get(unit[0].casefold(), "") in ("time", "count", ""):
                return (None, end)  # a year ("in 2016"): the dates plugin's
        if num.plain and c:
            if c in ".,/":
                junk = p.after_digits_junk.match(text, end)
                if junk is not None:
                    return (None, junk.end())  # "1.2.3", "12/17", "1,2,3"
                if end - i >= 4:
                    ticker = p.exchange_code.match(text, end)
                    if ticker is not None:
                        return (None, ticker.end())  # a stock code: "(000660.KS)", "(7203.T)"
            elif c in "snrt":
                o = p.ordinal_suffix.match(text, end)
                if o is not None:
                    if self._month_before(i):
                        return (None, o.end())
                    return self._ordinal_digits(i, o.end(), int(num.value))
            elif c == ":":
                clock = p.clock.match(text, end)
                if clock is not None:
                    return (None, clock.end())  # "13:47"
            elif c in "-–":
                chain = p.chain.match(text, end)
                if chain is not None and chain.group().count("-") + chain.group().count("–") >= 2:
                    return (None, chain.end())  # "02-2287-2114", "1-2-3-4"
            if (c == " " or c.isalpha()) and self._non_unit_at(end, c):
                return (None, end)  # "9 a.m."
        if self._month_before(i) or (c == " " and self._month_after(end)):
            chain = p.chain.match(text, end)
            return (None, chain.end() if chain else end)
        if self._list_marker(num):
            return (None, end + 1)
        if c == " " and self._month_day_name(num):
            return (None, end)  # "the 4.27 Panmunjom Declaration"
        return self._finish(num)

    def _currency_after(self, pos: int) -> bool:
        """True when a currency unit ("won", "yen") follows ``pos`` ("300m won")."""
        u = _unit_at(self.text, pos, self.p)
        return u is not None and self.t.unit_kinds.get(u[0].casefold()) == "currency"

    def _month_day_name(self, num: _Num) -> bool:
        """ "4.27 Panmunjom Declaration", "9.19 military agreement": a month.day event name."""
        raw = self.text[num.start : num.end]
        month, dot, day = raw.partition(".")
        if not dot or num.scale != 1 or not (len(month) <= 2 and 1 <= len(day) <= 2):
            return False
        if not (1 <= int(month) <= 12 and 1 <= int(day) <= 31):
            return False
        nxt = self.p.word_after.match(self.text, num.end)
        if nxt is None or _unit_at(self.text, num.end, self.p) is not None:
            return False
        word = nxt.group(1)
        return word[:1].isupper() or word.casefold() in self.t.date_nouns

    def _ordinal_digits(self, i: int, end: int, rank: int) -> _Reading:
        return (_found(i, end, "ordinal", rank, rank), end)

    def _month_before(self, i: int) -> bool:
        prev = self.prev(i)
        return prev is not None and prev[0] in self.t.months

    def _non_unit_at(self, end: int, c: str) -> bool:
        """True when a word that is never a unit ("a.m.", "KST") follows ``end`` ("9 a.m.")."""
        first = c if c != " " else self.text[end + 1 : end + 2]
        if first.isascii() and first.isalpha() and first.lower() not in self.p.non_unit_first:
            return False  # the cheap test: no non-unit begins with this letter
        return self.p.non_unit.match(self.text, end) is not None

    def _month_after(self, end: int) -> bool:
        first = self.text[end + 1 : end + 2]
        if first.isascii() and first.isalpha() and first not in self.p.month_first:
            return False  # the cheap test: month names begin with these capitals
        nxt = self.p.next_word.match(self.text, end)
        return nxt is not None and nxt.group(1) in self.t.months

    def _list_marker(self, num: _Num) -> bool:
        text = self.text
        if not num.plain or num.end >= len(text):
            return False
        after = text[num.end : num.end + 2]
        if after[:1] == ")" and num.start > 0 and text[num.start - 1] == "(" and num.value < 100:
            return True  # "(1)"
        if len(after) == 2 and after[0] in ".)" and after[1] in " \t\u00a0":
            return self.p.line_start.search(text, max(0, num.start - 8), num.start) is not None
        return False

    # -- the rest of a quantity: range, unit, approximation --------------------

    def _finish(self, num: _Num) -> _Reading:
        text, p, t = self.text, self.p, self.t
        start = num.start
        cur = _currency_before(text, start)
        if cur is not None and num.plain and num.currency_scale is None and cur[0] in t.bare_prefixes:
            return (None, num.end)  # "the W3 class": a code, while "W3tr" and "W500,000" are won
        unit: str | None = None
        if cur is not None:
            unit, start = cur
        scaled = num.currency_scale is not None and (
            cur is not None or self._currency_after(num.currency_scale[1])
        )
        if scaled:
            # "$5m", "300m won": the abbreviation is a scale when a currency stands either side
            assert num.currency_scale is not None
            mult, abbr_end = num.currency_scale
            num = _Num(
                start=num.start,
                end=abbr_end,
                value=num.value * mult,
                digits=True,
                plain=False,
                scale=mult,
            )
        negative = False
        if (
            cur is None
            and num.digits
            and start > 0
            and text[start - 1] in "-−"
            and (start == 1 or text[start - 2] in " \t\u00a0\n(")
        ):
            negative = True
            start -= 1
        elif cur is None:
            before = self.prev(start)
            if (
                before is not None
                and not before[2]
                and before[0].casefold() in ("minus", "negative")
                and not _margin_before(text, start, before)  # "plus or minus 3.1 points"
            ):
                negative = True
                start = before[1]
        low: Decimal | None = -num.value if negative else num.value
        high: Decimal | None = low
        end = num.end
        approx: str | None = None
        bound = "both"
        if num.plural:
            assert low is not None
            low, high = sorted((low * 2, low * 10))  # "minus hundreds": -1000 to -200
            approx = text[num.start : num.end].casefold()
            approx = " ".join(approx.split())
        elif num.vague is not None:
            low, high, approx = num.vague

        # Before: approximation words ("more than"), a range opener ("between").
        prev = self.prev(start)
        opener = prev is not None and not prev[2] and prev[0].casefold() in ("between", "from")
        # "raised its stake from 4.1 percent to 17.8 percent": two values, not a range
        # "rise by 150 won to 1,700 won": the change and the value it leads to, not a range,
        # with the verb elided too ("and those for children by 50 won to 600 won")
        change = (
            prev is not None
            and not prev[2]
            and (opener or prev[0].casefold() == "by")
            and prev[0].casefold() != "between"
            and self._changed(prev[1])
        )
        if prev is not None and num.vague is None and prev[0].casefold() in _approx_last_words():
            ab = _approx_before(text, start, prev)
            if ab is not None and not (ab[0][0] == "up to" and _particle_up(text, ab[1])):
                (approx, bound), start = ab
        elif cur is None and not negative and start > 0 and "±" in text[max(0, start - 2) : start]:
            approx, bound = "plus or minus", "margin"  # "±3.1 percentage points"
            start = text.rindex("±", 0, start)

        # A range: "3,000-5,000", "10 to 20 percent", "two or three", "between 3 and 5".
        rng = self._range(num, cur, opener, end, change)
        year_like = num.plain and num.end - num.start == 4 and 1000 <= num.value <= 2199
        if rng is not None:
            second, sep_kind = rng
            lo, hi = (-num.value if negative else num.value), second.value
            if num.scale == 1 and second.scale != 1 and lo * second.scale <= hi:
                lo *= second.scale  # "$1-2 billion", "three to five million"
            if num.plain and second.plain and _year_pair(num, second):
                return (None, second.end)  # "2018-2019", "1950-53": years
            if lo > hi or (
                lo == hi
                and sep_kind == "-"
                and _tally_part(num)
                and _unit_at(text, second.end, p) is None
                and _counted_noun(text, second.end, False, p) is None
            ):
                if sep_kind == "-":
                    if cur is None and not negative and _tally_part(num) and _tally_part(second):
                        # a score or a vote, "swept China 3-0", "passed 171-94", "drew 1-1":
                        # two counts, never a range from the larger to the smaller
                        self._extra = _found(
                            second.start, second.end, "quantity", format_value(hi), format_value(hi)
                        )
                        value = format_value(lo)
                        return (_found(start, num.end, "quantity", value, value), second.end)
                    return (None, second.end)
                rng = None
            else:
                low, high = lo, hi
                end = second.end
                year_like = False
        # "7 in 10 of them", "one in five adults": a share, one value
        if rng is None and cur is None and unit is None and not negative and text.startswith(" in ", end):
            share = self._share(num, end + 4)
            if share is not None:
                low = high = share[0]
                end = share[1]
                year_like = False
        # "500 or more workers": bound words between the number and its noun.
        aa = p.approx_after.match(text, end) if unit is None and _next_char(text, end) in "oaOA" else None
        if aa is not None:
            label, after_bound = t.approx_after[" ".join(aa.group(1).casefold().split())]
            if approx is None or (bound == "both" and after_bound != "both"):
                approx, bound = label, after_bound
                end = aa.end()
        # After: a unit, the counted noun, or a compound ("10-member").
        if unit is None:
            u = _unit_at(text, end, p)
            if u is not None:
                unit, end = u
                kind = t.unit_kinds.get(unit.casefold(), "")
                if year_like and kind in ("time", "count", ""):
                    return (None, end)
            elif year_like:
                return (None, end)
            else:
                comp = p.compound.match(text, end) if rng is None and text[end : end + 1] == "-" else None
                if comp is not None and comp.group(1).split("-")[0] not in t.stopwords:
                    head = comp.group(1).split("-")[0]
                    if num.word != "one" or head.casefold() in t.unit_kinds:
                        unit, end = comp.group(1), comp.end()
                    else:
                        return (None, comp.end())
                elif comp is None:
                    where = end
                    if num.plural or num.fraction:
                        o = p.of_after.match(text, end)
                        where = o.end() if o is not None else -1
                        det = p.word_after.match(text, where) if o is not None else None
                        if det is not None and det.group(1).casefold() in _OF_DETERMINERS:
                            where = det.end()  # "half of the firms"
                    if where >= 0:
                        u2 = _unit_at(text, where, p) if where != end else None
                        noun = (
                            u2
                            if u2 is not None
                            else _counted_noun(text, where, low == high and low == 1 and rng is None, p)
                        )
                        if noun is not None:
                            unit, end = noun
        if unit is not None and cur is None and rng is None and low is not None and low == high:
            # "10 percent to 20 percent", "between 1 trillion won and 1.5 trillion won",
            # "from 300 people to 400 people": a range written with the unit at both ends
            r2 = None if change else self._range_after_unit(end, unit, opener)
            if r2 is not None and r2[0] >= low:
                high, end = r2
        if num.needs_unit and cur is None and (unit is None or not text[num.end : end - len(unit)].isspace()):
            return (None, end)  # "a 5K race", "4K TV sets": "k" is a thousand only before its noun
        if unit is None and num.vague is not None:
            return (None, end)  # "a few said": no count without its noun
        if (
            unit is None
            and rng is None
            and approx is None
            and cur is None
            and self._age_apposition(num, start)
        ):
            unit = "years"  # "Kim Jin-hyang, 62, said": an age
        if unit is None and num.word == "one" and num.value == 1 and rng is None:
            return (None, end)  # "one of", "the one": a pronoun, not a count
        if unit is None and end < len(text) and (text[end].isalnum() or text[end] == "_"):
            return (None, end + 1)  # "5G", "13F", "24703L202": a code, not a quantity
        # a label is a small plain number: "block 21,400 videos" counts videos
        if (
            approx is None
            and cur is None
            and num.digits
            and not negative
            and "," not in text[num.start : num.end]
        ):
            label = self._label_before(num.start)
            if label == "label" or (label == "name" and unit is None and rng is None):
                return (None, end)
        # After the unit: "or more", "or so".
        aa = p.approx_after.match(text, end) if _next_char(text, end) in "oaOA" else None
        if aa is not None:
            phrase = " ".join(aa.group(1).casefold().split())
            label, after_bound = self.t.approx_after[phrase]
            if approx is None or (bound == "both" and after_bound != "both"):
                approx, bound = label, after_bound  # "about 500 or more": the bound says more
                end = aa.end()
        if bound == "low":
            high = None
        elif bound == "high":
            low, high = None, high
        elif bound == "margin" and high is not None and low == high:
            low, high = -abs(high), abs(high)  # a symmetric margin: "plus or minus 3.1 points"
        low_value = None if low is None else format_value(low)
        high_value = low_value if high is low else None if high is None else format_value(high)
        return (_found(start, end, "quantity", low_value, high_value, unit, approx), end)

    def _changed(self, at: int) -> bool:
        """True when a verb or noun of change (``change_verbs.txt``) stands up to ten words
        before ``at`` in its clause ("raised its stake in the company from", "will rise by",
        "The last increase, from")."""
        lo = max(0, at - 120)
        window = self.text[lo:at]
        cut = max(window.rfind(c) for c in ",.;:")
        if (
            cut >= 0
            and window[cut] == ","
            and (not window[cut + 1 :].strip() or window.startswith(_ELIDING, cut + 1))
        ):
            # "The last increase, from 1,400 won to 1,550 won": the noun stands before the
            # comma; "will rise by 100 won, and those for children by 50 won to 600 won": the
            # verb of the clause before serves this one too
            cut = max(window.rfind(c, 0, cut) for c in ",.;:")
            while 0 < cut < len(window) - 1 and window[cut - 1].isdigit() and window[cut + 1].isdigit():
                cut = max(window.rfind(c, 0, cut) for c in ",.;:")  # "1,000" or "2.5" goes on
        words = self.p.letters.findall(window, cut + 1)[-10:]
        verbs = self.t.change_verbs
        return any(w.casefold() in verbs for w in words)

    def _range(
        self, num: _Num, cur: tuple[str, int] | None, opener: bool, end: int, change: bool = False
    ) -> tuple[_Num, str] | None:
        """The second end of a range right after ``end``, and the separator kind ("-", "to", "or",
        "and"); with ``change`` ("rose from $2 billion to $3 billion") a second end that repeats
        the currency is a value of its own."""
        text, p = self.text, self.p
        if num.plural or num.fraction or num.vague is not None:
            return None
        if _next_char(text, end) not in _RANGE_FIRST:
            return None
        sep = p.range_sep.match(text, end)
        if sep is None:
            return None
        word = sep.group(1).strip()
        kind = "-" if word in ("-", "–", "~") else word
        if kind == "and" and not opener:
            return None
        j = sep.end()
        repeated = cur is not None and text.startswith(cur[0], j)
        if repeated:
            assert cur is not None
            if change:
                return None
            j += len(
                cur[0]
            )  # "$2 billion to $3 billion", "KRW 5,000 to KRW 7,000", "W20 million and W50 million"
            if text[j : j + 1] == " ":
                j += 1
        if j >= len(text):
            return None
        if not (text[j].isdigit() or p.word.match(text, j)):
            return None
        if j > 0 and text[j - 1].isalnum() and not repeated:
            return None
        second = _number_at(text, j, p)
        if second is None or second.plural or second.fraction:
            return None
        if kind == "-" and second.digits and p.chain.match(text, second.end) is not None:
            return None
        if second.plain and (p.clock.match(text, second.end) or p.non_unit.match(text, second.end)):
            return None
        return second, kind

    def _share(self, num: _Num, j: int) -> tuple[Decimal, int] | None:
        """The value and end of "N in M" from the second number at ``j`` ("7 in 10", "one in
        five"): M a usual base of a share, larger than N; ``None`` otherwise ("3 in 2024")."""
        if num.plural or num.fraction or num.vague is not None or num.value <= 0:
            return None
        den = _number_at(self.text, j, self.p)
        if (
            den is None
            or den.plural
            or den.fraction
            or den.value not in _SHARE_BASES
            or den.value <= num.value
        ):
            return None
        nxt = self.text[den.end : den.end + 2]
        if nxt[:1].isalnum() or nxt[:1] == "%" or (nxt[:1] in ",." and nxt[1:2].isdigit()):
            return None  # "5 in 10.5", "2 in 10,000", "3 in 10%"
        return num.value / den.value, den.end

    def _range_after_unit(self, end: int, unit: str, opener: bool) -> tuple[Decimal, int] | None:
        """The second end of a range whose ends both carry the unit: "10 percent to 20 percent",
        "between 1 trillion won and 1.5 trillion won" (``and`` only after "between" or "from")."""
        if _next_char(self.text, end) not in _RANGE_FIRST:
            return None
        sep = self.p.range_sep.match(self.text, end)
        if sep is None:
            return None
        word = sep.group(1).strip()
        if word not in ("-", "–", "~", "to") and not (word == "and" and opener):
            return None
        j = sep.end()
        if j >= len(self.text) or not (self.text[j].isdigit() or self.p.word.match(self.text, j)):
            return None
        second = _number_at(self.text, j, self.p)
        if second is None or second.plural or second.fraction:
            return None
        u = _unit_at(self.text, second.end, self.p) or _counted_noun(
            self.text, second.end, second.value == 1, self.p
        )
        if u is None or u[0].casefold() != unit.casefold():
            return None
        return second.value, u[1]

    def _age_apposition(self, num: _Num, start: int) -> bool:
        """A person's age set off by commas after a name: "Kim, 37, said", "Lee Soo-jin, 45, a teacher".

        The name is a capitalised word (not a month) right before ", "; the word after the
        closing comma begins in lower case and is no conjunction or preposition (a list
        "Seoul, 12, and Busan, 8, by hand").
        """
        text = self.text
        end = num.end
        if not (num.plain and start == num.start and 1 <= num.value < 120) or text[end : end + 2] != ", ":
            return False
        if start < 4 or text[start - 2 : start] != ", ":
            return False
        k = start - 2
        while k > 0 and (text[k - 1].isalpha() or text[k - 1] == "-"):
            k -= 1
        name = text[k : start - 2]
        if not name[:1].isupper() or name in self.t.months or (k > 0 and text[k - 1].isdigit()):
            return False
        nxt = self.p.next_word.match(text, end + 1)
        return nxt is not None and nxt.group(1)[0].islower() and nxt.group(1) not in _NOT_AFTER_AGE

    def _label_before(self, i: int) -> str:
        """ "label" after a label word ("Article 5", "No. 2"), "name" after another capitalised
        word inside a sentence ("Apollo 11"), else ""."""
        prev = self.prev(i)
        if prev is None:
            return ""
        word = prev[0]
        if word.casefold() in self.t.labels:
            return "label"
        if word[:1].isupper() and not _sentence_start(self.text, prev[1]):
            return "name"
        return ""


#: the second numbers of an "N in M" share: "one in five", "7 in 10", "1 in 100"
_SHARE_BASES = frozenset(Decimal(n) for n in (2, 3, 4, 5, 6, 7, 8, 9, 10, 20, 100, 1000))

#: the offset of a time zone: "GMT+9", "UTC -5", "GMT+" before a number
_ZONE_SIGN = frozenset("+-−T ")
_ZONE_BEFORE = re.compile(r"(?:GMT|UTC)[ ]?[+\-−]?\Z")


def _tally_part(n: _Num) -> bool:
    """True when ``n`` may be one side of a score or a vote tally: a plain whole number below 1,000."""
    return n.plain and n.value < 1000


def _year_pair(a: _Num, b: _Num) -> bool:
    """ "2018-2019", "1950-53": a span of years, left to the dates plugin."""
    return 1000 <= a.value <= 2199 and (1000 <= b.value <= 2199 or b.value < 100)


_tuple_new = tuple.__new__
# Unicode's one-character fractions ("4½ games"), with their values.
_VULGAR = {c: Decimal(str(unicodedata.numeric(c))) for c in "¼½¾⅐⅑⅒⅓⅔⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞"}
_PAREN_GAP_END = frozenset("( \u00a0")  # how the gap "(" between a quantity and its restatement ends
#: how a clause opens that leaves out the verb of the one before it (", and those for children by")
_ELIDING = (" and ", " while ", " but ", " or ")
_ONE = Decimal(1)  # Decimals are immutable: the hot paths share these instead of making new ones
_ZERO = Decimal(0)
_INFINITY = Decimal("Infinity")
_ASCII_LETTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
_RANGE_FIRST = frozenset("-–~toaTOA")  # how a range's separator can begin (-, to, or, and, through)
_MAX_APPROX_WORDS = 5  # approximation phrases are at most this many words long
_SINGULAR_MEN = frozenset({"specimen", "regimen", "abdomen", "acumen", "stamen"})
_NOT_AFTER_AGE = frozenset(
    {
        "and",
        "or",
        "nor",
        "by",
        "in",
        "on",
        "at",
        "for",
        "from",
        "to",
        "with",
        "of",
        "per",
        "each",
        "respectively",
    }
)
_OF_DETERMINERS = frozenset({"the", "its", "their", "these", "those", "his", "her", "our"})
_DETERMINERS = frozenset(
    {"the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "whose", "my", "your"}
)
_NOT_ONE = frozenset(
    {"no", "any", "every", "the", "this", "that", "which", "each", "someone", "anyone", "no-"}
)
#: the words before "<adjective> one" that make it a pronoun ("the old one", "a new one")
_ONE_LEADS = _NOT_ONE | _DETERMINERS


def find_quantities(text: str) -> list[Found]:
    """Every quantity and ordinal in ``text``, in text order, never overlapping."""
    if not text:
        return []
    return _Scanner(text).run()


def reload_data() -> None:
    """Forget the cached word lists and patterns, so edited or added data files are read again."""
    tables.cache_clear()
    _patterns.cache_clear()
    _approx_last_words.cache_clear()
    _currency_by_last.cache_clear()
    _PLURAL_MEMO.clear()
