"""What is said under compare's tables (compare_footer): the legend, how many items improved and
fell, the items renumbered, ended by the plan, not compared (uncounted_notes, in_no_round_lines)
and left out of the earlier round by the plan (unjudged_line); rounds' share them (round_tables)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Collection, Mapping, Sequence

from planeval.cycle.bodies_apart import BodyApart
from planeval.cycle.compare import UNCOUNTED_LABELS, Comparison
from planeval.cycle.ended import ended_as
from planeval.cycle.merged_items import merged_note
from planeval.cycle.revised_items import revised_note
from planeval.cycle.submission import UNREADABLE
from planeval.cycle.trend_words import others_said
from planeval.cycle.unsent_offices import left_out_projects, offices_unit
from planeval.entry_columns import entry_record
from planeval.fiscal import era_year
from planeval.lazy_pattern import LazyPattern
from planeval.model import Entry
from planeval.past_errors import IN_ERROR_SAID, UNCOUNTED_BODIES
from planeval.report.apart import apart_lines
from planeval.report.changes import ROUND_NAMES, renumbered_note
from planeval.report.reason_lists import ListNote, paragraphs
from planeval.report.summary_legend import legend
from planeval.report.uncompared import totals_lines
from planeval.sole_items import sole_projects
from planeval.wording import grouped


def compare_footer(
    comparison: Comparison, *, printed: bool = False, include_same: bool = False
) -> str:
    """What the terminal and tabulate's formats print under compare's tables: the legend, as
    summarize's (「計は評価対象外を除く件数」), how many items improved and fell, what
    「計画で終了」 means, then what was not compared. ``printed``: for the workbook, a
    document to hand round, naming no command (review 91); ``include_same``: the list shows
    every item (--all)."""
    ended = [m.ended for m in comparison.movements if m.ended]
    lines = (
        legend(comparison.scale, wording=comparison.wording),
        trend_counts(comparison),
        revised_note(comparison),  # (a target revised: review 180 #4)
        renumbered_note(comparison, include_same=include_same, printed=printed),
        merged_note(comparison.movements, comparison.listed, comparison.wording.item),
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
    shown += f" ほか {grouped(len(rows) - 3)} 行" if len(rows) > 3 else ""
    return (
        f"{round_name}の {grouped(len(rows))} 行（{shown}）は、計画と照らすと{IN_ERROR_SAID}行（計画にない"
        f"{item}など）のため、{round_name}を計画とともに集計した表"
        f"{'' if printed else '（summarize --keep-going）'}と同じく、{counts}に含めていません"
    )


def unjudged_records(rows: Sequence[Entry]) -> list[dict[str, object]]:
    """An earlier round's rows unjudged_line says, as compare's and rounds' JSON give them."""
    return [entry_record(row) for row in rows]


def ended_note(words: Sequence[str], item: str, ended_in: str, earlier: str) -> str:
    """What 「計画で終了」 (「計画で廃止」…) in the tables means (cycle/ended.py; ``words``: the 区分's
    word of each item ended, 終了 or 廃止…; ``item``: the body's word; ``ended_in``: the round
    whose plan ended them, 今回 or rounds' label; ``earlier``: the rounds that rated them): ""
    for none."""
    counts = Counter(ended_as(word) for word in words)
    if not counts:
        return ""
    said = "、".join(f"「{label}」の{item} {grouped(n)} 件" for label, n in counts.items())
    typed = "".join(f"「{word}」" for word in dict.fromkeys(words))
    return (
        f"{said}は、{ended_in}の計画事業一覧で区分が{'' if len(counts) == 1 else 'それぞれ'}"
        f"{typed}のため、{ended_in}は評価していません（削除ではありません。{earlier}の件数には"
        "含めています）"
    )


def trend_counts(comparison: Comparison) -> str:
    """「前回から改善した施策 7件、後退した施策 3件」: what a report states of the round and
    check leaves to compare (review 66: counted by hand); "" where none changed."""
    trends = Counter(
        comparison.trend(m) or "変化" for m in comparison.movements if m.kind == "changed"
    )
    if not trends:
        return ""
    item = comparison.wording.item
    others = (
        others_said(  # (to or from 変更・中止: review 72; −: 評価できないに変化, review 175 #3)
            comparison.scale,
            item,
            [
                (m.old.status, m.new.status)
                for m in comparison.movements
                if m.kind == "changed" and not comparison.trend(m) and m.old and m.new
            ],
        )
    )
    if not trends["改善"] and not trends["後退"]:
        return f"前回から{others}"
    said = comparison.trend_words  # (評価が下がった where the scale rates 後退D: review 140 #6)
    up, down = (
        f"{said.up_said}{item} {grouped(trends['改善'])}件",
        f"{said.down_said}{item} {grouped(trends['後退'])}件",
    )
    return f"前回から{up}、{down}" + (f"（ほかに{others}）" if others else "")


def uncounted_notes(comparison: Comparison) -> str:
    """Under compare's tables, what was not compared: the bodies with no counted row in one
    round, and the items read but not counted there (errors); nothing when there is none."""
    item, policy = comparison.wording.item, comparison.wording.policy_short
    own = comparison.wording.department  # (所管部局: 記入する部局's word — review 181 #7)
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
                f"{round_name}は{UNCOUNTED_BODIES}：{'、'.join(named)}。その{item}は「{label}」です"
            )
        elif "" in bodies:  # (a round of no bodies)
            notes.append(f"{round_name}は数えた行がありません。{item}はすべて「{label}」です")
        unsent = any(m.unanswered and m.uncounted_in == side for m in comparison.movements)
        sent = {"調査票の提出がなかった": comparison.unanswered, UNREADABLE: comparison.unread_sent}
        for why, departments in [(w, by[side]) for w, by in sent.items() if unsent and side in by]:
            notes.append(  # (an .xls sent said so, not 提出がなかった: review 184 #4)
                f"{round_name}は{why}{offices_unit(departments, own)}: {'、'.join(departments)}。"
                f"その{item}{left_out_projects(comparison, side)}は「{label}」です"  # (review 202 #2)
            )
        read = [
            m
            for m in comparison.movements
            if m.uncounted_in == side
            and m.entry.body not in bodies
            and (m.other_year or not m.unanswered)  # (its form another year's: it answered)
        ]
        if items := sum(not (m.other_year or m.rowless) for m in read):
            notes.append(
                f"{round_name}は読んだものの数えなかった（{IN_ERROR_SAID}）{item} {grouped(items)} 件も"
                f"「{label}」です"
            )
        if dated := sum(m.other_year for m in read):  # (last year's workbook sent again)
            notes.append(
                f"{round_name}は別の年度の調査票だったため数えなかった{item} {grouped(dated)} 件も"
                f"「{label}」です"
            )
        if rowless := sum(m.rowless for m in read):  # (a row deleted: 未提出 by the plan)
            notes.append(
                f"{round_name}は回答に行がなかった（計画にはある）{item} {grouped(rowless)} 件も"
                f"「{label}」です"
            )
    if left_out := sum(bool(m.uncounted_in) for m in comparison.movements):
        notes.append(
            f"「前回未集計」「今回未集計」の{item} {grouped(left_out)} 件は、同じ{item}どうしを比べる"
            f"ため、{policy}別の件数の変化の前回・今回のどちらにも含めていません"
            + left_out_statuses(comparison)
        )
    notes += totals_lines(comparison)  # (so the 合計 is read as no round's count: review 86)
    return "\n".join([*notes, *in_no_round_lines(comparison.in_no_round, ROUND_NAMES)])


def left_out_statuses(comparison: Comparison) -> str:
    """Which items, rated what in the round that counted them, the counts per policy leave out
    as 未集計 in the other: 「。除いたのは今回（令和8年度）の 前進B 1 件（施策7-(1)イ）、後退D
    1 件（施策7-(1)ウ）です」 — 合計's 前進B 9 → 8 read as a fall where this year's count is 9,
    and no line said what was taken out of it (review 142 #4, #7): left_out_said."""
    rounds = []
    rows = comparison.wording.item_title != ""  # (rows rated as their 施策: review 175 #2)
    for side, index in (("new", 0), ("old", 1)):  # (rated in the round it was not 未集計 in)
        rated = [
            (entry, comparison.label(movement))
            for movement in comparison.movements
            if movement.uncounted_in == side
            and (entry := movement.old if side == "new" else movement.new) is not None
        ]
        sub_word = comparison.wording.sub_item
        told = told_apart(
            [unnumbered_named(i, entry, projects=rows, sub_word=sub_word) for entry, i in rated]
        )
        if any(entry.body for entry, _ in rated):  # (many bodies' rows: each named, and whose)
            told = [_of_body(shown_id, entry, rows) for entry, shown_id in rated]
        statuses = [
            (entry.status, shown_id) for (entry, _), shown_id in zip(rated, told, strict=True)
        ]
        year = comparison.years[index]
        name = ROUND_NAMES[index] + (f"（{era_year(year)}）" if year is not None else "")
        rounds.append((name, statuses))
    shown = comparison.wording.statuses_shown(comparison.scale)
    word = comparison.wording.status
    return left_out_said(rounds, shown, comparison.scale.symbols, word)


def _of_body(shown_id: str, entry: Entry, projects: bool = False) -> str:
    """An item of a body among many, in the left-out list: its ID, its name and its body's,
    「2-4 窓口のキャッシュレス化（青崎市）」 — an ID alone for some, 「2-4、…3-5」 beside named
    ones, said nothing (review 171 #7)."""
    named, name = unnumbered_named(shown_id, entry, projects=projects)
    said = f"{named} {name}" if name else named
    return f"{said}（{entry.body}）" if entry.body else said


def unnumbered_named(
    shown_id: str, entry: Entry, *, projects: bool = False, sub_word: str = ""
) -> tuple[str, str]:
    """An item's ID and name for told_apart: one of no number of its own (a 事務事業 shown by
    its 施策's 「Ⅱ-2」, which has four) named whole, 「Ⅱ-2 学校施設長寿命化事業」 (review 167 #3);
    where each row is its project's (``projects``: Wording.item_title, the item column an
    indicator's), by the project's name, 「3-4 文化芸術の振興」, not its 成果指標 (review 175 #2);
    a sub-item's row by its 細目 too (``sub_word``: the body's word for it), 「1-1-3①（細目
    IC タグ）」, not the item's name once for each of its 細目 (review 178 #11)."""
    if entry.sub_item and sub_word:
        shown_id = f"{shown_id}（{sub_word} {entry.sub_item}）"
    if projects and entry.project_name:
        return f"{shown_id} {entry.project_name}", ""
    if entry.item_no is None and not entry.item_label and entry.item_name:
        return f"{shown_id} {entry.item_name}", ""
    return shown_id, entry.item_name


def told_apart(items: Sequence[tuple[str, str]]) -> list[str]:
    """Each item's ID (``items``: its ID and name), one that several items share followed by
    the bracket closing its name (「1-3」 and 「1-3（第2段階）」), or where none of them has one,
    by its name: 「除いたのは…（1-3、1-3、1-10…）」 named one ID twice (review 157 #5)."""
    shared = Counter(shown_id for shown_id, _ in items)
    bracketed = {i for i, name in items if shared[i] > 1 and _CLOSING_BRACKET.search(name)}
    told = []
    for shown_id, name in items:
        if shared[shown_id] < 2 or not name:
            told.append(shown_id)
        elif shown_id in bracketed:
            tail = _CLOSING_BRACKET.search(name)
            told.append(f"{shown_id}{tail[0]}" if tail else shown_id)
        else:
            told.append(f"{shown_id} {name}")
    return told


_CLOSING_BRACKET = LazyPattern(r"（[^（）]+）$")


def left_out_said(
    rounds: Sequence[tuple[str, Sequence[tuple[str, str]]]],
    shown: Callable[[str], str],
    symbols: Sequence[str],
    word: str = "",
) -> str:
    """「。除いたのは今回（令和8年度）の 前進B 1 件（施策7-(1)イ）、後退D 1 件（施策7-(1)ウ）です」:
    per round (its name, each item left out that it rated: its status and ID as the list above
    shows it), the statuses in the scale's order (``symbols``; one outside it last), each said
    as ``shown`` says it with a few IDs — compare's and rounds' alike; "" where no round rated
    any of them. A status shown as a digit is said after the scale's ``word`` with が,
    「達成度3 が 3 件」, not 「3 3 件」, read as one count (review 167 #3)."""
    said = []
    for name, rated in rounds:
        ids: dict[str, list[str]] = {}
        for status, shown_id in rated:
            if status:
                ids.setdefault(status, []).append(shown_id)
        if not ids:
            continue
        statuses = sorted(ids, key=lambda s: symbols.index(s) if s in symbols else len(symbols))
        listed = "、".join(
            f"{_graded(shown(status), word)} {grouped(len(ids[status]))} 件"
            f"（{'、'.join(ids[status][:5])}"
            f"{f' ほか {grouped(len(ids[status]) - 5)} 件' if len(ids[status]) > 5 else ''}）"
            for status in statuses
        )
        said.append(f"{name}の {listed}")
    return f"。除いたのは{'と、'.join(said)}です" if said else ""


def _graded(shown: str, word: str) -> str:
    """A status as the left-out list says it before its count: a digit's after its word."""
    return f"{word}{shown} が" if shown.isdigit() else shown


def in_no_round_lines(
    in_no_round: Mapping[str, tuple[str, ...]], labels: Sequence[str]
) -> tuple[str, ...]:
    """「どの回も未集計の団体（比べていません）：川辺町（未回答）」, each body with its reason
    as summarize's 「未集計の団体」 gives it (a line per reason for many: reason_lists),
    each round's where they differ (「前回はファイル形式が異なるため、今回は未回答」)."""
    reasons = {
        body: why[-1]
        if len(set(why)) == 1
        else "、".join(f"{label}は{reason}" for label, reason in zip(labels, why, strict=True))
        for body, why in in_no_round.items()
    }
    if not reasons:
        return ()
    return paragraphs(ListNote.of(f"どの回も{UNCOUNTED_BODIES}（比べていません）：", reasons))


def answered_apart(body: BodyApart) -> bool:
    """Whether a body said apart answered a round it is apart in (nothing of it counted)."""
    return bool(body.unreadable or body.uncounted or body.held)
