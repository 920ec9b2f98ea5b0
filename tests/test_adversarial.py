"""Hostile input: each one processed by the whole pipeline without error, exception or hang.

Every input runs in a fresh interpreter under a generous hang guard: a run that
should take about a second fails at 60 seconds (the 10 MB article, about ten
seconds, at 180), and before it is killed
``faulthandler`` prints where it was stuck (which plugin, which function). There are
no other timed assertions here; the benchmark (``benchmarks/bench.py``) reports each
input's speed beside plain news of the same size. The inputs are
``newsfacts.testing.adversarial_inputs()``: 100,000 unbalanced quote marks,
"1-2-3-…" with 100,000 numbers, 50,000 capitalised words in a row, 100,000 hyphenated
syllables, deeply nested quotes, NUL bytes and lone surrogates, mixed scripts and
right-to-left marks, CRLF and CR line endings, zero-width characters inside names...
"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from newsfacts.testing import ADVERSARIAL_NAMES

HANG_GUARD = 60.0
# The 10 MB article should take about ten seconds at the pipeline's target speed.
LONG_HANG_GUARD = 180.0

_RUN = """
import faulthandler, json, sys
faulthandler.dump_traceback_later({dump}, exit=False)
import newsfacts
from newsfacts.testing import adversarial_inputs, check_facts, long_article

name, scale = sys.argv[1], float(sys.argv[2])
if name == "long_article":
    text = long_article(int(10_000_000 * scale))
else:
    text = adversarial_inputs(scale)[name]
extractor = newsfacts.Extractor()
facts = extractor.extract(text, published="2018-12-21T13:47:00+09:00")
check_facts(facts, text)
sample = extractor.extract(text[:5000], published="2018-12-21T13:47:00+09:00")
print(json.dumps({{"chars": len(text), "entities": len(facts.entities), "claims": len(facts.claims),
                  "sample_entities": len(sample.entities)}}))
"""


def _run(name: str, scale: float = 1.0, guard: float = HANG_GUARD) -> dict[str, int]:
    code = _RUN.format(dump=guard - 5)
    try:
        done = subprocess.run(
            [sys.executable, "-c", code, name, str(scale)],
            capture_output=True,
            text=True,
            timeout=guard,
        )
    except subprocess.TimeoutExpired as exc:
        err = exc.stderr.decode(errors="replace") if isinstance(exc.stderr, bytes) else (exc.stderr or "")
        pytest.fail(f"{name}: no result within {guard:.0f} s; where it was:\n{err[-4000:]}")
    assert done.returncode == 0, f"{name}: failed:\n{done.stderr[-4000:]}"
    result: dict[str, int] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


# Known failures, routed to the plugin's owner (remove the mark once fixed; strict=False
# so the fix shows up as XPASS rather than breaking the run).
_KNOWN = {}


@pytest.mark.parametrize(
    "name",
    [
        pytest.param(n, marks=pytest.mark.xfail(strict=False, reason=_KNOWN[n])) if n in _KNOWN else n
        for n in ADVERSARIAL_NAMES
    ],
)
def test_adversarial_input_is_processed(name: str) -> None:
    result = _run(name)
    assert result["chars"] > 50_000


@pytest.mark.slow
def test_ten_megabyte_article_is_processed() -> None:
    result = _run("long_article", guard=LONG_HANG_GUARD)
    assert result["chars"] == 10_000_000
    # The long article is news through and through: if its first 5,000 characters
    # give facts, the whole gives far more (nothing was cut off or given up on).
    assert result["entities"] >= 100 * result["sample_entities"]
