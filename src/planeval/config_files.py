"""The settings that name another file, each a path from the settings' own folder: the list of
bodies expected to answer ([bodies] roster, read here) and the plan's workbook ([plan] file,
read by the commands that count: its leads decide a co-owned item's row)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from planeval.config_scale import line_in
from planeval.errors import PlanevalError
from planeval.io.limits import Limits

if TYPE_CHECKING:
    from planeval.io.roster import Listed


def read_roster_setting(
    table: Any, path: Path, text: str, limits: Limits, found: list[str]
) -> tuple[Listed, ...]:
    """[bodies] roster: the list of bodies expected to answer (io/roster.py reads it)."""
    from planeval.io.roster import read_roster  # (its readers only when a list is named)

    listed = _named_file(table, "bodies", "roster", "団体一覧", path, text, found)
    if listed is None:
        return ()
    try:
        return read_roster(listed, limits)
    except PlanevalError as error:
        found.append(f"{path}{line_in('bodies', 'roster', text)}: [bodies] roster: {error}")
        return ()


def plan_setting(table: Any, path: Path, text: str, found: list[str]) -> Path | None:
    """[plan] file: the plan's workbook (計画事業一覧), as --plan names it for one run."""
    return _named_file(table, "plan", "file", "計画のブック", path, text, found)


def _named_file(
    table: Any, name: str, key: str, what: str, path: Path, text: str, found: list[str]
) -> Path | None:
    """The file ``[name] key`` names, from the settings' folder; None, with the problem noted
    in ``found``, where it is not a file name or no such file is there."""
    if not isinstance(table, dict) or key not in table:
        return None
    value, where = table[key], f"{path}{line_in(name, key, text)}"
    example = {"roster": "団体一覧.xlsx", "file": "計画.xlsx"}[key]
    if not isinstance(value, str) or not value.strip():
        found.append(
            f"{where}: [{name}] {key} には{what}のファイル名を文字列で書いてください"
            f'（例: {key} = "{example}"）'
        )
        return None
    named = path.parent / value.strip()
    if not named.is_file():
        found.append(
            f"{where}: [{name}] {key} の{what} {named} が見つかりません"
            "（設定ファイルのあるフォルダからの場所で書いてください）"
        )
        return None
    return named
