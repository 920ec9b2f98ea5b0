"""The command line: formats, stdin, plugin options, and clear errors instead of tracebacks."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from newsfacts.cli import main

ARTICLE = "President Moon Jae-in met Kaesong officials on Monday. Moon said 125 companies would return.\n"


def run(
    *argv: str, stdin: bytes | None = None, monkeypatch: pytest.MonkeyPatch | None = None
) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    if stdin is not None and monkeypatch is not None:
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin), encoding="utf-8"))
    code = main(list(argv), out=out, err=err)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def article(tmp_path: Path) -> Path:
    p = tmp_path / "a.txt"
    p.write_text(ARTICLE, encoding="utf-8")
    return p


def test_extract_prints_one_json_document(article: Path) -> None:
    code, out, err = run("extract", str(article), "--published", "2018-12-21T13:47+09:00")
    assert code == 0, err
    doc = json.loads(out)
    assert doc["schema"] == "newsfacts/1"
    assert doc["article"]["published"] == "2018-12-21T13:47:00+09:00"


def test_jsonl_gives_one_line_per_file(article: Path, tmp_path: Path) -> None:
    other = tmp_path / "b.txt"
    other.write_text("Seoul, Dec. 21.", encoding="utf-8")
    code, out, _ = run("extract", str(article), str(other), "--format", "jsonl")
    lines = out.splitlines()
    assert code == 0 and len(lines) == 2
    assert all(json.loads(line)["schema"] == "newsfacts/1" for line in lines)


def test_json_for_several_files_is_a_list(article: Path) -> None:
    code, out, _ = run("extract", str(article), str(article))
    assert code == 0 and len(json.loads(out)) == 2


def test_stdin_is_read_with_a_dash(monkeypatch: pytest.MonkeyPatch) -> None:
    code, out, _ = run(
        "extract", "-", "--published", "2018-12-21", stdin=ARTICLE.encode(), monkeypatch=monkeypatch
    )
    assert code == 0 and json.loads(out)["article"]["published"].startswith("2018-12-21")


def test_text_format_is_a_readable_summary(article: Path) -> None:
    code, out, _ = run("extract", str(article), "--format", "text", "--published", "2018-12-21T13:47+09:00")
    assert code == 0 and out.startswith("# ") and "published: 2018-12-21T13:47:00+09:00" in out


def test_include_text_puts_the_text_into_the_json(article: Path) -> None:
    _, out, _ = run("extract", str(article), "--include-text")
    assert json.loads(out)["article"]["text"] == ARTICLE


@pytest.mark.parametrize(
    ("argv", "code", "message"),
    [
        (["extract", "{missing}"], 1, "no such file"),
        (["extract", "{dir}"], 1, "is a directory"),
        (["extract", "{binary}"], 1, "not UTF-8"),
        (["extract", "{article}", "--published", "yesterday-ish"], 2, "publication time"),
        (["extract", "{article}", "--disable", "nonexistent"], 2, "unknown plugin"),
        (["extract", "{article}", "--plugin", "no_such_module_q"], 2, "cannot load plugin"),
    ],
)
def test_user_errors_are_one_clear_line(
    argv: list[str], code: int, message: str, article: Path, tmp_path: Path
) -> None:
    binary = tmp_path / "bin.txt"
    binary.write_bytes(b"\xff\xfe\x00\x81garbage")
    paths = {
        "missing": str(tmp_path / "nope.txt"),
        "dir": str(tmp_path),
        "binary": str(binary),
        "article": str(article),
    }
    got, _out, err = run(*(a.format(**paths) for a in argv))
    assert got == code
    assert message in err and "Traceback" not in err
    assert err.count("\n") == 1


def test_a_bad_file_does_not_stop_the_batch(article: Path, tmp_path: Path) -> None:
    code, out, err = run("extract", str(tmp_path / "missing.txt"), str(article), "--format", "jsonl")
    assert code == 1 and "missing.txt" in err
    assert len(out.splitlines()) == 1


def test_empty_file_gives_an_empty_result(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    code, out, _ = run("extract", str(empty))
    doc = json.loads(out)
    assert code == 0 and doc["entities"] == [] and doc["claims"] == []


def test_disable_removes_a_bundled_plugin(article: Path) -> None:
    _, out, _ = run("plugins", "--disable", "dates")
    assert "dates" not in out.split() and "quantities" in out


def test_plugin_option_registers_user_code(article: Path) -> None:
    code, out, _ = run("plugins", "--plugin", "tests.plugins_for_tests:People")
    assert code == 0 and "tests.plugins_for_tests:People" in out and "newsfacts_find_mentions" in out


def test_strict_turns_a_plugin_failure_into_exit_3(article: Path) -> None:
    code, _, err = run("extract", str(article), "--plugin", "tests.plugins_for_tests:Raiser", "--strict")
    assert code == 3 and "mention finder broke" in err


def test_no_command_prints_help() -> None:
    code, out, _ = run()
    assert code == 2 and "extract" in out


def test_module_entry_point_runs(article: Path) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "newsfacts", "extract", str(article), "--format", "jsonl"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["schema"] == "newsfacts/1"


def test_a_jsonl_record_with_an_escaped_lone_surrogate_is_written_as_utf8(tmp_path: Path) -> None:
    # JSON allows "\ud800" escapes; the text then holds a lone surrogate, which UTF-8 cannot.
    records = tmp_path / "records.jsonl"
    quote = '"We will \\ud800 go ahead," President Moon Jae-in said on Monday.'
    records.write_text(json.dumps({"text": quote}, ensure_ascii=True).replace("\\\\ud800", "\\ud800") + "\n")
    proc = subprocess.run(
        [sys.executable, "-m", "newsfacts", "extract", str(records), "--format", "jsonl", "--include-text"],
        capture_output=True,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr.decode("utf-8", "replace")
    doc = json.loads(proc.stdout.decode("utf-8"))
    assert "\ud800" in doc["article"]["text"]
