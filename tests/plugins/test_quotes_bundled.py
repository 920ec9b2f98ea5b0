"""The quotes plugin with the bundled finders on, and with them off (speakers as written)."""

from __future__ import annotations

import pytest

from newsfacts import Extractor, QuoteClaim

PASSAGE = (
    "“There were certain restrictions,” said Kim Jin-hyang, chairman of the Kaeseong Industrial "
    "District Foundation.\n\n"
    "Efforts to build a startup ecosystem are underway, according to Ian Bennetts, associate program "
    "leader of Choson Exchange.\n\n"
    "“We are going back to Kaeseong in spring,” Kim said.\n\n"
    "The region has a top-tier university, Bennetts said.\n\n"
    "Experts at the forum noted that North Korea has high quality IT talent.\n"
)


def _quotes(extractor: Extractor, text: str = PASSAGE) -> list[tuple[str, str | None, str | None, bool]]:
    facts = extractor.extract(text)
    out = []
    for c in facts.claims:
        if isinstance(c, QuoteClaim):
            speaker = facts.entity(c.speaker)
            out.append((c.text, c.speaker_text, speaker.name if speaker else None, c.direct))
    return out


def test_speakers_resolved_by_the_bundled_finders() -> None:
    got = _quotes(Extractor(autoload=False))
    assert got == [
        ("There were certain restrictions", "Kim Jin-hyang", "Kim Jin-hyang", True),
        ("Efforts to build a startup ecosystem are underway", "Ian Bennetts", "Ian Bennetts", False),
        ("We are going back to Kaeseong in spring", "Kim", "Kim Jin-hyang", True),
        ("The region has a top-tier university", "Bennetts", "Ian Bennetts", False),
        ("North Korea has high quality IT talent", "Experts at the forum", None, False),
    ]


def test_without_finders_speakers_are_as_written() -> None:
    got = _quotes(Extractor(autoload=False, disable=["korean_names", "organizations"]))
    assert got == [
        ("There were certain restrictions", "Kim Jin-hyang", None, True),
        ("Efforts to build a startup ecosystem are underway", "Ian Bennetts", None, False),
        ("We are going back to Kaeseong in spring", "Kim", None, True),
        ("The region has a top-tier university", "Bennetts", None, False),
        ("North Korea has high quality IT talent", "Experts at the forum", None, False),
    ]


def test_a_title_then_an_appositive_and_an_auxiliary_before_the_cue() -> None:
    # the title is known from the organisations plugin's role claim; "had" is no speaker
    text = (
        "Board member Seong Ji-won, one of the two dissenters, had warned in a speech last month "
        "that easing too early could “pour fuel on a housing market that has not cooled.”\n"
    )
    assert _quotes(Extractor(autoload=False), text) == [
        ("pour fuel on a housing market that has not cooled", "Seong Ji-won", "Seong Ji-won", True)
    ]


def test_a_title_before_the_speaker_and_an_affiliation_after_the_name() -> None:
    # "Ko's lawyer," is the speaker's title (a role claim), not a clause the cue reports
    text = (
        "Ko's lawyer, Yeom Tae-jun of the law firm Lee & Ko, told reporters outside the courthouse "
        "the chairman would appeal.\n"
    )
    assert _quotes(Extractor(autoload=False), text) == [
        ("the chairman would appeal", "Yeom Tae-jun", "Yeom Tae-jun", False)
    ]


def test_a_surname_named_inside_the_quote_is_not_the_speaker() -> None:
    # Two Kims: the one the analyst's words name is not the Kim who says them, in a curly
    # or a straight quotation, and the analyst's entity holds the bare "Kim" as well
    for open_, close in (("\u201c", "\u201d"), ('"', '"')):
        text = (
            "Kim Jong Un visited the site at least 10 times.\n\n"
            "Kim Ji-hoon, a research fellow at the Korea Institute for National Unification, said "
            "rail had become the main way in.\n\n"
            f"{open_}Kim Jong Un wants the resort to earn hard currency,{close} Kim said.\n"
        )
        facts = Extractor(autoload=False).extract(text)
        assert _quotes(Extractor(autoload=False), text)[-1][1:3] == ("Kim", "Kim Ji-hoon")
        fellow = next(e for e in facts.of_kind("person") if e.name == "Kim Ji-hoon")
        assert fellow.mentions[-1].start == text.rindex("Kim")


def test_and_said_and_it_said_take_the_subject_the_sentence_opened_with() -> None:
    text = (
        "Haneul Semiconductor said profit rose 62 percent.\n\n"
        "Shin Jae-hoon, a chip analyst at Daon Securities, said demand would stay strong.\n\n"
        "The company also raised its dividend and said it would buy back 3 trillion won of shares.\n\n"
        "The Education Ministry said applications rose.\n\n"
        "Yang Ji-soo, a teacher, said rooms were crowded.\n\n"
        "The ministry will open 1,318 test sites nationwide, it said.\n"
    )
    got = _quotes(Extractor(autoload=False), text)
    assert ("it would buy back 3 trillion won of shares", "The company", "Haneul Semiconductor", False) in got
    assert ("The ministry will open 1,318 test sites nationwide", "it", "Education Ministry", False) in got


def test_a_source_of_data_named_after_a_passive_is_not_the_company() -> None:
    text = (
        "Haneul Semiconductor on Thursday reported a record profit of 8.1 trillion won, beating the "
        "7.9 trillion won forecast by analysts polled by Daon Research.\n\n"
        "Revenue rose 75% to 19.8 trillion won, the memory chipmaker said in a regulatory filing.\n"
    )
    got = _quotes(Extractor(autoload=False), text)
    assert (
        "Revenue rose 75% to 19.8 trillion won",
        "the memory chipmaker",
        "Haneul Semiconductor",
        False,
    ) in got


def test_and_says_after_a_pronoun_subject() -> None:
    text = (
        "Park Eun-ju said the plan would work.\n\n"
        "She has pledged a 500 billion won fund, and says it would create 10,000 jobs by 2030.\n"
    )
    got = _quotes(Extractor(autoload=False), text)
    assert ("it would create 10,000 jobs by 2030", "She", "Park Eun-ju", False) in got


def test_a_titled_subject_a_new_spokesman_a_clause_around_a_long_quote_and_warn() -> None:
    text = (
        "Korail chief executive Bae Sung-won, who took office in September, apologized Friday and "
        "said \u201csafety will come before punctuality.\u201d\n\n"
        "JCS spokesman Colonel Kang Min-seok told a briefing that the drills would run for 11 days.\n\n"
        "A spokesman for the North's defence ministry called the drills a provocation.\n\n"
        '"We will answer any attempt to violate our sovereignty," the spokesman said.\n\n'
        "Lim Hyun-woo, a researcher at the Asan Institute, said Pyongyang was likely to answer the "
        'drills with "a show of force that stops just short of a missile launch" before they end.\n\n'
        "Demand climbed on Monday, and grid operators warn that a new record could be set this week.\n"
    )
    got = _quotes(Extractor(autoload=False), text)
    assert (
        "safety will come before punctuality",
        "Korail chief executive Bae Sung-won",
        "Bae Sung-won",
        True,
    ) in got
    assert ("We will answer any attempt to violate our sovereignty", "the spokesman", None, True) in got
    reported = [g for g in got if not g[3]]
    assert any(
        g[0].startswith("Pyongyang was likely to answer the drills") and g[2] == "Lim Hyun-woo"
        for g in reported
    )
    assert ("a new record could be set this week", "grid operators", None, False) in got


def test_a_pronoun_remembers_the_gender_it_showed_and_a_subject_after_a_fronted_phrase() -> None:
    text = (
        "Ko Seung-hee, director of the tourism association, said arrivals rose. "
        "\u201cThe cruise ships are back,\u201d she said.\n\n"
        "In Seogwipo, restaurant owner Ko Dong-il has watched the buses come and go. "
        "\u201cThey arrive in the morning and leave before dinner,\u201d he said.\n"
    )
    got = _quotes(Extractor(autoload=False), text)
    assert ("The cruise ships are back", "she", "Ko Seung-hee", True) in got
    assert ("They arrive in the morning and leave before dinner", "he", "Ko Dong-il", True) in got


def test_a_title_before_the_name_in_an_appositive_speaker() -> None:
    text = (
        "The People Power Party (PPP) reached a deal late Tuesday.\n\n"
        "The PPP's negotiator, Rep. Song Min-gyu, said his party had won protections.\n"
    )
    got = _quotes(Extractor(autoload=False), text)
    assert ("his party had won protections", "Song Min-gyu", "Song Min-gyu", False) in got


def test_a_long_speaker_phrase_ending_in_an_affiliation_is_the_person() -> None:
    text = (
        "Seoul Metropolitan Councilor Bae Jun-ho of the Democratic Party, who voted against the plan "
        "in committee, said the city should have asked the central government to pay.\n"
    )
    got = _quotes(Extractor(autoload=False), text)
    assert [(q[0], q[2]) for q in got] == [
        ("the city should have asked the central government to pay", "Bae Jun-ho")
    ]


def test_the_reporter_and_the_photographer_are_no_pronoun_antecedents() -> None:
    text = (
        "Jeju draws record numbers of foreign tourists\n\n"
        "Park Min-jae\n22 Jan 2026 02:15PM (Updated: 22 Jan 2026 04:40PM)\n\n"
        "Tourists walk along a coastal trail on Jeju Island on Jan 18, 2026. (Photo: CNA/Park Min-jae)\n\n"
        "JEJU, South Korea: About 3.81 million foreign tourists visited Jeju last year, provincial data "
        "released on Tuesday showed.\n\n"
        "In Seogwipo, on the island's southern coast, restaurant owner Ko Dong-il has watched the "
        "buses come and go. \u201cThey arrive in the morning and leave before dinner,\u201d he said.\n"
    )
    got = _quotes(Extractor(), text)
    assert ("They arrive in the morning and leave before dinner", "he", "Ko Dong-il", True) in got


def test_a_relay_closing_a_sentence_reports_what_the_quoted_words_left() -> None:
    text = (
        "North Korean leader Kim Jong-un has called for an \u201cexponential\u201d increase in the "
        "nuclear arsenal, state media reported Sunday.\n\n"
        "Kim said the country must be ready, state media reported.\n"
    )
    got = _quotes(Extractor(autoload=False), text)
    assert (
        "North Korean leader Kim Jong-un has called for an \u201cexponential\u201d increase in the nuclear arsenal",
        "state media",
        None,
        False,
    ) in got
    # a relay after a verb that reported a clause of its own adds nothing
    assert [q for q in got if q[0] == "the country must be ready"] == [
        ("the country must be ready", "Kim", "Kim Jong-un", False)
    ]
    assert len(got) == 3


def test_a_title_in_quotes_after_a_possessive_is_no_statement() -> None:
    text = (
        "The festival will open on Sept. 17 with director Park Chan-wook's \u201cNo Other Choice,\u201d "
        "organizers said Tuesday.\n\nBong's \u201cParasite\u201d won four Oscars in 2020.\n"
    )
    got = _quotes(Extractor(autoload=False), text)
    assert got == [
        (
            "The festival will open on Sept. 17 with director Park Chan-wook's \u201cNo Other Choice,\u201d",
            "organizers",
            None,
            False,
        )
    ]


def test_a_bare_surname_with_an_appositive_is_the_person_so_described() -> None:
    text = (
        "Ruling party leader Kim Gi-hyeon and Democratic Party Chairman Kim Min-seok traded barbs on "
        "Tuesday over the budget.\n\n"
        "\u201cIt is the government that has ignored ordinary people,\u201d Kim Min-seok said. Kim said "
        "his party would not back down.\n\n"
        "Kim, the party leader, later told reporters that he was open to talks.\n"
    )
    facts = Extractor().extract(text)
    got = _quotes(Extractor(), text)
    assert ("he was open to talks", "Kim", "Kim Gi-hyeon", False) in got
    (gi,) = [p for p in facts.of_kind("person") if p.name == "Kim Gi-hyeon"]
    assert [m.text for m in gi.mentions] == ["Kim Gi-hyeon", "Kim"]


def test_a_courtesy_title_tells_two_people_of_one_surname_apart() -> None:
    # A British-style story: "Mr" and "Ms" without a full stop, a woman introduced with a
    # lower-case title at the start of her sentence, then the surname alone for both.
    text = (
        "\u201cWe have not seen it spread this fast,\u201d said Han Jae-min, a director at the "
        "agriculture ministry. Han said 40 more farms would be tested.\n\n"
        "Pig farmer Han So-ra, 52, lost her whole herd. \u201cIt was gone in a day,\u201d she said. "
        "Han said she would apply for compensation.\n\n"
        "Mr Han said the ministry would review the rules next week.\n\n"
        "Ms Han said she had not decided whether to restock.\n"
    )
    got = {q[0]: q[2] for q in _quotes(Extractor(autoload=False), text)}
    assert got["It was gone in a day"] == "Han So-ra"
    assert got["she would apply for compensation"] == "Han So-ra"
    assert got["the ministry would review the rules next week"] == "Han Jae-min"
    assert got["she had not decided whether to restock"] == "Han So-ra"


def test_a_courtesy_title_without_a_full_stop_is_no_part_of_the_name() -> None:
    text = (
        "The head of the Malaysian Badminton Association, Mr Kelvin Lim, said the team would travel. "
        "Dr Sarah Cole said the players were fit, and Mr. Darren Goh said the fans were ready.\n"
    )
    facts = Extractor(autoload=False).extract(text)
    people = sorted(e.name for e in facts.entities if e.kind == "person")
    assert people == ["Darren Goh", "Kelvin Lim", "Sarah Cole"]


def test_a_person_fronted_by_for_and_known_by_a_pronoun_after_the_first_mention() -> None:
    # "For <name>, <age>, ...": the sentence is about her, and "her herd" right after her first
    # mention says she is a woman, so "Mr Han" later is the official.
    text = (
        "\u201cWe have not seen it spread this fast,\u201d said Han Jae-min, a director at the "
        "agriculture ministry. Han said 40 more farms would be tested.\n\n"
        "For Han So-ra, 52, who has raised pigs for two decades, the order came by text message. "
        "By morning all of her herd was gone.\n\n"
        "\u201cMy father built this farm,\u201d Han said.\n\n"
        "Mr Han said the ministry would review the rules next week.\n"
    )
    got = {q[0]: q[2] for q in _quotes(Extractor(autoload=False), text)}
    assert got["My father built this farm"] == "Han So-ra"
    assert got["the ministry would review the rules next week"] == "Han Jae-min"


def test_a_description_after_a_bare_surname_matches_a_long_introduction() -> None:
    # the admiral's introduction runs on past sixty characters; its first words still count
    text = (
        "\u201cA diesel boat is a superb ambush weapon,\u201d says Lee Jae-won, a retired rear-admiral "
        "who once commanded the navy\u2019s submarine flotilla.\n\n"
        "\u201cNobody doubts that we can build the hull,\u201d says Lee Hyun-seok, a professor of nuclear "
        "engineering at KAIST.\n\n"
        "\u201cIf we start now, the first boat might be at sea by 2035,\u201d says Mr Lee, the retired admiral.\n"
    )
    got = {q[0]: q[2] for q in _quotes(Extractor(autoload=False), text)}
    assert got["If we start now, the first boat might be at sea by 2035"] == "Lee Jae-won"


def test_a_relative_pronoun_after_a_comma_speaks_for_the_words_before_it() -> None:
    text = (
        "The government has set aside 70 billion won for compensation, according to the ministry, "
        "which said it would ask for more from the reserve fund.\n\n"
        "Analysts said Kim Jong Un wanted leverage before talks with U.S. President Donald Trump, "
        "who has said he would reach out to the North Korean leader.\n\n"
        "The firm, which said profits rose, hired 300 staff.\n"
    )
    got = {q[0]: q[1] for q in _quotes(Extractor(autoload=False), text)}
    assert got["it would ask for more from the reserve fund"] == "the ministry"
    assert got["he would reach out to the North Korean leader"] == "Donald Trump"
    assert got["profits rose"] == "The firm"  # the relative clause ends at its comma


def test_an_inverted_speaker_with_a_lower_case_title_and_a_pronoun_after_a_titled_subject() -> None:
    text = (
        "\u201cWe lost to China in the group stage,\u201d said team captain Jung Min-seok, 24, who was "
        "named the most valuable player.\n\n"
        "Singapore lost 3-1 to China on Friday. Singaporean player Darren Goh, 19, said the squad "
        "had played well.\n\n"
        "\u201cWe came here ranked ninth,\u201d he told reporters after the match.\n"
    )
    got = {q[0]: (q[1], q[2]) for q in _quotes(Extractor(autoload=False), text)}
    assert got["We lost to China in the group stage"] == ("team captain Jung Min-seok", "Jung Min-seok")
    assert got["We came here ranked ninth"] == ("he", "Darren Goh")


def test_an_inverted_relation_then_the_name_and_put_it_bluntly() -> None:
    text = (
        "\u201cShe knows she is home,\u201d said her daughter, Ahn Mi-ran, 54, who brought her mother "
        "back last year.\n\n"
        "Gil Hye-sun, of the Korean Family Caregivers\u2019 Network, put it bluntly: \u201cThe government "
        "buys robots, but families need rest.\u201d\n\n"
        "Park Jin-ho put it on hold last week.\n"
    )
    got = {q[0]: q[2] for q in _quotes(Extractor(autoload=False), text)}
    assert got["She knows she is home"] == "Ahn Mi-ran"
    assert got["The government buys robots, but families need rest."] == "Gil Hye-sun"
    assert len(got) == 2


def test_a_quote_that_completes_a_that_clause_is_reported_with_its_subject() -> None:
    text = (
        "The Bank of Korea said on Thursday that the revised bill \u201creflects the central bank\u2019s "
        "concerns on monetary stability.\u201d\n"
    )
    got = [(q[0], q[3]) for q in _quotes(Extractor(autoload=False), text)]
    assert ("reflects the central bank\u2019s concerns on monetary stability", True) in got
    assert any(t.startswith("the revised bill \u201creflects") and not direct for t, direct in got)


def test_a_speaker_known_only_by_the_name_given_after_the_description() -> None:
    text = (
        '"Every teacher here knows someone who has quit," said a 38-year-old teacher from Changwon '
        "in South Gyeongsang Province, who gave only her surname, Ryu.\n\n"
        '"It is over," said one farmer, who gave only his family name, Kang.\n\n'
        '"No," said a driver identified only by his last name, Yoon.\n\n'
        '"It is fine," said a man who gave his age as 54.\n'
    )
    got = {q[0]: q[2] for q in _quotes(Extractor(autoload=False), text)}
    assert got["Every teacher here knows someone who has quit"] == "Ryu"
    assert got["It is over"] == "Kang"
    assert got["No"] == "Yoon"
    assert got["It is fine"] is None


def test_an_inverted_title_after_a_company_possessive_then_the_name() -> None:
    text = (
        "\u201cWe were told a seat would not be free,\u201d said Zenit\u2019s chief executive, Ines Valadao, "
        "who watched the launch from Lisbon.\n"
    )
    got = {q[0]: q[2] for q in _quotes(Extractor(autoload=False), text)}
    assert got["We were told a seat would not be free"] == "Ines Valadao"


def test_said_he_or_she_tells_two_people_of_one_surname_apart() -> None:
    text = (
        "Choi Bong-soon, 94, holds her brother's hand at the resort. Choi Bong-soon last saw him in "
        "1950, when he was 13.\n\n"
        "\u201cWe lose 3,000 people a year,\u201d said Choi Myung-ho, a deputy minister at the "
        "Unification Ministry.\n\n"
        "Choi said the government had proposed more reunions.\n\n"
        "Choi said she had brought her brother a jar of kimchi.\n\n"
        "Yoon Dae-hyun founded Cheonma in 2019. Yoon Mi-jin, a director-general at the agency, "
        "said the state would build a pad. She added that it would cost 42 billion won.\n\n"
        "Yoon, who founded the company in 2019, said he wanted to launch 12 rockets a year.\n"
    )
    got = {q[0]: q[2] for q in _quotes(Extractor(autoload=False), text)}
    assert got["the government had proposed more reunions"] == "Choi Myung-ho"
    assert got["she had brought her brother a jar of kimchi"] == "Choi Bong-soon"
    assert got["he wanted to launch 12 rockets a year"] == "Yoon Dae-hyun"


def test_a_pronoun_inside_a_quote_shows_no_sex_for_the_speaker_introduced_before_it() -> None:
    text = (
        "Slugger Park Jun-seo hit his 400th home run on Wednesday.\n\n"
        'Lions manager Park Jin-man said the milestone had lifted the clubhouse. "Jun-seo plays like '
        "he's 25,\" Park said.\n\n"
        "Park, who has been picked for the national team five times, has said he will decide on his "
        "future after the season.\n"
    )
    got = {q[0]: q[2] for q in _quotes(Extractor(autoload=False), text)}
    assert got["he will decide on his future after the season"] == "Park Jun-seo"


def test_a_courtesy_title_alone_keeps_the_paragraph_reading_between_two_men() -> None:
    text = (
        "The owner of the farm, Jang Byung-chul, said Mr Tran had not told anyone he felt unwell.\n\n"
        "Jang Hyun-woo, a team leader at the county office, said inspectors would visit all farms.\n\n"
        "Mr Jang said the county had already told farms to stop outdoor work.\n"
    )
    got = {q[0]: q[2] for q in _quotes(Extractor(autoload=False), text)}
    assert got["the county had already told farms to stop outdoor work"] == "Jang Hyun-woo"


@pytest.mark.parametrize(
    "text",
    [
        # a greeting after the cue reports nothing
        "When the last session ends, most of the families will say goodbye knowing they will not meet again.",
        # a gerund and its object before a participle "added" is no speaker
        "The most delicate step, removing a layer of glue added during a botched repair, was entrusted to a studio.",
        # the cue's subject stands before "and", not in the words right before it
        "On Friday, in a banquet hall at the resort, he took her hand and asked whether she still sang.",
    ],
)
def test_verbs_of_speech_that_report_nothing(text: str) -> None:
    assert _quotes(Extractor(autoload=False), text) == []


def test_participles_and_pairs_before_a_cue_still_speak() -> None:
    text = "The strike will go on, striking workers said. The talks will resume, Kim and Lee said."
    got = {q[0]: q[1] for q in _quotes(Extractor(autoload=False), text)}
    assert got == {"The strike will go on": "striking workers", "The talks will resume": "Kim and Lee"}


def test_a_name_in_chinese_characters_in_brackets_before_the_cue_belongs_to_the_speaker() -> None:
    text = "Deputy Director-General Chen Yi-ting (陳怡婷) said the ministry had asked Washington.\n"
    got = {q[0]: q[2] for q in _quotes(Extractor(autoload=False), text)}
    assert got == {"the ministry had asked Washington": "Chen Yi-ting"}
