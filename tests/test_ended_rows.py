"""A department's row of an item the plan's 区分 ends, read with that plan (review 138 #3, 青葉台市:
情報政策課 left 完了's 2-3-2① blank, 財政課 typed 「廃止」 on 廃止's 1-2-2②). The plan asked no
status of it: a blank, or the plan's own word typed, is no error and no count (before: 「評価が空
です（A B C D のいずれかを入力）」 and 「'廃止' … 別名（aliases）として追加してください」). A body
that adds 完了/廃止 as statuses not counted is not told a row so rated is counted (before:
「…が評価されています（数えています）」), and 「廃止」 typed where the plan ends nothing is sent to
the plan's 区分, not to an alias."""

from __future__ import annotations

from pathlib import Path

import pytest

from planeval import read_plan, read_workbooks
from planeval.config import load_config
from tests.cycle_fill import PLAN, fill_workbook
from tests.test_ended_in_plan_words import worded_plan
from tests.test_ended_items import run

ABOLISHED, FINISHED = "1-1-2④", "1-1-4②"  # (1-1-2④ 廃止, 1-1-4② 終了 in worded_plan)


def old_forms(folder: Path, **rated: tuple[str, str]) -> Path:
    """The forms of the plan before its revision (asking the two items it ends since), filled
    as ``rated``, else ○."""
    said = run(
        "template", str(PLAN), "--fiscal-year", "令和5", "-o", str(folder),
        "--split-by", "department",
    )  # fmt: skip
    assert said.exit_code == 0, said.output
    for path in folder.glob("*.xlsx"):
        fill_workbook(path, rated, default="○")
    return folder


@pytest.fixture(scope="module")
def plan(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return worded_plan(tmp_path_factory.mktemp("ended_rows") / "plan_r5.xlsx")


def test_a_blank_or_the_plan_s_word_on_an_ended_item_is_no_error(plan, tmp_path: Path) -> None:
    forms = old_forms(tmp_path / "R5", **{ABOLISHED: ("廃止", ""), FINISHED: ("", "")})
    said = run("summarize", str(forms), "--plan", str(plan))
    assert said.exit_code == 0, said.output
    assert "エラー" not in said.output and "警告" not in said.output, said.output
    result = read_workbooks([forms], plan=read_plan(plan))
    counted = {entry.project_id + entry.item_label for entry in result.entries}
    rows = {entry.project_id + entry.item_label for entry in result.read}
    assert ABOLISHED not in counted and FINISHED not in counted
    assert len(counted) == len(rows | {ABOLISHED, FINISHED}) - 2
    checked = run("validate", str(forms), "--plan", str(plan))
    assert checked.exit_code == 0, checked.output


def test_another_ending_typed_is_a_notice_naming_the_plan_s_word(plan, tmp_path: Path) -> None:
    forms = old_forms(tmp_path / "R5", **{ABOLISHED: ("完了", ""), FINISHED: ("", "")})
    said = run("summarize", str(forms), "--plan", str(plan))
    assert said.exit_code == 0, said.output
    assert "評価に「完了」とありますが、計画の区分は「廃止」です" in said.output


def test_an_ending_typed_where_the_plan_ends_nothing_points_at_its_區分(tmp_path: Path) -> None:
    forms = old_forms(tmp_path / "R5", **{"1-1-1①": ("廃止", "")})
    said = run("summarize", str(forms), "--plan", str(PLAN))
    assert said.exit_code == 1, said.output
    error = next(line for line in said.output.splitlines() if "'廃止'" in line)
    assert "区分の欄を「廃止」に" in error and "別名（aliases）にはしないでください" in error


def test_a_status_not_counted_on_an_ended_item_is_not_said_counted(plan, tmp_path: Path) -> None:
    """The reviewer's own fix: 廃止 a [[scale.status]] of counted = false, typed on the item the
    plan abolishes — its own column, no 「（数えています）」; ○ there is counted, and said so."""
    forms = old_forms(tmp_path / "R5", **{ABOLISHED: ("廃止", ""), FINISHED: ("○", "")})
    config = tmp_path / "planeval.toml"
    config.write_text(
        '[scale]\npreset = "setagaya"\n\n[[scale.status]]\nsymbol = "廃止"\nlabel = "廃止"\n'
        "counted = false\nranked = false\n",
        encoding="utf-8",
    )
    assert "廃止" not in load_config(config).scale.counted
    said = run("summarize", str(forms), "--plan", str(plan), "--config", str(config))
    assert said.exit_code == 0, said.output
    told = [line for line in said.output.splitlines() if "計画で区分が" in line]
    assert len(told) == 1 and FINISHED in told[0] and "（数えています）" in told[0], said.output
