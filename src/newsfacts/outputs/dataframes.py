"""The record tables as pandas DataFrames or Arrow tables (``pip install 'newsfacts[pandas]'``).

pandas and pyarrow are imported when these functions run, never by ``import newsfacts``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from newsfacts.outputs.records import to_tables
from newsfacts.pipeline import Facts

__all__ = ["to_arrow", "to_dataframes"]

_Input = Facts | Mapping[str, Any] | Iterable[Facts | Mapping[str, Any]]


def _need(module: str, extra: str) -> Any:
    import importlib

    try:
        return importlib.import_module(module)
    except ImportError as exc:
        raise ImportError(
            f"this needs {module}, which is not installed: pip install 'newsfacts[{extra}]'"
        ) from exc


def to_dataframes(facts: _Input, *, start: int = 0) -> dict[str, Any]:
    """One pandas DataFrame per table (articles, entities, mentions, claims, quotes, roles, errors).

    Takes what :func:`~newsfacts.outputs.to_records` takes: one article's facts or many
    (e.g. ``read_jsonl("archive.jsonl")``). Empty tables still have their columns.
    """
    pd = _need("pandas", "pandas")
    return {
        name: pd.DataFrame.from_records(rows, columns=columns)
        for name, (columns, rows) in to_tables(facts, start=start).items()
    }


def to_arrow(facts: _Input, *, start: int = 0) -> dict[str, Any]:
    """One ``pyarrow.Table`` per table, ready for Parquet (``pyarrow.parquet.write_table``)."""
    pa = _need("pyarrow", "pandas")
    out = {}
    for name, (columns, rows) in to_tables(facts, start=start).items():
        data = {c: [row[c] for row in rows] for c in columns}
        out[name] = pa.table(data)
    return out
