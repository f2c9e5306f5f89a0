"""A rated row whose own name marks it abolished (review 42: 「旧リモート接続システムの利用率
（廃止）」, struck through in Excel with its old rating left): counted as rated, as the rows
say, and warned of once per sheet — a name that only contains the word is no mark."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

import planeval
from planeval.cli import app
from tests.conftest import write_book

HEADER = ["情報化計画事業の体系", "実施内容", "達成状況", "課題等"]


def _book(path: Path, rows: list[tuple[str, str]]) -> Path:
    sheet: list[list[object]] = [["情報化政策1 くらし"], HEADER]
    for number, (name, status) in enumerate(rows, start=1):
        sheet.append(["1-1-1 事業" if number == 1 else "", f"({number}) {name}", status, ""])
    return write_book(path, {"第3章": sheet})


def test_a_row_named_abolished_is_counted_and_warned_of(tmp_path: Path) -> None:
    book = _book(
        tmp_path / "回答.xlsx",
        [("押印廃止の推進", "○"), ("旧システムの運用（廃止）", "△"), ("【廃止】紙申請", "○"),
         ("電子申請の拡大", "◎")],
    )  # fmt: skip
    result = planeval.read_workbooks([book])
    assert len(result.entries) == 4  # (counted as the rows say: the clerk decides)
    [warning] = result.problems
    assert warning.severity.value == "warning" and warning.location.cell == "C4"
    assert (
        warning.message
        == "名前に「（廃止）」とある 2 行（C4・C5）を、それぞれの達成状況のとおり数えました"
    )
    assert "達成状況を対象外の「-」にするか、行を削除してください" in warning.hint
    said = CliRunner().invoke(app, ["summarize", str(book)])
    assert said.exit_code == 0 and "名前に「（廃止）」とある 2 行" in said.stderr


def test_a_name_only_containing_the_word_says_nothing(
    tmp_path: Path,
) -> None:
    book = _book(tmp_path / "回答.xlsx", [("押印廃止の推進", "○"), ("廃止手続の一覧化", "△")])
    assert planeval.read_workbooks([book]).problems == []
