"""Scanning a worksheet part as it inflates (planeval.io.sheetscan): the facts and refusals do
not depend on where the chunks split the part, rows and columns are held to the limits by
value, and a cell or row placed by position is noticed wherever it is."""

from __future__ import annotations

import itertools
import zipfile
from collections.abc import Sequence

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from planeval.io.limits import CELL_BUDGET, Limits, Refused
from planeval.io.sheetscan import PartFacts, scan_part

PART = zipfile.ZipInfo("xl/worksheets/sheet1.xml")


def sheet(*rows: str, dimension: str = "A1:E9") -> bytes:
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
        f'<dimension ref="{dimension}"/><sheetData>{"".join(rows)}</sheetData>'
        '<mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells></worksheet>'
    ).encode()


def row(number: int, *cells: str) -> str:
    return f'<row r="{number}" spans="1:5">{"".join(cells)}</row>'


def cell(reference: str, value: str = "1") -> str:
    return f'<c r="{reference}" s="1"><v>{value}</v></c>'


def scan(data: bytes, sizes: Sequence[int] = (), limits: Limits | None = None) -> PartFacts:
    """The facts of ``data`` inflated in chunks of ``sizes`` (repeated; whole if none)."""
    lengths = itertools.cycle(sizes or [len(data) or 1])
    chunks, start = [], 0
    while start < len(data):
        size = next(lengths)
        chunks.append(data[start : start + size])
        start += size
    facts, inflated = scan_part(chunks, PART, limits or Limits(), 0)
    assert facts is not None and inflated == len(data)
    return facts


def refusal(data: bytes, sizes: Sequence[int] = (), limits: Limits | None = None) -> str:
    with pytest.raises(Refused) as refused:
        scan(data, sizes, limits)
    return str(refused.value)


BODY = [
    row(1, cell("A1"), cell("E1")),
    '<row r="3" hidden="1" spans="1:5">' + cell("A3") + "</row>",
    row(4, '<c r="B4"><f>SUM(A1:A3)</f><v>3</v></c>'),
    row(5, '<c r="C5" t="e"><v>#DIV/0!</v></c>'),
    row(120_000, cell("A120000"), cell("AB120000")),
    '<row r="150000" hidden="true" spans="1:5">' + cell("E150000") + "</row>",
]
SHEETS = {
    "marks and a wide column": sheet(*BODY),
    "placed by position": sheet(*BODY, row(150_001, "<c><v>1</v></c>")),
    "prefixed": sheet(*BODY, '<x:row r="150002"><x:c r="A150002"><x:f>1</x:f></x:c></x:row>'),
    "a prefixed cell placed by position": sheet(*BODY, '<row r="7"><x:c s="1"/></row>'),
}


@pytest.mark.parametrize("name", SHEETS)
@settings(max_examples=40, deadline=None)
@given(sizes=st.lists(st.integers(1, 300), min_size=1, max_size=6))
def test_every_split_of_a_part_gives_the_facts_of_the_whole(name: str, sizes: list[int]) -> None:
    """A tag, a reference or a row number cut between two chunks is seen whole."""
    data = SHEETS[name]
    assert scan(data, sizes) == scan(data)


def test_the_facts_of_a_sheet_of_marks() -> None:
    facts = scan(SHEETS["marks and a wide column"])
    assert facts == PartFacts(
        has_formulas=True,
        has_errors=True,
        hidden_rows={2, 149_999},
        claimed_cells=5 * 9,
        addressed_cells=150_000 * 28,  # (AB is column 28)
        unreferenced=False,
    )
    assert scan(SHEETS["placed by position"]).unreferenced
    assert scan(SHEETS["a prefixed cell placed by position"]).unreferenced


@settings(max_examples=40, deadline=None)
@given(sizes=st.lists(st.integers(1, 300), min_size=1, max_size=6))
def test_a_far_reference_is_refused_whatever_the_split(sizes: list[int]) -> None:
    data = sheet(*BODY, row(9, cell("A9"), '<c r="XFD1048576"/>'))
    assert "行が多すぎます（1,048,576 行目まで" in refusal(data, sizes)


@pytest.mark.parametrize(
    ("rows", "refused"),
    [
        ([row(200_000, cell("A200000"), cell("ALL200000"))], ""),
        ([row(200_001)], "行が多すぎます（200,001 行目まで"),
        ([row(5, cell("A200001"))], "行が多すぎます（200,001 行目まで"),  # (its row says 5)
        ([row(5, cell("A0200001"))], "行が多すぎます（200,001 行目まで"),
        ([row(5, cell("ALM5"))], "列が多すぎます（1,001 列目まで"),
        (['<x:row r="5"><x:c r="XFD5"/></x:row>'], "列が多すぎます（16,384 列目まで"),
        ([row(5, cell("AAA300000"))], "行が多すぎます（300,000 行目まで"),
        (['<row r="999999" hidden="1"/>'], "行が多すぎます（999,999 行目まで"),
        (['<row\tr="999999"/>'], "行が多すぎます（999,999 行目まで"),
        # a bare number counts only on a row, a reference only as the attribute r itself
        ([row(5), '<brk id="999999" r="999999"/>'], ""),
        ([row(5), '<pageSetup firstPageNumber="999999" paper="XFD1"/>'], ""),
    ],
)
def test_rows_and_columns_are_held_to_the_limits_by_value(rows: list[str], refused: str) -> None:
    data = sheet(*rows)
    if refused:
        assert refused in refusal(data)
    else:
        scan(data)


def test_the_limits_set_in_planeval_toml_are_the_ones_held() -> None:
    limits = Limits(rows=50_000, columns=30)
    scan(sheet(row(50_000, cell("AD50000"))), limits=limits)
    assert "50,001 行目まで" in refusal(sheet(row(5, cell("A50001"))), limits=limits)
    assert "31 列目まで" in refusal(sheet(row(5, cell("AE5"))), limits=limits)
    wide = Limits(columns=690)  # (past ZZ, 702, with two letters)
    assert "702 列目まで" in refusal(sheet(row(5, cell("ZZ5"))), limits=wide)


@pytest.mark.parametrize(
    ("last_row", "last_column", "within"),
    [(153_846, "Z", True), (153_847, "Z", False), (75_471, "BA", True), (75_472, "BA", False)],
)
def test_the_cell_budget_is_the_farthest_row_times_the_widest_column(
    last_row: int, last_column: str, within: bool
) -> None:
    data = sheet(row(1, cell("A1"), cell(f"{last_column}1")), row(last_row, cell(f"A{last_row}")))
    facts = scan(data)
    assert facts.addressed_cells == last_row * {"Z": 26, "BA": 53}[last_column]
    assert (facts.addressed_cells <= CELL_BUDGET) is within


@pytest.mark.parametrize(
    "tags",
    [
        "<c><v>1</v></c>",
        '<c s="1" r="A2"><v>1</v></c>',  # (its reference is not first)
        "<c/>",
        '<x:c t="s"><v>1</v></x:c>',
        '</row><row><c r="A3"/>',
        '</row><row spans="1:1" r="3"/><row r="4">',
        '</row><x:row/><row r="5">',
        "<c r='A2'/>",  # (its reference not in the quotes Excel writes)
    ],
)
def test_a_cell_or_row_placed_by_position_is_noticed(tags: str) -> None:
    data = sheet(row(1, cell("A1")), row(2, tags), row(9, cell("A9")))
    for sizes in ([], [1], [7], [64]):
        assert scan(data, sizes).unreferenced, sizes


def test_cells_and_rows_with_their_reference_first_are_not_taken_for_others() -> None:
    assert not scan(sheet(row(1, cell("A1")), '<row r="2"><x:c r="A2"/></row>')).unreferenced
    assert not scan(sheet('<cols><col min="1" max="2"/></cols>', row(1, cell("A1")))).unreferenced


@pytest.mark.parametrize("end", [b"<c", b"<c ", b"<c r", b'<c r="', b"<row ", b"<x:c>"])
def test_a_tag_cut_by_the_end_of_the_part_is_judged_there(end: bytes) -> None:
    """As far as it goes: a cell cut after ``<c `` or ``<c r`` has no reference first, one cut
    after ``<c r="`` has (as the tag counts before said), however the part is split."""
    data = f"<worksheet><sheetData>{row(1, cell('A1'))}".encode() + end
    expected = end not in (b"<c", b'<c r="')
    assert scan(data).unreferenced is expected
    assert scan(data, [len(data) - 2, 2]).unreferenced is expected


@pytest.mark.parametrize("at", [None, 10, 1_500, 2_999])
@pytest.mark.parametrize("sizes", [[], [70_000], [65_536, 7]])
def test_a_large_sheet_s_cells_are_judged_by_their_references_wherever_one_lacks_it(
    at: int | None, sizes: list[int]
) -> None:
    """One cell placed by position among thousands is noticed wherever it stands and however
    the part is split (a window of 64 KB or more, a tag cut by its end), and a sheet with none
    is not taken for one (its <cols>, a tag starting <c, is no cell)."""
    cells = [row(number, cell(f"A{number}"), cell(f"B{number}")) for number in range(1, 3_001)]
    if at is not None:
        cells[at] = row(at + 1, cell(f"A{at + 1}"), '<c s="1"><v>1</v></c>')
    data = sheet('<cols><col min="1" max="2"/></cols>', *cells)
    assert len(data) > 2 * 65_536
    assert scan(data, sizes).unreferenced is (at is not None)


# What a cell or row placed by position is, as the scan's module says: a <c, <x:c, <row or
# <x:row whose reference r=" is not first, the tag going on (a space, > or /).
PLACED = [rb'<c(?! r=")[ >/]', rb':c(?! r=")[ >/]', rb'(?<=[<:])row(?! r=")[ >/]']
TOKENS = [
    *['<c r="A1" s="1">', '<c r="B2"/>', "<c>", "<c/>", '<c s="1" r="C3">', '<c\tr="A1">'],
    *["<v>1</v>", "</c>", '<row r="1">', "<row>", "<row/>", '<row spans="1:2" r="2">', "</row>"],
    *['<x:c r="A1">', "<x:c>", '<x:row r="3">', "<x:row>", "<cols>", '<col min="1"/>', "</cols>"],
    *["<rowBreaks/>", "<cfRule/>", "<conditionalFormatting>", "<co", ' r="', "<c", "<c r"],
    *['<c r="', "<row r", ":c", " ", ">", "/"],
]
ROWS = "".join(row(n, cell(f"A{n}"), cell(f"B{n}")) for n in range(1, 60))  # (4 KB and more)


@settings(max_examples=300, deadline=None)
@given(
    tokens=st.lists(st.sampled_from(TOKENS), max_size=60),
    sizes=st.lists(st.integers(1, 90) | st.integers(4_000, 12_000), max_size=4),
    among=st.booleans(),
)
def test_a_tag_placed_by_position_is_noticed_exactly_where_one_is(
    tokens: list[str], sizes: list[int], among: bool
) -> None:
    """Whatever tags stand around it (a <cols>, a <conditionalFormatting>, a tag cut by a
    chunk's end or by the part's), among thousands of cells or alone, however the part is
    split: noticed where the part holds one, only there."""
    import re

    cells = ROWS if among else ""
    data = (cells + "".join(tokens) + cells).encode()
    expected = any(re.search(pattern, data) for pattern in PLACED)
    assert scan(data, sizes).unreferenced is expected
