"""浜松市's KPI 評価調書 (review 113): each 課's form numbers its KPIs in a cell of their own,
「KPI1-1-1」, beside the 施策 「1.1 行政手続のオンライン化」 merged down; the compiled workbook
of last year numbers its rows instead, a No. 1, 2, 3 … running down each sheet beside the merged
施策. The KPI's number already holds its 施策's: it was shown glued to it, 「1.1KPI1-1-1」; the
running No. was read as each KPI's own, 「1.2 4」, and every KPI paired against the 課's forms
said 「番号変更」. The plan's KPI一覧 left among the replies was told to add column titles to
planeval.toml, not that it is the plan. A first run's 「評価不能」 was told to be a status not
counted beside the advice to use preset hamamatsu, whose D 評価できない is counted; with it, a
「-」 typed in 評価 got no word of D."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from planeval.cli import app
from tests.body_settings import HAMAMATSU
from tests.conftest import write_book

TOML = HAMAMATSU
POLICY = "1　市民サービスのデジタル化"
KPIS = [  # (施策, KPI番号, KPI, last year's 評価, this year's)
    ("1.1　行政手続のオンライン化", "KPI1-1-1", "オンライン申請が可能な手続数", "B", "A"),
    ("1.1　行政手続のオンライン化", "KPI1-1-2", "オンライン申請の利用率", "C", "B"),
    ("1.2　窓口のスマート化", "KPI1-2-1", "「書かない窓口」を導入した区役所数", "C", "C"),
    ("1.2　窓口のスマート化", "KPI1-2-2", "マイナンバーカードの交付率", "B", "B"),
]


def _form(folder: Path) -> None:
    """A 課's 評価調書 of this year: No. KPI1-1-1 | 基本方針 | 施策 (merged) | KPI | 評価 …"""
    header = ["No.", "基本方針", "施策", "KPI", "実績値（R5）", "評価", "評価理由・課題", "担当課"]
    rows = [
        [
            number,
            POLICY if i == 0 else None,
            project if number[-1] == "1" else None,
            name,
            "10件",
            now,
            "周知が課題",
            "市民課",
        ]
        for i, (project, number, name, _, now) in enumerate(KPIS)
    ]
    folder.mkdir()
    write_book(
        folder / "市民課_KPI評価調書.xlsx",
        {"KPI評価": [["浜松市DX推進計画 KPI評価調書（令和5年度実績）"], [], header, *rows, [],
                     ["※評価　A：目標達成　B：概ね達成　C：未達成　D：評価できない"]]},
        merges={"KPI評価": ["B4:B7", "C4:C5", "C6:C7"]},
    )  # fmt: skip


def _compiled(path: Path) -> None:
    """Last year's compiled workbook: 施策 (merged) | No. 1, 2, 3 … down the sheet | KPI …"""
    header = ["施策", "No.", "KPI", "実績値", "評価", "評価理由・課題", "担当課"]
    rows = [
        [project if number[-1] == "1" else None, i, name, "5件", then, "周知が課題", "市民課"]
        for i, (project, number, name, then, _) in enumerate(KPIS, start=1)
    ]
    write_book(
        path,
        {"基本方針1": [["浜松市DX推進計画 KPI評価結果（令和4年度実績）"], [],
                       ["基本方針1　市民サービスのデジタル化"], header, *rows]},
        merges={"基本方針1": ["A5:A6", "A7:A8"]},
    )  # fmt: skip


def _run(tmp_path: Path, *args: str) -> str:
    (tmp_path / "planeval.toml").write_text(TOML, encoding="utf-8")
    run = CliRunner().invoke(app, [*args, "--config", str(tmp_path / "planeval.toml"), "-qq"])
    assert run.exit_code == 0, run.output
    return run.stdout


def test_a_kpi_number_holding_its_project_s_is_shown_as_typed(tmp_path: Path) -> None:
    _form(tmp_path / "R5")
    listed = _run(tmp_path, "issues", str(tmp_path / "R5"), "-f", "csv")
    assert [line.split(",")[0] for line in listed.splitlines()[1:]] == [
        "KPI1-1-1", "KPI1-1-2", "KPI1-2-1", "KPI1-2-2"
    ]  # fmt: skip


def test_a_running_no_of_a_compiled_workbook_is_no_renumbering(tmp_path: Path) -> None:
    _form(tmp_path / "R5")
    _compiled(tmp_path / "R4.xlsx")
    compared = _run(tmp_path, "compare", str(tmp_path / "R4.xlsx"), str(tmp_path / "R5"), "--all")
    assert "番号変更" not in compared
    assert "│ KPI1-2-1 │" in compared
    shown = _run(tmp_path, "issues", str(tmp_path / "R4.xlsx"), "-f", "csv")
    assert [line.split(",")[0] for line in shown.splitlines()[1:]] == [
        "1.1 No.1", "1.1 No.2", "1.2 No.3", "1.2 No.4"
    ]  # fmt: skip


def test_a_number_starting_again_under_each_project_is_the_item_s_own(tmp_path: Path) -> None:
    _compiled(tmp_path / "R4.xlsx")
    from openpyxl import load_workbook

    book = load_workbook(tmp_path / "R4.xlsx")
    book["基本方針1"]["B7"], book["基本方針1"]["B8"] = 1, 2
    book.save(tmp_path / "R4.xlsx")
    shown = _run(tmp_path, "issues", str(tmp_path / "R4.xlsx"), "-f", "csv")
    assert [line.split(",")[0] for line in shown.splitlines()[1:]] == [
        "1.1 1", "1.1 2", "1.2 1", "1.2 2"
    ]  # fmt: skip


def test_the_plan_among_the_replies_is_said_to_be_the_plan(tmp_path: Path) -> None:
    """基本方針 | 施策番号 | 施策 | KPI番号 | KPI | 担当課: no status column, no issue column."""
    _form(tmp_path / "R5")
    header = ["基本方針", "施策番号", "施策", "KPI番号", "KPI", "担当課"]
    rows = [[POLICY, project[:3], project[4:], number, name, "市民課"]
            for project, number, name, _, _ in KPIS]  # fmt: skip
    write_book(tmp_path / "R5" / "KPI一覧.xlsx", {"KPI一覧": [["KPI一覧"], [], header, *rows]})
    (tmp_path / "planeval.toml").write_text(TOML, encoding="utf-8")
    config = str(tmp_path / "planeval.toml")
    run = CliRunner().invoke(app, ["summarize", str(tmp_path / "R5"), "--config", config, "-qq"])
    assert run.exit_code == 1
    plan = tmp_path / "R5" / "KPI一覧.xlsx"
    assert (
        f"エラー: {plan}: 評価の表が見つかりません。計画（施策一覧）のブックのようです"
        in run.output
    )
    assert f"（計画は --plan {plan}（または planeval.toml の [plan] file）に指定し" in run.output


def _rated(folder: Path, statuses: str | list[str]) -> Path:
    """The 課's form, its KPIs rated ``statuses`` (H4 down)."""
    _form(folder)
    from openpyxl import load_workbook

    path = folder / "市民課_KPI評価調書.xlsx"
    book = load_workbook(path)
    for row, status in enumerate(statuses, start=4):
        book["KPI評価"][f"F{row}"] = status
    book.save(path)
    return path


def test_a_word_for_not_rated_is_told_the_preset_s_status_first(tmp_path: Path) -> None:
    path = _rated(tmp_path / "R5", ["Ｄ", "A", "評価不能", "C"])
    (tmp_path / "empty.toml").write_text("", encoding="utf-8")
    config = str(tmp_path / "empty.toml")
    run = CliRunner().invoke(app, ["summarize", str(path), "--config", config])
    assert run.exit_code == 1
    said = run.output.replace("\n", "")
    assert f"{path} › KPI評価 › F6: '評価不能' はこの評価尺度の記号ではありません" in said
    assert (
        f'（ほかの値は preset "hamamatsu" の評価尺度のものです。{config} に [scale] preset = '
        "\"hamamatsu\" と書いてください。この値はその尺度の 'D'（評価できない） のことですか。"
        in said
    )
    assert "counted = false" not in said


def test_a_dash_typed_in_the_status_is_asked_whether_it_is_not_rated(tmp_path: Path) -> None:
    path = _rated(tmp_path / "R5", ["A", "B", "-", "C"])
    (tmp_path / "planeval.toml").write_text(TOML, encoding="utf-8")
    config = str(tmp_path / "planeval.toml")
    run = CliRunner().invoke(app, ["summarize", str(path), "--config", config])
    assert run.exit_code == 1
    assert (
        f"{path} › KPI評価 › F6: '-' はこの評価尺度の記号ではありません（A B C D）（'D'（評価できない）"
        " のことですか。" in run.output.replace("\n", "")
    )
