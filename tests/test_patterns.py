"""No catastrophic backtracking: every compiled pattern of every bundled plugin, on worst-case inputs.

A probe (``tests/_pattern_probe.py``) runs in a fresh interpreter per plugin, records
each pattern the plugin compiles (at import, in lazy factories, or while it runs on
news and hostile text) and runs it over long runs of what patterns almost match:
capitalised words, "1-2-3-…", hyphenated syllables, quote marks, digit groups, the
pattern's own literal words... Each is probed the way the plugin uses it (``match``
at a position, or scanning with ``search``/``finditer``/``split``), and at the
lengths it can meet: a pattern only ever applied to short windows (a line of at most
60 characters, the 24 characters before a quote) is probed at 8x its longest window.
The checks are generous, to catch super-linear
patterns rather than slow machines: the probe must finish within its hang guard, and
no pattern may take both over a tenth of a second on the full input (32,000
characters) and over 24 times its time on an eighth of it (linear is 8x, quadratic 64x).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

PROBE = Path(__file__).with_name("_pattern_probe.py")
SIZE = 32_000
HANG_GUARD = 180.0  # seconds for one plugin's whole probe; a healthy one takes a few

BUNDLED = {
    "korean_names": "newsfacts_korean_names",
    "organizations": "newsfacts_organizations",
    "quantities": "newsfacts_quantities",
    "dates": "newsfacts_dates",
    "quotes": "newsfacts_quotes",
    "page_reader": "newsfacts_page_reader",
}


def _probe(package: str) -> tuple[list[dict[str, Any]], int]:
    try:
        done = subprocess.run(
            [sys.executable, str(PROBE), package, str(SIZE)],
            capture_output=True,
            text=True,
            timeout=HANG_GUARD,
        )
    except subprocess.TimeoutExpired as exc:
        out = exc.stdout.decode() if isinstance(exc.stdout, bytes) else (exc.stdout or "")
        started = [json.loads(line)["pattern"] for line in out.splitlines() if '"pattern": ' in line[:12]]
        last = started[-1] if started else "(before the first pattern)"
        pytest.fail(f"{package}: the pattern probe hung (> {HANG_GUARD:.0f} s) at {last}")
    assert done.returncode == 0, f"{package}: the pattern probe failed:\n{done.stderr[-3000:]}"
    results: list[dict[str, Any]] = []
    count = -1
    for line in done.stdout.splitlines():
        item = json.loads(line)
        if "result" in item:
            results.append(item["result"])
        elif "done" in item:
            count = int(item["done"])
    return results, count


def _compiles_patterns(package: str) -> bool:
    """Whether the plugin's source compiles any pattern (so finding none would be a probe failure)."""
    import importlib.util

    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        return False
    for folder in spec.submodule_search_locations:
        for path in Path(folder).rglob("*.py"):
            source = path.read_text(encoding="utf-8")
            if "compile(" in source:
                return True
    return False


# Known failures, routed to the plugin's owner (remove the mark once fixed; strict=False
# so the fix shows up as XPASS rather than breaking the run).
_KNOWN = {}


@pytest.mark.parametrize(
    "name",
    [
        pytest.param(n, marks=pytest.mark.xfail(strict=False, reason=_KNOWN[n])) if n in _KNOWN else n
        for n in sorted(BUNDLED)
    ],
)
def test_every_pattern_is_linear_on_worst_cases(name: str) -> None:
    package = BUNDLED[name]
    results, count = _probe(package)
    assert count == len(results)
    if _compiles_patterns(package):
        assert count > 0, f"{package} compiles patterns but the probe found none"
    slow = [r for r in results if r["seconds"] > 0.1 and r["seconds"] > 24 * max(r["seconds_small"], 1e-6)]
    assert not slow, "super-linear patterns:\n" + "\n".join(
        f"  {r['pattern']} ({r['probed_with']}) on {r['input']!r}: {r['seconds']:.3f} s for "
        f"{r['size']} chars, {r['seconds_small']:.4f} s for {r['small_size']}"
        for r in slow
    )


def test_the_probe_finds_patterns_and_flags_a_quadratic_one(tmp_path: Path) -> None:
    # A throwaway plugin: a module-level pattern, and two lazily compiled ones that
    # backtrack over a run of blanks from every start (quadratic when scanning): one
    # scanned over the whole text, one only ever applied to the first 50 characters.
    pkg = tmp_path / "probe_sample_plugin"
    pkg.mkdir()
    (pkg / "__init__.py").write_text(
        "import functools, re\n"
        "import regex\n"
        "from newsfacts import hookimpl\n"
        "FINE = re.compile(r'\\b[A-Z][a-z]+\\b')\n"
        "@functools.cache\n"
        "def _slow():\n"
        "    return regex.compile(r'[ \\t]+\\w')\n"
        "@functools.cache\n"
        "def _short():\n"
        "    return regex.compile(r'[ \\t]+\\d')\n"
        "@hookimpl\n"
        "def newsfacts_find_mentions(article):\n"
        "    FINE.findall(article.text)\n"
        "    _slow().search(article.text)\n"
        "    _short().search(article.text[:50])\n"
        "    return []\n",
        encoding="utf-8",
    )
    done = subprocess.run(
        [sys.executable, str(PROBE), "probe_sample_plugin", str(SIZE)],
        capture_output=True,
        text=True,
        timeout=HANG_GUARD,
        env={**os.environ, "PYTHONPATH": str(tmp_path)},
        check=True,
    )
    results = {
        r["source"]: r
        for r in (
            json.loads(line)["result"] for line in done.stdout.splitlines() if line.startswith('{"result"')
        )
    }
    slow, short, fine = (
        next(r for p, r in results.items() if key in p) for key in ("]+\\w", "]+\\d", "[A-Z]")
    )
    assert not fine["windowed"] and not slow["windowed"] and short["windowed"]
    assert short["size"] <= 8 * 50
    assert slow["seconds"] > 24 * slow["seconds_small"] and slow["seconds"] > 0.1
    assert not (fine["seconds"] > 0.1 and fine["seconds"] > 24 * fine["seconds_small"])
