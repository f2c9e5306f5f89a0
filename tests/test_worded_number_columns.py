"""北浜市's forms (review 88): per 基本目標 a heading 「基本目標1　…」 over a table
施策番号 | 施策名 | 取組番号 | 取組内容 | 評価（A～D）※必須 | 課題・今後の方向性 | 担当課, the 施策's
number and name merged down over its rows, one workbook per 課 under 「担当課：…」.

The 施策番号 column was read as nothing: each file's 施策 were numbered in the order they came
(税務課's 1-3 was its second, 1-2), so --by project and every table put 取組 under the wrong
施策, and a notice said the column 「数え方に影響はない」. A column titled in its neighbour's word
with 番号 after it is that column's number: 施策番号 the 施策's, 取組番号 the 取組's own (③, not
a running No.: read so, every file was "numbered otherwise than the plan"). And a co-owner's
blank rating on a 施策's first row (the 施策 merged down from it) is a rated row left blank, not
a heading: it vanished, or became a phantom 方向性 「1-1 行政手続のオンライン化」."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from typer.testing import CliRunner

import planeval
from planeval.cli import app

STATUS = "評価（A～D）※必須"
HEADER = ["施策番号", "施策名", "取組番号", "取組内容", STATUS, "課題・今後の方向性", "担当課"]
GOALS = {"1": "市民サービスのデジタル化", "2": "行政運営の効率化"}
SETTINGS = """[scale]
as_planned = "A"

[[scale.status]]
symbol = "A"
label = "達成"

[[scale.status]]
symbol = "B"
label = "概ね達成"

[[scale.status]]
symbol = "C"
label = "一部達成"

[[scale.status]]
symbol = "D"
label = "未達成"

[layout.titles]
status = ["評価（A～D）※必須"]
{number}
[wording]
policy = "基本目標"
project = "施策"
item = "取組"
status = "評価"
department = "担当課"
"""
# (施策番号, 施策名, 取組番号, 取組内容, 評価, 担当課)
SHIMIN = [
    ("1-1", "行政手続のオンライン化", "①", "電子申請サービスの拡充", None, "情報政策課、市民課"),
    ("1-1", "行政手続のオンライン化", "②", "マイナンバーカードの活用推進", "B", "市民課"),
    ("1-2", "窓口のデジタル化", "①", "書かない窓口の導入", "C", "市民課"),
    ("1-2", "窓口のデジタル化", "②", "窓口予約システムの導入", "B", "市民課"),
]
JOHO = [
    ("1-1", "行政手続のオンライン化", "①", "電子申請サービスの拡充", "A", "情報政策課、市民課"),
    ("2-1", "業務のデジタル化・自動化", "③", "電子決裁の推進", "A", "情報政策課"),
    ("2-1", "業務のデジタル化・自動化", "④", "文書管理システムの更新", "C", "情報政策課"),
]
ZEIMU = [
    ("1-1", "行政手続のオンライン化", "③", "オンライン納付の拡大", "C", "税務課"),
    ("1-3", "キャッシュレス決済の推進", "②", "窓口でのキャッシュレス決済導入", "B", "税務課"),
    ("1-3", "キャッシュレス決済の推進", "①", "施設使用料のキャッシュレス化", "A", "税務課"),
]


def _form(
    path: Path, department: str, rows: list[tuple[str, ...]], *, item_numbers: bool = True
) -> Path:
    """A 課's form as 北浜市 sends it: each 施策's number and name merged down (its 取組番号
    column left out with ``item_numbers=False``)."""
    header = HEADER if item_numbers else [t for t in HEADER if t != "取組番号"]
    book = Workbook()
    sheet = book.active
    sheet.title = "評価票"
    sheet["A1"] = "第2次北浜市DX推進計画 取組状況評価票（令和6年度）"
    sheet["A2"] = f"担当課：{department}"
    line = 4
    for goal, name in GOALS.items():
        own = [row for row in rows if row[0].startswith(f"{goal}-")]
        if not own:
            continue
        sheet.cell(line, 1, f"基本目標{goal}　{name}")
        for column, title in enumerate(header, start=1):
            sheet.cell(line + 1, column, title)
        line += 2
        first = line
        for index, (sid, project, no, item, status, owner) in enumerate(own):
            values = [sid, project, no, item, status, None, owner]
            if not item_numbers:
                del values[2]
            for column, value in enumerate(values, start=1):
                if value is not None:
                    sheet.cell(line, column, value)
            last = index + 1 == len(own) or own[index + 1][0] != sid
            if last and line > first:
                for column in (1, 2):
                    sheet.merge_cells(
                        start_row=first, start_column=column, end_row=line, end_column=column
                    )
            line += 1
            first = line if last else first
        line += 1
    book.save(path)
    return path


def _read(folder: Path, number: str = "") -> planeval.ReadResult:
    (folder / "planeval.toml").write_text(SETTINGS.format(number=number), encoding="utf-8")
    config = planeval.load_config(folder / "planeval.toml")
    files = sorted(folder.glob("*.xlsx"))
    return planeval.read_workbooks(files, scale=config.scale, layout=config.layout)


def test_the_projects_number_column_numbers_the_projects(tmp_path: Path) -> None:
    _form(tmp_path / "税務課.xlsx", "税務課", ZEIMU)
    read = _read(tmp_path)
    projects = {(e.project_id, e.project_name) for e in read.entries}
    # (unread, its 1-3 was numbered 1-2 by its place in the file)
    assert projects == {("1-1", "行政手続のオンライン化"), ("1-3", "キャッシュレス決済の推進")}
    assert not [p for p in read.problems if "施策番号" in p.message]  # (no 「読んでいません」)


def test_the_items_number_column_is_the_items_own(tmp_path: Path) -> None:
    _form(tmp_path / "税務課.xlsx", "税務課", ZEIMU)
    read = _read(tmp_path)
    ids = [(e.project_id, e.item_no, e.item_label, e.item_name) for e in read.entries]
    assert ids == [
        ("1-1", 3, "③", "オンライン納付の拡大"),
        ("1-3", 2, "②", "窓口でのキャッシュレス決済導入"),
        ("1-3", 1, "①", "施設使用料のキャッシュレス化"),
    ]


def test_both_number_columns_named_in_the_settings_read_alike(tmp_path: Path) -> None:
    # (review 88's workaround: 取組番号 was then a running No., 「No.③」, in every message)
    _form(tmp_path / "税務課.xlsx", "税務課", ZEIMU)
    read = _read(tmp_path, 'number = ["施策番号", "取組番号"]')
    labels = [(e.project_id, e.item_label) for e in read.entries]
    assert labels == [("1-1", "③"), ("1-3", "②"), ("1-3", "①")]


def test_items_listed_by_their_numbers_with_ids_of_their_own(tmp_path: Path) -> None:
    _form(tmp_path / "税務課.xlsx", "税務課", ZEIMU)
    (tmp_path / "planeval.toml").write_text(SETTINGS.format(number=""), encoding="utf-8")
    config = str(tmp_path / "planeval.toml")
    arguments = ["summarize", str(tmp_path), "--config", config, "--by", "item", "-f", "csv"]
    result = CliRunner().invoke(app, [*arguments, "-qq"])
    assert result.exit_code == 0, result.output
    rows = [line.split(",")[:2] for line in result.stdout.splitlines()[1:4]]
    assert rows == [
        ["1-1③", "オンライン納付の拡大"],
        ["1-3①", "施設使用料のキャッシュレス化"],
        ["1-3②", "窓口でのキャッシュレス決済導入"],
    ]


def test_a_co_owners_blank_first_row_is_no_heading(tmp_path: Path) -> None:
    # (with the 施策番号 column read as the settings' number, as review 88 had to: 市民課's
    # blank 1-1① was a band row, its 1-2 under a 方向性 「1-1 行政手続のオンライン化」)
    _form(tmp_path / "市民課.xlsx", "市民課", SHIMIN)
    _form(tmp_path / "情報政策課.xlsx", "情報政策課", JOHO)
    read = _read(tmp_path, 'number = ["施策番号"]')
    assert {e.direction_id for e in read.entries} == {""}
    shimin = [
        (e.project_id, e.item_label, e.status)
        for e in read.entries
        if e.location.file.endswith("市民課.xlsx") and "情報政策課" not in e.location.file
    ]
    assert shimin == [("1-1", "②", "B"), ("1-2", "①", "C"), ("1-2", "②", "B")]
    assert sorted(e.status for e in read.entries) == ["A", "A", "B", "B", "C", "C"]


def test_a_blank_first_row_without_item_numbers_is_said(tmp_path: Path) -> None:
    # (施策番号 read, no 取組番号 column: the row was taken for a heading and dropped unsaid —
    # 9 counted, exit 0, where the same file without the number column said the blank)
    rows = [(*row[:4], None, row[5]) if row[3] == "電子決裁の推進" else row for row in JOHO]
    _form(tmp_path / "情報政策課.xlsx", "情報政策課", rows, item_numbers=False)
    read = _read(tmp_path)
    errors = [(p.location.cell, p.message) for p in read.problems if p.is_error]
    said = "実施内容「電子決裁の推進（2-1 業務のデジタル化・自動化）」の達成状況が空です（情報政策課 の行）"
    assert errors == [("D10", said)]
    assert sorted(e.status for e in read.entries) == ["A", "C"]


def test_a_blank_first_row_without_department_column_is_said(tmp_path: Path) -> None:
    # (nothing else on the row tells whose it is: its item's name beside its 施策 does)
    rows = [(*row[:4], None, row[5]) if row[3] == "電子決裁の推進" else row for row in JOHO]
    path = _form(tmp_path / "情報政策課.xlsx", "情報政策課", rows, item_numbers=False)
    from openpyxl import load_workbook

    book = load_workbook(path)
    book.active.delete_cols(6)  # (its 担当課 column)
    book.save(path)
    read = _read(tmp_path)
    errors = [p.location.cell for p in read.problems if p.is_error]
    assert errors == ["D10"]
    assert sorted(e.status for e in read.entries) == ["A", "C"]
