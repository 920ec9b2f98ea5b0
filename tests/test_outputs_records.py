"""Record tables, JSONL archives, and the optional DataFrame / Arrow views of them."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

import newsfacts
from newsfacts import Article, Facts, InputError
from newsfacts.outputs import read_jsonl, to_records
from newsfacts.outputs.records import COLUMNS, TABLES
from tests.test_outputs_fixtures import sample_facts


def archive(tmp_path: Path) -> Path:
    """Three articles as ``newsfacts extract --format jsonl`` writes them (one with a plugin error)."""
    path = tmp_path / "archive.jsonl"
    lines = [
        sample_facts(title="Kaesong startups", url="https://example.com/1").to_json(indent=None),
        "",
        sample_facts(broken=True, title="Second").to_json(indent=None),
        Facts(article=Article(text="")).to_json(indent=None),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_every_table_is_rectangular_with_the_known_columns_first() -> None:
    tables = to_records(sample_facts())
    assert tuple(tables) == TABLES
    for name, rows in tables.items():
        for row in rows:
            assert tuple(row)[: len(COLUMNS[name])] == COLUMNS[name]
            assert list(row) == list(rows[0])


def test_rows_carry_the_contract_fields_and_resolved_names() -> None:
    facts = sample_facts()
    tables = to_records(facts)
    kim = next(r for r in tables["entities"] if r["name"] == "Kim Jin-hyang")
    assert (kim["family"], kim["given"], kim["order"]) == ("Kim", "Jin-hyang", "family-first")
    assert kim["mention_count"] == len(next(e for e in facts.entities if e.id == kim["id"]).mentions)
    spring = next(r for r in tables["entities"] if r["name"] == "spring")
    assert (spring["value"], spring["start"], spring["end"]) == ("2019-SP", "2019-03-01", "2019-05-31")
    more = next(r for r in tables["entities"] if r["first_text"] == "more than 54,000")
    assert (more["low"], more["high"], more["unit"], more["approx"]) == (54000, None, "workers", "more than")
    text = facts.article.text
    assert all(text[m["start"] : m["end"]] == m["text"] for m in tables["mentions"])
    assert len(tables["mentions"]) == sum(len(e.mentions) for e in facts.entities)
    quote = next(q for q in tables["quotes"] if q["text"].startswith("The talent"))
    assert (quote["speaker_name"], quote["speaker_text"], quote["direct"]) == (
        "Ian Bennetts",
        "Bennetts",
        True,
    )
    assert text[quote["span_start"] : quote["span_end"]] == quote["span_text"]
    role = next(r for r in tables["roles"] if r["role"] == "chairman")
    assert (role["person_name"], role["organization_name"]) == (
        "Kim Jin-hyang",
        "Kaesong Industrial District Foundation",
    )
    assert {r["kind"] for r in tables["claims"]} == {"quote", "role"}


def test_tables_write_straight_to_csv() -> None:
    rows = to_records(sample_facts())["quotes"]
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(rows[0]))
    writer.writeheader()
    writer.writerows(rows)
    back = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert [r["text"] for r in back] == [r["text"] for r in rows]


def test_a_jsonl_archive_becomes_one_set_of_tables_numbered_by_article(tmp_path: Path) -> None:
    path = archive(tmp_path)
    many = list(read_jsonl(path))
    assert len(many) == 3 and many[0].article.title == "Kaesong startups"
    tables = to_records(read_jsonl(str(path)))
    assert [a["article"] for a in tables["articles"]] == [0, 1, 2]
    assert {q["article"] for q in tables["quotes"]} == {0, 1}
    assert [(e["article"], e["plugin"]) for e in tables["errors"]] == [(1, "broken_dates")]
    assert tables["articles"][0]["url"] == "https://example.com/1"
    with path.open(encoding="utf-8") as handle:
        assert len(list(read_jsonl(handle))) == 3
    assert to_records(read_jsonl(path), start=100)["articles"][0]["article"] == 100


def test_the_top_level_read_jsonl_streams_the_same_documents(tmp_path: Path) -> None:
    path = archive(tmp_path)
    lazily = newsfacts.read_jsonl(path)
    assert not isinstance(lazily, list)  # a generator: an archive need not fit in memory
    assert [f.to_dict() for f in lazily] == [f.to_dict() for f in read_jsonl(path)]
    assert "read_jsonl" in newsfacts.__all__


def test_a_bad_line_names_its_line_number_and_a_missing_file_is_a_clear_error(tmp_path: Path) -> None:
    good = sample_facts().to_json(indent=None)
    with pytest.raises(InputError, match=r"<lines>:2: not JSON"):
        list(read_jsonl([good, "{oops"]))
    with pytest.raises(InputError, match=r"<lines>:1: .*newsfacts/1"):
        list(read_jsonl(['{"schema": "other/9"}']))
    with pytest.raises(InputError, match="no such file"):
        list(read_jsonl(tmp_path / "missing.jsonl"))


def test_documents_as_plain_dicts_work_too_and_plugin_kinds_add_columns() -> None:
    doc = sample_facts().to_dict()
    doc["entities"].append(
        {
            "id": "e99",
            "kind": "weapon",
            "name": "Hwasong-15",
            "source": "missiles",
            "mentions": [],
            "range_km": 13000,
        }
    )
    tables = to_records(doc)
    assert tables["entities"][-1]["range_km"] == 13000
    assert tables["entities"][0]["range_km"] is None
    assert to_records([])["entities"] == []


def test_dataframes_give_one_frame_per_table_even_when_empty(tmp_path: Path) -> None:
    pd = pytest.importorskip("pandas")
    from newsfacts.outputs import to_dataframes

    frames = to_dataframes(read_jsonl(archive(tmp_path)))
    assert set(frames) == set(TABLES)
    assert isinstance(frames["quotes"], pd.DataFrame)
    by_speaker = frames["quotes"].groupby("speaker_name").size().to_dict()
    assert by_speaker == {"Ian Bennetts": 4, "Kim Jin-hyang": 4}
    empty = to_dataframes(Facts(article=Article(text="")))
    assert list(empty["quotes"].columns) == list(COLUMNS["quotes"]) and len(empty["quotes"]) == 0


def test_arrow_tables_write_to_parquet_and_read_back(tmp_path: Path) -> None:
    pytest.importorskip("pyarrow")
    import pyarrow.parquet as pq

    from newsfacts.outputs import to_arrow

    both = [sample_facts(), sample_facts(broken=True)]
    tables = to_arrow(both)
    pq.write_table(tables["mentions"], tmp_path / "mentions.parquet")
    back = pq.read_table(tmp_path / "mentions.parquet")
    assert back.to_pylist() == to_records(both)["mentions"]
    assert str(tables["entities"].column("variants").type) == "list<item: string>"


def test_a_missing_optional_dependency_says_which_extra_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    import builtins

    from newsfacts.outputs import dataframes

    real = builtins.__import__

    def no_pandas(name: str, *args: object, **kwargs: object) -> object:
        if name == "pandas":
            raise ImportError("no pandas here")
        return real(name, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(builtins, "__import__", no_pandas)
    monkeypatch.delitem(__import__("sys").modules, "pandas", raising=False)
    with pytest.raises(ImportError, match=r"newsfacts\[pandas\]"):
        dataframes.to_dataframes(sample_facts())


def test_importing_the_outputs_does_not_import_pandas_pyarrow_or_spacy() -> None:
    import subprocess
    import sys

    code = (
        "import sys, newsfacts.outputs;"
        "print(sorted(m for m in ('pandas', 'pyarrow', 'spacy') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_the_records_match_the_json_document_read_back() -> None:
    facts = sample_facts()
    again = newsfacts.read_json(facts.to_json())
    assert to_records(again) == to_records(facts)


def test_facts_methods_give_the_same_outputs_as_the_functions() -> None:
    from newsfacts.outputs import render_html

    facts = sample_facts()
    assert facts.to_records() == to_records(facts)
    assert facts.to_html() == render_html(facts)


def test_to_spacy_without_spacy_says_which_extra_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    import sys

    monkeypatch.setitem(sys.modules, "spacy", None)  # import spacy now raises ModuleNotFoundError
    monkeypatch.delitem(sys.modules, "newsfacts.outputs.spacy", raising=False)
    with pytest.raises(ImportError, match=r"newsfacts\[spacy\]"):
        sample_facts().to_spacy()
