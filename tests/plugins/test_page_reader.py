"""The page reader on scraped pages (Korea Herald, Yonhap, Korea Times, AP wire layouts) and on HTML.

The pages in ``pages/`` were written for these tests in the layouts of those outlets.
"""

from __future__ import annotations

import io
import json
import time
from collections.abc import Iterable, Iterator
from datetime import datetime
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newsfacts
import newsfacts_page_reader as reader
from newsfacts import Article, Extractor, Mention, RawDocument, hookimpl
from newsfacts.cli import main
from newsfacts_page_reader import _html

PAGES = Path(__file__).parent / "pages"


def page(name: str) -> str:
    return (PAGES / name).read_text(encoding="utf-8")


def read(text: str | bytes, **kwargs: object) -> Article:
    """Run the reading stage with the page reader alone."""
    extractor = Extractor(bundled=False, autoload=False, plugins=[reader])
    return extractor.read(text, **kwargs)  # type: ignore[arg-type]


def regions(article: Article, kind: str) -> list[str]:
    return [article.text[r.start : r.end] for r in article.regions_of(kind)]


def chrome(article: Article) -> list[str]:
    return regions(article, "chrome")


# --------------------------------------------------------------------------- Korea Herald layout


def test_herald_page_gives_headline_time_in_kst_author_outlet_and_section() -> None:
    text = page("herald_like.txt")
    a = read(text)
    assert a.text == text
    assert a.title == "Chipmakers brace for slower spring as export orders cool"
    assert a.published == datetime.fromisoformat("2019-02-14T17:05:00+09:00")
    assert a.published.utcoffset().total_seconds() == 9 * 3600  # type: ignore[union-attr]
    assert a.meta["updated"] == "2019-02-14T18:20:00+09:00"
    assert a.authors == ("Shin Ji-hye",)
    assert a.meta["author_emails"] == ("shinjh@heraldcorp.com",)
    assert a.outlet == "The Korea Herald"
    assert a.section == "Business & Industry"


def test_herald_crawl_date_above_the_headline_is_chrome_not_the_publication_time() -> None:
    a = read(page("herald_like.txt"))
    assert "March 3, 2025" in chrome(a)
    assert a.published is not None and a.published.year == 2019


def test_herald_chrome_covers_menus_share_buttons_kicker_and_picks_but_not_byline_or_caption() -> None:
    a = read(page("herald_like.txt"))
    marked = chrome(a)
    for furniture in (
        "주메뉴 바로가기",
        "검색폼",
        "폰트크게",
        "facebook",
        "sms",
        "print",
        "[Herald Interview]",
    ):
        assert furniture in marked
    assert "EDITOR'S PICKS" in marked
    assert "Won hits two-week low against dollar" in marked
    assert regions(a, "byline") == ["By Shin Ji-hye (shinjh@heraldcorp.com)"]
    assert regions(a, "caption") == [
        "Workers inspect wafers at a plant in Icheon, Gyeonggi Province, on Feb. 12."
    ]
    assert regions(a, "credit") == ["Lee Sang-sub/The Korea Herald"]
    skipped = a.regions_of("chrome")
    for kept in (*a.regions_of("byline"), *a.regions_of("caption"), *a.regions_of("headline")):
        assert not any(c.start < kept.end and kept.start < c.end for c in skipped)


class WordSpotter:
    """A throwaway extraction plugin: proposes a mention for each listed word wherever it stands."""

    name = "word_spotter"

    def __init__(self, words: Iterable[str]) -> None:
        self.words = tuple(words)

    @hookimpl
    def newsfacts_find_mentions(self, article: Article) -> Iterator[Mention]:
        for word in self.words:
            at = article.text.find(word)
            while at >= 0:
                yield Mention.of(article, at, at + len(word), "thing", key=word)
                at = article.text.find(word, at + 1)


def test_pipeline_drops_mentions_in_chrome_and_keeps_those_in_byline_caption_and_body() -> None:
    text = page("herald_like.txt")
    spotter = WordSpotter(
        ["facebook", "Korea Herald", "Shin Ji-hye", "Icheon", "Samsung Electronics", "tech rally"]
    )
    facts = Extractor(bundled=False, autoload=False, plugins=[reader, spotter]).extract(text)
    found = {e.name: [m.start for m in e.mentions] for e in facts.entities}
    assert "facebook" not in found and "tech rally" not in found
    assert found["Korea Herald"] == [text.index("Lee Sang-sub/The Korea Herald") + len("Lee Sang-sub/The ")]
    assert found["Shin Ji-hye"] == [text.index("By Shin Ji-hye") + 3]
    assert found["Icheon"] == [text.index("Icheon")]
    assert found["Samsung Electronics"] == [text.index("Samsung Electronics")]


class PublishedProbe:
    """A throwaway extraction plugin that marks the article's first word with the publication time it saw."""

    name = "published_probe"

    @hookimpl
    def newsfacts_find_mentions(self, article: Article) -> Iterator[Mention]:
        seen = article.published.isoformat() if article.published else "none"
        yield Mention.of(article, 0, 1, "probe", key=seen, name=seen)


def test_the_page_time_reaches_the_extraction_plugins_when_the_caller_gives_none() -> None:
    text = page("herald_like.txt")
    with_reader = Extractor(bundled=False, autoload=False, plugins=[reader, PublishedProbe()]).extract(text)
    assert [e.name for e in with_reader.entities] == ["2019-02-14T17:05:00+09:00"]
    without = Extractor(bundled=False, autoload=False, plugins=[PublishedProbe()]).extract(text)
    assert [e.name for e in without.entities] == ["none"]


def test_caller_published_wins_and_tz_hint_overrides_the_outlet_zone() -> None:
    text = page("herald_like.txt")
    given_time = read(text, published="2019-02-15T09:00+09:00")
    assert given_time.published == datetime.fromisoformat("2019-02-15T09:00+09:00")
    in_new_york = read(text, tz="America/New_York")
    assert in_new_york.published is not None
    assert in_new_york.published.isoformat() == "2019-02-14T17:05:00-05:00"


# --------------------------------------------------------------------------- Yonhap layout


def test_yonhap_page_stamp_under_headline_dateline_author_and_end_mark() -> None:
    text = page("yonhap_like.txt")
    a = read(text)
    assert a.text == text
    # the wire's "(LEAD)" tag is furniture, not part of the headline
    assert a.title == "N. Korea agrees to hold working-level talks at border village"
    assert "(LEAD)" in chrome(a)
    assert a.published == datetime.fromisoformat("2019-01-08T16:55:00+09:00")
    assert a.authors == ("Kim Eun-jung",)
    assert a.outlet == "Yonhap News Agency"
    assert regions(a, "dateline") == ["SEOUL, Jan. 8 (Yonhap) --"]
    dateline = a.meta["dateline"]
    assert (dateline["place"], dateline["date"], dateline["agency"]) == ("Seoul", "2019-01-08", "Yonhap")
    assert text[dateline["start"] : dateline["end"]] == "SEOUL, Jan. 8 (Yonhap) --"
    assert regions(a, "caption") == ["This photo, taken Jan. 7, 2019, shows the truce village of Panmunjom."]
    assert regions(a, "credit") == ["Yonhap"]
    assert "(END)" in chrome(a)
    assert "BTS tops Billboard chart for third week" in chrome(a)
    assert "ejkim@yna.co.kr" in regions(a, "byline")


@pytest.mark.parametrize(
    ("first", "title"),
    [
        (
            "(2nd LD) S. Korea, U.S. to hold talks on tariffs next week",
            "S. Korea, U.S. to hold talks on tariffs next week",
        ),
        (
            "(URGENT) N. Korea fires ballistic missile into East Sea",
            "N. Korea fires ballistic missile into East Sea",
        ),
        ("(News Focus) Why Seoul's housing prices keep climbing", "Why Seoul's housing prices keep climbing"),
        # a bracket that is no wire tag stays in the headline
        ("(Photo) Seoul's first snow", "(Photo) Seoul's first snow"),
    ],
)
def test_a_wire_tag_and_an_editors_note_are_furniture_around_the_headline(first: str, title: str) -> None:
    note = "(ATTN: UPDATES with ministry comments in paras 5-7; ADDS photo)"
    body = (
        "SEOUL, Aug. 3 (Yonhap) -- South Korea and the United States will hold a new round of talks next week, "
        "officials said Sunday, as both sides try to settle a dispute over tariffs."
    )
    text = f"{first}\n\n{note}\n\nBy Kim Eun-jung\n\n{body}\n"
    a = read(text)
    assert a.title == title
    assert note in chrome(a)
    assert a.authors == ("Kim Eun-jung",)
    facts = Extractor(autoload=False).extract(text)
    assert not [
        m
        for e in facts.entities
        for m in e.mentions
        if text.index(note) <= m.start < text.index(note) + len(note)
    ]


def test_an_agency_contributor_line_names_contributors_not_authors() -> None:
    text = (
        "Kim calls alliance with Russia permanent\n\nBy DANIEL HARLOW\n\n"
        "SEOUL, South Korea (AP) — North Korea's leader said the alliance with Russia was a permanent choice, "
        "state media reported Tuesday.\n\n"
        "Associated Press writers Kenji Moriyama in Tokyo and Ellen Voss in Beijing contributed to this report.\n"
    )
    a = read(text)
    assert a.authors == ("Daniel Harlow",)
    assert list(a.meta["contributors"]) == ["Kenji Moriyama", "Ellen Voss"]
    line = "Associated Press writers Kenji Moriyama in Tokyo and Ellen Voss in Beijing contributed to this report."
    assert line in regions(a, "byline")
    # a sentence that merely says someone contributed is prose
    assert "contributors" not in read("Prosecutors said the firm contributed to this report on fraud.\n").meta


def test_a_with_assistance_line_names_contributors() -> None:
    text = (
        "BOK Cuts Rate as Growth Slows\n\nBy Hannah Lister\n\n"
        "The Bank of Korea cut its key rate on Thursday, citing weak exports.\n\n"
        "—With assistance from Jiyoung Choi and Ruth Callahan\n"
    )
    a = read(text)
    assert a.authors == ("Hannah Lister",)
    assert list(a.meta["contributors"]) == ["Jiyoung Choi", "Ruth Callahan"]
    assert "With assistance from Jiyoung Choi and Ruth Callahan" in regions(a, "byline")
    # "with assistance from" inside a sentence is prose
    assert "contributors" not in read("The plant was built with assistance from Japan.\n").meta


# --------------------------------------------------------------------------- Korea Times layout


def test_korea_times_page_subheadline_two_stamps_on_one_line_and_inline_credit() -> None:
    text = page("koreatimes_like.txt")
    a = read(text)
    assert a.title == "Unification ministry pledges help for Kaesong firms"
    assert regions(a, "subheadline") == ["Cho says support package will cover factory equipment losses"]
    assert a.published == datetime.fromisoformat("2019-02-11T16:42:00+09:00")
    assert a.meta["updated"] == "2019-02-11T18:10:00+09:00"
    assert regions(a, "timestamp") == ["Posted : 2019-02-11 16:42", "Updated : 2019-02-11 18:10"]
    assert a.authors == ("Jung Min-ho",)
    assert a.outlet == "The Korea Times"
    assert a.section == "North Korea"
    caption = regions(a, "caption")
    assert caption == [
        "Unification Minister Cho Myoung-gyon speaks during a meeting with business owners in Seoul, Monday."
    ]
    assert regions(a, "credit") == ["Yonhap"]
    assert "Court rules against Japanese steelmaker" in chrome(a)


# --------------------------------------------------------------------------- wire copy and plain prose


def test_wire_story_all_caps_byline_and_ap_dateline_without_a_date() -> None:
    text = page("wire_plain.txt")
    a = read(text)
    assert a.text == text
    assert a.title == "North Korea says it tested new tactical weapon"
    assert a.authors == ("Hyung-jin Kim", "Kim Tong-hyung")
    assert a.outlet == "The Associated Press"
    assert a.published is None  # no time stamp, no outlet zone: nothing is made up
    assert regions(a, "dateline") == ["SEOUL, South Korea (AP) —"]
    assert a.meta["dateline"]["region"] == "South Korea"
    assert "date" not in a.meta["dateline"]


def test_hard_wrapped_paragraphs_are_prose_so_the_header_is_read() -> None:
    # Text kept from a mail or a terminal wraps each paragraph at ~75 columns: no line ends a
    # sentence, but each runs on into the next, so the header above them is still a header.
    text = page("wire_wrapped.txt")
    a = read(text)
    assert a.text == text
    assert a.title == "N. Korea fires short-range ballistic missile into East Sea"
    assert a.authors == ("Kim Soo-yeon",)
    assert a.published is not None and a.published.isoformat() == "2025-03-04T10:21:00+09:00"
    assert regions(a, "dateline") == ["SEOUL, March 4 (Yonhap) --"]


def test_wire_credit_line_gives_reporters_and_writers_as_authors_and_the_rest_to_meta() -> None:
    text = page("wire_credits.txt")
    a = read(text)
    assert a.text == text
    assert a.title == "South Korea, Japan agree to restart finance dialogue after seven-year pause"
    assert a.authors == ("Cynthia Kim", "Takaya Yamaguchi", "Josh Smith")
    assert a.meta["editors"] == ("Simon Cameron-Moore", "Kim Coghill")
    assert a.meta["contributors"] == ("Hyonhee Shin",)  # "Additional reporting by"
    credit_line = text.rstrip("\n").rsplit("\n", 1)[1]
    assert regions(a, "byline") == [credit_line]
    # Filed from two cities: the dateline names both, the first is the place.
    assert regions(a, "dateline") == ["SEOUL/TOKYO, June 29 (Reuters) -"]
    assert a.meta["dateline"]["place"] == "Seoul"
    assert a.meta["dateline"]["places"] == ("Seoul", "Tokyo")
    assert a.outlet == "Reuters"


def test_names_in_a_wire_credit_line_are_extracted_like_a_bylines() -> None:
    # The credit line is a byline region, not chrome: the people it names are mentions.
    text = page("wire_credits.txt")
    spotter = WordSpotter(["Takaya Yamaguchi"])
    facts = Extractor(bundled=False, autoload=False, plugins=[reader, spotter]).extract(text)
    found = {e.name: [m.start for m in e.mentions] for e in facts.entities}
    assert found["Takaya Yamaguchi"] == [text.index("Takaya Yamaguchi")]


@pytest.mark.parametrize(
    ("line", "authors", "editors"),
    [
        (
            "(Reporting by Joyce Lee in Seoul and Ju-min Park in Tokyo; Editing by Ed Davies)",
            ("Joyce Lee", "Ju-min Park"),
            ("Ed Davies",),
        ),
        ("(Reporting by Hyonhee Shin; Writing by Josh Smith)", ("Hyonhee Shin", "Josh Smith"), None),
        ("(Additional reporting by Soo-hyang Choi in Seoul)", (), None),  # a contributor
        ("Reporting by Hyunjoo Jin, editing by Tom Hogue.", ("Hyunjoo Jin",), ("Tom Hogue",)),
        ("(Compiled by Beijing Newsroom; Editing by Lincoln Feast)", (), ("Lincoln Feast",)),
        (
            "[Writing by Jack Kim and Sangmi Cha; Editing by Christopher Cushing]",
            ("Jack Kim", "Sangmi Cha"),
            ("Christopher Cushing",),
        ),
        ("By KIM TONG-HYUNG Associated Press", ("Kim Tong-hyung",), None),
    ],
)
def test_wire_credit_lines_and_ap_bylines(
    line: str, authors: tuple[str, ...], editors: tuple[str, ...] | None
) -> None:
    text = (
        "Exports rise for third month\n\n"
        "South Korea's exports rose for a third straight month in December on strong demand for chips, "
        "data showed on Monday.\n\n"
        f"{line}\n"
    )
    a = read(text)
    assert a.authors == authors
    assert a.meta.get("editors") == editors
    assert regions(a, "byline") == [line]


@pytest.mark.parametrize(
    "line",
    [
        "Reporting by the local press on the talks was sparse, officials in Seoul said on Friday.",
        "Writing by hand is still taught in South Korean primary schools, the education ministry said.",
        "(Reporting by phone from Pyongyang was not possible)",
        "(Editing by Ed Davies; the story was updated)",
    ],
)
def test_sentences_that_start_like_credit_lines_give_no_authors(line: str) -> None:
    text = (
        "Exports rise for third month\n\n"
        "South Korea's exports rose for a third straight month in December on strong demand for chips, "
        "data showed on Monday.\n\n"
        f"{line}\n"
    )
    a = read(text)
    assert a.authors == ()
    assert regions(a, "byline") == []


def test_hook_newsfacts_read_article_passes_on_plain_prose_untouched() -> None:
    text = page("plain_prose.txt")
    assert reader.newsfacts_read_article(raw=RawDocument(data=text)) is None
    a = newsfacts.Extractor(bundled=False, autoload=False, plugins=[reader]).read(text)
    assert a.text == text and a.title is None and a.regions == () and a.authors == ()


@pytest.mark.parametrize(
    "text",
    [
        "Kim said.",
        "By 2030, the government plans to double the number of startups in the industrial park, officials said.",
        "By contrast, exports of cars rose 12.4 percent on-year to $3.9 billion in January, the data showed.",
        "North Korea fired two missiles.\n\nThe launch came a day after the talks ended without a deal.",
        "",
    ],
)
def test_prose_that_only_looks_like_page_parts_is_not_claimed(text: str) -> None:
    assert reader.read_raw(RawDocument(data=text)) is None


# --------------------------------------------------------------------------- grammar tables


def _stamped(stamp: str, outlet: str = "The Korea Herald") -> str:
    return (
        f"{outlet}\n\nTalks on industrial park set to resume next week\n\n{stamp}\n\n"
        "The two Koreas will hold talks on the industrial park next week, officials said on Friday.\n"
    )


@pytest.mark.parametrize(
    ("stamp", "expected"),
    [
        ("PUBLISHED :December 21, 2018 - 13:47", "2018-12-21T13:47:00+09:00"),
        ("Published : Apr 27, 2024 - 15:05", "2024-04-27T15:05:00+09:00"),
        ("Published: 21 Dec. 2018, 19:00", "2018-12-21T19:00:00+09:00"),
        ("Posted on Dec. 21, 2018, 1:47 p.m.", "2018-12-21T13:47:00+09:00"),
        (
            "Updated 3:24 PM GMT+9, December 22, 2018 | Published 1:47 PM GMT+9, December 21, 2018",
            "2018-12-21T13:47:00+09:00",
        ),
        ("입력 2018.12.21 13:47 | 수정 2018.12.21 15:00", "2018-12-21T13:47:00+09:00"),
        ("Posted : 2018-12-21T04:47:00Z", "2018-12-21T04:47:00+00:00"),
        ("Published 2018/12/21 09:30 EST", "2018-12-21T09:30:00-05:00"),
        ("Published : Friday, December 21, 2018", "2018-12-21T00:00:00+09:00"),
    ],
)
def test_time_stamp_forms(stamp: str, expected: str) -> None:
    a = read(_stamped(stamp))
    assert a.published is not None
    assert a.published.isoformat() == expected
    assert a.title == "Talks on industrial park set to resume next week"


def test_malformed_stamp_is_ignored_not_fatal() -> None:
    a = read(_stamped("PUBLISHED :February 30, 2019 - 13:47"))
    assert a.published is None
    assert a.title == "Talks on industrial park set to resume next week"


def test_stamp_without_a_known_zone_is_read_as_utc_and_says_so() -> None:
    a = read(_stamped("Published : 2019-02-14 17:05", outlet="Kaesong Daily Bulletin"))
    assert a.published is not None and a.published.isoformat() == "2019-02-14T17:05:00+00:00"
    assert a.meta["published_zone"] == "assumed UTC"


def test_today_date_in_header_is_never_the_publication_time() -> None:
    text = (
        "The Korea Herald\nSaturday, April 27, 2024\n\nNorth Korea\n\n"
        "Kaesong firms call for quick return to complex\n\n"
        "Owners of companies that ran factories in Kaesong urged the government to act quickly, they said on Friday.\n"
    )
    a = read(text)
    assert a.published is None
    assert "Saturday, April 27, 2024" in chrome(a)
    assert a.title == "Kaesong firms call for quick return to complex"


def _wire(first: str) -> str:
    return f"Talks resume at truce village\n\n{first} officials from both sides met for about two hours on Friday.\n"


@pytest.mark.parametrize(
    ("opening", "place", "date", "agency"),
    [
        ("SEOUL, Dec. 21 (Yonhap) --", "Seoul", "2018-12-21", "Yonhap"),
        ("SEJONG, Dec. 21 (Yonhap) --", "Sejong", "2018-12-21", "Yonhap"),
        ("PYONGYANG —", "Pyongyang", None, None),
        ("PYONGYANG, Dec. 20 (KCNA) --", "Pyongyang", "2018-12-20", "KCNA"),
        ("WASHINGTON (AP) —", "Washington", None, "AP"),
        ("TOKYO (Reuters) -", "Tokyo", None, "Reuters"),
        ("PANMUNJOM, Dec. 21, 2018 (Yonhap) --", "Panmunjom", "2018-12-21", "Yonhap"),
    ],
)
def test_datelines(opening: str, place: str, date: str | None, agency: str | None) -> None:
    text = _wire(opening)
    a = read(text, published="2018-12-21T18:00+09:00")
    assert regions(a, "dateline") == [opening]
    d = a.meta["dateline"]
    assert d["place"] == place
    assert d.get("date") == date
    assert d.get("agency") == agency


@pytest.mark.parametrize(
    "first",
    [
        "U.N. officials said that",
        "KOREA'S exports rose as",
        "In Seoul -- as in Pyongyang --",
    ],
)
def test_no_dateline_without_a_capitalised_place_and_a_dash(first: str) -> None:
    a = read(_wire(first))
    assert regions(a, "dateline") == []


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("By Park Ga-young (gypark@heraldcorp.com)", ("Park Ga-young",)),
        ("By Kim Eun-jung", ("Kim Eun-jung",)),
        ("BY PARK EUN-JEE [park.eunjee@joongang.co.kr]", ("Park Eun-jee",)),
        ("By Kim Eun-jung and Lee Haye-ah", ("Kim Eun-jung", "Lee Haye-ah")),
        ("By Kim Jae-won, staff reporter", ("Kim Jae-won",)),
        ("By Lee Hyo-jin, Korea Times correspondent", ("Lee Hyo-jin",)),
        ("By The Associated Press", ()),
    ],
)
def test_bylines(line: str, authors: tuple[str, ...]) -> None:
    text = f"Moon meets Kim at border village\n\n{line}\n\nThe leaders of the two Koreas met at the border village of Panmunjom on Friday, officials said.\n"
    a = read(text)
    assert a.authors == authors
    assert regions(a, "byline") == [line]


# --------------------------------------------------------------------------- HTML


def test_html_with_json_ld_gives_metadata_and_article_text_with_caption() -> None:
    a = read(page("koreatimes_jsonld.html"), media_type="text/html")
    assert a.title == "Unification ministry pledges help for Kaesong firms"
    assert a.published == datetime.fromisoformat("2019-02-11T16:42:00+09:00")
    assert a.meta["updated"] == "2019-02-11T18:10:00+09:00"
    assert a.meta["published_source"] == "json-ld"
    assert a.authors == ("Jung Min-ho",)
    assert a.section == "North Korea"
    assert a.outlet == "The Korea Times"
    assert a.url == "https://www.koreatimes.co.kr/www/nation/2019/02/103_263640.html"
    assert "125 companies" in a.text and "“We will do our best" in a.text
    for junk in ("facebook", "Copyright", "not text", "Southeast Asia", "display"):
        assert junk not in a.text
    assert regions(a, "caption") == [
        "Unification Minister Cho Myoung-gyon speaks during a meeting in Seoul, Monday."
    ]
    assert regions(a, "byline") == ["By Jung Min-ho"]
    assert "\n\nThe complex was closed in February 2016." in a.text  # <br> breaks a paragraph


def test_html_without_json_ld_uses_meta_tags_and_the_outlet_zone() -> None:
    a = read(page("herald_meta_only.html"), media_type="text/html")
    assert a.title == "Chipmakers brace for slower spring"  # <title> has no site suffix in og:title's absence
    assert a.published == datetime.fromisoformat("2019-02-14T17:05:00+09:00")
    assert a.authors == ("Shin Ji-hye",)
    assert a.section == "Business"
    assert a.outlet == "The Korea Herald"
    assert a.text.startswith("Samsung Electronics and SK hynix")
    assert "Politics" not in a.text
    assert regions(a, "caption") == [
        "Workers inspect wafers at a plant in Icheon, Gyeonggi Province, on Feb. 12."
    ]


def test_html_is_detected_without_a_media_type_and_bytes_are_decoded_by_declared_charset() -> None:
    html = (
        '<html><head><meta charset="euc-kr"><title>속보 Kaesong talks</title></head><body><article>'
        "<h1>Kaesong talks resume</h1><p>"
        + "서울 officials said the talks would resume next week. "
        * 5
        + "</p>"
        "</article></body></html>"
    )
    a = read(html.encode("euc-kr"))
    assert a.title == "Kaesong talks resume"
    assert "서울 officials said" in a.text


def test_html_page_without_article_element_with_and_without_trafilatura(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    html = page("wire_no_container.html")
    if _html._trafilatura() is not None:
        a = read(html, media_type="text/html")
        assert a.meta["html_text_from"] == "trafilatura"
        assert "tested a newly developed" in a.text
        assert regions(a, "dateline") == ["SEOUL, South Korea (AP) —"]
    monkeypatch.setattr(_html, "_trafilatura", lambda: None)
    b = read(html, media_type="text/html")
    assert b.meta["html_text_from"] == "page body"
    assert b.title == "North Korea says it tested new tactical weapon"
    assert regions(b, "dateline") == ["SEOUL, South Korea (AP) —"]
    assert "Korean Central News Agency" in b.text


def test_cli_reads_html_and_includes_the_text_so_offsets_can_be_followed(tmp_path: Path) -> None:
    path = tmp_path / "story.html"
    path.write_text(page("koreatimes_jsonld.html"), encoding="utf-8")
    out, err = io.StringIO(), io.StringIO()
    status = main(["extract", str(path), "--include-text", "--no-autoload"], out=out, err=err)
    assert status == 0, err.getvalue()
    doc = json.loads(out.getvalue())
    text = doc["article"]["text"]
    assert doc["article"]["published"] == "2019-02-11T16:42:00+09:00"
    for r in doc["article"]["regions"]:
        assert 0 <= r["start"] <= r["end"] <= len(text)
    for e in doc["entities"]:
        for m in e["mentions"]:
            assert text[m["start"] : m["end"]] == m["text"]


# --------------------------------------------------------------------------- data tables


def test_users_add_an_outlet_through_the_data_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "outlets.tsv").write_text(
        "Busan Ilbo English\tAsia/Seoul\tBusan Ilbo English\tbusan.com\n", encoding="utf-8"
    )
    text = _stamped("Published : 2019-02-14 17:05", outlet="Busan Ilbo English")
    assert read(text).outlet is None
    monkeypatch.setenv(reader.DATA_ENV, str(tmp_path))
    reader.reload_data()
    try:
        a = read(text)
        assert a.outlet == "Busan Ilbo English"
        assert a.published is not None and a.published.isoformat() == "2019-02-14T17:05:00+09:00"
    finally:
        monkeypatch.delenv(reader.DATA_ENV)
        reader.reload_data()


def test_users_add_a_staff_title_that_ends_a_byline_without_by(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = (
        "Nikkei Asia\nBusiness\n\nKorean cosmetics exports hit a record as sunscreen sales soar\n\n"
        "KIM JAEWON, Nikkei markets watcher\nJanuary 12, 2027 18:05 JST\n\n"
        "SEOUL -- South Korea's cosmetics exports rose for a third straight year in 2026.\n"
    )
    assert read(text).authors == ()  # "markets watcher" is no listed staff title
    read(text.replace("markets watcher", "staff writer"))  # the endings are loaded now
    (tmp_path / "byline_words.txt").write_text("markets watcher\n", encoding="utf-8")
    monkeypatch.setenv(reader.DATA_ENV, str(tmp_path))
    reader.reload_data()
    try:
        assert read(text).authors == ("Kim Jaewon",)
    finally:
        monkeypatch.delenv(reader.DATA_ENV)
        reader.reload_data()


# --------------------------------------------------------------------------- robustness and speed


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.characters(codec=None), max_size=400))
def test_any_text_reads_without_error_and_is_never_rewritten(text: str) -> None:
    found = reader.read_raw(RawDocument(data=text, media_type="text/plain"))
    if found is not None:
        assert found.text == text
        Article(text=found.text, regions=found.regions)  # regions lie inside the text


_PAGE_PIECES = st.sampled_from(
    [
        "The Korea Herald",
        "PUBLISHED :December 21, 2018 - 13:47",
        "By Park Ga-young (gypark@heraldcorp.com)",
        "SEOUL, Dec. 21 (Yonhap) -- North Korea said on Friday it would attend the talks next week.",
        "Yonhap",
        "EDITOR'S PICKS",
        "• facebook",
        "April 27, 2024",
        "Kim said the talks would resume.",
        "",
        "<p>",
        "[YONHAP]",
    ]
)


@settings(max_examples=150, deadline=None)
@given(st.lists(_PAGE_PIECES, max_size=25), st.sampled_from(["\n", "\n\n", "\r\n"]))
def test_shuffled_page_parts_never_break_the_reader(parts: list[str], sep: str) -> None:
    text = sep.join(parts)
    found = reader.read_raw(RawDocument(data=text))
    if found is not None:
        assert found.text == text
        for r in found.regions:
            assert 0 <= r.start < r.end <= len(text)


@settings(max_examples=80, deadline=None)
@given(st.text(alphabet="<>/='\" abpdivhtmlscript&;#x-!", max_size=300))
def test_any_markup_reads_without_error(markup: str) -> None:
    found = reader.read_raw(RawDocument(data="<html>" + markup, media_type="text/html"))
    assert found is not None
    Article(text=found.text, regions=found.regions)


# A hang guard, not a speed measurement: a quadratic pattern would take hours on these
# inputs, a linear reader takes seconds. Throughput is measured by benchmarks/bench.py.
HANG_GUARD = 60.0


@pytest.mark.parametrize(
    "hostile",
    [
        "a\n" * 2_000_000,
        "By Kim Jae-won\n" * 100_000,
        "\n" * 3_000_000,
        "\x00\ud800 PUBLISHED :" * 100_000,
        "SEOUL, Dec. " * 200_000,
        "[" * 500_000,
    ],
    ids=["one-letter-lines", "byline-lines", "newlines", "nul-surrogates", "dateline-prefixes", "brackets"],
)
def test_hostile_text_keeps_its_characters_and_does_not_hang(hostile: str) -> None:
    found, elapsed = _timed(RawDocument(data=hostile))
    assert elapsed < HANG_GUARD
    if found is not None:
        assert found.text == hostile
        for r in found.regions:
            assert 0 <= r.start < r.end <= len(hostile)


@pytest.mark.parametrize("junk", ["<a b='", "<a", "<!--", "</", "<p>x", '<div class="x">'])
def test_hostile_html_reads_and_does_not_hang(junk: str) -> None:
    found, elapsed = _timed(RawDocument(data="<html>" + junk * 100_000, media_type="text/html"))
    assert elapsed < HANG_GUARD
    assert found is not None
    Article(text=found.text, regions=found.regions)


def test_many_pages_in_one_input_keep_every_body_sentence() -> None:
    # Pages of the five layouts, each with an article body of usual length, run together a
    # hundred times: the reader must neither hang nor drop the prose it is meant to keep.
    body = "\n\n".join([page("plain_prose.txt")] * 8)
    pages = [page(n).replace("\n\n", f"\n\n{body}\n\n", 1) for n in ("wire_plain.txt", "plain_prose.txt")]
    pages += [page(n) + "\n\n" + body for n in ("herald_like.txt", "yonhap_like.txt", "koreatimes_like.txt")]
    text = "\n\n".join(pages) * 100
    found, elapsed = _timed(RawDocument(data=text))
    assert elapsed < HANG_GUARD
    assert found is not None
    assert found.text == text
    article = Article(text=found.text, regions=found.regions)
    kept = list(_chrome_free_spans(article))
    first_sentence = page("plain_prose.txt").strip().split("\n")[0][:60]
    assert first_sentence
    assert sum(text[s:e].count(first_sentence) for s, e in kept) >= 100 * 5 * 8


def _chrome_free_spans(article: Article) -> Iterator[tuple[int, int]]:
    """Spans of the text outside every chrome region (the prose extraction plugins read)."""
    at = 0
    for r in sorted(article.regions, key=lambda r: r.start):
        if r.start > at:
            yield at, r.start
        at = max(at, r.end)
    if at < len(article.text):
        yield at, len(article.text)


def _timed(raw: RawDocument) -> tuple[reader.Reading | None, float]:
    started = time.monotonic()
    found = reader.read_raw(raw)
    return found, time.monotonic() - started


def test_menus_and_section_labels_above_the_headline_are_chrome_not_the_title() -> None:
    text = (
        "NK News\nSubscribe | Log in\nNews · Economy · Tourism\n\n"
        "Russian bookings for a North Korean beach resort double as a second train is added\n\n"
        "By Jeong Min-ji and Oliver Hartley\nJuly 9, 2026\n\n"
        "North Korea will run a second weekly passenger train to the resort, state media said.\n"
    )
    a = read(text)
    assert a.title == "Russian bookings for a North Korean beach resort double as a second train is added"
    assert {"Subscribe | Log in", "News · Economy · Tourism"} <= set(chrome(a))
    text = (
        "Business\nAutos & Transportation\n\n"
        "Carmaker's union to strike for first time in seven years as wage talks collapse\n\n"
        "By Hyejin Seo and Daewoo Lim\n\nSEOUL, Sept 30 (Reuters) - Workers will strike on Wednesday.\n\n"
        "Reporting by Hyejin Seo and Daewoo Lim; Additional reporting by Minji Choi; Editing by Clare Whitcombe\n"
    )
    a = read(text)
    assert a.title == "Carmaker's union to strike for first time in seven years as wage talks collapse"
    assert a.authors == ("Hyejin Seo", "Daewoo Lim")
    assert a.meta["contributors"] == ("Minji Choi",)


def test_a_byline_without_by_names_then_a_staff_title() -> None:
    text = (
        "Nikkei Asia\nBusiness\n\n"
        "South Korea's cosmetics exports hit record $12.4bn as US sunscreen sales soar\n\n"
        "KIM JAEWON, Nikkei staff writer\nJanuary 12, 2027 18:05 JST\n\n"
        "SEOUL -- South Korea's cosmetics exports rose for a third straight year in 2026.\n"
    )
    a = read(text)
    assert a.authors == ("Kim Jaewon",)
    assert a.outlet == "Nikkei Asia"
    assert regions(a, "byline") == ["KIM JAEWON, Nikkei staff writer"]
    # a line of a name and a word that is no staff title stays what it was
    assert read(text.replace("Nikkei staff writer", "Seoul")).authors == ()


def test_a_day_first_outlets_stamp_and_a_headline_that_ends_in_a_quoted_phrase() -> None:
    text = (
        "FRANCE 24\nAsia / Pacific\n\n"
        "Kim Yo Jong mocks new US envoy's offer of talks as ‘worn-out record’\n\n"
        "Issued on: 10/11/2025 - 11:52 Modified: 10/11/2025 - 14:06\n\n"
        "Seoul (AFP) – The powerful sister of North Korean leader Kim Jong Un on Monday derided an offer.\n"
    )
    a = read(text)
    assert a.title == "Kim Yo Jong mocks new US envoy's offer of talks as ‘worn-out record’"
    assert a.published is not None and a.published.isoformat() == "2025-11-10T11:52:00+01:00"
    assert a.meta["updated"] == "2025-11-10T14:06:00+01:00"
    # a page of an outlet that prints the month first reads the same stamp as 11 October
    us = read(text.replace("FRANCE 24", "Reuters").replace("(AFP)", "(Reuters)"))
    assert us.published is not None and us.published.date().isoformat() == "2025-10-11"


def test_kbs_worlds_write_and_update_stamps() -> None:
    text = (
        "KBS WORLD\nNews\nEconomy\n\nPower Demand Hits Summer High as Heat Wave Grips Nation\n\n"
        "Write: 2025-08-05 14:20:11 Update: 2025-08-05 15:02:37\n\n"
        "Electricity demand in South Korea climbed to its highest level of the summer on Monday.\n"
    )
    a = read(text)
    assert a.published is not None and a.published.isoformat() == "2025-08-05T14:20:11+09:00"
    assert a.meta["updated"] == "2025-08-05T15:02:37+09:00"
    assert a.title == "Power Demand Hits Summer High as Heat Wave Grips Nation"


def test_menus_wherever_they_stand_above_the_headline_and_a_british_stamp() -> None:
    text = (
        "The Guardian\nNews | Opinion | Sport | Culture\nWorld\nEurope | US | Americas | Asia | Middle East\n"
        "South Korea\n\n"
        "Coast guard steps up fight against illegal fishing fleets in the Yellow Sea\n\n"
        "Seizures have more than doubled this autumn as the crab season peaks\n\n"
        "Hana Seo in Mokpo\nThu 16 Oct 2025 08.30 BST\nLast modified on Thu 16 Oct 2025 11.02 BST\n\n"
        "South Korea's coast guard seized 41 Chinese fishing boats in the Yellow Sea in September.\n"
    )
    a = read(text)
    assert {"News | Opinion | Sport | Culture", "Europe | US | Americas | Asia | Middle East"} <= set(
        chrome(a)
    )
    assert a.title == "Coast guard steps up fight against illegal fishing fleets in the Yellow Sea"
    assert a.published is not None and a.published.isoformat() == "2025-10-16T08:30:00+01:00"
    assert a.meta["updated"] == "2025-10-16T11:02:00+01:00"
    # a name right above the stamp is the byline; the place after "in" is no part of it
    assert a.authors == ("Hana Seo",)
    assert regions(a, "byline") == ["Hana Seo in Mokpo"]
    assert "Hana Seo in Mokpo" not in regions(a, "subheadline")
    # with a blank line between, a name-like line is no byline, unless each name has its city
    assert read(text.replace("Hana Seo in Mokpo\n", "Hana Seo\n\n")).authors == ()
    assert read(text.replace("Hana Seo in Mokpo\n", "Hana Seo in Mokpo\n\n")).authors == ("Hana Seo",)
    # no menu is taken from the story's own text
    facts = newsfacts.extract(text, published="2025-10-16T08:30+01:00")
    assert "Europe" not in [e.name for e in facts.of_kind("place")]


def test_an_unlabelled_stamp_before_a_labelled_one_and_a_name_above_it() -> None:
    text = (
        "CNA\nSingapore | Asia | East Asia | World | Business\nAsia\n\n"
        "Jeju draws most foreign tourists since 2016 as cruise ships return\n\n"
        "Foreign arrivals on the resort island topped pre-pandemic levels, officials say.\n\n"
        "Lim Soo-jin\n22 Jan 2026 02:15PM (Updated: 22 Jan 2026 04:40PM)\n\n"
        "Listen to this article\n5 min\n\n"
        "JEJU, South Korea: About 3.81 million foreign tourists visited Jeju last year.\n"
    )
    a = read(text)
    assert a.outlet == "CNA"
    assert a.published is not None and a.published.isoformat() == "2026-01-22T14:15:00+08:00"
    assert a.meta["updated"] == "2026-01-22T16:40:00+08:00"
    assert a.authors == ("Lim Soo-jin",)
    assert regions(a, "timestamp") == ["22 Jan 2026 02:15PM", "Updated: 22 Jan 2026 04:40PM"]
    # a reading time is chrome, so its number is no quantity
    assert "5 min" in chrome(a)


def test_a_date_under_a_byline_below_the_deck_and_a_name_with_its_email() -> None:
    text = (
        "The Diplomat\nRegions | Topics | Magazine\n\n"
        "South Korea's National Assembly Passes Pension Overhaul\n\n"
        "The vote ends a two-year fight, but critics say younger workers will pay.\n\n"
        "By Nam Jeong-woo\nNovember 18, 2027\n\n"
        "South Korea's National Assembly on Wednesday passed a pension bill.\n\n"
        "The bill passed 171-94.\n\nMin-Ji Cho minji@donga.com\n"
    )
    a = read(text)
    assert a.outlet == "The Diplomat"
    assert a.published is not None and a.published.date().isoformat() == "2027-11-18"
    assert a.meta["published_precision"] == "day"
    assert a.authors == ("Nam Jeong-woo", "Min-Ji Cho")
    assert a.meta["author_emails"] == ("minji@donga.com",)
    # a sentence with an address in it is no byline
    assert read(
        text.replace("Min-Ji Cho minji@donga.com", "Write to the desk at desk@donga.com")
    ).authors == ("Nam Jeong-woo",)


def test_a_labelled_reporter_and_an_update_stamp_alone() -> None:
    text = (
        "ARIRANG NEWS\nHOME | NEWS | PROGRAMS | SCHEDULE\nNEWS > Society\n\n"
        "Fine dust emergency measures in force for third day\n\n"
        "Updated : 2026-03-10 19:20:47\nReporter : Oh Soo-bin\n\n"
        "Emergency fine dust reduction measures are in force across Seoul for a third straight day.\n"
    )
    a = read(text)
    assert a.authors == ("Oh Soo-bin",)
    # the only stamp the page prints is its update time: the nearest thing to a publication time
    assert a.published is not None and a.published.isoformat() == "2026-03-10T19:20:47+09:00"
    assert a.meta["published_source"] == "page update stamp"
    # a page with a publication stamp keeps it
    both = read(
        text.replace(
            "Updated : 2026-03-10 19:20:47", "Posted : 2026-03-10 18:00:00 Updated : 2026-03-10 19:20:47"
        )
    )
    assert both.published is not None and both.published.isoformat() == "2026-03-10T18:00:00+09:00"
    assert both.meta["published_source"] == "page time stamp"


def test_a_byline_for_a_service_and_two_names_beside_a_stamp() -> None:
    rfa = (
        "Radio Free Asia\nChina | Korea | Tibet | Uyghur\nKorea\n\n"
        "North Korea sends new wave of construction workers to Russia's Far East, sources say\n\n"
        "By Jung Yeon-woo for RFA Korean\n2026.10.23\n\n"
        "North Korean workers at a construction site in Vladivostok. (RFA)\n\n"
        "North Korea has sent several thousand construction workers to Russia's Far East since August.\n"
    )
    a = read(rfa)
    assert a.authors == ("Jung Yeon-woo",)
    assert a.title == "North Korea sends new wave of construction workers to Russia's Far East, sources say"
    scmp = (
        "South China Morning Post\nNews | Hong Kong | China | Asia\n\n"
        "South Korean police raid battery maker after fire kills 9 Chinese workers\n\n"
        "Kim Ji-soo in Seoul and Zhang Yue in Beijing\nPublished: 6:15pm, 12 May 2025\n\n"
        "South Korean police raided the headquarters of a battery maker on Monday.\n"
    )
    b = read(scmp)
    assert b.authors == ("Kim Ji-soo", "Zhang Yue")
    assert b.published is not None and b.published.isoformat() == "2025-05-12T18:15:00+08:00"


def test_a_captioned_photo_between_the_stamps_and_the_story() -> None:
    text = (
        "South China Morning Post\nNews | Hong Kong | China | Asia\n\n"
        "South Korean police raid battery maker after fire kills 9 workers\n\n"
        "Kim Ji-soo in Seoul\nPublished: 6:15pm, 12 May 2025\n\n"
        "Firefighters search the burnt-out battery plant in Eumseong on Saturday. Photo: Yonhap\n\n"
        "South Korean police raided the headquarters of a battery maker on Monday, three days after the fire.\n"
    )
    a = read(text)
    assert regions(a, "credit") == ["Photo: Yonhap"]
    assert regions(a, "caption") == [
        "Firefighters search the burnt-out battery plant in Eumseong on Saturday."
    ]


def test_the_hankyorehs_stamp_without_spaces() -> None:
    text = (
        "Teachers rally in Seoul demanding protection from abusive parents\n\n"
        "Posted on : Sep.2,2023 17:20 KST\n\nBy Lee Seung-jun, staff reporter\n\n"
        "Tens of thousands of teachers rallied in front of the National Assembly on Saturday.\n"
    )
    a = read(text)
    assert a.published is not None and a.published.isoformat() == "2023-09-02T17:20:00+09:00"
    assert a.authors == ("Lee Seung-jun",)


def test_a_spaced_menu_a_date_under_the_headline_and_a_name_over_its_staff_title() -> None:
    text = (
        "BBC\nHome  News  Sport  Business  Innovation  Culture\nAsia\n\n"
        "South Korea culls 1.2 million birds as bird flu hits record number of farms\n\n"
        "21 January 2027\nShare\nSave\n\nHannah Yoo\nSeoul correspondent\n\n"
        "EPA\nWorkers in protective suits carry bags of culled ducks at a farm in Naju on Tuesday\n\n"
        "South Korea has culled 1.2 million birds this winter as a highly pathogenic strain of bird flu spread.\n"
    )
    a = read(text)
    assert a.title == "South Korea culls 1.2 million birds as bird flu hits record number of farms"
    assert "Home  News  Sport  Business  Innovation  Culture" in chrome(a)
    assert a.published is not None and a.published.date().isoformat() == "2027-01-21"
    assert a.authors == ("Hannah Yoo",)
    ft = (
        "Financial Times\nHOME  WORLD  US  COMPANIES  TECH  MARKETS\nCompanies > Energy\n\nAdd to myFT\n\n"
        "South Korea's KHNP wins preliminary deal to build Slovenian reactors\n\n"
        "State nuclear group undercuts French rival with a lower bid\n\nPublished April 16 2025\n\n"
        "South Korea's state nuclear operator has won a preliminary deal to build two reactors in Slovenia.\n"
    )
    assert read(ft).title == "South Korea's KHNP wins preliminary deal to build Slovenian reactors"


def test_a_name_over_a_capitalised_staff_title_anchors_the_headline() -> None:
    # Singapore-style: a sentence-case headline and deck, the reporter's name over a staff
    # title in title case, then two labelled stamps.
    text = (
        "The Straits Times\nSingapore | Asia | World | Opinion | Business | Sport\nAsia > East Asia\n\n"
        "Seoul's subway fare rises for the first time in eight years as the city's deficit deepens\n\n"
        "Basic fare goes up by 150 won; seniors' free rides stay for now\n\n"
        "Tan Wei Ling\nKorea Correspondent\n\n"
        "Updated Mar 4, 2026, 09:35 PM\nPublished Mar 4, 2026, 06:20 PM\n\n"
        "SEOUL – Seoul raised its basic subway fare by 150 won on Wednesday, the first rise since 2015.\n"
    )
    a = read(text)
    assert (
        a.title == "Seoul's subway fare rises for the first time in eight years as the city's deficit deepens"
    )
    assert a.authors == ("Tan Wei Ling",)
    assert regions(a, "byline") == ["Tan Wei Ling", "Korea Correspondent"]


def test_a_byline_with_a_stamp_or_a_staff_title_on_its_line() -> None:
    # "By Name - date" on one line, as Daily NK prints it
    text = (
        "DAILY NK\nHome | News | Politics | Economy | Society\nEconomy\n\n"
        "Corn prices climb in Hamhung as spring planting begins\n\n"
        "By Jo Min Seo - 2026.04.13 10:05am\n\n"
        "Corn prices in the eastern port city of Hamhung have risen for three straight weeks, a source said.\n"
    )
    a = read(text)
    assert a.authors == ("Jo Min Seo",)
    assert regions(a, "byline") == ["By Jo Min Seo"]
    assert a.published is not None and a.published.isoformat() == "2026-04-13T10:05:00+09:00"
    # a staff title in lower case before the name, as Australian pages print it
    abc = (
        "ABC News\nJust In  For You  Politics  World  Business\nDefence\n\n"
        "Navy orders six Korean-built frigates in a deal worth $7 billion\n\n"
        "By defence correspondent Liam Gordon\nPosted Tue 3 Mar 2026 at 6:10am\n\n"
        "The Navy will buy six frigates from a South Korean shipyard, the government announced on Monday.\n"
    )
    assert read(abc).authors == ("Liam Gordon",)


def test_names_with_their_cities_a_blank_line_above_the_stamp_are_the_byline() -> None:
    # the FT prints each reporter with a city and no "By"; names may carry diacritics
    text = (
        "Financial Times\nHOME  WORLD  US  COMPANIES  TECH  MARKETS\nCompanies > Energy\n\n"
        "Korean utility wins preliminary deal to build Polish reactors\n\n"
        "State group undercuts US rival with a lower bid as Seoul pushes exports\n\n"
        "Mina Cho in Seoul and Paweł Nowak in Warsaw\n\n"
        "Published June 3 2025\n\n"
        "South Korea's state-owned nuclear operator has won a preliminary agreement to build reactors.\n"
    )
    a = read(text)
    assert a.authors == ("Mina Cho", "Paweł Nowak")
    assert a.title == "Korean utility wins preliminary deal to build Polish reactors"


def test_a_row_of_share_buttons_is_chrome() -> None:
    text = (
        "DAILY NK\nHome | News | Politics | Economy\nEconomy\n\n"
        "Corn prices climb in Hamhung as spring planting begins\n\n"
        "By Jo Min Seo - 2026.04.13 10:05am\nFacebook Twitter Email\n\n"
        "Corn prices in the eastern port city of Hamhung have risen for three straight weeks, a source said.\n"
    )
    a = read(text)
    assert "Facebook Twitter Email" in chrome(a)
    # a line of words that are not all buttons stays what it was
    assert "Facebook Twitter Email" not in chrome(
        read(text.replace("Facebook Twitter Email", "Facebook and Twitter ban"))
    )


def test_a_deck_or_a_question_headline_above_the_stamp_is_no_first_paragraph() -> None:
    # The Economist: a headline of two sentences, a deck, a date with an ordinal day
    economist = (
        "The Economist\nMenu\nWeekly edition\nSearch\nSubscribe\nAsia | Deep waters\n\n"
        "South Korea wants a new kind of navy. Can it pay for one?\n\n"
        "The admirals' ambitions have run ahead of the budget\n\n"
        "Mar 12th 2026\n\n"
        "For more than three decades South Korea's admirals have wanted submarines that need not surface.\n"
    )
    a = read(economist)
    assert a.title == "South Korea wants a new kind of navy. Can it pay for one?"
    assert a.published is not None and a.published.date().isoformat() == "2026-03-12"
    # DW: a deck that ends with a full stop, the reporter with her city, then the date
    dw = (
        "DW\nLive TV  Germany  World  Business  Science\nBusiness\nSouth Korea\n\n"
        "South Korea's chipmakers race to secure water\n\n"
        "Seoul wants more fabs by 2030. But the rivers that feed them are running low in dry summers.\n\n"
        "Anna Keller in Seoul\n11/19/2025\n\n"
        "On the banks of the Han River, engineers are testing a new intake that could supply two fabs.\n"
    )
    a = read(dw)
    assert a.title == "South Korea's chipmakers race to secure water"
    assert a.authors == ("Anna Keller",)
    assert a.published is not None and a.published.date().isoformat() == "2025-11-19"


def test_an_eastern_time_stamp_and_two_reporters_a_line_each() -> None:
    # NPR: "ET" follows daylight saving, and each reporter has a line of her own
    text = (
        "NPR\nSkip to main content\nNews  Culture  Music  Podcasts & Shows\nAsia\n\n"
        "South Korea's shelters brace for a wave of abandoned dogs\n\n"
        "July 19, 2027 5:00 AM ET\nHeard on Morning Edition\n\n"
        "Claire Dunn\nSoyeon Kim\n\n"
        "Kwon Hye-jin runs a shelter north of Seoul, where she has taken in 40 dogs since spring.\n"
    )
    a = read(text)
    assert a.published is not None and a.published.isoformat() == "2027-07-19T05:00:00-04:00"
    assert read(text.replace("July", "January")).published.isoformat() == "2027-01-19T05:00:00-05:00"  # type: ignore[union-attr]
    assert a.authors == ("Claire Dunn", "Soyeon Kim")


def test_the_print_edition_note_at_the_foot_is_chrome() -> None:
    text = (
        "The New York Times\nSkip to content\nWorld  U.S.  Politics  Business\nASIA PACIFIC\n\n"
        "Flooding in South Korea Forces Thousands From Their Homes\n\n"
        "By Daniel Ross\n\nPublished July 16, 2026\n\n"
        "Heavy rain forced more than 3,000 people from their homes in the southeast on Wednesday, officials said.\n\n"
        "A version of this article appears in print on July 17, 2026, Section A, Page 8 of the New York "
        "edition with the headline: Floods Force Thousands Out. Order Reprints | Today\u2019s Paper | Subscribe\n"
    )
    a = read(text)
    assert any(c.startswith("A version of this article appears in print") for c in chrome(a))


def test_an_editor_line_with_a_colon_after_by() -> None:
    text = (
        "South Korea plans new power lines\n\n"
        "Seoul wants more power lines by 2030, officials said on Wednesday in a statement.\n\n"
        "The plan is costly, analysts said on Thursday in their reports.\n\n"
        "Edited by: Martina Köhler\n"
    )
    a = read(text)
    assert a.meta["editors"] == ("Martina Köhler",)
    assert regions(a, "byline") == ["Edited by: Martina Köhler"]


def test_an_invitation_to_follow_the_outlet_is_chrome() -> None:
    text = (
        "Seoul's subway fare rises\n\n"
        "Seoul raised its basic subway fare by 150 won on Wednesday, the first rise since 2015.\n\n"
        "The city said the deficit had grown for a decade, officials said on Thursday.\n\n"
        "Join ST's WhatsApp Channel and get the latest news and must-reads.\n"
    )
    assert "Join ST's WhatsApp Channel and get the latest news and must-reads." in chrome(read(text))


def test_a_photographer_beside_the_agency_in_a_credit_is_named() -> None:
    text = (
        "S. Korean teachers rally in Seoul against AI textbooks\n\n"
        "Teachers rally in front of the National Assembly in Seoul, Sept. 20, 2025. (Xinhua/Jiang Wenyao)\n\n"
        "SEOUL, Sept. 20 (Xinhua) -- Tens of thousands of South Korean teachers rallied in Seoul on Saturday.\n"
    )
    a = read(text)
    assert a.meta["photographers"] == ("Jiang Wenyao",)
    # an agency alone names nobody
    assert "photographers" not in read(text.replace("Xinhua/Jiang Wenyao", "Xinhua")).meta


def test_a_page_of_a_european_outlet_with_its_post_a_dated_section_and_a_credit() -> None:
    text = (
        "Le Monde\n"
        "NEWS  17 February 2027\n\n"
        "In South Korea, French restorers help a burned banner return to its temple\n\n"
        "By Clémence Aubrac (Seoul, correspondent)\n\n"
        "Conservators work on the banner in Daejeon, April 17, 2026. CLÉMENCE AUBRAC / LE MONDE\n\n"
        "The scroll was damaged in a fire in 2023 and will be raised again in May, the temple said.\n"
    )
    a = read(text)
    assert a.title == "In South Korea, French restorers help a burned banner return to its temple"
    assert a.authors == ("Clémence Aubrac",)
    assert a.section == "NEWS"
    assert a.outlet == "Le Monde"
    # the outlet in a photo credit is no photographer
    assert a.meta["photographers"] == ("Clémence Aubrac",)


def test_a_name_alone_under_the_headline_over_an_illustration_credit_is_the_byline() -> None:
    text = (
        "Axios\n"
        "Axios Media Trends\n"
        "Feb 18, 2026 - Media\n\n"
        "Streamer pays record sum for Korean drama library\n\n"
        "Colleen Varga\n\n"
        "Illustration: Maelle Torrent/Axios\n\n"
        "The streamer has agreed to pay Seoul's Gaon Studios about $310 million for the rights, the companies said.\n"
    )
    a = read(text)
    assert a.title == "Streamer pays record sum for Korean drama library"
    assert a.authors == ("Colleen Varga",)
    assert "Illustration: Maelle Torrent/Axios" in chrome(a)


@pytest.mark.parametrize(
    ("byline", "author"),
    [
        ("By Oliver Pendry, Senior Football Writer", "Oliver Pendry"),
        ("By Lydia Kao / Staff reporter, with agencies", "Lydia Kao"),
    ],
)
def test_a_staff_post_after_the_names_is_left_out(byline: str, author: str) -> None:
    text = (
        "Chipmaker wins licence for its China plant after long talks\n\n"
        f"{byline}\n\n"
        "Washington has granted the company a one-year license, the firm said in a filing on Thursday.\n"
    )
    assert read(text).authors == (author,)


def test_a_translation_credit_at_the_end_names_the_author() -> None:
    text = (
        "N. Korea reopens Mount Paektu tours to foreign groups\n\n"
        "North Korea has reopened tours of Mount Paektu to foreign visitors, tour operators said on Friday.\n\n"
        "(Japanese original by Takumi Ishizuka, Seoul Bureau)\n"
    )
    assert read(text).authors == ("Takumi Ishizuka",)
