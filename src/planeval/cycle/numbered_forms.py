"""The status workbook of a plan numbered in two levels: 北浜市's 基本目標 › 施策 1-1 › 取組 ①
(review 88). Its projects' numbers, 「1-1」, would read back from the template's one
hierarchy cell 「1-1 行政手続のオンライン化」 as a direction's band row; so its forms number
the project and the item each in a column of its own, titled in the word of the column
beside it, as the body's own form does: 施策番号 | 施策名 | 取組番号 | 取組 | … — the reader
takes such a column as that column's number (io/worded_numbers.py), the project 1-1 under
the policy 1 and the item 1-1①, as the plan has them.

A 大綱's plan, 改革項目 1 over 取り組み項目 (1), is numbered so too (review 94): its forms'
改革項目番号 | 改革項目 | 取り組み項目番号 | 取り組み項目 read back 1-(1), as the 課' own forms
are read. A plan numbered in two levels and three both makes no template still (unformed): 1-1
beside 1-1-1 would read back as a direction's."""

from __future__ import annotations

from dataclasses import replace

from planeval.dotted_ids import parse_project_typed
from planeval.io.header_columns import find_columns
from planeval.io.headers import DEFAULT_LAYOUT, HeaderRow, Layout
from planeval.marks import unit
from planeval.plan import Plan, PlanItem
from planeval.wording import Wording

PROJECT_NUMBER, ITEM_NUMBER = "project_number", "item_number"
# the columns merged over a project's items: its number and its name
PROJECT_ROLES = (PROJECT_NUMBER, "hierarchy")
WIDTHS = {PROJECT_NUMBER: 10, ITEM_NUMBER: 8}


def two_levels(plan: Plan) -> bool:
    """Whether every project of ``plan`` is numbered alike short of three levels, a 施策 1-1
    or a 大綱's 改革項目 1 (its items 1-1① and 1-(1)): its forms number projects and items in
    columns of their own."""
    depths = {item.project_id.count("-") for item in plan.items}
    return depths == {1} or depths == {0}


def item_numbers(plan: Plan) -> bool:
    """Whether the plan numbers its items (①, ア, (1), 浜松市's KPI1-1-1): their forms number them
    in a column of their own; a 集中改革プラン's 番号 | 取組項目 | 取組内容 numbers the rows once, by project."""
    return any(item.item_label or item.item_typed for item in plan.items)


def numbered_apart(plan: Plan) -> bool:
    """Whether ``plan``'s forms number its projects in a column of their own: a plan numbered
    short of three levels (two_levels), or one whose projects' numbers the one hierarchy cell
    would not read back as theirs — 川崎市's 施策番号 「1-1-(1)」, which its own forms type in a
    column 施策番号 beside 施策名 (review 96), and which its forms show as typed."""
    return two_levels(plan) or any(
        item.project_label and parse_project_typed(item.project_label) is None
        for item in plan.items
    )


def numbered_columns(
    plan: Plan, columns: dict[str, str], wording: Wording, layout: Layout = DEFAULT_LAYOUT
) -> dict[str, str] | None:
    """``columns`` (template.columns(): role → title) with a number column before the
    project's and, where ``plan`` numbers its items (item_numbers), before the item's, titled in
    their words: 施策番号 | 施策名 | 取組番号 | 取組 (no column every row leaves empty);
    the project's name titled as ``layout`` (planeval.toml's, which validate reads the forms
    with) reads it with its number: the word itself (改革項目, its title through [wording]),
    or the word and 名 where the word alone titles a level (施策名: 施策 is a level's title).
    None where no such title reads back so (基本施策, a level's word, 基本施策名 no title).
    A 大綱's 改革項目 1, a project that is its policy, is titled in the policy's word
    (改革項目番号 | 改革項目: _project_word). A plan whose items have no number of their own
    (川崎市's 事務事業, a 集中改革プラン's 取組内容) has no item number column: 施策番号 | 施策名 |
    事務事業."""
    items_numbered = item_numbers(plan)
    layout = replace(layout, policy_level="")  # (its 名 read, never written: today's form)
    for word, name in ((w, name) for w in _project_words(plan, wording) for name in (w, f"{w}名")):
        numbered: dict[str, str] = {}
        for role, title in columns.items():
            if role == "hierarchy":
                numbered[PROJECT_NUMBER], title = f"{word}番号", name
            elif role == "item" and items_numbered:
                numbered[ITEM_NUMBER] = f"{wording.item}番号"
            numbered[role] = title
        header = find_columns(list(numbered.values()), layout.vocabulary())
        if header is not None and _reads_back(header, list(numbered)):
            return numbered
    return _levelled(plan, columns, wording, layout) if items_numbered else None


def _levelled(
    plan: Plan, columns: dict[str, str], wording: Wording, layout: Layout
) -> dict[str, str] | None:
    """The form of a plan whose projects are its policies, 基本目標 1 over 施策 1-1 (review 148
    #2: 枚方市's shape, the hirakata preset's own), as the body's form has it where no project
    column reads back (numbered_columns): 基本目標 | 施策番号 | 施策 | …, the policy a level
    column 「1 災害に強く…」 and each 施策 rated under its number. None where the plan is not
    so, or no such header row reads so."""
    if any("-" in item.project_id for item in plan.items):
        return None
    numbered: dict[str, str] = {}
    for role, title in columns.items():
        if role == "hierarchy":
            title = wording.policy
        elif role == "item":
            numbered[ITEM_NUMBER] = f"{wording.item}番号"
        numbered[role] = title
    roles = list(numbered)
    header = find_columns(list(numbered.values()), layout.vocabulary())
    if header is None or header.project_number or header.levels != (roles.index("hierarchy"),):
        return None
    read = header.columns
    rated = read.get("item", read.get("project"))
    return (
        numbered
        if (read.get("number"), rated) == (roles.index(ITEM_NUMBER), roles.index("item"))
        else None
    )


def _project_words(plan: Plan, wording: Wording) -> tuple[str, ...]:
    """What ``plan``'s forms may call its projects: a 大綱's 改革項目 1, a project that is its
    policy, in the policy's word first, as the 課' own forms title it. Never the item's word
    where another is left: item = "事業" with the project left 事業 titled both columns
    「事業番号 | 事業」 (review 203 #3)."""
    if all("-" not in item.project_id for item in plan.items):
        words: tuple[str, ...] = (wording.policy, wording.project)
    else:
        words = (wording.project,)
    return tuple(word for word in words if word != wording.item) or words


def _reads_back(header: HeaderRow, roles: list[str]) -> bool:
    """Whether the form's header row reads its number columns as the numbers they are: the
    project's and the item's, or the project's alone (its rated rows numbered by it)."""
    project = roles.index(PROJECT_NUMBER)
    if ITEM_NUMBER not in roles:
        return header.columns.get("number") == project and header.project_number
    return header.columns.get("project_number") == project and header.columns.get(
        "number"
    ) == roles.index(ITEM_NUMBER)


def numbered_cells(item: PlanItem, *, levelled: bool = False) -> dict[str, str]:
    """The item's number and name cells, each number in its own column: 1-1 | 行政手続の
    オンライン化 | ① | 電子申請サービスの拡充, the item's number as the plan types it (56, not
    the (56) of one cell's 「(56) 行政手続のオンライン化」); ``levelled`` (_levelled's form), the
    project a level's cell, 「1 災害に強く…」."""
    return {
        PROJECT_NUMBER: item.project_typed or item.shown_project,  # (1-(4) as typed)
        "hierarchy": f"{item.shown_project} {item.project_name}" if levelled else item.project_name,
        ITEM_NUMBER: item.item_typed or item.item_label,
        "item": item.item_name,
    }


def unformed(plan: Plan, columns: dict[str, str], wording: Wording, layout: Layout) -> str | None:
    """Why ``plan`` makes no forms (``columns``: template.columns()'s), or None: a project
    numbered 1-1 or 1 beside 1-1-1 would read back as a direction or a policy; a plan of two
    levels, where no title of its projects' names reads back with their numbers
    (numbered_columns)."""
    layout = replace(layout, policy_level="")  # (its 名: read, never written)
    two = next((item for item in plan.items if item.project_id.count("-") < 2), None)
    if two is None and numbered_apart(plan):  # (施策番号 「1-1-(1)」 in a column of its own)
        if numbered_columns(plan, columns, wording, layout) is not None:
            return None
        apart = next(item for item in plan.items if item.project_label)
        word = wording.project
        return (
            f"{apart.location}: 計画の{word}番号が「{apart.project_label}」のため、調査票には"
            f"{word}の番号と名前を別の列（「{word}番号」「{word}名」）に書きますが、その列が"
            f"{word}の列として読み返せません。何も書き出していません"
            f'（planeval.toml の [layout.titles] に project = ["{word}名"] と書けば作れます）'
        )
    if two is None:
        return None
    if two_levels(plan):
        if numbered_columns(plan, columns, wording, layout) is not None:
            return None
        where, typed = plan.two_levels or (two.location, two.shown_project)
        if item_numbers(plan) and all("-" not in item.project_id for item in plan.items):
            return _unlevelled(plan, columns, wording, layout, (where, typed, two))
        word = _project_words(plan, wording)[-1]
        return (
            f"{where}: この計画は番号が「{typed}」のような 2 段のため、調査票では{word}の番号と名前を"
            f"別の列（「{word}番号」「{word}名」）に書きますが、見出しの「{word}名」を planeval が"
            f"{word}の列として読めないため、何も書き出していません"
            f'（planeval.toml の [layout.titles] に project = ["{word}名"] と書けば作れます）'
        )
    # (named as typed at its cell, 「1-(1)」 at B3, where the plan reader kept it; a project
    # of one level by its first item's ID, 1-(1), as its forms are read)
    number = two.project_id if "-" in two.project_id else two.shown_id
    where, number = plan.two_levels or (two.location, number)
    return (
        f"{where}: 計画の番号が「{number}」の 2 段のため、調査票は作れません"
        "（調査票は、事業の番号がすべて「1-1-1」の 3 段か、すべて「1-1」の 2 段か、すべて「1」の"
        f"計画から作ります）。各{unit(plan.departments)}の様式で集めた回答は、この計画と"
        " validate --plan で照らし合わせられます"
    )


def _unlevelled(
    plan: Plan,
    columns: dict[str, str],
    wording: Wording,
    layout: Layout,
    first: tuple[object, str, PlanItem],
) -> str:
    """Why a plan of 基本目標 1 over 施策 1-1 (_levelled's) makes no forms, naming the plan's own
    heading of its policies (基本方針, worded 運営方針 on the forms) and the fix of
    [layout.titles] level only where the forms would read back with it (review 203 #2: the
    printed fix gave the same error)."""
    from planeval.config_read import with_wording  # (a refused plan's message alone)

    where, typed, two = first
    policy, word = wording.policy, wording.item
    own = plan.header[1].get("project", policy) if plan.header else policy
    said = own if own == policy else f"{own}（調査票では{policy}）"
    titles = dict(layout.titles) | {"level": (*layout.titles.get("level", ()), policy)}
    fixed = with_wording(replace(layout, titles=titles), wording, worded=layout.worded)
    fix = (
        f'planeval.toml の [layout.titles] に level = ["{policy}"] と書けば作れます'
        if _levelled(plan, columns, wording, fixed) is not None
        else f"planeval.toml の [wording] の policy・item を計画の見出しの言葉（{own}・{word}）にしてください"
    )
    return (
        f"{where}: この計画は{said}「{typed}」の下に{word}「{two.item_typed or two.item_label}」"
        f"が並ぶ 2 段の計画です。調査票は「{policy}｜{word}番号｜{word}｜…」の列で作りますが、"
        f"見出しの「{policy}」を planeval が{policy}の列として読めないため、何も書き出して"
        f"いません（{fix}）"
    )
