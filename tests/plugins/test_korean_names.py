"""Tests of the bundled ``korean_names`` plugin: persons, surname-only mentions, places, linking.

The annotated cases live in two JSON Lines files next to this module:
``korean_cases_dev.jsonl`` (the project's 37 development cases) and ``korean_cases.jsonl``
(cases written for these tests in the style of Korea Herald, Yonhap, JoongAng Daily, AP
and KCNA copy, traps included). Each lists every person and place mention the plugin must
report for its text, in text order, and nothing else.
"""

from __future__ import annotations

import gc
import json
import threading
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import pytest

import newsfacts
import newsfacts_korean_names as kn
from newsfacts import Article, Mention, PersonData, PlaceData, hookimpl

HERE = Path(__file__).parent


def _load(name: str) -> list[dict[str, Any]]:
    with (HERE / name).open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


DEV_CASES = _load("korean_cases_dev.jsonl")
OWN_CASES = _load("korean_cases.jsonl")


@pytest.fixture(scope="module")
def alone() -> newsfacts.Extractor:
    """The plugin on its own, as a user would register it."""
    return newsfacts.Extractor(bundled=False, autoload=False, plugins=[kn], strict=True)


def _report(extractor: newsfacts.Extractor, text: str) -> list[tuple[str, str, str | None, str | None, str]]:
    """(surface, kind, family, given, canonical) for every mention, in text order.

    Family and given name come from the mention itself (as written there); a surname-only
    mention shows those of the entity it was linked to.
    """
    facts = extractor.extract(text)
    proposed = {(m.start, m.end): m for m in kn.newsfacts_find_mentions(article=Article(text=text))}
    rows: list[tuple[int, tuple[str, str, str | None, str | None, str]]] = []
    for e in facts.entities:
        for s in e.mentions:
            assert text[s.start : s.end] == s.text
            m = proposed[(s.start, s.end)]
            if e.kind == "person" and not m.partial:
                assert isinstance(m.data, PersonData)
                family, given = m.data.family, m.data.given
            else:
                family, given = e.get("family"), e.get("given")
            rows.append((s.start, (s.text, e.kind, family, given, e.name)))
    return [r for _, r in sorted(rows, key=lambda r: r[0])]


def _expected(case: dict[str, Any]) -> list[tuple[str, str, str | None, str | None, str]]:
    return [(x["surface"], x["kind"], x["family"], x["given"], x["canonical"]) for x in case["expected"]]


@pytest.mark.parametrize("case", DEV_CASES, ids=[c["text"][:40] for c in DEV_CASES])
def test_development_cases(alone: newsfacts.Extractor, case: dict[str, Any]) -> None:
    assert _report(alone, case["text"]) == _expected(case), case["note"]


@pytest.mark.parametrize("case", OWN_CASES, ids=[c["text"][:40] for c in OWN_CASES])
def test_news_cases(alone: newsfacts.Extractor, case: dict[str, Any]) -> None:
    assert _report(alone, case["text"]) == _expected(case), case["note"]


def test_enough_cases_of_each_kind() -> None:
    cases = OWN_CASES
    assert len(cases) >= 100
    kinds = [x["kind"] for c in cases for x in c["expected"]]
    assert kinds.count("person") >= 80 and kinds.count("place") >= 80
    assert sum(1 for c in cases if not c["expected"]) >= 8  # pure traps


# --------------------------------------------------------------------------- mentions


def _mentions(text: str) -> list[Mention]:
    return list(kn.newsfacts_find_mentions(article=Article(text=text)))


def test_person_mention_fields() -> None:
    text = "North Korean leader Kim Jong Un met Ga-young Park."
    kim, park = _mentions(text)
    assert (kim.start, kim.end, kim.text) == (20, 31, "Kim Jong Un")
    assert kim.kind == "person" and kim.priority == 20 and not kim.partial and not kim.nested
    assert kim.data == PersonData(family="Kim", given="Jong Un", order="family-first")
    assert kim.key == "ko:kim jongun" and kim.aliases == ("kim", "ko:kim jongun")
    assert park.name == "Park Ga-young" and park.key == "ko:park gayoung"
    assert park.data == PersonData(family="Park", given="Ga-young", order="given-first")


def test_surname_only_mention_fields() -> None:
    text = "Moon Jae-in spoke. Moon left early."
    full, partial = _mentions(text)
    assert partial.partial and partial.kind == "person" and partial.key == "moon" == full.aliases[0]
    assert (partial.start, partial.end) == (19, 23)


def test_place_mention_fields() -> None:
    (m,) = _mentions("Talks were held in Kaeseong.")
    assert m.kind == "place" and m.nested and m.priority == 10
    assert m.name == "Kaesong" and m.key == "place:Kaesong" and isinstance(m.data, PlaceData)
    assert m.text == "Kaeseong"


def test_place_variants_are_the_spellings_seen(alone: newsfacts.Extractor) -> None:
    facts = alone.extract("Kaesong, also spelled Kaeseong and Gaeseong, lies north of Seoul.")
    kaesong = facts.of_kind("place")[0]
    assert kaesong.name == "Kaesong"
    assert kaesong.get("variants") == ("Kaesong", "Kaeseong", "Gaeseong")
    assert [s.text for s in kaesong.mentions] == ["Kaesong", "Kaeseong", "Gaeseong"]


def test_person_variants_and_split(alone: newsfacts.Extractor) -> None:
    facts = alone.extract("Kim Jong Un, Kim Jong-un and Kim Jong-Un: one man. Kim smiled.")
    (kim,) = facts.of_kind("person")
    assert kim.name == "Kim Jong Un"
    assert (kim.get("family"), kim.get("given"), kim.get("order")) == ("Kim", "Jong Un", "family-first")
    assert kim.get("variants") == ("Kim Jong Un", "Kim Jong-un", "Kim Jong-Un")
    assert [s.text for s in kim.mentions][-1] == "Kim"


def test_case_is_normalised_for_capitals() -> None:
    (m,) = _mentions("The paper by KIM SO-HYUN was cited.")
    assert m.data == PersonData(family="Kim", given="So-hyun", order="family-first")
    assert m.name == "Kim So-hyun" and m.text == "KIM SO-HYUN"


def test_same_surname_people_stay_apart(alone: newsfacts.Extractor) -> None:
    facts = alone.extract("Choi Se-yul spoke after Choi Hyun-kyoo. Later Choi Se-yul left.")
    names = sorted(e.name for e in facts.of_kind("person"))
    assert names == ["Choi Hyun-kyoo", "Choi Se-yul"]


def test_surname_only_mention_links_to_most_recent(alone: newsfacts.Extractor) -> None:
    text = "Kim Min-seok arrived. Then Kim Yo-jong spoke, and Kim said the talks were over."
    facts = alone.extract(text)
    yo_jong = next(e for e in facts.of_kind("person") if e.name == "Kim Yo-jong")
    assert [s.text for s in yo_jong.mentions] == ["Kim Yo-jong", "Kim"]
    assert yo_jong.mentions[-1].start == text.rindex("Kim")


_TWO_CHOIS = (
    "Busan striker Choi Dong-hyun scored twice on Sunday to lift his side into second place.\n\n"
    "Choi, 31, has now scored 14 goals this season. Choi said the team had found its rhythm.\n\n"
    'Busan coach Choi Jae-sung praised the forward. "He never stops running," Choi said.\n\n'
    "{between}"
    "Choi is expected to join the national team camp in Paju next week.\n"
)


def _choi_of_last_line(alone: newsfacts.Extractor, between: str) -> str:
    text = _TWO_CHOIS.format(between=between)
    facts = alone.extract(text)
    last = text.rindex("Choi")
    return next(e.name for e in facts.of_kind("person") if any(s.start == last for s in e.mentions))


def test_shared_surname_means_the_person_named_nearby(alone: newsfacts.Extractor) -> None:
    text = _TWO_CHOIS.format(between="")
    facts = alone.extract(text)
    coach = next(e for e in facts.of_kind("person") if e.name == "Choi Jae-sung")
    said = text.index("Choi said", text.index("Choi Jae-sung"))
    # in its own paragraph, and in the next one
    assert [s.start for s in coach.mentions][1:] == [said, text.rindex("Choi")]
    forward = next(e for e in facts.of_kind("person") if e.name == "Choi Dong-hyun")
    assert [s.text for s in forward.mentions] == ["Choi Dong-hyun", "Choi", "Choi"]


def test_shared_surname_further_on_means_the_person_named_most(alone: newsfacts.Extractor) -> None:
    between = "Busan have won five straight games.\n\nThe club sold out its last home match.\n\n"
    assert _choi_of_last_line(alone, between) == "Choi Dong-hyun"


def test_shared_surname_ties_go_to_the_latest(alone: newsfacts.Extractor) -> None:
    text = (
        "Choi Min-ho met Choi Yu-ri in Seoul.\n\nThe meeting lasted an hour.\n\n"
        "Officials gave no details.\n\nChoi said nothing afterwards.\n"
    )
    facts = alone.extract(text)
    last = text.rindex("Choi")
    yu_ri = next(e for e in facts.of_kind("person") if e.name == "Choi Yu-ri")
    assert [s.start for s in yu_ri.mentions][-1] == last


def test_surname_without_antecedent_is_not_proposed() -> None:
    assert _mentions("Lee said the plan would work, and Park agreed.") == []


def test_link_hook_pairs_spellings_of_one_hangul_name() -> None:
    text = "Park Chung-hee, or Pak Chŏng-hŭi, and Park Geun-hye."
    ms = sorted(_mentions(text), key=lambda m: (m.start, m.end))
    pairs = list(kn.newsfacts_link_mentions(article=Article(text=text), mentions=ms))
    assert pairs == [(0, 1)]


def test_link_hook_pairs_only_names_read_alike() -> None:
    text = (
        "Former Samsung vice chairman Rhee Chang-yong, who took over the Bank of Korea as Lee "
        "Chang-yong, met Choi Sang-mok and Kim Byung-hwan; Kim Byeong-hwan's aides said."
    )
    ms = sorted(_mentions(text), key=lambda m: (m.start, m.end))
    names = [m.text for m in ms if m.kind == "person"]
    assert names == [
        "Rhee Chang-yong",
        "Lee Chang-yong",
        "Choi Sang-mok",
        "Kim Byung-hwan",
        "Kim Byeong-hwan",
    ]
    pairs = list(kn.newsfacts_link_mentions(article=Article(text=text), mentions=ms))
    linked = {(ms[a].text, ms[b].text) for a, b in pairs}
    assert linked == {("Rhee Chang-yong", "Lee Chang-yong"), ("Kim Byung-hwan", "Kim Byeong-hwan")}


def test_scan_leaves_the_garbage_collector_as_it_was() -> None:
    text = "Kim Jong Un visited Pyongyang, KCNA said."
    assert gc.isenabled()
    gc.disable()
    try:
        assert [m.text for m in _mentions(text)] == ["Kim Jong Un", "Pyongyang"]
        assert not gc.isenabled()
    finally:
        gc.enable()
    assert [m.text for m in _mentions(text)] == ["Kim Jong Un", "Pyongyang"]
    assert gc.isenabled()


# --------------------------------------------------------------------------- public helpers


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Lee Jae-myung", "Lee Jae Myung"),
        ("Lee Jae-myung", "Lee Jaemyung"),
        ("Kim Jong Un", "Kim Jong-un"),
        ("Kim Jong Un", "KIM JONG UN"),
        ("Ga-young Park", "Park Ga-young"),
        ("Pak Chŏng-hŭi", "Pak Chong-hui"),
    ],
)
def test_name_key_equal(a: str, b: str) -> None:
    assert kn.name_key(a) == kn.name_key(b)


def test_name_key_values() -> None:
    assert kn.name_key("Lee Jae Myung") == "lee jaemyung"
    assert kn.name_key("Ga-young Park") == "park gayoung"
    assert kn.name_key("Kim Jin-hyang") != kn.name_key("Kim Jin-hyung")
    assert kn.name_key("Ian Bennetts") == "ianbennetts"  # not a Korean name: letters only


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("Park Chung-hee", "Pak Chŏng-hŭi", True),
        ("Jung Eun-kyeong", "Jeong Eun-kyeong", True),
        ("Yoon Suk Yeol", "Yun Suk-yeol", True),
        ("Syngman Rhee", "Lee Seung-man", True),
        ("Choi Se-yul", "Choi Hyun-kyoo", False),
        ("Kim Jong-un", "Kim Jong-il", False),
        ("Park Chung-hee", "Ian Bennetts", False),
    ],
)
def test_same_name(a: str, b: str, same: bool) -> None:
    assert kn.same_name(a, b) is same


def test_parse_name() -> None:
    p = kn.parse_name("Hyun-Jin Ryu")
    assert p is not None
    assert (p.family, p.given, p.order, p.display) == ("Ryu", "Hyun-Jin", "given-first", "Ryu Hyun-jin")
    assert kn.parse_name("Kim Kardashian") is None
    assert kn.parse_name("Olympic Park") is None


def test_hangul_readings() -> None:
    assert "박정희" in kn.hangul_readings("Park", "Chung-hee")
    assert "이승만" in kn.hangul_readings("Rhee", "Syngman")
    assert kn.hangul_readings("Bennetts", "Ian") == set()


# --------------------------------------------------------------------------- user data


def test_user_data_folder_extends_tables(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    text = "Kim Hyoung-jyn met officials in Seongsu."
    assert _mentions(text) == []
    (tmp_path / "syllables_extra.tsv").write_text(
        "hangul\tspellings\tnote\n진\tjyn\tan outlet's house spelling\n", encoding="utf-8"
    )
    (tmp_path / "places.tsv").write_text(
        "name\tkind\tcountry\thangul\trr\tmr_plain\tvariants\n"
        "Seongsu\tneighbourhood\tKR\t성수\tSeongsu\tSongsu\tSeongsu-dong\n",
        encoding="utf-8",
    )
    monkeypatch.setenv(kn.ENV_VAR, str(tmp_path))
    kn.reload()
    try:
        found = [(m.kind, m.text, m.name) for m in _mentions(text)]
        assert found == [("person", "Kim Hyoung-jyn", "Kim Hyoung-jyn"), ("place", "Seongsu", "Seongsu")]
    finally:
        monkeypatch.delenv(kn.ENV_VAR)
        kn.reload()
    assert _mentions(text) == []


def test_user_row_with_a_known_name_adds_spellings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    text = "Exports to Sth Korea and South Korea rose."
    assert [m.text for m in _mentions(text)] == ["South Korea"]
    (tmp_path / "world.tsv").write_text(
        "name\tkind\tvariants\nSouth Korea\tcountry\tSth Korea\n", encoding="utf-8"
    )
    monkeypatch.setenv(kn.ENV_VAR, str(tmp_path))
    kn.reload()
    try:
        found = [(m.text, m.key) for m in _mentions(text)]
        assert found == [("Sth Korea", "place:South Korea"), ("South Korea", "place:South Korea")]
    finally:
        monkeypatch.delenv(kn.ENV_VAR)
        kn.reload()


# --------------------------------------------------------------------------- with other plugins


class _FakeOrganizations:
    """Stands in for another plugin: an organisation around a place, a non-Korean person."""

    @hookimpl
    def newsfacts_find_mentions(self, article: Article) -> Iterable[Mention]:
        text = article.text
        for name, kind, key in (
            ("Kaeseong Industrial District Foundation", "organization", "org:kaeseong"),
            ("Ian Bennetts", "person", "en:ian bennetts"),
            ("Sun Moon University", "organization", "org:sun moon university"),
        ):
            at = text.find(name)
            if at >= 0:
                yield Mention.of(
                    article, at, at + len(name), kind, key=key, priority=10 if kind != "person" else 0
                )


def test_works_with_an_organisation_plugin() -> None:
    ex = newsfacts.Extractor(bundled=False, autoload=False, plugins=[kn, _FakeOrganizations()], strict=True)
    text = (
        "Kim Jin-hyang, chairman of the Kaeseong Industrial District Foundation, met Ian Bennetts "
        "at Sun Moon University. Bennetts said Kim was hopeful."
    )
    facts = ex.extract(text)
    got = sorted((e.kind, e.name) for e in facts.entities)
    assert got == [
        ("organization", "Kaeseong Industrial District Foundation"),
        ("organization", "Sun Moon University"),
        ("person", "Ian Bennetts"),
        ("person", "Kim Jin-hyang"),
    ]  # Kaeseong is named only inside the foundation's name: no place of the story
    kim = next(e for e in facts.entities if e.name == "Kim Jin-hyang")
    assert [s.text for s in kim.mentions] == ["Kim Jin-hyang", "Kim"]
    # once the place stands on its own too, it is kept with its nested mention
    facts = ex.extract(text + " The factories in Kaeseong stay shut.")
    place = next(e for e in facts.entities if e.kind == "place")
    assert (place.name, [s.text for s in place.mentions]) == ("Kaesong", ["Kaeseong", "Kaeseong"])


# --------------------------------------------------------------------------- robustness


@pytest.mark.parametrize(
    "text",
    [
        "",
        "\x00",
        "Kim\x00Jong Un",
        "\ud800 Kim \udfff Jin-hyang",
        "Ŏ Ŭ ŎM Ch'",
        "-" * 10,
        "Kim-",
        "Mt.",
        "U.S.A.S.",
        "’s",
    ],
)
def test_odd_input_never_crashes(text: str) -> None:
    for m in _mentions(text):
        assert text[m.start : m.end] == m.text


def _scan(text: str) -> None:
    for m in _mentions(text):
        assert text[m.start : m.end] == m.text


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "Kim " * 50_000,
        "Kim Jong Un " * 30_000,
        "Jin-hyang-" * 100_000,
        "Republic of the " * 50_000,
        "“" * 100_000,
        "1-2-3-4-" * 100_000,
        "U.S." * 50_000,
        "Seoul Park Moon " * 20_000,
        "Kim Jong Un Oversees Test " * 20_000,
    ],
    ids=["caps-words", "names", "hyphens", "of-the", "quotes", "digits", "dots", "mixed", "headline"],
)
def test_worst_cases_finish(text: str) -> None:
    # A hang guard only (each takes well under a second): the speed and the linear
    # scaling of these inputs are measured by benchmarks/bench.py, not asserted here.
    done = threading.Event()
    worker = threading.Thread(target=lambda: (_scan(text), done.set()), daemon=True)
    worker.start()
    worker.join(60)
    assert done.is_set(), "the plugin did not finish a worst-case input within 60 s"


def test_a_korean_name_another_plugin_found_joins_the_same_person() -> None:
    # the byline is read as a Korean name; the credit line's copy comes from the organisations
    # plugin's byline authors, keyed otherwise: the two are one person
    text = (
        "Hanwha wins carrier order\n\nBy Jeongmin Oh\n\n"
        "SEOUL, Oct 28 (Reuters) - Hanwha Ocean said on Tuesday it had won a $3.8 billion order.\n\n"
        "(Reporting by Jeongmin Oh; Editing by Lincoln Ferris)\n"
    )
    facts = newsfacts.Extractor().extract(text)
    oh = [e for e in facts.entities if e.kind == "person" and e.get("family") == "Oh"]
    assert len(oh) == 1
    assert [m.text for m in oh[0].mentions] == ["Jeongmin Oh", "Jeongmin Oh"]


def test_a_world_place_takes_its_unit_word_and_oceans_are_places(alone: newsfacts.Extractor) -> None:
    facts = alone.extract(
        "Interceptor units were deployed to Okinawa Prefecture. Debris could fall in the Pacific Ocean "
        "east of the Philippine island of Luzon. Trans-Pacific shipping was not affected."
    )
    places = {p.name: [m.text for m in p.mentions] for p in facts.of_kind("place")}
    assert places["Okinawa"] == ["Okinawa Prefecture"]
    assert places["Pacific Ocean"] == ["Pacific Ocean"]
    assert places["Luzon"] == ["Luzon"]


def test_foreign_cities_and_provinces_beyond_the_capitals(alone: newsfacts.Extractor) -> None:
    facts = alone.extract(
        "The vehicles will be built near Geelong and tested in Queensland. The utility signed in "
        "Ljubljana to build a second unit at Krško, which the caption spells Krsko. Traders crossed "
        "from Changbai, and a ferry ran to Labuan."
    )
    places = {p.name: sorted(m.text for m in p.mentions) for p in facts.of_kind("place")}
    for name in ("Geelong", "Queensland", "Ljubljana", "Changbai", "Labuan"):
        assert name in places, sorted(places)
    assert places["Krško"] == ["Krsko", "Krško"]


@pytest.mark.parametrize(
    "text",
    [
        "Victoria Beckham said she would attend.",
        "Reading the report, analysts saw a nice result.",
        "Mobile phone sales rose after the Manchester City match.",
    ],
)
def test_place_names_that_are_words_names_or_clubs_stay_out(alone: newsfacts.Extractor, text: str) -> None:
    assert not alone.extract(text).of_kind("place")


def test_a_suffixed_district_and_its_english_unit_are_one_place(alone: newsfacts.Extractor) -> None:
    facts = alone.extract(
        "Researchers from the science parks of Yuseong-gu were hit hard. In Yuseong District alone, "
        "1,870 tenants lost deposits, and Dasan-gun officials met Dasan County farmers."
    )
    places = {p.name: [m.text for m in p.mentions] for p in facts.of_kind("place")}
    assert places["Yuseong-gu"] == ["Yuseong-gu", "Yuseong District"]
    assert places["Dasan-gun"] == ["Dasan-gun", "Dasan County"]


def test_a_lower_case_unit_word_belongs_to_its_place(alone: newsfacts.Extractor) -> None:
    facts = alone.extract(
        "Families came from Yanbian in Jilin province and from Jeju island. Gapyeong county officials "
        "met them. Seoul, province by province, counted the votes."
    )
    places = {p.name: [m.text for m in p.mentions] for p in facts.of_kind("place")}
    assert places["Jilin"] == ["Jilin province"]
    assert places["Jeju"] == ["Jeju island"]
    assert places["Gapyeong"] == ["Gapyeong county"]
    assert places["Seoul"] == ["Seoul"]  # a comma ends the name


def test_a_sentence_opener_is_no_given_name(alone: newsfacts.Extractor) -> None:
    # "But Lee added": the opener of titles.txt is no Western-order given name
    facts = alone.extract("Education Minister Lee Ju-ho spoke on Friday. But Lee added that he understood.")
    assert [p.name for p in facts.of_kind("person")] == ["Lee Ju-ho"]
    assert [p.name for p in alone.extract("Ga-young Park said the talks went well.").of_kind("person")] == [
        "Park Ga-young"
    ]


def test_a_breed_named_after_a_place_is_no_place(alone: newsfacts.Extractor) -> None:
    text = (
        "She lifted a white Jindo mix named Bori. Most are Tosa and Jindo mixes. The ferry to Jindo was full."
    )
    facts = alone.extract(text)
    places = [(p.name, [m.start for m in p.mentions]) for p in facts.of_kind("place")]
    assert places == [("Jindo", [text.rindex("Jindo")])]


def test_a_province_in_its_official_romanisation_is_that_province(alone: newsfacts.Extractor) -> None:
    text = (
        "The plant in Naju, Jeollanam-do, is the second in South Jeolla Province. Jeonju is in Jeollabuk-do."
    )
    places = {p.name: [m.text for m in p.mentions] for p in alone.extract(text).of_kind("place")}
    assert places["South Jeolla Province"] == ["Jeollanam-do", "South Jeolla Province"]
    assert places["North Jeolla Province"] == ["Jeollabuk-do"]


def test_a_listed_region_compound_is_one_place_and_oceans_stand_alone(alone: newsfacts.Extractor) -> None:
    text = "Asia-Pacific trade grew, and the Korea-US summit went ahead."
    names = sorted(p.name for p in alone.extract(text).of_kind("place"))
    assert names == ["Asia-Pacific", "Korea", "United States"]
    text = (
        "A submarine went into the Pacific. Hot air from the North Pacific high fed the front, and "
        "freight rates on the trans-Pacific route climbed."
    )
    mentions = [(m.text, m.start) for p in alone.extract(text).of_kind("place") for m in p.mentions]
    assert mentions == [("Pacific", text.index("Pacific"))]


def test_a_korean_river_no_table_lists(alone: newsfacts.Extractor) -> None:
    text = "He walked along the Soyang River in the dark; the Han River froze and the Pearl River did not."
    names = sorted(p.name for p in alone.extract(text).of_kind("place"))
    assert names == ["Han River", "Soyang River"]


def test_an_ambiguous_spelling_is_the_place_the_article_names_without_doubt(
    alone: newsfacts.Extractor,
) -> None:
    text = (
        "Families from Seoul, Busan and Incheon met at the Mount Kumgang resort. The Geumgang reunions "
        "were the first since 2018.\n\nFarmers along the Geum River fear a drought; the Geumgang has shrunk.\n"
    )
    first, second = text.split("\n\n")
    places = {e.name: [m.text for m in e.mentions] for e in alone.extract(first).of_kind("place")}
    assert places["Mount Kumgang"] == ["Mount Kumgang", "Geumgang"]
    places = {e.name: [m.text for m in e.mentions] for e in alone.extract(second).of_kind("place")}
    assert places["Geum River"] == ["Geum River", "Geumgang"]
    # the article's own unambiguous place beats a row whose name holds the spelling as a word
    text = "A worker walks past the plant in Cheongju, South Korea. The Chongju plant makes DRAM."
    places = {e.name: [m.text for m in e.mentions] for e in alone.extract(text).of_kind("place")}
    assert places["Cheongju"] == ["Cheongju", "Chongju"]
