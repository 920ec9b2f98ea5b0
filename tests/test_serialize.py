"""The newsfacts/1 JSON contract: layout, schema validity, determinism and the round trip."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsfacts
from newsfacts import Article, Extractor, Facts, Mention, QuantityData, hookimpl
from newsfacts.serialize import json_schema

from .plugins_for_tests import People, Quoter, Titles, WordFinder

TEXT = "President Moon Jae-in arrived. “It is a historic day”, the president said. Moon left Kaesong."


class Numbers:
    name = "numbers"

    @hookimpl
    def newsfacts_find_mentions(self, article: Article) -> list[Mention]:
        text = article.text
        i = text.find("125")
        if i < 0:
            return []
        return [
            Mention.of(
                article, i, i + 3, "quantity", data=QuantityData(low=125.0, high=None, approx="more than")
            )
        ]


def facts_for(text: str) -> Facts:
    ex = Extractor(
        bundled=False,
        autoload=False,
        plugins=[People(), Titles(), Quoter(), WordFinder("Kaesong", "place"), Numbers()],
    )
    return ex.extract(text, published="2018-12-21T13:47+09:00", url="https://example.com/a")


def test_document_layout_follows_the_contract() -> None:
    doc = json.loads(facts_for(TEXT).to_json())
    assert list(doc) == ["schema", "article", "entities", "claims", "errors"]
    assert doc["schema"] == "newsfacts/1"
    assert doc["article"] == {
        "title": None,
        "published": "2018-12-21T13:47:00+09:00",
        "url": "https://example.com/a",
        "authors": [],
        "section": None,
        "outlet": None,
    }
    person = doc["entities"][0]
    assert list(person)[:5] == ["id", "kind", "name", "source", "mentions"]
    assert person["family"] == "Moon" and person["order"] == "family-first"
    quote = next(c for c in doc["claims"] if c["kind"] == "quote")
    assert quote["speaker"] == person["id"] and quote["direct"] is True and quote["cue"] == "said"


def test_output_validates_against_the_shipped_schema() -> None:
    text = TEXT + " More than 125 people."
    jsonschema.validate(json.loads(facts_for(text).to_json()), json_schema())


def test_schema_rejects_a_broken_document() -> None:
    doc = json.loads(facts_for(TEXT).to_json())
    doc["entities"][0]["mentions"][0].pop("text")
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(doc, json_schema())


def test_whole_numbers_are_written_as_integers_and_open_bounds_as_null() -> None:
    doc = json.loads(facts_for("more than 125 people").to_json())
    q = next(e for e in doc["entities"] if e["kind"] == "quantity")
    assert q["low"] == 125 and isinstance(q["low"], int) and q["high"] is None


def test_round_trip_with_and_without_the_text() -> None:
    facts = facts_for(TEXT)
    once = facts.to_json()
    assert newsfacts.read_json(once).to_json() == once
    assert Facts.from_json(once, text=TEXT).article.text == TEXT
    with_text = Extractor(bundled=False, autoload=False, plugins=[People()]).extract(TEXT, include_text=True)
    doc = json.loads(with_text.to_json())
    assert doc["article"]["text"] == TEXT
    assert newsfacts.read_json(with_text.to_json()).to_json() == with_text.to_json()


def test_jsonl_form_is_one_line() -> None:
    line = facts_for(TEXT).to_json(indent=None)
    assert "\n" not in line and json.loads(line)["schema"] == "newsfacts/1"


@pytest.mark.parametrize("indent", [2, None])
def test_lone_surrogates_round_trip_in_memory_and_through_an_escaped_file(
    indent: int | None, tmp_path: Path
) -> None:
    # Text decoded with surrogateescape, or a JSONL record with a "\\ud800" escape, can carry
    # lone surrogates; UTF-8 cannot, so a file is written with backslash escapes.
    text = 'Kaesong \udcff officials said. "Kim Jin-\ud800hyang," he said.'
    facts = Extractor(bundled=False, autoload=False, plugins=[People(), Quoter()]).extract(
        text, include_text=True
    )
    out = facts.to_json(indent=indent)
    assert newsfacts.read_json(out).to_json(indent=indent) == out
    path = tmp_path / "facts.json"
    with path.open("w", encoding="utf-8", errors="backslashreplace") as handle:
        handle.write(out)
    back = newsfacts.read_json(path.read_text(encoding="utf-8"))
    assert back.article.text == text
    assert back.to_json(indent=indent) == out


def test_reading_something_else_is_a_clear_error() -> None:
    with pytest.raises(newsfacts.InputError, match="newsfacts/1"):
        newsfacts.read_json('{"schema": "other/2"}')


@given(st.text(max_size=300))
def test_any_text_round_trips_and_is_deterministic(text: str) -> None:
    a = facts_for(text)
    out = a.to_json()
    assert facts_for(text).to_json() == out
    assert newsfacts.read_json(out).to_json() == out
    for e in a.entities:
        for s in e.mentions:
            assert text[s.start : s.end] == s.text


def test_plugin_claim_kinds_keep_their_fields() -> None:
    from newsfacts import Claim

    class Custom:
        name = "custom"

        @hookimpl
        def newsfacts_find_claims(self, article: Article) -> list[Claim]:
            return [Claim(span=article.span(0, 4), kind="event", fields={"what": "visit", "who": ["a", "b"]})]

    facts = Extractor(bundled=False, autoload=False, plugins=[Custom()]).extract("Visit of the delegation")
    doc = json.loads(facts.to_json())
    assert doc["claims"][0]["what"] == "visit" and doc["claims"][0]["who"] == ["a", "b"]
    assert newsfacts.read_json(facts.to_json()).to_json() == facts.to_json()


def test_quote_text_span_is_checked_and_round_trips() -> None:
    from newsfacts import Claim, QuoteClaim, Span

    class Q:
        name = "q"

        @hookimpl
        def newsfacts_find_claims(self, article: Article) -> list[Claim]:
            t = article.text
            good = QuoteClaim(span=article.span(0, len(t)), text="hello", text_span=article.span(1, 6))
            bad = QuoteClaim(span=article.span(0, len(t)), text="hello", text_span=Span(0, 5, "xxxxx"))
            return [good, bad]

    facts = Extractor(bundled=False, autoload=False, plugins=[Q()]).extract("“hello,” Kim said.")
    assert len(facts.claims) == 1 and [r.stage for r in facts.errors] == ["claims"]
    doc = json.loads(facts.to_json())
    assert doc["claims"][0]["text_span"] == {"start": 1, "end": 6, "text": "hello"}
    jsonschema.validate(doc, json_schema())
    assert newsfacts.read_json(facts.to_json()).to_json() == facts.to_json()
