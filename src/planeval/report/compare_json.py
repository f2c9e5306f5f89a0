"""compare's results as JSON (comparison_dict): each item whose status moved, both rounds'
counts, and what was not compared."""

from __future__ import annotations

from planeval.cycle.compare import Comparison
from planeval.cycle.revised_items import revision
from planeval.entry_columns import entry_record
from planeval.report.apart import apart_dicts
from planeval.report.compare_notes import unjudged_records
from planeval.report.uncompared import totals_dict


def comparison_dict(comparison: Comparison, *, include_same: bool) -> dict[str, object]:
    return {
        "movements": [
            {
                "kind": m.kind,
                "trend": comparison.trend_words.shown(
                    comparison.trend(m)
                ),  # (as the tables say it)
                # (the table's 変化 cell: 「評価できないに変化」 where trend is "", review 175 #3)
                "change": comparison.describe(m),
                # (its target or text changed besides, 「目標値 1,500→2,500」: review 180 #4)
                "revised": revision(comparison, m) or None,
                "moved": m.moved,
                "merged": m.merged,
                "uncounted_in": m.uncounted_in or None,
                "ended": bool(
                    m.ended
                ),  # (the new round's plan marks it 終了, 廃止…: 「計画で終了」)
                "old": entry_record(m.old) if m.old else None,
                "new": entry_record(m.new) if m.new else None,
            }
            for m in comparison.movements
            if include_same or m.kind != "same" or m.moved or m.merged
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
