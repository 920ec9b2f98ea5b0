"""Small plugins the core tests register: a word finder, one that raises, two that overlap."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

import regex

from newsfacts import (
    Article,
    Claim,
    Entity,
    Facts,
    Mention,
    PersonData,
    QuoteClaim,
    RawDocument,
    RoleClaim,
    hookimpl,
)


class WordFinder:
    """Finds every occurrence of one word as an entity of ``kind`` (keyed, so they link)."""

    def __init__(self, word: str, kind: str = "thing", name: str | None = None, **extra: object) -> None:
        self.word = word
        self.kind = kind
        self.name = name or f"find-{word.lower()}"
        self.extra = extra
        self.pattern = regex.compile(r"\b" + regex.escape(word) + r"\b")

    @hookimpl
    def newsfacts_find_mentions(self, article: Article) -> Iterator[Mention]:
        for m in self.pattern.finditer(article.text):
            yield Mention.of(article, m.start(), m.end(), self.kind, key=self.word.lower(), **self.extra)  # type: ignore[arg-type]


class Raiser:
    """Raises in the stage it is told to, to prove failures are isolated."""

    def __init__(self, stage: str = "mentions", name: str = "raiser") -> None:
        self.stage = stage
        self.name = name

    @hookimpl
    def newsfacts_find_mentions(self, article: Article) -> list[Mention]:
        if self.stage == "mentions":
            raise RuntimeError("mention finder broke")
        return []

    @hookimpl
    def newsfacts_find_claims(self, article: Article) -> list[Claim]:
        if self.stage == "claims":
            raise KeyError("claims broke")
        return []


class People:
    """Finds "Moon Jae-in" (full) and later "Moon" (short form) with the alias convention."""

    name = "people"

    @hookimpl
    def newsfacts_find_mentions(self, article: Article) -> Iterator[Mention]:
        for m in regex.finditer(r"\bMoon Jae-in\b", article.text):
            yield Mention.of(
                article,
                m.start(),
                m.end(),
                "person",
                data=PersonData(family="Moon", given="Jae-in", order="family-first"),
                key="ko:moon jaein",
                aliases=("moon",),
                priority=20,
            )
        for m in regex.finditer(r"\bMoon\b(?! Jae-in)", article.text):
            yield Mention.of(article, m.start(), m.end(), "person", partial=True, key="moon", priority=20)


class Titles:
    """Emits a role claim for "President <person>" using the entity list (claims stage)."""

    name = "titles"

    @hookimpl
    def newsfacts_find_claims(self, article: Article, entities: Sequence[Entity]) -> Iterator[Claim]:
        for e in entities:
            if e.kind != "person":
                continue
            for span in e.mentions:
                start = span.start - len("President ")
                if start >= 0 and article.text[start : span.start] == "President ":
                    yield RoleClaim(span=article.span(start, span.end), person=e.id, role="President")


class Quoter:
    """Needs the role claims of plugins before it (trylast) to attribute "the president said"."""

    name = "quoter"

    @hookimpl(trylast=True)
    def newsfacts_find_claims(self, article: Article, claims: Sequence[Claim]) -> Iterator[Claim]:
        roles = [c for c in claims if isinstance(c, RoleClaim)]
        for m in regex.finditer(r"“([^”]*)”, the president said", article.text):
            speaker = roles[-1].person if roles else None
            yield QuoteClaim(
                span=article.span(m.start(), m.end()),
                speaker=speaker,
                speaker_text="the president",
                text=m.group(1),
                cue="said",
            )


class Garbage:
    """Returns things that are not mentions, spans that do not match, unknown entity ids."""

    name = "garbage"

    @hookimpl
    def newsfacts_find_mentions(self, article: Article) -> list[object]:
        from newsfacts import Span

        return [
            "not a mention",
            Mention(span=Span(0, 3, "zzz"), kind="thing"),
            Mention(span=Span(10**6, 10**6 + 1, "x"), kind="thing"),
        ]

    @hookimpl
    def newsfacts_find_claims(self, article: Article) -> list[Claim]:
        return [RoleClaim(span=article.span(0, 0), person="e999", role="ghost")]

    @hookimpl
    def newsfacts_link_mentions(self) -> list[object]:
        return [(0, 10**9), "x", (0,)]


class Finisher:
    """A finish hook that drops every entity of kind ``thing``."""

    name = "finisher"

    @hookimpl
    def newsfacts_finish(self, facts: Facts) -> Facts:
        import attrs

        kept = tuple(e for e in facts.entities if e.kind != "thing")
        return attrs.evolve(facts, entities=kept)


class Reader:
    """A site reader: claims texts starting with "SITE:" and takes the first line as title."""

    name = "site-reader"

    @hookimpl(tryfirst=True)
    def newsfacts_read_article(self, raw: RawDocument) -> Article | None:
        text = raw.text()
        if not text.startswith("SITE:"):
            return None
        title = text.split("\n", 1)[0][5:].strip()
        return Article(text=text, title=title, outlet="Site")


class Sleeper:
    """Spins far longer than any sensible time limit, to prove it is interrupted."""

    name = "sleeper"

    @hookimpl
    def newsfacts_find_mentions(self, article: Article) -> list[Mention]:
        import time

        deadline = time.perf_counter() + 30
        while time.perf_counter() < deadline:
            pass
        return []
