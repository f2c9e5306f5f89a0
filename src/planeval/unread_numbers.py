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
# the kind of any other unread column's notice (io/unused_columns.py): one form's column, said in
# one line however many files have it (report/problems.py, review 188)
UNREAD_COLUMN = "読んでいない列"
_OFFER = "番号の列として読ませるなら planeval.toml の [layout.titles] に number = "


def numbers_rows(title: str) -> bool:
    """Whether a column title names a number of the rows (施策番号, 事業番号; not 番号 alone,
    which planeval reads)."""
    key = bare_title(title)
    return key.endswith(_NUMBER) and key != _NUMBER


def setting(titles: Iterable[str]) -> str:
    """The [layout.titles] key's value reading ``titles`` as number columns: ["施策番号"]."""
    return json.dumps(list(titles), ensure_ascii=False)


def offer(title: str) -> str:
    """The fix said under an unread number column's notice. (A number column of a project
    title taken for a level, 施策番号 | 施策名 | 事務事業名, is read:
    header_columns._find_columns.)"""
    unread = "番号はファイルごとに planeval が振り直すため、別のファイルの同じ番号の行と一つに数えたり、ほかの名称の下に並べたりします"
    ignore = (
        f"使わない列なら [columns] に ignore = {setting([title])} と書けば、このお知らせは出ません"
    )
    return f"{_OFFER}{setting([title])} と書いてください（読まないと、{unread}）。{ignore}"


def unread_titles(problems: Iterable[Problem]) -> list[str]:
    """The titles of the number columns the notices among ``problems`` say are unread (their
    Problem.kind UNREAD_NUMBER, the title its value), each once, in the order said."""
    return list(dict.fromkeys(p.value for p in problems if p.kind == UNREAD_NUMBER))


def unread_hint(problems: Iterable[Problem]) -> str:
    """The fix of items rated in many files where number columns were not read (``problems``'
    notices of them): the [layout.titles] line reading them as number columns."""
    titles = unread_titles(problems)
    said = (
        f"番号の列「{'」「'.join(titles)}」を読んでいないため、planeval がファイルごとに振った番号で"
        "照らし合わせています。"
    )
    return f"{said}{_OFFER}{setting(titles)} と書いてください"
