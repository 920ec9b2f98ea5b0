"""How fast newsfacts is, and whether it stays linear and lean: the numbers behind docs/benchmarks.md.

    python benchmarks/bench.py              # the full run: 10 MB corpus, 10 MB article (a few minutes)
    python benchmarks/bench.py --quick      # 1 MB, 1 MB, hostile inputs at a fifth of their size
    python benchmarks/bench.py --json out.json --profile 25

Measures, on one core, with every bundled plugin on (installed third-party plugins are
not loaded, so the numbers describe newsfacts itself):

* **throughput**: characters per second of the whole pipeline over a corpus of
  ordinary-length news articles (``--size`` MB), and of each plugin, from
  ``Extractor.timings`` (seconds per plugin and stage); the rest is the core's share;
* **scaling**: time per character on one ``--long`` MB article divided by time per
  character on 100 KB articles of the same total size (1.00 is perfectly linear);
* **import time** of ``import newsfacts`` in a fresh interpreter (best of 5), and the
  cost of the first extraction, when plugins, data tables and dateparser load;
* **peak memory** while extracting the long article (tracemalloc, in a fresh process),
  and how many times the text's size that is;
* **hostile inputs**: each input of ``newsfacts.testing.adversarial_inputs`` beside plain
  news of the same size; ``SLOW`` marks one more than 5x slower.

Targets (issue 9/10): pipeline >= 1,000,000 chars/s, each plugin >= 3,000,000 chars/s,
scaling within 10%, import < 0.3 s, peak memory < 3x the text plus a fixed overhead,
no hostile input more than 5x slower than news.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import time
from collections.abc import Callable, Iterable, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import MB, corpus_records, plain_news

import newsfacts
from newsfacts.testing import adversarial_inputs, long_article

PUBLISHED = "2018-12-21T13:47:00+09:00"
SLOW_FACTOR = 5.0


def _rate(chars: int, seconds: float) -> float:
    return chars / seconds if seconds > 0 else float("inf")


def _fmt_rate(cps: float) -> str:
    if cps == float("inf"):
        return "-"
    if cps >= 1e6:
        return f"{cps / 1e6:.2f} M"
    return f"{cps / 1e3:.0f} k"


def _warm(extractor: newsfacts.Extractor) -> float:
    """Run once on a small article so lazy loading is not counted; returns that first run's seconds."""
    sample = corpus_records(20_000, seed=99)
    started = time.perf_counter()
    for r in sample:
        extractor.extract(r["text"], published=r["published"])
    return time.perf_counter() - started


def _extract_all(
    extractor: newsfacts.Extractor, texts: Iterable[tuple[str, str | None]]
) -> tuple[float, int, int]:
    """Extract each text; returns wall seconds, characters and the number of plugin error records."""
    chars = errors = 0
    started = time.perf_counter()
    for text, published in texts:
        facts = extractor.extract(text, published=published)
        chars += len(text)
        errors += len(facts.errors)
    return time.perf_counter() - started, chars, errors


# --------------------------------------------------------------------------- sections


def throughput(size: int, profile: int = 0) -> dict[str, Any]:
    """Whole-pipeline and per-plugin characters per second over a corpus of ordinary articles."""
    records = corpus_records(size)
    extractor = newsfacts.Extractor(autoload=False)
    cold = _warm(extractor)
    extractor.timings.clear()
    items = [(r["text"], r["published"]) for r in records]
    if profile:
        import cProfile
        import pstats

        prof = cProfile.Profile()
        prof.enable()
    seconds, chars, errors = _extract_all(extractor, items)
    if profile:
        prof.disable()
        pstats.Stats(prof, stream=sys.stderr).sort_stats("cumulative").print_stats(profile)
    per_plugin: dict[str, dict[str, float]] = {}
    for (plugin, stage), spent in sorted(extractor.timings.items()):
        per_plugin.setdefault(plugin, {})[stage] = spent
    plugins: dict[str, dict[str, Any]] = {
        plugin: {
            "seconds": sum(stages.values()),
            "chars_per_s": _rate(chars, sum(stages.values())),
            "stages": stages,
        }
        for plugin, stages in per_plugin.items()
    }
    in_plugins = sum(sum(stages.values()) for stages in per_plugin.values())
    return {
        "articles": len(records),
        "chars": chars,
        "seconds": seconds,
        "chars_per_s": _rate(chars, seconds),
        "core_seconds": seconds - in_plugins,
        "error_records": errors,
        "first_run_seconds": cold,
        "plugins": plugins,
    }


def _by_plugin(timings: dict[tuple[str, str], float]) -> dict[str, float]:
    out: dict[str, float] = {}
    for (plugin, _stage), spent in timings.items():
        out[plugin] = out.get(plugin, 0.0) + spent
    return out


def scaling(long_size: int) -> dict[str, Any]:
    """Time per character on one long article against 100 KB articles of the same total size."""
    extractor = newsfacts.Extractor(autoload=False)
    _warm(extractor)
    piece = 100_000
    pieces = [long_article(piece, seed=3000 + i) for i in range(max(1, long_size // piece))]
    extractor.timings.clear()
    short_s, short_chars, _ = _extract_all(extractor, ((p, PUBLISHED) for p in pieces))
    short_parts = _by_plugin(extractor.timings)
    long_text = long_article(long_size)
    extractor.timings.clear()
    long_s, long_chars, errors = _extract_all(extractor, [(long_text, PUBLISHED)])
    long_parts = _by_plugin(extractor.timings)
    per_short = short_s / short_chars
    per_long = long_s / long_chars
    short_parts["core"] = short_s - sum(short_parts.values())
    long_parts["core"] = long_s - sum(long_parts.values())
    # Each part's own ratio (time per char, long / short): a super-linear stage stands out.
    parts = {
        name: (long_parts.get(name, 0.0) / long_chars) / (short_parts[name] / short_chars)
        for name in short_parts
        if short_parts[name] > 0
    }
    return {
        "parts": parts,
        "long_chars": long_chars,
        "long_seconds": long_s,
        "long_chars_per_s": _rate(long_chars, long_s),
        "short_articles": len(pieces),
        "short_chars": short_chars,
        "short_seconds": short_s,
        "short_chars_per_s": _rate(short_chars, short_s),
        "ratio": per_long / per_short,
        "error_records": errors,
    }


_IMPORT = """
import sys, time
t = time.perf_counter()
import newsfacts
imported = time.perf_counter() - t
heavy = sorted(m for m in sys.modules if m.split('.')[0] in ('dateparser', 'regex') or m.startswith('newsfacts_'))
t = time.perf_counter()
ex = newsfacts.Extractor(autoload=False)
built = time.perf_counter() - t
t = time.perf_counter()
ex.extract("SEOUL, Dec. 21 (Yonhap) -- Kim Jin-hyang said 3,000-5,000 firms may return in spring.", published="2018-12-21T13:47+09:00")
first = time.perf_counter() - t
import json
print(json.dumps({"import": imported, "extractor": built, "first_extract": first, "loaded_at_import": heavy}))
"""


def import_time(runs: int = 5) -> dict[str, Any]:
    """``import newsfacts`` in fresh interpreters: best of ``runs``, and the cold-start costs after it."""
    results = []
    for _ in range(runs):
        out = subprocess.run([sys.executable, "-c", _IMPORT], capture_output=True, text=True, check=True)
        results.append(json.loads(out.stdout))
    best = min(results, key=lambda r: r["import"])
    return {
        "import_seconds": best["import"],
        "extractor_seconds": min(r["extractor"] for r in results),
        "first_extract_seconds": min(r["first_extract"] for r in results),
        "loaded_at_import": best["loaded_at_import"],
    }


_MEMORY = """
import json, resource, sys, tracemalloc
sys.path.insert(0, {here!r})
import newsfacts
path, mode = sys.argv[1], sys.argv[2]
with open(path, encoding="utf-8") as f:
    text = f.read()
ex = newsfacts.Extractor(autoload=False)
ex.extract(text[:50_000], published="2018-12-21T13:47+09:00")
text_bytes = sys.getsizeof(text)
if mode == "tracemalloc":
    tracemalloc.start()
    facts = ex.extract(text, published="2018-12-21T13:47+09:00")
    _, peak_extract = tracemalloc.get_traced_memory()
    tracemalloc.reset_peak()
    doc = facts.to_json()
    _, peak_json = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(json.dumps({{"peak_extract": peak_extract, "peak_with_json": peak_json, "text_bytes": text_bytes,
                      "utf8_bytes": len(text.encode("utf-8")), "json_bytes": len(doc.encode("utf-8")),
                      "entities": len(facts.entities), "claims": len(facts.claims)}}))
else:
    def high_water():
        # VmHWM belongs to this process; ru_maxrss can carry the parent's peak across fork.
        try:
            with open("/proc/self/status") as f:
                for line in f:
                    if line.startswith("VmHWM:"):
                        return int(line.split()[1]) * 1024
        except OSError:
            pass
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    before = high_water()
    facts = ex.extract(text, published="2018-12-21T13:47+09:00")
    after = high_water()
    print(json.dumps({{"rss_before": before, "rss_after": after}}))
"""


def peak_memory(long_size: int) -> dict[str, Any]:
    """Peak memory of extracting one long article, measured in fresh processes (tracemalloc and RSS)."""
    import tempfile

    code = _MEMORY.format(here=str(Path(__file__).resolve().parent))
    runs: dict[str, dict[str, Any]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        # The article is read from a file, so making it does not raise the process's high-water mark.
        path = Path(tmp) / "long.txt"
        path.write_text(long_article(long_size), encoding="utf-8")
        for mode in ("tracemalloc", "rss"):
            done = subprocess.run(
                [sys.executable, "-c", code, str(path), mode], capture_output=True, text=True, check=True
            )
            runs[mode] = json.loads(done.stdout)
    traced, rss = runs["tracemalloc"], runs["rss"]
    return {
        **traced,
        **rss,
        "rss_growth": rss["rss_after"] - rss["rss_before"],
        "ratio_to_text": traced["peak_extract"] / traced["text_bytes"],
        "ratio_to_utf8": traced["peak_extract"] / traced["utf8_bytes"],
    }


def hostile(scale: float, repeat: int) -> dict[str, Any]:
    """Each hostile input's speed beside plain news of the same length."""
    extractor = newsfacts.Extractor(autoload=False)
    _warm(extractor)
    rows: dict[str, Any] = {}
    for name, text in adversarial_inputs(scale).items():
        plain = plain_news(len(text), seed=len(text))
        t_hostile = min(_extract_all(extractor, [(text, PUBLISHED)])[0] for _ in range(repeat))
        t_plain = min(_extract_all(extractor, [(plain, PUBLISHED)])[0] for _ in range(repeat))
        facts = extractor.extract(text, published=PUBLISHED)
        ratio = t_hostile / t_plain if t_plain > 0 else float("inf")
        rows[name] = {
            "chars": len(text),
            "chars_per_s": _rate(len(text), t_hostile),
            "news_chars_per_s": _rate(len(plain), t_plain),
            "slowdown": ratio,
            "slow": ratio > SLOW_FACTOR,
            "error_records": [f"{e.plugin}/{e.stage}: {e.error}" for e in facts.errors],
        }
    return rows


# --------------------------------------------------------------------------- report


def report(results: dict[str, Any]) -> str:
    """The results as the Markdown tables docs/benchmarks.md quotes."""
    lines: list[str] = []
    env = results["environment"]
    lines.append(
        f"Measured {env['when']} on {env['machine']} ({env['cpus']} CPUs), Python {env['python']}, "
        f"newsfacts {env['newsfacts']}; plugins: {', '.join(env['plugins'])}."
    )
    if "throughput" in results:
        t = results["throughput"]
        lines += [
            "",
            f"Throughput over {t['articles']:,} articles, {t['chars']:,} characters "
            f"({t['error_records']} error records):",
            "",
            "| part | seconds | chars/s | target |",
            "|---|---:|---:|---:|",
            f"| whole pipeline | {t['seconds']:.2f} | {_fmt_rate(t['chars_per_s'])} | 1 M |",
        ]
        for name, p in sorted(t["plugins"].items(), key=lambda kv: -kv[1]["seconds"]):
            stages = ", ".join(f"{s} {v:.2f}" for s, v in sorted(p["stages"].items()))
            lines.append(f"| {name} ({stages}) | {p['seconds']:.2f} | {_fmt_rate(p['chars_per_s'])} | 3 M |")
        lines.append(
            f"| core (overlaps, linking, checks) | {t['core_seconds']:.2f} | "
            f"{_fmt_rate(_rate(t['chars'], t['core_seconds']))} | |"
        )
    if "scaling" in results:
        s = results["scaling"]
        lines += [
            "",
            "| scaling | chars | seconds | chars/s |",
            "|---|---:|---:|---:|",
            f"| {s['short_articles']} articles of 100 KB | {s['short_chars']:,} | {s['short_seconds']:.2f} | "
            f"{_fmt_rate(s['short_chars_per_s'])} |",
            f"| one long article | {s['long_chars']:,} | {s['long_seconds']:.2f} | {_fmt_rate(s['long_chars_per_s'])} |",
            "",
            f"Scaling ratio (time per char, long / 100 KB): **{s['ratio']:.2f}** (target <= 1.10); "
            "by part: "
            + ", ".join(f"{name} {r:.2f}" for name, r in sorted(s["parts"].items(), key=lambda kv: -kv[1]))
            + ".",
        ]
    if "import" in results:
        i = results["import"]
        lines += [
            "",
            f"`import newsfacts`: **{i['import_seconds'] * 1000:.0f} ms** (target < 300 ms); "
            f"`Extractor()`: {i['extractor_seconds'] * 1000:.0f} ms; first extraction (loads tables, "
            f"dateparser): {i['first_extract_seconds'] * 1000:.0f} ms. Heavy modules loaded by the import: "
            f"{', '.join(i['loaded_at_import']) or 'none'}.",
        ]
    if "memory" in results:
        m = results["memory"]
        lines += [
            "",
            f"Peak memory extracting one article of {m['utf8_bytes'] / MB:.1f} MB (UTF-8; {m['text_bytes'] / MB:.1f} MB "
            f"as a Python str): **{m['peak_extract'] / MB:.1f} MB** traced = {m['ratio_to_utf8']:.2f}x the UTF-8 size "
            f"({m['ratio_to_text']:.2f}x the str), {m['peak_with_json'] / MB:.1f} MB while writing its "
            f"{m['json_bytes'] / MB:.1f} MB of JSON; the process's peak RSS rose by {m['rss_growth'] / MB:.1f} MB "
            f"to {m['rss_after'] / MB:.0f} MB "
            f"({m['entities']:,} entities, {m['claims']:,} claims).",
        ]
    if "hostile" in results:
        lines += [
            "",
            "| hostile input | chars | chars/s | news chars/s | slowdown | |",
            "|---|---:|---:|---:|---:|---|",
        ]
        for name, h in results["hostile"].items():
            flag = "SLOW" if h["slow"] else ""
            if h["error_records"]:
                flag += (" " if flag else "") + f"{len(h['error_records'])} errors"
            lines.append(
                f"| {name} | {h['chars']:,} | {_fmt_rate(h['chars_per_s'])} | "
                f"{_fmt_rate(h['news_chars_per_s'])} | {h['slowdown']:.2f}x | {flag} |"
            )
        errors = [f"{n}: {e}" for n, h in results["hostile"].items() for e in h["error_records"]]
        if errors:
            lines += ["", "Error records on hostile inputs:", *(f"- {e[:300]}" for e in errors)]
    return "\n".join(lines)


def environment() -> dict[str, Any]:
    """Where and when the numbers were taken."""
    return {
        "when": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "machine": f"{platform.system()} {platform.machine()}",
        "cpus": os.cpu_count(),
        "python": platform.python_version(),
        "newsfacts": newsfacts.__version__,
        "plugins": newsfacts.Extractor(autoload=False).plugin_names(),
    }


SECTIONS = ("throughput", "scaling", "import", "memory", "hostile")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="newsfacts benchmarks (see docs/benchmarks.md)")
    parser.add_argument("--size", type=float, default=10.0, help="corpus size in MB (default 10)")
    parser.add_argument("--long", type=float, default=10.0, help="long article size in MB (default 10)")
    parser.add_argument(
        "--scale", type=float, default=1.0, help="size factor for the hostile inputs (default 1)"
    )
    parser.add_argument(
        "--repeat", type=int, default=3, help="runs per hostile input, best taken (default 3)"
    )
    parser.add_argument(
        "--quick", action="store_true", help="1 MB corpus, 1 MB article, hostile inputs at 0.2"
    )
    parser.add_argument("--only", action="append", choices=SECTIONS, help="run only these sections")
    parser.add_argument(
        "--profile", type=int, default=0, metavar="N", help="cProfile the corpus run, print N rows"
    )
    parser.add_argument("--json", metavar="PATH", help="also write the raw results as JSON")
    args = parser.parse_args(argv)
    if args.quick:
        args.size, args.long, args.scale = min(args.size, 1.0), min(args.long, 1.0), min(args.scale, 0.2)
    wanted = args.only or list(SECTIONS)
    results: dict[str, Any] = {"environment": environment()}
    size, long_size = int(args.size * MB), int(args.long * MB)
    steps: dict[str, Callable[[], Any]] = {
        "throughput": lambda: throughput(size, args.profile),
        "scaling": lambda: scaling(long_size),
        "import": import_time,
        "memory": lambda: peak_memory(long_size),
        "hostile": lambda: hostile(args.scale, args.repeat),
    }
    for name in SECTIONS:
        if name in wanted:
            started = time.perf_counter()
            try:
                results[name] = steps[name]()
            except Exception as exc:  # report the other sections all the same
                print(f"[{name} failed: {type(exc).__name__}: {exc}]", file=sys.stderr, flush=True)
                continue
            print(f"[{name}: {time.perf_counter() - started:.1f} s]", file=sys.stderr, flush=True)
    print(report(results))
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=2, default=str), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
