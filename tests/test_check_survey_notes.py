"""check of a national survey (review 133 #3, #7): every body's form has the ministry's note
row 「※1 取組状況は、令和6年4月1日時点の状況を記入してください。」 under its table, read as a
count 「1 取組」 in each workbook — one row 「何の件数か読み取れません」 a body, and check never
exited 0, not even of planeval's own export — and the report's national total 「調査項目は延べ
6件で」 was not compared. A ※ note's number is no count; 延べ N 件 of the rated rows is the 計."""

from __future__ import annotations

import json
from pathlib import Path

from openpyxl import Workbook
from typer.testing import CliRunner

from planeval.cli import app

TOML = """[[scale.status]]
symbol = "A"
label = "実施済"

[[scale.status]]
symbol = "B"
label = "実施中"

[layout.titles]
number = ["ID"]
item = ["調査項目"]

[wording]
policy = "分野"
item = "調査項目"
status = "取組状況"
"""
ANSWERS = {"北原市": ["A", "B", "A"], "南川町": ["B", "B", "A"]}  # (A 3, B 3: 延べ6件)


def _survey(tmp_path: Path) -> list[str]:
    folder = tmp_path / "回答"
    folder.mkdir()
    for body, statuses in ANSWERS.items():
        book = Workbook()
        sheet = book.active
        sheet.title = "調査票"
        sheet.append(["令和6年度 自治体情報化推進状況調査 調査票"])
        sheet.append(["団体名", body])
        sheet.append(["ID", "調査項目", "取組状況", "備考"])
        sheet.append(["【分野1】行政手続のオンライン化"])
        for i, status in enumerate(statuses, start=1):
            sheet.append([f"1-{i}", f"項目{i}", status, None])
        sheet.append([])
        sheet.append(["※1 取組状況は、令和6年4月1日時点の状況を記入してください。"])
        sheet.append(["※2 備考欄には、未着手・検討中の理由等を記入してください。"])
        book.save(folder / f"{body}.xlsx")
    (tmp_path / "planeval.toml").write_text(TOML, encoding="utf-8")
    return [str(folder), "--bodies", "file", "--config", str(tmp_path / "planeval.toml")]


def _check(inputs: list[str], text: Path, said: str) -> tuple[int, dict[str, list[dict]]]:
    text.write_text(said, encoding="utf-8")
    result = CliRunner().invoke(app, ["check", *inputs, "--text", str(text), "-f", "json"])
    return result.exit_code, json.loads(result.stdout)


def test_a_note_row_s_mark_is_no_count_and_a_right_text_checks_clean(tmp_path: Path) -> None:
    inputs = _survey(tmp_path)
    said = "調査項目は延べ6件で、実施済（A）は3件、実施中（B）は3件でした。\n"
    code, checked = _check(inputs, tmp_path / "報告.md", said)
    assert (checked["not_compared"], checked["disagreements"]) == ([], [])
    assert code == 0


def test_a_national_total_said_as_nobe_is_compared_with_the_rows(tmp_path: Path) -> None:
    inputs = _survey(tmp_path)
    code, checked = _check(
        inputs, tmp_path / "報告.md", "調査項目は延べ7件で、実施済（A）は3件でした。\n"
    )
    assert code == 1
    [wrong] = checked["disagreements"]
    assert (wrong["what"], wrong["stated"], wrong["counted"]) == ("total", 7, 6)
    assert checked["not_compared"] == []
