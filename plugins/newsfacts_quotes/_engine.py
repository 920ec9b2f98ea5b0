"""The quote finder: quote marks, sentences, speech cues and speakers, in one pass per paragraph.

The article is cut into paragraphs; in each, quote marks are paired into quoted
segments (a segment never runs past its paragraph or into the next opening mark, so an
unbalanced mark cannot swallow the article), sentences are cut outside the segments,
and each sentence's speech cue (from ``data/cues.tsv``) is tied to its speaker words.
A sentence with an attribution yields direct claims for its quotes, or one reported
claim for its clause; a quote with no attribution of its own continues the speaker of
the sentence or paragraph right before it. All patterns are compiled once; every
backward or forward look is bounded, so the work is linear in the text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cache

from newsfacts import Article, Claim, Entity, QuoteClaim

from ._data import Cue, Tables, tables
from ._speakers import _AFFILIATION_BEFORE, _INDEFINITE, SpeakerIndex

__all__ = ["find_quotes"]

# Line breaks; one is a paragraph break when a blank line follows it, when it ends a
# sentence, or when the next line opens with a quote mark (decided in ``_Finder.run``).
_NEWLINE_RE = re.compile(r"[\n\u2029]\s*")
_LINE_END = frozenset('.!?:;”"’)')
_QUOTE_OPENERS = frozenset('“"«„')
_MARK_RE = re.compile(r"[\"“”„‟«»]")
_FAMILY = {'"': "s", "“": "c", "”": "c", "„": "c", "‟": "c", "«": "g", "»": "g"}
_OPEN_GLYPHS = frozenset("“„‟«")
_CLOSING_MARKS = frozenset('”"»')
_LEFT_SPACE = frozenset("([{—–-/\u00a0")
_RIGHT_PUNCT = frozenset(".,;:!?)]}—–-/\u00a0")
_END_RE = re.compile(r"(?<![.!?])[.!?]++[)\]]*+(?=\s+(?![a-z]))")
# a sentence end inside an unclosed quote (the quote ends before its stop, which ends the sentence)
_UNCLOSED_END_RE = re.compile(r"[.!?](?=\s+[A-Z])")
_WORD_RE = re.compile(r"[^\W_](?:[\w’'-]|\.(?=\w))*")
#: "by" and the word after it, right after a cue ("predicted by 16", "told Yonhap by phone")
_BY_AFTER_RE = re.compile(r"[ \t]by[ \t](?:an?[ \t]|the[ \t])?([\w-]+)")
#: an affiliation after a name, up to the comma: " of the law firm Lee & Ko"
_AFFILIATION_RE = re.compile(r"[ \t](?:of|from|at)[ \t][^,;:()\[\]\"“”.]{1,60}(?=,)")
#: a quotation mark: words quoted after a cue's occasion are what was said
_QUOTE_MARK_RE = re.compile('["“”]')
_PUNCT_RE = re.compile(r"[,;:()\[\]—–\"“”«»„]|\s--?\s")
_COMMA_RE = re.compile(",")
_LAST_WORD_RE = re.compile(r"(?<![\w’'-])([A-Za-z]+)\s+$")
# punctuation right after a cue: the words after it are not the cue's clause
_NOT_A_CLAUSE = frozenset(",;—–")
# the last clause edge before a position: punctuation with no other punctuation after it
_LAST_PUNCT_RE = re.compile(
    r"(?:[,;:()\[\]—–\"“”«»„]|\s--?\s)(?=(?:[^,;:()\[\]—–\"“”«»„-]|-(?<!\s-)|-(?!-?\s))*$)"
)
_ASIDE_RE = re.compile(r",\s*([a-z]+)\s*,\s*$")
_THAT_RE = re.compile(r"\bthat\b", re.IGNORECASE)
# "SEOUL, Dec. 21 (Yonhap) -- ", "SEOUL -- ": a wire dateline is not part of the sentence after it.
_DATELINE_RE = re.compile(
    r"(?:[A-Z][A-Za-z0-9 .,’'/-]{0,60}\([A-Za-z .]{1,40}\)|[A-Z]{2,}(?:[ ,./-]+[A-Z]{2,}){0,4})\s*(?:--|—|–)\s*"
)
_PAREN_BEFORE_RE = re.compile(
    r"\s*\((?:[A-Za-z.&-]{1,12}|[0-9A-Z]{1,8}\.[A-Z]{1,3}|[\u3400-\u9fff\uac00-\ud7a3]{1,6})\)\s*$"
)  # "(KCNA)", a ticker "(042660.KS)", a name in Chinese characters or Hangul "(陳怡婷)"
_MAX_SUBJECT_WORDS = 8
#: an unnamed speaker described at a sentence's start before an appositive ("A second
#: source, a ... employee, said") has at most this many words
_DESCRIBED_WORDS = 6
# how far a fronted phrase before a main subject may run ("In a separate statement carried
# by KCNA on Sunday, Kim Yo Jong rejected ...")
_FRONTED_REACH = 80
_FRONTED_WORDS = 12
# small words inside names and titles ("Secretary of State", "Mission: Impossible")
_NAME_SMALL_WORDS = frozenset({"of", "the", "and", "for", "on", "in", "to", "a", "an", "&"})
# how far after a cue its "that" may stand: close after the cue ("said last week that"),
# further after an adverbial or a listener ("said in a speech at a rally in Pyongyang that")
_THAT_REACH, _THAT_WORDS = 60, 8
# a clause with a partial quote in it is reported speech too when this many words stand outside it
_REPORT_AROUND_WORDS = 3
# ... or when at least this many words before the first quote open a clause of their own
_CLAUSE_LEAD_WORDS = 5
# how far before its attribution a partial quote may stand and still be the speaker's
_PARTIAL_BEFORE_REACH = 600
# how far a title phrase opening a sentence may run before the name it gives ("Korail chief
# executive Bae Sung Won")
_TITLE_PHRASE_REACH = 80
# "..., with Governor Rhee Chang-yong saying ...": the words between "with" and a participle
_WITH_SUBJECT_RE = re.compile(r"(?<![\w’'-])with\s+([^\W\d_][\w’'.-]*(?:\s+[^\W\d_][\w’'.-]*){0,6})\s+")
_WITH_BACK = 90
_THAT_REACH_LONG, _THAT_WORDS_LONG = 100, 12
_MAX_CUES_TRIED = 12
# a closing cue may carry a listener and adverbials up to this long ("..., Kim told a press
# conference in Seoul on Tuesday."), after a clause of at least this many words
_TAIL_REACH, _TAIL_WORDS, _TAIL_MIN_CLAUSE = 160, 14, 3
# a time phrase before a clause ("said late last week it ...") has at most this many words;
# a clause after a listener shows its verb (an auxiliary) within this many words
_TIME_WORDS, _CLAUSE_VERB_WORDS = 4, 8
# how far before a relaying cue ("..., state media reported.") its comma may stand
_RELAY_BACK = 60
# the words that may describe an inverted speaker before the sentence ends ("said a diplomat
# familiar with the matter")
_TRAIL_WORDS = 6
# a clause after the occasion of a cue ("said in a statement the ...") runs on at least this long
_VENUE_CLAUSE_WORDS = 4
# ... and when it is this short, it must show an auxiliary ("the committee held in Seoul last
# week" describes the meeting)
_VENUE_SHORT = 7
_MAX_SPEAKER_WORDS = 8
# clauses of their own with their own attribution read in one sentence ("..., officials said,
# as analysts warned that ..."): a bound, so text that only repeats them cannot recurse deeply
_MAX_SUBORDINATE = 4
_BACK = 160
_APPOSITION_BACK = 320


# a clause of its own after an attribution: "..., officials said, as analysts warned that"
_SUBORDINATE = re.compile(r",[ \t]{1,3}(?:as|while|whereas)[ \t]{1,3}(?=[A-Za-z])")
# a coordinated clause with a subject of its own: ", but", ", while", "; "
_NEW_CLAUSE = re.compile(r"[,;][ \t]{1,3}(?:but|and|while|whereas|although|though|yet)[ \t]|;")
# a sentence opening with a determiner and a noun, then a lower-case word: "The service deployed"
_DET_NOUN_RE = re.compile(r"\b([A-Z][a-z]{0,4})[ \t]{1,3}([a-z][a-z-]{1,30})(?=[ \t]{1,3}[a-z])")
# "released by the", "compiled by": the agent after a participle in an "according to" phrase
_BY_AGENT = re.compile(r"[ \t]{1,3}by[ \t]{1,3}(?:the[ \t]{1,3})?")


def _relation_words(keep: list[re.Match[str]]) -> bool:
    """True when speaker words are a relation or a title in lower case, perhaps after an
    owner's possessive: "her daughter", "the minister", "Zénite's chief executive"."""
    first = keep[0].group()
    owner = len(keep) > 1 and first[:1].isupper() and first.endswith(("'s", "’s"))
    return (owner or first.islower()) and all(w.group().islower() for w in keep[1:])


#: words that join a second verb to the first: before a cue, they leave no speaker words
_COORDINATORS = frozenset({"and", "but", "or", "then"})
#: "..., who gave only her surname, Ryu": the name an unnamed speaker is known by, after the
#: description (the name itself is read where this match ends)
_ONLY_NAME = re.compile(
    r"[^.;:!?\"“”\n]{0,200}?\b(?:who[ \t]+(?:gave|asked[ \t]+to[ \t]+be[ \t]+(?:identified|named|called)"
    r"|would[ \t]+(?:only[ \t]+)?give|agreed[ \t]+to[ \t]+be[ \t]+(?:identified|named))|identified|known)"
    r"(?:[ \t]+only)?(?:[ \t]+by)?[ \t]+(?:his|her|their)[ \t]+(?:surname|family[ \t]+name|last[ \t]+name"
    r"|first[ \t]+name|given[ \t]+name|name)(?:[ \t]+only)?,?[ \t]+(?:as[ \t]+)?"
)


@dataclass(slots=True)
class _Seg:
    """A quoted segment: its opening mark, closing mark (-1 when unclosed) and end."""

    open: int
    close: int
    end: int
    cut: bool = False

    @property
    def content_end(self) -> int:
        return self.close if self.close >= 0 else self.end


@dataclass(slots=True)
class _Attr:
    """An attribution: the cue, the speaker words, and the form it takes."""

    cue: Cue
    cue_start: int
    cue_end: int
    spk_start: int
    spk_end: int
    form: str  # "subject", "inverted" or "source"
    related: list[_Seg] | None = None  # the quotes it speaks, once checked
    clause: tuple[int, int] | None = None  # its clause to the sentence end, once checked
    clause_known: bool = False
    start: int = 0  # where the attribution's words start and end (set after init)
    end: int = 0

    def __post_init__(self) -> None:
        self.start = min(self.cue_start, self.spk_start)
        self.end = max(self.cue_end, self.spk_end)


@dataclass(slots=True)
class _Ctx:
    """The speaker a following quote without attribution continues."""

    speaker: Entity | None
    text: str
    direct: bool


@cache
def _after_attr_re() -> re.Pattern[str]:
    """After a quote ending in . ? or !: does an attribution follow ("” Kim Jin-hyang said")?"""
    t = tables()
    closing = [c for c, cue in t.cues.items() if cue.flags & {"after", "inverted"}]
    body = "|".join(
        r"\s+".join(re.escape(w) for w in c.split()) for c in sorted(closing, key=lambda c: -len(c))
    )
    return re.compile(rf"\s+(?:[A-Z][\w.’'-]*\s+){{0,4}}(?:{body})(?![\w’-])", re.IGNORECASE)


def _direction(text: str, i: int, mark: str, is_open: bool) -> bool:
    """True when the mark at ``i`` opens a quote (glyph first, context for the ambiguous cases)."""
    prev = text[i - 1] if i > 0 else " "
    nxt = text[i + 1] if i + 1 < len(text) else " "
    left = prev.isspace() or prev in _LEFT_SPACE
    right = nxt.isspace() or nxt in _RIGHT_PUNCT
    if left and not right:
        ctx: bool | None = True
    elif right and not left:
        ctx = False
    else:
        ctx = None
    if mark == '"':
        return (not is_open) if ctx is None else ctx
    if mark in _OPEN_GLYPHS:
        return not (ctx is False and is_open)
    # a closing glyph: opens only where the context clearly says so and nothing is open
    return bool(ctx) and not is_open


def _segments(text: str, start: int, end: int) -> list[_Seg]:
    """Pair the quote marks of one paragraph into segments, bounding unbalanced ones."""
    segs: list[_Seg] = []
    open_at = -1
    family = ""
    family_of = _FAMILY
    open_glyphs = _OPEN_GLYPHS
    for m in _MARK_RE.finditer(text, start, end):
        i = m.start()
        mark = text[i]
        fam = family_of[mark]
        if open_at < 0:
            # nothing open: an opening glyph always opens; others need their context
            if mark in open_glyphs or _direction(text, i, mark, False):
                open_at, family = i, fam
        elif fam != family:
            continue  # a mark of another kind inside a quote: nested, just text
        elif _direction(text, i, mark, True):
            segs.append(_Seg(open_at, -1, i, cut=True))
            open_at = i
        else:
            segs.append(_Seg(open_at, i, i + 1))
            open_at = -1
    if open_at >= 0:
        e = end
        while e > open_at + 1 and text[e - 1].isspace():
            e -= 1
        segs.append(_Seg(open_at, -1, e))
    return segs


def _bound_unclosed(text: str, segs: list[_Seg], end: int, cue_starts: Sequence[int]) -> None:
    """A quote left open at the paragraph end with no quote reopening the next paragraph is
    no quote running on over paragraphs but a lost closing mark. When a speech cue stands in
    its later sentences, it ends with its first sentence rather than swallowing them."""
    if not segs or segs[-1].close >= 0 or segs[-1].cut:
        return
    seg = segs[-1]
    if _quote_continues(text, end, text[seg.open]):
        return
    stop = _UNCLOSED_END_RE.search(text, seg.open + 1, seg.end)
    if stop is not None and any(stop.end() < c < seg.end for c in cue_starts):
        seg.end = stop.start()


def _quote_continues(text: str, end: int, mark: str) -> bool:
    """True when the paragraph after ``end`` opens with a quote mark of ``mark``'s kind, the
    news convention for a quote running over paragraphs (no closing mark until its last)."""
    i = end
    n = len(text)
    while i < n and text[i].isspace():
        i += 1
    return i < n and _FAMILY.get(text[i]) == _FAMILY[mark]


def _inside(pos: int, segs: Sequence[_Seg], k: int) -> tuple[bool, int]:
    """Whether ``pos`` lies inside a segment; ``k`` is a moving pointer (positions ascend)."""
    while k < len(segs) and segs[k].end <= pos:
        k += 1
    return (k < len(segs) and segs[k].open <= pos), k


def _next_visible(text: str, i: int, limit: int) -> str:
    while i < limit and text[i].isspace():
        i += 1
    return text[i] if i < limit else ""


def _prev_visible(text: str, i: int, limit: int) -> tuple[str, int]:
    """The last non-space character before ``i`` (not before ``limit``) and its index."""
    j = i - 1
    while j >= limit and text[j].isspace():
        j -= 1
    return (text[j], j) if j >= limit else ("", limit - 1)


def _mark_before(text: str, i: int, limit: int) -> tuple[str, int]:
    """Like :func:`_prev_visible`, but a comma standing inside a closing quote right before
    ``i`` counts as the mark ('... on her shoulders," adding that'), with the quote's end as
    its edge: the comma and the edge where the clause before it ends."""
    prev, pj = _prev_visible(text, i, limit)
    if prev in _CLOSING_MARKS and _prev_visible(text, pj, limit)[0] == ",":
        return ",", pj + 1
    return prev, pj


class _Finder:
    """One article's run: holds the text, tables and speaker index while paragraphs are read."""

    def __init__(self, article: Article, entities: Sequence[Entity], claims: Sequence[Claim]) -> None:
        self.article = article
        self.text = article.text
        self.t: Tables = tables()
        t = self.t
        self.w_abbreviation = t.of("abbreviation")
        self.w_degree = t.of("degree")
        # words that open a clause of their own: a "that" after one of them is inside that clause
        self.w_pronoun = t.of("he") | t.of("she") | t.of("it") | t.of("group")
        self.w_clause_start = t.of("boundary") | self.w_pronoun
        self.w_noclause = t.of("noclause")
        self.w_greeting = t.of("greeting")
        self.w_adverb = t.of("adverb")
        self.w_adverbial = t.of("adverbial")
        self.w_aux = t.of("aux")
        self.w_boundary = t.of("boundary")
        self.w_determiner = t.of("determiner")
        self.w_group = t.of("group")
        self.w_he = t.of("he")
        self.w_opener = t.of("opener")
        self.w_passive = t.of("passive")
        self.w_means = t.of("means")
        self.w_aside = t.of("aside")
        self.w_floating = t.of("floating")
        self.w_hedge = t.of("hedge")
        self.w_past = t.of("past")
        self.w_negation = t.of("negation")
        self.w_length = t.of("length")
        self.w_relative = t.of("relative")
        self.w_she = t.of("she")
        self.w_it = t.of("it")
        self.w_time = t.of("time")
        self.w_modifier = t.of("modifier")
        self.w_perfect = t.of("perfect")
        self.w_venue = t.of("venue")
        self.w_venue_prep = frozenset({"in", "at", "during", "via", "through", "on"})
        self.w_orgnoun = t.of("orgnoun")
        self.w_timelead = t.of("timelead")
        self.w_listener = t.of("listener")
        self.w_title = t.of("title")
        # the reporter of a byline and the photographer of a credit are no subjects of the story
        credited = tuple((r.start, r.end) for r in article.regions if r.kind in ("byline", "credit"))
        self.index = SpeakerIndex(self.text, entities, claims, self.t, skip=credited)
        # where place names start and end: "Pyongyang denied it, saying ..." reports a
        # government the words do not name (the speaker stays None)
        self.places = {m.start: m.end for e in entities if e.kind == "place" for m in e.mentions}
        self.out: list[QuoteClaim] = []
        #: where the quotes already made into direct claims open (a quote is claimed once)
        self.quoted_opens: set[int] = set()
        self.ctx: _Ctx | None = None

    # -- driving ---------------------------------------------------------------

    def run(self) -> list[QuoteClaim]:
        """Read the article paragraph by paragraph and return its quote claims."""
        text = self.text
        self.cues = self.t.find_cues(text)
        self.ci = 0
        start = 0
        n = len(text)
        for m in _NEWLINE_RE.finditer(text):
            a, b = m.span()
            gap = m.group()
            if not (
                gap.count("\n") + gap.count("\u2029") > 1
                or text[max(0, a - 8) : a].rstrip()[-1:] in _LINE_END
                or (b < n and text[b] in _QUOTE_OPENERS)
                or "\u2029" in gap
            ):
                continue
            self.paragraph(start, a)
            start = b
        self.paragraph(start, n)
        return self.out

    def paragraph(self, start: int, end: int) -> None:
        """Pair the paragraph's quote marks, then read each sentence that has a quote or a cue."""
        text = self.text
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        cues = self.cues
        ci = self.ci
        while ci < len(cues) and cues[ci][0] < start:
            ci += 1
        cj = ci
        while cj < len(cues) and cues[cj][0] < end:
            cj += 1
        self.ci = cj
        if start >= end:
            return
        if self.ctx is not None and not self.ctx.direct:
            self.ctx = None  # only a direct quote carries over into the next paragraph
        segs = _segments(text, start, end)
        _bound_unclosed(text, segs, end, [hit[0] for hit in cues[ci:cj]])
        if not segs and ci == cj:
            self.ctx = None
            return
        # the cues outside quotes (both lists are in text order: one merge pass)
        para_cues = []
        k = 0
        n_segs = len(segs)
        for hit in cues[ci:cj]:
            pos = hit[0]
            while k < n_segs and segs[k].end <= pos:
                k += 1
            if k == n_segs or segs[k].open > pos:
                para_cues.append(hit)
        si = qi = 0
        for s_start, s_end in self.sentences(start, end, segs):
            while si < len(segs) and segs[si].open < s_start:
                si += 1
            sj = si
            while sj < len(segs) and segs[sj].open < s_end:
                sj += 1
            while qi < len(para_cues) and para_cues[qi][0] < s_start:
                qi += 1
            qj = qi
            while qj < len(para_cues) and para_cues[qj][0] < s_end:
                qj += 1
            self.sentence(s_start, s_end, segs[si:sj], para_cues[qi:qj])
            si, qi = sj, qj

    def sentences(self, start: int, end: int, segs: list[_Seg]) -> Iterator[tuple[int, int]]:
        """Cut a paragraph into sentences; quotes are atomic, abbreviations and initials do not end one."""
        text = self.text
        cuts: list[int] = []
        k = 0
        for m in _END_RE.finditer(text, start, end):
            inside, k = _inside(m.start(), segs, k)
            if inside:
                continue
            nxt = _next_visible(text, m.end(), end)
            if not nxt or nxt.islower():
                continue
            ms = m.start()
            if m.group() == "." and not (ms - start > 7 and text[ms - 7 : ms].isalpha()):
                # (a word of seven letters or more before the stop is no abbreviation or initial)
                lo = max(start, m.start() - 24)
                ws = max(text.rfind(" ", lo, m.start()), text.rfind("\n", lo, m.start()), lo - 1)
                word = text[ws + 1 : m.start()].lstrip("([“\"'‘")
                if word.casefold() in self.w_abbreviation or (len(word) == 1 and word.isupper()):
                    continue
                if "." in word and all(len(p) <= 1 for p in word.split(".")):
                    continue  # initials and dotted abbreviations: "U.S.", "J.R."
            cuts.append(m.end())
        if not segs:
            yield from self._cut(start, end, cuts)
            return
        after = _after_attr_re()
        for seg in segs:
            if seg.close < 0 or seg.close + 1 >= end:
                continue
            last, _ = _prev_visible(text, seg.close, seg.open + 1)
            if last not in ".!?" or not text[seg.close + 1].isspace():
                continue
            nxt = _next_visible(text, seg.close + 1, end)
            if not nxt or nxt.islower():
                continue
            if nxt not in '“"«„':
                hit = after.match(text, seg.close + 1, min(end, seg.close + 120))
                # "“Why?” Kim asked." goes on; after a full stop only a bare attribution
                # does ("“We will go.” Kim said."), not a new sentence ("... Kim pledged support.")
                if hit is not None and (
                    last != "." or _next_visible(text, hit.end(), end) in (".", ",", ";", "")
                ):
                    continue
            cuts.append(seg.close + 1)
        cuts.sort()
        yield from self._cut(start, end, cuts)

    @staticmethod
    def _cut(start: int, end: int, cuts: list[int]) -> Iterator[tuple[int, int]]:
        """The sentences between the sorted cut points."""
        s = start
        for c in cuts:
            if c > s:
                yield s, c
                s = c
        if s < end:
            yield s, end

    # -- one sentence ------------------------------------------------------------

    def sentence(
        self, start: int, end: int, segs: list[_Seg], cue_hits: list[tuple[int, int, Cue]], depth: int = 0
    ) -> None:
        if not segs and not cue_hits:
            self.ctx = None
            return
        text = self.text
        while start < end and text[start].isspace():
            start += 1
        dateline = _DATELINE_RE.match(text, start, end)
        if dateline is not None:
            start = dateline.end()
            segs = [g for g in segs if g.open >= start]
            cue_hits = [h for h in cue_hits if h[0] >= start]
        attr = None
        secondary: list[tuple[int, int, Cue]] = []
        tried = 0
        for i, (cs, ce, cue) in enumerate(cue_hits):
            if "participle" in cue.flags:
                continue
            tried += 1
            if tried > _MAX_CUES_TRIED:
                break  # no sentence has this many speech verbs: text that only repeats them
            attr = self.attribution(start, end, cs, ce, cue, segs)
            if attr is not None:
                secondary = [h for h in cue_hits[i + 1 :] if h[0] >= attr.end]
                break
        made = 0
        if attr is not None:
            speaker = self.index.resolve(attr.spk_start, attr.spk_end)
            spk_text = text[attr.spk_start : attr.spk_end]
            if spk_text.casefold() in self.w_it and attr.spk_start > start:
                # "The ministry will open 1,318 test sites ..., it said": "it" is the
                # organisation the sentence opened with
                opener = self._determiner_noun(start, attr.spk_start)
                if opener is not None:
                    speaker = self.index.resolve(*opener) or speaker
            clause_end = end
            extra = []
            relay_cue: tuple[int, int, int, Cue] | None = None  # ", state media reported Sunday."
            relative: tuple[int, int, Cue, tuple[int, int]] | None = None  # ", which said ..."
            tail = -1  # where a clause of its own, with its own attribution, starts
            # one search per sentence: with a cue after it, ", as" opens such a clause
            sub = _SUBORDINATE.search(text, attr.end, secondary[-1][0]) if secondary else None
            if (
                attr.form == "subject"
                and _RELATIVE_BEFORE_RE.search(text, max(start, attr.cue_start - 12), attr.cue_start)
                is not None
            ):
                # "The firm, which said profits rose, hired staff": the relative clause ends at
                # its comma, where the main clause's verb goes on
                comma = text.find(",", attr.cue_end, end)
                if comma >= 0:
                    clause_end = min(clause_end, comma)
            for cs, ce, cue in secondary:
                if (
                    _RELATIVE_BEFORE_RE.search(text, max(start, cs - 12), cs) is not None
                    and "participle" not in cue.flags
                ):
                    # "..., according to the ministry, which said it would ask for more", "...
                    # President Donald Trump, who has said he would ...": the words before the
                    # relative pronoun speak a clause of their own
                    rel_comma = text.rfind(",", max(start, cs - 12), cs)
                    clause_end = min(clause_end, rel_comma)
                    antecedent = self.subject(start, rel_comma)
                    if antecedent is not None:
                        lead = _SOURCE_LEAD_RE.match(text, antecedent[0], antecedent[1])
                        if lead is not None:
                            antecedent = (lead.end(), antecedent[1])  # "according to the ministry"
                        relative = (cs, ce, cue, antecedent)
                    break
                if sub is not None and sub.end() <= cs and "participle" not in cue.flags:
                    # "..., state media said Thursday, as Russian tour operators reported that
                    # ...": the second speaker's clause is read as a sentence of its own
                    clause_end = min(clause_end, sub.start())
                    tail = sub.end()
                    break
                # '... on her shoulders," adding that': the quote stays whole in the clause
                prev, edge = _mark_before(text, cs, start)
                if "source" in cue.flags and prev == ",":
                    # "Kim said ..., according to the ministry": the clause ends at the comma
                    clause_end = min(clause_end, edge)
                    break
                relay = self._relayed_by(cs, ce, start, end, cue)
                if relay >= 0:
                    # "Kim said ..., state media reported.": the clause ends before the relay
                    clause_end = min(clause_end, relay)
                    relay_cue = (relay, cs, ce, cue)
                    break
                is_part = "participle" in cue.flags and prev == ","
                # "... and added that", "said ... but warned that": a second verb of the speaker
                is_and = "participle" not in cue.flags and text[max(start, cs - 4) : cs].rstrip().endswith(
                    ("and", "but")
                )
                if is_part or is_and:
                    cut = edge if is_part else max(start, cs - 4)
                    clause_end = min(clause_end, cut)
                    extra.append((cs, ce, cue))
                    break
            related = attr.related
            if related is None:
                related = [g for g in segs if not g.cut and self.quote_relates(g, attr, start)]
            for seg in related:
                made += self.direct(seg, start, speaker, spk_text, attr)
            direct_made = made
            # quotes after a second verb ("said ..., but warned that ... “...”") are that verb's
            inside = [g for g in related if g.open < clause_end] if made else related
            if not made or not inside:
                made += self.reported(start, end, clause_end, attr, segs, speaker, spk_text)
            else:
                around = self._reports_around(inside, start, end, clause_end, attr, segs)
                if around is not None:
                    made += self.emit(
                        attr.start,
                        attr.end,
                        None,
                        start,
                        speaker,
                        spk_text,
                        attr.cue.text,
                        direct=False,
                        content=around,
                    )
            if (
                relay_cue is not None
                and made == direct_made
                and self._words_outside(attr.end, relay_cue[0], segs) >= 4
            ):
                # 'Kim has called for an "exponential" increase ..., state media reported
                # Sunday': the first verb gave only its quoted words; the relay reports the rest
                made += self._relay_claim(start, relay_cue)
            for cs, ce, cue in extra:
                made += self.added(cs, ce, cue, end, segs, attr, speaker, spk_text)
            if relative is not None:
                rs, rend, rcue, (ws, we) = relative
                made += self.added(rs, rend, rcue, end, segs, attr, self.index.resolve(ws, we), text[ws:we])
            self.index.note_speaker(speaker, attr.start)
            if made:
                self.ctx = _Ctx(speaker, spk_text, direct_made > 0)
            elif self._opens_quote_below(attr, end, segs):
                self.ctx = _Ctx(speaker, spk_text, True)
            else:
                self.ctx = None
            if tail >= 0 and depth < _MAX_SUBORDINATE:
                rest = [h for h in cue_hits if h[0] >= tail]
                self.sentence(tail, end, [g for g in segs if g.open >= tail], rest, depth + 1)
            return
        # No attribution: ", saying ..." after a main clause reports its subject's words,
        # "..., with analysts saying ..." the words of the subject after "with".
        for cs, ce, cue in cue_hits:
            if "participle" not in cue.flags:
                continue
            if _mark_before(text, cs, start)[0] == ",":  # also 'as “a pipe dream,” saying ...'
                if self.participle(start, end, cs, ce, cue, segs):
                    return
                break
            if self.with_participle(start, end, cs, ce, cue, segs):
                return
        # A quote opening the sentence continues the current speaker.
        ctx = self.ctx
        if ctx is not None and segs and segs[0].open == start and self._quotes_only(start, end, segs):
            for seg in segs:
                if seg.cut or self.is_name(seg, start, adjacent=seg.open == start):
                    continue
                made += self.emit(seg.open, seg.end, seg, start, ctx.speaker, ctx.text, None, direct=True)
        self.ctx = ctx if made else None

    def _words_outside(self, lo: int, hi: int, segs: list[_Seg]) -> int:
        """How many words of ``text[lo:hi]`` stand outside quotation marks."""
        n = 0
        k = 0
        for w in _WORD_RE.finditer(self.text, lo, hi) if hi > lo else ():
            inside, k = _inside(w.start(), segs, k)
            n += not inside
        return n

    def _relay_claim(self, start: int, relay: tuple[int, int, int, Cue]) -> int:
        """The claim of a relaying speaker that closes the sentence (", state media reported"):
        everything before its comma, reported by the words between the comma and the cue."""
        comma, cs, ce, cue = relay
        words = list(_WORD_RE.finditer(self.text, comma + 1, cs))
        if not words:
            return 0
        spk_start, spk_end = words[0].start(), words[-1].end()
        speaker = self.index.resolve(spk_start, spk_end)
        spk_text = self.text[spk_start:spk_end]
        return self.emit(
            spk_start, ce, None, start, speaker, spk_text, cue.text, direct=False, content=(start, comma)
        )

    def _relayed_by(self, cs: int, ce: int, start: int, end: int, cue: Cue) -> int:
        """Where the clause of an attribution ends when a second, closing attribution relays the
        sentence ("Kim said the country must be ready, state media reported."): the comma
        before the relaying speaker, or -1 when the cue at ``cs`` is no such relay."""
        if "after" not in cue.flags or "participle" in cue.flags:
            return -1
        text = self.text
        comma = text.rfind(",", max(start, cs - _RELAY_BACK), cs)
        if comma < 0 or _PUNCT_RE.search(text, comma + 1, cs):
            return -1
        words = _WORD_RE.findall(text, comma + 1, cs)
        if not words or len(words) > _MAX_SPEAKER_WORDS // 2 + 1:
            return -1
        if any(w.casefold() in self.w_boundary or w.casefold() in self.w_aux for w in words):
            return -1  # ", which state media reported", ", as officials have said"
        if end - ce > _RELAY_BACK:
            return -1
        tail = _WORD_RE.findall(text, ce, end)
        if len(tail) > 6 or (tail and tail[0].casefold() not in self.w_adverbial):
            return -1
        return comma

    def participle(self, start: int, end: int, cs: int, ce: int, cue: Cue, segs: list[_Seg]) -> bool:
        """ "Lee criticized the plan, saying it would hurt ties": the participle reports the words
        of the main clause's subject (a name, a pronoun or "the ministry" opening the sentence).
        Returns whether a claim was made."""
        span = self.main_subject(start, cs)
        if span is None:
            return False
        speaker = self.index.resolve(*span)
        words = _WORD_RE.findall(self.text, *span)
        if (
            speaker is None
            and not (len(words) == 1 and words[0].casefold() in self.w_clause_start)
            and self.places.get(span[0]) != span[1]
            and not (len(words) > 1 and words[-1].casefold() in self.w_orgnoun)
        ):
            return False  # "The ministry ..." or "Yoon's office ..." speak unnamed; other words do not
        spk_text = self.text[span[0] : span[1]]
        made = 0
        related = [g for g in segs if g.open >= ce and not g.cut and self._after_participle(ce, g, cue)]
        attr = _Attr(cue, cs, ce, span[0], span[1], "subject")
        for seg in related:
            made += self.emit(cs, seg.end, seg, start, speaker, spk_text, cue.text, direct=True)
        if not made:
            bounds = self._participle_clause(ce, end, cue)
            inside = [g for g in segs if bounds is not None and bounds[0] <= g.open < bounds[1]]
            if bounds is not None and not any(g.cut for g in inside):
                label = self._clause_label(cue, bounds)
                # ', saying it was “a budget for the rich”': the quoted words are the speaker's
                # too, and the clause is reported as well when they are a small part of it
                for seg in inside:
                    made += self.emit(cs, seg.end, seg, start, speaker, spk_text, cue.text, direct=True)
                if not inside or self._mostly_unquoted(bounds, inside):
                    made += self.emit(
                        cs, ce, None, cs, speaker, spk_text, label, direct=False, content=bounds
                    )
        if not made:
            return False
        self.index.note_speaker(speaker, attr.start)
        self.ctx = _Ctx(speaker, spk_text, bool(related))
        return True

    def with_participle(self, start: int, end: int, cs: int, ce: int, cue: Cue, segs: list[_Seg]) -> bool:
        """ "The central bank held its rate, with Governor Rhee Chang-yong saying inflation was
        sticky": the words between "with" and the participle speak (a name, a title and a
        name, or a group such as "analysts"). Returns whether a claim was made."""
        text = self.text
        m = next(
            (w for w in _WITH_SUBJECT_RE.finditer(text, max(start, cs - _WITH_BACK), cs) if w.end() == cs),
            None,
        )
        if m is None:
            return False
        words = _WORD_RE.findall(text, m.start(1), m.end(1))
        if not words or len(words) > _MAX_SUBJECT_WORDS:
            return False
        if any(w.casefold() in self.w_boundary or w.casefold() in self.w_aux for w in words):
            return False
        span = (m.start(1), m.end(1))
        near = self.index.mentions_in(*span)
        if near:
            _s, e, _ent = near[-1]
            if e != span[1]:
                return False  # "with Samsung shares saying": the name is no speaker
        elif not (
            (len(words) == 1 and words[0].islower() and words[0].endswith("s"))
            or (words[0].casefold() in self.w_determiner and words[-1].casefold() in self.w_orgnoun)
        ):
            # without a name, a plural group ("with analysts saying") or an organisation
            # described ("with the ministry saying") speaks; "with the yen saying" is no speech
            return False
        bounds = self._participle_clause(ce, end, cue)
        if bounds is None or any(bounds[0] <= g.open < bounds[1] for g in segs):
            return False
        speaker = self.index.resolve(*span)
        spk_text = text[span[0] : span[1]]
        label = self._clause_label(cue, bounds)
        made = self.emit(span[0], ce, None, span[0], speaker, spk_text, label, direct=False, content=bounds)
        if made:
            self.index.note_speaker(speaker, span[0])
            self.ctx = _Ctx(speaker, spk_text, False)
        return bool(made)

    def _clause_label(self, cue: Cue, bounds: tuple[int, int]) -> str:
        """The cue as a claim names it: "saying", or "noting that" when "that" opens the clause."""
        return f"{cue.text} that" if self.text[bounds[0] - 5 : bounds[0]].strip() == "that" else cue.text

    def _mostly_unquoted(self, bounds: tuple[int, int], quoted: list[_Seg]) -> bool:
        """True when most words of a reported clause stand outside its partial quotes."""
        text = self.text
        total = len(_WORD_RE.findall(text, *bounds))
        inside = sum(len(_WORD_RE.findall(text, g.open, g.content_end)) for g in quoted)
        if total - inside < _REPORT_AROUND_WORDS:
            return False
        if total - inside >= inside:
            return True
        # "said Pyongyang was likely to answer the drills with “a show of force ...”": the
        # words before the first quote are a clause of their own, however long the quote
        lead = list(_WORD_RE.finditer(text, bounds[0], min(g.open for g in quoted))) if quoted else []
        return len(lead) >= _CLAUSE_LEAD_WORDS and self._shows_clause(lead, 0)

    def _after_participle(self, ce: int, seg: _Seg, cue: Cue) -> bool:
        """A quote right after a participle (", saying, “...”", ", calling it “...”")."""
        gap = self.text[ce : seg.open].strip()
        if not gap or gap in (",", ":") or gap.casefold() == "that":
            return True
        return "partial" in cue.flags and len(_WORD_RE.findall(gap)) <= 3 and not _PUNCT_RE.search(gap)

    def _participle_clause(self, ce: int, end: int, cue: Cue) -> tuple[int, int] | None:
        """The clause after a participle: after its "that" (close by), or right after "saying"."""
        text = self.text
        words = list(_WORD_RE.finditer(text, ce, min(end, ce + _THAT_REACH)))
        if not words or _PUNCT_RE.search(text, ce, words[0].start()):
            return None
        first = words[0].group().casefold()
        if first == "that":
            return words[0].end(), end
        if first in self.w_adverbial:
            # ", saying in a statement that ..."
            for w in words[1:_THAT_WORDS]:
                if w.group().casefold() == "that":
                    return (w.end(), end) if not _PUNCT_RE.search(text, ce, w.start()) else None
            return None
        if first in self.w_boundary or first == "so" or first == "to" or first in self.t.cues:
            return None
        if "clause" in cue.flags:
            return words[0].start(), end
        # "adding the two would discuss trade": a clause without "that" must show it is one
        word = words[0].group()
        if not (first in self.w_clause_start or first in self.w_determiner or word[:1].isupper()):
            return None
        if first in self.w_pronoun and len(words) > 1 and words[1].group().islower():
            return words[0].start(), end  # "and said it violated the accord": a subject pronoun and its verb
        head = [w.group().casefold() for w in words[1:_CLAUSE_VERB_WORDS]]
        return (words[0].start(), end) if any(h in self.w_aux for h in head) else None

    def main_subject(self, start: int, cs: int) -> tuple[int, int] | None:
        """The subject opening the sentence before ``cs``: a name (after title words, a fronted
        adverbial or an appositive: "Lee Jae-myung, the party's leader, slammed ..."), a pronoun
        or a description ("The ministry expressed regret ..."), followed by its verb."""
        text = self.text
        lo = start
        first = _WORD_RE.match(text, lo)
        head_comma = text.find(",", start, min(cs, start + _FRONTED_REACH))
        if head_comma >= 0 and self._lone_phrase((start, head_comma), _FRONTED_WORDS):
            lo = self._next_word_at(head_comma + 1)  # "On Tuesday, Kim ..."
            first = _WORD_RE.match(text, lo)
        if first is None:
            return None
        word = first.group()
        after = _WORD_RE.search(text, first.end(), cs)
        if word.casefold() in self.w_clause_start and word[:1].isupper():
            # "He visited the site, saying ..."
            if (
                after is not None
                and after.group()[:1].islower()
                and not text[first.end() : after.start()].strip()
            ):
                return first.start(), first.end()
            return None
        place_end = self.places.get(first.start(), -1)
        if place_end > 0:
            # "Pyongyang denied the report, saying ...": a government by its capital's name
            verb = _WORD_RE.search(text, place_end, cs)
            if verb is not None and verb.group()[:1].islower() and not text[place_end : verb.start()].strip():
                return first.start(), place_end
            # "U.S. Secretary of State Antony Blinken condemned ...": a name may follow
        for s, e, ent in self.index.mentions_in(lo, cs):
            if s < lo:
                continue
            head = _WORD_RE.findall(text, lo, s)
            if _PUNCT_RE.search(text, lo, s) or not all(
                w[:1].isupper() or w in _NAME_SMALL_WORDS or w.casefold() in self.w_modifier for w in head
            ):
                return None
            if text[e : e + 1] in ("'", "’"):
                # "Yoon's office denied ...": the possessor does not speak, the office does
                noun = _WORD_RE.match(text, e + 3) if text[e + 1 : e + 3] == "s " else None
                if noun is None or noun.group().casefold() not in self.w_orgnoun:
                    return None
                verb = _WORD_RE.search(text, noun.end(), cs)
                if verb is None or not verb.group()[:1].islower() or text[noun.end() : verb.start()].strip():
                    return None
                return lo, noun.end()
            if text[e : e + 1] == "," and ent.kind == "person":
                # "Lee Jae-myung, the leader of the party, slammed ...": the appositive ends at a comma
                close = text.find(",", e + 1, min(cs, e + _APPOSITION_BACK))
                verb = _WORD_RE.search(text, close + 1, cs) if close >= 0 else None
                if (
                    verb is not None
                    and verb.group()[:1].islower()
                    and not text[close + 1 : verb.start()].strip()
                ):
                    return lo, e
                return None
            verb = _WORD_RE.search(text, e, cs)
            if verb is None or not verb.group()[:1].islower() or text[e : verb.start()].strip():
                return None
            if verb.group().casefold() in self.index.roles:
                # "Democratic Party leader Lee Jae-myung slammed ...": the title's holder
                for s2, e2, ent2 in self.index.mentions_in(verb.end(), verb.end() + 2):
                    if s2 > verb.end() and ent2.kind == "person" and not text[verb.end() : s2].strip():
                        nxt = _WORD_RE.search(text, e2, cs)
                        if (
                            nxt is not None
                            and nxt.group()[:1].islower()
                            and not text[e2 : nxt.start()].strip()
                        ):
                            return lo, e2
                return None
            return lo, e
        # "The ministry expressed regret, adding that ...": a determiner and an organisation noun
        if word.casefold() not in self.w_determiner:
            return None
        words = list(_WORD_RE.finditer(text, lo, min(cs, lo + 120)))[:5]
        for j in range(1, min(4, len(words) - 1)):
            w = words[j].group()
            f = w.casefold()
            if (
                w[:1].isupper()
                or f in self.w_adverbial
                or f in self.w_aux
                or _PUNCT_RE.search(text, lo, words[j + 1].start())
            ):
                return None
            if w.casefold() in self.w_orgnoun:
                return (lo, words[j].end()) if words[j + 1].group()[:1].islower() else None
        return None

    def _reports_around(
        self, related: list[_Seg], start: int, end: int, clause_end: int, attr: _Attr, segs: list[_Seg]
    ) -> tuple[int, int] | None:
        """The reported clause around partial quotes, when they are a small part of it ("said
        Asia must not become a stage for “bloc confrontation”"): a claim of its own too."""
        if not related or any(g.open <= start or self._introduced(g, start) for g in related):
            return None
        if attr.clause_known and clause_end == end:
            bounds = attr.clause
        else:
            bounds = self.clause_bounds(start, end, clause_end, attr, segs)
            if clause_end == end:
                attr.clause, attr.clause_known = bounds, True
        if bounds is None or any(g.open < bounds[0] or g.content_end > bounds[1] for g in related):
            return None
        lo, hi = bounds
        text = self.text
        for g in related:
            if g.close >= 0 and _prev_visible(text, g.close, g.open + 1)[0] == ",":
                hi = min(hi, g.end)  # '... “work for peace,” quoting him': the clause ends with the quote
        inside = [g for g in related if g.end <= hi]
        if self._mostly_unquoted((lo, hi), inside):
            return lo, hi
        if (
            inside
            and text[max(0, lo - 6) : lo].split()[-1:] == ["that"]
            and self._subject_then_quote(lo, inside[0])
        ):
            # 'said ... that the revised bill “reflects the bank's concerns”': the quote is
            # the predicate of a "that" clause whose subject stands outside it
            return lo, hi
        return None

    def _subject_then_quote(self, lo: int, seg: _Seg) -> bool:
        """True when two to six words, with no verb of their own, lead from ``lo`` to the
        quote ``seg``: the clause's subject ("the revised bill")."""
        words = _WORD_RE.findall(self.text, lo, seg.open)
        return 2 <= len(words) <= 6 and not any(
            w.casefold() in self.w_aux or w.casefold() in self.t.cues for w in words
        )

    def _quotes_only(self, start: int, end: int, segs: list[_Seg]) -> bool:
        """True when the sentence is its quotes and nothing else but punctuation."""
        pos = start
        for seg in segs:
            if _WORD_RE.search(self.text, pos, seg.open):
                return False
            pos = seg.end
        return _WORD_RE.search(self.text, pos, end) is None

    # -- attribution ---------------------------------------------------------------

    def attribution(self, start: int, end: int, cs: int, ce: int, cue: Cue, segs: list[_Seg]) -> _Attr | None:
        """Tie the cue at ``cs:ce`` to its speaker words, or ``None`` when it is no attribution here."""
        text = self.text
        if "source" in cue.flags:
            span = self.speaker_after(ce, end, source=True)
            if span is None:
                return None
            return _Attr(cue, cs, ce, span[0], self._named_after(span, end), "source")
        by = _BY_AFTER_RE.match(text, ce) if not text.endswith("ing", cs, ce) else None
        if by is not None and by.group(1).casefold() not in self.w_means:
            # "a move predicted by 16 economists": a passive participle ("quoted as saying
            # by KCNA" is speech)
            return None
        lo = max(start, cs - 40)
        for m in _PUNCT_RE.finditer(text, lo, cs):
            lo = m.end()
        before_words = _WORD_RE.findall(text, lo, cs)[-2:]
        if before_words and before_words[-1].casefold() in _RELATIVE_SPEAKERS and "quoted" not in cue.flags:
            # "according to the Chinese embassy in Seoul, which said it had asked ...": the
            # words before the comma speak
            rel_m = _RELATIVE_BEFORE_RE.search(text, max(start, cs - 12), cs)
            if rel_m is not None:
                span = self.subject(start, rel_m.start())
                if span is not None:
                    return self.check(_Attr(cue, cs, ce, span[0], span[1], "subject"), start, end, segs)
            return None
        if before_words and (
            before_words[-1].casefold() in self.w_boundary
            or any(w.casefold() in self.w_passive for w in before_words)
            # "did not say the plan had failed", "declined to say how much": nothing was said
            or any(w.casefold() in self.w_negation for w in before_words)
        ):
            return None
        prev, _pj = _prev_visible(text, cs, start)
        if prev.isalpha():
            # "Seong, one of the dissenters, had warned ...": an auxiliary or an adverb
            # between the appositive's comma and the cue
            lead = self._aux_lead(start, cs)
            if lead < cs:
                p2, pj2 = _prev_visible(text, lead, start)
                if p2 == ",":
                    prev, _pj, cs = p2, pj2, lead
        after_quote = False
        for g in segs:
            if g.close >= 0 and g.close < cs and not text[g.close + 1 : cs].strip(" ,\u00a0"):
                if not self.is_title(g, start):
                    after_quote = True
                elif _pj == g.close:
                    # 'Song, who won at Cannes for "Broker," said': a title in quotes is part
                    # of the subject's words, its comma the comma before the cue
                    prev, _ = _prev_visible(text, g.close, g.open + 1)
        if after_quote or not prev:
            if "inverted" in cue.flags:
                span = self.speaker_after(ce, end, source=False)
                if span is not None:
                    return self.check(_Attr(cue, cs, ce, span[0], span[1], "inverted"), start, end, segs)
            return None
        if prev == ",":
            aside = _ASIDE_RE.search(text, max(start, cs - 30), cs)
            if aside is not None and self._is_adverb(aside.group(1)):
                # "Experts, however, said ...": the subject stands before the aside
                span = self.subject(start, aside.start())
                if span is None:
                    return None
                return self.check(_Attr(cue, cs, ce, span[0], span[1], "subject"), start, end, segs)
            rel = self._relative_aside(start, cs)
            if rel is not None:
                # "The company, which makes chips, said ...": the subject stands before the aside;
                # "Riikka Mäenpää, a consultant at Opetusvirta Oy, which has advised ..., told":
                # the person of an appositive before it
                span = self.apposition(start, rel, persons_only=True) or self.subject(start, rel)
                if span is None:
                    return None
                return self.check(_Attr(cue, cs, ce, span[0], span[1], "subject"), start, end, segs)
            span = self.apposition(start, cs, persons_only=True) or self._described_opener(start, cs)
            if span is None and "inverted" in cue.flags:
                inv = self.speaker_after(ce, end, source=False)
                # "..., said Kim." / "..., said Kim, a professor": the speaker ends the sentence
                # or a clause; "The White House, in a statement, said the two ..." is no inversion
                if inv is not None and _next_visible(text, inv[1], end) not in ("", ",", ".", ";"):
                    trail = self._speaker_trails(inv[1], end)
                    inv = (inv[0], trail) if trail >= 0 else None
                if inv is not None:
                    return self.check(_Attr(cue, cs, ce, inv[0], inv[1], "inverted"), start, end, segs)
            if span is None:
                span = self.apposition(start, cs, persons_only=False)
            if span is None:
                return None
            return self.check(_Attr(cue, cs, ce, span[0], span[1], "subject"), start, end, segs)
        span = None
        if before_words and before_words[-1].casefold() == "and" and "quoted" not in cue.flags:
            # "The company also raised its dividend and said ...": the sentence's subject
            span = self.coordinated_subject(start, cs)
        if span is None:
            span = self._quoted_subject(start, cs) if "quoted" in cue.flags else self.subject(start, cs)
        if span is None:
            return None
        return self.check(_Attr(cue, cs, ce, span[0], span[1], "subject"), start, end, segs)

    def _aux_lead(self, start: int, cs: int) -> int:
        """Where the perfect auxiliaries and adverbs right before a cue begin ("had", "has
        also"); ``cs`` when there are none."""
        lead = cs
        for _ in range(3):
            m = _LAST_WORD_RE.search(self.text, max(start, lead - 16), lead)
            if m is None:
                break
            w = m.group(1)
            if not (w.casefold() in self.w_perfect or self._is_adverb(w)):
                break
            lead = m.start(1)
        return lead

    def _quoted_subject(self, start: int, cs: int) -> tuple[int, int] | None:
        """ "Kim was quoted by KCNA as saying": the speaker is the subject of "was quoted", not
        the medium after "by"; ``None`` when no such passive stands before the cue."""
        words = list(_WORD_RE.finditer(self.text, max(start, cs - _BACK), cs))
        for k in range(len(words) - 2, 0, -1):
            if words[k].group() == "quoted" and words[k - 1].group().casefold() in self.w_passive:
                return self.subject(start, words[k - 1].start())
        return None

    def _speaker_trails(self, e: int, end: int) -> int:
        """Where an inverted speaker's words end when what follows them to the sentence end
        only describes the speaker: "said a diplomat familiar with the matter." (the words
        run on to the end), "said an official who declined to be named." (a relative clause
        on the speaker, left out); -1 when something else follows."""
        text = self.text
        if end - e > _TAIL_REACH:
            return -1
        words = list(_WORD_RE.finditer(text, e, end))
        if not words or _PUNCT_RE.search(text, e, end):
            return -1
        first = words[0].group()
        if first in self.w_relative and first != "what":
            return e
        if len(words) > _TRAIL_WORDS or any(
            w.group().casefold() in self.w_clause_start
            or w.group().casefold() in self.w_aux
            or w.group().casefold() in self.t.cues
            for w in words
        ):
            return -1
        # "said Park at a forum in Seoul": an adverbial after a name is no part of its words;
        # after a description it is ("a diplomat familiar with the matter")
        last = _LAST_WORD_RE.search(text, max(0, e - 40), e + 1) if e < len(text) else None
        named = last is None or not last.group(1).islower()
        return e if named and first.casefold() in self.w_adverbial else words[-1].end()

    def _relative_aside(self, start: int, cs: int) -> int | None:
        """Where a relative or participial aside before a cue starts (the comma before
        "which"/"who" in "The company, which makes chips, said", or before "speaking" in "A
        U.S. official, speaking on condition of anonymity, said"), or ``None``. The aside
        holds no other punctuation."""
        text = self.text
        lo = max(start, cs - _APPOSITION_BACK)
        comma = text.rfind(",", lo, cs)
        if comma < 0 or text[comma + 1 : cs].strip():
            return None
        m = _LAST_PUNCT_RE.search(text, lo, comma)
        if m is None or text[m.start()] != ",":
            return None
        word = _WORD_RE.match(text, self._next_word_at(m.end()))
        if word is None or m.start() <= start:
            return None
        w = word.group()
        # "which makes chips", or a participle: "speaking on condition of anonymity"
        if w not in self.w_aside and not (w.islower() and len(w) > 5 and w.endswith("ing")):
            return None
        return m.start()

    def coordinated_subject(self, start: int, cs: int) -> tuple[int, int] | None:
        """ "Blinken spoke with Park on Wednesday and said ...": the person or organisation
        opening the sentence (after title words) and followed by its verb speaks."""
        if start in self.index.role_starts:
            # "Korail chief executive Bae Sung Won, who took office in September, apologized
            # Friday and said": the person the opening title phrase names
            for s, e, ent in self.index.mentions_in(start, min(cs, start + _TITLE_PHRASE_REACH)):
                if ent.kind == "person" and s > start and not _PUNCT_RE.search(self.text, start, s):
                    return start, e
        for s, e, _ent in self.index.mentions_in(start, cs):
            if s < start:
                continue
            nxt = _WORD_RE.search(self.text, e, cs)
            head = self.text[start:s]
            if (
                nxt is not None
                and nxt.group().islower()
                and not _PUNCT_RE.search(head)
                and all(w[:1].isupper() or w in _NAME_SMALL_WORDS for w in _WORD_RE.findall(head))
            ):
                return start, e
            break
        # "The service deployed 52 helicopters ... and said": a determiner and its noun open
        # the sentence, and a lower-case verb or adverb follows them
        opener = self._determiner_noun(start, cs)
        if opener is not None:
            return opener
        # "She has pledged a fund ... and says it would ...": a pronoun opens the sentence
        w = _WORD_RE.match(self.text, start, cs)
        if w is not None and (w.group().casefold() in self.w_he or w.group().casefold() in self.w_she):
            return w.span()
        return None

    def _determiner_noun(self, start: int, hi: int) -> tuple[int, int] | None:
        """The determiner and noun opening a sentence at ``start`` ("The service", "The
        ministry") when a lower-case word follows them before ``hi``, else ``None``."""
        m = _DET_NOUN_RE.match(self.text, start, hi)
        if m is None or m.group(1).casefold() not in self.w_determiner:
            return None
        return m.start(1), m.end(2)

    def check(self, attr: _Attr, start: int, end: int, segs: list[_Seg]) -> _Attr | None:
        """Keep an attribution only when it has something to attribute: a quote or a clause."""
        attr.related = [g for g in segs if not g.cut and self.quote_relates(g, attr, start)]
        if attr.related:
            return attr
        attr.clause = self.clause_bounds(start, end, end, attr, segs)
        attr.clause_known = True
        if attr.clause is not None:
            return attr
        if self._opens_quote_below(attr, end, segs):
            return attr
        return None

    def _opens_quote_below(self, attr: _Attr, end: int, segs: list[_Seg]) -> bool:
        """ "Kim told reporters:" closing its paragraph: the quote follows in the next one."""
        text = self.text
        if "quote" not in attr.cue.flags or segs or text[end - 1 : end] != ":":
            return False
        return len(_WORD_RE.findall(text, attr.end, end)) <= 6

    def word_before(self, i: int, limit: int) -> str:
        """The word right before ``i`` (not before ``limit``), or "" after punctuation."""
        lo = max(limit, i - 40)
        words = _WORD_RE.findall(self.text, lo, i)
        return words[-1] if words and not self.text[lo:i].rstrip().endswith((",", ";", ":", "”", '"')) else ""

    def subject(self, start: int, cs: int) -> tuple[int, int] | None:
        """The speaker words right before a cue ("Experts at the forum noted"), back to a clause edge."""
        text = self.text
        lo = max(start, cs - _BACK)
        # "The Korean Central News Agency (KCNA) said": an acronym in brackets belongs to the name
        stop = cs
        paren = _PAREN_BEFORE_RE.search(text, max(lo, cs - 24), cs)
        if paren is not None:
            stop = paren.start()
        last = _LAST_PUNCT_RE.search(text, lo, stop)
        if last is not None:
            edge = last.end()
            # a capital after the comma may continue a name ("Ministry of Trade, Industry")
            named = (
                self._name_across(last.start(), stop, start)
                if _next_visible(text, edge, stop).isupper()
                else None
            )
            if named is not None:
                return named[0], (named[1] if paren is None else text.rindex(")", paren.start(), cs) + 1)
        elif lo == start:
            edge = lo
        else:
            return None
        words = list(_WORD_RE.finditer(text, edge, stop))
        keep: list[re.Match[str]] = []
        cues = self.t.cues
        for w in reversed(words):
            word = w.group()
            if word.casefold() in self.w_relative and keep:
                return None  # "which analysts said", "what they called": not the sentence's attribution
            if word.casefold() in self.w_boundary or word.casefold() in cues:
                break
            keep.append(w)
        if len(keep) == 1 and keep[0].group().isdigit() and last is not None and text[last.start()] == ",":
            # "A nurse surnamed Jeon, 34, who ...": an age set off by commas is no speaker
            return self.subject(start, last.start())
        if keep and paren is not None and len(keep) <= _MAX_SUBJECT_WORDS:
            close = text.rindex(")", paren.start(), cs)
            return keep[-1].start(), close + 1
        if not keep or len(keep) > _MAX_SUBJECT_WORDS:
            # a long stretch: take the person or organisation named right before the cue
            near = self.index.mentions_in(max(edge, cs - 80), cs)
            if near and all(
                self._is_adverb(w) or w.casefold() in self.w_perfect or w.casefold() in self.w_floating
                for w in text[near[-1][1] : cs].split()
            ):
                # "... and HD Hyundai Heavy Industries both say": an adverb may stand between
                s0, e0, ent0 = near[-1]
                if ent0.kind == "organization" and len(near) > 1 and near[-2][2].kind == "person":
                    # "Seoul City Councilor Bae Jun-ho of the Democratic Party said": the person
                    # the affiliation follows speaks
                    ps, pe, _ = near[-2]
                    if _AFFILIATION_BEFORE.fullmatch(text, pe, s0):
                        return ps, e0
                return s0, e0
            return None
        keep.reverse()
        while len(keep) > 1 and (
            self._is_adverb(keep[-1].group())
            or keep[-1].group().casefold() in self.w_perfect
            or keep[-1].group().casefold() in self.w_floating
        ):
            keep.pop()  # "Kim also said", "Moon repeatedly stressed", "The company has said", "both say"
        if len(keep) == 1 and (
            self._is_adverb(keep[0].group()) or keep[0].group().casefold() in self.w_perfect
        ):
            return None  # "The visit, also agreed at the summit, ...": an adverb alone is no speaker
        while len(keep) > 1 and keep[0].group().casefold() in self.w_opener:
            del keep[0]  # "And Kim said", "Meanwhile officials said", "..., and the bank said"
        head = keep[0].group()
        if (
            len(keep) > 1
            and head.islower()
            and head.endswith("ing")
            and keep[1].group().casefold() in self.w_determiner
        ):
            # "removing a layer of glue added during a repair": a gerund and its object, no
            # speaker ("striking workers said" keeps its participle)
            return None
        if len(keep) > 1 and keep[-1].group() in _COORDINATORS:
            return None  # "he took her hand and asked whether ...": the verb's subject is further back
        return keep[0].start(), keep[-1].end()

    def _name_across(self, p: int, stop: int, start: int) -> tuple[int, int] | None:
        """A name with punctuation in it ending the speaker words ("the Ministry of Trade,
        Industry and Energy said"): the name, with its "the", when ``p`` lies inside it."""
        text = self.text
        for s, e, _ent in self.index.mentions_in(p, p + 1):
            if s <= p < e and s >= start and not text[e:stop].strip():
                m = _LAST_WORD_RE.search(text, max(start, s - 12), s)
                if m is not None and m.group(1).casefold() in self.w_determiner:
                    s = m.start(1)
                return s, e
        return None

    def _is_adverb(self, word: str) -> bool:
        return word.islower() and (
            word.casefold() in self.w_adverb or (word.endswith("ly") and len(word) > 4)
        )

    def _described_opener(self, start: int, cs: int) -> tuple[int, int] | None:
        """An unnamed speaker opening the sentence before an appositive: "A second source, a
        trading company employee in Rason, said", "A resident of Chongjin, North Hamgyong
        province, told"."""
        text = self.text
        comma = text.find(",", start, cs)
        if comma < 0 or cs - comma > _APPOSITION_BACK:
            return None
        words = _WORD_RE.findall(text, start, comma)
        if not (2 <= len(words) <= _DESCRIBED_WORDS) or words[0].casefold() not in _INDEFINITE:
            return None
        if any(w.casefold() in self.w_boundary or w.casefold() in self.t.cues for w in words):
            return None
        first = _WORD_RE.search(text, start, comma)
        assert first is not None
        return first.start(), _prev_visible(text, comma, start)[1] + 1

    def apposition(self, start: int, cs: int, *, persons_only: bool) -> tuple[int, int] | None:
        """ "Kim Jin-hyang, chairman of X, said": the name before the appositive(s)."""
        text = self.text
        lo = max(start, cs - _APPOSITION_BACK)
        if persons_only:
            for s, e, ent in reversed(self.index.mentions_in(lo, cs)):
                if ent.kind != "person":
                    continue
                if _next_visible(text, e, cs) != ",":
                    # "Ko's lawyer, Yeom Tae-jun of the law firm Lee & Ko, told": an affiliation
                    aff = _AFFILIATION_RE.match(text, e, cs)
                    if aff is None or _next_visible(text, aff.end(), cs) != ",":
                        continue
                prev, _ = _prev_visible(text, s, start)
                if prev in ("", ",", ";", ":", "”", '"', "(") or self._titles_only(start, s):
                    return s, e
                if self._titled_appositive(start, s):
                    return s, e  # "The PPP's negotiator, Rep. Song Min-gyu, said"
            return None
        commas = [m.start() for m in _COMMA_RE.finditer(text, lo, cs)]
        for i in range(len(commas) - 2, -1, -1):
            c = commas[i]
            left = commas[i - 1] + 1 if i > 0 else lo
            if i == 0 and lo != start:
                break
            chunk = text[left:c]
            if _PUNCT_RE.search(chunk):
                left = max(m.end() for m in _PUNCT_RE.finditer(chunk)) + left
                chunk = text[left:c]
            words = list(_WORD_RE.finditer(chunk))
            if 1 <= len(words) <= 4 and all(
                w.group()[:1].isupper()
                or w.group().casefold() in self.w_he
                or w.group().casefold() in self.w_she
                for w in words
            ):
                return left + words[0].start(), left + words[-1].end()
            if len(commas) - i > 3:
                break
        return None

    def _titled_appositive(self, start: int, s: int) -> bool:
        """True when a comma, then at most three capitalised title words ("Rep.", "Lt. Gen."),
        stand right before the name at ``s``."""
        comma = self.text.rfind(",", max(start, s - 40), s)
        if comma < 0:
            return False
        words = _WORD_RE.findall(self.text, comma + 1, s)
        return 0 < len(words) <= 3 and all(w[:1].isupper() for w in words)

    def _titles_only(self, start: int, s: int) -> bool:
        """True when only capitalised title words stand between the sentence start and ``s``."""
        head = self.text[start:s]
        if _PUNCT_RE.search(head):
            return False
        if all(w[:1].isupper() for w in _WORD_RE.findall(head)):
            return True
        # "Board member Seong Ji-won, ...": a role claim's title opens the sentence
        return start + len(head) - len(head.lstrip()) in self.index.role_starts

    def _named_after(self, span: tuple[int, int], end: int) -> int:
        """ "according to its distributor, Showbox": a description followed by the name of who
        it is (a mention ending its clause); returns where the speaker words end."""
        text = self.text
        first = _WORD_RE.match(text, span[0])
        if (
            first is None
            or first.group().casefold() not in self.w_determiner
            or self.index.mentions_in(*span)
        ):
            return span[1]
        comma = _next_visible(text, span[1], end)
        if comma != ",":
            return span[1]
        at = text.index(",", span[1]) + 1
        while at < end and text[at].isspace():
            at += 1
        for s, e, _ent in self.index.mentions_in(at, at + 1):
            if s == at and _next_visible(text, e, end) in ("", ".", ",", ";"):
                return e
        return span[1]

    def speaker_after(self, ce: int, end: int, *, source: bool) -> tuple[int, int] | None:
        """The speaker words after an inverted cue or "according to", up to punctuation or a new clause."""
        text = self.text
        hi = min(end, ce + 200)
        stop = hi
        m = _PUNCT_RE.search(text, ce, hi)
        if m is not None:
            stop = m.start()
        words = list(_WORD_RE.finditer(text, ce, stop))
        keep: list[re.Match[str]] = []
        t = self.t
        for n, w in enumerate(words):
            word = w.group()
            if (
                keep
                and word[:1].islower()
                and (
                    word.casefold() in self.w_adverbial
                    or word.casefold() in self.w_boundary
                    or word.casefold() in t.cues
                )
                and not self._inside_name(w.start(), w.end(), keep[-1].group(), words[n + 1 : n + 2])
            ):
                break
            if len(keep) >= _MAX_SPEAKER_WORDS:
                return None if not source else (keep[0].start(), keep[-1].end())
            keep.append(w)
        if not keep:
            return None
        if not source and any(w.group().casefold() in self.w_aux for w in keep):
            return None  # ", said the plan would fail": a clause, not a speaker
        first = keep[0].group()
        if (
            not source
            and len(keep) > 1
            and (
                first.casefold() in self.w_he
                or first.casefold() in self.w_she
                or first.casefold() in self.w_group
            )
        ):
            return None  # "“Broker,” said he took the role": a pronoun then a verb is a clause
        if not source and not (
            first[:1].isupper()
            or first.casefold() in self.w_determiner
            or first.casefold() in self.w_he
            or first.casefold() in self.w_she
            or first.casefold() in self.w_group
            or self._titled_name(keep)
        ):
            return None
        if source and first.casefold() in self.w_boundary:
            return None
        if not source and text.startswith(", ", keep[-1].end()):
            # "“...,” said her daughter, Ahn Mi-ran, 54, who ...": the name set off after a
            # relation or a title is who speaks
            named_at = keep[-1].end() + 2
            for s, e, ent in self.index.mentions_in(named_at, named_at + 1):
                if s == named_at and ent.kind == "person" and _relation_words(keep):
                    return keep[0].start(), e
        if not source:
            # "said a 38-year-old teacher from Changwon, who gave only her surname, Ryu"
            only = _ONLY_NAME.match(text, keep[0].end(), min(end, keep[0].end() + 300))
            if only is not None:
                for s, e, ent in self.index.mentions_in(only.end(), only.end() + 1):
                    if s == only.end() and ent.kind == "person":
                        return s, e
        if source and keep[-1].group().endswith("ed"):
            # "according to the data released by Statistics Korea": the agent speaks
            by = _BY_AGENT.match(text, keep[-1].end(), hi)
            if by is not None:
                for s, e, _ent in self.index.mentions_in(by.end(), by.end() + 1):
                    if s == by.end():
                        return s, e
        return keep[0].start(), keep[-1].end()

    def _titled_name(self, keep: list[re.Match[str]]) -> bool:
        """True when a few lower-case title words lead to a person's name in the speaker
        words: "said team captain Jung Min-seok"."""
        for s, _e, ent in self.index.mentions_in(keep[0].start(), keep[-1].end()):
            if ent.kind == "person":
                lead = [w for w in keep if w.end() <= s]
                return 0 < len(lead) <= _TITLE_LEAD and all(w.group().islower() for w in lead)
        return False

    def _inside_name(self, s: int, e: int, prev: str, nxt: list[re.Match[str]]) -> bool:
        """Whether a small word stands inside a name ("Institute for National Unification")."""
        if any(ms < s and e < me for ms, me, _ in self.index.mentions_in(s, e)):
            return True
        if self.text[s:e] in ("for", "of", "at", "from") and prev[:1].islower():
            # "a spokesman for the Unification Ministry": the organisation stays in the words
            lo = e + 1
            if self.text.startswith("the ", lo):
                lo += 4
            if any(
                ms == lo and ent.kind == "organization" for ms, _, ent in self.index.mentions_in(lo, lo + 1)
            ):
                return True
        return (
            self.text[s:e] in ("for", "of")
            and prev[:1].isupper()
            and bool(nxt)
            and nxt[0].group()[:1].isupper()
        )

    # -- what an attribution covers ------------------------------------------------------

    def quote_relates(self, seg: _Seg, attr: _Attr, start: int) -> bool:
        """Whether the attribution speaks the segment: next to it, or a cue that takes partial quotes."""
        text = self.text
        if self.title_marked(seg, start) or self.is_title(seg, start):
            return False
        if seg.content_end <= attr.start:
            if not text[seg.end : attr.start].strip(" ,\u00a0\n"):
                return True
            return "partial" in attr.cue.flags and self.speaker_between_ok(seg, attr)
        if seg.open >= attr.end:
            gap = text[attr.end : seg.open].strip()
            if "quote" in attr.cue.flags and (
                not gap
                or (
                    len(_WORD_RE.findall(gap)) <= 10
                    and (gap.endswith((",", ":")) or gap.casefold().endswith("that"))
                    and '"' not in gap
                    and "”" not in gap
                )
            ):
                return True
            if "partial" in attr.cue.flags and not self.is_name(seg, start, adjacent=False):
                return True
        return False

    def speaker_between_ok(self, seg: _Seg, attr: _Attr) -> bool:
        """A partial quote before its attribution: "The summit was “historic,” Moon said.", but
        not across a new clause ("advertising a “beach holiday” in May, but a manager told")."""
        if attr.start - seg.end > _PARTIAL_BEFORE_REACH or _NEW_CLAUSE.search(self.text, seg.end, attr.start):
            return False  # too far, or a new clause between (each search stays short)
        return not self.is_name(seg, attr.start, adjacent=False)

    def title_marked(self, seg: _Seg, start: int) -> bool:
        """A quote right after "titled", "dubbed", "so-called"...: a name, not a statement."""
        word = self.word_before(seg.open, start)
        return bool(word) and word.casefold() in self.w_title

    def _title_closes_at(self, close: int, start: int, segs: list[_Seg]) -> bool:
        """True when the quote closing at ``close`` is a title or name, not a statement."""
        return any(g.close == close and self.is_title(g, start) for g in segs)

    def is_title(self, seg: _Seg, start: int) -> bool:
        """A name in quotes inside a clause ('won at Cannes for "Broker,"', 'open with Park
        Chan-wook's "No Other Choice,"'): capitalised words right after a lowercase word or a
        possessive, so a title or nickname, not a statement."""
        if not self.is_name(seg, start, adjacent=False):
            return False
        before = self.word_before(seg.open, start)
        return before[:1].islower() or before.endswith(("'s", "’s"))

    def is_name(self, seg: _Seg, start: int, *, adjacent: bool) -> bool:
        """A short capitalised phrase in quotes mid-sentence is a name or nickname, not a statement."""
        words = _WORD_RE.findall(self.text, seg.open + 1, seg.content_end)
        if not words:
            return True
        if adjacent or seg.open == start:
            return False
        return (
            len(words) <= 4
            and words[0][:1].isupper()
            and all(w[:1].isupper() or w in _NAME_SMALL_WORDS for w in words)
        )

    def clause_bounds(
        self, start: int, end: int, clause_end: int, attr: _Attr, segs: list[_Seg]
    ) -> tuple[int, int] | None:
        """The reported clause of an attribution, or ``None`` when it reports none."""
        text = self.text
        flags = attr.cue.flags
        if text[end - 1 : end] == ":":
            return None  # "..., Kim told reporters:" introduces a quote, it reports no clause
        before: tuple[int, int] | None = None
        if attr.start > start:
            prev, pj = _prev_visible(text, attr.start, start)
            if prev == ",":
                before = (start, pj)
            elif prev in _CLOSING_MARKS and self._title_closes_at(pj, start, segs):
                # 'will open with Park's "No Other Choice," organizers said': a title in
                # quotes holds the comma, and the clause runs through it
                mark, edge = _mark_before(text, attr.start, start)
                if mark == ",":
                    before = (start, edge)
        if attr.form == "source":
            if before is not None:
                return before
            if text[start : attr.cue_start].strip():
                return None
            m = _COMMA_RE.search(text, attr.spk_end, clause_end)
            return (m.end(), clause_end) if m is not None else None
        if attr.form == "inverted":
            return before
        # subject form: after the cue ("said (that) ..."), or before it ("..., Kim said.")
        tail_lo = attr.cue_end
        if _next_visible(text, tail_lo, clause_end) in _NOT_A_CLAUSE:
            # "..., the military said, days after ...": what follows the comma is no clause
            # the cue reports; "said, however, that ..." reports the clause after the aside
            tail_words: list[str] = []
            if "that" in flags:
                that = _THAT_RE.search(text, tail_lo, min(clause_end, tail_lo + _THAT_REACH))
                if that is not None and self._aside_only(tail_lo, that.start()):
                    return that.end(), clause_end
            aside = self._aside_attribution(before, tail_lo, clause_end)
            if aside is not None:
                return aside
        else:
            tail_words = _WORD_RE.findall(text, tail_lo, min(clause_end, tail_lo + 120))
            if (
                tail_words
                and self._is_adverb(tail_words[0])
                # "said roughly 4,200 violations were caught": the adverb is the number's
                and not (len(tail_words) > 1 and tail_words[1][:1].isdigit())
            ):
                # "has said repeatedly that ...": an adverb after the cue is no part of the clause
                adv = _WORD_RE.search(text, tail_lo)
                if adv is not None and not _PUNCT_RE.search(text, tail_lo, adv.start()):
                    tail_lo = adv.end()
                    tail_words = tail_words[1:]
        first = tail_words[0] if tail_words else None
        if first is not None and first.casefold() in self.w_greeting:
            return None  # "will say goodbye knowing ...": a greeting, nothing reported
        # "said on Tuesday" opens an adverbial; "said at least three ..." a clause
        adverbial = (
            first is not None
            and first.casefold() in self.w_adverbial
            and not (len(tail_words) > 1 and tail_words[1].casefold() in self.w_degree)
        )
        if "that" in flags and first is not None:
            # "said that", "said on Tuesday that", "told reporters at the forum that"; never a
            # "that" deep inside the clause ("said he left because Kim demanded that ...").
            # An adverbial may run longer ("said in a speech at a meeting in Pyongyang that").
            long_lead = (adverbial and first.casefold() not in self.w_time) or "object" in flags
            lead = first.casefold() == "that" or adverbial or long_lead
            reach, most = (_THAT_REACH_LONG, _THAT_WORDS_LONG) if long_lead else (_THAT_REACH, _THAT_WORDS)
            that = _THAT_RE.search(text, tail_lo, min(clause_end, tail_lo + reach)) if lead else None
            if that is not None and (
                not _PUNCT_RE.search(text, tail_lo, that.start()) or self._aside_only(tail_lo, that.start())
            ):
                between = _WORD_RE.findall(text, tail_lo, that.start())
                # "said Tuesday it has razed the buildings that ...": the clause began at "it"
                began = any(w.casefold() in self.w_pronoun for w in between)
                if not began and (
                    len(between) <= _THAT_WORDS
                    or (
                        len(between) <= most and not any(w.casefold() in self.w_clause_start for w in between)
                    )
                ):
                    return that.end(), clause_end
        short_tail = first is None or (
            # "said on Tuesday." is a short adverbial; "agreed to pursue ..." is no attribution
            len(tail_words) <= 6 and adverbial and first.casefold() != "to"
        )
        if (
            before is not None
            and "after" in flags
            and not self._lone_phrase(before)
            and (
                short_tail
                or ("object" in flags and len(tail_words) <= 4)
                or self._plain_tail(tail_lo, clause_end, before, listener="object" in flags)
            )
        ):
            return before
        if "clause" in flags and "object" not in flags and first is not None and before is None:
            # "said Tuesday it would ...", "said late last week the talks ...": step over the time
            f0 = first.casefold()
            words = (
                list(_WORD_RE.finditer(text, tail_lo, min(clause_end, tail_lo + 120)))
                if f0 in self.w_time or f0 in self.w_timelead
                else []
            )
            skip = self._time_words(words, 0)
            if skip:
                if skip >= len(words):
                    return None
                tail_lo, first = words[skip].start(), words[skip].group()
                adverbial = first.casefold() in self.w_adverbial
            if not adverbial and first.casefold() not in self.w_boundary:
                if first.casefold() in self.w_noclause and (
                    len(tail_words) == 1
                    or tail_words[1].casefold() in self.w_adverbial
                    or tail_words[1] == "about"
                ):
                    return None  # "said nothing about the talks", "declined to say more" ("said more talks ..." reports)
                return tail_lo, clause_end
            if adverbial:
                # "said in a statement the two sides would ...": the occasion, then the clause
                at = self._after_venue(tail_lo, clause_end)
                if at >= 0:
                    return at, clause_end
        elif (
            "clause" in flags
            and "object" in flags
            and first is not None
            and (before is None or self._lone_phrase(before) or self._speaker_title(before))
        ):
            # "Ko's lawyer, Yeom Tae-jun, told reporters ...": a title phrase before the
            # speaker is no clause the cue reports
            # "told reporters Monday the alliance would ...": a listener, perhaps a time, a clause
            return self._after_listener(tail_lo, clause_end)
        elif (
            "clause" in flags
            and "object" not in flags
            and first is not None
            and not adverbial
            and first.casefold() not in self.w_boundary
        ):
            return tail_lo, clause_end
        elif (
            "that" in flags
            and "clause" not in flags
            and "object" not in flags
            and first is not None
            and before is None
            and not adverbial
        ):
            # "warned the move could fuel ...": a verb that takes "that" reports a bare clause
            # when the words show one ("stressed the need to ..." is an object)
            words = list(_WORD_RE.finditer(text, tail_lo, min(clause_end, tail_lo + 120)))
            if words and self._shows_clause(words, 0):
                return words[0].start(), clause_end
        return None

    def _aside_attribution(
        self, before: tuple[int, int] | None, tail_lo: int, clause_end: int
    ) -> tuple[int, int] | None:
        """The words an attribution set off by commas inside its sentence reports: "In
        return, officials say, Russia has provided ..." reports the clause after it; "The
        plan, officials said, will cost $2 billion" the whole sentence (its subject, the aside
        and the verb phrase after it). ``None`` when what follows the comma is no clause or
        verb phrase ("..., the military said, days after the launch")."""
        if before is None:
            return None
        text = self.text
        comma = text.find(",", tail_lo, clause_end)
        if comma < 0 or text[tail_lo:comma].strip():
            return None
        words = list(_WORD_RE.finditer(text, comma + 1, min(clause_end, comma + 120)))
        if len(words) < 2 or _PUNCT_RE.search(text, comma + 1, words[0].start()):
            return None
        if self._lone_phrase(before):
            # a fronted adverbial before the aside: the clause after it is what was said
            return (words[0].start(), clause_end) if self._shows_clause(words, 0) else None
        first = words[0].group()
        if (
            first.casefold() in self.w_aux
            or first in self.w_past  # "The missile, the JCS said, flew 800 km"
            or (
                # "Pyongyang, he said, wants recognition ...": a verb in the present or past
                first.islower()
                and first.endswith(("s", "ed"))
                and first not in self.w_boundary
                and first not in self.w_adverbial
                and first not in self.w_determiner
                and first not in self.w_length  # "..., the military said, days before the vote"
            )
        ):
            return before[0], clause_end  # "The plan, officials said, will cost ..."
        return None

    def _shows_clause(self, words: list[re.Match[str]], k: int) -> bool:
        """Whether the words from ``words[k]`` open a clause: a pronoun, a determiner or a
        name, then an auxiliary within a few words with no relative word before it ("the
        move could fuel ...", not "the problems that had ..." or "the public to stay ...")."""
        word = words[k].group()
        f = word.casefold()
        if f in self.w_adverbial or f in self.w_boundary or f == "to" or f in self.t.cues:
            return False
        if not (f in self.w_clause_start or f in self.w_determiner or word[:1].isupper()):
            return False
        for w in words[k + 1 : k + _CLAUSE_VERB_WORDS]:
            g = w.group().casefold()
            if g in self.w_aux:
                return True
            if g in self.w_boundary or g == "to":
                return False
        return False

    def _aside_only(self, lo: int, hi: int) -> bool:
        """Whether the words between a cue and its "that" are only a time and an adverb set off
        by commas ("said on Monday, however, that"), no clause of their own."""
        words = _WORD_RE.findall(self.text, lo, hi)
        if not words or len(words) > _THAT_WORDS or any(ch in self.text[lo:hi] for ch in ';:()“”"—'):
            return False
        return all(
            self._is_adverb(w)
            or w.casefold() in self.w_time
            or w.casefold() in self.w_timelead
            or w.casefold() in self.w_adverbial
            or w.casefold() in self.w_hedge
            for w in words
        )

    def _time_words(self, words: list[re.Match[str]], k: int) -> int:
        """How many words from ``words[k]`` make a time phrase a cue may carry before its
        clause ("Tuesday", "on Monday", "late last week", "earlier this month"); 0 if none."""
        end = k
        stop = min(len(words), k + _TIME_WORDS)
        for j in range(k, stop):
            f = words[j].group().casefold()
            if f in self.w_time:
                end = j + 1
            elif f not in self.w_timelead:
                break
        return end - k

    def _after_venue(self, lo: int, clause_end: int) -> int:
        """Where a clause starts after the occasion a cue names ("in a statement", "at a press
        briefing on Monday", "in an interview with Yonhap"): a preposition, a determiner, up to
        two words and a `venue` noun, perhaps "with" a name and a time phrase. The clause
        must open like one and run on for a few words; -1 when there is none."""
        text = self.text
        words = list(_WORD_RE.finditer(text, lo, min(clause_end, lo + 160)))
        n = len(words)
        if n < 3 or words[0].group().casefold() not in self.w_venue_prep:
            return -1
        if words[1].group().casefold() not in self.w_determiner:
            return -1
        k = 2
        while k < min(n, 5) and words[k].group().casefold() not in self.w_venue:
            if not words[k].group().islower():
                return -1
            k += 1
        if k >= n or words[k].group().casefold() not in self.w_venue:
            return -1
        k += 1
        if k < n and words[k].group() == "with":
            k += 1
            names = 0
            while k < n and names < 3 and words[k].group()[:1].isupper():
                k += 1
                names += 1
            if not names:
                return -1
        k += self._time_words(words, k)
        if n - k < _VENUE_CLAUSE_WORDS or _PUNCT_RE.search(text, lo, words[k].start()):
            return -1
        word = words[k].group()
        f = word.casefold()
        if f in self.w_adverbial or f in self.w_boundary or f == "to" or f in self.t.cues:
            return -1
        if not (
            f in self.w_clause_start or f in self.w_determiner or word[:1].isupper() or word[:1].isdigit()
        ):
            return -1
        rest_hi = min(clause_end, words[k].start() + 160)
        rest = _WORD_RE.findall(text, words[k].start(), rest_hi)
        if (
            len(rest) <= _VENUE_SHORT
            and not any(w.casefold() in self.w_aux for w in rest)
            and not _QUOTE_MARK_RE.search(text, words[k].start(), rest_hi)
        ):
            # "said at a meeting the committee held in Seoul last week.": the occasion runs on
            return -1
        return words[k].start()

    def _after_listener(self, lo: int, clause_end: int) -> tuple[int, int] | None:
        """The clause after a cue's listener without "that" ("told reporters the plan would
        fail", "told Yonhap on Tuesday it was ..."): the listener is a word of the ``listener``
        class, an object pronoun or a name; the clause must show it is one (an auxiliary
        or a pronoun subject near its start), and "told reporters to leave" is an order."""
        text = self.text
        words = list(_WORD_RE.finditer(text, lo, min(clause_end, lo + 160)))
        if not words:
            return None
        k = 0
        if words[0].group().casefold() in self.w_determiner:
            k = 1
        if k >= len(words):
            return None
        w = words[k]
        if w.group().casefold() in self.w_listener:
            k += 1
        else:
            names = [m for m in self.index.mentions_in(w.start(), w.end()) if m[0] == w.start()]
            if not names or (k and names[0][2].kind != "organization"):
                return None
            e = names[0][1]
            while k < len(words) and words[k].start() < e:
                k += 1
        if k >= len(words) or _PUNCT_RE.search(text, lo, words[k].start()):
            return None
        k += self._time_words(words, k)
        if k >= len(words) or _PUNCT_RE.search(text, lo, words[k].start()):
            return None
        first = words[k].group().casefold()
        if first in self.w_adverbial and first != "to":
            # "told reporters outside the courthouse the chairman would appeal": a place
            # phrase, then a clause that shows itself (a determiner or pronoun, then an auxiliary)
            for j in range(k + 2, min(len(words), k + 6)):
                if _PUNCT_RE.search(text, words[k].start(), words[j].start()):
                    return None
                w0 = words[j].group().casefold()
                head = [m.group().casefold() for m in words[j + 1 : j + _CLAUSE_VERB_WORDS]]
                if (w0 in self.w_determiner or w0 in self.w_pronoun) and any(h in self.w_aux for h in head):
                    return words[j].start(), clause_end
            return None
        if first == "to" or first in self.w_boundary:
            return None
        head = [m.group().casefold() for m in words[k : k + _CLAUSE_VERB_WORDS]]
        if first in self.w_clause_start or any(h in self.w_aux for h in head[1:]):
            return words[k].start(), clause_end
        return None

    def _plain_tail(self, lo: int, clause_end: int, before: tuple[int, int], *, listener: bool) -> bool:
        """Whether the words after a closing cue are only a listener or adverbials, so the clause
        before the comma is what it reports: "..., Kim told a press conference on Tuesday.",
        "..., Lee said in an interview with Yonhap News Agency on Tuesday." A tail holding a
        clause of its own (an auxiliary, a pronoun, "that") is no such tail."""
        text = self.text
        hi = min(clause_end, lo + _TAIL_REACH)
        m = _PUNCT_RE.search(text, lo, hi)
        if m is not None:
            hi = m.start()
        elif hi < clause_end:
            return False
        words = _WORD_RE.findall(text, lo, hi)
        if not words or len(words) > _TAIL_WORDS:
            return False
        first = words[0].casefold()
        if first == "to" or (not listener and first not in self.w_adverbial):
            return False
        clause_words = self.w_clause_start
        aux = self.w_aux
        cues = self.t.cues
        for w in words:
            f = w.casefold()
            if f in clause_words or f in aux or (f in cues and w[:1].islower()):
                return False
        if self._lone_phrase(before) or len(_WORD_RE.findall(text, before[0], before[1])) < _TAIL_MIN_CLAUSE:
            return False
        # "The talks failed, and Kim said in a statement ...": a clause of its own, which says nothing
        return not text.startswith(("and ", "but "), self._next_word_at(before[1]))

    def _next_word_at(self, i: int) -> int:
        """Where the first word after ``i`` starts (or ``i`` when none follows soon)."""
        m = _WORD_RE.search(self.text, i, i + 40)
        return m.start() if m is not None else i

    def _speaker_title(self, before: tuple[int, int]) -> bool:
        """Whether the words before the speaker's comma hold the start of a role claim: the
        speaker's title ("Ko's lawyer, Yeom Tae-jun, told ..."), no clause of its own."""
        starts = self.index.role_starts
        return len(_WORD_RE.findall(self.text, before[0], before[1])) <= 4 and any(
            before[0] <= p < before[1] for p in starts
        )

    def _lone_phrase(self, before: tuple[int, int], most: int = 4) -> bool:
        """Whether the words before a comma are a lone adverbial of at most ``most`` words: "In
        Seoul, Kim said at a forum." (no clause an attribution reports), or, with a larger
        bound, "In a separate statement carried by KCNA on Sunday, Kim rejected ..." (a
        phrase before a main subject)."""
        text = self.text
        words = _WORD_RE.findall(text, before[0], before[1])
        return (
            len(words) <= most
            and bool(words)
            and words[0].casefold() in self.w_adverbial
            and not _PUNCT_RE.search(text, before[0], before[1])
        )

    # -- emitting ---------------------------------------------------------------

    def emit(
        self,
        lo: int,
        hi: int,
        seg: _Seg | None,
        start: int,
        speaker: Entity | None,
        spk_text: str,
        cue: str | None,
        *,
        direct: bool,
        content: tuple[int, int] | None = None,
    ) -> int:
        """Make one claim; returns 1 when made, 0 when its text came out empty."""
        text = self.text
        if content is None:
            assert seg is not None
            a, b = seg.open + 1, seg.content_end
            partial = seg.open > start and not self._introduced(seg, start)
        else:
            a, b = content
            partial = True
        while a < b and text[a].isspace():
            a += 1
        while b > a and (text[b - 1].isspace() or text[b - 1] in ",;:" or (partial and text[b - 1] == ".")):
            b -= 1
        if b <= a or not _WORD_RE.search(text, a, b):
            return 0
        if direct and seg is not None:
            self.quoted_opens.add(seg.open)
        words = self.article.span(a, b)
        self.out.append(
            QuoteClaim(
                span=self.article.span(min(lo, a), max(hi, b)),
                speaker=speaker.id if speaker is not None else None,
                speaker_text=spk_text,
                text=words.text,  # one string for both: a long article holds many quotes
                direct=direct,
                cue=cue,
                text_span=words,
            )
        )
        return 1

    def _introduced(self, seg: _Seg, start: int) -> bool:
        prev, _ = _prev_visible(self.text, seg.open, start)
        return prev in (",", ":") or self.text[
            max(start, seg.open - 6) : seg.open
        ].strip().casefold().endswith("that")

    def direct(self, seg: _Seg, start: int, speaker: Entity | None, spk_text: str, attr: _Attr) -> int:
        """A direct claim for one quote, its span covering the attribution too."""
        lo = min(seg.open, attr.start)
        hi = max(seg.end, attr.end)
        return self.emit(lo, hi, seg, start, speaker, spk_text, attr.cue.text, direct=True)

    def reported(
        self,
        start: int,
        end: int,
        clause_end: int,
        attr: _Attr,
        segs: list[_Seg],
        speaker: Entity | None,
        spk_text: str,
    ) -> int:
        """A reported claim for the attribution's clause, if it has one."""
        if attr.clause_known and clause_end == end:
            bounds = attr.clause
        else:
            bounds = self.clause_bounds(start, end, clause_end, attr, segs)
        if bounds is None:
            return 0
        return self.emit(
            attr.start, attr.end, None, start, speaker, spk_text, attr.cue.text, direct=False, content=bounds
        )

    def added(
        self,
        cs: int,
        ce: int,
        cue: Cue,
        end: int,
        segs: list[_Seg],
        attr: _Attr,
        speaker: Entity | None,
        spk_text: str,
    ) -> int:
        """ ", adding that ...": a further reported claim by the sentence's speaker; partial
        quotes inside its clause may stand in it when most of its words are unquoted."""
        later = [g for g in segs if g.open >= ce]
        if any(g.open <= ce + 2 or g.close < 0 for g in later):
            return 0  # '..., adding: “...”': the quote is the claim
        word = " ".join(self.text[cs:ce].casefold().split())
        if "participle" in cue.flags:
            # ", adding that ...", ", saying the ...", ", adding the two would ..."
            bounds = self._participle_clause(ce, end, cue)
            if bounds is None:
                return 0
            that_led = self.text[bounds[0] - 5 : bounds[0]].strip() == "that"
            if later and not that_led:
                return 0
            if later and not self._mostly_unquoted(bounds, later):
                # ', adding that the party “has the numbers ...”': the quote is the claim
                return sum(
                    self.emit(cs, g.end, g, cs, speaker, spk_text, word, direct=True)
                    for g in later
                    if g.end <= bounds[1] + 1 and g.open not in self.quoted_opens
                )
            label = f"{word} that" if that_led else word
            return self.emit(cs, ce, None, cs, speaker, spk_text, label, direct=False, content=bounds)
        that = _THAT_RE.search(self.text, ce, min(end, ce + 60))
        if that is None or _PUNCT_RE.search(self.text, ce, that.start()):
            # "... and said it violated the accord": a clause that shows it is one, without "that"
            if later and ("clause" not in cue.flags or word.startswith("told")):
                return 0  # "and told the service to “...”": an order, its words the quote's
            bounds = self._participle_clause(ce, end, cue)
        else:
            bounds = (that.end(), end)
        if bounds is None or (later and not self._mostly_unquoted(bounds, later)):
            return 0
        return self.emit(cs, ce, None, cs, speaker, spk_text, word, direct=False, content=bounds)


#: how many lower-case title words may lead an inverted speaker's name ("said team captain Jung")
_TITLE_LEAD = 3
#: a relative pronoun that, right after a comma, stands for the speaker named before it
_RELATIVE_SPEAKERS = frozenset({"which", "who"})
#: the cue words of a source before its name ("according to the ministry, which said")
_SOURCE_LEAD_RE = re.compile(r"(?i:according[ \t]+to|citing)[ \t]+")
#: the comma and the relative pronoun right before a cue: ", which " (searched in a short slice)
_RELATIVE_BEFORE_RE = re.compile(r",[ \t]+(?:which|who)[ \t]+(?:also[ \t]+|has[ \t]+|had[ \t]+)?\Z")


def find_quotes(article: Article, entities: Sequence[Entity], claims: Sequence[Claim]) -> list[QuoteClaim]:
    """Every direct quote and reported statement of the article, with its speaker."""
    if not article.text:
        return []
    return _Finder(article, entities, claims).run()
