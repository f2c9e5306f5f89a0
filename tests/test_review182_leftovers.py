"""Review 182's leftovers, on 西津市's round (tests/test_review182.py's forms: 施策 1–6 numbered
straight through the plan, rated right under each 基本目標; 教育部 returned nothing; 市民部
typed 施策5 as 5-1 and 5-2).

#5 (the flat lists): summarize --by item and issues printed 「2-5-1」 for the row typed 5-1,
where messages (ids.describe) say 「5-1」; they now show it by the same rule (ids.written_number).
#1 (check): the whole plan's sentence agreed as 「（集計 4 件＋未提出 2 件）」, the split 施策 among
the 未提出; it is said as 記入誤り, as 集計 and the caption call it."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from planeval.cli import app
from tests.cycle_fill import PLAN, fill_workbook, split_templates
from tests.test_check_unread_reply import XLS
from tests.test_review174_whole_of_the_plan import WIDE
from tests.test_review182 import _run, _town


def test_the_flat_lists_show_a_row_typed_in_parts_as_typed(tmp_path: Path) -> None:
    _plan, folder = _town(tmp_path)
    given = ["--config", str(folder / "planeval.toml"), "-f", "plain"]
    code, shown = _run("summarize", str(folder), "--by", "item", *given)
    assert code == 0, shown
    lines = [line.rstrip() for line in shown.splitlines()]
    assert lines[2:9] == [
        "1       防災体制の強化                        1    0    0    0    0     1             0",
        "2       地域防犯の推進                        0    0    0    0    0     0             1",
        "4       行政改革の推進                        0    1    0    0    0     1             0",
        "5-1     中心市街地の活性化（商店街）          0    1    0    0    0     1             0",
        "5-2     中心市街地の活性化（まちなか居住）    0    0    1    0    0     1             0",
        "6       財政の健全化                          0    0    1    0    0     1             0",
        "合計                                          1    2    2    0    0     5             1",
    ], shown
    code, shown = _run("issues", str(folder), *given)
    assert code == 0, shown
    lines = [line.rstrip() for line in shown.splitlines()]
    assert lines[2:4] == [
        "5-2     中心市街地の活性化（まちなか居住）  C       引き続き取り組む。    市民部    市民部.xlsx › 施策評価 › D7",
        "6       財政の健全化                        C       引き続き取り組む。    市民部    市民部.xlsx › 施策評価 › D8",
    ], shown


def _verdict(folder: Path, plan: Path, text: Path) -> str:
    """check's verdict, its wrapped lines joined (errors and notices apart, on stderr)."""
    run = CliRunner().invoke(
        app,
        ["check", str(folder), "--plan", str(plan), "--config", str(folder / "planeval.toml"),
         "--keep-going", "-qq", "--text", str(text)],
        env=WIDE,
    )  # fmt: skip
    return "".join(line.strip() for line in run.stdout.splitlines())


def test_check_says_the_split_item_apart_from_the_unsent(tmp_path: Path) -> None:
    """#1: 「（集計 4 件＋未提出 2 件）」 of 教育部's 施策 not returned and 市民部's returned split."""
    plan, folder = _town(tmp_path)
    md = tmp_path / "報告.md"
    given = ["--plan", str(plan), "--config", str(folder / "planeval.toml"), "--keep-going"]
    _run("export", str(folder), *given, "--md", str(md))
    assert _verdict(folder, plan, md) == (
        "5 段落、表の 3 行、表の説明 2 件と一覧の説明 1 件の記載件数はすべて集計と一致しています。"
        "「全6つの施策のうち3つの施策を評価しました」（集計 3 件＋評価対象外 1 件＋未提出 1 件＋記入誤り"
        " 1 件）は、集計した件数に評価対象外の件数と未提出の件数と記入誤りの件数を加えた計画の件数として"
        "一致とみました"
        "（割合は集計した件数に対するものです）"
    )


def test_check_names_each_reason_the_plan_s_items_were_not_counted(tmp_path: Path) -> None:
    """Leftover: where some of the items a whole holds are 未提出 (危機管理部 sent nothing) and
    some an .xls's (教育政策部), check said them all 「未提出 8 件」; each now with its count, by
    the label Chapter 3 lists the rows with (unsent_reasons): 未提出（読めないファイルのみ）."""
    forms = split_templates(tmp_path / "R4")
    for path in forms.glob("*.xlsx"):
        fill_workbook(path, default="○")
    for path in forms.glob("*.xlsx"):
        if path.stem.endswith("教育政策部"):
            path.with_suffix(".xls").write_bytes(XLS)
            path.unlink()
        elif path.stem.endswith("危機管理部"):
            path.unlink()
    assert _checked(forms, tmp_path / "報告.md") == (
        "6 段落、表の 4 行、表の説明 6 件と一覧の説明 1 件の記載件数はすべて集計と一致しています。"
        "「実施内容は全49件で」（集計 40 件＋再掲（-） 1 件＋未提出（読めないファイルのみ） 4 件＋未提出 4 件）、"
        "「再掲の1件を除く48件のうち」（集計 40 件＋未提出（読めないファイルのみ） 4 件＋未提出 4 件）、"
        "「全13の計画事業のうち回答のあった11の計画事業について評価しました」（集計 11 件＋未提出（読めない"
        "ファイルのみ） 1 件＋未提出 1 件） ほか 1 件は、集計した件数に再掲（-）の件数と未提出（読めないファイルのみ）の"
        "件数と未提出の件数を加えた計画の件数として一致とみました（割合は集計した件数に対するものです）"
    )
    # (a row in error besides, in 政策経営部's form: a total of it and of those items too)
    fill_workbook(forms / "実施状況調査票_2022_政策経営部.xlsx", {"1-1-1①": ("●", "")})
    assert _checked(forms, tmp_path / "報告_エラー.md").endswith(
        "「実施内容は全49件で」（集計 39 件＋再掲（-） 1 件＋数えなかった行 9 件"
        "（エラーの 1 行、未提出（読めないファイルのみ）の 4 件、未提出の 4 件））は、集計した件数に数えなかった"
        "行を加えた件数として一致とみました"
    )


def _checked(forms: Path, md: Path) -> str:
    """check's verdict of the export of ``forms`` with the bundled plan, lines joined."""
    given = [str(forms), "--plan", str(PLAN), "--keep-going", "-qq"]
    run = CliRunner().invoke(app, ["export", *given, "--md", str(md)])
    assert run.exit_code == 1, run.output  # (the .xls: an error)
    run = CliRunner().invoke(app, ["check", *given, "--text", str(md)], env=WIDE)
    return "".join(line.strip() for line in run.stdout.splitlines())
