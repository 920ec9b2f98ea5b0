"""What the caller says about time wins on the command line as it does in Python.

docs/getting-started.md: ``--published`` "overrides what a page says" and ``--tz`` is "the
zone of a time given without an offset"; docs/reading-pages.md: "What you pass always wins:
``--published``, and in Python ``published=``". Python keeps both promises; these tests hold
the command line to them, on a plain body and on a scraped page with its own time stamp.
"""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

import newsfacts
from newsfacts.cli import main

BODY = "Seoul shares rose on Friday, and the won firmed against the dollar, traders said today.\n"

# A Korea Herald-style page as scraped: its own stamp says 2018-12-21 13:47 (KST).
PAGE = """The Korea Herald
April 27, 2024

Business

Seoul shares close higher on chip rally

  • PUBLISHED :December 21, 2018 - 13:47

Seoul shares rose on Friday, led by chipmakers, and the won firmed against the dollar, traders said.

By Choi Ji-won (jwc@heraldcorp.com)
"""


def published(path: Path, *options: str) -> str:
    out, err = io.StringIO(), io.StringIO()
    assert main(["extract", str(path), *options], out=out, err=err) == 0, err.getvalue()
    value: str = json.loads(out.getvalue())["article"]["published"]
    return value


@pytest.fixture
def body(tmp_path: Path) -> Path:
    p = tmp_path / "body.txt"
    p.write_text(BODY, encoding="utf-8")
    return p


@pytest.fixture
def page(tmp_path: Path) -> Path:
    p = tmp_path / "page.txt"
    p.write_text(PAGE, encoding="utf-8")
    return p


def test_python_published_and_tz_win() -> None:
    # The reference behaviour the command line should match.
    facts = newsfacts.extract(PAGE, published="2018-12-22T08:00+09:00")
    assert facts.article.published is not None
    assert facts.article.published.isoformat() == "2018-12-22T08:00:00+09:00"
    kst = newsfacts.extract(BODY, published="2018-12-21T09:00", tz="Asia/Seoul").article.published
    assert kst is not None and kst.isoformat() == "2018-12-21T09:00:00+09:00"


def test_the_page_time_is_used_when_the_caller_gives_none(page: Path) -> None:
    assert published(page) == "2018-12-21T13:47:00+09:00"


def test_published_with_an_offset_applies_to_a_plain_body(body: Path) -> None:
    assert published(body, "--published", "2018-12-21T09:00+09:00") == "2018-12-21T09:00:00+09:00"


def test_tz_gives_the_zone_of_a_published_time_without_offset(body: Path) -> None:
    assert published(body, "--published", "2018-12-21T09:00", "--tz", "Asia/Seoul") == (
        "2018-12-21T09:00:00+09:00"
    )


def test_tz_gives_the_zone_of_a_published_date(body: Path) -> None:
    assert published(body, "--published", "2018-12-21", "--tz", "Asia/Seoul") == "2018-12-21T00:00:00+09:00"


def test_published_overrides_the_pages_own_stamp(page: Path) -> None:
    assert published(page, "--published", "2018-12-22T08:00+09:00") == "2018-12-22T08:00:00+09:00"
