"""The core types validate what is cheap to validate and stay immutable and hashable."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import attrs
import pytest

from newsfacts import Article, Fields, Mention, PersonData, QuantityData, QuoteClaim, Region, RoleClaim, Span


def test_span_of_cuts_the_text_and_checks_bounds() -> None:
    s = Span.of("Moon Jae-in said", 0, 11)
    assert s == Span(0, 11, "Moon Jae-in")
    with pytest.raises(ValueError, match="outside"):
        Span.of("abc", 2, 5)


@pytest.mark.parametrize(
    ("start", "end", "text", "error"),
    [(-1, 2, "abc", ValueError), (3, 1, "", ValueError), (0, 2, "abc", ValueError), ("0", 1, "a", TypeError)],
)
def test_span_rejects_impossible_values(
    start: object, end: object, text: str, error: type[Exception]
) -> None:
    with pytest.raises(error):
        Span(start, end, text)  # type: ignore[arg-type]


def test_span_overlap_and_containment() -> None:
    a, b, c = Span(0, 5, "aaaaa"), Span(3, 8, "bbbbb"), Span(1, 3, "cc")
    assert a.overlaps(b) and b.overlaps(a)
    assert a.contains(c) and not c.contains(a)
    assert not Span(0, 2, "ab").overlaps(Span(2, 4, "cd"))


def test_article_requires_an_aware_publication_time() -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        Article(text="x", published=datetime(2018, 12, 21, 13, 47))  # noqa: DTZ001 - the naive value is the point
    kst = timezone(timedelta(hours=9))
    assert Article(text="x", published=datetime(2018, 12, 21, 13, 47, tzinfo=kst)).published is not None


def test_article_rejects_regions_outside_the_text() -> None:
    with pytest.raises(ValueError, match="outside"):
        Article(text="short", regions=[Region(start=0, end=10, kind="chrome")])


def test_article_text_is_not_in_the_repr() -> None:
    assert "secret body" not in repr(Article(text="secret body", title="T"))


def test_types_are_frozen() -> None:
    art = Article(text="abc", published=datetime(2020, 1, 1, tzinfo=UTC))
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        art.text = "changed"  # type: ignore[misc]
    changed = attrs.evolve(art, title="New")
    assert changed.title == "New" and art.title is None


def test_mentions_with_data_are_hashable_and_equal_by_value() -> None:
    art = Article(text="Moon Jae-in")
    a = Mention.of(art, 0, 11, "person", data=PersonData(family="Moon", given="Jae-in", variants=["x"]))
    b = Mention.of(art, 0, 11, "person", data=PersonData(family="Moon", given="Jae-in", variants=("x",)))
    assert a == b and hash(a) == hash(b)
    assert len({a, b}) == 1


def test_fields_freeze_nested_values() -> None:
    f = Fields({"list": [1, [2, 3]], "map": {"a": [1]}})
    assert f["list"] == (1, (2, 3))
    assert isinstance(f["map"], Fields)
    assert hash(f) == hash(Fields({"map": {"a": (1,)}, "list": (1, (2, 3))}))


def test_claims_report_their_references() -> None:
    s = Span(0, 1, "x")
    assert QuoteClaim(span=s, speaker="e1", text="x").references() == ("e1",)
    assert QuoteClaim(span=s, speaker=None, text="x").references() == ()
    assert RoleClaim(span=s, person="e1", role="chair", organization="e2").references() == ("e1", "e2")


def test_quantity_data_keeps_open_bounds() -> None:
    q = QuantityData(low=125, high=None, approx="more than")
    assert q.high is None and q.low == 125


def test_mention_of_fast_path_equals_the_attrs_initialiser() -> None:
    art = Article(text="Moon Jae-in met Kim")
    fast = Mention.of(
        art, 0, 11, "person", data=PersonData(family="Moon"), key="k", aliases=["moon"], priority=20
    )
    slow = Mention(
        span=Span(0, 11, "Moon Jae-in"),
        kind="person",
        data=PersonData(family="Moon"),
        key="k",
        aliases=("moon",),
        priority=20,
    )
    assert fast == slow and hash(fast) == hash(slow)
    # every field is set (a new field added to Mention must be added to Mention.of too)
    assert all(hasattr(fast, a.name) for a in attrs.fields(Mention))
    with pytest.raises(ValueError, match="outside"):
        Mention.of(art, 5, 100, "person")


def test_mention_of_and_span_of_reject_bad_offsets_with_the_same_errors() -> None:
    text = "Seoul and Pyongyang agreed on Tuesday."
    with pytest.raises(TypeError, match="ints"):
        Mention.of(text, 0, 5.0, "place")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="outside"):
        Mention.of(text, 10, 5, "place")
    with pytest.raises(ValueError, match="outside"):
        Span.of(text, -1, 5)


@attrs.frozen(kw_only=True)
class _TaggedMention(Mention):
    kind: str = "place"  # redefined: attrs keeps the base class's slot for it
    tag: str = ""


@attrs.frozen
class _LabelledSpan(Span):
    label: str = ""


def test_mention_of_and_span_of_build_subclasses() -> None:
    text = "Seoul and Pyongyang agreed on Tuesday."
    m = _TaggedMention.of(text, 10, 19, "place", key="pyongyang")
    assert type(m) is _TaggedMention
    assert (m.text, m.kind, m.key, m.source) == ("Pyongyang", "place", "pyongyang", "")
    s = _LabelledSpan.of(text, 0, 5)
    assert type(s) is _LabelledSpan and (s.start, s.end, s.text) == (0, 5, "Seoul")
