"""Review 171's national survey in small: each body's 回答票 (団体コード and 団体名 above a
table 番号 | 取組分野 (merged per 分野) | 取組 | 達成状況 | 備考, 備考 left free), and the
ministry's 団体一覧 with its 回答状況 column, for the tests of review 171's findings."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path

from openpyxl import Workbook

ITEMS = (
    ("1", "1-1", "行政手続のオンライン化", "子育て関係手続のオンライン化"),
    ("1", "1-2", "行政手続のオンライン化", "介護関係手続のオンライン化"),
    ("2", "2-1", "デジタル人材の確保・育成", "DX推進リーダーの育成"),
    ("2", "2-2", "デジタル人材の確保・育成", "外部人材の活用"),
)


def write_form(
    folder: Path,
    code: str,
    name: str,
    statuses: Mapping[str, str | None],
    year: str = "令和8年度",
) -> Path:
    """A body's reply, ``statuses`` by 番号 (1-1 …; None left blank), its 備考 empty."""
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "回答票"
    sheet["A1"] = f"{year} 自治体DX推進状況調査 回答票"
    sheet["A2"], sheet["B2"], sheet["C2"], sheet["D2"] = "団体コード", code, "団体名", name
    sheet.append([])
    sheet.append(["番号", "取組分野", "取組", "達成状況", "備考"])
    start: dict[str, list[int]] = {}
    for field, number, field_name, item in ITEMS:
        sheet.append([number, f"{field} {field_name}", item, statuses[number], None])
        start.setdefault(field, []).append(sheet.max_row)
    for rows in start.values():
        sheet.merge_cells(start_row=rows[0], start_column=2, end_row=rows[-1], end_column=2)
    path = folder / f"{code}_{name}.xlsx"
    book.save(path)
    return path


def write_roster(path: Path, rows: Sequence[tuple[str, str, str, str | None]]) -> Path:
    """The 団体一覧: 団体コード | 都道府県 | 団体名 | 回答状況 (「辞退」 or none)."""
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "団体一覧"
    sheet.append(["団体コード", "都道府県", "団体名", "回答状況"])
    for row in rows:
        sheet.append(list(row))
    for cell in sheet["A"]:
        cell.number_format = "@"
    book.save(path)
    return path
