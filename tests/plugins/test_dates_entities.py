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


def test_a_bound_word_makes_the_duration_a_date_with_its_mod_not_a_quantity() -> None:
    """ "more than two decades" is one date mention (TIMEX3 mod MORE_THAN) that wins over the
    quantity the numbers plugin reads in the same words; "about 300 workers" stays a quantity."""
    facts = newsfacts.extract(
        "The dispute has dragged on for more than two decades, and about 300 workers were laid off "
        "nearly three years ago.",
        published="2024-11-28",
    )
    dates = {m.text: (e.get("value"), e.get("mod")) for e in facts.of_kind("date") for m in e.mentions}
    assert dates == {
        "more than two decades": ("P20Y", "MORE_THAN"),
        "nearly three years ago": ("2021", "APPROX"),
    }
    assert [m.text for e in facts.of_kind("quantity") for m in e.mentions] == ["about 300 workers"]


def test_two_lengths_that_cannot_be_one_duration_stay_two() -> None:
    facts = newsfacts.extract("The trial lasted three weeks and two days.", published="2024-11-28")
    dates = [(m.text, e.get("value")) for e in facts.of_kind("date") for m in e.mentions]
    assert dates == [("three weeks", "P3W"), ("two days", "P2D")]


def test_two_days_joined_by_a_word_are_two_dates() -> None:
    """TimeML annotates "Dec. 20 and Dec. 21" and "from Dec. 20 to Dec. 22" as two expressions;
    only a dash makes one range ("Dec. 20-22")."""
    for text, want in (
        (
            "Voting will take place on Dec. 20 and Dec. 21.",
            [("Dec. 20", "2024-12-20"), ("Dec. 21", "2024-12-21")],
        ),
        ("The talks will be held between Dec. 20 and 21.", [("Dec. 20", "2024-12-20"), ("21", "2024-12-21")]),
        (
            "The festival runs from Dec. 20 to Dec. 22.",
            [("Dec. 20", "2024-12-20"), ("Dec. 22", "2024-12-22")],
        ),
        (
            "Early voting runs from May 29 through May 30.",
            [("May 29", "2025-05-29"), ("May 30", "2025-05-30")],
        ),
        ("The office is closed Dec. 24 until Jan. 2.", [("Dec. 24", "2024-12-24"), ("Jan. 2", "2025-01-02")]),
        ("The festival runs Dec. 20-22.", [("Dec. 20-22", "2024-12-20/2024-12-22")]),
    ):
        facts = newsfacts.extract(text, published="2024-11-28")
        assert [(m.text, e.get("value")) for e in facts.of_kind("date") for m in e.mentions] == want, text
