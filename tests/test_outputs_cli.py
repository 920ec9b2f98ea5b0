"""``newsfacts extract --format html``: the command line writes the evidence view (one page, or sections for several files)."""

from __future__ import annotations

import io
from pathlib import Path

from newsfacts import cli
from tests.test_outputs_fixtures import SAMPLE_PUBLISHED, SAMPLE_TEXT
from tests.test_outputs_html import parse

PLUGIN = "tests.test_outputs_fixtures:Annotator"


def run(*args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = cli.main(list(args), out=out, err=err)
    return code, out.getvalue(), err.getvalue()


def test_format_html_prints_one_self_contained_page(tmp_path: Path) -> None:
    article = tmp_path / "kaesong.txt"
    article.write_text(SAMPLE_TEXT, encoding="utf-8")
    code, out, _ = run(
        "extract",
        str(article),
        "--published",
        SAMPLE_PUBLISHED,
        "--format",
        "html",
        "--no-autoload",
        "--disable",
        "korean_names",
        "--disable",
        "organizations",
        "--disable",
        "quantities",
        "--disable",
        "dates",
        "--disable",
        "quotes",
        "--plugin",
        PLUGIN,
    )
    assert code == 0
    assert out.startswith("<!DOCTYPE html>") and out.count("<html") == 1
    page = parse(out)
    assert "".join(page.body_text) == SAMPLE_TEXT
    assert page.texts and page.scripts == 0


def test_format_html_with_several_files_gives_one_section_each(tmp_path: Path) -> None:
    names = []
    for n in (1, 2):
        path = tmp_path / f"a{n}.txt"
        path.write_text(SAMPLE_TEXT, encoding="utf-8")
        names.append(str(path))
    code, out, _ = run("extract", *names, "--format", "html", "--no-autoload", "--plugin", PLUGIN)
    assert code == 0
    assert out.count('<article class="report"') == 2 and out.count("<html") == 1
