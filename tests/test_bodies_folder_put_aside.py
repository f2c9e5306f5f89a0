"""--bodies folder reads each folder among the bodies' as a body; one whose name says its
workbooks were put aside and names no body — 旧/ holding a replaced reply, 修正前/, バックアップ/
— was counted as a body 「旧」 (its reply twice, a warning of one workbook in two bodies'
folders): it is set aside with a notice, as a plain folder read says it (review 88's left-over).
A merged town's folder 旧緑町/ names a body and stays one."""

from __future__ import annotations

from pathlib import Path

import pytest

import planeval
from planeval.model import Severity
from tests.conftest import write_book
from tests.test_bodies_other_scale import run

HEADER = ["番号", "取組項目", "取組内容", "評価", "課題"]
ASIDE = "別に置いたブックのフォルダのため、中のブックは数えていません（団体のフォルダとしては読みません）"


def _form(path: Path, body: str, statuses: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    rows = [["令和6年度 情報化計画 進捗状況調査票"], ["団体名", body], [], HEADER]
    for number, status in enumerate(statuses, start=1):
        rows.append([f"1-1-{number}", "窓口", f"取組{number}", status, ""])
    return write_book(path, {"調査票": rows})


@pytest.mark.parametrize("aside", ["旧", "修正前", "バックアップ"])
def test_a_folder_of_replies_put_aside_is_no_body(tmp_path: Path, aside: str) -> None:
    folder = tmp_path / "回答"
    _form(folder / "緑町" / "情報政策課.xlsx", "緑町", "○○△")
    _form(folder / "青葉市" / "企画課.xlsx", "青葉市", "◎○")
    _form(folder / aside / "緑町_情報政策課.xlsx", "緑町", "×××")  # (the reply replaced)
    result = planeval.read_workbooks([folder], bodies="folder")
    assert result.bodies == ["緑町", "青葉市"]
    assert sorted(entry.status for entry in result.entries) == sorted("○○△◎○")
    [notice] = [p for p in result.problems if p.location.file == str(folder / aside)]
    assert (notice.severity, notice.message) == (Severity.NOTICE, ASIDE)
    assert not [p for p in result.problems if p.severity is not Severity.NOTICE]


def test_a_merged_towns_folder_stays_a_body_and_the_cli_counts_without_warning(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "回答"
    _form(folder / "旧緑町" / "情報政策課.xlsx", "旧緑町", "○△")
    _form(folder / "青葉市" / "企画課.xlsx", "青葉市", "◎")
    _form(folder / "旧" / "青葉市_企画課.xlsx", "青葉市", "×")
    outcome = run("summarize", str(folder), "--bodies", "folder", "--by", "body", "-f", "csv")
    assert outcome.exit_code == 0, outcome.output
    assert outcome.stdout.splitlines()[1:3] == [
        "旧緑町,0,1,1,0,2,0,",
        "青葉市,1,0,0,0,1,0,",
    ]
    assert "警告" not in outcome.stderr
