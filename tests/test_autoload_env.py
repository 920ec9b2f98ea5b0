"""Third-party plugins load from the ``newsfacts`` entry-point group, and only from there.

A throwaway distribution (a ``.dist-info`` folder and a module, put on ``sys.path``) stands
in for a plugin someone installed, so these tests need nothing installed. They check that
``Extractor()`` discovers it, that ``NEWSFACTS_DISABLE_PLUGIN_AUTOLOAD`` (as pytest's
``PYTEST_DISABLE_PLUGIN_AUTOLOAD``) and ``autoload=False`` keep it out while the bundled
plugins still load, and that it can be disabled by name like a bundled one.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

import newsfacts

PLUGIN = "fake_outlet_tags"
MODULE = "newsfacts_fake_outlet_tags"
BUNDLED = {"korean_names", "organizations", "quantities", "dates", "quotes", "page_reader"}
TEXT = "Kospi rose 1.2 percent on Friday, the Korea Exchange said."

SOURCE = '''
"""A stand-in third-party plugin: tags the word "Kospi" as a market index."""
import newsfacts


@newsfacts.hookimpl
def newsfacts_find_mentions(article):
    at = article.text.find("Kospi")
    if at >= 0:
        yield newsfacts.Mention.of(article, at, at + 5, "index", key="kospi")
'''


@pytest.fixture
def installed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """A distribution registering ``MODULE`` under ``PLUGIN`` in the ``newsfacts`` group."""
    (tmp_path / f"{MODULE}.py").write_text(SOURCE, encoding="utf-8")
    info = tmp_path / "newsfacts_fake_outlet_tags-0.1.dist-info"
    info.mkdir()
    (info / "METADATA").write_text(
        "Metadata-Version: 2.1\nName: newsfacts-fake-outlet-tags\nVersion: 0.1\n", encoding="utf-8"
    )
    (info / "entry_points.txt").write_text(f"[newsfacts]\n{PLUGIN} = {MODULE}\n", encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.delenv("NEWSFACTS_DISABLE_PLUGIN_AUTOLOAD", raising=False)
    yield
    sys.modules.pop(MODULE, None)


def _indexes(extractor: newsfacts.Extractor) -> list[str]:
    return [m.text for e in extractor.extract(TEXT).of_kind("index") for m in e.mentions]


def test_an_installed_plugin_is_discovered_through_the_entry_point_group(installed: None) -> None:
    extractor = newsfacts.Extractor()
    assert PLUGIN in extractor.plugin_names()
    assert set(extractor.plugin_names()) >= BUNDLED
    info = {p.name: p for p in extractor.plugins()}[PLUGIN]
    assert info.origin.startswith("entry point: newsfacts_fake_outlet_tags")
    assert info.version == "0.1"
    assert info.hooks == ("newsfacts_find_mentions",)
    assert _indexes(extractor) == ["Kospi"]


@pytest.mark.parametrize("value", ["1", "true"])
def test_the_environment_variable_stops_third_party_autoloading(
    installed: None, monkeypatch: pytest.MonkeyPatch, value: str
) -> None:
    monkeypatch.setenv("NEWSFACTS_DISABLE_PLUGIN_AUTOLOAD", value)
    extractor = newsfacts.Extractor()
    assert PLUGIN not in extractor.plugin_names()
    assert set(extractor.plugin_names()) >= BUNDLED  # the bundled ones are not third-party
    assert _indexes(extractor) == []


def test_an_empty_environment_variable_leaves_autoloading_on(
    installed: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NEWSFACTS_DISABLE_PLUGIN_AUTOLOAD", "")
    assert PLUGIN in newsfacts.Extractor().plugin_names()


def test_autoload_false_keeps_the_installed_plugin_out(installed: None) -> None:
    extractor = newsfacts.Extractor(autoload=False)
    assert PLUGIN not in extractor.plugin_names()
    assert set(extractor.plugin_names()) >= BUNDLED


def test_an_installed_plugin_can_be_disabled_by_name(installed: None) -> None:
    extractor = newsfacts.Extractor(disable=[PLUGIN])
    assert PLUGIN not in extractor.plugin_names()
    assert _indexes(extractor) == []


def test_the_cli_honours_the_environment_variable(
    installed: None, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from newsfacts.cli import main

    assert main(["plugins"]) == 0
    assert PLUGIN in capsys.readouterr().out
    monkeypatch.setenv("NEWSFACTS_DISABLE_PLUGIN_AUTOLOAD", "1")
    assert main(["plugins"]) == 0
    listed = capsys.readouterr().out
    assert PLUGIN not in listed
    assert "korean_names" in listed
