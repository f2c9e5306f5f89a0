"""A plan numbered with dots (南川町's 自治体DX推進計画: 施策 1.1, 事業 1.1.1) is read as the
workbooks numbered so are (dotted_ids.parse_dotted): its projects 1-1-1, shown as typed in every
message, its templates and the co-owner's sheet, whose remarks read back. An ID typed with a
dot and a dash both (1.1-2, 1-2.1) is read as its three numbers, the repair said at its cell."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from typer.testing import CliRunner

import planeval
from planeval.cli import app
from planeval.dotted_ids import MixedId, parse_mixed
from planeval.model import Severity
from tests.conftest import write_book
from tests.test_dotted_ids import SETTINGS

RUNNER = CliRunner()
HEADER = ["計画事業", "実施内容", "区分", "所管課"]


def town_plan(folder: Path, second: str = "1.1.2") -> Path:
    """The town's 計画事業一覧 as its clerk keeps it: a 施策's row alone (1.1), each 事業's
    number and name merged down over its 取組, the second 基本目標 typed in full width."""
    rows = [
        ["南川町 自治体DX推進計画 計画事業一覧"],
        HEADER,
        ["1.1 行政手続のオンライン化"],
        ["1.1.1 電子申請システムの拡充事業", "(1) 対象手続の拡大", "継続", "情報政策課"],
        ["", "(2) 操作説明会の開催", "新規", "情報政策課、住民課"],
        [f"{second} キャッシュレス決済の導入事業", "(1) 窓口への決済端末の配備", "新規", "会計課"],
        ["２．１ テレワーク環境の整備"],
        ["２．１．１ テレワーク端末の配備事業", "(1) 端末の調達", "継続", "情報政策課"],
    ]
    (folder / "planeval.toml").write_text(SETTINGS, encoding="utf-8")
    return write_book(
        folder / "計画.xlsx", {"計画事業一覧": rows}, merges={"計画事業一覧": ["A4:A5"]}
    )


def test_a_plan_numbered_with_dots_is_read_and_shown_as_typed(tmp_path: Path) -> None:
    plan = planeval.read_plan(town_plan(tmp_path))
    assert plan.problems == []
    items = [(i.project_id, i.project_label, i.shown_id, i.direction_id) for i in plan.items]
    assert items == [
        ("1-1-1", "1.1.1", "1.1.1(1)", "1-1"),
        ("1-1-1", "1.1.1", "1.1.1(2)", "1-1"),
        ("1-1-2", "1.1.2", "1.1.2(1)", "1-1"),
        ("2-1-1", "２．１．１", "２．１．１(1)", "2-1"),
    ]
    assert [i.direction_name for i in plan.items] == [
        "行政手続のオンライン化",
        "行政手続のオンライン化",
        "行政手続のオンライン化",
        "テレワーク環境の整備",
    ]
    assert [i.shown_direction for i in plan.items] == ["1.1", "1.1", "1.1", "２．１"]


def test_the_tidy_layout_numbered_with_dots_is_read_too(tmp_path: Path) -> None:
    rows = [
        ["事業番号", "事業名", "実施内容番号", "実施内容名", "区分", "関係部"],
        ["1.1.1", "電子申請システムの拡充事業", "(1)", "対象手続の拡大", "継続", "情報政策課"],
        ["1.2.1", "書かない窓口の推進事業", "(1)", "申請書の自動作成", "新規", "住民課"],
    ]
    plan = planeval.read_plan(write_book(tmp_path / "計画.xlsx", {"一覧": rows}))
    assert [(i.project_id, i.shown_id) for i in plan.items] == [
        ("1-1-1", "1.1.1(1)"),
        ("1-2-1", "1.2.1(1)"),
    ]


def test_its_templates_are_numbered_as_the_plan_and_read_back(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The departments' forms carry 1.1 and 1.1.1 as the plan does; rated and sent back, they
    count by 1-1-1 shown 1.1.1, and the co-owner's remark joins its lead's row."""
    plan = town_plan(tmp_path)
    monkeypatch.chdir(tmp_path)
    made = RUNNER.invoke(
        app,
        [
            "template",
            str(plan),
            "--fiscal-year",
            "令和6",
            "-o",
            "調査票",
            "--split-by",
            "department",
        ],
    )
    assert made.exit_code == 0, made.output
    folder = tmp_path / "調査票"
    lead = folder / "実施状況調査票_2024_情報政策課.xlsx"
    book = load_workbook(lead)
    cells = [c.value for row in book["実施状況"].iter_rows(min_row=6, max_col=1) for c in row]
    assert "1.1 行政手続のオンライン化" in cells and "1.1.1 電子申請システムの拡充事業" in cells
    for path in folder.glob("*.xlsx"):
        book = load_workbook(path)
        sheet = book["実施状況"]
        header = {cell.value: cell.column - 1 for cell in sheet[5] if cell.value}
        for row in sheet.iter_rows(min_row=6):
            status = row[header["達成状況"]]
            if row[1].value and not status.protection.locked:
                status.value = "B"
        if "共管の実施内容" in book.sheetnames:
            shared = book["共管の実施内容"]
            assert shared["A6"].value == "1.1.1 電子申請システムの拡充事業"
            remark = next(c.column for c in shared[5] if "意見" in str(c.value or ""))
            shared.cell(6, remark).value = "窓口でも案内した"
        book.save(path)
    scale = planeval.load_config(tmp_path / "planeval.toml").scale
    read = planeval.read_workbooks(sorted(folder.glob("*.xlsx")), scale=scale)
    assert [p for p in read.problems if p.severity is not Severity.NOTICE] == []
    rows = sorted((e.shown_id, e.status, e.issue) for e in read.entries)
    assert rows == [
        ("1.1.1(1)", "B", ""),
        ("1.1.1(2)", "B", "（共管 住民課）窓口でも案内した"),
        ("1.1.2(1)", "B", ""),
        ("２．１．１(1)", "B", ""),
    ]
    validated = RUNNER.invoke(app, ["validate", "調査票", "--plan", str(plan)])
    assert validated.exit_code == 0, validated.output
    assert "警告" not in validated.output and "エラー" not in validated.output


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("1.1-2 キャッシュレス", MixedId("1-1-2", "キャッシュレス", "1.1-2", "1.1.2")),
        ("1-1.2 キャッシュレス", MixedId("1-1-2", "キャッシュレス", "1-1.2", "")),
        (
            "１．１－２　キャッシュレス",
            MixedId("1-1-2", "キャッシュレス", "１．１－２", "１．１．２"),
        ),
    ],
)
def test_an_id_typed_with_a_dot_and_a_dash_is_read_as_its_numbers(
    typed: str, read: MixedId
) -> None:
    assert parse_mixed(typed) == read


@pytest.mark.parametrize("typed", ["1.1.2 名前", "1-1-2 名前", "1.1-2.1 名前", "1-1 名前"])
def test_one_way_of_numbering_or_another_count_is_no_mixed_id(typed: str) -> None:
    assert parse_mixed(typed) is None


def test_a_plan_s_mixed_id_is_read_and_its_repair_said(tmp_path: Path) -> None:
    plan = planeval.read_plan(town_plan(tmp_path, second="1.1-2"))
    assert [(i.project_id, i.shown_id) for i in plan.items][2] == ("1-1-2", "1.1.2(1)")
    assert [(p.severity, p.location.cell, p.message, p.hint) for p in plan.problems] == [
        (
            Severity.NOTICE,
            "A6",
            "事業番号「1.1-2」は「.」と「-」が混ざっています。1.1.2 の事業として読みました",
            "事業番号は「1.1.1」か「1-1-1」のどちらかの書き方にそろえてください",
        )
    ]


def test_a_workbook_s_mixed_id_is_counted_and_said_once(tmp_path: Path) -> None:
    """A clerk's slip in a dashed form (1-1.2, its project's number on each of its rows):
    counted as 1-1-2, said once at the project's first cell."""
    rows = [
        ["基本目標1\u3000住民サービスの向上"],
        ["計画事業", "実施内容", "達成状況", "課題等", "所管課"],
        ["1-1 行政手続のオンライン化"],
        ["1-1-1 電子申請システムの拡充事業", "(1) 対象手続の拡大", "B", "", "情報政策課"],
        ["1-1.2 キャッシュレス決済の導入事業", "(1) 決済端末の配備", "A", "", "会計課"],
        ["1-1.2 キャッシュレス決済の導入事業", "(2) 利用の周知", "B", "", "会計課"],
    ]
    (tmp_path / "planeval.toml").write_text(SETTINGS, encoding="utf-8")
    scale = planeval.load_config(tmp_path / "planeval.toml").scale
    path = write_book(tmp_path / "南川町.xlsx", {"基本目標1": rows})
    result = planeval.read_workbooks([path], scale=scale)
    assert [(e.project_id, e.shown_id, e.status) for e in result.entries] == [
        ("1-1-1", "1-1-1(1)", "B"),
        ("1-1-2", "1-1-2(1)", "A"),
        ("1-1-2", "1-1-2(2)", "B"),
    ]
    assert [(p.severity, p.location.cell, p.message, p.hint) for p in result.problems] == [
        (
            Severity.NOTICE,
            "A5",
            "事業番号「1-1.2」は「.」と「-」が混ざっています。1-1-2 の事業として読みました",
            "事業番号は「1.1.1」か「1-1-1」のどちらかの書き方にそろえてください",
        )
    ]


def test_a_mixed_id_on_each_of_its_project_s_rows_is_said_once(tmp_path: Path) -> None:
    rows = [
        ["事業番号", "事業名", "実施内容番号", "実施内容名", "区分", "関係部"],
        ["1.2-1", "書かない窓口の推進事業", "(1)", "申請書の自動作成", "新規", "住民課"],
        ["1.2-1", "書かない窓口の推進事業", "(2)", "職員研修", "継続", "住民課"],
    ]
    plan = planeval.read_plan(write_book(tmp_path / "計画.xlsx", {"一覧": rows}))
    assert [i.shown_id for i in plan.items] == ["1.2.1(1)", "1.2.1(2)"]
    assert [(p.location.cell, p.message) for p in plan.problems] == [
        ("A2", "事業番号「1.2-1」は「.」と「-」が混ざっています。1.2.1 の事業として読みました")
    ]


def test_a_form_typed_so_throughout_is_said_in_a_few_lines(tmp_path: Path) -> None:
    """Every project of a form numbered 1.1-1, 1.1-2 …: counted, and said as the first three
    and one line naming the rest's cells, not a line per project."""
    rows: list[list[object]] = [["計画事業", "実施内容", "達成状況", "課題等", "所管課"]]
    rows += [[f"1.1-{n} 事業{n}", "(1) 取組", "B", "", "情報政策課"] for n in range(1, 8)]
    (tmp_path / "planeval.toml").write_text(SETTINGS, encoding="utf-8")
    path = write_book(tmp_path / "南川町.xlsx", {"基本目標1": rows})
    out = RUNNER.invoke(
        app,
        ["summarize", str(path), "--config", str(tmp_path / "planeval.toml"), "--by", "project"],
        env={"COLUMNS": "200"},
    )
    assert out.exit_code == 0, out.output
    said = out.stderr.splitlines()
    assert sum("混ざっています" in line for line in said) == 3, out.stderr
    assert any("同じ種類のお知らせがほかに 4 件（A5・A6・A7・A8）" in line for line in said)
    shown = [line.split("│")[1].strip() for line in out.stdout.splitlines() if "│ 事業" in line]
    assert shown == [f"1.1.{n}" for n in range(1, 8)], out.stdout
