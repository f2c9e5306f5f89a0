"""Review 87's findings on what a report and check say: a pasted table's policy row typed with
its number and name (「3 情報セキュリティの確保」) named as a sentence names its policy."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from planeval.cli import app
from tests.test_review85_words import AICHI_TOML, _aichi


def run(*args: str):
    return CliRunner().invoke(app, list(args), env={"COLUMNS": "400"})


def test_a_pasted_row_of_a_policy_s_number_and_name_is_named_as_the_policy(
    tmp_path: Path,
) -> None:
    """Review 87 (7): 「表の「1 県民の利便性向上」の行」 is 基本方針1 to a director, as a
    paragraph's count of it is; the 合計 row stays the table's."""
    forms = _aichi(tmp_path / "R5", 5, ("A", "B", "C")).parent
    config = tmp_path / "planeval.toml"
    config.write_text(AICHI_TOML, encoding="utf-8")
    draft = tmp_path / "報告書.txt"
    draft.write_text(
        "令和5年度の評価結果は次のとおりです。\n表1 基本方針別の評価\n"
        "基本方針\tA\tB\tC\tD\t計\n1 県民の利便性向上\t1\t1\t2\t0\t4\n合計\t1\t1\t2\t0\t4\n",
        encoding="utf-8",
    )
    done = run("check", str(forms), "--text", str(draft), "--config", str(config), "-f", "json")
    assert done.exit_code == 1
    wrong = json.loads(done.stdout)["disagreements"]
    assert {(d["scope"], d["stated"], d["counted"]) for d in wrong} == {
        ("基本方針1", 2, 1),
        ("基本方針1", 4, 3),
        ("表の「合計」の行", 2, 1),
        ("表の「合計」の行", 4, 3),
    }


def _rolled_up(names: dict[str, str]):
    """A roll-up's rows: each body names its policy 3 as it likes (review 87's p83b)."""
    import planeval
    from planeval.model import Entry, Location

    rows = [
        Entry(Location(f"{body}.xlsx", "s", "C2"), "3", "3-1", "3-1-1", "事業", 1, "①", "取組",
              None, "○", "○", policy_name=name, body=body)
        for body, name in names.items()
    ]  # fmt: skip
    return planeval.build_report(rows, bodies=list(names))


@pytest.mark.parametrize(
    ("names", "named"),
    [
        ({"青葉市": "デジタル基盤の整備", "星野市": "安全なデジタル基盤"}, False),
        ({"青葉市": "デジタル基盤の整備", "星野市": "デジタル基盤の整備"}, True),
    ],
)
def test_a_roll_up_s_summary_has_no_empty_policy_name_column(
    tmp_path: Path, names: dict[str, str], named: bool
) -> None:
    """Review 87 (4): the bodies name policy 3 each their own way, so it has no name; 集計
    showed an empty 政策名 column in every format. It is left out, as compare's is; a name
    all bodies give is shown."""
    from docx import Document
    from openpyxl import load_workbook

    from planeval.report.docx_export import write_docx
    from planeval.report.html_export import to_html
    from planeval.report.text_export import to_markdown
    from planeval.report.xlsx_export import write_xlsx

    report = _rolled_up(names)
    markdown = to_markdown(report).splitlines()
    header = markdown[markdown.index("## 集計") :]
    assert any(line.startswith("| 政策番号 |") for line in header)
    assert any(line.startswith("| 政策番号 | 政策名 |") for line in header) is named
    page = to_html(report)
    summary = page.split('id="summary-h"')[1].split("<h2")[0]
    assert "政策番号" in summary and ("政策名" in summary) is named
    write_xlsx(report, tmp_path / "r.xlsx")
    sheet = load_workbook(tmp_path / "r.xlsx")["集計"]
    cells = [cell for row in sheet.iter_rows(values_only=True) for cell in row]
    assert "政策番号" in cells and ("政策名" in cells) is named
    write_docx(report, tmp_path / "r.docx")
    first = Document(str(tmp_path / "r.docx")).tables[0]
    assert ("政策名" in [cell.text for cell in first.rows[0].cells]) is named
