"""Whole archives: ordered, bounded-memory extraction over many articles on many cores.

Work is handed to worker processes a few items at a time and results come back in
input order; at most ``window`` items are in flight, so memory stays constant however
long the input is. Each worker builds its own :class:`~newsfacts.Extractor` from the
parent's options (the extractor pickles by its construction arguments), so plugins are
loaded once per process, never per article.
"""

from __future__ import annotations

import json
import multiprocessing
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import TYPE_CHECKING, Any

import attrs

from newsfacts.errors import InputError

if TYPE_CHECKING:
    from multiprocessing.pool import AsyncResult

    from newsfacts.pipeline import Extractor, Facts

__all__ = ["Outcome", "iter_jsonl_records", "run_ordered"]

_WORKER: Extractor | None = None


@attrs.frozen
class Outcome:
    """One item's result: ``facts`` (or its JSON text), or the input ``error`` that stopped it."""

    index: int
    label: str
    facts: Facts | None = None
    json: str | None = None
    error: str | None = None


def _init_worker(extractor: Extractor) -> None:
    global _WORKER
    _WORKER = extractor


def _run_one(
    extractor: Extractor,
    index: int,
    label: str,
    item: Any,
    options: Mapping[str, Any],
    as_json: bool,
    indent: int | None = None,
) -> Outcome:
    if isinstance(item, _Bad):
        return Outcome(index=index, label=label, error=item.message)
    try:
        if isinstance(item, Mapping):
            record = dict(item)
            body = record.pop("text", None)
            if not isinstance(body, str | bytes):
                raise InputError(f"{label}: a record needs a 'text' string")
            record_id = record.pop("id", None)
            merged = {**options, **{k: v for k, v in record.items() if v is not None}}
            if record_id is not None:
                merged["id"] = str(record_id)
            facts = extractor.extract(body, **merged)
        else:
            facts = extractor.extract(item, **options)
    except InputError as exc:
        return Outcome(index=index, label=label, error=str(exc))
    if as_json:
        return Outcome(index=index, label=label, json=facts.to_json(indent=indent))
    return Outcome(index=index, label=label, facts=facts)


def _worker_run(
    index: int, label: str, item: Any, options: Mapping[str, Any], as_json: bool, indent: int | None
) -> Outcome:
    assert _WORKER is not None, "worker process was not initialised"
    return _run_one(_WORKER, index, label, item, options, as_json, indent)


def run_ordered(
    extractor: Extractor,
    items: Iterable[tuple[str, Any]],
    *,
    jobs: int = 1,
    window: int | None = None,
    as_json: bool = False,
    indent: int | None = None,
    options: Mapping[str, Any] | None = None,
    on_progress: Callable[[Outcome], None] | None = None,
) -> Iterator[Outcome]:
    """Extract ``(label, item)`` pairs on ``jobs`` processes, yielding outcomes in input order.

    An item is article text or bytes, a :class:`RawDocument`, an :class:`Article`, or a
    record mapping (``text`` plus ``published``, ``url``, ``id``...). Input errors of
    one item are reported in its outcome and never stop the others.
    """
    opts = dict(options or {})
    if jobs <= 1:
        for index, (label, item) in enumerate(items):
            outcome = _run_one(extractor, index, label, item, opts, as_json, indent)
            if on_progress:
                on_progress(outcome)
            yield outcome
        return
    limit = window or jobs * 8
    ctx = multiprocessing.get_context("spawn")
    with ctx.Pool(processes=jobs, initializer=_init_worker, initargs=(extractor,)) as pool:
        pending: deque[AsyncResult[Outcome]] = deque()
        for index, (label, item) in enumerate(items):
            pending.append(pool.apply_async(_worker_run, (index, label, item, opts, as_json, indent)))
            if len(pending) >= limit:
                outcome = pending.popleft().get()
                if on_progress:
                    on_progress(outcome)
                yield outcome
        while pending:
            outcome = pending.popleft().get()
            if on_progress:
                on_progress(outcome)
            yield outcome


def iter_jsonl_records(lines: Iterable[str | bytes], label: str) -> Iterator[tuple[str, Any]]:
    """Read a JSONL stream of article records lazily: ``(label:line, record)`` pairs.

    A line that is not a JSON object becomes an item that fails with a clear message
    (the stream goes on); blank lines are skipped.
    """
    for number, line in enumerate(lines, start=1):
        if isinstance(line, bytes):
            line = line.decode("utf-8", errors="replace")
        if not line.strip():
            continue
        where = f"{label}:{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield where, _Bad(f"{where}: not JSON ({exc.msg})")
            continue
        if not isinstance(record, dict):
            yield where, _Bad(f"{where}: expected a JSON object with a 'text' field")
            continue
        yield where, record


@attrs.frozen
class _Bad:
    """A stand-in for an unreadable line: its outcome is the error ``message``."""

    message: str
