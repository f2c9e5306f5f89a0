"""A preset named by a slip of the keyboard for another (review 128: `preset = "nagoya"` for
長与町's "nagayo", whose S A B C − the tables and their legend are): said first, as that slip,
with the preset's name to write — not as statuses to add to the preset named, nor a block
of them. Asked once a read is done, of a read whose status cells hold values the preset named
does not know (own_scale.own_scale_said)."""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from planeval.config_guess import nearest
from planeval.first_run import place_of
from planeval.legend_labels import labels_agree, without_remark
from planeval.model import Location, Problem, Severity
from planeval.preset_fixes import UNKNOWN_VALUE
from planeval.presets import PRESETS
from planeval.scale import Scale

if TYPE_CHECKING:
    from planeval.status_cells import StatusCells


def mistyped_preset_said(
    problems: list[Problem],
    cells: Mapping[str, StatusCells],
    scale: Scale,
    settings: Path | None = None,
) -> list[Problem] | None:
    """``problems`` led by one error saying the preset named is likely a slip for another,
    each unknown status cell's fix pointing at it — where ``scale`` is a preset as it is, the
    read holds values it does not know, another preset knows every value the files hold
    (``cells``: each file's, StatusCells) and is the one their legend's labels state, and
    that preset's name is the nearest to the one written; None otherwise (most reads; a read
    of bodies: survey_scales.py says who rates in which). ``settings``: the planeval.toml the
    preset is named in, the error's place."""
    named = next((name for name, preset in PRESETS.items() if preset == scale), None)
    if named is None or any(cell.body for cell in cells.values()):
        return None
    unknown = {
        index: found["text"]
        for index, problem in enumerate(problems)
        if problem.is_error and (found := UNKNOWN_VALUE.match(problem.message))
    }
    if not unknown:
        return None
    values = {*unknown.values(), *(value for cell in cells.values() for value in cell.known)}
    legend = {
        value: without_remark(label)
        for cell in cells.values()
        for value, label in cell.legend.items()
    }
    fitting = [
        name
        for name, preset in PRESETS.items()
        if name != named
        and all(preset.normalise(value) is not None for value in values)
        and labels_agree(preset, legend)
    ]
    meant = nearest(named, fitting)
    if meant is None:
        return None
    counts = Counter(value.strip() for value in unknown.values())
    held = "・".join(f"'{value}' {count} か所" for value, count in counts.items())
    what = "凡例と評価の記号" if legend else "評価の記号"
    message = (
        f'{what}は preset "{meant}" のもの（{PRESETS[meant].describe()}）です。"{named}" は '
        f'"{meant}" の書き間違いではありませんか（"{named}" の記号（{scale.describe()}）にない '
        f"{held}があります）"
    )
    file = settings.name if settings is not None else "planeval.toml"
    hint = f'{file} の [scale] を preset = "{meant}" に直してください'
    files = list(dict.fromkeys(problems[index].location.file for index in unknown))
    place = Location(str(settings)) if settings is not None else place_of(files)
    told = list(problems)
    for index in unknown:
        cell = f'preset "{meant}" の記号です（はじめのエラーのとおり [scale] の preset を直してください）'
        told[index] = dataclasses.replace(problems[index], hint=cell)
    return [Problem(place, Severity.ERROR, message, hint), *told]
