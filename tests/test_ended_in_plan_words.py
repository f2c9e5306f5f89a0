"""An item the revised plan's 区分 abolishes (「廃止」), as compare and rounds say it: 「計画で廃止」,
the plan's own word — not 「計画で終了」, which the clerk's plan did not say (abolished is no
finishing) — beside an item its 区分 says 「終了」, still 「計画で終了」; and a department rating
it again is told in that word too (the forty-fifth session took 廃止・休止・中止 as 終了)."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook

from tests.cycle_fill import PLAN
from tests.test_ended_items import ENDED, round_of, run

WORDS = {ENDED[0]: "廃止", ENDED[1]: "終了"}


def worded_plan(target: Path) -> Path:
    """The bundled plan revised: 1-1-2④ 廃止 and 1-1-4② 終了 in its 区分 column."""
    book = load_workbook(PLAN)
    for row in book["計画事業一覧"].iter_rows(min_row=6):
        if row[1].value in WORDS:
            row[3].value = WORDS[row[1].value]
    book.save(target)
    return target


@pytest.fixture(scope="module")
def cycle(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, Path]:
    where = tmp_path_factory.mktemp("worded")
    plan = worded_plan(where / "plan_r5.xlsx")
    return plan, round_of(PLAN, "令和4", where / "R4"), round_of(plan, "令和5", where / "R5")


def test_compare_says_the_plan_s_own_word(cycle, tmp_path: Path) -> None:
    plan, first, second = cycle
    out = tmp_path / "比較.xlsx"
    said = run(
        "compare", str(first), str(second), "--plan", str(plan), "--fiscal-year", "令和5",
        "--xlsx", str(out),
    )  # fmt: skip
    assert said.exit_code == 0, said.output
    rows = [
        [cell.strip() for cell in line.split("│")[1:-1]]
        for line in said.stdout.splitlines()
        if "計画で" in line and "│" in line
    ]
    assert [(row[0], row[2], row[-1]) for row in rows] == [
        ("1-1-2④", "◎", "計画で廃止"),
        ("1-1-4②", "○", "計画で終了"),
    ]
    note = (
        "「計画で廃止」の実施内容 1 件、「計画で終了」の実施内容 1 件は、今回の計画事業一覧で区分が"
        "それぞれ「廃止」「終了」のため、今回は評価していません（削除ではありません。前回の件数"
        "には含めています）"
    )
    assert note in "".join(line.strip() for line in said.stdout.splitlines())
    book = load_workbook(out)
    changes = list(book["達成状況の変化"].iter_rows(values_only=True))
    assert ("1-1-2④", ENDED[0][2:], "◎", None, "計画で廃止") in changes
    markdown = run("compare", str(first), str(second), "--plan", str(plan), "-f", "github")
    assert markdown.exit_code == 0, markdown.output
    assert "計画で廃止 |" in markdown.stdout and "計画で終了 |" in markdown.stdout
    assert note in markdown.stdout


def test_rounds_says_the_plan_s_own_word(cycle) -> None:
    plan, first, second = cycle
    said = run("rounds", str(first), str(second), "--plan", str(plan), "--fiscal-year", "令和5")
    assert said.exit_code == 0, said.output
    lines = said.stdout.splitlines()
    assert [line for line in lines if "1-1-2④" in line and "計画で廃止" in line]
    assert [line for line in lines if "1-1-4②" in line and "計画で終了" in line]


def test_a_department_rating_an_abolished_item_is_told_in_the_plan_s_word(
    cycle, tmp_path: Path
) -> None:
    plan, _first, _second = cycle
    old_forms = round_of(PLAN, "令和5", tmp_path / "R5")  # (the forms of the plan as it was)
    said = run("validate", str(old_forms), "--plan", str(plan))
    told = [line for line in said.output.splitlines() if "計画で区分が" in line]
    assert len(told) == 2, said.output
    assert "計画で区分が「廃止」の実施内容 1-1-2④" in told[0]
    assert "計画で区分が「終了」の実施内容 1-1-4②" in told[1]


def test_a_completed_item_is_said_ended_under_the_plan_s_word() -> None:
    """「完了」 (a 事業 completed in an earlier year, kept in the list) is 「計画で終了」, the note
    naming the words the plan typed."""
    from planeval.report.compare_notes import ended_note

    assert ended_note(["終了", "完了", "廃止"], "事業", "今回", "前回") == (
        "「計画で終了」の事業 2 件、「計画で廃止」の事業 1 件は、今回の計画事業一覧で区分が"
        "それぞれ「終了」「完了」「廃止」のため、今回は評価していません（削除ではありません。"
        "前回の件数には含めています）"
    )
