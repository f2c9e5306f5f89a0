"""Sentences a correct report writes that check once could not compare (review 21 N3, and
planeval's own narrative): 「3項目すべてが完了しました」 (a status that every row of the scope
has), 「なお、教育委員会所管の2指標は、調査票の提出がなかったため集計していません」 (rows not
counted), 「達成率100%以上4件」 (a status named by its label that holds numbers)."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from planeval.agreement import check
from planeval.cli import app
from planeval.presets import PRESETS
from planeval.stated_number import NOT_COUNTED, TOTAL
from planeval.stated_numbers import read_numbers
from tests.conftest import rated_entries
from tests.test_check_phrasings import cells

PROGRESS, HAMAMATSU, AICHI = PRESETS["progress"], PRESETS["hamamatsu"], PRESETS["aichi"]


def read(text: str, scale) -> list[tuple[str, int | float]]:
    return [(n.what, n.value) for n in read_numbers(text, scale)]


def test_every_row_of_the_scope_in_one_status_is_that_status_s_count_and_the_total() -> None:
    assert read("3項目すべてが完了しました。", PROGRESS) == [("完了", 3), (TOTAL, 3)]
    assert read("2項目は、いずれも取組中です。", PROGRESS) == [("取組中", 2), (TOTAL, 2)]
    rows = rated_entries({"1": {"完了": 3}, "2": {"完了": 2, "取組中": 1}})
    said = cells("改革項目1 民間委託等の推進", "3項目すべてが完了しました。")
    checked = check(said, rows, scale=PROGRESS, level="改革項目")
    assert checked.agrees and checked.compared == 2
    said = cells("改革項目2 事務事業の見直し", "3項目すべてが完了しました。")
    wrong = check(said, rows, scale=PROGRESS, level="改革項目").disagreements
    assert [(d.scope, d.what, d.stated, d.counted) for d in wrong] == [("改革項目2", "完了", 3, 2)]
    said = cells("改革項目1 民間委託等の推進", "4項目すべてが完了しました。")
    wrong = check(said, rows, scale=PROGRESS, level="改革項目").disagreements
    assert [(d.what, d.stated, d.counted) for d in wrong] == [("完了", 4, 3), (TOTAL, 4, 3)]


KPI = (
    "22指標のうち、Aが9指標、Bが7指標、Cが4指標、Dが2指標でした。",
    "なお、教育委員会所管の2指標は、調査票の提出がなかったため集計していません。",
)


def test_a_count_of_rows_never_read_is_listed_and_no_failure() -> None:
    assert read(KPI[1], HAMAMATSU) == [(NOT_COUNTED, 2)]
    rows = rated_entries({"1": {"A": 9, "B": 7, "C": 4, "D": 2}})
    checked = check(cells(*KPI), rows, scale=HAMAMATSU, level="基本方針")
    assert checked.agrees and not checked.disagreements
    [aside] = checked.not_compared
    assert aside.settled and aside.stated == 2
    assert aside.reason.startswith("集計していない行の数で、読み込んだ調査票にはない行")
    assert "行から数えられない数 1 件は比べていません" in checked.verdict()
    # a status named: its rows, compared as ever (「評価できない（D）2指標は…集計していません」)
    said = cells(KPI[0], "評価できない（D）3指標は集計していません。")
    wrong = check(said, rows, scale=HAMAMATSU, level="基本方針").disagreements
    assert [(d.what, d.stated, d.counted) for d in wrong] == [("D", 3, 2)]


def _left_out(tmp_path: Path, sentence: str) -> dict:
    """check --keep-going of a form with one item's status left blank (one row not counted)
    and a report text saying how many were not counted."""
    from tests.conftest import write_book

    rows = [
        ["情報化計画事業の体系", "実施内容", "達成状況", "課題等"],
        ["1-1-1 電子申請の拡充", "① 対象手続の拡大", "○", ""],
        ["", "② 利用案内", "", ""],
        ["1-1-2 窓口のキャッシュレス化", "① 決済端末の導入", "△", "調達の遅れ"],
    ]
    path = write_book(tmp_path / "status.xlsx", {"第3章": rows})
    text = tmp_path / "report.txt"
    text.write_text(f"実施内容2件のうち、計画どおり実施1件、{sentence}", encoding="utf-8")
    result = CliRunner().invoke(
        app, ["check", str(path), "--keep-going", "--text", str(text), "-f", "json"]
    )
    assert result.exit_code == 1  # (an error counted past)
    return json.loads(result.stdout)


def test_a_count_of_rows_left_out_is_compared_with_those_planeval_left_out(tmp_path) -> None:
    """The blank status is one row left out: 「1件は…集計していません」 agrees; 「2件は…」 is
    not compared, the reason saying how many planeval left out."""
    data = _left_out(
        tmp_path, "内容を一部修正して実施1件でした。なお、1件は記入漏れのため集計していません。"
    )
    assert data["disagreements"] == [] and data["not_compared"] == []
    assert data["compared"] == 4
    data = _left_out(
        tmp_path, "内容を一部修正して実施1件でした。なお、2件は記入漏れのため集計していません。"
    )
    [aside] = data["not_compared"]
    assert (aside["stated"], aside["settled"]) == (2, False)
    assert aside["reason"].startswith(
        "この範囲でエラーのため数えなかった行は 1 行で、記載と違います"
    )


def test_a_label_holding_numbers_names_its_status_in_planeval_s_own_sentence() -> None:
    """愛知県's labels (達成率100%以上 …) in the narrative export writes: each its status."""
    said = "個別の指標ごとの評価は、達成率100%以上4件、80%以上100%未満3件、50%以上80%未満2件、50%未満1件でした。"
    assert read(said, AICHI) == [("A", 4), ("B", 3), ("C", 2), ("D", 1)]
    legend = "※達成率100%以上：A、80%以上100%未満：B、50%以上80%未満：C、50%未満：D"
    assert read(legend, AICHI) == []
    assert read(AICHI.legend(), AICHI) == []  # (planeval's own: 「※A：達成率100%以上、…」)


def test_an_id_and_a_table_s_cells_state_no_count() -> None:
    """A numbered name (1-1-2 事業者向け…) and a status cell beside a title, as a page or a
    Word document saved as text gives a table's row (「5\\t事業の見直しが必要」)."""
    kawasaki = PRESETS["kawasaki"]
    assert read("| 1-1-2 事業者向け電子申請の拡充 | ① 実施 | ○ |", PRESETS["nagoya"]) == []
    assert read("2-1\t協働推進事業\t5\t事業の見直しが必要\t市民文化局", kawasaki) == []
    assert read("全17事業のうち、「5」が1事業でした。", kawasaki) == [(TOTAL, 17), ("5", 1)]
