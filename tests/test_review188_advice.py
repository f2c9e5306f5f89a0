"""Review 188 #5: a Nagoya ward's form (取組み | 取組み内容 | 指標・目標 | 結果 | 評価 | 担当課) had its
unread 指標・目標 column offered as the names column (「名称の列として読ませるなら … item =
["指標・目標"]」: its targets would have replaced the 取組み内容 names), said file by file (the
first three in full, then the rest). And a No. typed 「Ⅰ-(1)-①」 had 集計's gap sentence drop the
level's word: 「基本方針Ⅲ のⅢ-(2) は報告がなかったため…」."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

import planeval
from planeval.cli import app
from planeval.presets import PRESETS
from planeval.text import ROMAN_NUMERALS
from tests import test_review185_whole_numbers as city
from tests.conftest import write_book

WARDS = ("総務課", "市民課", "保険年金課", "民生子ども課", "保健センター", "地域力推進室")
HEADER = ["取組み", "取組み内容", "指標・目標", "結果", "評価", "担当課"]
HINT = (
    "数え方に影響はないため、使わない列ならこのままで構いません。このお知らせを出さないなら"
    ' planeval.toml の [columns] に ignore = ["指標・目標"] と書いてください'
)


def _form(folder: Path, owner: str) -> Path:
    rows: list[list[object]] = [
        ["令和6年度 北山区区政運営方針 取組み結果"],
        [],
        ["運営方針1 安心・安全に暮らせるまち"],
        [],
        HEADER,
        ["防災力の向上", "避難所運営訓練の実施", "訓練 16学区", "16学区で実施", "A", owner],
    ]
    return write_book(folder / f"{owner}.xlsx", {"取組み結果": rows})


def test_an_indicator_beside_the_item_column_is_not_offered_as_the_names(tmp_path: Path) -> None:
    path = _form(tmp_path, "総務課")
    result = planeval.read_workbooks([path], scale=PRESETS["nagoya"])
    said = [(p.location.cell, p.hint) for p in result.problems if "指標・目標" in p.message]
    assert said == [("C5", HINT)]
    assert [e.item_name for e in result.entries] == ["避難所運営訓練の実施"]


def test_the_same_unread_column_in_every_file_is_one_line(tmp_path: Path) -> None:
    for owner in WARDS:
        _form(tmp_path, owner)
    config = tmp_path / "planeval.toml"
    config.write_text('[scale]\npreset = "nagoya"\n', encoding="utf-8")
    out = CliRunner().invoke(
        app, ["summarize", str(tmp_path), "--config", str(config)], env={"COLUMNS": "400"}
    )
    assert out.exit_code == 0, out.output
    lines = [line for line in out.stderr.splitlines() if "「指標・目標」の列" in line]
    places = "、".join(
        f"{tmp_path / f'{owner}.xlsx'} › 取組み結果 › C5" for owner in sorted(WARDS)[:3]
    )
    assert lines == [
        f"お知らせ: 同じお知らせが 6 ファイルの 6 か所にあります（{places} ほか 3 か所）: "
        "「指標・目標」の列（C列）は読んでいません。planeval の知らない列名のため、記入された"
        f"内容は集計にもどの出力にも使われません（{HINT}）"
    ]


def test_a_roman_numbered_gap_names_its_level(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The gap sentence of a No. typed Ⅲ-(2)-① as of one typed 3-(2)-①: 「基本方針3 の改革項目
    3-(2)」 (test_review185_whole_numbers)."""
    roman = "Ⅰ-(1)-①"
    monkeypatch.setitem(
        city.STYLES,
        roman,
        lambda p, k, n: f"{ROMAN_NUMERALS[p - 1]}-({k})-{chr(0x2460 + n - 1)}",
    )
    folder = city._city(tmp_path, style=roman)
    code, out, _err = city._run(
        "summarize", str(folder), "--config", str(tmp_path / "planeval.toml")
    )
    assert code == 0
    assert (
        out.splitlines()[-1]
        == "基本方針Ⅲ の改革項目 Ⅲ-(2) は報告がなかったため、集計に含めていません。"
    )


def _notices(folder: Path, config: Path) -> list[str]:
    """summarize's notices of the 結果 column, a file of the form read with ``config``."""
    _form(folder, "総務課")
    config.write_text('[scale]\npreset = "nagoya"\n', encoding="utf-8")
    out = CliRunner().invoke(
        app, ["summarize", str(folder), "--config", str(config)], env={"COLUMNS": "400"}
    )
    assert out.exit_code == 0, out.output
    return [line for line in out.stderr.splitlines() if "「結果」の列" in line]


def test_a_result_column_is_not_offered_as_the_issue(tmp_path: Path) -> None:
    """Reviews 187/188: the 結果 column beside 評価 was offered as 課題等 (「課題等の列として読ませる
    なら … issue = ["結果"]」): an outcome, no issue text; offered as nothing."""
    lines = _notices(tmp_path, tmp_path / "planeval.toml")
    assert lines == [
        f"お知らせ: {tmp_path / '総務課.xlsx'} › 取組み結果 › D5: 「結果」の列（D列）は読んでいません。"
        "planeval の知らない列名のため、記入された内容は集計にもどの出力にも使われません"
        "（数え方に影響はないため、使わない列ならこのままで構いません。このお知らせを出さないなら"
        ' planeval.toml の [columns] に ignore = ["結果"] と書いてください）'
    ]


def test_a_fix_names_the_settings_in_use(tmp_path: Path) -> None:
    """Review 188: read with --config 設定.toml, the fix said 「planeval.toml の [columns] に …」, a
    file the clerk does not use; it names the settings' file as given. (Without settings, or
    with a planeval.toml, it says planeval.toml: the tests above.)"""
    config = tmp_path / "設定.toml"
    lines = _notices(tmp_path, config)
    assert lines == [
        f"お知らせ: {tmp_path / '総務課.xlsx'} › 取組み結果 › D5: 「結果」の列（D列）は読んでいません。"
        "planeval の知らない列名のため、記入された内容は集計にもどの出力にも使われません"
        "（数え方に影響はないため、使わない列ならこのままで構いません。このお知らせを出さないなら"
        f' {config} の [columns] に ignore = ["結果"] と書いてください）'
    ]
