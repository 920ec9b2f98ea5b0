"""Reported speech in the forms wire copy uses most: long attributions after the clause,
time phrases and listeners between the cue and its clause, participles, rarer verbs.

The passages are written for these tests in the style of Korea news copy (Yonhap, Korea
Herald, Reuters, AP); the stand-in finder marks the listed names as the real ones would.
"""

from __future__ import annotations

import pytest

from tests.plugins.quotes_fakes import run
from tests.plugins.test_quotes import Case, D, R

PARK = "Park Jin"
CHOO = "Choo Kyung-ho"
LEE = "Lee Do-hoon"

CASES = [
    # ---- the cue after the clause, with a listener or adverbials after it ----
    Case(
        "told-a-press-conference-after-the-clause",
        "Kim Yo-jong spoke on Monday.\n\n"
        "Pyongyang is likely to launch another satellite soon, Kim told a press conference on Tuesday.",
        ("Kim Yo-jong",),
        want=(
            R(
                "Pyongyang is likely to launch another satellite soon, Kim told",
                "Pyongyang is likely to launch another satellite soon",
                "Kim Yo-jong",
                "Kim",
                "told",
            ),
        ),
    ),
    Case(
        "told-reporters-in-a-city-after-the-meeting",
        "The two sides agreed to resume shuttle diplomacy, Park Jin told reporters in Tokyo after the talks.",
        (PARK,),
        want=(
            R(
                "The two sides agreed to resume shuttle diplomacy, Park Jin told",
                "The two sides agreed to resume shuttle diplomacy",
                PARK,
                PARK,
                "told",
            ),
        ),
    ),
    Case(
        "told-a-news-agency-by-phone",
        "Choo Kyung-ho visited a market in Daegu on Wednesday.\n\n"
        "The government will expand support for small merchants, he told Yonhap News Agency by phone.",
        (CHOO,),
        ("Yonhap News Agency",),
        want=(
            R(
                "The government will expand support for small merchants, he told",
                "The government will expand support for small merchants",
                CHOO,
                "he",
                "told",
            ),
        ),
    ),
    Case(
        "said-in-an-interview-with-a-paper-on-a-day",
        "Working-level talks could resume as early as next month, Lee Do-hoon said in an interview "
        "with The Korea Herald on Tuesday.",
        (LEE,),
        ("Korea Herald",),
        want=(
            R(
                "Working-level talks could resume as early as next month, Lee Do-hoon said",
                "Working-level talks could resume as early as next month",
                LEE,
                LEE,
            ),
        ),
    ),
    Case(
        "said-in-a-text-message-to-reporters",
        "The missiles were fired from the Sunan area of Pyongyang, the Joint Chiefs of Staff said in a "
        "text message sent to reporters.",
        orgs=("Joint Chiefs of Staff",),
        want=(
            R(
                "The missiles were fired from the Sunan area of Pyongyang, the Joint Chiefs of Staff said",
                "The missiles were fired from the Sunan area of Pyongyang",
                "Joint Chiefs of Staff",
                "the Joint Chiefs of Staff",
            ),
        ),
    ),
    Case(
        "told-reporters-on-condition-of-anonymity",
        "The North has been readying the site for months, a senior U.S. official told reporters on "
        "condition of anonymity.",
        want=(
            R(
                "The North has been readying the site for months, a senior U.S. official told",
                "The North has been readying the site for months",
                None,
                "a senior U.S. official",
                "told",
            ),
        ),
    ),
    Case(
        "a-tail-with-a-clause-of-its-own-reports-that-clause-not-the-words-before",
        "Amid rising tensions on the peninsula, Choo Kyung-ho said at a meeting on Monday that "
        "prices would stabilize.",
        (CHOO,),
        want=(
            R(
                "Choo Kyung-ho said at a meeting on Monday that prices would stabilize",
                "prices would stabilize",
                CHOO,
                CHOO,
            ),
        ),
    ),
    Case(
        "a-lone-adverbial-before-the-comma-is-no-clause",
        "In Busan, Choo Kyung-ho said at a forum of regional business leaders on Friday.",
        (CHOO,),
        want=(),
    ),
    Case(
        "and-before-the-speaker-makes-a-clause-of-its-own",
        "The talks broke down, and Park Jin said in a statement released by his office after the "
        "meeting ended.",
        (PARK,),
        want=(),
    ),
    # ---- time phrases and listeners between the cue and a clause without "that" ----
    Case(
        "said-last-week-then-a-clause",
        "The Unification Ministry said last week it would send a delegation to the border village.",
        orgs=("Unification Ministry",),
        want=(
            R(
                "The Unification Ministry said last week it would send a delegation to the border village",
                "it would send a delegation to the border village",
                "Unification Ministry",
                "The Unification Ministry",
            ),
        ),
    ),
    Case(
        "said-earlier-this-month-then-a-clause",
        "Hyundai Motor said earlier this month its new plant in Georgia would open ahead of schedule.",
        orgs=("Hyundai Motor",),
        want=(
            R(
                "Hyundai Motor said earlier this month its new plant in Georgia would open ahead of schedule",
                "its new plant in Georgia would open ahead of schedule",
                "Hyundai Motor",
                "Hyundai Motor",
            ),
        ),
    ),
    Case(
        "said-late-on-a-day-then-a-clause",
        "Samsung Electronics said late Tuesday it had completed the acquisition of the German firm.",
        orgs=("Samsung Electronics",),
        want=(
            R(
                "Samsung Electronics said late Tuesday it had completed the acquisition of the German firm",
                "it had completed the acquisition of the German firm",
                "Samsung Electronics",
                "Samsung Electronics",
            ),
        ),
    ),
    Case(
        "a-time-word-owned-by-the-clause-stays-in-it",
        "Choo Kyung-ho said last year's exports had hit a record high despite the chip slump.",
        (CHOO,),
        want=(),
    ),
    Case(
        "said-in-a-statement-then-a-clause",
        "The State Department said in a statement the two ministers discussed ways to deepen "
        "trilateral cooperation with Tokyo.",
        orgs=("State Department",),
        want=(
            R(
                "The State Department said in a statement the two ministers discussed ways to deepen "
                "trilateral cooperation with Tokyo",
                "the two ministers discussed ways to deepen trilateral cooperation with Tokyo",
                "State Department",
                "The State Department",
            ),
        ),
    ),
    Case(
        "said-in-an-interview-with-a-network-on-a-day-then-a-clause",
        "Park Jin said in an interview with CNN on Sunday the alliance was stronger than ever.",
        (PARK,),
        want=(
            R(
                "Park Jin said in an interview with CNN on Sunday the alliance was stronger than ever",
                "the alliance was stronger than ever",
                PARK,
                PARK,
            ),
        ),
    ),
    Case(
        "an-occasion-described-by-a-short-clause-is-no-report",
        "Choo Kyung-ho said at a meeting the committee held in Sejong last week.",
        (CHOO,),
        want=(),
    ),
    Case(
        "told-reporters-a-day-then-a-clause",
        "Park Jin told reporters Monday the alliance would emerge stronger from the dispute.",
        (PARK,),
        want=(
            R(
                "Park Jin told reporters Monday the alliance would emerge stronger from the dispute",
                "the alliance would emerge stronger from the dispute",
                PARK,
                PARK,
                "told",
            ),
        ),
    ),
    Case(
        "told-lawmakers-on-a-day-then-a-clause",
        "Choo Kyung-ho told lawmakers on Tuesday the government had no plan to raise taxes.",
        (CHOO,),
        want=(
            R(
                "Choo Kyung-ho told lawmakers on Tuesday the government had no plan to raise taxes",
                "the government had no plan to raise taxes",
                CHOO,
                CHOO,
                "told",
            ),
        ),
    ),
    Case(
        "told-a-named-listener-then-a-clause",
        "Lee Do-hoon told Yonhap News Agency the plan would be delayed until spring.",
        (LEE,),
        ("Yonhap News Agency",),
        want=(
            R(
                "Lee Do-hoon told Yonhap News Agency the plan would be delayed until spring",
                "the plan would be delayed until spring",
                LEE,
                LEE,
                "told",
            ),
        ),
    ),
    Case(
        "told-reporters-to-is-an-order",
        "Park Jin told reporters to wait outside the conference room.",
        (PARK,),
        want=(),
    ),
    Case(
        "told-reporters-a-thing-is-no-clause",
        "Lee Do-hoon told reporters the story of his family's escape from the North.",
        (LEE,),
        want=(),
    ),
    # ---- an organisation named earlier, referred to by a description ----
    Case(
        "the-weather-agency-is-the-meteorological-administration",
        "The Korea Meteorological Administration issued heat wave warnings for most of the country.\n\n"
        "Daytime highs will reach 36 degrees Celsius in Daegu on Thursday, the weather agency said.",
        orgs=("Korea Meteorological Administration",),
        want=(
            R(
                "Daytime highs will reach 36 degrees Celsius in Daegu on Thursday, the weather agency said",
                "Daytime highs will reach 36 degrees Celsius in Daegu on Thursday",
                "Korea Meteorological Administration",
                "the weather agency",
            ),
        ),
    ),
    Case(
        "the-agency-added-is-the-administration",
        "The Korea Meteorological Administration issued a heavy rain advisory for Jeju Island.\n\n"
        "The agency added that up to 200 millimeters of rain could fall through Friday.",
        orgs=("Korea Meteorological Administration",),
        want=(
            R(
                "The agency added that up to 200 millimeters of rain could fall through Friday",
                "up to 200 millimeters of rain could fall through Friday",
                "Korea Meteorological Administration",
                "The agency",
                "added",
            ),
        ),
    ),
    Case(
        "the-central-bank-is-the-bank-of-korea-not-a-lender",
        "The Bank of Korea held its key rate at 3.5 percent, while Woori Bank raised its deposit rates.\n\n"
        "The central bank said inflation would slow in the second half.",
        orgs=("Bank of Korea", "Woori Bank"),
        want=(
            R(
                "The central bank said inflation would slow in the second half",
                "inflation would slow in the second half",
                "Bank of Korea",
                "The central bank",
            ),
        ),
    ),
    Case(
        "the-central-bank-with-no-central-bank-named-stays-unresolved",
        "Woori Bank raised its deposit rates on Monday.\n\n"
        "The central bank said inflation would slow in the second half.",
        orgs=("Woori Bank",),
        want=(
            R(
                "The central bank said inflation would slow in the second half",
                "inflation would slow in the second half",
                None,
                "The central bank",
            ),
        ),
    ),
    Case(
        "the-spy-agency-is-the-intelligence-service",
        "The National Intelligence Service briefed lawmakers behind closed doors.\n\n"
        "The spy agency said Pyongyang had sent about 3,000 troops to Russia.",
        orgs=("National Intelligence Service",),
        want=(
            R(
                "The spy agency said Pyongyang had sent about 3,000 troops to Russia",
                "Pyongyang had sent about 3,000 troops to Russia",
                "National Intelligence Service",
                "The spy agency",
            ),
        ),
    ),
    Case(
        "the-antitrust-regulator-is-the-fair-trade-commission",
        "The Korea Fair Trade Commission fined the platform operator 10 billion won.\n\n"
        "The antitrust regulator said the company had favored its own services in search results.",
        orgs=("Korea Fair Trade Commission",),
        want=(
            R(
                "The antitrust regulator said the company had favored its own services in search results",
                "the company had favored its own services in search results",
                "Korea Fair Trade Commission",
                "The antitrust regulator",
            ),
        ),
    ),
    Case(
        "the-agency-is-the-one-named-last",
        "The Korean Central News Agency reported the launch, and the Korea Disease Control and "
        "Prevention Agency reported 320 new cases.\n\n"
        "The agency said most of the new infections were found in Seoul.",
        orgs=("Korean Central News Agency", "Korea Disease Control and Prevention Agency"),
        want=(
            R(
                "The agency said most of the new infections were found in Seoul",
                "most of the new infections were found in Seoul",
                "Korea Disease Control and Prevention Agency",
                "The agency",
            ),
        ),
    ),
    Case(
        "the-ministry-is-never-an-organisation-of-another-kind",
        "The Joint Chiefs of Staff said the North fired a missile on Thursday.\n\n"
        "The ministry said separately that it would keep pushing for dialogue.",
        orgs=("Joint Chiefs of Staff",),
        want=(
            R(
                "The Joint Chiefs of Staff said the North fired a missile on Thursday",
                "the North fired a missile on Thursday",
                "Joint Chiefs of Staff",
                "The Joint Chiefs of Staff",
            ),
            R(
                "The ministry said separately that it would keep pushing for dialogue",
                "it would keep pushing for dialogue",
                None,
                "The ministry",
            ),
        ),
    ),
    Case(
        "an-unnamed-spokesperson-is-not-a-named-one",
        "The Unification Ministry said it was watching the North's moves. A ministry spokesperson "
        "told a regular briefing that Seoul would respond sternly to any provocation.\n\n"
        "In Washington, State Department spokesperson Matthew Miller said the United States remains "
        "open to dialogue.",
        ("Matthew Miller",),
        ("Unification Ministry", "State Department"),
        roles=(("Matthew Miller", "spokesperson"),),
        want=(
            R(
                "The Unification Ministry said it was watching the North's moves",
                "it was watching the North's moves",
                "Unification Ministry",
                "The Unification Ministry",
            ),
            R(
                "A ministry spokesperson told a regular briefing that Seoul would respond sternly to any "
                "provocation",
                "Seoul would respond sternly to any provocation",
                "Unification Ministry",
                "A ministry spokesperson",
                "told",
            ),
            R(
                "State Department spokesperson Matthew Miller said the United States remains open to dialogue",
                "the United States remains open to dialogue",
                "Matthew Miller",
                "State Department spokesperson Matthew Miller",
            ),
        ),
    ),
    Case(
        "the-tech-giant-is-the-company-named-last",
        "Samsung Electronics said Tuesday that its operating profit fell 12 percent.\n\n"
        "The South Korean tech giant added that chip demand would recover next year.",
        orgs=("Samsung Electronics",),
        want=(
            R(
                "Samsung Electronics said Tuesday that its operating profit fell 12 percent",
                "its operating profit fell 12 percent",
                "Samsung Electronics",
                "Samsung Electronics",
            ),
            R(
                "The South Korean tech giant added that chip demand would recover next year",
                "chip demand would recover next year",
                "Samsung Electronics",
                "The South Korean tech giant",
                "added",
            ),
        ),
    ),
    # ---- asides and relays around the attribution ----
    Case(
        "a-relative-aside-between-subject-and-cue",
        "Hanwha Aerospace, which makes self-propelled howitzers, said it had won a 3 trillion won "
        "order from Poland.",
        orgs=("Hanwha Aerospace",),
        want=(
            R(
                "Hanwha Aerospace, which makes self-propelled howitzers, said it had won a 3 trillion won "
                "order from Poland",
                "it had won a 3 trillion won order from Poland",
                "Hanwha Aerospace",
                "Hanwha Aerospace",
            ),
        ),
    ),
    Case(
        "a-relaying-source-ends-the-clause",
        "Kim Jong-un said the country must be fully ready for war, state media reported Saturday.",
        ("Kim Jong-un",),
        want=(
            R(
                "Kim Jong-un said the country must be fully ready for war",
                "the country must be fully ready for war",
                "Kim Jong-un",
                "Kim Jong-un",
            ),
        ),
    ),
    Case(
        "a-relative-relay-stays-in-the-clause",
        "Kim Jong-un said the drills were a provocation, which state media reported on Saturday.",
        ("Kim Jong-un",),
        want=(
            R(
                "Kim Jong-un said the drills were a provocation, which state media reported on Saturday",
                "the drills were a provocation, which state media reported on Saturday",
                "Kim Jong-un",
                "Kim Jong-un",
            ),
        ),
    ),
    Case(
        "adding-without-that-after-an-attribution",
        "The White House said Tuesday that Biden would host Yoon Suk Yeol next month, adding the two "
        "leaders would discuss supply chains.",
        ("Yoon Suk Yeol",),
        ("White House",),
        want=(
            R(
                "The White House said Tuesday that Biden would host Yoon Suk Yeol next month",
                "Biden would host Yoon Suk Yeol next month",
                "White House",
                "The White House",
            ),
            R(
                "adding the two leaders would discuss supply chains",
                "the two leaders would discuss supply chains",
                "White House",
                "The White House",
                "adding",
            ),
        ),
    ),
    Case(
        "calling-them-names-is-no-clause",
        "Lee Jae-myung denied the charges, calling them politically motivated.",
        ("Lee Jae-myung",),
        want=(),
    ),
    Case(
        "inverted-speaker-described-to-the-sentence-end",
        "The talks ended without a deal, said a diplomat familiar with the matter.",
        want=(
            R(
                "The talks ended without a deal, said a diplomat familiar with the matter",
                "The talks ended without a deal",
                None,
                "a diplomat familiar with the matter",
            ),
        ),
    ),
    Case(
        "inverted-speaker-then-a-relative-clause",
        "Working-level talks will resume in May, said a senior official who asked not to be named.",
        want=(
            R(
                "Working-level talks will resume in May, said a senior official",
                "Working-level talks will resume in May",
                None,
                "a senior official",
            ),
        ),
    ),
    # ---- a participle after a main clause reports its subject's words ----
    Case(
        "saying-after-a-meeting-reports-the-subject",
        "Foreign Minister Park Jin met his Japanese counterpart in Tokyo on Friday, saying the two "
        "countries had turned a new page.",
        (PARK,),
        want=(
            R(
                "saying the two countries had turned a new page",
                "the two countries had turned a new page",
                PARK,
                "Foreign Minister Park Jin",
                "saying",
            ),
        ),
    ),
    Case(
        "saying-that-after-an-appositive",
        "Lee Jae-myung, the leader of the main opposition Democratic Party, slammed the decision, "
        "saying that it would hurt ties with Beijing.",
        ("Lee Jae-myung",),
        ("Democratic Party",),
        want=(
            R(
                "saying that it would hurt ties with Beijing",
                "it would hurt ties with Beijing",
                "Lee Jae-myung",
                "Lee Jae-myung",
                "saying that",
            ),
        ),
    ),
    Case(
        "adding-that-after-an-organisation-described",
        "The Unification Ministry proposed talks on Monday.\n\n"
        "The ministry expressed regret over the North's silence, adding that it would keep the "
        "door to dialogue open.",
        orgs=("Unification Ministry",),
        want=(
            R(
                "adding that it would keep the door to dialogue open",
                "it would keep the door to dialogue open",
                "Unification Ministry",
                "The ministry",
                "adding that",
            ),
        ),
    ),
    Case(
        "noting-that-after-a-fronted-day",
        "On Tuesday, Choo Kyung-ho unveiled the budget plan, noting that welfare spending would rise "
        "for a fifth straight year.",
        (CHOO,),
        want=(
            R(
                "noting that welfare spending would rise for a fifth straight year",
                "welfare spending would rise for a fifth straight year",
                CHOO,
                CHOO,
                "noting that",
            ),
        ),
    ),
    Case(
        "saying-after-a-pronoun-subject",
        "Choo Kyung-ho toured a traditional market in Daegu.\n\n"
        "He urged merchants to stay patient, saying prices would stabilize by summer.",
        (CHOO,),
        want=(
            R(
                "saying prices would stabilize by summer",
                "prices would stabilize by summer",
                CHOO,
                "He",
                "saying",
            ),
        ),
    ),
    Case(
        "saying-after-a-place-subject-has-no-speaker-entity",
        "Pyongyang has rejected the U.N. statement, saying the satellite launch was a legitimate "
        "exercise of its sovereignty.",
        places=("Pyongyang",),
        want=(
            R(
                "saying the satellite launch was a legitimate exercise of its sovereignty",
                "the satellite launch was a legitimate exercise of its sovereignty",
                None,
                "Pyongyang",
                "saying",
            ),
        ),
    ),
    Case(
        "saying-then-a-quote",
        "Lee Jae-myung criticized the budget, saying, “This is a budget for the rich.”",
        ("Lee Jae-myung",),
        want=(
            D(
                "saying, “This is a budget for the rich.”",
                "This is a budget for the rich.",
                "Lee Jae-myung",
                "Lee Jae-myung",
                "saying",
            ),
        ),
    ),
    Case(
        "a-possessor-subject-is-no-speaker-its-office-is",
        "Kim Yo-jong's office issued a statement, saying the North would respond in kind.",
        ("Kim Yo-jong",),
        want=(
            R(
                "saying the North would respond in kind",
                "the North would respond in kind",
                None,
                "Kim Yo-jong's office",
                "saying",
            ),
        ),
    ),
    Case(
        "a-description-opening-the-sentence-speaks-in-a-participle",
        "The presidential office denied the report, saying it was groundless.",
        want=(R("saying it was groundless", "it was groundless", None, "The presidential office", "saying"),),
    ),
    Case(
        "a-partial-quote-inside-a-participle-clause",
        "Lee Do-hoon criticized the budget, saying the government had drafted “a budget for the rich” "
        "without asking the opposition.",
        (LEE,),
        want=(
            D(
                "saying the government had drafted “a budget for the rich”",
                "a budget for the rich",
                LEE,
                LEE,
                "saying",
            ),
            R(
                "saying the government had drafted “a budget for the rich” without asking the opposition",
                "the government had drafted “a budget for the rich” without asking the opposition",
                LEE,
                LEE,
                "saying",
            ),
        ),
    ),
    Case(
        "a-participle-clause-that-is-mostly-quote-is-the-quote-alone",
        "Lee Do-hoon criticized the budget, saying it was “a budget for the rich.”",
        (LEE,),
        want=(D("saying it was “a budget for the rich.”", "a budget for the rich", LEE, LEE, "saying"),),
    ),
    Case(
        "adding-to-is-no-speech",
        "Shares of Samsung Electronics rose 3 percent on Monday, adding to last week's gains.",
        orgs=("Samsung Electronics",),
        want=(),
    ),
    Case(
        "a-subject-that-is-no-speaker-says-nothing",
        "The report by the ministry showed a sharp drop in births, saying the trend would continue.",
        orgs=("Unification Ministry",),
        want=(),
    ),
    # ---- an adverb after a long coordinated subject, a prepositional aside ----
    Case(
        "both-say-after-a-long-subject",
        "Yards already build diesel boats, and Hanwha Ocean and HD Hyundai Heavy Industries both say "
        "they could adapt the design.",
        orgs=("Hanwha Ocean", "HD Hyundai Heavy Industries"),
        want=(
            R(
                "HD Hyundai Heavy Industries both say they could adapt the design",
                "they could adapt the design",
                "HD Hyundai Heavy Industries",
                "HD Hyundai Heavy Industries",
                "say",
            ),
        ),
    ),
    Case(
        "a-prepositional-aside-between-speaker-and-cue",
        "The Unification Ministry, after weeks of silence, said it would review the contract.",
        orgs=("Unification Ministry",),
        want=(
            R(
                "The Unification Ministry, after weeks of silence, said it would review the contract",
                "it would review the contract",
                "Unification Ministry",
                "The Unification Ministry",
                "said",
            ),
        ),
    ),
    Case(
        "a-relative-aside-after-a-persons-appositive",
        "Anna Lind, a senior consultant at Helsinki-based Opetusvirta Oy, which has advised several "
        "governments, told reporters that the rollout was unusually fast.",
        ("Anna Lind",),
        orgs=("Opetusvirta Oy",),
        want=(
            R(
                "Anna Lind, a senior consultant at Helsinki-based Opetusvirta Oy, which has advised several "
                "governments, told reporters that the rollout was unusually fast",
                "the rollout was unusually fast",
                "Anna Lind",
                "Anna Lind",
                "told",
            ),
        ),
    ),
    # ---- rarer speech verbs ----
    Case(
        "reckons-with-a-clause-and-no-that",
        "Officials in Seoul are wary. South Korean intelligence reckons the boat is years from sea trials.",
        want=(
            R(
                "South Korean intelligence reckons the boat is years from sea trials",
                "the boat is years from sea trials",
                None,
                "South Korean intelligence",
                "reckons",
            ),
        ),
    ),
    Case(
        "disclosed-in-a-filing-that",
        "Samsung Electronics disclosed in a regulatory filing that it had sold its stake in the venture.",
        orgs=("Samsung Electronics",),
        want=(
            R(
                "Samsung Electronics disclosed in a regulatory filing that it had sold its stake in the venture",
                "it had sold its stake in the venture",
                "Samsung Electronics",
                "Samsung Electronics",
                "disclosed",
            ),
        ),
    ),
    Case(
        "vowed-after-the-clause",
        "Seoul will never accept a nuclear-armed North Korea, Park Jin vowed.",
        (PARK,),
        want=(
            R(
                "Seoul will never accept a nuclear-armed North Korea, Park Jin vowed",
                "Seoul will never accept a nuclear-armed North Korea",
                PARK,
                PARK,
                "vowed",
            ),
        ),
    ),
    Case(
        "warned-then-a-bare-clause",
        "Critics, however, warned the measure could fuel a new round of price hikes in Seoul.",
        want=(
            R(
                "Critics, however, warned the measure could fuel a new round of price hikes in Seoul",
                "the measure could fuel a new round of price hikes in Seoul",
                None,
                "Critics",
                "warned",
            ),
        ),
    ),
    Case(
        "warned-someone-to-is-no-clause",
        "Choo Kyung-ho warned residents to stay indoors during the heat wave.",
        (CHOO,),
        want=(),
    ),
    Case(
        "stressed-the-need-is-no-clause",
        "Choo Kyung-ho stressed the need to cut spending on regional projects.",
        (CHOO,),
        want=(),
    ),
    Case(
        "acknowledged-a-noun-with-a-relative-clause-is-no-report",
        "Choo Kyung-ho acknowledged the problems that had plagued the youth savings program.",
        (CHOO,),
        want=(),
    ),
    Case(
        "cautioned-that",
        "Choo Kyung-ho cautioned that household debt could slow the recovery.",
        (CHOO,),
        want=(
            R(
                "Choo Kyung-ho cautioned that household debt could slow the recovery",
                "household debt could slow the recovery",
                CHOO,
                CHOO,
                "cautioned",
            ),
        ),
    ),
    Case(
        "reaffirming-that-after-a-phone-call",
        "Park Jin spoke with his U.S. counterpart by phone, reaffirming that the allies would respond "
        "firmly to any provocation.",
        (PARK,),
        want=(
            R(
                "reaffirming that the allies would respond firmly to any provocation",
                "the allies would respond firmly to any provocation",
                PARK,
                PARK,
                "reaffirming that",
            ),
        ),
    ),
    Case(
        "vowing-to-is-no-clause",
        "Kim Jong-un visited the munitions plant, vowing to boost production of shells.",
        ("Kim Jong-un",),
        want=(),
    ),
    Case(
        "said-but-warned-that-gives-two-claims",
        "The Bank of Korea said inflation was slowing but warned that household debt remained a risk.",
        orgs=("Bank of Korea",),
        want=(
            R(
                "The Bank of Korea said inflation was slowing",
                "inflation was slowing",
                "Bank of Korea",
                "The Bank of Korea",
            ),
            R(
                "warned that household debt remained a risk",
                "household debt remained a risk",
                "Bank of Korea",
                "The Bank of Korea",
                "warned",
            ),
        ),
    ),
    Case(
        "quoted-by-a-medium-as-saying",
        "Kim Jong-un was quoted by the Korean Central News Agency as saying the drills were a "
        "rehearsal for invasion.",
        ("Kim Jong-un",),
        ("Korean Central News Agency",),
        want=(
            R(
                "Kim Jong-un was quoted by the Korean Central News Agency as saying the drills were a "
                "rehearsal for invasion",
                "the drills were a rehearsal for invasion",
                "Kim Jong-un",
                "Kim Jong-un",
                "as saying",
            ),
        ),
    ),
    Case(
        "described-as-saying-is-no-quote",
        "Critics described the budget plan as saying nothing new about welfare.",
        want=(),
    ),
    Case(
        "said-then-an-adverb-aside-then-that",
        "Choo Kyung-ho said on Monday, however, that the economy was recovering faster than expected.",
        (CHOO,),
        want=(
            R(
                "Choo Kyung-ho said on Monday, however, that the economy was recovering faster than expected",
                "the economy was recovering faster than expected",
                CHOO,
                CHOO,
            ),
        ),
    ),
    # ---- auxiliaries and adverbs around the cue ----
    Case(
        "has-said-repeatedly-that",
        "Kim Jong-un has said repeatedly that his country would never give up its nuclear weapons.",
        ("Kim Jong-un",),
        want=(
            R(
                "Kim Jong-un has said repeatedly that his country would never give up its nuclear weapons",
                "his country would never give up its nuclear weapons",
                "Kim Jong-un",
                "Kim Jong-un",
            ),
        ),
    ),
    Case(
        "estimated-that",
        "Experts say the tracks need work. Park Jin estimated that trains in the North currently "
        "run at 30 to 50 kilometers per hour.",
        (PARK,),
        want=(
            R("Experts say the tracks need work", "the tracks need work", None, "Experts", "say"),
            R(
                "Park Jin estimated that trains in the North currently run at 30 to 50 kilometers per hour",
                "trains in the North currently run at 30 to 50 kilometers per hour",
                PARK,
                PARK,
                "estimated",
            ),
        ),
    ),
    # ---- "with X saying ...": the words between "with" and the participle speak ----
    Case(
        "with-a-titled-name-saying",
        "The Bank of Korea kept its key rate at 3.5 percent, with Governor Rhee Chang-yong saying "
        "inflation remained sticky.",
        ("Rhee Chang-yong",),
        ("Bank of Korea",),
        want=(
            R(
                "Governor Rhee Chang-yong saying inflation remained sticky",
                "inflation remained sticky",
                "Rhee Chang-yong",
                "Governor Rhee Chang-yong",
                "saying",
            ),
        ),
    ),
    Case(
        "with-a-group-noting-that",
        "The won weakened past 1,400 per dollar, with traders noting that exporters had stopped selling dollars.",
        want=(
            R(
                "traders noting that exporters had stopped selling dollars",
                "exporters had stopped selling dollars",
                None,
                "traders",
                "noting that",
            ),
        ),
    ),
    Case(
        "with-twice-in-the-sentence-the-one-before-the-participle-speaks",
        "Shares rose with heavy volume, with analysts saying the rally had further to run.",
        want=(
            R(
                "analysts saying the rally had further to run",
                "the rally had further to run",
                None,
                "analysts",
                "saying",
            ),
        ),
    ),
    Case(
        "with-a-possessed-noun-saying-is-no-speech",
        "He left the hall with his wife saying goodbye to friends.",
        want=(),
    ),
    Case(
        "with-a-name-that-is-no-speaker",
        "Stocks rose, with Samsung Electronics shares saying little about the market.",
        orgs=("Samsung Electronics",),
        want=(),
    ),
    Case(
        "according-to-then-a-quote-is-direct",
        "According to Lee Do-hoon, “the plan was never feasible.”",
        (LEE,),
        want=(
            D(
                "According to Lee Do-hoon, “the plan was never feasible.”",
                "the plan was never feasible.",
                LEE,
                LEE,
                "according to",
            ),
        ),
    ),
    Case(
        "an-estimated-number-is-no-cue",
        "An estimated 30,000 people joined the rally in central Seoul on Saturday.",
        want=(),
    ),
    # ---- an adverb alone before a cue is no speaker ----
    # ---- a second verb of the speaker after "and"/"but", with no "that" ----
    Case(
        "and-said-after-a-characterising-quote",
        "Floor leader Choo Kyung-ho called the bill “a reckless gamble with taxpayers’ money” and said his "
        "party would ask the Constitutional Court to review it.",
        (CHOO,),
        want=(
            D(
                "Floor leader Choo Kyung-ho called the bill “a reckless gamble with taxpayers’ money”",
                "a reckless gamble with taxpayers’ money",
                CHOO,
                "Floor leader Choo Kyung-ho",
                "called",
            ),
            R(
                "said his party would ask the Constitutional Court to review it",
                "his party would ask the Constitutional Court to review it",
                CHOO,
                "Floor leader Choo Kyung-ho",
            ),
        ),
    ),
    Case(
        "and-said-a-pronoun-and-its-verb",
        "The Unification Ministry called the demolition “deplorable” and said it violated agreements signed "
        "by the two Koreas.",
        orgs=("Unification Ministry",),
        want=(
            D(
                "The Unification Ministry called the demolition “deplorable”",
                "deplorable",
                "Unification Ministry",
                "The Unification Ministry",
                "called",
            ),
            R(
                "said it violated agreements signed by the two Koreas",
                "it violated agreements signed by the two Koreas",
                "Unification Ministry",
                "The Unification Ministry",
            ),
        ),
    ),
    Case(
        "but-warned-without-that",
        "Park Jin said the talks were useful but warned they could stall again before the summit.",
        (PARK,),
        want=(
            R("Park Jin said the talks were useful", "the talks were useful", PARK, PARK),
            R(
                "warned they could stall again before the summit",
                "they could stall again before the summit",
                PARK,
                PARK,
                "warned",
            ),
        ),
    ),
    Case(
        "dismissed-as-a-partial-quote",
        "Opposition leader Lee Do-hoon dismissed the proposal as “too little, too late.”",
        (LEE,),
        want=(
            D(
                "Opposition leader Lee Do-hoon dismissed the proposal as “too little, too late.”",
                "too little, too late",
                LEE,
                "Opposition leader Lee Do-hoon",
                "dismissed",
            ),
        ),
    ),
    Case(
        "and-said-with-no-clause-after-it",
        "Park Jin met the envoy and said nothing about the talks.",
        (PARK,),
        want=(),
    ),
    Case(
        "said-nothing-about-is-no-report",
        "Park Jin said nothing about the talks. Choo Kyung-ho declined to say more.",
        (PARK, CHOO),
        want=(),
    ),
    Case(
        "said-nothing-had-changed-is-a-report",
        "Park Jin said nothing had changed since the summit.",
        (PARK,),
        want=(
            R(
                "Park Jin said nothing had changed since the summit",
                "nothing had changed since the summit",
                PARK,
                PARK,
            ),
        ),
    ),
    # ---- an attribution set off by commas inside its sentence ----
    Case(
        "aside-attribution-after-a-fronted-adverbial",
        "In return, officials say, Russia has provided air-defense systems and oil.",
        want=(
            R(
                "officials say, Russia has provided air-defense systems and oil",
                "Russia has provided air-defense systems and oil",
                None,
                "officials",
                "say",
            ),
        ),
    ),
    Case(
        "aside-attribution-after-the-subject",
        "The plan, officials said, will cost $2 billion.",
        want=(
            R(
                "The plan, officials said, will cost $2 billion",
                "The plan, officials said, will cost $2 billion",
                None,
                "officials",
            ),
        ),
    ),
    Case(
        "aside-attribution-before-a-length-of-time",
        "North Korea fired a ballistic missile on Thursday, the military said, days before the U.S. election.",
        want=(
            R(
                "North Korea fired a ballistic missile on Thursday, the military said",
                "North Korea fired a ballistic missile on Thursday",
                None,
                "the military",
            ),
        ),
    ),
    Case("a-refusal-says-nothing", "He declined to say how much had been sold.", want=()),
    Case("a-negated-cue-says-nothing", "The ministry did not say the plan had failed.", want=()),
    Case(
        "an-adverb-of-a-number-after-the-cue",
        "The ministry said roughly 4,200 violations were caught.",
        want=(
            R(
                "The ministry said roughly 4,200 violations were caught",
                "roughly 4,200 violations were caught",
                None,
                "The ministry",
            ),
        ),
    ),
    Case(
        "unnamed-speaker-before-an-appositive",
        "A second source, a trading company employee in Rason, said the workers crossed into Russia by train.",
        want=(
            R(
                "A second source, a trading company employee in Rason, said the workers crossed into Russia by train",
                "the workers crossed into Russia by train",
                None,
                "A second source",
            ),
        ),
    ),
    Case(
        "unnamed-speaker-before-a-place-appositive",
        "A resident of Chongjin, North Hamgyong province, told RFA Korean on Tuesday that 40 buses had left.",
        want=(
            R(
                "A resident of Chongjin, North Hamgyong province, told RFA Korean on Tuesday that 40 buses had left",
                "40 buses had left",
                None,
                "A resident of Chongjin",
                "told",
            ),
        ),
    ),
    # ---- a participial aside or a ticker between the speaker and the cue ----
    Case(
        "participial-aside-before-the-cue",
        "A U.S. official, speaking on condition of anonymity, said Washington expected the deal this week.",
        want=(
            R(
                "A U.S. official, speaking on condition of anonymity, said Washington expected the deal this week",
                "Washington expected the deal this week",
                None,
                "A U.S. official",
            ),
        ),
    ),
    Case(
        "ticker-before-the-cue",
        "Hanwha Ocean (042660.KS) said on Tuesday it had won a $3.8 billion order.",
        orgs=("Hanwha Ocean",),
        want=(
            R(
                "Hanwha Ocean (042660.KS) said on Tuesday it had won a $3.8 billion order",
                "it had won a $3.8 billion order",
                "Hanwha Ocean",
                "Hanwha Ocean (042660.KS)",
            ),
        ),
    ),
    Case(
        "ordered-to-a-partial-quote",
        "Prime Minister Park Jin ordered officials to “mobilize every available resource” to find the fisherman.",
        (PARK,),
        want=(
            D(
                "Prime Minister Park Jin ordered officials to “mobilize every available resource”",
                "mobilize every available resource",
                PARK,
                "Prime Minister Park Jin",
                "ordered",
            ),
        ),
    ),
    # ---- a participle after a quote that holds the comma, and a long fronted phrase ----
    Case(
        "participle-after-a-quote-holding-its-comma",
        "In a separate statement carried by state media on Sunday, Kim Yo-jong rejected the offer as "
        "“a pipe dream,” saying Pyongyang had no interest in talks.",
        ("Kim Yo-jong",),
        want=(
            R(
                "saying Pyongyang had no interest in talks",
                "Pyongyang had no interest in talks",
                "Kim Yo-jong",
                "Kim Yo-jong",
                "saying",
            ),
        ),
    ),
    # ---- he and she skip a person whose given name says the other ----
    Case(
        "he-skips-a-woman-quoted-last",
        "President Donald Trump spoke on Monday. “We will see,” said Rachel Minter, an analyst. "
        "He said he would reach out to the North Korean leader.",
        ("Donald Trump", "Rachel Minter"),
        want=(
            D("“We will see,” said Rachel Minter", "We will see", "Rachel Minter", "Rachel Minter"),
            R(
                "He said he would reach out to the North Korean leader",
                "he would reach out to the North Korean leader",
                "Donald Trump",
                "He",
            ),
        ),
    ),
    Case(
        "she-skips-a-man-opening-the-sentence",
        "Rachel Minter met Donald Trump on Monday. “It went well,” she said.",
        ("Donald Trump", "Rachel Minter"),
        want=(D("“It went well,” she said", "It went well", "Rachel Minter", "she"),),
    ),
    Case(
        "a-korean-given-name-fits-either-pronoun",
        "Park Jin met Donald Trump on Monday. “It went well,” she said.",
        (PARK, "Donald Trump"),
        want=(D("“It went well,” she said", "It went well", PARK, "she"),),
    ),
    Case(
        "and-before-the-speaker-is-no-part-of-it",
        "Exports fell for a third month in May, and Lee Do-hoon said in a statement the decline "
        "would ease in the second half of the year.",
        (LEE,),
        want=(
            R(
                "Lee Do-hoon said in a statement the decline would ease in the second half of the year",
                "the decline would ease in the second half of the year",
                LEE,
                LEE,
            ),
        ),
    ),
    Case(
        "a-cue-before-by-is-a-passive-participle",
        "The Bank of Korea cut its key rate on Thursday, a move predicted by 16 of 21 economists "
        "surveyed by Bloomberg.",
        orgs=("Bank of Korea",),
        want=(),
    ),
    Case(
        "said-by-telephone-is-still-speech",
        "Lee Do-hoon said by telephone that the two sides would meet again.",
        (LEE,),
        want=(
            R(
                "Lee Do-hoon said by telephone that the two sides would meet again",
                "the two sides would meet again",
                LEE,
                LEE,
            ),
        ),
    ),
    Case(
        "an-age-and-a-whose-aside-stand-between-speaker-and-cue",
        "A nurse surnamed Jeon, 34, whose ward lost three doctors last year, said she works 12-hour shifts.",
        ("Jeon",),
        want=(
            R(
                "A nurse surnamed Jeon, 34, whose ward lost three doctors last year, said she works 12-hour shifts",
                "she works 12-hour shifts",
                "Jeon",
                "A nurse surnamed Jeon",
            ),
        ),
    ),
    Case(
        "a-second-verb-with-a-partial-quote-reports-both-clauses",
        "The union said it would decide after the meeting, but warned that members at 23 more hospitals "
        "could join the walkout if the government does not present “a concrete funding plan.”",
        orgs=("Korean Health and Medical Workers' Union",),
        want=(
            R(
                "The union said it would decide after the meeting",
                "it would decide after the meeting",
                None,
                "The union",
            ),
            D(
                "The union said it would decide after the meeting, but warned that members at 23 more "
                "hospitals could join the walkout if the government does not present “a concrete funding plan.”",
                "a concrete funding plan",
                None,
                "The union",
            ),
            R(
                "warned that members at 23 more hospitals could join the walkout if the government does not "
                "present “a concrete funding plan.”",
                "members at 23 more hospitals could join the walkout if the government does not present "
                "“a concrete funding plan.”",
                None,
                "The union",
                "warned",
            ),
        ),
    ),
    Case(
        "a-that-inside-the-clause-is-not-its-start",
        "North Korea said Tuesday it has demolished the buildings that South Korean companies had built "
        "at Kaesong, calling them “garbage left by the enemy.”",
        want=(
            R(
                "North Korea said Tuesday it has demolished the buildings that South Korean companies had built at Kaesong",
                "it has demolished the buildings that South Korean companies had built at Kaesong",
                None,
                "North Korea",
            ),
            D(
                "North Korea said Tuesday it has demolished the buildings that South Korean companies had built "
                "at Kaesong, calling them “garbage left by the enemy.”",
                "garbage left by the enemy",
                None,
                "North Korea",
            ),
        ),
    ),
    Case(
        "an-auxiliary-after-an-appositive",
        "Lee Do-hoon, the party's chief negotiator, has also said the bill would pass this week.",
        (LEE,),
        want=(
            R(
                "Lee Do-hoon, the party's chief negotiator, has also said the bill would pass this week",
                "the bill would pass this week",
                LEE,
                LEE,
            ),
        ),
    ),
    Case(
        "adding-that-with-a-quote-after-an-attribution-is-a-direct-quote",
        "That is where the talks stand, Lee Do-hoon noted, adding that the party “has the numbers "
        "and will be blamed either way.”",
        (LEE,),
        want=(
            R(
                "That is where the talks stand, Lee Do-hoon noted",
                "That is where the talks stand",
                LEE,
                LEE,
                "noted",
            ),
            D(
                "adding that the party “has the numbers and will be blamed either way.”",
                "has the numbers and will be blamed either way",
                LEE,
                LEE,
                "adding",
            ),
        ),
    ),
    Case(
        "an-aside-attribution-before-a-plain-verb-reports-the-sentence",
        "Pyongyang, Lee Do-hoon said, wants recognition as a nuclear state.",
        (LEE,),
        want=(
            R(
                "Pyongyang, Lee Do-hoon said, wants recognition as a nuclear state",
                "Pyongyang, Lee Do-hoon said, wants recognition as a nuclear state",
                LEE,
                LEE,
            ),
        ),
    ),
    Case(
        "an-aside-attribution-before-an-irregular-past",
        "The missile, Lee Do-hoon said, flew about 800 km.",
        (LEE,),
        want=(
            R(
                "The missile, Lee Do-hoon said, flew about 800 km",
                "The missile, Lee Do-hoon said, flew about 800 km",
                LEE,
                LEE,
            ),
        ),
    ),
    Case(
        "a-short-partial-quote-in-a-short-clause",
        'Taeil Group said it "deeply regrets" the ruling.',
        orgs=("Taeil Group",),
        want=(
            D('Taeil Group said it "deeply regrets"', "deeply regrets", "Taeil Group", "Taeil Group"),
            R(
                'Taeil Group said it "deeply regrets" the ruling',
                'it "deeply regrets" the ruling',
                "Taeil Group",
                "Taeil Group",
            ),
        ),
    ),
    Case(
        "a-hedge-set-off-by-commas-before-that",
        "A senior US official said, on condition of anonymity, that Washington had sent messages to "
        "Pyongyang since August.",
        want=(
            R(
                "A senior US official said, on condition of anonymity, that Washington had sent messages "
                "to Pyongyang since August",
                "Washington had sent messages to Pyongyang since August",
                None,
                "A senior US official",
            ),
        ),
    ),
    Case(
        "a-lone-adverbial-before-a-speaker-with-a-listener",
        "In Busan, Lee Do-hoon told reporters the talks would resume next month.",
        (LEE,),
        want=(
            R(
                "Lee Do-hoon told reporters the talks would resume next month",
                "the talks would resume next month",
                LEE,
                LEE,
                "told",
            ),
        ),
    ),
    Case(
        "a-place-phrase-after-the-listener",
        "Lee Do-hoon told reporters outside the courthouse the chairman would appeal.",
        (LEE,),
        want=(
            R(
                "Lee Do-hoon told reporters outside the courthouse the chairman would appeal",
                "the chairman would appeal",
                LEE,
                LEE,
                "told",
            ),
        ),
    ),
    # ---- this stop's forms ----
    Case(
        "according-to-data-released-by-an-agency",
        "A total of 254,500 babies were born last year, according to the data released by Statistics Korea.",
        (),
        ("Statistics Korea",),
        want=(
            R(
                "A total of 254,500 babies were born last year, according to the data released by Statistics Korea",
                "A total of 254,500 babies were born last year",
                "Statistics Korea",
                "Statistics Korea",
                "according to",
            ),
        ),
    ),
    Case(
        "a-lawmaker-of-a-party-speaks-not-the-party",
        "Rep. Choi Soo-yeon of the Democratic Party, who sponsored the bill, told the JoongAng Ilbo "
        "on Monday that platforms should face fines.",
        ("Choi Soo-yeon",),
        ("Democratic Party", "JoongAng Ilbo"),
        want=(
            R(
                "Rep. Choi Soo-yeon of the Democratic Party, who sponsored the bill, told the JoongAng Ilbo "
                "on Monday that platforms should face fines",
                "platforms should face fines",
                "Choi Soo-yeon",
                "Rep. Choi Soo-yeon of the Democratic Party",
                "told",
            ),
        ),
    ),
    Case(
        "added-with-a-noun-object-reports-nothing",
        "Seoul bookings double as Air Koryo adds second weekly flight",
        (),
        ("Air Koryo",),
        want=(),
    ),
    Case(
        "a-partial-quote-before-a-new-clause-is-not-the-speakers",
        "An agency in Shenyang began advertising a \u201cWonsan beach holiday\u201d in May, but a manager "
        "there told reporters this week that no departures had been approved.",
        want=(
            R(
                "a manager there told reporters this week that no departures had been approved",
                "no departures had been approved",
                None,
                "a manager there",
                "told",
            ),
        ),
    ),
    Case(
        "a-second-attribution-after-as",
        "North Korea will run a second weekly train, state media said Thursday, as Russian tour "
        "operators reported that bookings had doubled.",
        want=(
            R(
                "North Korea will run a second weekly train, state media said",
                "North Korea will run a second weekly train",
                None,
                "state media",
            ),
            R(
                "Russian tour operators reported that bookings had doubled",
                "bookings had doubled",
                None,
                "Russian tour operators",
                "reported",
            ),
        ),
    ),
    Case(
        "participle-aside-after-a-subject-is-no-report",
        "Kim Jong-un's visit to Seoul, also agreed at the summit, has yet to be scheduled.",
        ("Kim Jong-un",),
        want=(),
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_reported_case(case: Case) -> None:
    facts, quotes = run(
        case.text, case.persons, case.orgs, case.roles, short_forms=case.short_forms, places=case.places
    )
    got = sorted(quotes, key=lambda c: c.span.start)
    assert len(got) == len(case.want), [(c.text, c.speaker_text) for c in got]
    for claim, want in zip(got, case.want, strict=True):
        start = case.text.index(want.evidence)
        assert (claim.span.start, claim.span.end) == (start, start + len(want.evidence)), claim.span.text
        assert claim.text == want.text
        assert claim.text_span is not None and claim.text_span.text == claim.text
        assert claim.direct is want.direct
        assert claim.speaker_text == want.speaker_text
        assert claim.cue == want.cue
        speaker = facts.entity(claim.speaker)
        assert (speaker.name if speaker else None) == want.speaker
