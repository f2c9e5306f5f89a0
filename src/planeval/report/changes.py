"""compare's results as plain data: the items whose status moved, the counts per policy before
and after, what was not compared, and their JSON; the counts' headers and notes rounds' share
(round_tables.py)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence

from planeval.cycle.bodies_apart import BodyApart
from planeval.cycle.compare import UNCOUNTED_LABELS, Comparison, Movement, renumbered, signed
from planeval.cycle.ended import ENDED
from planeval.entry_columns import entry_record
from planeval.fiscal import between, era_year
from planeval.id_order import id_order
from planeval.marks import unit
from planeval.model import Entry
from planeval.report.apart import apart_dicts, apart_lines
from planeval.report.issue_list import named_row
from planeval.report.reason_lists import ListNote, paragraphs
from planeval.report.render import TableData
from planeval.report.tables import short_titles, uncounted_headers
from planeval.report.uncompared import totals_dict, totals_lines
from planeval.report.views import legend
from planeval.scale import Scale
from planeval.sole_items import sole_projects
from planeval.wording import grouped

ROUND_NAMES = ("前回", "今回")
NAME = "名称"  # (the counts per policy's column of the policies' names)


def named_policies(counts: Iterable[tuple[str, str, object]]) -> bool:
    """Whether the counts per policy (count_changes, Rounds.policy_counts) show the policies'
    names: where some policy has one. A survey of bodies that each name their policy 1 their
    own way (aggregate: no one body's name), or a plan whose policies are numbers only, has
    none to show, and no empty 名称 column in any format."""
    return any(name for _policy, name, _counts in counts)


def movement_table(comparison: Comparison, *, include_same: bool) -> TableData:
    """Each item whose status moved (every item with ``include_same``); with several bodies
    a 団体 column first, since every body numbers its plan from 1-1-1; 細目 only where an item
    of either round has one. Levels in the body's words (``Comparison.wording``), statuses as
    its tables write them (「前進B」: review 105 #9a)."""
    bodies = any(movement.entry.body for movement in comparison.movements)
    subs = any(entry.sub_item for m in comparison.movements for entry in (m.old, m.new) if entry)
    words = comparison.wording
    shown = words.statuses_shown(comparison.scale)
    # (a row that is its project, 取組項目 1.1.1 over its 取組内容: named so — not 羽村市's 施策 27
    # over its several 事業, listed by the 施策's number alone)
    rated = sole_projects(m.entry for m in comparison.movements)
    rows = []
    for movement in comparison.movements:
        if movement.kind == "same" and not include_same and not _own_move(movement, rated):
            continue  # (one under its project's new number: said once, renumbered_note)
        e = movement.entry
        own = (e.body, e.project_id) in rated
        listed, item = named_row(comparison.label(movement), e, words, projects=own)
        row = [
            listed,
            item,
            *([e.sub_item or ""] if subs else []),
            shown(movement.old.status) if movement.old else "",
            shown(movement.new.status) if movement.new else "",
            comparison.describe(movement),
        ]
        rows.append([e.body, *row] if bodies else row)
    headers = (
        comparison.listed.header(words),  # (「施策」 where each ID is its project's: review 92)
        words.item,
        *([words.sub_item] if subs else []),
        *round_heads(comparison),
    )
    title = f"{words.status}の変化{between(comparison.years)}"
    return TableData(title, ("団体", *headers) if bodies else headers, rows)


def _own_move(movement: Movement, rated: frozenset[tuple[str, str]]) -> bool:
    """Whether the movement pairs an item under another number of its own (「1-1-3② →
    1-1-3③」, or a project ``rated`` as its one row, sole_projects: 取組項目 2.1.3 → 2.1.2):
    said in the list, not folded into renumbered_note."""
    old, new = movement.old, movement.new
    if not movement.moved or old is None or new is None:
        return False
    return old.project_id == new.project_id or (new.body, new.project_id) in rated


def renumbered_note(
    comparison: Comparison, *, include_same: bool = False, printed: bool = False
) -> str:
    """The items paired under their project's new number, their status unchanged, which the
    list leaves out (a 施策 inserted, every 施策 after it one on: 82 事業 「Ⅱ-2-5 → Ⅱ-6
    変化なし（番号変更）」 listed one by one, review 121 #5): said once, with the projects'
    numbers as the list shows them. "" for none, or where the list shows every item
    (``include_same``: --all); ``printed``: for a workbook, naming no option."""
    rated = sole_projects(m.entry for m in comparison.movements)
    unchanged = [
        m
        for m in comparison.movements
        if m.kind == "same" and renumbered(m) and not _own_move(m, rated)
    ]
    if include_same or not unchanged:
        return ""
    listed = comparison.listed
    projects = dict.fromkeys(
        " → ".join(
            listed.shown(e.body, e.policy_id, e.project_shown_id, e.direction_id)
            for e in (m.old, m.new)
            if e is not None
        )
        for m in unchanged
    )
    shown = "、".join(list(projects)[:3])
    words = comparison.wording
    shown += f" ほか {len(projects) - 3} {words.project_short}" if len(projects) > 3 else ""
    return (
        f"{words.project_short}の番号が前回から変わった{words.item} {grouped(len(unchanged))} 件"
        f"（{words.project_short} {shown}）は、{words.status}が変わらないため表に載せていません"
        + ("" if printed else "（--all で表示します）")
    )


def round_heads(comparison: Comparison) -> tuple[str, str, str]:
    """The movements' status columns and 変化: each round's fiscal year where both are known
    and differ, 令和5年度 | 令和6年度, as the title above says them (「（令和5年度 → 令和6年度）」:
    前回 | 今回 under it made a reader match them up, review 79a); else 前回 | 今回."""
    before, after = comparison.years
    if before is None or after is None or before == after:
        return (*ROUND_NAMES, "変化")
    return (era_year(before), era_year(after), "変化")


def no_movement(comparison: Comparison) -> str:
    """What an empty changes table says on a terminal, in the body's words: 「達成状況の変わった
    実施内容はありません（令和5年度 → 令和6年度）」 (an empty box under a title said it less
    plainly: review 21)."""
    words = comparison.wording
    return f"{words.status}の変わった{words.item}はありません{between(comparison.years)}"


def count_changes(comparison: Comparison) -> list[tuple[str, str, list[tuple[int, int]]]]:
    """Per policy, then 合計: (its number as a reader sees it — as typed, 基本方針Ⅰ's Ⅰ, else
    its ID —, name, [(before, after) per counted symbol, then 計, then per symbol shown and
    not counted: count_headers' columns])."""
    scale = comparison.scale
    old = {g.id: g for g in comparison.old.groups}
    new = {g.id: g for g in comparison.new.groups}
    rows = []
    for policy in sorted(set(old) | set(new), key=id_order):
        before, after = old.get(policy), new.get(policy)
        either = after or before
        shown = either.shown_id if either is not None else policy
        # (its name where either round has one: a round read from a form naming no policy)
        name = next((g.name for g in (after, before) if g is not None and g.name), "")
        was, now = (group.count if group else None for group in (before, after))
        pairs = [(was.counts[s] if was else 0, now.counts[s] if now else 0) for s in scale.counted]
        pairs.append((sum(a for a, _ in pairs), sum(b for _, b in pairs)))
        pairs += [
            (was.uncounted[s] if was else 0, now.uncounted[s] if now else 0)
            for s in scale.uncounted
        ]
        rows.append((shown, name, pairs))
    totals = [
        (sum(r[2][i][0] for r in rows), sum(r[2][i][1] for r in rows))
        for i in range(len(count_headers(scale)))
    ]
    rows.append(("合計", "", totals))
    return rows


def count_headers(scale: Scale) -> tuple[str, ...]:
    """The columns of the counts per policy after ID and 名称, as summarize's: each counted
    symbol, 計, and each symbol shown and not counted (「-（再掲）」, 「評価対象外」), which
    legend's 「計は…を除く件数」 explains."""
    return (*scale.counted, "計", *uncounted_headers(scale))


def count_change_table(comparison: Comparison, *, separated: bool = True) -> TableData:
    """Per policy (and 合計), each count's change: 「1,779 → 1,765（▲14）」, thousands separated
    as summarize's counts are (``separated``; a CSV's as data, 1779)."""
    changes = count_changes(comparison)
    named = named_policies(changes)
    count = grouped if separated else str
    rows = [
        [
            policy,
            *([name] if named else []),
            *(f"{count(a)} → {count(b)}（{signed(b - a)}）" for a, b in pairs),
        ]
        for policy, name, pairs in changes
    ]
    headers = ("ID", *([NAME] if named else []), *count_headers(comparison.scale))
    years = between(comparison.years, "（前回 → 今回）")
    title = f"{comparison.wording.policy_short}別の件数の変化{years}"
    short = short_titles(headers, comparison.scale)
    return TableData(title, headers, rows, short=short, id_word=comparison.wording.policy)


def compare_footer(
    comparison: Comparison, *, printed: bool = False, include_same: bool = False
) -> str:
    """What the terminal and tabulate's formats print under compare's tables: the legend, as
    summarize's (「計は評価対象外を除く件数」), how many items improved and fell, what
    「計画で終了」 means, then what was not compared. ``printed``: for the workbook, a
    document to hand round, naming no command (review 91); ``include_same``: the list shows
    every item (--all)."""
    ended = sum(m.ended for m in comparison.movements)
    lines = (
        legend(comparison.scale),
        trend_counts(comparison),
        renumbered_note(comparison, include_same=include_same, printed=printed),
        ended_note(ended, comparison.wording.item, ROUND_NAMES[1], ROUND_NAMES[0]),
        uncounted_notes(comparison),
        unjudged_note(comparison, printed=printed),
    )
    return "\n".join(filter(None, lines))


def unjudged_note(comparison: Comparison, *, printed: bool = False) -> str:
    """前回's rows that its own summarize with the plan leaves out as errors (a 課's row
    inserted, no item of the plan), which the counts leave out too: said, or the row 削除 above
    reads as a fall of one (review 118 #4). "" for none."""
    return unjudged_line(
        comparison.unjudged,
        ROUND_NAMES[0],
        comparison.wording.item,
        f"{comparison.wording.policy_short}別の件数の変化の前回",
        listed=comparison.listed,
        rated=sole_projects(m.entry for m in comparison.movements),
        printed=printed,
    )


def unjudged_line(
    rows: Sequence[Entry],
    round_name: str,
    item: str,
    counts: str,
    *,
    listed: Callable[[Entry], str],
    rated: Collection[tuple[str, str]] = (),
    printed: bool = False,
) -> str:
    """What compare and rounds say of an earlier round's rows (``round_name``'s: 前回, 令和5年度)
    that its own summarize with the plan leaves out as errors (ReadResult.unjudged_rows), and
    so do their ``counts`` (政策別の件数の変化の前回; ``item``: the body's word): the first few named, as the tables above name them — ``listed``: each
    row's ID as they print it (Comparison.listed, Rounds.listed: 1-(2)イ, never a (2)イ that
    names an item under each policy — review 93); a row of ``rated``, (body, project) rated as
    one row (sole_items), by its project's name, 「2.1.4 住民票の電子化」, not its 取組内容
    (review 119 #5). ``printed``: for a workbook to hand round, without the command that makes
    that table (a terminal's hint, not report text: review 91). "" for none."""
    if not rows:
        return ""

    def named(row: Entry) -> str:
        own = (row.body, row.project_id) in rated and row.project_name
        return f"{listed(row)} {row.project_name if own else row.item_name}"

    shown = "、".join(named(row) for row in rows[:3])
    shown += f" ほか {len(rows) - 3} 行" if len(rows) > 3 else ""
    return (
        f"{round_name}の {len(rows)} 行（{shown}）は、計画と照らすとエラーになる行（計画にない"
        f"{item}など）のため、{round_name}を計画とともに集計した表"
        f"{'' if printed else '（summarize --keep-going）'}と同じく、{counts}に含めていません"
    )


def unjudged_records(rows: Sequence[Entry]) -> list[dict[str, object]]:
    """An earlier round's rows unjudged_line says, as compare's and rounds' JSON give them."""
    return [entry_record(row) for row in rows]


def ended_note(items: int, item: str, ended_in: str, earlier: str) -> str:
    """What 「計画で終了」 in the tables means (cycle/ended.py; ``items``: how many; ``item``:
    the body's word; ``ended_in``: the round whose plan ended them, 今回 or rounds' label;
    ``earlier``: the rounds that rated them): "" for none."""
    if not items:
        return ""
    return (
        f"「{ENDED}」の{item} {items:,} 件は、{ended_in}の計画事業一覧で区分が「終了」のため、"
        f"{ended_in}は評価していません（削除ではありません。{earlier}の件数には含めています）"
    )


def trend_counts(comparison: Comparison) -> str:
    """「前回から改善した施策 7件、後退した施策 3件」: what a report states of the round and
    check leaves to compare (review 66: counted by hand); "" where none changed."""
    trends = Counter(
        comparison.trend(m) or "変化" for m in comparison.movements if m.kind == "changed"
    )
    if not trends:
        return ""
    item, other = comparison.wording.item, trends["変化"]  # (to or from 変更・中止: review 72)
    if not trends["改善"] and not trends["後退"]:  # (a scale of categories: no order at all)
        return f"前回から評価が変わった{item} {other}件"
    return f"前回から改善した{item} {trends['改善']}件、後退した{item} {trends['後退']}件" + (
        f"（ほかに変化 {other}件）" if other else ""
    )


def uncounted_notes(comparison: Comparison) -> str:
    """Under compare's tables, what was not compared: the bodies with no counted row in one
    round, and the items read but not counted there (errors); nothing when there is none."""
    item, policy = comparison.wording.item, comparison.wording.policy_short
    answered = "数えた" if any(answered_apart(body) for body in comparison.apart) else "回答した"
    notes = apart_lines(
        comparison.apart,
        ROUND_NAMES,
        f"一方の回だけ{answered}団体（変化の表と{policy}別の件数の変化には含めていません）:",
    )
    apart = {body.body for body in comparison.apart}
    for side, round_name in zip(("old", "new"), ROUND_NAMES, strict=True):
        label = UNCOUNTED_LABELS[side]
        bodies = comparison.not_counted.get(side, ())
        named = [body for body in bodies if body and body not in apart]
        if named:
            notes.append(
                f"{round_name}は数えた行のない団体: {'、'.join(named)}。その{item}は「{label}」です"
            )
        elif "" in bodies:  # (a round of no bodies)
            notes.append(f"{round_name}は数えた行がありません。{item}はすべて「{label}」です")
        unsent = any(m.unanswered and m.uncounted_in == side for m in comparison.movements)
        if unsent and (departments := comparison.unanswered.get(side)):  # (none: 0 items)
            notes.append(
                f"{round_name}は調査票の提出がなかった{unit(departments)}: {'、'.join(departments)}。"
                f"その{item}は「{label}」です"  # (局 of a city of 局, else 部署: marks.unit)
            )
        read = [
            m
            for m in comparison.movements
            if m.uncounted_in == side
            and m.entry.body not in bodies
            and (m.other_year or not m.unanswered)  # (its form another year's: it answered)
        ]
        if items := sum(not m.other_year for m in read):
            notes.append(
                f"{round_name}は読んだものの数えなかった（エラーのあった）{item} {items} 件も"
                f"「{label}」です"
            )
        if dated := sum(m.other_year for m in read):  # (last year's workbook sent again)
            notes.append(
                f"{round_name}は別の年度の調査票だったため数えなかった{item} {dated} 件も"
                f"「{label}」です"
            )
    if left_out := sum(bool(m.uncounted_in) for m in comparison.movements):
        notes.append(
            f"「前回未集計」「今回未集計」の{item} {left_out:,} 件は、同じ{item}どうしを比べる"
            f"ため、{policy}別の件数の変化の前回・今回のどちらにも含めていません"
        )
    notes += totals_lines(comparison)  # (so the 合計 is read as no round's count: review 86)
    return "\n".join([*notes, *in_no_round_lines(comparison.in_no_round, ROUND_NAMES)])


def in_no_round_lines(
    in_no_round: Mapping[str, tuple[str, ...]], labels: Sequence[str]
) -> tuple[str, ...]:
    """「どの回も数えた行のない団体（比べていません）: 川辺町（未回答）」, each body with its reason
    as summarize's 「数えた行のない団体」 gives it (a line per reason for many: reason_lists),
    each round's where they differ (「前回はエラーのため、今回は未回答」)."""
    reasons = {
        body: why[-1]
        if len(set(why)) == 1
        else "、".join(f"{label}は{reason}" for label, reason in zip(labels, why, strict=True))
        for body, why in in_no_round.items()
    }
    if not reasons:
        return ()
    return paragraphs(ListNote.of("どの回も数えた行のない団体（比べていません）:", reasons))


def comparison_dict(comparison: Comparison, *, include_same: bool) -> dict[str, object]:
    return {
        "movements": [
            {
                "kind": m.kind,
                "trend": comparison.trend(m),
                "moved": m.moved,
                "uncounted_in": m.uncounted_in or None,
                "ended": m.ended,  # (the new round's plan marks it 終了: 「計画で終了」)
                "old": entry_record(m.old) if m.old else None,
                "new": entry_record(m.new) if m.new else None,
            }
            for m in comparison.movements
            if include_same or m.kind != "same" or m.moved
        ],
        "old": comparison.old.as_dict(),
        "new": comparison.new.as_dict(),
        # (per round, the bodies with rows in the other round only: their items not compared)
        "not_counted": {
            side: list(comparison.not_counted.get(side, ())) for side in ("old", "new")
        },
        # (the bodies with no workbook in one round: said body by body, in no movement)
        "bodies_apart": apart_dicts(comparison.apart, ("old", "new")),
        # (the bodies no round counted a row of, with each round's reason)
        "counted_in_no_round": {
            body: dict(zip(("old", "new"), why, strict=True))
            for body, why in comparison.in_no_round.items()
        },
        # (each round's count of every row it counted; the policies no compared item is of)
        **totals_dict(comparison),
        # (前回's rows its own summarize with the plan leaves out as errors: counted here)
        "old_rows_plan_leaves_out": unjudged_records(comparison.unjudged),
    }


def answered_apart(body: BodyApart) -> bool:
    """Whether a body said apart answered a round it is apart in (nothing of it counted)."""
    return bool(body.unreadable or body.uncounted or body.held)
