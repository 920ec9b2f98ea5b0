"""Finding Korean personal names and place names in English text, and comparing spellings.

One compiled pattern finds runs of capitalised words ("President Moon Jae-in", "Kim Il Sung
Square", "Democratic People's Republic of Korea"); everything after that is set and dict
look-ups over the words of a run, so the scan is linear in the text. A person needs a
Korean surname spelling next to a given name whose syllables are all romanised Korean
syllables (RR, McCune–Reischauer, North Korean or a common ad hoc spelling); a place needs
an exact gazetteer spelling.
"""

from __future__ import annotations

import bisect
import functools
import gc
import itertools
from collections.abc import Callable, Collection, Iterator, Sequence
from typing import Literal

import regex
from attrs import frozen

from newsfacts_korean_names._data import PlaceRow, Tables, fold, place_form, plain, tables

__all__ = [
    "Found",
    "PersonName",
    "clear_caches",
    "find",
    "given_splits",
    "hangul_readings",
    "parse_name",
]

# A capitalised word: letters and combining marks, inner apostrophes, hyphens or full stops
# each followed by letters (Ch'oe, Jae-in, U.S), an optional final full stop (Mt., Rep.).
# The separators are not letters, so every part matches one way only: no backtracking.
_TOKEN = r"\p{Lu}[\p{L}\p{M}]*+(?:['’\-.][\p{L}\p{M}]++)*+\.?+"
# A run: capitalised words joined by spaces, or by "of" / "of the" (Republic of Korea).
_RUN = rf"{_TOKEN}(?:[ \u00a0]++(?:of[ \u00a0]++(?:the[ \u00a0]++)?)?{_TOKEN})*+"
# The word right after a name (for "Hwasong missile", "Samjiyon Orchestra").
_NEXT_WORD = r"[ \u00a0]*+(-?[\p{L}\p{N}]++)"

#: Which name comes first as written.
Order = Literal["family-first", "given-first"]

_MAX_NAME_TOKEN = 40  # longer "words" are no names (and cannot make look-ups slow)
_MAX_PARTS = 3  # hyphenated given names have 2 (rarely 3) syllables


@functools.cache
def _patterns() -> tuple[regex.Pattern[str], regex.Pattern[str]]:
    return regex.compile(_RUN), regex.compile(_NEXT_WORD)


def clear_caches() -> None:
    """Forget compiled patterns and memoised look-ups (after the tables change)."""
    _patterns.cache_clear()
    _split_joined.cache_clear()
    given_splits.cache_clear()
    _readings.cache_clear()
    _person_forms.cache_clear()
    _initials.cache_clear()
    _worth_scanning.cache_clear()
    _unit_after_re.cache_clear()


# --------------------------------------------------------------------------- results


class Found:
    """One recognised name: offsets, kind and what the plugin says about it.

    A plain slotted class: one is made for every name in the text.
    """

    __slots__ = ("end", "family", "given", "key", "kind", "name", "order", "place", "rows", "start")

    def __init__(
        self,
        start: int,
        end: int,
        kind: str,  # "person", "partial" (a surname alone) or "place"
        name: str,
        family: str | None = None,
        given: str | None = None,
        order: Order | None = None,
        key: str | None = None,
        place: PlaceRow | None = None,
        rows: tuple[PlaceRow, ...] = (),
    ) -> None:
        self.start, self.end, self.kind, self.name = start, end, kind, name
        self.family, self.given, self.order, self.key = family, given, order, key
        self.place, self.rows = place, rows

    def __repr__(self) -> str:
        return f"Found({self.start}, {self.end}, {self.kind!r}, {self.name!r})"


@frozen
class PersonName:
    """A Korean personal name split into family and given name."""

    family: str
    given: str
    order: Order

    @property
    def display(self) -> str:
        """Family-first display form with case normalised: "Park Ga-young" for "Ga-young Park"."""
        return f"{_display_family(self.family)} {_display_given(self.given)}"

    @property
    def key(self) -> str:
        """A spelling key: case, hyphens, spaces, apostrophes and diacritics removed."""
        return f"{plain(self.family)} {plain(self.given)}"


# --------------------------------------------------------------------------- tokens


class _Tok:
    """One capitalised word of a run (a plain slotted class: made for every such word)."""

    __slots__ = ("core_end", "dot", "end", "joined", "low", "poss", "start", "text", "word")

    def __init__(self, start: int, word: str, joined: bool) -> None:
        self.start = start
        self.word = word  # as matched (with full stop or 's)
        self.end = start + len(word)
        core = word
        self.dot = core.endswith(".")  # ended with a full stop
        if self.dot:
            core = core[:-1]
        self.poss = len(core) > 2 and core[-2] in "'’" and core[-1] in "sS"  # possessive 's
        if self.poss:
            core = core[:-2]
        self.text = core  # the word without possessive and final full stop
        self.core_end = start + len(core)
        self.low = core.lower() if core.isascii() else fold(core)  # its lookup form
        self.joined = joined  # joined to the previous word by plain spaces (not by "of")


def _lower(word: str) -> str:
    return word.lower() if word.isascii() else fold(word)


def _tokens(text: str, start: int, end: int) -> list[_Tok]:
    """The words of a run (split at spaces; "of" and "the" only join words of a place name)."""
    out: list[_Tok] = []
    pos = start
    joined = False
    for piece in text[start:end].replace("\u00a0", " ").split(" "):
        if piece:
            if piece[0].isupper():
                out.append(_Tok(pos, piece, joined))
                joined = True
            else:
                joined = False  # "of", "the"
            pos += len(piece)
        pos += 1
    return out


def _name_case(word: str) -> bool:
    """Capitalised (Kim, Jae-in, Jong-Un) or all capitals (KIM, SO-HYUN): how names are written."""
    if word.isupper() or (word[:1].isupper() and word[1:].islower()):
        return True
    parts = word.split("-")
    return word[:1].isupper() and all(p and not any(c.isupper() for c in p[1:]) for p in parts)


def _caps(word: str) -> bool:
    """Written in capitals (KIM, SO-HYUN); a one-letter syllable (E, O) is merely capitalised."""
    return word.isupper() and any(len(p) > 1 for p in word.replace(" ", "-").split("-"))


def _capitalize(word: str) -> str:
    return word[:1].upper() + word[1:].lower()


def _display_family(family: str) -> str:
    return _capitalize(family) if family.isupper() and len(family) > 1 else family


def _display_given(given: str) -> str:
    if "-" in given:
        first, _, rest = given.partition("-")
        return f"{first[:1].upper()}{first[1:].lower()}-{rest.lower()}"
    return " ".join(w[:1].upper() + w[1:].lower() for w in given.split())


def _written_given(given: str) -> str:
    """The given name as written, with case normalised only when it is in capitals."""
    if _caps(given):
        return _display_given(given)  # SO-HYUN -> So-hyun, JONG UN -> Jong Un
    return given


# --------------------------------------------------------------------------- syllables


def _is_syllable(word: str, t: Tables) -> bool:
    return fold(word) in t.syllables


@functools.lru_cache(maxsize=65536)
def _split_joined(word: str) -> tuple[str, ...] | None:
    """The best split of a joined given name ("Jaein" -> jae|in) into two syllables, or None.

    Among all splits the one with the highest frequency prior wins; on a tie, the one whose
    second syllable starts with a consonant (Yu-na rather than Yun-a).
    """
    t = tables()
    w = fold(word)
    best: tuple[float, tuple[str, ...]] | None = None
    for cut in range(1, min(len(w), t.longest_syllable + 1)):
        a, b = w[:cut], w[cut:]
        if len(b) > t.longest_syllable or a not in t.syllables or b not in t.syllables:
            continue
        score = min(t.syllable_weight.get(a, 0), t.syllable_weight.get(b, 0)) + (
            0.5 if b[0] not in "aeiouwy" else 0.0
        )
        if best is None or score > best[0]:
            best = (score, (word[:cut], word[cut:]))
    return best[1] if best else None


def _hyphen_given(word: str, t: Tables) -> bool:
    parts = word.split("-")
    return 2 <= len(parts) <= _MAX_PARTS and all(p and fold(p) in t.syllables for p in parts)


def _surname(tok: _Tok, t: Tables) -> bool:
    return tok.low in t.surnames and len(tok.text) <= _MAX_NAME_TOKEN and _name_case(tok.text)


@functools.lru_cache(maxsize=16384)
def _person_forms(family: str, given: str) -> tuple[str, str, str, str]:
    """(display name, family, given, key) of a name as written; memoised, as people recur."""
    if family.isupper() and given.isupper():  # KIM O-O: the whole name is in capitals
        given = _display_given(given)
    family = _display_family(family)
    given = _written_given(given)
    return (
        f"{_display_family(family)} {_display_given(given)}",
        family,
        given,
        f"ko:{plain(family)} {plain(given)}",
    )


@functools.lru_cache(maxsize=65536)
def _worth_scanning(word: str) -> bool:
    """The table part of ``_Scan._worth_scanning``, memoised: runs recur ("North Korea",
    "Korean Central News Agency") within an article and across articles."""
    t = tables()
    lone = t.lone_cues
    if not word.isascii() or word.isupper():
        lone = t.cue_words  # the plain test for the rare odd run (NFD text, all capitals)
    ws = word.split()
    last = len(ws) - 1
    for k, w in enumerate(ws):
        if w[-2:] in ("'s", "’s"):
            w = w[:-2]
        if w in lone or w.rstrip(".") in lone or "-" in w:
            return True
        if k < last and w in t.pair_first_words:
            nxt = ws[k + 1]
            if nxt[-2:] in ("'s", "’s"):
                nxt = nxt[:-2]
            if f"{w} {nxt}" in t.pair_prefixes or f"{w} {nxt.rstrip('.')}" in t.pair_prefixes:
                return True
    return False


# --------------------------------------------------------------------------- the scanner


class _Scan:
    """State of one pass over an article: the families seen so far, for surname-only mentions."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.t = tables()
        self.run_re, self.next_re = _patterns()
        self.families: set[str] = set()
        #: words, as written, that can start or make a name or a place (grows with the families seen)
        self.cues: frozenset[str] = self.t.cue_words
        #: family names seen that the tables do not list as cues (a names.tsv family: Jaisohn)
        self.more_cues: set[str] = set()
        self.found: list[Found] = []

    # -- context helpers ---------------------------------------------------------------

    def _title(self, tok: _Tok) -> bool:
        return tok.text in self.t.titles

    def _after_word(self, toks: list[_Tok], i: int) -> bool:
        """True when word ``i`` continues a capitalised phrase (a word before it that is no title)."""
        if i == 0 or not toks[i].joined:
            return False
        prev = toks[i - 1]
        if self._title(prev) or prev.poss:
            return False  # President Moon; North Korea's Kim Jong Un
        return not (prev.dot and not self._abbreviation(prev))  # "...in Seoul. Han Kang won"

    def _headline(self, pos: int) -> bool:
        """True when the line around ``pos`` is a headline in title case ("Kim Jong Un Oversees
        Test of New Missile"): every word longer than three letters is capitalised."""
        text = self.text
        lo, hi = max(0, pos - 200), min(len(text), pos + 200)
        start = text.rfind("\n", lo, pos)
        end = text.find("\n", pos, hi)
        line = text[start + 1 if start >= 0 else lo : end if end >= 0 else hi]
        words = [w for w in line.split() if len(w) > 3 and w[0].isalpha()]
        return len(words) >= 4 and all(w[0].isupper() for w in words) and not line.rstrip().endswith(".")

    def _sentence_start(self, pos: int) -> bool:
        i = pos - 1
        text = self.text
        while i >= 0 and text[i] in " \u00a0\t":
            i -= 1
        return i < 0 or text[i] in ".!?\n\r\"“‘'(—–:;[«"

    def _next_word(self, pos: int) -> str:
        m = self.next_re.match(self.text, pos, min(len(self.text), pos + 60))
        return m.group(1) if m else ""

    def _prev_word(self, pos: int) -> str:
        """The word before ``pos`` across spaces, or across one hyphen ("trans-Pacific")."""
        text = self.text
        i = pos - 1
        if i < 0 or text[i] not in " \u00a0-":
            return ""
        if text[i] == "-":
            i -= 1
        while i >= 0 and text[i] in " \u00a0":
            i -= 1
        if i >= 0 and text[i] == ".":
            i -= 1
        j = i
        while j >= 0 and i - j < 40 and text[j].isalpha():
            j -= 1
        return text[j + 1 : i + 1]

    # -- places --------------------------------------------------------------------------

    def _place_at(self, toks: list[_Tok], i: int) -> tuple[int, int, tuple[PlaceRow, ...]] | None:
        """The longest gazetteer spelling starting at word ``i``: (last word index, end, rows)."""
        t = self.t
        first = toks[i]
        best: tuple[int, int, tuple[PlaceRow, ...]] | None = None
        limit = min(len(toks), i + t.place_max_words)
        for j in range(i, limit):
            tok = toks[j]
            if j > i and (toks[j - 1].dot and not self._abbreviation(toks[j - 1])):
                break
            found_prefix = False
            for end in (tok.end, tok.core_end) if tok.end != tok.core_end else (tok.end,):
                span = self.text[first.start : end]
                key = span if span.isascii() and "  " not in span else place_form(span)
                if key not in t.place_prefixes and key.isupper() and len(key) > 3:
                    key = key.title()  # SEOUL, NORTH KOREA
                if key in t.place_prefixes:
                    found_prefix = True
                    rows = t.places.get(key)
                    if rows:
                        best = (j, end, rows)
                        break
            if not found_prefix:
                break
        return best

    def _abbreviation(self, tok: _Tok) -> bool:
        return tok.word in self.t.place_first_words or tok.text in self.t.titles

    def _name_prefix(self, toks: list[_Tok], i: int, j: int, rows: tuple[PlaceRow, ...]) -> bool:
        """A country's or a world city's name opening or closing a longer capitalised name
        ("Korea Institute of ...", "China Daily", "Bank of Korea", "Los Angeles Dodgers",
        "University of Tokyo") qualifies that name and is not reported; a title after it is
        fine ("U.S. President", "Beijing Mayor")."""
        if not any("country" in r.kinds or "WORLD" in r.countries for r in rows):
            return False
        if i > 0 and not toks[i].joined and toks[i - 1].low in self.t.org_heads:
            return True  # Bank of Korea, Workers' Party of Korea
        if toks[j].poss or j + 1 >= len(toks):
            return False
        nxt = toks[j + 1]
        if not nxt.joined or (toks[j].dot and not self._abbreviation(toks[j])):
            return False
        if _caps(nxt.text) and _caps(toks[j].text):
            return False  # an all-caps headline: NORTH KOREA FIRES MISSILE
        if self._unit_after(toks, j, rows):
            return False  # "Okinawa Prefecture", "Hokkaido Island": the place's own unit word
        return not self._title(nxt) and nxt.low not in self.t.surnames  # "South Korea Moon Jae-in"

    def _name_suffix(self, toks: list[_Tok], i: int, rows: tuple[PlaceRow, ...]) -> bool:
        """A country or world place closing a longer capitalised name in running text ("Gallup
        Korea", "Samsung Electronics America", "Whitney Houston"), at a sentence start too
        ("Statistics Korea plans"); a direction, a date word, a sentence opener ("In", "But",
        from ``place_context.tsv``), a title or a headline leaves it a place."""
        if not self._after_word(toks, i):
            return False
        if not any("WORLD" in r.countries or "country" in r.kinds for r in rows):
            return False
        prev = toks[i - 1]
        if prev.low in self.t.place_free_before or _caps(prev.text) or _caps(toks[i].text):
            return False
        return not self._headline(prev.start)

    def _unit_after(self, toks: list[_Tok], j: int, rows: tuple[PlaceRow, ...]) -> bool:
        """True when the word after the place at ``toks[j]`` names its unit ("Gapyeong
        *County*", per ``place_units.tsv``) and no capitalised word follows ("Seoul City Hall")."""
        if j + 1 >= len(toks) or not toks[j + 1].joined or toks[j].dot or toks[j].poss:
            return False
        kind = self.t.place_units.get(toks[j + 1].text)
        if kind is None or not any(kind in r.kinds for r in rows):
            return False
        # a capitalised word after it makes a longer name ("Seoul City Hall"), unless a full
        # stop ends the sentence between them ("Gapyeong County. Debris fell")
        return not (j + 2 < len(toks) and toks[j + 2].joined and not toks[j + 1].dot)

    def _lower_unit(self, end: int, rows: tuple[PlaceRow, ...]) -> int:
        """Where a place ending at ``end`` ends with a lower-case unit word of its kind after
        it ("Jilin province", "Jeju island", as British papers write them)."""
        low = _LOWER_UNIT.match(self.text, end)
        if low is not None and any(low.group(1) in r.kinds for r in rows):
            return low.end()
        return end

    def _place_blocked(self, start: int, end: int) -> bool:
        text = self.text
        if end < len(text) and text[end] == "-" and end + 1 < len(text) and text[end + 1].isdigit():
            return True  # Hwasong-15: a missile designation
        nxt = text[end : end + 1]
        if nxt == "$":
            return True  # US$2.1 billion, HK$: a currency's prefix, not the place
        # The next word can only follow spaces or a hyphen ("Seoul," and "Seoul's" have none).
        if nxt and (nxt in " \u00a0-" or nxt.isalnum()):
            after = self._next_word(end)
            if after and fold(after) in self.t.place_blockers_after:
                return True
        before = self._prev_word(start)
        return bool(before) and fold(before) in self.t.place_blockers_before

    # -- persons -------------------------------------------------------------------------

    def _weak_ok(
        self,
        toks: list[_Tok],
        first: int,
        last: int,
        given: _Tok,
        fam: _Tok | None = None,
        follow: bool = True,
    ) -> bool:
        """Checks for names without a hyphenated given name (Han Kang, Yuna Kim, Kim Jong Un);
        ``follow=False`` skips the check of the word after the name (for headlines)."""
        if fam is not None and fam.low not in self.t.strong_surnames:
            return False  # Wang Yi, Li Na
        if (
            follow
            and last + 1 < len(toks)
            and toks[last + 1].joined
            and not toks[last].dot
            and not toks[last].poss
        ):
            return False  # part of a longer capitalised phrase (Ho Chi Minh, Sun Moon University)
        if self._after_word(toks, first):
            return False  # Olympic Park, Namsan Park
        if place_form(given.text) in self.t.places:
            return False  # UnJong Park
        return not (not _caps(given.text) and any(c.isupper() for c in given.text[1:]))

    def _known_at(self, toks: list[_Tok], i: int) -> Found | None:
        """A person from names.tsv written exactly as listed, starting at word ``i``."""
        t = self.t
        if toks[i].text not in t.known_first_words:
            return None
        best: Found | None = None
        for j in range(i, min(len(toks), i + t.known_max_words)):
            if j > i and not toks[j].joined:
                break
            entry = t.known_names.get(place_form(self.text[toks[i].start : toks[j].core_end]))
            if entry is not None:
                best = Found(
                    toks[i].start,
                    toks[j].core_end,
                    "person",
                    entry.display,
                    family=entry.family,
                    given=entry.given,
                    order="given-first" if entry.order == "given-first" else "family-first",
                    key=f"ko:{plain(entry.family)} {plain(entry.given)}",
                )
            if toks[j].dot or toks[j].poss:
                break
        return best

    def _family_first(self, toks: list[_Tok], i: int) -> Found | None:
        t = self.t
        fam = toks[i]
        if fam.dot or fam.poss or i + 1 >= len(toks) or not _surname(fam, t):
            return None
        g = toks[i + 1]
        if not g.joined or len(g.text) > _MAX_NAME_TOKEN or not _name_case(g.text) or g.text == "I":
            return None  # "So I left": the pronoun is no given name
        if _caps(g.text) and not fam.text.isupper():
            return None  # Kim ABC
        if "-" in g.text:
            if not _hyphen_given(g.text, t):
                return None
            return self._person(g.text, fam.start, g.core_end, "family-first", fam.text)
        if _is_syllable(g.text, t):
            if not (g.dot or g.poss) and i + 2 < len(toks):
                h = toks[i + 2]
                if (
                    h.joined
                    and "-" not in h.text
                    and _is_syllable(h.text, t)
                    and _name_case(h.text)
                    and _caps(h.text) == _caps(g.text)
                ):
                    headline = _caps(fam.text) and _caps(g.text) and _caps(h.text)
                    if (
                        not headline
                        and not self._weak_ok(toks, i, i + 2, g, fam)
                        and not (
                            self._weak_ok(toks, i, i + 2, g, fam, follow=False) and self._headline(fam.start)
                        )
                    ):
                        return None  # Kim Il Sung University (but KIM JONG UN VISITS, Kim Jong Un Visits ...)
                    if fam.low not in t.strong_surnames:
                        return None
                    given = self.text[g.start : h.core_end]
                    return self._person(
                        " ".join(given.split()), fam.start, h.core_end, "family-first", fam.text
                    )
            if not self._weak_ok(toks, i, i + 1, g, fam):
                return None
            return self._person(g.text, fam.start, g.core_end, "family-first", fam.text)
        if _split_joined(g.text) is not None and self._weak_ok(toks, i, i + 1, g, fam):
            return self._person(g.text, fam.start, g.core_end, "family-first", fam.text)
        return None

    def _given_first(self, toks: list[_Tok], i: int) -> Found | None:
        t = self.t
        g = toks[i]
        if g.dot or g.poss or i + 1 >= len(toks) or len(g.text) > _MAX_NAME_TOKEN:
            return None
        if g.text in t.titles:
            return None  # "But Lee added", "When Kim arrived": an opener or a title, no given name
        fam = toks[i + 1]
        if not fam.joined or not _surname(fam, t) or not _name_case(g.text):
            return None
        if g.low in t.surnames and fam.low in t.syllables and "-" not in g.text:
            return None  # Wang Yi: either word could be the surname; but Hyun Kim is clear
        if _caps(g.text) and not fam.text.isupper():
            return None  # KIM-YOUNG Park; but "Yee Jin SHIN" is fine
        if "-" in g.text:
            if not _hyphen_given(g.text, t):
                return None
        else:
            if not (_is_syllable(g.text, t) or _split_joined(g.text) is not None):
                return None
            if not self._weak_ok(toks, i, i + 1, g, fam):
                return None
            if fold(fam.text) in t.english_surnames and not (i > 0 and g.joined and self._title(toks[i - 1])):
                return None  # Namsan Park: a park unless a title says it is a person
        return self._person(g.text, g.start, fam.core_end, "given-first", fam.text)

    def _person(self, given: str, start: int, end: int, order: Order, family: str) -> Found:
        name, family, given, key = _person_forms(family, given)
        return Found(start, end, "person", name, family=family, given=given, order=order, key=key)

    def _partial(self, toks: list[_Tok], i: int) -> Found | None:
        tok = toks[i]
        t = self.t
        key = tok.low
        if key not in self.families or not _name_case(tok.text) or (tok.text.isupper() and len(tok.text) > 1):
            return None
        if i + 1 < len(toks) and toks[i + 1].joined and not tok.dot and not tok.poss:
            return None  # part of a longer capitalised phrase
        if self._after_word(toks, i):
            return None  # Keith Moon, Harvest Moon
        if key in t.interjections and self._sentence_start(tok.start):
            after = self.text[tok.core_end : tok.core_end + 1]
            if (
                after in (",", "!", "?", "…")
                or fold(self._next_word(tok.core_end)) in t.interjection_followers
            ):
                return None  # "Oh no," / "Oh, we will see"
        return Found(tok.start, tok.core_end, "partial", tok.text, family=tok.text, key=key)

    # -- the pass ------------------------------------------------------------------------

    def run(self) -> list[Found]:
        text = self.text
        cues = self.cues
        more = self.more_cues
        for run in self.run_re.finditer(text):
            word = run.group()
            if " " not in word and "-" not in word and "\u00a0" not in word:
                # Half the runs are one word ("Seoul", "The"); a word that ends in neither a
                # full stop nor an 's is its own lookup form.
                if word in cues or word[-1] in ".sS" or (more and word in more):
                    self._single(run.start(), word)
                continue
            # Most runs ("Experts said", "Korean War", "Small and Medium Business
            # Corporation") hold no word a name or place can start with: test that cheaply.
            if not self._worth_scanning(word):
                continue
            toks = _tokens(text, run.start(), run.end())
            if "-" in word:
                toks = self._split_compounds(toks)
            self._scan_run(toks)
        if "-" in text:
            self._suffixed_places()
            self._given_names_alone()
        if " River" in text:
            self._rivers()
        if ", a" in text or ", the" in text:
            self._appositive_places()
        return self.found

    def _given_names_alone(self) -> None:
        """A person known by a hyphenated given name alone, as news writes a child or a
        student, shown by an age set off by commas: "Ji-ho, 19, said". The name must read as
        romanised given-name syllables and lie in no name or place already found."""
        t = self.t
        found: list[Found] = []
        taken = self._taken()
        for m in _GIVEN_WITH_AGE.finditer(self.text):
            start, end = m.span(1)
            word = m.group(1)
            if not _hyphen_given(word, t) or taken(start, end):
                continue
            found.append(Found(start, end, "person", word, given=word, key=f"given:{fold(word)}:{start}"))
        self._add_found(found)

    def _appositive_places(self) -> None:
        """Places no table lists, known by an appositive that calls them one: "in Dogye, a
        former coal-mining town in Samcheok" (head nouns from ``place_nouns.txt``).

        The name is one or two capitalised words right before the comma, not inside a name
        already found, and not a person's surname; the appositive is an article, at most four
        lower-case words and the noun, which ends it or stands before "in", "on", "near",
        "of", "outside" or punctuation ("a village chief" is about a person).
        """
        t = self.t
        text = self.text
        nouns = t.place_nouns
        found: list[Found] = []
        taken = self._taken()
        for m in _APPOSITIVE_TAIL.finditer(text):
            if m.group(1) not in nouns:
                continue
            before = _NAME_BEFORE.search(text, max(0, m.start() - 40), m.start())
            if before is None:
                continue
            name_start, name_end = before.span(1)
            name = before.group(1)
            if fold(name.split()[-1]) in self.families or name.split()[0] in t.titles:
                continue
            if taken(name_start, name_end):
                continue  # a person or a listed place already
            if self._sentence_start(name_start) and " " not in name:
                continue  # "Yesterday, a town..." : a lone word opening a sentence proves little
            found.append(Found(name_start, name_end, "place", name, key=f"place:{name}"))
        self._add_found(found)

    def _taken(self) -> Callable[[int, int], bool]:
        """A test of whether ``start:end`` overlaps a name or place already found (the last
        one starting before ``end``), for the finders that run after the main scan."""
        spans = [(f.start, f.end) for f in self.found]
        starts = [s for s, _ in spans]

        def taken(start: int, end: int) -> bool:
            i = bisect.bisect_right(starts, end - 1) - 1
            return i >= 0 and spans[i][1] > start

        return taken

    def _add_found(self, found: list[Found]) -> None:
        """Add what a later finder found, keeping ``self.found`` in text order."""
        if found:
            self.found.extend(found)
            self.found.sort(key=lambda f: f.start)

    def _suffixed_places(self) -> None:
        """Places no table lists, known by a local-administration suffix: "in Seongsu-dong",
        "the village of Singi-ri" (``place_suffixes.txt``). The stem must read as one to three
        romanised Korean syllables, and no surname may stand right before it ("Lee Min-gu" is
        a person), nor may it lie inside a name already found."""
        t = self.t
        text = self.text
        found: list[Found] = []
        taken = self._taken()
        for m in _SUFFIX_RE.finditer(text):
            if m.group(1).lower() not in t.place_suffixes:
                continue
            k = m.start()
            stop = max(0, k - 13)  # a stem is at most 12 letters: the walk back is bounded
            while k > stop and text[k - 1].isalpha():
                k -= 1
            stem = text[k : m.start()]
            if not (2 <= len(stem) <= 12 and stem[0].isupper() and stem[1:].islower() and stem.isascii()):
                continue
            if k > 0 and (text[k - 1] == "-" or text[k - 1].isalnum()):
                continue
            if not _syllabic(stem, t):
                continue
            prev = _PREV_WORD.search(text, max(0, k - 20), k)
            if prev is not None and prev.group(1)[0].isupper():
                word = fold(prev.group(1))
                if word in t.surnames and word not in t.english_surnames:
                    continue  # "Lee Min-gu": a given name ("In Seongsu-dong" is no name)
            if taken(k, k + 1):
                continue
            name = text[k : m.end()]
            found.append(Found(k, m.end(), "place", name, key=f"place:{name}"))
        units = t.suffix_units
        # "Yuseong-gu" ... "In Yuseong District alone": the same place, written in English;
        # one scan for every stem and unit word, so the work grows with the text only
        wanted: dict[tuple[str, str], Found] = {}
        for f in found:
            stem, _, suffix = f.name.rpartition("-")
            unit = units.get(suffix.lower())
            if unit is not None:
                wanted.setdefault((stem, unit), f)
        if wanted:
            for m in _unit_after_re(tuple(sorted(set(units.values())))).finditer(text):
                first = wanted.get((m.group(1), m.group(2)))
                if first is not None and not taken(m.start(), m.start() + 1):
                    found.append(Found(m.start(), m.end(), "place", first.name, key=first.key))
        self._add_found(found)

    def _rivers(self) -> None:
        """Rivers no table lists, known by a romanised Korean stem before "River": "along the
        Soyang River". A listed river (the Han River) is read by the gazetteer already."""
        t = self.t
        taken = self._taken()
        found = []
        for m in _RIVER_RE.finditer(self.text):
            stem = m.group(1)
            if (
                m.group() in t.places
                or stem in t.places
                or not _syllabic(stem, t)
                or taken(m.start(), m.start() + 1)
            ):
                continue
            found.append(Found(m.start(), m.end(), "place", m.group(), key=f"place:{m.group()}"))
        self._add_found(found)

    def _worth_scanning(self, word: str) -> bool:
        """Whether a run of several words may hold a name or a place: a surname, a one-word
        place, a hyphen, a family seen, or the first two words of a longer place."""
        if _worth_scanning(word):
            return True
        more = self.more_cues
        return bool(more) and any((w[:-2] if w[-2:] in ("'s", "’s") else w) in more for w in word.split())

    def _single(self, start: int, word: str) -> None:
        """A run of one word without a hyphen: only a place or a surname-only mention (a full
        name needs two words), so the run needs no word objects unless it is a surname."""
        t = self.t
        core = word[:-1] if word[-1] == "." else word
        if len(core) > 2 and core[-1] in "sS" and core[-2] in "'’":
            core = core[:-2]  # possessive 's
        if core not in self.cues and word not in self.cues and core not in self.more_cues:
            return  # "The", "Experts": no place or name can start with it
        if core in t.known_names or word in t.known_names:
            self._scan_run([_Tok(start, word, False)])  # a one-word name a user listed
            return
        if _lower(core) in t.surnames and (
            (start > 7 and t.surname_lead.search(self.text, start - 30, start))
            or self._surname_trails(start + len(core))
        ):
            # "a nurse surnamed Jeon": a person known by the surname alone; later "Jeon" is her
            family = _display_family(core)
            self.found.append(
                Found(
                    start,
                    start + len(core),
                    "person",
                    family,
                    family=family,
                    order="family-first",
                    key=f"surnamed:{fold(core)}:{start}",
                )
            )
            self.families.add(fold(core))
            return
        places = t.places
        for form in (word, core) if core != word else (word,):
            key = form if form.isascii() else place_form(form)
            if key not in places and key.isupper() and len(key) > 3:
                key = key.title()  # SEOUL
            rows = places.get(key)
            if rows:
                end = start + len(form)
                if not self._place_blocked(start, end):
                    if form == word:
                        end = self._lower_unit(end, rows)
                    self.found.append(Found(start, end, "place", rows[0].name, rows=rows))
                return
        if _lower(core) in self.families:
            partial = self._partial([_Tok(start, word, False)], 0)
            if partial is not None:
                self.found.append(partial)

    def _surname_trails(self, end: int) -> bool:
        """True when a surname ending at ``end`` is set off by a comma and its sentence goes
        on to say the person is identified by it alone (``surname_trails.txt``)."""
        text = self.text
        if text[end : end + 1] != ",":
            return False
        stop = _SENTENCE_END.search(text, end, end + 240)
        hi = stop.start() if stop is not None else min(len(text), end + 240)
        return self.t.surname_trail.search(text, end, hi) is not None

    def _split_compounds(self, toks: list[_Tok]) -> list[_Tok]:
        """Split hyphenated compounds of place names and known surnames ("Seoul-based",
        "Korea-US", "North Korea-Russia", "the Moon-Kim summit") into their capitalised parts;
        given names (Jae-in) and hyphenated places (Punggye-ri, Wonsan-Kalma) stay whole."""
        t = self.t
        out: list[_Tok] = []
        rejoin = True
        for tok in toks:
            joined = tok.joined and rejoin
            rejoin = True
            parts = tok.text.split("-")
            if (
                len(parts) < 2
                or tok.text in t.place_prefixes
                or all(fold(p) in t.syllables for p in parts)
                or not any(p in t.places or _lower(p) in self.families for p in parts)
                or _region_compound(parts, t.places, self.families)
            ):
                out.append(tok if joined == tok.joined else _Tok(tok.start, tok.word, joined))
                continue
            pos = tok.start
            pieces = tok.word.split("-")
            for n, piece in enumerate(pieces):
                if piece[:1].isupper():
                    out.append(_Tok(pos, piece, joined if n == 0 else False))
                    rejoin = True
                else:
                    rejoin = False  # "-based": the next word does not continue a name
                pos += len(piece) + 1
        return out

    def _scan_run(self, toks: list[_Tok]) -> None:
        i, n = 0, len(toks)
        t = self.t
        surnames, first_words = t.surnames, t.place_first_words
        while i < n:
            tok = toks[i]
            place = (
                self._place_at(toks, i)
                if tok.text in first_words
                or tok.word in first_words
                or (tok.text.isupper() and tok.text.title() in first_words)
                else None
            )
            person = None
            if tok.text in t.known_first_words:
                person = self._known_at(toks, i)
            if person is None and (tok.low in surnames or (i + 1 < n and toks[i + 1].low in surnames)):
                person = self._family_first(toks, i) or self._given_first(toks, i)
            if person is not None and (place is None or person.end - person.start > place[1] - toks[i].start):
                self.found.append(person)
                family = person.family or ""
                self.families.add(fold(family))
                for form in (family, family[:1].upper() + family[1:].lower(), family.upper()):
                    if form not in self.cues:
                        self.more_cues.add(form)
                while i < n and toks[i].start < person.end:
                    i += 1
                continue
            if place is not None:
                j, end, rows = place
                start = toks[i].start
                if (
                    not self._place_blocked(start, end)
                    and not self._name_prefix(toks, i, j, rows)
                    and not self._name_suffix(toks, i, rows)
                ):
                    if self._unit_after(toks, j, rows):
                        j += 1  # "Gapyeong County": the unit word belongs to the mention
                        end = toks[j].core_end
                    elif not toks[j].dot and not toks[j].poss:
                        end = self._lower_unit(end, rows)
                    self.found.append(Found(start, end, "place", rows[0].name, rows=rows))
                i = j + 1
                continue
            partial = self._partial(toks, i) if tok.low in self.families else None
            if partial is not None:
                self.found.append(partial)
            i += 1


#: a lower-case unit word after a place of that kind: "Jilin province", "Jeju island"
_LOWER_UNIT = regex.compile(r"[ \t](province|county|island|prefecture)(?![\p{L}-])")
#: the end of a sentence: a full stop, question or exclamation mark, then a blank
_SENTENCE_END = regex.compile(r"[.!?][\"”’]?\s")
#: a capitalised hyphenated word, then an age set off by commas: "Ji-ho, 19,"
_GIVEN_WITH_AGE = regex.compile(r"(?<![\p{L}\p{N}'’-])(\p{Lu}\p{Ll}{0,5}-\p{Ll}{1,6}),[ ][1-9][0-9]?,")


@functools.cache
def _unit_after_re(units: tuple[str, ...]) -> regex.Pattern[str]:
    """A capitalised stem and one of the English unit words ``units`` ("Yuseong District")."""
    alternation = "|".join(regex.escape(u) for u in units)
    return regex.compile(
        rf"(?<![\p{{L}}\p{{N}}'’-])(\p{{Lu}}\p{{Ll}}+)[ ]({alternation})(?![\p{{L}}\p{{N}}])"
    )


#: a capitalised stem and "River": "the Soyang River"
_RIVER_RE = regex.compile(r"(?<![\p{L}\p{N}'’-])(\p{Lu}\p{Ll}{1,11})[ ]River(?![\p{L}\p{N}])")

#: a hyphen, then a lower-case suffix of a local place name ("-dong", "-ri")
_SUFFIX_RE = regex.compile(r"-([a-z]{1,5})(?![\p{L}\p{N}-])")
#: "Dogye, a former coal-mining town in": a capitalised name, a comma, an article, up to four
#: lower-case words and a head noun that ends the appositive or comes before a preposition
#: (the comma comes first, so the scan skips straight from comma to comma)
_APPOSITIVE_TAIL = regex.compile(
    r",[ ](?:a|an|the)[ ](?:[\p{Ll}'’-]+[ ]){0,4}?(\p{Ll}+)(?=[ ](?:in|on|near|of|outside)\b|[,.;:]|\Z)"
)
_NAME_BEFORE = regex.compile(r"(?<![\p{L}\p{N}'’-])(\p{Lu}\p{Ll}+(?:-\p{Ll}+)?(?:[ ]\p{Lu}\p{Ll}+)?)\Z")


#: the word right before a position (to tell "Lee Min-gu" from "in Seongsu-dong")
_PREV_WORD = regex.compile(r"(\p{L}+)[ \t\u00a0]+\Z")


def _region_compound(parts: list[str], places: Collection[str], families: Collection[str]) -> bool:
    """True when a hyphenated word joins a place to a capitalised word that is neither a
    place nor a surname: "Asia-Pacific" names a region as a whole, not Asia."""
    return any(p in places for p in parts) and any(
        p[:1].isupper() and p not in places and _lower(p) not in families for p in parts
    )


def _syllabic(stem: str, t: Tables) -> bool:
    """True when ``stem`` splits into one to three romanised Korean syllables ("Seongsu")."""
    w = fold(stem)
    reach = {0}
    for _ in range(3):
        reach = {
            i + n
            for i in reach
            for n in range(1, t.longest_syllable + 1)
            if i + n <= len(w) and w[i : i + n] in t.syllables
        }
        if len(w) in reach:
            return True
    return False


def _choose_places(found: list[Found], text: str) -> list[Found]:
    """Give each place its gazetteer row: a spelling that is one row's own name is that
    place; an ambiguous one (Geumgang, Kangwon, Chongju) is the place the article names
    unambiguously elsewhere, else the row whose name holds it as a word, else follows the
    country most of the article's unambiguous places belong to, else the table's order; a
    place known by its suffix alone keeps its written name."""
    tally: dict[str, int] = {}
    named: set[str] = set()
    for f in found:
        if f.kind == "place" and len(f.rows) == 1:
            named.add(f.rows[0].name)
            for c in f.rows[0].countries:
                tally[c] = tally.get(c, 0) + 1
    out: list[Found] = []
    for f in found:
        if f.kind == "place" and f.rows:
            rows = f.rows
            best = rows[0]
            if len(rows) > 1:
                # a spelling that is one place's own name is that place ("Wonsan-Kalma" the
                # resort, though the city's row lists it too), then a place the article names
                # without doubt elsewhere ("Geumgang" after "Mount Kumgang" is the mountain, not
                # the Geum River; "Kangwon" after "Gangwon province" the South's), then one
                # whose name holds the spelling as a word ("Kalma" of Wonsan-Kalma, "Kumgang"
                # of Mount Kumgang); else the country most of the article's places belong to
                written = text[f.start : f.end].casefold()
                best = max(
                    rows,
                    key=lambda r: (
                        r.name.casefold() == written,
                        r.name in named,
                        written in r.name.casefold().replace("-", " ").split(),
                        max((tally.get(c, 0) for c in r.countries), default=0),
                        -rows.index(r),
                    ),
                )
            f.name, f.key, f.place = best.name, f"place:{best.name}", best
        out.append(f)
    return out


_QUOTE_REACH = 2000
_PARAGRAPH_BREAK = regex.compile(r"\n[ \t\r\u00a0]*\n|\r\n?[ \t\u00a0]*\r")


def _shared_surnames(found: list[Found], text: str) -> None:
    """Point each surname alone at one person when two people of the article share it.

    "Park said" after Park Jun-seo and Park Jin-man means the Park named in this paragraph
    or the one before; further on, news uses the bare surname for the person the story is
    about, so it means the Park named most often so far (the latest on a tie). The chosen
    person's key becomes the partial mention's key (``newsfacts_find_mentions`` lists each
    person's key among its aliases), so the core links it to that person and no other.
    """
    families: dict[str, set[str]] = {}
    for f in found:
        if f.kind == "person" and f.family and f.key:
            families.setdefault(_lower(f.family), set()).add(f.key)
    if all(len(keys) < 2 for keys in families.values()):
        return
    breaks = [m.start() for m in _PARAGRAPH_BREAK.finditer(text)] if "\n" in text or "\r" in text else []
    # Kept up to date mention by mention, so each surname costs O(1) however many people
    # share it: a person's last position and count, and per family the people seen, the
    # one named last and the one named most (the latest on a tie).
    last: dict[str, int] = {}
    count: dict[str, int] = {}
    people: dict[str, set[str]] = {}
    recent: dict[str, str] = {}
    most: dict[str, str] = {}
    #: the words around each shared-surname person's full mentions ("People Power Party leader"),
    #: and per surname the people named lately (at most ``_DESCRIBED_AMONG``, so an appositive
    #: is weighed against a bounded few however many people share the surname)
    around: dict[str, set[str]] = {}
    lately: dict[str, list[str]] = {}
    for f in found:
        if f.kind == "person" and f.family and f.key:
            family = _lower(f.family)
            people.setdefault(family, set()).add(f.key)
            key = f.key
            if len(families[family]) > 1:
                around.setdefault(key, set()).update(_context_words(text, f.start, f.end))
                named = lately.setdefault(family, [])
                if key in named:
                    named.remove(key)
                named.append(key)
                if len(named) > _DESCRIBED_AMONG:
                    del named[0]
            if key in last and len(families[family]) > 1 and _quoted(text, breaks, f.start):
                continue  # a speaker's words name the person: "'Kim Jong Un wants ...,' Kim said"
        elif f.kind == "partial" and f.key in recent:
            family = f.key
            key = recent[family]
            if len(people[family]) > 1:
                if bisect.bisect(breaks, last[key]) + 1 < bisect.bisect(breaks, f.start):
                    key = most[family]  # not named in this paragraph or the one before
                described = _described_by(text, f.end, lately.get(family, ()), around)
                if described is not None:
                    key = described  # "Kim, the PPP leader, said": the Kim introduced as leader
                f.key = key
        else:
            continue
        last[key] = f.start
        n = count[key] = count.get(key, 0) + 1
        recent[family] = key
        if family not in most or n >= count[most[family]]:
            most[family] = key


#: an appositive after a bare surname: ", the PPP leader," ", a professor at ..."
_APPOSITIVE_AFTER = regex.compile(r",[ \t]+(?:the|a|an)[ \t]+([^,.;:\n]{2,60})[,.]")
#: the first words of an appositive after a full name, however long it runs on ("Lee
#: Jae-won, a retired rear-admiral who once commanded the navy's submarine flotilla")
_APPOSITIVE_HEAD = regex.compile(r",[ \t]+(?:the|a|an)[ \t]+([^,.;:\n]{2,60})")
_CONTEXT_WORD = regex.compile(r"\p{L}{3,}")
_CONTEXT_REACH = 60
_DESCRIBED_AMONG = 8
#: a clause edge or "and" before a name's title, read backwards: ",", ".", " dna "
_TITLE_EDGE = regex.compile(r"[,.;:\n(\"“”]| dna ")
#: words around a name that tell nobody apart
_PLAIN_WORDS = frozenset(
    {"the", "and", "said", "told", "says", "who", "his", "her", "its", "for", "with", "from"}
)


def _context_words(text: str, start: int, end: int) -> set[str]:
    """The words of a full name's title before it, back to a clause edge or "and", and of an
    appositive after it, folded: "Ruling People Power Party *leader* Kim Gi-hyeon and ...",
    "Kim Min-seok, the DP *chairman*,"."""
    lo = max(0, start - _CONTEXT_REACH)
    edge = _TITLE_EDGE.search(text[lo:start][::-1])
    words = _CONTEXT_WORD.findall(text, start - edge.start() if edge is not None else lo, start)
    appositive = _APPOSITIVE_HEAD.match(text, end)
    if appositive is not None:
        words += _CONTEXT_WORD.findall(appositive.group(1))
    return {w.casefold() for w in words} - _PLAIN_WORDS


def _described_by(text: str, end: int, keys: Sequence[str], around: dict[str, set[str]]) -> str | None:
    """The one person of ``keys`` whose full mentions stood among the most words of the
    appositive after a bare surname ("Kim, the party leader,": the Kim introduced as party
    leader, not the party chairman), or ``None`` when it fits none or several alike."""
    m = _APPOSITIVE_AFTER.match(text, end)
    if m is None:
        return None
    words = {w.casefold() for w in _CONTEXT_WORD.findall(m.group(1))} - _PLAIN_WORDS
    scores = sorted(((len(words & around.get(k, set())), k) for k in keys), reverse=True)
    if not scores or scores[0][0] == 0 or (len(scores) > 1 and scores[1][0] == scores[0][0]):
        return None
    return scores[0][1]  # the one whose introduction shares the most words with the description


def _quoted(text: str, breaks: list[int], pos: int) -> bool:
    """True when ``pos`` stands inside quotation marks of its paragraph (curly or straight),
    read at most ``_QUOTE_REACH`` characters back so a long paragraph stays cheap."""
    i = bisect.bisect(breaks, pos)
    start = max(breaks[i - 1] if i else 0, pos - _QUOTE_REACH)
    before = text[start:pos]
    return before.count("\u201c") > before.count("\u201d") or before.count('"') % 2 == 1


class GCPause:
    """Pause the cyclic garbage collector while the scan makes its many small objects.

    Words, names and mentions hold no reference cycles, so reference counting frees them;
    with the collector running, every few hundred new objects would make it walk the
    live heap, which grows with the article, so a long article would cost more per
    character than a short one. The collector is left as the caller had it.
    """

    __slots__ = ("enabled",)

    def __enter__(self) -> None:
        self.enabled = gc.isenabled()
        gc.disable()

    def __exit__(self, *exc: object) -> None:
        if self.enabled:
            gc.enable()


def find(text: str) -> list[Found]:
    """Every Korean person name, surname-only mention and place name in ``text``, in order."""
    if not text:
        return []
    with GCPause():
        found = _choose_places(_Scan(text).run(), text)
        _shared_surnames(found, text)
        return found


# --------------------------------------------------------------------------- comparing names


def parse_name(name: str) -> PersonName | None:
    """Read a whole string as one Korean name ("Lee Jae Myung", "Ga-young Park"), or ``None``."""
    for f in _Scan(name.strip()).run():
        if f.kind == "person" and f.start == 0 and f.end == len(name.strip()):
            return PersonName(f.family or "", f.given or "", f.order or "family-first")
    return None


def reads_korean(family: str, given: str) -> bool:
    """True when ``family`` is a listed surname spelling and ``given`` reads as one to three
    romanised syllables ("Oh", "Jeongmin"): a name another plugin found may be Korean."""
    return fold(family) in tables().surnames and bool(given_splits(given.replace("-", "")))


@functools.lru_cache(maxsize=65536)
def given_splits(given: str) -> tuple[tuple[str, ...], ...]:
    """Every way to read a given name's letters as 1 to 3 romanised syllables (at most 32)."""
    t = tables()
    letters = plain(given)
    if not letters or len(letters) > 3 * t.longest_syllable:
        return ()
    out: list[tuple[str, ...]] = []

    def walk(pos: int, parts: tuple[str, ...]) -> None:
        if len(out) >= 32:
            return
        if pos == len(letters):
            out.append(parts)
            return
        if len(parts) == 3:
            return
        for cut in range(pos + 1, min(len(letters), pos + t.longest_syllable) + 1):
            piece = letters[pos:cut]
            if piece in t.syllables:
                walk(cut, (*parts, piece))

    walk(0, ())
    return tuple(out)


def hangul_readings(family: str, given: str, limit: int = 256) -> set[str]:
    """The Hangul names a romanised name can stand for (family + given), at most ``limit`` per split.

    "Park Chung-hee" and "Pak Chŏng-hŭi" share 박정희; "Jung Eun-kyeong" and "Jeong
    Eun-kyeong" share 정은경. Used to link spellings that do not share a key.
    """
    return set(_readings(family, given, limit))


@functools.lru_cache(maxsize=16384)
def _readings(family: str, given: str, limit: int = 256) -> tuple[str, ...]:
    """``hangul_readings`` sorted, memoised: the same people recur from article to article."""
    t = tables()
    known = t.known_hangul.get((plain(family), plain(given)))
    out: set[str] = {known} if known else set()
    fams = t.surnames.get(fold(family)) or t.surnames.get(plain(family)) or frozenset()
    if fams:
        for split in given_splits(given):
            options = [t.syllables[s] for s in split]
            for combo in itertools.islice(itertools.product(*options), limit):
                g = "".join(combo)
                out.update(f + g for f in fams)
    return tuple(sorted(out))


@functools.lru_cache(maxsize=16384)
def _initials(family: str, given: str) -> frozenset[str]:
    """The first Hangul syllable of every reading of a name (its surname's first syllable):
    two names can share a reading only if they share one of these."""
    t = tables()
    known = t.known_hangul.get((plain(family), plain(given)))
    fams = t.surnames.get(fold(family)) or t.surnames.get(plain(family)) or frozenset()
    out = {f[0] for f in fams if f}
    if known:
        out.add(known[0])
    return frozenset(out)


def link_pairs(people: Sequence[tuple[int, str, str]]) -> Iterator[tuple[int, int]]:
    """Pairs of indices whose (family, given) names can be the same Hangul name.

    ``people`` holds (index, family, given). Linear: each name is filed under its Hangul
    readings and joined with the first name filed there. Readings are worked out only for
    names whose surname can be read like another name's (two Kims, a Lee and a Rhee).
    """
    unique: list[tuple[int, str, str]] = []
    seen: set[tuple[str, str]] = set()
    for idx, family, given in people:
        k = (plain(family), plain(given))
        if k not in seen:  # the core already joins equal keys
            seen.add(k)
            unique.append((idx, family, given))
    shared: dict[str, int] = {}
    for _, family, given in unique:
        for syllable in _initials(family, given):
            shared[syllable] = shared.get(syllable, 0) + 1
    first: dict[str, int] = {}
    for idx, family, given in unique:
        if not any(shared[s] > 1 for s in _initials(family, given)):
            continue  # no other name here can be read with this surname
        joined: set[int] = set()
        for reading in _readings(family, given):
            other = first.setdefault(reading, idx)
            if other != idx and other not in joined:
                joined.add(other)
                yield (other, idx)
