"""A 行政改革大綱 whose 改革項目 are numbered anew under each 改革の柱 (review 114 #6, #7, #9):
the forms type the number in a column of its own beside the 柱's 「Ⅰ　…」 cell, one 部 「2.」,
another 「２．」; the plan lists them in the forms' own layout. One project per number within
its 柱, shown once in one typing, the plan read as the forms are, and the sheet of rows left
out numbering each as the body does (「Ⅰ-2」, never planeval's 「1-2」)."""

from __future__ import annotations

import json
from pathlib import Path

import openpyxl
from typer.testing import CliRunner

import planeval
from planeval.cells import COUNTED_PAST_SHEET
from planeval.cli import app
from tests.body_settings import REFORM_PROGRESS
from tests.conftest import write_book

HEADER = [
    "改革の柱",
    "改革項目番号",
    "改革項目",
    "取り組み項目",
    "実施状況",
    "取組内容・課題",
    "所管課",
]
PILLARS = {"1": "Ⅰ　市民サービスの向上", "2": "Ⅱ　効率的な行政運営"}
PROJECTS = {"1-2": "行政手続のオンライン化", "2-1": "事務事業の見直し", "2-2": "組織・定員の適正化"}
# 部 → (project, its number as the 部 types it, item, 実施状況)
FORMS = {
    "総務部": [("1-2", "2.", "電子申請の対象手続の拡大", "取組中"),
               ("2-1", "1.", "内部事務のRPA導入", "完了"),
               ("2-2", "2.", "定員管理計画の策定", "完了")],
    "企画財政部": [("1-2", "２．", "キャッシュレス決済の導入", "完了"),
                   ("2-1", "１．", "事務事業評価の実施", "完了"),
                   ("2-1", "１．", "補助金の見直し", "取組中")],
}  # fmt: skip
SETTINGS = REFORM_PROGRESS


def _round(tmp_path: Path, *, plan: bool = False, typo: str = "") -> Path:
    """Each 部's form in ``tmp_path``/回答 (``typo``: a 実施状況 typed wrong in 総務部's first
    row), the planeval.toml beside it, with the plan in the forms' layout where ``plan``."""
    replies = tmp_path / "回答"
    replies.mkdir()
    for department, rows in FORMS.items():
        table = [
            [PILLARS[project[0]], number, PROJECTS[project], item, status, "", "課"]
            for project, number, item, status in rows
        ]
        if typo and department == "総務部":
            table[0][4] = typo
        write_book(
            replies / f"{department}.xlsx", {"進捗状況": [[f"部名：{department}"], HEADER, *table]}
        )
    settings = SETTINGS
    if plan:
        listed = [
            [PILLARS[project[0]], f"{project[-1]}.", PROJECTS[project], item, department, "課"]
            for department, rows in FORMS.items()
            for project, _number, item, _status in rows
        ]
        head = ["改革の柱", "改革項目番号", "改革項目", "取り組み項目", "所管部", "所管課"]
        write_book(tmp_path / "実施計画.xlsx", {"実施計画": [head, *listed]})
        settings += '\n[plan]\nfile = "実施計画.xlsx"\n'
    (tmp_path / "planeval.toml").write_text(settings, encoding="utf-8")
    return replies


def _projects(tmp_path: Path, replies: Path) -> dict[str, dict[str, int]]:
    said = CliRunner().invoke(
        app,
        ["summarize", str(replies), "--by", "project", "-f", "json", "-qq",
         "--config", str(tmp_path / "planeval.toml")],
    )  # fmt: skip
    assert said.exit_code == 0, said.output
    groups = json.loads(said.stdout)["groups"]
    return {group["label"] or group["id"]: group["counts"] for group in groups}


def test_a_number_typed_in_two_widths_is_one_project_led_by_its_pillar(tmp_path: Path) -> None:
    projects = _projects(tmp_path, _round(tmp_path))
    assert projects == {
        "Ⅰ-2": {"未着手": 0, "取組中": 1, "完了": 1},  # (「2.」 and 「２．」: one, not Ⅰ-1-2)
        "Ⅱ-1": {"未着手": 0, "取組中": 1, "完了": 2},
        "Ⅱ-2": {"未着手": 0, "取組中": 0, "完了": 1},
    }


def test_each_project_is_one_row_of_its_pillars_table_in_one_typing(tmp_path: Path) -> None:
    replies = _round(tmp_path)
    config = planeval.load_config(tmp_path / "planeval.toml")
    read = planeval.read_workbooks([replies], scale=config.scale, layout=config.layout)
    shown = {(e.project_id, e.project_shown_id) for e in read.entries}
    assert shown == {("1-2", "2."), ("2-1", "1."), ("2-2", "2.")}  # (as most files type)


def test_the_plan_in_the_forms_layout_is_read_by_its_pillar_column(tmp_path: Path) -> None:
    replies = _round(tmp_path, plan=True)
    config = planeval.load_config(tmp_path / "planeval.toml")
    assert config.plan is not None
    plan = planeval.read_plan(config.plan, layout=config.layout, wording=config.wording)
    assert {(i.project_id, i.shown_project, i.policy_label) for i in plan.items} == {
        ("1-2", "2.", "Ⅰ"),
        ("2-1", "1.", "Ⅱ"),
        ("2-2", "2.", "Ⅱ"),
    }
    assert list(_projects(tmp_path, replies)) == ["Ⅰ-2", "Ⅱ-1", "Ⅱ-2"]


def test_the_sheet_of_rows_left_out_numbers_them_as_the_body_does(tmp_path: Path) -> None:
    replies = _round(tmp_path, plan=True, typo="取組み中です")
    out = tmp_path / "報告書.xlsx"
    said = CliRunner().invoke(
        app,
        ["export", str(replies), "--xlsx", str(out), "--keep-going", "-qq",
         "--config", str(tmp_path / "planeval.toml")],
    )  # fmt: skip
    assert said.exit_code == 1, said.output
    sheet = openpyxl.load_workbook(out)[COUNTED_PAST_SHEET]
    rows = [
        row for row in sheet.iter_rows(values_only=True) if row[3] == "電子申請の対象手続の拡大"
    ]
    assert rows[0][:2] == ("Ⅰ-2", "2.")  # (not planeval's 1-2)
    config = planeval.load_config(tmp_path / "planeval.toml")
    back = planeval.read_workbooks([out], scale=config.scale, layout=config.layout)
    assert [(e.project_id, e.item_name) for e in back.error_rows] == [
        ("1-2", "電子申請の対象手続の拡大")  # (read back as the item it is)
    ]
    assert _projects(tmp_path, out)["Ⅰ-2"] == {"未着手": 0, "取組中": 0, "完了": 1}
