"""Review 193: a prefecture's survey of its towns and villages (北浜県's forms: 番号 | 取組分野 |
取組項目 | 評価 | 課題 | 担当課), read with the settings review 191 wrote, in every export.

#5: 松原町 alone had a 担当課 column in the docx and html section tables (its 取組分野 of two
担当課), the xlsx one for every body: now every body's tables have it, empty where a body
named none, in every format.

#6: the 対象外 column (``symbol = "-"``) was titled 「-（対象外）」, read as a minus (on a phone
「計：9 -（対象外）：1」): a dash's column is titled by its meaning, 「対象外」, in every format and
on the terminal; a letter's keeps its symbol (「N（対象外）」), a repeat listing's Setagaya's
「-（再掲）」.

#4: every format called a row 「実施内容」 (「延べ 270 の実施内容を集計しました。個別の実施内容ごとの
評価は…」), the forms' column 取組項目: with no [wording] item word the rows are called as the
forms title them, and rows summed over bodies are said once (「…取組項目を集計しました。評価は、…」)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from docx import Document
from openpyxl import load_workbook
from typer.testing import CliRunner

from planeval.cli import app
from planeval.report.count_headers import uncounted_headers
from planeval.scale import DEFAULT_SCALE, Scale, Status
from tests.body_settings import SURVEY_AB
from tests.conftest import write_book

SETTINGS = (
    SURVEY_AB
    + """
[[scale.status]]
symbol = "C"
label = "一部未実施"
needs_issue = true

[[scale.status]]
symbol = "-"
label = "対象外"
counted = false

[wording]
policy = "取組分野"
status = "評価"
issue = "課題"
department = "担当課"
"""
)
HEADER = ["番号", "取組分野", "取組項目", "評価", "課題", "担当課"]
FIELD = "1 行政サービスのデジタル化"
# each body's rows: 松原町's 取組分野 of two 担当課, 北浜市's of one, 小島村's naming none
BODIES = {
    ("362018", "北浜市"): [
        ["1-1", FIELD, "キャッシュレス決済の導入", "C", "一部の手続で未対応", "住民課"],
        ["1-2", FIELD, "書かない窓口の導入", "B", None, "住民課"],
    ],
    ("363073", "松原町"): [
        ["1-1", FIELD, "キャッシュレス決済の導入", "B", None, "住民課"],
        ["1-2", FIELD, "防災アプリの導入", "A", None, "防災課"],
    ],
    ("364045", "小島村"): [
        ["1-1", FIELD, "キャッシュレス決済の導入", "－", "対象となる取組なし", None],
        ["1-2", FIELD, "書かない窓口の導入", "B", None, None],
    ],
}


@pytest.fixture
def exported(tmp_path: Path) -> Path:
    """The three bodies' forms exported to xlsx, docx, html and md under ``out``."""
    (tmp_path / "planeval.toml").write_text(SETTINGS, encoding="utf-8")
    folder = tmp_path / "R7回答"
    folder.mkdir()
    for (code, body), rows in BODIES.items():
        sheet = [["令和7年度 北浜県DX推進計画 進捗状況調査票"], ["団体コード", code]]
        sheet += [["団体名", body], [], HEADER, *rows]
        write_book(folder / f"{code}_{body}.xlsx", {"調査票": sheet})
    out = tmp_path / "out"
    given = [str(folder), "--bodies", "file", "--config", str(tmp_path / "planeval.toml")]
    formats = ["--xlsx", str(out / "pref.xlsx"), "--docx", str(out / "pref.docx")]
    formats += ["--html", str(out / "pref.html"), "--md", str(out / "pref.md")]
    result = CliRunner().invoke(app, ["export", *given, *formats])
    assert result.exit_code == 0, result.output
    return out


def _section_tables(out: Path) -> list[list[list[str]]]:
    """The docx's section tables (those headed by the rated rows' column), cell texts by row."""
    tables = [
        [[cell.text for cell in row.cells] for row in table.rows]
        for table in Document(str(out / "pref.docx")).tables
    ]
    return [table for table in tables if table[0][1:2] == ["評価"]]


def test_every_body_s_docx_table_has_the_department_column(exported: Path) -> None:
    tables = _section_tables(exported)
    assert [table[0] for table in tables] == [["取組項目", "評価", "課題", "担当課"]] * len(BODIES)
    assert [[row[-1] for row in table[1:]] for table in tables] == [
        ["住民課", "住民課"],
        ["住民課", "防災課"],
        ["", ""],  # (小島村 named none: the column empty)
    ]


def test_every_body_s_html_table_has_the_department_column(exported: Path) -> None:
    html = (exported / "pref.html").read_text(encoding="utf-8")
    sections = html.partition('id="issues-h"')[0]  # (the issue list's, after: its own rule)
    cells = sections.split('data-label="担当課">')[1:]
    assert [cell.partition("</td>")[0] for cell in cells] == [
        "住民課", "住民課", "住民課", "防災課", "", "",
    ]  # fmt: skip


def test_tables_show_every_body_s_department_column(exported: Path) -> None:
    home = exported.parent
    given = [str(home / "R7回答"), "--bodies", "file", "--format", "github"]
    result = CliRunner().invoke(
        app, ["tables", *given, "--config", str(home / "planeval.toml")], env={"COLUMNS": "200"}
    )
    assert result.exit_code == 0, result.output
    headers = [line for line in result.stdout.splitlines() if line.startswith("| 取組項目")]
    # (北浜市's of one 担当課 too; a column empty in a table is left out of the terminal's, as
    # 小島村's 担当課 and 松原町's 課題)
    assert [[cell.strip() for cell in line.split("|")[1:-1]] for line in headers] == [
        ["取組項目", "評価", "課題", "担当課"],
        ["取組項目", "評価", "担当課"],
        ["取組項目", "評価", "課題"],
    ]


COUNT_HEADER = ["取組分野番号", "取組分野名", "A", "B", "C", "計", "対象外"]


def test_the_not_counted_column_is_titled_by_its_meaning(exported: Path) -> None:
    sheet = load_workbook(exported / "pref.xlsx")["集計"]
    rows = [list(row) for row in sheet.iter_rows(values_only=True)]
    assert next(row for row in rows if row[0] == "取組分野番号")[:7] == COUNT_HEADER
    first = Document(str(exported / "pref.docx")).tables[0]
    assert [cell.text for cell in first.rows[0].cells][5:7] == ["件数", "対象外"]  # (計 below)
    html = (exported / "pref.html").read_text(encoding="utf-8")
    # (集計's 取組分野1 and 合計, 団体別集計's 小島村 and 合計)
    assert html.count('data-label="対象外">1</td>') == 4
    assert "-（対象外）" not in html


def test_a_dash_s_column_only_is_titled_by_its_label() -> None:
    def scale(symbol: str, label: str) -> Scale:
        return Scale((Status("A", "計画以上"), Status(symbol, label, counted=False)))

    assert [
        uncounted_headers(scale(symbol, "対象外"))[0] for symbol in ("-", "－", "―", "−", "‐", "N")
    ] == ["対象外", "対象外", "対象外", "対象外", "対象外", "N（対象外）"]
    assert uncounted_headers(DEFAULT_SCALE) == ("-（再掲）",)  # (Setagaya's, as published)


SENTENCE = (
    "3団体の取組分野1「行政サービスのデジタル化」では、延べ5つの取組項目を集計しました。"
    "評価は、計画以上1件、計画どおり3件、一部未実施1件（ほかに対象外1件）でした。"
)


def test_the_rows_are_called_as_the_forms_title_them(exported: Path) -> None:
    html = (exported / "pref.html").read_text(encoding="utf-8")
    assert f"<p>{SENTENCE}</p>" in html
    assert "実施内容" not in html
    paragraphs = [p.text for p in Document(str(exported / "pref.docx")).paragraphs]
    assert SENTENCE in paragraphs
    book = load_workbook(exported / "pref.xlsx")
    texts = {cell.replace("\n", "") for sheet in book.worksheets  # (broken between phrases)
             for row in sheet.iter_rows(values_only=True) for cell in row if isinstance(cell, str)}  # fmt: skip
    assert SENTENCE in texts
    assert not [text for text in texts if "実施内容" in text]


def _texts(out: Path) -> dict[str, set[str]]:
    """Each format's lines of text: the md's, the html's paragraphs and captions, the docx's
    paragraphs and the xlsx's cells (joined where broken between phrases)."""
    html = (out / "pref.html").read_text(encoding="utf-8")
    tagged = re.findall(r"<(?:p|caption)[^>]*>(.*?)</(?:p|caption)>", html, re.S)
    book = load_workbook(out / "pref.xlsx")
    cells = [c for s in book.worksheets for r in s.iter_rows(values_only=True) for c in r]
    return {
        "md": set((out / "pref.md").read_text(encoding="utf-8").splitlines()),
        "html": {re.sub("<[^>]+>", "", text) for text in tagged},
        "docx": {p.text for p in Document(str(out / "pref.docx")).paragraphs},
        "xlsx": {cell.replace("\n", "") for cell in cells if isinstance(cell, str)},
    }


CAPTION = "取組分野ごとの取組項目の件数と、計に対する割合（%）。計に対象外は含みません"
LEGEND = "※A：計画以上、B：計画どおり、C：一部未実施。対象外は「-」とし、件数に含めません"


def test_the_caption_and_legend_say_the_dash_in_words(exported: Path) -> None:
    """The 集計 caption said 「計に対象外（-）は含みません」 and the legend 「…、-：対象外（件数に
    含めません）」 under a column titled 対象外: said in words, as the column (words58)."""
    for name, texts in _texts(exported).items():
        assert {CAPTION, LEGEND} <= texts if name in ("md", "html") else LEGEND in texts, name
        assert not [text for text in texts if "対象外（-）" in text or "-：対象外" in text], name
    # (the docx and xlsx write no caption: their tables are headed by the section's words)
