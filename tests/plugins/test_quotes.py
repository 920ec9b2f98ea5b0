"""Who said what: the quotes plugin on news-style passages.

Each case is a short passage in the style of wire and newspaper copy, the names the
stand-in finder knows, and every claim the passage must give: the evidence span (as
written, so its offsets follow), the quoted or reported words, direct or not, the
speaker entity's name (or ``None``), the speaker's words and the cue.
"""

from __future__ import annotations

from typing import NamedTuple

import pytest

from tests.plugins.quotes_fakes import run


class Want(NamedTuple):
    evidence: str
    text: str
    direct: bool
    speaker: str | None
    speaker_text: str
    cue: str | None


class Case(NamedTuple):
    id: str
    text: str
    persons: tuple[str, ...] = ()
    orgs: tuple[str, ...] = ()
    want: tuple[Want, ...] = ()
    roles: tuple[tuple[str, str], ...] = ()
    short_forms: bool = True
    places: tuple[str, ...] = ()


def D(evidence: str, text: str, speaker: str | None, speaker_text: str, cue: str | None = "said") -> Want:
    return Want(evidence, text, True, speaker, speaker_text, cue)


def R(evidence: str, text: str, speaker: str | None, speaker_text: str, cue: str = "said") -> Want:
    return Want(evidence, text, False, speaker, speaker_text, cue)


KIM = "Kim Jin-hyang"
MOON = "Moon Jae-in"

CASES = [
    # ---- direct quotes, every attribution position ----
    Case(
        "inverted-with-apposition",
        "“We will reopen the complex next year,” said Kim Jin-hyang, chairman of the Kaeseong Industrial District Foundation.",
        (KIM,),
        want=(
            D(
                "“We will reopen the complex next year,” said Kim Jin-hyang",
                "We will reopen the complex next year",
                KIM,
                "Kim Jin-hyang",
            ),
        ),
    ),
    Case(
        "surname-after-quote",
        "President Moon Jae-in arrived in Pyongyang on Tuesday.\n\n“This is a new beginning,” Moon said.",
        (MOON,),
        want=(D("“This is a new beginning,” Moon said", "This is a new beginning", MOON, "Moon"),),
    ),
    Case(
        "pronoun-after-quote",
        "Unification Minister Cho Myoung-gyon met reporters on Monday.\n\n“The talks will resume soon,” he said.",
        ("Cho Myoung-gyon",),
        want=(
            D("“The talks will resume soon,” he said", "The talks will resume soon", "Cho Myoung-gyon", "he"),
        ),
    ),
    Case(
        "name-said-comma-quote",
        "Kim Jong-un said, “We will never give up our nuclear deterrent.”",
        ("Kim Jong-un",),
        want=(
            D(
                "Kim Jong-un said, “We will never give up our nuclear deterrent.”",
                "We will never give up our nuclear deterrent.",
                "Kim Jong-un",
                "Kim Jong-un",
            ),
        ),
    ),
    Case(
        "second-sentence-after-attribution",
        "“We are ready,” Moon Jae-in said. “The rest is up to Washington.”",
        (MOON,),
        want=(
            D("“We are ready,” Moon Jae-in said", "We are ready", MOON, "Moon Jae-in"),
            D("“The rest is up to Washington.”", "The rest is up to Washington.", MOON, "Moon Jae-in", None),
        ),
    ),
    Case(
        "quote-according-to",
        "“The border will stay closed until further notice,” according to Lee Sang-min.",
        ("Lee Sang-min",),
        want=(
            D(
                "“The border will stay closed until further notice,” according to Lee Sang-min",
                "The border will stay closed until further notice",
                "Lee Sang-min",
                "Lee Sang-min",
                "according to",
            ),
        ),
    ),
    Case(
        "told-reporters-colon",
        "Kang Kyung-wha told reporters: “Sanctions will remain until denuclearization is complete.”",
        ("Kang Kyung-wha",),
        want=(
            D(
                "Kang Kyung-wha told reporters: “Sanctions will remain until denuclearization is complete.”",
                "Sanctions will remain until denuclearization is complete.",
                "Kang Kyung-wha",
                "Kang Kyung-wha",
                "told",
            ),
        ),
    ),
    Case(
        "said-in-statement-that-quote",
        "The Unification Ministry said in a statement that “the two Koreas will hold working-level talks next week.”",
        orgs=("Unification Ministry",),
        want=(
            D(
                "The Unification Ministry said in a statement that “the two Koreas will hold working-level talks next week.”",
                "the two Koreas will hold working-level talks next week.",
                "Unification Ministry",
                "The Unification Ministry",
            ),
        ),
    ),
    Case(
        "split-quote-around-attribution",
        "“We will go back to Kaeseong,” Kim said, “and we will build a Silicon Valley there.”",
        (KIM,),
        want=(
            D("“We will go back to Kaeseong,” Kim said", "We will go back to Kaeseong", None, "Kim"),
            D(
                "Kim said, “and we will build a Silicon Valley there.”",
                "and we will build a Silicon Valley there.",
                None,
                "Kim",
            ),
        ),
    ),
    Case(
        "continuation-paragraph",
        "“There were certain restrictions,” said Kim Jin-hyang, chairman of the foundation.\n\n"
        "“Only traditional manufacturing businesses were allowed there.”",
        (KIM,),
        want=(
            D(
                "“There were certain restrictions,” said Kim Jin-hyang",
                "There were certain restrictions",
                KIM,
                "Kim Jin-hyang",
            ),
            D(
                "“Only traditional manufacturing businesses were allowed there.”",
                "Only traditional manufacturing businesses were allowed there.",
                KIM,
                "Kim Jin-hyang",
                None,
            ),
        ),
    ),
    Case(
        "unclosed-paragraph-continues",
        "Choi Se-yul said: “North Korea is not a market economy.\n\n“But the authorities can focus on their goals.”",
        ("Choi Se-yul",),
        want=(
            D(
                "Choi Se-yul said: “North Korea is not a market economy.",
                "North Korea is not a market economy.",
                "Choi Se-yul",
                "Choi Se-yul",
            ),
            D(
                "“But the authorities can focus on their goals.”",
                "But the authorities can focus on their goals.",
                "Choi Se-yul",
                "Choi Se-yul",
                None,
            ),
        ),
    ),
    Case(
        "multi-sentence-quote",
        "“Innovation takes time. We have to start this discussion now,” said Choi Hyun-kyoo, director of the institute.",
        ("Choi Hyun-kyoo",),
        want=(
            D(
                "“Innovation takes time. We have to start this discussion now,” said Choi Hyun-kyoo",
                "Innovation takes time. We have to start this discussion now",
                "Choi Hyun-kyoo",
                "Choi Hyun-kyoo",
            ),
        ),
    ),
    Case(
        "question-asked",
        "“Who will pay for the new railway?” asked Park Ji-won, a lawmaker of the Party for Democracy and Peace.",
        ("Park Ji-won",),
        want=(
            D(
                "“Who will pay for the new railway?” asked Park Ji-won",
                "Who will pay for the new railway?",
                "Park Ji-won",
                "Park Ji-won",
                "asked",
            ),
        ),
    ),
    Case(
        "exclamation-then-name",
        "“Never again!” Kim Jin-hyang shouted at the rally in Paju.",
        (KIM,),
        want=(D("“Never again!” Kim Jin-hyang shouted", "Never again!", KIM, "Kim Jin-hyang", "shouted"),),
    ),
    Case(
        "straight-quotes-title-before-name",
        '"We welcome the agreement," said Foreign Minister Kang Kyung-wha.',
        ("Kang Kyung-wha",),
        want=(
            D(
                '"We welcome the agreement," said Foreign Minister Kang Kyung-wha',
                "We welcome the agreement",
                "Kang Kyung-wha",
                "Foreign Minister Kang Kyung-wha",
            ),
        ),
    ),
    Case(
        "nested-single-curly",
        "“Chairman Kim told me, ‘We will come to Seoul,’ and I believe him,” Moon Jae-in said.",
        (MOON,),
        want=(
            D(
                "“Chairman Kim told me, ‘We will come to Seoul,’ and I believe him,” Moon Jae-in said",
                "Chairman Kim told me, ‘We will come to Seoul,’ and I believe him",
                MOON,
                "Moon Jae-in",
            ),
        ),
    ),
    Case(
        "nested-single-straight",
        "\"He called it 'a turning point,'\" the official said.",
        want=(
            D(
                "\"He called it 'a turning point,'\" the official said",
                "He called it 'a turning point,'",
                None,
                "the official",
            ),
        ),
    ),
    Case(
        "straight-inside-curly",
        '“They call it the "peace economy" now,” Lee Jae-myung said.',
        ("Lee Jae-myung",),
        want=(
            D(
                '“They call it the "peace economy" now,” Lee Jae-myung said',
                'They call it the "peace economy" now',
                "Lee Jae-myung",
                "Lee Jae-myung",
            ),
        ),
    ),
    Case(
        "partial-called-it",
        "Moon Jae-in visited the truce village on Thursday. Moon called it “a historic day.”",
        (MOON,),
        want=(D("Moon called it “a historic day.”", "a historic day", MOON, "Moon", "called"),),
    ),
    Case(
        "partial-inside-reported",
        "Kim said the North was “ready to talk” about the complex.",
        (KIM,),
        want=(
            D("Kim said the North was “ready to talk”", "ready to talk", None, "Kim"),
            # the quote is a small part of the clause: the clause is reported speech too
            R(
                "Kim said the North was “ready to talk” about the complex",
                "the North was “ready to talk” about the complex",
                None,
                "Kim",
            ),
        ),
    ),
    Case(
        "partial-before-attribution",
        "The summit was “a historic turning point,” Moon Jae-in said.",
        (MOON,),
        want=(
            D(
                "“a historic turning point,” Moon Jae-in said",
                "a historic turning point",
                MOON,
                "Moon Jae-in",
            ),
        ),
    ),
    Case(
        "headline-says",
        'Moon says "peace is irreversible"',
        (MOON,),
        want=(D('Moon says "peace is irreversible"', "peace is irreversible", None, "Moon", "says"),),
    ),
    Case(
        "kcna-commentary",
        "“The DPRK will never tolerate such provocations,” the KCNA commentary said.",
        orgs=("KCNA",),
        want=(
            D(
                "“The DPRK will never tolerate such provocations,” the KCNA commentary said",
                "The DPRK will never tolerate such provocations",
                "KCNA",
                "the KCNA commentary",
            ),
        ),
    ),
    Case(
        "stray-second-said",
        "“Human resources matter most,” said Kang Ho-je, director of the research center said. "
        "“North Korea has plenty of them.”",
        ("Kang Ho-je",),
        want=(
            D(
                "“Human resources matter most,” said Kang Ho-je",
                "Human resources matter most",
                "Kang Ho-je",
                "Kang Ho-je",
            ),
            D(
                "“North Korea has plenty of them.”",
                "North Korea has plenty of them.",
                "Kang Ho-je",
                "Kang Ho-je",
                None,
            ),
        ),
    ),
    Case(
        "colon-then-quote-paragraph",
        "At a news conference in Seoul, Kang Kyung-wha told reporters:\n\n"
        "“We are in close contact with Washington and Tokyo.”",
        ("Kang Kyung-wha",),
        want=(
            D(
                "“We are in close contact with Washington and Tokyo.”",
                "We are in close contact with Washington and Tokyo.",
                "Kang Kyung-wha",
                "Kang Kyung-wha",
                None,
            ),
        ),
    ),
    Case(
        "three-paragraph-quote",
        "“We have waited for three years,” said Yoo Chang-geun, vice chairman of the companies’ association. "
        "“Our machines are rusting.\n\n"
        "“If the government does not act, many firms will go bankrupt.\n\n"
        "“We want to go back.”",
        ("Yoo Chang-geun",),
        want=(
            D(
                "“We have waited for three years,” said Yoo Chang-geun",
                "We have waited for three years",
                "Yoo Chang-geun",
                "Yoo Chang-geun",
            ),
            D(
                "“Our machines are rusting.",
                "Our machines are rusting.",
                "Yoo Chang-geun",
                "Yoo Chang-geun",
                None,
            ),
            D(
                "“If the government does not act, many firms will go bankrupt.",
                "If the government does not act, many firms will go bankrupt.",
                "Yoo Chang-geun",
                "Yoo Chang-geun",
                None,
            ),
            D("“We want to go back.”", "We want to go back.", "Yoo Chang-geun", "Yoo Chang-geun", None),
        ),
    ),
    Case(
        "quote-she-added",
        "“The talks were useful,” Kang Kyung-wha said.\n\n“We expect progress by spring,” she added.",
        ("Kang Kyung-wha",),
        want=(
            D(
                "“The talks were useful,” Kang Kyung-wha said",
                "The talks were useful",
                "Kang Kyung-wha",
                "Kang Kyung-wha",
            ),
            D(
                "“We expect progress by spring,” she added",
                "We expect progress by spring",
                "Kang Kyung-wha",
                "she",
                "added",
            ),
        ),
    ),
    Case(
        "guillemets",
        "«We will not attend», the spokesman said.",
        want=(D("«We will not attend», the spokesman said", "We will not attend", None, "the spokesman"),),
    ),
    Case(
        "apposition-subject-direct",
        "“It is too early to talk about sanctions relief,” Kim Hyun-wook, a professor at the Korea National "
        "Diplomatic Academy, said.",
        ("Kim Hyun-wook",),
        want=(
            D(
                "“It is too early to talk about sanctions relief,” Kim Hyun-wook, a professor at the Korea National "
                "Diplomatic Academy, said",
                "It is too early to talk about sanctions relief",
                "Kim Hyun-wook",
                "Kim Hyun-wook",
            ),
        ),
    ),
    # ---- scare quotes, titles, unbalanced marks: no claim of their own ----
    Case("scare-quote-nickname", "The park is often called Korea’s “Silicon Valley.”"),
    Case(
        "title-after-titled",
        "Kim spoke at a forum titled “Symposium on promoting startups through Kaesong Industrial Complex.”",
        (KIM,),
    ),
    Case(
        "title-in-attributed-sentence",
        "“We need new ideas,” said Kim Jin-hyang at a forum titled “Startups in the North.”",
        (KIM,),
        want=(D("“We need new ideas,” said Kim Jin-hyang", "We need new ideas", KIM, "Kim Jin-hyang"),),
    ),
    Case("scare-quote-denounced", "Pyongyang has long denounced the drills as “rehearsals for invasion.”"),
    Case(
        "agreed-to-is-no-speech",
        "The two sides agreed to pursue measures “to normalize the Kaeseong Industrial Complex.”",
    ),
    Case("quote-paragraph-after-narrative", "The ministry gave no further details.\n\n“Peace is near.”"),
    Case(
        "unbalanced-does-not-swallow",
        "“We will win, Kim said.\n\nThe ministry declined to comment.\n\nTalks will resume on Monday, officials said.",
        want=(
            R(
                "Talks will resume on Monday, officials said",
                "Talks will resume on Monday",
                None,
                "officials",
            ),
        ),
    ),
    Case(
        "stray-closing-mark",
        "The new phone’s 6.1” screen is smaller than expected, Samsung Electronics said.",
        orgs=("Samsung Electronics",),
        want=(
            R(
                "The new phone’s 6.1” screen is smaller than expected, Samsung Electronics said",
                "The new phone’s 6.1” screen is smaller than expected",
                "Samsung Electronics",
                "Samsung Electronics",
            ),
        ),
    ),
    Case(
        "unclosed-then-narrative",
        "Kim said, “We will return.\n\nThe factories have been idle since 2016.",
        (KIM,),
        want=(D("Kim said, “We will return.", "We will return.", None, "Kim"),),
    ),
    Case(
        "lost-closing-mark-does-not-swallow-the-next-attribution",
        "Officials called the plan “a first step. Kim Jin-hyang said the complex would reopen next year.",
        (KIM,),
        want=(
            D("Officials called the plan “a first step", "a first step", None, "Officials", "called"),
            R(
                "Kim Jin-hyang said the complex would reopen next year",
                "the complex would reopen next year",
                KIM,
                KIM,
            ),
        ),
    ),
    Case(
        "lost-closing-mark-with-no-cue-after-keeps-the-whole-quote",
        "Kim Jin-hyang said, “We will reopen the complex. It will take time.",
        (KIM,),
        want=(
            D(
                "Kim Jin-hyang said, “We will reopen the complex. It will take time.",
                "We will reopen the complex. It will take time.",
                KIM,
                KIM,
            ),
        ),
    ),
    Case(
        "film-title-in-reported",
        "The film “Parasite” won four Oscars, the academy said.",
        want=(
            R(
                "The film “Parasite” won four Oscars, the academy said",
                "The film “Parasite” won four Oscars",
                None,
                "the academy",
            ),
        ),
    ),
    Case(
        "name-in-quotes-inside-reported",
        "Kim said the “Sunshine Policy” had failed.",
        (KIM,),
        want=(
            R("Kim said the “Sunshine Policy” had failed", "the “Sunshine Policy” had failed", None, "Kim"),
        ),
    ),
    Case(
        "full-stop-quote-then-new-sentence",
        "“The talks in Ulsan were difficult.” Gen. Choi Sun-hye pledged support for the families.",
        ("Choi Sun-hye",),
    ),
    Case(
        "full-stop-quote-then-bare-attribution",
        "“We will go back to Kaesong.” Kim Jin-hyang said.",
        (KIM,),
        want=(
            D(
                "“We will go back to Kaesong.” Kim Jin-hyang said",
                "We will go back to Kaesong.",
                KIM,
                "Kim Jin-hyang",
            ),
        ),
    ),
    # ---- reported speech ----
    Case(
        "said-clause",
        "Moon Jae-in said North Korea is willing to dismantle its main nuclear complex.",
        (MOON,),
        want=(
            R(
                "Moon Jae-in said North Korea is willing to dismantle its main nuclear complex",
                "North Korea is willing to dismantle its main nuclear complex",
                MOON,
                "Moon Jae-in",
            ),
        ),
    ),
    Case(
        "said-that-clause",
        "Kim Jin-hyang said that the foundation would reopen its office in Kaesong.",
        (KIM,),
        want=(
            R(
                "Kim Jin-hyang said that the foundation would reopen its office in Kaesong",
                "the foundation would reopen its office in Kaesong",
                KIM,
                "Kim Jin-hyang",
            ),
        ),
    ),
    Case(
        "org-said-on-day-that",
        "The Unification Ministry said on Tuesday that it would send a delegation to Pyongyang.",
        orgs=("Unification Ministry",),
        want=(
            R(
                "The Unification Ministry said on Tuesday that it would send a delegation to Pyongyang",
                "it would send a delegation to Pyongyang",
                "Unification Ministry",
                "The Unification Ministry",
            ),
        ),
    ),
    Case(
        "clause-then-name-said",
        "The talks will resume next month, Lee Do-hoon said.",
        ("Lee Do-hoon",),
        want=(
            R(
                "The talks will resume next month, Lee Do-hoon said",
                "The talks will resume next month",
                "Lee Do-hoon",
                "Lee Do-hoon",
            ),
        ),
    ),
    Case(
        "clause-according-to-apposition",
        "Efforts to build a startup ecosystem are underway, according to Ian Bennetts, associate program "
        "leader of Choson Exchange.",
        ("Ian Bennetts",),
        want=(
            R(
                "Efforts to build a startup ecosystem are underway, according to Ian Bennetts",
                "Efforts to build a startup ecosystem are underway",
                "Ian Bennetts",
                "Ian Bennetts",
                "according to",
            ),
        ),
    ),
    Case(
        "according-to-first",
        "According to the Korea Institute for National Unification, the North’s economy shrank 3.5 percent last year.",
        orgs=("Korea Institute for National Unification",),
        want=(
            R(
                "According to the Korea Institute for National Unification, the North’s economy shrank 3.5 percent last year",
                "the North’s economy shrank 3.5 percent last year",
                "Korea Institute for National Unification",
                "the Korea Institute for National Unification",
                "according to",
            ),
        ),
    ),
    Case(
        "group-noted-that",
        "Experts at the forum noted that North Korea has high quality IT talent.",
        want=(
            R(
                "Experts at the forum noted that North Korea has high quality IT talent",
                "North Korea has high quality IT talent",
                None,
                "Experts at the forum",
                "noted",
            ),
        ),
    ),
    Case(
        "warned-that",
        "Choi Se-yul warned that sanctions relief would not come quickly.",
        ("Choi Se-yul",),
        want=(
            R(
                "Choi Se-yul warned that sanctions relief would not come quickly",
                "sanctions relief would not come quickly",
                "Choi Se-yul",
                "Choi Se-yul",
                "warned",
            ),
        ),
    ),
    Case(
        "title-words-stressed",
        "President Moon Jae-in stressed that peace on the peninsula must be irreversible.",
        (MOON,),
        want=(
            R(
                "President Moon Jae-in stressed that peace on the peninsula must be irreversible",
                "peace on the peninsula must be irreversible",
                MOON,
                "President Moon Jae-in",
                "stressed",
            ),
        ),
    ),
    Case(
        "told-lawmakers-that",
        "Kang Kyung-wha told lawmakers that Seoul would consult closely with Washington.",
        ("Kang Kyung-wha",),
        want=(
            R(
                "Kang Kyung-wha told lawmakers that Seoul would consult closely with Washington",
                "Seoul would consult closely with Washington",
                "Kang Kyung-wha",
                "Kang Kyung-wha",
                "told",
            ),
        ),
    ),
    Case(
        "said-adding-that",
        "Park Ji-won said the plan was realistic, adding that funding would come from private investors.",
        ("Park Ji-won",),
        want=(
            R(
                "Park Ji-won said the plan was realistic",
                "the plan was realistic",
                "Park Ji-won",
                "Park Ji-won",
            ),
            R(
                "adding that funding would come from private investors",
                "funding would come from private investors",
                "Park Ji-won",
                "Park Ji-won",
                "adding that",
            ),
        ),
    ),
    Case(
        "direct-then-adding-that",
        "“The North is not a market economy,” said Choi Se-yul, a professor, adding that Kaeseong should become a digital city.",
        ("Choi Se-yul",),
        want=(
            D(
                "“The North is not a market economy,” said Choi Se-yul",
                "The North is not a market economy",
                "Choi Se-yul",
                "Choi Se-yul",
            ),
            R(
                "adding that Kaeseong should become a digital city",
                "Kaeseong should become a digital city",
                "Choi Se-yul",
                "Choi Se-yul",
                "adding that",
            ),
        ),
    ),
    Case(
        "participants-agreed-that",
        "Participants agreed that it may take some time to see tangible changes.",
        want=(
            R(
                "Participants agreed that it may take some time to see tangible changes",
                "it may take some time to see tangible changes",
                None,
                "Participants",
                "agreed",
            ),
        ),
    ),
    Case(
        "apposition-subject-reported",
        "Kim Jin-hyang, chairman of the Kaeseong Industrial District Foundation, said the firms were ready to return.",
        (KIM,),
        want=(
            R(
                "Kim Jin-hyang, chairman of the Kaeseong Industrial District Foundation, said the firms were ready to return",
                "the firms were ready to return",
                KIM,
                "Kim Jin-hyang",
            ),
        ),
    ),
    Case(
        "yonhap-dateline",
        "SEOUL, Dec. 21 (Yonhap) -- North Korea will likely hold a party plenary meeting this month, a government source said.",
        want=(
            R(
                "North Korea will likely hold a party plenary meeting this month, a government source said",
                "North Korea will likely hold a party plenary meeting this month",
                None,
                "a government source",
            ),
        ),
    ),
    Case(
        "inverted-says-feature",
        "North Korea’s economy is slowly opening up, says Andrei Lankov, a professor at Kookmin University.",
        ("Andrei Lankov",),
        want=(
            R(
                "North Korea’s economy is slowly opening up, says Andrei Lankov",
                "North Korea’s economy is slowly opening up",
                "Andrei Lankov",
                "Andrei Lankov",
                "says",
            ),
        ),
    ),
    Case(
        "pointed-out-that",
        "Lee Jong-seok pointed out that the complex had employed 55,000 North Korean workers.",
        ("Lee Jong-seok",),
        want=(
            R(
                "Lee Jong-seok pointed out that the complex had employed 55,000 North Korean workers",
                "the complex had employed 55,000 North Korean workers",
                "Lee Jong-seok",
                "Lee Jong-seok",
                "pointed out",
            ),
        ),
    ),
    Case(
        "adverb-before-cue",
        "Kim Jin-hyang also said that the firms were ready to return.",
        (KIM,),
        want=(
            R(
                "Kim Jin-hyang also said that the firms were ready to return",
                "the firms were ready to return",
                KIM,
                "Kim Jin-hyang",
            ),
        ),
    ),
    Case(
        "aside-between-commas",
        "Experts, however, said the plan would fail without sanctions relief.",
        want=(
            R(
                "Experts, however, said the plan would fail without sanctions relief",
                "the plan would fail without sanctions relief",
                None,
                "Experts",
            ),
        ),
    ),
    Case(
        "quoted-as-saying",
        "Kim Jong-un was quoted as saying that the North would open its doors to foreign investors.",
        ("Kim Jong-un",),
        want=(
            R(
                "Kim Jong-un was quoted as saying that the North would open its doors to foreign investors",
                "the North would open its doors to foreign investors",
                "Kim Jong-un",
                "Kim Jong-un",
                "was quoted as saying",
            ),
        ),
    ),
    Case(
        "quoted-as-saying-by-an-agency",
        "“Our forces must be ready,” Kim Jong-un was quoted as saying by KCNA.",
        ("Kim Jong-un",),
        ("Korean Central News Agency",),
        want=(
            D(
                "“Our forces must be ready,” Kim Jong-un was quoted as saying",
                "Our forces must be ready",
                "Kim Jong-un",
                "Kim Jong-un",
                "was quoted as saying",
            ),
        ),
    ),
    Case(
        "sentence-opening-connective",
        "Meanwhile officials said the border would reopen on Monday.",
        want=(
            R(
                "officials said the border would reopen on Monday",
                "the border would reopen on Monday",
                None,
                "officials",
            ),
        ),
    ),
    Case("passive-said", "Kim was said to be in good health after the surgery.", (KIM,)),
    Case("relative-who-said", "The official who said the talks had failed was dismissed on Friday."),
    Case(
        "quote-ending-in-is-then-said",
        "“The economy is weak and the outlook is grim,” said Hong Nam-ki, the finance minister.",
        ("Hong Nam-ki",),
        want=(
            D(
                "“The economy is weak and the outlook is grim,” said Hong Nam-ki",
                "The economy is weak and the outlook is grim",
                "Hong Nam-ki",
                "Hong Nam-ki",
            ),
        ),
    ),
    Case(
        "agency-reported",
        "North Korean leader Kim Jong-un inspected a munitions factory in Jagang Province, state media reported.",
        ("Kim Jong-un",),
        want=(
            R(
                "North Korean leader Kim Jong-un inspected a munitions factory in Jagang Province, state media reported",
                "North Korean leader Kim Jong-un inspected a munitions factory in Jagang Province",
                None,
                "state media",
                "reported",
            ),
        ),
    ),
    Case(
        "agreed-to-after-subordinate-clause",
        "In September, when President Moon Jae-in visited Pyongyang, the two sides agreed to pursue joint projects.",
        (MOON,),
    ),
    Case(
        "message-from-is-not-a-continuation",
        "“We will go back,” Kim Jin-hyang said.\n\n“The talks were frank” — that was the message from the delegation.",
        (KIM,),
        want=(D("“We will go back,” Kim Jin-hyang said", "We will go back", KIM, "Kim Jin-hyang"),),
    ),
    Case(
        "no-continuation-after-reported-paragraph",
        "Officials said the talks would resume.\n\n“Peace is within reach.”",
        want=(R("Officials said the talks would resume", "the talks would resume", None, "Officials"),),
    ),
    Case(
        "continuation-within-paragraph-after-reported",
        "Moon Jae-in said the summit had gone well. “We have taken the first step.”",
        (MOON,),
        want=(
            R("Moon Jae-in said the summit had gone well", "the summit had gone well", MOON, "Moon Jae-in"),
            D("“We have taken the first step.”", "We have taken the first step.", MOON, "Moon Jae-in", None),
        ),
    ),
    Case(
        "said-weekday-clause",
        "North Korea said Tuesday it would not return to the talks.",
        orgs=("North Korea",),
        want=(
            R(
                "North Korea said Tuesday it would not return to the talks",
                "it would not return to the talks",
                "North Korea",
                "North Korea",
            ),
        ),
    ),
    Case(
        "said-on-weekday-clause",
        "Moon Jae-in said on Monday the two Koreas would reconnect their railways.",
        (MOON,),
        want=(
            R(
                "Moon Jae-in said on Monday the two Koreas would reconnect their railways",
                "the two Koreas would reconnect their railways",
                MOON,
                "Moon Jae-in",
            ),
        ),
    ),
    Case(
        "acronym-in-brackets-partial",
        "The Korean Central News Agency (KCNA) said Kim Jong-un would “continue to work for peace,” "
        "quoting him as saying the two leaders agreed to meet again.",
        ("Kim Jong-un",),
        ("Korean Central News Agency",),
        want=(
            D(
                "The Korean Central News Agency (KCNA) said Kim Jong-un would “continue to work for peace,”",
                "continue to work for peace",
                "Korean Central News Agency",
                "The Korean Central News Agency (KCNA)",
            ),
        ),
    ),
    Case(
        "possessor-is-not-the-speaker",
        "North Korea’s state media said leader Kim Jong-un had returned to Pyongyang.",
        ("Kim Jong-un",),
        ("North Korea",),
        want=(
            R(
                "North Korea’s state media said leader Kim Jong-un had returned to Pyongyang",
                "leader Kim Jong-un had returned to Pyongyang",
                None,
                "North Korea’s state media",
            ),
        ),
    ),
    Case(
        "that-deep-in-clause-is-not-the-cue-that",
        "President Donald Trump said Thursday he walked away because Kim Jong Un demanded that all sanctions be lifted.",
        ("Donald Trump", "Kim Jong Un"),
        want=(
            R(
                "President Donald Trump said Thursday he walked away because Kim Jong Un demanded that all sanctions be lifted",
                "he walked away because Kim Jong Un demanded that all sanctions be lifted",
                "Donald Trump",
                "President Donald Trump",
            ),
        ),
    ),
    Case(
        "subject-comma-adverbial-comma-said",
        "The White House, in a statement, said the two leaders had “very good and constructive meetings.”",
        orgs=("White House",),
        want=(
            D(
                "The White House, in a statement, said the two leaders had “very good and constructive meetings.”",
                "very good and constructive meetings",
                "White House",
                "The White House",
            ),
        ),
    ),
    Case(
        "relative-which-analysts-said",
        "Seoul’s benchmark KOSPI fell 1.2 percent, which analysts said reflected foreign selling.",
    ),
    Case(
        "what-they-called-is-scare-quote",
        "Opposition lawmakers criticized what they called a “reckless” spending plan.",
    ),
    # ---- speakers ----
    Case(
        "pronoun-reported-person-subject",
        "Moon Jae-in met Kim Jong-un on Wednesday. He said the meeting was productive.",
        (MOON, "Kim Jong-un"),
        want=(R("He said the meeting was productive", "the meeting was productive", MOON, "He"),),
    ),
    Case(
        "two-chois-by-recency",
        "Choi Se-yul, a professor, spoke first. Choi Hyun-kyoo, director of the institute, followed.\n\n"
        "“We need to start now,” Choi said.",
        ("Choi Se-yul", "Choi Hyun-kyoo"),
        want=(D("“We need to start now,” Choi said", "We need to start now", "Choi Hyun-kyoo", "Choi"),),
    ),
    Case(
        "two-chois-by-last-quoted",
        "“The North is changing fast,” said Choi Se-yul, who sat beside Choi Hyun-kyoo at the forum.\n\n"
        "“Young people there use smartphones,” Choi said.",
        ("Choi Se-yul", "Choi Hyun-kyoo"),
        want=(
            D(
                "“The North is changing fast,” said Choi Se-yul",
                "The North is changing fast",
                "Choi Se-yul",
                "Choi Se-yul",
            ),
            D(
                "“Young people there use smartphones,” Choi said",
                "Young people there use smartphones",
                "Choi Se-yul",
                "Choi",
            ),
        ),
    ),
    Case(
        "surname-without-finder-mentions",
        "Ian Bennetts runs the programs.\n\n“The region has a top-tier university,” Bennetts said.",
        ("Ian Bennetts",),
        want=(
            D(
                "“The region has a top-tier university,” Bennetts said",
                "The region has a top-tier university",
                "Ian Bennetts",
                "Bennetts",
            ),
        ),
        short_forms=False,
    ),
    Case(
        "minister-by-role",
        "Unification Minister Cho Myoung-gyon visited Kaesong on Friday.\n\nThe liaison office will open in September, the minister said.",
        ("Cho Myoung-gyon",),
        want=(
            R(
                "The liaison office will open in September, the minister said",
                "The liaison office will open in September",
                "Cho Myoung-gyon",
                "the minister",
            ),
        ),
        roles=(("Cho Myoung-gyon", "Unification Minister"),),
    ),
    Case(
        "minister-by-the-words-of-the-title",
        "Foreign Minister Park Jin flew to Tokyo on Monday. Unification Minister Kim Yung-ho stayed in Seoul "
        "to brief lawmakers.\n\nThe three countries will meet again in spring, the foreign minister said.",
        ("Park Jin", "Kim Yung-ho"),
        want=(
            R(
                "The three countries will meet again in spring, the foreign minister said",
                "The three countries will meet again in spring",
                "Park Jin",
                "the foreign minister",
            ),
        ),
        roles=(("Park Jin", "Foreign Minister"), ("Kim Yung-ho", "Unification Minister")),
    ),
    Case(
        "minister-named-only-later-and-alone",
        "The talks will resume in March, the minister said.\n\n"
        "Unification Minister Kim Yung-ho will lead the delegation.",
        ("Kim Yung-ho",),
        want=(
            R(
                "The talks will resume in March, the minister said",
                "The talks will resume in March",
                "Kim Yung-ho",
                "the minister",
            ),
        ),
        roles=(("Kim Yung-ho", "Unification Minister"),),
    ),
    Case(
        "minister-named-only-later-but-two-are",
        "The talks will resume in March, the minister said.\n\n"
        "Unification Minister Kim Yung-ho and Foreign Minister Park Jin will lead the delegation.",
        ("Kim Yung-ho", "Park Jin"),
        want=(
            R(
                "The talks will resume in March, the minister said",
                "The talks will resume in March",
                None,
                "the minister",
            ),
        ),
        roles=(("Kim Yung-ho", "Unification Minister"), ("Park Jin", "Foreign Minister")),
    ),
    Case(
        "according-to-a-description-then-the-name",
        "The series drew 12 million viewers in its first week, according to its distributor, CJ ENM.",
        orgs=("CJ ENM",),
        want=(
            R(
                "The series drew 12 million viewers in its first week, according to its distributor, CJ ENM",
                "The series drew 12 million viewers in its first week",
                "CJ ENM",
                "its distributor, CJ ENM",
                "according to",
            ),
        ),
    ),
    Case(
        "according-to-a-description-then-the-name-first",
        "According to a ministry official, Kim Jin-hyang, the liaison office will reopen in May.",
        (KIM,),
        want=(
            R(
                "According to a ministry official, Kim Jin-hyang, the liaison office will reopen in May",
                "the liaison office will reopen in May",
                KIM,
                "a ministry official, Kim Jin-hyang",
                "according to",
            ),
        ),
    ),
    Case(
        "ministry-of-another-domain-is-not-the-one-named",
        "The Ministry of the Interior and Safety raised the storm alert to its highest level.\n\n"
        "Ferry services on 54 routes were suspended, according to the transport ministry.",
        orgs=("Ministry of the Interior and Safety",),
        want=(
            R(
                "Ferry services on 54 routes were suspended, according to the transport ministry",
                "Ferry services on 54 routes were suspended",
                None,
                "the transport ministry",
                "according to",
            ),
        ),
    ),
    Case(
        "party-by-head-noun-with-general-modifiers",
        "The Democratic Party of Korea boycotted the vote on Thursday.\n\n"
        "The bill ignores the will of the people, the main opposition party said.",
        orgs=("Democratic Party of Korea",),
        want=(
            R(
                "The bill ignores the will of the people, the main opposition party said",
                "The bill ignores the will of the people",
                "Democratic Party of Korea",
                "the main opposition party",
            ),
        ),
    ),
    Case(
        "dateline-without-agency",
        "SEOUL -- A North Korean soldier crossed the border early Wednesday, the Joint Chiefs of Staff said.",
        orgs=("Joint Chiefs of Staff",),
        want=(
            R(
                "A North Korean soldier crossed the border early Wednesday, the Joint Chiefs of Staff said",
                "A North Korean soldier crossed the border early Wednesday",
                "Joint Chiefs of Staff",
                "the Joint Chiefs of Staff",
            ),
        ),
    ),
    Case(
        "ministry-by-head-noun",
        "The Unification Ministry confirmed the plan on Monday.\n\nThe liaison office will open on Friday, the ministry said.",
        orgs=("Unification Ministry",),
        want=(
            R(
                "The liaison office will open on Friday, the ministry said",
                "The liaison office will open on Friday",
                "Unification Ministry",
                "the ministry",
            ),
        ),
    ),
    Case(
        "the-company-added",
        "“Demand will recover next year,” Samsung Electronics said in a conference call. "
        "The company added that it would keep investing in new production lines.",
        orgs=("Samsung Electronics",),
        want=(
            D(
                "“Demand will recover next year,” Samsung Electronics said",
                "Demand will recover next year",
                "Samsung Electronics",
                "Samsung Electronics",
            ),
            R(
                "The company added that it would keep investing in new production lines",
                "it would keep investing in new production lines",
                "Samsung Electronics",
                "The company",
                "added",
            ),
        ),
    ),
    Case(
        "age-apposition",
        "“We will not give up,” Lee Jae-yong, 51, said.",
        ("Lee Jae-yong",),
        want=(
            D(
                "“We will not give up,” Lee Jae-yong, 51, said",
                "We will not give up",
                "Lee Jae-yong",
                "Lee Jae-yong",
            ),
        ),
    ),
    Case(
        "honorific-surname",
        "Ian Bennetts leads the program.\n\n“It works,” Mr. Bennetts said.",
        ("Ian Bennetts",),
        want=(D("“It works,” Mr. Bennetts said", "It works", "Ian Bennetts", "Mr. Bennetts"),),
        short_forms=False,
    ),
    Case(
        "spokesman-of-a-person",
        "Kim Jin-hyang’s spokesman said the chairman would attend the forum.",
        (KIM,),
        want=(
            R(
                "Kim Jin-hyang’s spokesman said the chairman would attend the forum",
                "the chairman would attend the forum",
                None,
                "Kim Jin-hyang’s spokesman",
            ),
        ),
    ),
    Case(
        "he-added-that-after-quote",
        "“It’s time to act,” said Kim Jin-hyang. He added that the foundation was ready.",
        (KIM,),
        want=(
            D("“It’s time to act,” said Kim Jin-hyang", "It’s time to act", KIM, "Kim Jin-hyang"),
            R("He added that the foundation was ready", "the foundation was ready", KIM, "He", "added"),
        ),
    ),
    Case(
        "spokesman-for-organisation",
        "“The liaison office will open soon,” said a spokesman for the Unification Ministry.",
        orgs=("Unification Ministry",),
        want=(
            D(
                "“The liaison office will open soon,” said a spokesman for the Unification Ministry",
                "The liaison office will open soon",
                "Unification Ministry",
                "a spokesman for the Unification Ministry",
            ),
        ),
    ),
    Case(
        "named-speaker-at-organisation",
        "“It will open soon,” said Kim Jin-hyang at the Unification Ministry.",
        (KIM,),
        ("Unification Ministry",),
        want=(D("“It will open soon,” said Kim Jin-hyang", "It will open soon", KIM, "Kim Jin-hyang"),),
    ),
    Case(
        "group-analysts",
        "Analysts said the sanctions were unlikely to be lifted soon.",
        want=(
            R(
                "Analysts said the sanctions were unlikely to be lifted soon",
                "the sanctions were unlikely to be lifted soon",
                None,
                "Analysts",
            ),
        ),
    ),
    Case(
        "it-said-organisation",
        "The Korean Central News Agency said the launch was successful. It said the missile flew 500 kilometers.",
        orgs=("Korean Central News Agency",),
        want=(
            R(
                "The Korean Central News Agency said the launch was successful",
                "the launch was successful",
                "Korean Central News Agency",
                "The Korean Central News Agency",
            ),
            R(
                "It said the missile flew 500 kilometers",
                "the missile flew 500 kilometers",
                "Korean Central News Agency",
                "It",
            ),
        ),
    ),
    Case(
        "she-asked-person-subject",
        "Kang Kyung-wha spoke to reporters in Seoul.\n\n“Why should we wait?” she asked.",
        ("Kang Kyung-wha",),
        want=(D("“Why should we wait?” she asked", "Why should we wait?", "Kang Kyung-wha", "she", "asked"),),
    ),
    # ---- clause edges, titles in quotes, descriptions and organisations as speakers ----
    Case(
        "comma-after-cue-is-no-clause",
        "North Korea fired a short-range missile into the sea on Sunday, South Korea’s military said, "
        "days after Pyongyang vowed to answer the allied drills.",
        want=(
            R(
                "North Korea fired a short-range missile into the sea on Sunday, South Korea’s military said",
                "North Korea fired a short-range missile into the sea on Sunday",
                None,
                "South Korea’s military",
            ),
        ),
    ),
    Case(
        "place-never-speaks",
        "Tokyo said it would lodge a formal protest over the launch.",
        places=("Tokyo",),
        want=(
            R(
                "Tokyo said it would lodge a formal protest over the launch",
                "it would lodge a formal protest over the launch",
                None,
                "Tokyo",
            ),
        ),
    ),
    Case(
        "place-inside-unknown-organisation",
        "Support for the ruling party fell to 29 percent, Realmeter Korea said.",
        places=("Korea",),
        want=(
            R(
                "Support for the ruling party fell to 29 percent, Realmeter Korea said",
                "Support for the ruling party fell to 29 percent",
                None,
                "Realmeter Korea",
            ),
        ),
    ),
    Case(
        "ministry-is-the-ministry-named-before",
        "Exports rose 4.1 percent in March, the Ministry of Trade, Industry and Energy said. "
        "Economists at Hana Securities expect a slowdown in the second half.\n\n"
        "Car shipments fell 2 percent on weaker demand in Europe, the ministry added.",
        orgs=("Ministry of Trade, Industry and Energy", "Hana Securities"),
        want=(
            R(
                "Exports rose 4.1 percent in March, the Ministry of Trade, Industry and Energy said",
                "Exports rose 4.1 percent in March",
                "Ministry of Trade, Industry and Energy",
                "the Ministry of Trade, Industry and Energy",
            ),
            R(
                "Car shipments fell 2 percent on weaker demand in Europe, the ministry added",
                "Car shipments fell 2 percent on weaker demand in Europe",
                "Ministry of Trade, Industry and Energy",
                "the ministry",
                "added",
            ),
        ),
    ),
    Case(
        "film-title-in-quotes-is-not-a-quote",
        "Song Kang-ho, 57, who won the best actor award at Cannes for “Broker,” said he took the role "
        "because of the script.",
        ("Song Kang-ho",),
        want=(
            R(
                "Song Kang-ho, 57, who won the best actor award at Cannes for “Broker,” said he took the role "
                "because of the script",
                "he took the role because of the script",
                "Song Kang-ho",
                "Song Kang-ho",
            ),
        ),
    ),
    Case(
        "age-description-the-person-described",
        "Kim Yo-jong, 35, met the visiting delegation on Friday. Choe Son-hui joined the talks later.\n\n"
        "The 35-year-old said the North would not give up its weapons.",
        ("Kim Yo-jong", "Choe Son-hui"),
        want=(
            R(
                "The 35-year-old said the North would not give up its weapons",
                "the North would not give up its weapons",
                "Kim Yo-jong",
                "The 35-year-old",
            ),
        ),
    ),
    Case(
        "age-description-the-person-the-story-is-about",
        "Son Heung-min scored twice as Tottenham beat Brighton on Sunday. Brennan Johnson sealed the win "
        "after a pass from Son.\n\n“We needed this win,” the 31-year-old said.",
        ("Son Heung-min", "Brennan Johnson"),
        want=(
            D(
                "“We needed this win,” the 31-year-old said",
                "We needed this win",
                "Son Heung-min",
                "the 31-year-old",
            ),
        ),
    ),
    Case(
        "age-description-ambiguous-stays-unresolved",
        "Lee Kang-in and Hwang Hee-chan both scored on Saturday.\n\n"
        "“It was a special night,” the 25-year-old said.",
        ("Lee Kang-in", "Hwang Hee-chan"),
        want=(
            D(
                "“It was a special night,” the 25-year-old said",
                "It was a special night",
                None,
                "the 25-year-old",
            ),
        ),
    ),
    Case(
        "coordinated-verb-and-said",
        "U.S. Secretary of State Antony Blinken spoke with Park Jin by phone on Wednesday and said "
        "Washington “fully supports” efforts to ease tensions, according to a State Department spokesperson.",
        ("Antony Blinken", "Park Jin"),
        want=(
            D(
                "U.S. Secretary of State Antony Blinken spoke with Park Jin by phone on Wednesday and said "
                "Washington “fully supports”",
                "fully supports",
                "Antony Blinken",
                "U.S. Secretary of State Antony Blinken",
            ),
            R(
                "U.S. Secretary of State Antony Blinken spoke with Park Jin by phone on Wednesday and said "
                "Washington “fully supports” efforts to ease tensions",
                "Washington “fully supports” efforts to ease tensions",
                "Antony Blinken",
                "U.S. Secretary of State Antony Blinken",
            ),
        ),
    ),
    Case(
        "said-in-a-long-adverbial-that",
        "Pak Jong-chon said in a speech at a rally held in Pyongyang the same day that the army would "
        "bolster its combat readiness.",
        ("Pak Jong-chon",),
        want=(
            R(
                "Pak Jong-chon said in a speech at a rally held in Pyongyang the same day that the army would "
                "bolster its combat readiness",
                "the army would bolster its combat readiness",
                "Pak Jong-chon",
                "Pak Jong-chon",
            ),
        ),
    ),
    Case(
        "said-at-least-is-a-clause",
        "Prosecutors said at least four former aides remain under investigation.",
        want=(
            R(
                "Prosecutors said at least four former aides remain under investigation",
                "at least four former aides remain under investigation",
                None,
                "Prosecutors",
            ),
        ),
    ),
    Case(
        "adding-after-a-quote-ending-in-a-comma",
        "Film critic Heo Nam-woong said Choi “carries the second half of the film on her shoulders,” "
        "adding that the singer had silenced her doubters.",
        ("Heo Nam-woong",),
        want=(
            D(
                "Film critic Heo Nam-woong said Choi “carries the second half of the film on her shoulders,”",
                "carries the second half of the film on her shoulders",
                "Heo Nam-woong",
                "Film critic Heo Nam-woong",
            ),
            R(
                "adding that the singer had silenced her doubters",
                "the singer had silenced her doubters",
                "Heo Nam-woong",
                "Film critic Heo Nam-woong",
                "adding that",
            ),
        ),
    ),
    Case(
        "reported-clause-around-a-quote-ends-at-according-to",
        "Foreign Minister Wang Yi told his counterparts that Asia must not become a stage for "
        "“bloc confrontation,” according to a statement from the ministry.",
        ("Wang Yi",),
        want=(
            D(
                "Foreign Minister Wang Yi told his counterparts that Asia must not become a stage for "
                "“bloc confrontation,”",
                "bloc confrontation",
                "Wang Yi",
                "Foreign Minister Wang Yi",
                "told",
            ),
            R(
                "Foreign Minister Wang Yi told his counterparts that Asia must not become a stage for "
                "“bloc confrontation,”",
                "Asia must not become a stage for “bloc confrontation,”",
                "Wang Yi",
                "Foreign Minister Wang Yi",
                "told",
            ),
        ),
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_quote_case(case: Case) -> None:
    facts, quotes = run(
        case.text, case.persons, case.orgs, case.roles, short_forms=case.short_forms, places=case.places
    )
    got = sorted(quotes, key=lambda c: c.span.start)
    assert len(got) == len(case.want), [(c.text, c.speaker_text) for c in got]
    for claim, want in zip(got, case.want, strict=True):
        start = case.text.index(want.evidence)
        assert (claim.span.start, claim.span.end) == (start, start + len(want.evidence)), claim.span.text
        assert claim.text == want.text
        assert claim.text in case.text[claim.span.start : claim.span.end]
        # where the quoted or reported words stand, inside the evidence
        assert claim.text_span is not None and claim.text_span.text == claim.text
        assert claim.span.start <= claim.text_span.start <= claim.text_span.end <= claim.span.end
        assert claim.direct is want.direct
        assert claim.speaker_text == want.speaker_text
        assert claim.cue == want.cue
        speaker = facts.entity(claim.speaker)
        assert (speaker.name if speaker else None) == want.speaker


def test_enough_cases() -> None:
    """The issue asks for at least 60 quotation cases written for this project."""
    assert sum(max(1, len(c.want)) for c in CASES) >= 60
