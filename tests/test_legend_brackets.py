"""A legend names a status not counted once, never 「計は対象外（未完了）（－）を除く件数」 with its
brackets doubled (review 114 #9); a dash by its label alone, as its column is titled:
「計は対象外（未完了）を除く件数」, 「。対象外（未完了）は「－」とし、件数に含めません」 (words58)."""

from __future__ import annotations

from pathlib import Path

from planeval.config import load_config
from planeval.report.summary_legend import legend

SETTINGS = """
[scale]
preset = "achievement"

[[scale.status]]
symbol = "－"
label = "{label}"
counted = false
"""


def _legend(tmp_path: Path, label: str) -> str:
    path = tmp_path / "planeval.toml"
    path.write_text(SETTINGS.format(label=label), encoding="utf-8")
    return legend(load_config(path).scale)


def test_a_dash_with_a_label_in_brackets_is_said_by_its_label(tmp_path: Path) -> None:
    line = _legend(tmp_path, "対象外（未完了）")
    assert "－ 対象外（未完了）" in line
    assert line.endswith("。計は対象外（未完了）を除く件数"), line


def test_a_dash_with_a_plain_label_is_said_by_its_label(tmp_path: Path) -> None:
    assert _legend(tmp_path, "評価できない").endswith("。計は評価できないを除く件数")


LETTERS = """
[[scale.status]]
symbol = "A"
label = "達成"

[[scale.status]]
symbol = "B"
label = "未達成"
{more}
[[scale.status]]
symbol = "－"
label = "{label}"
counted = false
"""


def _chapter3_legend(tmp_path: Path, label: str, more: str = "") -> str:
    path = tmp_path / "planeval.toml"
    path.write_text(LETTERS.format(label=label, more=more), encoding="utf-8")
    return load_config(path).scale.legend()


def test_chapter3s_legend_says_a_label_in_brackets_once(tmp_path: Path) -> None:
    """Chapter 3's own legend says why inside the label's brackets: not 「－：対象外（未完了）
    （件数に含めません）」; a plain label keeps its bracket, and with several not counted the
    legend says it of them all."""
    assert _chapter3_legend(tmp_path, "対象外（未完了）") == (
        "※A：達成、B：未達成。対象外（未完了）は「－」とし、件数に含めません"
    )
    assert _chapter3_legend(tmp_path, "評価できない") == (
        "※A：達成、B：未達成。評価できないものは「－」とし、件数に含めません"
    )
    again = '\n[[scale.status]]\nsymbol = "再"\nlabel = "再掲"\ncounted = false\n'
    assert _chapter3_legend(tmp_path, "対象外（未完了）", again) == (
        "※A：達成、B：未達成、再：再掲（件数に含めません）。対象外（未完了）は「－」とし、件数に含めません"
    )
