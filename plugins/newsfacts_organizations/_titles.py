"""Reading title phrases ("associate program leader", "then-Foreign Minister") around a name.

Both directions work on a short window of words next to a name, never on the whole
text: :func:`title_before` reads backwards from where a name starts, :func:`title_after`
reads an appositive forwards from where a name ends (", a professor at ...").
"""

from __future__ import annotations

import functools

import attrs
import regex
from attrs import frozen

from newsfacts_organizations._data import Lexicon

__all__ = [
    "Word",
    "appositive",
    "may_end_title",
    "skip_qualifiers",
    "title_after",
    "title_before",
    "words_after",
    "words_before",
]

#: How far from a name a title may reach, in characters.
WINDOW = 120

#: Lowercase words that end a title phrase read forwards (the title is over, or never began).
_FUNCTION = frozenset(
    [
        "of",
        "at",
        "for",
        "in",
        "with",
        "from",
        "and",
        "or",
        "but",
        "who",
        "whom",
        "whose",
        "which",
        "that",
        "is",
        "was",
        "were",
        "are",
        "be",
        "been",
        "has",
        "have",
        "had",
        "said",
        "says",
        "told",
        "to",
        "by",
        "on",
        "as",
        "than",
        "also",
        "will",
        "would",
        "not",
        "its",
        "his",
        "her",
        "their",
        "whose",
        "when",
        "while",
        "if",
        "into",
        "about",
        "over",
        "under",
        "after",
        "before",
        "since",
        "during",
    ]
)
_ARTICLES = frozenset({"a", "an", "the"})
_TRAIL = ",;:)]}\"”’'!?"


@frozen
class Word:
    """A word of the window: its offsets in the article, its text, and whether punctuation closes it."""

    start: int
    end: int
    text: str
    closed: bool = False
    possessive: bool = False
    fold: str = attrs.field(init=False)

    @fold.default
    def _fold(self) -> str:
        """The word casefolded, for lexicon look-ups."""
        return self.text.casefold()


@functools.cache
def _word_re() -> regex.Pattern[str]:
    return regex.compile(r"[^\s]+")


@functools.cache
def _word_back_re() -> regex.Pattern[str]:
    return regex.compile(r"(?r)[^\s]+")


def _clean(start: int, raw: str, lex: Lexicon) -> Word | None:
    """Turn a raw whitespace-delimited token into a Word (trailing punctuation cut off and noted)."""
    text = raw
    closed = False
    possessive = False
    lead = 0
    while text and text[0] in "(\"“‘'[":
        text = text[1:]
        lead += 1
        closed = True  # an opening bracket or quote ends any phrase running into it
    if lead:
        inner = _clean(start + lead, text, lex) if text else None
        return None if inner is None else Word(inner.start, inner.end, inner.text, True, inner.possessive)
    while text and text[-1] in _TRAIL:
        if text[-1] in "’'" and len(text) > 1 and text[-2] in "sS":
            # plural possessive ("Workers'") — keep the word, note the possessive
            text = text[:-1]
            possessive = True
            break
        text = text[:-1]
        closed = True
    if text.endswith(("'s", "’s")):
        text = text[:-2]
        possessive = True
    if text.endswith(".") and len(text) > 1:
        fold = text.casefold()
        if not ((fold,) in lex.titles or _is_abbrev(text)):
            text = text[:-1]
            closed = True
    if not text:
        return None
    return Word(start, start + len(text), text, closed=closed, possessive=possessive)


def _is_abbrev(text: str) -> bool:
    """ "U.S.", "J.", "Co." style words whose final period is part of the word."""
    core = text[:-1]
    if "." in core:
        return True
    return (len(core) == 1 and core.isupper()) or core in {"Co", "Corp", "Inc", "Ltd", "Mt", "St", "Jr", "Sr"}


def words_after(text: str, pos: int, lex: Lexicon, limit: int = 12) -> list[Word]:
    """Up to ``limit`` words starting at ``pos``, stopping after a word closed by punctuation."""
    out: list[Word] = []
    end = min(len(text), pos + WINDOW)
    for m in _word_re().finditer(text, pos, end):
        w = _clean(m.start(), m.group(), lex)
        if w is None or w.start != m.start():
            break
        if out and "\n" in text[out[-1].end : w.start]:
            break
        out.append(w)
        if w.closed or len(out) >= limit:
            break
    return out


@functools.cache
def _last_word_re() -> regex.Pattern[str]:
    return regex.compile(r"(?r)(?:^|(?<=\s))[\"“‘'(\[]{0,3}+(\S{1,40}?)(['’]s?)?[ \t\u00a0]{1,3}\Z")


def may_end_title(text: str, pos: int, lex: Lexicon) -> bool:
    """False when the word right before ``pos`` can neither end a title nor be a possessive.

    A cheap look at one word, so the callers skip :func:`words_before` (which builds a
    window of words) for the many names that follow an ordinary word ("sealed", "and").
    """
    m = _last_word_re().search(text, max(0, pos - 48), pos)
    if m is None:
        return False
    if m.group(2):
        return True
    fold = m.group(1).casefold()
    return fold in lex.title_last or _strip_prefix(fold, lex)[0] in lex.title_last


def words_before(text: str, pos: int, lex: Lexicon, limit: int = 8) -> list[Word]:
    """Up to ``limit`` words ending right before ``pos`` (nearest last), stopping at punctuation."""
    start = max(0, pos - WINDOW)
    out: list[Word] = []
    following = pos
    for m in _word_back_re().finditer(text, start, pos):
        s, raw = m.start(), m.group()
        if s == start and start > 0:
            break  # may be the tail of a longer word
        w = _clean(s, raw, lex)
        if w is None or (w.end != s + len(raw) and not w.possessive):
            break  # punctuation after this word: it belongs to another phrase
        if "\n" in text[s + len(raw) : following]:
            break
        if w.closed and w.start == s:
            break
        out.append(w)
        following = s
        if w.start != s:
            break  # an opening quote or bracket: the phrase starts here
        if len(out) >= limit:
            break
    out.reverse()
    return out


def _strip_prefix(fold: str, lex: Lexicon) -> tuple[str, bool]:
    """``fold`` without a prefix modifier ("then-minister" -> "minister"), and whether it had one."""
    if "-" not in fold:
        return fold, False  # every prefix modifier ends with a hyphen
    for p in lex.prefix_modifiers:
        if fold.startswith(p) and len(fold) > len(p):
            return fold[len(p) :], True
    return fold, False


def _phrase_at(words: list[Word], i: int, lex: Lexicon) -> int:
    """Length of the longest title phrase starting at ``words[i]`` (0 if none)."""
    fold = words[i].fold
    if fold not in lex.title_words and _strip_prefix(fold, lex)[0] not in lex.title_words:
        return 0
    for n in range(min(lex.title_max, len(words) - i), 0, -1):
        folds = [w.fold for w in words[i : i + n]]
        if any(w.closed or w.possessive for w in words[i : i + n - 1]):
            continue
        if tuple(folds) in lex.titles:
            return n
        first, had = _strip_prefix(folds[0], lex)
        if had and (first, *folds[1:]) in lex.titles:
            return n
    return 0


@frozen
class Title:
    """A title found next to a name: where its words are and whether portfolio words were taken."""

    start: int
    end: int
    first: int  # index of the first title word in the window
    last: int  # index after the last title word


def _region_inside(words: list[Word], i: int, lex: Lexicon) -> bool:
    """True when the place words at ``i`` stand inside a title, before a lower-case word:
    "senior *Asia* economist", "chief *Korea* strategist", "senior *North Korea* analyst"."""
    while i + 1 < len(words) and words[i + 1].text in lex.geo and not words[i].closed:
        i += 1
    return i + 1 < len(words) and not words[i].closed and words[i + 1].text[:1].islower()


def title_after(words: list[Word], lex: Lexicon, first: int = 0) -> Title | None:
    """Read title words forwards from ``words[first]``: modifiers, plain nouns, then a title.

    "associate program leader", "a professor", "senior research fellow": the title ends
    at the last title phrase before a function word, a capitalised name or punctuation.
    """
    i = first
    best: Title | None = None
    free = 0
    n = len(words)
    while i < n:
        w = words[i]
        length = _phrase_at(words, i, lex)
        if length:
            best = Title(words[first].start, words[i + length - 1].end, first, i + length)
            if words[i + length - 1].closed or words[i + length - 1].possessive:
                break
            i += length
            continue
        fold = w.fold
        stripped, had = _strip_prefix(fold, lex)
        if fold in ("and", "&") and best is not None and i + 1 < n and _phrase_at(words, i + 1, lex):
            pass  # "chairman and CEO"
        elif fold in lex.modifiers or (had and stripped in lex.modifiers):
            pass
        elif fold in _FUNCTION or fold in _ARTICLES:
            break
        elif (
            w.text[:1].islower()
            or (w.text[:1].isdigit() and "-" in w.text)
            or (w.text[:1].isupper() and fold in lex.compounds)
            or (w.text,) in lex.nationalities
            or (i > first and w.text in lex.geo and _region_inside(words, i, lex))
        ):
            free += 1
            if free > 3 or not w.text.replace("-", "").replace(".", "").isalnum():
                break
        else:
            break
        if w.closed or w.possessive:
            break
        i += 1
    return best


def title_before(words: list[Word], lex: Lexicon) -> Title | None:
    """Read a title backwards from the end of ``words`` (the words right before a name).

    "South Korean President", "Samsung Electronics Chairman", "then-Foreign Minister":
    the last words must form a title; modifiers, listed compound nouns and (for
    portfolio titles) up to two capitalised words may stand before it.
    """
    n = len(words)
    if not n or words[-1].possessive:
        return None
    last = words[-1].fold
    if last not in lex.title_last and _strip_prefix(last, lex)[0] not in lex.title_last:
        return None
    found = 0
    flags: frozenset[str] = frozenset()
    for length in range(min(lex.title_max, n), 0, -1):
        if _phrase_at(words, n - length, lex) == length:
            found = length
            folds = tuple(w.fold for w in words[n - length :])
            flags = lex.titles.get(folds, frozenset())
            if not flags:
                stripped, _ = _strip_prefix(folds[0], lex)
                flags = lex.titles.get((stripped, *folds[1:]), frozenset())
            break
    if not found:
        return None
    first = n - found
    portfolio = 0
    extra = 0
    while first > 0 and extra < 4:
        w = words[first - 1]
        if w.possessive or w.closed:
            break
        fold = w.fold
        stripped, had = _strip_prefix(fold, lex)
        cap = w.text[:1].isupper()
        if (
            fold in lex.modifiers
            or (had and stripped in lex.modifiers)
            or (not cap and fold in lex.compounds)
        ):
            pass
        elif (
            cap
            and "portfolio" in flags
            and portfolio < 2
            and w.text not in lex.stopwords
            and w.text not in lex.geo
            and (w.text,) not in lex.nationalities
            and w.text.isalpha()
        ):
            portfolio += 1
        else:
            break
        first -= 1
        extra += 1
    return Title(words[first].start, words[-1].end, first, n)


@functools.cache
def _appositive_re() -> regex.Pattern[str]:
    return regex.compile(r",[ \t]{1,3}(?:(?:aged[ \t]{1,3})?\d{1,3},[ \t]{1,3})?")


def appositive(text: str, end: int, lex: Lexicon) -> list[Word]:
    """The words of an appositive after a name ending at ``end`` (", 52, chief executive of ..."), or []."""
    m = _appositive_re().match(text, end)
    if m is None:
        return []
    return words_after(text, m.end(), lex)


#: participles of appointment that may open an appositive before "as" and the title
_APPOINTED = frozenset({"named", "appointed", "elected", "nominated", "tapped", "chosen", "picked"})


def skip_qualifiers(words: list[Word], i: int, lex: Lexicon) -> int:
    """Skip an article and nationality words ("the U.S.", "a South Korean") before a title,
    and a participle of appointment up to its "as" ("named last month as ...")."""
    if i < len(words) and words[i].fold in _APPOINTED:
        for k in range(i + 1, min(len(words), i + 6)):
            if words[k].fold == "as":
                i = k + 1
                break
            if words[k].closed:
                break
    if i < len(words) and words[i].fold in _ARTICLES:
        i += 1
    if i < len(words) and words[i].fold.endswith("-year-old") and words[i].fold[:1].isdigit():
        i += 1  # an age: "a 45-year-old researcher"
    for size in (2, 1):
        if i + size <= len(words) and tuple(w.text for w in words[i : i + size]) in lex.nationalities:
            return i + size
    return i
