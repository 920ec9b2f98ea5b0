"""The examples in docs/outputs.md run, so the outputs page cannot rot.

The first Python block of the page extracts the facts; every later block runs after
it, on its own, in a fresh temporary directory. A block that imports an optional
dependency that is not installed (spaCy, pandas, pyarrow) is skipped, saying which.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PAGE = ROOT / "docs" / "outputs.md"
BLOCKS = re.findall(r"^```python\n(.*?)^```", PAGE.read_text(encoding="utf-8"), re.M | re.S)
OPTIONAL = ("spacy", "pandas", "pyarrow")


def needs(code: str) -> list[str]:
    """The optional modules a block imports (directly or through newsfacts.outputs)."""
    wanted = set(re.findall(r"^\s*(?:import|from)\s+(\w+)", code, re.M)) & set(OPTIONAL)
    if "to_spacy" in code or "outputs.spacy" in code:
        wanted.add("spacy")
    if "to_dataframes" in code:
        wanted.add("pandas")
    if "to_arrow" in code:
        wanted.add("pyarrow")
    return sorted(wanted)


def test_the_page_has_a_setup_block_and_examples_for_every_output() -> None:
    assert len(BLOCKS) >= 8
    calls = ("render_html", "write_html", "to_records", "read_jsonl", "to_dataframes", "to_arrow")
    for call in (*calls, "to_spacy", 'add_pipe("newsfacts"', "write_brat"):
        assert any(call in b for b in BLOCKS[1:]), call


def test_the_screenshot_the_page_shows_exists_and_is_a_png() -> None:
    images = re.findall(r"!\[[^\]]+\]\(([^)]+)\)", PAGE.read_text(encoding="utf-8"))
    assert images == ["images/report.png"]
    assert (PAGE.parent / images[0]).read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


@pytest.mark.parametrize("number", range(1, len(BLOCKS)), ids=lambda n: f"block{n}")
def test_example_block_runs(
    number: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    code = BLOCKS[number]
    for module in needs(code):
        pytest.importorskip(module, reason=f"{module} is optional (the docs example needs it)")
    monkeypatch.chdir(tmp_path)
    namespace: dict[str, object] = {"__name__": f"docs_outputs_block{number}"}
    exec(compile(BLOCKS[0], f"{PAGE.name}:block0", "exec"), namespace)
    exec(compile(code, f"{PAGE.name}:block{number}", "exec"), namespace)
    capsys.readouterr()
