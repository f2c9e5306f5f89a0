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
    path: Path,
    department: str,
    rows: list[tuple[str | None, ...]],
    *,
    item_numbers: bool = True,
    header: list[str] = HEADER,
) -> Path:
    """A 課's form as 北浜市 sends it: each 施策's number and name merged down (its 取組番号
    column left out with ``item_numbers=False``; its columns in the order ``header`` gives)."""
    header = header if item_numbers else [t for t in header if t != "取組番号"]
    merged = [header.index(title) + 1 for title in ("施策番号", "施策名") if title in header]
    book = Workbook()
    sheet = book.active
    sheet.title = "評価票"
    sheet["A1"] = "第2次北浜市DX推進計画 取組状況評価票（令和6年度）"
    sheet["A2"] = f"担当課：{department}"
    line = 4
    for goal, name in GOALS.items():
        own = [row for row in rows if str(row[0]).startswith(f"{goal}-")]
        if not own:
            continue
        sheet.cell(line, 1, f"基本目標{goal}　{name}")
        for column, title in enumerate(header, start=1):
            sheet.cell(line + 1, column, title)
        line += 2
        first = line
        for index, (sid, project, no, item, status, owner) in enumerate(own):
            typed = dict(zip(HEADER, [sid, project, no, item, status, None, owner], strict=True))
            for column, title in enumerate(header, start=1):
                if typed[title] is not None:
                    sheet.cell(line, column, typed[title])
            last = index + 1 == len(own) or own[index + 1][0] != sid
            if last and line > first:
                for column in merged:
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
    # (the status and the rows as the forms title them, a [wording] giving none read here:
    # review 131 #7, review 193 #4)
    said = (
        "取組内容「電子決裁の推進（2-1 業務のデジタル化・自動化）」の評価が空です（情報政策課の行）"
    )
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


# 北浜市's three 課 with their numbers typed before the names (施策番号 | 取組番号 | 施策名 | 取組内容):
# beside no column of their word, the number columns are unread — each file's 施策 numbered in
# its order, 1-1 the first of each file's
NUMBERS_FIRST = [
    "施策番号",
    "取組番号",
    "施策名",
    "取組内容",
    STATUS,
    "課題・今後の方向性",
    "担当課",
]
THREE = {
    "市民課": [
        ("1-1", "行政手続のオンライン化", "②", "マイナンバーカードの活用推進", "B", "市民課"),
        ("1-2", "窓口のデジタル化", "①", "書かない窓口の導入", "C", "市民課"),
        ("2-2", "データ活用の推進", "①", "オープンデータの公開拡充", "B", "市民課"),
    ],
    "税務課": [
        ("1-1", "行政手続のオンライン化", "③", "オンライン納付の拡大", "C", "税務課"),
        ("1-3", "キャッシュレス決済の推進", "①", "窓口でのキャッシュレス決済導入", "B", "税務課"),
        ("2-4", "情報システムの標準化", "③", "税務システムの標準化", "B", "税務課"),
    ],
    "企画課": [
        ("1-2", "窓口のデジタル化", "③", "子育て手続のオンライン化", "A", "企画課"),
        ("1-3", "キャッシュレス決済の推進", "②", "施設使用料のキャッシュレス化", "B", "企画課"),
        ("2-1", "業務のデジタル化・自動化", "①", "RPAの導入拡大", "A", "企画課"),
    ],
}


def _summarize(
    folder: Path, header: list[str], number: str = "", *, copies: bool = False
) -> tuple[int, str]:
    """``copies``: each 課's form holding the same rows (税務課's), as several bodies' copies of
    one plan would — the 施策 planeval numbered, named alike, one in every file (review 102:
    each file's in its order, 北浜市's 課 rating different 取組 of one 施策 were said so too)."""
    for department, rows in THREE.items():
        rows = THREE["税務課"] if copies else rows
        _form(folder / f"{department}.xlsx", department, rows, header=header)
    config = folder / "planeval.toml"
    config.write_text(SETTINGS.format(number=number), encoding="utf-8")
    result = CliRunner().invoke(app, ["summarize", str(folder), "--config", str(config)])
    return result.exit_code, result.stderr


def test_an_unread_number_column_is_offered_as_one(tmp_path: Path) -> None:
    # (it said 「数え方に影響はないため、使わない列ならこのままで構いません」 and offered ignore)
    _form(tmp_path / "税務課.xlsx", "税務課", THREE["税務課"], header=NUMBERS_FIRST)
    read = _read(tmp_path)
    said = {p.location.cell: p.hint for p in read.problems if "読んでいません" in p.message}
    assert said["A5"].startswith(
        "番号の列として読ませるなら planeval.toml の [layout.titles] に"
        ' number = ["施策番号"] と書いてください'
    )
    assert "数え方に影響はない" not in said["A5"]
    assert 'ignore = ["取組番号"]' in said["B5"]


def test_items_in_many_files_point_at_the_unread_number_columns(tmp_path: Path) -> None:
    # (review 88: 「団体ごとのブックなら --bodies file…」, for one city's 課)
    code, stderr = _summarize(tmp_path, NUMBERS_FIRST, copies=True)
    assert code == 0
    warning = next(line for line in stderr.splitlines() if "多くのファイル" in line)
    assert "--bodies" not in warning
    assert warning.endswith(
        "（番号の列「施策番号」「取組番号」を読んでいないため、planeval がファイルごとに振った番号で"
        "照らし合わせています。番号の列として読ませるなら planeval.toml の [layout.titles] に"
        ' number = ["施策番号", "取組番号"] と書いてください）'
    )


def test_the_departments_projects_without_their_numbers_are_one_by_name(tmp_path: Path) -> None:
    # (review 102: each file's 施策 numbered in its order, 1-1 the first of each — 税務課's
    # 行政手続のオンライン化 and 企画課's 窓口のデジタル化 one 施策, 「多くのファイル」 warned)
    code, stderr = _summarize(tmp_path, NUMBERS_FIRST)
    assert code == 0
    assert "多くのファイル" not in stderr
    read = _read(tmp_path)
    projects: dict[str, set[str]] = {}
    for entry in read.entries:
        projects.setdefault(entry.project_name, set()).add(entry.project_id)
    assert all(len(ids) == 1 for ids in projects.values()), projects
    assert len({ids.pop() for ids in projects.values()}) == len(projects) == 6


def test_the_number_columns_the_warning_offers_read_the_numbers(tmp_path: Path) -> None:
    code, stderr = _summarize(tmp_path, NUMBERS_FIRST, 'number = ["施策番号", "取組番号"]')
    assert code == 0
    assert "多くのファイル" not in stderr
    read = _read(tmp_path, 'number = ["施策番号", "取組番号"]')
    ids = sorted(f"{e.project_id}{e.item_label}" for e in read.entries)
    assert ids == ["1-1②", "1-1③", "1-2①", "1-2③", "1-3①", "1-3②", "2-1①", "2-2①", "2-4③"]


def test_items_in_many_departments_files_are_no_bodies(tmp_path: Path) -> None:
    # (no number column: each 課's 施策 numbered in its order; the forms state 担当課：…)
    code, stderr = _summarize(tmp_path, [t for t in NUMBERS_FIRST if "番号" not in t], copies=True)
    assert code == 0
    warning = next(line for line in stderr.splitlines() if "多くのファイル" in line)
    assert "--bodies" not in warning
    assert "どのファイルにも所管の部署が書かれています（企画課、市民課、税務課）" in warning
