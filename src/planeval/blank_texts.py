"""A co-owner's text on a row it left blank for its lead to rate (浜名市's こども家庭局: 評価
blank, 「（子育て支援の観点から家庭学習の支援を継続）」 in its 課題 cell, review 160 #4). The
blank is no error (blanks.py: another file rates the item), but its row is then not counted,
and its text went with it — in no output, though a co-owner's text is kept with the item, as a
remark is: after the counted row's own, attributed, 「（共管 こども家庭局）…」 (remarks.attributed).
But a note that only says who answers, 総務部's 「地域創生部（統計データ課）で回答」 (review 194 #4),
is the departments' routing, no issue of the item: the notice quotes it, the report does not.
Part of combining, asked only of the blanks another file rates."""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Mapping, Sequence

from planeval.cells import cell_list
from planeval.item_keys import body_item_key
from planeval.marks import is_placeholder, lead_and_others
from planeval.model import Entry, Location, Problem
from planeval.read_records import ReadResult
from planeval.remarks import attributed
from planeval.same_items import CO_OWNER_ROW
from planeval.scale import Scale

ItemKey = tuple[str, str, str, str]
# a note naming who answers and no more: 「地域創生部（統計データ課）で回答」, 「統計データ課が記入
# します」, 「（所管課にて一括回答）」, 「回答は地域創生部」 (``who``: what must name a department)
_ROUTED = re.compile(
    r"^[（(【]?\s*※?\s*(?:(?P<who>[^\s、。]+?)\s*(?:で|が|にて|において|から)?\s*"
    r"(?:一括(?:して)?|まとめて)?(?:回答|記入|入力|記載|評価|担当|報告)"
    r"(?:する|します|している|しています|しました|済み?|予定|のため[^。]{0,12}|のこと)?"
    r"|(?:回答|記入|評価)(?:は|先[は：:]?)\s*(?P<whom>[^\s、。]+?)(?:で(?:す|行う|行います))?)"
    r"\s*[。．.]?\s*[）)】]?$"
)
# a department cell naming several: 「市民課、デジタル・スマートシティ推進課」
_NAMES_APART = re.compile(r"\s*[、,，]\s*")
# who answers, named by the office's role alone: 「所管課で回答」
_ROLES = ("所管部", "所管課", "所管局", "主管部", "主管課", "担当部", "担当課", "所管", "主管")


def keep_blank_texts(
    blanks: Sequence[Problem],
    said: Mapping[Problem, ItemKey],
    result: ReadResult,
    entries: list[Entry],
    *,
    scale: Scale,
    writer: Callable[[str], str | None] | None = None,
    own_rows: Collection[Problem] = (),
) -> dict[str, str]:
    """Each of ``blanks`` (a status cell another file's row rates, ``said``: its item) whose row
    holds a text in its issue cell (no rating typed there, nor planeval's placeholder) adds that
    text to the counted row of ``entries``, attributed to the department its file was written
    for (``writer``; else its row's 担当課 — always, of ``own_rows``: a co-owner's row in its
    lead's file, blanks._co_owners_beside) — but a note that only says which other department
    answers (_routed), left out; what the file's notice adds of them (_texts_said), by file."""
    texts = {row.location: row for row in result.error_rows if row.issue.strip()}
    if not texts:
        return {}
    index = {body_item_key(entry): at for at, entry in enumerate(entries)}
    kept: dict[str, list[tuple[Location, str, str]]] = {}
    known = _departments(result, entries)
    for blank in blanks:
        row = texts.get(blank.location)
        at = index.get(said[blank]) if blank in said else None
        if row is None or at is None or _no_text(row.issue, scale):
            continue
        issue = row.issue.strip()
        if issue in entries[at].issue:
            continue  # (the lead's own text, copied: said once)
        written = writer(row.location.file) if writer and blank not in own_rows else None
        department = written or row.department
        routed = _routed(issue, known - {department})
        if not routed:
            entries[at] = attributed(entries[at], department, issue)
        kept.setdefault(row.location.file, []).append(
            (_issue_cell(row.location, result), department, issue if routed else "")
        )
    return {file: _texts_said(cells) for file, cells in kept.items()}


def name_co_owners(
    blanks: Sequence[Problem],
    said: Mapping[Problem, ItemKey],
    result: ReadResult,
    entries: list[Entry],
) -> None:
    """Each counted row of ``entries`` whose item a row of another department left blank for it
    (``blanks``, ``said``: as keep_blank_texts's) names that co-owner after its own department,
    「危機管理課、防災まちづくり課」, as a form naming both in one cell shows them (世田谷区's
    「市民課、デジタル・スマートシティ推進課」): 防災まちづくり課's blank row beside 危機管理課's
    rated one was in no table (review 202 #5)."""
    rows = {row.location: row.department for row in result.error_rows if row.department}
    index = {body_item_key(entry): at for at, entry in enumerate(entries)} if rows else {}
    for blank in blanks:
        own = CO_OWNER_ROW.sub("", rows.get(blank.location, "")).strip()  # (「…課（共管）」)
        at = index.get(said.get(blank, ("", "", "", "")))
        if not own or at is None:
            continue
        named = entries[at].department
        lead, others = lead_and_others(named)
        if own not in {lead, *others, *_NAMES_APART.split(named)}:
            entries[at] = entries[at]._replace(department=f"{named}、{own}" if named else own)


def _departments(result: ReadResult, entries: Sequence[Entry]) -> set[str]:
    """The departments a routing note may name: each file's and each row's."""
    named = {entry.department for entry in entries} | set(result.file_departments.values())
    return {name for name in named if name}


def _routed(issue: str, others: Collection[str]) -> bool:
    """Whether ``issue`` only says who answers, naming one of ``others`` (the departments but
    the co-owner's own) or an office by its role (所管課): 「地域創生部（統計データ課）で回答」."""
    found = _ROUTED.match(issue.strip())
    who: str = (found["who"] or found["whom"] or "") if found else ""
    return bool(who) and (who in _ROLES or any(name in who for name in others))


def _texts_said(cells: Sequence[tuple[Location, str, str]]) -> str:
    """What the notice adds of its blank rows' issue texts: those kept, with whose they are; the
    routing notes (their text), left out of the report — said here, nothing lost."""
    said = ""
    if kept := [(cell, by) for cell, by, routed in cells if not routed]:
        where = cell_list([str(cell.cell) for cell, _ in kept], 5)
        by = "・".join(dict.fromkeys(department for _, department in kept))
        said = f"。課題等の欄（{where}）の記載は、数えた行の課題等に「（共管 {by}）」を付けて載せました"
    if notes := [(cell, routed) for cell, _, routed in cells if routed]:
        where = cell_list([str(cell.cell) for cell, _ in notes], 5)
        quoted = "」「".join(dict.fromkeys(routed for _, routed in notes))
        said += (
            f"。課題等の欄（{where}）の「{quoted}」は、回答する部署を伝える記載のため、"
            "報告書の課題等には載せていません"
        )
    return said


def _no_text(issue: str, scale: Scale) -> bool:
    """Whether an issue cell holds no text to keep: a rating typed a column to the right
    (blanks._ratings_in_issues says it), or planeval's placeholder."""
    return scale.normalise(issue.strip()) is not None or is_placeholder(issue)


def _issue_cell(status: Location, result: ReadResult) -> Location:
    from planeval.text_cells import text_cell

    return text_cell(status, result.text_columns, "issue")
