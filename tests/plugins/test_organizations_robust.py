"""The organizations plugin under hostile input, at scale, and with users' extra table rows.

Linear time is part of the design: runs of capitalised words are bounded, so long
headlines, endless "X of Y and Z" chains and repeated appositives must not hang (the
guard is generous; throughput is measured by the benchmark script, not by tests).
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsfacts
import newsfacts_organizations
from newsfacts.testing import check_plugin
from newsfacts_organizations import _data

ALONE = newsfacts.Extractor(bundled=False, autoload=False, plugins=[newsfacts_organizations])


def check(text: str) -> newsfacts.Facts:
    """Run the plugin alone and assert the result is clean: no errors, every span exact."""
    facts = ALONE.extract(text)
    assert facts.errors == ()
    for e in facts.entities:
        for s in e.mentions:
            assert text[s.start : s.end] == s.text
    ids = {e.id for e in facts.entities}
    for c in facts.claims:
        assert text[c.span.start : c.span.end] == c.span.text
        assert set(c.references()) <= ids
    return facts


def test_the_plugin_keeps_the_contract() -> None:
    check_plugin(
        newsfacts_organizations,
        max_examples=25,
        extra_texts=[
            "Ian Bennetts, associate program leader of Choson Exchange, said so. Bennetts said more.",
            "The Korea Institute for National Unification (KINU) said. KINU agreed (KINU).",
        ],
    )


@given(st.text(max_size=400))
def test_any_text_gives_a_clean_result(text: str) -> None:
    check(text)


@given(
    st.lists(
        st.sampled_from(
            [
                "Foundation",
                "Ministry",
                "of",
                "and",
                "the",
                "Korea",
                "Ian",
                "Bennetts",
                "said",
                ",",
                "chairman",
                "former",
                "President",
                "(KINU)",
                "KINU",
                "’s",
                "Samsung",
                "Electronics",
                "SK",
                "hynix",
                "\n",
                "then-",
                "U.N.",
                "Co.",
                "“",
            ]
        ),
        max_size=60,
    )
)
def test_news_words_in_any_order_give_a_clean_result(words: list[str]) -> None:
    check(" ".join(words))


@pytest.mark.parametrize(
    "text",
    ["", "\x00\x00", "\ud800 Foundation \udfff", "A" * 1000, "’s" * 500, "( ) ( (KINU) )", "Co. " * 300],
)
def test_odd_input_never_crashes(text: str) -> None:
    check(text)


def _timed(text: str) -> float:
    started = time.monotonic()
    check(text)
    return time.monotonic() - started


def _cases() -> Iterator[tuple[str, str]]:
    yield "capitalised words", "Alpha " * 50_000
    yield "of-and chains", "Research Center of Science and Technology for " * 10_000
    yield "head words", "Foundation Institute Ministry " * 20_000
    yield "speech names", "Ian Bennetts said " * 10_000
    yield "appositives", "Ian Bennetts, associate program leader of Choson Exchange, " * 5_000
    yield "titles", "former President " * 30_000
    yield "acronyms", "Korea Institute for Peace (KIP) KIP " * 10_000
    yield "name particles", "Anna von der de la Van " * 20_000
    yield "possessive plurals", "Supreme People's Women's Children's " * 10_000
    yield "ampersands", "Kim & Lee & Park & " * 20_000
    yield "repeated full names", "Erling Haaland scored. Haaland said. " * 10_000


@pytest.mark.parametrize(("label", "text"), list(_cases()))
def test_adversarial_runs_do_not_hang(label: str, text: str) -> None:
    # A hang guard, not a speed measurement (speed is measured by benchmarks/bench.py):
    # a quadratic pattern would take hours on these inputs.
    assert _timed(text) < 60.0, label


# --------------------------------------------------------------------------- extending the tables


@pytest.fixture
def restore_tables() -> Iterator[None]:
    yield
    _data._extra.clear()
    _data.reload()


def test_add_rows_extends_titles_heads_and_companies(restore_tables: None) -> None:
    text = (
        "Lee Won-ju, chief puppeteer of the Seoul Marionette Guild, said the show sold out. "
        "Shares of Daewoong Pharmaceutical rose."
    )
    facts = ALONE.extract(text)
    assert facts.claims_of_kind("role") == ()
    newsfacts_organizations.add_rows("titles.tsv", [("puppeteer", "media")])
    newsfacts_organizations.add_rows("heads.txt", ["Guild"])
    newsfacts_organizations.add_rows("companies.tsv", [("Daewoong Pharmaceutical", "", "")])
    facts = newsfacts.Extractor(
        bundled=False, autoload=False, plugins=[newsfacts_organizations, _StubPerson("Lee Won-ju")]
    ).extract(text)
    orgs = [e.name for e in facts.of_kind("organization")]
    assert orgs == ["Seoul Marionette Guild", "Daewoong Pharmaceutical"]
    (claim,) = facts.claims_of_kind("role")
    assert claim.span.text == "Lee Won-ju, chief puppeteer of the Seoul Marionette Guild"
    assert isinstance(claim, newsfacts.RoleClaim)
    assert claim.role == "chief puppeteer"


def test_unknown_table_is_refused() -> None:
    with pytest.raises(KeyError):
        newsfacts_organizations.add_rows("nope.tsv", ["x"])


def test_a_folder_of_extra_rows_from_the_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, restore_tables: None
) -> None:
    (tmp_path / "organizations.tsv").write_text("Korea Marionette Society\t\tKMS\n", encoding="utf-8")
    monkeypatch.setenv(newsfacts_organizations.ENV_VAR, str(tmp_path))
    newsfacts_organizations.reload()
    facts = ALONE.extract("KMS said the festival would go ahead.")
    (org,) = facts.of_kind("organization")
    assert (org.name, org.first.text, org.get("acronym")) == ("Korea Marionette Society", "KMS", "KMS")


class _StubPerson:
    """Marks one fixed name as a person, standing in for the Korean names plugin."""

    def __init__(self, name: str) -> None:
        self.name = name

    @newsfacts.hookimpl
    def newsfacts_find_mentions(self, article: newsfacts.Article) -> Iterator[newsfacts.Mention]:
        start = article.text.find(self.name)
        if start >= 0:
            yield newsfacts.Mention.of(
                article, start, start + len(self.name), "person", key="stub", priority=20
            )
