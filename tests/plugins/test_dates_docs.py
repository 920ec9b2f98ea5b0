"""The examples on the dates plugin's documentation page are true: each row is run and checked."""

from __future__ import annotations

from pathlib import Path

import pytest

import newsfacts
import newsfacts_dates

DOC = Path(__file__).resolve().parents[2] / "docs" / "plugins" / "dates.md"
PUBLISHED = newsfacts.parse_published("2018-12-21T13:47:00+09:00")


def _rows() -> list[tuple[str, ...]]:
    lines = DOC.read_text(encoding="utf-8").splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("| Sentence | Found |"))
    rows = []
    for line in lines[start + 2 :]:
        if not line.startswith("|"):
            break
        rows.append(tuple(cell.strip() for cell in line.strip().strip("|").split("|")))
    return rows


ROWS = _rows()


def test_the_page_lists_many_examples() -> None:
    assert len(ROWS) >= 50


@pytest.mark.parametrize(("sentence", "span", "value", "start", "end"), ROWS, ids=[r[1] for r in ROWS])
def test_documented_example(sentence: str, span: str, value: str, start: str, end: str) -> None:
    article = newsfacts.Article(text=sentence, published=PUBLISHED)
    found = {m.text: m.data for m in newsfacts_dates.newsfacts_find_mentions(article)}
    assert span in found, sorted(found)
    data = found[span]
    assert (data.value, data.start or "", data.end or "") == (value, start, end)  # type: ignore[union-attr]
