"""The page-reading docs are true: their Python runs, and the site-plugin guide quotes the example package as it is."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "examples" / "site_plugin"


def blocks(page: str, language: str) -> list[str]:
    text = (ROOT / "docs" / page).read_text(encoding="utf-8")
    return re.findall(rf"```{language}\n(.*?)```", text, re.S)


@pytest.mark.parametrize("code", blocks("reading-pages.md", "python"))
def test_reading_pages_examples_run(code: str) -> None:
    exec(compile(code, "docs/reading-pages.md", "exec"), {})


def test_the_guide_quotes_the_example_package_verbatim() -> None:
    sources = "\n".join(
        p.read_text(encoding="utf-8")
        for p in (
            EXAMPLE / "pyproject.toml",
            *EXAMPLE.joinpath("src").rglob("*.py"),
            *EXAMPLE.joinpath("tests").rglob("*.py"),
        )
    )
    quoted = blocks("site-plugins.md", "python") + blocks("site-plugins.md", "toml")
    assert len(quoted) >= 4
    for code in quoted:
        assert code in sources, f"docs/site-plugins.md quotes code the example no longer has:\n{code}"


def test_the_guide_shows_the_sample_page_as_the_tests_have_it() -> None:
    page = (EXAMPLE / "tests" / "pages" / "joongang_page.txt").read_text(encoding="utf-8")
    guide = (ROOT / "docs" / "site-plugins.md").read_text(encoding="utf-8")
    shown = re.search(r"## 1\. The layout[^\n]*\n\n[^\n]*\n\n((?:    [^\n]*\n|\n)+)", guide)
    assert shown is not None
    lines = [line[4:] for line in shown.group(1).splitlines() if line.strip()]
    assert len(lines) >= 10
    for line in lines:
        if not line.endswith("..."):
            assert line in page
