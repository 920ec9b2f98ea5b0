"""Property tests of ``korean_names``: any Korean name built from the plugin's tables, in every
style the press uses, is found with the right family/given split, and two styles or two
romanisations of one name are linked into one entity.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from typing import Literal

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

import newsfacts
import newsfacts_korean_names as kn
from newsfacts import Article, PersonData
from newsfacts_korean_names._data import fold, place_form, tables


@dataclass(frozen=True)
class _Pools:
    surnames: dict[str, list[str]]  # Hangul surname -> its spellings (as written in the table)
    strong: list[str]  # spellings trusted without a hyphenated given name
    syllables: dict[str, list[str]]  # Hangul syllable -> its spellings


def _pools() -> _Pools:
    t = tables()
    by_hangul: dict[str, set[str]] = {}
    for spelling, hanguls in t.surnames.items():
        if spelling.isalpha() or all(c.isalpha() or c in "'-" for c in spelling):
            for h in hanguls:
                by_hangul.setdefault(h, set()).add(spelling)
    syllables: dict[str, set[str]] = {}
    for spelling, hanguls in t.syllables.items():
        if spelling and spelling[0].isalpha() and all(c.isalpha() or c == "'" for c in spelling):
            for h in hanguls:
                syllables.setdefault(h, set()).add(spelling)
    return _Pools(
        surnames={h: sorted(v) for h, v in sorted(by_hangul.items())},
        strong=sorted(s for s in t.strong_surnames if s.isalpha()),
        syllables={h: sorted(v) for h, v in sorted(syllables.items())},
    )


POOLS = _pools()
EXTRACTOR = newsfacts.Extractor(bundled=False, autoload=False, plugins=[kn], strict=True)

surname_hangul = st.sampled_from(sorted(POOLS.surnames))
syllable_hangul = st.sampled_from(sorted(POOLS.syllables))


def _cap(word: str) -> str:
    return word[:1].upper() + word[1:]


def _usable(part: str) -> bool:
    """A given-name part that is not also a place, a title or a surname (those read differently)."""
    t = tables()
    return (
        place_form(_cap(part)) not in t.places
        and _cap(part) not in t.titles
        and fold(part) not in t.surnames
        and fold(part) not in t.interjections
    )


@st.composite
def names(draw: st.DrawFn) -> tuple[str, str, str, Literal["family-first", "given-first"]]:
    """(written name, expected family, expected given, order) in one of the press styles."""
    style = draw(
        st.sampled_from(
            [
                "hyphen",
                "hyphen-cap",
                "spaced",
                "joined",
                "caps",
                "caps-family",
                "given-first",
                "given-first-joined",
            ]
        )
    )
    weak = style in ("spaced", "joined", "given-first-joined")
    if weak:
        family = draw(st.sampled_from(POOLS.strong))
    else:
        family = draw(st.sampled_from(POOLS.surnames[draw(surname_hangul)]))
    a = draw(st.sampled_from(POOLS.syllables[draw(syllable_hangul)]))
    b = draw(st.sampled_from(POOLS.syllables[draw(syllable_hangul)]))
    t = tables()
    fam = _cap(family)
    if style == "hyphen":
        given = f"{_cap(a)}-{b}"
    elif style == "hyphen-cap":
        given = f"{_cap(a)}-{_cap(b)}"
    elif style == "spaced":
        assume(_usable(a) and _usable(b))
        given = f"{_cap(a)} {_cap(b)}"
    elif style == "joined":
        assume(_usable(a + b))
        given = _cap(a + b)
    elif style in ("caps", "caps-family") or style == "given-first":
        given = f"{_cap(a)}-{b}"
    else:
        assume(fold(family) not in t.english_surnames and _usable(a + b))
        given = _cap(a + b)
    if style == "caps":
        return f"{fam.upper()} {given.upper()}", fam, given, "family-first"
    if style == "caps-family":
        return f"{fam.upper()} {given}", fam, given, "family-first"
    if style.startswith("given-first"):
        return f"{given} {fam}", fam, given, "given-first"
    return f"{fam} {given}", fam, given, "family-first"


@given(names())
def test_any_generated_name_is_found_and_split(
    name: tuple[str, str, str, Literal["family-first", "given-first"]],
) -> None:
    written, family, given_name, order = name
    text = f"On Monday, {written} said the talks would resume."
    start = text.index(written)
    persons = [m for m in kn.newsfacts_find_mentions(article=Article(text=text)) if m.kind == "person"]
    assert [(m.start, m.end) for m in persons] == [(start, start + len(written))]
    assert persons[0].data == PersonData(family=family, given=given_name, order=order)


@given(names(), st.data())
def test_two_styles_of_one_name_link(name: tuple[str, str, str, str], data: st.DataObject) -> None:
    written, family, given_name, _ = name
    syllables = given_name.replace("-", " ").split()
    if len(syllables) == 2:
        other = data.draw(
            st.sampled_from(
                [
                    f"{family} {syllables[0]}-{syllables[1].lower()}",
                    f"{family.upper()} {syllables[0].upper()}-{syllables[1].upper()}",
                    f"{syllables[0]}-{syllables[1].lower()} {family}",
                ]
            )
        )
    else:  # a joined given name: write it hyphenated at its best split
        other = f"{family} {given_name}"
    text = f"{written} arrived in the morning. Hours later, {other} left for the airport."
    facts = EXTRACTOR.extract(text)
    persons = facts.of_kind("person")
    assert len(persons) == 1, [(e.name, [s.text for s in e.mentions]) for e in persons]
    assert len(persons[0].mentions) == 2


@given(surname_hangul, syllable_hangul, syllable_hangul, st.data())
def test_two_romanisations_of_one_hangul_name_link(fam: str, a: str, b: str, data: st.DataObject) -> None:
    def spell() -> str:
        family = data.draw(st.sampled_from(POOLS.surnames[fam]))
        x = data.draw(st.sampled_from(POOLS.syllables[a]))
        y = data.draw(st.sampled_from(POOLS.syllables[b]))
        return f"{_cap(family)} {_cap(x)}-{y}"

    first, second = spell(), spell()
    assert kn.same_name(first, second)
    text = f"{first} arrived in the morning. Hours later, {second} left for the airport."
    persons = EXTRACTOR.extract(text).of_kind("person")
    assert len(persons) == 1
    assert [s.text for s in persons[0].mentions] == [first, second]


@given(st.text(max_size=200))
def test_arbitrary_text_gives_exact_offsets(text: str) -> None:
    for m in kn.newsfacts_find_mentions(article=Article(text=text)):
        assert text[m.start : m.end] == m.text


@given(
    st.lists(
        st.sampled_from(["Kim", "Jong", "Un", "Park", "Seoul", "of", "the", "-", " ", ", ", "’s", "."]),
        max_size=60,
    )
)
def test_name_like_noise_gives_exact_offsets(words: list[str]) -> None:
    text = " ".join(words)
    found = list(kn.newsfacts_find_mentions(article=Article(text=text)))
    for m in found:
        assert text[m.start : m.end] == m.text
    spans = sorted((m.start, m.end) for m in found)
    assert all(e1 <= s2 for (_, e1), (s2, _) in itertools.pairwise(spans))  # no overlaps


@pytest.mark.parametrize(
    "style", ["Lee Jae-myung", "Lee Jae Myung", "Lee Jaemyung", "LEE JAE-MYUNG", "Jae-myung Lee"]
)
def test_name_key_is_style_independent(style: str) -> None:
    assert kn.name_key(style) == "lee jaemyung"
