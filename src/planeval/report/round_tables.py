"""rounds' results as plain data: each item's status in every round, the counts per policy
round by round, and their JSON (compare's are in changes.py, changed_counts.py and
compare_json.py, whose counts' headers these share); what is said under them is
round_notes.py's."""

from __future__ import annotations

from planeval.cycle.compare import KIND_LABELS
from planeval.cycle.rounds import Rounds
from planeval.entry_columns import entry_record
from planeval.fiscal import between
from planeval.report.apart import apart_dicts
from planeval.report.changed_counts import (
    NAME,
    count_columns,
    count_headers,
    marked_counts,
    named_policies,
)
from planeval.report.compare_notes import unjudged_records
from planeval.report.count_headers import short_titles
from planeval.report.issue_list import named_row
from planeval.report.render import TableData
from planeval.sole_items import sole_projects
from planeval.wording import ID_TITLE, grouped

# the counts per policy's tables where each round's own (its published figures) and the
# like-for-like differ (Rounds.own): both shown, each titled so (review 158 #4)
OWN_COUNTS, COMPARED_COUNTS = "各回の集計", "同じ範囲での比較"
# the cells of the rounds before an item's first and after its last (compare's 追加/削除)
ADDED, REMOVED = f"（{KIND_LABELS['added']}）", f"（{KIND_LABELS['removed']}）"


def rounds_table(rounds: Rounds) -> TableData:
    """Each item's status in every round, side by side (with several bodies, a 団体 column
    first; 細目 only where an item has one); an item renumbered 「2(1)ウ → 2(1)イ」; statuses
    as the body's tables write them (「前進B」: review 105 #9a), 「未集計」 and the like as they are."""
    shown = rounds.wording.statuses_shown(rounds.scale)
    bodies = any(row.entry.body for row in rounds.rows)
    subs = any(row.entry.sub_item for row in rounds.rows)
    words = rounds.wording
    rated = sole_projects(row.entry for row in rounds.rows)  # (as compare's: movement_table)
    rows = [
        [
            *([row.entry.body] if bodies else []),
            *named_row(
                row.label,
                row.entry,
                words,
                projects=(row.entry.body, row.entry.project_id) in rated,
            ),
            *([row.entry.sub_item or ""] if subs else []),
            *map(shown, _added_removed(row.shown)),
        ]
        for row in rounds.rows
    ]
    id_title = rounds.listed.header(words)  # (「施策」 where each ID is its project's)
    headers = (id_title, words.item_column, *([words.sub_item] if subs else []), *rounds.labels)
    title = f"{rows_title(rounds)}{between(rounds.years)}"
    headers = ("団体", *headers) if bodies else headers
    columns = frozenset(range(len(headers) - len(rounds.labels), len(headers)))  # (each round's)
    return TableData(title, headers, rows, statuses=columns)


def _added_removed(cells: tuple[str, ...]) -> tuple[str, ...]:
    """An item's cells with the round just before the first that has it 「（追加）」 and the one
    just after the last 「（削除）」, as compare's 追加/削除: a blank there read as 未記入 (review
    136 #5). The rounds further out stay blank, as any round without the item: 「（追加）」 in
    both 令和6 and 令和7 of an item added in 令和8 read as added twice (review 176 #7)."""
    had = [index for index, cell in enumerate(cells) if cell]
    if not had:
        return cells
    marks = {had[0] - 1: ADDED, had[-1] + 1: REMOVED}
    return tuple(cell or marks.get(index, "") for index, cell in enumerate(cells))


def rows_title(rounds: Rounds) -> str:
    """The items' table's (and the workbook's sheet's) name: 実施内容別の達成状況; 取組項目別 where
    every row is its project, named 「1.1.1 遊休地の集約化」 (named_row; review 116)."""
    words = rounds.wording
    rated = sole_projects(row.entry for row in rounds.rows)
    own = bool(rated) and all(
        (row.entry.body, row.entry.project_id) in rated for row in rounds.rows
    )
    return words.by(words.project if own else words.item)


def rounds_count_table(rounds: Rounds, *, separated: bool = True, own: bool = False) -> TableData:
    """Per policy (and 合計), the counts of every round, one line per round, thousands
    separated as summarize's (``separated``; a CSV's as data, 1779); under each, its marked
    rows' (「うち重点」: count_rows); ``own``: each round's own counts (Rounds.own), where the
    compared leave some round's rows out (review 158 #4: both are shown, titled apart)."""
    count = grouped if separated else str
    rows = []
    policies = count_rows(rounds, own)
    named = named_policies(policies)
    for policy, name, per_round in policies:
        # (an うち重点 line: its label where no 名称, as compare's count_change_table)
        first = [policy or ("" if named else name), *([name] if named else [])]
        for index, (label, counts) in enumerate(zip(rounds.labels, per_round, strict=True)):
            shown = first if index == 0 else [""] * len(first)
            rows.append([*shown, label, *map(count, counts)])
    headers = (ID_TITLE, *([NAME] if named else []), "回", *count_headers(rounds.scale))
    numbers = frozenset(range(headers.index("回") + 1, len(headers)))  # (right-aligned)
    title = count_title(rounds, own)
    short = short_titles(headers, rounds.scale)
    return TableData(title, headers, rows, numbers, short, id_word=rounds.wording.policy)


def count_title(rounds: Rounds, own: bool = False) -> str:
    """「基本目標別の件数（回ごと）」; where each round's own counts are shown apart (Rounds.own),
    「…（各回の集計）」 (``own``) and 「…（同じ範囲での比較）」 (the like-for-like)."""
    shown = OWN_COUNTS if own else COMPARED_COUNTS if rounds.own else "回ごと"
    return f"{rounds.wording.policy_short}別の件数（{shown}）"


def count_rows(rounds: Rounds, own: bool = False) -> list[tuple[str, str, list[list[int]]]]:
    """Rounds.policy_counts, each policy by its number as shown (Rounds.shown_id), and under
    each (合計 too) where every round's forms mark rows, a line ("", 「うち重点」, each round's
    counts of its marked rows): the 重点 事務事業 川崎市 publishes round by round, as compare's
    line under each policy (changed_counts.marked_counts; review 147 #6)."""
    rows: list[tuple[str, str, list[list[int]]]] = []
    policies = rounds.policy_counts(own)
    for at, (policy, name, per_round) in enumerate(policies):
        rows.append((rounds.shown_id(policy), name, per_round))
        if (marked := _marked(rounds, policy, at == len(policies) - 1, own)) is not None:
            rows.append(("", marked[0], marked[1]))
    return rows


def _marked(
    rounds: Rounds, policy: str, total: bool, own: bool = False
) -> tuple[str, list[list[int]]] | None:
    """A policy's (``total``: 合計's) うち重点 label and each round's counts, as count_rows."""
    summaries = rounds.own if own else rounds.summaries
    groups = [next((g for g in s.groups if g.id == policy), None) for s in summaries]
    found = marked_counts(summaries, None if total else groups)
    if found is None:
        return None
    return found[0], [count_columns(rounds.scale, count) for count in found[1]]


def rounds_dict(rounds: Rounds) -> dict[str, object]:
    return {
        "rounds": list(rounds.labels),
        "trends": [  # (each round after the first: how many improved, fell, changed otherwise)
            {"round": rounds.labels[at], "improved": up, "fell": down, "changed": len(others)}
            for at, (up, down, others) in enumerate(rounds.trends(), start=1)
        ],
        "items": [
            {
                "id": row.id,
                "former_ids": list(row.former),  # (the numbers earlier rounds rated it under)
                **entry_record(row.entry),
                "statuses": list(row.statuses),
                "unsent_in": [rounds.labels[index] for index in sorted(row.unsent - row.dated)],
                "errors_in": [rounds.labels[index] for index in sorted(row.in_error)],
                # (of errors_in, the rounds whose workbook of it was another year's, left out)
                "other_year_in": [rounds.labels[index] for index in sorted(row.dated)],
                # (the rounds before its body joined the survey: 「参加前」 there)
                "before_joining_in": list(rounds.labels[: row.joined]),
                # (the rounds whose list of bodies names its body not: 「団体一覧になし」 there)
                "unlisted_in": [rounds.labels[index] for index in sorted(row.unlisted)],
                # (the plan's, its department sending nothing and no round rating it: 未提出)
                "unreturned_in": [rounds.labels[index] for index in sorted(row.unreturned)],
                # (the last round's plan marks it 終了: 「計画で終了」 there)
                "ended_in": rounds.labels[-1] if row.ended else None,
            }
            for row in rounds.rows
        ],
        # (the bodies the counts per policy are of, counted in every round; bodies_apart the
        # others, each with its own counts)
        "policy_bodies": list(rounds.bodies),
        "policies": _policies_dict(rounds),
        # (each round's own counts per policy, where "policies" leave some round's rows out:
        # its published figures, review 158 #4; else none)
        "policies_as_counted": _policies_dict(rounds, own=True) if rounds.own else [],
        # (each round's 計 over every row it counted, which the counts per policy may leave
        # rows of out: compare's "counted")
        "counted": dict(zip(rounds.labels, rounds.counted, strict=False)),
        "bodies_apart": apart_dicts(rounds.apart, rounds.labels),
        # (per round, its rows counted here that its own summarize with the plan leaves out as
        # errors, as compare's old_rows_plan_leaves_out)
        "rows_plan_leaves_out": {
            label: unjudged_records(rows)
            for label, rows in zip(
                rounds.labels, rounds.unjudged or [()] * len(rounds.labels), strict=True
            )
        },
    }


def _policies_dict(rounds: Rounds, own: bool = False) -> list[dict[str, object]]:
    counted, policies = (*rounds.scale.counted, "計"), rounds.policy_counts(own)
    return [
        {
            "id": policy,
            # (its number as typed, the latest round's, where not as its ID: Ⅰ)
            "label": "" if (shown := rounds.shown_id(policy)) == policy else shown,
            "name": name,
            # (per round: each counted symbol and 計; the uncounted, as summarize's)
            "counts": [dict(zip(counted, counts, strict=False)) for counts in per_round],
            "uncounted": [
                dict(zip(rounds.scale.uncounted, counts[len(counted) :], strict=True))
                for counts in per_round
            ],
            # (per round, its marked rows' counts, where every round's forms mark rows)
            **(
                {"marked": [dict(zip(counted, c, strict=False)) for c in marked[1]]}
                if (marked := _marked(rounds, policy, at == len(policies) - 1, own))
                else {}
            ),
        }
        for at, (policy, name, per_round) in enumerate(policies)
    ]
