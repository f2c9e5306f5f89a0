"""A blank status in a table written in names said 「達成度が空です（情報政策課 の行）」: the
department whose row it is, not the item. A clerk going back to the department needs the item —
its ID and name — and the cell: 「取組内容「1-1-1② 取組2」の達成度が空です（情報政策課の行）」 at
its status cell, in the body's words. Many blanks in one file are still shown by their first
few, then one line with the rest's cells and count; the tally counts every one."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

import planeval
from planeval.cli import app
from planeval.presets import PRESETS
from tests.test_bodies_partly_counted import _form, _rows

SETTINGS = '[scale]\npreset = "aichi"\n\n[wording]\nstatus = "達成度"\n'
FIX = "（A B C D のいずれかを入力してください）"


def _plan_copy(folder: Path, blanks: list[int]) -> Path:
    """The survey form of three departments' rows (1-1-1, 2-1-1, 3-1-1, three items each),
    the rows ``blanks`` (0-based) left blank; planeval.toml beside it."""
    rows = [row for d in ("総務部", "企画部", "福祉部") for row in _rows(d, "ABC")]
    for index in blanks:
        rows[index][4] = None
    path = folder / "調査票.xlsx"
    _form(path, "青葉市", "総務部", rows)
    (folder / "planeval.toml").write_text(SETTINGS, encoding="utf-8")
    return path


def _validate(path: Path) -> tuple[int, list[str]]:
    config = str(path.parent / "planeval.toml")
    result = CliRunner().invoke(app, ["validate", str(path), "--config", config])
    return result.exit_code, result.stdout.splitlines()


def test_the_library_names_the_item_and_its_cell(tmp_path: Path) -> None:
    path = _plan_copy(tmp_path, [1])
    config = planeval.load_config(tmp_path / "planeval.toml")
    read = planeval.read_workbooks([path], scale=config.scale, layout=config.layout)
    problems = planeval.validate(read, scale=config.scale, wording=config.wording)
    assert [(str(p.location), p.message, p.hint) for p in problems] == [
        (
            f"{path} › 調査票 › E7",
            "取組内容「1-1-1② 取組2」の達成度が空です（情報政策課の行）",
            "A B C D のいずれかを入力してください",
        )
    ]


def test_validate_says_each_blank_with_its_item_exit_1(tmp_path: Path) -> None:
    path = _plan_copy(tmp_path, [1, 4])
    code, lines = _validate(path)
    assert code == 1
    assert lines == [
        f"エラー: {path} › 調査票 › E7: 取組内容「1-1-1② 取組2」の達成度が空です"
        f"（情報政策課の行）{FIX}",
        f"エラー: {path} › 調査票 › E10: 取組内容「2-1-1② 取組2」の達成度が空です"
        f"（情報政策課の行）{FIX}",
        "エラー 2 件",
    ]


def test_many_blanks_are_still_grouped_and_counted(tmp_path: Path) -> None:
    path = _plan_copy(tmp_path, [0, 1, 3, 4, 6, 7, 8])
    code, lines = _validate(path)
    assert code == 1
    assert lines == [
        f"エラー: {path} › 調査票 › E6: 取組内容「1-1-1① 取組1」の達成度が空です"
        f"（情報政策課の行）{FIX}",
        f"エラー: {path} › 調査票 › E7: 取組内容「1-1-1② 取組2」の達成度が空です"
        f"（情報政策課の行）{FIX}",
        f"エラー: {path} › 調査票 › E9: 取組内容「2-1-1① 取組1」の達成度が空です"
        f"（情報政策課の行）{FIX}",
        f"エラー: {path} › 調査票: 同じ種類のエラーがほかに 4 件（E10・E12・E13・E14）{FIX}",
        "エラー 7 件",
    ]


def test_a_table_without_a_department_column_names_the_item_too(tmp_path: Path) -> None:
    """群馬県's indicators without their 担当課 column: the item and its cell, no owner."""
    from tests.conftest import write_book
    from tests.test_named_blanks import gunma

    path = tmp_path / "指標.xlsx"
    write_book(path, {"第3章": [row[:6] for row in gunma("B", None, "C", "B", "A")]})
    read = planeval.read_workbooks([path], scale=PRESETS["gunma"])
    assert [(p.location.cell, p.message) for p in read.problems if p.is_error] == [
        ("F5", "実施内容「(1)イ 情報モラル教育を実施した学校の割合」の達成状況が空です")
    ]
