"""A number column left unread: a title ending in 番号 that planeval does not know and that
stands beside no column titled in its word (施策番号 beside 施策名 is read: io/worded_numbers.py).
Its notice offers the setting that reads it, never 「数え方に影響はない」: unread, the rows are
numbered by planeval file by file, and one number then names different 施策 in different
files (review 88). The warning of items rated in many files (several_bodies.py) points at it
before any other cause."""

from __future__ import annotations

import json
from collections.abc import Iterable

from planeval.model import Problem
from planeval.text import bare_title

_NUMBER = "番号"
# the kind of an unread number column's notice (Problem.kind), its title the value
UNREAD_NUMBER = "読んでいない番号の列"
_OFFER = "番号の列として読ませるなら planeval.toml の [layout.titles] に number = "


def numbers_rows(title: str) -> bool:
    """Whether a column title names a number of the rows (施策番号, 事業番号; not 番号 alone,
    which planeval reads)."""
    key = bare_title(title)
    return key.endswith(_NUMBER) and key != _NUMBER


def setting(titles: Iterable[str]) -> str:
    """The [layout.titles] key's value reading ``titles`` as number columns: ["施策番号"]."""
    return json.dumps(list(titles), ensure_ascii=False)


def offer(title: str, as_item: str = "") -> tuple[str, str]:
    """The fix said under an unread number column's notice, and the planeval.toml lines that
    read it where they are not number's: ``as_item``, the title of the column read as the
    project which, read as the item's, leaves the column beside the number the project's
    (施策番号 | 施策名 | 事務事業名: item = ["事務事業名"]; number = ["施策番号"] made 施策番号 each
    事務事業's own number, review 96)."""
    unread = "番号はファイルごとに planeval が振り直すため、別のファイルの同じ番号の行と一つに数えたり、ほかの名称の下に並べたりします"
    ignore = (
        f"使わない列なら [columns] に ignore = {setting([title])} と書けば、このお知らせは出ません"
    )
    if not as_item:
        return f"{_OFFER}{setting([title])} と書いてください（読まないと、{unread}）。{ignore}", ""
    return (
        f"「{title}」を番号として読ませるなら planeval.toml の [layout.titles] に item = "
        f"{setting([as_item])} と書いてください。「{as_item}」が評価する行の名前の列になり、"
        f"「{title}」はその隣の名称の列の番号として読まれます（number = {setting([title])} と"
        f"書くと、評価する行それぞれの番号として読んでしまいます）。読まないと、{unread}。{ignore}",
        item_lines(as_item),
    )


def item_lines(as_item: str) -> str:
    """The planeval.toml lines reading ``as_item``'s column as the rated items'."""
    return f"[layout.titles]\nitem = {setting([as_item])}"


def unread_titles(problems: Iterable[Problem]) -> list[str]:
    """The titles of the number columns the notices among ``problems`` say are unread (their
    Problem.kind UNREAD_NUMBER, the title its value), each once, in the order said."""
    return list(dict.fromkeys(p.value for p in problems if p.kind == UNREAD_NUMBER))


def unread_hint(problems: Iterable[Problem]) -> str:
    """The fix of items rated in many files where number columns were not read (``problems``'
    notices of them): the [layout.titles] line a notice offers as its settings (item_lines)
    where there is one, else the number columns'."""
    unread = [p for p in problems if p.kind == UNREAD_NUMBER]
    titles = list(dict.fromkeys(p.value for p in unread))
    said = (
        f"番号の列「{'」「'.join(titles)}」を読んでいないため、planeval がファイルごとに振った番号で"
        "照らし合わせています。"
    )
    if lines := next((p.settings for p in unread if p.settings), ""):
        line = lines.split("\n")[-1]  # (item = [...], as item_lines writes it)
        return f"{said}planeval.toml の [layout.titles] に {line} と書いてください"
    return f"{said}{_OFFER}{setting(titles)} と書いてください"
