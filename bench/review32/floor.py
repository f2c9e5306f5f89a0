#!/usr/bin/env python3
"""Bare floor: python-calamine reads every sheet's cells of every workbook given (files or folders);
on each sheet the status column is the first short cell (≤ 16 characters, so not a legend line)
titled 評価… / 達成… / 取組み結果 (spaces removed),
and every non-empty value under it (header repeats aside) goes into one Counter.
No body, no policy, no normalisation, no checks: the least work that still reads every status cell.
(A status merged over two rows is one cell here, as in any bare count of the cells.)

usage: python floor.py DIR_OR_FILE... [--by-file]
"""

import json
import sys
from collections import Counter
from pathlib import Path

from python_calamine import CalamineWorkbook

TITLES = ("評価", "達成", "取組み結果")


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    by_file = "--by-file" in sys.argv
    files = []
    for a in args:
        p = Path(a)
        files += sorted(p.glob("*.xlsx")) if p.is_dir() else [p]
    total = Counter()
    per = {}
    for f in files:
        c = Counter()
        wb = CalamineWorkbook.from_path(str(f))
        for name in wb.sheet_names:
            col = None
            for row in wb.get_sheet_by_name(name).to_python(skip_empty_area=False):
                if col is None:
                    for i, v in enumerate(row):
                        if (
                            isinstance(v, str)
                            and len(v) <= 16
                            and v.replace(" ", "").replace("　", "").startswith(TITLES)
                        ):
                            col = i
                            break
                    continue
                if col < len(row):
                    v = row[col]
                    if v != "" and not (
                        isinstance(v, str)
                        and len(v) <= 16
                        and v.replace(" ", "").replace("　", "").startswith(TITLES)
                    ):
                        c[v] += 1
        total.update(c)
        if by_file:
            per[str(f)] = dict(c)
    print(
        json.dumps(
            per
            if by_file
            else {
                "files": len(files),
                "cells": sum(total.values()),
                "counts": dict(total.most_common()),
            },
            ensure_ascii=False,
        )
    )


if __name__ == "__main__":
    main()
