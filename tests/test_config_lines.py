"""A planeval.toml's problems each said at their own line (review 31, finding 11): a mistyped
key repeated in two [[scale.status]] entries is said twice, each at its entry's line, and a
symbol defined twice at the second definition's line, naming the first's."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from planeval import ConfigError, load_config
from planeval.cli import app
from tests.hostile import write_xlsx

# a designated city's four-step scale, as its clerk types it (C and D need an issue text)
_SCALE = """[scale]
as_planned = "B"

[[scale.status]]
symbol = "A"
label = "計画を上回って進捗"

[[scale.status]]
symbol = "{b}"
label = "計画どおり進捗"

[[scale.status]]
symbol = "C"
label = "やや遅れ"
{key} = true

[[scale.status]]
symbol = "D"
label = "遅れ"
{key} = true
"""


def _problems(tmp_path: Path, text: str) -> list[str]:
    path = tmp_path / "planeval.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        load_config(path)
    assert info.value.exit_code == 2
    return [str(info.value.args[0]), *info.value.listed]


def test_a_key_mistyped_in_two_entries_is_said_at_each_entrys_line(tmp_path: Path) -> None:
    said = _problems(tmp_path, _SCALE.format(b="B", key="need_issue"))
    path = tmp_path / "planeval.toml"
    unknown = (
        " › [scale.status]: need_issue という設定はありません（needs_issue のことですか。"
        "使えるのは after, aliases, blank, blank_beside, counted, in_narrative, label, needs_issue, "
        "ranked, symbol）"
    )
    assert said == [
        f"{path}: 設定に 2 件の問題があります。すべて直してから実行してください",
        f"{path}:15{unknown}",
        f"{path}:20{unknown}",
    ]


def test_a_symbol_defined_twice_is_said_at_its_second_line(tmp_path: Path) -> None:
    text = _SCALE.format(b="C", key="needs_issue")
    assert _problems(tmp_path, text) == [
        f"{tmp_path / 'planeval.toml'}:13 › [scale]: 記号 C が 9 行目と 13 行目で二度定義されて"
        "います（定義された記号: A C C D。どちらかの symbol を直すか、要らない [[scale.status]]"
        " を削除してください）"
    ]


def test_an_entrys_own_problem_names_its_line(tmp_path: Path) -> None:
    text = _SCALE.format(b="B", key="needs_issue").replace('symbol = "D"\n', "")
    assert _problems(tmp_path, text) == [
        f"{tmp_path / 'planeval.toml'}:17 › [scale] の 4 番目の [[scale.status]]: symbol（記号）"
        'がありません。例: symbol = "◎"'
    ]


def test_the_cli_says_both_lines(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "planeval.toml").write_text(
        _SCALE.format(b="B", key="need_issue"), encoding="utf-8"
    )
    monkeypatch.chdir(tmp_path)
    write_xlsx(tmp_path / "x.xlsx")
    result = CliRunner().invoke(app, ["summarize", "x.xlsx"])
    assert result.exit_code == 2 and "Traceback" not in result.stderr
    lines = [line for line in result.stderr.splitlines() if "need_issue" in line]
    assert [line.split(" › ")[0] for line in lines] == [
        "  ・planeval.toml:15",
        "  ・planeval.toml:20",
    ]


def test_a_preset_s_symbol_written_full_width_changes_that_status(tmp_path) -> None:
    """Review 71: symbol = "Ｄ" (full-width) under preset "hamamatsu" was a new status and the
    error 「'Ｄ' が D と Ｄ の両方の別名」; it is the preset's D, as a cell 「Ｄ」 is."""
    import planeval

    path = tmp_path / "planeval.toml"
    path.write_text(
        '[scale]\npreset = "hamamatsu"\n\n[[scale.status]]\nsymbol = "Ｄ"\ncounted = false\n',
        encoding="utf-8",
    )
    scale = planeval.load_config(path).scale
    assert scale.symbols == ("A", "B", "C", "D") and scale.uncounted == ("D",)
    assert scale.status("D").label == "評価できない"
