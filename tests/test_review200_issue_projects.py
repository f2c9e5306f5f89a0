"""西羽根市's 課題一覧 named each 事業 by its own number and name, 「5 | 河川改修事業」, with no word
of its 施策 (review 200 #4): its 事業 are numbered through the plan (1–60 under 施策 1–8), so the
ID does not say the 施策 that Chapter 3's tables group them by. The list now has a 施策 column,
the 施策 as those tables name it, 「3 子育て支援」, in every format. Setagaya's, whose IDs are led
by their project's number (「1-1-1②」), is as it was."""

from __future__ import annotations

import csv
from pathlib import Path

from docx import Document
from openpyxl import load_workbook
from typer.testing import CliRunner

from planeval.cli import app
from tests.test_review196_plan_policies import folder  # noqa: F401 (the fixture)

RUNNER = CliRunner()
REPO = Path(__file__).resolve().parents[1]
HEADERS = ["番号", "施策", "事業", "評価", "評価の理由・今後の方向性", "担当課"]


def _export(*args: str) -> None:
    result = RUNNER.invoke(app, ["export", *args])
    assert result.exit_code == 0, result.output


def test_every_format_names_the_project_of_each_listed_item(folder: Path) -> None:  # noqa: F811
    _export(".", "--md", "r.md", "--docx", "r.docx", "--xlsx", "r.xlsx", "--csv", "c")
    text = (folder / "r.md").read_text(encoding="utf-8")
    lines = text[text.index("## 課題一覧") :].splitlines()
    at = lines.index("| " + " | ".join(HEADERS) + " |")
    first = lines[at + 2].split(" | ")
    assert first[:3] == ["| 6", "3 子育て支援", "児童館運営事業"], lines[at : at + 4]
    with (folder / "c" / "課題一覧.csv").open(encoding="utf-8-sig", newline="") as stream:
        rows = list(csv.reader(stream))
    assert rows[0] == HEADERS
    assert rows[1][:3] == ["6", "3 子育て支援", "児童館運営事業"]
    document = Document(str(folder / "r.docx"))
    table = document.tables[-1]
    assert [c.text.replace("\n", "") for c in table.rows[0].cells] == HEADERS
    assert [c.text.replace("\n", "") for c in table.rows[1].cells][:3] == rows[1][:3]
    sheet = load_workbook(folder / "r.xlsx")["課題一覧"]
    row = next(r for r in sheet.iter_rows(values_only=True) if r[0] == "番号")
    assert list(row) == [*HEADERS, "出典"]


def test_setagaya_keeps_its_list(tmp_path: Path) -> None:
    out = tmp_path / "r.md"
    _export(str(REPO / "data" / "setagaya" / "chapter3.xlsx"), "--md", str(out))
    text = out.read_text(encoding="utf-8")
    lines = text[text.index("## 課題一覧") :].splitlines()
    assert lines[4:7] == [
        "| 番号 | 実施内容 | 細目 | 達成状況 | 課題等 |",
        "|---|---|---|---|---|",
        "| 1-1-1② | 区民向け地理情報提供の充実 |  | △ | 地理情報システムの統一化が必要 |",
    ]
