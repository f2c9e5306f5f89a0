"""The hint that a file's unknown statuses are one preset's (presets.py's scales by name): a
body's own scale read without its planeval.toml, or with another — each unknown value's fix
names the preset that knows it, or says how to count the body apart among others. The fix's
words are preset_fixes.py's, a legend giving the scale's symbols another preset's meanings
legend_presets.py's."""

from __future__ import annotations

import unicodedata
from collections.abc import Collection, Iterable, Sequence
from dataclasses import replace

from planeval.first_run import EXCLUDED
from planeval.lazy_pattern import LazyPattern
from planeval.legend_labels import labels_agree, stated_labels
from planeval.legend_presets import legend_of_another
from planeval.model import Problem
from planeval.past_errors import OTHER_SCALE
from planeval.preset_fixes import UNKNOWN_VALUE, preset_hint
from planeval.presets import PRESETS
from planeval.scale import CHOOSE_HINT, COUNT_HINT, UNSAID_REPEAT, Scale, is_dash
from planeval.stage_statuses import stage_first, stage_of
from planeval.text import compact

# Scale.unknown's hint to name a preset beside [[scale.status]] (a value of that preset's)
_REPLACING = LazyPattern(r'^\[\[scale\.status\]\] だけでは尺度全体を置き換えます。preset "([^"]+)"')


def _stray_not_another_scale(
    problems: list[Problem], rated: int, known: Collection[str], scale: Scale
) -> list[Problem]:
    """Scale.unknown names a preset for one cell holding its symbol (E is hirakata's, ◎
    setagaya's); a file is that preset's only where its statuses as a whole fit it — two such
    cells or more, as many as the ``rated`` rows the scale knew or every status of the file
    (``known``) the preset's too, as with_preset_hint asks. A stray 'E' or '◎' among a
    survey's A–D is a slip: told to choose from the scale (review 29 #7) — and a few cells
    past the scale's last symbol, a preset's wider scale of it (three 'E' among A–D are no
    hirakata's: _slip_past), as the one 'E' of another file is (review 90)."""
    named = {
        index: (match[1], UNKNOWN_VALUE.match(problem.message))
        for index, problem in enumerate(problems)
        if (match := _REPLACING.match(problem.hint))
    }
    if not named:
        return problems
    texts = [found["text"] for _name, found in named.values() if found]
    told = list(problems)
    for index, (name, _found) in named.items():
        preset = PRESETS.get(name)
        fits = preset is not None and (
            len(texts) >= rated or all(preset.normalise(text) is not None for text in known)
        )
        slip = preset is not None and len(texts) < rated and _slip_past(preset, scale, texts)
        if len(texts) < 2 or not fits or slip:
            told[index] = replace(problems[index], hint=CHOOSE_HINT)
    return told


def with_preset_hint(
    problems: list[Problem],
    scale: Scale,
    rated: int,
    known: Collection[str] = (),
    *,
    body: str = "",
    texts: Sequence[str] = (),
    file: str = "",
) -> list[Problem]:
    """One file's ``problems`` with each status the scale does not know, where most such
    cells hold the symbols of one preset (a body's own scale read without its planeval.toml,
    or with another), told so: 「この値は preset "hirakata" の評価尺度のものです…」 in place of
    a hint to add aliases or, for Kawasaki's 1–5, to delete a count. Only where there are two
    such cells or more, and those cells are at least as many as the ``rated`` rows the file's
    scale did know (a typo among a body's own symbols is not another scale), or where a
    preset knows every status of the file, the ``known`` ones (as typed) too, and the unknown
    ones are its symbols: the wrong preset chosen (hamamatsu's A–D for S A B C −), not a
    stray word (「概ね達成」). ``body``: the file is that body's, read with others (one table
    counts one scale: the body is counted on its own, or answers in the common one; whether
    the others do rate otherwise is told once every body is read, survey_scales.py): one cell
    is then enough where every other value of the file is that preset's too and the preset
    is no wider scale of the same symbols (北原市's one S among A and C is nagayo's; an E among
    A–D is no hirakata's: _slip_past), and those cells' errors carry past_errors.OTHER_SCALE —
    none of the body's rows counted, its A and C being that scale's (io/workbook.py). A preset
    whose labels are not those a legend line of the file's ``texts`` states of its values
    (「A：順調」) is not named; of several presets that know the values, the one whose labels
    the texts state the most of is named first, the one to write. A file (``file``) whose
    values are all the scale's under a legend of another preset's meanings:
    legend_presets.legend_of_another."""
    told = _other_fixes(_preset_told(problems, scale, rated, known, body, texts), scale)
    if (other := legend_of_another(told, scale, known, body, texts, file)) is not None:
        told.append(other)
    return told


def _preset_told(
    problems: list[Problem],
    scale: Scale,
    rated: int,
    known: Collection[str],
    body: str,
    texts: Sequence[str],
) -> list[Problem]:
    problems = _stray_not_another_scale(problems, rated, known, scale)
    unknown = {
        index: found["text"]
        for index, problem in enumerate(problems)
        if problem.hint in (COUNT_HINT, CHOOSE_HINT)
        and (found := UNKNOWN_VALUE.match(problem.message))
    }
    few = len(unknown) < rated
    # (one cell is a slip, not a sign of another scale — but for a body among others whose
    # every other value is that scale's too: 北原市's one S among A and C, review 78)
    if not unknown or (len(unknown) < 2 and not (body and few)):
        return problems  # (none: a blank status's error, 「…が空です」, names no value)
    names = _presets_of(list(unknown.values()), scale)
    if known and all(map(is_dash, unknown.values())) and not _fitting(names, known):
        return problems  # (「－」 beside 達成, no preset's: a row not rated, _other_fixes says)
    if few:  # (a few cells: another preset only if they hold its symbols)
        names = [
            name
            for name in names
            if known
            and all(PRESETS[name].normalise(text) is not None for text in known)
            and all(typed_symbol(PRESETS[name], text) for text in unknown.values())
            and not _slip_past(PRESETS[name], scale, unknown.values())
            and not (body and _same_meanings(PRESETS[name], scale))
        ]
    else:  # (many: of the presets, those that know the file's other values too — 北山市's
        # A B C beside a −, read as setagaya's 再掲, are nagoya's A B C −, as its − under
        # gunma's A–D: review 90)
        others = {*known, *(p.value for p in problems if p.kind == UNSAID_REPEAT and p.value)}
        names = _fitting(names, others) or names
    # (the legend's labels of the values the scale knew too: 愛知県's 「A：100%以上 … －：評価で
    # きない」 is A–D's with a mark of its own, not nagayo's S A B C −, whose A is 計画どおり達成)
    stated = stated_labels(texts, {*unknown.values(), *known}) if names else {}
    # (a preset whose symbols the file's are but whose words its legend is not: 北野市's A 順調
    # is no 効果的; own_scale.py offers the body's own scale)
    names = [name for name in names if labels_agree(PRESETS[name], stated)]
    if not names:
        return problems
    names = _by_legend(names, texts)
    hint = preset_hint(names, body, problems[next(iter(unknown))].location.file)
    # (a body among others: left out whole, its other letters that scale's too — io/workbook.py)
    reason = OTHER_SCALE if body else ""
    from planeval.unrated_words import preset_first  # (an error's: imported where asked)

    told = list(problems)
    preset = PRESETS[names[0]]
    for index, text in {**unknown, **_repeats_of(problems, preset)}.items():
        if preset.normalise(text) is not None:
            told[index] = replace(problems[index], hint=hint, reason=reason)  # (its facts kept)
        elif not body and problems[index].hint == CHOOSE_HINT and stage_of(text.strip(), preset):
            # (未着手 beside reform_plan's words, no preset chosen yet: never an alias — review
            # 99 #8; the preset first, then stage_statuses.py offers its own line)
            told[index] = replace(problems[index], hint=stage_first(names[0]))
        elif (
            not body
            and len(names) == 1
            and problems[index].hint == CHOOSE_HINT
            and (first := preset_first(names[0], preset, text)) is not None
        ):  # (「評価不能」: the preset's D 評価できない, no status not counted — review 113)
            told[index] = replace(problems[index], hint=first)
    return told


def _repeats_of(problems: list[Problem], preset: Scale) -> dict[int, str]:
    """The cells read as the scale's repeat mark with no item named (io/repeats.py) whose
    value is a rating of ``preset``, the preset the file's other values are of: 長与町's 「－」,
    評価できない, called a 再掲 before its planeval.toml, is told that preset as its S and A are
    (review 85) — not to write what it repeats."""
    return {
        index: problem.value
        for index, problem in enumerate(problems)
        if problem.kind == UNSAID_REPEAT
        and preset.normalise(problem.value) not in (None, preset.repeat_symbol)
    }


def _slip_past(preset: Scale, scale: Scale, values: Iterable[str]) -> bool:
    """Whether ``values`` (a few cells the scale does not know) are a slip past the scale's
    last symbol, not a sign of ``preset``: the preset knows every counted symbol of the scale
    and more (hirakata's A–E of gunma's A–D) and each value is one letter or digit, an E past
    D. A word of its more (hirakata's 評価対象外, 平田市's among A–D) or a mark (nagoya's −, 北山市's
    among A B C) is its scale's: the body's A–D are that preset's, not the scale's (review 90)."""
    if not all(preset.normalise(symbol) is not None for symbol in scale.counted):
        return False
    plain = [unicodedata.normalize("NFKC", value).strip() for value in values]
    return all(len(value) == 1 and value.isalnum() for value in plain)


def _same_meanings(preset: Scale, scale: Scale) -> bool:
    """Whether ``preset`` gives every counted symbol of the scale the scale's own meaning (its
    label): a body of that preset is then counted right on the scale, its other value (評価対象外)
    a status to add, not a reason to leave the body out."""
    return all(
        (found := preset.normalise(symbol)) is not None
        and compact(preset.label(found)) == compact(scale.label(symbol))
        for symbol in scale.counted
    )


def _other_fixes(problems: list[Problem], scale: Scale) -> list[Problem]:
    """An unknown status whose words say the row is rated none (「評価対象外」) told to be a
    status counted = false, and a Roman numeral on a scale of numbers (「Ⅲ」) told the number
    — each was told to add an alias, which would count it as a rating (review 66); a dash
    typed alone, no other preset's here, told the scale's status of a row not rated (浜松市's
    D 評価できない: review 113)."""
    from planeval.meant_status import meant_hint  # (an error's: imported where asked)
    from planeval.unrated_words import same_meaning

    told = list(problems)
    numbers = all(symbol.isdigit() for symbol in scale.counted)
    for index, problem in enumerate(problems):
        found = UNKNOWN_VALUE.match(problem.message) if problem.hint == CHOOSE_HINT else None
        if found is None:
            continue
        text = found["text"]
        if EXCLUDED.search(text):
            hint = (
                f'評価しない行の印なら、planeval.toml の [[scale.status]] に symbol = "{text}" と'
                " counted = false を書いてください（件数に含めず、表には載せます）"
            )
        elif is_dash(text):  # (a dash for a row not rated, 達成度 of one not 完了: review 114)
            hint = (
                f"評価しない行の印（対象外など）なら、planeval.toml に [[scale.status]] を加え、"
                f'symbol = "{text}"・label = "対象外"・counted = false と書いてください'
                f"（件数に含めず、表には載せます）。記入漏れなら {scale.describe()} のどれかを"
                "書いてください"
            )
            if (symbol := same_meaning(scale, text)) is not None:  # (浜松市's D: review 113)
                hint = f"{meant_hint(scale, text, symbol)}。{hint}"
        elif numbers and (roman := _ROMAN.get(text.strip())) in scale.counted:
            hint = f"'{roman}' のことなら '{roman}' に直してください（この尺度の記号は数字です）"
        elif (symbol := same_meaning(scale, text)) is not None:  # (a 「-」 told no preset's)
            hint = meant_hint(scale, text, symbol)
        else:
            continue
        told[index] = replace(problem, hint=hint)
    return told


def _fitting(names: Iterable[str], values: Collection[str]) -> list[str]:
    """The presets of ``names`` that know every one of ``values``."""
    return [n for n in names if all(PRESETS[n].normalise(v) is not None for v in values)]


_ROMAN = {numeral: str(n) for n, numeral in enumerate("ⅠⅡⅢⅣⅤⅥⅦⅧⅨ", start=1)}


def _by_legend(names: list[str], texts: Sequence[str]) -> list[str]:
    """The presets, the ones whose status labels the texts state the most of first (the order
    kept among equals)."""
    if len(names) < 2 or not texts:
        return names
    said = compact("".join(texts))
    stated = {
        name: sum(compact(status.label) in said for status in PRESETS[name].statuses)
        for name in names
    }
    return sorted(names, key=lambda name: -stated[name])


def typed_symbol(preset: Scale, text: str) -> bool:
    """Whether ``text`` is one of the preset's symbols as typed (Ｓ for S), or a dash typed
    for its dash (「－」 for nagayo's −: review 83, its body's A B C counted as A–D's), not a
    word of its labels (「概ね達成」 is a stray word in a file of A–D, not a sign of nagayo's
    scale)."""
    plain = unicodedata.normalize("NFKC", text).strip()
    if plain in {unicodedata.normalize("NFKC", symbol) for symbol in preset.symbols}:
        return True
    symbol = preset.normalise(text)
    return symbol is not None and len(plain) == 1 and not symbol.isalnum()


def _presets_of(texts: list[str], scale: Scale) -> list[str]:
    """The presets (other than ``scale``) that know the most of ``texts`` (one per cell),
    where they know at least two thirds of them and of their distinct values: the ones tied
    first, in PRESETS order. (Kawasaki's 点検結果 A–H is not Hirakata's A–E: most cells, but
    three of its eight values, F, G and H, are no symbols of Hirakata's.)"""
    distinct = set(texts)
    known = {
        name: sum(preset.normalise(text) is not None for text in texts)
        for name, preset in PRESETS.items()
        if preset.symbols != scale.symbols
        and sum(preset.normalise(text) is not None for text in distinct) * 3 >= len(distinct) * 2
    }
    best = max(known.values(), default=0)
    if best * 3 < len(texts) * 2:
        return []
    return [name for name, count in known.items() if count == best]
