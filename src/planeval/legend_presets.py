"""A legend line giving the scale's own symbols another preset's meanings (legend_of_another:
東御市's 「S：計画以上に達成 A：計画どおり達成…」 under 愛知県's A–D), asked only of a scale some
other preset shares symbols with (shares_symbols)."""

from __future__ import annotations

from collections.abc import Collection, Sequence

from planeval.legend_labels import labels_agree, stated_labels
from planeval.model import Location, Problem, Severity
from planeval.past_errors import OTHER_SCALE
from planeval.preset_fixes import UNKNOWN_VALUE, preset_hint
from planeval.presets import PRESETS
from planeval.scale import Scale


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
    if any(UNKNOWN_VALUE.match(p.message) for p in problems if p.is_error):
        return None
    if not any(":" in text or "：" in text or "=" in text for text in texts):
        return None  # (most files: no legend line)
    stated = stated_labels(texts, known)
    if len(stated) < 2 or labels_agree(scale, stated):
        return None
    names = [
        name
        for name, preset in PRESETS.items()
        if preset.symbols != scale.symbols
        and all(preset.normalise(value) is not None for value in known)
        and labels_agree(preset, stated)
    ]
    if not names:
        return None
    said = "、".join(f"{value}：{label}" for value, label in stated.items())
    own = "、".join(f"{value} {scale.label(scale.normalise(value) or value)}" for value in stated)
    message = f"凡例の記号の意味（{said}）が、いまの評価尺度（{own}）と違います"
    if body:
        hint = preset_hint(names, body, file)
        return Problem(Location(file), Severity.ERROR, message, hint, reason=OTHER_SCALE)
    hint = (
        f'凡例のとおりの評価なら planeval.toml に [scale] preset = "{names[0]}" と書いてください。'
        "いまの評価尺度のとおりなら、表の凡例を直してください"
    )
    return Problem(Location(file), Severity.WARNING, message, hint)
