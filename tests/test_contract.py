"""The plugin contract, checked for every registered plugin and for the whole pipeline.

The plugins are whatever ``newsfacts.Extractor()`` loads (bundled and installed), so
a new plugin gets these checks without a line of test code: no exception, no error
records, exact offsets, byte-identical JSON on a second run (and a second extractor),
a lossless JSON round trip, and claim references to entities that exist.
"""

from __future__ import annotations

import os

import pytest

import newsfacts
from newsfacts.testing import ContractError, check_extractor, check_facts, check_plugin, plugin_extractor

# Generated examples per plugin and mode; CI can raise it (NEWSFACTS_CONTRACT_EXAMPLES=200).
EXAMPLES = int(os.environ.get("NEWSFACTS_CONTRACT_EXAMPLES", "25"))

_REGISTERED = newsfacts.Extractor()
PLUGIN_NAMES = _REGISTERED.plugin_names()


def _plugin(name: str) -> object:
    plugin = _REGISTERED.pm.get_plugin(name)
    assert plugin is not None, name
    return plugin


def test_the_bundled_plugins_are_all_checked() -> None:
    bundled = {"korean_names", "organizations", "quantities", "dates", "quotes", "page_reader"}
    assert bundled <= set(PLUGIN_NAMES)


@pytest.mark.parametrize("name", PLUGIN_NAMES)
def test_plugin_alone_keeps_the_contract(name: str) -> None:
    check_plugin(_plugin(name), max_examples=EXAMPLES, in_pipeline=False)


@pytest.mark.parametrize("name", PLUGIN_NAMES)
def test_plugin_alone_in_strict_mode_does_not_raise(name: str) -> None:
    # Strict mode re-raises what the lenient mode would record, so this finds a
    # failure's traceback rather than its one-line record.
    check_extractor(lambda: plugin_extractor(_plugin(name), strict=True), max_examples=0, generated=False)


def test_whole_pipeline_keeps_the_contract() -> None:
    check_extractor(newsfacts.Extractor, max_examples=EXAMPLES * 2)


# --------------------------------------------------------------------------- the checker itself


class _Broken:
    """A plugin that breaks one rule per instance, to show the checker notices."""

    def __init__(self, fault: str) -> None:
        self.name = f"broken_{fault}"
        self.fault = fault

    @newsfacts.hookimpl
    def newsfacts_find_mentions(self, article: newsfacts.Article) -> list[newsfacts.Mention]:
        text = article.text
        if self.fault == "raises" and "Kim" in text:
            raise RuntimeError("boom")
        if self.fault == "offsets" and len(text) > 3:
            return [newsfacts.Mention(span=newsfacts.Span(1, 3, "xx"), kind="person")]
        if self.fault == "random" and text:
            return [newsfacts.Mention.of(article, 0, 1, "thing", name=str(id(object())))]
        return []


@pytest.mark.parametrize("fault", ["raises", "offsets", "random"])
def test_check_plugin_catches_a_broken_plugin(fault: str) -> None:
    with pytest.raises(ContractError):
        check_plugin(_Broken(fault), max_examples=5, in_pipeline=False)


def test_check_facts_catches_a_dangling_reference() -> None:
    article = newsfacts.Article(text="Kim said yes.")
    claim = newsfacts.QuoteClaim(span=article.span(0, 12), speaker="e9", text="yes", id="c1")
    facts = newsfacts.Facts(article=article, claims=(claim,))
    with pytest.raises(ContractError, match="unknown entity 'e9'"):
        check_facts(facts)
