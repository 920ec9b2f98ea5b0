"""Date mentions become entities by what they denote: the value and its modifier together."""

from __future__ import annotations

import newsfacts


def _dates(text: str, published: str) -> list[tuple[list[str], str | None, str | None]]:
    facts = newsfacts.extract(text, published=published)
    return [([m.text for m in e.mentions], e.get("value"), e.get("mod")) for e in facts.of_kind("date")]


def test_a_modified_year_is_not_merged_with_the_plain_year() -> None:
    text = (
        "The plant opened in 2016 and was expanded in late 2016, the company said. "
        "Output in 2016 rose 12 percent."
    )
    dates = _dates(text, "2018-03-02")
    assert (["2016", "2016"], "2016", None) in dates
    assert (["late 2016"], "2016", "END") in dates


def test_two_modifiers_of_one_year_stay_two_dates() -> None:
    text = "Talks stalled in mid-2019. Officials now hope to resume them early next year."
    dates = _dates(text, "2018-11-20")
    mods = sorted((d[2] or "") for d in dates if d[1] == "2019")
    assert mods == ["MID", "START"]
