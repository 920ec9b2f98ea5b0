"""Extract a JSONL archive with Dask (needs ``pip install 'newsfacts[dask]'``).

Writes a small archive of article records, runs newsfacts over it as a Dask bag with
two partitions, and prints the speakers of every quote. On a cluster, pass the
``distributed`` client's scheduler instead of ``"processes"``.

Run: python examples/dask_archive.py
"""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

import newsfacts.distributed as nd

ARTICLES = [
    {
        "id": "a1",
        "published": "2018-12-21T13:47+09:00",
        "text": "“We are going back to Kaeseong in spring,” said Kim Jin-hyang, chairman of the foundation.",
    },
    {
        "id": "a2",
        "published": "2019-02-28T18:00+09:00",
        "text": "North Korean leader Kim Jong Un left Hanoi on Thursday after talks ended early, officials said.",
    },
]


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        archive = Path(tmp) / "archive.jsonl"
        archive.write_text("\n".join(json.dumps(a) for a in ARTICLES) + "\n", encoding="utf-8")
        lines = nd.extract_jsonl_files(str(archive), blocksize=64).compute(scheduler="processes")
    for line in lines:
        doc = json.loads(line)
        names = {e["id"]: e["name"] for e in doc["entities"]}
        for claim in doc["claims"]:
            if claim["kind"] == "quote":
                print(
                    doc["article"].get("id"),
                    names.get(claim["speaker"], claim["speaker_text"]),
                    claim["text"][:40],
                )


if __name__ == "__main__":
    main()
