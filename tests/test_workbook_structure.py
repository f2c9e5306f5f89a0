"""A workbook's sheets are read from its workbook.xml once per template: the files of one
template differ there only in their defined names (a print area, a filter's range, one per
sheet and file), which say nothing of the sheets. The names are passed over only where they
are a plain element of defined names, alone; any other workbook is read as it is."""

from __future__ import annotations

import zipfile
from pathlib import Path

from planeval.io.archive import _workbook_key
from planeval.io.workbook import ReadOptions, read_workbook
from tests.hostile import (
    CONTENT_TYPES,
    EMPTY_STRINGS,
    GOOD_ROWS,
    ROOT_RELS,
    WORKBOOK,
    WORKBOOK_RELS,
    table_sheet,
)

_SHEETS_END = "</sheets>"


def _workbook(names: str) -> str:
    """hostile.WORKBOOK with ``names`` after its sheets (a <definedNames> element, or more)."""
    at = WORKBOOK.index(_SHEETS_END) + len(_SHEETS_END)
    return WORKBOOK[:at] + names + WORKBOOK[at:]


def _area(last_row: int) -> str:
    return (
        '<definedNames><definedName name="_xlnm.Print_Area" localSheetId="0">'
        f"第3章!$A$1:$D${last_row}</definedName></definedNames>"
    )


def _book(path: Path, workbook: str) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", CONTENT_TYPES)
        archive.writestr("_rels/.rels", ROOT_RELS)
        archive.writestr("xl/workbook.xml", workbook)
        archive.writestr("xl/_rels/workbook.xml.rels", WORKBOOK_RELS)
        archive.writestr("xl/worksheets/sheet1.xml", table_sheet(GOOD_ROWS))
        archive.writestr("xl/sharedStrings.xml", EMPTY_STRINGS)
    return path


def _statuses(path: Path) -> list[str]:
    result = read_workbook(path, path.stem, ReadOptions())
    return [entry.status for entry in result.entries]


def test_the_files_of_one_template_with_their_own_print_areas_are_read_alike(
    tmp_path: Path,
) -> None:
    first, second = _workbook(_area(3)), _workbook(_area(40))
    assert _workbook_key(first.encode()) == _workbook_key(second.encode())
    assert _workbook_key(first.encode()) == _workbook(_NO_NAMES).encode()
    for number, workbook in enumerate((first, second, _workbook(_NO_NAMES))):
        assert _statuses(_book(tmp_path / f"{number}.xlsx", workbook)) == ["○", "△"]


_NO_NAMES = "<definedNames/>"


def test_defined_names_that_are_not_plain_leave_the_workbook_as_it_is() -> None:
    unplain = [
        # a sheet among them would be one of the workbook's sheets
        '<definedNames><sheet name="隠し" sheetId="2" r:id="rId1"/></definedNames>',
        '<definedNames><definedName name="a"><x/></definedName></definedNames>',
        # a name that does not parse (an entity XML does not know, an unbound prefix)
        '<definedNames><definedName name="a">&nbsp;</definedName></definedNames>',
        '<definedNames><definedName r:name="a">1</definedName></definedNames>',
        # attributes twice, a character XML cannot hold
        '<definedNames><definedName name="a" name="b">1</definedName></definedNames>',
        '<definedNames><definedName name="a">&#1;</definedName></definedNames>',
    ]
    for names in unplain:
        workbook = _workbook(names).encode()
        assert _workbook_key(workbook) == workbook, names
    plain = _workbook(_area(3)).encode()
    around = [  # (the names found as text: the rest may not be the same document around them)
        plain.replace(b"<sheets>", b"<!-- a remark --><sheets>"),
        plain.replace(b"<sheets>", b"<?pi x?><sheets>"),
        plain.replace(b' encoding="UTF-8"', b' encoding="Shift_JIS"'),
        plain.replace(b"</definedNames>", b""),  # (not closed)
    ]
    for workbook in around:
        assert _workbook_key(workbook) == workbook, workbook


def test_a_template_s_file_read_after_one_with_broken_names_is_read_as_its_own(
    tmp_path: Path,
) -> None:
    """The broken one is told as before (its workbook does not parse); the good one of the
    same template, after it, is read."""
    broken = _workbook('<definedNames><definedName name="a">&nbsp;</definedName></definedNames>')
    result = read_workbook(_book(tmp_path / "broken.xlsx", broken), "broken", ReadOptions())
    assert result.left_out and not result.entries
    assert _statuses(_book(tmp_path / "good.xlsx", _workbook(_area(9)))) == ["○", "△"]
