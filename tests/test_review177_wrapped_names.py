"""Review 177 #1: 東浜市's 市民生活部 wrapped the name of No. 8 (here; its No. 12) onto the next
row — 「協働事業提案制度の」 on No. 8's row, nothing rated, and 「運用」 with the ratings on the row
below, its No. cell blank.

That one row made the table's 改革項目 look mostly of one row each (the unrated row ended the
run of 「Ⅰ-3」), so the No. column was read as the 改革項目' numbers, not the 取組項目': every number
of the file was lost (合計 one too many, the shared No. 2 counted twice, 「番号 … は報告がなかった」
for rows that were counted, rc 0), and the split row became a 改革項目 「1-8」 over an item 「運用」.
The two rows are one item, its name joined, counted once, said in a notice naming both rows;
where the row below types a 所管課 of its own (perhaps an item whose No. was left out), an error
names both rows and both fixes."""

from __future__ import annotations

import json
from pathlib import Path

from openpyxl import Workbook
from typer.testing import CliRunner

from planeval.api import read_workbooks
from planeval.cli import app
from planeval.config import load_config
from tests.review170_forms import TITLES, write_configs

POLICY = "Ⅰ 市民サービスの向上"
WINDOWS, DIGITAL, TOGETHER = "Ⅰ-1 窓口サービスの改善", "Ⅰ-2 行政のデジタル化", "Ⅰ-3 市民協働の推進"
SHARED = "マイナンバーカードの利活用"
# 部 → rows (No., 改革項目, 取組項目, 所管課, 実施状況, 達成度); 企画財政部 co-owns No. 2
FORMS: dict[str, list[tuple[int, str, str, str, str, str | None]]] = {
    "企画財政部": [
        (1, DIGITAL, "電子申請手続の拡大", "情報政策課", "完了", "一部達成"),
        (2, DIGITAL, SHARED, "情報政策課（共管）", "完了", None),
        (5, DIGITAL, "AI-OCRの導入", "情報政策課", "取組中", "未達成"),
        (6, DIGITAL, "オープンデータの推進", "企画課", "未着手", "未達成"),
    ],
    "市民生活部": [
        (3, WINDOWS, "書かない窓口の導入", "市民課", "取組中", "一部達成"),
        (4, WINDOWS, "休日窓口の拡充", "市民課", "未着手", "未達成"),
        (2, DIGITAL, SHARED, "市民課、情報政策課", "完了", "達成"),
        (7, TOGETHER, "市民活動団体への支援", "市民協働課", "完了", "達成"),
        (8, TOGETHER, "協働事業提案制度の運用", "市民協働課", "取組中", "一部達成"),
        (9, TOGETHER, "自治会加入の促進", "市民協働課", "取組中", "一部達成"),
        (10, TOGETHER, "市民意見募集の充実", "市民協働課", "完了", "達成"),
        (11, "Ⅰ-4 窓口の案内", "案内表示の改善", "市民課", "完了", "一部達成"),
    ],
}
WRAPPED, WRAP_AT = 8, "協働事業提案制度の"  # (the row whose name is wrapped, and where)
FIRST_ROW = 6  # (the table's first row under its header in row 5)


def _write(folder: Path, *, wrap: str = "", forgotten: bool = False) -> Path:
    """Each 部's workbook as its clerk types it: ``wrap`` — No. 8's name wrapped onto the next
    row, ``"name"`` its rest and ratings there alone, ``"whose"`` its 所管課 typed there too;
    ``forgotten``: No. 8's ratings left blank, on one row."""
    folder.mkdir(parents=True, exist_ok=True)
    for number, (department, rows) in enumerate(FORMS.items(), 1):
        book = Workbook()
        sheet = book.active
        assert sheet is not None
        sheet.title = "進捗状況"
        sheet["A1"] = "東浜市第４次行政改革大綱 実施計画　取組項目の進捗状況（令和8年度）"
        sheet["A2"] = f"部名：{department}"
        sheet.append([])
        sheet.append([])
        sheet.append(TITLES)
        for no, project, name, cell, status, rating in rows:
            issue = f"{name}の課題"
            if no == WRAPPED and wrap:
                rest = name.removeprefix(WRAP_AT)
                sheet.append([no, POLICY, project, WRAP_AT, cell])
                sheet.append([None, None, None, rest, cell if wrap == "whose" else None,
                              status, rating, None, issue])  # fmt: skip
                continue
            if no == WRAPPED and forgotten:
                status = rating = None
            sheet.append([no, POLICY, project, name, cell, status, rating, "実施した。", issue])
        book.save(folder / f"0{number}_{department}_進捗状況.xlsx")
    return folder


def _summary(folder: Path, config: Path) -> tuple[int, dict]:  # type: ignore[type-arg]
    said = CliRunner().invoke(
        app, ["summarize", str(folder), "--config", str(config), "-f", "json"]
    )
    return said.exit_code, json.loads(said.output[said.output.index("{") :])


def _wrapped_rows(folder: Path) -> tuple[int, int]:
    """The Excel rows of No. 8's two lines in 市民生活部's workbook."""
    at = FIRST_ROW + [row[0] for row in FORMS["市民生活部"]].index(WRAPPED)
    return at, at + 1


def test_a_name_wrapped_onto_the_next_row_is_one_item_counted_once(tmp_path: Path) -> None:
    wrapped = _write(tmp_path / "wrapped", wrap="name")
    joined = _write(tmp_path / "joined")  # (the same forms, the name on one row)
    upper, lower = _wrapped_rows(wrapped)
    for config in write_configs(tmp_path):
        code, data = _summary(wrapped, config)
        assert code == 0, data
        _, truth = _summary(joined, config)
        # (before: 実施状況 計 11 of 10 items, No. 2 twice; 達成度 an error at the co-owner's
        # blank, its lead's row no longer numbered)
        assert data["total"] == truth["total"], data
        assert data["total"]["total"] == len({row[0] for rows in FORMS.values() for row in rows})
        (notice,) = [
            p for p in data["problems"] if p["severity"] == "notice" and "行目" in p["message"]
        ]
        assert f"{upper}～{lower} 行目" in notice["message"]
        assert "市民生活部" in notice["file"] and notice["sheet"] == "進捗状況"
        assert notice["cell"] == f"D{upper}"
        assert f"「{WRAPPED} 協働事業提案制度の運用」" in notice["message"]
        assert not [p for p in data["problems"] if p["severity"] != "notice"], data["problems"]
    settings = load_config(tmp_path / "実施状況.toml")
    read = [read_workbooks([folder], scale=settings.scale, layout=settings.layout)
            for folder in (wrapped, joined)]  # fmt: skip
    rows = [{(e.item_no, e.item_label, e.item_name, e.status) for e in r.entries} for r in read]
    assert rows[0] == rows[1]  # (every number kept: before, 市民生活部's all None)


def test_a_numbered_row_left_unrated_keeps_the_numbers_of_its_file(tmp_path: Path) -> None:
    folder = _write(tmp_path / "forgotten", forgotten=True)
    progress, _ = write_configs(tmp_path)
    settings = load_config(progress)
    read = read_workbooks([folder], scale=settings.scale, layout=settings.layout)
    # (its blank an error, said at its row; before, it also read every No. of the file as the
    # 改革項目', no 取組項目 numbered)
    typed = {row[0] for rows in FORMS.values() for row in rows if row[0] != WRAPPED}
    assert {entry.item_no for entry in read.entries} == typed
    (blank,) = [p for p in read.problems if p.is_error]
    assert blank.location.cell == f"F{_wrapped_rows(folder)[0]}"


def test_a_row_below_typing_its_own_department_is_an_error_naming_both_rows(
    tmp_path: Path,
) -> None:
    folder = _write(tmp_path / "whose", wrap="whose")
    upper, lower = _wrapped_rows(folder)
    progress, _ = write_configs(tmp_path)
    code, data = _summary(folder, progress)
    # (before: counted with rc 0, the upper row a 改革項目 「1-8」 over an item 「運用」)
    assert code == 1
    (error,) = [p for p in data["problems"] if p["severity"] == "error"]
    assert "市民生活部" in error["file"] and error["cell"] == f"F{upper}"
    assert f"{lower} 行目の名称を {upper} 行目の名称に続けて" in error["hint"]
    assert f"{lower} 行目に番号を記入" in error["hint"]
