"""A status column the settings name whose values are another column's scale (review 151 #3).
川辺市's 達成度.toml was copied from 実施状況.toml, its [wording] status made 達成度 and its
[layout] status_column left 実施状況: every 完了 and 取組中 of that column was a cell error (49,
exit 1) advising to add 完了 to the 達成度 scale or to write preset "progress" — either of
which turns the scale into a second 実施状況. Where most of the chosen column's values are no
status of the scale, and the column the settings' own [wording] status names holds the
scale's values, one settings error says that one fix at the planeval.toml's status_column
line (exit 2) before anything is counted."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from planeval.errors import ConfigError
from planeval.io.headers import title_key
from planeval.status_column_typo import given_in

if TYPE_CHECKING:
    from planeval.config import Config
    from planeval.io.headers import Layout
    from planeval.read_records import ReadResult
    from planeval.status_cells import StatusCells


def refuse_swapped(
    config: Config, result: ReadResult, read_again: Callable[[Layout], ReadResult]
) -> None:
    """A ConfigError where ``result``, read by ``config``'s [layout] status_column, found more
    cells in error than the scale's symbols, and ``read_again`` by the column its [wording]
    status names (a copied planeval.toml's) finds the scale's symbols in most of its cells."""
    chosen, meant = config.layout.status_column, config.wording.status
    if not chosen or not meant or title_key(chosen) == title_key(meant):
        return
    rated, wrong = _rated(result)
    if not wrong or rated >= wrong:
        return
    again = read_again(replace(config.layout, status_column=meant))
    fits, unfit = _rated(again)
    if fits <= unfit or any(cell.words.get("status") != meant for cell in _cells(again)):
        return
    line = given_in(config.source, chosen)
    where = f"{config.source}{line or ''} › [layout]: " if line is not None else "[layout] "
    symbols = "、".join(config.scale.symbols)
    raise ConfigError(
        f'{where}status_column = "{chosen}" の列を読むと、この評価尺度（{symbols}）の記号では'
        f"ない値などのエラーが {wrong:,} 件あり、尺度の記号は {rated:,} か所だけでした。この尺度の"
        f"記号が並ぶのは [wording] status の「{meant}」の列です（{fits:,} か所）。"
        f'status_column = "{meant}" に直してください（ほかの planeval.toml を写した設定なら、'
        "[scale] に記号を足したり preset を変えたりすると、別の列の尺度になってしまいます）"
    )


def _cells(result: ReadResult) -> list[StatusCells]:
    return [cell for cell in result.status_cells.values() if cell.words.get("status")]


def _rated(result: ReadResult) -> tuple[int, int]:
    """The cells holding the scale's symbols, and the errors of the read."""
    rated = sum(cell.rated for cell in result.status_cells.values())
    return rated, sum(1 for problem in result.problems if problem.is_error)
