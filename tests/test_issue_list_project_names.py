"""南浜市's issue list (review 98 #6): its rows are named by their 取組項目 (「1.1 市営住宅の見直し」
in the Chapter 3 tables), each with a 取組内容 describing it, and no number of the 取組内容's own.
The list's first column, titled 取組項目, held only 「1.1」, the description beside it — at 40
columns 「取組項目 1.1 市営住宅の見直しについて、…」, the description read as the 取組項目. It names
the 取組項目 as the tables do, number and name, and the description under 取組内容, in every
format."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from docx import Document
from openpyxl import load_workbook
from typer.testing import CliRunner

from planeval.cli import app
from tests.conftest import write_book
from tests.minamihama import PRESET_AND_WORDING as TOML

HEADER = ["番号", "取組項目", "取組内容", "進捗状況", "取組状況・課題", "担当課"]
runner = CliRunner()


def _form(tmp_path: Path) -> str:
    rows: list[list[object]] = [
        ["南浜市集中改革プラン　令和6年度 取組状況調査票"],
        ["担当課：企画課"],
        [],
        ["基本方針1　事務事業の見直しと効率化"],
        ["(1)　事務事業の再編・整理"],
        HEADER,
        ["1.1", "補助金", "補助金の見直しについて、方針を定め実施する。", "取組中", "検討中。", "企画課"],
        ["1.2", "市営住宅の見直し", "対象を洗い出し実施する。", "目標達成", "", "企画課"],
    ]  # fmt: skip
    (tmp_path / "planeval.toml").write_text(TOML, encoding="utf-8")
    return str(write_book(tmp_path / "企画課.xlsx", {"進捗状況": rows}))


def _run(tmp_path: Path, *args: str, columns: int = 160):
    config = str(tmp_path / "planeval.toml")
    return runner.invoke(app, [*args, "--config", config], env={"COLUMNS": str(columns)})


def test_the_issue_list_names_the_project_and_its_description_each_under_its_title(
    tmp_path: Path,
) -> None:
    book = _form(tmp_path)
    listed = _run(tmp_path, "issues", book, "-f", "csv", "--no-bom")
    assert listed.exit_code == 0, listed.output
    rows = list(csv.reader(io.StringIO(listed.stdout)))
    assert rows[0][:2] == ["取組項目", "取組内容"]
    assert [row[:2] for row in rows[1:]] == [
        ["1.1 補助金", "補助金の見直しについて、方針を定め実施する。"]
    ]
    # (stacked at 40 columns: the description under its own title, never beside the 取組項目)
    stacked = _run(tmp_path, "issues", book, columns=40).stdout.splitlines()
    assert stacked[:5] == [
        "課題一覧",
        "出典のファイル: 企画課.xlsx",
        "取組項目 1.1 補助金",
        "  取組内容 補助金の見直しについて、",
        "    方針を定め実施する。",
    ]


def test_every_export_names_the_project_in_its_issue_list(tmp_path: Path) -> None:
    book = _form(tmp_path)
    out = tmp_path / "out"
    exported = _run(
        tmp_path, "export", book, "--md", str(out / "a.md"), "--html", str(out / "a.html"),
        "--docx", str(out / "a.docx"), "--xlsx", str(out / "a.xlsx"),
    )  # fmt: skip
    assert exported.exit_code == 0, exported.output
    row = "| 1.1 補助金 | 補助金の見直しについて、方針を定め実施する。 | 取組中 |"
    assert row in (out / "a.md").read_text(encoding="utf-8")
    html = (out / "a.html").read_text(encoding="utf-8")
    assert '<th scope="row"><span class="id">1.1</span> 補助金</th><td class="item"' in html
    cells = [cell.text for cell in Document(str(out / "a.docx")).tables[-1].rows[1].cells]
    assert cells[:2] == ["1.1 補助金", "補助金の見直しについて、\n方針を定め実施する。"]
    sheet = load_workbook(out / "a.xlsx")["課題一覧"]
    values = [row for row in sheet.iter_rows(values_only=True) if row[0] == "1.1 補助金"]
    assert [row[1] for row in values] == ["補助金の見直しについて、方針を定め実施する。"]
