"""The dates plugin on news sentences: each case checks the span found, its TIMEX3 value and interval.

Most cases are read as if published on Friday, Dec. 21, 2018, at 13:47 in Seoul (KST),
the way a Korea Herald or Yonhap story would be; others use other dates and zones to
show that relative expressions follow the publication time.
"""

from __future__ import annotations

from pathlib import Path
from typing import NamedTuple

import pytest

import newsfacts
import newsfacts_dates

FRI = "2018-12-21T13:47:00+09:00"  # Friday, ISO week 51 (Dec. 17-23)
MON = "2019-03-04T09:00:00+09:00"  # Monday, ISO week 10
NYC = "2020-06-15T18:30:00-04:00"  # Monday, an AP story from New York
TUE = "2020-06-16T19:05:00-04:00"  # Tuesday evening, Washington
JAN = "2017-01-02T08:00:00+09:00"  # Monday, just after New Year
SUN = "2023-01-01T10:03:00+09:00"  # Sunday, New Year's Day: last month is last year

EXTRACTOR = newsfacts.Extractor(bundled=False, autoload=False, plugins=[newsfacts_dates])


class Case(NamedTuple):
    published: str | None
    text: str
    span: str
    value: str
    start: str | None
    end: str | None


def dates(text: str, published: str | None) -> dict[tuple[int, int], newsfacts.Entity]:
    """Every date mention of the text, by its offsets, with the entity it belongs to."""
    facts = EXTRACTOR.extract(text, published=published)
    assert not facts.errors, facts.errors
    return {(m.start, m.end): e for e in facts.of_kind("date") for m in e.mentions}


def check(case: Case) -> None:
    found = dates(case.text, case.published)
    at = case.text.index(case.span)
    key = (at, at + len(case.span))
    spans = {case.text[s:e]: (s, e) for s, e in found}
    assert key in found, f"expected {case.span!r}, found {sorted(spans)}"
    entity = found[key]
    assert (entity.get("value"), entity.get("start"), entity.get("end")) == (case.value, case.start, case.end)


# fmt: off
ABSOLUTE = [
    Case(FRI, "SEOUL, Dec. 21 (Yonhap) -- North Korea slammed the new sanctions.", "Dec. 21", "2018-12-21", "2018-12-21", "2018-12-21"),
    Case(FRI, "The two leaders first met in Panmunjom on April 27, 2018.", "April 27, 2018", "2018-04-27", "2018-04-27", "2018-04-27"),
    Case(FRI, "The armistice was signed on 27 July 1953, ending the fighting.", "27 July 1953", "1953-07-27", "1953-07-27", "1953-07-27"),
    Case(FRI, "The revised rule takes effect on 2019-01-01, the ministry said.", "2019-01-01", "2019-01-01", "2019-01-01", "2019-01-01"),
    Case(FRI, "Kim was born on Jan. 8, 1984, according to the U.S. Treasury.", "Jan. 8, 1984", "1984-01-08", "1984-01-08", "1984-01-08"),
    Case(FRI, "The session opened Friday, Dec. 14, 2018, at the National Assembly.", "Friday, Dec. 14, 2018", "2018-12-14", "2018-12-14", "2018-12-14"),
    Case(FRI, "The Hwasong-15 was launched on Nov. 29, 2017, the military said.", "Nov. 29, 2017", "2017-11-29", "2017-11-29", "2017-11-29"),
    Case(FRI, "A statement dated 2018.12.20 was posted on the ministry website.", "2018.12.20", "2018-12-20", "2018-12-20", "2018-12-20"),
    Case(FRI, "Lee was indicted on Sept. 3rd, 2018, prosecutors said.", "Sept. 3rd, 2018", "2018-09-03", "2018-09-03", "2018-09-03"),
    Case(FRI, "Experts took part in a discussion on Dec. 17 in Seoul.", "Dec. 17", "2018-12-17", "2018-12-17", "2018-12-17"),
    Case(FRI, "A ruling on the appeal is due Jan. 10, the court said.", "Jan. 10", "2019-01-10", "2019-01-10", "2019-01-10"),
    Case(FRI, "The PyeongChang Winter Olympics opened on Feb. 9 with a joint march.", "Feb. 9", "2018-02-09", "2018-02-09", "2018-02-09"),
    Case(FRI, "Moon will travel to Hanoi on Jan. 15 for the talks.", "Jan. 15", "2019-01-15", "2019-01-15", "2019-01-15"),
    Case(FRI, "The report, released on Nov. 30, showed exports rising.", "Nov. 30", "2018-11-30", "2018-11-30", "2018-11-30"),
    Case(MON, "The deadline for the deal passed on March 1.", "March 1", "2019-03-01", "2019-03-01", "2019-03-01"),
    Case(FRI, "Kim delivered his New Year address on Jan. 1 in Pyongyang.", "Jan. 1", "2018-01-01", "2018-01-01", "2018-01-01"),
    Case(NYC, "Protests spread after May 25, when George Floyd died in Minneapolis.", "May 25", "2020-05-25", "2020-05-25", "2020-05-25"),
    Case(FRI, "Shares of the company closed at 45,000 won on 12/20/2018.", "12/20/2018", "2018-12-20", "2018-12-20", "2018-12-20"),
    Case(FRI, "Pyongyang marked the anniversary on October 10, 2015, with a parade.", "October 10, 2015", "2015-10-10", "2015-10-10", "2015-10-10"),
    Case(FRI, "The Sewol ferry sank off Jindo on April 16, 2014.", "April 16, 2014", "2014-04-16", "2014-04-16", "2014-04-16"),
    Case(FRI, "Park was removed from office on 10 March 2017 by the Constitutional Court.", "10 March 2017", "2017-03-10", "2017-03-10", "2017-03-10"),
    Case(FRI, "The treaty was signed on Aug. 22, 1910, and took effect a week later.", "Aug. 22, 1910", "1910-08-22", "1910-08-22", "1910-08-22"),
    Case(FRI, "The data, published on 2018/11/30, cover all 17 provinces.", "2018/11/30", "2018-11-30", "2018-11-30", "2018-11-30"),
    Case(FRI, "Trump and Kim met in Singapore on June 12 this year.", "June 12 this year", "2018-06-12", "2018-06-12", "2018-06-12"),
    Case(FRI, "Families will reunite at Mount Kumgang on Jan. 3-4, officials said.", "Jan. 3-4", "2019-01-03/2019-01-04", "2019-01-03", "2019-01-04"),
]
# fmt: on

# fmt: off
RANGES = [
    Case(FRI, "The third summit was held Sept. 18-20 in Pyongyang.", "Sept. 18-20", "2018-09-18/2018-09-20", "2018-09-18", "2018-09-20"),
    # two days joined by a word are two mentions, and the second takes its year from the first
    Case(FRI, "The exhibition at the Seoul Arts Center runs from Dec. 30 to Jan. 2.", "Dec. 30", "2018-12-30", "2018-12-30", "2018-12-30"),
    Case(FRI, "The exhibition at the Seoul Arts Center runs from Dec. 30 to Jan. 2.", "Jan. 2", "2019-01-02", "2019-01-02", "2019-01-02"),
    Case(FRI, "The 2016-2018 period saw a sharp drop in defections.", "2016-2018", "2016/2018", "2016-01-01", "2018-12-31"),
    Case(FRI, "He led the team through the 2017-18 season.", "2017-18", "2017/2018", "2017-01-01", "2018-12-31"),
    Case(FRI, "The Games were held on 9-25 February 2018 in PyeongChang.", "9-25 February 2018", "2018-02-09/2018-02-25", "2018-02-09", "2018-02-25"),
    Case(FRI, "Drills are planned for March 4-12, 2019, the Pentagon said.", "March 4-12, 2019", "2019-03-04/2019-03-12", "2019-03-04", "2019-03-12"),
    # a span of months is one mention; a whole quarter or half is named as such
    Case(FRI, "Operating profit fell 9 percent in the July-September period, the company said.", "July-September", "2018-Q3", "2018-07-01", "2018-09-30"),
    Case(FRI, "Ticket sales rose in the January-June period.", "January-June", "2018-H1", "2018-01-01", "2018-06-30"),
    Case(FRI, "Exports to China slid in the April-May period.", "April-May", "2018-04/2018-05", "2018-04-01", "2018-05-31"),
    Case(FRI, "Heating demand peaked in the December-February 2018 period.", "December-February 2018", "2017-12/2018-02", "2017-12-01", "2018-02-28"),
]
# fmt: on

# fmt: off
MONTHS_AND_YEARS = [
    Case(FRI, "Under a 2014 revision of the law, the bill goes to the floor.", "2014", "2014", "2014-01-01", "2014-12-31"),
    Case(FRI, "Tax revenue is set to exceed the target for the fiscal year.", "the fiscal year", "2018", "2018-01-01", "2018-12-31"),
    Case(FRI, "The budget for next fiscal year was approved on Dec. 8.", "next fiscal year", "2019", "2019-01-01", "2019-12-31"),
    Case(FRI, "Seoul hopes to sign the deal by the end of the month.", "the end of the month", "2018-12", "2018-12-22", "2018-12-31"),
    Case(FRI, "Year-end bonuses at chaebol firms fell sharply.", "Year-end", "2018", "2018-09-02", "2018-12-31"),
    Case(FRI, "The plan runs to end-2020, the ministry said.", "end-2020", "2020", "2020-09-01", "2020-12-31"),
    Case(FRI, "The industrial park closed in February 2016.", "February 2016", "2016-02", "2016-02-01", "2016-02-29"),
    Case(FRI, "In September, when Moon visited Pyongyang, the two sides agreed to act.", "September", "2018-09", "2018-09-01", "2018-09-30"),
    Case(FRI, "Working-level talks will resume in March, an official said.", "March", "2019-03", "2019-03-01", "2019-03-31"),
    Case(FRI, "Exports fell 1.2 percent in October, customs data showed.", "October", "2018-10", "2018-10-01", "2018-10-31"),
    Case(FRI, "The ministry will announce the budget plan in December.", "December", "2018-12", "2018-12-01", "2018-12-31"),
    Case(FRI, "Kim visited Beijing last March for talks with Xi.", "last March", "2018-03", "2018-03-01", "2018-03-31"),
    Case(FRI, "The new terminal will open next April.", "next April", "2019-04", "2019-04-01", "2019-04-30"),
    Case(FRI, "Apartment prices in Seoul have risen since May.", "May", "2018-05", "2018-05-01", "2018-05-31"),
    Case(FRI, "The final report is expected in early January.", "early January", "2019-01", "2019-01-01", "2019-01-10"),
    Case(FRI, "Tensions eased in late September after the summit.", "late September", "2018-09", "2018-09-21", "2018-09-30"),
    Case(FRI, "The survey was carried out in September last year.", "September last year", "2017-09", "2017-09-01", "2017-09-30"),
    Case(FRI, "Before closure of the park in 2016, 125 firms operated there.", "2016", "2016", "2016-01-01", "2016-12-31"),
    Case(FRI, "The university was co-founded by the two Koreas in 2010.", "2010", "2010", "2010-01-01", "2010-12-31"),
    Case(FRI, "Since 2008, the complex has hosted thousands of workers.", "2008", "2008", "2008-01-01", "2008-12-31"),
    Case(FRI, "The 2018 budget was passed by the National Assembly.", "2018", "2018", "2018-01-01", "2018-12-31"),
    Case(FRI, "The ministry set aside 1 trillion won for the fiscal 2019 budget.", "2019", "2019", "2019-01-01", "2019-12-31"),
    Case(FRI, "By 2030, one in four South Koreans will be over 65.", "2030", "2030", "2030-01-01", "2030-12-31"),
    Case(FRI, "Protests erupted in late 2016 over the influence-peddling scandal.", "late 2016", "2016", "2016-09-01", "2016-12-31"),
    Case(FRI, "The new line is expected to open by mid-2019.", "mid-2019", "2019", "2019-05-02", "2019-09-01"),
    Case(FRI, "Construction is set to begin in early 2019.", "early 2019", "2019", "2019-01-01", "2019-05-01"),
    Case(FRI, "In April 2018, the leaders met at the truce village.", "April 2018", "2018-04", "2018-04-01", "2018-04-30"),
    Case(FRI, "Pyongyang unveiled the plan in Dec. 2011 after Kim took power.", "Dec. 2011", "2011-12", "2011-12-01", "2011-12-31"),
    Case(FRI, "North Korea suffered a famine in the 1990s.", "1990s", "199", "1990-01-01", "1999-12-31"),
    Case(FRI, "Such tours were popular in the '90s, the operator said.", "'90s", "199", "1990-01-01", "1999-12-31"),
    Case(FRI, "Korea became a colony in the early 20th century.", "early 20th century", "19", "1900-01-01", "1933-05-01"),
    Case(FRI, "The division is a wound of the 21st century as well.", "21st century", "20", "2000-01-01", "2099-12-31"),
    Case(FRI, "Growth slowed in the second half of 2018, the central bank said.", "the second half of 2018", "2018-H2", "2018-07-01", "2018-12-31"),
    Case(FRI, "Exports rose 5 percent in the first quarter, the data showed.", "the first quarter", "2018-Q1", "2018-01-01", "2018-03-31"),
    Case(FRI, "Samsung's operating profit rose in Q3 on chip sales.", "Q3", "2018-Q3", "2018-07-01", "2018-09-30"),
    Case(FRI, "Sales slumped in the fourth quarter of last year.", "the fourth quarter of last year", "2017-Q4", "2017-10-01", "2017-12-31"),
    Case(FRI, "A summit may take place in the first half of next year.", "the first half of next year", "2019-H1", "2019-01-01", "2019-06-30"),
    Case(FRI, "Defections reached a record in the first quarter of 2017.", "the first quarter of 2017", "2017-Q1", "2017-01-01", "2017-03-31"),
    Case(JAN, "The economy grew 2.6 percent in 2016, the bank estimated.", "2016", "2016", "2016-01-01", "2016-12-31"),
    Case(FRI, "Trade between the Koreas peaked in 2015 at $2.7 billion.", "2015", "2015", "2015-01-01", "2015-12-31"),
    # a year in a list of years needs no preposition of its own
    Case(FRI, "Japan proposed taking the dispute to the court in 1954, 1962 and 2012.", "1962", "1962", "1962-01-01", "1962-12-31"),
    Case(FRI, "Talks were held in 1998, 2003, 2007 or 2018, records show.", "2007", "2007", "2007-01-01", "2007-12-31"),
    # "into" opens a month as "in" does; "if" after "would" speaks of a condition ahead
    Case(FRI, "Prices are expected to stay high into March.", "March", "2019-03", "2019-03-01", "2019-03-31"),
    Case(FRI, "The ministry said it would seek more funds if outbreaks continued into March.", "March", "2019-03", "2019-03-01", "2019-03-31"),
    Case(FRI, "Prices rose in March, and the bank said it would act if they kept rising.", "March", "2018-03", "2018-03-01", "2018-03-31"),
    # "a decade ago" is a year; a verb after "until" is its own clause's
    Case(FRI, "Some 28 percent of bridges are over 30 years old, up from 21 percent a decade ago.", "a decade ago", "2008", "2008-01-01", "2008-12-31"),
    Case(FRI, "The city said it would close 14 bridges from Monday until inspections were finished.", "Monday", "2018-12-24", "2018-12-24", "2018-12-24"),
    # a word in -ed after a modal's verb describes its object, no past
    Case(FRI, "The vice chairman said the commission would issue detailed rules in March and aimed to act.", "March", "2019-03", "2019-03-01", "2019-03-31"),
]
# fmt: on

# fmt: off
RELATIVE = [
    Case(FRI, "The two leaders met in May and again on Sunday.", "Sunday", "2018-12-16", "2018-12-16", "2018-12-16"),
    Case(FRI, "The fifth summit may be held in spring, aides said.", "spring", "2019-SP", "2019-03-01", "2019-05-31"),
    Case(TUE, "The House voted late Monday to approve the police reform bill.", "late Monday", "2020-06-15", "2020-06-15", "2020-06-15"),
    Case(TUE, "Earlier Tuesday, the governor said bars would stay closed.", "Earlier Tuesday", "2020-06-16", "2020-06-16", "2020-06-16"),
    Case(TUE, "The results of the primary are due Wednesday, election officials said.", "Wednesday", "2020-06-17", "2020-06-17", "2020-06-17"),
    Case(TUE, "Protests continued across the country this past weekend.", "this past weekend", "2020-W24-WE", "2020-06-13", "2020-06-14"),
    Case(TUE, "The airline reported second-quarter losses.", "second-quarter", "2020-Q2", "2020-04-01", "2020-06-30"),
    Case(TUE, "The eviction moratorium expires at the end of July.", "the end of July", "2020-07", "2020-07-22", "2020-07-31"),
    Case(TUE, "The new law took effect July 1.", "July 1", "2019-07-01", "2019-07-01", "2019-07-01"),
    Case(TUE, "The trial is set to begin Sept. 14 in federal court.", "Sept. 14", "2020-09-14", "2020-09-14", "2020-09-14"),
    Case(MON, "Tens of thousands rallied in central Seoul over the weekend.", "the weekend", "2019-W09-WE", "2019-03-02", "2019-03-03"),
    Case(FRI, "Moon will rest at Cheong Wa Dae over the weekend.", "the weekend", "2018-W51-WE", "2018-12-22", "2018-12-23"),
    Case(FRI, "JoongAng Daily reported on Tuesday that the administration plans to hold talks.", "Tuesday", "2018-12-18", "2018-12-18", "2018-12-18"),
    Case(FRI, "The leaders plan to meet in the first week of March.", "March", "2019-03", "2019-03-01", "2019-03-31"),
    Case(SUN, "Exports fell for the third consecutive month in December due to weak chip demand.", "December", "2022-12", "2022-12-01", "2022-12-31"),
    Case(SUN, "The central bank raised its key rate in November, and it may raise it again on Jan. 13.", "Jan. 13", "2023-01-13", "2023-01-13", "2023-01-13"),
    Case(SUN, "\"We expect exports to recover from the second quarter,\" the vice minister said.", "the second quarter", "2023-Q2", "2023-04-01", "2023-06-30"),
    Case(SUN, "Fiscal year 2022 ended Saturday with a record deficit.", "Saturday", "2022-12-31", "2022-12-31", "2022-12-31"),
    Case(SUN, "Fiscal year 2022 ended Saturday with a record deficit.", "2022", "2022", "2022-01-01", "2022-12-31"),
    Case(SUN, "Outbound shipments declined 9.5 percent last month, the ministry said.", "last month", "2022-12", "2022-12-01", "2022-12-31"),
    Case(FRI, "The figures for the 2017-18 period will be published in January.", "January", "2019-01", "2019-01-01", "2019-01-31"),
    Case(FRI, "The fourth inter-Korean summit will be held in March, officials said.", "March", "2019-03", "2019-03-01", "2019-03-31"),
    Case(FRI, "Moon said today that the talks would continue.", "today", "2018-12-21", "2018-12-21", "2018-12-21"),
    Case(FRI, "The ministry said yesterday it would send a delegation.", "yesterday", "2018-12-20", "2018-12-20", "2018-12-20"),
    Case(FRI, "The delegation will leave for Pyongyang tomorrow.", "tomorrow", "2018-12-22", "2018-12-22", "2018-12-22"),
    Case(FRI, "The two sides held talks on Monday at the border.", "Monday", "2018-12-17", "2018-12-17", "2018-12-17"),
    Case(FRI, "The two sides will hold talks on Monday at the border.", "Monday", "2018-12-24", "2018-12-24", "2018-12-24"),
    Case(FRI, "The Unification Ministry said Wednesday that it approved the shipment.", "Wednesday", "2018-12-19", "2018-12-19", "2018-12-19"),
    Case(FRI, "Exports rose last week, according to preliminary data.", "last week", "2018-W50", "2018-12-10", "2018-12-16"),
    Case(FRI, "Moon will visit Pyongyang next week.", "next week", "2018-W52", "2018-12-24", "2018-12-30"),
    Case(FRI, "Lawmakers are debating the bill this week.", "this week", "2018-W51", "2018-12-17", "2018-12-23"),
    Case(FRI, "At a forum hosted by the agency earlier this week, experts gathered.", "earlier this week", "2018-W51", "2018-12-17", "2018-12-23"),
    Case(FRI, "Prices fell 0.3 percent last month.", "last month", "2018-11", "2018-11-01", "2018-11-30"),
    Case(FRI, "The law takes effect next month.", "next month", "2019-01", "2019-01-01", "2019-01-31"),
    Case(FRI, "Rail inspections began this month.", "this month", "2018-12", "2018-12-01", "2018-12-31"),
    Case(FRI, "The complex was reopened briefly last year.", "last year", "2017", "2017-01-01", "2017-12-31"),
    Case(FRI, "The rail link could be built next year.", "next year", "2019", "2019-01-01", "2019-12-31"),
    Case(FRI, "Three summits have been held this year.", "this year", "2018", "2018-01-01", "2018-12-31"),
    Case(FRI, "Kim may visit Seoul early next year, officials said.", "early next year", "2019", "2019-01-01", "2019-05-01"),
    Case(FRI, "The complex was shut down two years ago.", "two years ago", "2016", "2016-01-01", "2016-12-31"),
    Case(FRI, "The fishing boat went missing three days ago.", "three days ago", "2018-12-18", "2018-12-18", "2018-12-18"),
    Case(FRI, "The same offer was rejected a week ago.", "a week ago", "2018-W50", "2018-12-10", "2018-12-16"),
    Case(FRI, "The survey was conducted two months ago.", "two months ago", "2018-10", "2018-10-01", "2018-10-31"),
    Case(FRI, "The team will return in two weeks, the coach said.", "in two weeks", "2019-W01", "2018-12-31", "2019-01-06"),
    Case(FRI, "Cherry blossoms bloomed early this spring.", "early this spring", "2018-SP", "2018-03-01", "2018-03-30"),
    Case(FRI, "“We are going back to Kaeseong in spring,” Kim said.", "spring", "2019-SP", "2019-03-01", "2019-05-31"),
    Case(FRI, "The firms pulled out in spring after the dispute.", "spring", "2018-SP", "2018-03-01", "2018-05-31"),
    # a day after "for", "by" or "until" with a past verb: the nearer one (TUE is a Tuesday)
    Case(TUE, "The city issued the alert on Tuesday and extended it to two more counties for Wednesday.", "Wednesday", "2020-06-17", "2020-06-17", "2020-06-17"),
    Case(TUE, "The highway was closed until Monday, police said.", "Monday", "2020-06-15", "2020-06-15", "2020-06-15"),
    # a month before its noun after "the"; a season opening a sentence before its verb
    Case(FRI, "Arrivals would reach 4 million if the June flights went ahead, she said.", "June", "2019-06", "2019-06-01", "2019-06-30"),
    Case(FRI, "Rivals campaigned hard before the March election.", "March", "2018-03", "2018-03-01", "2018-03-31"),
    Case(FRI, "“Summer will tell us whether the idea works,” Ko said.", "Summer", "2019-SU", "2019-06-01", "2019-08-31"),
    # an article and an adjective before a season that is no verb; "whether to" looks ahead
    Case(FRI, "The outbreaks come after a mild autumn delayed the migrating birds.", "autumn", "2018-FA", "2018-09-01", "2018-11-30"),
    Case(FRI, "The farmer has not decided whether to restock in the spring.", "spring", "2019-SP", "2019-03-01", "2019-05-31"),
    Case(FRI, "Record heat hit the peninsula last summer.", "last summer", "2018-SU", "2018-06-01", "2018-08-31"),
    Case(FRI, "Seoul will host the forum next spring.", "next spring", "2019-SP", "2019-03-01", "2019-05-31"),
    Case(FRI, "Heating costs will rise this winter.", "this winter", "2018-WI", "2018-12-01", "2019-02-28"),
    Case(FRI, "Elections are due in the spring of 2020.", "spring of 2020", "2020-SP", "2020-03-01", "2020-05-31"),
    Case(FRI, "The harvest failed in the fall, aid groups said.", "fall", "2018-FA", "2018-09-01", "2018-11-30"),
    Case(FRI, "The ministry will unveil the plan later this month.", "later this month", "2018-12", "2018-12-01", "2018-12-31"),
    Case(FRI, "He met the envoy last Monday in Seoul.", "last Monday", "2018-12-17", "2018-12-17", "2018-12-17"),
    Case(FRI, "The court will rule next Tuesday.", "next Tuesday", "2018-12-25", "2018-12-25", "2018-12-25"),
    Case(FRI, "The rally is scheduled for this Sunday.", "this Sunday", "2018-12-23", "2018-12-23", "2018-12-23"),
    Case(FRI, "Fans will gather at the stadium this weekend.", "this weekend", "2018-W51-WE", "2018-12-22", "2018-12-23"),
    Case(FRI, "Thousands marched in Seoul last weekend.", "last weekend", "2018-W50-WE", "2018-12-15", "2018-12-16"),
    Case(MON, "The talks in Hanoi collapsed last week.", "last week", "2019-W09", "2019-02-25", "2019-03-03"),
    Case(MON, "The envoy arrived on Friday for the talks.", "Friday", "2019-03-01", "2019-03-01", "2019-03-01"),
    Case(MON, "The envoy will arrive on Friday for the talks.", "Friday", "2019-03-08", "2019-03-08", "2019-03-08"),
    Case(MON, "Fine dust levels soared in Seoul today.", "today", "2019-03-04", "2019-03-04", "2019-03-04"),
    Case(NYC, "The governor said Sunday that the curfew would be lifted.", "Sunday", "2020-06-14", "2020-06-14", "2020-06-14"),
    Case(NYC, "Stores reopened last month in the city.", "last month", "2020-05", "2020-05-01", "2020-05-31"),
    Case(NYC, "The city entered its second phase this week.", "this week", "2020-W25", "2020-06-15", "2020-06-21"),
    Case(JAN, "The ministry said last week that it was ready.", "last week", "2016-W52", "2016-12-26", "2017-01-01"),
    Case(JAN, "Exports grew last year for the first time since 2014.", "last year", "2016", "2016-01-01", "2016-12-31"),
    Case(JAN, "In December, the parliament impeached the president.", "December", "2016-12", "2016-12-01", "2016-12-31"),
    Case(FRI, "The fire broke out this morning at a factory in Incheon.", "this morning", "2018-12-21TMO", "2018-12-21", "2018-12-21"),
    Case(FRI, "North Korea fired artillery last night near the border.", "last night", "2018-12-20TNI", "2018-12-20", "2018-12-20"),
    Case(FRI, "The president will address the nation tonight.", "tonight", "2018-12-21TNI", "2018-12-21", "2018-12-21"),
    Case(FRI, "Police arrested the suspect yesterday afternoon.", "yesterday afternoon", "2018-12-20TAF", "2018-12-20", "2018-12-20"),
    Case(FRI, "The vessel docked Monday morning at Donghae port.", "Monday morning", "2018-12-17TMO", "2018-12-17", "2018-12-17"),
    # "as planned" tells no tense; "as early as" looks ahead
    Case(FRI, "Moon said the session would open on Monday as planned.", "Monday", "2018-12-24", "2018-12-24", "2018-12-24"),
    Case(FRI, "The bill could pass as early as Wednesday night.", "Wednesday night", "2018-12-26TNI", "2018-12-26", "2018-12-26"),
    # "planned to" looks ahead; "than-expected" tells no tense; a verb after "and" is another's
    Case(FRI, "He told reporters he planned to come back to the region in January.", "January", "2019-01", "2019-01-01", "2019-01-31"),
    Case(FRI, "Rival Daewon reported weaker-than-expected earnings on Dec. 8.", "Dec. 8", "2018-12-08", "2018-12-08", "2018-12-08"),
    Case(FRI, "Daewon began mass production in July and expects sales to double.", "July", "2018-07", "2018-07-01", "2018-07-31"),
    # a verb in a clause of its own after the date does not date it
    Case(FRI, "The board will decide before the annual shareholders' meeting on Jan. 27 whether Kim keeps his seat as a registered director.", "Jan. 27", "2019-01-27", "2019-01-27", "2019-01-27"),
    # "run until" looks ahead; a past verb before "until" leaves the nearest reading
    Case(FRI, "Applications opened Monday and run until Jan. 5.", "Jan. 5", "2019-01-05", "2019-01-05", "2019-01-05"),
    Case(FRI, "The city banned outdoor burning until Jan. 31.", "Jan. 31", "2019-01-31", "2019-01-31", "2019-01-31"),
    # "the same period last year": the quarter or month in focus, a year before
    Case(FRI, "Profit for the third quarter rose 20 percent from the same period last year.", "the same period last year", "2017-Q3", "2017-07-01", "2017-09-30"),
    Case(FRI, "Sales rose 5 percent from the same period last year.", "the same period last year", "2017", "2017-01-01", "2017-12-31"),
    # a fronted year phrase gives the sentence's year-less dates their year
    Case(FRI, "Last year, fires that started in late March burned 99,000 hectares.", "late March", "2017-03", "2017-03-22", "2017-03-31"),
    Case(FRI, "In 2016, the two leaders met on Feb. 27 in Hanoi.", "Feb. 27", "2016-02-27", "2016-02-27", "2016-02-27"),
    # a speech verb after a direct quote does not date the words inside it
    Case(FRI, "“Families do not get the money in January,” Kim said.", "January", "2019-01", "2019-01-01", "2019-01-31"),
]
# fmt: on

# fmt: off
ANCHORED = [
    Case(FRI, "Kim met Moon on Dec. 17. He had said 48 hours earlier that he would come.", "48 hours earlier", "2018-12-15", "2018-12-15", "2018-12-15"),
    Case(FRI, "The rally was held in late October. Police said 48 hours earlier that it was banned.", "48 hours", "PT48H", None, None),
    Case(FRI, "The missile was launched on July 4, 2017. The following day, Seoul held drills.", "The following day", "2017-07-05", "2017-07-05", "2017-07-05"),
    Case(FRI, "The talks collapsed on Feb. 28, 2019. Two days later, the allies scrapped the drills.", "Two days later", "2019-03-02", "2019-03-02", "2019-03-02"),
    Case(FRI, "The forum opened on Dec. 17. Officials had arrived the previous day.", "the previous day", "2018-12-16", "2018-12-16", "2018-12-16"),
    Case(FRI, "In September, Moon visited Pyongyang. The same month, the leaders climbed Mount Paektu.", "The same month", "2018-09", "2018-09-01", "2018-09-30"),
    Case(FRI, "The complex closed in 2016. A year earlier, it had employed 55,000 workers.", "A year earlier", "2015", "2015-01-01", "2015-12-31"),
    Case(FRI, "Trump met Kim on June 12, 2018. The next day, he declared the threat over.", "The next day", "2018-06-13", "2018-06-13", "2018-06-13"),
    Case(FRI, "The leaders met on April 27, 2018. That day, they planted a tree.", "That day", "2018-04-27", "2018-04-27", "2018-04-27"),
    Case(FRI, "The summit opened on Sept. 18. The week before, an advance team had arrived.", "The week before", "2018-W37", "2018-09-10", "2018-09-16"),
    Case(FRI, "The university was founded in 2010. The following year, it admitted students.", "The following year", "2011", "2011-01-01", "2011-12-31"),
    Case(FRI, "The rules changed in January 2018. Three months later, the first firms left.", "Three months later", "2018-04", "2018-04-01", "2018-04-30"),
    Case(FRI, "The ship sank on April 16, 2014. The previous week, its owner had been warned.", "The previous week", "2014-W15", "2014-04-07", "2014-04-13"),
    Case(FRI, "Kim arrived in Beijing on March 26, 2018. That night, he dined with Xi.", "That night", "2018-03-26TNI", "2018-03-26", "2018-03-26"),
    # after a span of days, "later" counts from its last day and "earlier" from its first
    Case(FRI, "The drills ran Aug. 20-31. Two days later, the North fired a missile.", "Two days later", "2018-09-02", "2018-09-02", "2018-09-02"),
    Case(FRI, "The drills ran Aug. 20-31. Two days earlier, the North had warned Seoul.", "Two days earlier", "2018-08-18", "2018-08-18", "2018-08-18"),
    Case(FRI, "The talks ended Nov. 5-7. The following day, both sides issued statements.", "The following day", "2018-11-08", "2018-11-08", "2018-11-08"),
    # "that year" is the year of the date in focus
    Case(FRI, "He was convicted in 2015 and pardoned in August that year.", "August that year", "2015-08", "2015-08-01", "2015-08-31"),
    Case(FRI, "The plant opened in 2009 and was expanded on Oct. 5 that year.", "Oct. 5 that year", "2009-10-05", "2009-10-05", "2009-10-05"),
    # a year between is background: the day in focus is still the last day mentioned
    Case(FRI, "The court convicted him on Tuesday. He was first charged in 2016. His lawyers appealed the following day.", "the following day", "2018-12-19", "2018-12-19", "2018-12-19"),
]
# fmt: on

# fmt: off
TIMES = [
    Case(FRI, "The JCS detected the launch at around 10:15 a.m.\n\nThe launch came on Dec. 17, 2017, officials said.", "10:15 a.m.", "2018-12-21T10:15", "2018-12-21", "2018-12-21"),
    Case(FRI, "PUBLISHED : December 21, 2018 - 13:47", "December 21, 2018 - 13:47", "2018-12-21T13:47", "2018-12-21", "2018-12-21"),
    Case(FRI, "The meeting is set for 3 p.m. on Dec. 27.", "3 p.m. on Dec. 27", "2018-12-27T15:00", "2018-12-27", "2018-12-27"),
    # British pages: a dotted clock, and a time before a day-first date with its year
    Case(FRI, "The fire broke out at around 10.30am on Friday.", "10.30am on Friday", "2018-12-21T10:30", "2018-12-21", "2018-12-21"),
    Case(FRI, "Published: 6:15pm, 12 May 2018", "6:15pm, 12 May 2018", "2018-05-12T18:15", "2018-05-12", "2018-05-12"),
    # "0:00 a.m." is midnight, as Japanese pages print the start of a day
    Case(FRI, "The launch window opens at 0:00 a.m. on Dec. 27, Japan time.", "0:00 a.m. on Dec. 27", "2018-12-27T00:00", "2018-12-27", "2018-12-27"),
    Case(FRI, "The quake struck at 10:30 a.m. yesterday.", "10:30 a.m. yesterday", "2018-12-20T10:30", "2018-12-20", "2018-12-20"),
    Case(FRI, "Lawmakers will vote at noon.", "noon", "2018-12-21T12:00", "2018-12-21", "2018-12-21"),
    Case(FRI, "The train arrived at 7 a.m. Monday.", "7 a.m. Monday", "2018-12-17T07:00", "2018-12-17", "2018-12-17"),
    Case(FRI, "The launch was detected at 9:30 p.m. local time.", "9:30 p.m. local time", "2018-12-21T21:30", "2018-12-21", "2018-12-21"),
    Case(FRI, "The ban takes effect at midnight.", "midnight", "2018-12-21T00:00", "2018-12-21", "2018-12-21"),
    Case(NYC, "The curfew begins at 8 p.m. on Tuesday.", "8 p.m. on Tuesday", "2020-06-16T20:00", "2020-06-16", "2020-06-16"),
    Case(FRI, "The missile was fired at 6:57 a.m. KST on Nov. 29, 2017.", "6:57 a.m. KST on Nov. 29, 2017", "2017-11-29T06:57", "2017-11-29", "2017-11-29"),
]
# fmt: on

# fmt: off
DURATIONS = [
    Case(FRI, "The launch came a day after Pyongyang fired a cruise missile.", "a day", "P1D", None, None),
    Case(FRI, "Kim served as chairman for three years.", "three years", "P3Y", None, None),
    Case(FRI, "He spent a decade in a labor camp.", "a decade", "P10Y", None, None),
    Case(FRI, "Moon is serving a single five-year term.", "five-year", "P5Y", None, None),
    Case(FRI, "The workers were detained for 18 months.", "18 months", "P18M", None, None),
    # "later" with no date in focus counts from an undated event, not from publication
    Case(FRI, "The rival bid would have delivered its first vehicles about 18 months later.", "about 18 months", "P18M", None, None),
    Case(FRI, "The first unit is due in 2033, with the second following about 18 months later.", "about 18 months", "P18M", None, None),
    Case(FRI, "Exports have fallen over the past two years.", "the past two years", "P2Y", "2016-12-21", "2018-12-21"),
    Case(FRI, "Police said the suspect would be questioned within 24 hours.", "24 hours", "PT24H", None, None),
    Case(FRI, "The two sides have argued over the issue for years.", "years", "PXY", None, None),
    Case(FRI, "Home prices doubled over the past decade.", "the past decade", "P10Y", "2008-12-21", "2018-12-21"),
    Case(FRI, "The plan sets targets for the next five years.", "the next five years", "P5Y", "2018-12-21", "2023-12-21"),
    Case(FRI, "Lee began a two-week visit to Europe.", "two-week", "P2W", None, None),
    Case(FRI, "The ban will last for 30 days.", "30 days", "P30D", None, None),
    Case(FRI, "The standoff lasted about three hours.", "about three hours", "PT3H", None, None),
    Case(FRI, "The dispute has dragged on for more than two decades.", "more than two decades", "P20Y", None, None),
    Case(FRI, "Union workers stayed on strike for over 40 days.", "over 40 days", "P40D", None, None),
    Case(FRI, "The two sides last met more than a year ago.", "more than a year ago", "2017", "2017-01-01", "2017-12-31"),
    Case(FRI, "The rescue took 2 hours and 10 minutes.", "2 hours and 10 minutes", "PT2H10M", None, None),
    Case(FRI, "He served two years and six months in prison.", "two years and six months", "P2Y6M", None, None),
    Case(FRI, "Talks stalled for two decades after the crisis.", "two decades", "P20Y", None, None),
    Case(FRI, "Prices rose in the past week, traders said.", "the past week", "P1W", "2018-12-14", "2018-12-21"),
    Case(FRI, "A delay of more than a week would hurt exporters.", "more than a week", "P1W", None, None),
    Case(FRI, "Exports have shrunk for four straight years.", "four straight years", "P4Y", None, None),
    Case(FRI, "The index fell for 18 consecutive months.", "18 consecutive months", "P18M", None, None),
    Case(FRI, "Rescuers searched the ridge for two full days.", "two full days", "P2D", None, None),
    Case(FRI, "The refit will take about three-and-a-half years.", "about three-and-a-half years", "P3Y6M", None, None),
    Case(FRI, "Talks ran for two and a half months before the deal.", "two and a half months", "P2M15D", None, None),
    Case(FRI, "The inquiry took a year and a half.", "a year and a half", "P1Y6M", None, None),
    Case(FRI, "The flight lasted an hour and a half.", "an hour and a half", "PT1H30M", None, None),
    Case(FRI, "Gyeongju was the capital for nearly a thousand years.", "nearly a thousand years", "P1000Y", None, None),
    Case(FRI, "The feud ran for a dozen years.", "a dozen years", "P12Y", None, None),
    Case(FRI, "He must serve six more months before his release.", "six more months", "P6M", None, None),
    Case(FRI, "The match is on Boxing Day.", "Boxing Day", "2018-12-26", "2018-12-26", "2018-12-26"),
    Case(FRI, "The hearing lasted 2 1/2 hours.", "2 1/2 hours", "PT2H30M", None, None),
    Case(FRI, "The ferry was stuck at sea for 1½ days.", "1½ days", "P1DT12H", None, None),
    Case(FRI, "The strike lasted half a year.", "half a year", "P6M", None, None),
]
# fmt: on

# fmt: off
SETS = [
    Case(FRI, "Families meet every Monday at the center.", "every Monday", "XXXX-WXX-1", None, None),
    Case(FRI, "The allies hold large drills twice a year.", "twice a year", "P1Y", None, None),
    Case(FRI, "The census is held every two years.", "every two years", "P2Y", None, None),
    Case(FRI, "The festival is held annually in Busan.", "annually", "P1Y", None, None),
    Case(FRI, "Each year, thousands of tourists visit the DMZ.", "Each year", "P1Y", None, None),
    Case(FRI, "The market is closed on Sundays.", "Sundays", "XXXX-WXX-7", None, None),
    Case(FRI, "The island floods every summer.", "every summer", "XXXX-SU", None, None),
    Case(FRI, "Officials check the gauges every day.", "every day", "P1D", None, None),
]
# fmt: on

# fmt: off
REFERENCES = [
    Case(FRI, "Efforts to transform Kaeseong should start now.", "now", "PRESENT_REF", "2018-12-21", "2018-12-21"),
    Case(FRI, "About 1,000 workers are currently employed there.", "currently", "PRESENT_REF", "2018-12-21", "2018-12-21"),
    Case(FRI, "The border has recently become quieter.", "recently", "PAST_REF", None, "2018-12-21"),
    Case(FRI, "Such talks may resume in the future.", "in the future", "FUTURE_REF", "2018-12-21", None),
    Case(FRI, "Defections have fallen in recent years.", "in recent years", "PAST_REF", None, "2018-12-21"),
    Case(FRI, "A decision is expected soon, the ministry said.", "soon", "FUTURE_REF", "2018-12-21", None),
    Case(FRI, "These days, few tourists visit the resort.", "These days", "PRESENT_REF", "2018-12-21", "2018-12-21"),
]
# fmt: on

# fmt: off
HOLIDAYS = [
    Case(FRI, "Families will gather on Christmas Day across the country.", "Christmas Day", "2018-12-25", "2018-12-25", "2018-12-25"),
    Case(FRI, "Moon spoke of peace on Liberation Day.", "Liberation Day", "2018-08-15", "2018-08-15", "2018-08-15"),
    Case(FRI, "Kim will deliver a speech on New Year's Day.", "New Year's Day", "2019-01-01", "2019-01-01", "2019-01-01"),
    Case(FRI, "The shops stayed open on Christmas Eve 2017.", "Christmas Eve 2017", "2017-12-24", "2017-12-24", "2017-12-24"),
]
# fmt: on

# fmt: off
ZONES = [
    Case("2018-12-21T01:00:00+09:00", "The ministry said today that talks would resume.", "today", "2018-12-21", "2018-12-21", "2018-12-21"),
    Case("2018-12-20T23:30:00-05:00", "The White House said today that talks would resume.", "today", "2018-12-20", "2018-12-20", "2018-12-20"),
    Case("2019-01-01T00:30:00+09:00", "Fireworks lit up the sky yesterday.", "yesterday", "2018-12-31", "2018-12-31", "2018-12-31"),
    Case("2018-12-31T20:00:00-08:00", "Officials said Monday that the plan was ready.", "Monday", "2018-12-31", "2018-12-31", "2018-12-31"),
]
# fmt: on

# fmt: off
UNPUBLISHED = [
    Case(None, "In September, Moon visited Pyongyang.", "September", "XXXX-09", None, None),
    Case(None, "The two sides held talks on Monday.", "Monday", "XXXX-WXX-1", None, None),
    Case(None, "Experts met on Dec. 17 in Seoul.", "Dec. 17", "XXXX-12-17", None, None),
    Case(None, "The park closed in 2016.", "2016", "2016", "2016-01-01", "2016-12-31"),
    Case(None, "Exports grew last year.", "last year", "XXXX", None, None),
    Case(None, "“We are going back to Kaeseong in spring,” Kim said.", "spring", "XXXX-SP", None, None),
    Case(None, "Efforts should start now.", "now", "PRESENT_REF", None, None),
]
# fmt: on

# fmt: off
SPEECH = [
    # a date between a speech verb and its reported clause tells when the words were said
    Case(FRI, "Kim said in a New Year's speech in January that his country would test no more missiles.", "January", "2018-01", "2018-01-01", "2018-01-31"),
    Case(FRI, "\"We will never give up,\" the coach told reporters in an interview on Monday.", "Monday", "2018-12-17", "2018-12-17", "2018-12-17"),
    Case(FRI, "The ministry said Wednesday that it will ease the rules next year.", "Wednesday", "2018-12-19", "2018-12-19", "2018-12-19"),
    Case(FRI, "\"The plant would reopen,\" the minister said in parliament on Tuesday.", "Tuesday", "2018-12-18", "2018-12-18", "2018-12-18"),
    Case(FRI, "The company said in a filing in October that it would cut jobs.", "October", "2018-10", "2018-10-01", "2018-10-31"),
    # after the reported clause begins, the clause's own tense decides
    Case(FRI, "Officials said the talks would resume in March.", "March", "2019-03", "2019-03-01", "2019-03-31"),
    Case(FRI, "Officials said the summit in February will be held in Hanoi.", "February", "2019-02", "2019-02-01", "2019-02-28"),
    Case(FRI, "The envoy said on Thursday that a joint survey could start in spring.", "spring", "2019-SP", "2019-03-01", "2019-05-31"),
    # a duration before "earlier this month" is a duration, not "18 days earlier"
    Case(FRI, "The strike, which lasted 18 days earlier this month, cost the firm dearly.", "18 days", "P18D", None, None),
    Case(FRI, "The strike, which lasted 18 days earlier this month, cost the firm dearly.", "earlier this month", "2018-12", "2018-12-01", "2018-12-31"),
    Case(FRI, "Rescuers searched for three weeks last year before they gave up.", "three weeks", "P3W", None, None),
    # a month and day with a relative year, and a half of the year in focus
    Case(FRI, "The general election will be held on April 10 next year.", "April 10 next year", "2019-04-10", "2019-04-10", "2019-04-10"),
    Case(FRI, "Chip prices fell in the second half of the year.", "the second half of the year", "2018-H2", "2018-07-01", "2018-12-31"),
]
# fmt: on

ALL = (
    SPEECH
    + ABSOLUTE
    + RANGES
    + MONTHS_AND_YEARS
    + RELATIVE
    + ANCHORED
    + TIMES
    + DURATIONS
    + SETS
    + REFERENCES
    + HOLIDAYS
    + ZONES
    + UNPUBLISHED
)


@pytest.mark.parametrize("case", ALL, ids=[f"{c.span}|{c.text[:40]}" for c in ALL])
def test_expression(case: Case) -> None:
    check(case)


# fmt: off
NOT_DATES = [
    ("The allies plan a second round of talks.", "second"),
    ("Call the embassy at +82 2010-2015-86 for visas.", "2010"),
    ("The form listed code 2015-32 as invalid.", "2015"),
    ("June Lee, a researcher at the Sejong Institute, said talks would resume.", "June"),
    ("April Kim, 34, a teacher in Daegu, lost her job.", "April"),
    ("The leaders plan to meet in the first week of March.", "first week"),
    ("The Seoul Lantern Festival drew crowds; the December Group sponsored it.", "December"),
    ("It may take some time to see any tangible changes.", "may"),
    ("Thousands march on the capital every weekend.", "march"),
    ("The company will invest 45 billion won in a second plant in Naju.", "a second"),
    ("Farmers stocked up on winter clothes and a new spring wheat seed.", "spring"),
    ("Thousands joined the March for Life, and the May Queen was crowned.", "March"),
    ("Thousands joined the March for Life, and the May Queen was crowned.", "May"),
    ("Summer is hot in Daegu.", "Summer"),
    ("Theresa May said Britain would leave.", "May"),
    ("Officials said 2,016 people were evacuated.", "2,016"),
    ("Troops crossed the 38th parallel in June.", "38th"),
    ("The figure appears on page 2016 of the report.", "2016"),
    ("Bloody Sunday is remembered in Derry.", "Sunday"),
    ("The Sunday Times reported the deal.", "Sunday"),
    ("USA Today reported the figures.", "Today"),
    ("The Arab Spring uprisings toppled leaders.", "Spring"),
    ("About 1950 soldiers died in the battle.", "1950"),
    ("The 5-year-old boy was rescued.", "5-year"),
    ("The suspect is 63 years old.", "63 years"),
    ("Seoul won a 3-2 victory over Tokyo.", "3-2"),
    ("The fall of Saigon ended the war.", "fall"),
    ("Prices will fall sharply.", "fall"),
    ("Hot spring water flows from the rocks.", "spring"),
    ("Room 1204 was locked.", "1204"),
    ("Kim Jong-un may hold talks.", "may"),
    ("Lee Sun-hee sang at the event.", "Sun"),
    ("The critic said the actor carries the second half of the film.", "second half"),
    ("Son scored twice in the first half of the match.", "first half"),
    ("The club conceded in the final quarter of the game.", "final quarter"),
    ("Families will be reunited as soon as the talks end.", "soon"),
]
# fmt: on


@pytest.mark.parametrize(("text", "word"), NOT_DATES)
def test_not_a_date(text: str, word: str) -> None:
    found = dates(text, FRI)
    at = text.index(word)
    assert not any(s < at + len(word) and at < e for s, e in found), sorted(text[s:e] for s, e in found)


def test_every_date_of_a_story_in_order() -> None:
    text = (
        "SEOUL, Dec. 21 (Yonhap) -- South Korea will send a team to the North next week, "
        "officials said Friday. The two Koreas held a groundbreaking ceremony on Wednesday, "
        "three months after their leaders agreed in September to link their railways by the end of the year."
    )
    found = dates(text, FRI)
    got = [(text[s:e], found[(s, e)].get("value")) for s, e in sorted(found)]
    assert got == [
        ("Dec. 21", "2018-12-21"),
        ("next week", "2018-W52"),
        ("Friday", "2018-12-21"),
        ("Wednesday", "2018-12-19"),
        ("three months", "P3M"),
        ("September", "2018-09"),
        ("the end of the year", "2018"),
    ]


def test_mentions_carry_anchor_type_and_priority() -> None:
    article = newsfacts.Article(
        text="Kim met Moon on April 27, 2018. The next day, talks resumed. They meet every Monday.",
        published=newsfacts.parse_published(FRI),
    )
    mentions = {m.text: m for m in newsfacts_dates.newsfacts_find_mentions(article)}
    assert mentions["April 27, 2018"].data == newsfacts.DateData(
        value="2018-04-27", start="2018-04-27", end="2018-04-27", anchor=None
    )
    assert mentions["The next day"].data.anchor == "date"  # type: ignore[union-attr]
    assert mentions["every Monday"].data.timex_type == "SET"  # type: ignore[union-attr]
    assert all(m.priority == newsfacts_dates.PRIORITY and m.key == m.data.value for m in mentions.values())  # type: ignore[union-attr]


def test_same_value_mentions_are_one_entity() -> None:
    text = "Talks are underway now. Kaeseong should open now, experts said."
    entities = list(EXTRACTOR.extract(text, published=FRI).of_kind("date"))
    assert len(entities) == 1
    assert [m.text for m in entities[0].mentions] == ["now", "now"]


def test_dates_win_over_quantities_on_years(full: newsfacts.Extractor) -> None:
    text = "The park closed in 2016, when 125 companies operated there."
    facts = full.extract(text, published=FRI)
    years = [e for e in facts.entities if any(m.text == "2016" for m in e.mentions)]
    assert [e.kind for e in years] == ["date"]


def test_users_extend_the_tables_from_their_own_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path
    (folder / "holidays.tsv").write_text("# our own\nArmed Forces Day\t10-01\n", encoding="utf-8")
    text = "Troops paraded in Seoul on Armed Forces Day."
    assert not dates(text, FRI)
    monkeypatch.setenv("NEWSFACTS_DATES_DATA", str(folder))
    newsfacts_dates.reload()
    try:
        found = dates(text, FRI)
        assert [(text[s:e], x.get("value")) for (s, e), x in found.items()] == [
            ("Armed Forces Day", "2018-10-01")
        ]
    finally:
        monkeypatch.delenv("NEWSFACTS_DATES_DATA")
        newsfacts_dates.reload()
    assert not dates(text, FRI)


def test_later_counts_from_a_date_in_its_own_paragraph_only() -> None:
    # A day mentioned paragraphs before is not what "18 months later" counts from.
    filler = "The panel weighed cost, local content and the schedule of each bid. " * 7
    text = (
        "The Army announced its choice on Monday.\n\n"
        + filler
        + "\n\nThe rival bid would have delivered its first vehicles about 18 months later.\n"
    )
    found = {text[s:e]: ent.get("value") for (s, e), ent in dates(text, FRI).items()}
    assert found["about 18 months"] == "P18M"
    near = "The Army announced its choice on Monday. Two days later, the rival bid was withdrawn.\n"
    assert {near[s:e]: ent.get("value") for (s, e), ent in dates(near, FRI).items()}[
        "Two days later"
    ] == "2018-12-19"
