"""The word tables the organisation and title finders are built from, read lazily from ``data/``.

Every table is a small text or TSV file (``#`` starts a comment line). Users extend a
table without editing the package in two ways: set ``NEWSFACTS_ORGANIZATIONS_DATA`` to a
folder holding files with the same names (their rows are added after the bundled
ones), or call :func:`add_rows` from Python. Both take effect for the next article.
"""

from __future__ import annotations

import functools
import os
from collections.abc import Iterable
from importlib import resources
from pathlib import Path

from attrs import frozen

__all__ = ["ENV_VAR", "TABLES", "Lexicon", "add_rows", "lexicon", "reload", "rows"]

#: Environment variable naming a folder of extra table rows (same file names as ``data/``).
ENV_VAR = "NEWSFACTS_ORGANIZATIONS_DATA"

#: The tables a user may extend, and what each holds.
TABLES: dict[str, str] = {
    "heads.txt": "organisation head words (Foundation, Ministry, Co.)",
    "companies.tsv": "company names without a head word: name, other spellings, acronym",
    "organizations.tsv": "well-known organisations: name, other spellings, acronym",
    "media.tsv": "news agencies, newspapers and broadcasters: name, other spellings, acronym",
    "pollsters.tsv": "polling and survey firms: name, other spellings, acronym",
    "clubs.tsv": "sports clubs and leagues: name, other spellings, acronym",
    "titles.tsv": "titles: title words, domain, flags (portfolio)",
    "modifiers.txt": "title modifiers (former, acting, then-)",
    "title_compounds.txt": "nouns that may stand inside a title before a name (program, floor)",
    "nationalities.tsv": "nationality words before a title: words, strip (yes/no)",
    "stopwords.txt": "capitalised words that never start a name (The, In, Monday)",
    "geo_words.txt": "words that keep a capitalised run from being a person (Korea, Valley)",
    "speech_cues.tsv": "speech verbs that mark a person: words, position (after/before/both)",
    "korean_surnames.txt": "surnames that make an unhyphenated three-part name family-first",
    "chinese_surnames.txt": "surnames that make a two-part pinyin name family-first",
    "japanese_surnames.txt": "surnames that make a two-part Japanese name family-first (Hirano Kenta)",
    "vietnamese_surnames.txt": "surnames that make a three- or four-part Vietnamese name family-first (Phạm Văn Tùng)",
    "name_tails.txt": "words that may follow a head word inside a name (Korea, America)",
    "short_tails.txt": "words a company's later mentions may drop from its name's end (Group, Entertainment)",
    "document_words.txt": "words after a head word that make the run a law or award's name (Act, Treaty, Prize)",
    "head_kinds.tsv": "nouns for a kind of organisation and the name heads that fit them: noun, heads",
    "given_names.txt": "common given names: a name starting with one is a person (Daniel, Erling)",
    "name_particles.txt": "particles that join the family name (de, van, von, al-)",
    "plural_possessives.txt": "irregular plurals whose 's stays inside a name (People, Women)",
    "relative_verbs.txt": "verbs after a described name that show a person (the company Musk founded)",
    "local_bodies.txt": "lower-case heads after a place that name a local body (provincial government)",
    "locator_suffixes.txt": "hyphenated suffixes of a word before a name that is no part of it (Seoul-based)",
    "office_verbs.tsv": "relative-clause verbs that give an office: verb, role (who heads X -> head)",
    "as_verbs.txt": "verb phrases that give their subject the title after them (will step down as, was named)",
    "descriptors.txt": "nouns that introduce an organisation's name (data provider, label, banks): phrase, lead",
}

_extra: dict[str, list[tuple[str, ...]]] = {}


def _parse(text: str) -> list[tuple[str, ...]]:
    out: list[tuple[str, ...]] = []
    for line in text.splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        out.append(tuple(cell.strip() for cell in line.split("\t")))
    return out


@functools.cache
def rows(name: str) -> tuple[tuple[str, ...], ...]:
    """The rows of table ``name`` (e.g. ``"titles.tsv"``): bundled, then the folder's, then added ones."""
    text = resources.files(__package__).joinpath("data", name).read_text(encoding="utf-8")
    found = _parse(text)
    extra_dir = os.environ.get(ENV_VAR)
    if extra_dir:
        extra = Path(extra_dir) / name
        if extra.is_file():
            found.extend(_parse(extra.read_text(encoding="utf-8")))
    found.extend(_extra.get(name, ()))
    return tuple(found)


def add_rows(table: str, new_rows: Iterable[str | Iterable[str]]) -> None:
    """Add rows to a table for this process: ``add_rows("titles.tsv", [("spymaster", "government")])``.

    A row is a string (one-column tables) or a sequence of cells in the table's column
    order. The compiled patterns are rebuilt for the next article.
    """
    if table not in TABLES:
        raise KeyError(f"unknown table {table!r}; known tables: {', '.join(sorted(TABLES))}")
    bucket = _extra.setdefault(table, [])
    for row in new_rows:
        bucket.append((row.strip(),) if isinstance(row, str) else tuple(str(c).strip() for c in row))
    reload()


def reload() -> None:
    """Forget the loaded tables and everything built from them (after changing the extra folder)."""
    rows.cache_clear()
    lexicon.cache_clear()


def first_word(name: str) -> str:
    """The first word of a name without a possessive ending ("Moody's Investors Service" -> "Moody")."""
    word = name.split()[0] if name.split() else name
    for cut in ("'", "’"):
        word = word.split(cut)[0]
    return word


def _words(name: str) -> frozenset[str]:
    return frozenset(r[0] for r in rows(name) if r and r[0])


def _cell(row: tuple[str, ...], i: int) -> str:
    return row[i] if len(row) > i else ""


@frozen
class KnownName:
    """A name from the company or organisation table: the spelling matched and what it stands for."""

    text: str
    canonical: str
    acronym: str | None
    company: bool


@frozen
class Lexicon:
    """Every table, turned into the sets and maps the finders look words up in."""

    heads: frozenset[str]
    #: first word of a known spelling -> the spellings starting with it, longest first
    known: dict[str, tuple[KnownName, ...]]
    #: acronym as written -> canonical organisation name
    acronyms: dict[str, str]
    #: title phrases as tuples of casefolded words -> flags
    titles: dict[tuple[str, ...], frozenset[str]]
    title_max: int
    #: titles of the ``business`` and ``media`` domains: the capitalised words after "<one of
    #: them> of" or "at" name a company or a publication ("chief executive of Nuri Pay",
    #: "editor-in-chief of Ionic Materials Letters")
    business_titles: frozenset[tuple[str, ...]]
    #: the first and the last word of every business title (cheap first tests)
    business_title_firsts: frozenset[str]
    business_title_lasts: frozenset[str]
    #: casefolded last word of every title phrase
    title_last: frozenset[str]
    #: casefolded first word of every title phrase (to cut organisation names before a title)
    title_words: frozenset[str]
    modifiers: frozenset[str]
    prefix_modifiers: tuple[str, ...]
    compounds: frozenset[str]
    #: nationality phrases as word tuples -> strip from organisation names?
    nationalities: dict[tuple[str, ...], bool]
    #: the nationality phrases as written, longest first ("South Korean", "Japanese")
    nationality_phrases: tuple[str, ...]
    stopwords: frozenset[str]
    geo: frozenset[str]
    cues_after: tuple[str, ...]
    cues_before: tuple[str, ...]
    korean_surnames: frozenset[str]
    chinese_surnames: frozenset[str]
    japanese_surnames: frozenset[str]
    #: a three- or four-part name starting with one of these is family-first, called by its last word
    vietnamese_surnames: frozenset[str]
    name_tails: frozenset[str]
    #: words a company's short form drops from the end of its name ("Kanade Music Group" -> "Kanade")
    short_tails: frozenset[str]
    #: words after a head word that make the run a law's or award's name ("Trade Union Act")
    document_words: frozenset[str]
    #: name head word (folded) -> the kind nouns that describe it ("administration" -> "agency")
    head_kinds: dict[str, frozenset[str]]
    given_names: frozenset[str]
    #: casefolded courtesy titles, with and without their full stop ("mr", "mr.", "prof")
    honorifics: frozenset[str]
    #: casefolded name particles ("de", "von"); prefixes ("al-") keep their hyphen
    particles: frozenset[str]
    plural_possessives: tuple[str, ...]
    #: words that make a run of capitalised words worth reading for organisations
    org_triggers: frozenset[str]
    #: the first two words ("Korea Herald") of every known spelling of two or more words
    known_pairs: frozenset[str]
    #: capitalised words that are never part of a person's name
    not_names: frozenset[str]
    #: descriptor phrases as tuples of lowercase words ("think", "tank") -> plural?
    descriptors: dict[tuple[str, ...], bool]
    #: the last word of every descriptor phrase (a quick first test)
    descriptor_last: frozenset[str]
    descriptor_max: int
    #: the last two letters of every descriptor phrase (a quicker first test)
    descriptor_tails: frozenset[str]
    #: verbs that, right after a described name, show a person ("the company Musk founded")
    relative_verbs: frozenset[str]
    #: verb of "who heads X" -> the role it gives ("head")
    office_verbs: dict[str, str]
    #: casefolded verb phrases that give their subject the title after them ("will step down as")
    as_verbs: tuple[str, ...]
    #: "-based", "-listed": a capitalised word ending so before a name is left out of it
    locator_suffixes: tuple[str, ...]
    #: lower-case heads after a place name that make a local body ("provincial government")
    local_bodies: tuple[str, ...]
    #: the first word of each local-body head, with a blank after it (a quick substring gate)
    local_body_words: frozenset[str]
    #: capitalised one-word descriptors that stand before a name at a sentence start ("Lenders")
    descriptor_leads: frozenset[str]


def _head_kinds() -> dict[str, frozenset[str]]:
    """``head_kinds.tsv`` turned round: each name head word and the kind nouns it fits."""
    out: dict[str, set[str]] = {}
    for row in rows("head_kinds.tsv"):
        noun = row[0].casefold()
        for head in _cell(row, 1).casefold().split():
            out.setdefault(head, set()).add(noun)
    return {k: frozenset(v) for k, v in out.items()}


def _titles() -> dict[tuple[str, ...], frozenset[str]]:
    out: dict[tuple[str, ...], frozenset[str]] = {}
    for row in rows("titles.tsv"):
        words = tuple(row[0].casefold().split())
        if not words:
            continue
        flags = frozenset(f for f in _cell(row, 2).split(",") if f)
        out[words] = out.get(words, frozenset()) | flags
    return out


#: title domains whose titles before "of" or "at" prove the capitalised words after them an employer
_EMPLOYER_DOMAINS = ("business", "media")


@functools.cache
def lexicon() -> Lexicon:
    """All tables, loaded once (until :func:`reload`)."""
    known: dict[str, list[KnownName]] = {}
    acronyms: dict[str, str] = {}
    for table, company in (
        ("organizations.tsv", False),
        ("media.tsv", False),
        ("pollsters.tsv", False),
        ("clubs.tsv", False),
        ("companies.tsv", True),
    ):
        for row in rows(table):
            canonical = row[0]
            if not canonical:
                continue
            acronym = _cell(row, 2) or None
            spellings = [canonical, *(v for v in _cell(row, 1).split("|") if v)]
            for spelling in spellings:
                first = first_word(spelling)
                known.setdefault(first, []).append(KnownName(spelling, canonical, acronym, company))
            if acronym:
                acronyms.setdefault(acronym, canonical)
    titles = _titles()
    modifiers = {m.casefold() for m in _words("modifiers.txt")}
    cues_after: list[str] = []
    cues_before: list[str] = []
    for row in rows("speech_cues.tsv"):
        where = _cell(row, 1) or "both"
        if where in ("after", "both"):
            cues_after.append(row[0])
        if where in ("before", "both"):
            cues_before.append(row[0])
    nationalities = {tuple(r[0].split()): _cell(r, 1) != "no" for r in rows("nationalities.tsv") if r[0]}
    heads = _words("heads.txt")
    honorifics = _words("honorifics.txt")
    # a courtesy title never starts a name, with its full stop ("Mr.") or without ("Mr")
    stopwords = _words("stopwords.txt") | honorifics | {f"{h}." for h in honorifics}
    geo = _words("geo_words.txt")
    not_names = set(heads | stopwords | geo)
    not_names.update(w for phrase in nationalities for w in phrase)
    not_names.update(w.capitalize() for t in titles for w in t)
    not_names.update({"of", "for", "and", "on", "&", "the"})
    descriptors = {
        tuple(r[0].casefold().split()): r[0].endswith("s") and not r[0].endswith("ss")
        for r in rows("descriptors.txt")
        if r[0].strip()
    }
    return Lexicon(
        heads=heads,
        known={k: tuple(sorted(v, key=lambda n: -len(n.text))) for k, v in known.items()},
        acronyms=acronyms,
        titles=titles,
        title_max=max((len(t) for t in titles), default=1),
        business_titles=frozenset(
            tuple(r[0].casefold().split()) for r in rows("titles.tsv") if _cell(r, 1) in _EMPLOYER_DOMAINS
        ),
        business_title_firsts=frozenset(
            r[0].casefold().split()[0]
            for r in rows("titles.tsv")
            if _cell(r, 1) in _EMPLOYER_DOMAINS and r[0].split()
        ),
        business_title_lasts=frozenset(
            r[0].casefold().split()[-1]
            for r in rows("titles.tsv")
            if _cell(r, 1) in _EMPLOYER_DOMAINS and r[0].split()
        ),
        title_last=frozenset(t[-1] for t in titles),
        title_words=frozenset(t[0] for t in titles),
        modifiers=frozenset(m for m in modifiers if not m.endswith("-")),
        prefix_modifiers=tuple(sorted((m for m in modifiers if m.endswith("-")), key=len, reverse=True)),
        compounds=frozenset(c.casefold() for c in _words("title_compounds.txt")),
        nationalities=nationalities,
        nationality_phrases=tuple(sorted((" ".join(n) for n in nationalities), key=lambda n: (-len(n), n))),
        stopwords=stopwords,
        geo=geo,
        cues_after=tuple(sorted(set(cues_after), key=len, reverse=True)),
        cues_before=tuple(sorted(set(cues_before), key=len, reverse=True)),
        korean_surnames=_words("korean_surnames.txt"),
        chinese_surnames=_words("chinese_surnames.txt"),
        japanese_surnames=_words("japanese_surnames.txt"),
        vietnamese_surnames=_words("vietnamese_surnames.txt"),
        name_tails=_words("name_tails.txt"),
        short_tails=_words("short_tails.txt"),
        document_words=_words("document_words.txt"),
        head_kinds=_head_kinds(),
        given_names=_words("given_names.txt"),
        honorifics=frozenset(f for h in honorifics for f in (h.casefold(), f"{h.casefold()}.")),
        particles=frozenset(w.casefold() for w in _words("name_particles.txt")),
        plural_possessives=tuple(sorted(_words("plural_possessives.txt"))),
        org_triggers=frozenset(heads | {n.text for v in known.values() for n in v if " " not in n.text}),
        known_pairs=frozenset(
            " ".join(n.text.split()[:2]) for v in known.values() for n in v if " " in n.text
        ),
        not_names=frozenset(not_names),
        descriptors=descriptors,
        descriptor_last=frozenset(d[-1] for d in descriptors),
        descriptor_max=max((len(d) for d in descriptors), default=1),
        descriptor_tails=frozenset(d[-1][-2:] for d in descriptors),
        relative_verbs=_words("relative_verbs.txt"),
        locator_suffixes=tuple(sorted({f"-{w.casefold()}" for w in _words("locator_suffixes.txt")})),
        local_bodies=tuple(sorted({w.casefold() for w in _words("local_bodies.txt")}, key=len, reverse=True)),
        local_body_words=frozenset(f" {w.split()[0].casefold()} " for w in _words("local_bodies.txt")),
        office_verbs={r[0].casefold(): _cell(r, 1) for r in rows("office_verbs.tsv") if _cell(r, 1)},
        as_verbs=tuple(sorted({w.casefold() for w in _words("as_verbs.txt")}, key=len, reverse=True)),
        descriptor_leads=frozenset(
            r[0].capitalize()
            for r in rows("descriptors.txt")
            if _cell(r, 1) == "lead" and r[0].capitalize() not in heads
        ),
    )
