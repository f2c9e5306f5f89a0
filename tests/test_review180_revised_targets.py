"""Review 180 #4: 浜名市's DX研修受講者数 fell A → B in the year its 目標値 was raised from 1,500
to 「2,500（R7改定）」, and compare said a plain 「後退」: a reader took the revised target for a
worse result. The 後退 stays (the statuses as rated, the counts as they were), and beside it
the 変化 cell says what changed: the target (「後退（目標値 20→40（R7改定））」) or the item's text;
a note under the table says why once. A target shown otherwise but the same figure (「100.0%」
and 「1」) is no revision."""

from __future__ import annotations

import json
from pathlib import Path

from openpyxl import load_workbook
from typer.testing import CliRunner

from planeval.cli import app
from tests.higashiowari_forms import SETTINGS
from tests.review160_forms import CONFIG, FORMS, HEADER, write_forms
from tests.test_review161_compiled_departments import BOOK
from tests.test_review161_compiled_departments import write as write_book

FALLEN = "電子申請の利用件数"  # (企画調整局's, B in R6)
SAME = "オンライン申請可能な手続数"  # (its target retyped as another format: no revision)


def _run(home: Path, config: Path, *args: str) -> tuple[int, str]:
    said = CliRunner().invoke(app, [*args, "--config", str(config)], env={"COLUMNS": "200"})
    return said.exit_code, said.stdout


def _retyped(form: Path, kpi: str, **cells: object) -> None:
    """``form``'s row of ``kpi`` with its cells (by header) retyped."""
    book = load_workbook(form)
    sheet = book["KPI進捗"]
    row = next(r for r in range(1, sheet.max_row + 1) if sheet.cell(r, 4).value == kpi)
    for header, value in cells.items():
        sheet.cell(row, HEADER.index(header) + 1).value = value
    book.save(form)


def _rounds(home: Path, target: object) -> Path:
    write_forms(home / "R6")
    write_forms(home / "R7", year=7)
    form = home / "R7" / "企画調整局_KPI進捗.xlsx"
    _retyped(form, FALLEN, **{"目標値（R8）": target, "評価（A～D）": "C"})
    _retyped(form, SAME, **{"目標値（R8）": "20.0"})  # (20 as a text with a point: one figure)
    (home / "planeval.toml").write_text(CONFIG, encoding="utf-8")
    return home / "planeval.toml"


def test_a_fall_under_a_revised_target_says_the_target_beside_it(tmp_path: Path) -> None:
    config = _rounds(tmp_path, "40（R7改定）")
    code, said = _run(tmp_path, config, "compare", str(tmp_path / "R6"), str(tmp_path / "R7"))
    assert code == 0, said
    row = next(line for line in said.splitlines() if FALLEN in line)
    assert "後退（目標値 20→40（R7改定））" in row, said
    assert SAME not in said  # (unchanged, and its target the same figure)
    assert "目標値や記述が前回から変わったKPI 1 件は" in said
    fell = sum(1 for rows in FORMS.values() for row in rows if row[3] == FALLEN)
    assert f"後退したKPI {fell}件" in said  # (the fall itself counted as before)


def test_the_json_keeps_the_change_and_gives_the_revision_apart(tmp_path: Path) -> None:
    config = _rounds(tmp_path, 40)
    code, said = _run(
        tmp_path, config, "compare", str(tmp_path / "R6"), str(tmp_path / "R7"), "-f", "json"
    )
    assert code == 0, said
    moved = [m for m in json.loads(said)["movements"] if m["new"]["item_name"] == FALLEN]
    assert [(m["change"], m["revised"]) for m in moved] == [("後退", "目標値 20→40")]


def test_an_unchanged_target_says_nothing_beside_the_fall(tmp_path: Path) -> None:
    config = _rounds(tmp_path, 20)
    code, said = _run(tmp_path, config, "compare", str(tmp_path / "R6"), str(tmp_path / "R7"))
    assert code == 0, said
    row = next(line for line in said.splitlines() if FALLEN in line)
    assert row.rstrip(" │").endswith("後退"), row
    assert "目標値や記述" not in said


def test_a_fall_whose_text_changed_says_so(tmp_path: Path) -> None:
    """東尾張県's 取組内容 retyped 「…（令和7年度に目標を上方修正）」 in the year it fell."""
    book6 = write_book(tmp_path / "R6")[1]
    rated = [(*head, [(n, d, s or "B") for n, d, s in rows]) for *head, rows in BOOK]
    book7 = write_book(tmp_path / "R7", rated)[1]
    first = BOOK[0][3][0]  # (1-(1)-①, A in both rounds as written)
    workbook = load_workbook(book7)
    sheet = workbook[BOOK[0][0]]
    sheet["C5"] = f"{first[0]}に係る取組を推進する。（令和7年度に目標を上方修正）"
    sheet["E5"] = "B"
    workbook.save(book7)
    (tmp_path / "planeval.toml").write_text(SETTINGS, encoding="utf-8")
    config = tmp_path / "planeval.toml"
    _code, said = _run(tmp_path, config, "compare", str(book6), str(book7), "--keep-going")
    row = next(line for line in said.splitlines() if "1-(1)-①" in line)
    assert "後退（取組内容の記述が変更）" in row, said
