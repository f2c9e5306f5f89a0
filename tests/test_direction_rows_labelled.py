"""A prefecture's summary by direction over bodies of two layouts (review 150 #8): the bodies
on the prefecture's form have no direction level, those on their own forms do, and one body
sent nothing. Each row without the level is labelled 「（方向性の段なし）」 and every row with
it keeps its own name — before, the labels were laid on the rows one place off after the
未回答 body's blank row: 松原市's left blank, 高森町's 「3-2 （方向性の段なし）」."""

from __future__ import annotations

import planeval
from planeval.model import Entry, Location
from planeval.report.views import summary_table
from planeval.wording import configured

# (body, policy, direction, direction's name, status), the bodies in the roster's order
ROWS = [
    ("青浜市", "1", "", "", "◎"),
    ("南台市", "1", "1-1", "行政手続のオンライン化", "○"),
    ("南台市", "3", "3-2", "情報セキュリティ対策", "△"),
    ("松原市", "1", "", "", "×"),
    ("高森町", "3", "3-2", "情報セキュリティ対策", "◎"),
    ("泉沢村", "2", "", "", "○"),
]
ORDER = ["青浜市", "南台市", "星野市", "松原市", "高森町", "泉沢村"]


def _table(*, separated: bool) -> list[list[str]]:
    config = planeval.load_config(None)
    wording = configured(config.wording, {"direction": "方向性"})
    entries = [
        Entry(Location(f"{body}.xlsx", "s", f"G{n}"), policy, direction, f"{direction or policy}-1",
              "事業", 1, "①", "取組", None, status, status, body=body, direction_name=name)
        for n, (body, policy, direction, name, status) in enumerate(ROWS, start=2)
    ]  # fmt: skip
    summary = planeval.summarize(entries, by="direction")
    table = summary_table(
        summary, wording, uncounted_bodies={"星野市": "未回答"}, bodies=ORDER, separated=separated
    )
    return [list(row) for row in table.rows]


def test_every_row_without_the_level_is_labelled_alike_after_a_body_that_sent_nothing() -> None:
    for separated in (True, False):  # (the terminal's and a CSV's)
        rows = _table(separated=separated)
        named = {(row[0].split("（")[0], row[1]): row[2] for row in rows if row[0] != "合計"}
        for body, _policy, direction, name, _status in ROWS:
            assert named[(body, direction)] == (name or "（方向性の段なし）"), (body, separated)
        [blank] = [row for row in rows if row[0].startswith("星野市")]
        assert blank[1:3] == ["", ""]  # (nothing counted: no level to say it lacks)
