"""Last year's sheet kept in this year's workbook (review 115 #5, 川崎市's 市民文化局: 「評価票（前年
度）」, its title 令和6年度, beside 「評価票」 titled 令和7年度). Read as this year's, its rows rated
alike were folded into this year's in silence and the one rated otherwise was an error counted on
neither sheet, the fix 「記入を一つのシートにまとめてください」. It is set aside with a notice."""

from __future__ import annotations

from pathlib import Path

import planeval
from tests.conftest import write_book

HEADER = ["情報化計画事業の体系", "実施内容", "達成状況", "課題等"]


def _sheet(title: str, statuses: list[str], project: str = "1-1-1 事業") -> list[list[str]]:
    rows = [[title], [], ["情報化政策1 くらし"], HEADER, [project, "(1) 取組1", statuses[0], ""]]
    rows += [["", f"({n}) 取組{n}", status, ""] for n, status in enumerate(statuses[1:], start=2)]
    return rows


def test_a_sheet_titled_last_year_beside_this_year_s_is_set_aside(tmp_path: Path) -> None:
    path = write_book(
        tmp_path / "総務課.xlsx",
        {
            "評価票": _sheet("令和7年度　進捗状況調査票", ["○", "△", "×"]),
            "評価票（前年度）": _sheet("令和6年度　進捗状況調査票", ["○", "○", "×"]),
        },
    )
    read = planeval.read_workbooks([path])
    [said] = read.problems
    assert said.severity is planeval.Severity.NOTICE
    assert str(said.location) == f"{path} › 評価票（前年度） › A1"
    assert said.message == (
        "シート「評価票（前年度）」は表題の年度が令和6年度（2024年度）で、シート「評価票」の"
        "令和7年度（2025年度）より前です。「評価票」と同じ実施内容を載せているため、前年度の"
        "シートとみなして、その 3 行は数えていません"
    )
    assert [(e.location.sheet, e.status) for e in read.entries] == [
        ("評価票", "○"), ("評価票", "△"), ("評価票", "×")
    ]  # fmt: skip


def test_a_sheet_named_last_year_s_without_a_title_year(tmp_path: Path) -> None:
    path = write_book(
        tmp_path / "総務課.xlsx",
        {
            "前年度": _sheet("進捗状況調査票", ["△", "△", "×"]),
            "評価票": _sheet("進捗状況調査票", ["○", "△", "×"]),
        },
    )
    read = planeval.read_workbooks([path])
    [said] = read.problems
    assert said.severity is planeval.Severity.NOTICE
    assert said.message.startswith("シート「前年度」は名前が前年度のもので、シート「評価票」と")
    assert said.hint.startswith("今年度の記入なら、シートの名前を直してください")
    assert {e.location.sheet for e in read.entries} == {"評価票"} and len(read.entries) == 3


def test_a_sheet_whose_title_states_another_year_rating_its_own_items_is_an_error(
    tmp_path: Path,
) -> None:
    """A sheet of items of its own whose title states another year than the others': pasted
    from last year's workbook, or its title not changed. Once read silently as this year's
    (長瀬町's 基本目標4, review 176 #1: last year's values published); now an error at its
    title, its rows not counted, as a workbook of another year is (title_years.stale_titles)."""
    path = write_book(
        tmp_path / "総務課.xlsx",
        {
            "施策1": _sheet("令和7年度　進捗状況調査票", ["○", "△"]),
            "施策2": _sheet("令和6年度　進捗状況調査票", ["◎", "×"], "1-1-2 事業"),
        },
    )
    read = planeval.read_workbooks([path])
    [said] = read.problems
    assert said.severity is planeval.Severity.ERROR
    assert str(said.location) == f"{path} › 施策2 › A1"
    assert said.message == (
        "表題の年度が令和6年度（2024年度）です（ほかの 1 シートは令和7年度（2025年度））。"
        "このシートの行は数えていません"
    )
    assert [e.status for e in read.entries] == ["○", "△"]


def test_the_keep_going_line_counts_the_rows_of_a_sheet_of_another_year(tmp_path: Path) -> None:
    """fix176a: counted past that error (--keep-going), the line under the table said 「エラーの
    あった 1 か所の行」 of a sheet of three rows, the rows left out never counted (review 153 A3:
    「1 か所の行」 read as one row); it says how many, as of any other place left out."""
    from typer.testing import CliRunner

    from planeval.cli import app

    path = write_book(
        tmp_path / "総務課.xlsx",
        {
            "施策1": _sheet("令和7年度　進捗状況調査票", ["○", "△"]),
            "施策2": _sheet("令和6年度　進捗状況調査票", ["◎", "×", "○"], "1-1-2 事業"),
        },
    )
    left_out = planeval.read_workbooks([path]).other_year_rows
    run = CliRunner().invoke(app, ["summarize", str(path), "--keep-going"])
    assert run.exit_code == 1
    assert f"記入に不備のあった 1 か所の {len(left_out)} 行は集計に含めていません" in run.output
    assert len(left_out) == 3
