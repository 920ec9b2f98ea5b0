"""Throughput of the quantities plugin alone, over about 1 MB of news-like text it builds itself.

Run from the repository root:

    .venv/bin/python benchmarks/bench_quantities.py [--mb 1.0] [--repeat 5]

The text is generated deterministically (a seeded random choice of sentence templates
in the style of wire copy: counts, money, ranges, dates, clock times, names), so the
figure is comparable between runs and machines. It also times the worst cases the
grammar must survive in linear time ("1-2-3-..." and long digit runs).
"""

from __future__ import annotations

import argparse
import functools
import random
import time
from collections.abc import Callable

from newsfacts import Article
from newsfacts_quantities import find_quantities, newsfacts_find_mentions

_TEMPLATES = (
    "Before the closure in {year}, {n} South Korean companies were engaged in manufacturing.",
    "North Korea has been talking about attracting {n},000-{m},000 businesses to the region.",
    "The region, {n} kilometers away from Pyongyang, hosts {m} startups and a university.",
    "Exports rose {d}.{n} percent on-year to ${n}.{m} billion in {month}, the ministry said on {month} {day}.",
    "The government will spend {n} trillion won (${m}.{d} billion) on the project by {year}.",
    "About {n} people attended the two-day forum in Seoul, organizers said at {hh}:{mm}.",
    "More than {n},{m}00 defectors arrived last year, up from {m} a year earlier.",
    "The {n}-member delegation, led by Kim Jong-un's sister, crossed the border at {hh}:{mm} p.m.",
    "Between {n} and {m}0 percent of respondents backed the plan, according to Gallup Korea.",
    "Tens of thousands of protesters gathered near Gwanghwamun on Saturday, police said.",
    "Resolution 2397 caps refined petroleum imports at 500,000 barrels a year.",
    "The 37-year-old leader met Moon Jae-in for the third time, the first since {month}.",
    "Samsung Electronics posted an operating profit of {n}.{d} trillion won in the third quarter.",
    "Call 02-{n}{m}-{m}{n}{d}{d} for details, or visit the office on Route 66.",
    "Some {n} North Korean workers remained at the complex, up to {m} of them women.",
    "Hundreds of families were reunited for three days at Mount Kumgang in {year}.",
)


_PROSE = (
    "Experts at the forum noted that North Korea has high quality IT talent and a young workforce.",
    "Instead of resuming the old businesses, authorities are hoping for something more innovative.",
    "\u201cWe are going back to Kaeseong in spring,\u201d Kim Jin-hyang, chairman of the foundation, said.",
    "The Unification Ministry said it would consult closely with Washington before taking any step.",
    "Participants agreed that it may take some time to see any tangible changes in the communist nation.",
    "Pyongyang has repeatedly denounced the joint military drills as a rehearsal for an invasion.",
    "The firm runs education programs such as startup bootcamps for North Koreans, according to its director.",
    "Officials in Seoul declined to comment on the report, citing the sensitivity of the negotiations.",
    "The presidential office said the talks had been productive and that both sides would meet again.",
    "Analysts say sanctions relief remains the key sticking point between Washington and Pyongyang.",
)


def make_text(size: int, seed: int = 20181221) -> str:
    """About ``size`` characters of news-like prose, the same for the same seed."""
    rng = random.Random(seed)
    months = ("January", "March", "September", "Dec.", "Oct.")
    parts: list[str] = []
    total = 0
    while total < size:
        if rng.random() < 0.6:  # wire copy: about one number every 100-150 characters
            sentence = rng.choice(_PROSE)
            parts.append(sentence)
            total += len(sentence) + 1
            continue
        sentence = rng.choice(_TEMPLATES).format(
            n=rng.randint(2, 999),
            m=rng.randint(2, 99),
            d=rng.randint(1, 9),
            year=rng.randint(1990, 2024),
            month=rng.choice(months),
            day=rng.randint(1, 28),
            hh=rng.randint(0, 23),
            mm=f"{rng.randint(0, 59):02d}",
        )
        parts.append(sentence)
        total += len(sentence) + 1
        if rng.random() < 0.2:
            parts.append("\n\n")
    return " ".join(parts)


def _time(fn: Callable[[], object], repeat: int) -> float:
    """The best of ``repeat`` runs, in CPU seconds of this process (steady on a busy machine)."""
    best = float("inf")
    for _ in range(repeat):
        started = time.process_time()
        fn()
        best = min(best, time.process_time() - started)
    return best


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=1.0, help="size of the generated text in MB")
    parser.add_argument("--repeat", type=int, default=5, help="runs; the best one counts")
    args = parser.parse_args(argv)
    text = make_text(int(args.mb * 1_000_000))
    article = Article(text=text)
    find_quantities("warm up 1,000 people")  # build the patterns before timing
    found = find_quantities(text)
    seconds = _time(lambda: list(newsfacts_find_mentions(article)), args.repeat)
    print(
        f"text: {len(text):,} characters, {len(found):,} quantities and ordinals found "
        f"(one per {len(text) // max(1, len(found))} characters)"
    )
    print(
        f"plugin alone (hook, mentions built): {seconds:.3f} CPU s = {len(text) / seconds / 1e6:.2f} M chars/s"
    )
    for name, worst in (
        ('"1-2-3-..." x 100,000', "-".join(str(i % 10) for i in range(100_000))),
        ("100,000 digits", "7" * 100_000),
        ('"1,2,3,..." x 100,000', ",".join(str(i % 10) for i in range(100_000))),
        ('"one two three ..." x 100,000', " ".join(("one", "two", "three")[i % 3] for i in range(100_000))),
        ("100,000 x '5 percent '", "5 percent " * 100_000),
    ):
        seconds = _time(functools.partial(find_quantities, worst), 1)
        print(f"worst case {name}: {len(worst):,} chars in {seconds:.3f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
