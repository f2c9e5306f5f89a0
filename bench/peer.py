"""The pandas peer: the short script a pandas user would write (a baseline, not a competitor).

python bench/peer.py FOLDER_OR_FILE

Every sheet read with pandas' calamine engine, the header row found, the project column
forward-filled (merged and typed-once project cells), the policy taken from the project ID and
the statuses counted per policy; several files are looped over and concatenated.
"""

import sys
from pathlib import Path

import pandas as pd

target = Path(sys.argv[1])
frames = []
for path in sorted(target.glob("*.xlsx")) if target.is_dir() else [target]:
    for sheet in pd.read_excel(path, engine="calamine", sheet_name=None, header=None).values():
        header = sheet.index[(sheet == "達成状況").any(axis=1)]
        if len(header):
            df = sheet.iloc[header[0] + 1 :].set_axis(sheet.loc[header[0]], axis=1)
            project = df["情報化計画事業の体系"].ffill().astype(str)
            status = df["達成状況"].astype(str).str.strip().str[-1]
            frames.append(
                pd.DataFrame(
                    {"policy": project.str.extract(r"^(\d+)-", expand=False), "status": status}
                )
            )
counts = (
    pd.concat(frames)
    .query("status in ['◎', '○', '△', '×', '-']")
    .groupby(["policy", "status"])
    .size()
)
print(counts.sum(), "rows counted")
