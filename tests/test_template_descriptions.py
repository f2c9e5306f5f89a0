"""template for a plan describing each 事業 (review 203 #5: 名東南区's `運営方針 | 番号 | 事業名 |
事業の概要 | 担当課`): the forms left 「事業の概要」 off with a notice, where the ward wants each
事業's 概要 beside it; they carry it, locked and grey as the plan's other cells, and the filled
forms read back with no warning."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook, load_workbook
from typer.testing import CliRunner

from planeval.cli import app

SETTINGS = """[scale]
preset = "nagoya"

[wording]
preset = "nagoya"
title = "名東南区 区政運営方針 取組み結果"
policy = "運営方針"
item = "事業"
status = "評価"
issue = "今後の方向性"
department = "担当課"

[layout.titles]
level = ["運営方針"]
"""
# (運営方針, 番号, 事業名, 担当課, the status its 課 gives)
ROWS = [
    ("1 安心・安全で快適に暮らせるまち", 1, "防災訓練推進事業", "総務課", "A"),
    ("1 安心・安全で快適に暮らせるまち", 2, "避難所運営支援事業", "区民生活課", "B"),
    ("1 安心・安全で快適に暮らせるまち", 3, "地域防犯パトロール支援", "総務課", "C"),
    ("2 健やかで心豊かに暮らせるまち", 4, "健康づくり講座", "区民生活課", "A"),
]


def run(*args: str):
    return CliRunner().invoke(app, list(args), env={"COLUMNS": "200"})


def test_the_plans_description_is_carried_onto_the_forms_and_reads_back(tmp_path: Path) -> None:
    book = Workbook()
    sheet = book.active
    sheet.title = "事業一覧"
    sheet.append(["名東南区 区政運営方針 事業一覧（令和6年度）"])
    sheet.append([])
    sheet.append(["運営方針", "番号", "事業名", "事業の概要", "担当課"])
    for policy, number, name, department, _status in ROWS:
        sheet.append([policy, number, name, f"{name}を実施します。", department])
    book.save(tmp_path / "計画.xlsx")
    config = tmp_path / "planeval.toml"
    config.write_text(SETTINGS, encoding="utf-8")
    made = run("template", str(tmp_path / "計画.xlsx"), "--fiscal-year", "令和6",
               "-o", str(tmp_path / "forms"), "--split-by", "department",
               "--config", str(config))  # fmt: skip
    assert made.exit_code == 0, made.output
    assert made.stderr == ""  # (no notice of a column left off)
    form = tmp_path / "forms" / "取組み結果調査票_2024_総務課.xlsx"
    rows = list(load_workbook(form).worksheets[0].iter_rows(min_row=5, max_row=7))
    assert [cell.value for cell in rows[0]] == [
        "運営方針", "事業番号", "事業", "事業の概要", "担当課", "評価", "今後の方向性",
    ]  # fmt: skip
    assert [cell.value for cell in rows[1]][1:5] == [
        "1", "防災訓練推進事業", "防災訓練推進事業を実施します。", "総務課",
    ]  # fmt: skip
    described = rows[1][3]
    assert described.protection.locked and described.fill.fgColor.rgb == "FFF2F2F2"
    statuses = {name: status for _policy, _number, name, _department, status in ROWS}
    for path in sorted((tmp_path / "forms").iterdir()):
        filled = load_workbook(path)
        for row in filled.worksheets[0].iter_rows(min_row=6):
            if row[2].value in statuses:
                row[5].value = statuses[row[2].value]
        filled.save(path)
    checked = run("validate", str(tmp_path / "forms"), "--config", str(config))
    assert checked.exit_code == 0, checked.output
    assert checked.stderr == ""
    assert checked.stdout.splitlines()[0] == "問題は見つかりませんでした（2 ファイル、4 件）"
