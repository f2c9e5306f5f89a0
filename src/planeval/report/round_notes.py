"""What rounds says under its tables (rounds_footer, rounds_notes): the legend, how many items
improved and fell at each round, then what is 「未集計」 and why — the bodies and departments some
rounds have no workbook of, the items some round read and did not count — each named with its
status in the rounds that rated it, as compare's (left_out_said) —, each round's own count where
the counts per policy leave rows out, and an earlier round's rows the plan leaves out (compare's
unjudged_line). The tables themselves and the JSON are round_tables.py's."""

from __future__ import annotations

from collections.abc import Sequence

from planeval.cycle.rounds import BEFORE_JOINING, UNLISTED, UNSENT, RoundRow, Rounds
from planeval.past_errors import IN_ERROR_SAID
from planeval.report.apart import apart_lines
from planeval.report.compare_notes import (
    answered_apart,
    ended_note,
    left_out_said,
    told_apart,
    unjudged_line,
    unnumbered_named,
)
from planeval.report.round_tables import COMPARED_COUNTS, count_title
from planeval.report.summary_legend import legend
from planeval.report.uncompared import counted_instead, left_out_words
from planeval.sole_items import sole_projects


def rounds_footer(rounds: Rounds) -> str:
    """What the terminal and tabulate's formats print under rounds' tables: the legend, as
    summarize's, how many items improved and fell at each round, then what is 「未集計」 and why."""
    lines = (
        legend(rounds.scale, wording=rounds.wording),
        rounds.trend_line(),
        rounds_notes(rounds),
    )
    return "\n".join(filter(None, lines))


def rounds_notes(rounds: Rounds, *, printed: bool = False) -> str:
    """Under rounds' tables, what 「計画で終了」 means (the items the last round's plan ended),
    each body or department some rounds have no workbook of, per round the items read and not
    counted there (errors), and an earlier round's rows counted as read that its own summarize
    with the plan leaves out (compare's unjudged_line; ``printed``: for the workbook, naming no
    command); nothing when there is none."""
    ended = [row.ended for row in rounds.rows if row.ended]
    notes = [
        ended_note(ended, rounds.wording.item, rounds.labels[-1], "それより前の回"),
        *rounds_apart_lines(rounds),
        _unsent_note(rounds),
        _unreturned_note(rounds),
        _in_error_note(rounds),
        _counted_note(rounds),
        *(  # (an earlier round's rows its own summarize with the plan leaves out: compare's)
            unjudged_line(
                rows,
                label,
                rounds.wording.item,
                f"{rounds.wording.policy_short}別の件数の{label}",
                listed=rounds.listed,
                rated=sole_projects(row.entry for row in rounds.rows),
                printed=printed,
            )
            for label, rows in zip(rounds.labels, rounds.unjudged, strict=False)
        ),
    ]
    return "\n".join(note for note in notes if note)


def rounds_apart_lines(rounds: Rounds) -> list[str]:
    """The bodies left out of the counts per policy, why, and each one's own counts (under
    the counts in the workbook too); nothing when none is."""
    if not rounds.apart:
        return []
    what = "回答を数えられない" if any(map(answered_apart, rounds.apart)) else "回答のない"
    words = rounds.wording
    # (a body that joined later: its rounds before are 「参加前」, review 100 #7; one merged
    # away: the rounds whose list names it not 「団体一覧になし」, review 104 #7)
    apart = rounds.apart
    missed = any(len(b.missing) > (b.joined or 0) + len(b.unlisted) for b in apart)
    joined, unlisted = any(b.joined for b in apart), any(b.unlisted for b in apart)
    marks = [
        (rounds_of, cell)
        for rounds_of, cell, found in (
            ("回答のない", UNSENT, missed),
            ("参加前の", BEFORE_JOINING, joined),
            ("団体一覧にない", UNLISTED, unlisted),
        )
        if found
    ]
    if not missed:
        what = "参加していない" if joined else "団体一覧にない"
    shown = (
        f"その回を「{marks[0][1]}」"
        if len(marks) == 1
        else "、".join(f"{rounds_of}回を「{cell}」" for rounds_of, cell in marks)
    )
    heading = f"{what}回がある団体（{kept_out(rounds)}。{words.item}は{shown}としています）:"
    return apart_lines(rounds.apart, rounds.labels, heading)


def _unsent_note(rounds: Rounds) -> str:
    """The departments (a body's are said with it: apart_lines)."""
    from planeval.cycle.answered import named
    from planeval.cycle.submission import UNREADABLE
    from planeval.cycle.unsent_rounds import what_they_are

    # (those that sent only files not read at all, an .xls, said so: they answered — review
    # 184 #4: 「調査票の提出がない回がある部: DX推進担当部（令和4年度）」)
    missing: dict[tuple[str, str], list[str]] = {}
    unread: dict[tuple[str, str], list[str]] = {}
    for index, (label, absent) in enumerate(zip(rounds.labels, rounds.unsent, strict=False)):
        sent = rounds.unread[index] if index < len(rounds.unread) else frozenset()
        for who in absent:
            if who[1]:
                (unread if who[1] in sent else missing).setdefault(who, []).append(label)
    if not (missing or unread):
        return ""
    said = "。".join(
        f"{why}回がある{what_they_are(found, rounds.wording.department)}: "
        + "、".join(f"{named(who)}（{'・'.join(labels)}）" for who, labels in found.items())
        for why, found in (("調査票の提出がない", missing), (UNREADABLE, unread))
        if found
    )
    apart = {body.body for body in rounds.apart}
    left = [
        row
        for row in rounds.rows
        if (row.unsent - row.dated) & row.uncounted and row.entry.body not in apart
    ]
    if not left:  # (their items all in bodies said apart, or answered otherwise: no 0 件)
        return ""
    item = rounds.wording.item
    return (
        f"{said}。その{item} {len(left):,} 件は、"
        f"その回を「未集計」とし、同じ{item}どうしを比べるため、{kept_out(rounds)}"
        + _left_out(rounds, left)
    )


def _unreturned_note(rounds: Rounds) -> str:
    """The plan's items no round rated, their departments sending nothing (RoundRow.unreturned:
    review 164 #7): 「未提出」 where the plan names them, in no round's counts."""
    found = [row.unreturned for row in rounds.rows if row.unreturned]
    if not found:
        return ""
    departments = "・".join(dict.fromkeys(r.entry.department for r in rounds.rows if r.unreturned))
    item = rounds.wording.item
    return (
        f"担当課の回答がなく、どの回にも評価のない計画の{item} {len(found):,} 件"
        f"（{departments}、{_per_round(rounds, found)}）は、その回を「未提出」とし、"
        "どの回の件数にも含めていません"
    )


def _in_error_note(rounds: Rounds) -> str:
    """How many items some round read and did not count — for errors, or as of a workbook of
    another year (RoundRow.dated: last year's sent again) —, in which rounds, and that they
    are in no round's counts (uncounted.like_for_like)."""
    item = rounds.wording.item
    in_error = [row.in_error - row.unsent - row.dated for row in rounds.rows]
    dated = [row.dated for row in rounds.rows]  # (its form another year's: it answered)
    notes = [
        f"{why}{item} {sum(map(bool, found)):,} 件（{_per_round(rounds, found)}）は、その回を"
        f"「未集計」とし、同じ{item}どうしを比べるため、{kept_out(rounds)}"
        + _left_out(rounds, [row for row, its in zip(rounds.rows, found, strict=True) if its])
        for why, found in (
            (f"読んだものの数えなかった（{IN_ERROR_SAID}）", in_error),
            ("別の年度の調査票だったため数えなかった", dated),
        )
        if any(found)
    ]
    return "\n".join(notes)


def _left_out(rounds: Rounds, rows: Sequence[RoundRow]) -> str:
    """「。除いたのは令和5年度の A 2 件（1-1-1(1)、1-1-1(2)）と、令和7年度の A 2 件（…）です」:
    ``rows``, in no round's counts, named with their statuses in the rounds that rated them,
    as compare names its items left out (compare_notes.left_out_said): a round's 合計 read as
    a fall where that round counted them, and no line said what was taken out of it."""
    projects = rounds.wording.item_title != ""  # (rows rated as their 施策: review 175 #2)
    sub_word = rounds.wording.sub_item
    told = told_apart(
        [
            unnumbered_named(row.label, row.entry, projects=projects, sub_word=sub_word)
            for row in rows
        ]
    )
    rated = [
        (label, [(row.statuses[at], shown_id) for row, shown_id in zip(rows, told, strict=True)])
        for at, label in enumerate(rounds.labels)
    ]
    shown = rounds.wording.statuses_shown(rounds.scale)
    return left_out_said(rated, shown, rounds.scale.symbols, rounds.wording.status)


def _counted_note(rounds: Rounds) -> str:
    """「基本目標別の件数の合計は、未集計の指標を除いた件数のため、令和8年度の集計の 40 件ではなく
    37 件です」: each round whose own count the counts per policy leave rows out of, as
    compare's (review 132: a department's first answer, published as 40, read 37 here)."""
    if not rounds.counted:
        return ""
    shown = [summary.total.total for summary in rounds.summaries]
    words = rounds.wording
    left_out = left_out_words(rounds.apart, rounds.counted, shown, words.item, "一部の回だけ")
    table = count_title(rounds) if rounds.own else f"{words.policy_short}別の件数"
    said = counted_instead(table, left_out, rounds.labels, rounds.counted, shown)
    # (each round's own counts, its published figures, shown apart: review 158 #4)
    own = f"。各回の集計どおりの件数は「{count_title(rounds, own=True)}」の表のとおりです"
    return said + own if said and rounds.own else said


def kept_out(rounds: Rounds) -> str:
    """Where the rows said left out are: of the like-for-like table only, where each round's
    own counts are shown too (Rounds.own: review 158 #4, a clerk read 26 for the 28 published)."""
    if not rounds.own:
        return "どの回の件数にも含めていません"
    return f"各回の集計には含め、「{COMPARED_COUNTS}」の表では、どの回の件数にも含めていません"


def _per_round(rounds: Rounds, found: Sequence[frozenset[int]]) -> str:
    """The rounds ``found`` (each item's rounds) are of: 「R6」, or 「R5 1 件、R6 2 件」 where
    several rounds have such items."""
    per_round = {
        label: n
        for index, label in enumerate(rounds.labels)
        if (n := sum(index in rounds_of for rounds_of in found))
    }
    where = "、".join(f"{label} {n:,} 件" for label, n in per_round.items())
    return where if len(per_round) > 1 else next(iter(per_round))
