"""Review 180 #3: after a 組織改正, 東尾張県's compiled book names 都市・交通局's 取組 with the new
name typed in the 所管部局 column, 都市整備局, while the plan still reads 都市・交通局. validate's
提出状況 showed 「都市・交通局 │ 提出済 │ 2 │」 — no file, and nothing saying its rows read
another name. It names the book the rows came from and the name they were typed under:
「提出済（都市整備局の名で回答）」."""

from __future__ import annotations

import json
from pathlib import Path

from openpyxl import load_workbook

from tests.test_review161_compiled_departments import run, write

BOOK = [
    ("柱1 行政サービス", "柱1　行政サービスのデジタル化", "(1) オンライン手続", [
        ("電子申請システムの拡充", "総務局", "A"),
        ("交通系ICカードの活用", "都市・交通局", "B"),
    ]),
    ("柱2 地域DX", "柱2　地域社会のデジタル化", "(1) まちづくり", [
        ("道路台帳の電子化", "総務局", "C"),
        ("バス位置情報の提供", "都市・交通局", "A"),
    ]),
]  # fmt: skip


def test_a_renamed_department_is_named_with_its_book_and_its_new_name(tmp_path: Path) -> None:
    plan, book = write(tmp_path, BOOK)
    compiled = load_workbook(book)  # (the clerk retypes the 部局 renamed on this year's rows)
    for sheet in compiled.worksheets:
        for (cell,) in sheet.iter_rows(min_col=4, max_col=4):
            if cell.value == "都市・交通局":
                cell.value = "都市整備局"
    compiled.save(book)
    code, shown, errors = run(tmp_path, "validate", str(book), "--plan", str(plan), "-f", "json")
    assert code == 0, errors
    found = {s["department"]: s for s in json.loads(shown)["submissions"]}
    renamed = found["都市・交通局"]
    led = sum(1 for *_, rows in BOOK for _n, department, _s in rows if department == "都市・交通局")
    assert (renamed["state"], renamed["items"]) == ("提出済", led), renamed
    assert renamed["label"] == "提出済（都市整備局の名で回答）", renamed
    assert renamed["files"] == [str(book)], renamed
    assert found["総務局"]["label"] == "提出済", found
    code, shown, errors = run(tmp_path, "validate", str(book), "--plan", str(plan))
    assert "提出済（都市整備局の名で回答）" in shown, shown
