"""Small stand-in plugins for the quotes tests: they find listed names, as the real finders would.

The quotes plugin must work with whatever person and organisation finders are
installed, so its tests bring their own: a fake finder that marks every listed full
name (with its surname as an alias, as the bundled finders do) and every later bare
surname as a short form, plus listed organisations and role claims.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

import newsfacts_quotes
from newsfacts import (
    Article,
    Claim,
    Entity,
    Extractor,
    Facts,
    Mention,
    OrganizationData,
    PersonData,
    PlaceData,
    QuoteClaim,
    RoleClaim,
    hookimpl,
)


class FakeFinder:
    """Finds the listed persons (full name -> family name), organisations and roles.

    :param persons: full names; the family name is the first word for names written
        "Kim Jin-hyang" (hyphenated given name or three parts) and the last otherwise.
    :param orgs: organisation names, matched as written.
    :param places: place names, matched as written.
    :param roles: ``(person full name, title words)`` pairs made into role claims at the
        person's first mention.
    :param short_forms: also mark bare surnames (the core links them to the person).
    """

    def __init__(
        self,
        persons: Sequence[str] = (),
        orgs: Sequence[str] = (),
        roles: Sequence[tuple[str, str]] = (),
        *,
        short_forms: bool = True,
        places: Sequence[str] = (),
    ) -> None:
        self.persons = tuple(persons)
        self.orgs = tuple(orgs)
        self.roles = tuple(roles)
        self.short_forms = short_forms
        self.places = tuple(places)

    @staticmethod
    def family(name: str) -> str:
        words = name.split()
        korean = len(words) == 3 or (len(words) == 2 and "-" in words[1])
        return words[0] if korean else words[-1]

    @hookimpl
    def newsfacts_find_mentions(self, article: Article) -> Iterable[Mention]:
        text = article.text
        taken: list[tuple[int, int]] = []
        for name in self.persons:
            family = self.family(name)
            given = " ".join(w for w in name.split() if w != family)
            for m in re.finditer(rf"\b{re.escape(name)}\b", text):
                taken.append(m.span())
                yield Mention.of(
                    article,
                    m.start(),
                    m.end(),
                    "person",
                    key=f"test:{name.casefold()}",
                    aliases=(family.casefold(),),
                    data=PersonData(family=family, given=given),
                )
        for name in self.orgs:
            for m in re.finditer(rf"\b{re.escape(name)}\b", text):
                taken.append(m.span())
                yield Mention.of(
                    article,
                    m.start(),
                    m.end(),
                    "organization",
                    key=f"org:{name.casefold()}",
                    data=OrganizationData(),
                )
        for name in self.places:
            for m in re.finditer(rf"\b{re.escape(name)}\b", text):
                if not any(s <= m.start() < e for s, e in taken):
                    yield Mention.of(
                        article, m.start(), m.end(), "place", key=f"place:{name.casefold()}", data=PlaceData()
                    )
        if self.short_forms:
            for family in {self.family(n) for n in self.persons}:
                for m in re.finditer(rf"\b{re.escape(family)}\b", text):
                    if not any(s <= m.start() < e for s, e in taken):
                        yield Mention.of(
                            article, m.start(), m.end(), "person", key=family.casefold(), partial=True
                        )

    @hookimpl
    def newsfacts_find_claims(self, article: Article, entities: Sequence[Entity]) -> Iterable[Claim]:
        for person, role in self.roles:
            for e in entities:
                if e.kind == "person" and e.name == person:
                    yield RoleClaim(span=e.first, person=e.id, role=role)


def run(
    text: str,
    persons: Sequence[str] = (),
    orgs: Sequence[str] = (),
    roles: Sequence[tuple[str, str]] = (),
    *,
    short_forms: bool = True,
    places: Sequence[str] = (),
) -> tuple[Facts, list[QuoteClaim]]:
    """Extract with the quotes plugin and a fake finder; returns the facts and the quote claims."""
    finder = FakeFinder(persons, orgs, roles, short_forms=short_forms, places=places)
    extractor = Extractor(bundled=False, autoload=False, plugins=[newsfacts_quotes, finder], strict=True)
    facts = extractor.extract(text)
    quotes = [c for c in facts.claims if isinstance(c, QuoteClaim)]
    return facts, quotes
