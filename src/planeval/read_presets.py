"""The preset a whole read's values are of, told in every file's fix: each file's cells are
judged alone (preset_hints.with_preset_hint), so a file holding only A and B was told 「preset
"nagoya"・"gunma"・"hirakata"・… のどれか … preset = "nagoya" のように」 while its neighbour,
holding E and 評価対象外 too, was told hirakata — and the clerk read nagoya first (reviews 75
and 76). Where the files' presets have one or more in common, each file is told those; and a
file whose few values were too few to name one (市民課's one 「完了」 beside a blank: 「一覧の
記号から選んでください…」, while three other 課 were told preset "progress": review 85) is
told the same where those presets know them and most files naming values name them."""

from __future__ import annotations

import dataclasses
import unicodedata
from collections.abc import Collection, Mapping

from planeval.lazy_pattern import LazyPattern
from planeval.model import Problem
from planeval.preset_fixes import UNKNOWN_VALUE, named_presets, preset_hint
from planeval.presets import PRESETS
from planeval.scale import Scale
from planeval.status_cells import StatusCells, unknown_values
from planeval.survey_scales import PRESET_SAID


def one_preset_said(problems: list[Problem], cells: Mapping[str, StatusCells]) -> list[Problem]:
    """``problems`` with each file's preset fix naming only the presets every file's values
    fit (``cells``: each file's, StatusCells.presets), where those are fewer, and a file's
    values named no preset told those presets where they know its values and the files naming
    them are most of the files with values unknown; a read of bodies (each its own scale,
    survey_scales.py) left as it is."""
    named = {file: cell.presets for file, cell in cells.items() if cell.presets and not cell.body}
    if not named:
        return problems
    first = next(iter(named.values()))
    common = [name for name in first if all(name in other for other in named.values())]
    apart: set[str] = set()
    if not common:  # (the files told different presets: the one of the read's values)
        common, apart = _of_the_read(problems, named)
        if not common:
            return problems
    told_too = _too_few(problems, cells, named, common)
    if len(named) < 2 and not told_too:
        return problems
    told = []
    for problem in problems:
        file = problem.location.file
        found = UNKNOWN_VALUE.match(problem.message) if problem.is_error else None
        if file in apart:  # (told another preset, its values all this one's too)
            retold, hint = found is not None, _fix_of(found["text"], common) if found else ""
        elif file in named:  # (told more presets than all the files' values fit)
            retold = len(named[file]) > len(common) and bool(named_presets([problem]))
            hint = preset_hint(common, "", file)
        else:  # (told none: too few values, or a stage of the preset's among them)
            retold = file in told_too and found is not None
            hint = _fix_of(found["text"], common) if found else ""
        if retold:
            problem = dataclasses.replace(problem, hint=hint)
        told.append(problem)
    return told


def _of_the_read(
    problems: list[Problem], named: Mapping[str, tuple[str, ...]]
) -> tuple[list[str], set[str]]:
    """Where the files were told presets none of which all share (保健福祉部's 取組中 and 未着手
    told progress, the other 部 reform_plan: review 154 #7), the one preset of those named that
    knows the most of the read's values unknown to the scale, and the files told another whose
    every such value it knows or has as a stage of its own: told it too, one hint for one
    body. None where a file's values fit no one preset (two scales: each file's told its own)."""
    values: dict[str, list[str]] = {}
    for index, text in unknown_values(problems):
        values.setdefault(problems[index].location.file, []).append(text)
    every = [text for file in named for text in values.get(file, ())]
    offered = dict.fromkeys(name for names in named.values() for name in names)
    best = max(offered, key=lambda n: sum(PRESETS[n].normalise(t) is not None for t in every))
    from planeval.stage_statuses import stage_of  # (values unknown only)

    preset = PRESETS[best]
    apart = {file for file, names in named.items() if best not in names}
    if not all(
        preset.normalise(text) is not None or stage_of(text.strip(), preset) is not None
        for file in apart
        for text in values.get(file, ())
    ):
        return [], set()
    return [best], apart


def _fix_of(text: str, common: list[str]) -> str:
    """The fix of a value of another file than those naming ``common``: the preset's symbol
    told the preset, a stage of its own (一部実施 beside hamura's phrases) the preset first
    and then its lines (stage_statuses.stage_first), as the files naming it were told; a
    symbol of it in the other case (子ども未来部's 「a」 for hirakata's A, review 148 #5) the
    preset first, then the alias, as a cell after the preset is told (it was told to add
    aliases for a whole scale)."""
    preset = PRESETS[common[0]]
    if preset.normalise(text) is not None:
        return preset_hint(common, "", "")
    if (symbol := _case_of(preset, text)) is not None:
        typed, quoted = text.strip(), "・".join(f'"{name}"' for name in common)
        return (
            f"この表のほかの値は preset {quoted} の評価尺度のものです。planeval.toml に [scale] "
            f"preset = \"{common[0]}\" と書き、'{typed}' が '{symbol}' のことなら、そのうえで "
            f'[[scale.status]] に symbol = "{symbol}" と aliases = ["{typed}"] を書いてください'
        )
    from planeval.stage_statuses import stage_first  # (a stage's: rare)

    return stage_first(common[0])


def _case_of(preset: Scale, text: str) -> str | None:
    """The preset's symbol ``text`` is in the other case (「a」 for A), if any."""
    plain = unicodedata.normalize("NFKC", text).strip()
    for variant in (plain.upper(), plain.lower()):
        if variant != plain and (symbol := preset.normalise(variant)) is not None:
            return symbol
    return None


def _too_few(
    problems: list[Problem],
    cells: Mapping[str, StatusCells],
    named: Mapping[str, tuple[str, ...]],
    common: list[str],
) -> set[str]:
    """The files (not a body's among others) whose values unknown to the scale named no
    preset, all of which ``common``'s first preset knows, where the files ``named`` presets are
    more than those whose values named none."""
    values: dict[str, list[str]] = {}
    for problem in problems:
        file = problem.location.file
        if (
            file not in named
            and problem.is_error
            and (found := UNKNOWN_VALUE.match(problem.message))
        ):
            values.setdefault(file, []).append(found["text"])
    if not values or (
        len(named) <= len(values) and _cells(problems, named) <= _cells(problems, values)
    ):  # (one file of many cells of a preset's beside another's few: 川瀬町's and its
        # 教育委員会's, review 143 #9 — the board's told to make aliases)
        return set()
    from planeval.stage_statuses import stage_of  # (values unknown only)

    preset = PRESETS[common[0]]
    return {
        file
        for file, texts in values.items()
        if not (file in cells and cells[file].body)
        and all(
            preset.normalise(text) is not None
            or stage_of(text.strip(), preset) is not None
            or _case_of(preset, text) is not None
            for text in texts
        )
        and any(preset.normalise(text) is not None for text in texts)
    }


def _cells(problems: list[Problem], files: Collection[str]) -> int:
    """How many status cells of ``files`` hold a value the scale does not know."""
    return sum(
        1
        for problem in problems
        if problem.location.file in files
        and problem.is_error
        and UNKNOWN_VALUE.match(problem.message)
    )


_NAMED = LazyPattern(r'preset = "([^"]+)" と書いてください')


def blanks_of_preset(problems: list[Problem], scale: Scale) -> list[Problem]:
    """``problems`` with each blank status cell's fix (``scale``'s 「◎ ○ △ × のいずれかを…」)
    naming the symbols of the one preset every value of the read is told to write
    (「A B C D - のいずれかを…」: review 149 #1); as they are where the values are told none, or
    several."""
    every = unknown_values(problems)
    names = {m[1] for i, _ in every if (m := _NAMED.search(problems[i].hint))}
    if len(names) != 1 or not all(problems[i].hint.startswith(PRESET_SAID) for i, _ in every):
        return problems
    blank, choose = scale.choose(), PRESETS[names.pop()].choose()
    return [dataclasses.replace(p, hint=choose) if p.hint == blank else p for p in problems]
