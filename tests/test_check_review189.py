"""check --previous on a designated city's 局 forms (review 189): a change said of the 重点 rows
(「（うち重点▲2件）」) is compared with their change, not all rows'; a quote starts where words
do; last year's number is never said with this year's 未提出. The forms are
test_kawasaki_check's: 環境局 answered last year only, one of its 2 事務事業 重点."""

from __future__ import annotations

from pathlib import Path

from planeval.config import load_config
from planeval.stated_numbers import read_numbers
from tests.body_settings import KAWASAKI
from tests.test_kawasaki_check import _run

# (達成度4: last year 3 of every row, 2 of them 重点, 環境局's 大気環境監視事業 one; none this year)


def _said(tmp_path: Path, text: str) -> tuple[int, str]:
    result = _run(tmp_path, text, "--previous", str(tmp_path / "R5"))
    return result.exit_code, " ".join(result.output.split())


def test_a_change_of_the_marked_rows_is_theirs(tmp_path: Path) -> None:
    # (▲3 is every row's change, 3 → 0; the 重点 rows' is 2 → 0: review 189 #1 passed it)
    text = "達成度4は、3件（うち重点2件）から0件（うち重点0件）に減少しました（うち重点▲3件）。\n"
    code, said = _said(tmp_path, text)
    assert code == 1, said
    assert "│ 計画全体の重点 │ 4（目標を下回った）の増減 │ ▲3 │ ▲2（前年度 2 → 今回 0） │" in said
    assert "│ 計画全体 │" not in said  # (last year's 3, every row's as published, agrees)


def test_a_right_change_of_the_marked_rows_leaves_the_sentence_s_counts_agreeing(
    tmp_path: Path,
) -> None:
    # (its ▲2 was taken as every row's without 環境局's, so the right 3 was listed as wrong)
    text = "達成度4は、3件（うち重点2件）から0件（うち重点0件）に減少しました（うち重点▲2件）。\n"
    code, said = _said(tmp_path, text)
    assert code == 0, said
    assert "記載と集計の食い違い" not in said


def test_last_year_s_number_is_not_said_with_this_year_s_unreturned(tmp_path: Path) -> None:
    # (環境局's 重点 事務事業 is 未提出 this year; last year it answered: review 189 #4)
    code, said = _said(tmp_path, "達成度4は、前年度の3件（うち重点3件）から0件になりました。\n")
    assert code == 1, said
    assert "│ 計画全体の重点 │ 4（目標を下回った）（前年度） │ 3 │ 2 │" in said


def test_a_quote_starts_where_its_words_do(tmp_path: Path) -> None:
    (tmp_path / "planeval.toml").write_text(KAWASAKI, "utf-8")
    scale = load_config(tmp_path / "planeval.toml").scale
    text = (
        "「目標どおり」は、9件（うち重点4件）から6件（うち重点1件）に減少しました（うち重点▲2件）。"
    )
    change = read_numbers(text, scale, item="事務事業")[-1]
    assert (change.value, change.subset) == (-2, "重点")
    assert change.phrase == "9件(うち重点4件)から6件(うち重点1件)に減少しました(うち重点▲2件)"


def test_one_change_agrees_on_one_basis_each_year_s_published_count(tmp_path: Path) -> None:
    # (review 189 #2: both ▲3, 3 → 0 of every reply, and ▲2, 2 → 0 without 環境局's, passed)
    code, said = _said(tmp_path, "達成度4は前年度から▲3件となりました。\n")
    assert code == 0, said
    assert "各年度の回答全体の数として一致とみました" in said
    code, said = _said(tmp_path, "達成度4は前年度から▲2件となりました。\n")
    assert code == 1, said
    assert (  # (its place with its words: 「1行目「達成度4は前年度から▲2件」」, review 206 #4)
        "│ 計画全体 │ 4（目標を下回った）の増減 │ ▲2 │ ▲3（前年度 3 → 今回 0。片方の年度だけで数えた"
        "事務事業 2 件を除くと 2 → 0（▲2）。記載は compare の表と同じく両年度で比べられる行だけの数です。 │ "
        "1行目「達成度4は前年度から▲2件」 │ │ │ │ │ "
        "check は各年度の回答全体の数（公表する数）と比べます） │ │"
    ) in said
