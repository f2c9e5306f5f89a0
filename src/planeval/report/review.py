"""Review reports as plain data: check's disagreements, validate's problems and submission
status, compare's changes, and summarize's percentages."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from planeval.aggregate import id_order
from planeval.check_result import CheckResult, Disagreement, NotCompared
from planeval.cycle.compare import UNCOUNTED_LABELS, Comparison, signed
from planeval.cycle.rounds import Rounds
from planeval.cycle.submission import Submission
from planeval.fiscal import between
from planeval.model import Location, Problem, ReadResult, entry_record
from planeval.report.render import TableData
from planeval.report.views import problem_dict
from planeval.scale import Scale
from planeval.stated_numbers import GROUPS, PROJECTS, ROWS, TOTAL, StatedNumber
from planeval.wording import DEFAULT_WORDING, Wording


def compared_name(
    what: str,
    scale: Scale,
    *,
    percent: bool = False,
    wording: Wording = DEFAULT_WORDING,
    level: str = "",
) -> str:
    """What a stated number counts, as a person reads it: "○ 計画どおり実施", "計画事業の数"
    (the body's own word: 施策の数), "基本方針の数" (a count of the groups at ``level``), "合計の割合"."""
    names = {
        PROJECTS: f"{wording.project_counted}の数",
        TOTAL: "合計",
        ROWS: "行数（対象外を含む）",
        GROUPS: f"{level or '区分'}の数",
    }
    name = names.get(what)
    if name is None:
        label = scale.label(what)
        name = label if label == what else f"{what} {label}"  # (目標達成 said once)
    return f"{name}の割合" if percent else name


def _number(value: float | None, percent: bool) -> str:
    if value is None:
        return "記載なし"
    return f"{value}%" if percent else f"{value}"


def check_table(
    disagreements: Sequence[Disagreement], scale: Scale, wording: Wording = DEFAULT_WORDING
) -> TableData:
    """Every stated number that differs from the rows: where it applies (計画全体, 情報化政策1
    …), what it counts (in the body's words), stated and counted, and where the sentence is."""
    rows = [
        [
            d.scope,
            compared_name(d.what, scale, percent=d.percent, wording=wording, level=d.level),
            _number(d.stated, d.percent),
            _number(d.counted, d.percent),
            str(d.location),
        ]
        for d in disagreements
    ]
    return TableData("記載と集計の食い違い", ("範囲", "項目", "記載", "集計", "記載の場所"), rows)


def not_compared_table(skipped: Sequence[NotCompared]) -> TableData:
    """Every stated number check could not compare, with the words around it and why."""
    rows = [[n.scope, n.phrase, f"{n.stated}", n.reason, str(n.location)] for n in skipped]
    return TableData("比べられなかった数", ("範囲", "記載", "数", "理由", "記載の場所"), rows)


def check_dict(checked: CheckResult, problems: Sequence[Problem]) -> dict[str, object]:
    """check's JSON: every paragraph with the numbers read from it, every disagreement, every
    number not compared (with why), how many were compared, and the reading problems."""

    def where(location: Location) -> dict[str, object]:
        return {"file": location.file, "sheet": location.sheet, "cell": location.cell}

    def number(n: StatedNumber) -> dict[str, object]:
        return {
            "what": n.what,
            "value": n.value,
            "percent": n.percent,
            "phrase": n.phrase,
            "reason": n.reason,
            "level": n.level,
        }

    return {
        "statements": [
            {
                "policy_id": s.policy_id,
                "scope": s.scope,
                "stated": dict(s.counts),
                "numbers": [number(n) for n in s.numbers],
                "source": where(s.location),
            }
            for s in checked.statements
        ],
        "disagreements": [
            {
                "policy_id": d.policy_id,
                "scope": d.scope,
                "what": d.what,
                "stated": d.stated,
                "counted": d.counted,
                "percent": d.percent,
                "phrase": d.phrase,
                "level": d.level,
                "source": where(d.location),
            }
            for d in checked.disagreements
        ],
        "not_compared": [
            {
                "policy_id": n.policy_id,
                "scope": n.scope,
                "phrase": n.phrase,
                "stated": n.stated,
                "reason": n.reason,
                "source": where(n.location),
            }
            for n in checked.not_compared
        ],
        "compared": checked.compared,
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


def submission_table(found: Sequence[Submission], wording: Wording = DEFAULT_WORDING) -> TableData:
    """Per department: 提出済 / 未提出 / 未記入 N件 / 記入誤り N件, the items it leads (所管の
    実施内容, in the body's word), its files."""
    rows = [
        [s.department, s.label, str(s.items), "、".join(Path(f).name for f in s.files)]
        for s in found
    ]
    return TableData("提出状況", ("部", "状況", f"所管の{wording.item}", "ファイル"), rows)


def validate_verdict(result: ReadResult, *, hidden: int = 0) -> str:
    """What validate says when it shows no problem: none found, or (``hidden``: warnings and
    notices -q does not show) no error found and how many it does not show."""
    read = f"（{len(result.files)} ファイル、{len(result.entries)} 件）"
    if not hidden:
        return f"問題は見つかりませんでした{read}"
    return (
        f"エラーは見つかりませんでした{read}。ほかに警告・お知らせ {hidden} 件"
        "（-q のため表示していません）"
    )


def submission_verdict(found: Sequence[Submission]) -> str:
    late = [s for s in found if s.state == "未提出"]
    blank = [s for s in found if s.missing and s.state != "未提出"]
    wrong = [s for s in found if s.wrong]
    if not late and not blank and not wrong:
        return f"全 {len(found)} 部の調査票が提出され、すべて記入されています"
    parts = []
    if late:
        parts.append(f"未提出 {len(late)} 部（{'、'.join(s.department for s in late)}）")
    if blank:
        parts.append(f"未記入のある部 {len(blank)} 部（{'、'.join(s.department for s in blank)}）")
    if wrong:
        parts.append(
            f"記入誤りのある部 {len(wrong)} 部（{'、'.join(s.department for s in wrong)}）"
        )
    return f"{len(found)} 部のうち、" + "、".join(parts) + "があります"


def movement_table(comparison: Comparison, *, include_same: bool) -> TableData:
    """Each item whose status moved (every item with ``include_same``); with several bodies
    a 団体 column first, since every body numbers its plan from 1-1-1; 細目 only where an item
    of either round has one. Levels in the body's words (``Comparison.wording``)."""
    bodies = any(movement.entry.body for movement in comparison.movements)
    subs = any(entry.sub_item for m in comparison.movements for entry in (m.old, m.new) if entry)
    words = comparison.wording
    rows = []
    for movement in comparison.movements:
        if movement.kind == "same" and not include_same and not movement.moved:
            continue
        e = movement.entry
        row = [
            movement.label,
            e.item_name,
            *([e.sub_item or ""] if subs else []),
            movement.old.status if movement.old else "",
            movement.new.status if movement.new else "",
            comparison.describe(movement),
        ]
        rows.append([e.body, *row] if bodies else row)
    headers = ("ID", words.item, *([words.sub_item] if subs else []), "前回", "今回", "変化")
    title = f"{words.status}の変化{between(comparison.years)}"
    return TableData(title, ("団体", *headers) if bodies else headers, rows)


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
    years = between(comparison.years, "（前回 → 今回）")
    title = f"{comparison.wording.policy_short}別の件数の変化{years}"
    return TableData(title, headers, rows)


def uncounted_notes(comparison: Comparison) -> str:
    """Under compare's tables, what was not compared: the bodies with no counted row in one
    round, and the items read but not counted there (errors); nothing when there is none."""
    notes = []
    item, policy = comparison.wording.item, comparison.wording.policy_short
    for side, round_name in (("old", "前回"), ("new", "今回")):
        label = UNCOUNTED_LABELS[side]
        bodies = comparison.not_counted.get(side, ())
        named = [body for body in bodies if body]
        if named:
            notes.append(
                f"{round_name}は数えた行のない団体: {'、'.join(named)}。その{item}は「{label}」です"
            )
        elif bodies:  # (a round of no bodies)
            notes.append(f"{round_name}は数えた行がありません。{item}はすべて「{label}」です")
        items = sum(
            m.uncounted_in == side and m.entry.body not in bodies for m in comparison.movements
        )
        if items:
            notes.append(
                f"{round_name}は読んだものの数えなかった（エラーのあった）{item} {items} 件も"
                f"「{label}」です"
            )
    if not notes:
        return ""
    return "\n".join(
        [*notes, f"「前回未集計」「今回未集計」の{item}は{policy}別の件数の変化に含めていません"]
    )


def comparison_dict(comparison: Comparison, *, include_same: bool) -> dict[str, object]:
    return {
        "movements": [
            {
                "kind": m.kind,
                "trend": comparison.trend(m),
                "moved": m.moved,
                "uncounted_in": m.uncounted_in or None,
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
    }


def rounds_table(rounds: Rounds) -> TableData:
    """Each item's status in every round, side by side (with several bodies, a 団体 column
    first; 細目 only where an item has one)."""
    bodies = any(row.entry.body for row in rounds.rows)
    subs = any(row.entry.sub_item for row in rounds.rows)
    rows = [
        [
            *([row.entry.body] if bodies else []),
            row.id,
            row.entry.item_name,
            *([row.entry.sub_item or ""] if subs else []),
            *row.statuses,
        ]
        for row in rounds.rows
    ]
    words = rounds.wording
    headers = ("ID", words.item, *([words.sub_item] if subs else []), *rounds.labels)
    title = f"{words.item}別の{words.status}{between(rounds.years)}"
    return TableData(title, ("団体", *headers) if bodies else headers, rows)


def rounds_count_table(rounds: Rounds) -> TableData:
    """Per policy (and 合計), the counts of every round, one line per round."""
    rows = []
    for policy, name, per_round in rounds.policy_counts():
        for index, (label, counts) in enumerate(zip(rounds.labels, per_round, strict=True)):
            shown = (policy, name) if index == 0 else ("", "")
            rows.append([*shown, label, *(str(n) for n in counts)])
    headers = ("ID", "名称", "回", *rounds.scale.counted, "計")
    return TableData(f"{rounds.wording.policy_short}別の件数（回ごと）", headers, rows)


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
