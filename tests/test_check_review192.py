"""check on a designated city's 局 forms (review 192 #1): a sentence whose scope names the
marked rows — 「重点事業では、」「重点事業の達成度3は」「重点事業の達成度をみると、」「重点1事業の内訳は」 —
has its numbers compared with the 重点 rows, as 「重点事業のうち」 has, never with every row (a
wrong 2 of every row passed, true 重点 figures were flagged); 「重点事業以外では」 is listed, not
compared. The forms are test_kawasaki_check's: this year 防災計画推進事業 (重点) 2, 備蓄物資整備事業
and 避難所運営支援事業 3; 環境局 (one 重点) did not answer."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_kawasaki_check import _run


def _said(tmp_path: Path, text: str) -> tuple[int, str]:
    result = _run(tmp_path, text)
    return result.exit_code, " ".join(result.output.split())


@pytest.mark.parametrize(
    "sentence", ["重点事業では、達成度3が2件でした。", "重点事業の達成度3は2件でした。"]
)
def test_every_row_s_figure_said_of_the_marked_rows_is_wrong(tmp_path: Path, sentence: str) -> None:
    code, said = _said(tmp_path, f"1 全体の状況\n{sentence}\n")
    assert code == 1, said
    assert (
        "│ 計画全体の重点事業 │ 3（目標をほぼ達成） │ 2 │ 0（未提出の 1 件は数えていません） │ "
    ) in said
    phrase = sentence.split("、")[-1].removesuffix("でした。")  # (its words: review 206 #4)
    assert f"/報告書.txt › 2行目「{phrase}」 │" in said


@pytest.mark.parametrize(
    "sentence",
    [
        "重点事業では、達成度2が1件、達成度3が0件でした。",
        "重点事業の達成度をみると、達成度2が1件、達成度3が0件でした。",
        "重点1事業の内訳は、達成度2が1件、達成度3が0件でした。",
    ],
)
def test_the_marked_rows_figures_agree(tmp_path: Path, sentence: str) -> None:
    code, said = _said(tmp_path, f"1 全体の状況\n{sentence}\n")
    assert code == 0, said
    assert "1 段落の記載件数はすべて集計と一致しています" in said
    assert "記載と集計の食い違い" not in said


def test_the_rows_a_column_does_not_mark_are_listed_not_compared(tmp_path: Path) -> None:
    text = "1 全体の状況\n達成度3は2件でした。\n重点事業以外では、達成度3が2件でした。\n"
    code, said = _said(tmp_path, text)
    assert code == 0, said
    assert "記載と集計の食い違い" not in said
    assert (
        "│ 計画全体 │ 達成度3が2件 │ 2 │ 「重点事業以外」の件数は重点事業の印のない行の数で、"
        "重点事業の行の数だけを比べます │ "
    ) in said
    assert "/報告書.txt › 3行目 │" in said
    assert (
        "2 段落の記載件数はすべて集計と一致しています（前年度の数・増減・印のない内訳など、行から数えられない数 1 件は比べていません）"
        in said
    )
