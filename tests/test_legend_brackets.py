"""A legend names a status not counted once: 「－ 対象外（未完了）。計は－を除く件数」, never
「計は対象外（未完了）（－）を除く件数」 with its brackets doubled (review 114 #9)."""

from __future__ import annotations

from pathlib import Path

from planeval.config import load_config
from planeval.report.views import legend

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


def test_a_label_in_brackets_of_its_own_is_left_out_by_its_symbol(tmp_path: Path) -> None:
    line = _legend(tmp_path, "対象外（未完了）")
    assert "－ 対象外（未完了）" in line
    assert line.endswith("。計は－を除く件数"), line


def test_a_plain_label_is_left_out_with_its_symbol_in_brackets(tmp_path: Path) -> None:
    assert _legend(tmp_path, "評価できない").endswith("計は評価できない（－）を除く件数")
