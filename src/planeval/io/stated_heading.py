"""What a form's heading lines state above its tables: a national survey's or a prefecture's
form states the body — 「団体名 | 青葉市」 in two cells, or 「団体名：青葉市」 in one —, its 団体コード,
and a department's form its department (「担当部：福祉部」, or 「…進捗状況（都市建設部）」 in its
title): who wrote the file, whatever the rows' 担当課 say (io/body_name.py names a body by its
file where its form states none)."""

# (no `from __future__ import annotations`: a named tuple compiles each text annotation)
import re
import unicodedata
from typing import NamedTuple

from planeval.io.example_sheets import is_example_sheet
from planeval.io.grid import SheetGrid, cell_ref
from planeval.lazy_pattern import LazyPattern
from planeval.text import clean_text

# The words a form puts before the body's name, then an optional colon and the name.
_STATED = LazyPattern(r"^(?:回答)?(?:団体名|自治体名|市区町村名|市町村名)\s*[:：]?\s*(.*)$", re.S)
_FIRST = frozenset("回団自市")
# … and the words a department's form puts before the department's name (not 担当課 or 所管課:
# a 課 column's title, and a 課 is not who returns the form).
# The word ends at a colon, a space or the cell's end: 「所管部の意見」 is a title, not a name.
# (「部名：経済環境部」 of 桜川市's forms, one per 部: its 課 were named instead — review 154 #10)
_DEPARTMENT_WORD = (
    "(?:担当部局?|所管部局?|担当局|所管局|局名|部局名?|部名|部署名|担当部署|記入部署|所属部?)"
)
# (a 課's own form: 「担当課：デジタル戦略課」 in one cell, the colon and name after it — review 42)
_SECTION_WORD = "(?:担当課|所管課|担当係|課名)"
_DEPARTMENT = LazyPattern(
    rf"^{_DEPARTMENT_WORD}(?:\s*[:：]\s*|\s+)(\S+)|^{_DEPARTMENT_WORD}\s*[:：]?$"
    rf"|^{_SECTION_WORD}\s*[:：]\s*(\S+)"
)
_DEPARTMENT_FIRST = frozenset("担所部記課局")
_SECTION_ALONE = LazyPattern(rf"^{_SECTION_WORD}\s*[:：]?$")
_SECTIONS = ("課", "室", "係", "部", "局", "所", "館", "センター")
# … or the form's title names it in brackets at its end, as a 部's shared workbook is titled:
# 「令和6年度　…事務事業の進捗状況（都市建設部）」 (not 「（全課共用）」「（案）」: review 106)
_TITLED = LazyPattern(r".[(（]([^()（）・、,，\s]+)[)）]$")
# … and a title ending in a department after a space, as 川崎市's forms are, one per 局:
# 「令和6年度　施策進行管理・評価票（事務事業）　まちづくり局」 (review 202 #2, #4)
_ENDING = LazyPattern(r"(?:[(（]([^()（）・、,，\s]+)[)）]|[ 　]([^()（）・、,，\s]+))$")
# … and the body's code (全国地方公共団体コード: 131016, or 13101 without its check digit), by
# which a prefecture lists its municipalities
_CODE_WORD = "(?:団体コード|地方公共団体コード|自治体コード|市区町村コード|市町村コード)"
_STATED_CODE = LazyPattern(rf"^{_CODE_WORD}\s*[:：]?\s*(\d{{5,6}})?$")
_CODE_FIRST = frozenset("団地自市")
# a name a form's example leaves for the clerk to fill in: 「○○部」「〇〇市」「××課」 (review 132)
_UNFILLED = frozenset("○〇◯●□■×✕＊*")
_LOOKED_AT = 20  # rows from the top of each sheet, above its table: the form's heading lines
_MOST_CELLS = 4  # a heading line holds a few cells (団体名 | 青葉市 | 団体コード | 131130)
_SPACES = 2  # … and perhaps a cell or two holding only spaces


class Stated(NamedTuple):  # (cheaper to define than a frozen dataclass: model.py)
    """What a form's heading lines state: the body's name, the department who wrote it, the
    body's code (each the first sheet's stating one, or None), and where it states the code
    and the name (the sheet and cell: a message about the code or the name names it; the code's
    as typed there too, 93236 of a code read 093236 — review 173 #4)."""

    body: str | None = None
    department: str | None = None
    code: str | None = None
    code_at: tuple[str, str, str] = ("", "", "")
    body_at: tuple[str, str] = ("", "")


_KINDS = ((_STATED, _FIRST), (_DEPARTMENT, _DEPARTMENT_FIRST), (_STATED_CODE, _CODE_FIRST))
_ANY_FIRST = _FIRST | _DEPARTMENT_FIRST | _CODE_FIRST


def stated(grids: list[SheetGrid]) -> Stated:
    """The body, department and code the sheets' heading lines state, in one look at them (an
    example sheet's, 「記入例」, state nobody's: review 132)."""
    found: list[str | None] = [None, None, None]
    titled = None
    code_at, body_at = ("", "", ""), ("", "")
    for grid in grids:
        if is_example_sheet(grid.name):
            continue
        rows = grid.rows
        assert isinstance(rows, dict)
        for row in sorted(rows)[:_LOOKED_AT]:  # (the row numbers sorted, not every row's cells)
            cells = rows[row]
            if titled is None:
                titled = _titled(cells)
            if len(cells) - cells.count(None) - cells.count("") > _MOST_CELLS + _SPACES:
                break  # (a table's row, more cells than a heading line: the sheet's are above it)
            texts = _heading_line(cells)
            if texts is None:
                continue
            for kind, (pattern, first) in enumerate(_KINDS):
                if found[kind] is None:
                    found[kind] = _in_line(texts, pattern, first)
                    if kind != 1 and (said := found[kind]) is not None:
                        at = (grid.name, _cell_of(said, row, rows[row]))
                        if kind == 2:
                            code_at = (*at, said)
                        else:
                            body_at = at
            if found[1] is None and len(texts) > 1 and _SECTION_ALONE.match(texts[0]):
                # (「所管課 | 市民課」 opening its line, a 課's name after it: review 55 — not a
                # table's titles, 所管課 | 担当係 | 評価)
                named = texts[1].endswith(_SECTIONS) and not _SECTION_ALONE.match(texts[1])
                found[1] = texts[1] if named else None
            if None not in found:
                return _said(found, code_at=code_at, body_at=body_at)
    return _said(found, titled or None, code_at=code_at, body_at=body_at)


def _titled(cells: list[object]) -> str:
    """The department a form's title line names in brackets at its end (_TITLED), else "" —
    the first line looked at in each sheet being the title where any is."""
    value = next(filter(None, cells), None)
    if type(value) is not str or value.rstrip()[-1:] not in ")）":
        return ""
    match = _TITLED.search(clean_text(value))
    return match[1] if match is not None and match[1].endswith(_SECTIONS) else ""


def title_department(title: str) -> tuple[str, str]:
    """The department a form's title names at its end — in brackets, 「…進捗状況（都市建設部）」,
    or after a space, 「…評価票（事務事業）　まちづくり局」 — and the title before it; ("", the
    title) where it ends in no department's name (「…（事務事業）」, 「…（全課共用）」)."""
    text = clean_text(title)
    match = _ENDING.search(text)
    name = (match[1] or match[2]) if match is not None else ""
    if not name.endswith(_SECTIONS) or match is None or not text[: match.start()].strip():
        return "", text
    return name, text[: match.start()].rstrip()


def _said(
    found: list[str | None],
    titled: str | None = None,
    *,
    code_at: tuple[str, str, str],
    body_at: tuple[str, str],
) -> Stated:
    body, department, code = found
    return Stated(body, department or titled, _code(code), code_at, body_at)


def _cell_of(code: str, row: int, cells: list[object]) -> str:
    """The cell of ``row`` holding ``code`` (「03251」, or 「団体コード：03251」)."""
    column = next((i for i, v in enumerate(cells) if v is not None and code in str(v)), 0)
    return cell_ref(row, column)


def stated_department(grids: list[SheetGrid]) -> str | None:
    """The department the first sheet stating one names above its table, or None."""
    return stated(grids).department


def _code(code: str | None) -> str | None:
    """A stated code of six digits, or five; a code typed as a number loses its leading zero
    (083020 → 83020): five digits naming no prefecture (01–47) are given it back. Full-width
    digits are the same code (「０１２１８１」 is 012181: review 171 #4, said to differ)."""
    if code is not None:
        code = unicodedata.normalize("NFKC", code)
    if code is None or not code.isascii() or not code.isdigit() or len(code) not in (5, 6):
        return None
    return code.zfill(6) if len(code) == 5 and int(code[:2]) > 47 else code


def _heading_line(cells: list[object]) -> list[str] | None:
    """A row's texts when it may be a form's heading line (of a few cells, spaces-only ones
    aside: stated tells): a cell begins as the words before a name do, and it holds a few
    cells; None for most rows, at once."""
    for value in filter(None, cells):  # (the row's empty cells passed over in C)
        # (its first character: a copy without the leading spaces only where there are some)
        if type(value) is str and (
            value[0] in _ANY_FIRST or (value[0].isspace() and value.lstrip()[:1] in _ANY_FIRST)
        ):
            break
    else:
        return None
    texts: list[str] = []
    for value in cells:
        if value is None or value == "" or not (text := clean_text(value)):
            continue
        if len(texts) == _MOST_CELLS:
            return None  # (a table's header row or a paragraph, not a form's heading line)
        texts.append(text)
    return texts


def _in_line(texts: list[str], pattern: LazyPattern[str], first: frozenset[str]) -> str | None:
    for place, text in enumerate(texts):
        if text[:1] not in first or (match := pattern.match(text)) is None:
            continue
        if (name := next(filter(None, match.groups()), "").strip()) == "":
            name = texts[place + 1] if place + 1 < len(texts) else ""  # (「団体名 | 青葉市」)
        return name if name and name[0] not in _UNFILLED else None  # (「担当部：○○部」: nobody's)
    return None


# A body's name in a file name: a run of kanji (and kana) ending in 市, 区, 町 or 村, after its
# prefecture (and 郡) if given, a designated city's ward after it (「21_川辺町.xlsx」
# 「青葉市_回答.xlsx」「131016_東京都千代田区.xlsx」「横浜市中区.xlsx」「四日市市.xlsx」), or a
# prefecture alone; a file named otherwise (回答_001.xlsx) names none.
