"""The items like-for-like leaves out, each named apart where two share an ID (review 157 #5):
桜川市's 1-3 and 1-3（第2段階）, both 目標達成 in 令和6年度 and 未集計 in 令和7年度, were named
「目標達成 7 件（1-3、1-3、1-10…）」 under rounds' and compare's counts — one ID twice. The
second is now named as the list above names it apart, by the bracket closing its name."""

from __future__ import annotations

import re
from pathlib import Path

from tests.conftest import write_book
from tests.minamihama import TOML
from tests.test_check_own_export import run

HEADER = ["番号", "取組項目", "取組内容", "進捗状況", "取組状況・課題", "担当課"]
KEPT = ["1.1", "窓口業務の見直し", "窓口業務の見直しに向けた取組", "取組中", "継続する。", "企画課"]
SHARED = [  # (one ID, two items: the second told apart by its name's closing bracket)
    ["1.2", "庁舎管理", "庁舎清掃の委託", "目標達成", "", "総務課"],
    ["1.2", "庁舎管理", "庁舎清掃の委託（第2段階）", "目標達成", "", "総務課"],
]


def _rounds(tmp_path: Path) -> list[str]:
    """令和6年度 from 企画課 and 総務課, 令和7年度 from 企画課 alone: 総務課's items 未集計."""
    (tmp_path / "planeval.toml").write_text(TOML, encoding="utf-8")
    folders = []
    for year, departments in ((6, {"企画課": [KEPT], "総務課": SHARED}), (7, {"企画課": [KEPT]})):
        folder = tmp_path / f"R{year}"
        folder.mkdir()
        for name, rows in departments.items():
            table = [["基本方針1　事務事業の見直し"], HEADER, *rows]
            write_book(folder / f"{name}.xlsx", {"進捗状況": table})
        folders.append(str(folder))
    return [*folders, "--config", str(tmp_path / "planeval.toml")]


def _left_out(output: str) -> str:
    text = re.sub(r"\n +", "", output)
    return next(line for line in text.splitlines() if "除いたのは" in line)


def test_rounds_and_compare_name_two_items_of_one_id_apart(tmp_path: Path) -> None:
    inputs = _rounds(tmp_path)
    ids = [row[0] for row in SHARED]
    assert len(set(ids)) == 1  # (one ID)
    # (each 取組内容, no number of its own, named whole after its ID: review 167 #3)
    said = f"目標達成 {len(SHARED)} 件（{'、'.join(f'{row[0]} {row[2]}' for row in SHARED)}）"
    for command in ("rounds", "compare"):
        result = run(command, *inputs)
        assert result.exit_code == 0, result.stdout
        note = _left_out(result.stdout)
        assert f"の {said}です" in note, (command, note)
