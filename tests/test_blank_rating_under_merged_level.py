"""A 集中改革プラン whose 改革項目 column is merged down over each 改革項目's rows (南川崎市,
review 195 #1): a row numbered 「(2)-2」 naming its 取組項目, 担当課 and 今後の方向性 but with its
実施結果 left blank was read as a heading — its 番号 split into a 改革項目 「(2)」 named 「-2」 —
so under --keep-going the rows after it were counted in a new 改革項目 「-2」 and 改革項目2
lost them; the same sheet unmerged counted right. Merged or not, it is a rated row left blank:
an error at its status cell, the row left out, each 改革項目 counted from its own rows."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

import planeval
from planeval.cli import app
from tests.body_settings import REFORM_CITY, REFORM_HEADER
from tests.conftest import write_book
from tests.test_rollup import assert_same

SETTINGS, HEADER = REFORM_CITY, REFORM_HEADER
SPEND, DIGITAL = "財政の健全化", "行政のデジタル化"


def _plan(folder: Path, *, merged: bool) -> Path:
    """Two 改革項目 of four 取組項目 each; (1)-2 rated blank. ``merged``: each 改革項目's cell
    merged down over its rows (else typed on every row)."""

    def row(number: str, policy: str, name: str, status: str | None) -> list[object]:
        first = number.endswith("-1")
        issue = "取組を中止する。" if status is None else None
        return [number, policy if first or not merged else None, name, "契約課", status, issue]

    rows = [
        HEADER,
        row("(1)-1", SPEND, "市税収納率の向上", "目標達成"),
        row("(1)-2", SPEND, "物品調達の一元化", None),
        row("(1)-3", SPEND, "広告収入の確保", "取組中"),
        row("(1)-4", SPEND, "市債発行の抑制", "変更・中止"),
        row("(2)-1", DIGITAL, "行政手続のオンライン化", "目標達成"),
        row("(2)-2", DIGITAL, "電子申請の拡充", "取組中"),
        row("(2)-3", DIGITAL, "キャッシュレス決済の導入", "取組中"),
        row("(2)-4", DIGITAL, "窓口の混雑緩和", "目標達成"),
    ]
    (folder / "planeval.toml").write_text(SETTINGS, encoding="utf-8")
    merges = {"取組状況": ["B2:B5", "B6:B9"]} if merged else None
    return write_book(folder / "取組状況.xlsx", {"取組状況": rows}, merges=merges)


@pytest.mark.parametrize("merged", [True, False])
def test_each_reform_item_is_counted_from_its_own_rows(tmp_path: Path, merged: bool) -> None:
    path = _plan(tmp_path, merged=merged)
    config = planeval.load_config(tmp_path / "planeval.toml")
    summary = assert_same([path], scale=config.scale, layout=config.layout)  # (kept and streamed)
    read = planeval.read_workbooks([path], scale=config.scale, layout=config.layout)
    counts = planeval.summarize(read.entries, by="policy", scale=config.scale)
    assert [(g.id, g.name, dict(g.count.counts)) for g in counts.groups] == [
        ("1", SPEND, {"目標達成": 1, "取組中": 1, "変更・中止": 1}),
        ("2", DIGITAL, {"目標達成": 2, "取組中": 2, "変更・中止": 0}),
    ]
    assert summary.total.total == 7
    assert [(str(p.location), p.message) for p in read.problems] == [
        (
            f"{path} › 取組状況 › E3",
            "取組項目「(1)-2 物品調達の一元化」の実施結果が空です（契約課の行）",
        )
    ]


def test_summarize_keep_going_counts_each_reform_item_and_says_the_blank_cell(
    tmp_path: Path,
) -> None:
    path = _plan(tmp_path, merged=True)
    config = str(tmp_path / "planeval.toml")
    result = CliRunner().invoke(
        app, ["summarize", str(path), "--keep-going", "-f", "csv", "--config", config]
    )
    assert result.exit_code == 1
    assert result.stdout.lstrip("\ufeff").splitlines() == [
        "番号,名称,目標達成,取組中,変更・中止,計,再掲",
        f"1,{SPEND},1,1,1,3,0",
        f"2,{DIGITAL},2,2,0,4,0",
        "合計,,3,3,1,7,0",
    ]
    assert result.stderr.splitlines() == [
        f"エラー: {path} › 取組状況 › E3: 取組項目「(1)-2 物品調達の一元化」の実施結果が空です"
        "（契約課の行）（目標達成 取組中 変更・中止 のいずれかを入力してください（再掲の行は 再掲））",
        "エラー 1 件",
        "エラーの行を除いて集計しました。",
    ]
