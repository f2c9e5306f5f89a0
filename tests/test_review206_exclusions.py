"""check on 南枚方市's 施策評価 (review 206 #1): 「評価対象外の1施策と評価が未確定の1施策を除く43施策」
is the rows counted less both — each count taken out compared with its own rows (評価対象外's,
the ratings left blank), the total after them with the rows counted —, never the second 1 as
the plan's 施策 and 43 as every row (two disagreements of a right sentence)."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from planeval.cli import app
from planeval.presets import PRESETS
from planeval.stated_number import NOT_COUNTED, TOTAL
from planeval.stated_numbers import read_numbers
from tests.conftest import write_book

SETTINGS = """[scale]
preset = "hirakata"

[wording]
preset = "hirakata"
policy = "基本目標"
project = "施策"
item = "主な取組"
status = "評価"
"""
HEADER = ("施策番号", "施策名", "主な取組", "評価", "今後の方向性", "所管部")
# 基本目標 → its 施策' ratings (None: left blank, an error read past with --keep-going)
RATINGS = {"1": ["A", "B", "評価対象外", "A"], "2": ["A", None, "C", "B"]}
WORDS = {"project": "施策", "item": "主な取組", "level": "基本目標"}


def _check(tmp_path: Path, text: str, blank: str | None = None) -> tuple[int, str]:
    tmp_path.mkdir(exist_ok=True)
    (tmp_path / "planeval.toml").write_text(SETTINGS, "utf-8")
    sheets = {}
    for goal, ratings in RATINGS.items():
        rows = [
            (
                f"{goal}-{at}",
                f"施策{goal}-{at}",
                f"施策{goal}-{at}の事業",
                rating or blank,
                "",
                "総務部",
            )
            for at, rating in enumerate(ratings, 1)
        ]
        sheets[f"基本目標{goal}"] = [(f"基本目標{goal}　まちづくり",), (), HEADER, *rows]
    write_book(tmp_path / "施策評価.xlsx", sheets)
    (tmp_path / "案.txt").write_text(text, "utf-8")
    args = ["check", str(tmp_path / "施策評価.xlsx"), "-qq", "--keep-going"]
    args += ["--text", str(tmp_path / "案.txt"), "--config", str(tmp_path / "planeval.toml")]
    result = CliRunner().invoke(app, args, env={"COLUMNS": "200"})
    return result.exit_code, " ".join(result.output.split())


def _draft(out: int = 1, blank: int = 1, rest: int = 5) -> str:
    return f"評価対象外の{out}施策と評価が未確定の{blank}施策を除く{rest}施策のうち、効果的なもの(A)が3個でした。\n"


def test_two_counts_taken_out_leave_the_rows_counted(tmp_path: Path) -> None:
    # (8 施策: 1 評価対象外, 1 blank, 6 rated; review 206 #1 said 「│ 計画全体 │ 施策の数 │ 1 │ 7 │」
    # and 「│ 計画全体 │ 施策の数 │ 5 │ 7 │」 of the right 「…1施策…1施策を除く6施策」)
    code, said = _check(tmp_path, _draft(rest=6))
    assert "記載と集計の食い違い" not in said, said
    assert code == 1  # (the blank rating's error alone)


def test_each_count_taken_out_is_compared_with_its_own_rows(tmp_path: Path) -> None:
    code, said = _check(tmp_path / "total", _draft(rest=7))
    assert code == 1
    assert "│ 計画全体 │ 合計 │ 7 │ 6（記載はエラーの行を除いた件数です） │" in said, said
    assert "施策の数" not in said
    code, said = _check(tmp_path / "blank", _draft(blank=2, rest=6))
    assert code == 1
    assert "│ 計画全体 │ 集計していない行の数 │ 2 │ 1 │" in said, said
    code, said = _check(tmp_path / "out", _draft(out=2, rest=7, blank=0), blank="B")
    assert code == 1
    assert "│ 計画全体 │ 評価対象外 │ 2 │ 1 │" in said, said


def test_none_left_blank_agrees_once_the_blank_is_filled(tmp_path: Path) -> None:
    # (fixed/案2.docx: 「…と評価が未確定の0施策を除く44施策」 was 「│ 0 │ 45 │」 and 「│ 44 │ 45 │」)
    code, said = _check(tmp_path / "filled", _draft(blank=0, rest=7), blank="B")
    assert code == 0, said
    assert "比べられなかった数" not in said
    code, said = _check(tmp_path / "still", _draft(blank=1, rest=6), blank="B")
    assert code == 1
    assert "│ 計画全体 │ 集計していない行の数 │ 1 │ 0 │" in said, said
    assert "│ 計画全体 │ 合計 │ 6 │ 7（集計しない評価対象外 1件を含めると 8） │" in said


def test_counts_taken_out_joined_by_oyobi_or_three_at_once() -> None:
    scale = PRESETS["hirakata"]
    for text in (
        "評価対象外の1施策及び評価が未記入の2施策を除く40施策のうち、Aが20施策でした。",
        "評価対象外の1施策と、評価が空欄の2施策を除く40施策のうち、Aが20施策でした。",
    ):
        numbers = read_numbers(text, scale, **WORDS)
        got = [(n.what, n.value, n.net, n.excluding) for n in numbers[:3]]
        assert got == [
            ("評価対象外", 1, False, ""),
            (NOT_COUNTED, 2, False, ""),
            (TOTAL, 40, True, ""),
        ]
    from planeval.stated_number import EXCLUDED_APART  # (D's and E's: both taken out)

    text = "Dの2施策とEの1施策と評価対象外の1施策を除く40施策のうち、Aが20施策でした。"
    numbers = read_numbers(text, scale, **WORDS)
    got = [(n.what, n.value, n.excluding) for n in numbers[:4]]
    assert got == [
        ("D", 2, ""),
        ("E", 1, ""),
        ("評価対象外", 1, ""),
        (TOTAL, 40, f"D{EXCLUDED_APART}E"),
    ]


def test_the_disagreement_quotes_the_words_it_stands_in(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # (review 206 #4: only 「│ 基本目標4 │ B（おおむね効果的） │ 4 │ 3 │ 13段落目 │」 — Word numbers
    # no paragraph, and 13 counts the headings; the phrase is the JSON's)
    text = (
        "1 評価の概要\n基本目標2では、効果的なもの(A)が1個、おおむね効果的なもの(B)が 3個でした。\n"
    )
    _check(tmp_path, text, blank="B")
    monkeypatch.chdir(tmp_path)
    args = ["check", "施策評価.xlsx", "-qq", "--text", "案.txt"]
    narrow = CliRunner().invoke(app, args, env={"COLUMNS": "80"})
    assert narrow.exit_code == 1
    assert narrow.output.splitlines() == [
        "記載と集計の食い違い",
        "出典のファイル: 案.txt",
        "┌───────────┬─────────────────────┬──────┬──────┬──────────────────────────────┐",
        "│ 範囲      │ 項目                │ 記載 │ 集計 │ 記載の場所                   │",
        "├───────────┼─────────────────────┼──────┼──────┼──────────────────────────────┤",
        "│ 基本目標2 │ B（おおむね効果的） │ 3    │ 2    │ 2行目「おおむね効果的なもの  │",
        "│           │                     │      │      │ (B)が 3個」                  │",
        "└───────────┴─────────────────────┴──────┴──────┴──────────────────────────────┘",
        "1 段落のうち、記載と集計の食い違いが 1 件あります",
    ]
    as_csv = CliRunner().invoke(app, [*args, "-f", "csv"]).output  # (the data: its place alone)
    assert "基本目標2,B（おおむね効果的）,3,2,案.txt › 2行目\n" in as_csv
