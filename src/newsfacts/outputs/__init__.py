"""Outputs for people and for the tools they already use.

- :func:`render_html` / :func:`render_batch` / :func:`write_html`: the HTML evidence view;
- :func:`to_records` / :func:`read_jsonl`: plain tables (lists of dicts) for one article or an archive;
- :func:`to_dataframes` / :func:`to_arrow`: the same tables as pandas DataFrames or Arrow
  tables (``pip install 'newsfacts[pandas]'``), imported only when called;
- :func:`to_spacy` and the ``"newsfacts"`` spaCy pipeline component (``newsfacts[spacy]``,
  in :mod:`newsfacts.outputs.spacy`);
- :func:`to_brat` / :func:`write_brat`: brat standoff annotations for annotators.

Nothing heavy is imported here: pandas, pyarrow and spaCy load when their functions run.
"""

from __future__ import annotations

from typing import Any

from newsfacts.outputs.brat import brat_annotation_conf, to_brat, write_brat
from newsfacts.outputs.html import render_batch, render_html, render_index, write_html
from newsfacts.outputs.records import read_jsonl, to_records

__all__ = [
    "brat_annotation_conf",
    "read_jsonl",
    "render_batch",
    "render_html",
    "render_index",
    "to_arrow",
    "to_brat",
    "to_dataframes",
    "to_records",
    "to_spacy",
    "write_brat",
    "write_html",
]


def __getattr__(name: str) -> Any:
    if name in ("to_dataframes", "to_arrow"):
        from newsfacts.outputs import dataframes

        return getattr(dataframes, name)
    if name == "to_spacy":
        from newsfacts.outputs import spacy

        return spacy.to_spacy
    raise AttributeError(f"module 'newsfacts.outputs' has no attribute {name!r}")
