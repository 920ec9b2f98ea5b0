"""The pipeline: stages, the overlap rule, linking, failure isolation, determinism."""

from __future__ import annotations

import gc
import itertools
import pickle

import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsfacts
from newsfacts import Article, Extractor, Mention, PersonData, PlaceData, RawDocument, Region, Span
from newsfacts.pipeline import build_entities, resolve_overlaps

from .plugins_for_tests import Finisher, Garbage, People, Quoter, Raiser, Reader, Titles, WordFinder

TEXT = "President Moon Jae-in met Kaesong officials. Moon said Kaesong would reopen."


def make(*plugins: object, strict: bool = False) -> Extractor:
    return Extractor(bundled=False, autoload=False, plugins=plugins, strict=strict)


def m(start: int, end: int, kind: str = "k", text: str | None = None, **kw: object) -> Mention:
    body = text if text is not None else "x" * end
    return Mention(span=Span(start, end, body[start:end]), kind=kind, **kw)  # type: ignore[arg-type]


# -- the overlap rule ------------------------------------------------------------


def test_longer_mention_wins_over_shorter_overlapping_one() -> None:
    kept = resolve_overlaps([m(0, 7, "date", source="dates"), m(5, 7, "quantity", source="numbers")])
    assert [(k.start, k.end, k.kind) for k in kept] == [(0, 7, "date")]


def test_equal_length_is_decided_by_priority_then_name() -> None:
    a = m(0, 4, "date", priority=10, source="z")
    b = m(0, 4, "quantity", priority=0, source="a")
    assert resolve_overlaps([b, a]) == [a]
    c = m(0, 4, "date", source="b")
    d = m(0, 4, "quantity", source="a")
    assert resolve_overlaps([c, d]) == [d]


def test_crossing_mentions_keep_the_longer_then_earlier() -> None:
    a, b = m(0, 5, source="p"), m(3, 8, source="q")
    assert resolve_overlaps([b, a]) == [a]


def test_a_nested_mention_of_another_kind_survives_inside_a_longer_one() -> None:
    org = m(0, 30, "organization")
    place = m(0, 7, "place", nested=True)
    not_nested = m(10, 14, "person")
    kept = resolve_overlaps([org, place, not_nested])
    assert kept == [org, place]


def test_same_kind_nested_mentions_still_conflict() -> None:
    assert resolve_overlaps([m(0, 30, "place"), m(0, 7, "place", nested=True)]) == [m(0, 30, "place")]


def test_identical_mentions_from_two_plugins_are_kept_once() -> None:
    kept = resolve_overlaps([m(0, 4, "place", source="b"), m(0, 4, "place", source="a")])
    assert [k.source for k in kept] == ["a"]


def test_overlap_outcome_does_not_depend_on_input_order() -> None:
    items = [
        m(i, i + 3 + i % 4, kind="k" if i % 2 else "j", priority=i % 3, source=str(i % 5)) for i in range(60)
    ]
    assert resolve_overlaps(items) == resolve_overlaps(list(reversed(items)))


# -- linking ----------------------------------------------------------------------


def test_equal_keys_link_and_partial_mentions_find_their_antecedent() -> None:
    text = "Moon Jae-in and Moon Jae-in. Moon left. Kim came."
    full1 = Mention.of(text, 0, 11, "person", key="k", aliases=("moon",), data=PersonData(family="Moon"))
    full2 = Mention.of(text, 16, 27, "person", key="k", aliases=("moon",))
    short = Mention.of(text, 29, 33, "person", key="moon", partial=True)
    orphan = Mention.of(text, 40, 43, "person", key="kim", partial=True)
    entities, dropped = build_entities([full1, full2, short, orphan], [])
    assert len(entities) == 1
    assert [s.text for s in entities[0].mentions] == ["Moon Jae-in", "Moon Jae-in", "Moon"]
    assert dropped == [orphan]


def test_partial_mentions_link_to_the_most_recent_full_mention() -> None:
    text = "Choi Se-yul spoke. Choi Hyun-kyoo spoke. Choi said."
    a = Mention.of(text, 0, 11, "person", key="a", aliases=("choi",))
    b = Mention.of(text, 19, 33, "person", key="b", aliases=("choi",))
    c = Mention.of(text, 41, 45, "person", key="choi", partial=True)
    entities, _ = build_entities([a, b, c], [])
    assert [len(e.mentions) for e in entities] == [1, 2]


def test_plugin_links_join_mentions_and_variants_collect_spellings() -> None:
    text = "Kaesong and Kaeseong"
    a = Mention.of(text, 0, 7, "place", name="Kaesong", data=PlaceData())
    b = Mention.of(text, 12, 20, "place", name="Kaesong", data=PlaceData())
    entities, _ = build_entities([a, b], [(0, 1)])
    assert len(entities) == 1
    assert entities[0].data == PlaceData(variants=("Kaesong", "Kaeseong"))


def test_links_between_kinds_are_ignored() -> None:
    text = "Seoul Seoul"
    a = Mention.of(text, 0, 5, "place")
    b = Mention.of(text, 6, 11, "organization")
    entities, _ = build_entities([a, b], [(0, 1)])
    assert len(entities) == 2


# -- the stages end to end -------------------------------------------------------------


def test_hook_newsfacts_find_mentions_and_link_mentions_make_entities() -> None:
    facts = make(People(), WordFinder("Kaesong", "place", nested=True)).extract(TEXT)
    people = facts.of_kind("person")
    assert len(people) == 1 and [s.text for s in people[0].mentions] == ["Moon Jae-in", "Moon"]
    places = facts.of_kind("place")
    assert len(places) == 1 and len(places[0].mentions) == 2
    assert [e.id for e in facts.entities] == ["e1", "e2"]
    for e in facts.entities:
        for s in e.mentions:
            assert TEXT[s.start : s.end] == s.text


def test_hook_newsfacts_find_claims_sees_earlier_claims() -> None:
    text = "President Moon Jae-in arrived. “It is a historic day”, the president said."
    facts = make(People(), Titles(), Quoter()).extract(text)
    roles = facts.claims_of_kind("role")
    quotes = facts.claims_of_kind("quote")
    assert len(roles) == 1 and len(quotes) == 1
    assert quotes[0].speaker == roles[0].person == facts.of_kind("person")[0].id  # type: ignore[attr-defined]
    assert [c.id for c in facts.claims] == ["c1", "c2"]


def test_hook_newsfacts_finish_can_replace_the_result() -> None:
    facts = make(WordFinder("Kaesong"), WordFinder("Moon", "person"), Finisher()).extract(TEXT)
    assert {e.kind for e in facts.entities} == {"person"}


def test_hook_newsfacts_read_article_first_reader_wins_and_caller_hints_override() -> None:
    ex = make(Reader())
    facts = ex.extract("SITE: A headline\nBody text.", published="2018-12-21T13:47+09:00")
    assert facts.article.title == "A headline" and facts.article.outlet == "Site"
    assert (
        facts.article.published is not None
        and facts.article.published.isoformat() == "2018-12-21T13:47:00+09:00"
    )
    assert make(Reader()).extract("SITE: x", title="Given").article.title == "Given"
    plain = ex.extract("Not a site page.")
    assert plain.article.title is None and plain.article.text == "Not a site page."


def test_a_failing_plugin_is_reported_and_the_others_still_run() -> None:
    facts = make(Raiser("mentions"), WordFinder("Kaesong")).extract(TEXT)
    assert len(facts.entities) == 1
    assert [(r.plugin, r.stage) for r in facts.errors] == [("raiser", "mentions")]
    assert "mention finder broke" in facts.errors[0].error
    facts = make(Raiser("claims"), WordFinder("Kaesong")).extract(TEXT)
    assert [(r.plugin, r.stage) for r in facts.errors] == [("raiser", "claims")]


def test_strict_mode_re_raises_the_plugin_error() -> None:
    with pytest.raises(RuntimeError, match="mention finder broke"):
        make(Raiser("mentions"), strict=True).extract(TEXT)


def test_garbage_from_a_plugin_is_dropped_and_reported() -> None:
    facts = make(Garbage(), WordFinder("Kaesong")).extract(TEXT)
    assert len(facts.entities) == 1 and facts.claims == ()
    stages = sorted(r.stage for r in facts.errors if r.plugin == "garbage")
    assert stages == ["claims", "link", "mentions"]


def test_mentions_in_chrome_regions_are_dropped() -> None:
    text = "Menu Kaesong | Kaesong reopens."
    art = Article(text=text, regions=[Region(start=0, end=13, kind="chrome")])
    facts = make(WordFinder("Kaesong")).extract(art)
    assert [s.start for s in facts.entities[0].mentions] == [text.rindex("Kaesong")]


def test_extraction_is_deterministic() -> None:
    ex = make(People(), WordFinder("Kaesong", "place", nested=True), Titles())
    assert ex.extract(TEXT).to_json() == ex.extract(TEXT).to_json()


def test_disable_by_name_and_unknown_names_are_errors() -> None:
    ex = Extractor(bundled=False, autoload=False, plugins=[WordFinder("Moon")], disable=["find-moon"])
    assert ex.extract(TEXT).entities == ()
    with pytest.raises(newsfacts.InputError, match="unknown plugin"):
        Extractor(bundled=False, autoload=False, disable=["no-such-plugin"])


def test_bundled_plugins_load_and_can_be_disabled() -> None:
    names = Extractor(autoload=False).plugin_names()
    assert {"korean_names", "organizations", "quantities", "dates", "quotes", "page_reader"} <= set(names)
    assert "dates" not in Extractor(autoload=False, disable=["dates"]).plugin_names()


def test_plugins_lists_origin_and_hooks() -> None:
    infos = {i.name: i for i in make(WordFinder("Moon")).plugins()}
    assert infos["find-moon"].hooks == ("newsfacts_find_mentions",)
    assert "registered" in infos["find-moon"].origin


def test_plugin_given_as_module_path_string() -> None:
    ex = Extractor(bundled=False, autoload=False, plugins=["tests.plugins_for_tests:People"])
    assert "tests.plugins_for_tests:People" in ex.plugin_names()
    with pytest.raises(newsfacts.InputError, match="cannot load plugin"):
        Extractor(bundled=False, autoload=False, plugins=["no_such_module_xyz:thing"])


def test_a_plugin_with_no_hook_is_refused_with_the_reason() -> None:
    class Misspelt:
        name = "misspelt"

        def newsfacts_find_mention(self, article: Article) -> list[Mention]:  # no "s", no marker
            return []

    with pytest.raises(newsfacts.InputError, match="implements no newsfacts hook"):
        Extractor(bundled=False, autoload=False, plugins=[Misspelt()])
    with pytest.raises(newsfacts.InputError, match="'os:path' implements no newsfacts hook"):
        Extractor(bundled=False, autoload=False, plugins=["os:path"])


def test_extractor_pickles_by_its_options() -> None:
    ex = Extractor(autoload=False, disable=["dates"])
    clone = pickle.loads(pickle.dumps(ex))
    assert clone.plugin_names() == ex.plugin_names()


def test_published_is_parsed_and_validated() -> None:
    ex = make()
    assert (
        ex.extract("x", published="2018-12-21").article.published.isoformat() == "2018-12-21T00:00:00+00:00"
    )  # type: ignore[union-attr]
    kst = ex.extract("x", published="2018-12-21T13:47", tz="Asia/Seoul").article.published
    assert kst is not None and kst.utcoffset() is not None and kst.utcoffset().total_seconds() == 9 * 3600  # type: ignore[union-attr]
    with pytest.raises(newsfacts.InputError, match="publication time"):
        ex.extract("x", published="21/12/2018 yesterday")
    with pytest.raises(newsfacts.InputError, match="time zone"):
        ex.extract("x", published="2018-12-21", tz="Mars/Olympus")


def test_bytes_input_is_decoded_and_bad_bytes_are_a_clear_error() -> None:
    ex = make(WordFinder("Kaesong"))
    assert len(ex.extract(b"Kaesong").entities) == 1
    assert ex.extract("\ufeffKaesong".encode()).article.text == "Kaesong"
    with pytest.raises(newsfacts.InputError, match="not UTF-8"):
        ex.extract(b"\xff\xfe\xfa binary")
    with pytest.raises(newsfacts.InputError):
        ex.extract(12345)  # type: ignore[arg-type]


def test_raw_document_and_article_inputs() -> None:
    ex = make(WordFinder("Kaesong"))
    assert ex.extract(RawDocument(data="Kaesong")).entities[0].name == "Kaesong"
    assert ex.extract(Article(text="Kaesong Kaesong")).entities[0].mentions[1].start == 8


def test_extract_many_keeps_order_and_reads_records() -> None:
    ex = make(WordFinder("Kaesong"))
    out = list(ex.extract_many(["a Kaesong", {"text": "Kaesong", "published": "2018-12-21"}, "none"]))
    assert [len(f.entities) for f in out] == [1, 1, 0]
    assert out[1].article.published is not None


def test_convenience_extract_reuses_an_extractor() -> None:
    f1 = newsfacts.extract("Kaesong", disable=["quotes"])
    f2 = newsfacts.extract("Kaesong", disable=["quotes"])
    assert f1.to_json() == f2.to_json()


def test_timings_are_recorded_per_plugin_and_stage() -> None:
    ex = make(WordFinder("Kaesong"))
    ex.extract(TEXT)
    assert ("find-kaesong", "mentions") in ex.timings


def test_hook_newsfacts_link_mentions_joins_what_a_plugin_pairs() -> None:
    class Linker:
        name = "linker"

        @newsfacts.hookimpl
        def newsfacts_link_mentions(self, mentions: list[Mention]) -> list[tuple[int, int]]:
            places = [i for i, mm in enumerate(mentions) if mm.kind == "place"]
            return list(itertools.pairwise(places))

    text = "Kaesong, also spelled Kaeseong, reopened."
    ex = make(WordFinder("Kaesong", "place"), WordFinder("Kaeseong", "place"), Linker())
    places = ex.extract(text).of_kind("place")
    assert len(places) == 1
    assert [s.text for s in places[0].mentions] == ["Kaesong", "Kaeseong"]
    assert places[0].get("variants") == ("Kaesong", "Kaeseong")
    assert (
        len(
            make(WordFinder("Kaesong", "place"), WordFinder("Kaeseong", "place"))
            .extract(text)
            .of_kind("place")
        )
        == 2
    )


def test_a_slow_plugin_is_interrupted_and_reported() -> None:
    from .plugins_for_tests import Sleeper

    ex = Extractor(
        bundled=False, autoload=False, plugins=[Sleeper(), WordFinder("Kaesong")], plugin_timeout=0.2
    )
    facts = ex.extract(TEXT)
    assert len(facts.entities) == 1
    assert [(r.plugin, r.stage) for r in facts.errors] == [("sleeper", "mentions")]
    assert "time limit" in facts.errors[0].error


def test_plugin_timeout_must_be_positive() -> None:
    with pytest.raises(newsfacts.InputError, match="plugin_timeout"):
        Extractor(bundled=False, autoload=False, plugin_timeout=0)


# -- the overlap rule and linking against plain reference versions ---------------------
#
# The pipeline's versions work cluster by cluster and in one pass so they stay linear
# on long articles; these references apply the documented rules directly (quadratic,
# obviously right) and must agree with them on any input.

_LINE = "Seoul said on Friday that the talks in Kaesong would resume. " * 6


def _rank(m: Mention) -> tuple[int, int, int, str, str]:
    return (m.start - m.end, -m.priority, m.start, m.source, m.kind)


def _compatible(a: Mention, b: Mention) -> bool:
    if not (a.start < b.end and b.start < a.end):
        return True
    if a.kind == b.kind or (a.start, a.end) == (b.start, b.end):
        return False
    if b.start <= a.start and a.end <= b.end:
        return a.nested
    if a.start <= b.start and b.end <= a.end:
        return b.nested
    return False


def _reference_overlaps(mentions: list[Mention]) -> list[Mention]:
    kept: list[Mention] = []
    for cand in sorted(mentions, key=_rank):
        if all(_compatible(cand, k) for k in kept):
            kept.append(cand)
    return sorted(kept, key=lambda k: (k.start, -k.end, k.kind, k.source))


@st.composite
def _mentions(draw: st.DrawFn, longest: int = 14, size: int = 60) -> list[Mention]:
    out = []
    for _ in range(draw(st.integers(0, size))):
        start = draw(st.integers(0, len(_LINE) - 1))
        end = min(len(_LINE), start + draw(st.integers(1, longest)))
        out.append(
            Mention.of(
                _LINE,
                start,
                end,
                draw(st.sampled_from(["place", "organization", "date"])),
                priority=draw(st.integers(0, 2)),
                nested=draw(st.booleans()),
                source=draw(st.sampled_from(["a", "b", "c"])),
                key=draw(st.sampled_from([None, "seoul", "kaesong", "talks"])),
                aliases=draw(st.lists(st.sampled_from(["seoul", "kaesong", "talks"]), max_size=2)),
                partial=draw(st.booleans()),
            )
        )
    return out


@given(_mentions())
def test_overlap_rule_matches_the_reference_on_dense_mentions(mentions: list[Mention]) -> None:
    assert resolve_overlaps(mentions) == _reference_overlaps(mentions)


@given(_mentions(longest=90, size=120))
def test_overlap_rule_matches_the_reference_on_long_chained_mentions(mentions: list[Mention]) -> None:
    kept = resolve_overlaps(mentions)
    assert kept == _reference_overlaps(mentions)
    assert all(_LINE[k.start : k.end] == k.text for k in kept)


def test_overlap_rule_keeps_the_source_given_with_each_mention() -> None:
    a = Mention.of(_LINE, 0, 5, "place")
    b = Mention.of(_LINE, 14, 20, "date", source="old")
    kept = resolve_overlaps([(b, "dates"), (a, "places")])
    assert [(k.text, k.source) for k in kept] == [("Seoul", "places"), ("Friday", "dates")]
    assert b.source == "old"  # the plugin's own mention is not changed


def _reference_groups(
    mentions: list[Mention], links: list[tuple[int, int]]
) -> tuple[list[list[int]], list[int]]:
    """Entity groups (lists of mention indices) and dropped indices, from the documented rules."""
    n = len(mentions)
    edges = [(i, j) for i, j in links if 0 <= i < n and 0 <= j < n and mentions[i].kind == mentions[j].kind]
    for j, mj in enumerate(mentions):
        if mj.key is None:
            continue
        if mj.partial:
            earlier = [
                i
                for i in range(j)
                if not mentions[i].partial and mentions[i].kind == mj.kind and mj.key in mentions[i].aliases
            ]
            if earlier:
                edges.append((earlier[-1], j))
        else:
            edges += [
                (i, j)
                for i in range(j)
                if not mentions[i].partial and (mentions[i].kind, mentions[i].key) == (mj.kind, mj.key)
            ]
    group = list(range(n))
    changed = True
    while changed:
        changed = False
        for i, j in edges:
            low = min(group[i], group[j])
            if group[i] != low or group[j] != low:
                group[i] = group[j] = low
                changed = True
    members = [[i for i in range(n) if group[i] == g] for g in sorted(set(group))]
    entities = [g for g in members if any(not mentions[i].partial for i in g)]
    dropped = [i for g in members if all(mentions[i].partial for i in g) for i in g]
    return entities, dropped


@given(_mentions(size=30), st.lists(st.tuples(st.integers(-1, 30), st.integers(-1, 30)), max_size=6))
def test_linking_matches_the_reference(mentions: list[Mention], links: list[tuple[int, int]]) -> None:
    entities, dropped = build_entities(mentions, links)
    groups, dropped_at = _reference_groups(mentions, links)
    assert [e.id for e in entities] == [f"e{i}" for i in range(1, len(groups) + 1)]
    for entity, members in zip(entities, groups, strict=True):
        spans = list(dict.fromkeys((mentions[i].start, mentions[i].end) for i in members))
        assert [(s.start, s.end) for s in entity.mentions] == spans
        head = next(mentions[i] for i in members if not mentions[i].partial)
        assert (entity.kind, entity.name, entity.source) == (head.kind, head.text, head.source)
    assert [id(m) for m in dropped] == [id(mentions[i]) for i in dropped_at]


def test_overlaps_and_linking_leave_the_garbage_collector_as_they_found_it() -> None:
    mentions = [Mention.of(_LINE, 0, 5, "place", key="seoul"), Mention.of(_LINE, 45, 52, "place")]
    assert gc.isenabled()
    build_entities(resolve_overlaps(mentions), [(0, 1)])
    assert gc.isenabled()
    gc.disable()
    try:
        build_entities(resolve_overlaps(mentions), [(0, 1)])
        assert not gc.isenabled()
    finally:
        gc.enable()
