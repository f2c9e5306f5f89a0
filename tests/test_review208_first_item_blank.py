"""A 行政改革大綱's compiled workbook with two status columns, read for 達成度 with the README's
setup (blank = true, blank_beside = ["未着手"]), review 208 #1: the first row of a 改革項目 —
「(1)-1 | (1) 窓口サービスの向上 | 窓口サービスの拡充（1） | 市民課 | 未着手 | (blank)」, the
改革項目 merged down — was taken for the group's heading row because its one status cell read
was blank: dropped unsaid (対象外 Ⅰ 1 where 2), and the rest of the group lost their numbers
(「(1) | 窓口サービスの導入（2）」). Now a row naming its item, its No. and 課 and filling
実施状況 is an item row, its blank read by the blank rules; a true heading row stays one."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from typer.testing import CliRunner

from planeval.cli import app

SETTINGS = (
    '[scale]\npreset = "achievement"\n\n[[scale.status]]\nsymbol = "－"\n'
    'label = "対象外（未着手）"\ncounted = false\nblank = true\nblank_beside = ["未着手"]\n\n'
    '[layout]\nstatus_column = "達成度"\n\n[wording]\npolicy = "大綱の柱"\nproject = "改革項目"\n'
    'item = "取組項目"\nstatus = "達成度"\n'
)
HEADER = ("No.", "改革項目", "取組項目", "所管課", "実施状況", "達成度", "取組実績・課題")
# 柱 → 改革項目 → its items (name, 課, 実施状況, 達成度): each 改革項目 merged down its rows
BOOK = {
    "Ⅰ　市民サービスの向上": {
        "(1) 窓口サービスの向上": [
            ("窓口サービスの拡充", "市民課", "未着手", None),
            ("窓口サービスの導入", "市民課", "取組中", "一部達成"),
            ("窓口サービスの検討", "市民課", "完了", "達成"),
        ],
        "(2) 行政手続のオンライン化": [
            ("電子申請の導入", "デジタル推進課", "完了", "達成"),
            ("電子申請の周知", "デジタル推進課", "未着手", None),
        ],
    },
    "Ⅱ　効率的な行政運営": {
        "(3) 民間活力の活用": [
            ("指定管理の推進", "行政改革推進課", "未着手", None),
            ("委託の拡充", "行政改革推進課", "取組中", "未達成"),
        ],
    },
}


def _book(folder: Path, book: dict = BOOK, year: str = "令和5年度") -> Path:
    """The compiled workbook as the city keeps it: title, note, header at row 4, band rows
    merged A:G, each 改革項目 typed on its first row and merged down, No. 「(1)-1」."""
    folder.mkdir()
    wb = Workbook()
    ws = wb.active
    ws.title = "進捗状況"
    ws.append([f"行政改革大綱 実施計画　取り組み項目の進捗状況（{year}）"])
    ws.append(["※達成度は、実施状況が「未着手」の項目は空欄としてください。"])
    ws.append([])
    ws.append(HEADER)
    for band, projects in book.items():
        ws.append([band])
        ws.merge_cells(f"A{ws.max_row}:G{ws.max_row}")
        for project, items in projects.items():
            first = ws.max_row + 1
            number = project.split(" ")[0]
            for index, (name, department, stage, rating) in enumerate(items, start=1):
                typed = project if index == 1 else None
                issue = "次年度に着手する。" if stage == "未着手" else "取組を進めた。"
                ws.append([f"{number}-{index}", typed, name, department, stage, rating, issue])
            ws.merge_cells(f"B{first}:B{ws.max_row}")
    wb.save(folder / "行政改革大綱_進捗状況.xlsx")
    (folder.parent / "達成度.toml").write_text(SETTINGS, encoding="utf-8")
    return folder


def _run(*args: str):
    return CliRunner().invoke(app, list(args), env={"COLUMNS": "200"})


def test_a_groups_first_item_not_started_is_counted_not_taken_for_its_heading(
    tmp_path: Path,
) -> None:
    folder = _book(tmp_path / "R5")
    config = str(tmp_path / "達成度.toml")
    result = _run("summarize", str(folder), "--config", config, "-f", "csv")
    assert result.exit_code == 0, result.output
    assert result.stdout.lstrip("\ufeff").splitlines() == [
        "番号,番号（表記）,名称,未達成,一部達成,達成,計,対象外（未着手）",
        "1,Ⅰ,市民サービスの向上,0,1,2,3,2",
        "2,Ⅱ,効率的な行政運営,1,0,0,1,1",
        "合計,,,1,1,2,4,3",
    ]
    assert result.stderr == ""


def test_every_item_keeps_its_own_number(tmp_path: Path) -> None:
    folder = _book(tmp_path / "R5")
    config = str(tmp_path / "達成度.toml")
    result = _run("summarize", str(folder), "--config", config, "--by", "item", "-f", "csv")
    assert result.exit_code == 0, result.output
    assert result.stdout.lstrip("\ufeff").splitlines() == [
        "番号,名称,未達成,一部達成,達成,計,対象外（未着手）",
        "(1)-1,窓口サービスの拡充,0,0,0,0,1",
        "(1)-2,窓口サービスの導入,0,1,0,1,0",
        "(1)-3,窓口サービスの検討,0,0,1,1,0",
        "(2)-1,電子申請の導入,0,0,1,1,0",
        "(2)-2,電子申請の周知,0,0,0,0,1",
        "(3)-1,指定管理の推進,0,0,0,0,1",
        "(3)-2,委託の拡充,1,0,0,1,0",
        "合計,,1,1,2,4,3",
    ]


def test_compare_says_no_item_added_or_renumbered(tmp_path: Path) -> None:
    """R6 rates every item R5 left 未着手: each 対象外から変化, none 追加, 番号変更 or 削除."""
    rated = {
        band: {
            project: [
                (name, department, "取組中", rating or "未達成")
                for name, department, _stage, rating in items
            ]
            for project, items in projects.items()
        }
        for band, projects in BOOK.items()
    }
    last, this = _book(tmp_path / "R5"), tmp_path / "R6"
    _book(this, rated, "令和6年度")
    config = str(tmp_path / "達成度.toml")
    result = _run("compare", str(last), str(this), "--config", config, "-f", "csv")
    assert result.exit_code == 0, result.output
    assert result.stdout.lstrip("\ufeff").splitlines() == [
        "番号,取組項目,令和5年度,令和6年度,変化",
        "(1)-1,窓口サービスの拡充,－,未達成,対象外から変化",
        "(2)-2,電子申請の周知,－,未達成,対象外から変化",
        "(3)-1,指定管理の推進,－,未達成,対象外から変化",
    ]
    assert result.stderr == ""


def test_a_heading_row_of_its_own_stays_a_heading(tmp_path: Path) -> None:
    """A 改革項目 typed on a row of its own (its name alone, nothing rated) heads its items;
    it is no item, even beside items whose 達成度 is blank."""
    folder = tmp_path / "R5"
    folder.mkdir()
    wb = Workbook()
    ws = wb.active
    ws.title = "進捗状況"
    ws.append(HEADER)
    ws.append(["Ⅰ　市民サービスの向上"])
    ws.append([None, "(1) 窓口サービスの向上"])
    ws.append(["(1)-1", None, "窓口サービスの拡充", "市民課", "未着手", None, "未定"])
    ws.append(["(1)-2", None, "窓口サービスの導入", "市民課", "取組中", "一部達成", ""])
    wb.save(folder / "進捗状況.xlsx")
    (tmp_path / "達成度.toml").write_text(SETTINGS, encoding="utf-8")
    config = str(tmp_path / "達成度.toml")
    result = _run("summarize", str(folder), "--config", config, "--by", "item", "-f", "csv")
    assert result.exit_code == 0, result.output
    assert result.stdout.lstrip("\ufeff").splitlines() == [
        "番号,名称,未達成,一部達成,達成,計,対象外（未着手）",
        "(1)-1,窓口サービスの拡充,0,0,0,0,1",
        "(1)-2,窓口サービスの導入,0,1,0,1,0",
        "合計,,0,1,0,1,1",
    ]
