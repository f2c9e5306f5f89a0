"""An item's name typed with a remark on a line of its own (Alt+Enter in the cell, then
「（継続）」): 「電子申請可能な手続の拡大⏎（継続）」 is the plan's and the other rounds'
「電子申請可能な手続の拡大」 — read so, the remark in no name, and said in a notice naming its
cells, once per sheet and remark (review 91: read as another item, 「計画にない取組」 and the
plan's item 「どのファイルにもありません」, two rows of one ID in rounds with 「未集計」 in rounds
that counted it).

A remark is a line of its own, last, in brackets, holding the words a plan's 区分 or a
clerk's note gives an item — 新規, 継続, 拡充, 一部… (「（令和6年度新規）」, 「（継続実施）」) —,
so that a name whose own words stand in brackets on a second line (「…の推進⏎（1人1台端末の
活用）」, as the plan words it too) is joined as it was. A repeat listing's reference
(「（1-2-1③再掲）」) and an abolished mark (「（廃止）」: io/abolished.py) are no remark.
Only names holding a line break get here (combine.tidy)."""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence

from planeval.cells import cell_list
from planeval.lazy_pattern import LazyPattern
from planeval.model import Entry, Location, Problem, Severity
from planeval.text import one_line

CELLS_SHOWN = 5
# (a last line wholly in brackets; its words, NFKC and without spaces, each a remark's word)
_LAST_LINE = LazyPattern(r"\n\s*[（(]([^（()）\n]+)[）)]\s*$")
_WORD = LazyPattern(
    r"(?:(?:令和|平成|R|H)?\d+年度?)?"
    r"(?:新規|拡大|拡充|継続|終了|完了|充実|強化|改善|一部|見直し|統合|再編|縮小|休止|中止|延期|"
    r"前倒し|重点|変更|追加|新設|移管)"
    r"(?:事業|取組|実施|予定|中)?"
)
_BETWEEN = LazyPattern(r"[・、,/]")


def split_remark(name: str) -> tuple[str, str]:
    """The name on one line (text.one_line) and the remark its last line holds, in its
    brackets as typed (「（継続）」; "" where none)."""
    found = _LAST_LINE.search(name)
    if found is not None and _is_remark(found[1]):
        kept = one_line(name[: found.start()].rstrip())
        if kept:
            return kept, found[0].strip()
    return one_line(name), ""


def _is_remark(words: str) -> bool:
    parts = _BETWEEN.split("".join(unicodedata.normalize("NFKC", words).split()))
    return all(_WORD.fullmatch(part) for part in parts)


def remark_notices(found: Sequence[Entry]) -> list[Problem]:
    """A notice per sheet and remark of the entries ``found`` (as read, their names with a
    remark on a line of their own), at their status cells as status_remarks.py says a status
    cell's remark: the row's name may stand in its table's item column or in its project
    column (「ア 名前」 under 「(1) …」), which the entry does not record."""
    grouped: dict[tuple[str, str, str], list[Entry]] = {}
    for entry in found:
        remark = split_remark(entry.item_name)[1]
        where = (entry.location.file, entry.location.sheet or "", remark)
        grouped.setdefault(where, []).append(entry)
    return [_notice(remark, rows) for (_file, _sheet, remark), rows in grouped.items()]


def _notice(remark: str, rows: list[Entry]) -> Problem:
    first = rows[0]
    name = split_remark(first.item_name)[0]
    others = [str(entry.location.cell) for entry in rows[1:] if entry.location.cell]
    also = f"。{cell_list(others, CELLS_SHOWN)} の行も同じです" if others else ""
    where = Location(first.location.file, first.location.sheet, first.location.cell)
    return Problem(
        where,
        Severity.NOTICE,
        f"この行の実施内容の名称「{name}」に改行して続く「{remark}」は補足として読み、"
        f"名称に含めていません（計画やほかの回とはこの名称で照らします）{also}",
        f"「{remark}」も名称の一部なら、改行せずに続けて書いてください",
    )
