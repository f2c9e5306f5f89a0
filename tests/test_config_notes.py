"""A newcomer's planeval.toml mistakes pointed at their fix (review 98, finding 10): a status's
symbol and label put under [scale] itself point to [[scale.status]]; an ``after`` misspelt
(「取り組み中」) is asked whether the nearest symbol was meant; a [wording] status that is a
status of the scale (「目標達成」), which loaded silently and headed the summary
「基本方針別の目標達成」, is warned of at its line with what [wording] status is for."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from planeval import ConfigError, load_config
from planeval.cli import app
from planeval.model import Severity
from tests.test_stage_statuses import _form

UNDER_SCALE = '[scale]\npreset = "reform_plan"\nsymbol = "未着手"\nlabel = "未着手"\n'
AFTER = (
    '[scale]\npreset = "reform_plan"\n\n[[scale.status]]\nsymbol = "未着手"\n'
    'label = "未着手"\nafter = "{after}"\n'
)
WORDED = AFTER.format(after="取組中") + '\n[wording]\npolicy = "基本方針"\nstatus = "{status}"\n'


def _problems(tmp_path: Path, text: str) -> list[str]:
    path = tmp_path / "planeval.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        load_config(path)
    return [str(info.value.args[0]), *info.value.listed]


def test_a_status_s_keys_under_scale_point_to_scale_status(tmp_path: Path) -> None:
    _, symbol, label = _problems(tmp_path, UNDER_SCALE)
    for line, key, said in ((3, "symbol", symbol), (4, "label", label)):
        assert said.startswith(f"{tmp_path / 'planeval.toml'}:{line} › [scale]: {key} という")
        assert f"（{key} は評価の記号ひとつずつの設定で、[[scale.status]] の下に書きます。" in said


def test_an_after_misspelt_is_asked_for_the_nearest_symbol(tmp_path: Path) -> None:
    (said,) = _problems(tmp_path, AFTER.format(after="取り組み中"))
    assert "after = '取り組み中' は尺度の記号" in said
    assert "にありません（取組中 のことですか。この状況を" in said
    # (nothing near: no guess)
    (said,) = _problems(tmp_path, AFTER.format(after="ABC"))
    assert "にありません（この状況を" in said


def test_a_wording_status_that_is_a_status_is_warned_of(tmp_path: Path) -> None:
    path = tmp_path / "planeval.toml"
    path.write_text(WORDED.format(status="目標達成"), encoding="utf-8")
    (notice,) = load_config(path).notices
    assert notice.severity is Severity.WARNING
    assert (notice.location.file, notice.location.cell) == (str(path), "11行目")
    assert notice.message.startswith(
        '[wording] の status = "目標達成" は評価尺度の記号（目標達成）'
    )
    assert "「基本方針別の目標達成」" in notice.message and "as_planned" in notice.hint
    # (the column's own word: nothing said)
    path.write_text(WORDED.format(status="進捗状況"), encoding="utf-8")
    assert load_config(path).notices == ()
    # (said beside the read's problems, the counts still made)
    path.write_text(WORDED.format(status="目標達成"), encoding="utf-8")
    folder = tmp_path / "returns"
    folder.mkdir()
    _form(folder)
    ran = CliRunner().invoke(
        app, ["summarize", str(folder), "--config", str(path)], env={"COLUMNS": "200"}
    )
    assert ran.exit_code == 0
    assert f'警告: {path} › 11行目: [wording] の status = "目標達成"' in ran.output
