"""Review 178 #8: a plan and forms with no policy heading row 「（1）情報化政策1 …」 left the 集計
table without its 名称 column, the chart's axis 「1 2 3」 and every heading a bare number, and
nothing said why. One notice says the names were found nowhere and how to give them."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

import planeval
from planeval.cli import app
from tests.conftest import write_book

HEADER = ["情報化計画事業の体系", "実施内容", "細目", "所管部", "達成状況", "課題等"]


def _forms(tmp_path: Path, heading: bool) -> Path:
    rows: list[list[object]] = [["（1）情報化政策1 区民の力を活かす情報化"]] if heading else []
    rows += [HEADER]
    for policy in (1, 2):
        rows.append([f"{policy}-1-1 事業", "(1) 項目", "", "総務部", "○", ""])
        rows.append(["", "(2) 項目", "", "総務部", "◎", ""])
    return write_book(tmp_path / "総務部.xlsx", {"実施状況": rows})


def _nameless(problems: list[planeval.Problem]) -> list[planeval.Problem]:
    return [problem for problem in problems if "情報化政策の名前が見つからない" in problem.message]


def test_no_policy_named_anywhere_is_said_once_as_a_notice(tmp_path: Path) -> None:
    summary, result = planeval.summarize_workbooks([_forms(tmp_path, heading=False)])
    assert [group.name for group in summary.groups] == ["", ""]
    [notice] = _nameless(result.problems)
    assert notice.severity is planeval.Severity.NOTICE
    assert (
        "調査票に「（1）情報化政策1 名前」のような情報化政策の見出しの行がありません"
        in notice.message
    )
    assert "計画の一覧（--plan）か調査票の表の上に" in notice.hint
    run = CliRunner().invoke(app, ["summarize", str(tmp_path / "総務部.xlsx")])
    assert run.exit_code == 0
    assert run.output.count("情報化政策の名前が見つからない") == 1


def test_a_policy_named_by_a_heading_says_nothing_of_names(tmp_path: Path) -> None:
    summary, result = planeval.summarize_workbooks([_forms(tmp_path, heading=True)])
    assert [group.name for group in summary.groups] == ["区民の力を活かす情報化", ""]
    assert _nameless(result.problems) == []


def test_the_notice_is_in_the_body_s_words(tmp_path: Path) -> None:
    wording = planeval.Wording(policy="基本目標")
    _, result = planeval.summarize_workbooks([_forms(tmp_path, heading=False)], wording=wording)
    [notice] = [p for p in result.problems if "基本目標の名前が見つからない" in p.message]
    assert "「基本目標1 名前」" in notice.message
