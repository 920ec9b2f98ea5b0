"""Find every compiled pattern of a plugin and time it on worst-case inputs (run as a script).

    python tests/_pattern_probe.py MODULE [SIZE]

Run by ``tests/test_patterns.py`` in a fresh interpreter, so that every pattern is
compiled while we watch: ``re`` and ``regex`` compilation is wrapped before the plugin
is imported, each compile whose nearest caller lies in the plugin's package is
recorded, all of the plugin's submodules are imported, and the plugin is run on news
and hostile text so lazily built patterns (``functools.cache`` factories) are made
too. Module globals are scanned as a backstop. The plugin gets each pattern wrapped,
so the probe sees how it is used: a pattern the plugin only ``match``-es at
positions is probed with ``match``/``fullmatch`` at the start of each worst-case
input; any other (``search``, ``finditer``, ``sub``..., or never called on the
samples) with a ``finditer`` over the whole input. The plugin runs on news,
hostile text and short worst cases first, so most patterns are seen in use; the
probe also notes the longest stretch of text each pattern was applied to, and one
never applied to more than 1,000 characters (a line, a window before a quote) is
probed at up to 8x that length rather than at ``SIZE``.

Inputs grow 8x at a time (1/64, 1/8, all); once a run is slow, the larger sizes
are estimated from the growth seen rather than run. Prints one JSON object per line: ``{"pattern": ...}`` when a pattern starts (so a
hang names its pattern) and ``{"result": ...}`` with the timings; a final
``{"done": ...}`` line gives the count.
"""

from __future__ import annotations

import contextlib
import importlib
import json
import pkgutil
import re
import sys
import time
from collections.abc import Callable, Iterator
from types import ModuleType
from typing import Any

import regex
import regex._main as regex_main

_IGNORED_FRAMES = ("re", "regex", "functools", "sre_compile", "sre_parse", "enum", "typing")

_found: dict[int, tuple[Any, str]] = {}


def _caller_module() -> str:
    frame = sys._getframe(2)
    while frame is not None:
        name = frame.f_globals.get("__name__", "")
        root = name.split(".")[0]
        if root not in _IGNORED_FRAMES and not root.startswith("_"):
            return str(name)
        frame = frame.f_back  # type: ignore[assignment]
    return ""


#: How each recorded pattern was used by the plugin: id(pattern) -> method names.
_used: dict[int, set[str]] = {}


#: The longest stretch of text each pattern was applied to while the plugin ran.
_windows: dict[int, int] = {}


def _window(method: str, args: tuple[Any, ...], kwargs: dict[str, Any]) -> int:
    """How many characters one call lets the pattern see (its string, or ``pos``..``endpos`` of it)."""
    rest = args[1:] if method in ("sub", "subn") else args
    string = rest[0] if rest else kwargs.get("string", "")
    if not isinstance(string, str):
        return 0
    if method in ("sub", "subn", "split", "splititer"):
        return len(string)
    pos = rest[1] if len(rest) > 1 else kwargs.get("pos")
    endpos = rest[2] if len(rest) > 2 else kwargs.get("endpos")
    lo = pos if isinstance(pos, int) else 0
    hi = endpos if isinstance(endpos, int) else len(string)
    return max(0, min(hi, len(string)) - max(lo, 0))


class _Watched:
    """A compiled pattern handed to the plugin in its place, noting which methods the plugin calls.

    Patterns only ever ``match``-ed at a position are probed with ``match``; the
    others (``search``, ``finditer``, ``sub``...) with ``finditer`` over the input.
    """

    __slots__ = ("_pattern",)

    def __init__(self, pattern: Any) -> None:
        object.__setattr__(self, "_pattern", pattern)

    def __getattr__(self, name: str) -> Any:
        value = getattr(self._pattern, name)
        if not callable(value):
            return value
        key = id(self._pattern)
        _used.setdefault(key, set()).add(name)

        def watched(*args: Any, **kwargs: Any) -> Any:
            _windows[key] = max(_windows.get(key, 0), _window(name, args, kwargs))
            return value(*args, **kwargs)

        return watched

    def __hash__(self) -> int:
        return hash(self._pattern)

    def __eq__(self, other: object) -> bool:
        return self._pattern == (other._pattern if isinstance(other, _Watched) else other)


def _wrap(original: Callable[..., Any], package: str) -> Callable[..., Any]:
    def recording(pattern: Any, *args: Any, **kwargs: Any) -> Any:
        if isinstance(pattern, _Watched):
            pattern = pattern._pattern
        compiled = original(pattern, *args, **kwargs)
        where = _caller_module()
        if where == package or where.startswith(package + "."):
            _found.setdefault(id(compiled), (compiled, where))
            return _Watched(compiled)
        return compiled

    return recording


def _is_pattern(obj: Any) -> bool:
    return isinstance(obj, re.Pattern | regex.Pattern)


def _scan(value: Any, where: str, depth: int = 0) -> None:
    """Record patterns held in module globals, containers and zero-argument cached factories."""
    if depth > 3:
        return
    if isinstance(value, _Watched):
        value = value._pattern
    if _is_pattern(value):
        _found.setdefault(id(value), (value, where))
    elif isinstance(value, dict):
        for v in list(value.values())[:10_000]:
            _scan(v, where, depth + 1)
    elif isinstance(value, list | tuple | set | frozenset):
        for v in list(value)[:10_000]:
            _scan(v, where, depth + 1)


def _submodules(package: str) -> Iterator[ModuleType]:
    root = importlib.import_module(package)
    yield root
    for info in pkgutil.walk_packages(getattr(root, "__path__", []), prefix=package + "."):
        yield importlib.import_module(info.name)


def _force_factories(module: ModuleType) -> None:
    """Call the module's zero-argument ``functools.cache`` factories (where lazy patterns live)."""
    import inspect

    for value in list(vars(module).values()):
        if (
            callable(value)
            and hasattr(value, "cache_info")
            and getattr(value, "__module__", "") == module.__name__
        ):
            try:
                sig = inspect.signature(value)
            except (TypeError, ValueError):
                continue
            if all(
                p.default is not p.empty or p.kind in (p.VAR_POSITIONAL, p.VAR_KEYWORD)
                for p in sig.parameters.values()
            ):
                # a factory that needs the world set up differently is skipped
                with contextlib.suppress(Exception):
                    _scan(value(), module.__name__)


# --------------------------------------------------------------------------- worst cases


def _literal_words(source: str) -> list[str]:
    """Words written literally in a pattern ("Ministry", "said", "Kim"): inputs built from them reach deep."""
    stripped = re.sub(r"\\[A-Za-z]|\(\?[A-Za-z]+\)|\(\?P?<[^>]*>|\\p\{[^}]*\}", " ", source)
    words = re.findall(r"[A-Za-z][A-Za-z']{1,}", stripped)
    seen: dict[str, None] = {}
    for w in words:
        seen.setdefault(w, None)
    return list(seen)[:40] or ["Kim"]


def _fill(unit: str, size: int) -> str:
    return (unit * (size // max(1, len(unit)) + 1))[:size]


def worst_cases(source: str, size: int) -> dict[str, str]:
    """Inputs that make naive patterns backtrack: long runs of what a pattern almost matches."""
    words = _literal_words(source)
    caps = [w[:1].upper() + w[1:] for w in words]
    runs = {
        "letters": "a",
        "capitals": "A",
        "spaces": " ",
        "newlines": "\n",
        "crlf": "\r\n",
        "digits": "1",
        "dots": ".",
        "hyphens": "-",
        "commas": ",",
        "open_parens": "(",
        "curly_open_quotes": "“",
        "straight_quotes": '"',
        "apostrophes": "'",
        "capitalised_words": "Kim Park Seoul Minister Korea Lee Institute ",
        "hyphen_numbers": "1-2-3-4-5-6-7-8-9-",
        "hyphen_syllables": "Jin-hyang-",
        "capital_hyphen_syllables": "Jin-Hyang-",
        "digit_groups": "1,000,",
        "decimals": "1.2.",
        "spaced_numbers": "12 ",
        "titles": "Mr. Dr. Rep. ",
        "of_the": "of the ",
        "initials": "A. B. ",
        "quote_words": "“Yes ",
        "said_runs": "said Kim, ",
        "months": "Dec. 17 ",
        "money": "$1 million won ",
        "ranges": "3,000-5,000 ",
        "zero_width": "K\u200bim ",
        "hangul": "김진향 ",
    }
    out = {name: _fill(unit, size) + "\x00!" for name, unit in runs.items()}
    out["pattern_words"] = _fill(" ".join(words) + " ", size) + "\x00!"
    out["pattern_words_capitalised"] = _fill(" ".join(caps) + " ", size) + "\x00!"
    out["pattern_words_hyphenated"] = _fill("-".join(caps) + "-", size) + "\x00!"
    out["pattern_words_joined"] = _fill("".join(caps), size) + "\x00!"
    return out


_SCANNING = {"search", "finditer", "findall", "sub", "subn", "split", "splititer", "scanner"}


def _time(pattern: Any, text: str, runs: int, anchored: tuple[str, ...]) -> float:
    """Best time of ``runs``: the anchored methods the plugin uses, at the start, or else a full ``finditer``."""
    best = float("inf")
    extra = {"timeout": 60} if isinstance(pattern, regex.Pattern) else {}
    for _ in range(runs):
        started = time.perf_counter()
        if anchored:
            for method in anchored:
                getattr(pattern, method)(text, **extra)
        else:
            for _ in pattern.finditer(text, **extra):
                pass
        best = min(best, time.perf_counter() - started)
    return best


WINDOWED = 1_000  # characters: a pattern never applied to more is "windowed"
SLOW_RUN = 0.05  # seconds: a run this slow is not repeated on a larger input


def _grow(pattern: Any, text: str, size: int, anchored: tuple[str, ...]) -> tuple[float, float]:
    """Time ``pattern`` on 1/64, 1/8 and all of ``text``; returns (time at 1/8, time at the full size).

    Each step is 8x larger. Once a run is slow, the larger ones are not run but
    estimated from the growth seen so far (a quadratic pattern would take minutes),
    so the probe's own time stays bounded.
    """
    sizes = [size // 64, size // 8, size]
    times: list[float] = []
    for n in sizes:
        if times and times[-1] >= SLOW_RUN:
            growth = times[-1] / times[-2] if len(times) > 1 and times[-2] > 0 else 64.0
            times.append(times[-1] * max(growth, 8.0))
            continue
        sample = text if n >= len(text) else text[:n] + "\x00!"
        times.append(_time(pattern, sample, 3 if n < size else 2, anchored))
    return times[1], times[2]


def main() -> None:
    package = sys.argv[1]
    size = int(sys.argv[2]) if len(sys.argv) > 2 else 32_000
    re._compile = _wrap(re._compile, package)  # type: ignore[attr-defined]
    regex_main._compile = _wrap(regex_main._compile, package)  # type: ignore[attr-defined]

    modules = list(_submodules(package))

    import newsfacts
    from newsfacts.testing import adversarial_inputs, hostile_texts, long_article, news_corpus, sample_texts

    extractor = newsfacts.Extractor(plugins=[modules[0]])
    samples = (
        *sample_texts(),
        *news_corpus(30_000, seed=5),
        *hostile_texts(),
        *adversarial_inputs(0.01).values(),
        *worst_cases("", 2_000).values(),
        # long texts, and a long text without a line break, so a pattern applied to a
        # whole text, paragraph or line is seen applied to 20,000 characters or more
        long_article(40_000),
        long_article(20_000, seed=9).replace("\r", " ").replace("\n", " "),
    )
    for text in samples:
        for published in (None, "2018-12-21T13:47:00+09:00"):
            extractor.extract(text, published=published)
    for module in modules:
        _force_factories(module)
        for value in list(vars(module).values()):
            _scan(value, module.__name__)

    seen: set[tuple[str, str, int]] = set()
    count = 0
    for pattern, where in _found.values():
        source = pattern.pattern
        if not isinstance(source, str):
            continue  # bytes patterns never see article text
        key = (type(pattern).__name__, source, int(pattern.flags))
        if key in seen:
            continue
        seen.add(key)
        count += 1
        label = f"{where}: {source[:160]!r}"
        used = _used.get(id(pattern), set())
        anchored = tuple(sorted(used & {"match", "fullmatch"})) if used and not used & _SCANNING else ()
        # A pattern the plugin only ever applies to short windows (a line it checks, the
        # 24 characters before a quote) although it saw inputs of 30,000 characters is
        # probed at the sizes it can meet: up to 8x its longest window.
        window = _windows.get(id(pattern), 0)
        windowed = bool(used) and window < WINDOWED
        probe_size = min(size, max(64, 8 * window)) if windowed else size
        print(json.dumps({"pattern": label}), flush=True)
        worst: dict[str, Any] = {"input": "", "seconds": -1.0, "seconds_small": 0.0}
        for name, text in worst_cases(source, size).items():
            t_small, t_big = _grow(pattern, text[:probe_size], probe_size, anchored)
            if t_big > worst["seconds"]:
                worst = {"input": name, "seconds": t_big, "seconds_small": t_small}
        print(
            json.dumps(
                {
                    "result": {
                        "pattern": label,
                        "module": where,
                        "source": source[:160],
                        "used": sorted(used),
                        "probed_with": "+".join(anchored) or "finditer",
                        "window": window,
                        "windowed": windowed,
                        "size": probe_size,
                        "small_size": probe_size // 8,
                        **worst,
                    }
                }
            ),
            flush=True,
        )
    print(json.dumps({"done": count}), flush=True)


if __name__ == "__main__":
    main()
