"""A table's total row (合計 | … | 13事業) as bodies' clerks add one: the body's stated total,
never an item nor an unknown status; check compares it with the rows, and every command that
reads the workbook warns where the rows above it do not make it (review 78: only check did).
And the cells of a table planeval could not find are no narrative for check."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

import planeval
from planeval.cli import app
from planeval.stated_number import ROWS, TOTAL
from planeval.stated_totals import STATED_TOTAL
from tests.conftest import Rows

# A Nagoya-like sheet: 基本方針 headings over tables rated per project (No. | 事業名 | …).
TITLES = ["No.", "事業名", "事業の概要", "目標", "実績", "取組み結果", "今後の方向性", "担当課"]


def _project(number: int, name: str, status: str) -> list[object]:
    return [number, name, f"{name}を進める", "10件", "8件", status, "継続して実施", "情報政策課"]


def nagoya_rows(total: list[object] | None, status_title: str = "取組み結果") -> Rows:
    """Two policies, five projects (◎1 ○3 △1), and ``total`` as the sheet's last row."""
    titles = [status_title if title == "取組み結果" else title for title in TITLES]
    rows: list[list[object]] = [
        ["令和4年度 取組み結果"],
        [],
        ["基本方針1　住民の力を活かす情報化"],
        titles,
        _project(1, "防災情報の発信強化", "○"),
        _project(2, "AI-OCRの導入", "◎"),
        _project(3, "電子申請の拡充", "○"),
        [],
        ["基本方針2　行政経営を支援する情報化"],
        titles,
        _project(4, "庁内ネットワークの更新", "△"),
        _project(5, "文書管理システムの導入", "○"),
    ]
    if total is not None:
        rows.append(total)
    return rows


def only_the_total_said(result: planeval.ReadResult) -> bool:
    """Whether the read's one problem is the warning of a total row its rows do not make."""
    return [problem.reason for problem in result.problems] == [STATED_TOTAL]


def run(*args: str):
    return CliRunner().invoke(app, list(args), env={"COLUMNS": "200"})


@pytest.mark.parametrize(
    ("label", "count"),
    [("合計", "6事業"), ("総計", 6), ("総数", "6件"), ("合　計：", "６事業")],
)
def test_a_total_row_is_the_stated_total_not_an_item(book, label: str, count: object) -> None:
    path = book(nagoya_rows(["", label, "", "", "", count]))
    result = planeval.read_workbooks([path])
    assert only_the_total_said(result)
    assert result.problems[0].message.endswith(
        f"{label.replace('　', '').rstrip('：')} 6（行は 5）"
    )
    assert planeval.summarize(result.entries).total.total == 5  # (the rows, not the 6 stated)
    checked = planeval.check(result, level="基本方針")
    (wrong,) = checked.disagreements
    assert (wrong.what, wrong.stated, wrong.counted) == (TOTAL, 6, 5)
    assert wrong.location.cell == "F13"


def test_a_total_row_that_agrees_is_not_said_anywhere(book) -> None:
    path = book(nagoya_rows(["", "合計", "", "50件", "40件", "5事業"]))
    result = planeval.read_workbooks([path])
    assert not result.problems
    checked = planeval.check(result, level="基本方針")
    assert checked.agrees and checked.compared == 1  # (目標・実績 sums are not its counts)


def test_a_subtotal_under_each_heading_is_compared_with_that_policy(book) -> None:
    """計 and 小計 total the part above them (合計, 総計 and 総数 the whole plan)."""
    rows = [*nagoya_rows(None)]
    rows.insert(7, ["", "計", "", "", "", "3事業"])  # policy 1: 3 projects, says 3
    rows.append(["", "小計", "", "", "", "3事業"])  # policy 2: 2 projects, says 3
    result = planeval.read_workbooks([book(rows)])
    assert only_the_total_said(result)  # (the 小計 of policy 2 alone: review 78)
    assert result.problems[0].location.cell == "F14"
    assert result.problems[0].message.endswith("小計 3（行は 2）")
    (wrong,) = planeval.check(result, level="基本方針").disagreements
    assert (wrong.policy_id, wrong.stated, wrong.counted) == ("2", 3, 2)


def test_a_total_row_in_a_setagaya_table(book) -> None:
    rows = [
        ["情報化計画事業の体系", "実施内容", "達成状況", "課題等"],
        ["1-1-1 電子申請の拡充", "① 対象手続の拡大", "○", ""],
        ["", "② 利用者アンケートの実施", "△", "遅れ"],
        ["合計", "", "3件", ""],
    ]
    result = planeval.read_workbooks([book(rows)])
    assert only_the_total_said(result)
    (wrong,) = planeval.check(result).disagreements
    assert (wrong.stated, wrong.counted, wrong.location.cell) == (3, 2, "C4")


def test_a_count_with_no_total_label_is_still_an_error(book) -> None:
    result = planeval.read_workbooks([book(nagoya_rows(["", "その他", "", "", "", "6事業"]))])
    (error,) = result.problems
    assert error.location.cell == "F13" and "件数のようです" in error.hint


def test_the_command_line_counts_and_check_names_the_total_row(
    book, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    book(nagoya_rows(["", "合計", "", "", "", "6事業"]), name="港川市.xlsx")
    summarized = run("summarize", "港川市.xlsx", "-f", "csv")
    assert summarized.exit_code == 0, summarized.output
    assert summarized.stdout.splitlines()[-1] == "合計,,1,3,1,0,5,0"
    assert summarized.stderr.startswith("警告: 港川市.xlsx › 第3章 › F13: 合計の行の件数が")
    assert "合計 6（行は 5）" in summarized.stderr
    checked = run("check", "港川市.xlsx")
    assert checked.exit_code == 1
    assert "合計の行の件数が" not in checked.stderr  # (its table says it: not twice)
    assert "│ 計画全体 │ 合計 │ 6    │ 5    │ 港川市.xlsx › 第3章 › F13 │" in checked.stdout


def test_the_cells_of_a_table_not_found_are_not_compared_as_narrative(
    book, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    book(nagoya_rows(None, status_title="評価ランク"), name="白浜町.xlsx")  # (its own title)
    result = planeval.read_workbooks(["白浜町.xlsx"])
    (error,) = result.problems
    assert error.message.startswith("評価の表が見つかりません")
    assert not planeval.check(result).not_compared  # (目標 10件, 実績 8件: table cells)
    checked = run("check", "白浜町.xlsx", "--keep-going")
    assert "比べられなかった数" not in checked.stdout
    assert "評価の表が見つかりません" in checked.stderr


def test_a_number_check_cannot_place_says_so_in_few_words(book) -> None:
    result = planeval.read_workbooks(
        [book([["ほかに研修を4件実施しました。"], [], *nagoya_rows(None)])]
    )
    (skipped,) = planeval.check(result).not_compared
    assert skipped.reason == "何の件数か読み取れません（評価の区分とも合計とも書かれていません）"


@pytest.mark.parametrize(
    ("total", "cell"),
    [
        (["合計", "6事業"], "B13"),  # (the name column: Aoba, Kawasaki, Hamura)
        (["", "合計", "6事業"], "C13"),  # (the column after it: Hirakata's 施策の目標)
        (["", "合計", "", "", "", "", "6件"], "G13"),
        (["合　計", "６事業"], "B13"),
    ],
)
def test_a_total_row_s_count_in_another_column_is_compared(
    book, total: list[object], cell: str
) -> None:
    """Review 5, M2: the count of a 合計 row is compared wherever it stands in the row."""
    result = planeval.read_workbooks([book(nagoya_rows(total))])
    assert only_the_total_said(result) and result.problems[0].location.cell == cell
    (wrong,) = planeval.check(result, level="基本方針").disagreements
    assert (wrong.what, wrong.stated, wrong.counted, wrong.location.cell) == (TOTAL, 6, 5, cell)


def test_which_count_of_a_total_row_is_its_count_is_never_guessed(book) -> None:
    """Sums of 目標 and 実績 (columns of counts) are no total of the rows, nor is one of
    several counts; a row not labelled 合計 is never a total."""
    for total in (
        ["", "合計", "", "50件", "40件", ""],  # (two counts: which is not said)
        ["", "合計", "", "50件", "", ""],  # (目標's sum: its rows hold 10件)
        ["", "計画全体", "5事業", "", "", ""],  # (not a total's label)
    ):
        result = planeval.read_workbooks([book(nagoya_rows(total))])
        checked = planeval.check(result, level="基本方針")
        assert not checked.disagreements and not checked.statements, total
    result = planeval.read_workbooks([book(nagoya_rows(["", "合計", "5事業", "", "", ""]))])
    assert planeval.check(result, level="基本方針").agrees


def test_a_subtotal_in_the_name_column_is_compared_with_the_policy_above(book) -> None:
    """Hamura: 施策27「…」 above each table, and 計 | 7事業 below it."""
    rows = [*nagoya_rows(None)]
    rows.insert(7, ["", "計", "3事業"])  # policy 1: 3 projects, says 3
    rows.append(["", "計", "3事業"])  # policy 2: 2 projects, says 3
    result = planeval.read_workbooks([book(rows)])
    assert only_the_total_said(result) and result.problems[0].location.cell == "C14"
    checked = planeval.check(result, level="基本方針")
    (wrong,) = checked.disagreements
    assert (wrong.scope, wrong.stated, wrong.counted) == ("基本方針2", 3, 2)
    assert checked.compared == 2


def test_a_total_row_may_count_the_rows_not_counted_too(book) -> None:
    """Hirakata's 合計 | | 51施策 counts its 評価対象外 rows; 110件（うち再掲3件） says so."""
    # (5 counted, 6 rows: the sixth a repeat listing, 「（1再掲）」)
    rows = [*nagoya_rows(None), _project(6, "旧システムの廃止（1再掲）", "-")]
    for count, agrees in (("6事業", True), ("5事業", True), ("6事業(うち再掲1事業)", True)):
        result = planeval.read_workbooks([book([*rows, ["", "合計", count]])])
        assert not result.problems, count
        assert planeval.check(result, level="基本方針").agrees is agrees, count
    result = planeval.read_workbooks([book([*rows, ["", "合計", "7事業"]])])
    (wrong,) = planeval.check(result, level="基本方針").disagreements
    assert (wrong.what, wrong.stated, wrong.counted) == (ROWS, 7, 6)


def test_a_department_file_s_total_row_is_that_file_s(book) -> None:
    """Each department's form ends with its own 合計 (review 14, Gunma's 教育委員会: 3 rows, 合計
    3): read with the others, it was compared with every file's rows (3 against 20)."""
    first = book(nagoya_rows(["", "合計", "", "", "", "5事業"]), name="総務部.xlsx")
    other = [TITLES, _project(1, "教育ICTの推進", "○"), _project(2, "校務の情報化", "△")]
    second = book([*other, ["", "合計", "", "", "", "2事業"]], name="教育委員会.xlsx")
    result = planeval.read_workbooks([first, second])
    assert planeval.summarize(result.entries).total.total == 7
    checked = planeval.check(result, level="基本方針")
    assert checked.agrees and checked.compared == 2
    wrong = book([*other, ["", "合計", "", "", "", "3事業"]], name="教育委員会.xlsx")
    (said,) = planeval.check(
        planeval.read_workbooks([first, wrong]), level="基本方針"
    ).disagreements
    assert (said.stated, said.counted, said.scope) == (3, 2, "教育委員会.xlsx の表")
