"""Extract the facts of one article and print who, roles, quotes, numbers and dates.

Run: python examples/extract_article.py [ARTICLE.txt] [--published ISO-8601]
"""

from __future__ import annotations

import argparse
from pathlib import Path

import newsfacts

HERE = Path(__file__).parent
DEFAULT = HERE / "articles" / "yonhap_style_rail_talks.txt"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("article", nargs="?", default=str(DEFAULT))
    parser.add_argument("--published", default="2018-11-28T10:21+09:00")
    args = parser.parse_args()

    text = Path(args.article).read_text(encoding="utf-8")
    facts = newsfacts.extract(text, published=args.published)

    names = {e.id: e.name for e in facts.entities}
    for person in facts.of_kind("person"):
        print(f"person  {person.name:<22} family={person.get('family')!r} given={person.get('given')!r}")
    for role in facts.claims_of_kind("role"):
        assert isinstance(role, newsfacts.RoleClaim)
        where = names.get(role.organization or "", "-")
        print(f"role    {names[role.person]:<22} {role.role} @ {where}")
    for quote in facts.claims_of_kind("quote"):
        assert isinstance(quote, newsfacts.QuoteClaim)
        who = names.get(quote.speaker or "", quote.speaker_text or "?")
        kind = "quote" if quote.direct else "reported"
        print(f"{kind:<8}{who:<22} {quote.text[:60]!r}")
    for q in facts.of_kind("quantity"):
        print(
            f"number  {q.mentions[0].text!r:<30} low={q.get('low')} high={q.get('high')} unit={q.get('unit')!r}"
        )
    for d in facts.of_kind("date"):
        print(f"date    {d.mentions[0].text!r:<30} {d.get('value')}")
    for err in facts.errors:
        print(f"error   {err.plugin} ({err.stage}): {err.error}")


if __name__ == "__main__":
    main()
