"""Properties of the quantities grammar: numbers read back as written, ranges ordered, any input survives."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

import newsfacts_quantities
from newsfacts_quantities import find_quantities, parse_number, reload_data

SCALES = {"thousand": 10**3, "million": 10**6, "billion": 10**9, "trillion": 10**12}

_ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
_TEENS = [
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
_TENS = ["_", "_", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def _below_thousand(n: int, with_and: bool) -> list[str]:
    words: list[str] = []
    hundreds, rest = divmod(n, 100)
    if hundreds:
        words += [_ONES[hundreds], "hundred"]
        if rest and with_and:
            words.append("and")
    if rest >= 20:
        tens, ones = divmod(rest, 10)
        words.append(_TENS[tens] + (f"-{_ONES[ones]}" if ones else ""))
    elif rest >= 10:
        words.append(_TEENS[rest - 10])
    elif rest or not words:
        words.append(_ONES[rest])
    return words


def in_words(n: int, with_and: bool = True) -> str:
    """English words for ``n`` (0 <= n < 10**15), the way a style guide spells them out."""
    if n == 0:
        return "zero"
    words: list[str] = []
    for name, size in sorted(SCALES.items(), key=lambda kv: -kv[1]):
        chunk, n = divmod(n, size)
        if chunk:
            words += [*_below_thousand(chunk, with_and), name]
    if n:
        words += _below_thousand(n, with_and)
    return " ".join(words)


@given(st.integers(min_value=0, max_value=10**15))
def test_digits_with_separators_read_back(n: int) -> None:
    assert parse_number(f"{n:,}") == n
    assert parse_number(str(n)) == n


@given(
    st.integers(min_value=1, max_value=99_999),
    st.integers(min_value=0, max_value=2),
    st.sampled_from(sorted(SCALES)),
)
def test_decimals_with_scale_words_read_back(mantissa: int, places: int, scale: str) -> None:
    value = Decimal(mantissa).scaleb(-places)
    written = f"{value:,.{places}f} {scale}"
    expected = value * SCALES[scale]
    got = parse_number(written)
    assert got is not None
    assert Decimal(str(got)) == expected


@given(st.integers(min_value=0, max_value=10**15 - 1), st.booleans())
def test_numbers_in_words_read_back(n: int, with_and: bool) -> None:
    assert parse_number(in_words(n, with_and)) == n


@given(st.integers(min_value=1, max_value=10**12))
def test_a_counted_number_in_a_sentence_keeps_its_value(n: int) -> None:
    text = f"The ministry said {n:,} people had registered."
    [f] = find_quantities(text)
    assert (f.low, f.high, f.unit, f.approx) == (n, n, "people", None)
    assert text[f.start : f.end] == f"{n:,} people"


@given(
    st.integers(min_value=1, max_value=999_999),
    st.integers(min_value=1, max_value=999_999),
    st.sampled_from(["-", "–", " to "]),
)
def test_ranges_are_ordered(a: int, b: int, sep: str) -> None:
    text = f"Officials expect {a:,}{sep}{b:,} businesses to join."
    found = [f for f in find_quantities(text) if f.kind == "quantity"]
    for f in found:
        assert f.low is None or f.high is None or f.low <= f.high
    if a <= b:
        assert [(f.low, f.high, f.unit) for f in found] == [(a, b, "businesses")]
    else:
        assert all(f.low == f.high for f in found)


@given(
    st.integers(min_value=1, max_value=999_999),
    st.integers(min_value=1, max_value=999_999),
    st.sampled_from(["trillion won", "percent", "kilometers", "million people", "families"]),
    st.sampled_from([("between ", " and "), ("from ", " to "), ("", " to ")]),
)
def test_ranges_with_the_unit_at_both_ends(a: int, b: int, unit: str, words: tuple[str, str]) -> None:
    opener, joiner = words
    text = f"Analysts expect {opener}{a:,} {unit}{joiner}{b:,} {unit} next year."
    found = [f for f in find_quantities(text) if f.kind == "quantity"]
    scale = 10**12 if unit.startswith("trillion") else 10**6 if unit.startswith("million") else 1
    head = unit.split()[-1]
    if a <= b:
        assert [(f.low, f.high, f.unit) for f in found] == [(a * scale, b * scale, head)]
        assert text[found[0].start : found[0].end] == f"{a:,} {unit}{joiner}{b:,} {unit}"
    else:  # a fall from one value to another: two quantities
        assert [(f.low, f.high) for f in found] == [(a * scale, a * scale), (b * scale, b * scale)]


@given(st.integers(min_value=1, max_value=99), st.integers(min_value=0, max_value=9))
def test_plus_or_minus_is_a_symmetric_margin(whole: int, tenth: int) -> None:
    text = f"The poll has a margin of error of plus or minus {whole}.{tenth} percentage points."
    (f,) = find_quantities(text)
    value = whole + tenth / 10
    assert f.low is not None and f.high is not None
    assert abs(f.low + value) < 1e-9 and abs(f.high - value) < 1e-9
    assert f.approx == "plus or minus"
    assert text[f.start : f.end] == f"plus or minus {whole}.{tenth} percentage points"


_PIECES = st.sampled_from(
    [
        "1",
        "25",
        "3,000",
        "0.5",
        "2016",
        "-",
        "–",
        " ",
        ",",
        ".",
        ":",
        "(",
        ")",
        "$",
        "%",
        " to ",
        " and ",
        "between ",
        "more than ",
        "about ",
        "million",
        "two",
        "Dec. ",
        "percent",
        "won",
        "people",
        "\n",
        "1.",
        "No. ",
        "half",
        "hundreds of ",
        "a dozen",
        "-year-old",
        "or more",
        "a few ",
        "several ",
        "plus or minus ",
        "±",
        "10k ",
        "Kim, ",
        ", ",
    ]
)


@given(st.lists(_PIECES, max_size=30).map("".join))
@example("1plus or minus hundreds of ")  # a negative plural once gave low -200, high -1000
def test_any_mix_of_number_pieces_gives_ordered_spans_and_ranges(text: str) -> None:
    found = find_quantities(text)
    last_end = 0
    for f in found:
        assert 0 <= f.start < f.end <= len(text)
        assert f.start >= last_end
        last_end = f.end
        if f.low is not None and f.high is not None:
            assert f.low <= f.high
    assert find_quantities(text) == found


@given(st.text(max_size=300))
def test_any_text_is_read_without_error(text: str) -> None:
    for f in find_quantities(text):
        assert 0 <= f.start < f.end <= len(text)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "\x00\x00 5 \x00",
        "\ud800 12 companies \udfff",
        "５ 件",  # full-width digits are not read as numbers
        "$",
        "-",
        "between",
        "9" * 5000,
    ],
)
def test_odd_inputs(text: str) -> None:
    found = find_quantities(text)
    for f in found:
        assert text[f.start : f.end]


@pytest.mark.parametrize(
    "text",
    [
        "-".join(str(i % 10) for i in range(100_000)),
        ",".join(str(i % 10) for i in range(100_000)),
        "1" * 100_000,
        " ".join(["twenty"] * 50_000),
        "more than " * 50_000,
        "$" * 100_000,
        "1." * 100_000,
        "plus or minus " * 50_000,
        "between 1 won and " * 50_000,
        "a few " * 50_000,
        "5K " * 100_000,
    ],
    ids=[
        "dash-chain",
        "comma-chain",
        "digit-run",
        "number-words",
        "approx-words",
        "dollar-signs",
        "dots",
        "margins",
        "unit-twice-ranges",
        "vague-words",
        "k-suffixes",
    ],
)
def test_hostile_inputs_finish(text: str) -> None:
    # A hang guard only (each takes well under a second): catastrophic backtracking would
    # never finish. Speed is measured by benchmarks/bench_quantities.py, not asserted here.
    found: list[list[newsfacts_quantities.Found]] = []
    worker = threading.Thread(target=lambda: found.append(find_quantities(text)), daemon=True)
    worker.start()
    worker.join(60)
    assert found, "the plugin did not finish a hostile input within 60 s"
    assert all(text[f.start : f.end] for f in found[0])


# --------------------------------------------------------------------------- user data


@pytest.fixture
def extra_data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.setenv(newsfacts_quantities.ENV_VAR, str(tmp_path))
    reload_data()
    yield tmp_path
    monkeypatch.delenv(newsfacts_quantities.ENV_VAR)
    reload_data()


def test_user_data_folder_extends_the_lists(extra_data: Path) -> None:
    text = "The trail runs 40 ri along the ridge, and a permit costs a whopping 20 dirhams."
    before = {text[f.start : f.end]: (f.unit, f.approx) for f in find_quantities(text)}
    assert before == {"40": (None, None), "20 dirhams": ("dirhams", None)}
    (extra_data / "units.tsv").write_text("ri\tlength\ti\n", encoding="utf-8")
    (extra_data / "approx.tsv").write_text("a whopping\ta whopping\tboth\n", encoding="utf-8")
    reload_data()
    after = {text[f.start : f.end]: (f.unit, f.approx) for f in find_quantities(text)}
    assert after == {"40 ri": ("ri", None), "a whopping 20 dirhams": ("dirhams", "a whopping")}


def test_user_data_can_add_a_label_word(extra_data: Path) -> None:
    text = "Passengers boarded at pier 3 in Incheon."
    assert list(find_quantities(text)) == []
    text = "Passengers boarded at berth 3 in Incheon."
    assert [(f.low, f.unit) for f in find_quantities(text)] == [(3, None)]
    (extra_data / "labels.txt").write_text("berth\n", encoding="utf-8")
    reload_data()
    assert find_quantities(text) == []


def test_every_data_file_is_documented() -> None:
    root = Path(__file__).resolve().parents[2]
    doc = (root / "docs" / "plugins" / "quantities.md").read_text(encoding="utf-8")
    data = Path(newsfacts_quantities.__file__).with_name("data")
    names = sorted(p.name for p in data.iterdir() if p.suffix in (".tsv", ".txt"))
    assert names
    assert [n for n in names if f"`{n}`" not in doc] == []
