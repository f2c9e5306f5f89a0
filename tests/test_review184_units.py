"""Each figure of a direction's caption and of 集計に含めていない行 in the unit of its neighbours
(review 184 #6, 世田谷区): with 生涯学習部's reply not counted, 1-1's caption said 「実施内容 12件・
評価した実施内容：5件（…ほかに未提出（読めないファイルのみ） 5、未提出（令和3年度の調査票） 6）」,
counting the rows of its 細目 after the items rated (5 + 5 + 6 of 12); the figures after 「ほかに」
now count items as the 評価した実施内容 beside them do, adding up to the 実施内容 before them. And
the sheet listing the items left out says the rows of their 細目 that 集計's sentence counts
(「生涯学習部の実施内容 6 件」 above a list of 3)."""

from __future__ import annotations

import re
from pathlib import Path

from openpyxl import load_workbook
from typer.testing import CliRunner

from planeval.cli import app
from tests.test_review178 import RATINGS, _fill, _forms, _plan

RUNNER = CliRunner()
LATE = "生涯学習部"  # (its item ① rated in 細目)


def _round(tmp_path: Path, *, dated: bool) -> tuple[Path, Path]:
    """The plan and this year's replies: DX推進担当部's rated, 生涯学習部's missing or, ``dated``,
    last year's form sent again."""
    plan = _plan(tmp_path)
    replies = _fill(_forms(plan, "令和4"), tmp_path / "回答", RATINGS)
    (late,) = replies.glob(f"*{LATE}*")
    late.unlink()
    if dated:
        _fill(_forms(plan, "令和3"), tmp_path / "前年度", RATINGS)
        (old,) = (tmp_path / "前年度").glob(f"*{LATE}*")
        old.rename(replies / old.name)
    return plan, replies


def test_a_caption_counts_the_items_left_out_as_it_counts_those_rated(tmp_path: Path) -> None:
    plan, replies = _round(tmp_path, dated=False)
    page = tmp_path / "報告.md"
    done = RUNNER.invoke(app, ["export", str(replies), "--plan", str(plan), "--md", str(page)])
    assert done.exit_code == 0, done.output
    caption = next(
        line for line in page.read_text(encoding="utf-8").splitlines() if "計画事業・" in line
    )
    found = re.fullmatch(
        r"\d計画事業・実施内容 (\d+)件（評価(\d+)件：.+／未提出 (\d+)件）",
        caption,
    )
    assert found, caption
    items, rated, unsent = map(int, found.groups())
    assert rated + unsent == items, caption
    # (planeval check reads the caption back alike: no disagreement)
    said = RUNNER.invoke(app, ["check", str(replies), "--plan", str(plan), "--text", str(page)])
    assert "食い違い" not in said.output, said.output


def test_the_sheet_of_items_left_out_says_their_rows_of_sub_items(tmp_path: Path) -> None:
    plan, replies = _round(tmp_path, dated=True)
    out = tmp_path / "報告.xlsx"
    RUNNER.invoke(
        app, ["export", str(replies), "--plan", str(plan), "--keep-going", "--xlsx", str(out)]
    )
    sheet = load_workbook(out)["集計に含めていない行"]
    rows = [[cell for cell in row if cell] for row in sheet.iter_rows(values_only=True) if any(row)]
    [title] = [row[0] for row in rows if str(row[0]).startswith("集計に含めていない実施内容（")]
    listed = sum(1 for row in rows if row[0] == "1-1-3")
    assert (listed, len(RATINGS[LATE])) == (2, 4)  # (① in 3 細目, and ②)
    assert (
        title
        == f"集計に含めていない実施内容（{listed} 件、細目に分けた行は {len(RATINGS[LATE])} 行）"
    )


def test_the_issue_list_keeps_its_sub_item_column_the_year_no_sub_item_is_counted(
    tmp_path: Path,
) -> None:
    """Review 184 #7: 課題一覧 had a 細目 column the year 生涯学習部's 細目 were counted, none
    the year its reply was not: the plan's 細目 rows are still there (listed 未提出 in Chapter 3),
    so the column stays, empty, in every format."""
    plan, replies = _round(tmp_path, dated=False)
    page, csv = tmp_path / "報告.md", tmp_path / "csv"
    done = RUNNER.invoke(
        app, ["export", str(replies), "--plan", str(plan), "--md", str(page), "--csv", str(csv)]
    )
    assert done.exit_code == 0, done.output
    text = page.read_text(encoding="utf-8")
    assert "電子書籍サービス 未提出" in text  # (its 細目 rows listed, none counted)
    header = next(line for line in text.splitlines() if line.startswith("| 番号 |"))
    assert header.split(" | ")[2] == "細目", header
    listed = (csv / "課題一覧.csv").read_text(encoding="utf-8-sig").splitlines()[0]
    assert listed.split(",")[2] == "細目", listed


def test_the_issues_command_keeps_its_sub_item_column_as_the_issue_list_does(
    tmp_path: Path,
) -> None:
    """`planeval issues` printed 課題一覧 without 細目 the year 生涯学習部's 細目 rows were not
    counted, while the export's 課題一覧 kept the column (review 184 #7): the same rule now,
    keeps_sub_items, in the terminal's and tabulate's tables too."""
    plan, replies = _round(tmp_path, dated=False)
    source = "実施状況調査票_2022_DX推進担当部.xlsx › 実施状況 › F9"
    for fmt, bar, at in (("github", "|", 1), ("rich", "│", 2)):
        listed = RUNNER.invoke(
            app, ["issues", str(replies), "--plan", str(plan), "-f", fmt, "-qq"],
            env={"COLUMNS": "250"},
        )  # fmt: skip
        assert listed.exit_code == 0, listed.output
        lines = listed.stdout.splitlines()
        cells = [[cell.strip() for cell in line.split(bar)[1:-1]] for line in lines]
        assert cells[at] == ["番号", "実施内容", "細目", "達成状況", "課題等", "所管部", "出典"]
        [row] = [row for row in cells if row[:1] == ["1-1-4③"]]
        assert row == [
            "1-1-4③",
            "電子契約の導入",
            "",
            "△",
            "導入時期の変更",
            "DX推進担当部",
            source,
        ]


def test_last_year_s_form_typed_over_is_said_so_with_its_fix(tmp_path: Path) -> None:
    """Review 184 #8: 生涯学習部 typed this year's statuses over last year's form; the error at
    its A2 told the clerk to look for a stray last-year file. Its department's only reply, it
    is now said to be last year's form typed over, and the fix is to copy the answers onto this
    year's form (its rows are not counted). A last-year copy beside the department's reply is
    still a stray file."""
    plan, replies = _round(tmp_path, dated=True)
    checked = RUNNER.invoke(app, ["validate", str(replies), "--plan", str(plan)])
    assert checked.exit_code == 1, checked.output
    dated = "令和3年度（2021年度）の調査票です（ほかの 1 ファイルは令和4年度（2022年度））。"
    assert (
        f"実施状況調査票_2021_{LATE}.xlsx › 実施状況 › A2: {dated}{LATE}の回答はこのファイルだけで、"
        "前の年度の様式に今年度の回答を上書きしたもののようです。このファイルの行は数えていません"
        f"（{LATE}に「今年度の様式に転記して提出し直してください」と伝えてください"
        "（今年度の様式: 令和4年度（2022年度）の調査票））"
    ) in " ".join(checked.output.split()), checked.output
    # (its reply sent too: last year's form is a stray copy, said as before)
    _fill(tmp_path / "調査票令和4", tmp_path / "今年度", RATINGS)
    (sent,) = (tmp_path / "今年度").glob(f"*{LATE}*")
    sent.rename(replies / sent.name)
    checked = RUNNER.invoke(app, ["validate", str(replies), "--plan", str(plan)])
    dated = dated.replace("ほかの 1 ファイル", "ほかの 2 ファイル")
    assert (
        f"実施状況調査票_2021_{LATE}.xlsx › 実施状況 › A2: {dated}このファイルの行は数えて"
        "いません（令和4年度（2022年度）の調査票で回答し直してもらってください（前の年度のファイル"
        "が紛れ込んでいないか確認してください））"
    ) in " ".join(checked.output.split()), checked.output


def test_the_sentences_of_items_left_out_count_items_and_name_their_rows(tmp_path: Path) -> None:
    """Review 184 (#2 follow-up): under 集計, 「生涯学習部の実施内容 4 件は…」 and after policy 1's
    sentence 「その実施内容4件は集計に含めていません」 counted the rows of its 2 items (① in 3
    細目, and ②) while the caption said 「ほかに未提出 2」: each now counts the items and names
    their rows, and check reads its own export's sentences as agreeing (exit 0)."""
    plan, replies = _round(tmp_path, dated=False)
    page, word = tmp_path / "報告.md", tmp_path / "報告.docx"
    done = RUNNER.invoke(
        app, ["export", str(replies), "--plan", str(plan), "--md", str(page), "--docx", str(word)]
    )
    assert done.exit_code == 0, done.output
    lines = page.read_text(encoding="utf-8").splitlines()
    assert (
        f"{LATE}の実施内容 2 件（細目に分けた行は 4 行）は、回答が提出されていないため集計に"
        "含めていません（未提出）。"
    ) in lines
    [policy] = [line for line in lines if line.startswith("「1-1 ")]
    assert policy.endswith(
        "なお、計画にはこのほか所管部の回答が提出されていない計画事業があり、その実施内容2件"
        "（細目に分けた行は4行）は集計に含めていません。"
    ), policy
    for told in (page, word):
        said = RUNNER.invoke(app, ["check", str(replies), "--plan", str(plan), "--text", str(told)])
        assert said.exit_code == 0, said.output
        assert "食い違い" not in said.output, said.output


def test_check_names_why_the_plan_s_items_were_not_returned(tmp_path: Path) -> None:
    """Review 184's verdict: the whole of the plan agreeing as 「（集計 1 件＋未提出 1 件）」
    whatever the reason; 生涯学習部 sent last year's form, and the verdict now says so with its
    count, as Chapter 3 labels its rows (a department that sent nothing stays 未提出)."""
    plan, replies = _round(tmp_path, dated=True)
    page = tmp_path / "報告.md"
    RUNNER.invoke(
        app, ["export", str(replies), "--plan", str(plan), "--keep-going", "--md", str(page)]
    )
    said = RUNNER.invoke(
        app, ["check", str(replies), "--plan", str(plan), "--keep-going", "--text", str(page)],
        env={"COLUMNS": "250"},
    )  # fmt: skip
    assert "食い違い" not in said.stdout, said.stdout
    assert (
        "「2つの計画事業のうち回答のあった1つの計画事業について評価しました」"
        "（集計 1 件＋未提出（令和3年度の調査票） 1 件）は、"
    ) in " ".join(said.stdout.split()), said.stdout
