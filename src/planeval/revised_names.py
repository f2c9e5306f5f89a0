"""Whether a file's name, or its folder's, says it corrects an earlier reply (修正版, 訂正,
差し替え, 再提出; 再提出/062286_早瀬市.xlsx), and how late a correction it is: the names
io/bodies.py replaces earlier replies by, and past_errors.py tells a reply sent again by."""

from __future__ import annotations

import functools
import os
from pathlib import Path

from planeval.lazy_pattern import LazyPattern

# a file's name saying it corrects an earlier one (修正版, 訂正, 差し替え, 再提出), with what joins it
# and the number of a later correction (修正版2, （修正３）, 再提出_第2版; not a date, 修正版_0601)
REVISED = LazyPattern(
    r"[_\s\-－・（(【\[]*(?:修正|訂正|差し?替え?|再提出)版?"
    r"(?:[_\s\-－・（(]*(?:第|[vV](?:er\.?)?)?([0-9０-９]{1,2})(?![0-9０-９])(?:回目|版|次)?)?"
    r"[)）】\]]*"
)


def revised(file: str) -> bool:
    """Whether a file's name, or the folder it is in (再提出/062286_早瀬市.xlsx: review 133),
    says it corrects an earlier one (REVISED)."""
    return _says_revised(Path(file).stem) or in_revised_folder(file)


def first_stem(file: str) -> str:
    """The name of the reply a file corrects, without its folder and suffix (03_緑町_修正版 →
    03_緑町); its own stem where it corrects none."""
    stem = Path(file).stem  # (its name alone says it: the folder of a bare name is none)
    return REVISED.sub("", stem) if _says_revised(stem) else stem


def in_revised_folder(file: str) -> bool:
    """Whether the folder a file is in says its workbooks correct earlier ones (再提出/,
    差し替え/; not 修正前/, the earlier ones put aside)."""
    return _revised_folder(os.path.dirname(file))


@functools.lru_cache(maxsize=256)  # (a read's files stand in a few folders: each told once)
def _revised_folder(folder: str) -> bool:
    name = Path(folder).name
    return "前" not in name and _says_revised(name)


def _says_revised(name: str) -> bool:
    # (its words looked for first, so that a read of no such file never compiles the pattern)
    said = "修正" in name or "訂正" in name or "替" in name or "再提出" in name
    return said and REVISED.search(name) is not None


def revision(file: str) -> int:
    """How late a correction a file's name says it is: 0 for none, 1 for 修正版, 2 for
    修正版2 or （修正２） — the latest of one reply's versions is the one counted (review 115
    #3: 修正版 and 修正版2 were both read, their one differing rating counted in neither) —,
    one later in a folder of corrections (再提出/: its name that of the first it replaces)."""
    stem = Path(file).stem
    found = REVISED.search(stem) if _says_revised(stem) else None
    named = 0 if found is None else int(found[1]) if found[1] else 1
    return named + in_revised_folder(file)
