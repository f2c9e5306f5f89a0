"""A No. column of one 局's own form beside the item's name (川崎市's 建設緑政局: 施策 | No. |
事務事業, 1, 2, 3 anew under each 施策) while the other 局's forms and the plan number no item:
every output shows the names as the other forms do, 「交通安全施設整備事業」, never
「1 交通安全施設整備事業」 beside them — the number still the item's own (review 115 #7)."""

from __future__ import annotations

from pathlib import Path

from docx import Document
from openpyxl import Workbook
from typer.testing import CliRunner

import planeval
from planeval.cli import app

SETTINGS = """[scale]
preset = "kawasaki"

[layout]
status_column = "達成度"

[wording]
policy = "政策"
project = "施策"
item = "事務事業"
status = "達成度"
department = "所管局"
"""
ISSUE = "資材価格の高騰により一部未実施。"


def _plain(path: Path, rows: list[tuple[str, str, str, int]]) -> None:
    """A 局's form as most send it: 政策 | 施策番号 | 施策名 | 事務事業名 | 達成度 | 課題."""
    book = Workbook()
    sheet = book.active
    sheet.append(["令和7年度　施策進行管理・評価票"])
    sheet.append([])
    sheet.append(["政策", "施策番号", "施策名", "事務事業名", "達成度", "課題・今後の方向性"])
    for project, project_name, name, status in rows:
        sheet.append(["1-1 災害から生命を守る", project, project_name, name, status, ISSUE])
    book.save(path)


def _numbered(path: Path, *, no_column: bool = True) -> None:
    """建設緑政局's own form: 政策 | 施策 (ID and name in one cell) | No. | 事務事業 | 達成度."""
    book = Workbook()
    sheet = book.active
    sheet.append(["令和7年度　施策進行管理・評価票（建設緑政局）"])
    sheet.append([])
    number = ["No."] if no_column else []
    sheet.append(["政策", "施策", *number, "事務事業", "達成度（１～５）", "課題・今後の方向性"])
    names = ("交通安全施設整備事業", "自転車利用環境整備事業", "通学路安全対策事業")
    for index, name in enumerate(names, start=1):
        levels = ["1-2　安全に暮らせる地域をつくる", "1-2-2　交通安全対策の推進"]
        numbers = [index] if no_column else []
        sheet.append(
            [
                *(levels if index == 1 else [None, None]),
                *numbers,
                name,
                4 if no_column else 3,
                ISSUE,
            ]
        )
    book.save(path)


def _round(folder: Path, *, no_column: bool = True) -> Path:
    folder.mkdir()
    _plain(
        folder / "まちづくり局.xlsx",
        [
            ("1-1-3", "建築物の耐震化の推進", "木造住宅耐震改修助成事業", 4),
            ("1-1-3", "建築物の耐震化の推進", "マンション耐震化支援事業", 3),
        ],
    )
    _numbered(folder / "建設緑政局.xlsx", no_column=no_column)
    return folder


def _run(tmp_path: Path, *args: str) -> str:
    (tmp_path / "planeval.toml").write_text(SETTINGS, encoding="utf-8")
    result = CliRunner().invoke(app, [*args, "--config", str(tmp_path / "planeval.toml")])
    assert result.exit_code == 0, result.output
    return result.output


def _rows(output: str) -> list[list[str]]:
    """The cells of each row of the tables a github-format output prints."""
    return [
        [cell.strip() for cell in line.strip("|").split("|")]
        for line in output.splitlines()
        if line.startswith("|")
    ]


def test_a_no_column_is_not_glued_to_the_name_where_no_other_form_numbers(
    tmp_path: Path,
) -> None:
    folder = _round(tmp_path / "R7")
    tables = _run(tmp_path, "tables", str(folder), "--format", "github")
    assert "交通安全施設整備事業" in [cell for row in _rows(tables) for cell in row]
    assert "1 交通安全施設整備事業" not in tables
    issues = _run(tmp_path, "issues", str(folder), "--format", "github")
    assert ["1-2-2", "自転車利用環境整備事業"] in [row[:2] for row in _rows(issues)]
    assert "1-2-2 2" not in issues
    by_item = _run(tmp_path, "summarize", str(folder), "--by", "item", "--format", "github")
    assert ["1-2-2", "交通安全施設整備事業"] in [row[:2] for row in _rows(by_item)]
    # (the number is still the item's own: what pairs it with another round or file)
    read = planeval.read_workbooks(
        [folder], scale=planeval.load_config(tmp_path / "planeval.toml").scale
    )
    assert {e.item_name: e.item_no for e in read.entries if e.project_id == "1-2-2"} == {
        "交通安全施設整備事業": 1,
        "自転車利用環境整備事業": 2,
        "通学路安全対策事業": 3,
    }


def test_every_export_and_compare_show_the_names_bare(tmp_path: Path) -> None:
    before = _round(tmp_path / "R6", no_column=False)
    folder = _round(tmp_path / "R7")
    out = tmp_path / "out"
    out.mkdir()
    paths = {fmt: out / f"r.{fmt}" for fmt in ("md", "html", "docx")}
    _run(
        tmp_path,
        "export",
        str(folder),
        *(f for fmt, p in paths.items() for f in (f"--{fmt}", str(p))),
    )
    for fmt in ("md", "html"):
        text = paths[fmt].read_text(encoding="utf-8")
        assert "交通安全施設整備事業" in text
        assert "1 交通安全施設整備事業" not in text
        assert "1-2-2 2" not in text
    cells = {
        cell.text
        for table in Document(str(paths["docx"])).tables
        for row in table.rows
        for cell in row.cells
    }
    assert "交通安全施設整備事業" in cells
    assert not any(text.startswith("1 交通安全") for text in cells)
    compared = _run(tmp_path, "compare", str(before), str(folder), "--format", "github")
    # (paired with last year's unnumbered row by its name: no 削除 and 追加)
    assert ["1-2-2", "交通安全施設整備事業", "3", "4"] in [row[:4] for row in _rows(compared)]
    rounds = _run(tmp_path, "rounds", str(before), str(folder), "--format", "github")
    assert ["1-2-2", "交通安全施設整備事業"] in [row[:2] for row in _rows(rounds)]


def test_a_no_column_is_kept_where_it_is_the_only_form(tmp_path: Path) -> None:
    folder = tmp_path / "R7"
    folder.mkdir()
    _numbered(folder / "建設緑政局.xlsx")
    tables = _run(tmp_path, "tables", str(folder), "--format", "github")
    assert "1 交通安全施設整備事業" in [cell for row in _rows(tables) for cell in row]


def test_a_number_typed_in_the_name_keeps_showing(tmp_path: Path) -> None:
    folder = _round(tmp_path / "R7")
    _plain(
        folder / "環境局.xlsx",
        [("1-1-4", "生活環境の保全", "① 大気環境監視事業", 4)],
    )
    _plain(folder / "市民文化局.xlsx", [("1-1-5", "防犯対策の推進", "防犯灯設置補助事業", 3)])
    tables = _run(tmp_path, "tables", str(folder), "--format", "github")
    cells = [cell for row in _rows(tables) for cell in row]
    assert "① 大気環境監視事業" in cells
    assert "交通安全施設整備事業" in cells
