"""The runnable examples run, so they cannot rot."""

from __future__ import annotations

import runpy
import sys
from pathlib import Path

import pytest

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


@pytest.mark.parametrize("script", sorted(p.name for p in EXAMPLES.glob("*.py")))
def test_example_script_runs(
    script: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(sys, "argv", [script])
    runpy.run_path(str(EXAMPLES / script), run_name="__main__")
    assert "error   " not in capsys.readouterr().out  # no plugin reported a failure


def test_register_plugin_example_finds_its_new_kind(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "argv", ["register_plugin.py"])
    runpy.run_path(str(EXAMPLES / "register_plugin.py"), run_name="__main__")
    out = capsys.readouterr().out
    assert "Hwasong-15 [(25, 35), (54, 64)]" in out
    assert "missiles" in out


def test_example_articles_are_plain_utf8_text() -> None:
    for article in (EXAMPLES / "articles").glob("*.txt"):
        text = article.read_text(encoding="utf-8")
        assert len(text) > 200
