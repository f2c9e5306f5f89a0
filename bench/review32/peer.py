#!/usr/bin/env python3
"""The pandas peer, as issue 15 describes it: read_excel(engine="calamine"), find the header row,
ffill the project column (and the policy: its 政策 column, or the heading / band rows 基本目標1 …
above and inside the tables), groupby body + policy + status.  A few lines of pandas, no checks: a
merged status counts once, a value is whatever the cell holds after NFKC and strip.

usage: python peer.py DIR_OR_FILE... [--json]   (prints totals per status; --json: every group)
"""

import re
import sys
from pathlib import Path

import pandas as pd

SPACES = re.compile(r"\s+")
STATUS = re.compile(r"^(達成度|評価|評価結果|達成状況|取組み結果)([（(].*[)）]|※.*)?$")
PROJECT = re.compile(r"^(事務事業名|事業名|施策名|体系)$")
HEADING = r"^\s*(?:基本目標|基本方針|情報化政策|政策)\s*[0-9０-９]"


def frames(files):
    for f in files:
        body = re.sub(r"^[0-9]+_", "", f.stem)
        for df in pd.read_excel(f, sheet_name=None, header=None, engine="calamine").values():
            h = scol = None
            for i, row in enumerate(df.itertuples(index=False, name=None)):  # the header row
                for j, v in enumerate(row):
                    if isinstance(v, str) and STATUS.match(SPACES.sub("", v)):
                        h, scol = i, j
                        break
                if h is not None:
                    break
            if h is None:
                continue
            head = [SPACES.sub("", v) if isinstance(v, str) else "" for v in df.iloc[h]]
            pcol = next(j for j, t in enumerate(head) if PROJECT.match(t))
            polcol = next((j for j, t in enumerate(head) if t == "政策"), None)
            policy = (
                df[polcol]
                if polcol is not None
                else df[0].where(df[0].str.match(HEADING, na=False))
            )
            st = df[scol].iloc[h + 1 :]
            keep = st.notna() & (st != df.iat[h, scol])
            yield pd.DataFrame(
                {
                    "body": body,
                    "policy": policy.ffill().iloc[h + 1 :][keep],
                    "project": df[pcol].ffill().iloc[h + 1 :][keep],
                    "status": st[keep].astype(str).str.normalize("NFKC").str.strip(),
                }
            )


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    files = []
    for a in args:
        p = Path(a)
        files += sorted(p.glob("*.xlsx")) if p.is_dir() else [p]
    allrows = pd.concat(frames(files), ignore_index=True)
    g = allrows.groupby(["body", "policy", "status"]).size()
    if "--json" in sys.argv:
        print(g.reset_index().to_json(orient="records", force_ascii=False))
    else:
        print(
            allrows["body"].nunique(),
            "bodies",
            len(g),
            "groups",
            g.groupby(level="status").sum().to_dict(),
        )


if __name__ == "__main__":
    main()
