"""Generate benchmark workbooks in the Chapter 3 layout.

S: 1 workbook × 50 rows; M: 1,000 workbooks × 50 rows; L: 1 workbook × 100,000 rows. Realistic
Japanese text (the seed's own items and issues), project cells merged over their items, sub-items
as "label symbol", a border on every cell, headings and a narrative above the tables.

    python bench/generate.py OUT_DIR [--sizes S,M,L]
"""

from __future__ import annotations

import argparse
import csv
import random
from pathlib import Path

import xlsxwriter

HERE = Path(__file__).resolve().parent
TSV = HERE.parent / "data" / "setagaya" / "chapter3.tsv"
HEADER = ("情報化計画事業の体系", "実施内容", "達成状況", "課題等")
# the statuses of items; "-" only on a repeat listing (an item naming the item it repeats,
# 「…（1-2-1③再掲）」), as the seed and the templates have it
STATUSES = ["◎", "○", "○", "○", "△", "△", "×"]


def seed_texts() -> tuple[list[str], list[str], list[str]]:
    with TSV.open(encoding="utf-8", newline="") as handle:
        rows = [r for r in csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)]
    items = [r["B"].split(" ", 1)[1] for r in rows if r["kind"] == "item" and r["B"]]
    issues = [r["D"] for r in rows if r["kind"] == "item" and r["D"]]
    projects = [r["A"].split(" ", 1)[1] for r in rows if r["kind"] == "item" and r["A"]]
    return items, issues, projects


def write_workbook(path: Path, rows: int, rng: random.Random, first_project: int = 0) -> int:
    """Write one workbook; project numbers continue from ``first_project`` (so that the files
    of one set are disjoint, like departments' files) and the next free one is returned."""
    items, issues, projects = seed_texts()
    book = xlsxwriter.Workbook(str(path), {"constant_memory": False})
    sheet = book.add_worksheet("第3章")
    cell = book.add_format({"border": 1, "text_wrap": True, "valign": "top"})
    head = book.add_format({"border": 1, "bold": True, "bg_color": "#DDEBF7"})
    sheet.write_string(0, 0, "第3章 後期情報化計画事業の進捗状況")
    sheet.write_string(2, 0, "（1）情報化政策1 区民の力を活かす情報化")
    sheet.write_string(4, 0, "「1-1 …」として、計画事業に取り組みました。計画どおり実施N件でした。")
    line = 6
    written = 0
    project_number = first_project
    while written < rows:
        # the direction row names the direction of the table's first project
        policy = project_number // 2000 + 1
        direction = project_number // 100 % 20 + 1
        for column, title in enumerate(HEADER):
            sheet.write_string(line, column, title, head)
        line += 1
        sheet.merge_range(line, 0, line, 3, f"{policy}-{direction} 方向性{direction}", cell)
        line += 1
        for _ in range(10):  # projects per table
            project_number += 1
            count = rng.randint(3, 6)
            first = line
            for number in range(1, count + 1):
                name = rng.choice(items)
                repeat = "再掲" in name
                subs = ["電子申請", "電子調達"] if not repeat and rng.random() < 0.1 else [None]
                item_first = line
                for sub in subs:
                    status = "-" if repeat else rng.choice(STATUSES)
                    text = f"{sub} {status}" if sub else status
                    sheet.write_string(line, 2, text, cell)
                    if status in "△×" or rng.random() < 0.2:
                        sheet.write_string(line, 3, rng.choice(issues), cell)
                    else:
                        sheet.write_blank(line, 3, None, cell)
                    line += 1
                    written += 1
                label = chr(0x2460 + number - 1)
                item = f"{label} {name}"
                if line - 1 > item_first:
                    sheet.merge_range(item_first, 1, line - 1, 1, item, cell)
                else:
                    sheet.write_string(item_first, 1, item, cell)
            index = project_number - 1  # its own ID: 100 projects a direction, 20 a policy
            project_id = f"{index // 2000 + 1}-{index // 100 % 20 + 1}-{index % 100 + 1}"
            project = f"{project_id} {rng.choice(projects)}"
            sheet.merge_range(first, 0, line - 1, 0, project, cell)
            if written >= rows:
                break
        line += 1
    book.close()
    return project_number


SIZES = {"S": (1, 50), "M": (1000, 50), "L": (1, 100_000)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("out", type=Path)
    parser.add_argument("--sizes", default="S,M,L")
    args = parser.parse_args()
    rng = random.Random(2022)
    for size in args.sizes.split(","):
        files, rows = SIZES[size]
        folder = args.out / size
        folder.mkdir(parents=True, exist_ok=True)
        project = 0
        for number in range(files):
            project = write_workbook(folder / f"status_{number:04d}.xlsx", rows, rng, project)
        print(f"{size}: {files} × {rows} rows in {folder}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
