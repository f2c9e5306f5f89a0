"""A prefecture's reply form as each municipality's clerk fills it in (review 78's roll-up):
shared by the tests of replies, rosters and rounds of bodies."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import write_book

# (a prefecture's list of its bodies: 団体コード, 団体名)
ROSTER = [
    ["団体コード", "団体名"],
    ["192000", "青葉市"],
    ["192021", "緑町"],
    ["192084", "川辺町"],
]
HEADER = ["番号", "計画事業名", "実施内容", "達成状況", "課題等", "担当課"]


def reply(path: Path, statuses: list[str], title: str = "情報化計画 進捗状況調査 回答票") -> Path:
    """A municipality's reply: the form's title, its header, a row per status."""
    rows: list[list[object]] = [[title], [], HEADER]
    rows += [
        ["1-1-1", "行政手続のオンライン化", f"{'①②③'[n]} 電子申請の拡大", status, "", "企画課"]
        for n, status in enumerate(statuses)
    ]
    return write_book(path, {"回答票": rows})
