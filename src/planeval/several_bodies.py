"""Several bodies' workbooks read as one body: every body numbers its own plan from 1-1-1, so
read without ``--bodies`` their items are one body's, item after item rated in several files
(and counted as one where they agree). combine says so once, naming the option that reads
them body by body; the command line's verdict gives that advice instead of --keep-going."""

from __future__ import annotations

import operator
import os
from collections import Counter
from collections.abc import Callable, Mapping, Sequence

from planeval.model import Entry, Location, Problem, Severity
from planeval.text import comparable_name
from planeval.unread_numbers import unread_hint, unread_titles

# A read of one body whose items are rated in this many files or more, this many of them: the
# workbooks of several bodies, each numbering its own plan from 1-1-1, read as one body (a
# department rates its items in its own file; an item co-owned by two or three departments may
# be rated in each of theirs, but not item after item).
_MANY_FILES = 3
_MANY_ITEMS = 3
_WITHOUT_FILE = operator.itemgetter(0, 1, 2, 3, 4)
_FILE = operator.attrgetter("location.file")
_BODY = operator.itemgetter(Entry._fields.index("body"))  # (by position: cheaper, in C)
_PROJECT_ID = operator.itemgetter(Entry._fields.index("project_id"))
_PROJECT_NAME = operator.itemgetter(Entry._fields.index("project_name"))
_FIRST = operator.itemgetter(0)


_Item = tuple[str, int | None, str, str, str | None]


def _items(rows: Sequence[Entry]) -> Callable[[Entry], _Item]:
    """An item by its number, or its label where it has none (「ア」「イ」 under one project are
    two), or its name where it has neither and its project is named alike in every file that
    holds it: one body's 施策 three 局 share, each rating its own 事務事業 under it (東川崎市,
    review 96), are three items, as combine counts them (item_keys.item_key), not one item rated in
    three files. A project whose number names different projects in different files (several
    bodies' plans, or each file's projects numbered in their order by planeval) keeps its
    unnamed items as one."""
    names: dict[str, set[str]] = {}
    for project, name in set(zip(map(_PROJECT_ID, rows), map(_PROJECT_NAME, rows), strict=True)):
        if name:
            names.setdefault(project, set()).add(comparable_name(name))
    one_plan = {project for project, named in names.items() if len(named) == 1}

    def item(entry: Entry) -> _Item:
        named = entry.item_no is None and not entry.item_label and entry.project_id in one_plan
        name = entry.item_name if named else ""
        return (entry.project_id, entry.item_no, entry.item_label, name, entry.sub_item)

    return item


def several_bodies(
    entries: Sequence[Entry],
    *,
    problems: Sequence[Problem] = (),
    departments: Mapping[str, str] | None = None,
) -> Problem | None:
    """A warning when the workbooks read as one body look like several bodies' (many items
    each rated in several files, whatever their names), naming the option that counts them
    body by body; None otherwise, and always when they were read as bodies. Where a number
    column was left unread (``problems``' notices: unread_numbers.py), it names that column
    instead — planeval numbered each file's rows itself —, and where most of the files state
    their department (``departments``: 担当課：…, ReadResult.file_departments) one body's
    departments' forms, not the option (review 88)."""
    files = list(map(_FILE, entries))
    if len(set(files)) < _MANY_FILES or any(map(_BODY, entries)):
        return None
    # the projects in several files first (a file's rows are mostly of a few projects, and a
    # department's projects are its own): in C, a few passes over a large read
    pairs = dict.fromkeys(zip(map(_PROJECT_ID, entries), files, strict=True))
    per_project = Counter(map(_FIRST, pairs))
    projects = {project for project, found in per_project.items() if found >= _MANY_FILES}
    if not projects:
        return None
    rows = [entry for entry in entries if entry.project_id in projects]
    item = _items(rows)
    # (each item once per file, counted)
    per_item = Counter(map(_WITHOUT_FILE, {(*item(e), e.location.file) for e in rows}))
    shared = [key for key, files in per_item.items() if files >= _MANY_FILES]
    if len(shared) < _MANY_ITEMS:
        return None
    # (the example: the item in the most files, the first by its ID among equals, so that
    # every run says the same sentence)
    shared.sort(key=lambda i: (-per_item[i], i[0], i[1] or 0, i[2], i[3], i[4] or ""))
    item_files: dict[_Item, dict[str, None]] = {}
    wanted = set(shared)
    for entry in rows:
        if (key := item(entry)) in wanted:
            item_files.setdefault(key, {})[entry.location.file] = None
    shared_files = [(item, list(item_files[item])) for item in shared]
    first, most = shared_files[0]
    example = next(e for e in rows if item(e) == first)
    involved = {file for _item, found in shared_files for file in found}
    try:
        # (relative paths in sibling folders, 令和6年度/… and 令和5年度/…, share none: a file)
        where = os.path.commonpath(sorted(involved)) or most[0]
    except ValueError:  # (files on different drives)
        where = most[0]
    found = (
        f"同じ番号の実施内容が多くのファイルで評価されています（{example.shown_id} は "
        f"{len(most):,} ファイル。{_MANY_FILES} ファイル以上で評価された実施内容 {len(shared):,} 件、"
        f"計 {len(involved):,} ファイル）"
    )
    message = (
        f"{found}。団体ごとのブックなら、どの団体も 1-1-1 から番号を振るため、このままでは"
        "別々の団体の実施内容を一つとして扱います"
    )
    if unread_titles(problems):
        return Problem(Location(where), Severity.WARNING, found, unread_hint(problems))
    stated = [departments[file] for file in involved if departments and file in departments]
    if 2 * len(stated) > len(involved) and len(set(stated)) > 1:
        named = "、".join(sorted(set(stated))[:3]) + (" ほか" if len(set(stated)) > 3 else "")
        said = f"{found}。どのファイルにも所管の部署が書かれています（{named}）"
        return Problem(Location(where), Severity.WARNING, said, DEPARTMENTS_HINT)
    return Problem(Location(where), Severity.WARNING, message, SEVERAL_BODIES_HINT)


SEVERAL_BODIES_HINT = (
    "団体ごとのブックなら --bodies file（団体ごとのフォルダを集めたフォルダなら --bodies "
    "folder）を付けて団体別に数えてください。別の年度のブックが混ざっているなら、それを外して"
    "ください。一つの団体の部署ごとのブックなら、重なった"
    "実施内容をどの部署が評価するか決め、ほかの部署の行を削除してください"
)
# (one body's departments' forms: the same numbers in many of them are planeval's own numbering
# of rows whose numbers it did not read, or items several departments rate)
DEPARTMENTS_HINT = (
    "一つの団体の部署ごとのブックなら、番号の列を planeval が読んでいるか確かめてください"
    "（知らない列名なら planeval.toml の [layout.titles] の number に列名を書きます。読まないと、"
    "番号はファイルごとに planeval が振り直します）。同じ実施内容を複数の部署が評価しているなら、"
    "評価する部署を決めてほかの部署の行を削除するか、計画の一覧（[plan] file）で所管の部署を示してください"
)
