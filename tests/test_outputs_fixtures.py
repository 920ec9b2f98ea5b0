"""A Korea-news sample article and a small table-driven annotator the output tests share.

The outputs are tested on facts made through the real pipeline, but by this test-only
plugin, so the tests do not depend on what the bundled plugins find. The annotator
finds the phrases in its tables wherever they occur; quotes and roles are located from
their evidence phrases and the mentions inside them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from typing import Any

import newsfacts
from newsfacts import (
    Article,
    Claim,
    DateData,
    Entity,
    Facts,
    Mention,
    OrganizationData,
    PersonData,
    PlaceData,
    QuantityData,
    QuoteClaim,
    RoleClaim,
    hookimpl,
)

SAMPLE_PUBLISHED = "2018-12-21T13:47+09:00"

SAMPLE_TEXT = """\
Kaesong startups pitch for a second chance as inter-Korean ties thaw

SEOUL, Dec. 21 (Korea Herald) -- South Korean firms that left the Kaesong Industrial Complex in 2016 are preparing to return, and some want to bring startups with them, officials said Friday.

“We are going back to Kaesong in spring, and this time we will build something new,” Kim Jin-hyang, chairman of the Kaesong Industrial District Foundation, said at a forum in Seoul on Monday.

About 125 South Korean companies ran factories in the complex before it closed, employing more than 54,000 North Korean workers. The firms lost an estimated 1.5 trillion won ($1.3 billion), according to the Korea Federation of SMEs.

North Korea has talked about attracting 3,000-5,000 businesses to the region, according to Ian Bennetts, associate program leader at Choson Exchange, a Singapore-based group that trains North Korean entrepreneurs.

“The talent is there. What is missing is access to capital and markets,” Bennetts said, adding that Choson Exchange had tracked 17 startups in Pyongyang since 2017.

President Moon Jae-in and North Korean leader Kim Jong-un agreed in September to normalize the complex “as soon as conditions are met.”

Kim said the foundation would seek an exemption from UN sanctions before the end of the year.
"""

_PERSON = {"priority": 20}
# (phrase, kind, extra Mention arguments); every occurrence of the phrase is a mention.
PHRASES: list[tuple[str, str, dict[str, Any]]] = [
    (
        "Kim Jin-hyang",
        "person",
        {
            "data": PersonData(
                family="Kim", given="Jin-hyang", order="family-first", variants=("Kim Jin Hyang",)
            ),
            "key": "ko:kim jinhyang",
            "aliases": ("kim",),
            **_PERSON,
        },
    ),
    (
        "Ian Bennetts",
        "person",
        {
            "data": PersonData(family="Bennetts", given="Ian", order="given-first"),
            "key": "en:ian bennetts",
            "aliases": ("bennetts",),
            **_PERSON,
        },
    ),
    (
        "Moon Jae-in",
        "person",
        {
            "data": PersonData(family="Moon", given="Jae-in", order="family-first"),
            "key": "ko:moon jaein",
            **_PERSON,
        },
    ),
    (
        "Kim Jong-un",
        "person",
        {
            "data": PersonData(
                family="Kim", given="Jong-un", order="family-first", variants=("Kim Jong Un",)
            ),
            "key": "ko:kim jongun",
            **_PERSON,
        },
    ),
    ("Kim", "person", {"partial": True, "key": "kim", **_PERSON}),
    ("Bennetts", "person", {"partial": True, "key": "bennetts", **_PERSON}),
    (
        "Kaesong Industrial District Foundation",
        "organization",
        {"data": OrganizationData(variants=("Kaeseong Industrial District Foundation",)), "key": "org:kidf"},
    ),
    (
        "Korea Federation of SMEs",
        "organization",
        {"data": OrganizationData(acronym="KBIZ"), "key": "org:kbiz"},
    ),
    ("Choson Exchange", "organization", {"key": "org:choson exchange"}),
    ("Korea Herald", "organization", {"key": "org:korea herald"}),
    ("UN", "organization", {"key": "org:un"}),
    (
        "Kaesong Industrial Complex",
        "place",
        {"data": PlaceData(variants=("Kaeseong Industrial Complex",)), "key": "place:kic", "nested": True},
    ),
    (
        "Kaesong",
        "place",
        {"data": PlaceData(variants=("Kaeseong",)), "key": "place:Kaesong", "nested": True, "priority": 10},
    ),
    ("SEOUL", "place", {"name": "Seoul", "key": "place:Seoul", "nested": True, "priority": 10}),
    ("Seoul", "place", {"key": "place:Seoul", "nested": True, "priority": 10}),
    (
        "Pyongyang",
        "place",
        {
            "data": PlaceData(variants=("Pyeongyang",)),
            "key": "place:Pyongyang",
            "nested": True,
            "priority": 10,
        },
    ),
    ("North Korea", "place", {"key": "place:North Korea", "nested": True, "priority": 10}),
    (
        "Dec. 21",
        "date",
        {"data": DateData(value="2018-12-21", start="2018-12-21", end="2018-12-21"), "key": "2018-12-21"},
    ),
    ("2016", "date", {"data": DateData(value="2016", start="2016-01-01", end="2016-12-31"), "key": "2016"}),
    (
        "Friday",
        "date",
        {
            "data": DateData(value="2018-12-21", start="2018-12-21", end="2018-12-21", anchor="published"),
            "key": "2018-12-21",
        },
    ),
    (
        "spring",
        "date",
        {
            "data": DateData(value="2019-SP", start="2019-03-01", end="2019-05-31", anchor="published"),
            "key": "2019-SP",
        },
    ),
    (
        "Monday",
        "date",
        {
            "data": DateData(value="2018-12-17", start="2018-12-17", end="2018-12-17", anchor="published"),
            "key": "2018-12-17",
        },
    ),
    ("2017", "date", {"data": DateData(value="2017", start="2017-01-01", end="2017-12-31"), "key": "2017"}),
    (
        "September",
        "date",
        {
            "data": DateData(value="2018-09", start="2018-09-01", end="2018-09-30", anchor="published"),
            "key": "2018-09",
        },
    ),
    (
        "the end of the year",
        "date",
        {
            "data": DateData(
                value="2018-12", start="2018-12-01", end="2018-12-31", mod="END", anchor="published"
            ),
            "key": "2018-12-END",
        },
    ),
    ("About 125", "quantity", {"data": QuantityData(low=125, high=125, unit="companies", approx="about")}),
    (
        "more than 54,000",
        "quantity",
        {"data": QuantityData(low=54000, high=None, unit="workers", approx="more than")},
    ),
    (
        "1.5 trillion won",
        "quantity",
        {"data": QuantityData(low=1.5e12, high=1.5e12, unit="won", approx="an estimated")},
    ),
    ("$1.3 billion", "quantity", {"data": QuantityData(low=1.3e9, high=1.3e9, unit="$")}),
    ("3,000-5,000", "quantity", {"data": QuantityData(low=3000, high=5000, unit="businesses")}),
    ("17", "quantity", {"data": QuantityData(low=17, high=17, unit="startups")}),
]

# (evidence phrase, quoted words, speaker as written, direct?, cue)
QUOTES: list[tuple[str, str, str, bool, str]] = [
    (
        "“We are going back to Kaesong in spring, and this time we will build something new,” Kim Jin-hyang, chairman of the Kaesong Industrial District Foundation, said",
        "We are going back to Kaesong in spring, and this time we will build something new,",
        "Kim Jin-hyang",
        True,
        "said",
    ),
    (
        "North Korea has talked about attracting 3,000-5,000 businesses to the region, according to Ian Bennetts",
        "North Korea has talked about attracting 3,000-5,000 businesses to the region",
        "Ian Bennetts",
        False,
        "according to",
    ),
    (
        "“The talent is there. What is missing is access to capital and markets,” Bennetts said",
        "The talent is there. What is missing is access to capital and markets,",
        "Bennetts",
        True,
        "said",
    ),
    (
        "Kim said the foundation would seek an exemption from UN sanctions before the end of the year.",
        "the foundation would seek an exemption from UN sanctions before the end of the year",
        "Kim",
        False,
        "said",
    ),
]

# (evidence phrase, person as written, role words, organisation as written or None)
ROLES: list[tuple[str, str, str, str | None]] = [
    (
        "Kim Jin-hyang, chairman of the Kaesong Industrial District Foundation",
        "Kim Jin-hyang",
        "chairman",
        "Kaesong Industrial District Foundation",
    ),
    (
        "Ian Bennetts, associate program leader at Choson Exchange",
        "Ian Bennetts",
        "associate program leader",
        "Choson Exchange",
    ),
    ("President Moon Jae-in", "Moon Jae-in", "President", None),
    ("North Korean leader Kim Jong-un", "Kim Jong-un", "leader", None),
]


def _entity_at(entities: Sequence[Entity], start: int, end: int, text: str) -> str | None:
    """The id of the entity with a mention reading ``text`` inside start:end."""
    for e in entities:
        for m in e.mentions:
            if start <= m.start and m.end <= end and m.text == text:
                return e.id
    return None


class Annotator:
    """Finds the phrases of the tables above, then quotes and roles from their evidence phrases."""

    name = "sample_annotator"

    def __init__(
        self,
        phrases: Sequence[tuple[str, str, dict[str, Any]]] = PHRASES,
        quotes: Sequence[tuple[str, str, str, bool, str]] = QUOTES,
        roles: Sequence[tuple[str, str, str, str | None]] = ROLES,
    ) -> None:
        self.phrases = [
            (re.compile(r"(?<!\w)" + re.escape(p) + r"(?!\w)"), kind, kw) for p, kind, kw in phrases
        ]
        self.quotes = quotes
        self.roles = roles

    @hookimpl
    def newsfacts_find_mentions(self, article: Article) -> Iterator[Mention]:
        for pattern, kind, kwargs in self.phrases:
            for m in pattern.finditer(article.text):
                yield Mention.of(article, m.start(), m.end(), kind, **kwargs)

    @hookimpl
    def newsfacts_find_claims(self, article: Article, entities: Sequence[Entity]) -> Iterator[Claim]:
        text = article.text
        for evidence, words, speaker, direct, cue in self.quotes:
            start = text.find(evidence)
            if start < 0:
                continue
            end = start + len(evidence)
            yield QuoteClaim(
                span=article.span(start, end),
                speaker=_entity_at(entities, start, end, speaker),
                speaker_text=speaker,
                text=words,
                direct=direct,
                cue=cue,
            )
        for evidence, person, role, org in self.roles:
            start = text.find(evidence)
            if start < 0:
                continue
            end = start + len(evidence)
            pid = _entity_at(entities, start, end, person)
            if pid is None:
                continue
            oid = _entity_at(entities, start, end, org) if org else None
            yield RoleClaim(span=article.span(start, end), person=pid, role=role, organization=oid)


class Broken:
    """A plugin that fails while finding mentions, so the outputs must show its error."""

    name = "broken_dates"

    @hookimpl
    def newsfacts_find_mentions(self, article: Article) -> list[Mention]:
        raise ValueError("could not read the date table")


def sample_facts(text: str = SAMPLE_TEXT, *, broken: bool = False, **article: Any) -> Facts:
    """The sample article's facts as the pipeline makes them with the test annotator."""
    plugins: list[object] = [Annotator()]
    if broken:
        plugins.append(Broken())
    extractor = newsfacts.Extractor(bundled=False, autoload=False, plugins=plugins)
    src = Article(text=text, published=newsfacts.parse_published(SAMPLE_PUBLISHED), **article)
    return extractor.extract(src)


def test_the_sample_annotator_gives_linked_entities_nested_places_quotes_and_roles() -> None:
    facts = sample_facts(title="Kaesong startups pitch for a second chance")
    assert not facts.errors
    kim = next(e for e in facts.of_kind("person") if e.name == "Kim Jin-hyang")
    # the two later "Kim" mentions link to the most recent full Kim (Kim Jong-un for the last one)
    assert len(kim.mentions) == 1 or all(m.text in ("Kim Jin-hyang", "Kim") for m in kim.mentions)
    places = {e.name for e in facts.of_kind("place")}
    assert {"Kaesong", "Seoul", "Pyongyang", "North Korea", "Kaesong Industrial Complex"} <= places
    foundation = next(e for e in facts.of_kind("organization") if e.name.startswith("Kaesong Industrial D"))
    kaesong = next(e for e in facts.of_kind("place") if e.name == "Kaesong")
    # the place inside the organisation's name is kept (nested)
    assert any(foundation.first.contains(m) for m in kaesong.mentions)
    quotes = facts.claims_of_kind("quote")
    assert len(quotes) == 4 and all(isinstance(q, QuoteClaim) and q.speaker for q in quotes)
    assert len(facts.claims_of_kind("role")) == 4


def test_the_broken_plugin_is_reported_and_the_rest_still_works() -> None:
    facts = sample_facts(broken=True)
    assert [(r.plugin, r.stage) for r in facts.errors] == [("broken_dates", "mentions")]
    assert facts.of_kind("person")
