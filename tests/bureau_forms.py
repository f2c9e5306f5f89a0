"""A designated city's 局 rating their 事務事業 1–5 (川崎市's scale) in their own 施策進行管理・
評価票, a 所管局 column on every row and the year and 局 in the title; and the city's list of
事務事業 (its plan) — built as its clerks build them, for the tests of each round's year."""

from __future__ import annotations

from pathlib import Path

from planeval.presets import PRESETS
from tests.conftest import write_book

KAWASAKI = PRESETS["kawasaki"]
BUREAU_HEADER = ("基本目標", "施策", "No.", "事務事業名", "達成度", "課題・今後の方向性", "所管局")
BUREAU_ITEMS = [  # (施策, No., 事務事業名, 所管局)
    ("1-1 防災対策の推進", 1, "地域防災計画の改定", "危機管理本部"),
    ("1-1 防災対策の推進", 2, "避難所の環境整備", "危機管理本部"),
    ("1-2 文化芸術の振興", 1, "市民文化祭の開催", "市民文化局"),
    ("1-2 文化芸術の振興", 2, "文化施設の長寿命化", "市民文化局"),
]
LAST_YEAR = {"地域防災計画の改定": "3", "避難所の環境整備": "4", "市民文化祭の開催": "3",
             "文化施設の長寿命化": "4"}  # fmt: skip
THIS_YEAR = {"地域防災計画の改定": "2", "避難所の環境整備": "3", "市民文化祭の開催": "2",
             "文化施設の長寿命化": "3"}  # fmt: skip
SETTINGS = """[scale]
preset = "kawasaki"

[wording]
policy = "基本目標"
project = "施策"
item = "事務事業"
status = "達成度"
issue = "課題・今後の方向性"
department = "所管局"
"""


def bureau_form(folder: Path, bureau: str, year: str, ratings: dict[str, str]) -> Path:
    """A 局's own 評価票: its title naming the year and the 局, its rows under the 基本目標."""
    rows: list[tuple[object, ...]] = [
        (f"{year}　施策進行管理・評価票（{bureau}）",),
        (),
        BUREAU_HEADER,
    ]
    rows += [
        ("1 安全・安心で文化の薫るまち", measure, no, name, ratings[name],
         "" if ratings[name] in "123" else "目標を下回った", owner)
        for measure, no, name, owner in BUREAU_ITEMS
        if owner == bureau
    ]  # fmt: skip
    folder.mkdir(parents=True, exist_ok=True)
    return write_book(folder / f"{bureau}.xlsx", {"評価票": rows})


def bureau_plan(folder: Path) -> Path:
    """The city's list of 事務事業 by 施策, each with its 区分 and 所管局."""
    rows: list[tuple[object, ...]] = [
        ("施策体系・事務事業一覧",),
        (),
        ("基本目標", "施策", "No.", "事務事業", "区分", "所管局"),
    ]
    rows += [
        ("1 安全・安心で文化の薫るまち", measure, no, name, "継続", owner)
        for measure, no, name, owner in BUREAU_ITEMS
    ]
    return write_book(folder / "事務事業一覧.xlsx", {"一覧": rows})
