"""Review 128 #3: 令和7's plan drops an item 令和6's plan had (not marked 終了: it is simply no
longer listed). compare and rounds, reading 令和6's round with this year's plan, took its row for
one the plan refuses (「計画と照らすと記入に不備のあった行（計画にない指標など）」) and left it out of
前回's counts, 「summarize --keep-going と同じく」: 36 where 令和6's own published count, made
with its own plan, is 37. A plan of a later year than the round judges none of its rows: the
item is 削除, and 前回 counts it. A plan of no stated year (one plan for the whole period)
still judges them, as review 88's 課's inserted row (tests/test_review88_plan_rows.py), unless
it numbers some of the round's rows otherwise (tests/test_dropped_renumbered.py)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from planeval.cli import app
from tests.higashikawasaki_forms import BUREAUS, ITEMS, bureau_form, city_plan, settings

DROPPED = "事業所防災支援事業"  # (経済労働局's, 1-1-(2))
R7_ITEMS = [item for item in ITEMS if item[2] != DROPPED]
RUNNER = CliRunner()


@pytest.fixture(scope="module")
def cycle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The settings, both years' plans and rounds."""
    where = tmp_path_factory.mktemp("dropped")
    settings(where)
    city_plan(where, ITEMS, name="計画_R6.xlsx")
    city_plan(where, R7_ITEMS, name="計画_R7.xlsx")
    city_plan(where, R7_ITEMS, name="計画.xlsx")  # (no year stated)
    for bureau in BUREAUS:
        bureau_form(where / "R6", bureau, 6)
        bureau_form(where / "R7", bureau, 7, items=R7_ITEMS)
    return where


def _json(where: Path, *args: str) -> dict:
    done = RUNNER.invoke(app, [*args, "--config", str(where / "planeval.toml"), "-f", "json"])
    assert done.exit_code == 0, done.output
    return json.loads(done.stdout)


def _published(where: Path) -> dict:
    """令和6's own count, with its own plan."""
    return _json(where, "summarize", str(where / "R6"), "--plan", str(where / "計画_R6.xlsx"))


def test_compare_counts_last_years_dropped_item_in_its_round(cycle: Path) -> None:
    plan = str(cycle / "計画_R7.xlsx")
    data = _json(cycle, "compare", str(cycle / "R6"), str(cycle / "R7"), "--plan", plan)
    assert data["old_rows_plan_leaves_out"] == []
    published = _published(cycle)
    counts = [(group["id"], group["counts"], group["total"]) for group in published["groups"]]
    assert [(group["id"], group["counts"], group["total"]) for group in data["old"]["groups"]] == (
        counts
    )
    assert data["counted"]["old"] == published["total"]["total"] == 14
    kinds = {m["old"]["item_name"]: m["kind"] for m in data["movements"] if m["old"] and m["kind"]}
    assert kinds[DROPPED] == "removed"


def test_rounds_count_it_too(cycle: Path) -> None:
    plan = str(cycle / "計画_R7.xlsx")
    data = _json(cycle, "rounds", str(cycle / "R6"), str(cycle / "R7"), "--plan", plan)
    assert all(rows == [] for rows in data["rows_plan_leaves_out"].values())
    [total] = [p["counts"][0] for p in data["policies"] if p["id"] == "合計"]
    assert total["計"] == _published(cycle)["total"]["total"]


def test_a_plan_of_no_stated_year_still_judges_the_earlier_round(cycle: Path) -> None:
    plan = str(cycle / "計画.xlsx")
    data = _json(cycle, "compare", str(cycle / "R6"), str(cycle / "R7"), "--plan", plan)
    assert [row["item_name"] for row in data["old_rows_plan_leaves_out"]] == [DROPPED]
