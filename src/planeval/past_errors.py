"""What a count made past errors (--keep-going) left out: the places of its errors, and the
items read there of which no row was counted.

The report says how many places under 集計; the xlsx export also records both (its sheet
cells.COUNTED_PAST_SHEET, report/xlsx_past_errors.py), and reading that export back
(io/export_past_errors.py) puts them where a read of the workbooks has them: the items among
the items seen (compare calls such an item 前回未集計/今回未集計, not 追加/削除, and leaves it out
of both rounds' counts), the places among ``ReadResult.recorded_errors`` (a file left out
makes its body's round incomplete there), with one warning saying so. An export read back and
exported again records them again.

Here are the record (CountedPast: left_out_items.counted_past), its sheet's layout, the words
that say it, and why a body was not counted or was counted in part (uncounted_why, partly_counted).
"""

# (no `from __future__ import annotations`: a named tuple compiles each text annotation as
# its class is made — CountedPast's 14 fields — on every run)
from collections.abc import Sequence
from pathlib import Path
from typing import NamedTuple

from planeval.cells import WORKBOOK_SUFFIXES
from planeval.read_records import ErrorPlace, ItemSeen, ReadResult

# The export's sheet of them (cells.COUNTED_PAST_SHEET), as written and read back: under a
# heading and a line, the items' table (its header on ITEMS_HEADER_ROW, titled in the body's
# words), then the places' table, found by its titles; each with a 団体 column first where
# several bodies were read. A place whose file was left out whole is WHOLE_FILE.
ITEMS_HEADER_ROW = 4
PLACE_COLUMNS = ("ファイル", "シート・セル", "エラーの内容")
# the places of the bodies left out for their scale (OTHER_SCALE), in a table of their own
# after the errors' (no error of theirs: their values of another scale), then each fix once,
# numbered, the places' tables giving its number in a column a clerk can filter (FIX_COLUMN)
OTHER_PLACE_COLUMNS = ("ファイル", "シート・セル", "内容")
# … and the workbooks of another year left out (OTHER_YEAR), in a table of their own too (no
# error of theirs: last year's sent again), each at the cell stating its year
YEAR_PLACE_COLUMNS = ("ファイル", "年度のセル", "内容")
FIX_COLUMN = "修正方法"
FIXES_HEADER = ("番号", FIX_COLUMN)
WHY_COLUMN = "含めていない理由"  # (the items' table's, where some body is of another scale)
BODY_COLUMN = "団体"
WHOLE_FILE = "（ブック全体）"
BODIES_HEADER = (BODY_COLUMN, "数えていない理由")  # (its table of bodies with no row counted)
# (Problem.kind of the error of a workbook with no evaluation table and no row like a header's,
# a memo — io/no_table.py —, and ErrorPlace.reason of its place: no row of it left out, said
# apart as a file with no table, review 190 #4; an export read back tells it by NO_HEADER_ROW)
TABLELESS = "評価の表のないブック"
NO_HEADER_ROW = "見出しらしい行もありません"  # (in its message)
# (Problem.reason of the error at a row of no item of the plan: against_plan.not_in_plan)
NOT_IN_PLAN = "計画にない行"


class CountedPast(NamedTuple):  # (cheaper to define than a frozen dataclass: model.py)
    """The items a count left out (``items``: read, no row of theirs counted) and the places
    of the errors it was made past (``places``)."""

    items: tuple[ItemSeen, ...] = ()
    places: tuple[ErrorPlace, ...] = ()
    # per policy, of ``items`` those that would be counted (no 再掲) and are not an unreturned
    # department's (said apart); and the plan's items missing from every file (plan_missing)
    policies: tuple[tuple[str, int], ...] = ()
    missing: tuple[tuple[str, int], ...] = ()
    # per policy, of ``policies``' items those of a body left out for its scale (OTHER_SCALE)
    scales: tuple[tuple[str, int], ...] = ()
    # … and those of a workbook of another year, left out (--fiscal-year: other_year_rows),
    # and per policy the bodies whose workbook that was, in a roll-up (none of one body's)
    years: tuple[tuple[str, int], ...] = ()
    year_bodies: tuple[tuple[str, tuple[str, ...]], ...] = ()
    # … and those of a row of no item of the plan (NOT_IN_PLAN: a 課's row inserted, review 88)
    outside: tuple[tuple[str, int], ...] = ()
    # … and those whose rating was left blank (BLANK_ROW: said apart from other errors)
    blanks: tuple[tuple[str, int], ...] = ()
    # each body an export of several names, in its order, with why none of its rows was
    # counted ("" where some was): as it records them (BODIES_HEADER), read back
    bodies: tuple[tuple[str, str], ...] = ()
    # of ``items``, those of a workbook of another year, left out (OTHER_YEAR): recorded so
    # in the export's sheet (its WHY_COLUMN) and read back as such, not as an error's
    dated: tuple[ItemSeen, ...] = ()
    # … of them, those of a sheet of another year's title among this year's (io/
    # other_year_sheets.py): its error's place is among the errors', its rows counted with them
    sheet_dated: tuple[ItemSeen, ...] = ()
    # each of ``items``' project number and own number as its body typed them ((3), イ; ""
    # where not known or typed as the ID): what its sheet shows (error_rows.typed_labels)
    labels: tuple[tuple[str, str], ...] = ()
    # each of ``items``' project's name ("" where not known): beside its number on its sheet
    names: tuple[str, ...] = ()
    # each of ``items``' policy — its number, as typed ("" where as the number) and its name —
    # where no row of that policy was counted (its 集計 row blank), else ("", "", ""): as its
    # sheet records them, read back (none recorded: an older export's, or no such policy)
    policies_of: tuple[tuple[str, str, str], ...] = ()
    # of ``places``, those of a repeat listing's row (repeat_places): fixed, 計 stays
    repeats: frozenset[str] = frozenset()
    # … and those of a reply not read of a department leading no item (cycle/idle_replies.py),
    # each with that department: fixed, no count changes
    idle: tuple[tuple[str, str], ...] = ()

    def __bool__(self) -> bool:
        return bool(self.items or self.places or self.bodies)

    @property
    def place_names(self) -> list[str]:
        """Each place as the run named it (``file › sheet › cell``)."""
        return [place.place for place in self.places]


def other_year_files(result: ReadResult) -> set[str]:
    """The files left out as workbooks of another year: a title's (ReadResult.other_years,
    --fiscal-year) or a template's of another round (its mark kept in other_rounds)."""
    return {*result.other_years, *(text.location.file for text in result.other_rounds)}


def errors_left_out(places: Sequence[str], rows: int = 0) -> str:
    """ "記入に不備のあった 6 か所（2 ファイル）の行": the rows a count left out, by their places
    (``file › sheet › cell``), counted and never named, in a public document's words (review 192,
    190 #4: 「エラーのあった」 beside the cells 未評価 and 未集計（記入誤り）, LEFT_OUT_ROWS); and how
    many rows where more than the places (``rows``): 「…1 か所の 12 行」 (reviews 149, 153 A3)."""
    files = len({place.split(" › ")[0] for place in places})
    among = f"（{files:,} ファイル）" if files > 1 else ""
    counted = f" {rows:,} " if rows > len(places) else ""
    return f"{IN_ERROR_SAID} {len(places):,} か所{among}の{counted}行"


def places_left_out(places: Sequence[ErrorPlace], rows: int = 0) -> str:
    """ "記入に不備のあった 6 か所（2 ファイル）の行" (errors_left_out), and what else ``places``
    left out as what it is: "評価尺度が違う 3 団体の行", "別の年度の調査票だった 1 ファイルの行",
    a reply not read (a PDF, an .xls: review 87) "ファイル形式が異なる回答 1 ファイル" (UNREAD_WHY),
    a workbook with no table nor header row "評価の表のない 1 ファイル" (tableless_file, review
    190 #4); ``rows``: how many rows the errors left out (rows_in_error), where known."""
    unread = {place.file for place in places if _unread(place)}
    tableless = {place.file for place in places if tableless_file(place)}
    errors = [
        place.place
        for place in places
        if an_error(place) and place.file not in unread and place.file not in tableless
    ]
    scaled = {place.body for place in places if place.reason == OTHER_SCALE}
    dated = {place.file for place in places if place.reason == OTHER_YEAR}
    said = [errors_left_out(errors, rows)] if errors else []
    if unread:
        said.append(f"{UNREAD_WHY.removesuffix('ため')}回答 {len(unread):,} ファイル")
    if tableless:  # (no row of it left out: not among the places whose rows were, review 190 #4)
        said.append(f"評価の表のない {len(tableless):,} ファイル")
    if dated:  # (a workbook of another year's, left out: no error of a row — review 84)
        said.append(f"別の年度の調査票だった {len(dated):,} ファイルの行")
    if scaled:
        said.append(f"評価尺度が違う {len(scaled):,} 団体の行")
    return "と、".join(said)


def an_error(place: ErrorPlace) -> bool:
    """Whether places_left_out says ``place`` as an error's: not a body's of another scale,
    nor a workbook's of another year, nor a reply not read at all."""
    return place.reason not in (OTHER_SCALE, OTHER_YEAR) and not _unread(place)


def tableless_file(place: ErrorPlace) -> bool:
    """Whether ``place`` is a workbook's with no table nor row like a header's (TABLELESS)."""
    return place.reason == TABLELESS


def _unread(place: ErrorPlace) -> bool:
    return (
        place.whole_file
        and not place.reason
        and Path(place.file).suffix.lower() not in WORKBOOK_SUFFIXES
    )


def uncounted_why(result: ReadResult) -> dict[str, str]:
    """Each body no row of ``result`` was counted of → why, as a report says it (_reasons:
    HELD_WHY, UNREAD_WHY, BROKEN_WHY, …, else IN_ERROR_WHY), an export read back as it recorded
    it in words now (EARLIER_WHY); 未回答, or 辞退 for one the list of bodies marks so."""
    reasons = _reasons(result, set(result.file_bodies.values()))
    recorded = result.recorded_bodies  # (an export read back: as it said them, or now says)
    return {
        body: EARLIER_WHY.get(said := recorded.get(body, ""), said)
        or _why(body, reasons)
        or (DECLINED if body in result.declined else UNANSWERED)
        for body in result.uncounted_bodies
    }


# (Problem.reason of the warnings of folders inside a given folder, or a body's, that hold
# workbooks — io/sub_folders.py: replies left out of the count, said under -q as well)
HELD_REPLIES = "フォルダの中のフォルダにある回答"
# (Problem.kind of the error of a workbook alike byte for byte to another body's, sent under its
# own body's name: io/misfiled.copy_said — compare asks for the body's own reply, no error to fix)
COPIED = "ほかの団体の回答の写し"
COPY_SAID = "と中身がまったく同じファイル（写し）です"  # (its message: an export records it)
# (Problem.reason of the error of a reply not read of a department leading no item of the plan,
# its value that department: cycle/idle_replies.py — fixing it changes no count, CountedPast.idle)
IDLE_REPLY = "所管のない部の回答"
# (Problem.reason of the error of a reply in another body's folder, stating its own: misfiled.py)
MISFILED = "ほかの団体のフォルダにある回答"
# why a body whose reply is a sheet of a binder of several bodies' (--bodies file) is not
# counted: io/compiled.py's error names the binder and `planeval split` (review 137 #1)
COMPILED = "複数団体のブックのため"
# (Problem.reason of the error of a form sent back as it was given: blanks.unanswered_forms)
BLANK_FORM = "未記入の調査票"
# (Problem.kind of a blank status whose row fills another status column, 実施状況 beside the
# 達成度 counted: its form was filled in, no BLANK_FORM — io/blank_reads.py)
FILLED_BESIDE = "ほかの評価の列は記入済み"
# (Problem.kind of the notice of an item column merged down over the rated rows, 取組み over
# 事業名 — io/level_columns._merged_items: the rated column is to change, so offered_words.py
# offers the report's words on the next run, review 169 #1)
MERGED_ITEMS = "結合された実施内容の列"

# (Problem.reason of the errors of a body's status cells of another scale's symbols, read
# among bodies: preset_hints.with_preset_hint — the body left out whole, its other rows' letters
# meaning that scale's statuses, not those of the table's, io/workbook.py)
OTHER_SCALE = "評価尺度が違うため"

# why a body's workbook was left out under --fiscal-year, its title stating another year
# (ReadResult.other_years: last year's sent again), as 団体別集計 and 集計の状況 say it
OTHER_YEAR = "別の年度の調査票のため"
# (Problem.reason of the warning of last year's workbook sent beside this year's reply, left out:
# last_year_copies.py — the body counted whole, by its reply; -q keeps it, cli/common.py)
LAST_YEARS_COPY = "今年度の回答と重なる前の年度のブック"

# (Problem.reason of the error of a body that sent nothing: its body's folder empty, or a
# body of the roster with no workbook — compare and rounds say it under their tables instead)
UNANSWERED = "未回答"
# … and why a body the list of bodies marks 辞退 that sent nothing is not counted, as the list
# says it (review 100: published as 未回答); both are a body that sent nothing (SENT_NOTHING)
DECLINED = "辞退"
SENT_NOTHING = (UNANSWERED, DECLINED)
# why a body's rows were not counted, in a public report's words (review 193: the tool's
# 「読めない形式の回答」, 「エラーのため」, 「中のフォルダに置かれた回答」, 「壊れたファイル」,
# which an earlier export records: read as now, EARLIER_WHY)
UNREAD_WHY = "ファイル形式が異なるため"  # (a file of it planeval reads not: an .xls, a .csv)
IN_ERROR_WHY = "記入に不備があったため"  # (rows of it in error, or no table)
HELD_WHY = "フォルダの中のフォルダに置かれていたため"  # (a reply in a folder inside its own)
MISFILED_WHY = "ほかの団体のフォルダに置かれていたため"  # (its reply in another's: MISFILED)
BROKEN_WHY = "ファイルが開けなかったため"  # (a damaged workbook: ReadResult.broken_files)
EARLIER_WHY = {"読めない形式の回答": UNREAD_WHY, "エラーのため": IN_ERROR_WHY}
EARLIER_WHY |= {"中のフォルダに置かれた回答": HELD_WHY, "壊れたファイル": BROKEN_WHY}
EARLIER_WHY[MISFILED] = MISFILED_WHY
# the bodies none of whose rows was counted, as every format and compare name them (review
# 193 #2: 「数えた行のない団体」 a tool's words)
UNCOUNTED_BODIES = "未集計の団体"


# Why a row read was left out for an error of its own, in a public document's words (review
# 186 #3: 「エラーがあったため」 for a rating left blank while its figure was 集計中): its status
# cell in the tables, and the reason the count sentence and the tables' legend give (+ため).
# Every format and ``check`` take them from here; EARLIER_ROW is earlier reports' for both,
# read by ``check`` only, so that last year's reports still check.
class RowWords(NamedTuple):
    cell: str  # its status cell: 「未評価」
    why: str  # 「なお、このほか指標1件は、評価が記入されていないため集計に含めていません。」


BLANK_ROW = RowWords("未評価", "評価が記入されていない")  # (its status blank, or its form)
MISWRITTEN_ROW = RowWords("未集計（記入誤り）", "評価の記入に誤りがある")  # (any other error)
EARLIER_ROW = RowWords("未集計（エラー）", "エラーがあった")
LEFT_OUT_ROWS = (BLANK_ROW, MISWRITTEN_ROW)
IN_ERROR_SAID = "記入に不備のあった"  # in notes: errors_left_out, compare's (review 190 #4)

# a body some of whose replies or rows were not counted, as its row in a table of bodies says
PARTLY = "一部未集計"
PARTLY_MARK = f"（{PARTLY}）"  # after its name: 「川辺町（一部未集計）」
# … and why, of a body whose reply lacks rows of the form every other body returned
# (io/common_form.py: the Problem.kind of its warning, its value the items, 「1-3・3-5」 —
# review 126 #5)
LACKING_ROWS = "lacking rows"
LACKING = "の行がないため"


def partly_counted(result: ReadResult) -> dict[str, str]:
    """Each body some rows of ``result`` were counted of but not all → why, by uncounted_why's
    rule (_reasons), else IN_ERROR_WHY (rows in error, or rows an export read back records as
    left out). Its counts are its counted rows'; a table of bodies marks its row (PARTLY)."""
    owner = result.file_bodies
    erring = {owner.get(problem.location.file, "") for problem in result.input_errors()}
    erring |= {place.body for place in result.recorded_errors}
    reasons, uncounted = _reasons(result, erring), set(result.uncounted_bodies)
    lacking = {
        owner.get(p.location.file, ""): f"回答に {p.value} {LACKING}"
        for p in result.problems
        if p.kind == LACKING_ROWS
    }
    return {
        body: why
        for body in result.bodies
        if body not in uncounted and (why := _why(body, reasons) or lacking.get(body, ""))
    }


def _reasons(result: ReadResult, erring: set[str]) -> tuple[tuple[str, set[str]], ...]:
    """Why some or all of a body's rows were not counted, each with the bodies it is said of,
    the first that holds said: a reply of it left in a folder inside its own, a file of it not
    read, a file of it damaged, its forms sent back blank (and no other error), its statuses
    another scale's (OTHER_SCALE), a workbook of it of another year left out (OTHER_YEAR: not
    last year's beside this year's reply, LAST_YEARS_COPY), else an error in one read (erring)."""
    owner = result.file_bodies
    blank = {owner.get(p.location.file, "") for p in result.problems if p.reason == BLANK_FORM}
    blank -= {
        owner.get(p.location.file, "") for p in result.input_errors() if p.reason != BLANK_FORM
    }
    misfiled = {owner.get(p.location.file, "") for p in result.problems if p.reason == MISFILED}
    other = {owner.get(p.location.file, "") for p in result.problems if p.reason == OTHER_SCALE}
    other |= result.marked_apart  # (said once, no cell's error: io/scale_bodies.marked_apart)
    copies = {p.location.file for p in result.problems if p.reason == LAST_YEARS_COPY}
    held = _held(result)  # (of a body counted whole from the reply it resent, neither)
    unread = {body for file, body in result.unread_bodies.items() if file not in held}
    return (
        (HELD_WHY, _held_whole(result, held)),
        (MISFILED_WHY, misfiled),
        (COMPILED, {body for held in result.compiled.values() for body, _code in held}),
        (UNREAD_WHY, unread),
        (BROKEN_WHY, _broken(result)),
        (BLANK_FORM, blank),
        (OTHER_SCALE, other),
        (OTHER_YEAR, {owner.get(file, "") for file in other_year_files(result) - copies}),
        (IN_ERROR_WHY, erring),
    )


def _why(body: str, reasons: tuple[tuple[str, set[str]], ...]) -> str:
    """The first of ``reasons`` said of the body ("" where none: nothing of it left out)."""
    return next((why for why, bodies in reasons if body in bodies), "")


# (held_replies is imported only where a reply was held back or a file refused: rare)
def _held(result: ReadResult) -> dict[str, str]:
    """held_replies.held_files, of a read that left some reply unread."""
    if not result.unread_bodies:
        return {}
    from planeval.held_replies import held_files

    return held_files(result)


def _held_whole(result: ReadResult, held: dict[str, str]) -> set[str]:
    """The bodies of the replies ``held`` not counted whole from a later version of theirs."""
    if not held:
        return set()
    from planeval.held_replies import resent

    return set(held.values()) - resent(result, held)


def _broken(result: ReadResult) -> set[str]:
    """held_replies.broken_bodies, of a read that refused some file whole as damaged."""
    if not result.broken_files:
        return set()
    from planeval.held_replies import broken_bodies

    return broken_bodies(result)
