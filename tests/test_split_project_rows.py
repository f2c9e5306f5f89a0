"""西浦町's forms (review 135 #1, #2): one 事業 split over two rows — its second 指標 typed on the
row below, the 番号 cell merged down over both (and the 事業名 and 評価 cells too, or the 評価
typed on the first row only).

Without the plan the 事業 was counted twice with no word said (計 36 where the town has 35);
with the plan the count stopped at 「計画にない実施内容」; and the one split row made every
message and the report call the rows 実施内容 again (the rows no longer each their 事業's only
one). With only the 番号 merged, the blank 評価 below was an error asking for a second rating,
which would have counted the 事業 twice. The row below continues the row above: one 事業, one
rating, its 指標 and figures joined to the row above's."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook, load_workbook
from typer.testing import CliRunner

from planeval.cli import app
from tests.test_project_rated_words import _forms, _plan

SPLIT_TOP = 10  # (総務課's 2.1 電子決裁率 row in the form _form builds)


def _split(path: Path, *, merged: str) -> None:
    """A second 指標 under 総務課's 2.1, the cells of the columns ``merged`` merged over both
    rows, 評価 typed once."""
    wb = load_workbook(path)
    ws = wb.active
    assert ws.cell(SPLIT_TOP, 1).value == "2.1"
    ws.insert_rows(SPLIT_TOP + 1)
    for column, value in zip("CDEF", ("電子決裁の処理日数", "5日", "3日", "1日"), strict=True):
        ws[f"{column}{SPLIT_TOP + 1}"] = value
    for column in merged:
        ws.merge_cells(f"{column}{SPLIT_TOP}:{column}{SPLIT_TOP + 1}")
    wb.save(path)


def _run(tmp_path: Path, *command: str, merged: str = "ABGHI", plan: bool = True) -> str:
    _plan(tmp_path / "計画.xlsx")
    args = _forms(tmp_path, '\n[plan]\nfile = "計画.xlsx"\n' if plan else "")
    _split(tmp_path / "01_総務課.xlsx", merged=merged)
    result = CliRunner().invoke(app, [*command, *args])
    assert result.exit_code == 0, result.output
    return result.output


def _total(output: str) -> list[int]:
    """The 合計 row's counts: S A B C 計 −."""
    line = next(line for line in output.splitlines() if line.startswith("│ 合計"))
    return [int(cell) for cell in line.split("│") if cell.strip().isdigit()]


def test_a_project_over_two_merged_rows_is_counted_once_without_the_plan(tmp_path: Path) -> None:
    output = _run(tmp_path, "summarize", plan=False)
    # (before: 合計 S 1 A 1 B 2 C 1 計 5, 2.1's B twice, and nothing said)
    assert _total(output) == [1, 1, 1, 1, 4, 0], output
    assert "警告" not in output and "お知らせ" not in output


def test_with_the_plan_it_is_the_plans_project_and_the_rows_stay_its_projects(
    tmp_path: Path,
) -> None:
    out = tmp_path / "報告.md"
    output = _run(tmp_path, "export", "--md", str(out))
    # (before: 「電子決裁の処理日数（2.1 …） は計画にない実施内容です」, nothing counted)
    assert "エラー" not in output and "お知らせ" not in output, output
    report = out.read_text(encoding="utf-8")
    assert (
        "| 2.1 文書管理・電子決裁の導入 | 電子決裁率／電子決裁の処理日数 | 10／5日 | 20／3日 |"
        " 30／1日 | B |" in report
    )
    assert "実施内容" not in report and "個別の事業ごとの評価は" in report


def test_the_number_alone_merged_continues_the_row_above_with_a_notice(tmp_path: Path) -> None:
    output = _run(tmp_path, "summarize", merged="A")
    # (before: an error at G11 asking for its rating, which would count 2.1 twice)
    assert "エラー" not in output, output
    assert (
        "お知らせ: 01_総務課.xlsx › 進捗評価 › G11: 評価が空の行「電子決裁の処理日数」は、"
        "番号のセルが上の行と結合されているため、上の行（G10）の 2.1 の続きとして読み、2.1 を 1 件"
        "として数えました" in output.replace(f"{tmp_path}/", "")
    ), output
    assert _total(output) == [1, 1, 1, 1, 4, 0], output


def test_a_split_row_left_out_for_its_error_is_one_row_of_its_project(tmp_path: Path) -> None:
    _plan(tmp_path / "計画.xlsx")
    args = _forms(tmp_path, '\n[plan]\nfile = "計画.xlsx"\n')
    _split(tmp_path / "01_総務課.xlsx", merged="ABGHI")
    wb = load_workbook(tmp_path / "01_総務課.xlsx")
    wb.active[f"G{SPLIT_TOP}"] = "BB"
    wb.save(tmp_path / "01_総務課.xlsx")
    result = CliRunner().invoke(app, ["summarize", "--keep-going", *args])
    # (before: its two rows each in error, the rows no longer each their 事業's only one: every
    # message said 実施内容 again)
    assert result.output.count("エラー: ") == 1, result.output
    assert "実施内容" not in result.output and "事業" in result.output, result.output


def test_a_project_of_several_numbered_items_keeps_its_items_under_a_merged_rating(
    tmp_path: Path,
) -> None:
    # (neighbours' equal ratings merged into one cell, each item numbered: rated each)
    wb = Workbook()
    ws = wb.active
    ws.append(["番号", "事業名", "取組内容", "評価", "評価の理由・課題"])
    ws.append(["1", "電子申請の推進", "① 申請様式の電子化", "A", ""])
    ws.append([None, None, "② 電子申請の周知", None, ""])
    for column in "ABD":
        ws.merge_cells(f"{column}2:{column}3")
    wb.save(tmp_path / "様式.xlsx")
    (tmp_path / "planeval.toml").write_text('[scale]\npreset = "nagayo"\n', encoding="utf-8")
    args = [str(tmp_path / "様式.xlsx"), "--config", str(tmp_path / "planeval.toml")]
    result = CliRunner().invoke(app, ["summarize", *args])
    assert _total(result.output) == [0, 2, 0, 0, 2, 0], result.output
