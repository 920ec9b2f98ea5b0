"""Facts as a spaCy Doc, and the "newsfacts" pipeline component on spacy.blank("en") (no model download)."""

from __future__ import annotations

import itertools
import json

import pytest

spacy = pytest.importorskip("spacy", reason="spaCy is optional: pip install 'newsfacts[spacy]'")

from spacy.tokens import Doc, DocBin  # noqa: E402

from newsfacts.outputs.spacy import to_spacy  # noqa: E402
from tests.test_outputs_fixtures import SAMPLE_PUBLISHED, SAMPLE_TEXT, sample_facts  # noqa: E402

PLUGIN = "tests.test_outputs_fixtures:Annotator"


def test_every_mention_is_exactly_a_span_of_tokens_with_its_label_and_entity_id() -> None:
    facts = sample_facts()
    doc = to_spacy(facts, spacy.blank("en"))
    assert doc.text == facts.article.text
    spans = doc.spans["newsfacts"]
    got = sorted((s.start_char, s.end_char, s.text, s.label_, s.kb_id_) for s in spans)
    labels = {
        "person": "PERSON",
        "organization": "ORG",
        "place": "GPE",
        "date": "DATE",
        "quantity": "QUANTITY",
    }
    want = sorted((m.start, m.end, m.text, labels[e.kind], e.id) for e in facts.entities for m in e.mentions)
    assert got == want


def test_ents_are_the_outermost_mentions_and_nested_places_stay_in_the_span_group() -> None:
    doc = to_spacy(sample_facts())
    ents = [(e.text, e.label_) for e in doc.ents]
    assert ("Kaesong Industrial District Foundation", "ORG") in ents
    assert ents.count(("Kaesong", "GPE")) == 2  # the headline and the quote; not the one inside the ORG
    assert sum(1 for s in doc.spans["newsfacts"] if s.text == "Kaesong") == 3
    starts = [(e.start, e.end) for e in doc.ents]
    assert all(a[1] <= b[0] for a, b in itertools.pairwise(starts))


def test_extension_attributes_carry_the_normalised_values() -> None:
    doc = to_spacy(sample_facts())
    by_text = {s.text: s for s in doc.spans["newsfacts"]}
    kim = by_text["Kim Jin-hyang"]._.newsfacts
    assert (kim["family"], kim["given"], kim["kind"]) == ("Kim", "Jin-hyang", "person")
    spring = by_text["spring"]._.newsfacts
    assert (spring["value"], spring["start"], spring["end"]) == ("2019-SP", "2019-03-01", "2019-05-31")
    rng = by_text["3,000-5,000"]._.newsfacts
    assert (rng["low"], rng["high"], rng["unit"]) == (3000, 5000, "businesses")
    assert rng["mention"] == {
        "index": 0,
        "start": rng["mention"]["start"],
        "end": rng["mention"]["end"],
        "text": "3,000-5,000",
    }
    quotes = [s for s in doc.spans["newsfacts_claims"] if s.label_ == "quote"]
    assert len(quotes) == 4
    first = quotes[0]._.newsfacts_claim
    assert first["speaker"] == by_text["Kim Jin-hyang"].kb_id_ and first["direct"] is True
    assert doc._.newsfacts["schema"] == "newsfacts/1"


def test_the_doc_survives_serialisation_with_its_extensions() -> None:
    doc = to_spacy(sample_facts())
    bin_ = DocBin(store_user_data=True)
    bin_.add(doc)
    (back,) = DocBin(store_user_data=True).from_bytes(bin_.to_bytes()).get_docs(spacy.blank("en").vocab)
    assert [(e.text, e.label_, e.kb_id_) for e in back.ents] == [
        (e.text, e.label_, e.kb_id_) for e in doc.ents
    ]
    # msgpack gives lists back as tuples; the values are the same
    assert json.dumps(back.ents[0]._.newsfacts) == json.dumps(doc.ents[0]._.newsfacts)
    assert Doc(doc.vocab).from_bytes(doc.to_bytes())._.newsfacts == doc._.newsfacts


def test_labels_can_be_mapped_to_a_users_scheme() -> None:
    doc = to_spacy(sample_facts(), labels={"place": "LOC", "quantity": "CARDINAL"})
    labels = {s.label_ for s in doc.spans["newsfacts"]}
    assert {"LOC", "CARDINAL"} <= labels and "GPE" not in labels


def test_mentions_inside_a_spacy_token_split_the_token_not_the_mention() -> None:
    facts = sample_facts("Kaesong-based firms met in Seoul's old quarter.")
    doc = to_spacy(facts)
    assert [s.text for s in doc.spans["newsfacts"]] == ["Kaesong", "Seoul"]
    assert doc.text == facts.article.text


def test_the_pipeline_component_annotates_docs_from_nlp() -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe(
        "newsfacts",
        config={"bundled": False, "autoload": False, "plugins": [PLUGIN], "published": SAMPLE_PUBLISHED},
    )
    doc = nlp(SAMPLE_TEXT)
    assert ("Kim Jin-hyang", "PERSON") in [(e.text, e.label_) for e in doc.ents]
    assert doc._.newsfacts["article"]["published"] == "2018-12-21T13:47:00+09:00"
    texts = {s.text for s in doc.spans["newsfacts"]}
    assert {"3,000-5,000", "the end of the year", "Kaesong Industrial District Foundation"} <= texts
    many = list(nlp.pipe([SAMPLE_TEXT, "Nothing here."]))
    assert len(many[0].ents) == len(doc.ents) and len(many[1].ents) == 0


def test_a_docs_own_publication_time_wins_over_the_components_setting() -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("newsfacts", config={"bundled": False, "autoload": False, "plugins": [PLUGIN]})
    doc = nlp.make_doc(SAMPLE_TEXT)
    doc._.newsfacts_published = "2019-01-02T09:00+09:00"
    assert nlp(doc)._.newsfacts["article"]["published"] == "2019-01-02T09:00:00+09:00"


def test_spacy_finds_the_component_through_its_entry_point_without_importing_newsfacts() -> None:
    import subprocess
    import sys

    code = (
        "import sys, spacy\n"
        "assert 'newsfacts' not in sys.modules\n"
        "nlp = spacy.blank('en')\n"
        "nlp.add_pipe('newsfacts', config={'bundled': False, 'autoload': False})\n"
        "print(nlp.pipe_names)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "newsfacts" in done.stdout


def test_the_facts_method_gives_the_same_doc() -> None:
    facts = sample_facts()
    by_method = facts.to_spacy(spacy.blank("en"))
    by_function = to_spacy(facts, spacy.blank("en"))
    assert [(s.start_char, s.end_char, s.label_) for s in by_method.spans["newsfacts"]] == [
        (s.start_char, s.end_char, s.label_) for s in by_function.spans["newsfacts"]
    ]
