"""Organisations that their context proves: a descriptor noun before the name, a list beside other organisations,
names with "and" before their head word, and the roles that then find their organisation.

The sentences are written in the style of Korean business, culture and disaster news.
The organizations plugin runs with the stand-in for the Korean names plugin of
``test_organizations``; the last tests run every bundled plugin, to check which
mention wins where a place or a name word opens an organisation's name.
"""

from __future__ import annotations

import pytest

import newsfacts
from tests.plugins.test_organizations import ALONE as ALONE_ORGS
from tests.plugins.test_organizations import org_spans, roles, run


def _spans(text: str, names: list[str]) -> list[tuple[str, int, int]]:
    """The expected (name, start, end) of ``names``, found in order in ``text``."""
    out = []
    pos = 0
    for name in names:
        start = text.index(name, pos)
        out.append((name, start, start + len(name)))
        pos = start + len(name)
    return sorted(out)


# (text, organisation names as written, in order of appearance)
DESCRIBED = [
    (
        "Operating profit at listed firms is expected to rise 14 percent this year, according to data provider FnGuide.",
        ["FnGuide"],
    ),
    ("The label ADOR said on Friday it would file a lawsuit against the five members.", ["ADOR"]),
    ("Streaming platform Tving will merge with its rival by the end of the year.", ["Tving"]),
    ("Budget carrier Jeju Air said it would resume flights to Osaka next month.", ["Jeju Air"]),
    ("Startup Toss said it would open an office in Singapore.", ["Toss"]),
    ("Lender Kakao Bank posted a record quarterly profit on Thursday.", ["Kakao Bank"]),
    ("Chipmakers Samsung and SK hynix led the gains on the Kospi.", ["Samsung", "SK hynix"]),
    (
        "Cryptocurrency exchange Upbit froze the accounts, and think tank Asan Institute warned of more hacks.",
        ["Upbit", "Asan Institute"],
    ),
    (
        "Album sales fell for the first time in a decade, market tracker MIDiA Research said.",
        ["MIDiA Research"],
    ),
    ("The single topped music chart Hanteo Chart in its first week.", ["Hanteo Chart"]),
    ("Ilgan Sports, a local sports daily, first reported the couple's split.", ["Ilgan Sports"]),
    (
        "Upbit, the country's largest cryptocurrency exchange, said it had frozen the stolen coins.",
        ["Upbit"],
    ),
    ("Jeon Ji-hoon, a former bank executive, said the lenders would merge.", []),
    # an appositive that goes on with a preposition or a participle
    (
        "Buyers paid through SeatSwap, a privately held resale platform based in Austin, Texas.",
        ["SeatSwap"],
    ),
    ("Pinegate, a family-owned aged-care operator with 14 homes, will trial it.", ["Pinegate"]),
    # one singular descriptor set off by commas before the name
    ("She paid $1,900 for a seat that the official ticketing platform, Ticketa, had sold.", ["Ticketa"]),
    ("Banks, Shinhan included, cut rates.", []),
    ("The rival bid, from the Franco-German consortium Eurotrak, cost more.", ["Eurotrak"]),
    ("Lumora, the ad-supported streamer, has agreed to pay for the rights.", ["Lumora"]),
    ("The satellites belong to Zenit Orbital, a privately held company in Lisbon.", ["Zenit Orbital"]),
    # a religion's adjective after a descriptor word is no name
    ("The painting is a gwaebul, a giant Buddhist image meant for ceremonies.", []),
]


@pytest.mark.parametrize(("text", "names"), DESCRIBED)
def test_a_descriptor_noun_before_a_name_makes_it_an_organisation(text: str, names: list[str]) -> None:
    assert org_spans(run(text)) == _spans(text, names)


LISTED = [
    (
        "Household loans at the country's five major banks — KB Kookmin, Shinhan, Hana, Woori and NongHyup — rose "
        "by 2.1 trillion won last month.",
        ["KB Kookmin", "Shinhan", "Hana", "Woori", "NongHyup"],
    ),
    (
        "Shares of brokerages such as Mirae Asset, NH Investment and KB Securities fell more than 3 percent.",
        ["Mirae Asset", "NH Investment", "KB Securities"],
    ),
    (
        "Mobile carriers SK Telecom, KT and LG Uplus will cut data fees from July.",
        ["SK Telecom", "KT", "LG Uplus"],
    ),
    (
        "Naver, Kakao and Danggeun Market agreed to remove the listings, the commission said.",
        ["Naver", "Kakao", "Danggeun Market"],
    ),
]


LISTED.extend(
    [
        (
            "Panel makers LG Display, Samsung Display and BOE cut output for a third quarter.",
            ["LG Display", "Samsung Display", "BOE"],
        ),
        ("The company Kakao Pay said it would raise 500 billion won.", ["Kakao Pay"]),
        (
            "The Financial Supervisory Service fined Samsung Life, Hanwha Life and Kyobo Life on Wednesday.",
            ["Financial Supervisory Service", "Samsung Life", "Hanwha Life", "Kyobo Life"],
        ),
    ]
)


@pytest.mark.parametrize(("text", "names"), LISTED)
def test_names_listed_beside_organisations_or_after_a_plural_descriptor(text: str, names: list[str]) -> None:
    assert org_spans(run(text)) == _spans(text, names)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Talks between Samsung and Trump administration officials ended on Monday.", ["Samsung"]),
        ("Smith, Jones and Samsung were named as defendants in the suit.", ["Samsung"]),
        ("In Seoul, Tokyo and Washington, officials welcomed the deal signed by Hyundai.", ["Hyundai"]),
        ("The company Lee founded in 1998 now employs 3,000 people.", []),
        ("The aircraft carrier USS Ronald Reagan arrived in Busan on Thursday.", []),
        ("Moon, Trump and Kim met briefly at the border village in June 2019.", []),
        ("The bank Governor Rhee Chang-yong leads kept its key rate unchanged.", []),
        ("Samsung Galaxy phones sold well in Europe, Samsung said.", ["Samsung", "Samsung"]),
        ("Budget carriers T'way Air and Jin Air cut fares to Osaka.", []),
        ("The startup Musk founded in 2002 launched another rocket on Sunday.", []),
        ("Shares of the chipmaker Jensen Huang leads rose 4 percent, lifting Samsung.", ["Samsung"]),
    ],
)
def test_people_places_and_lone_neighbours_of_one_company_are_not_organisations(
    text: str, names: list[str]
) -> None:
    assert org_spans(run(text)) == _spans(text, names)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "The Central Disaster and Safety Countermeasures Headquarters said 12 people had been killed.",
            ["Central Disaster and Safety Countermeasures Headquarters"],
        ),
        (
            "The Korea Disease Control and Prevention Agency reported 312 new cases on Sunday.",
            ["Korea Disease Control and Prevention Agency"],
        ),
        (
            "The Ministry of Agriculture, Food and Rural Affairs ordered a standstill on poultry farms.",
            ["Ministry of Agriculture, Food and Rural Affairs"],
        ),
        (
            "NH Investment and KB Securities both cut their target prices.",
            ["KB Securities"],
        ),
        (
            "North Korea and United Nations Command officers met at the truce village.",
            ["United Nations Command"],
        ),
    ],
)
def test_names_with_and_before_their_head_word(text: str, names: list[str]) -> None:
    facts = run(text)
    assert org_spans(facts) == _spans(text, names)
    assert [e.name for e in facts.entities if e.kind == "person"] == []


def test_a_proven_name_is_an_organisation_wherever_it_stands_alone() -> None:
    text = (
        "Operating profit is expected to rise, according to data provider QuantWise. "
        '"We expect a rebound," said Lee Kyung-min, an analyst at QuantWise. '
        "QuantWise analyst Park Sang-hyun said chip earnings would lead. Separately, QuantWise Plus opened an office."
    )
    facts = run(text)
    starts = [s.start for e in facts.of_kind("organization") if e.name == "QuantWise" for s in e.mentions]
    assert len(starts) == 3
    assert "QuantWise Plus" not in [s.text for e in facts.of_kind("organization") for s in e.mentions]
    assert sorted(r[:3] for r in roles(facts)) == [
        ("Lee Kyung-min", "analyst", "QuantWise"),
        ("Park Sang-hyun", "analyst", "QuantWise"),
    ]


def test_a_grown_company_name_is_kept_at_its_later_mentions() -> None:
    text = (
        "Panel makers LG Display, Samsung Display and BOE cut output. Samsung Display said prices would rise, "
        "while Samsung said it would invest."
    )
    spans = org_spans(run(text))
    later = text.index("Samsung Display said")
    assert ("Samsung Display", later, later + len("Samsung Display")) in spans
    assert ("Samsung", text.rindex("Samsung"), text.rindex("Samsung") + 7) in spans


def test_roles_with_an_organisation_proven_by_its_label() -> None:
    text = (
        "The label ADOR said it would appeal. Park Ji-won, CEO of ADOR, denied the allegations, and "
        "ADOR CEO Kim Ju-young said talks were over."
    )
    got = sorted(r[:3] for r in roles(run(text)))
    assert got == [("Kim Ju-young", "CEO", "ADOR"), ("Park Ji-won", "CEO", "ADOR")]


BUNDLED = newsfacts.Extractor(strict=True)


@pytest.mark.parametrize(
    ("text", "org", "not_place"),
    [
        (
            "Cheong Seong-chang, a researcher at the Sejong Institute, said talks were unlikely.",
            "Sejong Institute",
            "Sejong",
        ),
        ("The album sold 1.6 million copies, Hanteo Chart said on Monday.", "Hanteo Chart", "Hanteo"),
    ],
)
def test_a_place_or_name_word_before_an_org_word_is_part_of_the_organisation(
    text: str, org: str, not_place: str
) -> None:
    facts = BUNDLED.extract(text)
    assert org in [e.name for e in facts.of_kind("organization")]
    assert not_place not in [e.name for e in facts.entities if e.kind in ("place", "person")]
    assert org not in [e.name for e in facts.entities if e.kind == "person"]


def test_the_city_alone_is_still_a_place() -> None:
    facts = BUNDLED.extract(
        "Ministries moved to Sejong in 2012, and the Sejong Institute stayed in Seongnam."
    )
    assert "Sejong" in [e.name for e in facts.of_kind("place")]


# --------------------------------------------------------------------------- byline authors


def _bylined(text: str, authors: tuple[str, ...], byline: str) -> newsfacts.Facts:
    """``text`` as a reader would hand it over: its authors known and its byline marked."""
    start = text.index(byline)
    article = newsfacts.Article(
        text=text,
        authors=authors,
        regions=(newsfacts.Region(start=start, end=start + len(byline), kind="byline"),),
    )
    return ALONE_ORGS.extract(article)


def test_an_author_in_the_byline_is_a_person_and_later_surnames_link_to_it() -> None:
    text = (
        "Seoul raises its growth forecast\n\nBy Daniel Mercer\n\n"
        "The finance ministry raised its forecast on Monday. Mercer covers the economy."
    )
    facts = _bylined(text, ("Daniel Mercer",), "By Daniel Mercer")
    (person,) = facts.of_kind("person")
    assert person.name == "Daniel Mercer"
    assert [m.text for m in person.mentions] == ["Daniel Mercer", "Mercer"]


def test_an_all_capitals_byline_gives_the_author_as_written_there() -> None:
    text = (
        "Parliament votes to move offices\n\nBy DANIEL MERCER and HELEN PARK\n\nThe vote passed on Tuesday."
    )
    facts = _bylined(text, ("Daniel Mercer", "Helen Park"), "By DANIEL MERCER and HELEN PARK")
    got = {p.name: [m.text for m in p.mentions] for p in facts.of_kind("person")}
    assert got == {"Daniel Mercer": ["DANIEL MERCER"], "Helen Park": ["HELEN PARK"]}


def test_credit_lines_name_reporters_and_nothing_outside_the_byline_counts() -> None:
    text = (
        "Ferris Oakes is also the name of a character in the novel.\n\n"
        "(Reporting by Ferris Oakes in Washington; Editing by Clarence Fernandez)"
    )
    credits = "(Reporting by Ferris Oakes in Washington; Editing by Clarence Fernandez)"
    facts = _bylined(text, ("Ferris Oakes",), credits)
    (person,) = facts.of_kind("person")
    # the byline proves the name, so its earlier use in the body is the same person
    assert [m.start for m in person.mentions] == [0, text.index(credits) + len("(Reporting by ")]
    # without authors, nothing is proven
    assert _bylined(text, (), credits).of_kind("person") == ()


def test_editors_and_contributors_a_reader_lists_are_persons_in_their_byline() -> None:
    text = "Shipbuilders sign deal\n\nThe deal was signed on Monday.\n\n(Editing by Lincoln Ferris)"
    credits = "(Editing by Lincoln Ferris)"
    start = text.index(credits)
    article = newsfacts.Article(
        text=text,
        meta={"editors": ["Lincoln Ferris"], "contributors": "not a list"},
        regions=(newsfacts.Region(start=start, end=start + len(credits), kind="byline"),),
    )
    (person,) = ALONE_ORGS.extract(article).of_kind("person")
    assert person.name == "Lincoln Ferris"


def test_a_company_read_alone_is_the_one_whose_short_form_it_is() -> None:
    text = (
        "The vector is licensed from Alpenrose Therapeutics, a Swiss company. Alpenrose chief medical "
        "officer Joaquin Ibanez said filings would follow."
    )
    facts = run(text)
    (org,) = facts.of_kind("organization")
    assert [m.text for m in org.mentions] == ["Alpenrose Therapeutics", "Alpenrose"]
    assert [r[:3] for r in roles(facts)] == [
        ("Joaquin Ibanez", "chief medical officer", "Alpenrose Therapeutics")
    ]


def test_a_vietnamese_name_is_family_first_and_called_by_its_last_word() -> None:
    text = (
        "Phạm Văn Tùng, 41, collapsed in a field on Sunday. His colleague, Lê Thị Hằng, said he "
        "was tired. Mr Tùng had arrived in May, Ms Hằng said. The paper Le Monde reported it.\n"
    )
    persons = {p.name: p for p in BUNDLED.extract(text).of_kind("person")}
    assert set(persons) == {"Phạm Văn Tùng", "Lê Thị Hằng"}
    tung = persons["Phạm Văn Tùng"]
    assert (tung.data.family, tung.data.given, tung.data.order) == ("Phạm", "Văn Tùng", "family-first")
    assert [m.text for m in tung.mentions] == ["Phạm Văn Tùng", "Tùng"]
    assert [m.text for m in persons["Lê Thị Hằng"].mentions] == ["Lê Thị Hằng", "Hằng"]


def test_an_age_set_off_after_a_name_proves_a_person() -> None:
    text = "Aurelio Quispe, 52, collapsed on Sunday. Green Valley, 12, and Busan, 8, voted."
    assert [p.name for p in BUNDLED.extract(text).of_kind("person")] == ["Aurelio Quispe"]


def test_a_taiwanese_name_with_a_hyphenated_given_name_is_a_person() -> None:
    text = (
        "Deputy Director-General Chen Yi-ting (陳怡婷) said the ministry had asked Washington. "
        "Chen Kuan-yu, an analyst at the institute, said it could come soon. Kim Min-ji agreed."
    )
    persons = {p.name: p for p in BUNDLED.extract(text).of_kind("person")}
    assert set(persons) == {"Chen Yi-ting", "Chen Kuan-yu", "Kim Min-ji"}
    assert (persons["Chen Yi-ting"].data.family, persons["Chen Yi-ting"].data.order) == (
        "Chen",
        "family-first",
    )
    # a Korean name stays the korean_names plugin's
    assert persons["Kim Min-ji"].source == "korean_names"
