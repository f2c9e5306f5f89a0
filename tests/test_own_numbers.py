"""A city's 集中改革プラン rated at the project level, laid out as its 改革推進課 lays it out: a
title block, a running No., the city's own 番号 typed as text (1.1, 1.2 … under 改革項目 1,
2 …), 改革項目 merged down (or typed once, blank below, or typed on every row, with or
without its number), 取組項目 rated, 目標 | 取組実績 ※必須 | 進捗状況（選択）| 課題・今後の方向性 |
担当課, and the legend under the table. The city's 番号 is the item's ID, shown as typed
everywhere; the No. only numbers the rows. A year that drops an item renumbers the ones
after it (2.3 → 2.2): compare and rounds pair them by name and say the new number."""

from __future__ import annotations

import json
from itertools import pairwise
from pathlib import Path

import pytest
from openpyxl import load_workbook
from typer.testing import CliRunner

import planeval
from planeval.cli import app
from planeval.config import load_config

HEADER = [
    "No.", "番号", "改革項目", "取組項目", "目標", "取組実績 ※必須", "進捗状況（選択）",
    "課題・今後の方向性", "担当課",
]  # fmt: skip
GROUPS = {"1": "事務事業の見直し", "2": "民間委託等の推進"}
T, C, X, R = "目標達成", "取組中", "変更・中止", "再掲"
# (the city's number, 取組項目, 担当課, status in 令和5年度, in 令和6年度 — None: dropped)
ITEMS = [
    ("1.1", "窓口業務の一元化", "市民課", T, T),
    ("1.2", "補助金の整理合理化", "財政課", C, T),
    ("1.3", "公共施設の統廃合", "資産経営課", C, C),
    ("2.1", "給食調理業務の委託", "学校給食課", C, T),
    ("2.2", "ごみ収集業務の委託", "清掃課", T, None),
    ("2.3", "保育所の民営化", "保育課", C, C),
    ("2.4", "公共施設の統廃合（1.3再掲）", "資産経営課", R, R),
]
RESULTS = {T: "目標を達成した。", C: "関係課と協議を進めた。", X: "取組を見直した。", R: ""}
SETTINGS = """[scale]
preset = "reform_plan"

[wording]
title = "北浜市集中改革プラン 進捗状況"
policy = "改革項目"
item = "取組項目"
status = "進捗状況"
issue = "課題・今後の方向性"
department = "担当課"
"""


def _rows(year: int) -> list[tuple[str, str, str, str]]:
    """(the number as printed that year, 取組項目, 担当課, status): 令和6年度 drops 2.2, and
    the plan renumbers the items after it (2.3 → 2.2, 2.4 → 2.3)."""
    rows, shift = [], 0
    for number, name, department, *statuses in ITEMS:
        status = statuses[year - 5]
        if status is None:
            shift = 1
            continue
        group, own = number.split(".")
        rows.append(
            (f"{group}.{int(own) - shift}" if group == "2" else number, name, department, status)
        )
    return rows


def _book(
    folder: Path, year: int, style: str = "merged", running: bool = True, numbered: bool = True
) -> Path:
    """The 改革推進課's workbook for 令和{year}年度: ``style`` how 改革項目 is typed ("merged",
    "once" with blanks below, "repeated" on every row); ``running`` with the No. column;
    ``numbered`` 改革項目 typed with its number (「1 事務事業の見直し」)."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "進捗状況"
    sheet["A1"] = f"北浜市集中改革プラン 進捗状況一覧（令和{year}年度）"
    sheet["A2"] = f"令和{year + 1}年3月31日現在　行政改革推進課"
    titles = HEADER if running else HEADER[1:]
    for column, title in enumerate(titles, 1):
        sheet.cell(4, column, title)
    skip = 0 if running else 1
    row, first = 5, {}
    for no, (number, name, department, status) in enumerate(_rows(year), 1):
        group = number.split(".")[0]
        starts = group not in first
        first.setdefault(group, row)
        label = f"{group} {GROUPS[group]}" if numbered else GROUPS[group]
        issue = "計画期間内の達成に向けて取り組む。" if status == C else ""
        values = [no, number, label if starts or style == "repeated" else None, name,
                  "目標を記入", RESULTS[status], status, issue, department]  # fmt: skip
        for column, value in enumerate(values[skip:], 1):
            if value:
                sheet.cell(row, column, value).number_format = "@"
        row += 1
    if style == "merged":
        starts = [*first.values(), row]
        for top, end in pairwise(starts):
            sheet.merge_cells(
                start_row=top, start_column=3 - skip, end_row=end - 1, end_column=3 - skip
            )
    sheet.cell(row + 1, 1, "【進捗状況】目標達成：目標を達成したもの　取組中：目標に向けて取組中のもの"
               "　再掲：他の改革項目の再掲（件数に含めない）")  # fmt: skip
    path = folder / f"令和{year}年度" / f"集中改革プラン進捗状況_令和{year}年度.xlsx"
    path.parent.mkdir(parents=True, exist_ok=True)
    book.save(path)
    return path


def _settings(folder: Path) -> Path:
    path = folder / "planeval.toml"
    path.write_text(SETTINGS, encoding="utf-8")
    return path


def _read(path: Path, settings: Path) -> planeval.ReadResult:
    config = load_config(settings)
    return planeval.read_workbooks(
        [path], scale=config.scale, layout=config.layout, wording=config.wording
    )


def run(folder: Path, *args: str):
    return CliRunner().invoke(
        app, [*args, "--config", str(folder / "planeval.toml")], env={"COLUMNS": "200"}
    )


@pytest.mark.parametrize("numbered", [True, False], ids=["group-numbered", "group-unnumbered"])
@pytest.mark.parametrize("running", [True, False], ids=["No", "no-No"])
@pytest.mark.parametrize("style", ["merged", "once", "repeated"])
def test_the_citys_own_number_is_the_items_id_under_its_group(
    tmp_path: Path, style: str, running: bool, numbered: bool
) -> None:
    """Every layout the clerk may keep: the items grouped by 改革項目 (two groups, not one per
    number), each item's ID the city's 番号 as typed; the No. in none of them."""
    path = _book(tmp_path, 5, style, running, numbered)
    result = _read(path, _settings(tmp_path))
    assert [str(p) for p in result.problems if p.severity.value != "notice"] == []
    rows = _rows(5)
    assert [(e.shown_id, e.item_name) for e in result.entries] == [row[:2] for row in rows]
    assert [e.policy_id for e in result.entries] == [row[0].split(".")[0] for row in rows]
    assert {e.policy_name for e in result.entries} == set(GROUPS.values())


def test_tables_issues_and_the_data_sheet_show_the_citys_number(tmp_path: Path) -> None:
    _settings(tmp_path)
    folder = _book(tmp_path, 5).parent
    tables = run(tmp_path, "tables", str(folder))
    assert tables.exit_code == 0, tables.output
    assert "1.2 補助金の整理合理化" in tables.stdout
    assert "No." not in tables.stdout
    issues = run(tmp_path, "issues", str(folder))
    ids = [line.split("│")[1].strip() for line in issues.stdout.splitlines() if "│ 取組中" in line]
    assert ids == [row[0] for row in _rows(5) if row[3] == C]
    out = tmp_path / "out.xlsx"
    exported = run(tmp_path, "export", str(folder), "--xlsx", str(out))
    assert exported.exit_code == 0, exported.output
    data = load_workbook(out)["データ"]
    header = [cell.value for cell in data[1]]
    typed = header.index("取組項目番号（表記）")
    assert [row[typed] for row in data.iter_rows(min_row=2, values_only=True)] == [
        row[0] for row in _rows(5)
    ]


def test_compare_and_rounds_pair_a_renumbered_item_by_its_name(tmp_path: Path) -> None:
    """令和6年度 drops 2.2 (achieved) and renumbers 2.3 → 2.2, 2.4 → 2.3: compare says each
    番号変更 with both numbers, 2.2 ごみ収集 削除; rounds shows 「2.3 → 2.2」 beside 保育所."""
    _settings(tmp_path)
    old, new = _book(tmp_path, 5).parent, _book(tmp_path, 6).parent
    compared = run(tmp_path, "compare", str(old), str(new), "-f", "json")
    assert compared.exit_code == 0, compared.output
    moves = [
        (m["old"]["item_label"] if m["old"] else None, m["new"]["item_label"] if m["new"] else None,
         m["kind"], m["moved"])
        for m in json.loads(compared.stdout)["movements"]
    ]  # fmt: skip
    assert moves == [
        ("1.2", "1.2", "changed", False),
        ("2.1", "2.1", "changed", False),
        ("2.3", "2.2", "same", True),
        ("2.2", None, "removed", False),
        ("2.4", "2.3", "same", True),
    ]
    text = run(tmp_path, "compare", str(old), str(new))
    assert "2.3 → 2.2" in text.stdout and "番号変更" in text.stdout
    rounds = run(tmp_path, "rounds", str(old), str(new))
    assert rounds.exit_code == 0, rounds.output
    lines = [line for line in rounds.stdout.splitlines() if "保育所" in line or "ごみ収集" in line]
    assert [line.split("│")[1].strip() for line in lines] == ["2.3 → 2.2", "2.2"]


def test_the_departments_account_of_what_was_done_is_kept_beside_the_target(
    tmp_path: Path,
) -> None:
    """「取組実績 ※必須」, filled in by every department, stands beside 目標 in the Chapter 3
    tables (titled without the form's remark) and in the data sheet, which reads it back."""
    settings = _settings(tmp_path)
    path = _book(tmp_path, 5)
    result = _read(path, settings)
    rows = _rows(5)
    shown = [dict(result.values[e.location]) for e in result.entries]
    assert [values["取組実績"] for values in shown] == [RESULTS[row[3]] for row in rows]
    tables = run(tmp_path, "tables", str(path))
    header = next(line for line in tables.stdout.splitlines() if "取組項目" in line)
    assert [cell.strip() for cell in header.split("│")[1:-1]] == [
        "取組項目",
        "目標",
        "取組実績",
        "進捗状況",
        "課題・今後の方向性",
        "担当課",  # (each 取組項目's, as the form names it: review 175 #6)
    ]  # fmt: skip  (no 体系: each 取組項目's project is its 改革項目, the section's heading)
    out = tmp_path / "out.xlsx"
    assert run(tmp_path, "export", str(path), "--xlsx", str(out)).exit_code == 0
    data = load_workbook(out)["データ"]
    column = [cell.value for cell in data[1]].index("取組実績")
    written = [row[column] for row in data.iter_rows(min_row=2, values_only=True)]
    assert written == [RESULTS[row[3]] or None for row in rows]
    back = _read(out, settings)
    assert [dict(back.values[e.location])["取組実績"] for e in back.entries] == [
        RESULTS[row[3]] for row in rows
    ]
