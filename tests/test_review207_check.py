"""check on 東群馬県's 情報化推進計画 進捗状況 (review 207 #4): 「前年度（141項目）は達成Aが27項目、
後退Dが18項目でした。」 set the 141 aside as last year's but compared 27 and 18 with this year's A
and D (two false disagreements, with --previous too). A clause whose subject is last year — its
whole bracketed after the year word — has all its counts last year's: compared with --previous's
rows, set aside without it. And 「…後退Dの4段階です」 is a scale's number of levels, no count:
passed over, never listed with a request to write it 「4件」."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from planeval.cli import app
from planeval.presets import PRESETS
from planeval.stated_changes import PAST
from planeval.stated_number import TOTAL
from planeval.stated_numbers import read_numbers
from tests.conftest import write_book

SETTINGS = """[scale]
preset = "gunma"

[wording]
policy = "基本目標"
project = "項目"
item = "指標"
status = "指標の評価"
"""
HEADER = ("基本目標", "指標", "指標の評価")
LAST_YEAR = "AAABBBBCCDDDD"  # (13 indicators: A 3, D 4)
THIS_YEAR = "AABBBBBCCCCD"  # (12: A 2, D 1)
PAST_SAID = "前年度の数なので、今回の行とは比べません"


def _forms(folder: Path, ratings: str) -> None:
    folder.mkdir(parents=True)
    rows = [(f"基本目標{1 + i % 2}", f"指標{i + 1}", f"{s}") for i, s in enumerate(ratings)]
    write_book(folder / "進捗状況.xlsx", {"進捗状況": [HEADER, *rows]})


def _check(tmp_path: Path, text: str, *more: str):
    tmp_path.mkdir(exist_ok=True)
    (tmp_path / "planeval.toml").write_text(SETTINGS, "utf-8")
    _forms(tmp_path / "R5", LAST_YEAR)
    _forms(tmp_path / "R6", THIS_YEAR)
    (tmp_path / "案.txt").write_text(text, "utf-8")
    args = ["check", str(tmp_path / "R6"), "-qq", "--text", str(tmp_path / "案.txt")]
    args += ["--config", str(tmp_path / "planeval.toml"), *more]
    result = CliRunner().invoke(app, args, env={"COLUMNS": "250"})
    return result.exit_code, " ".join(result.output.split())


def _draft(a: int = LAST_YEAR.count("A"), d: int = LAST_YEAR.count("D")) -> str:
    return (
        f"評価は、達成A、前進B、横ばいC、後退Dの4段階です。\n"
        f"計画全体では、評価した{len(THIS_YEAR)}項目のうち、達成Aが{THIS_YEAR.count('A')}項目、"
        f"後退Dが{THIS_YEAR.count('D')}項目でした。\n"
        f"前年度（{len(LAST_YEAR)}項目）は達成Aが{a}項目、後退Dが{d}項目でした。\n"
    )


def _read(text: str) -> list[tuple[str, int | float, str]]:
    numbers = read_numbers(text, PRESETS["gunma"], project="項目", item="指標")
    return [(n.what, n.value, n.when) for n in numbers]


def test_a_clause_about_last_year_is_last_year_s_throughout() -> None:
    assert _read("前年度（141項目）は達成Aが27項目、後退Dが18項目でした。") == [
        (TOTAL, 141, PAST),
        ("A", 27, PAST),
        ("D", 18, PAST),
    ]
    assert _read("なお、前年度（141指標）の評価は達成Aが27指標でした。") == [
        (TOTAL, 141, PAST),
        ("A", 27, PAST),
    ]
    # (until this year is named; and sentences that only compare with last year are this year's)
    assert _read("前年度（141項目）は達成Aが27項目でしたが、今年度は達成Aが26項目です。") == [
        (TOTAL, 141, PAST),
        ("A", 27, PAST),
        ("A", 26, ""),
    ]
    assert _read("前年度と比べ、横ばいCの指標は6指標でした。") == [("C", 6, "")]
    assert _read("前進Bは3件で、前年度（5件）と比べ△2件でした。")[:2] == [
        ("B", 3, ""),
        ("B", 5, PAST),
    ]


def test_a_scale_s_number_of_levels_is_no_count() -> None:
    assert _read("評価は、達成A、前進B、横ばいC、後退Dの4段階です。") == []


def test_last_year_s_clause_is_set_aside_without_previous(tmp_path: Path) -> None:
    # (27 and 18 were 「計画全体 達成A 記載27 集計26」「後退D 18 / 10」, rc 1; 4段階 listed)
    code, said = _check(tmp_path, _draft())
    assert code == 0, said
    assert "記載と集計の食い違い" not in said
    assert "4段階" not in said
    at = f"{tmp_path / '案.txt'} › 3行目"
    a = f"前年度（{len(LAST_YEAR)}項目）は達成Aが{LAST_YEAR.count('A')}項目"
    d = f"後退Dが{LAST_YEAR.count('D')}項目"
    assert f"│ 計画全体 │ {a} │ {len(LAST_YEAR)} │ {PAST_SAID} │ {at} │" in said
    assert f"│ 計画全体 │ {a} │ {LAST_YEAR.count('A')} │ {PAST_SAID} │ {at} │" in said
    assert f"│ 計画全体 │ {d} │ {LAST_YEAR.count('D')} │ {PAST_SAID} │ {at} │" in said
    assert said.endswith(
        "2 段落の記載件数はすべて集計と一致しています（前年度の数・増減・印のない内訳など、"
        "行から数えられない数 3 件は比べていません）。前年度の数と増減は、前年度の回答を"
        " --previous で渡すと照合します"
    )


def test_last_year_s_clause_is_compared_with_previous(tmp_path: Path) -> None:
    code, said = _check(tmp_path / "right", _draft(), "--previous", str(tmp_path / "right/R5"))
    assert code == 0, said
    assert "記載と集計の食い違い" not in said
    assert "比べられなかった数" not in said
    wrong, d = LAST_YEAR.count("D") + 1, LAST_YEAR.count("D")
    previous = ("--previous", str(tmp_path / "wrong/R5"))
    code, said = _check(tmp_path / "wrong", _draft(d=wrong), *previous)
    assert code == 1, said
    at = f"{tmp_path / 'wrong/案.txt'} › 3行目"
    assert (
        f"│ 計画全体 │ D（後退）（前年度） │ {wrong} │ {d} │ {at}「後退Dが{wrong}項目」 │" in said
    )
    assert said.endswith("2 段落のうち、記載と集計の食い違いが 1 件あります")


def test_a_named_year_s_bracketed_whole_is_that_year_s_total(tmp_path: Path) -> None:
    assert _read("令和5年度（141項目）は達成Aが27項目でした。") == [(TOTAL, 141, ""), ("A", 27, "")]
    text = f"令和5年度（{len(LAST_YEAR) + 1}項目）は達成Aが{LAST_YEAR.count('A')}項目でした。\n"
    more = ("--previous", str(tmp_path / "R5"), "--fiscal-year", "令和6")
    code, said = _check(tmp_path, text, *more)
    assert code == 1, said
    at = f"{tmp_path / '案.txt'} › 1行目「令和5年度（{len(LAST_YEAR) + 1}項目）は達成Aが"
    row = f"│ 計画全体 │ 合計（前年度） │ {len(LAST_YEAR) + 1} │ {len(LAST_YEAR)} │ {at}"
    assert row in said
