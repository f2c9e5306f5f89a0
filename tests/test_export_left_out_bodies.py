"""A national survey's export, one body of the roster never having answered: its sheet
「集計に含めていない行」 lists only that body, with why — not every body of the roster, all
but one with an empty reason (review 97: 300 listed, 298 with none) — and read back, the
export still names the body it counted none of, in its place among the others. The note
under 団体別集計 names a body's share 「白瀬市の「A」」, with no space after the name (review
97: 「川瀬町 の「D」」)."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from typer.testing import CliRunner

from planeval.cli import app

HEADER = ["No.", "基本方針", "施策", "取組項目", "取組内容", "評価", "課題・今後の方向性", "担当課"]
ROSTER = {"012025": "白瀬市", "012033": "日見市", "012041": "岩葉市", "012050": "山葉市"}
# each answering body's statuses, one item each under 1-1-1 (岩葉市 never answered)
ANSWERS = {"白瀬市": "A" * 10 + "BC", "日見市": "A" * 10 + "BB", "山葉市": "ABCD"}
CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫"
SETTINGS = """\
[scale]
preset = "hirakata"

[bodies]
roster = "団体一覧.csv"
"""


@pytest.fixture
def survey(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    folder = tmp_path / "R6"
    folder.mkdir()
    codes = {name: code for code, name in ROSTER.items()}
    for name, statuses in ANSWERS.items():
        book = Workbook()
        sheet = book.active
        sheet.title = "回答"
        sheet["A1"] = "令和6年度 自治体DX推進状況調査 回答票"
        sheet["A2"], sheet["B2"] = "団体コード", codes[name]
        sheet["A3"], sheet["B3"] = "団体名", name
        for column, title in enumerate(HEADER, 1):
            sheet.cell(7, column, title)
        for number, status in enumerate(statuses, 1):
            issue = "" if status in "AB" else "予算の確保が課題"
            sheet.append([number, "1 行政サービスのデジタル化", "1-1 手続のオンライン化",
                          "1-1-1 電子申請の推進", f"{CIRCLED[number - 1]} 手続{number}", status,
                          issue, "情報政策課"])  # fmt: skip
        book.save(folder / f"{codes[name]}_{name}.xlsx")
    lines = ["団体コード,団体名", *(f"{code},{name}" for code, name in ROSTER.items())]
    (tmp_path / "団体一覧.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (tmp_path / "planeval.toml").write_text(SETTINGS, encoding="utf-8")
    return tmp_path


def _export(*args: str) -> None:
    result = CliRunner().invoke(app, ["export", *args, "--keep-going"])
    assert result.exit_code == 1, result.output  # (岩葉市 sent nothing: an error)


def test_the_left_out_sheet_lists_only_the_body_left_out(survey: Path) -> None:
    _export("R6", "--bodies", "file", "--xlsx", "調査結果.xlsx")
    sheet = load_workbook(survey / "調査結果.xlsx")["集計に含めていない行"]
    rows = [[c for c in row if c is not None] for row in sheet.iter_rows(values_only=True)]
    rows = [row for row in rows if row]
    assert rows == [
        ["集計に含めていない行"],
        ["未集計の団体があります（下の表の団体。ほかの団体の回答はすべて集計しています）。"],
        ["未集計の団体（1 団体）"],
        ["団体", "数えていない理由"],
        ["岩葉市", "未回答"],
    ]
    # read back, the export still names it, in the roster's order among the bodies counted
    again = CliRunner().invoke(app, ["summarize", "調査結果.xlsx", "--by", "body"])
    assert "4団体のうち3団体の回答を集計しました。未集計の団体：岩葉市（未回答）" in again.stdout
    listed = [line.split()[1] for line in again.stdout.splitlines() if line.startswith("│ ")]
    assert listed[1:5] == ["白瀬市", "日見市", "岩葉市（未回答）", "山葉市"]


def test_the_body_table_s_note_names_a_body_s_share_without_a_space(survey: Path) -> None:
    # (each row adjusted to 100: 10 of 12 is 83.4 for one body, 83.3 for the other, and the
    # note names them; each share on its own, the default, has no such note)
    adjusted = SETTINGS.replace("\n\n[bodies]", '\nrounding = "largest_remainder"\n\n[bodies]')
    (survey / "planeval.toml").write_text(adjusted, encoding="utf-8")
    _export("R6", "--bodies", "file", "--md", "調査結果.md")
    text = (survey / "調査結果.md").read_text(encoding="utf-8")
    assert "（白瀬市の「A」と日見市の「A」など）。" in text
    assert " の「" not in text
