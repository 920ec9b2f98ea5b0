"""The README's Python runs as a new user would paste it, so its front page cannot rot.

The set-up commands are checked in test_docs.py; here the "Use" and "Write a plugin"
blocks are executed from the repository root (the usage block opens the example article
by a relative path) and what they make is checked.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import newsfacts

ROOT = Path(__file__).resolve().parent.parent
BLOCKS = re.findall(r"^```python\n(.*?)^```", (ROOT / "README.md").read_text(encoding="utf-8"), re.M | re.S)


def _run(code: str, monkeypatch: pytest.MonkeyPatch) -> dict[str, object]:
    monkeypatch.chdir(ROOT)
    namespace: dict[str, object] = {"__name__": "readme"}
    exec(compile(code, "README.md", "exec"), namespace)
    return namespace


def test_the_readme_has_a_usage_block_and_a_plugin_block() -> None:
    assert len(BLOCKS) == 2
    assert "newsfacts.extract(" in BLOCKS[0]
    assert "@hookimpl" in BLOCKS[1]


def test_usage_block_prints_quotes_dates_and_the_json_document(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    namespace = _run(BLOCKS[0], monkeypatch)
    facts = namespace["facts"]
    assert isinstance(facts, newsfacts.Facts)
    assert facts.errors == ()
    out = capsys.readouterr().out
    # A direct quote with its resolved speaker, a resolved relative date, then the document.
    assert "Kim Jong-ryul -> The railways were built for the whole peninsula" in out
    assert "next month = 2018-12" in out
    assert '"schema": "newsfacts/1"' in out


def test_the_output_the_readme_shows_is_what_the_usage_block_prints(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    shown = re.search(r"^```text\n(.*?)^```", (ROOT / "README.md").read_text(encoding="utf-8"), re.M | re.S)
    assert shown is not None, "the README shows no output"
    _run(BLOCKS[0], monkeypatch)
    printed = capsys.readouterr().out.splitlines()
    lines = [line for line in shown.group(1).splitlines() if line.strip() != "..."]
    # the shown lines, in order, are the first lines printed (the README trims trailing spaces)
    assert [line.rstrip() for line in printed[: len(lines)]] == lines


def test_plugin_block_finds_the_missile_as_a_new_kind(monkeypatch: pytest.MonkeyPatch) -> None:
    namespace = _run(BLOCKS[1], monkeypatch)
    facts = namespace["facts"]
    assert isinstance(facts, newsfacts.Facts)
    weapons = facts.of_kind("weapon")
    assert [(m.start, m.end, m.text) for e in weapons for m in e.mentions] == [(20, 30, "Hwasong-15")]
    assert facts.errors == ()
