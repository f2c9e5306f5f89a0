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
        "「全6つの施策のうち3つの施策を評価しました」（集計 4 件＋未提出 1 件＋記入誤り 1 件）は、"
        "集計した件数に未提出の件数と記入誤りの件数を加えた計画の件数として一致とみました"
        "（割合は集計した件数に対するものです）"
    )
