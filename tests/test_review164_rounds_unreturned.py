"""Review 164 #7: rounds left the 事業 of a 課 that answered in no round (named by the plan:
tables and export list them 未提出) out of its table of each 事業 by round, so a plan period's
final evaluation did not show that they were never evaluated. They are listed now, 「未提出」 in
each round, numbered as the forms number theirs, and in no round's counts."""

from __future__ import annotations

import json
from pathlib import Path

import openpyxl
from typer.testing import CliRunner

from planeval.cli import app
from tests.review164_departments import PROJECTS, UNANSWERED, answered, build


def _rounds(tmp_path: Path, *more: str) -> tuple[int, str]:
    first = build(tmp_path, 0)
    last = build(tmp_path, 1, plan=True)  # (the last round's plan, and [plan] file)
    settings = str(tmp_path / "planeval.toml")
    result = CliRunner().invoke(app, ["rounds", str(first), str(last), "--config", settings, *more])
    return result.exit_code, result.stdout


def _unanswered() -> list[tuple[int, str]]:
    return [(no, row[1]) for no, row in PROJECTS.items() if row[2] == UNANSWERED]


def test_json_lists_them_unreturned_in_every_round(tmp_path: Path) -> None:
    code, out = _rounds(tmp_path, "-f", "json")
    found = json.loads(out)
    items = {item["item_name"]: item for item in found["items"]}
    for no, name in _unanswered():
        item = items[f"{no} {name}"]
        assert item["unreturned_in"] == found["rounds"]
        assert item["statuses"] == ["", ""] and item["department"] == UNANSWERED
    assert len(items) == len({*answered(0), *answered(1)}) + len(_unanswered())
    # (in no round's counts: each round's 合計 is of its rated rows)
    total = next(p for p in found["policies"] if p["id"] == "合計")
    assert [r["計"] for r in total["counts"]] == [len(answered(0)), len(answered(1))]
    assert code == 0


def test_the_workbook_shows_them_in_their_measure(tmp_path: Path) -> None:
    xlsx = tmp_path / "最終評価.xlsx"
    code, _out = _rounds(tmp_path, "--xlsx", str(xlsx))
    sheet = openpyxl.load_workbook(xlsx).worksheets[0]
    names = [row[1] for row in sheet.iter_rows(values_only=True)]
    rows = {row[1]: row for row in sheet.iter_rows(values_only=True)}
    (first, name), (second, other) = _unanswered()
    for no, label in ((first, name), (second, other)):
        assert rows[f"{no} {label}"][2:4] == ("未提出", "未提出")
    # (between 9 and 12 of their 施策, as the plan lists them)
    at = names.index(f"{first} {name}")
    assert names[at - 1].startswith(f"{first - 1} ") and names[at + 2].startswith(f"{second + 1} ")
    notes = " ".join(str(c) for row in sheet.iter_rows(values_only=True) for c in row if c)
    assert "「未提出」" in notes and UNANSWERED in notes
    assert code == 0


def test_their_number_is_their_own_not_their_measures(tmp_path: Path) -> None:
    """Review 168 #1: the two 未提出 事業 were listed under 番号 8, their 施策's, between 31
    and 34 — every row is listed by its own 事業番号, they too."""
    xlsx = tmp_path / "最終評価.xlsx"
    code, out = _rounds(tmp_path, "--xlsx", str(xlsx))
    sheet = openpyxl.load_workbook(xlsx).worksheets[0]
    rows = {row[1]: row for row in sheet.iter_rows(values_only=True) if row[1]}
    for no, name in _unanswered():
        assert str(rows[f"{no} {name}"][0]) == str(no)
        shown = [line for line in out.splitlines() if f" {no} {name[:4]}" in line]
        assert shown and all(line.split("│")[1].strip() == str(no) for line in shown)
    numbered = [row for name, row in rows.items() if str(name)[:2].strip().isdecimal()]
    assert all(str(row[0]) == str(row[1]).split()[0] for row in numbered)
    assert code == 0
