"""A legend line giving the scale's own symbols another preset's meanings (legend_of_another:
東御市's 「S：計画以上に達成 A：計画どおり達成…」 under 愛知県's A–D), asked only of a scale some
other preset shares symbols with (shares_symbols)."""

from __future__ import annotations

import unicodedata
from collections.abc import Collection, Sequence
from dataclasses import replace

from planeval.model import Location, Problem, Severity, TextCell
from planeval.past_errors import OTHER_SCALE
from planeval.presets import PRESETS
from planeval.read_records import ReadResult
from planeval.scale import Scale

# a file's legend giving the scale's symbols another preset's meanings (legend_of_another's
# warning, one file's read): among other files, other_legend_left_out leaves it out
OTHER_LEGEND = "other_legend"


def shares_symbols(scale: Scale) -> bool:
    """Whether some preset other than ``scale`` knows two of its symbols or more (A–D's are
    many presets'; ◎ ○ △ × Setagaya's alone): a legend can give them another's meanings."""
    found = _SHARED.get(id(scale))
    if found is None or found[0] is not scale:
        shared = any(
            preset.symbols != scale.symbols
            and sum(preset.normalise(symbol) is not None for symbol in scale.symbols) >= 2
            for preset in PRESETS.values()
        )
        found = _SHARED[id(scale)] = (scale, shared)
    return found[1]


_SHARED: dict[int, tuple[Scale, bool]] = {}


def legend_of_another(
    problems: list[Problem],
    scale: Scale,
    known: Collection[str],
    body: str,
    texts: Sequence[str],
    file: str,
    *,
    cells: Sequence[TextCell] = (),
) -> Problem | None:
    """A file whose status cells hold only the scale's symbols under a legend line that gives
    them another preset's meanings (東御市's 「S：計画以上に達成 A：計画どおり達成 B：概ね達成 …」,
    its A B C alone typed this year, under 愛知県's A–D: counted as A–D's, nothing said —
    review 84): for a body among others, an error that leaves it out as that scale's
    (past_errors.OTHER_SCALE), as its S or − would; for one body's read, a warning. None where
    some value is unknown (said already), or the legend gives the scale's own meanings or no
    preset's."""
    if not known or any(p.reason == OTHER_SCALE for p in problems):
        return None
    from planeval.legend_labels import labels_agree, spaced_labels, stated_labels
    from planeval.preset_fixes import UNKNOWN_VALUE, preset_hint

    if any(UNKNOWN_VALUE.match(p.message) for p in problems if p.is_error):
        return None
    line, stated = spaced_labels(texts, known, scale.symbols)
    if not stated:
        if not any(":" in text or "：" in text or "=" in text for text in texts):
            return None  # (most files: no legend line)
        stated = stated_labels(texts, known)
        line = next((i for i, text in enumerate(texts) if _states(text, stated)), -1)
    if len(stated) < 2 or labels_agree(scale, stated):
        return None
    names = [
        name
        for name, preset in PRESETS.items()
        if all(preset.normalise(value) is not None for value in known)
        and labels_agree(preset, stated)
        # (the scale's own letters another preset's only where one of them counts otherwise:
        # hamamatsu's D 評価できない, no rank, under aichi's D 50%未満 — review 165 #1 —, not
        # nagayo's labels under a prefecture's own words for the same S A B C −)
        and (preset.symbols != scale.symbols or _kinds(preset) != _kinds(scale))
    ]
    if not names:
        return None
    said = "、".join(f"{value}：{label}" for value, label in stated.items())
    # (each label quoted as the scale writes it: a message in the body's words said nagoya's
    # 達成状況 as 取組み結果, 「A 100%またはそれ以上の取組み結果」 — review 153 A2)
    own = "、".join(
        f"「{value} {scale.label(scale.normalise(value) or value)}」" for value in stated
    )
    message = f"凡例の記号の意味（「{said}」）が、いまの評価尺度（{own}）と違います"
    at = cells[line].location if 0 <= line < len(cells) else Location(file)
    if body:
        hint = preset_hint(names, body, file)
        return Problem(at, Severity.ERROR, message, hint, reason=OTHER_SCALE)
    hint = _elsewhere(names[0], file, alone=False)  # (the preset named: value, for _left_out)
    return Problem(at, Severity.WARNING, message, hint, kind=OTHER_LEGEND, value=names[0])


def _kinds(scale: Scale) -> tuple[tuple[bool, bool], ...]:
    return tuple((status.counted, status.ranked) for status in scale.statuses)


def _elsewhere(preset: str, file: str, *, alone: bool) -> str:
    """How to count a table of ``preset``'s scale apart: among other files, put it in a folder
    of its own; read alone, it is apart already — with its own settings (reviews 149, 153:
    「その表だけを別のフォルダに置き」 of a file given on its own)."""
    by_legend = "凡例のとおりの評価なら、別の評価尺度の表です。"
    fix = "。いまの評価尺度のとおりなら、表の凡例を直してください"
    if alone:
        return (
            f'{by_legend}[scale] preset = "{preset}" と書いた設定ファイルを作り、このファイルを'
            f"その設定で集計してください（planeval summarize {file} --config その設定ファイル）{fix}"
        )
    return (
        f"{by_legend}その表だけを別のフォルダに置き、"
        f'[scale] preset = "{preset}" の planeval.toml で集計してください'
        f"（--config でも指定できます）{fix}"
    )


def _states(text: str, stated: dict[str, str]) -> bool:
    """Whether ``text`` is the legend line that states ``stated``'s labels."""
    return all(label in unicodedata.normalize("NFKC", text) for label in stated.values())


def other_legend_left_out(result: ReadResult) -> None:
    """A file whose legend gives the scale's symbols another preset's meanings (legend_of_
    another's warning): the other table's form dropped into this one's folder (名東区's KPI
    workbook among its 取組み forms: its 12 KPI counted as 取組み, 76 for 64 — review 149 #3), or
    read alone by the settings of the other (published with exit 0 under nagoya's legend, 「D：
    50%未満の達成状況」 for its 評価できない, the warning hidden by -q — review 153 A2). Its
    warning becomes an error, and its rows are left out, as another body's form's are
    (misfiled_rows); settings whose labels are the legend's say nothing (labels_agree)."""
    warned = {p.location.file for p in result.problems if p.kind == OTHER_LEGEND}
    if not warned:
        return
    alone = set(result.files) == warned  # (read on its own: no folder to move it out of)
    result.problems = [
        _left_out(p, alone) if p.kind == OTHER_LEGEND else p for p in result.problems
    ]
    result.misfiled_rows += [e for e in result.entries if e.location.file in warned]
    result.entries = [e for e in result.entries if e.location.file not in warned]
    result.read = [e for e in result.read if e.location.file not in warned]


def _left_out(problem: Problem, alone: bool) -> Problem:
    said = _elsewhere(problem.value, problem.location.file, alone=True) if alone else problem.hint
    hint = f"このファイルの行は集計に含めていません。{said}"
    return replace(problem, severity=Severity.ERROR, hint=hint)
