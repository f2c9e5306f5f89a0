"""``[scale] rounding`` and ``[scale] ties`` read: how a table's shares are rounded — each on its
own, half up, or each row adjusted to 100 by largest remainder (count.py) — and, of largest
remainder, whether equal counts keep equal shares (a row may add up to 99.9: the default) or the
units left go to the earlier columns, every row at exactly 100 (中原市 publishes 基本政策Ⅰ as
5.6/22.2/66.7/5.5, planeval printed 5.5/22.2/66.7/5.5 with no way to the city's: review 182 #3)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from planeval.config_lines import line_in
from planeval.count import Rounding, Ties
from planeval.errors import ConfigError
from planeval.scale import Scale
from planeval.text import compact

# the keys that alone under [scale] keep the default scale
ROUNDED = frozenset({"rounding", "ties"})

# [scale] rounding: its values, and the words a clerk may write for them
_ROUNDINGS: dict[str, Rounding] = {
    "largest_remainder": "largest_remainder",
    "最大剰余法": "largest_remainder",
    "round": "round",
    "四捨五入": "round",
}
# [scale] ties: its values, and the words a clerk may write for them
_TIES: dict[str, Ties] = {
    "equal": "equal",
    "同じ割合": "equal",
    "column_order": "column_order",
    "列の順": "column_order",
}


def rounded(
    table: dict[str, Any], path: Path, text: str, preset: Scale | None = None
) -> dict[str, Any]:
    """The scale's ``rounding`` and ``ties`` as written (Scale's fields), else the preset's."""
    rounding = _rounding(table, path, text, preset)
    if "ties" not in table:
        return {"rounding": rounding, "ties": preset.ties if preset else "equal"}
    at = f"{path}{line_in('scale', 'ties', text)} › [scale]"
    value = table["ties"]
    key = compact(value).lower() if isinstance(value, str) else None
    if key not in _TIES:
        raise ConfigError(
            f'{at}: ties は "equal"（同じ件数は同じ割合。行の合計が 100 にならないことがある）か '
            f'"column_order"（端数を表の列の順に配り、どの行も合計 100）で書いてください'
            f"（{value!r}）"
        )
    if rounding != "largest_remainder":
        raise ConfigError(
            f'{at}: ties は rounding = "largest_remainder"（最大剰余法）の設定です。'
            f'[scale] に rounding = "largest_remainder" も書くか、ties の行を消してください'
        )
    return {"rounding": rounding, "ties": _TIES[key]}


def _rounding(
    table: dict[str, Any], path: Path, text: str, preset: Scale | None = None
) -> Rounding | None:
    """How the scale's shares are rounded: each row adjusted to 100 (largest remainder) or each
    share on its own, half up (Excel's ROUND); not written, the preset's (nagoya's largest
    remainder), else None — each share on its own, check accepting either rounding."""
    if "rounding" not in table:
        return preset.rounding if preset else None
    value = table["rounding"]
    if isinstance(value, str) and (key := compact(value).lower()) in _ROUNDINGS:
        return _ROUNDINGS[key]
    at = f"{path}{line_in('scale', 'rounding', text)} › [scale]"
    raise ConfigError(
        f'{at}: rounding は "largest_remainder"（最大剰余法: 行ごとに合計を 100 に調整）か '
        f'"round"（四捨五入: 割合ごとに四捨五入し、合計が 100 にならないことがある）で'
        f"書いてください（{value!r}）"
    )
