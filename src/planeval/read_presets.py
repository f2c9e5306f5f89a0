"""The preset a whole read's values are of, told in every file's fix: each file's cells are
judged alone (preset_hints.with_preset_hint), so a file holding only A and B was told 「preset
"nagoya"・"gunma"・"hirakata"・… のどれか … preset = "nagoya" のように」 while its neighbour,
holding E and 評価対象外 too, was told hirakata — and the clerk read nagoya first (reviews 75
and 76). Where the files' presets have one or more in common, each file is told those."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping

from planeval.model import Problem
from planeval.own_scale import StatusCells
from planeval.preset_hints import named_presets, preset_hint


def one_preset_said(problems: list[Problem], cells: Mapping[str, StatusCells]) -> list[Problem]:
    """``problems`` with each file's preset fix naming only the presets every file's values
    fit (``cells``: each file's, StatusCells.presets), where those are fewer; a read of
    bodies (each its own scale, survey_scales.py) left as it is."""
    named = {file: cell.presets for file, cell in cells.items() if cell.presets and not cell.body}
    if len(named) < 2:
        return problems
    first = next(iter(named.values()))
    common = [name for name in first if all(name in other for other in named.values())]
    if not common or all(len(names) == len(common) for names in named.values()):
        return problems
    told = []
    for problem in problems:
        file = problem.location.file
        if file in named and len(named[file]) > len(common) and named_presets([problem]):
            hint = preset_hint(common, "", file)
            problem = dataclasses.replace(problem, hint=hint)
        told.append(problem)
    return told
