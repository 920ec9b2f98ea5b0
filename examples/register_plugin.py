"""Write a plugin in a few lines and register it without packaging it.

This one finds the names of North Korean missiles ("Hwasong-15") as entities of a
new kind, "weapon". Run: python examples/register_plugin.py
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import newsfacts
from newsfacts import Article, Mention, hookimpl

MISSILE = re.compile(r"\b(?:Hwasong|Pukguksong|Nodong)-\d{1,2}[A-Z]?\b")


class Missiles:
    """A plugin is any object with hook functions; ``name`` is how it is listed and disabled."""

    name = "missiles"

    @hookimpl
    def newsfacts_find_mentions(self, article: Article) -> Iterator[Mention]:
        for m in MISSILE.finditer(article.text):
            yield Mention.of(article, m.start(), m.end(), "weapon", key=m.group().lower())


def main() -> None:
    extractor = newsfacts.Extractor(plugins=[Missiles()])
    facts = extractor.extract(
        "North Korea test-fired a Hwasong-15 on Wednesday. The Hwasong-15 can reach Washington, experts said.",
        published="2017-11-29T12:00+09:00",
    )
    for weapon in facts.of_kind("weapon"):
        print(weapon.id, weapon.name, [(s.start, s.end) for s in weapon.mentions])
    print("plugins:", ", ".join(extractor.plugin_names()))


if __name__ == "__main__":
    main()
