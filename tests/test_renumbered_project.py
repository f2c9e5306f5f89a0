"""A 改革項目 renumbered under the same name between rounds (review 117 N7): the plan swapped
Ⅳ-2 and Ⅳ-3, 「働き方改革」 and 「教職員の働き方改革」, and compare listed its items 削除 under Ⅳ-2
and 追加 under Ⅳ-3, an 改善 among them uncounted, with no word of --map. Paired by the
project's and the item's names, they are 「Ⅳ-2 → Ⅳ-3 … （番号変更）」 as --map pairs them; and the
one item of the new Ⅳ-2 is listed by its number, not as a project rated as one row."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from planeval.cli import app
from tests.body_settings import REFORM_PROGRESS
from tests.conftest import write_book

HEADER = ["改革の柱", "改革項目番号", "改革項目", "取り組み項目", "実施状況", "取組内容・課題"]
PILLAR = "Ⅳ　職員の意識改革"
SETTINGS = REFORM_PROGRESS


def _form(path: Path, rows: list[tuple[str, str, str, str]]) -> Path:
    table = [[PILLAR, number, project, item, status, ""] for number, project, item, status in rows]
    return write_book(path, {"進捗状況": [["部名：総務部"], HEADER, *table]})


def test_a_project_renumbered_under_its_name_pairs_its_items(tmp_path: Path) -> None:
    old = _form(tmp_path / "R6.xlsx", [
        ("1.", "職員提案制度", "職員提案制度の活性化", "未着手"),
        ("2.", "働き方改革", "テレワークの推進", "取組中"),
        ("2.", "働き方改革", "時間外勤務の縮減", "取組中"),
    ])  # fmt: skip
    new = _form(tmp_path / "R7.xlsx", [
        ("1.", "職員提案制度", "職員提案制度の活性化", "取組中"),
        ("2.", "教職員の働き方改革", "校務支援システムの活用", "完了"),
        ("3.", "働き方改革", "テレワークの推進", "完了"),
        ("3.", "働き方改革", "時間外勤務の縮減", "取組中"),
    ])  # fmt: skip
    config = tmp_path / "planeval.toml"
    config.write_text(SETTINGS, encoding="utf-8")
    args = ("--config", str(config))
    data = json.loads(run("compare", str(old), str(new), *args, "-f", "json").stdout)
    moves = [
        (m["kind"], m["trend"], m["moved"], (m["new"] or m["old"])["item_name"])
        for m in data["movements"]
    ]
    assert moves == [
        ("changed", "改善", False, "職員提案制度の活性化"),
        ("added", "", False, "校務支援システムの活用"),
        ("changed", "改善", True, "テレワークの推進"),
        ("same", "", True, "時間外勤務の縮減"),
    ]
    shown = run("compare", str(old), str(new), *args, "-f", "plain").stdout
    assert "2. → 3." in shown and "改善した取り組み項目 2件" in shown
    # (the new Ⅳ-2's one item: listed by its number, 「2.」, not 「2. 教職員の働き方改革」)
    assert "教職員の働き方改革" not in shown


def run(*args: str):
    return CliRunner().invoke(app, list(args), env={"COLUMNS": "200"})
