"""A policy several bodies name each their own way, in a roll-up by policy: its row shows no
name (no one body's is the prefecture's), and a notice says why and who names it how (review
40: 基本目標3 unnamed, nothing said). And, read with the plan, no policy named anywhere — no
heading row 「（1）情報化政策1 …」 in the plan nor in the forms —, which left the 集計 table
without its 名称 column, the chart's axis 「1 2 3」 and each heading a number, with no word why
(review 178 #8). summary_said gives summarize both, and items_apart's.

And a policy or direction the files of one read name differently: d policy or direction the files of one read name differently: departments' files copied
from one plan name 1-1 alike, and another name is last year's template or a typo. Noted as
each file joins the read (reader.absorb, note_names), with how many files give each name; said
once per level when it is done (renamed_levels): the reports use the name most files give,
ties the first in name order — never the first file read (review 181 #2: 地域創生部's
「データの利活用」 published because its file came first); with the plan, its name
(plan_names)."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from planeval.aggregate import Summary
from planeval.cells import body_list
from planeval.message_words import in_body_words, with_settings
from planeval.model import Location, Problem, Severity
from planeval.read_records import ReadResult
from planeval.text import comparable_name
from planeval.wording import Wording

if TYPE_CHECKING:
    from planeval.plan import Plan

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


def summary_said(
    summary: Summary,
    result: ReadResult,
    items: Mapping[tuple[str, str], str],
    wording: Wording,
    *,
    plan: bool,
) -> list[Problem]:
    """What summarize says of ``summary`` once counted, both ways of counting alike
    (summarize_workbooks, summary_of): its groups' names (``items``: Tally.names; ``plan``:
    whether a plan was read with the forms, at the whole read's place) and, of bodies whose
    plans have no policy level, the 区分なし group (unlevelled.unlevelled_notice, at the first
    body's workbook, else the first file read), in the body's words, a fix naming the settings
    in use (``result.settings``, where the read has named them)."""
    from planeval.io.level_names import place_read

    where = place_read(result.files)
    said = names_apart(summary, result.policy_names, result.bodies, where)
    if nameless := _nameless(summary, result, wording, where, plan=plan):
        said.append(nameless)
    said = in_body_words([*said, *items_apart(summary, items, where)], wording)
    if summary.unlevelled:  # (bodies whose plans have no policy level: counted apart, said)
        from planeval.unlevelled import unlevelled_notice

        first = result.files[0] if result.files else ""
        notice = unlevelled_notice(summary.unlevelled, result.file_bodies, first)
        said += in_body_words([notice], wording)
    return with_settings(said, result.settings)


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


# Problem.kind of the warning (its value the level's key): plan_names says it again
RENAMED = "名称の違い"
_NAMES_SHOWN = 2


def note_names(result: ReadResult, part: ReadResult, file: str) -> None:
    """Where each level ``part`` (the file ``file``'s read) names is first named, each name it
    gives a level otherwise than the files before (said by renamed_levels): at the cell naming
    it where known (ReadResult.level_cells), else at the file; and how many files give each
    name, once the files name it apart (ReadResult.named_by)."""
    from planeval.text import comparable_name

    cells, whole = part.level_cells, Location(file)
    for names, found in (
        (result.policy_names, part.policy_names),
        (result.direction_names, part.direction_names),
    ):
        for key, name in found.items():
            first = names.get(key)
            if first is None:
                result.named_in.setdefault(key, cells.get(key) or whole)
            elif not first:  # (unnamed in the files before: this one names it)
                result.named_in[key] = cells.get(key) or whole
            elif name:
                apart = result.named_apart.get(key)
                if apart is None and (
                    first == name or comparable_name(first) == comparable_name(name)
                ):
                    result.named_files[key] += 1
                    continue
                if apart is None:  # (every file before named it so: first)
                    apart = result.named_apart[key] = {first: result.named_in.get(key, whole)}
                    result.named_forms[key] = {comparable_name(first): first}
                    result.named_by[key] = Counter({first: result.named_files[key]})
                forms = result.named_forms[
                    key
                ]  # (one look: a thousand files naming it apart, not n² compares)
                same = forms.get(form := comparable_name(name))
                if same is None:
                    apart[name] = cells.get(key) or whole
                    same = forms[form] = name
                result.named_by[key][same] += 1
            if name:
                result.named_files[key] += 1


def renamed_levels(result: ReadResult) -> list[Problem]:
    """One warning per policy or direction (of its body) the files name otherwise, at the file
    (its cell where a level column named it) giving the name not used: the name most files
    give is the reports' (set in ReadResult's names), ties the first in name order, each file
    counted once — not the first file read (review 181 #2)."""
    said = []
    for key, names in result.named_apart.items():
        counted = result.named_by.get(key, Counter())
        ranked = sorted(names, key=lambda name: (-counted[name], name))
        chosen, others = ranked[0], ranked[1:]
        _use(result, key, chosen)
        tied = len(ranked) > 1 and counted[ranked[1]] == counted[chosen]
        why = (
            f"どれも同じ数のファイルが使っているため、名前の順で先の「{chosen}」（{names[chosen]}）"
            if tied
            else f"多くのファイル（{_files(names[chosen], counted[chosen])}）の「{chosen}」"
        )
        said.append(
            Problem(
                names[others[0]],
                Severity.WARNING,
                f"{_typed(result, key)} の名称がファイルによって違います: {_listed(names, others)}。"
                f"報告書などでは{why}を使います",
                "計画の名称に揃えてください。古い年度の調査票を使っていないかも確認してください",
                kind=RENAMED,
                value=key,
            )
        )
    return said


def plan_names(result: ReadResult, plan: Plan) -> None:
    """Each level the files name apart whose one name is the plan's: that name the reports',
    whatever most files give, and the warning said again naming the files that differ from
    the plan (review 181 #2: the plan's 「データ利活用の推進」 lost to the first file's
    「データの利活用」, and the warning blamed a file that matched the plan)."""
    from planeval.text import comparable_name

    if not result.named_apart or not plan.items:
        return
    plan_file = plan.items[0].location.file
    planned = {comparable_name(_unnumbered(name)) for name in _plan_level_names(plan)}
    for key, names in result.named_apart.items():
        matching = [name for name in names if comparable_name(name) in planned]
        if len(matching) != 1:
            continue  # (no name, or several, the plan's: as most files say)
        [chosen] = matching
        _use(result, key, chosen)
        others = [name for name in names if name != chosen]
        said = Problem(
            names[others[0]],
            Severity.WARNING,
            f"{_typed(result, key)} の名称が計画（{plan_file}）と違います: {_listed(names, others)}。"
            f"報告書などでは計画の名称「{chosen}」を使います",
            "このファイルの名称を計画の名称に揃えてください。古い年度の調査票を使っていないかも確認してください",
            kind=RENAMED,
            value=key,
        )
        result.problems = [
            said if problem.kind == RENAMED and problem.value == key else problem
            for problem in result.problems
        ]


def _plan_level_names(plan: Plan) -> set[str]:
    names: set[str] = set()
    for item in plan.items:
        names.update(name for name in (item.policy_name, item.direction_name) if name)
    return names


# a level's number before its name in one cell, as a plan types it: 「施策7 データ利活用の推進」
_NUMBER_BEFORE = re.compile(r"^\D{0,4}[0-9０-９ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ()（）\-－.．]+[\s　]+")


def _unnumbered(name: str) -> str:
    return _NUMBER_BEFORE.sub("", name.strip())


def _use(result: ReadResult, key: str, name: str) -> None:
    """``name`` the name of the level ``key`` in the outputs."""
    for names in (result.direction_names, result.policy_names):
        if key in names:
            names[key] = name
            return


def _listed(names: dict[str, Location], others: list[str]) -> str:
    listed = "、".join(f"「{name}」（{names[name]}）" for name in others[:_NAMES_SHOWN])
    if len(others) > _NAMES_SHOWN:
        listed += f" ほか {len(others) - _NAMES_SHOWN} 通り"
    return listed


def _files(place: Location, count: int) -> str:
    return f"{place} ほか {count - 1} ファイル" if count > 1 else str(place)


def _typed(result: ReadResult, key: str) -> str:
    """A level's number as its files type it, 「Ⅰ」 (the tables' numerals: review 144 #8, where
    the warning said 「1」), else its ID."""
    return result.level_labels.get(key) or key.rpartition("\x1f")[2]
