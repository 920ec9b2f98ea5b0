"""The wheel carries the core, every bundled plugin with its data, and the entry points."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
BUNDLED = ("korean_names", "organizations", "quantities", "dates", "quotes", "page_reader")


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> zipfile.ZipFile:
    pytest.importorskip("hatchling")
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(out),
            str(ROOT),
        ],
        check=True,
        capture_output=True,
    )
    (path,) = out.glob("newsfacts-*.whl")
    return zipfile.ZipFile(path)


def test_wheel_contains_core_plugins_and_their_data(wheel: zipfile.ZipFile) -> None:
    names = set(wheel.namelist())
    assert "newsfacts/__init__.py" in names and "newsfacts/py.typed" in names
    assert "newsfacts/schema/newsfacts-1.schema.json" in names
    for plugin in BUNDLED:
        assert f"newsfacts_{plugin}/__init__.py" in names
    for source in (ROOT / "plugins").rglob("*"):
        if source.is_file() and "__pycache__" not in source.parts:
            assert source.relative_to(ROOT / "plugins").as_posix() in names


def test_wheel_registers_every_bundled_plugin_as_an_entry_point(wheel: zipfile.ZipFile) -> None:
    (ep_file,) = [n for n in wheel.namelist() if n.endswith("entry_points.txt")]
    text = wheel.read(ep_file).decode()
    assert "[newsfacts]" in text
    for plugin in BUNDLED:
        assert f"{plugin} = newsfacts_{plugin}" in text
    assert "newsfacts = newsfacts.cli:main" in text
