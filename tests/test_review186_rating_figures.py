"""Review 186 #2: under aichi, whose labels state the share of the target each rating stands
for, a rating its own 現状値 / 目標値 puts in another range (建設局's BIM/CIM, 34件 of 40件 =
85.0%, B, typed C) is a warning at the rating cell, counted as typed; a lower-is-better
indicator, a cell of two figures and a rating its figures agree with are never warned of."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

import planeval
from planeval.cli import app
from planeval.config import load_config
from planeval.model import Severity
from planeval.presets import PRESETS
from planeval.rating_figures import share_bands
from tests.conftest import write_book

TOML = '[scale]\npreset = "aichi"\n\n[wording]\nproject = "項目"\nitem = "指標"\n'
HEADER = ["項目", "指標", "策定時", "前年度", "現状値", "目標値", "指標の評価", "担当課"]


def _form(path: Path, rows: list[list[object]]) -> Path:
    lines: list[list[object]] = [
        ["東三河県ITプラン　令和6年度 進捗状況調査票"],
        [],
        ["基本目標2　暮らしと産業を支えるデジタル社会の実現"],
        ["施策2-2　建設・交通分野のデジタル化"],
        HEADER,
        ["(1) インフラのデジタル化"],
        *rows,
    ]
    path.parent.mkdir(parents=True, exist_ok=True)
    return write_book(path, {"進捗状況": lines})


ROWS: list[list[object]] = [
    # 34件 of 40件 from 2件: 85.0%, B — typed C
    ["ア", "BIM/CIMを活用した公共工事の件数", "2件", "25件", "34件", "40件", "C", "建設企画課"],
    # fewer is better (事故件数 50 → 20): 30 of 20 is 150%, yet no A to say
    ["イ", "工事事故の件数", 50, 40, 30, 20, "D", "建設企画課"],
    ["ウ", "電子入札の利用率", 90.0, 98.0, 99.2, 100.0, "B", "建設企画課"],  # (99.2%: B)
    ["エ", "授業でICTを活用する学校の割合", "78.0%(小)", "", "97.0%(小) 98.2%(中)", 100, "C", "教育DX推進室"],
    ["オ", "MaaSアプリの利用者数", 0, 12000, 18000, 50000, "D", "交通対策課"],  # (36.0%: D)
]  # fmt: skip


def test_a_rating_its_figures_contradict_is_a_warning_at_its_cell(tmp_path: Path) -> None:
    form = _form(tmp_path / "R6_建設局.xlsx", ROWS)
    (tmp_path / "planeval.toml").write_text(TOML, encoding="utf-8")
    read = planeval.read_workbooks([form], scale=load_config(tmp_path / "planeval.toml").scale)
    said = [(p.severity, p.location.cell, p.message, p.hint) for p in read.problems]
    assert said == [
        (
            Severity.WARNING,
            "G7",
            "現状値/目標値 85.0% は B（80%以上100%未満）の範囲ですが、C と評価されています",
            "現状値 34件、目標値 40件です。評価の誤りなら B に直してください。部局の判断で"
            "このままなら、C として件数に含めます",
        )
    ]
    assert [entry.status for entry in read.entries] == ["C", "D", "B", "C", "D"]  # (as typed)


def test_validate_says_it_and_exits_0(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _form(tmp_path / "R6" / "R6_建設局.xlsx", ROWS[:1])
    (tmp_path / "planeval.toml").write_text(TOML, encoding="utf-8")
    monkeypatch.chdir(tmp_path / "R6")
    config = ["--config", str(tmp_path / "planeval.toml")]
    result = CliRunner().invoke(app, ["validate", ".", *config], env={"COLUMNS": "300"})
    assert result.exit_code == 0, result.output
    assert result.output.splitlines() == [
        "警告: R6_建設局.xlsx › 進捗状況 › G7: 現状値/目標値 85.0% は B（80%以上100%未満）の範囲"
        "ですが、C と評価されています（現状値 34件、目標値 40件です。評価の誤りなら B に直して"
        "ください。部局の判断でこのままなら、C として件数に含めます）",
        "警告 1 件",
    ]


def test_lower_is_better_and_agreeing_ratings_say_nothing(tmp_path: Path) -> None:
    fixed = [[*ROWS[0][:6], "B", ROWS[0][7]], *ROWS[1:]]
    form = _form(tmp_path / "R6_建設局.xlsx", fixed)
    (tmp_path / "planeval.toml").write_text(TOML, encoding="utf-8")
    read = planeval.read_workbooks([form], scale=load_config(tmp_path / "planeval.toml").scale)
    assert read.problems == []
    # every lower-is-better rating, whatever its share, is not judged
    for status in "ABCD":
        lower = [[*ROWS[1][:6], status, ROWS[1][7]]]
        form = _form(tmp_path / f"{status}.xlsx", lower)
        read = planeval.read_workbooks([form], scale=PRESETS["aichi"])
        assert read.problems == [], status


def test_only_a_scale_whose_labels_state_every_range_has_bands() -> None:
    assert [band[0] for band in share_bands(PRESETS["aichi"])] == ["D", "C", "B", "A"]
    assert share_bands(PRESETS["nagoya"]) == ()  # (「100%またはそれ以上の達成状況」)
    assert share_bands(PRESETS["setagaya"]) == ()
