"""Review 205 #1: check of 名東南区's round 1 (a plan of 63 事業: 50 counted, 12 未提出, No.28's
rating blank, a row 64 of no 事業 of the plan) took 「全62の事業」 as 50＋12 and 「全64の事業」 as
50＋the two rows left out＋12, each 「計画の件数として一致」; only 全63 is right. Read with the
plan, its whole is known: the rows counted, the plan's items read and left out for an error and
those not returned — never a row of no item of the plan. Here 中央市's plan of 6: 総務部's 2 not
returned, 企画部's 2-1-1 (1) and (2) blank and its own row (3) of no item of the plan: 2
counted, the plan's whole 6."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

import planeval
from planeval.cli import app
from tests.test_department_forms import PLANNING_ROWS, form
from tests.test_unreturned_departments import _round

RUNNER = CliRunner()
NOTE = "（計画の件数: 集計 2 件＋未提出 2 件＋評価が空欄 2 件。計画にない行 1 件は含みません）"


def _said(whole: int) -> str:
    return f"計画全体では、全{whole}の取組内容のうち回答のあった2の取組内容について評価しました。\n"


def _city(tmp_path: Path) -> tuple[Path, Path]:
    city, folder = _round(tmp_path)
    rows = list(PLANNING_ROWS)
    for blank in (2, 3):  # (2-1-1 (1) and (2), their rating left blank)
        rows[blank] = (*rows[blank][:2], "", *rows[blank][3:])
    rows.append(("2-1-1", "(3) 庁内ネットワークの更新", "B", "", "企画課"))  # (no item of the plan)
    form(folder / "DX評価_企画部.xlsx", "企画部", rows)
    return city, folder


def _checked(tmp_path: Path, whole: int) -> planeval.CheckResult:
    city, folder = _city(tmp_path)
    config = planeval.load_config(city / "planeval.toml")
    plan = planeval.read_plan(city / "計画.xlsx")
    read = planeval.read_workbooks([folder], scale=config.scale, plan=plan, wording=config.wording)
    assert read.unreturned == {"総務部": 2}
    draft = tmp_path / "本文.txt"
    draft.write_text(_said(whole), encoding="utf-8")
    return planeval.check(read, scale=config.scale, texts=[draft], item=config.wording.item)


@pytest.mark.parametrize("whole", [4, 5, 7])
def test_a_whole_of_the_plan_other_than_its_count_is_a_disagreement(
    tmp_path: Path, whole: int
) -> None:
    """4: the counted and the 未提出 (全62's); 5: the counted and every row left out, the row of
    no item among them; 7: those and the 未提出 (全64's) — each a disagreement with the plan's 6."""
    checked = _checked(tmp_path, whole)
    assert [(d.phrase, d.stated, d.counted, d.note) for d in checked.disagreements] == [
        (f"全{whole}の取組内容のうち", whole, 6, NOTE)
    ]
    assert checked.plan_wholes == ()


def test_the_plan_s_count_agrees(tmp_path: Path) -> None:
    checked = _checked(tmp_path, 6)
    assert checked.disagreements == ()
    assert [(w.stated, w.counted, w.left_out) for w in checked.plan_wholes] == [
        (6, 2, "エラーの 2 行、未提出の 2 件")
    ]


def _run(tmp_path: Path, whole: int) -> tuple[int, list[str]]:
    tmp_path.mkdir()
    city, folder = _city(tmp_path)
    draft = tmp_path / "本文.txt"
    draft.write_text(_said(whole), encoding="utf-8")
    args = ["check", str(folder), "--text", str(draft), "--keep-going", "-qq", "-f", "csv"]
    done = RUNNER.invoke(app, [*args, "--config", str(city / "planeval.toml")])
    return done.exit_code, done.stdout.splitlines()


def test_the_cli_says_the_plan_s_count_and_what_makes_it(tmp_path: Path) -> None:
    code, lines = _run(tmp_path / "4", 4)
    assert code == 1
    draft = tmp_path / "4" / "本文.txt"
    assert f"計画全体,合計,4,6{NOTE},{draft} › 1行目" in lines, lines
    code, lines = _run(tmp_path / "6", 6)
    assert code == 1  # (the rows in error: data problems, said on stderr)
    assert lines[-1].endswith(
        "。「全6」（集計 2 件＋数えなかった行 4 件（エラーの 2 行、未提出の 2 件））は、"
        "集計した件数に数えなかった行を加えた件数として一致とみました"
    ), lines
