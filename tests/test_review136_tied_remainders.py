"""Review 136 #1: 青葉台市's 目指すまちの姿2, A 2, B 11, C 2 of 15 — three remainders of 1/3 —
printed 13.3 / 73.3 / 13.3 and a note that the row adds up to 99.9, though B taking the tenth
keeps A and C equal and adds up to 100.0, as the city publishes. At equal remainders the counts
that take the units left exactly take them (the earlier symbol's where several could); only
where no such choice exists is a row left below 100.0 (review 169 #2: never above it). (Largest remainder: [scale] rounding
= "largest_remainder", the nagoya preset's; each share on its own is the default.)"""

from __future__ import annotations

import json
import random
from decimal import Decimal
from itertools import combinations
from pathlib import Path

from typer.testing import CliRunner

from planeval.aggregate import Count
from planeval.cli import app
from tests.conftest import write_book

ADJUSTED = "largest_remainder"


def test_the_tenth_equal_counts_cannot_share_goes_to_another_count_of_their_remainder() -> None:
    aobadai = Count({"A": 2, "B": 11, "C": 2}, {}, ADJUSTED)
    assert aobadai.percent() == {"A": 13.3, "B": 73.4, "C": 13.3}
    # (a report breaking the tie otherwise — 13.4 for A — is still read as agreeing)
    assert aobadai.share_agrees("A", 13.4) and aobadai.share_agrees("B", 73.3)
    assert not aobadai.share_agrees("B", 73.5)
    # no other count of their remainder: left rounded down, as documented
    assert Count({"a": 1, "b": 1, "c": 1}, {}, ADJUSTED).percent() == {
        "a": 33.3,
        "b": 33.3,
        "c": 33.3,
    }
    assert Count({"a": 3, "b": 3, "c": 2, "d": 1}, {}, ADJUSTED).percent() == {
        "a": 33.3, "b": 33.3, "c": 22.2, "d": 11.1,
    }  # fmt: skip
    assert Count({"a": 1, "b": 1, "c": 1, "d": 3}, {}, ADJUSTED).percent()["a"] == 16.6
    # Nagoya's, as published
    nagoya = Count({"A": 43, "B": 9, "C": 7, "D": 2, "-": 2}, {}, ADJUSTED)
    assert nagoya.percent() == {"A": 68.2, "B": 14.3, "C": 11.1, "D": 3.2, "-": 3.2}


def _exact_split_exists(count: Count, decimals: int) -> bool:
    """Whether some largest-remainder rounding gives equal counts equal shares and adds up to
    exactly 100: whole sets of equal counts rounded up, none of them of a smaller remainder
    than a set rounded down (worked out here by trying every choice of sets)."""
    whole = 100 * 10**decimals
    numbers = sorted({n for n in count.counts.values() if n * whole % count.total})
    size = {n: list(count.counts.values()).count(n) for n in numbers}
    short = whole - sum(n * whole // count.total for n in count.counts.values())
    for chosen in (c for k in range(len(numbers) + 1) for c in combinations(numbers, k)):
        up = [n * whole % count.total for n in chosen]
        down = [n * whole % count.total for n in numbers if n not in chosen]
        if sum(size[n] for n in chosen) == short and min(up, default=whole) >= max(down, default=0):
            return True
    return False


def test_a_row_adds_up_to_100_wherever_equal_counts_allow_it() -> None:
    rng = random.Random(136)
    for _ in range(3000):
        decimals = rng.choice([0, 1])
        numbers = {str(i): rng.choice([1, 2, 3, 5, 11, rng.randrange(40)]) for i in range(5)}
        c = Count(numbers, {}, ADJUSTED)
        if not c.total:
            continue
        shares = c.percent(decimals)
        added = sum(Decimal(str(v)) for v in shares.values())
        assert (added == 100) == _exact_split_exists(c, decimals), (c.counts, shares)
        for symbol, number in c.counts.items():  # (equal counts, equal shares)
            assert all(shares[s] == shares[symbol] for s, n in c.counts.items() if n == number)


def test_summarize_export_and_check_print_and_read_the_same_shares(tmp_path: Path) -> None:
    rows: list[list[object]] = [["基本目標2　効率的で質の高い行政のまち"], ["事業名", "評価"]]
    marks = ["◎"] * 2 + ["○"] * 11 + ["△"] * 2
    rows += [[f"{n} 事業{n}", mark] for n, mark in enumerate(marks, 1)]
    book = str(write_book(tmp_path / "評価.xlsx", {"評価": rows}))
    settings = tmp_path / "planeval.toml"
    settings.write_text(f'[scale]\nrounding = "{ADJUSTED}"\n', encoding="utf-8")
    config = ["--config", str(settings)]
    runner = CliRunner()
    found = runner.invoke(app, ["summarize", book, *config, "--percent", "-f", "json"])
    assert found.exit_code == 0, found.output
    group = json.loads(found.stdout)["groups"][0]
    assert group["percent"] == {"◎": 13.3, "○": 73.4, "△": 13.3, "×": 0.0}
    shown = runner.invoke(app, ["summarize", book, *config, "--percent"], env={"COLUMNS": "160"})
    assert "73.4" in shown.stdout and "100.0にならない行" not in shown.stdout
    report = tmp_path / "報告.md"
    exported = runner.invoke(app, ["export", book, *config, "--md", str(report), "-q"])
    assert exported.exit_code == 0, exported.output
    text = report.read_text(encoding="utf-8")
    assert "73.4" in text and "99.9" not in text
    said = tmp_path / "報告書案.txt"
    said.write_text(
        "基本目標2では、◎が2件（13.3％）、○が11件（73.4％）、△が2件（13.3％）でした。\n",
        encoding="utf-8",
    )
    checked = runner.invoke(app, ["check", book, *config, "--text", str(said)])
    assert checked.exit_code == 0 and "一致しています" in checked.stdout, checked.output
