"""A status cell with a remark in brackets after its status (「取組中（一部）」, 「△（一部修正）」),
or a footnote's mark (「前進B※1」, its 「※1 …」 under the table):
counted as the status (Scale.normalise drops the remark), and the remark, in no count, no
issue text and no table — only the data's 入力値 column —, said in a notice where a clerk
looks, once per sheet and text, with the cells that hold it. A status written so on purpose
(an alias of the scale's, 「△（一部修正）」 where a planeval.toml names it) and a repeat
listing's reference (「-（1-2-1③再掲）」, read as the item it repeats) are no remark, nor are
words the status's label says already (「△（一部修正）」: 内容を一部修正して実施) or its own symbol
(「達成（A）」: the status 達成A, its letter in brackets). One naming another status, 「達成（B）」
or 「実施中（検討中）」, or narrowing a status of done, 「実施済（一部）」, is read as no status at
all: an error asking which (meant_status.two_statuses, turned_remarks.py; review 139 #2). Where the table
has no issue column (愛知県's form), the fix points at the notes outside it instead, its 「※…」
lines where it has them (review 129 N5)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection, Sequence
from operator import attrgetter

from planeval.cells import cell_list
from planeval.lazy_pattern import LazyPattern
from planeval.model import Entry, Location, Problem, Severity, TextCell
from planeval.repeat_cells import listed_at
from planeval.scale import FOOTNOTE_MARK, Scale
from planeval.status_cells import FORM_WORDED
from planeval.text import compact

_REMARK = LazyPattern(r"\s*[（(]([^（()）]*)[）)]\s*$")  # (as Scale.normalise drops one)
CELLS_SHOWN = 5
_CLOSING = ("）", ")")
STATUS_TEXT = attrgetter("status_text")
OUTSIDE = "表の欄外"  # (where a note goes on a form with no issue column, review 129 N5)


def outside_issue(columns: Collection[str]) -> str:
    """Where a row's note goes while its table is read: "" in its issue column where the
    table has one (``columns``: TableState.columns), else 「表の欄外」 (its 「※…」 lines,
    under the table, are not read yet)."""
    return "" if "issue" in columns else OUTSIDE


def status_remarks(
    entries: Sequence[Entry],
    scale: Scale,
    *,
    without_issue: Collection[tuple[str, str]] = (),
    texts: Sequence[TextCell] = (),
    distinct: Collection[str] | None = None,
) -> list[Problem]:
    """One notice per sheet and status text of ``entries`` read without its remark;
    ``without_issue``: the (file, sheet) of tables with no issue column, whose fix names the
    notes among ``texts`` (the cells outside the tables) instead. ``distinct``: the entries'
    distinct status texts, where the caller has gathered them already."""
    # (most files: no status text ends in a bracket or holds a mark, told from the distinct
    # texts, in C)
    if distinct is None:
        distinct = set(map(STATUS_TEXT, entries))
    if not any(map(_remarked, distinct)):
        return []
    written = {
        compact(word)
        for status in scale.statuses
        for word in (status.symbol, status.label, *status.aliases)
    }
    found: dict[tuple[str, str, str], list[Entry]] = {}
    worded: dict[str, list[Entry]] = {}  # (its label's words after it: 「A（達成）」, by text)
    legends: dict[tuple[str, str], tuple[str, str]] = {}  # (each sheet's texts outside tables)
    for entry in entries:
        text = entry.status_text
        if not _remarked(text):  # (most cells: a symbol alone)
            continue
        remark = _remark(text)
        if remark is None or "再掲" in remark[1] or compact(text) in written:
            continue
        if entry.repeat_of is not None and listed_at(text):  # (「再掲（1-5参照）」: review 154)
            continue
        split = scale.split_labelled(text[: remark.start()])
        if split is None or split[1] != entry.status:
            continue
        said = compact(remark[1])
        if said == compact(entry.status):
            continue  # (its symbol, 達成（A）: gunma's 達成A, the letter in brackets, review 101)
        where = entry.location
        if _in_legend(text, remark, _legend(legends, where, texts)):
            continue  # (the form's own list, 「Ｓ（目標を上回る）」: its legend's label — 135 #7)
        if said in compact(scale.label(entry.status)):
            # (it says the status's label again: △（一部修正）, 内容を一部修正して実施 — counted
            # so, the department told once that it typed its words: review 176 #8)
            worded.setdefault(text, []).append(entry)
            continue
        found.setdefault((where.file, where.sheet or "", text), []).append(entry)
    return [
        _notice(text, rows, scale, _note_place(file, sheet, without_issue, texts))
        for (file, sheet, text), rows in found.items()
    ] + ([_worded(worded, scale)] if worded else [])


def _worded(worded: dict[str, list[Entry]], scale: Scale) -> Problem:
    """The one notice of a file's status cells holding their status's words after it in
    brackets (「A（達成）」, ``worded``: by text): counted as the status, as its legend says it,
    the count unchanged — the department told to type the symbol alone."""
    first = next(iter(worded.values()))[0].location
    sheets = {entry.location.sheet for rows in worded.values() for entry in rows}
    cells = [
        f"「{text}」 {cell_list([_cell(e.location, len(sheets) > 1) for e in rows], CELLS_SHOWN)}"
        f" → {_read_as(text, rows[0].status, scale)}"
        for text, rows in worded.items()
    ]
    count = sum(map(len, worded.values()))
    return Problem(
        Location(first.file, first.sheet if len(sheets) == 1 else None),
        Severity.NOTICE,
        f"達成状況を記号と言葉で入力したセルが {count} か所あります（{'、'.join(cells)}）。"
        "括弧の中は記号の意味と読み、記号のとおり数えました（件数は変わりません）",
        "記号だけを入力するよう、記入した部署に伝えてください",
        kind=FORM_WORDED,
    )


def _read_as(text: str, status: str, scale: Scale) -> str:
    """What a cell of its status's words was read as: its symbol with the label (「A（達成）」 →
    A（計画どおり達成）), the symbol alone where the cell says that already (「B（おおむね効果的）」 →
    B, not B（おおむね効果的） again: review 206 #4)."""
    named = scale.named(status, "{symbol}（{label}）")
    return status if compact(text) == compact(named) else named


def _cell(where: Location, sheet: bool) -> str:
    return f"{where.sheet}!{where.cell}" if sheet else str(where.cell)


def _legend(
    legends: dict[tuple[str, str], tuple[str, str]], where: Location, texts: Sequence[TextCell]
) -> tuple[str, str]:
    """The texts outside the tables of ``where``'s sheet, as one (NFKC) and compacted, kept in
    ``legends``."""
    sheet = (where.file, where.sheet or "")
    if sheet not in legends:
        own = (t.text for t in texts if (t.location.file, t.location.sheet or "") == sheet)
        legend = unicodedata.normalize("NFKC", "\n".join(own))
        legends[sheet] = (legend, compact(legend))
    return legends[sheet]


def _in_legend(text: str, remark: re.Match[str], legend: tuple[str, str]) -> bool:
    """Whether the sheet's legend gives the remark as its status's label: lists the value
    whole (「※評価は一覧から選択してください（Ｓ（目標を上回る）／…）」, the drop-down's values),
    or states it of its symbol (「S：目標を上回る」)."""
    lines, compacted = legend
    if not lines:
        return False
    if _plain(text) in compacted:
        return True
    from planeval.legend_labels import stated_labels  # (a remarked status cell: few forms)

    bare = text[: remark.start()].strip()
    said = stated_labels(lines.splitlines(), [bare]).get(bare, "")
    return bool(said) and _plain(said) == _plain(remark[1])


def _plain(text: str) -> str:
    return compact(unicodedata.normalize("NFKC", text))


def _note_place(
    file: str, sheet: str, without_issue: Collection[tuple[str, str]], texts: Sequence[TextCell]
) -> str:
    """Where the sheet's form lets a note be written: its issue column (""), else its notes
    outside the table, 「※…」 lines where it has them."""
    if (file, sheet) not in without_issue:
        return ""
    notes = any(
        text.location.file == file
        and (text.location.sheet or "") == sheet
        and text.text.lstrip().startswith(("※", "＊", "*"))
        for text in texts
    )
    return "欄外の「※」の注記の行" if notes else OUTSIDE


def _remarked(text: str) -> bool:
    """Whether a status text may hold a remark after its status: ends in a bracket, or holds
    a footnote's mark."""
    return text[-1:] in _CLOSING or "※" in text or "*" in text or "＊" in text


def _remark(text: str) -> re.Match[str] | None:
    """The remark after a status (its words the first group): in brackets, or a mark."""
    return (_REMARK if text[-1:] in _CLOSING else FOOTNOTE_MARK).search(text)


def _notice(text: str, rows: list[Entry], scale: Scale, outside: str) -> Problem:
    """The notice of ``text``'s cells; ``outside``: where a note goes on a form without an
    issue column (""; it has one)."""
    first = rows[0]
    counted_in = "件数には" if outside else "件数にも課題等にも"
    place = outside or "課題等の欄"
    remark = _remark(text)
    assert remark is not None
    others = [str(entry.location.cell) for entry in rows[1:] if entry.location.cell]
    also = f"。{cell_list(others, CELLS_SHOWN)} も同じです" if others else ""
    status = scale.named(first.status, "{symbol}（{label}）")
    where = Location(first.location.file, first.location.sheet, first.location.cell)
    if text[-1:] not in _CLOSING:  # (a footnote's mark: its note is under the table)
        mark, bare = remark[1], text[: remark.start()]
        return Problem(
            where,
            Severity.NOTICE,
            f"達成状況「{text}」は {status} として数えました。「{mark}」は注記の印と読み、"
            f"{counted_in}入りません{also}",
            f"「{mark}」を消して「{bare}」とし、注記の内容は{outside or 'この行の課題等の欄'}に"
            "書いてください",
            kind=FORM_WORDED,
        )
    said = f"達成状況「{text}」は {status} として数えました。括弧の中の「{remark[1]}」"
    return Problem(
        where,
        Severity.NOTICE,
        f"{said}は{counted_in}入りません{also}",
        f"「{remark[1]}」が補足なら{place}に書いてください。別の段階として数えるなら、"
        "planeval.toml の [[scale.status]] に加えてください",
        kind=FORM_WORDED,
    )
