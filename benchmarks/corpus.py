"""A deterministic news-like corpus for the benchmarks, and hostile inputs beside it.

    python benchmarks/corpus.py [OUTDIR] [--size MB] [--long MB] [--scale F] [--seed N]

writes to OUTDIR (default ``benchmarks/out/corpus``):

* ``corpus.jsonl`` — one article per line (``{"id", "published", "text"}``), articles of
  ordinary length in the manner of Korean-affairs news (headlines, bylines, datelines,
  Korean and other names with titles and affiliations, direct and reported quotes,
  numbers, ranges, money, absolute and relative dates), none repeated, ``--size`` MB
  in all — ready for ``newsfacts extract --jobs N corpus.jsonl``;
* ``long.txt`` — one article of ``--long`` MB;
* ``adversarial/NAME.txt`` — the hostile inputs of ``newsfacts.testing.adversarial_inputs``
  (lone surrogates are written with ``surrogatepass``; the CLI rejects them as not UTF-8,
  the Python API takes them).

The text comes from ``newsfacts.testing`` (``news_corpus``, ``long_article``,
``adversarial_inputs``), so the same seed always gives the same bytes.
"""

from __future__ import annotations

import argparse
import json
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

from newsfacts.testing import adversarial_inputs, long_article, news_corpus

__all__ = ["MB", "corpus_records", "long_article", "plain_news", "published_for", "write_corpus"]

MB = 1_000_000
SEOUL = timezone(timedelta(hours=9))


def published_for(index: int) -> str:
    """A reproducible publication time for the ``index``-th article (Seoul time, 2010-2025)."""
    base = datetime(2010, 1, 4, 9, 0, tzinfo=SEOUL)
    return (base + timedelta(hours=37 * index + index % 11, minutes=(index * 13) % 60)).isoformat()


def corpus_records(size: int, seed: int = 7) -> list[dict[str, str]]:
    """The corpus as records: ``id``, ``published`` and ``text``."""
    return [
        {"id": f"a{i:05d}", "published": published_for(i), "text": text}
        for i, text in enumerate(news_corpus(size, seed))
    ]


def plain_news(size: int, seed: int = 7) -> str:
    """Plain news text of exactly ``size`` characters (articles joined by blank lines)."""
    return "\n\n".join(news_corpus(size, seed))[:size]


def write_corpus(out: Path, *, size: int, long_size: int, scale: float, seed: int = 7) -> None:
    """Write the corpus, the long article and the hostile inputs under ``out``."""
    out.mkdir(parents=True, exist_ok=True)
    with (out / "corpus.jsonl").open("w", encoding="utf-8") as f:
        for record in corpus_records(size, seed):
            f.write(json.dumps(record, ensure_ascii=False) + "\n")
    (out / "long.txt").write_text(long_article(long_size), encoding="utf-8")
    hostile = out / "adversarial"
    hostile.mkdir(exist_ok=True)
    for name, text in adversarial_inputs(scale).items():
        (hostile / f"{name}.txt").write_bytes(text.encode("utf-8", "surrogatepass"))


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", nargs="?", default=str(Path(__file__).parent / "out" / "corpus"))
    parser.add_argument("--size", type=float, default=10.0, help="corpus size in MB (default 10)")
    parser.add_argument("--long", type=float, default=10.0, help="long article size in MB (default 10)")
    parser.add_argument("--scale", type=float, default=1.0, help="size factor for the hostile inputs")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    started = datetime.now(UTC)
    write_corpus(
        Path(args.out),
        size=int(args.size * MB),
        long_size=int(args.long * MB),
        scale=args.scale,
        seed=args.seed,
    )
    seconds = (datetime.now(UTC) - started).total_seconds()
    print(f"wrote {args.out} in {seconds:.1f} s")


if __name__ == "__main__":
    main()
