"""The organizations plugin: organisations, non-Korean persons and role claims, on news-style sentences.

The plugin runs alone with a small stand-in for the Korean names plugin (it marks
hyphenated Korean names such as "Moon Jae-in" as persons), so these tests do not
depend on another plugin's progress. Every role case asserts the exact title words,
the organisation's name and the evidence span with its offsets.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import regex

import newsfacts
import newsfacts_organizations
from newsfacts import Article, Facts, Mention, PersonData, RoleClaim, hookimpl


class KoreanNamesStub:
    """Marks "Surname Given-name" Korean names as persons (priority 20), as the real plugin would."""

    pattern = regex.compile(
        r"\b(Kim|Lee|Rhee|Park|Choi|Kang|Moon|Cho|Ahn|Chung|Hong|Yang|Jung|Shin|Yoon|Ban|Chun|Koo|Suh|Lim|Pak|Ri)"
        r" (\p{Lu}\p{Ll}+-\p{Ll}+)\b"
    )

    @hookimpl
    def newsfacts_find_mentions(self, article: Article) -> Iterator[Mention]:
        for m in self.pattern.finditer(article.text):
            yield Mention.of(
                article,
                m.start(),
                m.end(),
                "person",
                key="ko:" + m.group().casefold(),
                data=PersonData(family=m.group(1), given=m.group(2), order="family-first"),
                aliases=(m.group(1).casefold(),),
                priority=20,
            )


EXTRACTOR = newsfacts.Extractor(
    bundled=False, autoload=False, plugins=[newsfacts_organizations, KoreanNamesStub()], strict=True
)
ALONE = newsfacts.Extractor(bundled=False, autoload=False, plugins=[newsfacts_organizations], strict=True)


def run(text: str) -> Facts:
    return EXTRACTOR.extract(text)


def roles(facts: Facts) -> list[tuple[str, str, str | None, str, int]]:
    """Each role claim as (person name, role, organisation name, evidence text, evidence start)."""
    out = []
    for c in facts.claims_of_kind("role"):
        assert isinstance(c, RoleClaim)
        person = facts.entity(c.person)
        org = facts.entity(c.organization)
        assert person is not None
        out.append((person.name, c.role, org.name if org else None, c.span.text, c.span.start))
    return out


# --------------------------------------------------------------------------- roles

# (text, person, role, organisation or None, evidence)
ROLE_CASES = [
    # a company no table lists, named before its officer's lower-case title
    (
        "Hanbit Air chief executive Kang Hyun-soo told reporters the airline was losing money.",
        "Kang Hyun-soo",
        "chief executive",
        "Hanbit Air",
        "Hanbit Air chief executive Kang Hyun-soo",
    ),
    # a lower-case head word before a title is the organisation named last with it
    (
        "The National Union of Classroom Teachers held a rally. Union president Moon Ji-hyun told the "
        "crowd to stay, and union president Moon Ji-hyun left.",
        "Moon Ji-hyun",
        "union president",
        "National Union of Classroom Teachers",
        "union president Moon Ji-hyun",
    ),
    # a department "in charge of" before the workplace; corporate suffixes of other countries
    (
        "The Ministry of Education responded. Moon Sang-woo, the director-general in charge of digital "
        "education policy at the ministry, told reporters the plan would go ahead.",
        "Moon Sang-woo",
        "director-general in charge of digital education policy",
        "Ministry of Education",
        "Moon Sang-woo, the director-general in charge of digital education policy at the ministry",
    ),
    (
        "Ana Lind, a senior consultant at Helsinki-based Opetusvirta Oy, told reporters the speed was unusual.",
        "Ana Lind",
        "senior consultant",
        "Opetusvirta Oy",
        "Ana Lind, a senior consultant at Helsinki-based Opetusvirta Oy",
    ),
    # "The <title> of <organisation>, <name>,": the role set off before the name
    (
        "The head of the Singapore Esports Association, Mr Kelvin Tan, said Singapore would apply.",
        "Kelvin Tan",
        "head",
        "Singapore Esports Association",
        "head of the Singapore Esports Association, Mr Kelvin Tan",
    ),
    # a possessive owner by the first word of a company named before
    (
        "Police searched the offices of Daeyang Cell Tech on Friday. Daeyang's chief executive, "
        "Yang Sung-chul, bowed in apology.",
        "Yang Sung-chul",
        "chief executive",
        "Daeyang Cell Tech",
        "Daeyang's chief executive, Yang Sung-chul",
    ),
    # a title a sentence opens with after "The", with a lower-case portfolio word
    (
        "The defence minister, Kang Sang-jin, told the National Assembly on Tuesday that Seoul would ask for fuel.",
        "Kang Sang-jin",
        "defence minister",
        None,
        "defence minister, Kang Sang-jin",
    ),
    # a department before a relative clause; ranks with a hyphen; a planner's workplace
    (
        "Lee Hyun-seok, a professor of nuclear engineering who moved to Daejeon, said the reactor was ready.",
        "Lee Hyun-seok",
        "professor of nuclear engineering",
        None,
        "Lee Hyun-seok, a professor of nuclear engineering",
    ),
    (
        "Lee Jae-won, a retired rear-admiral who once commanded the flotilla, said diesel boats were enough.",
        "Lee Jae-won",
        "retired rear-admiral",
        None,
        "Lee Jae-won, a retired rear-admiral",
    ),
    (
        "Shin Dong-hoon, a senior grid planner who has spent two decades at the state-run Korea "
        "Electric Power Corporation, said the lines were full.",
        "Shin Dong-hoon",
        "senior grid planner",
        "Korea Electric Power Corporation",
        "Shin Dong-hoon, a senior grid planner who has spent two decades at the state-run Korea Electric Power Corporation",
    ),
    # a food company, and a company no table knows before a corporate title
    (
        "Hanbit Bank led the round. Hwaro Foods CEO Kim Do-yeon told reporters the plant ran around the clock.",
        "Kim Do-yeon",
        "CEO",
        "Hwaro Foods",
        "Hwaro Foods CEO Kim Do-yeon",
    ),
    (
        "Samsung Electronics led the round, and Rheintal Netztechnik CEO Jörg Weber said the firm would grow.",
        "Jörg Weber",
        "CEO",
        None,
        "CEO Jörg Weber",
    ),
    # a relative clause between the title and the workplace
    (
        "Choi Eun-ji, a senior fellow who studies arms exports at the Korea Institute for Defense "
        "Analyses in Seoul, said Korean firms were fast.",
        "Choi Eun-ji",
        "senior fellow",
        "Korea Institute for Defense Analyses",
        "Choi Eun-ji, a senior fellow who studies arms exports at the Korea Institute for Defense Analyses",
    ),
    (
        "Park Jung-ho, a professor who has studied rental markets for two decades at Chungnam "
        "National University, told reporters the market would shrink.",
        "Park Jung-ho",
        "professor",
        "Chungnam National University",
        "Park Jung-ho, a professor who has studied rental markets for two decades at Chungnam National University",
    ),
    # a name particle inside such a company's name
    (
        '"Now it is at the checkout counter," said Lucía Ordóñez, purchasing director at Abarrotes '
        "del Pacífico, a grocery chain based in Guadalajara.",
        "Lucía Ordóñez",
        "purchasing director",
        "Abarrotes del Pacífico",
        "Lucía Ordóñez, purchasing director at Abarrotes del Pacífico",
    ),
    # a company the tables do not list, named by a business title's "of" or "at"
    (
        "Kang Min-jae, chief executive of Toss Pay, which is based in Seoul, said users mattered most.",
        "Kang Min-jae",
        "chief executive",
        "Toss Pay",
        "Kang Min-jae, chief executive of Toss Pay",
    ),
    (
        "Ana Sørensen, head of Asia-Pacific policy at Circle Ledger, said the rules were strict.",
        "Ana Sørensen",
        "head of Asia-Pacific policy",
        "Circle Ledger",
        "Ana Sørensen, head of Asia-Pacific policy at Circle Ledger",
    ),
    # "Its" after a sentence about an organisation; a name set off after a title is a person
    (
        "The Korean Metal Workers' Union welcomed the decision. Its regional secretary, Åse "
        "Nordbø, said workers had waited a decade.",
        "Åse Nordbø",
        "regional secretary",
        "Korean Metal Workers' Union",
        "regional secretary, Åse Nordbø",
    ),
    # title before the name
    (
        "In September, when South Korean President Moon Jae-in visited Pyongyang, the two sides agreed to cooperate.",
        "Moon Jae-in",
        "President",
        None,
        "President Moon Jae-in",
    ),
    (
        "Samsung Electronics Chairman Lee Jae-yong met with chip customers in Silicon Valley on Tuesday.",
        "Lee Jae-yong",
        "Chairman",
        "Samsung Electronics",
        "Samsung Electronics Chairman Lee Jae-yong",
    ),
    (
        "Unification Minister Cho Myoung-gyon told lawmakers the talks would resume next month.",
        "Cho Myoung-gyon",
        "Unification Minister",
        None,
        "Unification Minister Cho Myoung-gyon",
    ),
    (
        "The deal was signed by then-Foreign Minister Kang Kyung-wha and her Japanese counterpart.",
        "Kang Kyung-wha",
        "then-Foreign Minister",
        None,
        "then-Foreign Minister Kang Kyung-wha",
    ),
    (
        "Prosecutors questioned former President Park Geun-hye for 14 hours, Yonhap News Agency reported.",
        "Park Geun-hye",
        "former President",
        None,
        "former President Park Geun-hye",
    ),
    (
        "Rep. Ahn Cheol-soo of the People Party criticized the budget plan on Monday.",
        "Ahn Cheol-soo",
        "Rep.",
        "People Party",
        "Rep. Ahn Cheol-soo of the People Party",
    ),
    (
        "Bank of Korea Governor Rhee Chang-yong said the central bank would keep its key rate on hold.",
        "Rhee Chang-yong",
        "Governor",
        "Bank of Korea",
        "Bank of Korea Governor Rhee Chang-yong",
    ),
    (
        "The meeting was chaired by Vice Foreign Minister Choi Jong-kun, the ministry said.",
        "Choi Jong-kun",
        "Vice Foreign Minister",
        None,
        "Vice Foreign Minister Choi Jong-kun",
    ),
    (
        "U.N. Secretary-General Antonio Guterres called on all sides to show restraint.",
        "Antonio Guterres",
        "Secretary-General",
        "United Nations",
        "U.N. Secretary-General Antonio Guterres",
    ),
    (
        "Japanese Prime Minister Fumio Kishida arrived in Seoul on Sunday for a two-day visit.",
        "Fumio Kishida",
        "Prime Minister",
        None,
        "Prime Minister Fumio Kishida",
    ),
    (
        "Samsung's vice chairman Lee Jae-yong pledged to invest 450 trillion won over five years.",
        "Lee Jae-yong",
        "vice chairman",
        "Samsung",
        "Samsung's vice chairman Lee Jae-yong",
    ),
    (
        "Acting chief Yang Jung-cheol will lead the commission until a successor is named.",
        "Yang Jung-cheol",
        "Acting chief",
        None,
        "Acting chief Yang Jung-cheol",
    ),
    (
        "Hyundai Motor Group Chairman Chung Eui-sun visited the new plant in Georgia.",
        "Chung Eui-sun",
        "Chairman",
        "Hyundai Motor Group",
        "Hyundai Motor Group Chairman Chung Eui-sun",
    ),
    (
        "Unification Ministry spokesman Koo Byoung-sam declined to comment on the report.",
        "Koo Byoung-sam",
        "spokesman",
        "Unification Ministry",
        "Unification Ministry spokesman Koo Byoung-sam",
    ),
    (
        "President Donald Trump said he would meet the North Korean leader again.",
        "Donald Trump",
        "President",
        None,
        "President Donald Trump",
    ),
    (
        "The letter was delivered to Secretary of State Mike Pompeo in Washington.",
        "Mike Pompeo",
        "Secretary of State",
        None,
        "Secretary of State Mike Pompeo",
    ),
    (
        "Prof. Kim Dong-yub of the University of North Korean Studies said the launch was a warning.",
        "Kim Dong-yub",
        "Prof.",
        "University of North Korean Studies",
        "Prof. Kim Dong-yub of the University of North Korean Studies",
    ),
    (
        "KINU senior researcher Hong Min-ho said the regime was testing Washington's patience. "
        "The Korea Institute for National Unification (KINU) publishes a white paper every year.",
        "Hong Min-ho",
        "senior researcher",
        "Korea Institute for National Unification",
        "KINU senior researcher Hong Min-ho",
    ),
    (
        "The Bank of Korea kept its key rate at 3.5 percent. BOK Governor Rhee Chang-yong said inflation was high.",
        "Rhee Chang-yong",
        "Governor",
        "Bank of Korea",
        "BOK Governor Rhee Chang-yong",
    ),
    (
        "Chief Cabinet Secretary Hirokazu Matsuno told a press briefing the missile fell outside Japan's waters.",
        "Hirokazu Matsuno",
        "Chief Cabinet Secretary",
        None,
        "Chief Cabinet Secretary Hirokazu Matsuno",
    ),
    (
        "The Democratic Party of Korea objected. DP floor leader Park Hong-keun called the decision reckless.",
        "Park Hong-keun",
        "floor leader",
        "Democratic Party of Korea",
        "DP floor leader Park Hong-keun",
    ),
    (
        "Hanwha Solutions CEO Kim Dong-kwan said the solar unit would expand in the United States.",
        "Kim Dong-kwan",
        "CEO",
        "Hanwha Solutions",
        "Hanwha Solutions CEO Kim Dong-kwan",
    ),
    # title after the name, as an appositive
    (
        "“There were certain restrictions,” said Kim Jin-hyang, chairman of the Kaeseong Industrial District Foundation, "
        "a government-backed agency.",
        "Kim Jin-hyang",
        "chairman",
        "Kaeseong Industrial District Foundation",
        "Kim Jin-hyang, chairman of the Kaeseong Industrial District Foundation",
    ),
    (
        "Efforts are underway, according to Ian Bennetts, associate program leader of Choson Exchange.",
        "Ian Bennetts",
        "associate program leader",
        "Choson Exchange",
        "Ian Bennetts, associate program leader of Choson Exchange",
    ),
    (
        "“North Korea is not a market economy,” said Choi Se-yul, a professor at Pyongyang University of Science and "
        "Technology, co-founded by the two Koreas in 2010.",
        "Choi Se-yul",
        "professor",
        "Pyongyang University of Science and Technology",
        "Choi Se-yul, a professor at Pyongyang University of Science and Technology",
    ),
    (
        "“We need to start now,” said Choi Hyun-kyoo, director of Korea Institute of Science and Technology Information.",
        "Choi Hyun-kyoo",
        "director",
        "Korea Institute of Science and Technology Information",
        "Choi Hyun-kyoo, director of Korea Institute of Science and Technology Information",
    ),
    (
        "“The goal is to make every citizen a science talent,” said Kang Ho-je, director of Research Center for North "
        "Korean Science and Technology.",
        "Kang Ho-je",
        "director",
        "Research Center for North Korean Science and Technology",
        "Kang Ho-je, director of Research Center for North Korean Science and Technology",
    ),
    (
        "Lee Jae-yong, Samsung Electronics' vice chairman, was acquitted of all charges on Monday.",
        "Lee Jae-yong",
        "vice chairman",
        "Samsung Electronics",
        "Lee Jae-yong, Samsung Electronics' vice chairman",
    ),
    (
        "Kim Yo-jong, vice department director of the Workers' Party of Korea Central Committee, warned Seoul.",
        "Kim Yo-jong",
        "vice department director",
        "Workers' Party of Korea Central Committee",
        "Kim Yo-jong, vice department director of the Workers' Party of Korea Central Committee",
    ),
    (
        "Jake Sullivan, the U.S. national security adviser, arrived in Seoul on Monday.",
        "Jake Sullivan",
        "national security adviser",
        None,
        "Jake Sullivan, the U.S. national security adviser",
    ),
    (
        "Park Ji-won, director of the National Intelligence Service, briefed lawmakers behind closed doors.",
        "Park Ji-won",
        "director",
        "National Intelligence Service",
        "Park Ji-won, director of the National Intelligence Service",
    ),
    (
        "“The downturn is deeper than expected,” said Greg Roh, head of research at Hyundai Motor Securities.",
        "Greg Roh",
        "head of research",
        "Hyundai Motor Securities",
        "Greg Roh, head of research at Hyundai Motor Securities",
    ),
    (
        "Ahn Ji-hwan, spokesperson for the Ministry of Foreign Affairs, said Seoul would work with Tokyo.",
        "Ahn Ji-hwan",
        "spokesperson",
        "Ministry of Foreign Affairs",
        "Ahn Ji-hwan, spokesperson for the Ministry of Foreign Affairs",
    ),
    (
        "“Rates will stay high,” said Mark Kim, chief economist at Standard Chartered Bank.",
        "Mark Kim",
        "chief economist",
        "Standard Chartered Bank",
        "Mark Kim, chief economist at Standard Chartered Bank",
    ),
    (
        "The talks are stalled, according to Victor Cha, a senior adviser at the Center for Strategic and International "
        "Studies in Washington.",
        "Victor Cha",
        "senior adviser",
        "Center for Strategic and International Studies",
        "Victor Cha, a senior adviser at the Center for Strategic and International Studies",
    ),
    (
        "Chung Eui-sun, chairman of Hyundai Motor Group, met local officials in Alabama.",
        "Chung Eui-sun",
        "chairman",
        "Hyundai Motor Group",
        "Chung Eui-sun, chairman of Hyundai Motor Group",
    ),
    (
        "Shin Hak-cheol, 52, chief executive of LG Chem, said battery demand would recover.",
        "Shin Hak-cheol",
        "chief executive",
        "LG Chem",
        "Shin Hak-cheol, 52, chief executive of LG Chem",
    ),
    (
        "Yoon Young-kwan, a former foreign minister, said the summit had raised expectations too high.",
        "Yoon Young-kwan",
        "former foreign minister",
        None,
        "Yoon Young-kwan, a former foreign minister",
    ),
    (
        "Kim Byung-joo, a political science professor at Korea University, said voters had punished the party.",
        "Kim Byung-joo",
        "political science professor",
        "Korea University",
        "Kim Byung-joo, a political science professor at Korea University",
    ),
    (
        "Ban Ki-moon, the former U.N. secretary-general, urged both Koreas to resume dialogue.",
        "Ban Ki-moon",
        "former U.N. secretary-general",
        None,
        "Ban Ki-moon, the former U.N. secretary-general",
    ),
    (
        "Cho Bong-hyun, head of research at IBK Economic Research Institute, expects two rate cuts this year.",
        "Cho Bong-hyun",
        "head of research",
        "IBK Economic Research Institute",
        "Cho Bong-hyun, head of research at IBK Economic Research Institute",
    ),
    (
        "Park Won-gon, a professor of North Korean studies at Ewha Womans University, said Pyongyang wants attention.",
        "Park Won-gon",
        "professor",
        "Ewha Womans University",
        "Park Won-gon, a professor of North Korean studies at Ewha Womans University",
    ),
    (
        "Suh Hoon, director of the National Intelligence Service, flew to Pyongyang with the envoys.",
        "Suh Hoon",
        "director",
        "National Intelligence Service",
        "Suh Hoon, director of the National Intelligence Service",
    ),
    (
        "Moon Chung-in, special adviser to the president for unification, foreign and security affairs, spoke first.",
        "Moon Chung-in",
        "special adviser",
        None,
        "Moon Chung-in, special adviser",
    ),
    (
        "Jung Eun-bo, chairman of the Korea Exchange, said the bourse would extend trading hours.",
        "Jung Eun-bo",
        "chairman",
        "Korea Exchange",
        "Jung Eun-bo, chairman of the Korea Exchange",
    ),
    (
        "Professor Emeritus Kim Dae-sik of Seoul National University said the case would be reviewed.",
        "Kim Dae-sik",
        "Professor Emeritus",
        "Seoul National University",
        "Professor Emeritus Kim Dae-sik of Seoul National University",
    ),
    (
        "The Korean Teachers and Education Workers Union, Seoul Metropolitan Government and Gyeonggi Provincial "
        "Office of Education issued statements, said Lim Tae-hee, superintendent of the Gyeonggi Provincial Office "
        "of Education.",
        "Lim Tae-hee",
        "superintendent",
        "Gyeonggi Provincial Office of Education",
        "Lim Tae-hee, superintendent of the Gyeonggi Provincial Office of Education",
    ),
    (
        "Kim Jong Un, the North's leader, inspected the launch site, state media said.",
        "Kim Jong Un",
        "leader",
        None,
        "Kim Jong Un, the North's leader",
    ),
    (
        "Lee Do-hoon, South Korea's top nuclear envoy, flew to Washington for talks.",
        "Lee Do-hoon",
        "top nuclear envoy",
        None,
        "Lee Do-hoon, South Korea's top nuclear envoy",
    ),
    # a department of several words between "of the" and "at"
    (
        "Park Sun-young, head of the air quality forecast center at the National Institute of Environmental Research, told reporters the air was bad.",
        "Park Sun-young",
        "head",
        "National Institute of Environmental Research",
        "Park Sun-young, head of the air quality forecast center at the National Institute of Environmental Research",
    ),
    # a possessive owner between "of" and the organisation's name
    (
        "Yoon Seok-hwan, director-general of the city's Transportation Office, said fares would rise.",
        "Yoon Seok-hwan",
        "director-general",
        "Transportation Office",
        "Yoon Seok-hwan, director-general of the city's Transportation Office",
    ),
    (
        "Yoon Seok-hwan, director-general of Seoul's Transportation Office, said fares would rise.",
        "Yoon Seok-hwan",
        "director-general",
        "Transportation Office",
        "Yoon Seok-hwan, director-general of Seoul's Transportation Office",
    ),
    # a local council's member
    (
        "Councilor Park Jun-ho of the Democratic Party said the city should pay.",
        "Park Jun-ho",
        "Councilor",
        "Democratic Party",
        "Councilor Park Jun-ho of the Democratic Party",
    ),
    (
        "Lee Jae-myung, leader of the main opposition Democratic Party, visited Busan on Saturday.",
        "Lee Jae-myung",
        "leader",
        "Democratic Party",
        "Lee Jae-myung, leader of the main opposition Democratic Party",
    ),
    (
        "Kim Sung-han, a 45-year-old researcher at the state-run Korea Development Institute, said growth would slow.",
        "Kim Sung-han",
        "researcher",
        "Korea Development Institute",
        "Kim Sung-han, a 45-year-old researcher at the state-run Korea Development Institute",
    ),
    (
        "Lee Jae-yong, the de facto head of Samsung Group, attended the ceremony.",
        "Lee Jae-yong",
        "de facto head",
        "Samsung Group",
        "Lee Jae-yong, the de facto head of Samsung Group",
    ),
    (
        "Chun Doo-hwan, a former army general who seized power in a 1979 coup, died on Tuesday.",
        "Chun Doo-hwan",
        "former army general",
        None,
        "Chun Doo-hwan, a former army general",
    ),
    # professions and culture titles, after an age or before the name
    (
        "Park Ji-hoon, 34, a nurse at Seoul National University Hospital, said the ward had been full since Monday.",
        "Park Ji-hoon",
        "nurse",
        "Seoul National University Hospital",
        "Park Ji-hoon, 34, a nurse at Seoul National University Hospital",
    ),
    (
        "Actor Lee Byung-hun said the film was the hardest of his career.",
        "Lee Byung-hun",
        "Actor",
        None,
        "Actor Lee Byung-hun",
    ),
    # "the ministry's": the ministry named last, whichever spelling named it
    (
        "The unification ministry said Monday it regretted the move. Kim Su-bin, the ministry's deputy "
        "spokesperson, told reporters the plan stood.",
        "Kim Su-bin",
        "deputy spokesperson",
        "Unification Ministry",
        "Kim Su-bin, the ministry's deputy spokesperson",
    ),
    (
        "The Ministry of Land said rents rose. Shin Jae-sung, the ministry's spokesman, gave no figures.",
        "Shin Jae-sung",
        "spokesman",
        "Ministry of Land",
        "Shin Jae-sung, the ministry's spokesman",
    ),
    # the descriptor the article put before a name names the organisation too
    (
        "The founder of K-pop agency Mirae Sound will retire. He will be replaced by Kang So-ra, 41, "
        "the agency's co-CEO since 2021.",
        "Kang So-ra",
        "co-CEO",
        "Mirae Sound",
        "Kang So-ra, 41, the agency's co-CEO",
    ),
    (
        "Shares of chipmaker SK hynix rose. Kim Min-ho, the chipmaker's chief financial officer, said demand held.",
        "Kim Min-ho",
        "chief financial officer",
        "SK hynix",
        "Kim Min-ho, the chipmaker's chief financial officer",
    ),
    # a Korean name before "and" does not hide the name after it
    (
        "The talks come a day before President Lee Jae-myung and U.S. President Donald Trump meet in Gyeongju.",
        "Donald Trump",
        "President",
        None,
        "President Donald Trump",
    ),
    # another nationality's ministry is not the listed (South Korean) one
    (
        "In Beijing, Chinese Foreign Ministry spokesperson Lin Jian declined to comment.",
        "Lin Jian",
        "spokesperson",
        "Chinese Foreign Ministry",
        "Chinese Foreign Ministry spokesperson Lin Jian",
    ),
    # a head word alone before a title is the organisation named last with it
    (
        "The Unification Ministry said it regretted the response. Ministry spokesperson Koo Byoung-sam "
        "told a briefing that talks were still possible.",
        "Koo Byoung-sam",
        "spokesperson",
        "Unification Ministry",
        "Ministry spokesperson Koo Byoung-sam",
    ),
    # a rank between the office and the name: both are roles, the office with its organisation
    (
        "JCS spokesperson Col. Lee Hyun-woo told a briefing that the missile flew 800 km.",
        "Lee Hyun-woo",
        "spokesperson",
        "Joint Chiefs of Staff",
        "JCS spokesperson Col. Lee Hyun-woo",
    ),
    (
        "JCS spokesperson Col. Lee Hyun-woo told a briefing that the missile flew 800 km.",
        "Lee Hyun-woo",
        "Col.",
        None,
        "Col. Lee Hyun-woo",
    ),
    # a region's name inside a title, before its noun
    (
        "“The bar is high,” said Daniel Mercer, senior Asia economist at Capital Economics in Singapore.",
        "Daniel Mercer",
        "senior Asia economist",
        "Capital Economics",
        "Daniel Mercer, senior Asia economist at Capital Economics",
    ),
    (
        "Park Ji-won, a senior North Korea analyst at the Sejong Institute, said talks were unlikely.",
        "Park Ji-won",
        "senior North Korea analyst",
        "Sejong Institute",
        "Park Ji-won, a senior North Korea analyst at the Sejong Institute",
    ),
    # occupations in weather and disaster news are titles too
    (
        "Kim Sang-cheol, a 61-year-old fish farmer, said he had lost nearly everything.",
        "Kim Sang-cheol",
        "fish farmer",
        None,
        "Kim Sang-cheol, a 61-year-old fish farmer",
    ),
    (
        "Heavy rain is likely, said Lee Chang-jae, a forecaster at the Korea Meteorological Administration.",
        "Lee Chang-jae",
        "forecaster",
        "Korea Meteorological Administration",
        "Lee Chang-jae, a forecaster at the Korea Meteorological Administration",
    ),
    # "the agency" is the administration named last, not the news agency of the dateline
    (
        "SEOUL, Sept. 1 (Yonhap) -- Heavy rain fell, the Korea Meteorological Administration said. "
        "Park Jong-hyun, a forecaster at the agency, said it would continue.",
        "Park Jong-hyun",
        "forecaster",
        "Korea Meteorological Administration",
        "Park Jong-hyun, a forecaster at the agency",
    ),
    # a portfolio after the title, then the organisation; "director-general" is a title
    (
        "The Education Ministry expects more applicants. Shin Jae-hoon, director-general for college "
        "admissions policy at the ministry, told a briefing the exam would be held on Nov. 13.",
        "Shin Jae-hoon",
        "director-general",
        "Education Ministry",
        "Shin Jae-hoon, director-general for college admissions policy at the ministry",
    ),
    # an owner's title, then the name and its affiliation
    (
        "Ko's lawyer, David Rowe of the law firm Lee & Ko, told reporters the chairman would appeal.",
        "David Rowe",
        "lawyer",
        "Lee & Ko",
        "lawyer, David Rowe of the law firm Lee & Ko",
    ),
    # a plural title before a list of names gives each its singular, at its own party
    (
        "The two parties' floor leaders, Rep. David Rowe of the Democratic Party and Rep. Alan Reed "
        "of the People Power Party, met for 90 minutes.",
        "Alan Reed",
        "floor leader",
        "People Power Party",
        "floor leaders, Rep. David Rowe of the Democratic Party and Rep. Alan Reed of the People Power Party",
    ),
    # a participle of appointment before "as" and the title
    (
        "Alan Whitford, named last month as Washington's special representative for North Korea, arrived on Sunday.",
        "Alan Whitford",
        "special representative",
        None,
        "Alan Whitford, named last month as Washington's special representative",
    ),
    # a company's short form before the title ("Orbit" for "Orbit Music Group")
    (
        "Orbit Music Group will buy 18 percent of the label. Orbit CEO Mina Sato said the deal would close in May.",
        "Mina Sato",
        "CEO",
        "Orbit Music Group",
        "Orbit CEO Mina Sato",
    ),
    # a department in lower case belongs to the title; a city opening a name is no qualifier
    (
        "Kim Hyun-joo, Seoul Metro's head of labor relations, said costs would rise.",
        "Kim Hyun-joo",
        "head of labor relations",
        "Seoul Metro",
        "Kim Hyun-joo, Seoul Metro's head of labor relations",
    ),
    # a locator word ("Washington-based") is no part of the organisation's name
    (
        "Yoon Ji-min, a senior analyst at the Washington-based Pacific Security Forum, said talks were unlikely.",
        "Yoon Ji-min",
        "senior analyst",
        "Pacific Security Forum",
        "Yoon Ji-min, a senior analyst at the Washington-based Pacific Security Forum",
    ),
    # an office given by a relative clause, with an age between
    (
        "“The walls are gone now,” said Yoon Chang-ho, 67, who heads the Korea Small Business Association.",
        "Yoon Chang-ho",
        "head",
        "Korea Small Business Association",
        "Yoon Chang-ho, 67, who heads the Korea Small Business Association",
    ),
    # a verb phrase that gives the name the title after it (as_verbs.txt), across an appositive
    (
        "Kim Min-ji was named chief executive of Daon Bank on Monday.",
        "Kim Min-ji",
        "chief executive",
        "Daon Bank",
        "Kim Min-ji was named chief executive of Daon Bank",
    ),
    (
        "Choi Hyun-woo, a lawyer in Seoul, will serve as chairman of the Korea Film Council.",
        "Choi Hyun-woo",
        "chairman",
        "Korea Film Council",
        "Choi Hyun-woo, a lawyer in Seoul, will serve as chairman of the Korea Film Council",
    ),
    # a company officer's title alone is at the company the story is about
    (
        "Nuri Intelligence Inc., a South Korean startup, raised $210 million. Daon Ventures took part. "
        '"We want a model," Chief Executive Officer Shin Jaewon said.',
        "Shin Jaewon",
        "Chief Executive Officer",
        "Nuri Intelligence Inc.",
        "Chief Executive Officer Shin Jaewon",
    ),
    # an organisation that owns the title before an appositive name holds it
    (
        "The Democratic Party of Korea's candidate, Park Dong-chan, 58, faces a rival.",
        "Park Dong-chan",
        "candidate",
        "Democratic Party of Korea",
        "Democratic Party of Korea's candidate, Park Dong-chan",
    ),
    (
        "Park Dong-chan, 58, a three-term member of the South Gyeongsang Provincial Council, ran.",
        "Park Dong-chan",
        "three-term member",
        "South Gyeongsang Provincial Council",
        "Park Dong-chan, 58, a three-term member of the South Gyeongsang Provincial Council",
    ),
    # a unit after its parent's possessive is where the title is held
    (
        '"It was no joke," said Kim Jae-hyun, head of the KNPA\'s Cyber Investigation Bureau, at a briefing.',
        "Kim Jae-hyun",
        "head",
        "Cyber Investigation Bureau",
        "Kim Jae-hyun, head of the KNPA's Cyber Investigation Bureau",
    ),
    (
        "Lim Seo-yeon, a counselor at the Advocacy Center for Online Abuse Victims, said calls doubled.",
        "Lim Seo-yeon",
        "counselor",
        "Advocacy Center for Online Abuse Victims",
        "Lim Seo-yeon, a counselor at the Advocacy Center for Online Abuse Victims",
    ),
    # "the agency's" and "the company's": the organisation an appositive or a table calls one,
    # the company a sentence opened with, and none named inside a quotation
    (
        "Vostok Intur, a Vladivostok-based agency, sold 900 tours. \u201cDemand is strong,\u201d "
        "Yelena Sokolova, the agency\u2019s sales director, told reporters.",
        "Yelena Sokolova",
        "sales director",
        "Vostok Intur",
        "Yelena Sokolova, the agency\u2019s sales director",
    ),
    (
        "Bomnal Lab, a Daejeon-based serum maker whose products sell on Amazon, said sales doubled. "
        "\u201cThey found us on TikTok,\u201d said Yoon Ha-eun, the company's founder.",
        "Yoon Ha-eun",
        "founder",
        "Bomnal Lab",
        "Yoon Ha-eun, the company's founder",
    ),
    (
        "Cosmax opened a plant in New Jersey, according to Yoon Dae-ho, the company's head of U.S. sales.",
        "Yoon Dae-ho",
        "head of U.S. sales",
        "Cosmax",
        "Yoon Dae-ho, the company's head of U.S. sales",
    ),
    (
        "Chung Soo-ah, who chairs the Korea Development Institute, said exports would slow.",
        "Chung Soo-ah",
        "chair",
        "Korea Development Institute",
        "Chung Soo-ah, who chairs the Korea Development Institute",
    ),
    # a title set off after a lower-case owner with a word before its head
    (
        "The Korea Heritage Service will act. The heritage service's vice administrator, Park Ki-tae, said so.",
        "Park Ki-tae",
        "vice administrator",
        "Korea Heritage Service",
        "vice administrator, Park Ki-tae",
    ),
    # a relative clause naming a head word's possessive
    (
        "The Honam Institute of Science and Technology said Kang Min-seok, a professor of chemical "
        "engineering who has led the institute's Energy Materials Laboratory since 2017, had resigned.",
        "Kang Min-seok",
        "professor of chemical engineering",
        "Honam Institute of Science and Technology",
        "Kang Min-seok, a professor of chemical engineering who has led the institute's",
    ),
    # brackets between the name and its appositive, or between an organisation and a title
    (
        "Chen Kuan-yu (陳冠宇), an analyst at the Taiwan Institute of Economic Research (TIER), said so.",
        "Chen Kuan-yu",
        "analyst",
        "Taiwan Institute of Economic Research",
        "Chen Kuan-yu (陳冠宇), an analyst at the Taiwan Institute of Economic Research",
    ),
    (
        "In Taipei, Ministry of Economic Affairs (MOEA) Deputy Director-General Chen Yi-ting said so.",
        "Chen Yi-ting",
        "Deputy Director-General",
        "Ministry of Economic Affairs",
        "Ministry of Economic Affairs (MOEA) Deputy Director-General Chen Yi-ting",
    ),
    # "Studios" is a head word: the company, not a person named Studios
    (
        "The streamer will pay Seoul's Gaon Studios $310 million. Gaon Studios CEO Shin Hae-won said so.",
        "Shin Hae-won",
        "CEO",
        "Gaon Studios",
        "Gaon Studios CEO Shin Hae-won",
    ),
    # everyday occupations are titles too
    (
        "Dr. Ahn Hye-jin, a respiratory specialist at Severance Hospital, warned people to stay indoors.",
        "Ahn Hye-jin",
        "respiratory specialist",
        "Severance Hospital",
        "Ahn Hye-jin, a respiratory specialist at Severance Hospital",
    ),
    (
        "Yoon Mi-kyung, 34, an office worker who travels from Goyang, said the rise was unfair.",
        "Yoon Mi-kyung",
        "office worker",
        None,
        "Yoon Mi-kyung, 34, an office worker",
    ),
    # "on behalf of" links a relative clause to the workplace
    (
        "Ingrid Solvberg, a bridge engineer who advised the city in 2019 on behalf of Bjornstad Consult, "
        "a privately held Norwegian firm, said the problem went beyond Busan.",
        "Ingrid Solvberg",
        "bridge engineer",
        "Bjornstad Consult",
        "Ingrid Solvberg, a bridge engineer who advised the city in 2019 on behalf of Bjornstad Consult",
    ),
    # a nationality between the owner's possessive and the title belongs to the title
    (
        "The rival bid came from the consortium Eurotrak. Eurotrak's Australian director, Helene "
        "Marchand, said in a statement that it was disappointed.",
        "Helene Marchand",
        "Australian director",
        "Eurotrak",
        "Eurotrak's Australian director, Helene Marchand",
    ),
    # a media title before "of" proves the publication
    (
        "Ingrid Åkesson, editor-in-chief of Ionic Materials Letters, said the journal would retract them.",
        "Ingrid Åkesson",
        "editor-in-chief",
        "Ionic Materials Letters",
        "Ingrid Åkesson, editor-in-chief of Ionic Materials Letters",
    ),
    (
        "Park Jong-hwan, a senior conservator who has led the project since 2024 at the National "
        "Research Institute of Cultural Heritage, said so.",
        "Park Jong-hwan",
        "senior conservator",
        "National Research Institute of Cultural Heritage",
        "Park Jong-hwan, a senior conservator who has led the project since 2024 at the National "
        "Research Institute of Cultural Heritage",
    ),
    # a titled name placed by a relative clause in an organisation named before by its head word
    (
        'The Korean National Police Agency blamed Lazarus. "It matches," said Senior Superintendent '
        "Yoon Tae-kyung, who heads the agency's cybercrime investigation unit.",
        "Yoon Tae-kyung",
        "Senior Superintendent",
        "Korean National Police Agency",
        "Senior Superintendent Yoon Tae-kyung, who heads the agency's",
    ),
    (
        "The Ministry of Education will decide in May. Director Park Eun-ha, who works at the ministry, said so.",
        "Park Eun-ha",
        "Director",
        "Ministry of Education",
        "Director Park Eun-ha, who works at the ministry",
    ),
]


@pytest.mark.parametrize(
    "text",
    [
        "Kim Min-jae, who leads the talks, said nothing new.",  # no organisation after the verb
        "Choi Yoon-hee, who headed the Korea Development Institute until 2020, declined to comment.",  # past
        "Kang Do-yun, who praised the Korea Development Institute, spoke first.",  # not an office verb
    ],
)
def test_a_relative_clause_gives_an_office_only_with_a_present_office_verb_and_an_organisation(
    text: str,
) -> None:
    assert roles(run(text)) == []


@pytest.mark.parametrize(("text", "person", "role", "org", "evidence"), ROLE_CASES)
def test_role_claims(text: str, person: str, role: str, org: str | None, evidence: str) -> None:
    found = roles(run(text))
    assert (person, role, org, evidence, text.index(evidence)) in found, found


def test_roles_of_the_dev_style_paragraph_each_once_with_exact_offsets() -> None:
    text = (
        "“There were certain restrictions which allowed only traditional manufacturing businesses there,” said "
        "Kim Jin-hyang, chairman of the Kaeseong Industrial District Foundation, a government-backed agency.\n\n"
        "“We are going back to Kaeseong in spring,” Kim said.\n\n"
        "Efforts to build a startup ecosystem are already underway, according to Ian Bennetts, associate program "
        "leader of Choson Exchange.\n\n"
        "The region, where Choson Exchange runs entrepreneurship programs, has a top-tier university, Bennetts said.\n"
    )
    facts = run(text)
    got = roles(facts)
    assert got == [
        (
            "Kim Jin-hyang",
            "chairman",
            "Kaeseong Industrial District Foundation",
            "Kim Jin-hyang, chairman of the Kaeseong Industrial District Foundation",
            text.index("Kim Jin-hyang"),
        ),
        (
            "Ian Bennetts",
            "associate program leader",
            "Choson Exchange",
            "Ian Bennetts, associate program leader of Choson Exchange",
            text.index("Ian Bennetts"),
        ),
    ]
    choson = [e for e in facts.of_kind("organization") if e.name == "Choson Exchange"]
    assert len(choson) == 1 and len(choson[0].mentions) == 2


def test_the_foundations_chairman_refers_to_the_last_foundation_named() -> None:
    text = (
        "The Kaeseong Industrial District Foundation handles administrative affairs. "
        "“We will go back,” said Kim Jin-hyang, the foundation's chairman."
    )
    assert roles(run(text)) == [
        (
            "Kim Jin-hyang",
            "chairman",
            "Kaeseong Industrial District Foundation",
            "Kim Jin-hyang, the foundation's chairman",
            text.index("Kim Jin-hyang"),
        )
    ]


def test_chairman_of_the_foundation_refers_to_the_last_foundation_named() -> None:
    text = (
        "The Kaeseong Industrial District Foundation was set up in 2007. Its work will resume, said "
        "Kim Jin-hyang, the chairman of the foundation."
    )
    assert roles(run(text)) == [
        (
            "Kim Jin-hyang",
            "chairman",
            "Kaeseong Industrial District Foundation",
            "Kim Jin-hyang, the chairman of the foundation",
            text.index("Kim Jin-hyang"),
        )
    ]


def test_two_titles_joined_by_and_are_one_role() -> None:
    text = "Park Seo-jun, chairman and CEO of Hanwha Ocean, resigned on Friday."
    assert roles(run(text)) == [
        (
            "Park Seo-jun",
            "chairman and CEO",
            "Hanwha Ocean",
            "Park Seo-jun, chairman and CEO of Hanwha Ocean",
            0,
        )
    ]


def test_a_second_title_joined_by_and_is_a_second_role() -> None:
    text = (
        "Kim Jong Un, general secretary of the Workers' Party of Korea and president of the State Affairs of the "
        "DPRK, inspected the drill with Pak Jong-chon, secretary of the Central Committee of the Workers' Party of "
        "Korea, and Marshal Ri Pyong-chol."
    )
    found = [(p, r, o) for p, r, o, _, _ in roles(run(text))]
    assert found == [
        ("Kim Jong Un", "general secretary", "Workers' Party of Korea"),
        ("Kim Jong Un", "president", None),
        ("Pak Jong-chon", "secretary", "Central Committee of the Workers' Party of Korea"),
        ("Ri Pyong-chol", "Marshal", None),
    ]


def test_a_repeated_role_is_claimed_once() -> None:
    text = (
        "Kim Jin-hyang, chairman of the Kaeseong Industrial District Foundation, spoke first. Later, "
        "Kim Jin-hyang, chairman of the Kaeseong Industrial District Foundation, answered questions."
    )
    assert len(run(text).claims_of_kind("role")) == 1


def test_two_people_two_roles_in_one_sentence() -> None:
    text = "South Korean President Moon Jae-in and North Korean leader Kim Jong Un met at Panmunjom."
    found = {(p, r, o) for p, r, o, _, _ in roles(run(text))}
    assert found == {("Moon Jae-in", "President", None), ("Kim Jong Un", "leader", None)}


@pytest.mark.parametrize(
    "text",
    [
        "Kim Jin-hyang, who chairs the foundation, declined to comment.",
        "Moon Jae-in, Kim Jong Un and Donald Trump met at the border.",
        "Experts said the foundation's chairman would resign.",
        "The president said the talks with the chairman went well.",
        "The nurse said the ward had been full since Monday, and the doctor agreed.",
        "Moon Jae-in visited the Kaesong Industrial Complex, a symbol of inter-Korean relations.",
        "North Korea’s UnJong Park, a special economic zone, shows the country’s entrepreneurial spirit.",
    ],
)
def test_no_role_without_a_title_next_to_a_person(text: str) -> None:
    assert run(text).claims_of_kind("role") == ()


# --------------------------------------------------------------------------- organisations


def org_spans(facts: Facts) -> list[tuple[str, int, int]]:
    return sorted((s.text, s.start, s.end) for e in facts.of_kind("organization") for s in e.mentions)


# (text, organisation names as written, in order of appearance)
ORG_CASES = [
    (
        "At the forum hosted by Small and Medium Business Corporation and Korea Business Angels Association earlier "
        "this week, experts gathered.",
        ["Small and Medium Business Corporation", "Korea Business Angels Association"],
    ),
    (
        "The Research Center for North Korean Science and Technology said the program had grown.",
        ["Research Center for North Korean Science and Technology"],
    ),
    ("The Workers' Party of Korea opened its plenary meeting on Monday.", ["Workers' Party of Korea"]),
    (
        "The Ministry of Unification said it would send aid through the Red Cross.",
        ["Ministry of Unification"],
    ),
    ("The National Assembly passed the bill 180-90.", ["National Assembly"]),
    (
        "SK hynix and LG Energy Solution both reported record profits, while Hyundai Motor Co. said sales fell.",
        ["SK hynix", "LG Energy Solution", "Hyundai Motor Co."],
    ),
    ("Samsung's shares rose 3 percent after the announcement.", ["Samsung"]),
    ("Shares of Naver and Kakao fell on the Korea Exchange.", ["Naver", "Kakao", "Korea Exchange"]),
    (
        "Seoul National University and the Korea Advanced Institute of Science and Technology signed the pact.",
        ["Seoul National University", "Korea Advanced Institute of Science and Technology"],
    ),
    (
        "Korea Electric Power Corp. posted a loss for the sixth straight quarter.",
        ["Korea Electric Power Corp."],
    ),
    ("The Federation of Korean Trade Unions called a strike.", ["Federation of Korean Trade Unions"]),
    ("The South Korean Unification Ministry said talks were possible.", ["Unification Ministry"]),
    (
        "The ruling Democratic Party and the main opposition People Power Party clashed.",
        ["Democratic Party", "People Power Party"],
    ),
    (
        "Kaeseong Industrial District Foundation officials visited the site.",
        ["Kaeseong Industrial District Foundation"],
    ),
    ("The Korea Herald reported the story first.", ["Korea Herald"]),
    ("Moody's Investors Service kept the rating at Aa2.", ["Moody's Investors Service"]),
    ("Standard Chartered Bank Korea cut its deposit rates.", ["Standard Chartered Bank Korea"]),
    (
        "The Korean Teachers and Education Workers Union, Seoul Metropolitan Government and Gyeonggi Provincial "
        "Office of Education issued statements.",
        [
            "Korean Teachers and Education Workers Union",
            "Seoul Metropolitan Government",
            "Gyeonggi Provincial Office of Education",
        ],
    ),
    # a place's local body with a lower-case head, named as written
    (
        "Some 140 fish farms were destroyed, the South Gyeongsang provincial government said.",
        ["South Gyeongsang provincial government"],
    ),
    ("The Seoul city government will open 20 heat shelters.", ["Seoul city government"]),
    ("Busan metropolitan police arrested three men on Monday.", ["Busan metropolitan police"]),
    ("The city government said the provincial police would investigate.", []),
    # the short forms of ministries, in lower case too
    ("Flights were canceled, according to the transport ministry.", ["transport ministry"]),
    ("The Interior Ministry said 3,000 people were evacuated.", ["Interior Ministry"]),
    ("The presidential office said it would respond on Monday.", ["presidential office"]),
    ("The bill would move the presidential office to Sejong by 2034.", []),
    # "Rival" opening a sentence describes the company after it
    ("Rival Kakao, which reports earnings next week, rose 2 percent.", ["Kakao"]),
    ("The forecast compiled by FnGuide was 1.2 trillion won.", ["FnGuide"]),
    (
        "Two carriers will be fitted out at Hanwha Philly Shipyard, the company said.",
        ["Hanwha Philly Shipyard"],
    ),
    (
        "Nasdaq-listed Coupang and the Seoul-based Asan Institute for Policy Studies signed a deal on Monday.",
        ["Coupang", "Asan Institute for Policy Studies"],
    ),
    # "School" and "Solidarity" are head words (schools; Korean civic groups)
    (
        "Evacuees slept at Bonghwa Middle School, and Solidarity for Economic Reform called the ruling lenient.",
        ["Bonghwa Middle School", "Solidarity for Economic Reform"],
    ),
    # single words and acronyms that only the table knows
    ("Congress must approve the deal, and Interpol issued a red notice.", ["Congress", "Interpol"]),
    ("Shares rose 2 percent, according to LSEG data.", ["LSEG"]),
    (
        "Agents of U.S. Immigration and Customs Enforcement raided the plant in Georgia.",
        ["U.S. Immigration and Customs Enforcement"],
    ),
    # a list of portfolios before a committee's head word belongs to its name
    (
        "Rep. Bae Min-jae, chair of the Land, Infrastructure and Transport Committee, said the plan would pass.",
        ["Land, Infrastructure and Transport Committee"],
    ),
    # ... but not a list that holds a listed name or a place
    ("Shares of the Samsung, Naver and Coupang Committee rose.", ["Samsung", "Naver", "Coupang Committee"]),
    # a company named in full, then without its tail words (short_tails.txt)
    (
        "Orbit Music Group will buy a stake in Sunrise Entertainment. Orbit CEO Mina Sato said "
        "Sunrise would keep its name.",
        ["Orbit Music Group", "Sunrise Entertainment", "Orbit", "Sunrise"],
    ),
    # defence and industrial tails too ("Land Systems", "Aerospace", "Logistics")
    (
        "The Army chose Ironvale Land Systems over Nordwerk Aerospace. Ironvale will build the "
        "vehicles, and Nordwerk said it would appeal.",
        ["Ironvale Land Systems", "Nordwerk Aerospace", "Ironvale", "Nordwerk"],
    ),
    # ... but not a word the article also writes in lower case, nor a short form two share
    (
        "Capital Economics expects capital to flow out. Daewon Securities said on Monday that "
        "Daewon Holdings would cut jobs, and Daewon shares fell.",
        ["Capital Economics", "Daewon Securities", "Daewon Holdings"],
    ),
    # an appositive that calls the name a maker or a brand proves a company
    (
        "Bomnal Lab, a Daejeon-based serum maker whose products sell online, said sales doubled. "
        "Shares of Cheongsu, a skincare brand, also rose.",
        ["Bomnal Lab", "Cheongsu"],
    ),
    # a locator word glued to the name's front is no part of it ("State-run", "U.S.-led")
    (
        "State-run Korea Electric Power Corporation(KEPCO) said the Busan-based Daewon Shipping Co. would bid.",
        ["Korea Electric Power Corporation", "KEPCO", "Daewon Shipping Co."],
    ),
    # platforms and regulators that news names without a head word
    (
        "The videos spread on Telegram and TikTok before the U.S. Food and Drug Administration acted.",
        ["Telegram", "TikTok", "Food and Drug Administration"],
    ),
    # a law named after a body is no body (document_words.txt); the body itself still is
    (
        "The Korean Confederation of Trade Unions opposes the Trade Union Act, which the "
        "Korea Communications Commission Act amended.",
        ["Korean Confederation of Trade Unions"],
    ),
    # a nationality stays before a lone head word, and before another country's short name
    (
        "Seoul summoned a diplomat from the Japanese Embassy after the Japanese Coast Guard "
        "tracked the South Korean Navy, while the South Korean Unification Ministry stayed silent.",
        ["Japanese Embassy", "Japanese Coast Guard", "South Korean Navy", "Unification Ministry"],
    ),
    # an acronym the article defines wins over any other reading of it
    (
        "The Korea Medical Association (KMA) rejected the plan. The KMA said doctors would strike.",
        ["Korea Medical Association", "KMA", "KMA"],
    ),
]


@pytest.mark.parametrize(("text", "names"), ORG_CASES)
def test_organisations(text: str, names: list[str]) -> None:
    expected = []
    pos = 0
    for name in names:
        start = text.index(name, pos)
        expected.append((name, start, start + len(name)))
        pos = start + len(name)
    assert org_spans(run(text)) == sorted(expected)


def test_acronym_in_parentheses_links_later_uses() -> None:
    text = (
        "Hong Min, a senior researcher at the Korea Institute for National Unification (KINU), said the North would "
        "test again. KINU has tracked the program since 2010, and KINU's latest report agrees."
    )
    facts = run(text)
    orgs = facts.of_kind("organization")
    assert len(orgs) == 1
    kinu = orgs[0]
    assert kinu.name == "Korea Institute for National Unification"
    assert kinu.get("acronym") == "KINU"
    assert [s.text for s in kinu.mentions] == [
        "Korea Institute for National Unification",
        "KINU",
        "KINU",
        "KINU",
    ]
    assert [s.start for s in kinu.mentions][1:] == [m.start() for m in regex.finditer("KINU", text)]


def test_well_known_acronym_alone_is_the_organisation_and_links_to_its_full_name() -> None:
    text = "KCNA said the launch succeeded. The Korean Central News Agency did not give a date."
    orgs = run(text).of_kind("organization")
    assert len(orgs) == 1
    assert orgs[0].name == "Korean Central News Agency"
    assert [s.text for s in orgs[0].mentions] == ["KCNA", "Korean Central News Agency"]


def test_unification_ministry_and_ministry_of_unification_are_one_entity() -> None:
    text = "The Ministry of Unification said it would send aid. A Unification Ministry official confirmed the plan."
    orgs = run(text).of_kind("organization")
    assert len(orgs) == 1
    assert [s.text for s in orgs[0].mentions] == ["Ministry of Unification", "Unification Ministry"]


def test_a_corporate_suffix_keeps_the_listed_name_and_a_head_word_makes_a_new_one() -> None:
    text = "Samsung Electronics Co. said profit fell. Samsung Electronics shares and Kakao Group bonds slid."
    orgs = run(text).of_kind("organization")
    assert [(o.name, [s.text for s in o.mentions]) for o in orgs] == [
        ("Samsung Electronics", ["Samsung Electronics Co.", "Samsung Electronics"]),
        ("Kakao Group", ["Kakao Group"]),
    ]


def test_company_spellings_link_to_one_entity() -> None:
    orgs = run("SK Hynix said demand was strong. SK hynix shares rose.").of_kind("organization")
    assert len(orgs) == 1 and orgs[0].name == "SK Hynix"
    assert {"SK Hynix", "SK hynix"} <= set(orgs[0].data.variants)


@pytest.mark.parametrize(
    ("text", "name", "canonical"),
    [
        # the short form comes first; the fullest spelling the article writes names it
        (
            "The DP walked out. Democratic Party lawmakers said the bill was rushed.",
            "Democratic Party",
            "Democratic Party of Korea",
        ),
        ("Citi raised its forecast. Citi economists expect two cuts.", "Citi", "Citigroup"),
        (
            "Shares of SK Hynix rose. The Unification Ministry said the talks would resume.",
            "Unification Ministry",
            "Ministry of Unification",
        ),
    ],
)
def test_a_listed_organisation_is_named_as_the_article_writes_it(
    text: str, name: str, canonical: str
) -> None:
    orgs = {o.name: o for o in run(text).of_kind("organization")}
    assert name in orgs, list(orgs)
    assert canonical in orgs[name].data.variants


def test_a_listed_abbreviation_keeps_the_table_name() -> None:
    (un,) = run("The U.N. called for calm.").of_kind("organization")
    assert un.name == "United Nations"


@pytest.mark.parametrize(
    "text",
    [
        "North Korea said it had launched a satellite.",
        "Kaeseong hopes to transform as Korea’s Silicon Valley.",
        "THE INVESTOR\nPolitics & North Korea",
        "Experts at the forum noted that North Korea has high quality IT talent.",
        "The Foundation said nothing.",
        "In September, when South Korean President Moon Jae-in visited Pyongyang.",
    ],
)
def test_traps_are_not_organisations(text: str) -> None:
    assert run(text).of_kind("organization") == ()


def test_the_company_said_after_a_place_is_an_attribution_not_an_appositive() -> None:
    text = (
        "The ferries will be delivered between 2027 and 2029, and one of them will be refitted at Samsung Heavy "
        "Industries in Texas, the company said in a regulatory filing."
    )
    assert [o.name for o in run(text).of_kind("organization")] == ["Samsung Heavy Industries"]


@pytest.mark.parametrize(
    "headline",
    [
        "N. Korea's Kim Jong Un Vows to Bolster Nuclear Force at Party Plenary Meeting",
        "Ex-Unification Minister Says Talks With Pyongyang Still Possible",
        "Opposition Leader Calls for Special Counsel Probe Into Election Committee",
    ],
)
def test_headline_case_lines_give_no_guessed_names(headline: str) -> None:
    facts = ALONE.extract(headline + "\n\nSEOUL, Jan. 5 (Yonhap) -- The story follows.\n")
    assert [e.name for e in facts.entities if e.kind == "person"] == []
    (yonhap,) = facts.of_kind("organization")
    assert yonhap.name == "Yonhap" and "Yonhap News Agency" in yonhap.data.variants


def test_listed_names_are_still_found_in_a_headline() -> None:
    facts = ALONE.extract("Korea Exchange Launches Value-Up Index for Samsung Electronics, SK hynix\n\nText.")
    assert [e.name for e in facts.of_kind("organization")] == [
        "Korea Exchange",
        "Samsung Electronics",
        "SK hynix",
    ]


def test_a_leading_the_and_a_possessive_are_not_part_of_the_name() -> None:
    text = "The Bank of Korea's decision surprised markets."
    assert org_spans(run(text)) == [("Bank of Korea", 4, 17)]


def test_an_of_chain_stops_at_a_title_after_the_name() -> None:
    text = "Pyongyang University of Science and Technology President Kim Chin-kyung met the delegation."
    name = "Pyongyang University of Science and Technology"
    assert org_spans(run(text)) == [(name, 0, len(name))]
    assert roles(run(text))[0][:3] == (
        "Kim Chin-kyung",
        "President",
        "Pyongyang University of Science and Technology",
    )


# --------------------------------------------------------------------------- non-Korean persons


# (text, name, family, given)
PERSON_CASES = [
    (
        "Efforts are underway, according to Ian Bennetts, associate program leader of Choson Exchange.",
        "Ian Bennetts",
        "Bennetts",
        "Ian",
    ),
    (
        "“It is a historic day,” Donald Trump told reporters at the White House.",
        "Donald Trump",
        "Trump",
        "Donald",
    ),
    (
        "U.N. Secretary-General Antonio Guterres called for restraint.",
        "Antonio Guterres",
        "Guterres",
        "Antonio",
    ),
    (
        "“The sanctions are working,” said Stephen Biegun after the meeting.",
        "Stephen Biegun",
        "Biegun",
        "Stephen",
    ),
    (
        "Jake Sullivan, the U.S. national security adviser, arrived in Seoul.",
        "Jake Sullivan",
        "Sullivan",
        "Jake",
    ),
    ("Ambassador Harry B. Harris said the alliance was strong.", "Harry B. Harris", "Harris", "Harry B."),
    (
        "Associated Press writer Mari Yamaguchi in Tokyo contributed to this report.",
        "Mari Yamaguchi",
        "Yamaguchi",
        "Mari",
    ),
    (
        "“We will not accept it,” Linda Thomas-Greenfield told the Security Council.",
        "Linda Thomas-Greenfield",
        "Thomas-Greenfield",
        "Linda",
    ),
]


@pytest.mark.parametrize(
    ("text", "name", "family", "given"),
    [
        ("Chinese Premier Li Qiang met the delegation.", "Li Qiang", "Li", "Qiang"),
        ("Chinese President Xi Jinping said the two sides should cooperate.", "Xi Jinping", "Xi", "Jinping"),
        # Singapore's Hokkien spelling, with a given name in two parts
        ("Singaporean teacher Tan Mei Ling said the trip was short.", "Tan Mei Ling", "Tan", "Mei Ling"),
    ],
)
def test_chinese_names_are_family_first(text: str, name: str, family: str, given: str) -> None:
    persons = ALONE.extract(text).of_kind("person")
    assert [(p.name, p.get("family"), p.get("given"), p.get("order")) for p in persons] == [
        (name, family, given, "family-first")
    ]


@pytest.mark.parametrize(
    ("text", "name", "family", "given", "order"),
    [
        # NHK World and Kyodo write Japanese names family name first
        (
            "Chief Cabinet Secretary Hirano Kenta told a news conference.",
            "Hirano Kenta",
            "Hirano",
            "Kenta",
            "family-first",
        ),
        (
            "Defense Minister Sakamoto Yui said she has ordered the forces to be ready.",
            "Sakamoto Yui",
            "Sakamoto",
            "Yui",
            "family-first",
        ),
        # the Western order starts with a given name, which is no surname
        (
            "Japanese Prime Minister Shigeru Ishiba said Tokyo would respond.",
            "Shigeru Ishiba",
            "Ishiba",
            "Shigeru",
            "given-first",
        ),
        (
            "Defense Minister Gen Nakatani told reporters in Tokyo.",
            "Gen Nakatani",
            "Nakatani",
            "Gen",
            "given-first",
        ),
    ],
)
def test_japanese_names_in_either_order(text: str, name: str, family: str, given: str, order: str) -> None:
    persons = list(ALONE.extract(text).of_kind("person"))
    assert [(p.name, p.get("family"), p.get("given"), p.get("order")) for p in persons] == [
        (name, family, given, order)
    ]


def test_a_family_first_name_alone_later_is_the_same_person() -> None:
    text = (
        "Chief Cabinet Secretary Hirano Kenta told a news conference on Tuesday that the launch would "
        "violate UN resolutions.\n\n\u201cWe urge North Korea to call off the launch,\u201d Hirano said.\n\n"
        "Liu Qiang, who studies maritime law at Fudan University, said the fleets moved south. Liu said more.\n"
    )
    persons = {p.name: [m.text for m in p.mentions] for p in ALONE.extract(text).of_kind("person")}
    assert persons == {"Hirano Kenta": ["Hirano Kenta", "Hirano"], "Liu Qiang": ["Liu Qiang", "Liu"]}


@pytest.mark.parametrize(("text", "name", "family", "given"), PERSON_CASES)
def test_non_korean_persons(text: str, name: str, family: str, given: str) -> None:
    persons = list(ALONE.extract(text).of_kind("person"))
    assert [(p.name, p.get("family"), p.get("given"), p.get("order")) for p in persons] == [
        (name, family, given, "given-first")
    ]
    assert persons[0].first.start == text.index(name)


def test_a_name_is_proven_by_its_surname_speaking_later() -> None:
    text = (
        "North Korean Foreign Minister Choe Son Hui met her Russian counterpart Sergey Lavrov in Moscow.\n\n"
        "Lavrov said last year that the issue was closed.\n"
    )
    (lavrov,) = [p for p in ALONE.extract(text).of_kind("person") if p.get("family") == "Lavrov"]
    assert lavrov.name == "Sergey Lavrov"
    assert [m.text for m in lavrov.mentions] == ["Sergey Lavrov", "Lavrov"]
    # without a later speech verb the pair stays unproven; a Korean surname is left to its plugin
    unproven = ALONE.extract(text.replace("Lavrov said", "Lavrov left")).of_kind("person")
    assert [p.name for p in unproven] == ["Choe Son Hui"]
    alias = "Shin Jaewon, who goes by Jay Shin with investors, founded the firm. Shin said sales rose."
    assert "Jay Shin" not in [p.name for p in ALONE.extract(alias).of_kind("person")]


def test_surname_only_mentions_link_to_the_full_name() -> None:
    text = (
        "Efforts are underway, according to Ian Bennetts, associate program leader of Choson Exchange.\n\n"
        "The region shows the country’s entrepreneurial spirit, Bennetts said.\n\n"
        "“People have to be more creative,” Bennetts said."
    )
    persons = ALONE.extract(text).of_kind("person")
    assert len(persons) == 1
    assert [s.start for s in persons[0].mentions] == [
        text.index("Ian Bennetts"),
        *[m.start() for m in regex.finditer(r"Bennetts said", text)],
    ]


def test_a_surname_before_any_full_mention_is_dropped() -> None:
    text = "Bennetts said the program worked. Later, Ian Bennetts, program leader of Choson Exchange, agreed."
    persons = ALONE.extract(text).of_kind("person")
    assert [s.text for s in persons[0].mentions] == ["Ian Bennetts"]


def test_unhyphenated_korean_name_falls_back_to_family_first() -> None:
    text = "North Korean leader Kim Jong Un oversaw the test, state media said."
    persons = ALONE.extract(text).of_kind("person")
    assert [(p.name, p.get("family"), p.get("given"), p.get("order")) for p in persons] == [
        ("Kim Jong Un", "Kim", "Jong Un", "family-first")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "North Korea said Tuesday it had launched a satellite.",
        "South Korea told the United Nations it would comply.",
        "“We will realize our dream of building a Silicon Valley there,” Kim said.",
        "Choson Exchange said it would hold more workshops.",
        "North Korea’s UnJong Park, a special economic zone, shows the spirit.",
        "“We are ready,” said Moon Jae-in, the president.",
        "By Park Ga-young (gypark@heraldcorp.com)",
        "Kaesong Industrial Complex said nothing.",
        "Human Rights Watch said the report was credible.",
        "Goldman Sachs said growth would slow, and Morgan Stanley analysts agreed.",
        "Rodong Sinmun said the drills were a rehearsal for invasion.",
        "Amnesty International said the detainees were tortured.",
    ],
)
def test_places_organisations_and_korean_names_are_not_non_korean_persons(text: str) -> None:
    assert ALONE.extract(text).of_kind("person") == ()


def test_with_every_bundled_plugin_the_roles_use_the_korean_plugins_persons() -> None:
    text = (
        "“There were certain restrictions,” said Kim Jin-hyang, chairman of the Kaeseong Industrial District "
        "Foundation, a government-backed agency.\n\n"
        "In September, when South Korean President Moon Jae-in visited Pyongyang, the two sides agreed.\n"
    )
    facts = newsfacts.Extractor(autoload=False).extract(text, published="2018-12-21T13:47+09:00")
    assert not [e for e in facts.errors if e.plugin == "organizations"]
    found = {(p, r, o) for p, r, o, _, _ in roles(facts)}
    assert ("Kim Jin-hyang", "chairman", "Kaeseong Industrial District Foundation") in found
    assert ("Moon Jae-in", "President", None) in found


# --------------------------------------------------------------------------- names with "&", new head words, tables

# (text, organisation names as written, in order of appearance)
MORE_ORG_CASES = [
    (
        "Samsung C&T and Procter & Gamble agreed on the venture, according to lawyers at Kim & Chang.",
        ["Samsung C&T", "Procter & Gamble", "Kim & Chang"],
    ),
    (
        "Analysts at Daol Investment & Securities cut their target price for the shipbuilder.",
        ["Daol Investment & Securities"],
    ),
    (
        "Shares of Hanmi Pharm and Dongkuk Steel rose, while Mirae Asset Capital and Shinyoung Asset Management "
        "sold bonds.",
        ["Hanmi Pharm", "Dongkuk Steel", "Mirae Asset Capital", "Shinyoung Asset Management"],
    ),
    ("Samsung Bio said the plant would open next year.", ["Samsung Bio"]),
    (
        "The Republic of Korea Army and the U.S. Marine Corps held a river-crossing drill with the Royal Navy.",
        ["Republic of Korea Army", "U.S. Marine Corps", "Royal Navy"],
    ),
    (
        "The Supreme People's Assembly convened on Tuesday, and the Korean People's Army marked its anniversary.",
        ["Supreme People's Assembly", "Korean People's Army"],
    ),
    (
        "A Realmeter survey and a Hankook Research poll found similar results.",
        ["Realmeter", "Hankook Research"],
    ),
    ("Embrain surveyed 1,000 adults for the report.", ["Embrain"]),
    (
        "Kyodo News and Xinhua reported the meeting, while NHK showed footage of the launch.",
        ["Kyodo News", "Xinhua", "NHK"],
    ),
    ("The film was distributed by Showbox and screened by CJ CGV.", ["Showbox", "CJ CGV"]),
    (
        "Wolverhampton drew with Aston Villa, and Bayern Munich lost to Borussia Dortmund in the Bundesliga.",
        ["Wolverhampton", "Aston Villa", "Bayern Munich", "Borussia Dortmund", "Bundesliga"],
    ),
    ("Ulsan HD won the K League title for a third straight season.", ["Ulsan HD", "K League"]),
]


@pytest.mark.parametrize(("text", "names"), MORE_ORG_CASES)
def test_more_organisations(text: str, names: list[str]) -> None:
    expected = []
    pos = 0
    for name in names:
        start = text.index(name, pos)
        expected.append((name, start, start + len(name)))
        pos = start + len(name)
    assert org_spans(ALONE.extract(text)) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "SEOUL (Yonhap) -- The Korea Development Institute cut its forecast.",
            ["Yonhap", "Korea Development Institute"],
        ),
        ("TOKYO Kyodo News -- Japan's central bank kept rates on hold.", ["Kyodo News"]),
        ("WASHINGTON Pyongyang Broadcasting Service aired the speech.", ["Pyongyang Broadcasting Service"]),
        ("By KIM SOO-YEON Reuters staff reported the figures.", ["Reuters"]),
    ],
)
def test_all_capitals_dateline_words_do_not_join_an_organisation(text: str, names: list[str]) -> None:
    assert [n for n, _s, _e in sorted(org_spans(ALONE.extract(text)), key=lambda x: x[1])] == names


def test_a_name_without_its_regional_tail_is_the_same_organisation() -> None:
    text = "Gallup Korea polled 1,001 adults this week. Support for the president fell, Gallup said."
    (org,) = ALONE.extract(text).of_kind("organization")
    assert org.name == "Gallup Korea"
    assert [s.text for s in org.mentions] == ["Gallup Korea", "Gallup"]


# --------------------------------------------------------------------------- more roles


@pytest.mark.parametrize(
    ("text", "person", "role", "org", "evidence"),
    [
        (
            "Kim Gi-hyeon, the ruling party's leader, said the budget would pass.",
            "Kim Gi-hyeon",
            "leader",
            None,
            "Kim Gi-hyeon, the ruling party's leader",
        ),
        (
            "Lee Jae-myung, the main opposition party's chief, rejected the offer.",
            "Lee Jae-myung",
            "chief",
            None,
            "Lee Jae-myung, the main opposition party's chief",
        ),
        (
            "The actor's lawyer, Park Joo-hyun, told reporters the ruling would be appealed.",
            "Park Joo-hyun",
            "lawyer",
            None,
            "lawyer, Park Joo-hyun",
        ),
        (
            "Arsenal midfielder Martin Odegaard scored in the second half.",
            "Martin Odegaard",
            "midfielder",
            "Arsenal",
            "Arsenal midfielder Martin Odegaard",
        ),
        (
            "Newcastle United manager Eddie Howe said the squad was tired.",
            "Eddie Howe",
            "manager",
            "Newcastle United",
            "Newcastle United manager Eddie Howe",
        ),
        (
            "Japan coach Hajime Moriyasu named his squad for the qualifiers.",
            "Hajime Moriyasu",
            "coach",
            None,
            "coach Hajime Moriyasu",
        ),
        (
            "Film critic Kim Hyung-seok said the sequel was weaker.",
            "Kim Hyung-seok",
            "critic",
            None,
            "critic Kim Hyung-seok",
        ),
    ],
)
def test_more_role_claims(text: str, person: str, role: str, org: str | None, evidence: str) -> None:
    assert roles(run(text)) == [(person, role, org, evidence, text.index(evidence))]


def test_a_title_after_someone_elses_name_is_not_a_role() -> None:
    text = "Kim Min-jae's lawyer said the club had not paid, Bayern Munich confirmed."
    assert run(text).claims_of_kind("role") == ()


# --------------------------------------------------------------------------- more non-Korean persons


@pytest.mark.parametrize(
    ("text", "name", "family", "given"),
    [
        (
            "Dominic Solanke headed in the equaliser in the 89th minute.",
            "Dominic Solanke",
            "Solanke",
            "Dominic",
        ),
        (
            "European Commission President Ursula von der Leyen arrived in Seoul for the summit.",
            "Ursula von der Leyen",
            "von der Leyen",
            "Ursula",
        ),
        (
            "Bournemouth manager Andoni Iraola and Marco van Basten watched.",
            "Marco van Basten",
            "van Basten",
            "Marco",
        ),
        ("Syria's Bashar al-Assad fled to Moscow, officials said.", "Bashar al-Assad", "al-Assad", "Bashar"),
        ("The talks were led by Italy's Giorgia Meloni.", "Giorgia Meloni", "Meloni", "Giorgia"),
    ],
)
def test_more_non_korean_persons(text: str, name: str, family: str, given: str) -> None:
    persons = [p for p in ALONE.extract(text).of_kind("person") if p.name == name]
    assert [(p.name, p.get("family"), p.get("given"), p.get("order")) for p in persons] == [
        (name, family, given, "given-first")
    ]
    assert persons[0].first.start == text.index(name)


def test_a_capitalised_particle_belongs_to_the_family_name_and_the_surname_links() -> None:
    text = "Napoli coach Antonio Conte praised Mario De Luca. Later, De Luca said the team was ready."
    facts = ALONE.extract(text)
    (person,) = [p for p in facts.of_kind("person") if p.name == "Mario De Luca"]
    assert (person.get("family"), person.get("given")) == ("De Luca", "Mario")
    assert [s.text for s in person.mentions] == ["Mario De Luca", "De Luca"]


def test_a_country_possessive_is_not_part_of_the_name() -> None:
    text = "Japan's Yoshimasa Hayashi and Canada's Melanie Joly met in Tokyo on Friday."
    names = [(p.name, p.first.start) for p in ALONE.extract(text).of_kind("person")]
    assert names == [
        ("Yoshimasa Hayashi", text.index("Yoshimasa")),
        ("Melanie Joly", text.index("Melanie")),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Daewoo Shipbuilding reported a loss.",
        "Japan's Fast Retailing, which owns Uniqlo, reported strong sales.",
        "The Van Gogh Museum lent three paintings.",
    ],
)
def test_companies_without_head_words_are_not_given_name_persons(text: str) -> None:
    assert ALONE.extract(text).of_kind("person") == ()


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # named by the listed spelling written, the table's name kept in variants
        ("The unification ministry said it regretted the move.", ["Unification Ministry"]),
        ("South Korea's defense ministry said the drills would go ahead.", ["Defense Ministry"]),
        # another country's ministry is not the listed South Korean one
        ("Japan's defense ministry said the missile fell outside its waters.", []),
        ("North Korea's foreign ministry called the drills a provocation.", []),
        ("The Chinese foreign ministry declined to comment.", []),
        # a ministry without a listed name stays unnamed
        ("A ministry official said the plan was on hold.", []),
    ],
)
def test_a_listed_ministry_written_in_lower_case(text: str, names: list[str]) -> None:
    orgs = run(text).of_kind("organization")
    assert [e.name for e in orgs] == names
    assert all(any(v.startswith("Ministry of") for v in e.data.variants) for e in orgs)


def test_another_countrys_possessive_makes_a_ministry_its_own() -> None:
    facts = run(
        "South Korea's Defense Ministry said the drills would go ahead. Russia's Defense Ministry "
        "said Sunday that troops had helped. Japan's Foreign Ministry protested. "
        "North Korea's Foreign Ministry called it a provocation."
    )
    orgs = [
        (e.name, "Ministry of National Defense" in e.data.variants, len(e.mentions))
        for e in facts.of_kind("organization")
    ]
    assert orgs == [
        ("Defense Ministry", True, 1),
        ("Defense Ministry", False, 1),
        ("Foreign Ministry", False, 1),
        ("Foreign Ministry", False, 1),
    ]


def test_a_lower_case_ministry_links_to_its_capitalised_mention() -> None:
    facts = run(
        "The Foreign Ministry summoned the ambassador. Later, the foreign ministry said talks would go on."
    )
    (ministry,) = facts.of_kind("organization")
    assert ministry.name == "Foreign Ministry"
    assert "Ministry of Foreign Affairs" in ministry.data.variants
    assert [m.text for m in ministry.mentions] == ["Foreign Ministry", "foreign ministry"]


def test_a_body_named_by_a_list_of_fields_keeps_its_whole_name() -> None:
    facts = ALONE.extract(
        "The Ministry of Climate, Energy and Environment said violations rose. "
        "The Ministry of Foreign Affairs, Japan and China met in Tokyo."
    )
    names = [e.name for e in facts.of_kind("organization")]
    assert "Ministry of Climate, Energy and Environment" in names
    # a place in the list ends the name at the comma
    assert "Ministry of Foreign Affairs" in names and not any("Japan" in n for n in names)


def test_a_listed_party_with_party_in_lower_case() -> None:
    facts = run(
        "Moon Hye-ri, a Democratic party lawmaker who sits on the fisheries committee, said the coast "
        "guard had only 14 ships. The third party candidate lost."
    )
    (party,) = facts.of_kind("organization")
    assert party.name == "Democratic Party"
    assert [m.text for m in party.mentions] == ["Democratic party"]
    assert roles(facts)[0][:3] == ("Moon Hye-ri", "lawmaker", "Democratic Party")


def test_a_corporate_suffix_and_a_curly_apostrophe_do_not_split_an_organisation() -> None:
    text = (
        "Daewon Semiconductor Inc. posted a record profit. Shares of Daewon Semiconductor rose 3 percent. "
        "The Korean Teachers and Education Workers’ Union said exam supervisors were overworked."
    )
    orgs = {e.name: [m.text for m in e.mentions] for e in run(text).of_kind("organization")}
    assert orgs["Daewon Semiconductor Inc."] == ["Daewon Semiconductor Inc.", "Daewon Semiconductor"]
    # the listed union, though the text writes its apostrophe curly
    assert orgs["Korean Teachers and Education Workers' Union"] == [
        "Korean Teachers and Education Workers’ Union"
    ]


def test_a_title_without_its_organisation_adds_nothing_to_the_same_title_with_one() -> None:
    text = (
        "Chairman David Rowe arrives at court on Friday.\n\n"
        "Taeil Group Chairman David Rowe was sentenced to four years in prison."
    )
    got = [(p, r, o) for p, r, o, _, _ in roles(run(text))]
    assert got == [("David Rowe", "Chairman", "Taeil Group")]


def test_a_plural_noun_before_a_speaker_is_no_listed_title() -> None:
    # "reporters" is a title word, but nothing makes it the subject a list of names explains
    text = "The minister met reporters, David Rowe said on Monday."
    assert [r for r in roles(run(text)) if r[1] == "reporter"] == []


def test_reuters_style_suffixes_and_the_carmakers_short_names() -> None:
    text = (
        "Workers at Hyundai Motor will strike on Wednesday. Hyundai said it regretted the "
        "decision, and Kia Corp said Kia would hold talks. Apple Inc did not comment."
    )
    by_name = {e.name: [m.text for m in e.mentions] for e in run(text).of_kind("organization")}
    assert by_name == {
        "Hyundai Motor": ["Hyundai Motor", "Hyundai"],
        "Kia": ["Kia Corp", "Kia"],
        "Apple": ["Apple Inc"],
    }


def test_a_listed_acronym_after_a_masthead_mention_stays_when_the_masthead_is_chrome() -> None:
    text = (
        "KBS WORLD\nNews\n\nPower Demand Hits Summer High\n\n"
        "Demand climbed on Monday, officials said.\n\n"
        "\u201cHot air is trapped,\u201d KMA forecaster Cho Eun-byul told KBS.\n"
    )
    facts = newsfacts.Extractor(autoload=False).extract(text)
    kbs = [e for e in facts.of_kind("organization") if e.get("acronym") == "KBS"]
    assert [m.start for m in kbs[0].mentions] == [text.rindex("KBS")]


def test_a_past_post_or_another_persons_verb_gives_no_title() -> None:
    for text in (
        "The plan was named after Kim Dae-jung, who served as president from 1998.",
        "Park Ji-hoon stepped down as ambassador to Japan in 2019.",
        "Lee Su-jin, who met Choi Hyun-woo, was named after her grandmother.",
    ):
        assert [r[1] for r in roles(run(text))] == [], text


def test_a_photo_credits_agency_is_not_the_story_company_of_a_chief_executive() -> None:
    text = (
        "Police raid battery maker\n\n"
        "Firefighters search the burnt-out plant on Saturday. (Yonhap)\n\n"
        "Police raided the headquarters of Daeyang on Monday.\n\n"
        "Chief Executive Park Min-ho apologised at a press conference.\n"
    )
    facts = newsfacts.Extractor().extract(text)
    assert [(c.role, c.organization) for c in facts.claims_of_kind("role")] == [("Chief Executive", None)]


def test_a_sentence_adverb_is_no_given_name() -> None:
    assert ALONE.extract("Still Choi said the plan would work.").of_kind("person") == ()
    assert ALONE.extract("Finally Lavrov said the issue was closed.").of_kind("person") == ()


def test_the_nationality_before_a_head_word_picks_that_countrys_body() -> None:
    text = (
        "South Korea's Foreign Ministry summoned a Japanese diplomat. Lim Jae-hoon, a spokesman "
        "for the South Korean ministry, told a briefing that Seoul would respond.\n\n"
        "Japan's Foreign Ministry rejected the protest. Aiko Sato, a spokeswoman for the Japanese "
        "ministry, said Tokyo's position was unchanged.\n"
    )
    facts = run(text)
    first_mention = {e.id: min(m.start for m in e.mentions) for e in facts.entities}
    got = {
        facts.entity(c.person).name: first_mention[c.organization]
        for c in facts.claims
        if isinstance(c, RoleClaim) and c.organization is not None
    }
    assert got == {
        "Lim Jae-hoon": text.index("Foreign Ministry"),
        "Aiko Sato": text.index("Foreign Ministry", text.index("Japan's")),
    }


def test_a_listed_company_after_a_at_the_end_of_its_phrase_is_a_product() -> None:
    text = (
        "Police froze two apartments and a Porsche, and the suspect drove an Audi. Porsche said "
        "it would cooperate, and Costco and Westinghouse declined to comment."
    )
    later = text.index("Porsche said")
    assert org_spans(run(text)) == sorted(
        [
            ("Porsche", later, later + 7),
            ("Costco", text.index("Costco"), text.index("Costco") + 6),
            ("Westinghouse", text.index("Westinghouse"), text.index("Westinghouse") + 12),
        ]
    )


def test_a_description_at_the_surname_alone_repeats_the_title_the_full_name_had() -> None:
    text = (
        "Kim Jae-won, a retired rear-admiral who once commanded the flotilla, spoke first. Kim Min-ho "
        "spoke later.\n\n"
        "\u201cIf we start now, the boat is at sea by 2035,\u201d said Mr Kim, the retired admiral.\n\n"
        "Park Jin-sol arrived late. Park, the party leader, said nothing.\n"
    )
    got = sorted((p, r) for p, r, _o, _e, _s in roles(newsfacts.Extractor(autoload=False).extract(text)))
    assert got == [("Kim Jae-won", "retired rear-admiral"), ("Park Jin-sol", "party leader")]


def test_a_capitalised_possessive_owner_rules_out_the_story_company_fallback() -> None:
    text = (
        "Hanbit Robotics Co. opened a plant on Monday. \u201cWe were sceptical,\u201d Banksia Lane\u2019s "
        "chief executive, Renee Fitzgerald, told the Herald."
    )
    got = [(p, r, o) for p, r, o, _e, _s in roles(newsfacts.Extractor(autoload=False).extract(text))]
    assert ("Renee Fitzgerald", "chief executive", "Hanbit Robotics Co.") not in got


def test_a_name_whose_appositive_ends_at_a_speech_verb_is_a_person() -> None:
    text = (
        "Luíza Gonçalves, a 24-year-old student who flew in from São Paulo last Friday, said she had "
        "saved for two years. Acme Widgets, a maker of parts, said it would hire."
    )
    facts = run(text)
    assert [e.name for e in facts.of_kind("person")] == ["Luíza Gonçalves"]
