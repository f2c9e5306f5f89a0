"""Count.percent with [scale] rounding = "largest_remainder" (the nagoya preset's): shares
adding up to exactly 100 at any precision. (Each share on its own, the default:
test_review152_plain_rounding.py.)"""

from __future__ import annotations

import random
from dataclasses import replace
from decimal import Decimal

import pytest

import planeval
from planeval.aggregate import Count, summarize
from planeval.model import Entry, Location
from planeval.report.document import percentages
from planeval.scale import DEFAULT_SCALE
from tests.conftest import rated_entries
from tests.other_bodies import BODIES
from tests.test_other_bodies import CONFIGS

LARGEST_REMAINDER = "largest_remainder"
ADJUSTED = replace(DEFAULT_SCALE, rounding=LARGEST_REMAINDER)  # (the seed's, rounded so)


def count(**numbers: int) -> Count:
    return Count(dict(numbers), {}, LARGEST_REMAINDER)


def test_nagoya_publishes_largest_remainder_at_one_decimal() -> None:
    nagoya = Count({"A": 43, "B": 9, "C": 7, "D": 2, "-": 2}, {}, LARGEST_REMAINDER)
    assert nagoya.percent() == {"A": 68.2, "B": 14.3, "C": 11.1, "D": 3.2, "-": 3.2}
    assert nagoya.percent(1) == nagoya.percent()


@pytest.mark.parametrize("body", [b for b in BODIES if "percent" in b.expected], ids=str)
def test_every_published_percentage(body, tmp_path) -> None:
    """Each body's published shares, rounded as its planeval.toml (its preset) rounds them."""
    expected = body.expected
    counts = {
        e["symbol"]: expected["counts"][e["symbol"]] for e in expected["scale"] if e["counted"]
    }
    settings = tmp_path / "planeval.toml"
    settings.write_text(CONFIGS[body.key], encoding="utf-8")
    rounding = planeval.load_config(settings).scale.rounding
    assert Count(counts, {}, rounding).percent(1) == expected["percent"]


def test_equal_counts_get_equal_shares_and_nothing_counted_is_all_zeros() -> None:
    """Review 10: ◎ 1 and × 1 of 14 printed as 7.2 and 7.1 — a director reads a typo. Equal
    counts share a unit or none, left rounded down where the units left cannot go to all
    (1, 1, 1 of 3: 33.3 each, 99.9; 1, 1, 1, 3 of 6: 16.6 each, 99.8: never past 100, review
    169 #2), and no smaller remainder is rounded up past them; other ties go to the earlier symbol (1 and 8
    of 14 have equal remainders)."""
    assert count(a=1, b=1, c=1).percent(0) == {"a": 33.0, "b": 33.0, "c": 33.0}
    assert count(a=1, b=1, c=1).percent(1) == {"a": 33.3, "b": 33.3, "c": 33.3}
    assert count(a=1, b=1, c=1, d=3).percent() == {"a": 16.6, "b": 16.6, "c": 16.6, "d": 50.0}
    assert count(a=3, b=40, c=8, d=3).percent() == {"a": 5.5, "b": 74.1, "c": 14.8, "d": 5.5}
    # 1 and 8 of 14 have equal remainders; the unit left cannot go to both 1s but 8 takes it
    # exactly (review 136: it was 99.9 with 57.1)
    assert count(a=1, b=8, c=4, d=1).percent() == {"a": 7.1, "b": 57.2, "c": 28.6, "d": 7.1}
    assert count(a=1, b=8, c=5).percent() == {"a": 7.2, "b": 57.1, "c": 35.7}
    assert count(a=43, b=9, c=7, d=2, e=2).percent() == {  # Nagoya's, as published
        "a": 68.2, "b": 14.3, "c": 11.1, "d": 3.2, "e": 3.2,
    }  # fmt: skip
    assert count(a=0, b=0).percent() == {"a": 0.0, "b": 0.0}
    with pytest.raises(ValueError):
        count(a=1).percent(-1)


def _has_exact_tie(c: Count) -> bool:
    remainders = [100 * n % c.total for n in c.counts.values()] if c.total else []
    return len(set(remainders)) < len(remainders)


def test_whole_percents_are_those_the_report_prints_today() -> None:
    """report.document.percentages (floats) gives the same whole numbers wherever no two
    remainders are exactly equal; where they are, float drift (8.333…34 vs 58.333…36) decides
    there, and Count.percent keeps the documented rule: equal counts alike, other ties to the
    earlier symbol."""
    rng = random.Random(11)
    ties = 0
    for _ in range(3000):
        numbers = {s: rng.choice([0, 0, 1, 2, 3, 7, rng.randrange(200)]) for s in "◎○△×"}
        c = Count(numbers, {"-": rng.randrange(3)}, LARGEST_REMAINDER)
        if _has_exact_tie(c):
            ties += 1
            continue
        assert c.percent(0) == {s: float(n) for s, n in percentages(c, 0).items()}
    assert ties < 3000
    # the tie the float version gets wrong: 1/1/7/3 of 12 (three remainders of 1/3), 7 taking
    # the unit the two 1s cannot both take (review 136: 99 in all before)
    assert count(a=1, b=1, c=7, d=3).percent(0) == {"a": 8.0, "b": 8.0, "c": 59.0, "d": 25.0}


@pytest.mark.parametrize("decimals", [0, 1, 2, 3])
def test_each_row_adds_up_to_100_but_where_equal_counts_tie(decimals: int) -> None:
    rng = random.Random(decimals)
    for _ in range(2000):
        size = rng.randrange(1, 7)
        c = Count({str(i): rng.randrange(0, 1000) for i in range(size)}, {}, LARGEST_REMAINDER)
        shares = c.percent(decimals)
        if c.total == 0:
            assert set(shares.values()) == {0.0}
            continue
        # exact in decimal arithmetic, not merely close in floats — unless equal counts (which
        # keep equal shares) could not all take a unit: then each is its own rounding
        total = sum(Decimal(str(v)) for v in shares.values())
        numbers = [n for n in c.counts.values() if n]
        if len(numbers) == len(set(numbers)):
            assert total == 100
        else:
            assert abs(total - 100) < len(numbers) * Decimal(10) ** -decimals
        assert total <= 100  # (never more units than the row misses: review 169 #2)
        for symbol, value in shares.items():
            assert abs(value - 100 * c.counts[symbol] / c.total) < 10**-decimals
            assert round(value, decimals) == value


def test_the_summary_json_carries_percentages_on_each_group_and_the_total() -> None:
    from planeval.scale import Scale, Status

    scale = Scale((Status("A", "達成"), Status("B", "未達成"), Status("-", "再掲", counted=False)))

    def entry(policy: str, status: str) -> Entry:
        return Entry(
            Location("f.xlsx"),
            policy,
            f"{policy}-1",
            f"{policy}-1-1",
            "",
            None,
            "",
            "",
            None,
            status,
            status,
        )

    entries = [entry("1", "A"), entry("1", "A"), entry("1", "B"), entry("2", "B"), entry("2", "-")]
    data = summarize(entries, scale=scale).as_dict()
    groups = data["groups"]
    assert isinstance(groups, list)
    assert [g["percent"] for g in groups] == [{"A": 66.7, "B": 33.3}, {"A": 0.0, "B": 100.0}]
    assert data["total"]["percent"] == {"A": 50.0, "B": 50.0}  # type: ignore[index]
    whole = summarize(entries, scale=scale, percent_decimals=0).as_dict()
    assert whole["total"]["percent"] == {"A": 50.0, "B": 50.0}  # type: ignore[index]
    assert whole["groups"][0]["percent"] == {"A": 67.0, "B": 33.0}  # type: ignore[index]


def test_entries_of_another_scale_are_refused_not_counted_nowhere() -> None:
    """A body's rows read with its planeval.toml and summarized with the default scale: every
    row would fall outside the counts with no word (0 of 26, 「…0件」)."""
    from planeval.errors import PlanevalError
    from planeval.scale import Scale, Status

    entry = Entry(Location("a.xlsx"), "1", "1-1", "1-1-1", "事業", 1, "①", "名", None, "A", "A")
    own = Scale((Status("A", "達成"), Status("B", "未達成")))
    assert summarize([entry], scale=own).total.total == 1
    with pytest.raises(PlanevalError, match="'A' 1 件"):
        summarize([entry])


def test_the_note_names_the_rows_whose_shares_do_not_add_up_to_100() -> None:
    """Review 11: the note said some rows add up to 99.9 or 100.1 (equal counts keep equal
    shares) but not which; a reader adding up 富新福町's row looked for an error. The note
    names them (a policy by its word and number, as its heading: 「政策1」, review 163 #3), five
    at most and the count of the rest."""
    from planeval.report.tables import count_table

    groups = {"1": {"◎": 1, "○": 1, "△": 1}, "2": {"◎": 1, "○": 3}, "3": {"◎": 1, "○": 1}}
    headers = ("政策番号", "政策名")  # (the report's, in the body's words)
    note = count_table(summarize(rated_entries(groups)), shares=True, id_headers=headers).share_note
    assert note.endswith("合計が100.0にならない行があります（政策1 は 99.9%）。")
    even = {"1": {"◎": 1, "○": 3}}
    assert "にならない行" not in count_table(summarize(rated_entries(even)), shares=True).share_note
    many = {str(n): {"◎": 1, "○": 1, "△": 1} for n in range(1, 8)}
    note = count_table(summarize(rated_entries(many)), shares=True, id_headers=headers).share_note
    assert note.endswith(  # (review 193 #9: three named, the rest counted)
        "このため、合計が100.0にならない行があります（政策1 は 99.9%、政策2 は 99.9%、"
        "政策3 は 99.9% ほか 5 行）。"
    )


def test_the_note_says_when_one_count_of_one_total_has_two_shares_in_two_rows() -> None:
    """Review 56: 団体別集計 printed 10 of 12 as 83.4 for one body and 83.3 for another (each row
    adjusted to 100 on its own), while the note spoke only of equal counts within a row."""
    from planeval.report.tables import count_table

    def note_of(groups: dict[str, dict[str, int]]) -> str:
        summary = summarize(rated_entries(groups), scale=ADJUSTED)
        return count_table(summary, shares=True).share_note

    groups = {"1": {"◎": 10, "○": 1, "△": 1}, "2": {"◎": 10, "○": 2}}
    note = note_of(groups)
    assert note.endswith(
        "同じ件数でも別の行では割合が異なることがあります（番号 1 の「◎」と番号 2 の「◎」など）。"
    )
    # (each row with its own status — review 68: 「基本目標番号 1と基本目標番号 2の「A」」 named
    # A for a row whose equal count was its B)
    other = {"1": {"◎": 10, "○": 1, "△": 1}, "2": {"◎": 2, "○": 10}}
    said = note_of(other)
    assert said.endswith("（番号 1 の「◎」と番号 2 の「○」など）。")
    alike = {"1": {"◎": 10, "○": 2}, "2": {"◎": 10, "○": 2}}
    assert "別の行では" not in note_of(alike)
    # (each share on its own, the default: 83.3 in both rows, and no such note)
    assert "別の行では" not in count_table(summarize(rated_entries(groups)), shares=True).share_note
