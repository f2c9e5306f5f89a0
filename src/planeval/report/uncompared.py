"""What compare's counts per policy leave out, said under them and given in its JSON: the
table compares like with like (cycle/uncounted.like_for_like), so its 合計 is not a round's
count where an item was 未集計 in one round, and a policy none of whose items both rounds
counted has no row. A director read 「合計 10 → 10（±0）」 as this year's count of 14 items,
and missed 改革項目3 (review 86)."""

from __future__ import annotations

from collections.abc import Sequence

from planeval.cycle.bodies_apart import BodyApart
from planeval.cycle.compare import Comparison

ROUNDS = ("前回", "今回")


def totals_lines(comparison: Comparison) -> list[str]:
    """「改革項目別の件数の変化の合計は、未集計の取り組み項目を除いた件数のため、今回の集計の 14 件
    ではなく 10 件です」 for each round whose count the table's 合計 is not, and 「改革項目 3（今回
    3 件）は、前回と今回で比べられる取り組み項目がないため、表にありません」; none where the table
    holds every counted row of both rounds (or the rounds' counts are not known)."""
    if comparison.counted is None:
        return []
    words = comparison.wording
    table = f"{words.policy_short}別の件数の変化"
    shown = (comparison.old.total.total, comparison.new.total.total)
    line = counted_instead(table, _left_out(comparison), ROUNDS, comparison.counted, shown)
    lines = [line] if line else []
    if comparison.uncompared:
        policies = "・".join(
            f"{shown}（{_counts(before, after)}）"
            for _id, shown, before, after in comparison.uncompared
        )
        lines.append(
            f"{words.policy_short} {policies}は、前回と今回で比べられる{words.item}がないため、"
            f"{table}の表にありません"
        )
    return lines


def counted_instead(
    table: str,
    left_out: str,
    names: Sequence[str],
    counted: Sequence[int],
    shown: Sequence[int],
) -> str:
    """「改革項目別の件数の変化の合計は、未集計の取り組み項目を除いた件数のため、今回の集計の 14
    件ではなく 10 件です」, naming each round (``names``) whose own count (``counted``) the
    table's 合計 (``shown``) is not — compare's and rounds' alike; "" where none is."""
    said = [
        f"{name}の集計の {whole:,} 件ではなく {part:,} 件"
        for name, whole, part in zip(names, counted, shown, strict=True)
        if whole != part
    ]
    return f"{table}の合計は、{left_out}を除いた件数のため、{'、'.join(said)}です" if said else ""


def _left_out(comparison: Comparison) -> str:
    assert comparison.counted is not None
    shown = (comparison.old.total.total, comparison.new.total.total)
    return left_out_words(
        comparison.apart, comparison.counted, shown, comparison.wording.item, "一方の回だけ"
    )


def left_out_words(
    apart: Sequence[BodyApart],
    counted: Sequence[int],
    shown: Sequence[int],
    item: str,
    rounds_of: str,
) -> str:
    """What the table's 合計 leaves out of a round's count: the rows of the bodies that
    answered in some rounds only (``rounds_of``: 一方の回だけ; bodies_apart: each its own line
    above), the items 未集計 in some round, or both — review 97: a survey's 8 bodies new or
    gone were called 未集計."""
    in_apart = [
        sum(count.total for body in apart if (count := body.counts[index]) is not None)
        for index in range(len(counted))
    ]
    gaps = [whole - part for whole, part in zip(counted, shown, strict=True)]
    items = f"未集計の{item}"
    if not any(in_apart):
        return items
    bodies = f"{rounds_of}に回答した団体（{len(apart):,} 団体）の行"
    return bodies if in_apart == gaps else f"{bodies}と{items}"


def totals_dict(comparison: Comparison) -> dict[str, object]:
    """The JSON's: each round's count of every row it counted (``old``/``new``, the counts per
    policy, compare like with like), and the policies with no row there, with theirs."""
    if comparison.counted is None:
        return {}
    return {
        "counted": dict(zip(("old", "new"), comparison.counted, strict=True)),
        "policies_not_compared": [
            {
                "id": policy,
                "label": "" if shown == policy else shown,  # (as typed, where not as its ID)
                "counted": {"old": before, "new": after},
            }
            for policy, shown, before, after in comparison.uncompared
        ],
    }


def _counts(before: int, after: int) -> str:
    """「今回 3 件」, 「前回 1 件・今回 2 件」: each round's count that is not none."""
    return "・".join(
        f"{name} {n:,} 件" for name, n in zip(ROUNDS, (before, after), strict=True) if n
    )
