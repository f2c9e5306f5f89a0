"""Review 124 #7: 令和7's plan inserts a new 施策 1-1-(2) before 地域防災力の向上, now 1-1-(3), and
marks one of that 施策's 事務事業 終了. compare showed it 「1-1-(2) │ 事業所防災支援事業 │ 3 │ │
削除」, right under this year's new 1-1-(2), and rounds left its 令和7 cell blank: its 施策's
number is this year's other 施策's, and the plan's 終了 was looked up under the old number. It
is 「計画で終了」, shown 「（旧）1-1-(2)」: last year's number as last year typed it, marked so."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from planeval.cli import app
from tests.higashikawasaki_forms import BUREAUS, ITEMS, Item, bureau_form, city_plan, settings

ENDED = "事業所防災支援事業"  # (経済労働局's, under 地域防災力の向上)
INSERTED: Item = ("1-1-(2)", "避難所の充実", "避難所整備事業", False, "危機管理局", "", 3, 3)


R7_PLAN = [  # (地域防災力の向上 1-1-(2) → 1-1-(3))
    *ITEMS[:3],
    INSERTED,
    *((("1-1-(3)", *item[1:]) if item[0] == "1-1-(2)" else item) for item in ITEMS[3:]),
]
R7_FORMS = [item for item in R7_PLAN if item[2] != ENDED]  # (the plan's forms ask it no more)


@pytest.fixture(scope="module")
def cycle(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, Path, Path]:
    """The settings, 令和7's plan, the 令和6 round and the 令和7 round."""
    where = tmp_path_factory.mktemp("renumbered")
    config = settings(where)
    plan = city_plan(where, R7_PLAN, ended=[ENDED], name="計画_R7.xlsx")
    for bureau in BUREAUS:
        bureau_form(where / "R6", bureau, 6)
        bureau_form(where / "R7", bureau, 7, items=R7_FORMS)
    return config, plan, where / "R6", where / "R7"


def _names(output: str) -> list[str]:
    """The item of each row of the first table, in the order listed."""
    lines = output.split("└")[0].split("├")[1].splitlines()[1:]
    return [line.split("│")[2].strip() for line in lines]


def _rows(output: str, name: str) -> list[list[str]]:
    lines = [line.split("│")[1:-1] for line in output.splitlines() if f"│ {name}" in line]
    return [[cell.strip() for cell in line] for line in lines]


def test_compare_says_the_ended_item_ended_under_its_former_number(cycle) -> None:
    config, plan, r6, r7 = cycle
    said = CliRunner().invoke(
        app,
        ["compare", str(r6), str(r7), "--plan", str(plan), "--config", str(config)],
        env={"COLUMNS": "200"},
    )
    assert said.exit_code == 0, said.output
    assert _rows(said.stdout, ENDED) == [["（旧）1-1-(2)", ENDED, "3", "", "計画で終了"]]
    assert _rows(said.stdout, "自主防災組織支援事業") == []  # (2 → 2: paired, unchanged)
    assert _rows(said.stdout, "避難所整備事業") == [["1-1-(2)", "避難所整備事業", "", "3", "追加"]]
    every = CliRunner().invoke(
        app,
        ["compare", str(r6), str(r7), "--plan", str(plan), "--config", str(config), "--all"],
        env={"COLUMNS": "200"},
    )
    # (1-1-(1)'s 事務事業 as the plan lists them, not まちづくり局's file first — review 124 #2)
    assert _names(every.stdout)[:3] == [item[2] for item in ITEMS[:3]]


def test_rounds_say_it_ended_in_the_last_round(cycle) -> None:
    config, plan, r6, r7 = cycle
    said = CliRunner().invoke(
        app,
        ["rounds", str(r6), str(r7), "--plan", str(plan), "--config", str(config)],
        env={"COLUMNS": "200"},
    )
    assert said.exit_code == 0, said.output
    assert _rows(said.stdout, ENDED) == [["（旧）1-1-(2)", ENDED, "3", "計画で終了"]]
    assert _names(said.stdout)[:3] == [item[2] for item in ITEMS[:3]]  # (the plan's order)
