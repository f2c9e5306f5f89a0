"""A policy several bodies name each their own way, in a roll-up by policy: its row shows no
name (no one body's is the prefecture's), and a notice says why and who names it how (review
40: 基本目標3 unnamed, nothing said). And, read with the plan, no policy named anywhere — no
heading row 「（1）情報化政策1 …」 in the plan nor in the forms —, which left the 集計 table
without its 名称 column, the chart's axis 「1 2 3」 and each heading a number, with no word why
(review 178 #8). names_said gives summarize_workbooks both, and items_apart's."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from planeval.aggregate import Summary
from planeval.cells import body_list
from planeval.message_words import in_body_words
from planeval.model import Location, Problem, Severity
from planeval.read_records import ReadResult
from planeval.text import comparable_name
from planeval.wording import Wording

_NAMED = 2  # bodies named for each name; the rest counted
_WAYS = 3  # names said; the rest counted
# (its reason: -q shows it, a table whose rows are not one item each, cli.common.left_out_warnings)
APART_ROWS = "団体によって名前の違う実施内容を同じ番号の行に足し合わせています"


def names_apart(
    summary: Summary, names: Mapping[str, str], bodies: Sequence[str], where: str
) -> list[Problem]:
    """One notice for each unnamed policy of ``summary`` (by policy, over several bodies) that
    ``names`` (ReadResult.policy_names, keyed by model.body_key) names differently in its
    ``bodies``."""
    if summary.by != "policy" or len(bodies) < 2:
        return []
    said = []
    for group in summary.groups:
        if group.name or not group.id:
            continue
        given: dict[str, list[str]] = {}
        for body in bodies:
            if name := names.get(f"{body}\x1f{group.id}", ""):
                given.setdefault(comparable_name(name), [name]).append(body)
        if len(given) < 2:
            continue
        named = sorted(given.values(), key=len, reverse=True)  # (the most bodies' first)
        ways = "、".join(f"「{name}」（{body_list(who, _NAMED)}）" for name, *who in named[:_WAYS])
        if len(named) > _WAYS:  # (a national roll-up: each body its own name)
            ways += f" ほか {len(named) - _WAYS} 通り"
        said.append(
            Problem(
                Location(where),
                Severity.NOTICE,
                f"情報化政策{group.shown_id} は団体によって名前が違うため、表に名前を載せていません: {ways}",
                "同じ情報化政策なら、ブックの名前をそろえてください",
            )
        )
    return said


def items_apart(
    summary: Summary, names: Mapping[tuple[str, str], str], where: str
) -> list[Problem]:
    """One warning where ``summary`` (by item, over several bodies) adds under one row items
    its bodies name differently (``names``: Tally.names, (body, the item's path) → its name):
    bodies that each number their own plan from 1-1-1 (review 104 #4: 22 bodies' different
    1-1-1s in one row, its name blank, said nowhere). A common form's items, named alike, are
    one item each: nothing said."""
    if summary.by != "item":
        return []
    given: dict[str, dict[str, list[str]]] = {}  # path → name as compared → [name, bodies…]
    for (body, path), name in names.items():
        if body and name:
            given.setdefault(path, {}).setdefault(comparable_name(name), [name]).append(body)
    apart = [g for g in summary.groups if not g.name and len(given.get(g.path, {})) > 1]
    if not apart:
        return []
    first = sorted(given[apart[0].path].values(), key=len, reverse=True)
    ways = "、".join(f"「{name}」（{body_list(who, _NAMED)}）" for name, *who in first[:_WAYS])
    if len(first) > _WAYS:
        ways += f" ほか {len(first) - _WAYS} 通り"
    rows = "、".join(group.shown_id for group in apart[:_WAYS])
    rows += f" ほか {len(apart) - _WAYS} 行" if len(apart) > _WAYS else ""
    return [
        Problem(
            Location(where),
            Severity.WARNING,
            f"実施内容別の表の {len(summary.groups):,} 行のうち {len(apart):,} 行（{rows}）は、"
            f"{APART_ROWS}: "
            f"{apart[0].shown_id} は {ways}",
            "団体ごとに自分の計画で番号を付けているなら、番号が同じでも別の実施内容です。"
            "団体ごとの件数は --by body（団体別）か --by body-policy（団体ごとの情報化政策別）で"
            "見てください。同じ実施内容なら、ブックの名前をそろえてください",
            reason=APART_ROWS,
        )
    ]


def names_said(
    summary: Summary,
    result: ReadResult,
    items: Mapping[tuple[str, str], str],
    wording: Wording,
    *,
    plan: bool,
) -> list[Problem]:
    """What to say of ``summary``'s groups' names, in the body's words (``items``:
    Tally.names; ``plan``: whether a plan was read with the forms), at the whole read's place."""
    from planeval.io.level_names import place_read

    where = place_read(result.files)
    said = names_apart(summary, result.policy_names, result.bodies, where)
    if nameless := _nameless(summary, result, wording, where, plan=plan):
        said.append(nameless)
    return in_body_words([*said, *items_apart(summary, items, where)], wording)


def _nameless(
    summary: Summary, result: ReadResult, wording: Wording, where: str, *, plan: bool
) -> Problem | None:
    """One notice where no policy of a read with its plan has a name (none where any has: a
    policy of its own name's missing is no pattern of the whole read). (Without the plan, not
    said: the plan is where a body's policies are named, and forms alone often name none.)"""
    policies = [group for group in summary.groups if group.id]
    if not plan or summary.by != "policy" or not policies or any(result.policy_names.values()):
        return None
    if any(group.name for group in policies):  # (an export read back: names in its rows)
        return None
    heading = wording.heading(policies[0].shown_id, "名前")
    return Problem(
        Location(where),
        Severity.NOTICE,
        f"情報化政策の名前が見つからないため、表・グラフ・見出しには情報化政策の番号だけを載せて"
        f"います（計画の一覧にも調査票にも「{heading}」のような情報化政策の見出しの行がありません）",
        "名前を載せるなら、計画の一覧（--plan）か調査票の表の上に、情報化政策ごとに"
        f"「{heading}」の形の見出しの行を入れてください",
    )
