"""The tables the Korean-names plugin works from, read lazily from its ``data/`` folder.

Every table is a small UTF-8 TSV or text file (``#`` starts a comment line). Users extend a
table without editing the package: set ``NEWSFACTS_KOREAN_NAMES_DATA`` to one or more folders
(separated by ``os.pathsep``) holding files with the same names; their rows are added after
the bundled ones. Call :func:`reload` after changing those folders in a running process.
"""

from __future__ import annotations

import functools
import os
import re
import unicodedata
from collections.abc import Iterable, Mapping
from importlib import resources
from pathlib import Path

from attrs import frozen

__all__ = [
    "ENV_VAR",
    "PlaceRow",
    "Tables",
    "fold",
    "reload",
    "tables",
]

#: Environment variable naming folders of extra table rows (same file names as ``data/``).
ENV_VAR = "NEWSFACTS_KOREAN_NAMES_DATA"

_FOLD = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "`": "'", "ǒ": "ŏ", "ǔ": "ŭ", "Ǒ": "Ŏ", "Ǔ": "Ŭ"})


@functools.lru_cache(maxsize=65536)
def fold(s: str) -> str:
    """The lookup form of a romanised word: NFC, casefolded, one kind of apostrophe, breves not carons."""
    return unicodedata.normalize("NFC", s).translate(_FOLD).casefold()


@functools.lru_cache(maxsize=65536)
def plain(s: str) -> str:
    """``fold`` without diacritics, apostrophes, hyphens and spaces (the name-key alphabet)."""
    decomposed = unicodedata.normalize("NFD", fold(s))
    return "".join(c for c in decomposed if c.isalnum() and not unicodedata.combining(c))


def _texts(name: str) -> Iterable[str]:
    yield resources.files(__package__).joinpath("data", name).read_text(encoding="utf-8")
    for folder in filter(None, os.environ.get(ENV_VAR, "").split(os.pathsep)):
        extra = Path(folder) / name
        if extra.is_file():
            yield extra.read_text(encoding="utf-8")


def _phrases_alt(phrases: list[str]) -> str:
    """The phrases as one alternation, longest first, any blanks between their words (a
    pattern that never matches when there are none)."""
    alt = "|".join(
        r"[ \t]+".join(re.escape(w) for w in p.split())
        for p in sorted(phrases, key=len, reverse=True)
        if p.strip()
    )
    return alt or "(?!)"


def _lead_pattern(phrases: list[str]) -> re.Pattern[str]:
    """The phrases, any case, each followed by a comma or not, one blank and the end of the
    searched slice."""
    return re.compile(rf"(?i:\b(?:{_phrases_alt(phrases)})),?[ \t]\Z")


def _trail_pattern(phrases: list[str]) -> re.Pattern[str]:
    """The phrases, any case, as whole words anywhere in the searched slice."""
    return re.compile(rf"(?i:\b(?:{_phrases_alt(phrases)})\b)")


def _lines(name: str) -> list[str]:
    out: list[str] = []
    for text in _texts(name):
        out.extend(
            line.rstrip("\r") for line in text.splitlines() if line.strip() and not line.startswith("#")
        )
    return out


def _records(name: str) -> list[dict[str, str]]:
    """Rows of a TSV table with a header line, as dicts (a repeated header in a user file is skipped)."""
    records: list[dict[str, str]] = []
    for text in _texts(name):
        header: list[str] | None = None
        for line in text.splitlines():
            if not line.strip() or line.startswith("#"):
                continue
            cells = [c.strip() for c in line.rstrip("\r").split("\t")]
            if header is None:
                header = cells
                continue
            records.append(dict(zip(header, cells + [""] * (len(header) - len(cells)), strict=False)))
    return records


def _split(cell: str, sep: str) -> list[str]:
    return [p.strip() for p in cell.split(sep) if p.strip()]


@frozen
class PlaceRow:
    """One gazetteer entry: the canonical name, its country codes and every accepted spelling."""

    name: str
    countries: tuple[str, ...]
    variants: tuple[str, ...]
    kinds: tuple[str, ...] = ()


@frozen
class KnownName:
    """A person whose spelling and display form are fixed by usage (data/names.tsv)."""

    family: str
    given: str
    order: str
    display: str
    hangul: str


@frozen
class Tables:
    """Everything the recogniser looks up, built once from the data files."""

    #: folded surname spelling -> the Hangul surnames it can spell
    surnames: Mapping[str, frozenset[str]]
    #: Hangul surname -> share of the population in percent (0 when unknown)
    surname_share: Mapping[str, float]
    #: folded surname spellings that are also ordinary English words (Park, Moon, Song)
    english_surnames: frozenset[str]
    #: folded surname spellings trusted without a hyphenated given name (Han Kang, Yuna Kim):
    #: the standard and two most usual spellings, unless the spelling is also a foreign
    #: name and the surname is rare (Wang Yi, Li Na, Sun Moon are not Korean names)
    strong_surnames: frozenset[str]
    #: folded syllable spelling -> the Hangul syllables it can spell
    syllables: Mapping[str, frozenset[str]]
    #: folded syllable spelling -> a frequency prior (attested count, +1 for standard forms)
    syllable_weight: Mapping[str, int]
    #: the longest syllable spelling, in characters
    longest_syllable: int
    #: exact place spelling (NFC, typographic apostrophes folded) -> candidate rows
    places: Mapping[str, tuple[PlaceRow, ...]]
    #: first word of each place spelling (for a quick test)
    place_first_words: frozenset[str]
    #: every leading run of whole words of each place spelling ("Kim", "Kim Il", "Kim Il Sung")
    place_prefixes: frozenset[str]
    #: most words in a place spelling
    place_max_words: int
    #: folded words after / before which a gazetteer name is not a place
    place_blockers_after: frozenset[str]
    place_blockers_before: frozenset[str]
    #: folded head nouns of organisation names ("Bank" in "Bank of Korea")
    org_heads: frozenset[str]
    #: folded capitalised words that may precede a country or world place ("Northeast China")
    place_free_before: frozenset[str]
    #: exact written form -> a known person (names.tsv); first words; most words
    known_names: Mapping[str, KnownName]
    known_first_words: frozenset[str]
    known_max_words: int
    #: (plain family, plain given) -> Hangul of known persons
    known_hangul: Mapping[tuple[str, str], str]
    #: words, as written, that a name or a place can start with or contain (a quick filter)
    cue_words: frozenset[str]
    #: the cue words without the first words of multi-word places ("Korean" of "Korean
    #: Peninsula"): a run with none of these needs a place's first two words together
    lone_cues: frozenset[str]
    #: first words of multi-word places, and their first two words ("Korean Peninsula")
    pair_first_words: frozenset[str]
    pair_prefixes: frozenset[str]
    #: title words allowed right before a name
    titles: frozenset[str]
    #: folded interjections that look like surnames, and the words that may follow them
    interjections: frozenset[str]
    interjection_followers: frozenset[str]
    #: hyphenated suffixes of local place names ("-dong", "-ri"), lower case
    place_suffixes: frozenset[str]
    #: suffix -> the English unit word news also writes after the stem ("gu" -> "District":
    #: "Yuseong-gu" and "Yuseong District" are one place)
    suffix_units: dict[str, str]
    #: nouns heading an appositive that make the name before it a place ("a town in")
    place_nouns: frozenset[str]
    #: a phrase later in the sentence that makes a surname before it a person ("who asked to
    #: be identified only by her surname")
    surname_trail: re.Pattern[str]
    #: unit word after a listed place -> the place kind it follows ("County" -> "county")
    place_units: Mapping[str, str]
    #: a phrase that makes the surname after it a person ("surnamed", "by his surname"),
    #: ending at the end of the searched slice
    surname_lead: re.Pattern[str]


def place_form(s: str) -> str:
    """The exact-match form of a place spelling: NFC, one apostrophe, single spaces."""
    return " ".join(unicodedata.normalize("NFC", s).translate(_FOLD).split())


#: Below this share of the population (percent), a surname spelled like a Chinese or
#: Japanese name needs a hyphenated given name to be taken as Korean.
RARE_SHARE = 0.1


def _surnames() -> tuple[dict[str, frozenset[str]], dict[str, float], frozenset[str], frozenset[str]]:
    spell: dict[str, set[str]] = {}
    share: dict[str, float] = {}
    english: set[str] = set()
    strong: set[str] = set()
    for r in _records("surnames.tsv"):
        hangul = r.get("hangul", "")
        if not hangul:
            continue
        try:
            share[hangul] = max(share.get(hangul, 0.0), float(r.get("pct_2015") or 0))
        except ValueError:
            share.setdefault(hangul, 0.0)
        forms = [r.get("rr", ""), r.get("mr", ""), r.get("mr_plain", ""), r.get("common", "")]
        forms += _split(r.get("nk", ""), "|") + _split(r.get("variants", ""), "|")
        for f in forms:
            if f:
                spell.setdefault(fold(f), set()).add(hangul)
                spell.setdefault(plain(f), set()).add(hangul)
        foreign: set[str] = set()
        for part in _split(r.get("collision", ""), ";"):
            word, _, what = part.partition("=")
            if "en:" in what:
                english.add(fold(word))
            if "name:Chinese" in what or "name:Japanese" in what:
                foreign.add(fold(word))
        main = [r.get("rr", ""), r.get("mr", ""), r.get("mr_plain", ""), r.get("common", "")]
        main += _split(r.get("nk", ""), "|") + _split(r.get("variants", ""), "|")[:2]
        for f in main:
            if f and not (fold(f) in foreign and share.get(hangul, 0.0) < RARE_SHARE):
                strong.add(fold(f))
    return {k: frozenset(v) for k, v in spell.items()}, share, frozenset(english), frozenset(strong)


def _syllables() -> tuple[dict[str, frozenset[str]], dict[str, int]]:
    spell: dict[str, set[str]] = {}
    weight: dict[str, int] = {}
    rows = [
        (r.get("hangul", ""), r.get("spellings", ""), r.get("attested", ""))
        for r in _records("syllables.tsv")
    ]
    rows += [(r.get("hangul", ""), r.get("spellings", ""), "") for r in _records("syllables_extra.tsv")]
    for hangul, spellings, attested in rows:
        if not hangul:
            continue
        forms = _split(spellings, "|")
        for pos, f in enumerate(forms):
            key = fold(f)
            spell.setdefault(key, set()).add(hangul)
            spell.setdefault(plain(f), set()).add(hangul)
            if pos == 0:  # the standard (RR or most attested) form
                weight[key] = weight.get(key, 0) + 1
        for item in _split(attested, ";"):
            form, _, count = item.partition(":")
            if count.isdigit():
                weight[fold(form)] = weight.get(fold(form), 0) + int(count)
    return {k: frozenset(v) for k, v in spell.items()}, weight


def _places() -> dict[str, list[PlaceRow]]:
    """Spelling -> gazetteer rows. A later row with a name already listed (from any of the
    tables, or a user's file) adds its spellings to that place instead of making a new one."""
    merged: dict[str, tuple[tuple[str, ...], list[str], list[str]]] = {}

    def add(name: str, countries: tuple[str, ...], variants: list[str], kinds: list[str]) -> None:
        if name in merged:
            _, old_variants, old_kinds = merged[name]
            old_variants.extend(variants)
            old_kinds.extend(k for k in kinds if k not in old_kinds)
            return
        merged[name] = (countries, list(variants), list(kinds))

    for r in [*_records("places.tsv"), *_records("places_more.tsv")]:
        if r.get("name"):
            variants = _split(r.get("variants", ""), ";")
            rr = r.get("rr", "")
            if "-" in rr and rr not in variants:
                variants.append(rr)  # the official romanisation with its unit: "Jeollanam-do"
            add(
                r["name"],
                tuple(_split(r.get("country", ""), ";")),
                variants,
                _split(r.get("kind", ""), ";"),
            )
    for r in _records("world.tsv"):
        if r.get("name"):
            add(r["name"], ("WORLD",), _split(r.get("variants", ""), ";"), _split(r.get("kind", ""), ";"))

    found: dict[str, list[PlaceRow]] = {}
    for name, (countries, variants, kinds) in merged.items():
        # A name with a qualifier in brackets ("Gwangju (Gyeonggi)") is also spelled without it.
        bare = name.split(" (")[0]
        forms = [bare, *(v for v in variants if "(" not in v)]
        # Names are found as runs of capitalised words, so forms such as "the North" (too
        # vague to be North Korea everywhere anyway) are left out.
        forms = [f for f in forms if f[:1].isupper()]
        if "river" in kinds:  # "Amnok" is also written "Amnok River"
            forms += [f"{f} River" for f in forms if " " not in f and not f.endswith(("gang", "River"))]
        row = PlaceRow(name, countries, tuple(dict.fromkeys(place_form(f) for f in forms)), tuple(kinds))
        for f in row.variants:
            found.setdefault(f, []).append(row)
    return found


@functools.cache
def tables() -> Tables:
    """Build (once) every lookup table from the bundled and the user's data files."""
    surnames, share, english, strong = _surnames()
    syllables, weight = _syllables()
    places = _places()
    # A spelling listed under its own row's name wins over rows listing it as a variant.
    ordered: dict[str, tuple[PlaceRow, ...]] = {}
    for form, rows in places.items():
        named = [r for r in rows if place_form(r.name.split(" (")[0]) == form]
        rest = [r for r in rows if r not in named]
        ordered[form] = tuple(dict.fromkeys([*named, *rest]))
    blockers_after: set[str] = set()
    blockers_before: set[str] = set()
    org_heads: set[str] = set()
    free_before: set[str] = set()
    by_side = {"after": blockers_after, "org": org_heads, "free": free_before}
    for r in _records("place_context.tsv"):
        word = fold(r.get("word", ""))
        if word:
            by_side.get(r.get("side", ""), blockers_before).add(word)
    interjections: set[str] = set()
    followers: set[str] = set()
    target = interjections
    for line in _lines("interjections.txt"):
        if line.strip() == "[followers]":
            target = followers
            continue
        target.add(fold(line.strip()))
    known: dict[str, KnownName] = {}
    for r in _records("names.tsv"):
        if r.get("written") and r.get("family") and r.get("given"):
            order = r.get("order") or "family-first"
            display = r.get("display") or r["written"]
            known[place_form(r["written"])] = KnownName(
                r["family"], r["given"], order, display, r.get("hangul", "")
            )
    cues: set[str] = set()
    lone: set[str] = set()
    pair_first: set[str] = set()
    pairs: set[str] = set()
    for form in ordered:
        words = form.split(" ")
        first = words[0]
        cues.update((first, first.rstrip("."), first.upper()))
        if len(words) == 1:
            lone.update((first, first.rstrip("."), first.upper()))
        else:
            pair_first.add(first)
            pairs.add(f"{first} {words[1]}")
    for spelling in surnames:
        cues.update((spelling[:1].upper() + spelling[1:], spelling.upper()))
        lone.update((spelling[:1].upper() + spelling[1:], spelling.upper()))
    cues.update(k.split(" ")[0] for k in known)
    lone.update(k.split(" ")[0] for k in known)
    return Tables(
        surnames=surnames,
        surname_share=share,
        english_surnames=english,
        strong_surnames=strong,
        syllables=syllables,
        syllable_weight=weight,
        longest_syllable=max((len(s) for s in syllables), default=1),
        places=ordered,
        place_first_words=frozenset(f.split(" ")[0] for f in ordered),
        place_prefixes=frozenset(
            " ".join(f.split(" ")[:n]) for f in ordered for n in range(1, f.count(" ") + 2)
        ),
        place_max_words=max((f.count(" ") + 1 for f in ordered), default=1),
        place_blockers_after=frozenset(blockers_after),
        place_blockers_before=frozenset(blockers_before),
        org_heads=frozenset(org_heads),
        place_free_before=frozenset(free_before),
        known_names=known,
        known_first_words=frozenset(k.split(" ")[0] for k in known),
        known_max_words=max((k.count(" ") + 1 for k in known), default=1),
        known_hangul={(plain(v.family), plain(v.given)): v.hangul for v in known.values() if v.hangul},
        cue_words=frozenset(cues),
        lone_cues=frozenset(lone),
        pair_first_words=frozenset(pair_first),
        pair_prefixes=frozenset(pairs),
        titles=frozenset(line.strip().rstrip(".") for line in _lines("titles.txt")),
        interjections=frozenset(interjections),
        interjection_followers=frozenset(followers),
        place_suffixes=frozenset(
            line.split("\t")[0].strip().lower() for line in _lines("place_suffixes.txt")
        ),
        suffix_units={
            cells[0].strip().lower(): cells[1].strip()
            for cells in (line.split("\t") for line in _lines("place_suffixes.txt"))
            if len(cells) > 1 and cells[1].strip()
        },
        place_nouns=frozenset(line.strip().lower() for line in _lines("place_nouns.txt")),
        surname_lead=_lead_pattern(_lines("surname_leads.txt")),
        surname_trail=_trail_pattern(_lines("surname_trails.txt")),
        place_units={r["word"]: r["kind"] for r in _records("place_units.tsv") if r.get("word")},
    )


def reload() -> None:
    """Forget the loaded tables (after changing ``NEWSFACTS_KOREAN_NAMES_DATA``)."""
    tables.cache_clear()
    from newsfacts_korean_names import _names

    _names.clear_caches()
