"""The scales of the bodies of a survey, once every body is read (review 26): each file's
cells of a preset's symbols were told, as it was read, that its body rates in a scale the
others do not (preset_hints.with_preset_hint) — which only the whole read can tell. Where every
body rates in the same preset's symbols (a prefecture's 29 municipalities all answering
A–D, read before its planeval.toml is written), that is said once, first, with the
planeval.toml lines that read them all (Problem.settings), each cell's fix pointing at it
(a blank status cell's too);
where the bodies do differ, each such cell's fix names who rates in which symbols (a few
bodies, and how many more)."""

from __future__ import annotations

import dataclasses
import os
from collections import Counter
from collections.abc import Mapping
from typing import TYPE_CHECKING

from planeval.cells import body_list
from planeval.first_run import place_of, toml_string
from planeval.meant_aliases import worded_aliases
from planeval.model import Problem, Severity
from planeval.preset_fixes import UNKNOWN_VALUE, preset_hint
from planeval.presets import PRESETS
from planeval.scale import CHOOSE_HINT, COUNT_HINT, DEFAULT_SCALE, UNSAID_REPEAT, Scale
from planeval.status_cells import agreed_words
from planeval.unknown_status import worded_symbol
from planeval.wording import DEFAULT_WORDING

if TYPE_CHECKING:
    from planeval.status_cells import StatusCells

PRESET_SAID = "この値は preset "  # (how preset_hints.with_preset_hint's fixes begin)
WORDED_SAID = (  # (「A評価」's: review 200 #3)
    "記号に評価の言葉を付けた書き方です。記号だけに直すか、はじめのエラーの設定例を "
    "planeval.toml に書いてください"
)


def survey_scales_said(
    problems: list[Problem], cells: Mapping[str, StatusCells], scale: Scale
) -> list[Problem]:
    """``problems`` with the cells of presets' symbols (with_preset_hint's) of a read of
    bodies (``cells``: each file's, with its body) said of all the bodies at once: one error
    first where every body that rated rates in one preset's symbols, else each cell's fix
    naming the bodies of each scale. A read of no bodies keeps each file's fix."""
    hinted: dict[int, str] = {
        index: found["text"]
        for index, problem in enumerate(problems)
        if problem.is_error
        and problem.hint.startswith(PRESET_SAID)
        and (found := UNKNOWN_VALUE.match(problem.message))
    }
    body_of = {file: cell.body for file, cell in cells.items()}
    files = list(dict.fromkeys(problems[index].location.file for index in hinted))
    if not hinted or not all(body_of.get(file) and cells[file].presets for file in files):
        return problems  # (not read as bodies: each file's fix is the one to follow)
    lone = _lone_symbols(problems, cells, files)
    hinted |= {index: value for own in lone.values() for index, value in own[1].items()}
    files = list(dict.fromkeys(problems[index].location.file for index in hinted))
    presets_of = {file: lone[file][0] if file in lone else cells[file].presets for file in files}
    # (a − read as the scale's 再掲 mark that is the preset's rating, told the preset as the
    # file's S and A were, preset_hints._repeats_of: pointed at the same fix — review 104; a
    # body judged by all its files, a department's file of dashes alone too — review 198 #3)
    judged = {body_of[file] for file in files}
    pointed = [
        *hinted,
        *(
            index
            for index, problem in enumerate(problems)
            if problem.kind == UNSAID_REPEAT
            and (problem.hint.startswith(PRESET_SAID) or problem.location.file in lone)
            and body_of.get(problem.location.file) in judged
        ),
    ]
    groups: list[_Group] = []
    for file in files:
        body, named = body_of[file], presets_of[file]
        group = next((g for g in groups if body in g.bodies or set(g.presets) & set(named)), None)
        if group is None:
            groups.append(group := _Group([body], list(named)))
        else:
            group.join(body, named)
        group.known += cells[file].known
    for index, value in hinted.items():
        _group_of(body_of[problems[index].location.file], groups).values.append(value)
    read = [body for body in dict.fromkeys(body_of.values()) if body]
    current = [
        body
        for body in read
        if not any(body in group.bodies for group in groups)
        and any(cell.rated for cell in cells.values() if cell.body == body)
    ]
    if len(groups) == 1 and not current:
        rated = sum(cells[file].rated for file in files)
        # (a blank status cell of a body's, told the read's symbols (◎ ○ △ ×): pointed at the
        # same fix, its next run judging it — review 109 #6)
        blanks = [
            index
            for index, problem in enumerate(problems)
            if problem.hint == scale.choose() and problem.location.file in body_of
        ]
        problems = _blanks_pointed(problems, blanks, groups[0].presets)
        # (the files of dashes alone rate in it too: counted among its files — review 200 #3)
        rating = list(dict.fromkeys([*files, *(problems[i].location.file for i in pointed)]))
        # (the forms' own title of the column, 評価, not the default 達成状況: review 200 #3)
        word = agreed_words([cells[f].words for f in rating]).get("status", DEFAULT_WORDING.status)
        return _said_once(problems, hinted, pointed, groups[0], rating, rated, scale, word=word)
    told = list(problems)
    for index in pointed:
        file = problems[index].location.file
        # (who rates in which said once, at the first body's cells: review 89's seven copies)
        every = body_of[file] == body_of[files[0]]
        apart = _who_rates(body_of[file], groups, current, scale, every=every)
        names = presets_of[file] if file in files else _group_of(body_of[file], groups).presets
        hint = preset_hint(names, body_of[file], counted_apart(file, body_of), apart)
        told[index] = dataclasses.replace(problems[index], hint=hint)
    return told


def _lone_symbols(
    problems: list[Problem], cells: Mapping[str, StatusCells], files: list[str]
) -> dict[str, tuple[tuple[str, ...], dict[int, str]]]:
    """Each file (→ the presets it fits, its cells: index → value) that ``files`` (those told
    a preset's fix) are not but whose every value is a symbol of a preset named for them, of a
    body rating nowhere in the read's scale: 島原台市's department file of one 「S」, too few
    cells for a preset's fix of its own (preset_hints.py), is of the scale every body rates
    in, not a value to add as an alias (review 200 #3); 松ヶ浦市's 「A評価」 too (an alias)."""
    from planeval.preset_hints import typed_symbol  # (a read of values unknown only)

    named = list(dict.fromkeys(name for file in files for name in cells[file].presets))
    rating = {cell.body for cell in cells.values() if cell.rated}
    found: dict[str, tuple[tuple[str, ...], dict[int, str]]] = {}
    for file, cell in cells.items():
        if file in files or not cell.body or cell.body in rating:
            continue
        own = {
            index: typed["text"]
            for index, problem in enumerate(problems)
            if problem.location.file == file
            and problem.hint in (CHOOSE_HINT, COUNT_HINT)
            and (typed := UNKNOWN_VALUE.match(problem.message))
        }
        values = [*own.values(), *cell.known]
        fits = tuple(
            name
            for name in named
            if all(
                typed_symbol(PRESETS[name], v) or worded_symbol(PRESETS[name], v) for v in values
            )
        )
        if own and fits:
            found[file] = (fits, own)
    return found


def _blanks_pointed(problems: list[Problem], blanks: list[int], names: list[str]) -> list[Problem]:
    """``problems`` with each blank status cell's fix (``blanks``: their places) pointing at
    the first error's preset, whose symbols to type if the cell is still blank after it."""
    if not blanks:
        return problems
    then = f"（そのあとも空なら、{PRESETS[names[0]].choose()}）" if len(names) == 1 else ""
    hint = (
        "どの団体も preset " + "・".join(f'"{name}"' for name in names) + " の評価尺度で評価して"
        f"います。はじめのエラーの設定例を planeval.toml に書いて、集計し直してください{then}"
    )
    told = list(problems)
    for index in blanks:
        told[index] = dataclasses.replace(problems[index], hint=hint)
    return told


def counted_apart(file: str, body_of: Mapping[str, str]) -> str:
    """What to count a body's files on their own with: its one file; the folder of its several
    (--bodies folder, review 40); or its files one by one where that folder holds other
    bodies' too (--bodies file: the folder was every body's, review 78)."""
    body = body_of[file]
    own = [other for other, of in body_of.items() if of == body]
    if len(own) == 1:
        return file
    folder = os.path.dirname(file)
    if all(of == body for other, of in body_of.items() if os.path.dirname(other) == folder):
        return folder
    return " ".join(f'"{path}"' if " " in path else path for path in own)


class _Group:
    """Bodies rating in the same presets' symbols: the bodies, the presets that know all of
    their values (in the order first named), the values typed that the read's scale did not
    know and those it did (北原市's A and C beside its S)."""

    def __init__(self, bodies: list[str], presets: list[str]) -> None:
        self.bodies = bodies
        self.presets = presets
        self.values: list[str] = []
        self.known: list[str] = []

    def join(self, body: str, presets: tuple[str, ...]) -> None:
        if body not in self.bodies:
            self.bodies.append(body)
        self.presets = [name for name in self.presets if name in presets] or self.presets

    def symbols(self, *, known: bool = False) -> list[str]:
        """The symbols typed, as the first preset writes them, in its order (「A B C D」); with
        ``known``, those the read's scale knew too (「S A B C −」, not 「S −」: review 78)."""
        preset = PRESETS[self.presets[0]]
        values = [*self.values, *self.known] if known else self.values
        typed = {preset.normalise(value) or worded_symbol(preset, value) for value in values}
        return [symbol for symbol in preset.symbols if symbol in typed]


def _group_of(body: str, groups: list[_Group]) -> _Group:
    return next(group for group in groups if body in group.bodies)


def _symbol(preset: Scale, value: str) -> str:
    return preset.normalise(value) or worded_symbol(preset, value) or preset.symbols[-1]


def _who_rates(
    body: str, groups: list[_Group], current: list[str], scale: Scale, *, every: bool = True
) -> str:
    """ "若葉市は A B C E、緑町・山田村・星野市 ほか 25 団体は ◎ ○ △ × - で評価していて、評価尺度
    が違う": the body's group first, the body named first in it; without ``every``, its group
    only (「若葉市は A B C E で評価していて、ほかの団体と評価尺度が違う」)."""
    own = _group_of(body, groups)
    first = body_list([body, *(b for b in own.bodies if b != body)])
    meant = _meanings(groups) if every else {}
    said = [f"{first}は {' '.join(own.symbols(known=True))}{meant.get(id(own), '')}"]
    if not every:
        return f"{said[0]} で評価していて、ほかの団体と評価尺度が違う"
    said += [
        f"{body_list(g.bodies)}は {' '.join(g.symbols(known=True))}{meant.get(id(g), '')}"
        for g in groups
        if g is not own
    ]
    said += [f"{body_list(current)}は {scale.describe()}"] if current else []
    return "、".join(said) + " で評価していて、評価尺度が違う"


def _meanings(groups: list[_Group]) -> dict[int, str]:
    """What tells apart groups typing the same symbols in scales of other meanings (「湖南市
    ほか 5 団体は A B C D（D：50%未満）、水沢市・白石町は A B C D（D：評価できない）」, not the
    same 「A B C D」 twice: review 165 #7), by id of each such group whose presets agree on
    them: the symbols its scale counts or ranks otherwise, else those it labels otherwise."""
    meant: dict[int, str] = {}
    for group in groups:
        symbols = group.symbols(known=True)
        others = [g for g in groups if g is not group and g.symbols(known=True) == symbols]
        if not others:
            continue
        own = PRESETS[group.presets[0]]
        kinds = [
            symbol
            for symbol in symbols
            if any(_kind(PRESETS[g.presets[0]], symbol) != _kind(own, symbol) for g in others)
        ]
        differ = kinds or [
            symbol
            for symbol in symbols
            if any(PRESETS[g.presets[0]].label(symbol) != own.label(symbol) for g in others)
        ]
        if differ and all(
            PRESETS[name].label(symbol) == own.label(symbol)
            for name in group.presets
            for symbol in differ
        ):
            meant[id(group)] = "（" + "・".join(f"{s}：{own.label(s)}" for s in differ) + "）"
    return meant


def _kind(preset: Scale, symbol: str) -> tuple[bool, bool]:
    status = next(status for status in preset.statuses if status.symbol == symbol)
    return status.counted, status.ranked


def _said_once(
    problems: list[Problem],
    hinted: dict[int, str],
    pointed: list[int],
    group: _Group,
    files: list[str],
    rated: int,
    scale: Scale,
    *,
    word: str,
) -> list[Problem]:
    """The one error first saying every body rates in the group's symbols (in the column the
    forms title ``word``), with the planeval.toml lines naming its preset (the others that know
    them commented out) and making a symbol typed with a word of rating after it (「A評価」) its
    alias, each cell's fix (``pointed``: the ``hinted`` values' and the preset's − read as a
    再掲) pointing at it."""
    names = group.presets
    bodies = group.bodies
    quoted = "・".join(f'"{name}"' for name in names)
    pointer = (
        f"{PRESET_SAID}{quoted} の評価尺度のものです。"
        + ("どの団体も同じ評価尺度です。" if len(bodies) > 1 else "")
        + "はじめのエラーの設定例を planeval.toml に書いてください"
    )
    preset = PRESETS[names[0]]
    # (each value as typed, 'Ｂ' apart from 'B', in the preset's order of their symbols)
    met = Counter(
        sorted(hinted.values(), key=lambda value: preset.symbols.index(_symbol(preset, value)))
    )
    worded = {
        value: symbol
        for value in met
        if preset.normalise(value) is None and (symbol := worded_symbol(preset, value))
    }
    told = list(problems)
    for index in pointed:
        # (every body rates in it: no body's scale is another's, none said so — 「エラーのため」)
        hint = WORDED_SAID if hinted.get(index) in worded else pointer
        told[index] = dataclasses.replace(problems[index], hint=hint, reason="")
    symbols = " ".join(group.symbols())
    who = (
        f"{len(bodies)} 団体（{len(files)} ファイル）の{word}は、どの団体も {symbols} で"
        if len(bodies) > 1
        else f"{bodies[0]}の{word}は、{symbols} で"
    )
    share = (
        f"{len(hinted) + rated} か所のうち {len(hinted)} か所"
        if rated
        else f"{len(hinted)} か所すべて"
    )
    values = "・".join(f"'{value}' {count} か所" for value, count in met.items())
    message = (
        f"{who}評価されています。{share}が、いまの評価尺度の記号（{scale.describe()}）では"
        f"ありません（値は {values}）"
    )
    write = "に次の設定を書いて" if scale == DEFAULT_SCALE else "の [scale] を次の設定に置き換えて"
    aliased, aliases = worded_aliases(worded) if worded else ("", [])
    if len(names) == 1:
        hint = f'preset "{names[0]}" の評価尺度です{aliased}。planeval.toml {write}ください'
    else:
        hint = (
            f"この記号の評価尺度は preset {quoted} にあります。表の凡例に合うもの（その言葉が"
            f"報告書に載ります）を一つ選んで、planeval.toml {write}ください"
        )
    lines = ["[scale]"]
    if len(names) > 1:
        lines.append("# 表の凡例に合う preset を一つ選んでください")
    lines.append(f"preset = {toml_string(names[0])}")
    lines += [f"# preset = {toml_string(name)}" for name in names[1:]]
    settings = "\n".join([*lines, *aliases])
    said = Problem(place_of(files), Severity.ERROR, message, hint, settings=settings)
    return [said, *told]
