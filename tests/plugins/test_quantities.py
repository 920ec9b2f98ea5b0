"""The quantities plugin on sentences written in the style of Korea news wires.

Each case names the words a reader would point at, and the values a user asking
"how many, how much, how far" should get back: low, high, unit as written, and the
approximation words. Offsets are checked against the text itself.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

import newsfacts
import newsfacts_quantities
from newsfacts import Article, QuantityData
from newsfacts_quantities import Found, find_quantities

# (sentence, the quantity's words, low, high, unit, approx)
Case = tuple[str, str, float | None, float | None, str | None, str | None]

COUNTS: list[Case] = [
    # a capitalised plural is a people's name, whole with the capitalised words before it
    (
        "Around 34,300 North Koreans have resettled in the South since the late 1990s.",
        "Around 34,300 North Koreans",
        34300,
        34300,
        "North Koreans",
        "around",
    ),
    # nouns whose plural is the singular
    (
        "In Geoje, about 1.2 million flatfish were lost to the storm.",
        "about 1.2 million flatfish",
        1.2e6,
        1.2e6,
        "flatfish",
        "about",
    ),
    (
        "The Unification Ministry said 58 companies applied to visit the complex.",
        "58 companies",
        58,
        58,
        "companies",
        None,
    ),
    (
        "A total of 3,279 North Korean defectors arrived in the South last year.",
        "3,279 North Korean defectors",
        3279,
        3279,
        "defectors",
        None,
    ),
    (
        "Police mobilized 12,000 officers near Gwanghwamun Square on Saturday.",
        "12,000 officers",
        12000,
        12000,
        "officers",
        None,
    ),
    ("Seoul and Pyongyang held three summits last year.", "three summits", 3, 3, "summits", None),
    (
        "The two leaders walked across the military demarcation line together.",
        "two leaders",
        2,
        2,
        "leaders",
        None,
    ),
    (
        "Seventeen fishermen were rescued by the coast guard off Jeju Island.",
        "Seventeen fishermen",
        17,
        17,
        "fishermen",
        None,
    ),
    ("The ruling party holds 129 seats in the National Assembly.", "129 seats", 129, 129, "seats", None),
    (
        "Samsung plans to hire 40,000 new workers, the company said.",
        "40,000 new workers",
        40000,
        40000,
        "workers",
        None,
    ),
    ("The coast guard found 11 bodies and rescued 3 crew members.", "11 bodies", 11, 11, "bodies", None),
    ("The coast guard found 11 bodies and rescued 3 crew members.", "3 crew members", 3, 3, "members", None),
    ("Nine of the 21 passengers were South Korean nationals.", "21 passengers", 21, 21, "passengers", None),
    ("Nine of the 21 passengers were South Korean nationals.", "Nine", 9, 9, None, None),
    ("At least 14 people were killed and 30 injured in the fire in Miryang.", "30", 30, 30, None, None),
    ("The firm runs one factory in Kaesong and two in Vietnam.", "one factory", 1, 1, "factory", None),
    (
        "Five million people live in the capital region's satellite cities.",
        "Five million people",
        5_000_000,
        5_000_000,
        "people",
        None,
    ),
    ("The two Koreas agreed to field a joint team.", "two Koreas", 2, 2, "Koreas", None),
    (
        "Officials counted 2,300 U.S. soldiers at the base.",
        "2,300 U.S. soldiers",
        2300,
        2300,
        "soldiers",
        None,
    ),
    (
        "It was the country's 12 consecutive months of export growth.",
        "12 consecutive months",
        12,
        12,
        "months",
        None,
    ),
    (
        "Kim Yo-jong met 25 South Korean business leaders.",
        "25 South Korean business leaders",
        25,
        25,
        "leaders",
        None,
    ),
    (
        "A 120,000-strong crowd filled the stadium in Pyongyang.",
        "120,000-strong",
        120000,
        120000,
        "strong",
        None,
    ),
    ("The prosecution summoned 30 children's rights activists.", "30", 30, 30, None, None),
]

APPROX: list[Case] = [
    (
        "The won slid beyond 1,500 per dollar on Thursday.",
        "beyond 1,500 per dollar",
        1500,
        None,
        "per dollar",
        "more than",
    ),
    (
        "The won weakened past 1,450 per dollar in August before recovering.",
        "past 1,450 per dollar",
        1450,
        None,
        "per dollar",
        "more than",
    ),
    (
        "The won closed at 1,390.5 won to the dollar on Friday.",
        "1,390.5 won to the dollar",
        1390.5,
        1390.5,
        "won to the dollar",
        None,
    ),
    (
        "About 1,500 runners took part in the peace marathon in Paju.",
        "About 1,500 runners",
        1500,
        1500,
        "runners",
        "about",
    ),
    (
        "More than 20,000 people attended the rally, organizers said.",
        "More than 20,000 people",
        20000,
        None,
        "people",
        "more than",
    ),
    (
        "Fewer than 100 survivors of the separated families remain.",
        "Fewer than 100 survivors",
        None,
        100,
        "survivors",
        "less than",
    ),
    (
        "Up to 5,000 tourists a day could visit Mount Kumgang under the plan.",
        "Up to 5,000 tourists",
        None,
        5000,
        "tourists",
        "up to",
    ),
    (
        "At least 14 people were killed and 30 injured in the fire in Miryang.",
        "At least 14 people",
        14,
        None,
        "people",
        "at least",
    ),
    (
        "Nearly 40 percent of respondents backed the plan, Gallup Korea said.",
        "Nearly 40 percent",
        40,
        40,
        "percent",
        "nearly",
    ),
    (
        "Roughly 80 percent of the complex's workers were women.",
        "Roughly 80 percent",
        80,
        80,
        "percent",
        "roughly",
    ),
    (
        "Around 250 foreign journalists covered the summit.",
        "Around 250 foreign journalists",
        250,
        250,
        "journalists",
        "around",
    ),
    ("The blaze destroyed almost 200 homes in Goseong.", "almost 200 homes", 200, 200, "homes", "almost"),
    (
        "Some 50,000 North Korean workers were employed at the complex.",
        "Some 50,000 North Korean workers",
        50000,
        50000,
        "workers",
        "some",
    ),
    (
        "An estimated 40,000 political prisoners are held in the camps.",
        "An estimated 40,000 political prisoners",
        40000,
        40000,
        "prisoners",
        "an estimated",
    ),
    (
        "Over 1,000 flights were canceled because of the typhoon.",
        "Over 1,000 flights",
        1000,
        None,
        "flights",
        "more than",
    ),
    (
        "No more than 10 people may gather in public under the new rules.",
        "No more than 10 people",
        None,
        10,
        "people",
        "at most",
    ),
    (
        "As many as 60 North Korean workers fled the restaurant.",
        "As many as 60 North Korean workers",
        None,
        60,
        "workers",
        "as many as",
    ),
    # the next number's noun is not this one's: "two years ago" is a date of its own
    (
        "The spy agency put the number at 8,400, up from about 6,800 two years ago.",
        "about 6,800",
        6800,
        6800,
        None,
        "about",
    ),
    # comparisons of weight, distance and age bound the number
    (
        "Trucks heavier than 10 tons were banned from the bridge.",
        "heavier than 10 tons",
        10,
        None,
        "tons",
        "more than",
    ),
    (
        "Debris was found as far as 3 kilometers away.",
        "as far as 3 kilometers",
        None,
        3,
        "kilometers",
        "as far as",
    ),
    ("Children younger than 12 ride free.", "younger than 12", None, 12, None, "less than"),
    # the won written "W" before its amount, as the Chosun Ilbo and headlines print it
    ("He received W1.2 billion (US$830,000) in bribes.", "W1.2 billion", 1.2e9, 1.2e9, "W", None),
    ("Fees ranged between W20 million and W50 million.", "W20 million and W50 million", 2e7, 5e7, "W", None),
    ("Samsung unveils W3tr chip plan", "W3tr", 3e12, 3e12, "W", None),
    (
        "Prices could fall to as little as 40% of last year's level.",
        "as little as 40%",
        40,
        None,
        "%",
        "as little as",
    ),
    (
        "As few as 12 lawmakers attended the hearing on Monday.",
        "As few as 12 lawmakers",
        12,
        None,
        "lawmakers",
        "as few as",
    ),
    (
        "Rates could climb as high as 7 percent next year.",
        "as high as 7 percent",
        None,
        7,
        "percent",
        "as high as",
    ),
    (
        "The fund manages about 2.1 quadrillion won in assets.",
        "about 2.1 quadrillion won",
        2.1e15,
        2.1e15,
        "won",
        "about",
    ),
    (
        "The vote could be delayed by 10 days or more, aides said.",
        "10 days or more",
        10,
        None,
        "days",
        "at least",
    ),
    (
        "Close to 2 million people signed the online petition.",
        "Close to 2 million people",
        2_000_000,
        2_000_000,
        "people",
        "close to",
    ),
    (
        "Inter-Korean trade accounts for less than 1 percent of the North's economy.",
        "less than 1 percent",
        None,
        1,
        "percent",
        "less than",
    ),
    ("Bitcoin fell below $6,000 on Tuesday.", "below $6,000", None, 6000, "$", "less than"),
    (
        "The complex employed approximately 55,000 workers.",
        "approximately 55,000 workers",
        55000,
        55000,
        "workers",
        "approximately",
    ),
    (
        "Exports rose for a record 14 months; well over 300 firms benefited.",
        "well over 300 firms",
        300,
        None,
        "firms",
        "more than",
    ),
    (
        "Shipments reached just under 600,000 tons.",
        "just under 600,000 tons",
        None,
        600000,
        "tons",
        "less than",
    ),
    (
        "Lawmakers approved more than $1.07 billion in aid.",
        "more than $1.07 billion",
        1_070_000_000,
        None,
        "$",
        "more than",
    ),
]

MONEY: list[Case] = [
    (
        "The government set aside 1.2 trillion won for inter-Korean projects.",
        "1.2 trillion won",
        1_200_000_000_000,
        1_200_000_000_000,
        "won",
        None,
    ),
    (
        "The deal is worth $1.07 billion, Hyundai Heavy said.",
        "$1.07 billion",
        1_070_000_000,
        1_070_000_000,
        "$",
        None,
    ),
    (
        "Lotte will invest US$300 million in the Indonesian plant.",
        "US$300 million",
        300_000_000,
        300_000_000,
        "US$",
        None,
    ),
    (
        "The fine of 5 billion won is the largest the watchdog has imposed.",
        "5 billion won",
        5_000_000_000,
        5_000_000_000,
        "won",
        None,
    ),
    ("Tickets for the concert cost 15,000 won each.", "15,000 won", 15000, 15000, "won", None),
    (
        "The chipmaker posted an operating profit of 17.57 trillion won.",
        "17.57 trillion won",
        17_570_000_000_000,
        17_570_000_000_000,
        "won",
        None,
    ),
    (
        "The project could cost $1-2 billion, according to the study.",
        "$1-2 billion",
        1_000_000_000,
        2_000_000_000,
        "$",
        None,
    ),
    (
        "Next year's budget rose to 470.5 trillion won.",
        "470.5 trillion won",
        470_500_000_000_000,
        470_500_000_000_000,
        "won",
        None,
    ),
    (
        "Analysts expect between $3 billion and $5 billion in new orders.",
        "$3 billion and $5 billion",
        3_000_000_000,
        5_000_000_000,
        "$",
        None,
    ),
    (
        "Tokyo unveiled a 1.3 trillion yen stimulus package.",
        "1.3 trillion yen",
        1_300_000_000_000,
        1_300_000_000_000,
        "yen",
        None,
    ),
    (
        "Each defector receives 8 million won in resettlement money.",
        "8 million won",
        8_000_000,
        8_000_000,
        "won",
        None,
    ),
    ("The startup raised $15m from investors.", "$15m", 15_000_000, 15_000_000, "$", None),
    # British style: the scale abbreviation before a currency word
    ("Captains must post a bond of 300m won.", "300m won", 300_000_000, 300_000_000, "won", None),
    ("Sales reached 20m yen last year.", "20m yen", 20_000_000, 20_000_000, "yen", None),
    ("The sea wall is 5m high.", "5m", 5, 5, "m", None),
    (
        "The group paid 2.4 billion yuan for the stake.",
        "2.4 billion yuan",
        2_400_000_000,
        2_400_000_000,
        "yuan",
        None,
    ),
    ("The bank earned €250 million in Korea.", "€250 million", 250_000_000, 250_000_000, "€", None),
    ("The court ordered a KRW 10,000 payment per person.", "KRW 10,000", 10000, 10000, "KRW", None),
]

PERCENT: list[Case] = [
    ("The won fell 1.2 percent against the dollar.", "1.2 percent", 1.2, 1.2, "percent", None),
    (
        "The Bank of Korea raised its key rate by 0.25 percentage point.",
        "0.25 percentage point",
        0.25,
        0.25,
        "percentage point",
        None,
    ),
    (
        "Unemployment rose 0.3 percentage points to 4.4%.",
        "0.3 percentage points",
        0.3,
        0.3,
        "percentage points",
        None,
    ),
    ("Unemployment rose 0.3 percentage points to 4.4%.", "4.4%", 4.4, 4.4, "%", None),
    ("Exports fell 8.2% on-year in May.", "8.2%", 8.2, 8.2, "%", None),
    ("Growth is forecast at 2.6–2.8 percent next year.", "2.6–2.8 percent", 2.6, 2.8, "percent", None),
    (
        "The survey found 10 to 15 percent of firms planned layoffs.",
        "10 to 15 percent",
        10,
        15,
        "percent",
        None,
    ),
    ("Prices climbed from 3 to 5 percent in the provinces.", "3 to 5 percent", 3, 5, "percent", None),
    (
        "Approval ratings swung 10 percent to 20 percent within a week.",
        "10 percent to 20 percent",
        10,
        20,
        "percent",
        None,
    ),
    ("The economy shrank 0.4 per cent in the first quarter.", "0.4 per cent", 0.4, 0.4, "per cent", None),
    (
        "Inflation slowed to -0.5 percent, the first fall on record.",
        "-0.5 percent",
        -0.5,
        -0.5,
        "percent",
        None,
    ),
]

RANGES: list[Case] = [
    (
        "North Korea hopes to attract 2,000-4,000 foreign firms to its zones.",
        "2,000-4,000 foreign firms",
        2000,
        4000,
        "firms",
        None,
    ),
    (
        "Between 300 and 400 workers staged a walkout at the shipyard.",
        "300 and 400 workers",
        300,
        400,
        "workers",
        None,
    ),
    ("The talks could last two or three days, a diplomat said.", "two or three days", 2, 3, "days", None),
    (
        "Officials expect 3 million to 4 million visitors.",
        "3 million to 4 million visitors",
        3_000_000,
        4_000_000,
        "visitors",
        None,
    ),
    (
        "Five to six North Korean soldiers crossed the line.",
        "Five to six North Korean soldiers",
        5,
        6,
        "soldiers",
        None,
    ),
    (
        "The missile flew 700 to 800 kilometers before splashing down.",
        "700 to 800 kilometers",
        700,
        800,
        "kilometers",
        None,
    ),
    (
        "The ministry expects three to five million visitors.",
        "three to five million visitors",
        3_000_000,
        5_000_000,
        "visitors",
        None,
    ),
    ("About 20-30 families are expected to return.", "About 20-30 families", 20, 30, "families", "about"),
    ("Each unit houses 4 or 5 soldiers.", "4 or 5 soldiers", 4, 5, "soldiers", None),
]

WORDS: list[Case] = [
    (
        "Tens of thousands of protesters marched in central Seoul.",
        "Tens of thousands of protesters",
        20000,
        100000,
        "protesters",
        "tens of thousands",
    ),
    (
        "Hundreds of people lined up outside the embassy.",
        "Hundreds of people",
        200,
        1000,
        "people",
        "hundreds",
    ),
    ("Dozens of lawmakers boycotted the vote.", "Dozens of lawmakers", 24, 120, "lawmakers", "dozens"),
    ("A dozen lawmakers walked out of the session.", "A dozen lawmakers", 12, 12, "lawmakers", None),
    (
        "The ministry said half a million doses had arrived.",
        "half a million doses",
        500_000,
        500_000,
        "doses",
        None,
    ),
    ("Twenty-five students were aboard the bus.", "Twenty-five students", 25, 25, "students", None),
    (
        "One hundred and twenty families will be reunited.",
        "One hundred and twenty families",
        120,
        120,
        "families",
        None,
    ),
    ("The project will take five and a half years.", "five and a half years", 5.5, 5.5, "years", None),
    ("The crane lifts three-and-a-half tons.", "three-and-a-half tons", 3.5, 3.5, "tons", None),
    (
        "Hanwha won eight liquefied natural gas (LNG) carriers this year.",
        "eight liquefied natural gas (LNG) carriers",
        8,
        8,
        "carriers",
        None,
    ),
    (
        "About 2.5 million people live in the city.",
        "About 2.5 million people",
        2_500_000,
        2_500_000,
        "people",
        "about",
    ),
    (
        "The island drew a million tourists last summer.",
        "a million tourists",
        1_000_000,
        1_000_000,
        "tourists",
        None,
    ),
    ("The exhibit draws a thousand visitors a day.", "a thousand visitors", 1000, 1000, "visitors", None),
    (
        "Two-thirds of lawmakers must approve the motion.",
        "Two-thirds of lawmakers",
        2 / 3,
        2 / 3,
        "lawmakers",
        None,
    ),
    (
        "More than half of the firms reported losses.",
        "More than half of the firms",
        0.5,
        None,
        "firms",
        "more than",
    ),
    (
        "Two hundred thousand people rallied in Busan.",
        "Two hundred thousand people",
        200_000,
        200_000,
        "people",
        None,
    ),
    ("The regime fired two short-range missiles.", "two short-range missiles", 2, 2, "missiles", None),
    (
        "Thousands of families remain separated.",
        "Thousands of families",
        2000,
        10000,
        "families",
        "thousands",
    ),
]

MEASURES: list[Case] = [
    ("The tunnel is located 52 kilometers north of Seoul.", "52 kilometers", 52, 52, "kilometers", None),
    ("The ship was carrying 2,000 tons of coal.", "2,000 tons", 2000, 2000, "tons", None),
    ("The missile reached an altitude of 4,475 km.", "4,475 km", 4475, 4475, "km", None),
    ("Typhoon Soulik brought 500 mm of rain to Jeju.", "500 mm", 500, 500, "mm", None),
    (
        "Gusts of 40 meters per second toppled trees on Jeju Island.",
        "40 meters per second",
        40,
        40,
        "meters per second",
        None,
    ),
    ("Winds of 38 m/s were recorded on Ulleung Island.", "38 m/s", 38, 38, "m/s", None),
    (
        "The mercury hit 39.6 degrees Celsius in Hongcheon.",
        "39.6 degrees Celsius",
        39.6,
        39.6,
        "degrees Celsius",
        None,
    ),
    (
        "Seoul's low will be -12 degrees Celsius on Thursday.",
        "-12 degrees Celsius",
        -12,
        -12,
        "degrees Celsius",
        None,
    ),
    (
        "The industrial park covers 3.3 million square meters.",
        "3.3 million square meters",
        3_300_000,
        3_300_000,
        "square meters",
        None,
    ),
    (
        "The reactor produces 1,400 megawatts of electricity.",
        "1,400 megawatts",
        1400,
        1400,
        "megawatts",
        None,
    ),
    ("The storm packed winds of 144 km/h.", "144 km/h", 144, 144, "km/h", None),
    # British papers glue a bare "C" to the number; spaced, "C" is no unit
    ("The temperature in the county reached 36.4C, the highest this summer.", "36.4C", 36.4, 36.4, "C", None),
    ("Mix 2 C of flour into the batter.", "2", 2, 2, None, None),
    ("The plant is 10km from the border.", "10km", 10, 10, "km", None),
    (
        "China shipped 1.2 million tons of rice to the North.",
        "1.2 million tons",
        1_200_000,
        1_200_000,
        "tons",
        None,
    ),
    ("The apartment measures 33 pyeong.", "33 pyeong", 33, 33, "pyeong", None),
    (
        "The patrol boat sailed 3 nautical miles south of the line.",
        "3 nautical miles",
        3,
        3,
        "nautical miles",
        None,
    ),
    ("The border is 248 kilometres long.", "248 kilometres", 248, 248, "kilometres", None),
]

COMPOUNDS: list[Case] = [
    ("A 37-year-old man was arrested on Tuesday.", "37-year-old", 37, 37, "year-old", None),
    ("A 10-member delegation left for Pyongyang.", "10-member", 10, 10, "member", None),
    ("Moon will make a three-day state visit to Hanoi.", "three-day", 3, 3, "day", None),
    ("The 2.5-kilometer stretch of road reopened.", "2.5-kilometer", 2.5, 2.5, "kilometer", None),
    ("The 18-hole course lies near the border.", "18-hole", 18, 18, "hole", None),
    ("Park, 65, was sentenced to 24 years in prison.", "24 years", 24, 24, "years", None),
    ("Park, 65, was sentenced to 24 years in prison.", "65", 65, 65, "years", None),
    ("The exhibition runs for 2 weeks at the COEX.", "2 weeks", 2, 2, "weeks", None),
    ("Shares of the chipmaker rose 4.27 percent on Friday.", "4.27 percent", 4.27, 4.27, "percent", None),
    ("The index closed at 2,041.04, up 9.19 points.", "9.19 points", 9.19, 9.19, "points", None),
]

MORE: list[Case] = [
    # "up" as a verb's particle: the value reached, not a ceiling
    (
        "Births rose for a second year, pushing the fertility rate up to 0.80, data showed.",
        "0.80",
        0.8,
        0.8,
        None,
        None,
    ),
    ("The total fertility rate edged up to 0.75 from a record low of 0.72.", "0.75", 0.75, 0.75, None, None),
    ("Unemployment inched up to 3.1 percent in May.", "3.1 percent", 3.1, 3.1, "percent", None),
    # ... but a bound after a preposition all the same
    (
        "The money would go to cash grants of up to 3 million won each.",
        "up to 3 million won",
        None,
        3_000_000,
        "won",
        "up to",
    ),
    # a share: "N in M" is one value
    ("Police arrested 412 people, 7 in 10 of them teenagers.", "7 in 10", 0.7, 0.7, None, None),
    ("One in five adults said they had skipped a meal.", "One in five adults", 0.2, 0.2, "adults", None),
    # a label is a small plain number; a lower-case verb "block" before a count is none
    (
        "The commission asked platforms to remove or block 21,400 deepfake videos.",
        "21,400 deepfake videos",
        21_400,
        21_400,
        "videos",
        None,
    ),
    (
        "Temperatures in Cheorwon fell to minus 18 degrees Celsius.",
        "minus 18 degrees Celsius",
        -18,
        -18,
        "degrees Celsius",
        None,
    ),
    (
        "The fund lost half a billion dollars last year.",
        "half a billion dollars",
        500_000_000,
        500_000_000,
        "dollars",
        None,
    ),
    (
        "Some quarter million visitors are expected.",
        "Some quarter million visitors",
        250_000,
        250_000,
        "visitors",
        "some",
    ),
    ("The plant will cost USD115 million to build.", "USD115 million", 115_000_000, 115_000_000, "USD", None),
    (
        "About 500 or more North Korean workers remain in Russia.",
        "About 500 or more North Korean workers",
        500,
        None,
        "workers",
        "at least",
    ),
    (
        "The population of the county is 3 million and a half.",
        "3 million and a half",
        3_500_000,
        3_500_000,
        None,
        None,
    ),
    (
        "Sales of higher than 20 percent are needed, the CEO said.",
        "higher than 20 percent",
        20,
        None,
        "percent",
        "more than",
    ),
    ("The ministry budgeted 1000-5000 won per household.", "1000-5000 won", 1000, 5000, "won", None),
    ("Fares will range from 1200 – 2500 won a ride.", "1200 – 2500 won", 1200, 2500, "won", None),
    ("The tremor registered 2.5 or higher on the scale.", "2.5 or higher", 2.5, None, None, "at least"),
    (
        "A bonus of 3,000 won or less will be paid to each applicant.",
        "3,000 won or less",
        None,
        3000,
        "won",
        "at most",
    ),
    # Mixed numbers: the whole part and the fraction are one number.
    ("The Giants trail the Tigers by 4 1/2 games in the standings.", "4 1/2 games", 4.5, 4.5, "games", None),
    ("The Landers are 2½ games back with a week left.", "2½ games", 2.5, 2.5, "games", None),
    (
        "The marathon course runs 26 3/4 miles along the Han River.",
        "26 3/4 miles",
        26.75,
        26.75,
        "miles",
        None,
    ),
    # Adjectives joined by "and" / "or" before the counted noun.
    (
        "Some 1,800 current and former employees joined the lawsuit against Seoul Metro.",
        "Some 1,800 current and former employees",
        1800,
        1800,
        "employees",
        "some",
    ),
    (
        "About 300 small and midsize firms applied for the loans.",
        "About 300 small and midsize firms",
        300,
        300,
        "firms",
        "about",
    ),
]

# Ranges whose two ends both carry the unit or scale: one quantity, low..high.
UNIT_TWICE: list[Case] = [
    (
        "Analysts expect SK hynix to post a loss of between 1 trillion won and 1.5 trillion won.",
        "1 trillion won and 1.5 trillion won",
        1e12,
        1.5e12,
        "won",
        None,
    ),
    (
        "Estimates of the fund range from $2 billion to $3 billion by 2030, the ministry said.",
        "$2 billion to $3 billion",
        2e9,
        3e9,
        "$",
        None,
    ),
    (
        "Organizers said 3 million to 4 million people would visit the Expo in Busan.",
        "3 million to 4 million people",
        3e6,
        4e6,
        "people",
        None,
    ),
    (
        "Tuition rose between 10 percent and 15 percent at private universities.",
        "10 percent and 15 percent",
        10,
        15,
        "percent",
        None,
    ),
    (
        "Entry tickets cost KRW 5,000 to KRW 7,000 at the palace gates.",
        "KRW 5,000 to KRW 7,000",
        5000,
        7000,
        "KRW",
        None,
    ),
    (
        "The shelters housed from 300 families to 450 families during the floods in Gangwon.",
        "300 families to 450 families",
        300,
        450,
        "families",
        None,
    ),
    (
        "The typhoon dumped 200 millimeters to 300 millimeters of rain on Jeju Island.",
        "200 millimeters to 300 millimeters",
        200,
        300,
        "millimeters",
        None,
    ),
]

# A margin written "plus or minus": symmetric around zero, low = -margin, high = margin.
MARGINS: list[Case] = [
    (
        "The survey has a margin of error of plus or minus 3.1 percentage points.",
        "plus or minus 3.1 percentage points",
        -3.1,
        3.1,
        "percentage points",
        "plus or minus",
    ),
    (
        "The Realmeter poll of 2,505 voters has a margin of error of ±2.0 percentage points.",
        "±2.0 percentage points",
        -2,
        2,
        "percentage points",
        "plus or minus",
    ),
    (
        "Results are accurate to plus or minus 4.4 percent at the 95 percent confidence level.",
        "plus or minus 4.4 percent",
        -4.4,
        4.4,
        "percent",
        "plus or minus",
    ),
    (
        "Temperatures in Cheorwon fell to minus 18 degrees Celsius on Tuesday.",
        "minus 18 degrees Celsius",
        -18,
        -18,
        "degrees Celsius",
        None,
    ),
]

# Vague counts (readings in vague.tsv), "k" for a thousand before a noun, ages set off by commas.
VAGUE: list[Case] = [
    (
        "The talks resumed a couple of days after the missile launch, Yonhap reported.",
        "a couple of days",
        2,
        2,
        "days",
        "a couple",
    ),
    (
        "Several thousand protesters marched toward the presidential office on Saturday.",
        "Several thousand protesters",
        3000,
        9000,
        "protesters",
        "several",
    ),
    (
        "Dozens of fishing boats were seen near the Northern Limit Line.",
        "Dozens of fishing boats",
        24,
        120,
        "boats",
        "dozens",
    ),
    (
        "A few hundred residents were evacuated as the wildfire spread in Uljin.",
        "A few hundred residents",
        200,
        500,
        "residents",
        "a few",
    ),
    (
        "About 10k runners took part in the Seoul Marathon on Sunday.",
        "About 10k runners",
        10000,
        10000,
        "runners",
        "about",
    ),
    ("Organizers expect 5K visitors a day at the Busan booth.", "5K visitors", 5000, 5000, "visitors", None),
    ("The startup raised $250K in seed funding, its founder said.", "$250K", 250000, 250000, "$", None),
    (
        "Kim Jin-hyang, 62, chairman of the foundation, said the firms would return.",
        "62",
        62,
        62,
        "years",
        None,
    ),
    (
        "Choi, 37, told police she had acted alone, the Suwon District Court said.",
        "37",
        37,
        37,
        "years",
        None,
    ),
    (
        "Prosecutors indicted at least three other former officials on bribery charges.",
        "at least three other former officials",
        3,
        None,
        "officials",
        "at least",
    ),
    (
        "Health authorities reported 12 more people infected with measles in Incheon.",
        "12 more people",
        12,
        12,
        "people",
        None,
    ),
    ("The ministry will send one other envoy to Beijing next week.", "one other envoy", 1, 1, "envoy", None),
]

ALL_CASES = (
    COUNTS
    + APPROX
    + MONEY
    + PERCENT
    + RANGES
    + WORDS
    + MEASURES
    + COMPOUNDS
    + MORE
    + UNIT_TWICE
    + MARGINS
    + VAGUE
)


def _quantity_at(text: str, words: str) -> Found:
    start = text.index(words)
    found = [
        f
        for f in find_quantities(text)
        if f.kind == "quantity" and f.start < start + len(words) and start < f.end
    ]
    assert len(found) == 1, f"expected one quantity over {words!r}, got {found}"
    return found[0]


def _same(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return a == pytest.approx(b, rel=1e-12)


def test_enough_cases() -> None:
    assert len(ALL_CASES) >= 80


@pytest.mark.parametrize(("text", "words", "low", "high", "unit", "approx"), ALL_CASES)
def test_quantity(
    text: str, words: str, low: float | None, high: float | None, unit: str | None, approx: str | None
) -> None:
    f = _quantity_at(text, words)
    start = text.index(words)
    assert (f.start, f.end) == (start, start + len(words))
    assert text[f.start : f.end] == words
    assert _same(f.low, low), f
    assert _same(f.high, high), f
    assert f.unit == unit
    assert f.approx == approx


# --------------------------------------------------------------------------- not quantities

# (sentence, words that must not be (part of) any quantity)
NOT_QUANTITIES: list[tuple[str, str]] = [
    # "one" after a determiner and an adjective is a pronoun
    ("The old one retires in 2033, which makes the new one easier to finance.", "one retires"),
    ("The old one retires in 2033, which makes the new one easier to finance.", "one easier"),
    # the won's "W" before plain digits is part of a code
    ("The navy commissioned its first W3 class frigate.", "W3"),
    ("The complex was closed in February 2016.", "2016"),
    ("Experts met on Dec. 17 in Seoul.", "17"),
    ("Kim arrived on April 27, 2018, at 9:30 a.m.", "27"),
    ("Kim arrived on April 27, 2018, at 9:30 a.m.", "2018"),
    ("Kim arrived on April 27, 2018, at 9:30 a.m.", "9:30"),
    ("The statement was released at 13:47.", "13:47"),
    ("The meeting starts at 3 p.m. on Friday.", "3"),
    ("Call the hotline at 02-2100-5872 for details.", "02-2100-5872"),
    ("The convoy drove along Route 1 toward Kaesong.", "1"),
    ("Under Article 5 of the treaty, allies defend each other.", "5"),
    ("The G20 summit opened in Osaka.", "20"),
    ("Resolution 2397 caps refined petroleum imports.", "2397"),
    ("Police said the No. 2 official was questioned.", "2"),
    ("1. Lift the sanctions\n2. Resume the tours", "1."),
    ("1. Lift the sanctions\n2. Resume the tours", "2."),
    ("The 1990s saw a famine in the North.", "1990s"),
    ("The Korean War (1950-53) ended in an armistice.", "1950-53"),
    ("No one knows how many were detained.", "one"),
    ("One of the defectors spoke to reporters.", "One"),
    ("The F-35 jets arrived at Cheongju.", "35"),
    ("COVID-19 cases fell for a third day.", "19"),
    ("The Group of Seven met in Biarritz.", "Seven"),
    ("Kim Jong-un held a second summit with Trump.", "second"),
    ("The plant opened in the 21st century.", "21st"),
    ("The report covers 2018-2019 in detail.", "2018-2019"),
    ("Visit www.korea.net/2018/12 for the text.", "2018"),
    ("Seoul's population peaked in 1992 and has fallen since.", "1992"),
    ("SK Telecom launched 5G networks in 85 cities.", "5G"),
    ("Both sides pledged to honor the 4.27 Panmunjom Declaration.", "4.27"),
    ("The 9.19 military agreement set up buffer zones.", "9.19"),
    ("The ceremony began at 12 noon in Gwangju.", "12"),
    ("Bone marrow donors from ZONE ONE were honored.", "one"),
    ("The KF21 fighter made its first flight.", "21"),
    ("Exports of 13F filings were delayed.", "13F"),
    ("The ceasefire took effect at 10 o'clock.", "10"),
    ("Only a few said they would vote for the ruling party.", "a few"),
    ("The Several Sisters festival drew crowds in Daegu.", "Several"),
    ("Kim finished the 5K race in Yeouido in 19 minutes.", "5K"),
    ("LG sells 8K TV sets in 30 countries.", "8K"),
    ("Officials met on 12/17 and again on 12/21.", "12/17"),
    ("Only 3 of the 12/2 filings were late.", "12/2"),
    # a vague count states no number unless a scale word follows ("several thousand")
    ("A few lawmakers walked out of the plenary session in protest.", "A few lawmakers"),
    ("Several North Korean soldiers crossed the border, the JCS said.", "Several North Korean soldiers"),
    ("Only a handful of defectors have returned to the North.", "a handful of defectors"),
    # a time zone's offset is no amount
    ("Updated on October 22, 2026 at 1:26 PM GMT+9", "9"),
    # a stock code is no amount, whatever the exchange
    ("SK Hynix (000660.KS) reported a record profit.", "000660"),
    ("Shares of EcoPro BM (247540.KQ) slid 4%.", "247540"),
    ("Toyota (7203.T) and Sony (6758.T) fell in Tokyo.", "7203"),
    ("TSMC (2330.TW) rose 2%.", "2330"),
    # a time word is no counted noun
    ("Unless both sides sign a revised one tonight, the bill fails.", "one tonight"),
]


@pytest.mark.parametrize(("text", "words"), NOT_QUANTITIES)
def test_not_a_quantity(text: str, words: str) -> None:
    start = text.index(words)
    end = start + len(words)
    hits = [f for f in find_quantities(text) if f.kind == "quantity" and f.start < end and start < f.end]
    assert hits == []


@pytest.mark.parametrize(
    ("text", "words", "rank"),
    [
        ("Kim Jong-un held a second summit with Trump in Hanoi.", "second", 2),
        ("It was the third such launch this year.", "third", 3),
        ("The plant opened in the 21st century.", "21st", 21),
    ],
)
def test_ordinals_are_kept_apart(text: str, words: str, rank: int) -> None:
    start = text.index(words)
    [f] = [f for f in find_quantities(text) if f.start == start]
    assert (f.kind, f.end, f.low) == ("ordinal", start + len(words), rank)


# --------------------------------------------------------------------------- equivalents


@pytest.mark.parametrize(
    ("text", "first", "second", "second_low", "second_unit"),
    [
        (
            "Each family received 100 million won ($89,000) in compensation.",
            "100 million won",
            "$89,000",
            89000,
            "$",
        ),
        (
            "The fine was set at 30 billion won (US$26.5 million).",
            "30 billion won",
            "US$26.5 million",
            26_500_000,
            "US$",
        ),
        (
            "Hanwha paid $1 million ( 1.1 billion won ) for the land.",
            "$1 million",
            "1.1 billion won",
            1_100_000_000,
            "won",
        ),
        ("The road is 30 kilometers (19 miles) long.", "30 kilometers", "19 miles", 19, "miles"),
    ],
)
def test_parenthesised_equivalent(
    text: str, first: str, second: str, second_low: float, second_unit: str
) -> None:
    a = _quantity_at(text, first)
    b = _quantity_at(text, second)
    assert text[a.start : a.end] == first
    assert text[b.start : b.end] == second
    assert a.equivalent_of is None
    assert b.equivalent_of == (a.start, a.end)
    assert (b.low, b.unit) == (second_low, second_unit)


def test_two_amounts_side_by_side_are_not_equivalents() -> None:
    text = "Exports reached $5 billion, imports $3 billion."
    found = find_quantities(text)
    assert [text[f.start : f.end] for f in found] == ["$5 billion", "$3 billion"]
    assert all(f.equivalent_of is None for f in found)


# --------------------------------------------------------------------------- a paragraph


def test_wire_paragraph_in_order() -> None:
    text = (
        "SEOUL, Oct. 4 (Yonhap) -- South Korea's exports rose 8.2 percent on-year in September "
        "to $50.6 billion, the ministry said Thursday. Shipments of chips jumped 37.7 percent, "
        "while those to China, the largest market, rose to about $14.5 billion. The country "
        "has posted 10 consecutive months of gains, and some 3,000 small exporters took part in "
        "a two-day fair held 40 kilometers south of Seoul on Oct. 2."
    )
    got = [
        (text[f.start : f.end], f.low, f.high, f.unit, f.approx)
        for f in find_quantities(text)
        if f.kind == "quantity"
    ]
    assert got == [
        ("8.2 percent", 8.2, 8.2, "percent", None),
        ("$50.6 billion", 50_600_000_000, 50_600_000_000, "$", None),
        ("37.7 percent", 37.7, 37.7, "percent", None),
        ("about $14.5 billion", 14_500_000_000, 14_500_000_000, "$", "about"),
        ("10 consecutive months", 10, 10, "months", None),
        ("some 3,000 small exporters", 3000, 3000, "exporters", "some"),
        ("two-day", 2, 2, "day", None),
        ("40 kilometers", 40, 40, "kilometers", None),
    ]


# --------------------------------------------------------------------------- the plugin in the pipeline


def test_hook_gives_quantity_mentions_through_the_pipeline() -> None:
    extractor = newsfacts.Extractor(bundled=False, autoload=False, plugins=[newsfacts_quantities])
    text = "The ministry said 58 companies, up from about 40 firms, joined the 1.2 trillion won fund."
    facts = extractor.extract(Article(text=text))
    quantities = facts.of_kind("quantity")
    spans = [(e.first.start, e.first.end, e.first.text) for e in quantities]
    assert spans == [
        (text.index("58"), text.index("58") + len("58 companies"), "58 companies"),
        (text.index("about"), text.index("about") + len("about 40 firms"), "about 40 firms"),
        (text.index("1.2"), text.index("1.2") + len("1.2 trillion won"), "1.2 trillion won"),
    ]
    data = [e.data for e in quantities]
    assert all(isinstance(d, QuantityData) for d in data)
    assert [(d.low, d.high, d.unit, d.approx) for d in data if isinstance(d, QuantityData)] == [
        (58, 58, "companies", None),
        (40, 40, "firms", "about"),
        (1_200_000_000_000, 1_200_000_000_000, "won", None),
    ]
    assert not facts.errors


def test_json_carries_equivalent_and_values() -> None:
    extractor = newsfacts.Extractor(bundled=False, autoload=False, plugins=[newsfacts_quantities])
    text = "Each family got 100 million won ($89,000)."
    doc: dict[str, Any] = extractor.extract(Article(text=text)).to_dict()
    q = [e for e in doc["entities"] if e["kind"] == "quantity"]
    assert [(e["mentions"][0]["text"], e["low"], e["high"], e["unit"]) for e in q] == [
        ("100 million won", 100_000_000, 100_000_000, "won"),
        ("$89,000", 89000, 89000, "$"),
    ]


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        ("Unemployment fell from 4.1 percent to 3.6 percent last month.", "4.1 percent", "3.6 percent"),
        ("Exports rose 10 percent and imports 20 percent in May.", "10 percent", "20 percent"),
        ("The price went from 5,000 won to 4,500 won after the cut.", "5,000 won", "4,500 won"),
        # "and more than" opens the next quantity; it is no "and more" after the first
        (
            "The North had sent about 15,000 troops and more than 12 million shells.",
            "about 15,000 troops",
            "more than 12 million shells",
        ),
        # a verb of change before "from": the values before and after, though the second is larger
        ("The fund is expected to grow from $2 billion to $3 billion by 2030.", "$2 billion", "$3 billion"),
        (
            "The merger raised the founder's stake in the company from 4.1 percent to 17.8 percent.",
            "4.1 percent",
            "17.8 percent",
        ),
        ("Kim met 30 officials and 20 officials left early.", "30 officials", "20 officials"),
        # the change "by" an amount, then the value it leads to
        ("The base fare will rise by 150 won to 1,700 won in August.", "150 won", "1,700 won"),
        ("The fare will go from 1,550 won to 1,700 won.", "1,550 won", "1,700 won"),
        # a noun of change set off by a comma before "from"
        ("The last increase, from 1,400 won to 1,550 won, took effect in June.", "1,400 won", "1,550 won"),
    ],
)
def test_unit_twice_is_no_range_when_it_falls_or_lacks_between(text: str, first: str, second: str) -> None:
    got = [text[f.start : f.end] for f in find_quantities(text) if f.kind == "quantity"]
    assert got == [first, second]


def test_by_an_amount_to_a_value_with_the_verb_elided_is_two_values() -> None:
    text = "Fares for teens will rise by 100 won to 1,000 won, and those for children by 50 won to 600 won."
    got = [text[f.start : f.end] for f in find_quantities(text) if f.kind == "quantity"]
    assert got == ["100 won", "1,000 won", "50 won", "600 won"]
    # no verb of change: the amount is a range
    text = "The ministry underestimated interest costs by 1.5 trillion won to 2 trillion won."
    got = [text[f.start : f.end] for f in find_quantities(text) if f.kind == "quantity"]
    assert got == ["1.5 trillion won to 2 trillion won"]


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Profit rose by 2 to 3 percent.", "2 to 3 percent"),
        ("Prices rose between 2 percent and 3 percent.", "2 percent and 3 percent"),
        ("The fund holds from $2 billion to $3 billion.", "$2 billion to $3 billion"),
    ],
)
def test_a_range_after_a_verb_of_change_stays_a_range(text: str, span: str) -> None:
    """Only a second end that repeats the unit is a value of its own after a verb of change."""
    got = [text[f.start : f.end] for f in find_quantities(text) if f.kind == "quantity"]
    assert got == [span]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Police counted ballots from Seoul, 12, and Busan, 8, by hand.", "12"),
        ("The suspect was held on June 3, 2023, in Incheon.", None),
        ("The tally, 41, was read out by the speaker.", "41"),
        ("Seoul, 25, Incheon, 9: the count of new cases by city.", "25"),
    ],
)
def test_a_number_between_commas_is_an_age_only_after_a_name(text: str, words: str | None) -> None:
    ages = [text[f.start : f.end] for f in find_quantities(text) if f.unit == "years"]
    assert ages == []
    if words is not None:
        assert _quantity_at(text, words).unit is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # At the very start of the text, where no character stands before the number.
        ("14 fishing boats returned to port.", [("14 fishing boats", 14)]),
        ("Fourteen fishing boats returned to port.", [("Fourteen fishing boats", 14)]),
        # Right after punctuation, brackets and a line break.
        ("Officials (3 of them) left.\n40 reporters stayed.", [("3", 3), ("40 reporters", 40)]),
        # Not inside a word, nor right after a number word in capitals ("TWO5" is a code).
        ("The KF21 jet and TWO5 units and bone fragments", []),
        # One number word spelled with a hyphen is one candidate, not two.
        ("FIFTY-FIVE lawmakers signed the bill.", [("FIFTY-FIVE lawmakers", 55)]),
    ],
)
def test_candidates_start_only_where_a_number_can(text: str, expected: list[tuple[str, int]]) -> None:
    found = [(text[f.start : f.end], f.low) for f in find_quantities(text)]
    assert found == expected


def test_reload_data_forgets_remembered_plural_nouns(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Plural-noun answers are remembered between texts; a word added to the irregular
    # plurals must still count once the data is reloaded.
    text = "The university invited 300 alumni to the ceremony."
    assert [f.unit for f in find_quantities(text)] == [None]
    (tmp_path / "irregular_plurals.txt").write_text("alumni\n", encoding="utf-8")
    monkeypatch.setenv(newsfacts_quantities.ENV_VAR, str(tmp_path))
    try:
        newsfacts_quantities.reload_data()
        assert [f.unit for f in find_quantities(text)] == ["alumni"]
    finally:
        monkeypatch.delenv(newsfacts_quantities.ENV_VAR)
        newsfacts_quantities.reload_data()


def test_a_share_needs_a_usual_base_larger_than_its_count_written_plainly() -> None:
    text = "Three in 2024 were late, 5 in 10.5 hours is fast, and 2 in 10,000 cases failed."
    spans = [text[f.start : f.end] for f in find_quantities(text)]
    assert "Three in 2024" not in spans and "5 in 10.5" not in spans and "2 in 10,000" not in spans
    assert "10,000 cases" in spans


@pytest.mark.parametrize(
    ("text", "tally", "counts"),
    [
        ("Ulsan beat Pohang 3-1 on Sunday.", "3-1", [3, 1]),
        ("The bill passed 171-94, with 11 abstentions.", "171-94", [171, 94]),
        ("The committee approved it by a vote of 14-3.", "14-3", [14, 3]),
        ("The two sides drew 1-1 in Seoul.", "1-1", [1, 1]),
    ],
)
def test_a_score_or_a_vote_tally_is_two_counts(text: str, tally: str, counts: list[int]) -> None:
    start = text.index(tally)
    found = [
        f for f in find_quantities(text) if f.kind == "quantity" and start <= f.start < start + len(tally)
    ]
    assert [(text[f.start : f.end], f.low, f.high) for f in found] == [(str(n), n, n) for n in counts]
    # a range written the other way round is still a range: "2-3 weeks"
    assert [(f.low, f.high) for f in find_quantities("It takes 2-3 weeks.")] == [(2, 3)]
