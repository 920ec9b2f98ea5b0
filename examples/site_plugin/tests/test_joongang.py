"""The example site plugin: found through its entry point, first for its pages, and can be disabled."""

from __future__ import annotations

import importlib.metadata
from datetime import datetime
from pathlib import Path

import pytest

from newsfacts import Extractor, RawDocument

PAGE = (Path(__file__).parent / "pages" / "joongang_page.txt").read_text(encoding="utf-8")

if not any(ep.name == "joongang_daily" for ep in importlib.metadata.entry_points(group="newsfacts")):
    pytest.skip(
        "the example plugin is not installed: pip install -e examples/site_plugin", allow_module_level=True
    )


def cut(text: str, kind: str, article_regions: tuple[object, ...]) -> list[str]:
    return [text[r.start : r.end] for r in article_regions if r.kind == kind]  # type: ignore[attr-defined]


def test_the_plugin_is_discovered_through_its_entry_point() -> None:
    extractor = Extractor()
    assert "joongang_daily" in extractor.plugin_names()
    info = next(p for p in extractor.plugins() if p.name == "joongang_daily")
    assert info.origin.startswith("entry point")
    assert "newsfacts_read_article" in info.hooks


def test_it_wins_over_the_bundled_reader_on_its_own_pages() -> None:
    article = Extractor().read(PAGE)
    assert article.meta["reader"] == "joongang_daily"
    assert article.text == PAGE
    assert article.title == "Seoul and Pyongyang agree to reconnect railways by year's end"
    assert article.published == datetime.fromisoformat("2018-12-21T19:00+09:00")
    assert article.meta["updated"] == "2018-12-21T19:19:00+09:00"
    assert article.authors == ("Park Eun-jee",)
    assert article.section == "National"
    assert article.outlet == "Korea JoongAng Daily"
    chrome = cut(PAGE, "chrome", article.regions)
    assert "More in North Korea" in chrome and "Seoul to send tangerines to Pyongyang" in chrome
    assert cut(PAGE, "caption", article.regions) == [
        "South and North Korean officials inspect a railway near Kaesong, North Korea, on Dec. 8."
    ]
    assert cut(PAGE, "credit", article.regions) == ["JOINT PRESS CORPS"]


def test_other_pages_go_on_to_the_bundled_reader() -> None:
    page = (
        "The Korea Herald\n\nNorth Korea\n\nKaesong firms call for quick return\n\n"
        "PUBLISHED :February 14, 2019 - 17:05\n\n"
        "Owners of companies that ran factories in Kaesong urged the government to act quickly, they said.\n"
    )
    article = Extractor().read(page)
    assert "reader" not in article.meta
    assert article.title == "Kaesong firms call for quick return"
    assert article.outlet == "The Korea Herald"


def test_it_can_be_disabled_by_name() -> None:
    extractor = Extractor(disable=["joongang_daily"])
    assert "joongang_daily" not in extractor.plugin_names()
    article = extractor.read(PAGE)
    assert "reader" not in article.meta  # the bundled page reader read it instead
    assert article.text == PAGE


def test_caller_metadata_still_wins() -> None:
    article = Extractor().read(PAGE, published="2018-12-22T08:00+09:00")
    assert article.published == datetime.fromisoformat("2018-12-22T08:00+09:00")


@pytest.mark.parametrize(
    "data", ["", "Korea JoongAng Daily", "Korea JoongAng Daily\nNATIONAL", "\x00\ud800" * 50]
)
def test_short_or_odd_input_never_breaks_it(data: str) -> None:
    import newsfacts_joongang

    result = newsfacts_joongang.newsfacts_read_article(raw=RawDocument(data=data))
    if result is not None:
        assert result.text == data
