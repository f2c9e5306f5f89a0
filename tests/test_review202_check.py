"""check on 北川崎市's 施策進行管理・評価票 (review 202): 達成度 1–5 (1 best) counted, 点検結果 A–H a
second column. 「前年度と同じ事務事業は22事業」 is the items whose 達成度 did not move, compared with
compare's 変化なし given last year's forms and listed without them — never the plan's total (#1);
the numbers compared so say no 「比べていません」 in check's JSON (#5)."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from planeval.cli import app
from planeval.presets import PRESETS
from planeval.stated_changes import UNMOVED
from planeval.stated_numbers import read_numbers
from tests.conftest import write_book

SETTINGS = """[scale]
preset = "kawasaki"

[layout]
status_column = "達成度"

[wording]
policy = "政策"
project = "施策"
item = "事務事業"
status = "達成度"
department = "所管課"
"""
HEADER = ("政策", "施策", "事務事業名", "達成度", "点検結果", "所管課")
# 事務事業 → (施策, 所管課)
ITEMS = {
    "防災計画推進事業": ("1-1", "危機管理課"),
    "備蓄物資整備事業": ("1-1", "危機管理課"),
    "避難所運営支援事業": ("1-2", "危機管理課"),
    "がん検診事業": ("2-1", "健康増進課"),
    "予防接種事業": ("2-1", "健康増進課"),
    "特定健診事業": ("2-1", "健康増進課"),
}
# (達成度, 点検結果) each round
LAST_YEAR = {"防災計画推進事業": (3, "A"), "備蓄物資整備事業": (3, "B"), "避難所運営支援事業": (2, "A"),
             "がん検診事業": (4, "C"), "予防接種事業": (2, "A"), "特定健診事業": (3, "A")}  # fmt: skip
THIS_YEAR = {"防災計画推進事業": (2, "A"), "備蓄物資整備事業": (3, "B"), "避難所運営支援事業": (3, "A"),
             "がん検診事業": (2, "B"), "予防接種事業": (2, "A"), "特定健診事業": (3, "C")}  # fmt: skip
UP = sum(1 for name, now in THIS_YEAR.items() if now[0] < LAST_YEAR[name][0])
DOWN = sum(1 for name, now in THIS_YEAR.items() if now[0] > LAST_YEAR[name][0])
SAME = sum(1 for name, now in THIS_YEAR.items() if now[0] == LAST_YEAR[name][0])


def _forms(folder: Path, ratings: dict[str, tuple[int, str]]) -> None:
    """Each 課's own form of ``ratings``."""
    folder.mkdir()
    for department in dict.fromkeys(owner for _, owner in ITEMS.values()):
        rows = [
            (f"政策{project[0]}", project, name, *ratings[name], owner)
            for name, (project, owner) in ITEMS.items()
            if owner == department
        ]
        write_book(folder / f"{department}.xlsx", {"評価票": [HEADER, *rows]})


def _check(tmp_path: Path, text: str, *more: str):
    tmp_path.mkdir(exist_ok=True)
    (tmp_path / "planeval.toml").write_text(SETTINGS, "utf-8")
    _forms(tmp_path / "R5", LAST_YEAR)
    _forms(tmp_path / "R6", THIS_YEAR)
    (tmp_path / "案.txt").write_text(text, "utf-8")
    args = ["check", str(tmp_path / "R6"), "-qq", "--text", str(tmp_path / "案.txt")]
    args += ["--config", str(tmp_path / "planeval.toml"), *more]
    return CliRunner().invoke(app, args, env={"COLUMNS": "250"})


def _draft(same: int = SAME) -> str:
    return (
        f"評価した事務事業は全{len(THIS_YEAR)}事業です。\n"
        f"前年度と比較すると、達成度が改善した事務事業は{UP}事業、低下した事務事業は{DOWN}事業、"
        f"前年度と同じ事務事業は{same}事業でした。\n"
    )


def test_the_items_the_same_as_last_year_are_no_total(tmp_path: Path) -> None:
    # (#1: 22 read as the plan's total, 「│ 計画全体 │ 合計 │ 22 │ 46 │」, rc 1)
    result = _check(tmp_path, _draft())
    said = " ".join(result.output.split())
    assert result.exit_code == 0, said
    assert "記載と集計の食い違い" not in said
    assert (
        f"│ 計画全体 │ 前年度と同じ事務事業は{SAME}事業 │ {SAME} │ "
        "前年度から変わらなかった数は比べていません（compare で確かめられます） │"
    ) in said


def test_the_items_the_same_as_last_year_are_compared_with_compare_s(tmp_path: Path) -> None:
    previous = ("--previous", str(tmp_path / "R5"))
    right = _check(tmp_path, _draft(), *previous)
    assert right.exit_code == 0, right.output
    assert "比べられなかった数" not in right.output
    wrong = _check(tmp_path / "wrong", _draft(SAME + 1), *previous)
    said = " ".join(wrong.output.split())
    assert wrong.exit_code == 1, said
    row = f"│ 計画全体 │ 前年度から変わらなかった事務事業の数 │ {SAME + 1} │ {SAME} │"
    assert row in said


def test_the_json_says_no_reason_for_the_moves_compared(tmp_path: Path) -> None:
    # (#5: 17 and 7 kept 「前年度から改善・後退した数は比べていません」 although compared)
    result = _check(tmp_path, _draft(), "--previous", str(tmp_path / "R5"), "-f", "json")
    assert result.exit_code == 0, result.output
    read = json.loads(result.output)
    numbers = [n for s in read["statements"] for n in s["numbers"] if n["value"] != len(ITEMS)]
    assert [(n["what"], n["value"], n["reason"]) for n in numbers] == [
        ("moved up", UP, ""),
        ("moved down", DOWN, ""),
        ("unmoved", SAME, ""),
    ]
    assert read["not_compared"] == []


def test_the_words_of_an_unmoved_count_and_a_status_s_count_after_them() -> None:
    unmoved = ("前年度と変わらなかった事務事業は22事業", "前年度から評価が変化しなかったものが22件")
    for text in unmoved:
        assert [(n.what, n.reason) for n in read_numbers(text, PRESETS["kawasaki"])] == [
            ("total" if "事務事業" in text else "", UNMOVED)
        ]
    # (a status named after 前年度と同様に: its count; gunma's 横ばいC too)
    said = "前年度と同様に、2（目標を上回って達成）は5事業でした。"
    assert [(n.what, n.reason) for n in read_numbers(said, PRESETS["kawasaki"])] == [("2", "")]
    said = "前年度と比べ、横ばいCの指標は6指標でした。"
    assert [(n.what, n.reason) for n in read_numbers(said, PRESETS["gunma"])] == [("C", "")]


def test_without_last_year_s_forms_the_verdict_names_the_moves_it_would_compare(
    tmp_path: Path,
) -> None:
    # (the verdict offered --previous for last year's numbers and changes only: with none
    # stated it offered nothing, though 改善・後退 and 変化なし were set aside for want of it)
    result = _check(tmp_path, _draft())
    assert result.exit_code == 0, result.output
    verdict = "".join(result.stdout.split()[-12:])  # (its last words, however folded)
    assert verdict.endswith(
        "改善・後退した数、変わらなかった数は、前年度の回答を--previousで渡すと照合します"
    )
    assert result.stdout.count("--previous") == 1
