"""A plan's item a department returned split into rows of its own — 中原市's 河川改修事業 as
「河川改修事業（本川）」 and 「河川改修事業（支川）」, 西津市's 施策 11 as 11-1 and 11-2 —: the
item's error (no file holds it) and the rows' errors (no item of the plan) said as one thing,
the item split, not a row deleted, with what to do (review 182 #1: the clerk was sent to look
for a deleted row, and the 施策 returned was called 未提出). The counts are those of before: the
item not counted, the rows in error."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence

from planeval.cycle.submission import lead_of
from planeval.marks import named_unit
from planeval.model import Entry, Location, Problem, Severity
from planeval.plan import Plan, PlanItem
from planeval.text import comparable_name
from planeval.text_cells import text_cell
from planeval.wording import Wording

TextColumns = Mapping[tuple[str, str, str], Mapping[str, int]]  # (ReadResult.text_columns)
_PART = re.compile(r"\s*[-‐－−.．]\s*\d+")  # (11-1 of 11: a part's number after the item's)


def split_items(
    missing: Sequence[PlanItem], outside: Sequence[Entry]
) -> dict[Location, tuple[Entry, ...]]:
    """Each item of ``missing`` (no row of it read) that two or more rows of ``outside`` (no
    item of the plan) look like split (split_rows), its place → those rows."""
    found = {}
    for item in missing:
        if len(rows := split_rows(item, outside, lead_of(item))) > 1:
            found[item.location] = rows
    return found


def split_rows(item: PlanItem, outside: Sequence[Entry], lead: str) -> tuple[Entry, ...]:
    """The rows of ``outside`` that look like parts of ``item``: of its project, and of its
    department (``lead``) where both are known, each named as it is with a bracketed addition
    (「河川改修事業（本川）」) or numbered as it is with a part's number (11-1 of 11)."""
    base = comparable_name(item.item_name)
    return tuple(
        entry
        for entry in outside
        if entry.project_id == item.project_id
        and (not lead or not entry.department or entry.department == lead)
        and (_named_on(comparable_name(entry.item_name), base) or _numbered_on(entry, item))
    )


def _named_on(name: str, base: str) -> bool:
    return bool(base) and name.startswith(base + "(")


def _numbered_on(entry: Entry, item: PlanItem) -> bool:
    label = unicodedata.normalize("NFKC", entry.item_label).strip()
    own = str(item.item_no) if item.item_no is not None else ""
    return bool(own) and label.startswith(own) and bool(_PART.fullmatch(label[len(own) :]))


def split_said(
    item: PlanItem,
    named: str,
    rows: Sequence[Entry],
    plan: Plan,
    wording: Wording,
    *,
    circled: bool = True,
    columns: TextColumns | None = None,
) -> Problem:
    """The error of ``item`` (``named``: as against_plan names it) no file holds, whose lead
    returned it split into ``rows``: said once here, at the plan's cell, with what to do — one
    row and one status as the plan has it, or the plan's list changed to the rows."""
    word, unit = wording.item, named_unit(plan.departments)
    lead = rows[0].department or f"所管{unit}"
    listed = "、".join(
        f"{text_cell(row.location, columns or {}, 'item').cell}「{_written(row)}」" for row in rows
    )
    said = (
        f"計画の{word} {item.written_id(circled)} {named} がどのファイルにもありません。"
        f"{lead}の回答 {rows[0].location.file} の {len(rows)} 行（{listed}）は、この{word}を"
        f" {len(rows)} 行に分けて書いたものに見えます"
    )
    fix = (
        f"行が削除されたのではありません。計画どおり一つの{word}として 1 行にまとめ、"
        f"{wording.status}を一つ記入してもらうか、分けて評価を続けるなら計画の一覧のこの行を"
        f"その {len(rows)} 行に改めてください。どちらかにするまで、この{word}もその {len(rows)} 行も"
        "集計に含めません"
    )
    return Problem(item.location, Severity.ERROR, said, fix)


def split_fix(item: PlanItem, named: str, wording: Wording, circled: bool = True) -> str:
    """The fix of a row of ``item`` split (split_rows): the item's error says what to do."""
    return (
        f"計画の{wording.item} {item.written_id(circled)} {named} を分けて書いた行に見えます。"
        f"修正方法は『{item.location}』のエラーを見てください"
    )


def _written(row: Entry) -> str:
    """A row as its form writes it: 「11-1 中心市街地の活性化（商店街）」, 「河川改修事業（本川）」."""
    return f"{row.item_label} {row.item_name}" if row.item_label else row.item_name
