"""Meta-tests that keep the hook documentation honest (datasette's idea).

Every hook must be documented in docs/hooks.md with its exact signature, and must have
a test named ``test_hook_<name>`` somewhere in tests/.
"""

from __future__ import annotations

import inspect
from pathlib import Path

import pytest

from newsfacts import hookspecs

ROOT = Path(__file__).resolve().parent.parent
HOOKS = sorted(name for name in dir(hookspecs) if name.startswith("newsfacts_"))


@pytest.mark.parametrize("hook", HOOKS)
def test_every_hook_is_documented_with_its_signature(hook: str) -> None:
    doc = (ROOT / "docs" / "hooks.md").read_text(encoding="utf-8")
    args = ", ".join(inspect.signature(getattr(hookspecs, hook)).parameters)
    assert f"{hook}({args})" in doc


@pytest.mark.parametrize("hook", HOOKS)
def test_every_hook_has_a_test(hook: str) -> None:
    sources = "\n".join(p.read_text(encoding="utf-8") for p in (ROOT / "tests").rglob("test_*.py"))
    assert f"def test_hook_{hook}" in sources


def test_readme_gives_the_two_setup_commands_and_ci_runs_the_same_test_command() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    test_command = "python -m pip install -e '.[dev]' && python -m pytest"
    assert test_command in readme
    assert test_command in ci
    assert "python -m pip install . && newsfacts extract examples/articles/" in readme
