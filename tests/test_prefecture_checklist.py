"""A prefecture's DX checklist as its municipalities return it (review 49): a 番号 column typed
「1-1」 by most and 「１－１」 by one clerk, the same 取組 either way."""

from __future__ import annotations

from pathlib import Path

import planeval
from tests.conftest import write_book

HEADER = ["基本方針", "番号", "取組", "達成状況", "課題等"]


def _reply(path: Path, numbers: tuple[str, str], statuses: tuple[str, str]) -> Path:
    rows: list[list[object]] = [["自治体DX推進 取組状況調査票"], HEADER]
    rows.append(["1 フロントヤード改革", numbers[0], "書かない窓口の導入", statuses[0], ""])
    rows.append(["", numbers[1], "オンライン申請の拡充", statuses[1], ""])
    return write_book(path, {"調査票": rows})


def test_a_number_typed_in_full_width_is_the_same_number(tmp_path: Path) -> None:
    """「１－１」 stayed full-width in the public tables and the issue list beside everyone
    else's 「1-1」, and was another item's key: shown and keyed as 1-1."""
    folder = tmp_path / "回答"
    folder.mkdir()
    _reply(folder / "01_青葉市.xlsx", ("1-1", "1-2"), ("○", "△"))
    _reply(folder / "02_緑町.xlsx", ("１－１", "１－２"), ("◎", "×"))
    read = planeval.read_workbooks([folder], bodies="file")
    assert not read.problems
    shown = {(e.body, e.shown_id, e.item_key) for e in read.entries}
    assert {(body, id_) for body, id_, _ in shown} == {
        ("青葉市", "1-1"), ("青葉市", "1-2"), ("緑町", "1-1"), ("緑町", "1-2")
    }  # fmt: skip
    keys = {body: {key for b, _, key in shown if b == body} for body in ("青葉市", "緑町")}
    assert keys["青葉市"] == keys["緑町"]
