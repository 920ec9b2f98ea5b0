"""The quotes plugin on hostile, random and very long input: never a crash, never a hang, spans always exact."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsfacts_quotes
from newsfacts import Article, Extractor, QuoteClaim
from newsfacts_quotes import find_quotes
from tests.plugins.quotes_fakes import run

# A hang guard, not a speed limit: speed and linearity are measured by benchmarks/bench.py.
HANG_GUARD = 60.0

_PIECES = st.sampled_from(
    [
        "“",
        "”",
        '"',
        "‘",
        "’",
        "'",
        "«",
        "»",
        ", ",
        ". ",
        "\n",
        "\n\n",
        " said ",
        " according to ",
        " adding that ",
        "Kim",
        " Kim said, ",
        " he said",
        "We will go back",
        " that ",
        "SEOUL (Yonhap) -- ",
        "Dec. ",
        "\x00",
        "\ud800",
        "한국",
        " ",
    ]
)


def _check(text: str, claims: list[QuoteClaim]) -> None:
    for c in claims:
        assert text[c.span.start : c.span.end] == c.span.text
        assert c.text and c.text in c.span.text
        assert c.speaker_text is None or c.speaker_text in text


@given(st.lists(_PIECES, max_size=40).map("".join))
def test_random_news_pieces_never_crash(text: str) -> None:
    _check(text, find_quotes(Article(text=text), (), ()))


@given(st.text(max_size=300))
def test_any_text_never_crashes(text: str) -> None:
    _check(text, find_quotes(Article(text=text), (), ()))


def test_through_the_pipeline_with_strict_checks() -> None:
    """The pipeline checks every span and entity reference; strict mode raises on a bad one."""
    extractor = Extractor(bundled=False, autoload=False, plugins=[newsfacts_quotes], strict=True)
    facts = extractor.extract("“It works,” Kim said.\n\n“Really?” he asked.")
    assert [c.text for c in facts.claims if isinstance(c, QuoteClaim)] == ["It works", "Really?"]


def test_deterministic() -> None:
    text = "“We will go,” said Moon Jae-in. “Soon.”\n\nOfficials said talks would resume."
    first = run(text, ("Moon Jae-in",))[1]
    assert first == run(text, ("Moon Jae-in",))[1]


@pytest.mark.parametrize(
    "text",
    [
        "“" * 100_000,
        '"' * 100_000,
        "”" * 100_000,
        "“a” " * 50_000,
        "“‘" * 50_000,
        "“" + "‘“" * 50_000,
        "said " * 100_000,
        "Kim said, “" * 30_000,
        ", " * 100_000 + "said that it works.",
        "Kim " * 100_000 + "said.",
        "A. " * 100_000,
        "“A.” B said. " * 20_000,
        "according to " * 50_000,
        "Kim, " * 50_000 + "said the plan works.",
        "\n" * 100_000 + "“x,” Kim said.",
        "x - " * 50_000 + "said that it works.",
        " -- said" * 30_000,
        "(KCNA) said " * 30_000,
        "Experts, however, said " * 20_000,
    ],
    ids=[
        "open-curly",
        "straight",
        "close-curly",
        "pairs",
        "nested-single",
        "deep-nesting",
        "said",
        "kim-said-open",
        "commas",
        "capitals",
        "initials",
        "quote-dot",
        "according",
        "appositions",
        "newlines",
        "spaced-hyphens",
        "dashes-and-cues",
        "bracketed-acronyms",
        "asides",
    ],
)
def test_hostile_inputs_finish(text: str) -> None:
    # A hang guard, not a speed measurement (speed and linearity are measured by
    # benchmarks/bench.py): a quadratic pattern would take hours on these inputs.
    started = time.monotonic()
    claims = find_quotes(Article(text=text), (), ())
    assert time.monotonic() - started < HANG_GUARD, f"no result within {HANG_GUARD:.0f} s"
    _check(text, claims)


def test_unbalanced_marks_do_not_swallow_the_article() -> None:
    """An opening mark that never closes stops at its paragraph: later quotes are still found."""
    text = (
        "Kim Jin-hyang said, “We will go back.\n\nThe firms waited.\n\n" * 3
        + "“It is time,” Moon Jae-in said."
    )
    _, claims = run(text, ("Kim Jin-hyang", "Moon Jae-in"))
    last = max(claims, key=lambda c: c.span.start)
    assert last.text == "It is time"
    assert last.span.start == text.rindex("“It is time")
    assert [c.text for c in claims].count("We will go back.") == 3


def test_a_long_article_is_read_to_its_end() -> None:
    """Two thousand paragraphs of quotes and reported speech: every claim is found, none lost late."""
    para = (
        "“We are going back to Kaeseong in spring,” Kim Jin-hyang said. “We will build a Silicon Valley.”\n\n"
        "Experts at the forum noted that North Korea has high quality IT talent.\n\n"
        "The region has a number of research institutes, Bennetts said.\n\n"
    )
    text = para * 2000
    started = time.monotonic()
    claims = find_quotes(Article(text=text), (), ())
    assert time.monotonic() - started < HANG_GUARD
    _check(text, claims)
    expected = [
        ("We are going back to Kaeseong in spring", "Kim Jin-hyang", True),
        ("We will build a Silicon Valley.", "Kim Jin-hyang", True),
        ("North Korea has high quality IT talent", "Experts at the forum", False),
        ("The region has a number of research institutes", "Bennetts", False),
    ]
    assert [(c.text, c.speaker_text, c.direct) for c in claims] == expected * 2000
    assert claims[-1].span.start == text.rindex("The region")


def test_cues_file_from_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Users add cue verbs in their own TSV file named by NEWSFACTS_QUOTES_CUES."""
    extra = tmp_path / "cues.tsv"
    extra.write_text("# my cues\ngrumbled\tthat after inverted quote\n", encoding="utf-8")
    text = "“The coffee is cold,” grumbled Lee Jae-yong."
    assert find_quotes(Article(text=text), (), ()) == []
    monkeypatch.setenv(newsfacts_quotes.ENV_VAR, str(extra))
    newsfacts_quotes.reset()
    try:
        claims = find_quotes(Article(text=text), (), ())
        assert [(c.text, c.speaker_text, c.cue) for c in claims] == [
            ("The coffee is cold", "Lee Jae-yong", "grumbled")
        ]
    finally:
        monkeypatch.delenv(newsfacts_quotes.ENV_VAR)
        newsfacts_quotes.reset()


def test_unknown_cue_flag_is_an_error() -> None:
    from newsfacts_quotes._data import parse_cues

    with pytest.raises(ValueError, match="unknown cue flag"):
        parse_cues(["murmured\tthat whisper"])


def test_many_people_of_one_surname_in_a_long_article() -> None:
    """Surname lookups look back a bounded way, and still find the Kim named last, all the way down."""
    from tests.plugins.quotes_fakes import FakeFinder

    names = ("Kim Jin-hyang", "Kim Hyun-wook", "Kim Yo-jong", "Kim Dae-jung")
    para = "".join(
        f"{name} arrived on Monday.\n\n“We will go back,” Kim said. The minister said the talks went well.\n\n"
        for name in names
    )
    extractor = Extractor(bundled=False, autoload=False, plugins=[newsfacts_quotes, FakeFinder(names)])
    article = Article(text=para * 500)
    facts = extractor.extract(article)
    started = time.monotonic()
    claims = find_quotes(article, facts.entities, ())
    assert time.monotonic() - started < HANG_GUARD
    _check(article.text, claims)
    name_of = {e.id: e.name for e in facts.entities}
    direct = [name_of.get(c.speaker or "") for c in claims if c.direct]
    assert direct == list(names) * 500
    assert sum(not c.direct for c in claims) == 4 * 500
