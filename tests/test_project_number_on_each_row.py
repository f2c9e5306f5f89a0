"""A 部's form 施策番号 | 施策名 | 事務事業名 | 評価, the 施策's number typed again on each of its
事務事業' rows (枚方市's 市民生活部, review 103). Its 施策 of one row beside the next's was read as
a 取組み項目 of one row whose No. numbers its item (review 102's rule for 守山区's No. column), and
the 施策番号 became the numbers of the 事務事業 below: 「同じ施策の同じ番号に名前の違う事務事業が
二つあります: 11-11 自治会活動支援事業 と 11-11 市民活動センター運営推進事業」 on a clean form. A
number typed again on a project's rows numbers the project."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from planeval.cli import app
from tests.conftest import write_book
from tests.test_plan_through import SETTINGS as PLANNED

# (枚方市's settings, without its plan: the forms read alone)
SETTINGS = PLANNED.replace('[plan]\nfile = "計画.xlsx"\n', "")
ROWS = [
    (10, "人権・平和", "人権啓発事業", "D"),
    (10, "人権・平和", "平和事業", "B"),
    (10, "人権・平和", "男女共同参画推進事業", "B"),
    (11, "市民活動・地域コミュニティ", "自治会活動支援事業", "D"),
    (11, "市民活動・地域コミュニティ", "市民活動センター運営推進事業", "B"),
    (11, "市民活動・地域コミュニティ", "生涯学習市民センター運営事業", "E"),
    (12, "多文化共生", "外国人相談窓口推進事業", "A"),
    (12, "多文化共生", "多言語情報発信事業", "D"),
]


def test_a_project_number_typed_on_each_row_numbers_the_project(tmp_path: Path) -> None:
    rows: list[tuple[object, ...]] = [
        ("施策番号", "施策名", "事務事業名", "評価（A～E）", "担当課")
    ]
    rows += [(*row, "市民活動課") for row in ROWS]
    (tmp_path / "回答").mkdir()
    write_book(tmp_path / "回答" / "市民生活部.xlsx", {"評価調査票": rows})
    (tmp_path / "planeval.toml").write_text(SETTINGS, encoding="utf-8")
    settings = ["--config", str(tmp_path / "planeval.toml")]
    said = CliRunner().invoke(app, ["summarize", str(tmp_path / "回答"), *settings])
    assert said.exit_code == 0, said.stderr
    assert "警告" not in said.stderr, said.stderr
    counted = CliRunner().invoke(
        app, ["summarize", str(tmp_path / "回答"), "-f", "json", *settings]
    )
    groups = [g["total"] for g in json.loads(counted.stdout)["groups"]]
    assert groups == [3, 3, 2]
