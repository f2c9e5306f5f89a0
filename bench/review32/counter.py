#!/usr/bin/env python3
"""Independent reference counter: per body, the count of each status (A B C D -), read with openpyxl.

Shares no code with planeval nor with gen.py.  For every .xlsx in the folders/files given:
  * the body is the 団体名 stated above the table (「団体名 | X」 or 「団体名：X」), else the file's name
    without its code (012017_青葉市 -> 青葉市) or a clerk's wrapper (調査票（X）, 【…】X);
  * on every sheet, every header row is found by a status title (達成度, 評価, 評価結果, 達成状況,
    取組み結果; NFKC, spaces and a remark （…）/ ※… removed); the rows under it down to the next header
    row are read; a status cell inside a vertical merge of the status column counts for every row of
    the merge (clerks merge equal ratings); band rows (merged across the row) and headings are skipped;
  * values are NFKC-normalised and trimmed; 対象外 － ― map to '-'; anything else is reported.
Prints JSON {file: {"body", "counts", "rows", "unexpected": [[sheet, cell, value]]}}; with --by-body,
{body: counts}.

usage: python counter.py DIR_OR_FILE... [--by-body] [--jobs N]
"""

import argparse
import json
import re
import sys
import unicodedata
from collections import Counter
from multiprocessing import Pool
from pathlib import Path

import openpyxl

STATUS_TITLES = {"達成度", "評価", "評価結果", "達成状況", "取組み結果"}
SYMBOLS = {"A", "B", "C", "D", "-"}
ALIASES = {"対象外": "-", "－": "-", "―": "-", "−": "-"}


def norm(v):
    if v is None:
        return ""
    return unicodedata.normalize("NFKC", str(v)).strip()


def title_key(v):
    t = re.sub(r"\s+", "", norm(v))
    t = re.sub(r"※.*$", "", t)
    t = re.sub(r"[（(].*?[）)]$", "", t)
    return t


def body_from_filename(path):
    stem = unicodedata.normalize("NFKC", Path(path).stem)
    m = re.match(r"^調査票[（(](.+)[）)]$", stem)
    if m:
        return m.group(1)
    m = re.match(r"^【[^】]*】(.+)$", stem)
    if m:
        return m.group(1)
    m = re.match(r"^[0-9A-Za-z]*[0-9][0-9A-Za-z]*[_\- ](.+)$", stem)
    if m:
        return m.group(1)
    return stem


def count_file(path):
    wb = openpyxl.load_workbook(path, data_only=True)
    body = None
    counts = Counter()
    rows = 0
    unexpected = []
    for ws in wb.worksheets:
        if ws.sheet_state != "visible":
            continue
        # vertical merges in any column: (col, top_row) -> bottom row; cells under the top are None
        vmerge = {}
        for rng in ws.merged_cells.ranges:
            if rng.min_col == rng.max_col and rng.max_row > rng.min_row:
                for r in range(rng.min_row + 1, rng.max_row + 1):
                    vmerge[(rng.min_col, r)] = rng.min_row
        status_col = None
        for row in ws.iter_rows():
            vals = [c.value for c in row]
            # body name
            if body is None:
                for i, v in enumerate(vals):
                    t = norm(v)
                    if t == "団体名":
                        for w in vals[i + 1 :]:
                            if norm(w):
                                body = norm(w)
                                break
                    elif t.startswith("団体名:") or t.startswith("団体名："):
                        body = re.split(r"[:：]", t, maxsplit=1)[1].strip()
            keys = [title_key(v) for v in vals]
            hits = [i for i, k in enumerate(keys) if k in STATUS_TITLES]
            if hits:
                status_col = hits[0] + 1
                continue
            if status_col is None or status_col > len(row):
                continue
            cell = row[status_col - 1]
            v = cell.value
            top = vmerge.get((status_col, cell.row))
            if top is not None:
                v = ws.cell(top, status_col).value
            t = norm(v)
            if not t:
                continue
            t = ALIASES.get(t, t)
            if t in SYMBOLS:
                counts[t] += 1
                rows += 1
            else:
                unexpected.append([ws.title, cell.coordinate, str(v)])
    wb.close()
    return str(path), {
        "body": body or body_from_filename(path),
        "counts": dict(counts),
        "rows": rows,
        "unexpected": unexpected,
    }


def files_of(args):
    out = []
    for a in args:
        p = Path(a)
        if p.is_dir():
            out += sorted(
                x for x in p.iterdir() if x.suffix == ".xlsx" and not x.name.startswith(("~$", "."))
            )
        else:
            out.append(p)
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("paths", nargs="+")
    ap.add_argument("--by-body", action="store_true")
    ap.add_argument("--jobs", type=int, default=2)
    a = ap.parse_args()
    files = files_of(a.paths)
    with Pool(a.jobs) as pool:
        res = dict(pool.imap(count_file, files, chunksize=4))
    if a.by_body:
        agg = {}
        for r in res.values():
            c = agg.setdefault(r["body"], Counter())
            c.update(r["counts"])
        json.dump({b: dict(c) for b, c in agg.items()}, sys.stdout, ensure_ascii=False, indent=0)
    else:
        json.dump(res, sys.stdout, ensure_ascii=False, indent=0)


if __name__ == "__main__":
    main()
