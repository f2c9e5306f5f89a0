"""A status cell merged over neighbouring rows, as clerks merge equal ratings: every row that
names an item of its own under it (its name cell holds its own value) is rated with that
status, in Setagaya's 1-1-1 tables and in every other body's layout; the rows of one item (its
name merged too, left blank, or typed again) stay one rating."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from openpyxl import load_workbook
from typer.testing import CliRunner

import planeval
from planeval.cli import app
from tests.conftest import SEED_WORKBOOK
from tests.other_bodies import BODIES
from tests.test_other_bodies import CONFIGS

SETAGAYA = ["情報化計画事業の体系", "実施内容", "達成状況", "課題等"]


def run(*args: str):
    return CliRunner().invoke(app, list(args), env={"COLUMNS": "200"})


def _rated(result: planeval.ReadResult) -> list[tuple[str, str, int | None, str, str | None, str]]:
    return sorted(
        (e.policy_id, e.project_id, e.item_no, e.item_name, e.sub_item, e.status)
        for e in result.entries
    )


def _merge_equal_neighbours(path: Path, result: planeval.ReadResult, most: int = 3) -> int:
    """Merge the status cells of up to ``most`` pairs of neighbouring rated rows rated alike
    (the lower cell emptied, as Excel keeps only the top one's value); the pairs merged."""
    book = load_workbook(path)
    by_cell = {(e.location.sheet, e.location.cell): e for e in result.entries}
    merged = 0
    for (sheet_name, cell), entry in sorted(by_cell.items()):
        if merged == most:
            break
        sheet = book[sheet_name]
        column = "".join(c for c in cell if c.isalpha())
        row = int(cell[len(column) :])
        below = by_cell.get((sheet_name, f"{column}{row + 1}"))
        taken = any(
            f"{column}{r}" in ranges for ranges in sheet.merged_cells for r in (row, row + 1)
        )
        if below is None or taken or below.status_text != entry.status_text or below.sub_item:
            continue
        if sheet[f"{column}{row}"].value != sheet[f"{column}{row + 1}"].value:
            continue
        sheet[f"{column}{row + 1}"].value = None
        sheet.merge_cells(f"{column}{row}:{column}{row + 1}")
        merged += 1
    book.save(path)
    return merged


@pytest.mark.parametrize("body", BODIES, ids=[body.key for body in BODIES])
def test_a_status_merged_over_two_rated_rows_rates_both_in_every_layout(
    body, tmp_path: Path
) -> None:
    paths = body.build(tmp_path)
    (tmp_path / "planeval.toml").write_text(CONFIGS[body.key], encoding="utf-8")
    config = planeval.load_config(tmp_path / "planeval.toml")
    before = planeval.read_workbooks(paths, scale=config.scale, layout=config.layout)
    assert sum(_merge_equal_neighbours(path, before) for path in paths) > 0
    after = planeval.read_workbooks(paths, scale=config.scale, layout=config.layout)
    assert _rated(after) == _rated(before)
    said = [p for p in after.problems if p.severity is not planeval.Severity.NOTICE]
    assert [str(p) for p in said] == [
        str(p) for p in before.problems if p.severity is not planeval.Severity.NOTICE
    ]


def test_setagaya_items_under_one_merged_status_are_each_rated(tmp_path: Path) -> None:
    path = tmp_path / "chapter3.xlsx"
    path.write_bytes(SEED_WORKBOOK.read_bytes())
    before = planeval.read_workbooks([path])
    assert _merge_equal_neighbours(path, before, most=5) == 5
    after = planeval.read_workbooks([path])
    assert _rated(after) == _rated(before) and not after.problems
    assert planeval.summarize(after.entries).total == planeval.summarize(before.entries).total


# a project's items as the clerk types them: (project cell, item cell, status, issue)
SETAGAYA_ROWS = [
    ("1-1-1 電子申請の拡充", "① 対象手続の拡大", "○", ""),
    ("", "② 職員研修の実施", "", ""),  # under ①'s status, merged over both
    ("", "③ 利用者アンケート", "△", "回答が少ない"),
    ("1-1-2 RPAの活用", "① 効果検証", "◎", ""),
    ("", "", "", "対象業務を広げた"),  # ①'s second line: its item and status merged
    ("", "② 対象業務の拡大", "◎", ""),
    ("", "② 対象業務の拡大", "", ""),  # ② typed again on its second line
]
SETAGAYA_MERGES = ["C2:C3", "B5:B6", "C5:C6", "C7:C8"]


def test_setagaya_rows_of_one_item_under_a_merged_status_stay_one_rating(book) -> None:
    path = book([SETAGAYA, *SETAGAYA_ROWS], merges={"第3章": SETAGAYA_MERGES})
    result = planeval.read_workbooks([path])
    assert [(e.item_key, e.status, e.location.cell) for e in result.entries] == [
        ("1-1-1①", "○", "C2"),
        ("1-1-1②", "○", "C3"),
        ("1-1-1③", "△", "C4"),
        ("1-1-2①", "◎", "C5"),
        ("1-1-2②", "◎", "C7"),
    ]
    assert [p.message for p in result.problems] == [
        "課題等だけの行です。上の行（D5）の課題等の続きとして読みました"
    ]


# Hamura: rated per 事業 under 施策 headings, whole phrases as statuses, no item column
HAMURA = [
    ["施策27「都市基盤整備」"],
    ["事業名", "評価", "担当課", "今後の方向性"],
    ["都市計画道路の整備", "計画どおり完了", "都市計画課"],
    ["狭あい道路の拡幅", "計画どおり完了", "土木課"],
    ["橋りょうの長寿命化", None, "土木課"],  # under 狭あい道路's rating, merged over both
    ["駅周辺の整備", "次年度以降計画を見直す", "都市計画課", "用地の取得後に実施する"],
    [None, None, "建築課"],  # 駅周辺's second line: its name and rating merged over both
    ["公園の再整備", "計画どおり完了", "公園課"],
    ["公園の再整備", None, "公園課"],  # its name typed again, its rating merged
]
HAMURA_MERGES = ["B4:B5", "A6:A7", "B6:B7", "B8:B9"]


@pytest.fixture
def hamura(book, tmp_path: Path) -> Path:
    # (its [wording] as the notice offers it: offered_words.py)
    words = '[wording]\npolicy = "施策"\nitem = "事業"\nstatus = "評価"\n'
    (tmp_path / "planeval.toml").write_text(
        f'[scale]\npreset = "hamura"\n\n{words}', encoding="utf-8"
    )
    return book(HAMURA, name="施策評価シート.xlsx", merges={"第3章": HAMURA_MERGES})


def test_named_rows_under_a_merged_status_each_rated_once(hamura: Path) -> None:
    config = planeval.load_config(hamura.parent / "planeval.toml")
    result = planeval.read_workbooks([hamura], scale=config.scale, layout=config.layout)
    assert [(e.policy_id, e.item_name, e.status, e.location.cell) for e in result.entries] == [
        ("27", "都市計画道路の整備", "計画どおり完了", "B3"),
        ("27", "狭あい道路の拡幅", "計画どおり完了", "B4"),
        ("27", "橋りょうの長寿命化", "計画どおり完了", "B5"),
        ("27", "駅周辺の整備", "次年度以降計画を見直す", "B6"),
        ("27", "公園の再整備", "計画どおり完了", "B8"),
    ]
    assert result.problems == []


def test_summarize_and_validate_count_every_row_under_a_merged_status(hamura: Path) -> None:
    config = str(hamura.parent / "planeval.toml")
    summary = run("summarize", str(hamura), "--config", config, "-f", "json")
    assert summary.exit_code == 0, summary.output
    total = json.loads(summary.stdout)["total"]
    assert (total["counts"], total["total"]) == (
        {"計画どおり完了": 4, "次年度以降計画を見直す": 1},
        5,
    )
    validated = run("validate", str(hamura), "--config", config)
    assert validated.exit_code == 0
    assert validated.stdout.strip() == "問題は見つかりませんでした（1 ファイル、5 件）"


def test_numbered_rows_under_a_merged_status_leave_no_gap_in_the_numbers(book, tmp_path) -> None:
    """Hirakata: No. 1 and No. 2 rated A in one merged cell; No. 2 is read, not said missing."""
    settings = '[scale]\npreset = "hirakata"\n\n[wording]\npreset = "hirakata"\n'
    (tmp_path / "planeval.toml").write_text(settings, encoding="utf-8")
    rows = [
        ["No.", "施策名", "評価 ※必須", "担当部"],
        ["基本目標１　安全・安心で快適に暮らせるまち"],
        [1, "防災力の強化", "A", "安全部"],
        [2, "消防・救急体制の充実", None, "安全部"],
        [3, "防犯対策の推進", "B", "安全部"],
    ]
    path = book(rows, name="施策評価結果一覧.xlsx", merges={"第3章": ["A2:D2", "C3:C4"]})
    config = str(tmp_path / "planeval.toml")
    summary = run("summarize", str(path), "--config", config, "-f", "json")
    assert summary.exit_code == 0
    assert json.loads(summary.stdout)["total"]["counts"] == {"A": 2, "B": 1, "C": 0, "D": 0, "E": 0}
    validated = run("validate", str(path), "--config", config)
    assert validated.exit_code == 0
    assert validated.stdout.strip() == "問題は見つかりませんでした（1 ファイル、3 件）"


def test_an_unnumbered_line_under_a_numbered_items_merged_status_is_not_an_item(book) -> None:
    """⑤'s name run on to a second line, its status merged over both: the second line is no
    item of its own (it was counted, △ once more, with exit 0) — a warning at its cell."""
    rows = [
        ("1-1-1 情報提供", "④ 広報紙", "○", ""),
        ("", "⑤ 多言語化における", "△", "翻訳の確保"),
        ("", "ICT の活用", "", ""),  # ⑤'s name run on, C and D merged with ⑤'s
    ]
    path = book([SETAGAYA, *rows], merges={"第3章": ["C3:C4", "D3:D4"]})
    result = planeval.read_workbooks([path])
    assert [(e.item_key, e.status) for e in result.entries] == [
        ("1-1-1④", "○"),
        ("1-1-1⑤", "△"),
    ]
    [said] = result.problems
    assert (said.severity, said.location.cell) == (planeval.Severity.WARNING, "B4")
    assert said.message.startswith("番号のない行「ICT の活用」は、達成状況のセルが上の実施内容")
