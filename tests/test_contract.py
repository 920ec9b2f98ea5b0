"""The plugin contract, checked for every registered plugin and for the whole pipeline.

The plugins are whatever ``newsfacts.Extractor()`` loads (bundled and installed), so
a new plugin gets these checks without a line of test code: no exception, no error
records, exact offsets, byte-identical JSON on a second run (and a second extractor),
a lossless JSON round trip, and claim references to entities that exist.
"""

from __future__ import annotations

import itertools
import os

import pytest

import newsfacts
from newsfacts.testing import (
    ContractError,
    check_extractor,
    check_facts,
    check_plugin,
    plugin_extractor,
    sample_texts,
)

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
        self.runs = itertools.count()

    @newsfacts.hookimpl
    def newsfacts_find_mentions(self, article: newsfacts.Article) -> list[newsfacts.Mention]:
        text = article.text
        if self.fault == "raises" and "Kim" in text:
            raise RuntimeError("boom")
        if self.fault == "offsets" and len(text) > 3:
            return [newsfacts.Mention(span=newsfacts.Span(1, 3, "xx"), kind="person")]
        if self.fault == "random" and text:
            return [newsfacts.Mention.of(article, 0, 1, "thing", name=f"run {next(self.runs)}")]
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


# --------------------------------------------------------------------------- security


def test_extraction_never_touches_the_network(monkeypatch: pytest.MonkeyPatch) -> None:
    import socket

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("newsfacts tried to open a network connection")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    extractor = newsfacts.Extractor()
    for text in sample_texts():
        facts = extractor.extract(text, published="2018-12-21T13:47:00+09:00")
        assert not facts.errors, facts.errors
    html = "<html><head><link rel='stylesheet' href='http://example.com/x.css'></head><body><p>Kim said.</p></body></html>"
    extractor.extract(html, media_type="text/html", url="https://www.koreaherald.com/view.php?ud=1")


_UNSAFE_CALLS = {"eval", "exec", "__import__"}
_UNSAFE_ATTRIBUTES = {
    ("pickle", "load"),
    ("pickle", "loads"),
    ("marshal", "loads"),
    ("marshal", "load"),
    ("shelve", "open"),
}


def test_no_eval_exec_or_unpickling_in_the_code() -> None:
    """The core and every bundled plugin: no ``eval``/``exec``, no unpickling, nothing run from input."""
    import ast
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    files = [*(root / "src" / "newsfacts").rglob("*.py"), *(root / "plugins").rglob("*.py")]
    assert len(files) > 10
    found = []
    for path in files:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            if isinstance(func, ast.Name) and func.id in _UNSAFE_CALLS:
                found.append(f"{path.relative_to(root)}:{node.lineno} {func.id}()")
            if (
                isinstance(func, ast.Attribute)
                and isinstance(func.value, ast.Name)
                and (func.value.id, func.attr) in _UNSAFE_ATTRIBUTES
            ):
                found.append(f"{path.relative_to(root)}:{node.lineno} {func.value.id}.{func.attr}()")
    assert not found, found
