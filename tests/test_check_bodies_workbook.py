"""A prefecture's roll-up of its bodies' replies exported as a workbook (review 49), then checked
by itself: each 取組分野's sheet holds its count sentence (「3団体の「フロントヤード改革」として、
6つの取組を進めました。…」), read and compared as the sheets of one body's export are — it was
「件数を記載した文章が見つかりませんでした」, the several bodies' sheets read for none."""

from __future__ import annotations

import json
from pathlib import Path

from openpyxl import load_workbook

from tests.test_check_bodies_page import _replies, _run


def _exported(folder: Path) -> Path:
    replies = _replies(folder)
    book = folder / "r.xlsx"
    code, _out = _run(
        folder, "export", str(replies), "--bodies", "file", "--keep-going", "--xlsx", str(book)
    )
    assert code == 1 and book.exists()  # (the roster's body that sent nothing: an error)
    return book


def test_each_policy_sheet_s_sentence_is_compared(tmp_path: Path) -> None:
    book = _exported(tmp_path)
    code, out = _run(tmp_path, "check", str(book), "-f", "json")
    data = json.loads(out)
    assert code == 0 and data["disagreements"] == [] and data["not_compared"] == []
    assert [(s["scope"], s["source"]["sheet"]) for s in data["statements"]] == [
        ("取組分野1", "取組分野1 フロントヤード改革"),
        ("取組分野2", "取組分野2 情報システムの標準化・共通化"),
    ]


def test_a_sentence_edited_in_the_sheet_is_a_disagreement(tmp_path: Path) -> None:
    book = _exported(tmp_path)
    workbook = load_workbook(book)
    sheet = workbook["取組分野1 フロントヤード改革"]
    sentence = str(sheet["A3"].value)
    assert "6つの取組" in sentence
    sheet["A3"] = sentence.replace("6つの取組", "7つの取組")
    workbook.save(book)
    code, out = _run(tmp_path, "check", str(book), "-f", "json")
    [wrong] = json.loads(out)["disagreements"]
    assert code == 1 and (wrong["scope"], wrong["stated"], wrong["counted"]) == ("取組分野1", 7, 6)
