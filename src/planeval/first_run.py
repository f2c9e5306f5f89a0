"""What a first run's scale messages share (own_scale.py: a body's own scale; legend_marks.py:
a mark its legend adds to a preset's): the place they are said of, whether a value is one not
counted, and a status's planeval.toml lines, each as a Japanese console shows it; and the
[wording] its block offers, which the run's other messages say (message_words.reword)."""

from __future__ import annotations

import dataclasses
import os
from collections import Counter
from collections.abc import Collection, Sequence
from pathlib import Path

from planeval.lazy_pattern import LazyPattern
from planeval.model import Location, Problem
from planeval.text import compact

# values (or their legend's labels) that say the row is not rated: uncounted, to be confirmed
EXCLUDED = LazyPattern(
    r"対象外|評価できない|評価不能|該当なし|非該当|再掲|除く|除外|含めない|含まない|集計外"
)
UNCOUNTED_LINE = "counted = false  # 件数に含めない評価とみました。含めるなら true"
COUNTED_LINE = "counted = true  # 件数に含める評価とみました。含めないなら false"


def place_of(files: list[str]) -> Location:
    """The file, or the folder the files share (「pref_b/」), else the first file."""
    if len(files) == 1:
        return Location(files[0])
    try:
        common = os.path.commonpath([str(Path(file).parent) for file in files])
    except ValueError:  # (files on two drives)
        common = ""
    return Location(f"{common}{os.sep}" if common not in ("", ".") else files[0])


def told_at(
    problems: Sequence[Problem], own: Sequence[tuple[int, str]], keys: Collection[str], hint: str
) -> tuple[list[Problem], list[str], Counter[str]]:
    """``problems`` with ``hint`` at each of the cells ``own`` (index, value) whose value is one
    of ``keys`` (compacted), the files those cells stand in, and how often each key is met: what
    legend_marks and stage_statuses say of the values they add to the scale."""
    cells = [(index, compact(value)) for index, value in own if compact(value) in keys]
    told = list(problems)
    for index, _ in cells:
        told[index] = dataclasses.replace(problems[index], hint=hint)
    files = list(dict.fromkeys(problems[index].location.file for index, _ in cells))
    return told, files, Counter(key for _, key in cells)


def offered_wording(problems: Sequence[Problem]) -> dict[str, str]:
    """The words the [wording] table of a first run's block offers (own_scale.py: the forms'
    titles, as pasted), {} where no error offers a [scale] with one."""
    for problem in problems:
        if "[wording]" in problem.settings and "[scale]" in problem.settings and problem.is_error:
            import tomllib  # (a first run's only)

            table = tomllib.loads(problem.settings).get("wording", {})
            return {word: said for word, said in table.items() if isinstance(said, str)}
    return {}


def status_lines(symbol: str, label: str) -> list[str]:
    """A ``[[scale.status]]`` table's first lines: its symbol and label."""
    return ["[[scale.status]]", f"symbol = {toml_string(symbol)}", f"label = {toml_string(label)}"]


def toml_string(text: str) -> str:
    """A TOML basic string of ``text``; a character a Japanese console (cp932) cannot show
    written as its escape, so the block copied from the console reads the same."""

    def escaped(char: str) -> str:
        if char in '"\\':
            return "\\" + char
        if ord(char) < 0x20 or ord(char) == 0x7F or not _shown_in_cp932(char):
            return f"\\u{ord(char):04X}"
        return char

    return '"' + "".join(map(escaped, text)) + '"'


def _shown_in_cp932(char: str) -> bool:
    try:
        char.encode("cp932")
    except UnicodeEncodeError:
        return False
    return True
