"""What reading and writing workbooks both need: Excel's cell names, and the marker planeval
puts in its own exports (so that reading them again never counts their rows twice)."""

from __future__ import annotations

import functools
from collections.abc import Mapping, Sequence
from pathlib import PurePath

# The workbooks planeval reads (io/inputs.py); a reply of another type is a file not read.
WORKBOOK_SUFFIXES = {".xlsx", ".xlsm"}
# The custom document property naming an export's summary, issue-list and data sheets: they
# repeat the policy sheets' rows and are not counted when the export is read back.
DERIVED_SHEETS_PROPERTY = "planeval_derived_sheets"
# The custom document property of an export holding the fiscal year of its rows (2023), which
# its first derived sheet (the summary) shows in A2: compare and rounds judge an export's round
# by it as a template's round by its mark.
FISCAL_YEAR_PROPERTY = "planeval_fiscal_year"
# The export's data sheet (one of the derived ones): one row per entry, one value per cell, in
# entry_columns.ENTRY_COLUMNS order (with the 団体 column when several bodies were exported). An export
# of several bodies is read back from it (io/export_data.py).
DATA_SHEET = "データ"
# The custom document property naming the data sheet's columns' fields in order (model's
# field names, a level's typed number 「policy_id（表記）」), the source's three after them
# unnamed: the sheet leaves out a column no row has a value in (a body with no 細目), so its
# columns are read by this list where the export records it, by their places where not.
DATA_COLUMNS_PROPERTY = "planeval_data_columns"
# The export's sheet of what a count made past errors (--keep-going) left out, one of the
# derived ones, written only then: the items read and not counted, and the errors' places
# (past_errors.py). Reading the export back leaves them out again (io/export_past_errors.py).
COUNTED_PAST_SHEET = "集計に含めていない行"
# The custom document property of an export of several bodies naming those that typed their
# policies as a level of their own (level_labels.POLICY_WORD: 基本目標 of band rows 「基本目標１
# …」) over rows rated right under them, as JSON {body: word}: read back, their rows stay their
# policies' in a roll-up by policy. Excel keeps a property's text to PROPERTY_MOST characters:
# a longer one is written in parts, planeval_policy_words, planeval_policy_words_2 …
POLICY_WORDS_PROPERTY = "planeval_policy_words"
# The custom document property of an export of two scales (export --config A --config B) naming
# the data sheet's columns after the source's that hold the other scale's rating of each row
# (達成度 beside the 実施状況 counted), comma-separated: read back, such a column is no
# indicator's figure, and a read by that scale's settings takes its statuses from it.
OTHER_SCALES_PROPERTY = "planeval_other_scales"
PROPERTY_MOST = 255  # (UTF-16 units, as Excel counts them)
# The custom document property of an export counted past a workbook of another year left out
# (past_errors.OTHER_YEAR) recording each such workbook's year, as JSON {file: year} in parts
# as above: read back, validate --plan and compare say its department sent another year's form.
OTHER_YEARS_PROPERTY = "planeval_other_years"
# The custom document property of an export of several bodies some of which no row was counted
# of, naming every body in 団体別集計's order with why none of its rows was counted ("" where
# some was), as JSON {body: why} in parts as above: its 集計に含めていない行 sheet lists only
# those with a reason (review 97: all 300 listed, 298 with none), and read back the export
# still says 「300団体のうち298」 in its order.
BODIES_PROPERTY = "planeval_bodies"
# The data sheet's cell in its column marking rows (うち重点) of a row whose table has no such
# column (another body's form, or one table without it): which of its rows are marked is not
# known, and io/export_data.py reads it back so — its group's 「うち重点」 line left empty, as the
# source read left it — not as a row not marked (an empty cell).
NO_MARK_COLUMN = "（列なし）"
# the files export --csv writes (report/text_export.py): a folder's own, no reply to re-save
CSV_FILES = ("集計.csv", "進捗状況.csv", "課題一覧.csv", "団体別集計.csv")


@functools.lru_cache(maxsize=1024)
def column_letter(index: int) -> str:
    """Excel's column name for a 0-based column index: 0 → A, 26 → AA."""
    letters = ""
    index += 1
    while index:
        index, remainder = divmod(index - 1, 26)
        letters = chr(65 + remainder) + letters
    return letters


def cell_ref(row: int, column: int) -> str:
    """Excel's cell reference for 0-based indexes: (13, 2) → C14."""
    return f"{column_letter(column)}{row + 1}"


def split_ref(cell: str) -> tuple[str, str]:
    """An Excel cell reference's column letters and row digits: "C14" → ("C", "14")."""
    letters = cell.rstrip("0123456789")
    return letters, cell[len(letters) :]


def cell_list(cells: list[str], shown: int) -> str:
    """ "E8・E9・E10 ほか 33 か所": the first ``shown`` cells and the count of the rest (all of
    them when only one more would be left)."""
    if len(cells) <= shown + 1:
        return "・".join(cells)
    return "・".join(cells[:shown]) + f" ほか {len(cells) - shown} か所"


BODIES_SHOWN = 5  # bodies a message or a note names of many; the rest counted
# several bodies' replies are one common form (io/common_form.py: a body lacking its rows; a
# survey's report, report/survey.py) where this many bodies or more list this many items alike
COMMON_FORM_BODIES = 3  # (of two, which one deleted a row and which added one is not known)
COMMON_FORM_ITEMS = 5  # (a common form of fewer items tells too little)


def body_list(bodies: Sequence[str], shown: int = 3, between: str = "・") -> str:
    """ "緑町・山田村・星野市 ほか 25 団体": the first ``shown`` bodies and the count of the rest
    (``between`` them: 「、」 in a sentence's list)."""
    more = f" ほか {len(bodies) - shown:,} 団体" if len(bodies) > shown else ""
    return between.join(bodies[:shown]) + more


def file_list(files: Sequence[str], shown: int = 3) -> str:
    """ "a.xlsx、b.xlsx、c.xlsx ほか 2 ファイル": the first ``shown`` files by their names and the
    count of the rest."""
    named = [PurePath(file).name for file in files[:shown]]
    more = f" ほか {len(files) - len(named)} ファイル" if len(files) > len(named) else ""
    return "、".join(named) + more


PLACES_SHOWN = 3  # a longer list of places is cut: "…ほか 12 か所"


def places(parts: Sequence[str]) -> str:
    """Places joined with 、, the list cut after a few: "…、…ほか 12 か所"."""
    if len(parts) <= PLACES_SHOWN + 1:
        return "、".join(parts)
    return "、".join(parts[:PLACES_SHOWN]) + f"…ほか {len(parts) - PLACES_SHOWN} か所"


def policy_words_parts(words: Mapping[str, str]) -> list[tuple[str, str]]:
    """``words`` (body → its policies' word) as the export's custom properties (json_parts)."""
    return json_parts(POLICY_WORDS_PROPERTY, words)


def policy_words_of(properties: Mapping[str, str]) -> dict[str, str]:
    """The bodies an export records as typing their policies as a level (policy_words_parts),
    each with its word; {} where it records none, or records them unreadably."""
    words = json_of(properties, POLICY_WORDS_PROPERTY)
    return {str(body): str(word) for body, word in words.items() if body and word}


def json_parts(name: str, values: Mapping[str, object]) -> list[tuple[str, str]]:
    """``values`` as the export's custom properties ``name``, ``name``_2 …, each text of
    PROPERTY_MOST characters at most: JSON with no whitespace of its own (a space in a name
    escaped), as a property's text is read stripped."""
    import json  # (an export of such bodies only: not at start-up)

    text = json.dumps(values, ensure_ascii=False, separators=(",", ":"))
    text = "".join(f"\\u{ord(char):04x}" if char.isspace() else char for char in text)
    parts: list[str] = []
    part: list[str] = []
    size = 0
    for char in text:
        wide = 2 if ord(char) > 0xFFFF else 1
        if size + wide > PROPERTY_MOST:
            parts.append("".join(part))
            part, size = [], 0
        part.append(char)
        size += wide
    parts.append("".join(part))
    return [(_part_name(name, number), value) for number, value in enumerate(parts, start=1)]


def json_of(properties: Mapping[str, str], name: str) -> dict[str, object]:
    """What json_parts recorded as ``name``: {} where nothing, or nothing readable."""
    parts, number = [], 1
    while (part := properties.get(_part_name(name, number))) is not None:
        parts.append(part)
        number += 1
    if not parts:
        return {}  # (most workbooks, and an export with nothing of the kind)
    import json

    try:
        values = json.loads("".join(parts))
    except ValueError:
        return {}
    return values if isinstance(values, dict) else {}


def _part_name(name: str, number: int) -> str:
    return name if number == 1 else f"{name}_{number}"
