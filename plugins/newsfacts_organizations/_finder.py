"""Finding organisations and non-Korean persons in one pass over runs of capitalised words.

One compiled pattern finds every run of capitalised words (joined by spaces or by
"of", "for", "and", "on", "&", at most 16 words, so the work per run is bounded). Each
run is then read in Python: known names from the tables, names built around a head
word ("... Foundation", "Ministry of ..."), and person names that a title or a speech
verb next to them proves to be people.
"""

from __future__ import annotations

import bisect
import functools
import itertools
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any, NamedTuple, TypeVar, cast

import regex

from newsfacts import Article, Mention, OrganizationData, PersonData
from newsfacts_organizations._data import KnownName, Lexicon, lexicon
from newsfacts_organizations._titles import (
    appositive,
    may_end_title,
    skip_qualifiers,
    title_after,
    title_before,
    words_after,
    words_before,
)

__all__ = ["find_mentions", "org_key"]

MAX_WORDS = 16
_SP = r"[ \t\u00a0]"
_ABBREV = "Corp|Co|Inc|Ltd|Mt|St|Jr|Sr|Rep|Sen|Gov|Prof|Dr|Gen|Lt|Col|Adm|Maj|Capt|Sgt|Brig|Amb|Mr|Mrs|Ms"
_SPS = rf"{_SP}++"
#: A connector between two capitalised words: "of", "for", "and", "on", "&", with "the".
_SEP = rf"{_SPS}(?:(?:of|for|and|on|&){_SPS}(?:the{_SPS})?)?"
_CONNECTORS = frozenset({"of", "for", "on", "&", "of the", "for the", "on the", "& the"})
_CONNECTOR_WORDS = frozenset({"of", "for", "and", "on", "&", "the"})
#: Connectors that keep the words on both sides in one run ("Cape Investment & Securities").
_GLUE = frozenset({"", "&"})
_SUFFIXES = frozenset({"Co", "Corp", "Inc", "Ltd", "Co.", "Corp.", "Inc.", "Ltd."})


def _alt(words: Iterable[str]) -> str:
    return "|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True))


def _word_rest(plurals: tuple[str, ...]) -> str:
    """A capitalised word after its first letter.

    The first letter is matched outside so that every branch starts the same way (the
    pattern is tried at every offset, and this keeps each try short): "U.S.", an initial
    "B." before a name, a word with hyphens ("Trade-Investment"), an abbreviation's full
    stop ("Corp."), a plural possessive ("Workers'") and, for the listed irregular
    plurals, "People's" inside a name.
    """
    possessive = r"(?<=s['’])"
    if plurals:
        possessive += rf"|s(?<=(?<![\p{{L}}\p{{N}}])(?:{_alt(plurals)})['’]s)"
    return (
        r"(?:\.(?:\p{Lu}\.)++|\.(?=[ \t]\p{Lu}\p{Ll})"
        r"|[\p{L}\p{M}\p{N}&]*+(?:[-‑][\p{L}\p{N}][\p{L}\p{M}\p{N}&]*+)*+"
        rf"(?:\.(?<=(?<![\p{{L}}\p{{N}}&-])(?:{_ABBREV})\.)(?!\p{{L}})"
        rf"|['’](?:{possessive})(?=[ \t]\p{{Lu}}))?)"
    )


@functools.cache
def _chain_re(plurals: tuple[str, ...] = (), particles: frozenset[str] = frozenset()) -> regex.Pattern[str]:
    """Runs of capitalised words, joined by spaces, connectors ("of", "&") or name particles.

    ``plurals`` ("People") keep a possessive "'s" inside a name ("Supreme People's
    Assembly"); ``particles`` ("von", "al-") may stand lowercase inside a person's name.
    At most ``MAX_WORDS`` words, each found by one branch, so a match is linear.
    """
    rest = _word_rest(plurals)
    seps = [r"(?:of|for|and|on|&)" + rf"{_SPS}(?:the{_SPS})?"]
    spaced = [p for p in particles if not p.endswith("-")]
    glued = [p for p in particles if p.endswith("-")]
    if spaced:
        seps.append(rf"(?:(?:{_alt(spaced)}){_SPS}){{1,2}}")
    if glued:
        seps.append(rf"(?:{_alt(glued)})(?=\p{{Lu}})")
    sep = rf"{_SPS}(?:{'|'.join(seps)})?"
    first = r"\p{Lu}(?<![\p{L}\p{N}'’.-]\p{Lu})"
    return regex.compile(rf"{first}{rest}(?:{sep}\p{{Lu}}{rest}){{0,{MAX_WORDS - 1}}}")


@functools.cache
def _name_token_re() -> regex.Pattern[str]:
    return regex.compile(
        r"(?:(?:Mc|Mac|De|Di|Da|La|Le|O['’]|[Aa]l-|[Ee]l-)?\p{Lu}[\p{Ll}\p{M}]+(?:-\p{L}[\p{Ll}\p{M}]+)?|\p{Lu}\.)"
    )


@functools.cache
def _next_word_re() -> regex.Pattern[str]:
    return regex.compile(r"[ \t]{1,3}(\p{Lu}[\p{L}\p{N}&]*\.?)")


@functools.cache
def _korean_given_re() -> regex.Pattern[str]:
    return regex.compile(r"\p{Lu}\p{Ll}+-\p{Ll}+")


@functools.cache
def _acronym_re() -> regex.Pattern[str]:
    return regex.compile(r"[ \t]{0,3}\([ \t]{0,3}(\p{Lu}[\p{L}\p{N}&.\-]{1,11})[ \t]{0,3}\)")


@functools.cache
def _cue_after_re(cues: tuple[str, ...]) -> regex.Pattern[str]:
    alt = "|".join(regex.escape(c) for c in cues)
    return regex.compile(rf"[ \t]{{1,3}}(?:{alt})\b")


@functools.cache
def _cue_before_re(cues: tuple[str, ...]) -> regex.Pattern[str]:
    alt = "|".join(regex.escape(c) for c in cues)
    return regex.compile(rf"(?<![\p{{L}}])(?:{alt}),?[ \t]{{1,3}}\Z")


class _Tok(NamedTuple):
    start: int
    end: int
    text: str
    sep: str  # the connector before this token ("" for plain space, "of", "and"...)


class _Org(NamedTuple):
    start: int
    end: int
    name: str
    key: str
    acronym: str | None
    known: bool
    #: the table's canonical name when the text writes a listed spelling of it
    canonical: str | None = None


def _norm(name: str) -> str:
    return " ".join(name.replace("’", "'").split())


#: corporate suffixes, casefolded, that a linking key leaves out ("Haneul Semiconductor Inc.")
_KEY_SUFFIXES = frozenset(w.casefold() for w in _SUFFIXES)


def org_key(name: str) -> str:
    """The linking key of an organisation name: casefolded, without a closing corporate
    suffix ("Inc.", "Co., Ltd."), "X Ministry" read as "Ministry of X"."""
    folded = _norm(name).casefold()
    if folded.startswith("the "):
        folded = folded[4:]
    parts = folded.split()
    while len(parts) > 1 and parts[-1].rstrip(",") in _KEY_SUFFIXES:
        parts.pop()
        if parts[-1].endswith(","):
            parts[-1] = parts[-1][:-1]
    folded = " ".join(parts)
    if len(parts) == 2 and parts[1] == "ministry":
        folded = f"ministry of {parts[0]}"
    return "org:" + folded


def _tokens(m: regex.Match[str], particles: frozenset[str] = frozenset()) -> list[_Tok]:
    """The words of a matched run, each with the connector ("of", "and", "von"...) standing before it."""
    return _split_tokens(m.group(), m.start(), particles)


def _split_tokens(run: str, base: int, particles: frozenset[str]) -> list[_Tok]:
    """The words of ``run`` (which starts at offset ``base``), each with the connector before it."""
    out: list[_Tok] = []
    sep: list[str] = []
    for w in _split_re().finditer(run):
        word = w.group()
        if (word in _CONNECTOR_WORDS or word in particles) and out:
            sep.append(word)
            continue
        out.append(_Tok(base + w.start(), base + w.end(), word, " ".join(sep)))
        sep = []
    return out


@functools.cache
def _split_re() -> regex.Pattern[str]:
    return regex.compile(r"[^ \t\u00a0]+")


def _is_stop(text: str, lex: Lexicon) -> bool:
    return text in lex.stopwords or (text.isupper() and len(text) > 1 and text.title() in lex.stopwords)


def _known_at(text: str, tok: _Tok, lex: Lexicon) -> KnownName | None:
    for cand in lex.known.get(tok.text.rstrip("'’"), ()):
        end = tok.start + len(cand.text)
        if (
            (
                text.startswith(cand.text, tok.start)
                # "Workers’ Union" with a curly apostrophe is the listed "Workers' Union"
                or ("'" in cand.text and text[tok.start : end].replace("’", "'") == cand.text)
            )
            and (end >= len(text) or not (text[end].isalnum() or text[end] in "-&"))
        ):
            return cand
    return None


def _known_orgs(text: str, toks: list[_Tok], lex: Lexicon) -> list[_Org]:
    out: list[_Org] = []
    i = 0
    n = len(toks)
    while i < n:
        tok = toks[i]
        cand = _known_at(text, tok, lex)
        if cand is None:
            i += 1
            continue
        end = tok.start + len(cand.text)
        j = i
        while j + 1 < n and toks[j + 1].start < end:
            j += 1
        # A head word or corporate suffix right after joins the name ("Samsung Group");
        # a suffix alone ("Co.", "Inc.") keeps the listed name.
        grown = False
        while (nxt := _next_word_re().match(text, end)) is not None:
            word = nxt.group(1)
            if word in lex.heads or word in _SUFFIXES:  # Reuters writes "Kia Corp", "Apple Inc"
                end = nxt.end(1)
            elif word.endswith(".") and word[:-1] in lex.heads:
                end = nxt.end(1) - 1
            else:
                break
            grown = grown or word.rstrip(".") not in _SUFFIXES
            if word.endswith(".") and word not in lex.heads:
                break
        while j + 1 < n and toks[j + 1].start < end:
            j += 1
        foreign = _foreign_owner(text, tok.start, cand, lex) if not grown else -1
        owner = _possessive_owner(text, tok.start, cand) if foreign < 0 and not grown else None
        if foreign >= 0:
            # "Chinese Foreign Ministry": another country's ministry, not the listed (Korean) one
            name = _norm(text[foreign:end])
            out.append(_Org(foreign, end, name, org_key(name), None, False))
        elif owner is not None:
            # "Russia's Defense Ministry": named as written, one entity per owning country
            name = _norm(text[tok.start : end])
            out.append(_Org(tok.start, end, name, org_key(f"{owner} {name}"), None, False))
        elif grown:
            name = _norm(text[tok.start : end])
            out.append(_Org(tok.start, end, name, org_key(name), cand.acronym, True))
        elif cand.text.isupper():
            # an abbreviation listed as a spelling ("U.N.", "KEPCO") names nothing on its own
            out.append(_Org(tok.start, end, cand.canonical, org_key(cand.canonical), cand.acronym, True))
        else:
            # named as written ("Democratic Party"), keyed and varied by the table's
            # canonical form ("Democratic Party of Korea") so every spelling links
            name = _norm(cand.text)
            key = org_key(cand.canonical)
            out.append(_Org(tok.start, end, name, key, cand.acronym, True, cand.canonical))
        i = j + 1
    return out


#: Nationality words that own a listed ministry without making it another country's.
_HOME_NATIONALITIES = frozenset({("South", "Korean"), ("Korean",)})


def _foreign_owner(text: str, start: int, cand: KnownName, lex: Lexicon) -> int:
    """Where a nationality word before a listed ministry starts ("*Chinese* Foreign Ministry",
    "*Japanese* Defense Ministry"), or -1: the listed ministries are South Korea's, so one
    owned by another nationality is a different organisation, named as written."""
    if "Ministry" not in cand.canonical.split():
        return -1
    lo = max(0, start - 30)
    before = text[lo:start]
    if not before.endswith(" "):
        return -1
    words = before.split()
    for size in (2, 1):
        phrase = tuple(words[-size:])
        if len(phrase) == size and phrase in lex.nationalities and phrase not in _HOME_NATIONALITIES:
            written = " ".join(phrase)
            if before.rstrip().endswith(written):
                return lo + len(before.rstrip()) - len(written)
    return -1


def _possessive_owner(text: str, start: int, cand: KnownName) -> str | None:
    """The country whose possessive stands before a listed ministry ("*Russia's* Defense
    Ministry", "*North Korea's* Foreign Ministry"), or ``None``: the listed ministries are
    South Korea's, so another country's is a different organisation."""
    if "Ministry" not in cand.canonical.split():
        return None
    words = text[max(0, start - 30) : start].split()[-2:]
    if not words or not words[-1].endswith(("'s", "’s")) or not words[-1][:1].isupper():
        return None
    owner = words[-1][:-2]
    if len(words) == 2 and words[0] in ("North", "South"):
        owner = f"{words[0]} {owner}"
    if owner.casefold() in _HOME_COUNTRIES:
        return None
    return owner


#: Possessive owners that keep a listed ministry South Korea's own.
_HOME_COUNTRIES = frozenset({"korea", "south korea", "seoul"})


def _acronym_org(tok: _Org, lex: Lexicon) -> _Org | None:
    canonical = lex.acronyms.get(tok.name)
    if canonical is None:
        return None
    return _Org(tok.start, tok.end, canonical, org_key(canonical), tok.name, True)


def _keeps_nationality(
    toks: list[_Tok], run: list[int], nation: int, a: int, last: int, lex: Lexicon
) -> bool:
    """True when the nationality at ``run[nation]`` is part of the name that follows it.

    A nationality is dropped before a home body's name ("South Korean Unification
    Ministry" is the Unification Ministry), but a lone head word without it names nothing
    ("the Japanese Embassy", "the South Korean Navy"), and another country's nationality
    before a short name makes that country's own body ("the Japanese Coast Guard", "the
    Chinese Communist Party"), never the home one.
    """
    if last == a:
        return True
    words = tuple(toks[i].text for i in run[nation:a])
    return words not in _HOME_NATIONALITIES and last - a < 2 and toks[run[last]].text in lex.heads


def _heuristic_orgs(text: str, toks: list[_Tok], lex: Lexicon, taken: set[int]) -> list[_Org]:
    """Organisations built around head words, with "of/for" tails and "Small and Medium" fronts."""
    n = len(toks)
    heads_set = lex.heads
    head = [t.text in heads_set or i in taken for i, t in enumerate(toks)]
    stop = [_is_stop(t.text, lex) for t in toks]
    # title[i]: a title word (or a modifier before one) not itself followed by a head word
    title = [False] * n
    for i in range(n - 1, -1, -1):
        if head[i]:
            continue
        fold = toks[i].text.casefold()
        glued = i + 1 < n and toks[i + 1].sep == ""
        if fold in lex.title_last:
            title[i] = not (glued and head[i + 1])
        elif fold in lex.modifiers and glued:
            title[i] = title[i + 1]
    # Split into runs at connectors and at stop words; joins[r] is the connector before run r.
    runs: list[list[int]] = []
    joins: list[str] = []
    current: list[int] | None = None
    for i, t in enumerate(toks):
        if stop[i]:
            current = None
            continue
        if current is None or t.sep not in _GLUE:
            joins.append(t.sep if current is not None else "|")
            current = [i]
            runs.append(current)
        else:
            current.append(i)
    out: list[_Org] = []
    used_runs: set[int] = set()

    def is_head(i: int) -> bool:
        return head[i]

    def is_title(i: int) -> bool:
        return title[i]

    r = 0
    while r < len(runs):
        run = runs[r]
        heads = [k for k, i in enumerate(run) if is_head(i)]
        if not heads or r in used_runs:
            r += 1
            continue
        # front: drop stop words, titles, modifiers and stripped nationalities before the head
        a = 0
        nation = -1  # where a stripped nationality stood
        while a < heads[0]:
            t = toks[run[a]]
            two = (t.text, toks[run[a + 1]].text) if a + 1 < len(run) else None
            if two is not None and lex.nationalities.get(two) and a + 1 < heads[0]:
                nation = a
                a += 2
                continue
            if lex.nationalities.get((t.text,)):
                nation = a
                a += 1
                continue
            if is_title(run[a]) or _dateline(t.text, lex):
                a += 1
                continue
            break
        # the name ends at the last head before a title word
        last = heads[0]
        cut = False
        for k in range(heads[0] + 1, len(run)):
            if is_title(run[k]):
                cut = True
                break
            if is_head(run[k]):
                last = k
        if not cut and last + 1 < len(run) and toks[run[last + 1]].text in lex.name_tails:
            last += 1  # "Standard Chartered Bank Korea", "Samsung Electronics America"
        start_i, end_i = run[a], run[last]
        if nation >= 0 and _keeps_nationality(toks, run, nation, a, last, lex):
            start_i = run[nation]  # "the Japanese Embassy", "the South Korean Navy"
        # "Small and Medium Business Corporation", "Korea Disease Control and Prevention
        # Agency": a run of up to four plain words joined by "and" in front
        if (
            a == 0
            and r > 0
            and joins[r] == "and"
            and r - 1 not in used_runs
            and _and_front(toks, runs[r - 1], head, title, lex)
        ):
            start_i = runs[r - 1][0]
        words = end_i - start_i + 1
        nxt = r + 1
        if not cut and last == len(run) - 1:
            in_of = False
            while nxt < len(runs) and words < MAX_WORDS:
                join = joins[nxt]
                tail = runs[nxt]
                if join in _CONNECTORS:
                    in_of = True
                elif join == "and" and in_of:
                    if any(is_head(i) for i in tail):
                        break
                else:
                    break
                keep = 0
                while keep < len(tail) and not is_title(tail[keep]):
                    if _korean_given_re().fullmatch(toks[tail[keep]].text):
                        break
                    keep += 1
                if keep == 0:
                    break
                end_i = tail[keep - 1]
                words += keep
                used_runs.add(nxt)
                nxt += 1
                if keep < len(tail):
                    break
        if end_i > start_i or (end_i == start_i and toks[end_i].text not in lex.heads):
            s, e = toks[start_i].start, toks[end_i].end
            name = _norm(text[s:e])
            out.append(_Org(s, e, name, org_key(name), None, False))
        used_runs.add(r)
        r = max(r + 1, nxt)
    return out


def _and_front(toks: list[_Tok], front: list[int], head: list[bool], title: list[bool], lex: Lexicon) -> bool:
    """True when the run ``front`` may open the name of the organisation after its "and".

    One plain word always may ("Small and Medium ..."); two to four may when none is a
    head, title or name-like Korean given name and not all are place words ("North Korea
    and ..." is a second party, not part of a name).
    """
    if len(front) > 4 or any(head[i] or title[i] for i in front):
        return False
    tail = toks[front[-1] + 1].text
    if tail in lex.known:
        return False  # "Jones and Samsung": a listed company starts a name of its own
    if len(front) == 1:
        return True
    words = [toks[i].text for i in front]
    if _shouting(words[0]) or _shouting(tail):
        return False  # "NH Investment and KB Securities": two companies
    if words[0] in lex.given_names or any(_korean_given_re().fullmatch(w) for w in words):
        return False
    return not all(w in lex.geo or (w,) in lex.nationalities for w in words)


def _shouting(word: str) -> bool:
    return len(word) > 1 and word.isupper()


def _dateline(word: str, lex: Lexicon) -> bool:
    """An all-capitals dateline or byline word ("SEOUL", "KIM", "TONG-HYUNG") that never starts an organisation."""
    if len(word) < 2 or not word.isupper():
        return False
    title = word.title()
    return "-" in word or title in lex.geo or title in lex.korean_surnames or title in lex.stopwords


def _person_tokens(toks: list[_Tok], lex: Lexicon, blocked: set[int]) -> Iterator[tuple[int, int]]:
    """Index ranges [i, j) of 2-4 name-like words in a row (joined by spaces or particles: "von der")."""
    name_re = _name_token_re()
    particles = lex.particles

    def inside(sep: str) -> bool:
        return sep == "" or all(w in particles for w in sep.split())

    def ok(i: int) -> bool:
        t = toks[i].text
        return (
            i not in blocked
            and name_re.fullmatch(t) is not None
            and t not in lex.stopwords
            and t not in lex.geo
            and t not in lex.heads
            and t.casefold() not in lex.title_words
            and t.casefold() not in lex.modifiers
            and (t,) not in lex.nationalities
        )

    i = 0
    n = len(toks)
    while i < n:
        if not ok(i) or toks[i].text.endswith(".") or toks[i].text.casefold() in particles:
            i += 1  # "Von der Leyen said" is a surname, not a full name
            continue
        j = i + 1
        while j < n and inside(toks[j].sep) and ok(j) and j - i < 4:
            j += 1
        while j - 1 > i and (toks[j - 1].text.endswith(".") or toks[j - 1].text.casefold() in particles):
            j -= 1  # a name ends with neither an initial nor a particle
        glued = j < n and toks[j].sep == ""  # "Emeritus Kim Dae-sik": the name goes on
        if j - i >= 2 and not glued:
            yield i, j
        i = j


class _Headlines:
    """Tells whether an offset lies on a headline-case line (most words capitalised, no full stop).

    Only lines up to ``LIMIT`` characters either side are looked at, and each line once,
    so the check stays linear on text without line breaks.
    """

    LIMIT = 200

    def __init__(self, text: str) -> None:
        self.text = text
        self.cache: dict[int, bool] = {}

    def get(self, pos: int) -> functools.partial[bool]:
        """A lazy check for the line at ``pos`` (computed only when called)."""
        return functools.partial(self._at, pos)

    def _at(self, pos: int) -> bool:
        text = self.text
        lo = text.rfind("\n", max(0, pos - self.LIMIT), pos)
        if lo < 0 and pos > self.LIMIT:
            return False
        lo += 1
        if lo in self.cache:
            return self.cache[lo]
        hi = text.find("\n", pos, pos + self.LIMIT)
        if hi < 0:
            hi = len(text) if len(text) - pos <= self.LIMIT else -1
        result = False
        if hi >= 0:
            line = text[lo:hi].strip()
            words = [w for w in _content_re().findall(line) if len(w) >= 4]
            if len(words) >= 3 and not line.endswith((".", "”", '"', ":", ",")):
                caps = sum(1 for w in words if w[0].isupper())
                result = caps >= 0.75 * len(words)
        self.cache[lo] = result
        return result


@functools.cache
def _content_re() -> regex.Pattern[str]:
    return regex.compile(r"\p{L}[\p{L}'’-]*")


def _name_words(toks: list[_Tok], i: int, j: int) -> tuple[str, ...]:
    """The words of the name ``toks[i:j]``, particles between them included ("von", "der")."""
    out = [toks[i].text]
    for t in toks[i + 1 : j]:
        if t.sep:
            out.extend(t.sep.split())
        out.append(t.text)
    return tuple(out)


class _Person(NamedTuple):
    start: int
    end: int
    words: tuple[str, ...]


def _proven_later(text: str, pending: list[_Person], singles: list[_Tok], lex: Lexicon) -> list[_Person]:
    """The name candidates whose last word later stands alone before a speech verb: "her
    Russian counterpart Sergey Lavrov" is a person once "Lavrov said" follows. The lone
    words are read once, so the work grows with the article, not with its names."""
    cue = _cue_after_re(lex.cues_after)
    # a Korean surname alone ("Shin said") is the korean_names plugin's to resolve: the
    # candidate may be an alias ("who goes by Jay Shin") of a Korean name it found
    wanted = {p.words[-1] for p in pending} - lex.korean_surnames
    spoke: dict[str, int] = {}  # a surname -> where it last stood alone before a speech verb
    for tok in singles:
        if tok.text in wanted and cue.match(text, tok.end):
            spoke[tok.text] = tok.start
    return [p for p in pending if spoke.get(p.words[-1], -1) > p.end]


#: a relative aside only a person takes: "Liu Qiang, who studies maritime law at Fudan"
_WHO_AFTER = (", who ", ", whose ")


def _person_context(text: str, toks: list[_Tok], i: int, j: int, chain_end: int, lex: Lexicon) -> bool:
    """True when a title or a speech verb next to ``toks[i:j]`` shows the words name a person."""
    s, e = toks[i].start, toks[j - 1].end
    if i > 0 and toks[i].sep == "":
        before = toks[i - 1].text.casefold()
        # "Prof. Lee Ha-na", "Mr Kelvin Tan": a title or a courtesy title before the name
        return before in lex.title_last or (before,) in lex.titles or before in lex.honorifics
    if toks[i].text in lex.given_names:
        return True  # "Brennan Johnson sealed the win"
    words = words_before(text, s, lex) if may_end_title(text, s, lex) else []
    if words and title_before(words, lex) is not None:
        return True
    if (
        words
        and words[-1].possessive
        and (words[-1].text in lex.geo or (words[-1].text,) in lex.nationalities)
    ):
        return True  # a country's or a city's possessive: "Japan's Yoko Kamikawa"
    if _cue_before_re(lex.cues_before).search(text, max(0, s - 40), s):
        return True
    if (
        text.startswith(",", e)
        and text.endswith(", ", 0, s)
        and text[max(0, s - 42) : s - 2].rpartition(" ")[2].casefold() in lex.title_last
    ):
        # "The firm's lead auditor, Åse Nordbø, said": a title set off before the name
        owner = words_before(text, s - 2, lex)
        if owner and title_before(owner, lex) is not None:
            return True
    if j < len(toks) and toks[j].start < chain_end:
        return False
    native = _NATIVE_NAME.match(text, e)
    if native is not None:
        e = native.end()  # "Chen Kuan-yu (陳冠宇), an analyst": the name as written at home
    if _cue_after_re(lex.cues_after).match(text, e) or text.startswith(_WHO_AFTER, e):
        return True  # "Liu Qiang said", "Liu Qiang, who studies maritime law, said"
    if _AGE_AFTER.match(text, e):
        return True  # "Phạm Văn Tùng, 41, collapsed": only people have an age set off
    after = appositive(text, e, lex)
    if after:
        first = skip_qualifiers(after, 0, lex)
        if first < len(after) and after[first].possessive and not after[first].text[:1].isupper():
            first += 1  # "the agency's sales director": a noun for the body, then the title
        # an organisation's possessive before the title: "Samsung Electronics' vice chairman"
        for k in range(first, min(first + 5, len(after))):
            if not after[k].text[:1].isupper():
                break
            if after[k].possessive:
                first = k + 1
                break
        if first < len(after) and title_after(after, lex, first) is not None:
            return True
    # "Luíza Gonçalves, a 24-year-old student who flew in last Friday, said:"
    return _spoke_after_aside(text, e, lex)


#: a name's own spelling in Chinese characters, kana or Hangul in brackets after it
_NATIVE_NAME = regex.compile(r"[ \t]?\([\p{Han}\p{Hangul}\p{Hiragana}\p{Katakana}]{1,8}\)")
#: an age set off by commas right after a name
_AGE_AFTER = regex.compile(r",[ \t](?:[1-9][0-9]?|1[01][0-9]),[ \t]")
#: how far an appositive may run before the speech verb that proves its name a person's
_ASIDE_REACH = 160


def _spoke_after_aside(text: str, e: int, lex: Lexicon) -> bool:
    """True when an appositive opened by "a" or "an" after the name ends, in its sentence,
    at a comma and a speech verb: "Luíza Gonçalves, a 24-year-old student who flew in from
    São Paulo last Friday, said"."""
    if not text.startswith((", a ", ", an "), e):
        return False
    hi = min(len(text), e + _ASIDE_REACH)
    stop = _SENTENCE_STOP.search(text, e, hi)
    if stop is not None:
        hi = stop.start()
    comma = text.find(",", e + 2, hi)
    if comma < 0 or _cue_after_re(lex.cues_after).match(text, comma + 1) is None:
        return False
    # "Acme Widgets, a maker of parts, said": a noun that describes an organisation
    words = {w.casefold() for w in text[e + 2 : comma].split()}
    return words.isdisjoint(lex.descriptor_last) and not any(
        w.rstrip("s") in lex.descriptor_last for w in words
    )


_SENTENCE_STOP = regex.compile(r"[.!?;:](?:[ \t\n]|$)|\n")


def _split_name(words: tuple[str, ...], lex: Lexicon) -> PersonData:
    """Family and given name; particles before the last word join the family name ("De Zerbi")."""
    if (
        (len(words) >= 3 and words[0] in lex.korean_surnames)
        or (
            len(words) in (2, 3) and words[0] in lex.chinese_surnames and not any("-" in w for w in words[1:])
        )
        or _hyphenated_chinese(words, lex)
        or (len(words) == 2 and words[0] in lex.japanese_surnames and words[1] not in lex.japanese_surnames)
        or _vietnamese(words, lex)
    ):
        return PersonData(family=words[0], given=" ".join(words[1:]), order="family-first")
    cut = len(words) - 1
    while cut > 1 and words[cut - 1].casefold() in lex.particles:
        cut -= 1
    return PersonData(family=" ".join(words[cut:]), given=" ".join(words[:cut]), order="given-first")


def _hyphenated_chinese(words: Sequence[str] | tuple[str, ...], lex: Lexicon) -> bool:
    """A Chinese surname that is no Korean one and a hyphenated given name, as Taiwan and
    Hong Kong write names ("Chen Yi-ting"): not the korean_names plugin's to read."""
    return (
        len(words) == 2
        and words[0] in lex.chinese_surnames
        and words[0] not in lex.korean_surnames
        and words[1].count("-") == 1
    )


def _vietnamese(words: tuple[str, ...], lex: Lexicon) -> bool:
    """A three- or four-part Vietnamese name, family name first ("Phạm Văn Tùng")."""
    return len(words) in (3, 4) and words[0] in lex.vietnamese_surnames and not any("-" in w for w in words)


def _aliases(words: tuple[str, ...], data: PersonData, lex: Lexicon) -> tuple[str, ...]:
    """What a lone word may call the person by: the family name, and for a Vietnamese name
    also the last word ("Mr Tùng" is Phạm Văn Tùng)."""
    family = (data.family or "").casefold()
    return (family, words[-1].casefold()) if _vietnamese(words, lex) else (family,)


def find_mentions(article: Article) -> Iterator[Mention]:
    """Organisation mentions and non-Korean person mentions of one article, in text order."""
    text = article.text
    if not text:
        return
    lex = lexicon()
    known_first = lex.known
    orgs: list[_Org] = []
    persons: list[_Person] = []
    singles: list[_Tok] = []
    multis: list[list[_Tok]] = []
    korean = _korean_given_re()
    headlines = _Headlines(text)
    triggers = lex.org_triggers
    pairs = lex.known_pairs
    not_names = lex.not_names
    cache, crossing = _run_cache(lex)
    leads = lex.descriptor_leads
    desc_last = lex.descriptor_last
    desc_tails = lex.descriptor_tails
    #: name candidates no context proved where they stand ("her counterpart Sergey Lavrov")
    pending: list[_Person] = []
    #: every run as (start, end, text), and the runs a descriptor noun stands before
    runs: list[tuple[int, int, str]] = []
    described: list[tuple[int, int, str, bool]] = []
    #: (end of a run, start of the next) when at most 8 characters apart; runs with "and" inside
    near: list[tuple[int, int]] = []
    anded: list[tuple[int, str]] = []
    prev_end = -100
    for m in _chain_re(lex.plural_possessives, lex.particles).finditer(text):
        g = m.group()
        end = m.end()
        single = " " not in g and "\t" not in g and "\xa0" not in g
        start = m.start()
        moved = False
        if not single:
            words = g.split()
            if len(words) == 2 and _is_stop(words[0], lex) and words[1] not in _CONNECTOR_WORDS:
                # "The NIS", "In Seoul": a sentence-initial word before one capitalised word
                start = end - len(words[1])
                g = words[1]
                single = moved = True
            elif words[0] in leads and words[1] not in _CONNECTOR_WORDS:
                # "Lenders KB Kookmin and Shinhan", "Startup Toss said": the descriptor
                # opens the sentence and the name comes after it
                cut = g.index(words[1], len(words[0]))
                start += cut
                g = g[cut:]
                single = len(words) == 2
                moved = True
                described.append((start, end, g, lex.descriptors[(words[0].casefold(),)]))
        if not moved and start > 2 and text[start - 3 : start - 1] in desc_tails and text[start - 1] == " ":
            # the last two letters of a descriptor, then a space: read the word before the run
            sp = text.rfind(" ", start - 24 if start > 24 else 0, start - 1)
            if text[sp + 1 : start - 1] in desc_last:
                plural = _descriptor_before(text, sp + 1, start - 1, lex)
                if plural is not None:
                    described.append((start, end, g, plural))
        elif (
            not moved
            and start > 3
            and text[start - 2 : start] == ", "
            and text[start - 4 : start - 2] in desc_tails
            and text[end : end + 1] in (",", ".")
        ):
            # "the official ticketing platform, Ticketa, said": one descriptor set off before the name
            sp = text.rfind(" ", start - 25 if start > 25 else 0, start - 2)
            if (
                text[sp + 1 : start - 2] in desc_last
                and _descriptor_before(text, sp + 1, start - 2, lex) is False
            ):
                described.append((start, end, g, False))
        if not moved and text.endswith(_EMPLOYER_LINKS, 0, start) and _employer_before(text, start, lex):
            # "chief executive of Nuri Pay", "head of Asia-Pacific policy at Merlion Ledger"
            described.append((start, end, g, False))
        elif (
            text.startswith(" ", end)
            and text[end + 1 : end + 2].islower()
            and _employer_title_after(text, end, lex)
        ):
            # "Hanbit Air chief executive Bae Hyun-soo": a company named before its officer's title
            described.append((start, end, g, False))
        if text.startswith(_APPOSITIVE, end):
            # "Ilgan Sports, a local sports daily, reported": a descriptor after the name
            plural = _descriptor_after(text, end, lex)
            if plural is False:
                # "Shares of Cheongsu, a skincare brand,": the described name ends the run
                cut = g.rfind(" of ") + 4 if " of " in g else 0
                described.append((start + cut, end, g[cut:], plural))
        if start - prev_end <= 8 and (text[prev_end] == "," or text[prev_end + 1 : prev_end + 2] in _AND_OR):
            near.append((prev_end, start))  # a list gap (", ", " and ") may stand between
        if not single and " and " in g:
            anded.append((start, g))
        prev_end = end
        runs.append((start, prev_end, g))
        if single:
            tok = _Tok(start, end, g, "")
            singles.append(tok)
            if g in known_first:
                orgs.extend(_known_orgs(text, [tok], lex))
            continue
        words = g.split()
        org_like = not triggers.isdisjoint(words)
        if not org_like and not known_first.keys().isdisjoint(words):
            org_like = any(f"{a} {b}" in pairs for a, b in itertools.pairwise(words))
        shouting = any(len(w) > 1 and w.isupper() for w in words)
        names = 0
        if not org_like:
            for w in words:
                if w not in not_names:
                    names += 1
            if names < 2 or (
                korean.search(g)
                and not any(_hyphenated_chinese(words[k : k + 2], lex) for k in range(len(words) - 1))
            ):
                tail = _after_korean_and(g, korean)
                if tail is None:
                    if shouting:
                        singles.extend(_acronym_tokens(_split_tokens(g, start, lex.particles), lex))
                    continue
                # "President Lee Jae-myung and U.S. President Donald Trump": the Korean name is
                # the other plugin's; the words after "and" are read as a run of their own
                start += len(g) - len(tail)
                g, words = tail, tail.split()
                shouting = any(len(w) > 1 and w.isupper() for w in words)
        base = start
        headline = headlines.get(base)()
        if len(words) < MAX_WORDS and crossing.isdisjoint(words):
            # the reading depends only on the run itself and the character after it
            after = text[end : end + 1]
            key = (g, after, headline)
            info = cache.get(key)
            if info is None:
                if len(cache) > _CACHE_SIZE:
                    cache.clear()
                info = cache[key] = _read_run(g + after, g, 0, org_like, shouting, headline, lex)
        else:
            info = _read_run(text, g, base, org_like, shouting, headline, lex)
            base = 0
        toks = (
            [_Tok(t.start + base, t.end + base, t.text, t.sep) for t in info.toks]
            if base
            else list(info.toks)
        )
        multis.append(toks)
        orgs.extend(_Org(o.start + base, o.end + base, *o[2:]) for o in info.orgs)
        singles.extend(toks[k] for k in info.acronyms)
        for i, j, name in info.names:
            if _person_context(text, toks, i, j, end, lex):
                persons.append(_Person(toks[i].start, toks[j - 1].end, name))
            elif len(name) >= 2:
                pending.append(_Person(toks[i].start, toks[j - 1].end, name))
    if pending:
        persons.extend(_proven_later(text, pending, singles, lex))
    orgs.extend(_lowercase_known(text, lex))
    orgs.extend(_lowercase_parties(text, lex))
    orgs.extend(_local_bodies(text, runs, lex))
    orgs = [
        _listed_tail(text, _unlocated(text, o, lex), lex)
        for o in orgs
        if not _names_document(text, o.end, lex)
    ]
    orgs.sort(key=lambda o: o.start)
    bylined = _byline_authors(article, lex)
    persons.extend(p for p, _ in bylined)
    if described or len(runs) > 1:
        new, every = _more_orgs(text, orgs, runs, described, (near, anded), lex)
        if new:
            orgs = sorted(every, key=lambda o: o.start)
            added = _Spans(new)
            persons = [p for p in persons if not added.overlaps(p.start, p.end)]
    short = _short_forms(text, orgs, runs, lex)
    if short:
        again = {(o.start, o.end) for o in short}
        orgs = sorted([*(o for o in orgs if (o.start, o.end) not in again), *short], key=lambda o: o.start)
        added = _Spans(short)
        persons = [p for p in persons if not added.overlaps(p.start, p.end)]
        singles = [t for t in singles if not added.overlaps(t.start, t.end)]
    yield from _emit_orgs(article, orgs, singles, lex)
    for p, as_written in bylined:
        if not as_written:  # "By SOO-AH YOON and DANIEL MERCER": the run reading skips it
            data = _split_name(p.words, lex)
            yield Mention.of(
                article,
                p.start,
                p.end,
                "person",
                name=" ".join(p.words),
                data=data,
                key="en:" + " ".join(p.words).casefold(),
                aliases=((data.family or "").casefold(),),
                priority=0,
            )
    yield from _emit_persons(article, singles, multis, persons, lex)


def _short_forms(text: str, orgs: list[_Org], runs: list[tuple[int, int, str]], lex: Lexicon) -> list[_Org]:
    """Mentions of a company by its name without the tail words of ``short_tails.txt``
    ("Kanade Music Group" ... "Kanade CEO Haruto Mizuno", "Shares of Blue Harbor rose"); an
    organisation read on its own at the same span is replaced by the one it is short for.

    A short form counts only when one organisation of the article gives it, it is no
    place, nationality or common capitalised word, and, as one word, the article never
    writes it in lower case ("Capital" of "Capital Economics" is a word as well). The
    capitalised runs are read once, so the work grows with the article, not with the
    number of its companies times its length.
    """
    tails = lex.short_tails
    forms: dict[str, _Org | None] = {}
    for o in orgs:
        words = o.name.split()
        k = len(words)
        while k > 1 and words[k - 1] in tails:
            k -= 1
            form = " ".join(words[:k])
            seen = forms.get(form, o)
            if seen is None or seen.key != o.key:
                forms[form] = None  # "Hyundai" of Hyundai Motor and of Hyundai Heavy Industries
            else:
                forms[form] = o
    usable = {
        f: o
        for f, o in forms.items()
        if o is not None and f[:1].isupper() and not all(_common_word(w, lex) for w in f.split())
    }
    if not usable:
        return []
    longest = max(f.count(" ") for f in usable) + 1
    # a run is read only when one of its words can open a short form (a cheap C-level test)
    gate = {f.split(" ", 1)[0] + tail for f in usable for tail in ("", "'s", "’s")}
    lower: set[str] | None = None
    taken = _Spans(orgs)
    #: organisations read on their own whose whole name may be a short form: "Alpenrose chief
    #: medical officer ..." after "Alpenrose Therapeutics" is that company, not another
    alone = {
        (o.start, o.end) for o in orgs if not o.known and o.name in usable and o.key != usable[o.name].key
    }
    out: list[_Org] = []
    for r_start, _r_end, g in runs:
        if gate.isdisjoint(g.split()):
            continue
        spans = [(r_start + m.start(), r_start + m.end()) for m in _RUN_WORD.finditer(g)]
        for i in range(len(spans)):
            for k in range(min(longest, len(spans) - i), 0, -1):
                s, e = spans[i][0], spans[i + k - 1][1]
                form = text[s:e]
                owner = usable.get(form)
                if owner is None:
                    continue
                if " " not in form:
                    if lower is None:
                        lower = set(text.split())  # C-level; words keep their punctuation
                    low = form.lower()
                    if low in lower or any(low + p in lower for p in ",.;:"):
                        continue
                if (
                    not (text[e : e + 1].isalnum() or text[e : e + 1] in ("-", "&"))
                    and ((s, e) in alone or not taken.overlaps(s, e))
                    and not _longer_name(text, e, lex)
                ):
                    out.append(_Org(s, e, owner.name, owner.key, None, owner.known, owner.canonical))
                    taken.add(s, e)
                break
    return out


#: a word of a capitalised run, without a possessive ("Kanade’s" -> "Kanade")
_RUN_WORD = regex.compile(r"[^\s'’]+(?:['’](?![sS]\b)[^\s'’]+)*")


def _common_word(word: str, lex: Lexicon) -> bool:
    """A capitalised word that names no company on its own: a head, stop, place or
    nationality word, a Korean surname or a common given name."""
    return word in lex.not_names or word in lex.korean_surnames or word in lex.given_names


def _capitalised_after(text: str, e: int, inside: Callable[[str], bool]) -> str | None:
    """The capitalised word after one space at ``e``, its characters those ``inside`` accepts;
    ``None`` when no such word follows."""
    if text[e : e + 1] != " " or not text[e + 1 : e + 2].isupper():
        return None
    j = e + 1
    while j < len(text) and inside(text[j]):
        j += 1
    return text[e + 1 : j]


def _names_document(text: str, e: int, lex: Lexicon) -> bool:
    """True when a word of ``document_words.txt`` follows ``e`` after one space: the name
    before it is part of a law's or award's name ("the Trade Union Act"), no mention of a body."""
    word = _capitalised_after(text, e, str.isalpha)
    return word is not None and word in lex.document_words


def _longer_name(text: str, e: int, lex: Lexicon) -> bool:
    """True when a capitalised word other than a title's follows ``e`` after one space: the
    words before it start another name ("Daewon Motor"), while "Kanade CEO" is the company's."""
    word = _capitalised_after(text, e, lambda c: c.isalnum() or c in ".-&")
    return word is not None and word.rstrip(".").casefold() not in lex.title_words


def _after_korean_and(g: str, korean: regex.Pattern[str]) -> str | None:
    """The words after the last " and " of a run whose Korean name comes before it, when they
    hold no Korean name and at least two words ("... Lee Jae-myung and U.S. President Donald
    Trump" -> "U.S. President Donald Trump"); ``None`` otherwise."""
    cut = g.rfind(" and ")
    if cut < 0:
        return None
    tail = g[cut + 5 :].lstrip()
    if len(tail.split()) < 2 or korean.search(tail) or not korean.search(g, 0, cut):
        return None
    return tail


#: Region kinds that name the article's authors (the page reader marks them).
_BYLINE_KINDS = frozenset({"byline", "credit"})


def _byline_authors(article: Article, lex: Lexicon) -> list[tuple[_Person, bool]]:
    """The article's authors, and the editors and contributors a reader lists in
    ``Article.meta``, found in its byline regions, as proven persons.

    A reader (``page_reader``, a site plugin) that fills ``Article.authors`` has already
    shown these are people, so no title or speech verb is needed: "By Seulgi Kang and
    Oliver Hart", "(Reporting by Mark Ellison in Washington; Editing by ...)", "Associated
    Press writers ... contributed to this report." Each comes with whether the byline writes
    the name as the list does (an all-capitals byline does not).
    """
    credited = [
        *article.authors,
        *_names_in_meta(article, "editors"),
        *_names_in_meta(article, "contributors"),
        *_names_in_meta(article, "photographers"),
    ]
    if not credited or not article.regions:
        return []
    text = article.text
    out: list[tuple[_Person, bool]] = []
    for author in credited:
        words = tuple(author.split())
        if not 2 <= len(words) <= 4 or not all(w[:1].isupper() for w in words):
            continue
        target = " ".join(words).lower()
        for r in article.regions:
            if r.kind not in _BYLINE_KINDS:
                continue
            seg = text[r.start : r.end]
            low = seg.lower()
            if len(low) != len(seg):
                continue  # a letter that lower-cases to two: offsets would drift
            i = low.find(target)
            while i >= 0 and not _whole_word(seg, i, i + len(target)):
                i = low.find(target, i + 1)
            if i >= 0:
                start = r.start + i
                end = start + len(target)
                out.append((_Person(start, end, words), text[start:end].split() == list(words)))
                break
    return out


def _names_in_meta(article: Article, key: str) -> list[str]:
    """The names a reader put under ``Article.meta[key]`` (a wire's "editors", an agency's
    "contributors"), ignoring anything that is not a list of strings."""
    names = article.meta.get(key) if article.meta else None
    if not isinstance(names, list | tuple):
        return []
    return [n for n in names if isinstance(n, str)]


def _whole_word(text: str, start: int, end: int) -> bool:
    """True when ``text[start:end]`` is not part of a longer word (no letter, digit or hyphen beside it)."""
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    return not (before.isalnum() or before == "-" or after.isalnum() or after == "-")


#: Head words after which a listed two-word name is also written in lower case in news copy
#: ("the unification ministry said", AP style for "Unification Ministry").
#: Head words of listed two-word names also found in lower case. Each says whether the
#: lower-case name must speak to count: "the defense ministry" is the ministry wherever it
#: stands, while "the presidential office" is as often the building ("move the presidential
#: office to Sejong") unless it speaks ("the presidential office said").
_LOWERCASE_HEADS = {"Ministry": False, "Office": True}
#: substrings one of which an article must hold for the lower-case scan to run: the head
#: word, or for a head that must speak, the head and the start of "said"/"says"
_LOWERCASE_GATES = tuple(f"{h.lower()} sa" if speaks else h.lower() for h, speaks in _LOWERCASE_HEADS.items())
_T = TypeVar("_T")
#: Values worked out from a lexicon once, by name, with the lexicon they came from: a
#: reloaded lexicon (``reload()``) is a new object, so they are worked out again.
_derived: dict[str, tuple[Lexicon, Any]] = {}


def _from_lexicon(name: str, lex: Lexicon, build: Callable[[Lexicon], _T]) -> _T:
    """``build(lex)``, computed once per lexicon and kept under ``name``."""
    entry = _derived.get(name)
    if entry is None or entry[0] is not lex:
        entry = _derived[name] = (lex, build(lex))
    return cast(_T, entry[1])


def _lowercase_known(text: str, lex: Lexicon) -> Iterator[_Org]:
    """The listed two-word names ending in a head word of ``_LOWERCASE_HEADS`` written all in
    lower case ("the defense ministry"), as the organisations they name."""
    if not any(head in text for head in _LOWERCASE_GATES):
        return  # a plain substring test keeps the scan off most articles
    pattern, forms = _from_lexicon("lowercase names", lex, _lowercase_forms)
    if pattern is None:
        return
    for m in pattern.finditer(text):
        if not _home_owned(text, m.start()):
            continue  # "Japan's defense ministry" is not the listed (Korean) one
        k = forms[m.group()]
        if _LOWERCASE_HEADS[k.text.rsplit(" ", 1)[-1]] and not _SAYS_AFTER.match(text, m.end()):
            continue
        # named by the listed spelling it writes in lower case ("land ministry" -> "Land
        # Ministry"), keyed and varied by the table's name, as a capitalised mention is
        yield _Org(m.start(), m.end(), k.text, org_key(k.canonical), k.acronym, True, k.canonical)


def _lowercase_parties(text: str, lex: Lexicon) -> Iterator[_Org]:
    """A listed party written with "party" in lower case, as British papers write it
    ("a Democratic party lawmaker", "the People Power party"), as the party it names."""
    if " party" not in text:
        return  # a plain substring test keeps the scan off most articles
    pattern, forms = _from_lexicon("lowercase parties", lex, _party_forms)
    if pattern is None:
        return
    for m in pattern.finditer(text):
        k = forms[m.group()]
        yield _Org(m.start(), m.end(), k.text, org_key(k.canonical), k.acronym, True, k.canonical)


def _party_forms(lex: Lexicon) -> tuple[regex.Pattern[str] | None, dict[str, KnownName]]:
    """The pattern of the listed names ending in "Party" with that word in lower case
    ("Democratic party"), and each form's listed name."""
    forms = {}
    for names in lex.known.values():
        for k in names:
            head, _, last = k.text.rpartition(" ")
            if last == "Party" and head[:1].isupper():
                forms[f"{head} party"] = k
    alt = "|".join(regex.escape(f) for f in sorted(forms, key=len, reverse=True))
    return (regex.compile(rf"(?<![\w-])(?:{alt})(?![\w-])") if forms else None), forms


def _lowercase_forms(lex: Lexicon) -> tuple[regex.Pattern[str] | None, dict[str, KnownName]]:
    """The pattern of the listed two-word names of ``_LOWERCASE_HEADS`` in lower case, and
    each lower-case form's listed name."""
    forms = {}
    for names in lex.known.values():
        for k in names:
            words = k.text.split()
            if len(words) == 2 and words[1] in _LOWERCASE_HEADS and words[0].isalpha():
                forms[k.text.lower()] = k
    alt = "|".join(regex.escape(f) for f in sorted(forms, key=len, reverse=True))
    return (regex.compile(rf"(?<![\w-])(?:{alt})(?![\w-])") if forms else None), forms


def _local_body_pattern(lex: Lexicon) -> regex.Pattern[str] | None:
    """The pattern of the lower-case local-body heads of ``local_bodies.txt``."""
    alt = "|".join(regex.escape(h).replace(r"\ ", "[ \t]+") for h in lex.local_bodies)
    return regex.compile(rf"(?:{alt})(?![\w-])") if alt else None


def _local_bodies(text: str, runs: list[tuple[int, int, str]], lex: Lexicon) -> Iterator[_Org]:
    """A place's local body written with a lower-case head: "the South Gyeongsang provincial
    government said", "the Seoul city government" (heads from ``local_bodies.txt``).

    The capitalised run right before the head is the place; words that open a sentence
    ("The", "In") are left out. The organisation is named as written.
    """
    pattern = _from_lexicon("local bodies", lex, _local_body_pattern)
    if pattern is None or not runs:
        return
    by_end: dict[int, tuple[int, str]] | None = None
    for gate in lex.local_body_words:
        # find the head's first word (C speed), then read the whole head there
        i = text.find(gate)
        while i >= 0:
            m = pattern.match(text, i + 1)
            i = text.find(gate, i + 1)
            if m is None:
                continue
            if by_end is None:
                by_end = {e: (s, g) for s, e, g in runs}
            run = by_end.get(m.start() - 1)
            if run is None:
                continue
            start, g = run
            words = g.split()
            while words and (_is_stop(words[0], lex) or words[0] in lex.descriptor_leads):
                start = text.index(words[1], start + len(words[0])) if len(words) > 1 else m.start()
                words = words[1:]
            if not words:
                continue
            name = _norm(text[start : m.end()])
            yield _Org(start, m.end(), name, org_key(name), None, False)


#: ", Energy and Environment" after "Ministry of Climate": the rest of a name that lists its
#: fields, each a capitalised word or two
_LIST_TAIL = regex.compile(
    r",[ \t]\p{Lu}\p{Ll}+(?:[ \t]\p{Lu}\p{Ll}+)?(?:,[ \t]\p{Lu}\p{Ll}+(?:[ \t]\p{Lu}\p{Ll}+)?){0,3}"
    r",?[ \t](?:and|&)[ \t]\p{Lu}\p{Ll}+(?:[ \t]\p{Lu}\p{Ll}+)?(?![\p{L}-])"
)


def _listed_tail(text: str, o: _Org, lex: Lexicon) -> _Org:
    """A body named "<head> of A, B and C" whose run stopped at the first comma ("Ministry of
    Climate, Energy and Environment"), with the rest of its name; no place or nationality
    may stand in the list ("the Ministry of Foreign Affairs, Japan and China")."""
    if o.known or " of " not in o.name or o.name.split(" of ", 1)[0].rsplit(" ", 1)[-1] not in lex.heads:
        return o
    m = _LIST_TAIL.match(text, o.end)
    if m is None:
        return o
    words = regex.findall(r"\p{Lu}\p{Ll}+", m.group())
    if any(w in lex.geo or (w,) in lex.nationalities for w in words):
        return o
    name = _norm(text[o.start : m.end()])
    return _Org(o.start, m.end(), name, org_key(name), o.acronym, o.known, o.canonical)


def _unlocated(text: str, o: _Org, lex: Lexicon) -> _Org:
    """The organisation without a leading "Washington-based" or "Nasdaq-listed" word
    (``locator_suffixes.txt``), which says where it is, not what it is called."""
    if o.known or "-" not in text[o.start : o.end]:
        return o
    sp = text.find(" ", o.start, o.end)
    if sp < 0 or not text[o.start : sp].casefold().endswith(lex.locator_suffixes):
        return o
    start = sp + 1
    while start < o.end and text[start] == " ":
        start += 1
    name = _norm(text[start : o.end])
    return _Org(start, o.end, name, org_key(name), o.acronym, o.known, o.canonical)


#: Owners before a lower-case ministry that keep it the listed South Korean one.
_HOME_OWNERS = frozenset({"seoul's", "korea's", "korean", "seoul"})


def _home_owned(text: str, s: int) -> bool:
    """True unless another country owns the ministry starting at ``s`` ("Japan's defense
    ministry", "the Chinese foreign ministry", "North Korea's defense ministry")."""
    words = text[max(0, s - 30) : s].split()[-2:]
    if not words or not words[-1][:1].isupper() or words[-1] == "The":
        return True
    if len(words) == 2 and words[0].casefold() == "north":
        return False
    return words[-1].casefold().replace("’", "'") in _HOME_OWNERS


class _RunInfo(NamedTuple):
    """What a run of capitalised words gives on its own: its words, organisations, acronyms, name candidates."""

    toks: tuple[_Tok, ...]
    orgs: tuple[_Org, ...]
    #: indices of all-capitals words outside the organisations (possible acronyms)
    acronyms: tuple[int, ...]
    #: (first, end, words) of each person name candidate that a context may prove
    names: tuple[tuple[int, int, tuple[str, ...]], ...]


_CACHE_SIZE = 50_000


def _run_cache(lex: Lexicon) -> tuple[dict[tuple[str, str, bool], _RunInfo], frozenset[str]]:
    """The cache of run readings for this lexicon, and the first words of listed names a run cannot hold.

    The same runs ("National Intelligence Service") recur across and within articles;
    their reading is kept (up to ``_CACHE_SIZE`` runs). A listed spelling that the run
    pattern cannot match whole ("Moody's Investors Service", "SK hynix") may reach past
    the run, so runs holding its first word are read afresh every time.
    """
    return _from_lexicon("run readings", lex, _new_run_cache)


def _new_run_cache(lex: Lexicon) -> tuple[dict[tuple[str, str, bool], _RunInfo], frozenset[str]]:
    chain = _chain_re(lex.plural_possessives, lex.particles)
    crossing = frozenset(
        first for first, names in lex.known.items() for n in names if chain.fullmatch(n.text) is None
    )
    return {}, crossing


def _read_run(
    text: str, run: str, base: int, org_like: bool, shouting: bool, headline: bool, lex: Lexicon
) -> _RunInfo:
    """Read one run of capitalised words starting at ``base`` in ``text``: organisations, acronyms, name candidates."""
    toks = _split_tokens(run, base, lex.particles)
    found: list[_Org] = []
    if org_like:
        known = _known_orgs(text, toks, lex)
        taken = {k for k, t in enumerate(toks) for o in known if o.start <= t.start and t.end <= o.end}
        guessed = [] if headline else _heuristic_orgs(text, toks, lex, taken)
        found = _resolve(known + guessed)
    blocked = {k for k, t in enumerate(toks) for o in found if o.start <= t.start and t.end <= o.end}
    acronyms = (
        tuple(k for k, t in enumerate(toks) if k not in blocked and _acronym_like(t, lex)) if shouting else ()
    )
    names: list[tuple[int, int, tuple[str, ...]]] = []
    if not headline:
        korean = _korean_given_re()
        for i, j in _person_tokens(toks, lex, blocked):
            name = _name_words(toks, i, j)
            if not any(korean.fullmatch(w) for w in name) or _hyphenated_chinese(name, lex):
                names.append((i, j, name))  # "Chen Yi-ting" is read here, "Kim Min-ji" is not
    return _RunInfo(tuple(toks), tuple(found), acronyms, tuple(names))


def _acronym_like(tok: _Tok, lex: Lexicon) -> bool:
    """An all-capitals word that may be an organisation's acronym ("BOK", "KINU")."""
    return len(tok.text) > 1 and tok.text.isupper() and not _is_stop(tok.text, lex)


def _acronym_tokens(toks: list[_Tok], lex: Lexicon) -> list[_Tok]:
    return [t for t in toks if _acronym_like(t, lex)]


def _resolve(orgs: list[_Org]) -> list[_Org]:
    """Keep the longest of overlapping organisation candidates of one run (known names win ties)."""
    if len(orgs) < 2:
        return orgs
    kept: list[_Org] = []
    for o in sorted(orgs, key=lambda o: (-(o.end - o.start), not o.known, o.start)):
        if all(o.end <= k.start or k.end <= o.start for k in kept):
            kept.append(o)
    return kept


def _product(text: str, start: int, end: int) -> bool:
    """True when the name at ``start:end`` follows "a" or "an" and ends its phrase ("bought
    a Porsche.", "drove an Audi, and"): a product of the company, not the company."""
    before = text[max(0, start - 4) : start].casefold()
    if not before.endswith((" a ", " an ")) and before not in ("a ", "an "):
        return False
    return end >= len(text) or text[end] in ".,;:!?)\n" or text.startswith((" and ", " or "), end)


def _emit_orgs(article: Article, orgs: list[_Org], singles: list[_Tok], lex: Lexicon) -> Iterator[Mention]:
    """Organisation mentions, with acronyms declared in parentheses and used later."""
    text = article.text
    starts = {o.start for o in orgs}
    lone = [
        _Org(t.start, t.end, t.text, "", None, False)
        for t in singles
        if (t.text.isupper() or t.text in lex.acronyms) and t.start not in starts
    ]
    # "two apartments and a Porsche.": a company's name after "a" that ends its phrase is
    # one of its products
    orgs = [o for o in orgs if not (o.known and _product(text, o.start, o.end))]
    events = sorted([*orgs, *lone], key=lambda o: o.start)
    # A listed organisation is named by its fullest spelling in this article, whichever
    # mention comes first ("DP" ... "Democratic Party"); the table's form stays a variant.
    written: dict[str, str] = {}
    for o in orgs:
        if o.canonical and len(o.name) > len(written.get(o.key, "")):
            written[o.key] = o.name
    declared: dict[str, str] = {}  # an acronym -> the key of the organisation that gave it
    # "Gallup Korea" ... "Gallup said": a name without its regional tail, used after the
    # full name, is the same organisation
    regional: dict[str, tuple[str, str]] = {}
    tails = lex.name_tails
    for o in events:
        if not o.key:  # a lone acronym: a short form, or a well-known one standing alone
            full = _acronym_org(o, lex)
            if o.name in declared and (full is None or full.key != declared[o.name]):
                yield Mention.of(
                    article, o.start, o.end, "organization", key=o.name, partial=True, priority=10
                )
                continue
            if full is None:
                continue
            # a listed acronym the listed organisation gave is a full mention of it, so it
            # stays when that first mention is dropped (a masthead "KBS WORLD" is chrome)
            o = full
        parts = o.name.split()
        if len(parts) >= 2 and parts[-1] in tails:
            regional.setdefault(org_key(" ".join(parts[:-1])), (o.name, o.key))
        elif o.key in regional:
            o = o._replace(name=regional[o.key][0], key=regional[o.key][1], canonical=None)
        canonical = o.canonical
        if o.key in written and o.name != written[o.key]:
            canonical = canonical or o.name
            o = o._replace(name=written[o.key])
        acronym = o.acronym
        m = _acronym_re().match(text, o.end)
        given = m is not None and _plausible_acronym(m.group(1), o.name)
        if m is not None and given:
            acronym = m.group(1)
        if acronym:
            declared.setdefault(acronym, o.key)
        yield Mention.of(
            article,
            o.start,
            o.end,
            "organization",
            name=o.name,
            data=OrganizationData(
                variants=(canonical,) if canonical and canonical != o.name else (),
                acronym=acronym,
            ),
            key=o.key,
            aliases=(acronym,) if acronym else (),
            priority=10,
        )
        if m is not None and given:
            yield Mention.of(
                article, m.start(1), m.end(1), "organization", key=acronym, partial=True, priority=10
            )


def _plausible_acronym(acr: str, name: str) -> bool:
    letters = [c for c in acr if c.isalpha()]
    if sum(c.isupper() for c in letters) < 2:
        return False
    initials = {w[0].upper() for w in name.split() if w[:1].isalpha()}
    return letters[0].upper() in initials


def _emit_persons(
    article: Article, singles: list[_Tok], multis: list[list[_Tok]], persons: list[_Person], lex: Lexicon
) -> Iterator[Mention]:
    """Every occurrence of the proven names, and later surname-only mentions as partial ones."""
    if not persons:
        return
    by_words: dict[tuple[str, ...], int] = {}
    for p in persons:
        by_words.setdefault(p.words, p.start)
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for words in by_words:
        by_first.setdefault(words[0], []).append(words)
    for group in by_first.values():
        group.sort(key=len, reverse=True)
    surnames: dict[str, int] = {}
    for words, start in by_words.items():
        data = _split_name(words, lex)
        # a family-first family name that is also a Korean surname ("Wang") is the
        # korean_names plugin's to resolve when it stands alone
        if data.family and (data.order == "given-first" or data.family not in lex.korean_surnames):
            surnames[data.family] = min(start, surnames.get(data.family, start))
        if _vietnamese(words, lex):
            surnames[words[-1]] = min(start, surnames.get(words[-1], start))
    long_surnames = {k.casefold(): v for k, v in surnames.items() if " " in k}
    for tok in singles:
        first = surnames.get(tok.text)
        if first is not None and first < tok.start:
            yield _partial(article, tok)
    for toks in multis:
        k = 0
        while k < len(toks):
            t = toks[k]
            found_group = by_first.get(t.text)
            n = _full_at(toks, k, found_group) if found_group else 0
            if n:
                words = _name_words(toks, k, k + n)
                data = _split_name(words, lex)
                yield Mention.of(
                    article,
                    t.start,
                    toks[k + n - 1].end,
                    "person",
                    name=" ".join(words),
                    data=data,
                    key="en:" + " ".join(words).casefold(),
                    aliases=_aliases(words, data, lex),
                    priority=0,
                )
                k += n
                continue
            size = 1
            first = surnames.get(t.text)
            if first is None and long_surnames and k + 1 < len(toks) and t.text.casefold() in lex.particles:
                # "De Zerbi said", "Von der Leyen said": a surname with its particle
                first = long_surnames.get(" ".join(_name_words(toks, k, k + 2)).casefold())
                size = 2
            alone = (k == 0 or t.sep != "") and (k + size == len(toks) or toks[k + size].sep != "")
            if first is not None and first < t.start and alone:
                end = toks[k + size - 1].end
                yield _partial(article, _Tok(t.start, end, article.text[t.start : end], ""))
                k += size
                continue
            k += 1


def _full_at(toks: list[_Tok], k: int, group: list[tuple[str, ...]]) -> int:
    """The number of tokens of a proven full name starting at ``toks[k]`` (0 if none).

    ``group`` holds the proven names starting with ``toks[k]``'s word, longest first, so
    the work per token does not grow with the number of names in the article. Particles
    ("von der") are separators of the tokens and words of the name.
    """
    for words in group:
        p, x = 1, k + 1
        while p < len(words) and x < len(toks):
            t = toks[x]
            if t.sep:
                sep = t.sep.split()
                if tuple(sep) != words[p : p + len(sep)]:
                    break
                p += len(sep)
            if p >= len(words) or words[p] != t.text:
                break
            p += 1
            x += 1
        if p == len(words):
            return x - k
    return 0


def _partial(article: Article, tok: _Tok) -> Mention:
    return Mention.of(
        article, tok.start, tok.end, "person", key=tok.text.casefold(), partial=True, priority=0
    )


# --------------------------------------------------------------------------- names proven by their context


def _descriptor_before(text: str, word_start: int, word_end: int, lex: Lexicon) -> bool | None:
    """Whether a descriptor phrase ends at ``word_end`` ("data provider"): None if not, else whether it is plural."""
    words = text[max(0, word_start - 40) : word_end].split()[-lex.descriptor_max :]
    folded = [w.casefold() for w in words]
    for size in range(len(folded), 0, -1):
        got = lex.descriptors.get(tuple(folded[-size:]))
        if got is not None:
            return got
    return None


@functools.cache
def _list_gap_re() -> regex.Pattern[str]:
    """What stands between two items of a list: ", ", ", and ", " and ", " or "."""
    return regex.compile(r",[ \t]{1,3}(?:(?:and|or)[ \t]{1,3})?|[ \t]{1,3}(?:and|or)[ \t]{1,3}")


@functools.cache
def _list_intro_re() -> regex.Pattern[str]:
    """What may stand between a plural descriptor and its list: "such as", "including", a dash, a colon."""
    return regex.compile(
        r"(?:,?[ \t]{1,3}(?:such[ \t]{1,3}as|including|like)|[ \t]{0,3}[—–:](?:[ \t]{0,3}the)?)?[ \t]{1,3}\Z"
    )


#: How an appositive after a name starts.
_APPOSITIVE = (", a ", ", an ", ", the ")


#: words after which an appositive goes on past its descriptor: ", a resale platform based in"
_GOES_ON = "(?:with|in|based|headquartered|founded|owned|backed)"


@functools.cache
def _appositive_re() -> regex.Pattern[str]:
    """An appositive of up to five words after a name, ending where the clause goes on: ", a local pollster,"."""
    word = r"[\p{L}\p{N}][\p{L}\p{N}'’&-]*"
    return regex.compile(
        rf",[ \t](?:an?|the)[ \t]((?:{word}[ \t]){{0,4}}(?!{_GOES_ON}\b)\p{{Ll}}[\p{{Ll}}-]*)"
        rf"(?=[,.;)]|[ \t]+(?:said|says|which|that|whose|{_GOES_ON})\b)"
    )


def _descriptor_after(text: str, end: int, lex: Lexicon) -> bool | None:
    """Whether the appositive after a name at ``end`` ends with a descriptor: None if not, else whether it is plural."""
    m = _appositive_re().match(text, end)
    if m is None:
        return None
    if text.startswith(", the", end) and _SAYS_AFTER.match(text, m.end(1)):
        return None  # "... in Pennsylvania, the company said": an attribution, no appositive
    return _descriptor_before(text, m.start(1), m.end(1), lex)


_SAYS_AFTER = regex.compile(r"[ \t]+(?:said|says)\b")


@functools.cache
def _of_list_re() -> regex.Pattern[str]:
    """The rest of a portfolio list after "Ministry of Agriculture": ", Food and Rural Affairs"."""
    word = r"\p{Lu}\p{Ll}+(?:[ \t]{1,3}\p{Lu}\p{Ll}+)?"
    return regex.compile(
        rf"(?:,[ \t]{{1,3}}{word}){{1,3}},?[ \t]{{1,3}}and[ \t]{{1,3}}{word}(?![\p{{L}}\p{{N}}])"
    )


@functools.cache
def _list_before_re() -> regex.Pattern[str]:
    """A portfolio list after "the" that ends right before a committee's last portfolio:
    "the *Land, Infrastructure* and " before "Transport Committee"."""
    word = r"(?:\p{Lu}[\p{L}]*(?:[ \t]\p{Lu}[\p{L}]*)?)"
    return regex.compile(rf"(?<![\p{{L}}\p{{N}}])[Tt]he[ \t]({word}(?:,[ \t]{word}){{0,4}}),?[ \t]and[ \t]\Z")


#: Head words whose "of" tail may be a list of portfolios ("Ministry of Land, Infrastructure and Transport").
_PORTFOLIO_HEADS = frozenset({"Ministry", "Department", "Committee", "Commission", "Office", "Bureau"})


def _plausible_name(words: list[str], lex: Lexicon) -> bool:
    """True when capitalised words a descriptor or a list proves may be an organisation's name.

    Not a person ("company Lee", "firm Kim Jong-un"), not a place or a nationality alone,
    not a sentence word ("Monday"), a title, a single letter ("T'way" is cut at its
    apostrophe) or a word ending in a full stop ("Corp.", an initial).
    """
    first = words[0]
    if len(first) < 2 or _is_stop(first, lex) or first.casefold() in lex.title_words or first.endswith("."):
        return False
    if first.casefold() in lex.modifiers:
        return False  # "Former chief executive Kim": a title's modifier, not a company
    if first in lex.korean_surnames or first in lex.given_names or first in lex.chinese_surnames:
        return False
    if any(_korean_given_re().fullmatch(w) for w in words):
        return False
    # "Asia-Pacific" is as much a place word as "Asia"
    return not all(w in lex.geo or (w,) in lex.nationalities or _geo_compound(w, lex) for w in words)


def _geo_compound(word: str, lex: Lexicon) -> bool:
    """True when every part of a hyphenated word is a place word ("Asia-Pacific")."""
    return "-" in word and all(p in lex.geo for p in word.split("-"))


@functools.cache
def _next_lower_re() -> regex.Pattern[str]:
    return regex.compile(r"[ \t]{1,3}(\p{Ll}[\p{Ll}-]*)")


def _relative_clause(text: str, end: int, lex: Lexicon) -> bool:
    """True when a verb such as "founded" follows the name: "the company Elon Musk founded" is about a person."""
    m = _next_lower_re().match(text, end)
    return m is not None and m.group(1) in lex.relative_verbs


#: the words between a business title and the company it names
_EMPLOYER_LINKS = (" of ", " at ")
#: at most this many words of a department between the title and "at" ("head of
#: Asia-Pacific policy at")
_DEPARTMENT_WORDS = 4


@functools.cache
def _business_first_re(firsts: frozenset[str]) -> regex.Pattern[str]:
    """The first word of any business title, as a whole word, in any case."""
    return regex.compile(rf"(?i)(?:{'|'.join(sorted(map(regex.escape, firsts)))})(?![\p{{L}}-])")


@functools.cache
def _business_last_re(lasts: frozenset[str]) -> regex.Pattern[str]:
    """The last word of any business title, as a whole word, in any case."""
    return regex.compile(
        rf"(?i)(?<![\p{{L}}-])(?:{'|'.join(sorted(map(regex.escape, lasts)))})(?![\p{{L}}-])"
    )


def _employer_before(text: str, start: int, lex: Lexicon) -> bool:
    """True when a business title and "of" or "at" stand right before ``start`` ("chief
    executive of", "an analyst at"), perhaps with a department between ("head of
    Asia-Pacific policy at")."""
    if _business_last_re(lex.business_title_lasts).search(text, max(0, start - 64), start) is None:
        return False  # no business title anywhere close (the cheap test, most "of" and "at")
    words = words_before(text, start - 4, lex)  # the words before " of " or " at "
    if not words:
        return False
    titles = lex.business_titles
    n = len(words)
    for last in range(n - 1, max(-1, n - 2 - _DEPARTMENT_WORDS), -1):
        between = words[last + 1 :]
        if between and (between[0].fold != "of" or not text.endswith(" at ", 0, start)):
            continue
        for size in (3, 2, 1):
            first = last - size + 1
            if first >= 0 and tuple(w.fold for w in words[first : last + 1]) in titles:
                return True
    return False


def _employer_title_after(text: str, end: int, lex: Lexicon) -> bool:
    """True when a business title in lower case and a capitalised name follow ``end``:
    " chief executive Bae", " chief medical officer Joaquín"."""
    if _business_first_re(lex.business_title_firsts).match(text, end + 1) is None:
        return False  # most runs are followed by a verb or a noun, not a title (the cheap test)
    words = words_after(text, end + 1, lex, limit=5)
    if not words:
        return False
    titles = lex.business_titles
    for size in (3, 2, 1):
        if size < len(words) and tuple(w.fold for w in words[:size]) in titles:
            nxt = words[size]
            return nxt.start > words[size - 1].end and nxt.text[:1].isupper() and not words[size - 1].closed
    return False


def _candidate(text: str, g: str, s: int, lex: Lexicon) -> _Org | None:
    """The organisation named by the run ``g`` at ``s`` that context proves: its first plain words, up to four."""
    toks = _split_tokens(g, s, lex.particles)
    k = 0
    while (
        k < len(toks)
        # "Abarrotes del Pacífico": a name particle joins the words as "&" does
        and (k == 0 or toks[k].sep in _GLUE or toks[k].sep.casefold() in lex.particles)
        and not _is_stop(toks[k].text, lex)
        and toks[k].text.casefold() not in lex.title_words
    ):
        k += 1
    if k == 0 or k > 4 or not _plausible_name([t.text for t in toks[:k]], lex):
        return None
    if k == 1 and (
        toks[0].text in lex.acronyms or any(c.text == toks[0].text for c in lex.known.get(toks[0].text, ()))
    ):
        return None  # a listed name or acronym is found, and named, by the tables
    name = _norm(text[toks[0].start : toks[k - 1].end])
    return _Org(toks[0].start, toks[k - 1].end, name, org_key(name), None, False)


class _Spans:
    """Organisation spans in text order, to ask whether a span overlaps one."""

    def __init__(self, orgs: Iterable[_Org]) -> None:
        self.spans = sorted((o.start, o.end) for o in orgs)

    def overlaps(self, s: int, e: int) -> bool:
        spans = self.spans
        i = bisect.bisect_right(spans, (e, -1)) - 1
        return i >= 0 and spans[i][1] > s

    def add(self, s: int, e: int) -> None:
        bisect.insort(self.spans, (s, e))


def _more_orgs(
    text: str,
    orgs: list[_Org],
    runs: list[tuple[int, int, str]],
    described: list[tuple[int, int, str, bool]],
    lists: tuple[list[tuple[int, int]], list[tuple[int, str]]],
    lex: Lexicon,
) -> tuple[list[_Org], list[_Org]]:
    """Organisations that context proves, and the list of all organisations with them.

    A portfolio list completes a ministry's name; a descriptor noun before a run proves
    it ("data provider FnGuide"); an item of a list beside organisations, or after a
    plural descriptor ("banks — KB Kookmin, Shinhan and Woori"), is one; and a name so
    proven is an organisation wherever else it stands alone in the article.
    """
    if not (
        described
        or lists[0]
        or lists[1]
        or any(" of " in o.name or text.endswith(" and ", 0, o.start) for o in orgs)
    ):
        return [], orgs  # no descriptor, no list, no portfolio: most articles
    new: list[_Org] = []
    out: list[_Org] = []
    for o in orgs:
        if (
            not o.known
            and text.endswith(" and ", 0, o.start)
            and o.name.rsplit(" ", 1)[-1] in _PORTFOLIO_HEADS
        ):
            # "the Land, Infrastructure and Transport Committee": the portfolios come first
            m = _list_before_re().search(text, max(0, o.start - 120), o.start)
            if m is not None and not any(
                w in lex.geo or any(c.text == w for c in lex.known.get(w, ()))
                for w in m.group(1).replace(",", " ").split()
            ):
                name = _norm(text[m.start(1) : o.end])
                o = _Org(m.start(1), o.end, name, org_key(name), None, False)
                new.append(o)
        if not o.known and " of " in o.name and o.name.split(" ", 1)[0] in _PORTFOLIO_HEADS:
            m = _of_list_re().match(text, o.end)
            if m is not None and not any(
                w in lex.geo or w in lex.known for w in m.group().replace(",", " ").split()
            ):
                name = _norm(text[o.start : m.end()])
                o = _Org(o.start, m.end(), name, org_key(name), None, False)
                new.append(o)
        out.append(o)
    spans = _Spans(out)
    known_at = {o.start: k for k, o in enumerate(out) if o.known} if described else {}
    for s, e, g, _plural in described:
        if spans.overlaps(s, e):
            k = known_at.get(s, -1)
            if (
                k >= 0
                and (grown := _grown(text, out[k], lex)) is not None
                and not spans.overlaps(out[k].end, grown.end)
            ):
                # "the company Kakao Pay": the listed "Kakao" and the word after it
                out[k] = grown
                new.append(grown)
                spans = _Spans(out)
            continue
        cand = _candidate(text, g, s, lex)
        if cand is not None and not _relative_clause(text, cand.end, lex):
            new.append(cand)
            out.append(cand)
            spans.add(cand.start, cand.end)
    listed, grown_orgs = _listed(text, out, runs, lists, spans, lex)
    if grown_orgs:
        out = [grown_orgs.get(o.start, o) for o in out]
        new.extend(grown_orgs.values())
    new.extend(listed)
    out.extend(listed)
    proven = [o for o in new if o.name.count(" ") < 4]
    if proven:
        found, longer = _elsewhere(text, runs, proven, out, spans, lex)
        if longer:
            out = [longer.get(o.start, o) if o.known else o for o in out]
            new.extend(longer.values())
        new.extend(found)
        out.extend(found)
    return new, out


@functools.cache
def _glued_word_re() -> regex.Pattern[str]:
    return regex.compile(r"[ \t](\p{Lu}[\p{L}\p{N}&]*+)(?![\p{L}\p{N}-])")


def _grown(text: str, org: _Org, lex: Lexicon) -> _Org | None:
    """A listed company's name with the one or two plain capitalised words right after it ("Samsung Display").

    Used only where the context proves an organisation (a descriptor, a list), so a
    product after a company's name elsewhere ("Samsung Galaxy") stays out.
    """
    end = org.end
    for _ in range(2):
        m = _glued_word_re().match(text, end)
        if m is None:
            break
        w = m.group(1)
        if (
            _is_stop(w, lex)
            or w.casefold() in lex.title_words
            or w.casefold() in lex.modifiers
            or w in lex.geo
            or w in lex.known
            or (w,) in lex.nationalities
        ):
            break
        end = m.end()
    if end == org.end:
        return None
    name = _norm(text[org.start : end])
    return _Org(org.start, end, name, org_key(name), None, False)


def _listed(
    text: str,
    orgs: list[_Org],
    runs: list[tuple[int, int, str]],
    lists: tuple[list[tuple[int, int]], list[tuple[int, str]]],
    spans: _Spans,
    lex: Lexicon,
) -> tuple[list[_Org], dict[int, _Org]]:
    """Items of lists ("A, B and C") that stand beside organisations or after a plural descriptor.

    Also the listed companies of such lists that grow by the words after them ("LG
    Display, Samsung Display and BOE"), by where they start. The gaps between items
    (", ", " and ") are read between neighbouring runs; the items between the gaps.
    """
    starts = [r[0] for r in runs]
    gaps = _gaps(text, orgs, runs, starts, *lists)
    if not gaps:
        return [], {}
    reader = _Lists(text, orgs, runs, starts, spans, lex)
    out: list[_Org] = []
    kept: dict[int, _Org] = {}
    k = 0
    while k < len(gaps):
        group = reader.group(gaps, k)
        k = reader.next
        if group is None or len(group) < 2:
            continue
        known = sum(1 for it in group if it[2] is not None)
        if (len(group) > 2 and 2 * known >= len(group)) or _list_intro(text, group[0][0], lex):
            for s, e, org in group:
                if org is None:
                    cand = _candidate(text, text[s:e], s, lex)
                    if cand is not None and not spans.overlaps(cand.start, cand.end):
                        out.append(cand)
                        spans.add(cand.start, cand.end)
                elif org is not reader.by_start.get(s):
                    kept[s] = org  # a listed company grown by the words after it
    return out, kept


def _gaps(
    text: str,
    orgs: list[_Org],
    runs: list[tuple[int, int, str]],
    starts: list[int],
    near: list[tuple[int, int]],
    anded: list[tuple[int, str]],
) -> list[tuple[int, int, str]]:
    """The list gaps (", ", " and ") between runs and organisations, and the "and"s inside runs, in text order.

    ``near`` holds the (end, next start) of runs at most 8 characters apart with a comma
    or " a"/" o" after the first, and ``anded`` the runs with "and" inside, both noted
    while the runs were found.
    """
    gap_re = _list_gap_re()
    out: list[tuple[int, int, str]] = []
    for prev, s in near:
        m = gap_re.fullmatch(text, prev, s)
        if m is not None:
            out.append((prev, s, m.group()))
    for s, g in anded:
        at = g.find(" and ")
        while at >= 0:
            out.append((s + at, s + at + 5, " and "))
            at = g.find(" and ", at + 5)
    if orgs:
        for o in orgs:
            # a listed name that ends past its run ("SK hynix, ...")
            i = bisect.bisect_left(starts, o.end)
            if i > 0 and runs[i - 1][1] == o.end:
                continue  # the gap after it, if any, was read above
            if i < len(runs) and runs[i][0] - o.end <= 8:
                m = gap_re.fullmatch(text, o.end, runs[i][0])
                if m is not None:
                    out.append((o.end, runs[i][0], m.group()))
    out.sort()
    return out


#: The first letters of the words " and " and " or ".
_AND_OR = frozenset({"a", "o"})


class _Lists:
    """Reads the items of a list between the gaps that the scan found.

    An item is an organisation found already, a listed company with the words glued
    after it ("Samsung Display"), or a run of capitalised words (or the part of one
    between "and"s) that overlaps no organisation.
    """

    def __init__(
        self,
        text: str,
        orgs: list[_Org],
        runs: list[tuple[int, int, str]],
        starts: list[int],
        spans: _Spans,
        lex: Lexicon,
    ) -> None:
        self.text = text
        self.runs = runs
        self.starts = starts
        self.by_start = {o.start: o for o in orgs}
        self.by_end = {o.end: o for o in orgs}
        self.known_starts = sorted(s for s, o in self.by_start.items() if o.known)
        self.spans = spans
        self.lex = lex
        self.next = 0

    def _run(self, a: int, b: int) -> bool:
        """True when ``[a, b)`` lies inside one run of capitalised words."""
        i = bisect.bisect_right(self.starts, a) - 1
        return i >= 0 and self.runs[i][1] >= b and a < b

    def item(self, a: int, b: int) -> tuple[int, int, _Org | None] | None:
        """The item spanning exactly ``[a, b)``, or None."""
        o = self.by_start.get(a)
        if o is not None:
            if o.end == b:
                return a, b, o
            if o.known and o.end < b:
                grown = _grown(self.text, o, self.lex)
                if grown is not None and grown.end == b:
                    return a, b, grown
            return None
        if self._run(a, b) and not self.spans.overlaps(a, b):
            return a, b, None
        return None

    def group(self, gaps: list[tuple[int, int, str]], k: int) -> list[tuple[int, int, _Org | None]] | None:
        """The list whose first gap is ``gaps[k]``, closed by "and"/"or"; sets ``next`` to the gap after it."""
        self.next = k + 1
        gs = gaps[k][0]
        o = self.by_end.get(gs)
        if o is not None:
            first = self.item(o.start, gs)
        else:
            i = bisect.bisect_right(self.starts, gs - 1) - 1
            first = self.item(self.runs[i][0], gs) if i >= 0 else None
            if first is None and i >= 0:
                # a listed company grown by the words after it, at the head of the list
                # (the first one starting in the run: found by bisection, not a scan of all)
                p = bisect.bisect_left(self.known_starts, self.runs[i][0])
                if p < len(self.known_starts) and self.known_starts[p] < gs:
                    first = self.item(self.known_starts[p], gs)
        if first is None:
            return None
        group = [first]
        j = k
        while True:
            _gs, ge, word = gaps[j]
            if "and" in word or "or" in word:
                last = self._last(ge, gaps[j + 1][0] if j + 1 < len(gaps) else -1)
                self.next = j + 1
                if last is None:
                    return None
                group.append(last)
                return group
            if j + 1 >= len(gaps):
                return None
            mid = self.item(ge, gaps[j + 1][0])
            if mid is None:
                self.next = j + 1
                return None
            group.append(mid)
            j += 1

    def _last(self, a: int, next_gap: int) -> tuple[int, int, _Org | None] | None:
        """The item after the closing "and", up to the end of its organisation or run."""
        o = self.by_start.get(a)
        if o is not None:
            grown = _grown(self.text, o, self.lex) if o.known else None
            return (a, grown.end, grown) if grown is not None else (a, o.end, o)
        i = bisect.bisect_right(self.starts, a) - 1
        if i < 0 or self.runs[i][1] <= a:
            return None
        end = self.runs[i][1]
        if a < next_gap < end:
            end = next_gap  # "Woori and NongHyup and ...": the part up to the next "and"
        return self.item(a, end)


def _list_intro(text: str, pos: int, lex: Lexicon) -> bool:
    """True when a plural descriptor introduces the list starting at ``pos`` ("brokerages such as ...")."""
    lo = max(0, pos - 60)
    m = _list_intro_re().search(text, lo, pos)
    if m is None:
        return False
    end = m.start()
    while end > lo and text[end - 1] in " \t":
        end -= 1
    return bool(_descriptor_before(text, lo, end, lex))


def _elsewhere(
    text: str,
    runs: list[tuple[int, int, str]],
    proven: list[_Org],
    orgs: list[_Org],
    spans: _Spans,
    lex: Lexicon,
) -> tuple[list[_Org], dict[int, _Org]]:
    """Other mentions of names that context proved, where the name stands alone in its run.

    Also, by where they start, the listed companies that such a name extends ("Samsung"
    in a later "Samsung Display said", once "Samsung Display" was proven).
    """
    known = {o.start: o for o in orgs if o.known}
    grown: dict[int, _Org] = {}
    by_first: dict[str, list[_Org]] = {}
    for o in proven:
        by_first.setdefault(o.name.split()[0], []).append(o)
    out: list[_Org] = []
    for s, _e, g in runs:
        if by_first.keys().isdisjoint(g.split()):
            continue
        toks = _split_tokens(g, s, lex.particles)
        for k, t in enumerate(toks):
            for o in by_first.get(t.text, ()):
                size = o.name.count(" ") + 1
                if k + size > len(toks) or (k > 0 and toks[k].sep in _GLUE):
                    continue
                if k + size < len(toks) and toks[k + size].sep in _GLUE:
                    nxt = toks[k + size].text.casefold()
                    if nxt not in lex.title_words and nxt not in lex.modifiers:
                        continue  # "Shinhan Card" is another name; "ADOR CEO" is this one
                end = toks[k + size - 1].end
                if _norm(text[t.start : end]) != o.name:
                    continue
                if spans.overlaps(t.start, end):
                    short = known.get(t.start)
                    if short is not None and short.end < end and not spans.overlaps(short.end, end):
                        grown[t.start] = _Org(t.start, end, o.name, o.key, None, False)
                    continue
                out.append(_Org(t.start, end, o.name, o.key, None, False))
                spans.add(t.start, end)
    return out, grown
