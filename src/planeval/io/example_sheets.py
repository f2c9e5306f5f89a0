"""Sheets a form carries for its reader, not its answer: 記入例 (a filled-in example), 記入方法,
注意事項, メモ. Their rows are not counted and their paragraphs are no report's text; a row
rated there is said in a notice (a warning when the file's answer is nowhere else: the form
filled in on its example sheet)."""

from __future__ import annotations

import re
import unicodedata

from planeval.io.grid import SheetGrid
from planeval.io.tables import SheetResult
from planeval.model import Location, Problem, Severity

# (in a sheet's name: 「記入例」「記入例（〇〇部）」「見本」「記入上の注意」「作業用メモ」)
_EXAMPLE = re.compile(
    r"記入例|記載例|入力例|記入見本|見本|サンプル|記入方法|記入要領|記載要領|入力方法|"
    r"記入上の注意|注意事項|記入の手引|手引き|使い方|説明書|メモ|^例\d*$"
)


def is_example_sheet(name: str) -> bool:
    """Whether a sheet's name says it is an example, instructions or notes."""
    return _EXAMPLE.search(unicodedata.normalize("NFKC", name).replace(" ", "")) is not None


def set_aside_examples(
    file: str, grids: list[SheetGrid], sheets: list[SheetResult]
) -> list[Problem]:
    """Empty each example sheet's read (in place), saying what it held that is not counted."""
    said: list[Problem] = []
    elsewhere = any(
        sheet.entries
        for grid, sheet in zip(grids, sheets, strict=True)
        if not is_example_sheet(grid.name)
    )
    for index, grid in enumerate(grids):
        sheet = sheets[index]
        if not is_example_sheet(grid.name):
            continue
        sheets[index] = SheetResult(body=sheet.body)
        if not sheet.entries:
            continue
        rows = len(sheet.entries)
        if elsewhere:
            said.append(
                Problem(
                    Location(file, grid.name),
                    Severity.NOTICE,
                    f"シート「{grid.name}」は記入例・説明のシートのため、その {rows} 行は"
                    "数えていません",
                )
            )
        else:
            said.append(
                Problem(
                    Location(file, grid.name),
                    Severity.WARNING,
                    f"記入のある行がシート「{grid.name}」（記入例・説明のシート）にしかない"
                    f"ため、その {rows} 行を数えていません",
                    "回答なら、回答用のシートに写すか、シート名から「記入例」などを外してください",
                )
            )
    return said
