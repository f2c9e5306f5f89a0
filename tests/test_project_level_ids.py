"""A body rated per 事業 with no item column (羽村市's style: each 事業 unnumbered under a heading
「施策27「都市基盤整備」」) has no number of the 事業's own: the ID every flat list showed of it was
its 施策's, 「27」 on two different 事業, under a column titled 「ID」 (review 92 #1). The lists
title that column for what it holds, the 施策 (distinct_ids.ListedIds.header), in every format:
the issue list (terminal, CSV, Markdown, HTML, Word, Excel), compare's and rounds' changes; a body
numbering its items keeps 「番号」 (「ID」 before review 130 #6)."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from docx import Document
from openpyxl import load_workbook
from typer.testing import CliRunner

from planeval.cli import app
from tests.conftest import SEED_WORKBOOK, write_book

SETTINGS = (
    '[scale]\npreset = "hamura"\n\n[wording]\npolicy = "施策"\nproject = "施策"\nitem = "事業"\n'
    'status = "評価"\nissue = "課題・今後の方向性"\ndepartment = "担当課"\ncounter = "件"\n'
)
DONE, REVISE = "計画どおり完了", "次年度以降計画を見直す"
PLAN = [
    (27, "都市基盤整備", ["都市計画道路の整備", "橋りょうの耐震化", "空き家対策の推進"]),
    (28, "地域交通の充実", ["コミュニティバスの運行", "デマンド型交通の導入検討"]),
]


def run(*args: str):
    return CliRunner().invoke(app, list(args), env={"COLUMNS": "200"})


def _book(path: Path, year: int, revised: set[str]) -> Path:
    """One round's workbook as the clerk types it: per 施策 a heading, then 事業名 | 評価 |
    課題・今後の方向性 | 担当課, a row per 事業 and no number of its own; ``revised`` rated 見直す."""
    rows: list[list[object]] = [[f"令和{year}年度 羽浦市施策評価結果"], []]
    for number, name, projects in PLAN:
        rows += [[f"施策{number}「{name}」"], ["事業名", "評価", "課題・今後の方向性", "担当課"]]
        for project in projects:
            issue = "計画を見直す。" if project in revised else ""
            rows.append([project, REVISE if project in revised else DONE, issue, "道路管理課"])
        rows.append([])
    path.parent.mkdir(parents=True, exist_ok=True)
    return write_book(path, {"施策評価": rows})


def _rounds(tmp_path: Path) -> tuple[Path, Path]:
    (tmp_path / "planeval.toml").write_text(SETTINGS, encoding="utf-8")
    before = _book(tmp_path / "r5" / "施策評価結果_令和5年度.xlsx", 5, {"都市計画道路の整備"})
    after = _book(
        tmp_path / "r6" / "施策評価結果_令和6年度.xlsx", 6, {"橋りょうの耐震化", "空き家対策の推進"}
    )
    return before.parent, after.parent


def _csv(text: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text.lstrip("\ufeff"))))


def test_issue_list_titles_the_column_of_each_project_id_by_its_word(tmp_path: Path) -> None:
    _, after = _rounds(tmp_path)
    config = str(tmp_path / "planeval.toml")
    result = run("issues", str(after), "--config", config, "-f", "csv")
    assert result.exit_code == 0, result.output
    rows = _csv(result.output)
    assert rows[0][:2] == ["施策", "事業"]
    # (the 施策 as its tables name it, number and name: review 98)
    assert [row[:2] for row in rows[1:]] == [
        ["27 都市基盤整備", "橋りょうの耐震化"],
        ["27 都市基盤整備", "空き家対策の推進"],
    ]

    out = tmp_path / "out"
    result = run(
        "export", str(after), "--config", config, "--csv", str(out / "csv"),
        "--md", str(out / "r6.md"), "--html", str(out / "r6.html"),
        "--docx", str(out / "r6.docx"), "--xlsx", str(out / "r6.xlsx"),
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    listed = _csv((out / "csv" / "課題一覧.csv").read_text(encoding="utf-8"))
    assert listed[0][:2] == ["施策", "事業"] and listed[1][:2] == [
        "27 都市基盤整備",
        "橋りょうの耐震化",
    ]
    assert "| 施策 | 事業 | 評価 |" in (out / "r6.md").read_text(encoding="utf-8")
    html = (out / "r6.html").read_text(encoding="utf-8")
    assert '<th scope="col">施策</th><th scope="col">事業</th>' in html
    assert '<th scope="col">ID</th>' not in html
    tables = Document(str(out / "r6.docx")).tables
    assert [cell.text for cell in tables[-1].rows[0].cells][:2] == ["施策", "事業"]
    sheet = load_workbook(out / "r6.xlsx")["課題一覧"]
    header = next(row for row in sheet.iter_rows(values_only=True) if "事業" in row)
    assert header[:2] == ("施策", "事業")


def test_compare_and_rounds_title_the_column_by_the_project_word(tmp_path: Path) -> None:
    before, after = _rounds(tmp_path)
    config = str(tmp_path / "planeval.toml")
    result = run("compare", str(before), str(after), "--config", config, "-f", "csv")
    assert result.exit_code == 0, result.output
    rows = _csv(result.output)
    assert rows[0][:2] == ["施策", "事業"]
    assert rows[1][:2] == ["27", "都市計画道路の整備"]  # (citable: 施策27's 都市計画道路の整備)
    workbook = tmp_path / "cmp.xlsx"
    result = run("compare", str(before), str(after), "--config", config, "--xlsx", str(workbook))
    assert result.exit_code == 0, result.output
    sheet = load_workbook(workbook)["評価の変化"]
    header = next(row for row in sheet.iter_rows(values_only=True) if "事業" in row)
    assert header[:2] == ("施策", "事業")

    result = run("rounds", str(before), str(after), "--config", config, "-f", "csv")
    assert result.exit_code == 0, result.output
    assert _csv(result.output)[0][:2] == ["施策", "事業"]


def test_a_body_numbering_its_items_keeps_the_id_column() -> None:
    result = run("issues", str(SEED_WORKBOOK), "-f", "csv")
    assert result.exit_code == 0, result.output
    assert _csv(result.output)[0][0] == "番号"
