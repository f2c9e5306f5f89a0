"""Build plan.xlsx (計画事業一覧, FY2022–2023) from the transcription plan.tsv.

The layout follows the seed's list (lines 847–910): per direction a table 情報化計画事業の体系 |
実施内容 | DX推進方針との対応 | 新規/拡大/継続/終了 | 新規事業内容/終了理由, with the
departments of each project (関係部, from the project cards) and the item as the project card
words it (事業個票の実施内容) beside them, project cells merged over their items.

Run from the repository root:  python data/setagaya/build_plan.py
"""

from __future__ import annotations

import csv
import sys
from itertools import groupby
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = Path(__file__).resolve().parent
SOURCE = HERE / "plan.tsv"
TARGET = HERE / "plan.xlsx"
HEADER = (
    "情報化計画事業の体系",
    "実施内容",
    "DX推進方針との対応",
    "新規/拡大/継続/終了",
    "新規事業内容/終了理由",
    "関係部",
    "事業個票の実施内容",
)
WIDTHS = (36, 44, 20, 12, 50, 26, 44)
THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def main() -> int:
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else TARGET
    with SOURCE.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "計画事業一覧"
    for index, width in enumerate(WIDTHS, start=1):
        sheet.column_dimensions[chr(64 + index)].width = width
    sheet.cell(
        row=1, column=1, value="計画事業一覧（令和4年度（2022年度）～令和5年度（2023年度））"
    )
    sheet.cell(row=1, column=1).font = Font(bold=True, size=14)
    line = 2
    for policy_id, policy_rows in groupby(rows, key=lambda r: r["policy_id"]):
        policy_rows = list(policy_rows)
        line += 1
        heading = f"（{policy_id}）情報化政策{policy_id} {policy_rows[0]['policy_name']}"
        sheet.cell(row=line, column=1, value=heading).font = Font(bold=True, size=12)
        line += 1
        for direction_id, direction_rows in groupby(policy_rows, key=lambda r: r["direction_id"]):
            direction_rows = list(direction_rows)
            line += 1
            for column, title in enumerate(HEADER, start=1):
                cell = sheet.cell(row=line, column=column, value=title)
                cell.font, cell.border = Font(bold=True), BOX
                cell.fill = PatternFill("solid", "DDEBF7")
            line += 1
            name = f"{direction_id} {direction_rows[0]['direction_name']}"
            sheet.cell(row=line, column=1, value=name).border = BOX
            sheet.merge_cells(start_row=line, start_column=1, end_row=line, end_column=len(HEADER))
            for _project, items in groupby(direction_rows, key=lambda r: r["project_id"]):
                items = list(items)
                first = line + 1
                for item in items:
                    line += 1
                    values = (
                        f"{item['project_id']} {item['project_name']}"
                        if item is items[0]
                        else None,
                        f"{item['item_label']} {item['item_name']}",
                        item["dx_pillar"] if item is items[0] else None,
                        item["treatment"],
                        item["reason"] or None,
                        item["departments"] if item is items[0] else None,
                        item["card_item"] or None,
                    )
                    for column, value in enumerate(values, start=1):
                        cell = sheet.cell(row=line, column=column, value=value)
                        cell.border, cell.alignment = BOX, WRAP
                if line > first:
                    for column in (1, 3, 6):
                        sheet.merge_cells(
                            start_row=first, start_column=column, end_row=line, end_column=column
                        )
        line += 1
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    book.save(target)
    print(f"wrote {target}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
