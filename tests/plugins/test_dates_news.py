"""The dates plugin on forms frequent in news that resolve by context: bare months by tense and
preposition across publication months, a clock time with its day, parts of a year, spans of months
over New Year, and lunar holidays.

Each case is read as if published at the time given; the sentences are written in the style of
Yonhap, Reuters and AP stories.
"""

from __future__ import annotations

from typing import NamedTuple

import pytest

import newsfacts
import newsfacts_dates

NOV = "2026-11-20T10:00:00+09:00"  # Friday, late in the year
FEB = "2026-02-12T10:00:00+09:00"  # Thursday, early in the year
APR = "2026-04-03T10:00:00+09:00"  # Friday
JUL = "2026-07-08T10:00:00+09:00"  # Wednesday, mid-year
JAN = "2027-01-05T10:00:00+09:00"  # Tuesday, just after New Year
MON = "2026-11-23T16:00:00+09:00"  # Monday afternoon in Seoul
WED = "2026-11-25T09:00:00-05:00"  # Wednesday morning in Washington


class Case(NamedTuple):
    published: str
    text: str
    span: str
    value: str


def found(text: str, published: str) -> dict[str, str]:
    """The date mentions of ``text`` as written, with their TIMEX3 values."""
    article = newsfacts.Article(text=text, published=newsfacts.parse_published(published))
    out = {}
    for m in newsfacts_dates.newsfacts_find_mentions(article):
        assert text[m.start : m.end] == m.text
        out[m.text] = m.data.value  # type: ignore[union-attr]
    return out


def check(case: Case) -> None:
    got = found(case.text, case.published)
    assert got.get(case.span) == case.value, got


# fmt: off
BARE_MONTHS = [
    # past tense: the latest such month that has begun
    Case(NOV, "Exports fell 3 percent in March, the ministry said.", "March", "2026-03"),
    Case(NOV, "The new rules took effect in March.", "March", "2026-03"),
    Case(FEB, "The plant stopped operating in December.", "December", "2025-12"),
    Case(NOV, "The two sides last met in December.", "December", "2025-12"),
    Case(APR, "The talks, held in February, ended without a deal.", "February", "2026-02"),
    Case(APR, "Growth was faster than expected in January.", "January", "2026-01"),
    # future tense: the earliest that has not ended
    Case(NOV, "The company will launch the phone in March.", "March", "2027-03"),
    Case(FEB, "Lawmakers will vote on the bill in December.", "December", "2026-12"),
    Case(NOV, "The new rules take effect by March.", "March", "2027-03"),
    Case(JUL, "Construction should be finished by October.", "October", "2026-10"),
    Case(JUL, "The government pledged to complete the project by March.", "March", "2027-03"),
    Case(JUL, "The government vowed to normalize the housing market by December.", "December", "2026-12"),
    Case(NOV, "The central bank is likely to cut rates in January.", "January", "2027-01"),
    Case(JAN, "The economy is forecast to grow 2 percent in March.", "March", "2027-03"),
    Case(APR, "The reforms, to be introduced in January, were welcomed by unions.", "January", "2027-01"),
    Case(NOV, "Officials hope the talks can resume in February.", "February", "2027-02"),
    Case(NOV, "From January, drivers must pay a higher toll on the expressway.", "January", "2027-01"),
    Case(NOV, "Beginning in March, the rules apply to all firms with 50 or more workers.", "March", "2027-03"),
    Case(JUL, "The tax cut expires in January.", "January", "2027-01"),
    Case(JAN, "The exhibition at the National Museum runs through March.", "March", "2027-03"),
    # "by", "until" look ahead when nothing else tells; "since" always looks back
    Case(JUL, "Applications are open until September.", "September", "2026-09"),
    Case(JUL, "The curbs were in place until March.", "March", "2026-03"),
    Case(FEB, "The base rate has been frozen since October.", "October", "2025-10"),
    Case(NOV, "The ban, in place since March, will be lifted next year.", "March", "2026-03"),
    # a cue in the date's own clause wins over a nearer one across a comma
    Case(NOV, "The ban, imposed in March, will be lifted by June.", "March", "2026-03"),
    Case(NOV, "The ban, imposed in March, will be lifted by June.", "June", "2027-06"),
    Case(APR, "The festival, which drew 1 million visitors last October, returns in October.", "October", "2026-10"),
    # "last December" is the one before the publication date
    Case(NOV, "Heavy snow fell across the capital last December.", "last December", "2025-12"),
    Case(JUL, "Kim visited Moscow last September.", "last September", "2025-09"),
    # a fronted date with a speech verb after it tells when the words were said
    Case(NOV, "On Tuesday, the ministry said it would tighten the rules.", "Tuesday", "2026-11-17"),
    Case(NOV, "In March, officials said the plant would reopen.", "March", "2026-03"),
]
# fmt: on


@pytest.mark.parametrize("case", BARE_MONTHS, ids=[f"{c.published[:7]}|{c.text[:40]}" for c in BARE_MONTHS])
def test_bare_month_follows_tense_and_preposition(case: Case) -> None:
    check(case)
