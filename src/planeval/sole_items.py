"""A project rated as one row: its only item has no number of its own, the text beside the
project's name describing it — a 集中改革プラン's 番号 | 取組項目 | 取組内容, 「1.1.1 遊休地の集約化」
over 「遊休地の集約化について検討し、実施する。」 (review 116). Such a row is its project: across
rounds and against the plan it is the project's number and name that say which it is, the
description a text its department may reword any year. Told from what was read (every row of
a round, or the plan's items), never from a layout's titles."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Protocol

from planeval.ids import describe
from planeval.lazy_pattern import LazyPattern
from planeval.model import Entry, Problem
from planeval.text import comparable_name
from planeval.wording import DEFAULT_WORDING, Wording

if TYPE_CHECKING:
    from planeval.read_records import ReadResult


class Numbered(Protocol):
    """An item as its number and name are read: a plan's (PlanItem) or a row's (Entry)."""

    @property
    def project_id(self) -> str: ...
    @property
    def item_no(self) -> int | None: ...
    @property
    def item_label(self) -> str: ...
    @property
    def item_name(self) -> str: ...


class _Unit(Numbered, Protocol):  # (an Entry or a plan's PlanItem)
    @property
    def sub_item(self) -> str | None: ...


def unnumbered(unit: _Unit) -> bool:
    """Whether the item has no number, label or sub-item of its own."""
    return unit.item_no is None and not unit.item_label and not unit.sub_item


def sole_projects(units: Iterable[_Unit]) -> frozenset[tuple[str, str]]:
    """(body, project ID) of each project whose only item (one name, however many rows — a
    co-owner's too) has no number of its own, in a body none of whose projects has several such
    items; a plan's items have no body ("")."""
    names: dict[tuple[str, str], set[str] | None] = {}
    for unit in units:
        key = (getattr(unit, "body", ""), unit.project_id)
        found = names.setdefault(key, set())
        if found is None:
            continue
        if not unnumbered(unit):
            names[key] = None
        else:
            found.add(comparable_name(unit.item_name))
    # (a body rating several unnumbered items under one project rates items, not projects: its
    # 改革項目 Ⅳ-2 over one 取り組み項目 is no row of its own — review 117 N7)
    several = {body for (body, _project), found in names.items() if found and len(found) > 1}
    return frozenset(
        key
        for key, found in names.items()
        if found is not None and len(found) == 1 and key[0] not in several
    )


def projects_rated(units: Iterable[_Unit]) -> bool:
    """Whether every row read is its project's one row (sole_projects): a body rating one row
    per 事業 under a 評価 column (長与町-style 番号 | 事業名 | 指標 | … | 評価), its rows the 事業
    themselves, not items of them (review 131 #7)."""
    units = list(units)
    rated = sole_projects(units)
    return bool(units) and all((getattr(u, "body", ""), u.project_id) in rated for u in units)


def rows_named(
    result: ReadResult, wording: Wording, title: Callable[[str], str], *, worded: bool
) -> tuple[list[Problem], Wording]:
    """``result``'s problems, and the ``wording`` they are said in, where every row read is its
    project's one row: named by the project (projects_named), the item column's text after it
    under its title (``title``: the forms' title of a word's column, message_words.form_title)
    — and, read without [wording] (``worded``) and with planeval's word for the rows, an error
    among them, with the rows and the status called as the forms title the project and status
    columns: 「施策「3-5 青少年の健全育成」（主な取組「…」）の評価が空です」, not 「実施内容「…（3-5
    青少年の健全育成）」の達成状況が空です」 (review 206 #3)."""
    problems = result.problems
    if result.rows_projects:
        rows = [*result.entries, *result.error_rows]
        return projects_named(problems, rows, wording.item_title), wording
    if worded or wording.item != DEFAULT_WORDING.item or not any(p.is_error for p in problems):
        return problems, wording
    rows = [*result.entries, *result.error_rows]
    if not projects_rated(rows) or not (item := title("item")):
        return problems, wording
    project, status = title("project") or wording.project, title("status") or wording.status
    return projects_named(problems, rows, item), replace(wording, item=project, status=status)


# (a quoted name in a message: 「文化芸術の振興に関する満足度（％）（3-4 文化芸術の振興）」)
_QUOTED_NAME = LazyPattern(r"「([^「」]+)」")
# (… and the one same_items.py names bare: 「同じ実施内容 行財政改革の推進に関する満足度（％）
# （5-1 行財政改革の推進） が 2 か所にあります」 — review 176 #6)
_TWICE_NAME = LazyPattern(r"(同じ実施内容) (.+?) (が [\d,]+ か所にあ)")


def projects_named(problems: Sequence[Problem], rows: Iterable[Entry], title: str) -> list[Problem]:
    """``problems`` naming a row of a read whose every row is its project (projects_rated) by
    its project, the text of the item column titled ``title`` (成果指標, 指標:
    ReadResult.item_title) after it as that: 「3-4 文化芸術の振興」（成果指標「文化芸術の振興に
    関する満足度（％）」）, where the message named the 施策 by its indicator, 施策「文化芸術の振興
    に関する満足度（％）（3-4 文化芸術の振興）」 (ids.describe: review 175 #2), quoted or, as the
    same 施策 read twice is said, bare (review 176 #6)."""
    texts = [f"{p.message}\n{p.hint}" for p in problems]
    quoted = {name for text in texts for name in _QUOTED_NAME.findall(text)}
    quoted |= {found[1] for text in texts for found in _TWICE_NAME.findall(text)}
    if not title or not quoted:
        return list(problems)
    named: dict[str, str] = {}
    for row in rows:
        project = " ".join(filter(None, (row.project_shown_id, row.project_name)))
        own = row.project_name and row.item_name not in ("", row.project_name)
        if own and (shown := describe(row)) in quoted:
            named[shown] = f"「{project}」（{title}「{row.item_name}」）"
    if not named:
        return list(problems)

    def said(text: str) -> str:
        text = _QUOTED_NAME.sub(lambda found: named.get(found[1], found[0]), text)
        return _TWICE_NAME.sub(lambda found: _twice(found, named), text)

    return [replace(p, message=said(p.message), hint=said(p.hint)) for p in problems]


def _twice(found: re.Match[str], named: Mapping[str, str]) -> str:
    """「同じ実施内容 <indicator> が 2 か所にあ」 → 「同じ実施内容「5-1 施策名」（成果指標「…」）が 2 か所にあ」."""
    said, name, rest = found.groups()
    return f"{said}{named[name]}{rest}" if name in named else found[0]
