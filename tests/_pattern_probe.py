"""Find every compiled pattern of a plugin and time it on worst-case inputs (run as a script).

    python tests/_pattern_probe.py MODULE [SIZE]

Run by ``tests/test_patterns.py`` in a fresh interpreter, so that every pattern is
compiled while we watch: ``re`` and ``regex`` compilation is wrapped before the plugin
is imported, each compile whose nearest caller lies in the plugin's package is
recorded, all of the plugin's submodules are imported, and the plugin is run on news
and hostile text so lazily built patterns (``functools.cache`` factories) are made
too. Module globals are scanned as a backstop. Then every pattern is run with
``finditer`` over worst-case inputs at ``SIZE`` characters and at a tenth of that.

Prints one JSON object per line: ``{"pattern": ...}`` when a pattern starts (so a
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


def _wrap(original: Callable[..., Any], package: str) -> Callable[..., Any]:
    def recording(*args: Any, **kwargs: Any) -> Any:
        pattern = original(*args, **kwargs)
        where = _caller_module()
        if where == package or where.startswith(package + "."):
            _found.setdefault(id(pattern), (pattern, where))
        return pattern

    return recording


def _is_pattern(obj: Any) -> bool:
    return isinstance(obj, re.Pattern | regex.Pattern)


def _scan(value: Any, where: str, depth: int = 0) -> None:
    """Record patterns held in module globals, containers and zero-argument cached factories."""
    if depth > 3:
        return
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


def _time(pattern: Any, text: str) -> float:
    started = time.perf_counter()
    if isinstance(pattern, regex.Pattern):
        for _ in pattern.finditer(text, timeout=30):
            pass
    else:
        for _ in pattern.finditer(text):
            pass
    return time.perf_counter() - started


def main() -> None:
    package = sys.argv[1]
    size = int(sys.argv[2]) if len(sys.argv) > 2 else 50_000
    re._compile = _wrap(re._compile, package)  # type: ignore[attr-defined]
    regex_main._compile = _wrap(regex_main._compile, package)  # type: ignore[attr-defined]

    modules = list(_submodules(package))

    import newsfacts
    from newsfacts.testing import adversarial_inputs, hostile_texts, sample_texts

    extractor = newsfacts.Extractor(plugins=[modules[0]])
    for text in (*sample_texts(), *hostile_texts(), *adversarial_inputs(0.01).values()):
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
        print(json.dumps({"pattern": label}), flush=True)
        worst_name, worst_big, worst_small = "", -1.0, 0.0
        for name, text in worst_cases(source, size).items():
            big = min(_time(pattern, text) for _ in range(2))
            if big > worst_big:
                small_text = text[: size // 10] + "\x00!"
                small = min(_time(pattern, small_text) for _ in range(3))
                worst_name, worst_big, worst_small = name, big, small
        print(
            json.dumps(
                {
                    "result": {
                        "pattern": label,
                        "module": where,
                        "input": worst_name,
                        "seconds": worst_big,
                        "seconds_tenth": worst_small,
                        "size": size,
                    }
                }
            ),
            flush=True,
        )
    print(json.dumps({"done": count}), flush=True)


if __name__ == "__main__":
    main()
