"""A 川崎市-style round through planeval's own forms (review 124): a plan of 政策 › 施策 ›
事務事業, its 事務事業 named and never numbered. A 局 that adds a row for a 事業 the plan has
not is told in the plan's terms and is no 提出済 (#6); a 局's form received twice — saved again,
one value changed, so alike to no byte — is said once as that (#9)."""

from __future__ import annotations

import shutil
from pathlib import Path

from openpyxl import Workbook, load_workbook
from typer.testing import CliRunner

import planeval
from planeval.cli import app
from planeval.model import Severity
from planeval.read_records import ReadResult

RUNNER = CliRunner()
TOML = """[scale]
preset = "kawasaki"

[wording]
policy = "政策"
project = "施策"
item = "事務事業"
status = "達成度"
department = "所管局"

[plan]
file = "計画.xlsx"
"""
# (政策, 施策, 事務事業名, 所管局, its 達成度)
PLAN = [
    ("1-1 災害から生命を守る", "1-1-1 防災対策の推進", "防災対策管理事業", "総務企画局", 3),
    ("1-1 災害から生命を守る", "1-1-1 防災対策の推進", "地域防災推進事業", "総務企画局", 2),
    ("1-1 災害から生命を守る", "1-1-2 減災対策の推進", "建築物耐震対策事業", "まちづくり局", 3),
    ("2-1 子育てを支える", "2-1-1 保育・子育て支援の充実", "保育所整備事業", "こども未来局", 1),
    ("2-1 子育てを支える", "2-1-1 保育・子育て支援の充実", "子育て支援事業", "こども未来局", 3),
    ("2-1 子育てを支える", "2-1-2 学びの支援", "放課後事業", "こども未来局", 2),
]
RATINGS = {name: rating for *_, name, _bureau, rating in PLAN}


def _round(home: Path) -> Path:
    """The plan, each 局's form as template writes it, filled in as RATINGS says."""
    (home / "planeval.toml").write_text(TOML, encoding="utf-8")
    book = Workbook()
    sheet = book.active
    sheet.title = "計画事業一覧"
    sheet.append(["政策", "施策", "事務事業名", "所管局", "重点"])
    for *row, _rating in PLAN:
        sheet.append([*row, ""])
    book.save(home / "計画.xlsx")
    config = planeval.load_config(home / "planeval.toml")
    plan = planeval.read_plan(home / "計画.xlsx", layout=config.layout, wording=config.wording)
    folder = home / "回答"
    folder.mkdir()
    for form in planeval.write_templates(
        plan,
        home / "調査票",
        fiscal_year=2024,
        scale=config.scale,
        wording=config.wording,
        split_by_department=True,
    ):
        book = load_workbook(form.path)
        for row in book["達成度"].iter_rows():
            if row[1].value in RATINGS:
                row[4].value = RATINGS[row[1].value]
        book.save(folder / form.path.name)
    return folder


def _read(home: Path, folder: Path) -> tuple[ReadResult, list[planeval.Problem]]:
    config = planeval.load_config(home / "planeval.toml")
    plan = planeval.read_plan(home / "計画.xlsx", layout=config.layout, wording=config.wording)
    read = planeval.read_workbooks([folder], scale=config.scale, plan=plan, wording=config.wording)
    return read, planeval.validate(read, scale=config.scale, plan=plan, wording=config.wording)


def _validate(home: Path, folder: Path) -> tuple[int, str]:
    result = RUNNER.invoke(
        app,
        ["validate", str(folder), "--config", str(home / "planeval.toml")],
        env={"COLUMNS": "200"},
    )
    return result.exit_code, result.stdout


def test_a_row_of_a_project_the_plan_has_not_is_said_in_the_plan_s_terms(tmp_path: Path) -> None:
    """「事務事業の番号を計画の一覧と照らして」 of a plan numbering no 事務事業, and 提出状況
    「全 8 局の調査票が提出され、すべて記入されています」 under 「エラー 1 件」."""
    folder = _round(tmp_path)
    children = folder / "達成度調査票_2024_こども未来局.xlsx"
    book = load_workbook(children)
    sheet = book["達成度"]
    added = sheet.max_row + 1  # (under 放課後事業, its 施策 left blank as the rows above it)
    sheet.cell(added, 2, "こども食堂支援事業")
    sheet.cell(added, 4, "こども未来局")
    sheet.cell(added, 5, 3)
    book.save(children)
    _, problems = _read(tmp_path, folder)
    errors = [p for p in problems if p.is_error]
    assert [(p.location.cell, p.message) for p in errors] == [
        (f"E{added}", "こども食堂支援事業（2-1-2 学びの支援） は計画にない事務事業です")
    ]
    assert errors[0].hint == (
        f"事務事業名を計画の一覧『{tmp_path / '計画.xlsx'} › 計画事業一覧』の名称と照らし、書き違い"
        "なら計画の名称に直してください。計画にない事務事業なら、行を削除するか、計画の一覧に"
        "加えてください"
    )
    code, out = _validate(tmp_path, folder)
    assert code == 1
    assert "│ こども未来局 │ 計画にない行 1件 │" in out
    assert "3 局のうち、記入誤りのある局 1 局（こども未来局）があります" in out
    assert "すべて記入されています" not in out


def test_one_bureau_s_form_received_twice_is_said_once_as_that(tmp_path: Path) -> None:
    """「…総務企画局(1).xlsx」 beside 「…総務企画局.xlsx」, saved again with one 達成度
    changed: a warning and an error per item, none of them saying it was one form twice."""
    folder = _round(tmp_path)
    first = folder / "達成度調査票_2024_総務企画局.xlsx"
    again = folder / "達成度調査票_2024_総務企画局(1).xlsx"
    shutil.copy(first, again)
    book = load_workbook(again)
    sheet = book["達成度"]
    row = next(row for row in sheet.iter_rows() if row[1].value == "地域防災推進事業")
    row[4].value = 4
    row[5].value = "訓練の回数が減った"
    book.save(again)
    read, problems = _read(tmp_path, folder)
    said = [p for p in problems if p.location.file in (str(first), str(again))]
    assert [(p.severity, p.location.file) for p in said] == [
        (Severity.WARNING, str(first)),
        (Severity.ERROR, str(first)),
    ]
    assert said[0].message == (
        "「達成度調査票_2024_総務企画局(1).xlsx」と「達成度調査票_2024_総務企画局.xlsx」は、"
        "どちらも総務企画局の調査票で、同じ事務事業 2 件を載せています（同じ調査票を二度受け取った"
        f"ものとみられます）。達成度が同じ 1 件は 1 件として数えました。違う 1 件（E{row[4].row}）"
        "はエラーとして数えていません"
    )
    fix = "どちらが新しい回答か総務企画局に確かめ、古い方をフォルダから除いてください"
    assert said[0].hint == said[1].hint == fix
    assert "地域防災推進事業" in said[1].message and said[1].location.cell == f"E{row[4].row}"
    # each item once: the one rated alike counted, the one rated otherwise not
    names = [entry.item_name for entry in read.entries]
    assert names.count("防災対策管理事業") == 1 and "地域防災推進事業" not in names
