"""Every message about an unreadable input names the input, so a batch says which file failed."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from newsfacts.cli import main

ARTICLE = "Unification Minister Kwon Young-se visited Paju on Monday, the ministry said.\n"


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), out=out, err=err)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def good(tmp_path: Path) -> Path:
    p = tmp_path / "good.txt"
    p.write_text(ARTICLE, encoding="utf-8")
    return p


def test_missing_files_and_directories_are_named(good: Path, tmp_path: Path) -> None:
    missing, folder = tmp_path / "gone.txt", tmp_path / "folder"
    folder.mkdir()
    code, out, err = run("extract", str(good), str(missing), str(folder), "--format", "jsonl")
    assert code == 1
    assert len(out.splitlines()) == 1  # the readable file is still processed
    assert str(missing) in err and str(folder) in err


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_an_undecodable_file_is_named(good: Path, tmp_path: Path, jobs: str) -> None:
    binary = tmp_path / "scan.bin"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\xff\xfe\x00\x81 not text")
    code, out, err = run("extract", str(good), str(binary), "--format", "jsonl", "--jobs", jobs)
    assert code == 1
    assert len(out.splitlines()) == 1
    assert "not UTF-8" in err
    assert str(binary) in err
