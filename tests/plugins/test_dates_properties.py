"""Properties of the dates plugin: written dates read back to themselves, relative ones follow the
publication time, and no input (however odd or large) breaks it or makes it slow."""

from __future__ import annotations

import time
from datetime import UTC, date, datetime, timedelta, timezone

import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsfacts
import newsfacts_dates

MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
# AP style: five months are never abbreviated; September is "Sept."
AP_ABBR = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


STYLES = {
    "long": lambda d: f"{MONTHS[d.month - 1]} {d.day}, {d.year}",
    "ap": lambda d: f"{AP_ABBR[d.month - 1]} {d.day}, {d.year}",
    "ap_weekday": lambda d: f"{WEEKDAYS[d.weekday()]}, {AP_ABBR[d.month - 1]} {d.day}, {d.year}",
    "ordinal": lambda d: f"{MONTHS[d.month - 1]} {_ordinal(d.day)}, {d.year}",
    "british": lambda d: f"{d.day} {MONTHS[d.month - 1]} {d.year}",
    "iso": lambda d: d.isoformat(),
    "dotted": lambda d: f"{d.year}.{d.month:02d}.{d.day:02d}",
    "us_numeric": lambda d: f"{d.month}/{d.day}/{d.year}",
}

SENTENCES = [
    "The agreement was signed on {} in Panmunjom, officials said.",
    "SEOUL, {} (Yonhap) -- North Korea fired two missiles.",
    "According to the ministry, the ban took effect {}.",
    "{}: the court upheld the sentence.",
]

ZONES = [
    timezone(timedelta(hours=h, minutes=m)) for h, m in ((9, 0), (0, 0), (-5, 0), (5, 30), (-8, 0), (13, 0))
]

PLUGIN_ONLY = newsfacts.Extractor(bundled=False, autoload=False, plugins=[newsfacts_dates])


def found(text: str, published: datetime | None) -> list[tuple[str, str, str | None, str | None]]:
    """(text, value, start, end) of every date mention, in text order."""
    article = newsfacts.Article(text=text, published=published)
    return [
        (m.text, m.data.value, m.data.start, m.data.end)  # type: ignore[union-attr]
        for m in newsfacts_dates.newsfacts_find_mentions(article)
    ]


published_times = st.builds(
    lambda d, minutes, zone: (
        datetime.combine(d, datetime.min.time(), tzinfo=zone) + timedelta(minutes=minutes)
    ),
    st.dates(min_value=date(1990, 1, 1), max_value=date(2040, 12, 31)),
    st.integers(min_value=0, max_value=24 * 60 - 1),
    st.sampled_from(ZONES),
)


@given(
    day=st.dates(min_value=date(1900, 1, 1), max_value=date(2099, 12, 31)),
    style=st.sampled_from(sorted(STYLES)),
    frame=st.sampled_from(SENTENCES),
    published=st.one_of(st.none(), published_times),
)
def test_a_written_date_reads_back_to_itself(
    day: date, style: str, frame: str, published: datetime | None
) -> None:
    written = STYLES[style](day)
    text = frame.format(written)
    iso = day.isoformat()
    assert found(text, published) == [(written, iso, iso, iso)]


@given(
    year=st.integers(min_value=1900, max_value=2099),
    month=st.integers(min_value=1, max_value=12),
    published=st.one_of(st.none(), published_times),
)
def test_a_written_month_reads_back_to_itself(year: int, month: int, published: datetime | None) -> None:
    written = f"{MONTHS[month - 1]} {year}"
    text = f"Exports fell sharply in {written}, customs data showed."
    first = date(year, month, 1)
    last = (first + timedelta(days=32)).replace(day=1) - timedelta(days=1)
    assert found(text, published) == [
        (written, f"{year:04d}-{month:02d}", first.isoformat(), last.isoformat())
    ]


def _week(d: date) -> str:
    iso = d.isocalendar()
    return f"{iso.year:04d}-W{iso.week:02d}"


RELATIVE = {
    "today": lambda d: d.isoformat(),
    "yesterday": lambda d: (d - timedelta(days=1)).isoformat(),
    "tomorrow": lambda d: (d + timedelta(days=1)).isoformat(),
    "three days ago": lambda d: (d - timedelta(days=3)).isoformat(),
    "last week": lambda d: _week(d - timedelta(days=7)),
    "this week": _week,
    "next week": lambda d: _week(d + timedelta(days=7)),
    "last month": lambda d: f"{(d.replace(day=1) - timedelta(days=1)):%Y-%m}",
    "next month": lambda d: f"{(d.replace(day=28) + timedelta(days=5)):%Y-%m}",
    "last year": lambda d: f"{d.year - 1:04d}",
    "this year": lambda d: f"{d.year:04d}",
    "two years ago": lambda d: f"{d.year - 2:04d}",
}


@given(published=published_times, phrase=st.sampled_from(sorted(RELATIVE)))
def test_relative_expressions_follow_the_local_publication_date(published: datetime, phrase: str) -> None:
    text = f"The ministry said {phrase} that the talks had made progress."
    result = found(text, published)
    assert [(t, v) for t, v, _, _ in result] == [(phrase, RELATIVE[phrase](published.date()))]


@given(published=published_times, weeks=st.integers(min_value=1, max_value=200))
def test_relative_expressions_move_with_the_publication_date(published: datetime, weeks: int) -> None:
    text = "Officials met on Monday. The park closed in September. Talks resume next month."
    before = found(text, published)
    after = found(text, published + timedelta(weeks=weeks))
    monday_before = date.fromisoformat(before[0][1])
    monday_after = date.fromisoformat(after[0][1])
    assert monday_after - monday_before == timedelta(weeks=weeks)
    assert monday_before.isoweekday() == 1
    assert 0 <= (published.date() - monday_before).days < 7
    assert before[1][1][5:] == after[1][1][5:] == "09"


@given(published=published_times)
def test_today_is_the_date_in_the_newsroom_zone(published: datetime) -> None:
    text = "The president said today that he would visit."
    in_utc = published.astimezone(UTC)
    assert found(text, published)[0][1] == published.date().isoformat()
    assert found(text, in_utc)[0][1] == in_utc.date().isoformat()


@given(text=st.text(max_size=300), published=st.one_of(st.none(), published_times))
def test_any_text_gives_exact_spans(text: str, published: datetime | None) -> None:
    article = newsfacts.Article(text=text, published=published)
    for m in newsfacts_dates.newsfacts_find_mentions(article):
        assert text[m.start : m.end] == m.text
        assert m.kind == "date"


NEWSY = st.lists(
    st.sampled_from(
        [
            "Dec.",
            "17",
            "2018",
            "May",
            "may",
            "in",
            "on",
            "the",
            "Monday",
            "spring",
            "last",
            "next",
            "week",
            "year",
            "ago",
            "two",
            "days",
            "later",
            "previous",
            "day",
            "now",
            ",",
            ".",
            "-",
            "–",
            "3",
            "p.m.",
            "13:47",
            "early",
            "mid-",
            "1990s",
            "'90s",
            "every",
            "said",
            "will",
            "Q3",
            "first",
            "quarter",
            "of",
            "2,016",
            "people",
            "38th",
            "Sept.",
            "18-20",
            "fall",
            "Christmas",
            "tonight",
            "fiscal",
            "/",
            "12/20/2018",
        ]
    ),
    max_size=40,
).map(" ".join)


@given(text=NEWSY, published=st.one_of(st.none(), published_times))
def test_newsy_noise_never_breaks_the_plugin(text: str, published: datetime | None) -> None:
    facts = PLUGIN_ONLY.extract(text, published=published)
    assert not facts.errors
    for e in facts.of_kind("date"):
        assert e.get("value")
        start, end = e.get("start"), e.get("end")
        if start and end:
            assert start <= end
        for s in e.mentions:
            assert text[s.start : s.end] == s.text


# A hang guard, not a speed limit: speed and linearity are measured by benchmarks/bench.py.
# A quadratic pattern would take hours on these inputs, a linear one well under a second.
HANG_GUARD = 60.0


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", []),
        ("\x00" * 1000, []),
        ("\ud800 Dec. 17 \udfff", ["Dec. 17"]),
        ("May " * 50_000, []),
        ("Monday " * 50_000, ["Monday"]),  # a capitalised word before: a name, all but the last
        ("2018 " * 50_000, ["2018"]),  # a number after a bare year makes it a count
        ("1-2-3-4-" * 50_000, []),
        ("“" * 100_000, []),
        ("Kim " * 100_000, []),
        (" ".join(["Dec. 17-19, 2018"] * 20_000), ["Dec. 17-19, 2018"] * 20_000),
        ("the past two years " * 20_000, ["the past two years"] * 20_000),
        ("9" * 200_000, []),
    ],
    ids=lambda t: repr(t[:12]) if isinstance(t, str) else None,
)
def test_adversarial_input_finishes_with_the_right_dates(text: str, expected: list[str]) -> None:
    published = datetime(2018, 12, 21, 13, 47, tzinfo=timezone(timedelta(hours=9)))
    started = time.monotonic()
    result = newsfacts_dates.find_dates(text, published)
    assert time.monotonic() - started < HANG_GUARD, f"no result within {HANG_GUARD:.0f} s"
    assert all(0 <= f.start < f.end <= len(text) for f in result)
    assert [text[f.start : f.end] for f in result] == expected


def test_a_long_story_gives_every_date_of_every_paragraph() -> None:
    """Six hundred copies of a dated paragraph: each copy gives the same dates, none lost late in the text."""
    paragraph = (
        "SEOUL, Dec. 21 (Yonhap) -- South Korea will send a delegation to Pyongyang next week to discuss "
        "the reopening of the Kaesong Industrial Complex, which was shut down in February 2016, the "
        "Unification Ministry said Friday. The complex, where 125 South Korean companies employed about "
        "55,000 North Korean workers, had operated since 2004. In September, President Moon Jae-in and "
        "leader Kim Jong-un agreed to normalize it “as soon as conditions are met,” and officials said "
        "earlier this week that a joint survey could start in spring.\n"
    )
    prose = (
        "“There were certain restrictions which allowed only traditional manufacturing businesses there,” "
        "said Kim Jin-hyang, chairman of the foundation, a government-backed agency that handles "
        "administrative affairs. Experts noted that the region, 30 kilometers away from the capital, has "
        "a number of research institutes, 17 startups and a top-tier university, and that its workers "
        "may need training before the factories can resume operations at full capacity.\n"
    )
    copies = 600
    text = (paragraph + prose * 3) * copies
    published = datetime(2018, 12, 21, 13, 47, tzinfo=timezone(timedelta(hours=9)))
    started = time.monotonic()
    result = newsfacts_dates.find_dates(text, published)
    assert time.monotonic() - started < HANG_GUARD, f"no result within {HANG_GUARD:.0f} s"
    one = [
        ("Dec. 21", "2018-12-21"),
        ("next week", "2018-W52"),
        ("February 2016", "2016-02"),
        ("Friday", "2018-12-21"),
        ("2004", "2004"),
        ("September", "2018-09"),
        ("earlier this week", "2018-W51"),
        ("spring", "2019-SP"),
    ]
    assert [(text[f.start : f.end], f.value) for f in result] == one * copies


# fmt: off
_FRAGMENTS = st.sampled_from([
    " ", ", ", ". ", "\n", "-", "(", "“", "’", "'", "_", "3", "2018", "1990s", "7:10", "3 p.m.",
    "Monday", "monday", "MONDAY", "Mondays", "Sunday Times", "today", "Today", "known", "now",
    "snow", "days", "holiday", "Dec.", "December", "decade", "Sept", "May", "may", "Christmas Day",
    "Fourth of July", "New Year's Day", "Q3", "H1", "HQ3", "spring", "Springfield", "half",
    "the", "last", "year", "years", "yearly", "Kim", "é", "İ", "ß", "\u00a0",
])
# fmt: on


@given(st.lists(_FRAGMENTS, max_size=40).map("".join))
def test_the_fast_trigger_scan_finds_every_trigger(text: str) -> None:
    """The word-set shortcut finds every place the trigger pattern matches, and only such places."""
    from newsfacts_dates import _grammar

    trig = _grammar.trigger()
    fast = _grammar._trigger_starts(text)
    assert {m.start() for m in trig.finditer(text)} <= set(fast)
    assert all(trig.match(text, i) for i in fast)


@given(st.lists(_FRAGMENTS, max_size=25).map("".join))
def test_rule_guards_change_no_match(text: str) -> None:
    """Each rule's first-character guard only skips rules that could not match: same matches as without."""
    import re

    from newsfacts_dates import _grammar

    guarded = _grammar.pattern()
    plain = re.compile(
        "|".join(f"(?P<R_{n}>{b})" for n, b in _grammar._rules(_grammar.tables())), re.IGNORECASE
    )
    for i in range(len(text)):
        a, b = guarded.match(text, i), plain.match(text, i)
        assert (a and (a.span(), a.lastgroup)) == (b and (b.span(), b.lastgroup))
