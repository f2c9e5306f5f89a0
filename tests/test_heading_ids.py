"""A policy heading over another policy's rows (review 38: a department's form with the heading
「（1）情報化政策1 区民の力を活かす情報化」 copied over its 3-x rows): the rows were counted as
policy 3's, which then had no name, and nothing was said. They still count as their numbers
say; a warning at the heading says the two disagree."""

from __future__ import annotations

from pathlib import Path

import planeval
from planeval.model import Severity
from tests.conftest import write_book

HEADER = ["情報化計画事業の体系", "実施内容", "達成状況", "課題等"]


def _form(path: Path, heading: str) -> Path:
    rows = [
        [heading],
        HEADER,
        ["3-1 情報セキュリティ対策の推進"],
        ["3-1-1 セキュリティ対策の強化", "① 職員研修の実施", "○", ""],
        ["", "② 監査の実施", "△", "日程を変更"],
    ]
    return write_book(path, {"実施状況": rows})


def test_a_heading_over_another_policy_s_rows_is_warned_of(tmp_path: Path) -> None:
    path = _form(tmp_path / "DX推進担当部.xlsx", "（1）情報化政策1 区民の力を活かす情報化")
    result = planeval.read_workbooks([path])
    [warning] = [p for p in result.problems if p.severity is Severity.WARNING]
    assert (warning.location.sheet, warning.location.cell) == ("実施状況", "A1")
    assert warning.message.startswith("見出しは情報化政策1（区民の力を活かす情報化）ですが")
    assert "情報化政策3 として数えました" in warning.message
    assert {entry.policy_id for entry in result.entries} == {"3"}  # (as their numbers say)


def test_the_right_heading_says_nothing(tmp_path: Path) -> None:
    path = _form(tmp_path / "DX推進担当部.xlsx", "（3）情報化政策3 区政運営を支える情報化")
    result = planeval.read_workbooks([path])
    assert result.problems == []
    assert result.policy_names == {"3": "区政運営を支える情報化"}
