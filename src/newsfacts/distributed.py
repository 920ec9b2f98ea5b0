"""Beyond one machine: run newsfacts over a Dask bag of article records.

Needs the optional extra ``newsfacts[dask]``. Each partition builds one
:class:`~newsfacts.Extractor` (cached per worker process), so plugins load once per
worker, and the result is a bag of ``newsfacts/1`` JSON lines in input order — the
same lines ``newsfacts extract --format jsonl`` prints.

    import newsfacts.distributed as nd
    lines = nd.extract_jsonl_files(["archive/2018-*.jsonl"], published=None)
    lines.to_textfiles("out/*.jsonl")          # or .compute() for a list
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from newsfacts.errors import InputError
from newsfacts.parallel import _run_one

if TYPE_CHECKING:
    from newsfacts.pipeline import Extractor

__all__ = ["extract_bag", "extract_jsonl_files", "read_records"]

_CACHE: dict[str, Extractor] = {}


def _require_dask() -> Any:
    try:
        import dask.bag
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise InputError("newsfacts.distributed needs Dask: pip install 'newsfacts[dask]'") from exc
    return dask.bag


def _extractor(options: Mapping[str, Any]) -> Extractor:
    from newsfacts.pipeline import Extractor

    key = json.dumps(options, sort_keys=True, default=str)
    extractor = _CACHE.get(key)
    if extractor is None:
        extractor = _CACHE[key] = Extractor(**options)
    return extractor


def _partition(
    records: Iterable[Any], extractor_options: Mapping[str, Any], options: Mapping[str, Any]
) -> list[str]:
    extractor = _extractor(extractor_options)
    out = []
    for index, record in enumerate(records):
        outcome = _run_one(extractor, index, str(index), record, options, as_json=True)
        if outcome.error is not None:
            out.append(json.dumps({"schema": "newsfacts/1-error", "error": outcome.error}))
        else:
            assert outcome.json is not None
            out.append(outcome.json)
    return out


def read_records(
    paths: str | Sequence[str], *, blocksize: int | str | None = None
) -> Any:  # a dask.bag.Bag (Dask ships no type hints for it)
    """A bag of article records (dicts with ``text`` and optional metadata) from JSONL files."""
    db = _require_dask()
    return db.read_text(paths, blocksize=blocksize).filter(str.strip).map(json.loads)


def extract_bag(
    records: Any,
    *,
    extractor_options: Mapping[str, Any] | None = None,
    **options: Any,
) -> Any:  # a dask.bag.Bag (Dask ships no type hints for it)
    """Extract every record of ``records``; a bag of ``newsfacts/1`` JSON lines in the same order.

    :param records: a bag of records (``{"text": ..., "published": ..., "id": ...}``) or texts.
    :param extractor_options: keyword arguments for :class:`~newsfacts.Extractor` in the
        workers (``disable=[...]``, ``plugins=["module:object"]``...); plain data, so they
        travel to any worker.
    :param options: options for every article (``published``, ``include_text``...).
        A record that cannot be read gives a line ``{"schema": "newsfacts/1-error", "error": ...}``.
    """
    _require_dask()
    return records.map_partitions(_partition, dict(extractor_options or {}), dict(options))


def extract_jsonl_files(
    paths: str | Sequence[str],
    *,
    blocksize: int | str | None = None,
    extractor_options: Mapping[str, Any] | None = None,
    **options: Any,
) -> Any:  # a dask.bag.Bag (Dask ships no type hints for it)
    """Read JSONL article files and extract them: :func:`read_records` then :func:`extract_bag`."""
    return extract_bag(
        read_records(paths, blocksize=blocksize), extractor_options=extractor_options, **options
    )
