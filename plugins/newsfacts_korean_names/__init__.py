"""Bundled newsfacts plugin ``korean_names``: Korean personal names and place names in English news.

Finds romanised Korean names in every style the press uses (Moon Jae-in, Kim Jong Un,
KIM KYUNGJIN, Ga-young Park), splits them into family and given name, and marks later
surname-only mentions ("Kim said") for the core to link. Finds the places of both Koreas
(every RR, McCune–Reischauer, North Korean and older spelling mapped to one canonical
name) and the countries and major capitals Korea news names. Spellings of one person
that do not share a key (Jung/Jeong Eun-kyeong, Park Chung-hee / Pak Chŏng-hŭi) are
linked by comparing the Hangul names they can stand for.

For building person indexes across articles, :func:`name_key` gives a key under which
"Lee Jae-myung", "Lee Jae Myung" and "Lee Jaemyung" are equal, and :func:`same_name`
also equates spellings of the same Hangul name ("Jung Eun-kyeong" / "Jeong Eun-kyeong").
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Iterator, Sequence

import attrs

from newsfacts import Article, Facts, Mention, PersonData, PlaceData, hookimpl
from newsfacts_korean_names._data import ENV_VAR, plain, reload
from newsfacts_korean_names._names import (
    GCPause,
    PersonName,
    find,
    hangul_readings,
    link_pairs,
    parse_name,
    reads_korean,
)

__all__ = [
    "ENV_VAR",
    "PersonName",
    "hangul_readings",
    "name_key",
    "newsfacts_find_mentions",
    "newsfacts_link_mentions",
    "parse_name",
    "reload",
    "same_name",
]

#: Overlap priorities agreed between the bundled plugins.
PERSON_PRIORITY = 20
PLACE_PRIORITY = 10


def name_key(name: str) -> str:
    """A key for comparing Korean names across articles: family name, space, given name,
    lower case, without hyphens, inner spaces, apostrophes or diacritics.

    >>> name_key("Lee Jae Myung") == name_key("Lee Jae-myung") == name_key("Lee Jaemyung")
    True
    >>> name_key("Ga-young Park")
    'park gayoung'

    A string that is not a Korean name gets its letters only, lower case.
    """
    parsed = parse_name(name)
    if parsed is not None:
        return parsed.key
    return plain(name)


def same_name(a: str, b: str) -> bool:
    """True when two romanised names can be the same Korean name: equal keys, or a Hangul
    reading in common ("Park Chung-hee" and "Pak Chŏng-hŭi", "Jung Eun-kyeong" and "Jeong Eun-kyeong").
    """
    pa, pb = parse_name(a), parse_name(b)
    if pa is None or pb is None:
        return False
    if pa.key == pb.key:
        return True
    return bool(hangul_readings(pa.family, pa.given) & hangul_readings(pb.family, pb.given))


@hookimpl
def newsfacts_find_mentions(article: Article) -> list[Mention]:
    """Korean persons (full and surname-only) and places of the article."""
    with GCPause():  # the mentions hold no cycles (see GCPause)
        return list(_mentions(article))


def _mentions(article: Article) -> Iterator[Mention]:
    for f in find(article.text):
        if f.kind == "person":
            yield Mention.of(
                article,
                f.start,
                f.end,
                "person",
                name=f.name,
                data=PersonData(family=f.family, given=f.given, order=f.order),
                key=f.key,
                aliases=((f.family or "").casefold(), f.key) if f.key else ((f.family or "").casefold(),),
                priority=PERSON_PRIORITY,
            )
        elif f.kind == "partial":
            yield Mention.of(
                article,
                f.start,
                f.end,
                "person",
                key=f.key,
                partial=True,
                priority=PERSON_PRIORITY,
            )
        elif f.kind == "place":
            yield Mention.of(
                article,
                f.start,
                f.end,
                "place",
                name=f.name,
                data=PlaceData(),
                key=f.key,
                nested=True,
                priority=PLACE_PRIORITY,
            )


@hookimpl
def newsfacts_link_mentions(article: Article, mentions: Sequence[Mention]) -> Iterable[tuple[int, int]]:
    """Link spellings of one person that do not share a key, through their Hangul readings.

    Another plugin's person whose family name is a Korean surname and whose given name
    reads as romanised syllables is linked too: a reporter's "Jeongmin Oh" that a credit
    line gave to the organisations plugin is the byline's Oh Jeongmin.
    """
    people: list[tuple[int, str, str]] = []
    same: dict[tuple[str, str], int] = {}
    pairs: list[tuple[int, int]] = []
    for i, m in enumerate(mentions):
        if m.kind != "person" or m.partial:
            continue
        data = m.data
        if not (isinstance(data, PersonData) and data.family and data.given):
            continue
        if not (m.key or "").startswith("ko:") and not reads_korean(data.family, data.given):
            continue
        k = (plain(data.family), plain(data.given))
        first = same.setdefault(k, i)
        if first != i and mentions[first].key != m.key:
            pairs.append((first, i))  # one name, keyed differently by two plugins
        people.append((i, data.family, data.given))
    pairs.extend(link_pairs(people))
    return pairs


@hookimpl
def newsfacts_finish(article: Article, facts: Facts) -> Facts | None:
    """Drop a place the article names only inside other names: "Chungnam National
    University" says where a university is, not that the story is about South Chungcheong.

    A place with one mention standing on its own is kept whole, nested mentions too.
    """
    outer = sorted(
        (sp.start, sp.end)
        for e in facts.entities
        if e.kind in ("organization", "person")
        for sp in e.mentions
    )
    if not outer:
        return None
    starts = [s for s, _ in outer]
    drop: set[str] = set()
    for e in facts.entities:
        if e.kind == "place" and all(_inside(outer, starts, sp.start, sp.end) for sp in e.mentions):
            drop.add(e.id)
    if not drop:
        return None
    return attrs.evolve(facts, entities=tuple(e for e in facts.entities if e.id not in drop))


def _inside(outer: list[tuple[int, int]], starts: list[int], s: int, e: int) -> bool:
    """True when ``s:e`` lies within one of the sorted spans ``outer`` (and is shorter)."""
    k = bisect.bisect_right(starts, s) - 1
    for j in range(k, max(-1, k - 4), -1):  # the few spans opening last before it
        o_s, o_e = outer[j]
        if o_s <= s and e <= o_e and (o_s, o_e) != (s, e):
            return True
    return False
