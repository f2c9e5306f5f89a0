"""io/item_rows.py reads an ID table's common rows ahead of numbered.py's general path and must
decide every row it takes as numbered.py would: a change to numbered.py's rules not mirrored
there would count rows otherwise for most tables and be seen in none of the tests that read
only the common rows. So every workbook here — Setagaya's, the other bodies' of
tests/other_bodies.py, the three bench families' files (one of them from a generator that
shares no code with planeval), and a Setagaya table made messy as clerks make it — is read
twice, the second time with no quick reader (every row by numbered.py), and every part of the
two reads compared: entries, problems, texts, names, items seen."""

from __future__ import annotations

import dataclasses
import subprocess
import sys
from pathlib import Path

import pytest

import planeval
from planeval.io import numbered
from tests.conftest import write_book
from tests.other_bodies import BODIES
from tests.test_other_bodies import built

ROOT = Path(__file__).resolve().parents[1]
HEADER = ["情報化計画事業の体系", "実施内容", "達成状況", "課題等"]
MESSY = [  # (a Setagaya table as a department sends it back: each kind of row the reader meets)
    ["（1）情報化政策1 区民の力を活かす情報化"],
    HEADER,
    ["1-1 ICT を活用した行政サービスの拡充"],
    ["1-1-1 情報提供の充実", "① 電子媒体を活用した情報提供", "○", ""],
    ["", "② 地理情報の提供", "△", "統一化が必要"],
    ["", "③ 多言語化", "", ""],  # (a blank status)
    ["", "④ 若者支援の情報発信", "まる", ""],  # (a typo)
    ["1-1-2 手続の電子化", "① マイナポータルの活用", "", ""],
    ["", "", "電子申請 ◎", "件数が増加"],  # (sub-items as 「label symbol」)
    ["", "", "電子契約 ○", ""],
    ["", "② 納付方法の多様化", "◎", "キャッシュレス化を拡大"],
    ["", "　ア 口座振替の拡充", "○", ""],  # (a sub-item in the item column)
    ["", "　イ コンビニ収納", "×", "事業者との調整が必要"],
    ["", "③ 区民サービスの利便性向上（1-1-1①再掲）", "-", ""],  # (a repeat listing)
    ["1-1-3 生涯学習の支援", "① 図書館サービス", "〇", ""],  # (〇 for ○)
    ["", "電子書籍の導入", "○", ""],  # (an item without its number)
    ["1-1-3 生涯学習の支援", "② 文化財資料の公開", "○", ""],  # (its project typed again)
    ["1-2 多様な主体の交流促進"],
    ["1-2-1 参加と協働", "① 防災情報の提供", "◎", "Wi-Fi を整備"],
    ["1-2-1", "② 地域活動の支援", "○ ", ""],  # (a number alone, a trailing space)
    ["1-2-2 区民活動の支援", "①地域ポータル", "Ｘ", "移行が遅れた"],  # (no space, Ｘ)
    ["", "", "", ""],
    ["（2）情報化政策2 安全・安心な情報化"],
    HEADER,
    ["2-1 情報セキュリティ"],
    ["2-1-1 対策の強化", "① 研修の実施", "○", ""],
    ["", "① 研修の実施", "○", ""],  # (an item given twice)
    ["2-1-2 監査", "① 外部監査", "△", ""],  # (△ without its issue)
    ["2-1-3 周知", "① 広報紙", "○", ""],
    ["", "② 窓口案内", "", ""],  # (a blank status its lower levels rate)
    ["", "　ア 案内板", "◎", ""],
    ["", "　イ 音声案内", "", ""],  # (a lower level's blank status)
    ["", "③ 電話案内", "", ""],  # (a blank status nothing below rates …)
    ["", "④ 手続案内", "", ""],  # (… and another right under it)
    ["", "⑤ 相談窓口", "", ""],
    ["合計", "", "", ""],  # (a total row under a blank status)
    ["2-1-4 広聴", "① 区民の声（2-1-1①再掲）", "○", ""],  # (a repeat listing rated)
    ["", "② 情報公開", "-", ""],  # (a repeat's symbol on an item repeating none)
    ["", "③ 意見募集（1-1-1②再掲）", "-", ""],
    ["", "　ア 意見箱", "-", ""],  # (its lower level, a repeat listing too …)
    ["", "　イ 説明会", "○", ""],  # (… and one rated under it)
    ["", "④ 広聴会（1-2-1①再掲）", "", ""],  # (a repeat listing's blank status)
    ["", "⑤ 区政モニター", "○", ""],
]


def _both(paths: list[Path], **options: object) -> None:
    fast = planeval.read_workbooks(paths, **options)  # type: ignore[arg-type]
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(numbered, "quick_reader", lambda *_args: None)
        general = planeval.read_workbooks(paths, **options)  # type: ignore[arg-type]
    assert fast.entries, "nothing read: the comparison would say nothing"
    for field in dataclasses.fields(planeval.ReadResult):
        mine, theirs = getattr(fast, field.name), getattr(general, field.name)
        assert mine == theirs, field.name


def test_setagayas_own_table_reads_alike(tmp_path: Path) -> None:
    _both([ROOT / "data" / "setagaya" / "chapter3.xlsx"])


def test_a_messy_table_reads_alike(tmp_path: Path) -> None:
    path = write_book(tmp_path / "情報政策課.xlsx", {"第3章": MESSY}, merges={"第3章": ["A7:A10"]})
    _both([path])
    read = planeval.read_workbooks([path])
    assert read.problems  # (the typos, the blank, the item given twice: said, not read around)


@pytest.mark.parametrize("body", BODIES, ids=[body.key for body in BODIES])
def test_each_other_bodys_workbooks_read_alike(body, tmp_path: Path) -> None:
    paths, config = built(body, tmp_path)
    _both(paths, scale=config.scale, layout=config.layout)


@pytest.mark.parametrize("family", ["generate", "independent", "wide"])
def test_each_bench_familys_workbook_reads_alike(family: str, tmp_path: Path) -> None:
    sets = ["--sizes", "S"] if family == "generate" else ["--sets", "S"]
    script = ROOT / "bench" / f"{family}.py"
    subprocess.run([sys.executable, str(script), str(tmp_path), *sets], check=True)
    paths = sorted(tmp_path.rglob("*.xlsx"))
    assert paths
    _both(paths)
