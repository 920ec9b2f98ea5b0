"""Speaker resolution: from the words naming a speaker to a person or organisation entity.

Built once per article from the final entities and the role claims other plugins made.
Every lookup is a binary search or a dictionary hit, so resolving all speakers of an
article stays linear in its length.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Sequence

from newsfacts import Claim, Entity, RoleClaim

from ._data import Tables

__all__ = ["SPEAKER_KINDS", "SpeakerIndex"]

#: Entity kinds that can speak, best first. A place never speaks: "North Korea said" is
#: its government or media, which the words do not name (the speaker stays ``None``).
SPEAKER_KINDS = ("person", "organization")
_RANK = {k: i for i, k in enumerate(SPEAKER_KINDS)}
_LONGEST_MENTION = 300
_RECENT_STEPS = 200
_RECENT_PEOPLE = 8
_QUOTE_REACH = 2000
_WORD_RE = re.compile(r"[^\W_](?:[\w’'-]|\.(?=\w))*")
# "the 31-year-old": an age description; "Son, 31," or "31-year-old Son" names the person
_AGE_RE = re.compile(r"(\d{1,3})-year-old")
_AGE_AFTER_RE = re.compile(r",\s*(\d{1,3})\s*[,)]")
_SALIENT_PEOPLE = 12
# an unnamed holder of a title: "a spokesman", "an unnamed North Korean official"
_INDEFINITE_TITLE = re.compile(
    r"\b[Aa]n?[ \t]+(?:[\w’'-]+[ \t]+){0,3}?([a-z]+)\b(?=[ \t]+(?:for|at|of|from|with)\b)"
)
_INTRO_REACH = 2000
# what joins a person to the organisation after the name: " of the ", " from "
_AFFILIATION_BEFORE = re.compile(r"[ \t]{1,3}(?:of|from)[ \t]{1,3}(?:the[ \t]{1,3})?\Z")
# "the South Korean tech giant": a generic noun for a company with up to this many words
_GENERIC_WORDS = 5
#: an appositive right after a speaker's bare surname: "Kim, the PPP leader, told"
_APPOSITIVE_AFTER_RE = re.compile(r",[ \t]+(?:the|a|an)[ \t]")
#: the pronoun right after the speech verb a speaker's clause runs to ("Choi said she had
#: brought", "Yoon, who founded the company, said he wanted"): the speaker's sex
_SAID_PRONOUN_RE = re.compile(
    r"[^.!?\n\"“”]{0,200}?\b(?:said|says|told[ \t]+[a-z]+|added|insisted|argued|warned)"
    r"[ \t]+(?:that[ \t]+)?(he|she)\b"
)
#: a fronted phrase before a sentence's subject ("In Seogwipo,") has at most this many words,
#: and the title words between its comma and the name ("restaurant owner") at most these
_FRONTED_WORDS = 8
#: how far back the start of a sentence is looked for before its subject (title and fronted words)
_SUBJECT_REACH = 100
_TITLE_WORDS = 3
#: how far after a person's first mention its pronouns are read for a gender (two sentences at most)
_INTRO_REACH = 400
_SENTENCE_STOP = re.compile(r"[.!?](?=[\s\"”’)]|$)")
_GENDER_WORD = re.compile(r"\b(?:[Ss]he|[Hh]er|[Hh]ers|[Hh]erself|[Hh]e|[Hh]im|[Hh]is|[Hh]imself)\b")
_PRONOUN_GENDER = {
    "she": "f", "her": "f", "hers": "f", "herself": "f",
    "he": "m", "him": "m", "his": "m", "himself": "m",
}  # fmt: skip
#: a preposition that opens a sentence about the person after it ("For Oh Mi-sook, 58, who
#: raises ducks, the order came by text message")
_TOPIC_LEADS = frozenset({"for", "as for", "like", "unlike", "to"})
#: a passive participle and "by" before an organisation: "analysts polled by LSEG", "a survey
#: conducted by Gallup Korea" name a source of data, not what "the company" refers back to
_AGENT_BEFORE_RE = re.compile(r"[a-z](?:ed|en) by $")
# determiners of an unnamed someone: "a ministry official" is nobody the article named
_INDEFINITE = frozenset({"a", "an", "one", "another"})


def _last_word(text: str) -> str:
    words = _WORD_RE.findall(text)
    return words[-1].casefold() if words else ""


class SpeakerIndex:
    """The article's speakers-to-be: mentions by position, persons by surname, titles, orgs.

    ``note_speaker`` records each resolved quote, so that a bare surname or a pronoun
    prefers the person quoted last when two are equally recent.
    """

    def __init__(
        self,
        text: str,
        entities: Sequence[Entity],
        claims: Sequence[Claim],
        tables: Tables,
        skip: Sequence[tuple[int, int]] = (),
    ) -> None:
        """``skip``: spans whose mentions never speak nor are referred back to (bylines and
        photo credits: the reporter and the photographer are no subjects of the story)."""
        self.text = text
        self.tables = tables
        self.entities = [e for e in entities if e.kind in _RANK]
        self.claims = claims
        items: list[tuple[int, int, int, int]] = []
        for n, entity in enumerate(self.entities):
            rank = _RANK[entity.kind]
            items.extend((span.start, span.end, rank, n) for span in entity.mentions)
        items.sort()
        if skip:
            spans = sorted(skip)
            lows = [a for a, _ in spans]
            kept = []
            for t in items:
                k = bisect.bisect_right(lows, t[0]) - 1  # the last skipped span opening before it
                if k < 0 or t[1] > spans[k][1]:
                    kept.append(t)
            items = kept
        self.items = [(s, e, r, self.entities[n]) for s, e, r, n in items]
        self.starts = [t[0] for t in items]
        # how far back a mention overlapping a position can start: this article's longest
        # mention (capped), so a lookup slices only the mentions that can overlap
        self.reach = min(_LONGEST_MENTION, max((e - s for s, e, _, _ in items), default=0))
        self._by_family: dict[str, list[tuple[int, Entity]]] | None = None
        self._by_head: dict[str, list[tuple[int, Entity]]] | None = None
        self._roles: dict[str, list[tuple[int, Entity, str]]] | None = None
        self._role_starts: frozenset[int] | None = None
        self._employer_starts: frozenset[int] | None = None
        self.quoted: dict[str, int] = {}
        self.family_of: dict[str, str] = {}
        self.last_speaker: tuple[int, Entity] | None = None
        #: the gender a resolved "he" or "she" showed for a person (entity id -> "m" / "f")
        self.genders: dict[str, str] = {}
        self._intro_genders: dict[str, str | None] = {}
        # nouns that name a kind of organisation ("ministry", "agency", "bank"): such a
        # description is only an organisation whose name fits it, never just the last one
        self.kind_heads = tables.org_kinds

    # -- tables built on first need -------------------------------------------

    @property
    def by_family(self) -> dict[str, list[tuple[int, Entity]]]:
        """Person mentions by casefolded surname, in text order."""
        if self._by_family is None:
            table: dict[str, list[tuple[int, Entity]]] = {}
            for s, _, _, ent in self.items:
                if ent.kind == "person":
                    family = ent.get("family") or (ent.name.split()[-1] if ent.name.split() else "")
                    if isinstance(family, str) and family:
                        table.setdefault(family.casefold(), []).append((s, ent))
                        self.family_of[ent.id] = family.casefold()
            self._by_family = table
        return self._by_family

    @property
    def by_head(self) -> dict[str, list[tuple[int, Entity]]]:
        """Organisation mentions by the last word of the name and by every organisation noun
        in it, so "the ministry" finds the "Ministry of Trade, Industry and Energy"."""
        if self._by_head is None:
            table: dict[str, list[tuple[int, Entity]]] = {}
            orgnouns = self.tables.of("orgnoun")
            org_heads = self.tables.org_heads
            heads_of: dict[str, set[str]] = {}
            for s, _, _, ent in self.items:
                if ent.kind == "organization":
                    heads = heads_of.get(ent.id)
                    if heads is None:
                        words = [w.casefold() for w in _WORD_RE.findall(ent.name)]
                        heads = {w for w in words if w in orgnouns}
                        if words:
                            heads.add(words[-1])
                        for w in words:
                            # "Korea Meteorological Administration": also "the agency"
                            heads.update(org_heads.get(w, ()))
                        heads_of[ent.id] = heads
                    for head in heads:
                        table.setdefault(head, []).append((s, ent))
            self._by_head = table
        return self._by_head

    @property
    def roles(self) -> dict[str, list[tuple[int, Entity, str]]]:
        """Role claims by the last word of the title ("minister"), in text order, each with
        its title words casefolded ("foreign minister")."""
        if self._roles is None:
            persons = {e.id: e for e in self.entities if e.kind == "person"}
            table: dict[str, list[tuple[int, Entity, str]]] = {}
            for claim in self.claims:
                if isinstance(claim, RoleClaim) and claim.person in persons:
                    head = _last_word(claim.role)
                    if head:
                        role = " ".join(w.casefold() for w in _WORD_RE.findall(claim.role))
                        table.setdefault(head, []).append((claim.span.start, persons[claim.person], role))
            for bucket in table.values():
                bucket.sort(key=lambda t: t[0])
            self._roles = table
        return self._roles

    @property
    def role_starts(self) -> frozenset[int]:
        """Where the evidence of each role claim starts: a title before a name ("Board
        member Seong Ji-won") begins there."""
        if self._role_starts is None:
            self._role_starts = frozenset(c.span.start for c in self.claims if isinstance(c, RoleClaim))
        return self._role_starts

    # -- lookups -------------------------------------------------------------

    def mentions_in(self, start: int, end: int) -> list[tuple[int, int, Entity]]:
        """Speaker-kind mentions overlapping ``start:end``, in text order."""
        lo = bisect.bisect_left(self.starts, start - self.reach)
        hi = bisect.bisect_left(self.starts, end)
        return [(s, e, ent) for s, e, _, ent in self.items[lo:hi] if e > start and s < end]

    def person_mentions_before(self, pos: int, limit: int = 12) -> list[tuple[int, int, Entity]]:
        """Up to ``limit`` person mentions ending before ``pos``, nearest first."""
        hi = bisect.bisect_left(self.starts, pos)
        out: list[tuple[int, int, Entity]] = []
        for s, e, _, ent in reversed(self.items[max(0, hi - 4 * limit) : hi]):
            if ent.kind == "person" and e <= pos:
                out.append((s, e, ent))
                if len(out) >= limit:
                    break
        return out

    def note_speaker(self, entity: Entity | None, pos: int) -> None:
        """Remember that ``entity`` was quoted at ``pos`` (for surnames and pronouns later)."""
        if entity is None:
            return
        self.quoted[entity.id] = pos
        self.last_speaker = (pos, entity)

    def _quoted(self, pos: int) -> bool:
        """True when ``pos`` stands inside quotation marks of its paragraph (read at most
        ``_QUOTE_REACH`` characters back, so the test stays cheap in a long paragraph)."""
        text = self.text
        start = text.rfind("\n", max(0, pos - _QUOTE_REACH), pos) + 1
        before = text[start:pos]
        return before.count("\u201c") > before.count("\u201d") or before.count('"') % 2 == 1

    @staticmethod
    def _recent(
        bucket: list[tuple[int, Entity]], pos: int, skip: Callable[[int], bool] | None = None
    ) -> dict[str, tuple[int, Entity]]:
        """The latest mention before ``pos`` of each of the few entities named last in ``bucket``,
        leaving out mentions at which ``skip`` is true.

        Walks back from ``pos`` a bounded number of steps, so a long article with many
        people of one surname stays linear.
        """
        recent: dict[str, tuple[int, Entity]] = {}
        hi = bisect.bisect_left(bucket, pos, key=lambda t: t[0])
        for j in range(hi - 1, max(-1, hi - 1 - _RECENT_STEPS), -1):
            start, ent = bucket[j]
            if ent.id not in recent and not (skip is not None and skip(start)):
                recent[ent.id] = (start, ent)
                if len(recent) >= _RECENT_PEOPLE:
                    break
        return recent

    def by_surname(
        self, word: str, pos: int, gender: str | None = None, *, prefer_known: bool = False
    ) -> Entity | None:
        """The person with surname ``word`` meant at ``pos``: mentioned or quoted most recently
        before it. ``gender`` ("m" for "Mr Oh", "f" for "Ms Oh") rules out a person known to
        be of the other sex; with ``prefer_known`` (the sex read from "said she"), one person
        known to be of that sex wins over others whose sex is not known."""
        key = word.casefold()
        bucket = self.by_family.get(key)
        if not bucket:
            return None
        latest = self._recent(bucket, pos)
        if len(latest) > 1:
            # two people share the surname: one named inside a quotation ("'Kim Jong Un wants
            # ...,' Kim said") is what a speaker said, not who speaks
            latest = self._recent(bucket, pos, self._quoted)
        if gender is not None and len(latest) > 1:
            fitting = [v for v in latest.values() if self._may_be(v[1], gender)]
            if len(fitting) > 1 and prefer_known:
                # "Choi said she had brought ..." when one Choi is known to be a woman and the
                # other's sex is not known: the one known to fit
                known = [v for v in fitting if self._known_gender(v[1]) == gender]
                fitting = known if len(known) == 1 else fitting
            if len(fitting) == 1:
                # "Mr Oh" when the other Oh is known to be a woman
                self.genders.setdefault(fitting[0][1].id, gender)
                return fitting[0][1]
        if not latest:
            # named only later: the one person with that surname, if there is one
            first = bucket[0][1]
            return first if all(ent.id == first.id for _, ent in bucket[:_RECENT_STEPS]) else None
        last = self.last_speaker
        if last is not None and last[0] < pos and self.family_of.get(last[1].id) == key:
            # The person quoted last keeps the surname, unless another one with it has
            # since been introduced as the subject of a sentence.
            newer = [
                (s, ent)
                for s, ent in latest.values()
                if ent.id != last[1].id and s > last[0] and self._opens_sentence(s)
            ]
            return max(newer, key=lambda t: t[0])[1] if newer else last[1]
        return max(latest.values(), key=lambda t: (t[0], t[1].id))[1]

    def by_title(self, head: str, pos: int, words: Sequence[str] = ()) -> Entity | None:
        """The person last given a title ending in ``head`` ("minister") before ``pos``.

        Titles that hold all of ``words`` ("the foreign minister": "foreign") come first;
        a title given only later in the article counts when one person alone holds it.
        """
        bucket = self.roles.get(head)
        if not bucket:
            return None
        want = [w.casefold() for w in words if w.casefold() != head]
        if want:
            fitting = [t for t in bucket if all(w in t[2].split() for w in want)]
            bucket = fitting or bucket
        hi = bisect.bisect_left(bucket, pos, key=lambda t: t[0])
        if hi:
            if self._introduced_since(head, bucket[hi - 1][0], pos):
                return None
            return bucket[hi - 1][1]
        first = bucket[0][1]
        return first if all(t[1].id == first.id for t in bucket) else None

    def _introduced_since(self, head: str, since: int, pos: int) -> bool:
        """True when an unnamed holder of the title was introduced after the named one ("a
        spokesman for the North's defence ministry called the drills ...": "the spokesman said"
        is that one, not the JCS spokesman named before). Reads at most ``_INTRO_REACH``
        characters back."""
        lo = max(since, pos - _INTRO_REACH)
        return any(m.group(1).casefold() == head for m in _INDEFINITE_TITLE.finditer(self.text, lo, pos))

    def by_org_head(self, head: str, pos: int, words: Sequence[str] = ()) -> Entity | None:
        """The organisation named with the noun ``head`` ("ministry") most recently before ``pos``.

        The description's other words must be in the name ("the transport ministry" is no
        Ministry of the Interior), except general modifiers ("the main opposition party").
        """
        bucket = self.by_head.get(head)
        if not bucket:
            return None
        modifiers = self.tables.of("modifier")
        want = [w.casefold() for w in words if w.casefold() != head and w.casefold() not in modifiers]
        hi = bisect.bisect_left(bucket, pos, key=lambda t: t[0])
        for _, ent in reversed(bucket[max(0, hi - _RECENT_STEPS) : hi]):
            if not want:
                return ent
            if all(self._name_meets(ent.name, w) for w in want):
                return ent
        return None

    def _name_meets(self, name: str, word: str) -> bool:
        """Whether an organisation's name fits a description word: it holds the word or one
        the table says it stands for ("weather" -> "Meteorological", "central" -> "Bank of")."""
        words = [w.casefold() for w in _WORD_RE.findall(name)]
        if word in words:
            return True
        joined = f" {' '.join(words)} "
        return any(f" {alias} " in joined for alias in self.tables.org_words.get(word, ()))

    def latest_org(self, pos: int) -> Entity | None:
        """The organisation quoted or named most recently before ``pos`` ("the company said").

        An employer named in a role ("Shin, an analyst at Daon Securities") and a source of
        data named after a passive ("analysts polled by LSEG") are not what "the company"
        refers back to while another organisation was named before them.
        """
        speaker = self.last_speaker
        hi = bisect.bisect_left(self.starts, pos)
        employer: Entity | None = None
        text = self.text
        for s, _, _, ent in reversed(self.items[max(0, hi - 50) : hi]):
            if ent.kind == "organization":
                if speaker is not None and speaker[1].kind == "organization" and speaker[0] > s:
                    return speaker[1]
                if s in self.employer_starts or _AGENT_BEFORE_RE.search(text, max(0, s - 12), s):
                    employer = employer or ent
                    continue
                return ent
        if speaker is not None and speaker[1].kind == "organization":
            return speaker[1]
        return employer

    @property
    def employer_starts(self) -> frozenset[int]:
        """Where an organisation is named as a person's employer inside a role claim's evidence."""
        if self._employer_starts is None:
            spans = sorted(
                (c.span.start, c.span.end) for c in self.claims if isinstance(c, RoleClaim) and c.organization
            )
            starts = [a for a, _ in spans]
            found = set()
            if spans:
                org = _RANK["organization"]
                for s, e, r, _ in self.items:
                    i = bisect.bisect_left(starts, s) - 1  # the last evidence that starts before it
                    if r == org and i >= 0 and e <= spans[i][1]:
                        found.add(s)
            self._employer_starts = frozenset(found)
        return self._employer_starts

    def pronoun(self, pos: int, kind: str, gender: str | None = None) -> Entity | None:
        """A he/she (``kind="person"``) or it (``kind="organization"``) speaker at ``pos``.

        ``gender`` ("m" for he, "f" for she) rules out a person whose given name says the
        other (``given_genders.tsv``): after "Rachel Minter said ...", "he said" is someone else.
        """
        speaker = self.last_speaker if self.last_speaker and self.last_speaker[0] < pos else None
        if kind != "person":
            if speaker is not None and speaker[1].kind == kind:
                return speaker[1]
            return None
        subject = self._person_subject(pos, gender)
        candidates = [
            c
            for c in (speaker, subject)
            if c is not None and c[1].kind == "person" and self._may_be(c[1], gender)
        ]
        if not candidates:
            return None
        found = max(candidates, key=lambda c: c[0])[1]
        if gender is not None:
            self.genders.setdefault(found.id, gender)  # "she said" after Ko Seung-hee: she is a she
        return found

    def _may_be(self, person: Entity, gender: str | None) -> bool:
        """False when the person's given name, or a pronoun already resolved to them, says
        the other gender than ``gender``."""
        if gender is None:
            return True
        shown = self.genders.get(person.id)
        if shown is not None:
            return shown == gender
        given = getattr(person.data, "given", None) or ""
        said = self.tables.genders.get((given.split() or [""])[0].casefold())
        if said is None:
            said = self._introduced_as(person)
        return said is None or said == gender

    def _known_gender(self, person: Entity) -> str | None:
        """The person's sex as far as the article shows it: a pronoun resolved to them, the
        given name, or the pronouns right after their first mention; ``None`` if unknown."""
        shown = self.genders.get(person.id)
        if shown is not None:
            return shown
        given = getattr(person.data, "given", None) or ""
        said = self.tables.genders.get((given.split() or [""])[0].casefold())
        return said if said is not None else self._introduced_as(person)

    def _introduced_as(self, person: Entity) -> str | None:
        """The gender the words right after a person's first mention show: "For Oh Mi-sook,
        58, ... By Tuesday afternoon all 23,000 of her birds were gone" is a woman.

        Only the rest of that sentence and the next are read, and only up to the next
        person named; pronouns of one gender alone count. Worked out once per person.
        """
        if person.id in self._intro_genders:
            return self._intro_genders[person.id]
        found: str | None = None
        if person.mentions:
            first = min(person.mentions, key=lambda sp: sp.start)
            hi = min(len(self.text), first.end + _INTRO_REACH)
            k = bisect.bisect_right(self.starts, first.end)
            while k < len(self.items) and self.items[k][0] < hi:
                if self.items[k][3].kind == "person" and self.items[k][3].id != person.id:
                    hi = self.items[k][0]
                    break
                k += 1
            window_end = own_end = hi
            for stops, m in enumerate(_SENTENCE_STOP.finditer(self.text, first.end, hi), 1):
                if stops == 1:
                    own_end = m.start()
                if stops == 2:
                    window_end = m.start()  # the end of the sentence after the mention's own
                    break
            # the mention's own sentence first ("Choi Bong-soon, 94, holds her brother's hand"),
            # then with the next one, where another person may be "he"
            for end in (own_end, window_end):
                # a pronoun inside quotation marks is the speaker's word for someone else
                # ("Jun-seo plays like he's 25," Park said)
                kinds = {
                    _PRONOUN_GENDER[w.group().casefold()]
                    for w in _GENDER_WORD.finditer(self.text, first.end, end)
                    if not self._quoted(w.start())
                }
                if len(kinds) == 1:
                    found = kinds.pop()
                    break
                if kinds:
                    break
        self._intro_genders[person.id] = found
        return found

    def _opens_sentence(self, s: int) -> bool:
        """True when the mention at ``s`` opens a sentence, perhaps after capitalised title words."""
        lo = max(0, s - _SUBJECT_REACH)
        before = self.text[lo:s]
        cut = max(before.rfind(ch) for ch in '.!?”"\n')
        if cut < 0 and lo > 0:
            return False
        head = before[cut + 1 :]
        if all(w[:1].isupper() for w in _WORD_RE.findall(head)):
            return True
        if " ".join(head.split()).casefold() in _TOPIC_LEADS:
            return True  # "For Oh Mi-sook, 58, who has raised ducks ..., the order came ...": the topic
        # "Duck farmer Oh Mi-sook, 58, lost ...": a sentence that opens with a title in lower
        # case, which the roles plugin read as the person's
        first = lo + cut + 1
        words_at = [first + m.start() for m in _WORD_RE.finditer(head)]
        if (
            0 < len(words_at) <= _TITLE_WORDS
            and self.text[words_at[0]].isupper()
            and not self.role_starts.isdisjoint(words_at)
        ):
            return True
        # "In Seogwipo, on the island's southern coast, restaurant owner Ko Dong-il has
        # watched ...": a short fronted phrase, a comma, then at most a few title words
        fronted, comma, title = head.rpartition(",")
        words = _WORD_RE.findall(fronted)
        return (
            bool(comma)
            and 0 < len(words) <= _FRONTED_WORDS
            and words[0][:1].isupper()
            and len(_WORD_RE.findall(title)) <= _TITLE_WORDS
        )

    def _person_subject(self, pos: int, gender: str | None = None) -> tuple[int, Entity] | None:
        """The most recent person mention that opens a sentence (after title words) before ``pos``,
        of a person who may be referred to by the pronoun of ``gender``."""
        for s, _, ent in self.person_mentions_before(pos):
            if self._opens_sentence(s) and self._may_be(ent, gender):
                return (s, ent)
        return None

    # -- the resolver -------------------------------------------------------

    def _heads(self, mention: tuple[int, int, Entity], end: int) -> bool:
        """Whether a mention can be the speaker of words ending at ``end``: not a possessor
        ("Samsung's chairman", "the company's spokesman" is someone else speaking)."""
        after = self.text[mention[1] : end]
        return after[:1] not in ("'", "’")

    def _affiliated(self, start: int, org_start: int) -> Entity | None:
        """The person named right before an organisation's affiliation phrase (" of the ", " from ")
        within the speaker words from ``start``, if any."""
        m = _AFFILIATION_BEFORE.search(self.text, max(start, org_start - 12), org_start)
        if m is None:
            return None
        for _s, e, ent in self.mentions_in(start, m.start()):
            if ent.kind == "person" and e == m.start():
                return ent
        return None

    def resolve(self, start: int, end: int) -> Entity | None:
        """The entity the speaker words ``text[start:end]`` name, or ``None`` (a group, unknown)."""
        found = [m for m in self.mentions_in(start, end) if self._heads(m, end)]
        if found:
            for s, e, ent in found:
                if ent.kind == "organization" and e >= end:
                    person = self._affiliated(start, s)
                    if person is not None:
                        return person  # "Rep. Choi Soo-yeon of the Democratic Party": she speaks
                    # the organisation's name ends the speaker words: it speaks, whoever
                    # its name holds ("the Kim Dae-jung Peace Center said")
                    return ent
            s, e, best = min(found, key=lambda t: (_RANK[t[2].kind], t[0]))
            if best.kind != "person" or (s <= start and end <= e and " " in self.text[start:end]):
                return best  # an organisation, or a full name as written
        words = _WORD_RE.findall(self.text[start:end])
        tables = self.tables
        content = [w for w in words if not tables.word_is(w, "honorific")]
        # "Mr Oh", "Ms Oh": the courtesy title tells two people of one surname apart
        sex = next(
            (
                "m" if tables.word_is(w, "male") else "f"
                for w in words
                if tables.word_is(w, "male") or tables.word_is(w, "female")
            ),
            None,
        )
        by_pronoun = False
        if sex is None and len(content) == 1:
            said = _SAID_PRONOUN_RE.match(self.text, end)
            if said is not None:
                sex, by_pronoun = ("m" if said.group(1) == "he" else "f"), True
        if found:
            if len(content) == 1:
                if _APPOSITIVE_AFTER_RE.match(self.text, end):
                    return best  # "Kim, the PPP leader, told": the description chose the person
                # a bare surname: the core linked it by recency; who was quoted last may know better
                return self.by_surname(content[0], start, sex, prefer_known=by_pronoun) or best
            return best
        if not words:
            return None
        if len(words) == 1:
            w = words[0]
            if tables.word_is(w, "he"):
                return self.pronoun(start, "person", "m")
            if tables.word_is(w, "she"):
                return self.pronoun(start, "person", "f")
            if tables.word_is(w, "it"):
                return self.pronoun(start, "organization")
            if tables.word_is(w, "group"):
                return None
        if len(content) == 1 and content[0][:1].isupper():
            return self.by_surname(content[0], start, sex, prefer_known=by_pronoun)
        if words and tables.word_is(words[0], "determiner"):
            head = words[-1].casefold()
            age = _AGE_RE.fullmatch(head)
            if age is not None and len(words) == 2:
                return self.by_age(age.group(1), start)
            if words[0].casefold() in _INDEFINITE:
                # "a ministry spokesperson", "a company official": an unnamed member, so no
                # person by title; the organisation the description names, if one was named
                for w in words[1:-1]:
                    f = w.casefold()
                    if f in self.kind_heads:
                        return self.by_org_head(f, start)
                    if tables.word_is(f, "generic"):
                        return self.latest_org(start)
                return None
            found_head = self.by_title(head, start, words[1:-1]) or self.by_org_head(head, start, words[1:-1])
            if found_head is None and (
                (len(words) == 2 and tables.word_is(head, "orgnoun") and head not in self.kind_heads)
                or (len(words) <= _GENERIC_WORDS and tables.word_is(head, "generic"))
            ):
                # "the company", "the tech giant": the organisation named or quoted last
                return self.latest_org(start)
            return found_head
        if all(w[:1].isupper() for w in words):
            head = words[-1].casefold()
            return self.by_title(head, start, words[:-1])
        return None

    def by_age(self, age: str, pos: int) -> Entity | None:
        """ "the 31-year-old said": the person last given that age ("Son, 31," or "31-year-old
        Son"), else the one person the story is about so far (named most often, no tie)."""
        recent = self.person_mentions_before(pos, _SALIENT_PEOPLE)
        text = self.text
        for s, e, ent in recent:
            m = _AGE_AFTER_RE.match(text, e, e + 8)
            if (m is not None and m.group(1) == age) or text[max(0, s - 16) : s].endswith(f"{age}-year-old "):
                return ent
        counts: dict[str, int] = {}
        by_id: dict[str, Entity] = {}
        for _, _, ent in recent:
            counts[ent.id] = counts.get(ent.id, 0) + 1
            by_id[ent.id] = ent
        ranked = sorted(counts.items(), key=lambda t: -t[1])
        if ranked and ranked[0][1] > 1 and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
            return by_id[ranked[0][0]]
        return None
