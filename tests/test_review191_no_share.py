"""Review 191 #2: 小島村 rated every row 「－」 (対象外, not counted), 計 0, and its row of 団体別集計
gave shares of 0.0 / 0.0 / 0.0 / 0.0 in every format (`小島村,0,0,0,0,0,9,0.0,0.0,0.0,0.0,`): 0 of
0 is no share. Now a row of 計 0 has none: 「－」 where read (the terminal, md, docx, html, the
xlsx), empty in a CSV's data, ``{}`` in JSON, and the note under the table names the row and why."""

from __future__ import annotations

import json
from pathlib import Path

from openpyxl import load_workbook
from typer.testing import CliRunner

from planeval.cli import app
from tests.body_settings import SURVEY_AB
from tests.conftest import write_book

SETTINGS = (
    SURVEY_AB
    + """
[[scale.status]]
symbol = "-"
label = "対象外"
counted = false

[wording]
policy = "取組分野"
item = "取組項目"
status = "評価"
department = "担当課"
"""
)
HEADER = ["番号", "取組分野", "取組項目", "評価", "担当課"]
ITEMS = [("1-1", "1 行政サービス", "キャッシュレス決済"), ("2-1", "2 行政運営", "文書の電子化")]
# (the 対象外 column titled by its meaning, not 「-（対象外）」: review 193 #6)
NOTE = "小島村は、すべての行が「対象外」で計に数える行がないため、割合を「－」としています。"


def _forms(home: Path) -> Path:
    """北浜市 (A and B: 50.0 each) and 小島村 (every row 対象外), a form each."""
    (home / "planeval.toml").write_text(SETTINGS, "utf-8")
    folder = home / "回答"
    folder.mkdir()
    for code, body, statuses in (("362018", "北浜市", "AB"), ("364045", "小島村", "--")):
        rows = [["令和7年度 進捗状況調査票"], ["団体コード", code], ["団体名", body], [], HEADER]
        rows += [[*item, status, "総務課"] for item, status in zip(ITEMS, statuses, strict=True)]
        write_book(folder / f"{code}_{body}.xlsx", {"調査票": rows})
    return folder


def _run(home: Path, *args: str) -> str:
    config = ["--config", str(home / "planeval.toml"), "--bodies", "file"]
    result = CliRunner().invoke(app, [*args, *config], env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    return result.output


def test_summarize_by_body_gives_no_share_of_nothing_counted(tmp_path: Path) -> None:
    forms = str(_forms(tmp_path))
    csv = _run(tmp_path, "summarize", forms, "--by", "body", "--percent", "-f", "csv")
    assert csv.lstrip("\ufeff").splitlines() == [
        "団体コード,団体,A,B,計,対象外,A 割合（%）,B 割合（%）,集計の状況",
        "362018,北浜市,1,1,2,0,50.0,50.0,",
        "364045,小島村,0,0,0,2,,,",
        ",合計,1,1,2,2,50.0,50.0,",
    ]
    shown = _run(tmp_path, "summarize", forms, "--by", "body", "--percent").splitlines()
    assert shown[5] == "│ 小島村 │ 0 │   － │ 0 │   － │  0 │      2 │"
    assert shown[-1] == f"※割合（%）は小数第2位を四捨五入して小数第1位まで表示しています。{NOTE}"
    data = json.loads(_run(tmp_path, "summarize", forms, "--by", "body", "-f", "json"))
    assert [group["percent"] for group in data["groups"]] == [{"A": 50.0, "B": 50.0}, {}]


def test_export_gives_no_share_of_nothing_counted_in_every_format(tmp_path: Path) -> None:
    forms, out = str(_forms(tmp_path)), tmp_path / "out"
    files = ["--md", str(out / "r.md"), "--xlsx", str(out / "r.xlsx"), "--csv", str(out / "csv")]
    _run(tmp_path, "export", forms, "--fiscal-year", "令和7", *files, "--html", str(out / "r.html"))
    lines = (out / "r.md").read_text("utf-8").splitlines()
    assert "| 364045 | 小島村 | 0 | 0 | 0 | 2 | － | － |" in lines
    assert f"※割合（%）は小数第2位を四捨五入して小数第1位まで表示しています。{NOTE}" in lines
    rows = (out / "csv" / "団体別集計.csv").read_text("utf-8-sig").splitlines()
    assert rows[2] == "364045,小島村,0,0,0,2,,,"
    sheet = load_workbook(out / "r.xlsx")["団体別集計"]
    row = next(r for r in sheet.iter_rows(values_only=True) if "小島村" in r)
    assert row == ("364045", "小島村", 0, 0, 0, 2, "－", "－", None)
    html = (out / "r.html").read_text("utf-8")
    assert html.count('<td class="number share" data-label="A 割合（%）">－</td>') == 1
