"""The fix that names the presets knowing a file's unknown statuses (preset_hint), as
with_preset_hint, survey_scales.py and read_presets.py tell it, read back out of a file's
problems by named_presets; and the value a status's error quotes (UNKNOWN_VALUE)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from planeval.lazy_pattern import LazyPattern
from planeval.model import Problem
from planeval.scale import NOT_A_SYMBOL

UNKNOWN_VALUE = LazyPattern(rf"^'(?P<text>.*)' {NOT_A_SYMBOL}（")


def preset_hint(names: Sequence[str], body: str, file: str, apart: str = "") -> str:
    """What to do of values of another scale: the presets that know them, and (a body among
    others) that one table counts one scale: ``apart`` says who rates in which symbols
    (survey_scales.py, once every body is read), by default that the body's differ."""
    quoted = "・".join(f'"{name}"' for name in names)
    which = f"preset {quoted} の" if len(names) == 1 else f"preset {quoted} のどれかの"
    if body:
        apart = apart or f"{body}はほかの団体と違う評価尺度で評価している"
        # (of several presets none named as the one: 南台市's A B D was told "nagoya", which
        # counts a − it has not, and 西川町's A–D "gunma" — review 89)
        setting = (
            f'[scale] preset = "{names[0]}" と書いた'
            if len(names) == 1
            else f"[scale] preset に {quoted} のうち表の凡例に合うものを書いた"
        )
        return (
            f"この値は {which}評価尺度のものです。{apart}"
            f"ため、ほかの団体と同じ表では数えられません。{body}だけを別に集計するか"
            f"（{setting}設定ファイルを作り、planeval summarize "
            f"{file} --config その設定ファイル）、ほかの団体と同じ評価尺度で回答し直してもらって"
            "ください"
        )
    if len(names) == 1:
        return (
            f"この値は {which}評価尺度のものです。planeval.toml に [scale] "
            f'preset = "{names[0]}" と書いてください'
        )
    return (
        f"この値は {which}評価尺度のものです。表の記号に合うものを選んで planeval.toml に "
        f'[scale] preset = "{names[0]}" のように書いてください'
    )


_NAMED = LazyPattern(r'^この値は preset ((?:"[^"]+"・?)+) の')


def named_presets(problems: Sequence[Problem]) -> tuple[str, ...]:
    """The presets with_preset_hint named for a file's cells (its first such fix's)."""
    for problem in problems:
        if found := _NAMED.match(problem.hint):
            return tuple(re.findall(r'"([^"]+)"', found[1]))
    return ()
