"""Co-owners' remarks read back from their workbooks' reference sheet (共管の実施内容, in a
body's words 共管の取組内容), for combining: each remark belongs to the lead's item of the same
key (the sheet itself is written by cycle/reference.py). The remark column is found by its
title (共管部の意見, 共管課の意見): a plan with no 細目 has no 細目 column there; a workbook of
an earlier version, whose columns were fixed, reads as it did."""

# (no `from __future__ import annotations`: a named tuple compiles each text annotation as
# its class is made — Remark's 7 fields — on every run)
from collections.abc import Iterable, Mapping, Sequence
from collections.abc import Set as AbstractSet
from typing import NamedTuple

from planeval.cells import split_ref
from planeval.dotted_ids import parse_dotted, parse_project_typed
from planeval.ids import parse_direction, parse_item
from planeval.item_keys import EntryKey, entry_key, item_key
from planeval.marks import (
    EARLIER_REFERENCE_HEADER_ROW,
    REFERENCE_COLUMNS,
    REFERENCE_HEADER_ROW,
    TemplateMark,
    is_placeholder,
    is_reference_sheet,
    unit,
)
from planeval.model import Entry, Location, Problem, Severity, TextCell, body_key
from planeval.scale import DEFAULT_SCALE, Scale


class Remark(NamedTuple):  # (cheaper to define than a frozen dataclass: model.py)
    """A co-owner's remark on a shared item: the item's key, who wrote it, where, and the
    (body, project ID) it belongs to."""

    key: tuple[str, str, str]  # (project, item number or name, sub-item), as combine keys
    department: str
    text: str
    location: Location
    project: tuple[str, str] = ("", "")
    column: str = "共管部の意見"  # the remark column's title, as messages quote it
    unread: str = ""  # the project cell as typed, where planeval read no number in it


def co_owner_remarks(
    texts: Iterable[TextCell],
    marks: Mapping[str, TemplateMark],
    bodies: Mapping[str, str] | None = None,
) -> list[Remark]:
    """The remarks co-owners wrote on their reference sheets (their own workbooks only), each
    on an item of its workbook's body (``bodies``: file → body, when several are read)."""
    rows: dict[tuple[str, int], dict[str, TextCell]] = {}
    for cell in texts:
        where = cell.location
        if not is_reference_sheet(where.sheet) or where.cell is None or where.file not in marks:
            continue
        letters, digits = split_ref(where.cell)
        number = int(digits)
        if number >= EARLIER_REFERENCE_HEADER_ROW:  # (the header row, and the items below it)
            rows.setdefault((where.file, number), {})[letters] = cell
    remarks = []
    for (file, number), cells in sorted(rows.items()):
        header = _header_row(rows, file)
        columns = _columns(rows.get((file, header), {}))
        department = marks[file].department
        remark = cells.get(columns["remark"])
        typed = _text(cells, columns["project"])
        # (1-1-1, 1.1.1; 1-1 or 1.1 where the plan numbers its projects in two levels: 北浜市's
        # 施策, 南浜市's 取組項目 as the plan typed them, review 99)
        project = parse_project_typed(typed) or parse_direction(typed) or parse_dotted(typed)
        if number <= header or department is None or remark is None:
            continue
        if is_placeholder(remark.text):
            continue
        item = parse_item(_text(cells, columns["item"]))
        body = (bodies or {}).get(file, "")
        sub_item = _text(cells, columns["sub_item"]) or None
        # (a project cell whose number is none planeval reads keys no item: its remark is said,
        # never dropped — _unplaced)
        project_id = project.id if project is not None else ""
        key = item_key(body_key(body, project_id), item.number, item.name, sub_item)
        title = _text(rows.get((file, header), {}), columns["remark"]) or "共管部の意見"
        remarks.append(
            Remark(
                key,
                department,
                remark.text,
                remark.location,
                (body, project_id),
                title,
                "" if project is not None else typed,
            )
        )
    return remarks


def _header_row(rows: Mapping[tuple[str, int], Mapping[str, TextCell]], file: str) -> int:
    """The Excel row of the file's reference sheet's header: REFERENCE_HEADER_ROW under a
    blank row, or the row right under the instruction line in a form written before."""
    below = rows.get((file, REFERENCE_HEADER_ROW), {})
    if (file, EARLIER_REFERENCE_HEADER_ROW) not in rows and any(
        "意見" in cell.text for cell in below.values()
    ):
        return REFERENCE_HEADER_ROW
    return EARLIER_REFERENCE_HEADER_ROW


def _columns(header: Mapping[str, TextCell]) -> dict[str, str]:
    """The reference sheet's columns (role → letter) by its header's titles: the remark
    column is the one titled …の意見, and the 細目 column, only where the sheet has five, the
    third (E the remark); a sheet whose header says none is read by the letters it always
    had."""
    remark = next((letters for letters, cell in header.items() if "意見" in cell.text), None)
    if remark is None:
        return REFERENCE_COLUMNS
    with_sub_items = remark == REFERENCE_COLUMNS["remark"]  # (A B 細目 D remark)
    sub_item = REFERENCE_COLUMNS["sub_item"] if with_sub_items else ""
    return {"project": "A", "item": "B", "sub_item": sub_item, "remark": remark}


def _text(cells: Mapping[str, TextCell], letters: str) -> str:
    cell = cells.get(letters)
    return cell.text if cell is not None else ""


def attributed(entry: Entry, department: str, text: str, rated: str = "") -> Entry:
    """The entry's issue text with a co-owner's remark after it, attributed — with the
    co-owner's own rating (``rated``) where it differs from the entry's: a reader of a ○ row is
    told why its remark speaks of a revision, 「（共管 総務部：△）」."""
    own = f"：{rated}" if rated and rated != entry.status else ""
    remark = f"（共管 {department}{own}）{text}"
    return entry._replace(issue=f"{entry.issue}\n{remark}" if entry.issue else remark)


def attach_remarks(
    entries: list[Entry],
    remarks: Sequence[Remark],
    scale: Scale = DEFAULT_SCALE,
    blank: Iterable[tuple[str, str, str, str]] = (),
    in_error: Mapping[EntryKey, Location] | None = None,
) -> list[Problem]:
    """Each co-owner's remark added to its item's issue text, attributed; a remark that is
    only a status of the scale is a rating in the wrong place, said and not added; ``blank``:
    the items whose lead left the status blank (ReadResult.unrated's), ``in_error``: those
    whose lead's row is in error, each at its status cell (lead_in_error.error_places), said
    as such."""
    if not remarks:
        return []
    index = {entry_key(entry): position for position, entry in enumerate(entries)}
    named: dict[EntryKey, int | None] | None = None
    unrated = {
        (f"{body}\x1f{project}" if body else project, item, sub)
        for body, project, item, sub in blank
    }
    problems = []
    for remark in remarks:
        position = index.get(remark.key)
        if position is None and remark.key[1].startswith(":"):  # (rare: a KPI's number apart)
            named = named if named is not None else _by_name(index)
            position = named.get(remark.key)
        symbol = scale.normalise(remark.text)
        if symbol is not None:
            problems.append(
                _status_remark(remark, symbol, None if position is None else entries[position])
            )
            continue
        if position is None:
            problems.append(_unplaced(remark, unrated, in_error or {}))
            continue
        entries[position] = attributed(entries[position], remark.department, remark.text)
    return problems


def _by_name(index: Mapping[EntryKey, int]) -> dict[EntryKey, int | None]:
    """The entries by their item's name alone (the key's number left out), for a remark whose
    item cell names no number: a KPI list's form numbers its KPI in a column of its own
    (KPI3-2-3), which the co-owner's sheet does not carry (review 117 N2). A name two items of a
    project share pairs neither (None)."""
    named: dict[EntryKey, int | None] = {}
    for (project, item, sub), position in index.items():
        key = (project, f":{item.partition(':')[2]}", sub)
        named[key] = position if key not in named else None
    return named


def _unplaced(
    remark: Remark,
    unrated: AbstractSet[EntryKey],
    in_error: Mapping[EntryKey, Location],
) -> Problem:
    """What to say of a co-owner's remark no counted item takes: its project cell with no
    number read (review 99: it names no item), the lead's row there with its status blank
    (review 51) or in error (review 98), each said at its cell, else no such row read — the
    lead's form may not have come."""
    own = unit([remark.department])
    place = in_error.get(remark.key)
    if not remark.project[1]:
        cell = f"「{remark.unread}」に番号が読み取れない" if remark.unread else "が空の"
        return Problem(
            remark.location,
            Severity.NOTICE,
            f"共管{own}の{remark.department}の意見「{remark.text}」は、その行の情報化計画事業"
            f"{cell}ため、どの実施内容の意見か分からず付けていません",
            "情報化計画事業の欄を、調査票が作られたときのとおり「番号 名前」に戻してください",
        )
    if remark.key in unrated:
        said = f"の達成状況が所管{own}の調査票で空のため付けていません"
        fix = f"所管{own}が達成状況を記入すれば、この意見も付きます"
    elif place is not None:
        from planeval.lead_in_error import waiting_remark  # (a lead's row in error: rare)

        said, fix = waiting_remark(place, own)
    else:
        said = f"が、所管{own}の調査票に見つからないため付けていません"
        fix = f"所管{own}の調査票が届いているか確認してください"
    return Problem(
        remark.location,
        Severity.NOTICE,
        f"共管{own}の{remark.department}の意見「{remark.text}」の実施内容{said}",
        fix,
    )


def _status_remark(remark: Remark, symbol: str, lead: Entry | None) -> Problem:
    """What to say of a co-owner's remark that is only a status: a notice when the lead
    rated the item the same (nothing is lost), a warning when the lead rated it otherwise."""
    own = unit([remark.department, *([lead.department] if lead is not None else [])])
    said = (
        f"共管{own}の{remark.department}の「{remark.column}」の欄に達成状況 '{remark.text}' "
        "だけが書かれています"
    )
    fix = (
        f"達成状況は所管{own}が記入します。「{remark.column}」には意見を文章で書き、"
        "なければ空欄にしてください"
    )
    if lead is None:
        message = f"{said}。意見として付けていません（所管{own}の調査票にこの実施内容がありません）"
        return Problem(remark.location, Severity.NOTICE, message, fix)
    if lead.status == symbol:
        message = (
            f"{said}（所管{own}の{lead.department}の評価も {lead.status}: {lead.location}）。"
            "意見として付けていません"
        )
        return Problem(remark.location, Severity.NOTICE, message, fix)
    message = (
        f"{said}が、所管{own}の{lead.department}の評価は {lead.status} です（{lead.location}）。"
        f"所管{own}の評価を数え、この記号は意見として付けていません"
    )
    return Problem(
        remark.location,
        Severity.WARNING,
        message,
        f"評価が違うなら所管{own}と調整し、必要なら所管{own}の調査票を直してください。{fix}",
    )
