#!/usr/bin/env python3
"""Compare, per body, planeval's `summarize --bodies file --by body` (JSON and CSV) with counter.py
and with the generator's design (truth/<set>.json).

usage: python compare.py SET   (expects out/SET.json, out/SET.csv, out/SET.counter.json, truth/SET.json)
Prints one line per difference and a summary line; exit 1 on any difference.
"""

import csv
import io
import json
import sys
from collections import Counter
from pathlib import Path

SYMS = ["A", "B", "C", "D", "-"]


def main():
    s = sys.argv[1]
    out = Path("out")
    pv = json.loads((out / f"{s}.json").read_text())
    cnt = json.loads((out / f"{s}.counter.json").read_text())
    truth = json.loads((Path("truth") / f"{s}.json").read_text())
    diffs = 0

    # planeval JSON per body
    pj = {}
    for g in pv["groups"]:
        c = dict(g["counts"] or {})
        c.update(g["uncounted"] or {})
        pj[g["body"]] = {k: c.get(k, 0) for k in SYMS}
        if g["total"] != sum(pj[g["body"]][k] for k in "ABCD"):
            print(f"{s}: {g['body']}: JSON total {g['total']} != sum of counts")
            diffs += 1
    # planeval CSV per body
    text = (out / f"{s}.csv").read_text(encoding="utf-8-sig")
    rows = list(csv.reader(io.StringIO(text)))
    head = rows[0]
    col = {h: i for i, h in enumerate(head)}
    dash = next(h for h in head if h.startswith("-"))
    pc = {}
    for r in rows[1:]:
        if not r or r[0] in ("合計", ""):
            continue
        pc[r[0]] = {k: int(r[col[k]] or 0) for k in "ABCD"} | {"-": int(r[col[dash]] or 0)}
    # counter per body (and its files)
    cb, files_of = {}, {}
    unexpected = []
    for f, r in cnt.items():
        cb.setdefault(r["body"], Counter()).update(r["counts"])
        files_of.setdefault(r["body"], []).append(f)
        unexpected += [(f, *u) for u in r["unexpected"]]
    for u in unexpected:
        print(f"{s}: counter: unexpected value {u}")
        diffs += 1
    tb = {}
    for _f, r in truth.items():
        tb.setdefault(r["name"], Counter()).update(r["counts"])
    names = set(pj) | set(pc) | set(cb) | set(tb)
    for b in sorted(names):
        t = {k: tb.get(b, {}).get(k, 0) for k in SYMS} if b in tb else None
        c = {k: cb[b].get(k, 0) for k in SYMS} if b in cb else None
        j = pj.get(b)
        v = pc.get(b)
        if not (t == c == j == v):
            diffs += 1
            print(
                f"{s}: {b} ({', '.join(files_of.get(b, ['?']))}): truth {t} counter {c} planeval-json {j} "
                f"planeval-csv {v}"
            )
    n = len(pv["groups"])
    tot = pv["total"]
    print(
        f"{s}: {n} groups in JSON, {len(pc)} rows in CSV, {len(cb)} bodies by counter, {len(tb)} designed; "
        f"planeval total {tot['total']} counted + {sum(tot['uncounted'].values())} uncounted; "
        f"counter {sum(sum(x.values()) for x in cb.values())} rows; differences: {diffs}; "
        f"problems in JSON: {len(pv.get('problems', []))}; uncounted_bodies {len(pv.get('uncounted_bodies', []))}; "
        f"partly_counted {len(pv.get('partly_counted_bodies', {}))}"
    )
    sys.exit(1 if diffs else 0)


if __name__ == "__main__":
    main()
