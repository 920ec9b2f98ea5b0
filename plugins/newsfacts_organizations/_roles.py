"""Role claims: which title a person holds, and where, read next to each person mention.

For every mention of a person entity (found by any plugin) two places are read: the
words right before the name ("Samsung Electronics Chairman Lee Jae-yong", "former
President Park Geun-hye") and an appositive right after it ("Kim Jin-hyang, chairman of
the Kaeseong Industrial District Foundation"). Organisations are the organisation
entities whose mentions start or end at the right offset, so any plugin's
organisations count.
"""

from __future__ import annotations

import bisect
import functools
from collections.abc import Sequence

import regex

from newsfacts import Article, Entity, RoleClaim
from newsfacts_organizations._data import Lexicon, lexicon
from newsfacts_organizations._finder import _NATIVE_NAME, _appositive_re, _descriptor_before
from newsfacts_organizations._titles import (
    _ARTICLES,
    Word,
    appositive,
    may_end_title,
    skip_qualifiers,
    title_after,
    title_before,
    words_after,
    words_before,
)

__all__ = ["find_roles"]


@functools.cache
def _org_after_res() -> tuple[regex.Pattern[str], ...]:
    """The link from a title to the organisation after it: "of the", "at", "of economics at"
    and "of the air quality forecast center at"."""
    return (
        regex.compile(r"[ \t]{1,3}(?:of|at|for|with|in|from)[ \t]{1,3}(?:the[ \t]{1,3})?"),
        regex.compile(
            r"[ \t]{1,3}(?:of|in|for)[ \t]{1,3}(?:the[ \t]{1,3})?\p{L}+(?:[ \t]{1,3}\p{L}+){0,4}?[ \t]{1,3}(?:at|for|with)[ \t]{1,3}(?:the[ \t]{1,3})?"
        ),
        # "of the main opposition Democratic Party", "at the state-run Korea Development
        # Institute", "of the city's Transportation Office"
        regex.compile(
            r"[ \t]{1,3}(?:of|at|for|with|in|from)[ \t]{1,3}(?:the[ \t]{1,3})?(?:\p{Ll}[\p{L}'’-]*[ \t]{1,3}){1,3}?(?=\p{Lu})"
        ),
        # "of Seoul's Transportation Office": a place's possessive before the name
        regex.compile(
            r"[ \t]{1,3}(?:of|at|for|with|in|from)[ \t]{1,3}(?:the[ \t]{1,3})?\p{Lu}\p{Ll}+['’]s[ \t]{1,3}(?=\p{Lu})"
        ),
        # "at the Washington-based Pacific Security Forum": a locator word before the name
        regex.compile(
            r"[ \t]{1,3}(?:of|at|for|with|in|from)[ \t]{1,3}(?:the[ \t]{1,3})?\p{Lu}[\p{L}.]*-\p{Ll}+[ \t]{1,3}(?=\p{Lu})"
        ),
    )


@functools.cache
def _affiliation_re() -> regex.Pattern[str]:
    """A name's affiliation right after it: "Rep. Ahn Cheol-soo of the People Party"."""
    return regex.compile(r"[ \t]{1,3}(?:of|from|at)[ \t]{1,3}(?:the[ \t]{1,3})?")


def _before_possessive(text: str, pos: int) -> int:
    """Where a name ends that stands right before ``pos``, across spaces and a possessive ("Samsung's ")."""
    i = pos
    while i > 0 and pos - i < 3 and text[i - 1] in " \t":
        i -= 1
    if i == pos:
        return -1
    if text.endswith(("'s", "’s"), 0, i):
        return i - 2
    if text.endswith(("'", "’"), 0, i):
        return i - 1
    if text.endswith(")", 0, i):
        # "Ministry of Economic Affairs (MOEA) Deputy Director-General": the name before its acronym
        acronym = _ACRONYM_BEFORE.search(text, max(0, i - 16), i)
        if acronym is not None:
            return acronym.start()
    return i


#: an acronym in brackets ending where a title starts: " (MOEA)"
_ACRONYM_BEFORE = regex.compile(r"[ \t]\(\p{Lu}[\p{Lu}\p{N}&.-]{1,11}\)\Z")


class _Index:
    """Organisation mentions by start, by end, and as sorted spans (to ask "inside an organisation?")."""

    def __init__(
        self, entities: Sequence[Entity], text: str | None = None, credits: Sequence[tuple[int, int]] = ()
    ) -> None:
        """``credits``: spans (photo credits, bylines) whose organisations are the page's
        sources, never the story's company."""
        self._credits = sorted(credits)
        self.by_start: dict[int, tuple[int, str]] = {}
        self.by_end: dict[int, tuple[int, str]] = {}
        spans: list[tuple[int, int]] = []
        for ent in entities:
            if ent.kind != "organization":
                continue
            for sp in ent.mentions:
                self.by_start.setdefault(sp.start, (sp.end, ent.id))
                self.by_end.setdefault(sp.end, (sp.start, ent.id))
                spans.append((sp.start, sp.end))
        spans.sort()
        self.starts = [s for s, _ in spans]
        self.spans = spans
        self._entities = entities
        self._text = text
        self._mentions: list[tuple[int, str]] | None = None
        self._head_words: dict[str, frozenset[str]] = {}
        self._by_id: dict[str, Entity] | None = None

    def _heads_of(self, ent_id: str) -> frozenset[str]:
        """An organisation's head words: the last word of its name, every listed head word in
        its name or variants ("Unification Ministry" and "Ministry of Unification" both give
        "ministry"), and the descriptor nouns the article put before its mentions ("K-pop
        agency Mirae Sound ... the agency's co-CEO"). Worked out only when asked, as few
        articles hold such a possessive."""
        found = self._head_words.get(ent_id)
        if found is not None:
            return found
        if self._by_id is None:
            self._by_id = {e.id: e for e in self._entities if e.kind == "organization"}
        lex = lexicon()
        words: set[str] = set()
        ent = self._by_id.get(ent_id)
        if ent is not None:
            names = (ent.name, *getattr(ent.data, "variants", ()))
            words = {w.casefold() for n in names for w in _head_words(n.split(), lex.heads)}
            if any(k.company for n in names for k in lex.known.get(n.split(" ", 1)[0], ()) if k.text == n):
                words.add("company")  # a listed company ("Cosmax ... the company's head of sales")
            if self._text is not None:
                for sp in ent.mentions:
                    for noun in (
                        _descriptor_noun(self._text, sp.start, lex),
                        _appositive_noun(self._text, sp.end, lex),
                    ):
                        if noun:
                            words.add(noun)
            # "the agency" is a Korea Meteorological Administration too, and "the company" a
            # sunscreen maker (head_kinds.tsv)
            words.update(kind for w in list(words) for kind in lex.head_kinds.get(w, ()))
        found = self._head_words[ent_id] = frozenset(words)
        return found

    def _org_mentions(self) -> list[tuple[int, str]]:
        """Every organisation mention as (start, entity id), in text order (built when first asked)."""
        if self._mentions is None:
            self._mentions = sorted(
                (sp.start, ent.id)
                for ent in self._entities
                if ent.kind == "organization"
                for sp in ent.mentions
            )
        return self._mentions

    def _name_of(self, eid: str) -> str:
        if self._by_id is None:
            self._by_id = {e.id: e for e in self._entities if e.kind == "organization"}
        ent = self._by_id.get(eid)
        return ent.name if ent is not None else ""

    def _credited(self, pos: int) -> bool:
        """True when ``pos`` lies in a photo credit or a byline."""
        k = bisect.bisect_right(self._credits, (pos, 1 << 62)) - 1
        return k >= 0 and pos < self._credits[k][1]

    def latest_with_head(self, word: str, before: int, nation: str | None = None) -> str | None:
        """The organisation mentioned last before ``before`` with ``word`` as a head word of its name.

        With ``nation`` ("South Korean", "Japanese"), only one of that country: named after its
        nationality or its possessive ("Japan's Foreign Ministry"), or, for the home
        nationalities, one no other nationality or country owns."""
        fold = word.casefold()
        mentions = self._org_mentions()
        i = bisect.bisect_left(mentions, (before, "")) - 1
        stop = max(-1, i - 50)  # look back over at most 50 organisation mentions
        text = self._text
        fallback: str | None = None
        while i > stop:
            pos, eid = mentions[i]
            if self._credited(pos):
                i -= 1
                continue  # "Photo: Yonhap": the picture's source, not the story's company
            if (
                fold in self._heads_of(eid)
                and not (text is not None and _quoted(text, pos))
                and (nation is None or text is None or _owned_by(text, pos, self._name_of(eid), nation))
            ):
                # one a speaker's words name is not meant: "found us on TikTok"
                if fold not in _GENERIC_OWNERS or (text is not None and _opens_sentence(text, pos)):
                    return eid
                # "the company's founder" is the company a sentence was about ("Sora Beauty,
                # a sunscreen maker whose products sell on Amazon, said"), else the latest
                fallback = fallback or eid
            i -= 1
        return fallback

    def latest(self, before: int, reach: int = 300) -> str | None:
        """The organisation mentioned last before ``before``, at most ``reach`` characters back
        and outside quotation marks and credits: what a sentence's "Its" refers to."""
        mentions = self._org_mentions()
        i = bisect.bisect_left(mentions, (before, "")) - 1
        text = self._text
        for k in range(i, max(-1, i - 5), -1):
            pos, eid = mentions[k]
            if pos < before - reach:
                break
            if not self._credited(pos) and not (text is not None and _quoted(text, pos)):
                return eid
        return None

    def latest_named(self, word: str, before: int) -> str | None:
        """The organisation mentioned last before ``before`` whose name opens with ``word``
        ("Daeyang's chief executive" after "Daeyang Cell Tech"), among the last few named."""
        mentions = self._org_mentions()
        i = bisect.bisect_left(mentions, (before, "")) - 1
        for k in range(i, max(-1, i - 20), -1):
            eid = mentions[k][1]
            if self._name_of(eid).split(" ", 1)[0] == word:
                return eid
        return None

    def covering(self, pos: int) -> tuple[int, int] | None:
        """The organisation span containing offset ``pos``, if any."""
        i = bisect.bisect_right(self.starts, pos) - 1
        if i >= 0 and self.spans[i][0] <= pos < self.spans[i][1]:
            return self.spans[i]
        return None


#: nationalities that name the home country, whose bodies the tables list unprefixed
_HOME_NATIONS = frozenset({"south korean", "korean"})


def _owned_by(text: str, pos: int, name: str, nation: str) -> bool:
    """True when the organisation ``name`` mentioned at ``pos`` belongs to ``nation``: its
    name or the words right before the mention say so ("Japanese Foreign Ministry",
    "Japan's Foreign Ministry"); a home nationality fits a body no other country owns."""
    fold = " ".join(nation.split()).casefold()
    words = text[max(0, pos - 24) : pos].casefold().split()[-2:]
    owned = ""
    if words and text[pos - 1 : pos].isspace():
        last = words[-1]
        bare = last.removesuffix("'s").removesuffix("’s")
        phrase = f"{words[0]} {bare}" if len(words) == 2 and words[0] in ("south", "north") else bare
        if bare != last or phrase in _COUNTRY_OF or phrase in _HOME_NATIONS:
            owned = _COUNTRY_OF.get(phrase, phrase)  # "Japan's", "Japanese": Japan owns it
    first = name.casefold()
    if fold in _HOME_NATIONS:
        return not owned or owned in ("south korea", "korea", "seoul", "south korean", "korean")
    return first.startswith(fold) or owned == _COUNTRY_OF.get(fold, fold)


#: a nationality and the country whose possessive names the same owner
_COUNTRY_OF = {
    "japanese": "japan",
    "chinese": "china",
    "russian": "russia",
    "american": "america",
    "north korean": "north korea",
    "british": "britain",
    "french": "france",
    "german": "germany",
}


def _descriptor_noun(text: str, start: int, lex: Lexicon) -> str | None:
    """The singular last word of a descriptor right before ``start`` ("the K-pop *agency*
    Mirae Sound", "chipmaker SK hynix"), per ``descriptors.txt``; ``None`` if there is none."""
    if text[start - 1 : start] not in (" ", "\t"):
        return None
    plural = _descriptor_before(text, start, start, lex)
    if plural is None:
        return None
    noun = text[max(0, start - 40) : start].split()[-1].casefold()
    return noun[:-1] if plural and noun.endswith("s") else noun


#: titles only a company's officers hold: without an organisation they are the story's company's
_CORPORATE_TITLES = frozenset(
    {
        "chief executive officer",
        "chief executive",
        "ceo",
        "chief financial officer",
        "cfo",
        "chief operating officer",
        "coo",
        "chief technology officer",
        "cto",
        "chief strategy officer",
        "chief investment officer",
    }
)


def _named_before(text: str, start: int) -> bool:
    """True when a capitalised word that opens no sentence stands right before ``start`` on
    its line: "Rheintal Netztechnik CEO Jörg Weber" names a company the tables may not know,
    so the CEO is not the story's company's."""
    seg = text[max(0, start - 40) : start]
    stripped = seg.rstrip(" \t")
    if stripped == seg or not stripped or stripped[-1] == "\n":
        return False
    word = _bare_owner(stripped.split()[-1])  # "Banksia Lane's chief executive" names one too
    if not (word[:1].isupper() and word.replace("-", "").replace("&", "").isalpha()):
        return False
    rest = stripped[: len(stripped) - len(word)].rstrip(" \t")
    return bool(rest) and rest[-1] not in '.!?:\n"“'


#: owner nouns that fit any company: the company a sentence opened with is meant
_GENERIC_OWNERS = frozenset({"company", "firm"})


def _bare_owner(word: str) -> str:
    """A possessive word without its ending: "Daeyang's" -> "Daeyang"."""
    for ending in ("'s", "’s", "'", "’"):
        if word.endswith(ending):
            return word[: -len(ending)]
    return word


def _opens_sentence(text: str, pos: int) -> bool:
    """True when only blanks and opening quotes stand between ``pos`` and a sentence end."""
    i = pos - 1
    while i >= 0 and text[i] in ' \t\u00a0"“‘(':
        i -= 1
    return i < 0 or text[i] in ".!?\n:;"


def _quoted(text: str, pos: int) -> bool:
    """True when ``pos`` stands inside quotation marks of its paragraph (read at most 2,000
    characters back)."""
    start = text.rfind("\n", max(0, pos - 2000), pos) + 1
    before = text[start:pos]
    return before.count("\u201c") > before.count("\u201d") or before.count('"') % 2 == 1


def _appositive_noun(text: str, end: int, lex: Lexicon) -> str | None:
    """The singular last word of a descriptor closing an appositive right after ``end``
    ("Vostok Intur, a Vladivostok-based *agency* that ..."); ``None`` if there is none."""
    m = _appositive_re().match(text, end)
    if m is None:
        return None
    plural = _descriptor_before(text, m.start(1), m.end(1), lex)
    if plural is None:
        return None
    noun = text[m.start(1) : m.end(1)].split()[-1].casefold()
    return noun[:-1] if plural and noun.endswith("s") else noun


def _head_words(words: list[str], heads: frozenset[str]) -> list[str]:
    """The listed head words of a name, and its last word ("Kaeseong Industrial District Foundation")."""
    return [w for k, w in enumerate(words) if w in heads or k == len(words) - 1]


def _role_text(text: str) -> str:
    return " ".join(text.split())


def find_roles(article: Article, entities: Sequence[Entity]) -> list[RoleClaim]:
    """Every role claim the article makes about its person entities, without duplicates."""
    persons = [(sp.start, sp.end, e.id) for e in entities if e.kind == "person" for sp in e.mentions]
    if not persons:
        return []
    persons.sort()
    starts = {p[0] for p in persons}
    person_starts = sorted(starts)
    credits = [(r.start, r.end) for r in article.regions if r.kind in ("credit", "byline")]
    orgs = _Index(entities, article.text, credits)
    out: list[RoleClaim] = []
    seen: set[tuple[str, str, str | None]] = set()
    #: claims read at a surname alone ("Mr Lee, the retired admiral,"), by position in ``out``
    at_surname: set[int] = set()
    surname_only = False

    def add(start: int, end: int, person: str, role: str, org: str | None) -> None:
        if org is None and role.casefold() in _CORPORATE_TITLES and not _named_before(article.text, start):
            # "Chief Executive Officer Shin Jaewon said": an officer of the company the story
            # is about (the last one that opened a sentence), when the article names one
            org = orgs.latest_with_head("company", start)
        k = (person, role.casefold(), org)
        if role and k not in seen:
            seen.add(k)
            if surname_only:
                at_surname.add(len(out))
            out.append(RoleClaim(span=article.span(start, end), person=person, role=role, organization=org))

    for s, e, pid in persons:
        surname_only = " " not in article.text[s:e] and "-" not in article.text[s:e]
        found = _before(article, s, e, orgs)
        before_start = found[0] if found is not None else s
        if found is not None:
            add(found[0], found[1], pid, found[2], found[3])
            if found[3] is None:
                # a rank between an office and the name: "JCS spokesperson Col. Lee Hyun-woo"
                outer = _before(article, found[0], e, orgs)
                if outer is not None:
                    add(outer[0], outer[1], pid, outer[2], outer[3])
        found = _after(article, s, e, orgs)
        if found is not None:
            add(found[0], found[1], pid, found[2], found[3])
            more = _second_title(article, s, found[1], orgs)
            if more is not None and not _names_next(article.text, more[1], starts):
                add(more[0], more[1], pid, more[2], more[3])
        found = _relative(article.text, s, e, orgs)
        if found is not None:
            add(found[0], found[1], pid, found[2], found[3])
        found = _as_title(article.text, s, e, orgs, person_starts)
        if found is not None:
            add(found[0], found[1], pid, found[2], found[3])
        found = _listed_title(article.text, before_start, s, e, orgs)
        if found is not None:
            add(found[0], found[1], pid, found[2], found[3])
    # "Chairman Ko" in a caption adds nothing to "Taeil Group Chairman Ko": a role without an
    # organisation is dropped where the article gives the same person the same title at one
    placed = {(c.person, c.role.casefold()) for c in out if c.organization is not None}
    # "Lee Jae-won, a retired rear-admiral" ... "Mr Lee, the retired admiral": a description at
    # the surname alone repeats what the full name was given, when it was given anything
    titled = {c.person for k, c in enumerate(out) if k not in at_surname}
    return [
        c
        for k, c in enumerate(out)
        if (c.organization is not None or (c.person, c.role.casefold()) not in placed)
        and not (k in at_surname and c.person in titled)
    ]


@functools.cache
def _relative_re() -> regex.Pattern[str]:
    """ ", 67, who heads the ": a relative clause after a name (an age may stand between)."""
    return regex.compile(
        r",[ \t]{1,3}(?:\d{1,3},[ \t]{1,3})?who[ \t]{1,3}(?:now[ \t]{1,3}|also[ \t]{1,3}|currently[ \t]{1,3})?"
        r"(\p{Ll}+(?:-\p{Ll}+)?)[ \t]{1,3}(?:the[ \t]{1,3})?"
    )


def _relative(text: str, s: int, e: int, orgs: _Index) -> tuple[int, int, str, str | None] | None:
    """An office given by a relative clause: "Lee Jae-chul, 67, who heads the X Association".

    The verb's role comes from ``office_verbs.tsv``; the clause counts only when an
    organisation's mention starts right after the verb, so "who leads the talks" gives nothing.
    """
    if not text.startswith(",", e):
        return None
    m = _relative_re().match(text, e)
    if m is None:
        return None
    role = lexicon().office_verbs.get(m.group(1))
    hit = orgs.by_start.get(m.end()) if role else None
    if role is None or hit is None:
        return None
    return s, hit[0], role, hit[1]


#: a verb phrase of ``as_verbs.txt`` ending in "as" or a participle of appointment, then
#: perhaps an article: " will step down as ", ", who was named the "
_AS_VERB = regex.compile(
    r",?(?:[ \t]{1,3}who)?[ \t]{1,3}((?:\p{Ll}+[ \t]{1,3}){0,3}?(?:as|named|appointed|elected|reappointed))"
    r"[ \t]{1,3}(?:(?:the|its|a|an)[ \t]{1,3})?(?=\p{L})"
)
#: the last word of every verb phrase of ``as_verbs.txt``: a cheap first test
_AS_HINT = regex.compile(r"\b(?:as|named|appointed|elected|reappointed)\b")
#: how far after the name, across an appositive, the verb phrase may stand
_AS_REACH = 250
_SENTENCE_END = regex.compile(r"[.!?][ \t\n]|\n|[;:]")


def _as_title(
    text: str, s: int, e: int, orgs: _Index, person_starts: list[int]
) -> tuple[int, int, str, str | None] | None:
    """A title the name's verb phrase gives it: "Han Tae-woo ... will step down as chief
    executive", "Kim Min-ji was named chief executive of Daon Bank" (``as_verbs.txt``).

    The verb phrase follows the name at once or after an appositive closed by a comma, in
    the same sentence and with no other person named between.
    """
    verbs = lexicon().as_verbs
    m = _AS_VERB.match(text, e)  # " will step down as", ", who was named"
    if m is not None and " ".join(m.group(1).casefold().split()) not in verbs:
        m = None
    if m is None:
        if not text.startswith(",", e):
            return None
        # the verb must come before the sentence ends and before another person is named
        stop = _SENTENCE_END.search(text, e, e + _AS_REACH)
        limit = stop.start() if stop is not None else e + _AS_REACH
        i = bisect.bisect_right(person_starts, e)
        if i < len(person_starts):
            limit = min(limit, person_starts[i])
        if _AS_HINT.search(text, e, limit) is None:
            return None  # most appositives: no such verb anywhere near
        close = text.find(",", e + 1, limit)
        while m is None:
            if close < 0:
                return None
            m = _AS_VERB.match(text, close)
            if m is not None and " ".join(m.group(1).casefold().split()) not in verbs:
                m = None
            close = text.find(",", close + 1, limit)
    lex = lexicon()
    words = words_after(text, m.end(), lex)
    title = title_after(words, lex, 0) if words and words[0].start == m.end() else None
    if title is None:
        return None
    role_end = title.end
    dept = _department_re().match(text, role_end)
    if dept is not None:
        role_end = dept.end()
    org, end = _org_after(text, role_end, orgs)
    return s, end, _role_text(text[title.start : role_end]), org


#: a plural title and its comma, at the end of the searched slice: "floor leaders, "
_PLURAL_TITLE = regex.compile(r"(?<![\p{L}'’-])(?:(\p{Ll}+)[ \t])?(\p{Ll}+s),[ \t]")
#: the word before a plural title that makes it the subject a list of names explains
_LIST_OPENERS = frozenset({"the", "both", "two", "three", "four", "five", "their", "its", "his", "her"})
_WORD_BEFORE = regex.compile(r"(\S+)[ \t]+\Z")
#: a sentence end inside a list of names: a long lower-case word, a full stop and a blank
_LIST_BREAK = regex.compile(r"\p{Ll}{4}\.\s|[;:()\[\]]")


def _listed_title(
    text: str, item: int, s: int, e: int, orgs: _Index
) -> tuple[int, int, str, str | None] | None:
    """A plural title before a list of names gives each its singular: "The two parties'
    floor leaders, Rep. Park of the DP and Rep. Choo of the PPP, met" -> *floor leader* at
    each one's party (its affiliation after the name). ``item`` is where the list item
    starts (a rank before the name, or the name)."""
    if not text.endswith((", ", " and "), 0, item):
        return None  # a list item follows a comma or "and" (the cheap test first)
    lo = max(0, item - 160)
    if text.find("s, ", lo, item) < 0:
        return None
    for m in _PLURAL_TITLE.finditer(text, lo, item):
        opener = _WORD_BEFORE.search(text, max(0, m.start() - 24), m.start())
        if opener is None or not (
            opener.group(1).casefold() in _LIST_OPENERS or opener.group(1).endswith(("'", "’", "'s", "’s"))
        ):
            continue  # "He met reporters, Kim said": no plural subject before the list
        between = text[m.end() : item]
        if between and not between.endswith((" and ", ", ")):
            continue
        if _LIST_BREAK.search(between):
            continue
        title = _singular_title(m.group(1), m.group(2))
        if title is None:
            continue
        org: str | None = None
        end = e
        hit = _affiliation(text, e, orgs)
        if hit is not None:
            end, org = hit
        return m.start(1) if m.group(1) and " " in title else m.start(2), end, title, org
    return None


def _singular_title(modifier: str | None, plural: str) -> str | None:
    """The listed title a plural names ("floor leaders" -> "floor leader"), or ``None``."""
    titles = lexicon().titles
    for single in (plural[:-1], plural[:-3] + "y" if plural.endswith("ies") else None):
        if not single:
            continue
        if modifier and (modifier, single) in titles:
            return f"{modifier} {single}"
        if (single,) in titles:
            return single
    return None


def _names_next(text: str, pos: int, starts: set[int]) -> bool:
    """True when a person's name follows ``pos`` (the title belongs to that person: "and Marshal Ri")."""
    i = pos
    while i < len(text) and i - pos < 3 and text[i] in " \t":
        i += 1
    return i > pos and i in starts


@functools.cache
def _and_re() -> regex.Pattern[str]:
    return regex.compile(r",?[ \t]{1,3}and[ \t]{1,3}")


def _second_title(
    article: Article, s: int, end: int, orgs: _Index
) -> tuple[int, int, str, str | None] | None:
    """A second title joined by "and": "..., general secretary of the WPK and president of the SAC"."""
    text = article.text
    m = _and_re().match(text, end)
    if m is None:
        return None
    lex = lexicon()
    words = words_after(text, m.end(), lex)
    if not words:
        return None
    fold = words[0].fold
    if fold not in lex.title_words and fold not in lex.modifiers:
        return None
    title = title_after(words, lex, 0)
    if title is None:
        return None
    org_id, stop = _org_after(text, title.end, orgs)
    return s, stop, _role_text(text[title.start : title.end]), org_id


def _org_after(text: str, pos: int, orgs: _Index) -> tuple[str | None, int]:
    """The organisation linked to a title ending at ``pos`` ("of the X", "at X"), and where the evidence ends."""
    for pattern in _org_after_res():
        m = pattern.match(text, pos)
        hit = orgs.by_start.get(m.end()) if m is not None else None
        if hit is not None:
            unit = orgs.by_start.get(hit[0] + 3) if text.startswith(("'s ", "’s "), hit[0]) else None
            if unit is not None:
                return unit[1], unit[0]  # "head of the KNPA's Cyber Investigation Bureau": the unit
            return hit[1], hit[0]
    m = _the_head_re().match(text, pos)
    if m is not None and m.group(1).capitalize() in lexicon().heads:
        # "chairman of the foundation": the foundation named last
        found = orgs.latest_with_head(m.group(1), pos)
        if found is not None:
            return found, m.end()
    m = _the_national_head_re(lexicon().nationality_phrases).match(text, pos)
    if m is not None and m.group(2).capitalize() in lexicon().heads:
        # "a spokesman for the South Korean ministry": the ministry of that country named last
        found = orgs.latest_with_head(m.group(2), pos, nation=m.group(1))
        if found is not None:
            return found, m.end()
    return None, pos


@functools.cache
def _the_national_head_re(nations: tuple[str, ...]) -> regex.Pattern[str]:
    """ " for the South Korean ministry": a nationality of ``nations``, then a lower-case head word."""
    alternation = "|".join(regex.escape(n).replace("\\ ", "[ \t]{1,3}") for n in nations)
    return regex.compile(
        rf"[ \t]{{1,3}}(?:of|at|for|with)[ \t]{{1,3}}the[ \t]{{1,3}}({alternation})[ \t]{{1,3}}(\p{{Ll}}+)\b"
    )


@functools.cache
def _the_head_re() -> regex.Pattern[str]:
    # "director-general for college admissions policy at the ministry": a portfolio may come first
    return regex.compile(
        r"(?:[ \t]{1,3}(?:of|in|for)(?:[ \t]{1,3}\p{Ll}+){1,4}?)?[ \t]{1,3}(?:of|at|for)[ \t]{1,3}the[ \t]{1,3}(\p{Ll}+)\b"
    )


def _before(article: Article, s: int, e: int, orgs: _Index) -> tuple[int, int, str, str | None] | None:
    """A title right before the name, with the organisation before the title if there is one."""
    text = article.text
    lex = lexicon()
    words = words_before(text, s, lex) if may_end_title(text, s, lex) else []
    if not words or text[words[-1].end : s].strip(" \t\u00a0"):
        return _owned_title(text, s, e, orgs)
    title = title_before(words, lex)
    if title is None:
        return None
    start = title.start
    inside = orgs.covering(start)
    if inside is not None:
        # portfolio words taken from an organisation's name: the title starts after it
        nxt = [w for w in words[title.first : title.last] if w.start >= inside[1]]
        if not nxt:
            return None
        start = nxt[0].start
    role = _role_text(text[start : title.end])
    org: str | None = None
    ev_start, ev_end = start, e
    hit = orgs.by_end.get(_before_possessive(text, start))
    if hit is not None:
        org, ev_start = hit[1], hit[0]
    if org is None:
        hit = _affiliation(text, e, orgs)
        if hit is not None:
            org, ev_end = hit[1], hit[0]
    if org is None:
        m = _WORKS_IN_THE.match(text, e)
        if m is not None and m.group(1).capitalize() in lex.heads:
            # "Senior Superintendent Yoon Tae-kyung, who heads the agency's cybercrime unit":
            # the agency named last
            org = orgs.latest_with_head(m.group(1), s)
            if org is not None:
                ev_end = m.end()
    if org is None:
        head, _, rest = role.partition(" ")
        if rest and (head in lex.heads or (head.islower() and head.capitalize() in lex.heads)):
            # "Ministry spokesperson Jang Yoon-hee", after "the Unification Ministry said":
            # a head word alone before the title is the organisation named last with it
            found = orgs.latest_with_head(head, start)
            if found is not None:
                # "union president" keeps its lower-case head as part of the title
                org, role = found, (role if head.islower() else rest)
    return ev_start, ev_end, role, org


#: a relative clause after a titled name placing the person in an organisation named before
#: by its head word alone: ", who heads the agency's cyber unit", ", who works at the ministry"
_WORKS_IN_THE = regex.compile(
    r",[ \t]{1,3}(?:\d{1,3},[ \t]{1,3})?who[ \t]{1,3}(?:now[ \t]{1,3}|also[ \t]{1,3}|currently[ \t]{1,3})?"
    r"(?:heads|leads|runs|directs|manages|oversees|chairs|works[ \t]{1,3}(?:at|for|in)|serves[ \t]{1,3}(?:at|in|on))"
    r"[ \t]{1,3}the[ \t]{1,3}(\p{Ll}+)(?:['’]s)?(?![\p{L}-])"
)


def _owner_noun(words: list[Word], i: int) -> int:
    """After "the": one or two lowercase words and a lowercase possessive ("ruling party's"); the index after it, else ``i``."""
    if i == 0 or words[i - 1].fold != "the":
        return i
    for k in range(i, min(i + 3, len(words))):
        w = words[k]
        if not w.text.islower() or w.closed:
            return i
        if w.possessive:
            return k + 1 if k > i else i
    return i


_OWNERS = frozenset({"his", "her", "their", "its"})


def _owned_title(text: str, s: int, e: int, orgs: _Index) -> tuple[int, int, str, str | None] | None:
    """A title set off by commas after an owner: "Yoo's lawyer, Shin Dong-hoon, said" -> *lawyer*.

    An affiliation after the name is the role's organisation ("Ko's lawyer, Yeom Tae-jun of
    the law firm Lee & Ko," -> *lawyer* at Lee & Ko); failing that, an organisation owner is
    ("The Democratic Party's candidate, Park Dong-chan," -> *candidate* at the party, "the
    ministry's spokesman" the ministry named last); a person owner never is.
    """
    org: str | None = None
    end = e
    if not text.startswith(",", e):
        hit = _affiliation(text, e, orgs, descriptor=True)
        if hit is None or not text.startswith(",", hit[0]):
            return None
        end, org = hit
    if not text.startswith(",", end):
        return None
    lex = lexicon()
    honorific = _HONORIFIC_BEFORE.search(text, max(0, s - 8), s)
    if honorific is not None and honorific.group(1).casefold().rstrip(".") in lex.honorifics:
        s = honorific.start(1)  # "The head of the association, Mr Kelvin Tan, said"
    comma = s
    while comma > 0 and s - comma < 3 and text[comma - 1] in " \t":
        comma -= 1
    if comma == s or comma == 0 or text[comma - 1] != ",":
        return None
    comma -= 1
    of_org = _title_of_org(text, comma, end, orgs, lex)
    if of_org is not None:
        return of_org
    words = words_before(text, comma, lex)
    if len(words) < 2 or text[words[-1].end : comma]:
        return None
    title = title_before(words, lex)
    if title is None or title.first == 0:
        return None
    at = title.first - 1  # the owner's word
    title_start = title.start
    if (
        at >= 1
        and not words[at].possessive
        and (words[at].text,) in lex.nationalities
        and words[at - 1].possessive
    ):
        # "Eurotrak's Australian director, Hélène Marchand,": the nationality is the title's
        title_start, at = words[at].start, at - 1
    owner = words[at]
    lead = words[0]
    if (
        lead.fold == "the"
        and org is None
        and title.first <= 3
        and all(w.text.isalpha() and w.text.islower() and not w.possessive for w in words[1 : title.first])
        and _opens_sentence(text, lead.start)
    ):
        # "The defence minister, Han Sang-jin, told": a title the sentence opens with, and
        # no organisation named (a lower-case portfolio word belongs to the title)
        begin = words[1].start
        return begin, end, _role_text(text[begin : title.end]), None
    if not (owner.possessive or owner.fold in _OWNERS):
        return None
    start = title_start
    if org is None and owner.possessive:
        hit = orgs.by_end.get(_before_possessive(text, title_start))
        if hit is not None:
            # "The Democratic Party of Korea's candidate, Park Dong-chan,": the party's
            org, start = hit[1], hit[0]
        elif (
            owner.text[:1].isupper() and (named := orgs.latest_named(_bare_owner(owner.text), s)) is not None
        ):
            # "Daeyang's chief executive, Yang Sung-chul," after "Daeyang Cell Tech": the
            # company by the first word of its name
            org, start = named, owner.start
        elif owner.text.islower() and _the_before(words, at):
            # "The ministry's spokesman, Kim Min-su,", "The heritage service's vice
            # administrator, Park Ki-tae,": the ministry (service) named last
            org = orgs.latest_with_head(owner.text.rstrip("'’s").rstrip("'’"), s)
    elif org is None and owner.fold == "its" and at == 0 and _opens_sentence(text, owner.start):
        # "The union welcomed the decision. Its Victorian secretary, Dean Fallon, said":
        # the organisation the sentence before was about
        org = orgs.latest(owner.start)
    return start, end, _role_text(text[title_start : title.end]), org


def _the_before(words: list[Word], k: int) -> bool:
    """True when "the" stands before ``words[k]`` with at most one lower-case word between
    ("the ministry's", "the heritage service's")."""
    for j in (k - 1, k - 2):
        if j < 0:
            return False
        if words[j].fold == "the":
            return True
        if not (words[j].text.isalpha() and words[j].text.islower()):
            return False
    return False


#: a courtesy title right before a name ("Mr "), read in a short slice
_HONORIFIC_BEFORE = regex.compile(r"(?<![\p{L}])(\p{Lu}\p{Ll}{1,4}\.?)[ \t]{1,3}\Z")
#: the link between a title and the organisation after it, before a name set off by commas
_OF_ORG_BEFORE = regex.compile(r"[ \t]{1,3}(?:of|at|for)[ \t]{1,3}(?:the[ \t]{1,3})?\Z")


def _title_of_org(
    text: str, comma: int, end: int, orgs: _Index, lex: Lexicon
) -> tuple[int, int, str, str] | None:
    """ "The head of the Singapore Esports Association, Mr Kelvin Tan, said": a title and its
    organisation set off before the name, the phrase opening with "the" or the sentence."""
    hit = orgs.by_end.get(comma)
    if hit is None:
        return None
    o_start, oid = hit
    link = _OF_ORG_BEFORE.search(text, max(0, o_start - 12), o_start)
    if link is None:
        return None
    words = words_before(text, link.start(), lex)
    title = title_before(words, lex) if words else None
    if title is None:
        return None
    lead = words[0] if title.first == 1 and words[0].fold == "the" else words[title.first]
    if title.first > 1 or not _opens_sentence(text, lead.start):
        return None  # "Pak, vice-chairman of the commission, Ri, secretary ...": a list, not this
    return title.start, end, _role_text(text[title.start : title.end]), oid


def _affiliation(text: str, e: int, orgs: _Index, *, descriptor: bool = False) -> tuple[int, str] | None:
    """The organisation of an affiliation right after a name ending at ``e`` ("Rep. Ahn of
    the People Party"): its end and id. With ``descriptor``, up to three lower-case words may
    stand before the name ("of the law firm Lee & Ko")."""
    m = _affiliation_re().match(text, e)
    if m is None:
        return None
    hit = orgs.by_start.get(m.end())
    if hit is not None or not descriptor:
        return hit
    words = _LOWER_WORDS.match(text, m.end())
    return orgs.by_start.get(words.end()) if words is not None else None


#: one to three lower-case words and a blank ("law firm ")
_LOWER_WORDS = regex.compile(r"(?<![\p{L}-])(?:\p{Ll}[\p{Ll}-]*+[ \t]){1,3}")


def _after(article: Article, s: int, e: int, orgs: _Index) -> tuple[int, int, str, str | None] | None:
    """An appositive title after the name: ", chairman of the X", ", a professor at X", ", X's chief"."""
    text = article.text
    lex = lexicon()
    native = _NATIVE_NAME.match(text, e)
    if native is not None:
        e = native.end()  # "Chen Kuan-yu (陳冠宇), an analyst at ...": past the name as written at home
    words: list[Word] = appositive(text, e, lex)
    if not words:
        return None
    i = skip_qualifiers(words, 0, lex)
    # an organisation whose name starts with a nationality or city word ("Seoul Metro's
    # head") is the organisation, not a qualifier of the title
    j = 1 if words[0].fold in _ARTICLES else 0
    if j < i and j < len(words) and words[j].start in orgs.by_start:
        i = j
    org: str | None = None
    org_end = 0
    if i < len(words):
        hit = orgs.by_start.get(words[i].start)
        if hit is not None:
            org, org_end = hit[1], hit[0]
            while i < len(words) and words[i].start < org_end:
                i += 1
        elif words[i].possessive and words[i].text.islower() and i > 0 and words[i - 1].fold == "the":
            # "the foundation's chairman": the latest organisation named with that head word
            org = orgs.latest_with_head(words[i].text, s)
            i += 1
        elif (k := _owner_noun(words, i)) > i:
            # "the ruling party's leader", "the main opposition party's chief": which party
            # is not said, so the role has no organisation
            i = k
        else:
            # a place's possessive: "South Korea's top nuclear envoy", "the North's leader"
            for k in range(i, min(i + 3, len(words))):
                if not words[k].text[:1].isupper():
                    break
                if words[k].possessive:
                    i = k + 1
                    break
    for size in (2, 1):
        if i + size <= len(words) and tuple(w.text for w in words[i : i + size]) in lex.nationalities:
            i += size
            break
    if i >= len(words):
        return None
    title = title_after(words, lex, i)
    if title is None:
        return None
    role_end = title.end
    dept = _department_re().match(text, role_end)
    if dept is not None:
        role_end = dept.end()  # "head of labor relations", "director of corporate planning"
    role = _role_text(text[title.start : role_end])
    end = role_end
    if org is None:
        org, end = _org_after(text, role_end, orgs)
    if org is None:
        org, end = _org_in_relative(text, role_end, orgs) or (None, end)
    return s, end, role, org


#: a relative clause right after a title: " who studies arms exports", " who advises ..."
_RELATIVE_AFTER = regex.compile(r"[ \t]{1,3}who[ \t]{1,3}(?:has[ \t]{1,3}|have[ \t]{1,3})?\p{Ll}+s?\b")
#: the link to a workplace inside that clause: " at the ", " for the blockchain analysis firm ",
#: " on behalf of "
_WORKPLACE_RE = regex.compile(
    r"[ \t]{1,3}(?:at|for|with|on[ \t]{1,3}behalf[ \t]{1,3}of)[ \t]{1,3}(?:the[ \t]{1,3})?"
    r"(?:\p{Ll}[\p{Ll}-]*[ \t]{1,3}){0,3}?(?=\p{Lu})"
)
#: a head word's possessive inside that clause: " the institute's "
_THE_HEAD_OWNS = regex.compile(r"(?<![\p{L}])the[ \t]{1,3}(\p{Ll}+)['’]s(?![\p{L}])")
#: how far into the relative clause the workplace may stand
_RELATIVE_REACH = 120


def _org_in_relative(text: str, pos: int, orgs: _Index) -> tuple[str, int] | None:
    """The workplace a relative clause after a title names: "a senior fellow who studies
    arms exports at the Asan Institute", "a researcher who tracks North Korean crypto theft
    for the blockchain analysis firm Chainalysis". The first organisation after "at",
    "for" or "with" before the clause ends (a comma or a full stop) is taken."""
    m = _RELATIVE_AFTER.match(text, pos)
    if m is None:
        return None
    stop = _CLAUSE_END.search(text, m.end(), m.end() + _RELATIVE_REACH)
    limit = stop.start() if stop is not None else m.end() + _RELATIVE_REACH
    for link in _WORKPLACE_RE.finditer(text, m.end(), limit):
        hit = orgs.by_start.get(link.end())
        if hit is not None:
            return hit[1], hit[0]
    owned = _THE_HEAD_OWNS.search(text, m.end(), limit)
    if owned is not None and owned.group(1).capitalize() in lexicon().heads:
        # "who has led the institute's Energy Materials Laboratory": the institute named last
        found = orgs.latest_with_head(owned.group(1), pos)
        if found is not None:
            return found, owned.end()
    return None


_CLAUSE_END = regex.compile(r"[,;:.!?\n]")


@functools.cache
def _department_re() -> regex.Pattern[str]:
    """ " of labor relations", " of U.S. sales": a department or portfolio in lower case (a place
    word may open it) after a title, ending the appositive or followed by the organisation
    ("at", "for", "in", "with")."""
    return regex.compile(
        r"[ \t]{1,3}(?:in[ \t]charge[ \t])?of[ \t]{1,3}(?!the\b|a\b|an\b|its\b|his\b|her\b|their\b)"
        r"(?:\p{Lu}[\p{L}.-]{0,14}[ \t]{1,3}(?=\p{Ll}))?\p{Ll}[\p{Ll}-]*"
        r"(?:[ \t]{1,3}(?:and[ \t]{1,3})?(?!(?:who|which|that|whose)\b)\p{Ll}[\p{Ll}-]*){0,3}?(?=[ \t]*[,.;:)]|[ \t]{1,3}(?:at|for|in|with|who)\b)"
    )
