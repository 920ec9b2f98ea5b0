"""brat standoff export: every annotation's offsets read its text, entities and claims link up."""

from __future__ import annotations

from pathlib import Path

import newsfacts
from newsfacts import Article
from newsfacts.outputs import brat_annotation_conf, to_brat, write_brat
from tests.test_outputs_fixtures import Annotator, sample_facts


def parse_ann(ann: str) -> dict[str, list[list[str]]]:
    """The .ann lines by their first letter, each split on tabs."""
    out: dict[str, list[list[str]]] = {}
    for line in ann.splitlines():
        out.setdefault(line[0], []).append(line.split("\t"))
    return out


def textbound(ann: str) -> dict[str, tuple[str, list[tuple[int, int]], str]]:
    """T id -> (type, fragments, text)."""
    out = {}
    for tid, middle, text in parse_ann(ann).get("T", []):
        type_, _, offsets = middle.partition(" ")
        frags = [(int(a), int(b)) for a, b in (f.split() for f in offsets.split(";"))]
        out[tid] = (type_, frags, text)
    return out


def test_every_text_bound_annotation_reads_its_text_as_brat_checks_it() -> None:
    facts = sample_facts()
    text = facts.article.text
    tb = textbound(to_brat(facts))
    for type_, frags, words in tb.values():
        assert " ".join(text[a:b] for a, b in frags) == words, type_
    mentions = sorted((m.start, m.end) for e in facts.entities for m in e.mentions)
    entity_types = {"Person", "Organization", "Place", "Date", "Quantity"}
    assert sorted(f[0] for t, f, _ in tb.values() if t in entity_types) == mentions


def test_entities_quotes_and_roles_link_up() -> None:
    facts = sample_facts()
    ann = to_brat(facts)
    tb = textbound(ann)
    lines = parse_ann(ann)
    equivs = [line[1].split()[1:] for line in lines["*"]]
    kaesong = next(group for group in equivs if tb[group[0]][2] == "Kaesong")
    assert len(kaesong) == 3 and all(tb[t][2] == "Kaesong" for t in kaesong)
    events = {line[1].split()[0].split(":")[1]: line[1].split()[1:] for line in lines["E"]}
    quote = next(t for t, (type_, _, w) in tb.items() if type_ == "Quote" and w.startswith("“The talent"))
    ((role, target),) = (a.split(":") for a in events[quote])
    assert (
        role == "Speaker" and tb[target][2] == "Bennetts"
    )  # the mention inside the quote, not the first one
    chairman = next(
        t for t, (type_, _, w) in tb.items() if type_ == "Role" and w.startswith("Kim Jin-hyang, chair")
    )
    args = dict(a.split(":") for a in events[chairman])
    assert tb[args["Person"]][2] == "Kim Jin-hyang"
    assert tb[args["Organization"]][2] == "Kaesong Industrial District Foundation"
    reported = {line[1].split()[1] for line in lines["A"]}
    assert len(reported) == 2  # the two reported-speech quotes
    notes = [line for line in lines["#"] if tb[line[1].split()[1]][2] == "spring"]
    assert notes and "value=2019-SP" in notes[0][2] and "start=2019-03-01" in notes[0][2]


def test_a_quote_across_a_line_break_becomes_a_discontinuous_annotation() -> None:
    text = "“We are going back to Seoul.\nWe will stay,” Kim said."
    quotes = [(text[: text.index(" Kim")], "We are going back to Seoul. We will stay,", "Kim", True, "said")]
    facts = newsfacts.Extractor(bundled=False, autoload=False, plugins=[Annotator(quotes=quotes)]).extract(
        Article(text=text)
    )
    tb = textbound(to_brat(facts))
    ((frags, words),) = [(f, w) for t, f, w in tb.values() if t == "Quote"]
    assert frags == [(0, 28), (29, text.index(" Kim"))]
    assert "\n" not in words and words == text[:28] + " " + text[29 : text.index(" Kim")]


def test_write_brat_writes_the_text_unchanged_and_the_annotations(tmp_path: Path) -> None:
    facts = sample_facts("Kim Jin-hyang\r\nin Seoul\n")
    txt, ann = write_brat(facts, tmp_path / "corpus", "article-1")
    assert txt.read_bytes().decode("utf-8") == facts.article.text
    assert ann.read_text(encoding="utf-8") == to_brat(facts)


def test_the_annotation_conf_declares_every_type_used() -> None:
    facts = sample_facts()
    conf = brat_annotation_conf([facts])
    tb = textbound(to_brat(facts))
    for type_ in {t for t, _, _ in tb.values()}:
        assert f"\n{type_}" in "\n" + conf
    assert "Equiv\tArg1:<ENTITY>, Arg2:<ENTITY>, <REL-TYPE>:symmetric-transitive" in conf
    assert "Reported\tArg:Quote" in conf


def test_an_empty_result_gives_an_empty_file() -> None:
    assert to_brat(newsfacts.Facts(article=Article(text="Nothing here."))) == ""
