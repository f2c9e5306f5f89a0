"""A first run of 西羽根市's forms (review 196 #2, review 199 #5): forms titled 事業 | 評価, the
statuses phrases (計画どおり完了 …) and row 2 of every form listing them best first. The block
offered [wording] item = "事業", status = "評価", yet the same run said 「実施内容「…」の達成状況が
空です」; and it left ``after`` to the clerk (「並べる位置を after = "記号" で書いてください」) where
a value typed as the preset's alias (計画通り完了) was not in the listing. Now the run's messages
say the words the block offers, and the listing's order fills ``after``, naming its cell."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

import planeval
from planeval.cli import app
from tests.conftest import write_book

LISTED = (
    "※評価は「計画どおり完了」「一部完了」「次年度以降計画を見直す」「未着手」"
    "のいずれかを記入してください。"
)
FORMS = {
    "企画部": [None, "計画どおり完了", "一部完了", "計画どおり完了", "次年度以降計画を見直す"] * 2,
    "都市建設部": ["次年度以降計画を見直す", "計画通り完了", "未着手", "一部完了", "計画どおり完了"]
    * 2,
}


def nishihane(folder: Path, listed: str = LISTED) -> Path:
    """The forms as 西羽根市 sends them: title, the listing in row 2, headings, one table."""
    folder.mkdir()
    number = 0
    for department, statuses in FORMS.items():
        rows: list[list[object]] = [
            [f"令和6年度　西羽根市総合計画　施策評価調査票（{department}）"],
            [listed],
            [],
            ["基本目標1　安全で快適に暮らせるまち"],
            [],
            ["施策1「防災・減災の推進」"],
            ["事業番号", "事業名", "評価", "評価の理由・今後の方向性", "担当課"],
        ]
        for status in statuses:
            number += 1
            rows.append([number, f"事業{number}推進事業", status, "計画どおり進めた。", "企画課"])
        write_book(folder / f"施策評価調査票_{department}.xlsx", {"施策評価": rows})
    return folder


def run(folder: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.chdir(folder)
    result = CliRunner().invoke(app, ["summarize", "."], env={"COLUMNS": "200"})
    return result.output


def test_the_run_s_messages_say_the_words_its_block_offers(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    lines = run(nishihane(tmp_path / "回答R6"), monkeypatch).splitlines()
    assert '  item = "事業"' in lines and '  status = "評価"' in lines  # (the block's)
    assert (
        "エラー: 施策評価調査票_企画部.xlsx › 施策評価 › C8: 事業「1 事業1推進事業（1 防災・減災の推進）」"
        "の評価が空です（企画課の行）（計画どおり完了 一部完了 次年度以降計画を見直す 計画通り完了 未着手 "
        "のいずれかを入力してください）"
    ) in lines
    assert not [line for line in lines if "実施内容" in line or "達成状況" in line]


def test_the_listing_in_row_2_fills_after_and_is_named(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    output = run(nishihane(tmp_path / "回答R6"), monkeypatch)
    assert (
        "  # 記号は表の記入の案内の順に、良い順とみて並べました\n"
        "  # （その案内: 施策評価調査票_企画部.xlsx › 施策評価 › A2）\n"
        '  preset = "hamura"\n'
        "\n"
        "  [[scale.status]]\n"
        '  symbol = "一部完了"\n'
        '  label = "一部完了"\n'
        '  after = "計画どおり完了"  # 並びでこの記号の次に置きます\n'
        "\n"
        "  [[scale.status]]\n"
        '  symbol = "未着手"\n'
        '  label = "未着手"\n'
        '  after = "次年度以降計画を見直す"  # 並びでこの記号の次に置きます\n'
    ) in output
    assert "並べる位置を" not in output


def test_the_block_pasted_reads_the_scale_in_the_listing_s_order(tmp_path: Path) -> None:
    folder = nishihane(tmp_path / "回答R6")
    [said] = [p for p in planeval.read_workbooks([folder]).problems if p.settings]
    config = tmp_path / "planeval.toml"
    config.write_text(said.settings, encoding="utf-8")
    scale = planeval.load_config(config).scale
    assert [s.symbol for s in scale.statuses if s.counted] == [
        "計画どおり完了",
        "一部完了",
        "次年度以降計画を見直す",
        "未着手",
    ]


def test_without_a_listing_after_is_left_to_the_clerk(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    output = run(nishihane(tmp_path / "回答R6", listed="※評価を記入してください。"), monkeypatch)
    assert (
        output.count('  # 並べる位置を after = "記号" で書いてください（その記号の次に置きます）')
        == 2
    )
    assert "その案内" not in output and "after = " not in output.replace('after = "記号"', "")
