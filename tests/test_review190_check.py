"""Review 190 (東淀川市, 枚方市-style 施策評価: A–E and 評価対象外, one row per 施策, a 基本目標
heading above each table): ``check`` failed correct reports."""

from __future__ import annotations

import json
from pathlib import Path

import openpyxl
import pytest
from typer.testing import CliRunner

from planeval.cli import app
from planeval.scale import Scale, Status
from planeval.scale_words import ScaleWords
from planeval.stated_ranges import stated_range

RUNNER = CliRunner()
SETTINGS = """[scale]
preset = "hirakata"
rounding = "largest_remainder"
ties = "column_order"

[wording]
preset = "hirakata"
status_count = "{thing}({symbol})が{n}個"
"""
HEADER = ["No.", "施策名", "評価（A～E）", "今後の方向性", "担当課"]
# (基本目標, its 施策 as (No., rating)): 19 rated — A 6, B 8, C 3, D 1, E 1 — and one 評価対象外
GOALS = {
    "基本目標1　安全・安心で快適に暮らせるまち": "A B A 評価対象外 C",
    "基本目標2　健やかに暮らせるまち": "A B B C A D",
    "基本目標3　魅力と活力あるまち": "B B A E B A B C B",
}


def _forms(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    number = 0
    for index, (goal, ratings) in enumerate(GOALS.items(), 1):
        book = openpyxl.Workbook()
        sheet = book.active
        assert sheet is not None
        sheet.title = "施策評価"
        sheet["A1"] = f"令和6年度　東淀川市総合計画　施策評価シート（第{index}部）"
        sheet["A3"] = goal
        sheet.append(HEADER)
        for rating in ratings.split():
            number += 1
            sheet.append([number, f"施策{number}の推進", rating, "引き続き取り組む", "企画課"])
        book.save(folder / f"0{index}_第{index}部.xlsx")
    (folder / "planeval.toml").write_text(SETTINGS, encoding="utf-8")
    return folder


def _check(where: Path, text: str, name: str = "報告書案.txt") -> tuple[int, dict]:
    folder = _forms(where / "回答")
    (where / name).write_text(text, encoding="utf-8")
    args = ["check", str(folder), "--text", str(where / name), "-f", "json"]
    done = RUNNER.invoke(app, [*args, "--config", str(folder / "planeval.toml")])
    return done.exit_code, json.loads(done.stdout)


def _wrong(data: dict) -> list[tuple[str, str, object, object]]:
    return [(r["scope"], r["what"], r["stated"], r["counted"]) for r in data["disagreements"]]


def test_a_sentence_naming_the_whole_plan_keeps_it_before_a_goal_named_later(
    tmp_path: Path,
) -> None:
    """#1: 「計画全体では、19件のうち…。基本目標2では、6施策のうち…」 under まとめ: the first
    sentence's numbers were 基本目標2's (合計 19 | 6, B以上 14 | 4, C以下 5 | 2), exit 1."""
    text = (
        "まとめ\n計画全体では、19件のうちB以上が14件、C以下が 5件でした。基本目標2では、6施策の"
        "うち効果的なもの(A)が 2個、課題の検証を要するもの(D)が{d}個でした。\n"
    )
    code, data = _check(tmp_path, text.format(d=1))
    assert (code, _wrong(data), data["not_compared"]) == (0, [], [])
    code, data = _check(tmp_path / "wrong", text.format(d=2))
    assert (code, _wrong(data)) == (1, [("基本目標2", "D", 2, 1)])


@pytest.mark.parametrize("span", ["C～E", "C〜E", "C-E", "C評価～E評価"])
def test_a_span_of_statuses_with_a_dash_adds_them_up(tmp_path: Path, span: str) -> None:
    """#2: 「C～Eの評価が5施策」 (the forms' own 評価（A～E）) was compared as E alone (5 | 1);
    it is C, D and E added up, as 「C以下」 is."""
    text = "計画全体\n評価した19施策のうち、A・Bの評価が14施策、{span}の評価が{n}施策でした。\n"
    code, data = _check(tmp_path, text.format(span=span, n=5))
    assert (code, _wrong(data), data["not_compared"]) == (0, [], [])
    code, data = _check(tmp_path, text.format(span=span, n=4))
    assert (code, _wrong(data)) == (1, [("計画全体", "CからEまで（C・D・E）", 4, 5)])


def test_a_dash_between_digits_is_no_span_of_statuses() -> None:
    """A scale's digits with a dash between them are a number's (施策2-1), never read as 1 and 2
    (the digits' own ranges are quoted_digits')."""
    words = ScaleWords(Scale((Status("1", "達成"), Status("2", "概ね達成"), Status("3", "未達成"))))
    assert stated_range("、2-1の事業が", "件", words) is None


def test_a_total_with_the_uncounted_rows_agrees_where_the_next_line_says_them(
    tmp_path: Path,
) -> None:
    """#3: 「全20施策について施策評価を実施しました」 with 「評価対象外の1施策を除く19件のうち…」
    on the next line (a text of a sentence a line) was 合計 20 | 19, exit 1; written as one line
    it agreed. Now it agrees as the rows counted and the 評価対象外 row, the verdict naming the
    line that says it; an empty line between them (another paragraph) still differs."""
    total = "本市では、全20施策について施策評価を実施しました。"
    rest = "評価対象外の1施策を除く19件のうち、B以上が14件、C以下が5件でした。"
    code, data = _check(tmp_path, f"１　評価の概要\n{total}\n{rest}\n")
    assert (code, _wrong(data), data["not_compared"]) == (0, [], [])
    assert data["verdict"] == (
        "2 段落の記載件数はすべて集計と一致しています。「全20施策について施策評価を実施しました」"
        "（集計 19 件＋数えなかった行 1 件（評価対象外。3行目に件数の記載））は、集計した件数に"
        "数えなかった行を加えた件数として一致とみました"
    )
    code, data = _check(tmp_path / "apart", f"１　評価の概要\n{total}\n\n{rest}\n")
    assert (code, _wrong(data)) == (1, [("計画全体", "total", 20, 19)])
