"""世田谷区's yearly cycle (review 178), small: its 計画事業一覧 (band rows 「1-1 …」, the
project on its first row, 関係部 beside it), each 部's form made by ``template --split-by
department`` and filled as the 部 fill it (a status in column E of each of its rows). Projects
are numbered policy-direction-project, from 1 again in each direction (3-2-1, 3-2-2)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path

from openpyxl import Workbook, load_workbook
from openpyxl.worksheet.cell_range import CellRange
from openpyxl.worksheet.worksheet import Worksheet
from typer.testing import CliRunner

from planeval.cli import app

DIRECTIONS = {"1-1": "行政サービスの拡充", "1-2": "交流促進支援", "2-1": "業務の効率化",
              "2-2": "情報の共有", "3-1": "情報基盤の強化", "3-2": "ICT 人材の育成"}  # fmt: skip
# project → (name, its 部, its items)
PROJECTS: dict[str, tuple[str, str, tuple[str, ...]]] = {
    "1-1-1": ("情報提供の充実", "政策経営部", ("電子媒体の活用", "地理情報の提供")),
    "1-1-2": ("行政サービスの利便性向上", "DX推進担当部", ("電子申請の拡充", "納付方法の検討")),
    "1-1-3": ("生涯学習の充実支援", "政策経営部", ("図書館サービスの向上",)),
    "1-2-1": ("参加と協働の促進", "危機管理部", ("防災情報の提供", "情報バリアフリー")),
    "2-1-1": ("業務の見直し", "総務部", ("文書管理の電子化", "会議のペーパーレス化")),
    "2-2-1": (
        "情報共有の推進",
        "DX推進担当部",
        ("庁内ポータルの刷新", "電子決裁の拡大", "グループウェアの更新"),
    ),
    "3-1-1": ("ネットワークの強化", "情報政策部", ("庁内 NW の更新",)),
    "3-1-2": ("システムの最適化", "情報政策部", ("基幹系の標準化",)),
    "3-1-3": ("情報セキュリティ対策", "総務部", ("研修の実施", "監査の実施")),
    "3-2-1": ("人材育成", "地域行政部", ("研修体系の整備", "AI の調査研究")),
    "3-2-2": ("職員の ICT 活用力向上", "総務部", ("e ラーニング", "操作研修")),
}
RUNNER = CliRunner()
Fill = Callable[
    [str, int], str | None
]  # (project, item's 1-based number) → status, None: row deleted


def plan(path: Path) -> Path:
    """The 計画事業一覧 as the clerk keeps it."""
    book = Workbook()
    sheet = book.active
    sheet.title = "計画事業一覧"
    sheet.append(["世田谷区情報化事業計画　計画事業一覧"])
    sheet.append(["情報化計画事業の体系", "実施内容", "新規/拡大/継続/終了", "関係部"])
    bands = set()
    for project, (name, department, items) in PROJECTS.items():
        if (direction := project.rpartition("-")[0]) not in bands:
            bands.add(direction)
            sheet.append([f"{direction} {DIRECTIONS[direction]}"])
        for n, item in enumerate(items, start=1):
            first = n == 1
            sheet.append([f"{project} {name}" if first else None, f"{'①②③'[n - 1]} {item}",
                          "継続", department if first else None])  # fmt: skip
    path.parent.mkdir(parents=True, exist_ok=True)
    book.save(path)
    return path


def forms(plan_file: Path, folder: Path, year: str) -> list[Path]:
    """``template --split-by department``'s forms, one per 部, for fiscal year ``year`` (令和3)."""
    made = RUNNER.invoke(app, ["template", str(plan_file), "--fiscal-year", year,
                               "-o", str(folder), "--split-by", "department"])  # fmt: skip
    assert made.exit_code == 0, made.output
    return sorted(folder.glob("*.xlsx"))


def replies(
    plan_file: Path, folder: Path, year: str, fill: Fill, *, unanswered: tuple[str, ...] = ()
) -> Path:
    """Each 部's form filled as ``fill`` says (a row it answers None of: deleted by the 部),
    the 部 ``unanswered`` sending nothing."""
    for path in forms(plan_file, folder, year):
        if any(path.stem.endswith(f"_{department}") for department in unanswered):
            path.unlink()
            continue
        book = load_workbook(path)
        sheet = book.worksheets[0]
        status_column = [cell.value for cell in sheet[5]].index("達成状況") + 1
        for row in range(sheet.max_row, 5, -1):  # (bottom up: a deleted row moves none above)
            item = str(sheet.cell(row, 2).value or "")
            if item and item[0] in "①②③":
                status = fill(_project_above(sheet, row), "①②③".index(item[0]) + 1)
                if status is None:
                    _delete(sheet, row)
                else:
                    sheet.cell(row, status_column).value = status
        book.save(path)
    return folder


def _project_above(sheet: Worksheet, row: int) -> str:
    """The project a row's item is of: the last project ID typed in column A at or above it."""
    for above in range(row, 0, -1):
        typed = str(sheet.cell(above, 1).value or "").split(" ")[0]
        if typed.count("-") == 2:
            return typed
    return ""


def _delete(sheet: Worksheet, row: int) -> None:
    """The row deleted as Excel deletes it: the merged project cells over it one row shorter."""
    merged = [CellRange(str(cells)) for cells in sheet.merged_cells.ranges]
    for cells in merged:
        sheet.unmerge_cells(str(cells))
    sheet.delete_rows(row)
    for cells in merged:
        if cells.min_row > row:
            cells.shift(row_shift=-1)
        elif cells.max_row >= row:
            cells.expand(down=-1)
        if cells.max_row > cells.min_row or cells.max_col > cells.min_col:
            sheet.merge_cells(cells.coord)


def run(*args: str, **env: str) -> tuple[int, str, str]:
    """The CLI's exit code, stdout and stderr, wide enough for a table's row on one line."""
    done = RUNNER.invoke(app, list(args), env={"COLUMNS": "250", **env})
    return done.exit_code, done.stdout, done.stderr


def rated(statuses: Mapping[tuple[str, int], str], default: str = "○") -> Fill:
    """A fill of ``default`` but for the (project, item number) ``statuses`` names."""
    return lambda project, n: statuses.get((project, n), default)
