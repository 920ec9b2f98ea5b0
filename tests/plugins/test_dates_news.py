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
    # "won" after an amount is the currency, not the past of "win": the clause stays future
    Case(JUL, "The base fare will rise by 150 won to 1,700 won from Aug. 29, the second rise in a year.", "Aug. 29", "2026-08-29"),
    Case(JUL, "The pass, which currently costs 62,000 won, will go up to 65,000 won in October, the city said.", "October", "2026-10"),
    Case(JUL, "Kim won the party's nomination in March.", "March", "2026-03"),
    # a day closing the reporting verb's phrase before "that" is the telling's
    Case(NOV, "An official told the Korean Central News Agency (KCNA) on Wednesday that the route would be opened next month.", "Wednesday", "2026-11-18"),
    # an aside set off by commas between the verb and the date says nothing of its tense
    Case(APR, "The temple plans to reopen its hall, closed since the fire, in autumn.", "autumn", "2026-FA"),
    Case(APR, "The city plans to reopen the bridge, damaged in the floods, in autumn.", "autumn", "2026-FA"),
    Case(APR, "The hall, which closed in October, is empty.", "October", "2025-10"),
    # weak cues both ways (a past verb and a schedule verb across commas): the day gone by
    Case(MON, "Shares of Daon have risen 12 percent this year, closing at 41,500 won on Tuesday, but analysts warn the rally remains fragile.", "Tuesday", "2026-11-17"),
    # a weak future cue alone still looks ahead
    Case(MON, "If the cold holds through Thursday, we expect record demand.", "Thursday", "2026-11-26"),
    # an irregular past form after "to" or a modal is the bare verb
    Case(MON, "Demand is likely to set a record on Thursday, the grid operator said.", "Thursday", "2026-11-26"),
    # a season beside another after "to" is a season
    Case(JUL, "The ferry runs from spring to fall.", "fall", "2026-FA"),
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
    # a fronted date takes the tense of the main clause's first verb, even a month ahead
    Case(NOV, "In February, the company launched its first folding phone.", "February", "2026-02"),
    Case(NOV, "In March, the ministry agreed to lift the ban.", "March", "2026-03"),
    # with no cue, or one only across a comma, the month nearest the publication date
    Case(NOV, "The door to a February rate cut is not closed.", "February", "2027-02"),
    Case(NOV, "Three members favoured a cut within the next three months, up from two in October.",
         "October", "2026-10"),
    Case(JUL, "Park, who turns 40 in September, hit his 400th home run on Sunday.", "September", "2026-09"),
    # a closed aside in brackets does not cut the clause; an irregular participle is past
    Case(JUL, "He signed a deal worth 1.5 billion won (US$1.1 million) in January.", "January", "2026-01"),
    Case(NOV, "Chip exports beat the record of $15.2 billion set in December, the ministry said.",
         "December", "2025-12"),
    # the "last" of "last week" is part of a date, not a past-tense cue
    Case(JUL, "The spy agency told lawmakers last week that Kim could visit Russia as early as September, "
              "where he met Putin in 2019.", "September", "2026-09"),
    # a forecast or prediction looks ahead to the date after it
    Case(NOV, "The weather agency forecast heavy snow for the capital on Wednesday.", "Wednesday", "2026-11-25"),
    # a condition's comma does not hide the main clause's tense
    Case(JUL, '"If we wait for the spring, we will be late for the fabs," he said.', "spring", "2027-SP"),
    Case(JUL, "If prices rise in March, the bank will act.", "March", "2027-03"),
    # "hoped to", "aimed to" look ahead, like "pledged to"
    Case(JUL, "Seo said K-water still hoped to start laying pipe through Yeoju in December.", "December", "2026-12"),
    # "threatened to" looks ahead, like "pledged to"
    Case(FEB, "The union has threatened to strike on Feb. 20 if talks fail.", "Feb. 20", "2026-02-20"),
    # "this" keeps the publication year, whatever the tense
    Case(JUL, "This spring, I was not sure I would even make the roster.", "This spring", "2026-SP"),
    Case(JUL, "This fall, the company will open two stores.", "This fall", "2026-FA"),
]
# fmt: on


FIGURES = [
    # the tense belongs to the reporting, so the period is the one nearest publication
    Case(
        "2025-10-01T17:20:00+09:00",
        "Samsung is due to release third-quarter earnings next week.",
        "third-quarter",
        "2025-Q3",
    ),
    Case(
        "2025-06-15T10:00:00+09:00",
        "Hyundai Motor expects third-quarter sales to rise.",
        "third-quarter",
        "2025-Q3",
    ),
    Case(JAN, "The ministry will publish December exports data on Friday.", "December", "2026-12"),
    # a span of months is read whole: late in March, January-March is the quarter under way
    Case(
        "2026-03-26T17:00:00+09:00",
        "The agency is expected to post record sales in the January-March period.",
        "January-March",
        "2026-Q1",
    ),
    # a noun of figures before "for" or "in" the period does the same in a future sentence
    Case(
        "2025-10-05T10:00:00+09:00",
        "Analysts expect SK hynix to post a profit of around 11 trillion won ($7.9 billion) for the "
        "July-September period.",
        "July-September",
        "2025-Q3",
    ),
    Case(
        "2025-10-05T10:00:00+09:00",
        "Sales in the fourth quarter will rise, the firm said.",
        "the fourth quarter",
        "2025-Q4",
    ),
    # without one, a future sentence looks ahead
    Case(
        "2025-10-05T10:00:00+09:00",
        "The firm will hire staff in the July-September period.",
        "July-September",
        "2026-Q3",
    ),
    # in a past sentence the figures change nothing: the latest that has begun
    Case(
        "2025-10-05T10:00:00+09:00",
        "Ticket sales rose in the January-June period.",
        "January-June",
        "2025-H1",
    ),
]

# fmt: off
PAIRS_UNDER_WAY = [
    # a pair of months under way at publication is this year's in a sentence that is not past
    Case("2025-08-05T14:20:00+09:00", "The ministry said Monday it would cut bills in July and August.", "July", "2025-07"),
    Case("2025-08-05T14:20:00+09:00", "The ministry said Monday it would cut bills in July and August.", "August", "2025-08"),
    Case("2025-08-05T14:20:00+09:00", "The ferry will run from September to November.", "September", "2025-09"),
    # a pair that has ended looks ahead to the next one
    Case("2025-08-05T14:20:00+09:00", "The ferry will run from March to May.", "March", "2026-03"),
]
# fmt: on


@pytest.mark.parametrize("case", PAIRS_UNDER_WAY, ids=[c.text[:40] + c.span for c in PAIRS_UNDER_WAY])
def test_a_pair_of_months_under_way(case: Case) -> None:
    check(case)


@pytest.mark.parametrize("case", FIGURES, ids=[c.text[:40] for c in FIGURES])
def test_periods_of_reported_figures_and_spans_are_the_nearest(case: Case) -> None:
    check(case)


def test_a_weakly_cued_month_keeps_the_reading_the_article_gave_it_first() -> None:
    text = (
        "The Supreme Court ruled in December that regular bonuses count as ordinary wages. "
        "Guidance on the December decision is still awaited by employers."
    )
    article = newsfacts.Article(text=text, published=newsfacts.parse_published("2025-06-20T10:00:00+09:00"))
    found = [(m.text, m.data.value) for m in newsfacts_dates.newsfacts_find_mentions(article)]  # type: ignore[union-attr]
    assert [v for t, v in found if t == "December"] == ["2024-12", "2024-12"]


@pytest.mark.parametrize("case", BARE_MONTHS, ids=[f"{c.published[:7]}|{c.text[:40]}" for c in BARE_MONTHS])
def test_bare_month_follows_tense_and_preposition(case: Case) -> None:
    check(case)


# fmt: off
CLOCK_AND_DAY = [
    Case(MON, "North Korea fired a short-range ballistic missile at 6 a.m. Monday, the JCS said.", "6 a.m. Monday", "2026-11-23T06:00"),
    Case(MON, "Voting begins at 10:30 a.m. on Tuesday, election officials said.", "10:30 a.m. on Tuesday", "2026-11-24T10:30"),
    Case(MON, "Unionized workers will walk out at 3 p.m. local time Friday.", "3 p.m. local time Friday", "2026-11-27T15:00"),
    Case(MON, "The curfew ended at midnight Sunday.", "midnight Sunday", "2026-11-22T00:00"),
    Case(MON, "The ferry capsized at about 2:40 a.m. Saturday off Jeju Island.", "2:40 a.m. Saturday", "2026-11-21T02:40"),
    Case(MON, "The quake struck at 8:32 a.m. KST on Nov. 15, the weather agency said.", "8:32 a.m. KST on Nov. 15", "2026-11-15T08:32"),
    Case(MON, "The talks will resume at 10 a.m. Seoul time on Thursday.", "10 a.m. Seoul time on Thursday", "2026-11-26T10:00"),
    Case(MON, "The fire broke out at around 9 p.m. yesterday at a plant in Hwaseong.", "9 p.m. yesterday", "2026-11-22T21:00"),
    Case(WED, "The meeting is set for 3 p.m. EST Thursday at the White House.", "3 p.m. EST Thursday", "2026-11-26T15:00"),
    Case(WED, "Power went out shortly after noon Saturday across the county.", "noon Saturday", "2026-11-21T12:00"),
    # the day first, then "at" and the clock time: one mention too
    Case(MON, "The two sides will meet again Thursday at 2 p.m. in Panmunjom.", "Thursday at 2 p.m.", "2026-11-26T14:00"),
    Case(MON, "The verdict is due on Dec. 3 at 10 a.m., the court said.", "Dec. 3 at 10 a.m.", "2026-12-03T10:00"),
    # a clock time alone takes the nearest day written in its sentence, else the day the
    # story told of a sentence or two before, else the publication day
    Case(MON, "The launch was detected at 7:10 a.m.", "7:10 a.m.", "2026-11-23T07:10"),
    Case(MON, "On Friday, the launch was detected at 7:10 a.m.", "7:10 a.m.", "2026-11-20T07:10"),
    Case(MON, "A soldier crossed the border early Saturday, the military said. He walked across at "
              "around 4:30 a.m. and asked to defect.", "4:30 a.m.", "2026-11-21T04:30"),
    Case(MON, "Rain fell between 5 p.m. Friday and 11 a.m. Saturday. Some 5,000 residents had been "
              "evacuated as of 11 p.m., officials said.", "11 p.m.", "2026-11-21T23:00"),
]
# fmt: on


@pytest.mark.parametrize("case", CLOCK_AND_DAY, ids=[c.span for c in CLOCK_AND_DAY])
def test_clock_time_and_its_day_are_one_mention(case: Case) -> None:
    check(case)


def test_clock_time_with_an_impossible_day_keeps_the_time() -> None:
    text = "The vote was held at 9 a.m. on Feb. 30."
    assert found(text, MON) == {"9 a.m.": "2026-11-23T09:00"}


def test_clock_time_and_weekday_without_a_publication_date() -> None:
    article = newsfacts.Article(text="The missile was fired at 6 a.m. Monday.")
    values = {m.text: m.data.value for m in newsfacts_dates.newsfacts_find_mentions(article)}  # type: ignore[union-attr]
    assert values == {"6 a.m. Monday": "XXXX-WXX-1T06:00"}


# fmt: off
PARTS_OF_A_YEAR = [
    Case(NOV, "Exports rose 8 percent in the first three months of the year.", "the first three months of the year", "2026-Q1"),
    Case(NOV, "Shipments fell in the first three months of this year.", "the first three months of this year", "2026-Q1"),
    Case(NOV, "Births fell 7 percent in the first nine months, Statistics Korea said.", "the first nine months", "2026-01/2026-09"),
    Case(NOV, "Profit rose in the first six months of the year.", "the first six months of the year", "2026-H1"),
    Case(NOV, "Imports rose in the first 10 months of 2025.", "the first 10 months of 2025", "2025-01/2025-10"),
    Case(NOV, "Sales dropped in the last three months of last year.", "the last three months of last year", "2025-Q4"),
    Case(NOV, "Net profit doubled in the first half.", "the first half", "2026-H1"),
    Case(NOV, "Sales will pick up in the second half of this year, the company said.", "the second half of this year", "2026-H2"),
    Case(NOV, "The bank expects growth to rebound in the latter half of the year.", "the latter half of the year", "2026-H2"),
    Case(NOV, "Earnings improved in the January-March quarter.", "January-March", "2026-Q1"),
    Case(NOV, "Sales slumped in the fourth quarter of last year.", "the fourth quarter of last year", "2025-Q4"),
    Case(NOV, "The carrier posted a net loss for the 2025 fiscal year.", "the 2025 fiscal year", "2025"),
    Case(NOV, "The 2026 first-half results beat estimates.", "The 2026 first-half", "2026-H1"),
    Case(FEB, "Shipments rose in the first nine months of last year.", "the first nine months of last year", "2025-01/2025-09"),
    # "from a year earlier" compares with the same part of the year before
    Case(NOV, "Operating profit fell in the April-June quarter from a year earlier.", "a year earlier", "2025-Q2"),
    Case(NOV, "Exports rose 4.8 percent in February from a year earlier.", "a year earlier", "2025-02"),
    Case(NOV, "Exports rose in the first nine months of the year, up 8 percent from a year earlier.", "a year earlier", "2025-01/2025-09"),
    Case(NOV, "The complex closed in 2016. A year earlier, it had employed 55,000 workers.", "A year earlier", "2015"),
    # counted months of something else are a length of time
    Case(NOV, "Approval ratings fell in the first six months of his term.", "six months", "P6M"),
    Case(NOV, "Prices rose over the last three months.", "the last three months", "P3M"),
    # this year's first months are not over yet: the first months of the scheme reported on
    Case(APR, "Falls dropped among residents enrolled in the first six months.", "the first six months", "P6M"),
    Case(APR, "Sales fell in the first three months, the agency said.", "the first three months", "2026-Q1"),
    Case(NOV, "The line opened on Dec. 17, two years earlier than planned.", "two years", "P2Y"),
]
# fmt: on


@pytest.mark.parametrize("case", PARTS_OF_A_YEAR, ids=[c.span for c in PARTS_OF_A_YEAR])
def test_parts_of_a_year(case: Case) -> None:
    check(case)


# fmt: off
SPANS_OVER_NEW_YEAR = [
    Case(NOV, "Heating demand peaked in the December-February 2019 period.", "December-February 2019", "2018-12/2019-02"),
    Case(NOV, "Fine dust readings rose in the November 2025-January 2026 period.", "November 2025-January 2026", "2025-11/2026-01"),
    Case(NOV, "Demand peaked in the December 2018-February period.", "December 2018-February", "2018-12/2019-02"),
    Case(NOV, "The campaign runs from Dec. 1 through Jan. 31, 2027.", "Dec. 1", "2026-12-01"),
    Case(NOV, "The campaign runs from Dec. 1 through Jan. 31, 2027.", "Jan. 31, 2027", "2027-01-31"),
    Case(NOV, "The campaign runs Dec. 1-Jan. 31, 2027.", "Dec. 1-Jan. 31, 2027", "2026-12-01/2027-01-31"),
    # "from X to Y": the months of a pair take their years from each other
    Case(NOV, "Ice covered the Han River from December to February 2019.", "December", "2018-12"),
    Case(NOV, "Ice covered the Han River from December to February 2019.", "February 2019", "2019-02"),
    Case(FEB, "Sales from January to October rose 5 percent.", "January", "2025-01"),
    Case(FEB, "Sales from January to October rose 5 percent.", "October", "2025-10"),
    Case(FEB, "Exports rose 3 percent between January and October.", "October", "2025-10"),
    Case(FEB, "The exhibition runs from March to December.", "December", "2026-12"),
    Case(FEB, "The index rose from March 2025 to January.", "January", "2026-01"),
    Case(FEB, "Fishing is banned from May to June this year.", "May", "2026-05"),
]
# fmt: on


@pytest.mark.parametrize(
    "case", SPANS_OVER_NEW_YEAR, ids=[f"{c.span}|{c.text[:30]}" for c in SPANS_OVER_NEW_YEAR]
)
def test_spans_of_months_over_new_year(case: Case) -> None:
    check(case)


# fmt: off
OTHER_NEWS_FORMS = [
    # "in 14 years" after a superlative or "time" looks back: a duration, whatever the tense
    Case(NOV, "Completions will fall to 24,000 units this year, the lowest in 14 years.", "14 years", "P14Y"),
    Case(NOV, "Exports rose for the first time in 10 months and will keep rising.", "10 months", "P10M"),
    Case(NOV, "The concert in June will be the group's first in six years.", "six years", "P6Y"),
    Case(NOV, "The plant will reopen in two years, officials said.", "in two years", "2028"),
    Case(NOV, "Officials met the previous week to discuss the plan.", "the previous week", "2026-W46"),
    Case(NOV, "The fishing boat was seized two weeks ago.", "two weeks ago", "2026-W45"),
    Case(MON, "Thousands rallied in central Seoul over the weekend.", "the weekend", "2026-W47-WE"),
    Case(NOV, "The ministry will announce the plan in mid-March.", "mid-March", "2027-03"),
    Case(NOV, "The revised rules take effect early next month.", "early next month", "2026-12"),
    Case(NOV, "Prices spiked late last year.", "late last year", "2025"),
    Case(NOV, "Home prices doubled over the past decade.", "the past decade", "P10Y"),
    Case(NOV, "Prices have doubled since 2019.", "2019", "2019"),
    Case(NOV, "Hunger was widespread in the 1990s.", "1990s", "199"),
    Case(NOV, "Markets rallied in the past few days.", "the past few days", "PXD"),
    # a frequency: so many units in each period
    # a count of units before a rate is the length of time; "a day" is its rate
    Case(NOV, "He studied at a cram school six days a week.", "six days", "P6D"),
    Case(NOV, "Drivers work up to eight hours a day.", "up to eight hours", "PT8H"),
    # a day that names an event before its noun takes no tense from the clause's verb
    Case(APR, "Official campaigning for the June 3 local elections began Thursday.", "June 3", "2026-06-03"),
    Case(APR, "Campaigning began on June 3, officials said.", "June 3", "2025-06-03"),
    # a bound after a length of time
    Case(NOV, "A warning is issued when highs are expected for two days or more.", "two days or more", "P2D"),
    # one unit's length written with "long"
    Case(NOV, "The union will strike after the week-long holiday.", "week-long", "P1W"),
    Case(NOV, "A two-week-long strike ended on Friday.", "two-week-long", "P2W"),
    Case(NOV, "Prosecutors closed a yearlong probe into the deal.", "yearlong", "P1Y"),
    Case(NOV, "A month-long campaign began.", "month-long", "P1M"),
    # an adjective in -ed is no past tense: "a revised plan", "for imported goods"
    Case(FEB, "The minister said the government would unveil a revised plan in April.", "April", "2026-04"),
    Case(JAN, "The agency will enforce rules for imported sunscreens in July.", "July", "2027-07"),
    # "told" with a named listener, then the day the words were said
    Case(APR, "Choi told the JoongAng Ilbo on Monday that platforms should face fines.", "Monday", "2026-03-30"),
    # a month name that is also a given name is a month before another month
    Case(JUL, "The agency booked 1,430 tourists for June and July.", "June", "2026-06"),
    Case(NOV, "The vote is scheduled for March.", "March", "2027-03"),
    # a page's stamp: the day and its clock time are one mention
    Case(NOV, "Posted : 2026-05-21 17:40 | Updated : 2026-05-21 18:15", "2026-05-21 17:40", "2026-05-21T17:40"),
    Case(NOV, "Write: 2025-08-05 14:20:11 Update:", "2025-08-05 14:20:11", "2025-08-05T14:20"),
    # a numeric date whose first number is above 12 is day first
    Case(NOV, "The ruling was issued on 25/03/2026.", "25/03/2026", "2026-03-25"),
    Case(NOV, "The ruling was issued on 08/03/2026.", "08/03/2026", "2026-08-03"),
    # a day of the month alone
    Case(NOV, "The two sides will meet again on the 10th.", "the 10th", "2026-12-10"),
    Case(NOV, "The envoy arrived on the 3rd and left on the 5th.", "the 3rd", "2026-11-03"),
    Case(NOV, "Lee was released on the 15th of last month.", "the 15th of last month", "2026-10-15"),
    Case(NOV, "The cut takes effect by the 20th of next month.", "the 20th of next month", "2026-12-20"),
    Case(NOV, "The vote is scheduled for the 28th.", "the 28th", "2026-11-28"),
    # a full month name leaves the sentence's full stop out
    Case(NOV, "The deadline is 15 March.", "15 March", "2027-03-15"),
    # lunar holidays on their date of the year meant
    Case(NOV, "Millions traveled home for Chuseok, the autumn harvest holiday.", "Chuseok", "2026-09-25"),
    Case(JAN, "Millions are expected to travel home for Seollal.", "Seollal", "2027-02-07"),
    Case(FEB, "Traffic jams are expected during the Lunar New Year holiday.", "Lunar New Year", "2026-02-17"),
    Case(NOV, "The ferry sank days before Chuseok 2019.", "Chuseok 2019", "2019-09-13"),
    Case(JUL, "Temples held lantern parades ahead of Buddha's Birthday.", "Buddha's Birthday", "2026-05-24"),
]
# fmt: on


@pytest.mark.parametrize("case", OTHER_NEWS_FORMS, ids=[c.span for c in OTHER_NEWS_FORMS])
def test_other_news_forms(case: Case) -> None:
    check(case)


# fmt: off
NOT_DATES = [
    ("Babies born in the Year of the Dragon are said to be lucky.", "Year of the Dragon"),
    ("Troops crossed the 38th parallel in the war.", "38th"),
    ("The fire broke out on the 10th floor of the building.", "10th"),
    ("The party marked the 75th anniversary of its founding.", "75th"),
    ("The Chuseok Special Exhibition opened at the museum.", "Chuseok"),
    ("No single country takes more than a quarter of the market.", "a quarter"),
    ("Exports fell by a quarter.", "a quarter"),
    ("Students born in 2007, a year of unusually many births, sit the exam.", "a year"),
    ("June and Paul Kim met in Seoul.", "June"),
    # "fall" and "spring" after "to" or "and" are verbs unless another season stands beside them
    ("Shares continued to fall for a third day.", "fall"),
    ("Debris threatens to fall on Japanese territory.", "fall"),
    ("Prices rise and fall with the seasons.", "fall"),
    # a dotted number without am or pm is no clock
    ("Growth was 10.30 percent in the quarter.", "10.30"),
]
# fmt: on


@pytest.mark.parametrize(("text", "words"), NOT_DATES)
def test_not_a_date(text: str, words: str) -> None:
    at = text.index(words)
    got = {
        k: v
        for k, v in found(text, NOV).items()
        if text.index(k) < at + len(words) and at < text.index(k) + len(k)
    }
    assert not got


def test_a_lunar_holiday_without_a_year_gets_no_guessed_value() -> None:
    article = newsfacts.Article(text="Millions traveled home for Chuseok.")
    assert list(newsfacts_dates.newsfacts_find_mentions(article)) == []


def test_an_outlet_that_prints_the_day_first_reads_numeric_dates_so() -> None:
    text = "Issued on: 08/03/2027 - 09:14\n\nSeoul (AFP) - The drills began on Monday."
    published = newsfacts.parse_published("2027-03-08T09:14+01:00")
    for outlet, value in (("France 24", "2027-03-08T09:14"), ("Reuters", "2027-08-03T09:14")):
        article = newsfacts.Article(text=text, published=published, outlet=outlet)
        got = {m.text: m.data.value for m in newsfacts_dates.newsfacts_find_mentions(article)}  # type: ignore[union-attr]
        assert got["08/03/2027 - 09:14"] == value


def test_a_compound_length_stands_inside_the_count_it_measures() -> None:
    text = "Families met for six two-hour sessions. A 10-day trip follows, and then talks of two hours."
    facts = newsfacts.Extractor(autoload=False).extract(text, published=NOV)
    dates = [m.text for e in facts.of_kind("date") for m in e.mentions]
    counts = [m.text for e in facts.of_kind("quantity") for m in e.mentions]
    assert "six two-hour sessions" in counts
    assert sorted(dates) == ["10-day", "two hours", "two-hour"]
