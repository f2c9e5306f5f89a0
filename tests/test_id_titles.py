"""A column of IDs is titled 番号 in every table a user reads — the issue list in every export
and `issues`, summarize's counts, the terminal's box —, as a public document titles its
numbers: 世田谷区's and 浜松市's 課題一覧 read 「ID」, the national survey's 「団体 | ID | 調査項目」
(review 130 #6). The JSON's keys stay. `check` reads a pasted table titled 番号 or ID."""

from __future__ import annotations

import csv
import json
from pathlib import Path

from docx import Document
from openpyxl import load_workbook

from tests.conftest import SEED_WORKBOOK
from tests.test_check_pasted_tables import _case, _checked
from tests.test_cli import run

ISSUE_TITLES = ["番号", "実施内容", "細目", "達成状況", "課題等"]


def test_the_issue_list_titles_its_ids_番号_in_every_format(tmp_path: Path) -> None:
    seed = str(SEED_WORKBOOK)
    out = tmp_path / "out"
    made = run(
        "export", seed, "--md", str(out / "r.md"), "--html", str(out / "r.html"),
        "--docx", str(out / "r.docx"), "--xlsx", str(out / "r.xlsx"), "--csv", str(out / "csv"),
        "--json", str(out / "r.json"),
    )  # fmt: skip
    assert made.exit_code == 0, made.stdout
    assert f"| {' | '.join(ISSUE_TITLES)} |" in (out / "r.md").read_text(encoding="utf-8")
    html = (out / "r.html").read_text(encoding="utf-8")
    issues = html[html.index('id="issues-h"') :]
    assert '<th scope="col">番号</th>' in issues and ">ID<" not in html
    docx = Document(str(out / "r.docx")).tables
    assert [c.text for c in docx[-1].rows[0].cells] == ISSUE_TITLES
    sheet = load_workbook(out / "r.xlsx")["課題一覧"]
    header = next(row for row in sheet.iter_rows(values_only=True) if row[0] == "番号")
    assert list(header[:5]) == ISSUE_TITLES
    with (out / "csv" / "課題一覧.csv").open(encoding="utf-8-sig") as stream:
        assert next(csv.reader(stream))[:5] == ISSUE_TITLES
    data = json.loads((out / "r.json").read_text(encoding="utf-8"))
    assert "project_id" in data["issues"][0]  # (the JSON's keys as they were)
    listed = run("issues", seed, "-f", "github").stdout
    assert listed.splitlines()[1].startswith("| 番号 ")
    shown = run("summarize", seed).stdout.splitlines()
    assert shown[2].startswith("│ 番号 │ 名称 ")


def test_check_reads_a_pasted_table_titled_番号_or_id(tmp_path: Path) -> None:
    """summarize's table of each body's policies (団体 | 番号 | 名称) pasted into a report: as
    written, or titled 「ID」 as before, it agrees; a count edited in either is named."""
    inputs, _scale = _case("bodies", tmp_path)
    shown = run("summarize", *inputs, "-f", "github", "--by", "body-policy").stdout
    assert "| 団体   | 番号   |   ◎ |" in shown
    for name, text in (("new.md", shown), ("old.md", shown.replace("| 番号   |", "| ID     |"))):
        pasted = tmp_path / name
        pasted.write_text(text, encoding="utf-8")
        code, data = _checked(inputs, [pasted])
        assert code == 0 and data["disagreements"] == [], name
        assert "表の「緑町 1」の行" in {s["scope"] for s in data["statements"]}
        line = next(row for row in text.splitlines() if row.startswith("| 緑町"))
        pasted.write_text(text.replace(line, line.replace("|   2 |", "|   3 |", 1)), "utf-8")
        code, data = _checked(inputs, [pasted])
        found = [(d["scope"], d["what"], d["stated"]) for d in data["disagreements"]]
        assert code == 1 and found == [("表の「緑町 1」の行", "○", 3)], name
