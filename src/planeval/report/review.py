"""Review reports as plain data: check's disagreements, validate's problems, compare's changes."""

from __future__ import annotations

from collections.abc import Sequence

from planeval.aggregate import id_order
from planeval.cycle.compare import KIND_LABELS, Comparison
from planeval.model import Location, Problem, entry_record
from planeval.report.render import TableData
from planeval.report.views import problem_dict
from planeval.scale import Scale
from planeval.statements import PROJECTS, Disagreement, StatedCounts


def check_table(disagreements: Sequence[Disagreement], scale: Scale) -> TableData:
    """Every stated count that differs from the rows, with where the sentence is."""
    rows = [
        [
            f"情報化政策{d.policy_id}",
            "計画事業の数" if d.what == PROJECTS else f"{d.what} {scale.label(d.what)}",
            "記載なし" if d.stated is None else f"{d.stated}",
            f"{d.counted}",
            str(d.location),
        ]
        for d in disagreements
    ]
    return TableData("記載と集計の食い違い", ("政策", "項目", "記載", "集計", "記載の場所"), rows)


def check_verdict(statements: Sequence[StatedCounts], disagreements: Sequence[Disagreement]) -> str:
    if not statements:
        return "件数を記載した文章が見つかりませんでした（「計画どおり実施N件」のような文を探しました）"
    unmatched = sum(statement.policy_id is None for statement in statements)
    note = f"（どの政策の文か分からないもの {unmatched} 件は除外）" if unmatched else ""
    if disagreements:
        return f"{len(statements)} 段落のうち、記載と集計の食い違いが {len(disagreements)} 件あります{note}"
    return f"{len(statements)} 段落の記載件数はすべて集計と一致しています{note}"


def check_dict(
    statements: Sequence[StatedCounts],
    disagreements: Sequence[Disagreement],
    problems: Sequence[Problem],
) -> dict[str, object]:
    def where(location: Location) -> dict[str, object]:
        return {"file": location.file, "sheet": location.sheet, "cell": location.cell}

    return {
        "statements": [
            {"policy_id": s.policy_id, "stated": dict(s.counts), "source": where(s.location)}
            for s in statements
        ],
        "disagreements": [
            {
                "policy_id": d.policy_id,
                "what": d.what,
                "stated": d.stated,
                "counted": d.counted,
                "source": where(d.location),
            }
            for d in disagreements
        ],
        "problems": [problem_dict(p) for p in problems],
    }


def problem_table(problems: Sequence[Problem]) -> TableData:
    rows = [
        [
            p.severity.label,
            p.location.file,
            p.location.sheet or "",
            p.location.cell or "",
            p.message,
            p.hint,
        ]
        for p in problems
    ]
    return TableData("", ("重要度", "ファイル", "シート", "セル", "内容", "対処"), rows)


def movement_table(comparison: Comparison, *, include_same: bool) -> TableData:
    rows = []
    for movement in comparison.movements:
        if movement.kind == "same" and not include_same:
            continue
        e = movement.entry
        rows.append(
            [
                f"{e.project_id}{e.item_label}",
                e.item_name,
                e.sub_item or "",
                movement.old.status if movement.old else "",
                movement.new.status if movement.new else "",
                comparison.trend(movement) or KIND_LABELS[movement.kind],
            ]
        )
    return TableData("達成状況の変化", ("ID", "実施内容", "細目", "前回", "今回", "変化"), rows)


def count_change_table(comparison: Comparison) -> TableData:
    scale = comparison.scale
    old = {g.id: g for g in comparison.old.groups}
    new = {g.id: g for g in comparison.new.groups}
    rows = []
    for policy in sorted(set(old) | set(new), key=id_order):
        before, after = old.get(policy), new.get(policy)
        either = after or before
        name = either.name if either is not None else ""
        cells = []
        for symbol in scale.counted:
            a = before.count.counts[symbol] if before else 0
            b = after.count.counts[symbol] if after else 0
            cells.append(f"{a} → {b}（{b - a:+d}）")
        rows.append([policy, name, *cells])
    return TableData("政策別の件数の変化（前回 → 今回）", ("ID", "名称", *scale.counted), rows)


def comparison_dict(comparison: Comparison, *, include_same: bool) -> dict[str, object]:
    return {
        "movements": [
            {
                "kind": m.kind,
                "trend": comparison.trend(m),
                "old": entry_record(m.old) if m.old else None,
                "new": entry_record(m.new) if m.new else None,
            }
            for m in comparison.movements
            if include_same or m.kind != "same"
        ],
        "old": comparison.old.as_dict(),
        "new": comparison.new.as_dict(),
    }
