"""Review reports as plain data: check's disagreements, validate's problems and submission
status, compare's changes."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from planeval.aggregate import id_order
from planeval.cycle.compare import Comparison, signed
from planeval.cycle.rounds import Rounds
from planeval.cycle.submission import Submission
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


def submission_table(found: Sequence[Submission]) -> TableData:
    """Per department: 提出済 / 未提出 / 未記入 N件, the items it leads, its files."""
    rows = [
        [s.department, s.label, str(s.items), "、".join(Path(f).name for f in s.files)]
        for s in found
    ]
    return TableData("提出状況", ("部", "状況", "所管の実施内容", "ファイル"), rows)


def submission_verdict(found: Sequence[Submission]) -> str:
    late = [s for s in found if s.state == "未提出"]
    blank = [s for s in found if s.state == "未記入"]
    if not late and not blank:
        return f"全 {len(found)} 部の調査票が提出され、すべて記入されています"
    parts = []
    if late:
        parts.append(f"未提出 {len(late)} 部（{'、'.join(s.department for s in late)}）")
    if blank:
        parts.append(f"未記入のある部 {len(blank)} 部（{'、'.join(s.department for s in blank)}）")
    return f"{len(found)} 部のうち、" + "、".join(parts) + "があります"


def movement_table(comparison: Comparison, *, include_same: bool) -> TableData:
    rows = []
    for movement in comparison.movements:
        if movement.kind == "same" and not include_same and not movement.moved:
            continue
        e = movement.entry
        rows.append(
            [
                movement.label,
                e.item_name,
                e.sub_item or "",
                movement.old.status if movement.old else "",
                movement.new.status if movement.new else "",
                comparison.describe(movement),
            ]
        )
    return TableData("達成状況の変化", ("ID", "実施内容", "細目", "前回", "今回", "変化"), rows)


def count_changes(comparison: Comparison) -> list[tuple[str, str, list[tuple[int, int]]]]:
    """Per policy, then 合計: (ID, name, [(before, after) per counted symbol, then 計])."""
    scale = comparison.scale
    old = {g.id: g for g in comparison.old.groups}
    new = {g.id: g for g in comparison.new.groups}
    rows = []
    for policy in sorted(set(old) | set(new), key=id_order):
        before, after = old.get(policy), new.get(policy)
        either = after or before
        name = either.name if either is not None else ""
        pairs = [
            (before.count.counts[s] if before else 0, after.count.counts[s] if after else 0)
            for s in scale.counted
        ]
        pairs.append((sum(a for a, _ in pairs), sum(b for _, b in pairs)))
        rows.append((policy, name, pairs))
    totals = [
        (sum(r[2][i][0] for r in rows), sum(r[2][i][1] for r in rows))
        for i in range(len(scale.counted) + 1)
    ]
    rows.append(("合計", "", totals))
    return rows


def count_change_table(comparison: Comparison) -> TableData:
    rows = [
        [policy, name, *(f"{a} → {b}（{signed(b - a)}）" for a, b in pairs)]
        for policy, name, pairs in count_changes(comparison)
    ]
    headers = ("ID", "名称", *comparison.scale.counted, "計")
    return TableData("政策別の件数の変化（前回 → 今回）", headers, rows)


def comparison_dict(comparison: Comparison, *, include_same: bool) -> dict[str, object]:
    return {
        "movements": [
            {
                "kind": m.kind,
                "trend": comparison.trend(m),
                "moved": m.moved,
                "old": entry_record(m.old) if m.old else None,
                "new": entry_record(m.new) if m.new else None,
            }
            for m in comparison.movements
            if include_same or m.kind != "same" or m.moved
        ],
        "old": comparison.old.as_dict(),
        "new": comparison.new.as_dict(),
    }


def rounds_table(rounds: Rounds) -> TableData:
    """Each item's status in every round, side by side."""
    rows = [
        [row.id, row.entry.item_name, row.entry.sub_item or "", *row.statuses]
        for row in rounds.rows
    ]
    return TableData("実施内容別の達成状況", ("ID", "実施内容", "細目", *rounds.labels), rows)


def rounds_count_table(rounds: Rounds) -> TableData:
    """Per policy (and 合計), the counts of every round, one line per round."""
    rows = []
    for policy, name, per_round in rounds.policy_counts():
        for index, (label, counts) in enumerate(zip(rounds.labels, per_round, strict=True)):
            shown = (policy, name) if index == 0 else ("", "")
            rows.append([*shown, label, *(str(n) for n in counts)])
    headers = ("ID", "名称", "回", *rounds.scale.counted, "計")
    return TableData("政策別の件数（回ごと）", headers, rows)


def rounds_dict(rounds: Rounds) -> dict[str, object]:
    return {
        "rounds": list(rounds.labels),
        "items": [
            {"id": row.id, **entry_record(row.entry), "statuses": list(row.statuses)}
            for row in rounds.rows
        ],
        "policies": [
            {
                "id": policy,
                "name": name,
                "counts": [
                    dict(zip((*rounds.scale.counted, "計"), counts, strict=True))
                    for counts in per_round
                ],
            }
            for policy, name, per_round in rounds.policy_counts()
        ],
    }
