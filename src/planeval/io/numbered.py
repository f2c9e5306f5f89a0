"""The rows of a Setagaya-style table (1-1-1 IDs in the project column, ① items), read one by
one; tables written in names go to named.py instead (read_table_row decides per table).

- a direction row: ``1-1 名前`` in the project column and nothing rated;
- a project cell ``1-1-1 名前`` starts a project; blank or merged cells below it continue it;
- an item cell ``① 名前`` starts an item; blank or merged cells below it continue it, and
  a cell marked ア, イ, ウ… is a lower level (sub-item) of the item above;
- the status cell holds a symbol of the scale, or "label symbol" for a sub-item.
"""

# (no `from __future__ import annotations`: a named tuple compiles each text annotation)
from typing import NamedTuple

from planeval.ids import (
    LOWER_MARKS,
    ItemNumber,
    Numbered,
    parse_item,
    parse_lower_level,
    parse_project,
)
from planeval.io.blank_reads import blank_read, rated_beside
from planeval.io.continued_rows import BELOW_UNREADABLE, read_unnumbered, read_unrated_row
from planeval.io.grid import UNSAVED_FORMULA, ExcelError, SheetGrid, cell_ref
from planeval.io.item_rows import quick_reader
from planeval.io.left_rows import left_in_error, status_unread, typed_texts, wait_blank
from planeval.io.note_rows import is_note, read_note
from planeval.io.repeats import (
    repeat_in_row,
    repeat_mark,
    repeat_mismatch,
    status_repeat_of,
    worded_repeat,
)
from planeval.io.row_roles import role_texts, table_mode
from planeval.io.status_remarks import outside_issue
from planeval.io.tables import (
    SheetResult,
    TableState,
    add_entry,
)
from planeval.model import Location, Problem, Severity
from planeval.repeat_marks import parse_repeat_of
from planeval.scale import Scale
from planeval.text import HEADING_WORDS

_NONE: frozenset[str] = frozenset()
_UNKNOWN = (None, "")  # (a status text not split yet)
_new = tuple.__new__  # (a Location built as the tuple it is: a third of the cost, every row)


def read_table_row(
    grid: SheetGrid,
    row: int,
    line: list[object],
    table: TableState,
    file: str,
    scale: Scale,
    result: SheetResult,
    headings: tuple[str, ...] = HEADING_WORDS,
) -> bool:
    """Read one row (``line``, its cells) of a table; False when it is a text row (a heading,
    note or paragraph).

    Most rows of an ID table never come here: item_rows.py reads them first (a rated item of
    the current project or the next, a sub-item), as this would. Here every rarer case (a new
    ID typed otherwise, a formula, an error, a problem) is guarded by a cheap test."""
    texts, own = role_texts(line, row, table)
    if table.mode != "ids":
        if table.mode is None:
            table.mode = table_mode(table, texts, grid, row)
            if table.mode == "ids":  # (its common rows read with a few lookups from here on)
                table.quick = quick_reader(table, grid, file, scale, result)
            elif table.mode == "named":
                from planeval.io.named import read_named_row

                table.read_named = read_named_row
        if table.read_named is not None:
            return table.read_named(grid, row, table, file, scale, result, texts, own, headings)
    formulas = (
        {role for role, column in table.roles if (row, column) in grid.unsaved_formulas}
        if grid.unsaved_formulas
        else _NONE
    )
    errors = (
        {role for role in own if type(line[table.columns[role]]) is ExcelError}
        if grid.has_errors
        else _NONE
    )
    # a status merged over several rows is one rating, made in its top cell, for the rows of
    # one item; a row naming an item of its own under it is rated so too (neighbours' equal
    # ratings merged into one cell)
    new_item = "item" in own
    rated = new_item or "status" in own or "sub_item" in own or "status" in formulas
    if (
        new_item
        and "status" not in texts
        and is_note(texts["item"])  # (its cell cleaned already: the row asked only then)
        and read_note(grid, row, table, scale, file=file, problems=result.problems)
    ):
        return False  # 「※2-1-2②は…」 alone in the item column: a note, not an item left blank

    if "project" in own:
        project_text = texts["project"]
        project = parse_project(project_text)
        as_typed = ""
        if (
            project is None
            and not rated
            and is_note(project_text)
            and read_note(grid, row, table, scale, file=file, problems=result.problems)
        ):
            return False  # 「※…」 alone in the project column: a note, the project going on
        if project is None:  # (「1.1.1 名前」, a direction's row, a heading, or an error)
            dotted = read_unnumbered(grid.name, row, project_text, rated, table, result, file)
            if isinstance(dotted, bool):
                return dotted  # (a direction's row, or reported: True; a text row: False)
            project, as_typed = Numbered(dotted.id, dotted.name), dotted.typed
        if table.project is None or table.project[0] != project.id:
            # (the same ID typed again on every row of its project continues it)
            table.start_project(result, project.id, project.name, row)
            table.project_label = as_typed  # (as the body typed it: 1.1.1)
    elif not rated:
        return read_unrated_row(grid, row, table, result, scale, file)
    if new_item and "status" in texts and "status" not in own and table.item is not None:
        typed = parse_item(texts["item"])
        if typed == table.item:
            # the item above typed again on a row its merged rating covers: the same rating
            new_item, rated = False, "sub_item" in own
        elif typed.number is None and table.item.number is not None:
            # an unnumbered line under a numbered item, its rating merged with the item's: the
            # rest of the item's name or a note, not an item of its own
            _Problems(result, file, grid.name, row, table.columns).add(
                "item",
                f"番号のない行「{_shortened(texts['item'])}」は、達成状況のセルが上の実施内容"
                f"（{table.item.label} {_shortened(table.item.name)}）と結合されているため、"
                "その続きとして読みました（この行は数えていません）",
                "別の実施内容なら番号（②など）を付けて達成状況のセルを分けてください。"
                "名前の続きなら一つのセルに書いてください（セル内の改行は Alt+Enter）",
                Severity.WARNING,
            )
            return True
    if not rated:
        return True
    if formulas or errors:
        for role in sorted(formulas):
            _Problems(result, file, grid.name, row, table.columns).add(role, *UNSAVED_FORMULA)
        for role in sorted(errors):
            _Problems(result, file, grid.name, row, table.columns).add(
                role,
                f"数式がエラー（{texts[role]}）になっています",
                "Excel で数式を直すか、値を直接入力してください",
                Severity.ERROR if role in ("status", "item", "project") else Severity.WARNING,
            )
        if (unread := formulas | errors) & {"status", "item"}:
            if "item" not in unread:  # (its status unread: its row left out, its item seen)
                cell = _status_cell(file, grid, table, row)
                status_unread(texts, new_item, table, result, cell)
            return True

    if table.project is None:
        if not table.project_unreadable:
            _Problems(result, file, grid.name, row, table.columns).add(
                "item",
                "どの事業の実施内容か分かりません（上に事業番号の行がありません）",
                "事業の列に「1-1-1 事業名」を書いてください",
            )
        else:
            _Problems(result, file, grid.name, row, table.columns).add("item", *BELOW_UNREADABLE)
        return True

    sub_item = texts.get("sub_item")
    if new_item:
        item_text = texts["item"]
        # (a cleaned text starts with no space: a lower level's starts with its mark, ア or a
        # bracket, and most item cells, 「① …」, are told from one by that character)
        lower = (
            parse_lower_level(item_text)
            if item_text[0] in LOWER_MARKS and table.item is not None
            else None
        )
        if lower is not None:
            sub_item = f"{lower} {sub_item}" if sub_item else lower
            table.unrated_item = None
        else:
            if table.unrated_item is not None:
                table.flush(result)
            item = table.item = parse_item(item_text)
            # (a reference in the body's own numbering, 「（1.1(1)ア再掲）」「【再掲】」, as named.py's;
            # each says 再掲: a name without the word marks none)
            table.repeat_of = repeat_mark(item.name) if "再掲" in item.name else None
            # (an item is seen once, on its own row, whatever its rows below say)
            _seen(item, table, result)
            if item.number is None and len(item_text) <= 20 and scale.normalise(item_text):
                _Problems(result, file, grid.name, row, table.columns).add(
                    "item",
                    f"実施内容の列に達成状況の記号 '{item_text}' があります",
                    "列がずれていないか確認してください",
                    Severity.WARNING,
                )
    elif table.item is None:
        _Problems(result, file, grid.name, row, table.columns).add(
            "item",
            "実施内容が空です",
            "実施内容の列に「① 実施内容」のように書いてください",
        )
        return True

    status_text = texts.get("status")
    if status_text is None:
        if not new_item and "sub_item" not in own:
            return True  # only a merged item continuing (checked by "rated" above)
        above = table.item
        unnumbered = new_item and sub_item is None and above is not None and above.number is None
        if unnumbered:
            outside = outside_issue(table.columns) or "上の実施内容の課題等のセル"
            empty = _Problems(result, file, grid.name, row, table.columns).make(
                "status",
                f"番号のない行「{_shortened(texts['item'])}」の達成状況が空です",
                "実施内容なら番号（①など）と達成状況を書いてください。"
                f"補足なら{outside}に書き足して、この行を削除してください",
            )
            table.unrated_item = empty  # unless lower levels follow
            return True
        cell = Location(file, grid.name, cell_ref(row, table.status_column))
        from planeval.io.blank_status import blank_fix, blank_status  # (a blank's: rare)

        fix = blank_fix(scale, table, row, texts.get("issue", ""), line)
        if new_item and sub_item is None:  # (unless lower levels follow)
            wait_blank(result, table, cell, fix, typed_texts(texts), line)
            return True
        read_as, beside, kind = blank_read(table, line, cell)
        if read_as is not None:  # (a row not rated, as the settings read a blank)
            issue, department = typed_texts(texts)
            add_entry(result, table, cell, sub_item, read_as, "", issue, department)
        else:
            said = typed_texts(texts)
            empty = blank_status(result, table, cell, sub_item, beside or fix, said, kind)
            result.problems.append(empty)
        return True
    if "status" not in own:  # (its rating merged from above: not at start-up, few are)
        from planeval.io.merged_ratings import merged_over_another

        if merged_over_another(grid, row, table, file, result, texts):
            return True  # (another item's rating merged over its row, on planeval's form)
    split = scale.splits.get(status_text, _UNKNOWN)
    if split is _UNKNOWN:
        split = scale.split_labelled(status_text)
    if split is None:
        from planeval.io.swapped_columns import unknown_status  # (an error's: not at start-up)

        cell = _status_cell(file, grid, table, row)
        result.problems.append(unknown_status(scale, table, cell, row, texts))
        left_in_error(result, table, cell, sub_item, typed_texts(texts))
        return True
    label, symbol = split
    if label:
        sub_item = f"{sub_item} {label}" if sub_item else label
    if not new_item and sub_item is None:
        above = table.item
        assert above is not None  # (checked above)
        _Problems(result, file, grid.name, row, table.columns).add(
            "item",
            f"実施内容が空で細目名もありません。上の実施内容（{above.label or above.name}）"
            "の続きとして読みました",
            "別の実施内容なら実施内容を、細目なら細目名を書いてください",
            Severity.WARNING,
        )
    if symbol == scale.repeat_symbol and table.repeat_of is None:
        # the item it repeats written in the status cell, 「-（1-1-1①再掲）」, as in the item's
        # name, or in another cell of the row (a 備考 column beside 課題等)
        table.repeat_of = (
            parse_repeat_of(status_text)
            or status_repeat_of(status_text, repeat_mark)  # (「1-1-1①の再掲」)
            or repeat_in_row(line, repeat_mark)
        )
        if table.repeat_of is None:  # (「再掲」 typed in words, naming none: 【再掲】's bare)
            table.repeat_of = worded_repeat(status_text, symbol)
    if scale.repeat_symbol is not None and (symbol == scale.repeat_symbol) != (
        table.repeat_of is not None
    ):
        cell = _status_cell(file, grid, table, row)
        if table.repeat_of is None:  # an item rated as a repeat listing: rated it is not
            result.problems.append(
                repeat_mismatch(
                    cell,
                    status_text,
                    None,
                    scale,
                    where="実施内容か備考",
                    status=table.status_title(),
                )
            )
            left_in_error(result, table, cell, sub_item, typed_texts(texts))
            return True
        result.problems.append(repeat_mismatch(cell, status_text, table.repeat_of, scale))
        symbol = scale.repeat_symbol  # (a repeat listing is never counted: as typed, shown)
    cell = _status_cell(file, grid, table, row)
    issue, department = texts.get("issue", ""), texts.get("department", "")
    add_entry(result, table, cell, sub_item, symbol, status_text, issue, department)
    if table.blank_beside and symbol != table.blank:  # (a rating beside 取組中: blank_reads)
        rated_beside(result.problems, table, line, cell, status_text)
    if table.values is not None:  # (an indicator's figures: 策定時 | 現状値 | 目標値)
        table.values.read(grid, row, cell)
    return True


def _status_cell(file: str, grid: SheetGrid, table: TableState, row: int) -> Location:
    """The row's status cell: where its entry, or its error, is."""
    return _new(Location, (file, grid.name, f"{table.status_letter}{row + 1}"))


def _seen(item: ItemNumber, table: TableState, result: SheetResult) -> None:
    """An item read on its own row, whatever its rows below say (ReadResult.items_seen)."""
    assert table.project is not None  # (an item is read under its project)
    result.items_seen.append((result.body, table.project[0], item.number, item.name))


def _shortened(text: str, most: int = 30) -> str:
    return text if len(text) <= most else text[:most] + "…"


class _Problems(NamedTuple):
    """Where the problems of one row go, each at its role's cell."""

    result: SheetResult
    file: str
    sheet: str
    row: int
    columns: dict[str, int]

    def make(
        self, role: str, message: str, hint: str = "", severity: Severity = Severity.ERROR
    ) -> Problem:
        cell = cell_ref(self.row, self.columns[role])
        return Problem(Location(self.file, self.sheet, cell), severity, message, hint)

    def add(
        self, role: str, message: str, hint: str = "", severity: Severity = Severity.ERROR
    ) -> None:
        self.result.problems.append(self.make(role, message, hint, severity))
