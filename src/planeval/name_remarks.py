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
from collections.abc import Mapping, Sequence

from planeval.cells import cell_list
from planeval.lazy_pattern import LazyPattern
from planeval.model import Entry, Location, Problem, Severity
from planeval.text import one_line
from planeval.text_cells import text_cell

CELLS_SHOWN = 5
# (a last line wholly in brackets; its words, NFKC and without spaces, each a remark's word)
_LAST_LINE = LazyPattern(r"\n\s*[（(]([^（()）\n]+)[）)]\s*$")
_WORD = LazyPattern(
    r"(?:(?:令和|平成|R|H)?\d+年度?)?(?:一部)?"  # (「一部完了」「一部実施」: review 93)
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


def remark_notices(
    found: Sequence[Entry], columns: Mapping[tuple[str, str, str], Mapping[str, int]]
) -> list[Problem]:
    """A notice per sheet and remark of the entries ``found`` (as read, their names with a
    remark on a line of their own), at the cells holding their names: on each row, in its
    table's column of item names (``columns``: ReadResult.text_columns — 項目's, where its
    「ア 名前」 stands beside a 指標), else at its status cell (review 93: at G8 for A8)."""
    grouped: dict[tuple[str, str, str], list[Location]] = {}
    names: dict[tuple[str, str, str], str] = {}
    for entry in found:
        name, remark = split_remark(entry.item_name)
        where = (entry.location.file, entry.location.sheet or "", remark)
        grouped.setdefault(where, []).append(text_cell(entry.location, columns, "item"))
        names.setdefault(where, name)
    return [_notice(key[2], names[key], cells) for key, cells in grouped.items()]


def _notice(remark: str, name: str, cells: list[Location]) -> Problem:
    where, *rest = cells
    others = [str(cell.cell) for cell in rest if cell.cell]
    also = f"。{cell_list(others, CELLS_SHOWN)} の行も同じです" if others else ""
    return Problem(
        where,
        Severity.NOTICE,
        f"この行の実施内容の名称「{name}」に改行して続く「{remark}」は補足として読み、"
        f"名称に含めていません（計画やほかの回とはこの名称で照らします）{also}",
        f"「{remark}」も名称の一部なら、改行せずに続けて書いてください",
    )
