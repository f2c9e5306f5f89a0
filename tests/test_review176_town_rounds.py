"""Review 176: 長瀬町's 施策評価 round after round — one workbook a year, a sheet per 基本目標, each
施策 rated on its row beside its 成果指標, the 担当課 column naming the 課 (not a workbook of its
own). A 施策 dropped from the plan (国民健康保険の運営) and one renamed (デジタル化の推進 → ＤＸの推進)
under a 課 renamed too (企画政策課 → 政策推進課) became 「未集計」, with notices about 課 that
「did not send a workbook」 (#2); rounds showed an added 施策 「（追加）」 in every earlier round
(#7); the same 施策 read twice and the rename were said of the 成果指標 as if it were the 施策
(#6)."""

from __future__ import annotations

import json
from pathlib import Path

from openpyxl import Workbook
from typer.testing import CliRunner

import planeval
from planeval.cli import app
from tests.nagase_forms import NAGASE_HEADER, NAGASE_SETTINGS

RUNNER = CliRunner()

_SETTINGS, _HEADER = NAGASE_SETTINGS, NAGASE_HEADER
_GOALS = ("安心・安全に暮らせるまちづくり", "協働による持続可能なまちづくり")


def _plan(year: int) -> list[list[tuple[str, str, str, str]]]:
    """Each 基本目標's 施策 of ``year``'s round as (number, 施策名, 評価, 担当課): in 令和8 住民課's
    国保 dropped, 企画政策課 renamed 政策推進課 and its デジタル化の推進 renamed ＤＸの推進, and
    防災アプリの普及 added."""
    planning = "政策推進課" if year == 8 else "企画政策課"
    first = [("1-1", "防災体制の充実", "A" if year == 6 else "S", "危機管理課"),
             ("1-2", "防犯対策の推進", "B", "総務課"),
             ("1-3", "国民健康保険の運営", "B", "住民課")]  # fmt: skip
    if year == 8:
        first[2] = ("1-4", "防災アプリの普及", "C", "危機管理課")
    digital = (
        "ＤＸ（デジタル・トランスフォーメーション）の推進" if year == 8 else "デジタル化の推進"
    )
    second = [("2-1", "行財政改革の推進", "A", "総務課"),
              ("2-2", "住民協働の推進", "B" if year < 8 else "A", planning),
              ("2-3", digital, "A", planning)]  # fmt: skip
    return [first, second]


def _town(folder: Path, year: int) -> Path:
    """長瀬町's workbook of ``year``'s round, as its clerk keeps it: a sheet per 基本目標, each
    施策's row naming its 担当課; 令和8's 2-1 twice (its co-owner's row, rated alike)."""
    folder.mkdir(parents=True)
    book = Workbook()
    book.remove(book.active)
    for goal, (name, rows) in enumerate(zip(_GOALS, _plan(year), strict=True), start=1):
        sheet = book.create_sheet(f"基本目標{goal}")
        sheet["A1"] = f"第６次長瀬町総合計画　前期基本計画　施策評価シート（令和{year}年度実績）"
        sheet["A3"] = f"基本目標{goal}　{name}"
        sheet.append(_HEADER)
        twice = [(*rows[0][:3], "政策推進課")] if year == 8 and goal == 2 else []
        for number, project, status, department in [*rows, *twice]:
            sheet.append((goal, number, project, f"{project}に関する満足度（％）", 40, 60, 50,
                          status, "理由", "方向性", department))  # fmt: skip
    book.save(folder / f"長瀬町_施策評価_令和{year}年度.xlsx")
    return folder


def _rounds(tmp_path: Path) -> list[str]:
    (tmp_path / "planeval.toml").write_text(_SETTINGS, encoding="utf-8")
    return [str(_town(tmp_path / f"R{year}", year)) for year in (6, 7, 8)]


def _run(tmp_path: Path, *args: str) -> tuple[int, str, str]:
    config = ["--config", str(tmp_path / "planeval.toml")]
    ran = RUNNER.invoke(app, [*args, *config], env={"COLUMNS": "200"})
    return ran.exit_code, ran.stdout, ran.stderr


def test_compare_says_a_dropped_policy_removed_and_a_renamed_one_maybe_renamed(
    tmp_path: Path,
) -> None:
    """#2: 国保 was 今回未集計 and ＤＸ 前回未集計, with 「今回は調査票の提出がなかった課: 住民課」 and
    「政策推進課は今回だけ回答しています（前回のブックがありません）」 of a town with one workbook."""
    _, last, now = _rounds(tmp_path)
    code, out, said = _run(tmp_path, "compare", last, now, "-f", "json")
    assert code == 0, said
    moved = {
        (m["old"] or m["new"])["project_name"]: (m["kind"], m["uncounted_in"])
        for m in json.loads(out)["movements"]
        if m["kind"] in ("added", "removed")
    }
    assert moved == {
        "国民健康保険の運営": ("removed", None),
        "デジタル化の推進": ("removed", None),
        "ＤＸ（デジタル・トランスフォーメーション）の推進": ("added", None),
        "防災アプリの普及": ("added", None),
    }
    code, out, said = _run(tmp_path, "compare", last, now, "-f", "plain")
    assert code == 0, said
    assert "未集計" not in out + said
    assert "提出がなかった" not in out + said and "ブックがありません" not in out + said
    assert said.count("名称を変えた同じ施策かもしれません") == 1  # (ＤＸ: 国保 is no rename)


def test_rounds_keep_every_item_each_round_counted(tmp_path: Path) -> None:
    """#2: rounds left 国保 out of 令和6's and 令和7's counts (「28 件ではなく 27 件」)."""
    folders = _rounds(tmp_path)
    config = planeval.load_config(tmp_path / "planeval.toml")
    read = [
        planeval.read_workbooks([Path(f)], scale=config.scale, layout=config.layout)
        for f in folders
    ]
    found = planeval.rounds(read, labels=["令和6", "令和7", "令和8"], scale=config.scale)
    rated = [sum(1 for entry in result.entries if entry.status != "−") for result in read]
    assert [summary.total.total for summary in found.summaries] == rated
    assert not any(row.uncounted for row in found.rows)
    code, out, said = _run(tmp_path, "rounds", *folders, "-f", "plain")
    assert code == 0, said
    assert "未集計" not in out + said and "ブックがありません" not in said


def test_rounds_show_an_added_policy_added_once(tmp_path: Path) -> None:
    """#7: 防災アプリの普及, added in 令和8, showed 「（追加）」 in both 令和6 and 令和7."""
    code, out, said = _run(tmp_path, "rounds", *_rounds(tmp_path))
    assert code == 0, said
    added = next(line for line in out.splitlines() if "防災アプリの普及" in line)
    assert [cell.strip() for cell in added.split("│")[3:6]] == ["", "（追加）", "C"], added
    dropped = next(line for line in out.splitlines() if "国民健康保険の運営" in line)
    assert [cell.strip() for cell in dropped.split("│")[3:6]] == ["B", "B", "（削除）"], dropped


def test_messages_name_the_policy_not_its_indicator(tmp_path: Path) -> None:
    """#6: 「同じ施策 行財政改革の推進に関する満足度（％）（2-1 行財政改革の推進） が 2 か所」 and
    「前回の施策「デジタル化の推進に関する満足度（％）」がなく」 named the 成果指標 as the 施策."""
    _, last, now = _rounds(tmp_path)
    code, _out, said = _run(tmp_path, "compare", last, now, "-f", "plain")
    assert code == 0, said
    said = said.replace("\n", "")
    assert (
        "同じ施策「2-1 行財政改革の推進」（成果指標「行財政改革の推進に関する満足度（％）」）が"
        " 2 か所にあります" in said
    )
    assert (
        "前回の施策「デジタル化の推進」（成果指標「デジタル化の推進に関する満足度（％）」）がなく、"
        "今回は施策「ＤＸ（デジタル・トランスフォーメーション）の推進」（成果指標"
        "「ＤＸ（デジタル・トランスフォーメーション）の推進に関する満足度（％）」）が加わっています"
        in said
    )
