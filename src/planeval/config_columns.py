"""planeval.toml's [columns]: the titles of the columns a body knows planeval does not read
(予算額, 執行率, 更新日), whose filled cells are then not said in the notice of a column no role
reads (io/unused_columns.py).

[columns]
ignore = ["予算額", "執行率"]
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from planeval.config_lines import line_in

# the keys [columns] knows (config_read.SCHEMA)
COLUMNS_KEYS = frozenset({"ignore"})


def read_ignored(table: Any, path: Path, text: str, found: list[str]) -> tuple[str, ...]:
    """[columns] ignore: a list of column titles (compared as titles are: 「予算額」 is also
    「予算額（千円）」); a value of another type noted in ``found``, read as none. A key it does
    not know was noted by config._check_keys."""
    if table is None:
        return ()
    if not isinstance(table, dict):
        found.append(
            f'{path} › [columns]: 表ではありません。例: [columns] の行の下に ignore = ["予算額"]'
        )
        return ()
    values = table.get("ignore", [])
    if not isinstance(values, list) or not all(isinstance(v, str) and v.strip() for v in values):
        at = f"{path}{line_in('columns', 'ignore', text)} › [columns]"
        found.append(
            f"{at}: ignore は読まない列の名前を文字列のリストで書いてください"
            f'（{values!r}）。例: ignore = ["予算額", "執行率"]'
        )
        return ()
    return tuple(values)
