"""Reading back what an export's count left out past its errors (--keep-going): its sheet
cells.COUNTED_PAST_SHEET (written by report/xlsx_past_errors.py, laid out as past_errors.py
says). The items come back as items read and not counted, the places as the errors the export
was counted past, with one warning: read back, the export leaves out what it left out, as a
read of its workbooks does (compare: 前回未集計/今回未集計, not 追加/削除). An export without the
sheet (made without errors, or by an older planeval) has nothing more to say.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import NamedTuple

from planeval.dotted_ids import typed_id
from planeval.ids import label_number
from planeval.io.grid import SheetGrid
from planeval.io.levels import number_id
from planeval.left_out_items import numbered_policy
from planeval.level_labels import TYPED_TITLE
from planeval.model import Entry, Location, Problem, Severity, body_key
from planeval.past_errors import (
    BODIES_HEADER,
    BODY_COLUMN,
    FIX_COLUMN,
    FIXES_HEADER,
    ITEMS_HEADER_ROW,
    NO_HEADER_ROW,
    OTHER_PLACE_COLUMNS,
    OTHER_SCALE,
    OTHER_YEAR,
    PLACE_COLUMNS,
    TABLELESS,
    WHOLE_FILE,
    WHY_COLUMN,
    YEAR_PLACE_COLUMNS,
    CountedPast,
    places_left_out,
)
from planeval.read_records import ErrorPlace, ItemSeen
from planeval.text import ROMAN_NUMERALS

# the places' tables by their titles, with the reason of their places (the errors' none)
_PLACE_TABLES = {
    PLACE_COLUMNS: "",
    OTHER_PLACE_COLUMNS: OTHER_SCALE,
    YEAR_PLACE_COLUMNS: OTHER_YEAR,
}


class _Table(NamedTuple):
    """A table of the sheet, by its header: "places" (with a 団体 column or not, its places'
    reason, with a fix column or not), "fixes" or "bodies"."""

    kind: str
    bodies: bool = False
    reason: str = ""
    fixed: bool = False


def read_counted_past(
    grid: SheetGrid, *, body: str = "", years: Mapping[str, int] | None = None
) -> CountedPast:
    """The sheet's items, places and bodies with no row counted, each of its row's body where
    the tables have a 団体 column, else of ``body`` (the export's body); each place with its
    fix, by the number its table gives (an export of an earlier planeval wrote the fix in its
    message), and those of a body left out for its scale as such, a workbook of another
    year's with its year where the export records it (``years``). A row that names no item or
    file (edited away) is passed over, and a sheet whose tables' headers are not found holds
    nothing."""
    rows = {index: [_text(cell) for cell in cells] for index, cells in grid.iter_rows()}
    heads = {index: kind for index, cells in rows.items() if (kind := _header(cells))}
    if not heads:
        return CountedPast()
    starts = sorted(heads)
    # (each table's rows: under its header, to the title of the next, or the sheet's end)
    bounds = dict(zip(starts, [*(start - 1 for start in starts[1:]), max(rows) + 1], strict=True))
    items: list[ItemSeen] = []
    dated: list[ItemSeen] = []  # (of them, those its WHY_COLUMN says were of another year)
    labels: list[tuple[str, str]] = []  # (each item's project and own number as typed)
    names: list[str] = []  # (each item's project's name, where its table gives them)
    policies: list[tuple[str, str, str]] = []  # (its policy, where none of its rows counted)
    if starts[0] > ITEMS_HEADER_ROW:
        header = rows.get(ITEMS_HEADER_ROW, [])
        bodies = header[:1] == [BODY_COLUMN]
        columns = _item_columns(header[bodies:])
        for index in range(ITEMS_HEADER_ROW + 1, starts[0] - 1):
            cells = _cells(rows.get(index, []), bodies, body, len(columns))
            own, typed_in = cells[0], dict(zip(columns, cells[1:], strict=True))
            project, shown, name = typed_in["id"], typed_in.get("typed", ""), typed_in["name"]
            if not shown and (read := typed_id(project)):  # (2.1.1 in its ID's place)
                project, shown = read, project
            elif set(project) & _ROMAN and (read := number_id(project) or ""):
                project = read  # (Ⅰ-2 in place of 1-2, its policy leading it: review 114)
            if project and name:
                # (its number, or as typed, 「(2)」 — its number read from it — or its mark, イ)
                number = _number(typed_in.get("number", ""))
                label = "" if number is not None else typed_in.get("number", "")
                number = label_number(label) if label else number
                items.append((own, project, number, name))
                labels.append((shown if shown != project else "", label))
                names.append(typed_in.get("project", ""))
                policies.append(
                    (
                        typed_in.get("policy", ""),
                        typed_in.get("policy_typed", ""),
                        typed_in.get("policy_name", ""),
                    )
                )
                dated += items[-1:] if typed_in.get("why") == OTHER_YEAR else []
    fixes: dict[int, str] = {}  # (each fix by its number)
    for start in (start for start, kind in heads.items() if kind.kind == "fixes"):
        for index in range(start + 1, bounds[start]):
            numbered, text = _cells(rows.get(index, []), True, body, 1)
            if (found := _number(numbered)) is not None and text:
                fixes[found] = text
    places = []
    for start, kind in heads.items():
        if kind.kind != "places":
            continue
        for index in sorted(i for i in rows if start < i < bounds[start]):
            own, file, where, message, fix = _cells(rows[index], kind.bodies, body, 4)
            if file:
                place = file if where in ("", WHOLE_FILE) else f"{file} › {where}"
                hint = fixes.get(_number(fix) or 0, "") if kind.fixed else ""
                whole = where == WHOLE_FILE or kind.reason == OTHER_YEAR  # (left out whole)
                year = (years or {}).get(file) if kind.reason == OTHER_YEAR else None
                # (a memo's error, recorded by its words only: past_errors.TABLELESS)
                memo = place == file and NO_HEADER_ROW in message
                reason = kind.reason or (TABLELESS if memo else "")
                places.append(ErrorPlace(own, place, message, whole, hint, reason, year))
    listed = next((start for start, kind in heads.items() if kind.kind == "bodies"), None)
    named = [rows[i][:2] for i in sorted(rows) if listed is not None and i > listed]
    of_bodies = tuple((cells[0], cells[1]) for cells in named if cells[:1] and cells[0])
    return CountedPast(
        tuple(items),
        tuple(places),
        bodies=of_bodies,
        dated=tuple(dated),
        labels=tuple(labels),
        names=tuple(names),
        policies_of=tuple(policies) if any(policy for policy, _, _ in policies) else (),
    )


_ROMAN = frozenset(ROMAN_NUMERALS)  # (a Roman numeral leads no ID planeval writes)


def _item_columns(header: list[str]) -> tuple[str, ...]:
    """The items' table's columns by its ``header``'s titles (its 団体 aside): the project's
    number, its number as typed (「…（表記）」) where the table has it, the item's number and the
    project's name where it has them (both titled in the body's words: 「…番号」 and 「…名」,
    the item's name last), the item's name and the reason (WHY_COLUMN) where given, and after
    it the policy's number (as typed too) and name where the export records them (a policy
    none of whose rows was counted) — an export of an earlier planeval had every item's
    number, and no project's name, nor any policy."""
    titles = [title for title in header if title]
    typed = titles[1:2] != [] and titles[1].endswith(TYPED_TITLE)
    own = titles[1 + typed :]
    after = own[own.index(WHY_COLUMN) + 1 :] if WHY_COLUMN in own else []
    own = own[: own.index(WHY_COLUMN)] if WHY_COLUMN in own else own
    numbered = len(own) == 3 or (len(own) == 2 and own[0].endswith("番号"))
    named = len(own) == 3 or (len(own) == 2 and not numbered)
    # (after the reason, a policy none of whose rows was counted: its number, as typed, name)
    typed_policy = after[1:2] != [] and after[1].endswith(TYPED_TITLE)
    policy = ("policy", *["policy_typed"] * typed_policy, "policy_name")
    return (
        "id",
        *["typed"] * typed,
        *["number"] * numbered,
        *["project"] * named,
        "name",
        "why",
        *(policy if len(after) >= 2 else ()),
    )


def recorded_years(places: Sequence[ErrorPlace]) -> dict[str, int]:
    """The workbooks an export left out as of another year (its places of OTHER_YEAR) → that
    year, as it records it (ErrorPlace.year): ReadResult.other_years of the export read back,
    so that validate --plan and compare say the department that sent it sent another year's
    form, as a read of the workbooks says it (not 「回答がどのファイルにもありません」)."""
    return {place.file: place.year for place in places if place.year is not None}


def recorded_rows(past: CountedPast, where: Location) -> list[Entry]:
    """The items ``past`` records as rows left out for their errors (ReadResult.error_rows),
    each with its numbers as typed (CountedPast.labels), at its sheet ``where``, and its
    policy where the export records it (one none of whose rows was counted)."""
    names = past.names or ("",) * len(past.items)
    policies = past.policies_of or (("", "", ""),) * len(past.items)
    return [
        Entry(where, policy, "", project, own, number, label, name, None, "", "", body=body,
              policy_name=policy_name, project_label=shown)
        for (body, project, number, name), (shown, label), own, (policy, _, policy_name) in zip(
            past.items, past.labels, names, policies, strict=True
        )
    ]  # fmt: skip


def recorded_policy_labels(past: CountedPast, body: str) -> dict[str, str]:
    """The numbers as typed of the policies ``past`` records (Ⅱ for 2), keyed as an export's
    sheet keys its levels' (SheetResult.level_labels: within an item's body where it is not
    the sheet's own, ``body``)."""
    return {
        (policy if item[0] == body else body_key(item[0], policy)): typed
        for item, (policy, typed, _name) in zip(past.items, past.policies_of, strict=False)
        if policy and typed
    }


def counted_past_warning(file: str, sheet: str, past: CountedPast) -> Problem:
    """The one warning of an export counted past errors: how many places it left out, and
    that its items left out (and those of a file it could not read) stay so."""
    whole = any(p.whole_file and not p.reason for p in past.places)  # (no other year's)
    unread = "読めなかったブックの実施内容" if whole else ""
    if past.items:
        items = f"その実施内容 {len(past.items):,} 件はここでも数えず、回を比べるときは"
        items += "追加・削除ではなく未集計とします" + (f"（{unread}も同じです）" if unread else "")
    elif unread:
        items = f"{unread}は、回を比べるときは追加・削除ではなく未集計とします"
    else:
        items = "その行はここでも数えていません"
    return Problem(
        Location(file, sheet),
        Severity.WARNING,
        f"この報告書は、{places_left_out(past.places)}を集計に含めずに書き出されています"
        f"（シート「{sheet}」）。{items}",
        _fix(past),
    )


def _fix(past: CountedPast) -> str:
    """What would have the rows an export left out counted: the errors fixed, the workbooks
    of another year answered again on this year's form, else a body of another scale counted
    on its own."""
    reasons = {place.reason for place in past.places}
    errors = bool(reasons - {OTHER_SCALE, OTHER_YEAR})
    if not errors and OTHER_YEAR not in reasons:
        return "評価尺度が違う団体の行は、その団体だけを別に集計してください"
    fixed = ["元の調査票のエラーを直し"] if errors else []  # (each said up to its て)
    if OTHER_YEAR in reasons:
        fixed.append("別の年度の調査票だったブックを今回の調査票で回答し直してもらっ")
    return f"すべての行を数えるには、{'、'.join(fixed)}てから書き出し直してください"


def _header(cells: list[str]) -> _Table | None:
    """The table ``cells`` title, if any."""
    if tuple(cells[:2]) == BODIES_HEADER:
        return _Table("bodies")
    if tuple(cells[:2]) == FIXES_HEADER:
        return _Table("fixes")
    bodies = cells[:1] == [BODY_COLUMN]
    titles = tuple(cells[bodies : bodies + 3])
    if titles not in _PLACE_TABLES:
        return None
    fixed = cells[bodies + 3 : bodies + 4] == [FIX_COLUMN]
    return _Table("places", bodies, _PLACE_TABLES[titles], fixed)


def _cells(cells: list[str], bodies: bool, body: str, width: int = 3) -> list[str]:
    """A row's first ``width`` values and its body first (``body`` where the table has no
    団体 column)."""
    values = cells[: width + bodies]
    values += [""] * (width + bodies - len(values))
    return values if bodies else [body, *values]


def _text(value: object) -> str:
    """A cell as text ("" when empty): a whole number as its digits."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _number(text: str) -> int | None:
    return int(text) if text.isascii() and text.isdigit() else None


def dated_rows(file: str, sheet: str, past: CountedPast, rows: Sequence[Entry]) -> list[Entry]:
    """The items an export left out as of a workbook of another year (CountedPast.dated), as
    ReadResult.other_year_rows holds such rows of a read of the workbooks — what check compares
    a count sentence's 「このほか…N件は、…別の年度の調査票で提出されたため」 with, and compare
    calls 今回未集計 for that reason —, at the export's sheet, each of its project's policy
    (``rows``: the export's counted rows; else by its 1-1-1 number)."""
    policies = {(entry.body, entry.project_id): entry.policy_id for entry in rows}
    where = Location(file, sheet)
    return [
        Entry(
            where,
            policies.get((body, project)) or numbered_policy(project),
            "",
            project,
            "",
            number,
            "",
            name,
            None,
            "",
            "",
            body=body,
        )
        for body, project, number, name in past.dated
    ]
