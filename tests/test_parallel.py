"""Archives: --jobs, JSONL record streams, extract_many on processes, and Dask; all in input order."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from newsfacts import Extractor, InputError
from newsfacts.cli import main

TEXTS = [
    "President Moon Jae-in met Kaesong officials on Monday. Moon said 125 companies would return.",
    "“We are going back to Kaeseong in spring,” said Kim Jin-hyang, chairman of the foundation.",
    "SEOUL, Dec. 21 (Yonhap) -- About 3,000-5,000 businesses could move north, experts said.",
    "",
    "North Korean leader Kim Jong Un left Hanoi on Thursday, officials said.",
] * 3
PLUGIN = "tests.plugins_for_tests:People"


def records() -> list[dict[str, str]]:
    return [{"id": f"r{i}", "text": t, "published": "2018-12-21T13:47+09:00"} for i, t in enumerate(TEXTS)]


def test_extract_many_on_processes_equals_one_process() -> None:
    ex = Extractor(autoload=False)
    one = [f.to_json() for f in ex.extract_many(records())]
    two = [f.to_json() for f in ex.extract_many(records(), jobs=2, window=3)]
    assert one == two
    assert [json.loads(d)["article"]["id"] for d in one] == [f"r{i}" for i in range(len(TEXTS))]


def test_extract_many_with_a_plugin_given_by_path_in_workers() -> None:
    ex = Extractor(bundled=False, autoload=False, plugins=[PLUGIN])
    out = list(ex.extract_many(TEXTS[:2], jobs=2))
    assert [len(f.of_kind("person")) for f in out] == [1, 0]


def test_extract_many_raises_for_an_unreadable_record() -> None:
    ex = Extractor(bundled=False, autoload=False)
    with pytest.raises(InputError, match="text"):
        list(ex.extract_many([{"title": "no text"}]))


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    return main(list(argv), out=out, err=err), out.getvalue(), err.getvalue()


def test_cli_jsonl_stream_with_jobs_keeps_order_and_reports_bad_lines(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus.jsonl"
    lines = [json.dumps(r) for r in records()]
    lines.insert(2, "{not json")
    lines.insert(4, "[1, 2]")
    corpus.write_text("\n".join(lines) + "\n\n", encoding="utf-8")
    code, out, err = run("extract", str(corpus), "--jobs", "2", "--format", "jsonl")
    docs = [json.loads(line) for line in out.splitlines()]
    assert code == 1
    assert [d["article"]["id"] for d in docs] == [f"r{i}" for i in range(len(TEXTS))]
    assert "corpus.jsonl:3: not JSON" in err and "corpus.jsonl:5: expected a JSON object" in err
    single = run("extract", str(corpus), "--format", "jsonl")[1]
    assert single == out


def test_cli_files_with_jobs_equal_sequential_output(tmp_path: Path) -> None:
    paths = []
    for i, text in enumerate(TEXTS[:5]):
        p = tmp_path / f"a{i}.txt"
        p.write_text(text, encoding="utf-8")
        paths.append(str(p))
    paths.insert(1, str(tmp_path / "missing.txt"))
    code1, seq, _ = run("extract", *paths, "--published", "2018-12-21T13:47+09:00")
    code2, par, err = run("extract", *paths, "--published", "2018-12-21T13:47+09:00", "--jobs", "2")
    assert code1 == code2 == 1 and seq == par
    assert len(json.loads(par)) == 5 and "missing.txt: no such file" in err


def test_dask_bag_output_equals_single_process_output(tmp_path: Path) -> None:
    pytest.importorskip("dask.bag")
    import newsfacts.distributed as nd

    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text("\n".join(json.dumps(r) for r in records()) + "\n", encoding="utf-8")
    lines = nd.extract_jsonl_files(str(corpus), blocksize=400, extractor_options={"autoload": False})
    assert lines.npartitions > 1
    got = lines.compute(scheduler="processes")
    want = [f.to_json(indent=None) for f in Extractor(autoload=False).extract_many(records())]
    assert got == want


def test_dask_reports_unreadable_records_in_place() -> None:
    db = pytest.importorskip("dask.bag")
    import newsfacts.distributed as nd

    bag = db.from_sequence([{"text": "Seoul"}, {"no": "text"}], npartitions=1)
    out = [
        json.loads(x)
        for x in nd.extract_bag(bag, extractor_options={"autoload": False}).compute(scheduler="sync")
    ]
    assert out[0]["schema"] == "newsfacts/1" and out[1]["schema"] == "newsfacts/1-error"
