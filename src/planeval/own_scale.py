"""A body's own scale read without its planeval.toml (review 23: 南山県's 実施済/実施中/検討中/
未着手, 北野市's A–D 順調…遅れ and 対象外): where most status cells of a read hold no symbol
of the scale, and no preset is theirs, this is said once, first, with the ``[[scale.status]]``
block that reads them — built from the values found, with the labels the sheets' legend lines
state (「A：順調」) — and each cell's error points at it. A few slips among the scale's own
symbols keep their own fixes (no block); a value met once that holds a frequent one (「実施中み」)
is taken for its slip, said so, and left out of the block."""

from __future__ import annotations

import dataclasses
import itertools
from collections.abc import Collection
from pathlib import Path

from planeval.first_run import UNCOUNTED_LINE, place_of, status_lines, toml_string
from planeval.legend_labels import labels_agree
from planeval.legend_marks import STOPPED_COUNTED, legend_marks_said
from planeval.model import Problem, Severity
from planeval.own_values import ORDER_SAID, Found
from planeval.preset_extended import comments, preset_lines, with_preset_statuses
from planeval.presets import PRESETS
from planeval.scale import DEFAULT_SCALE, Scale
from planeval.status_cells import REPORT_WORDS, StatusCells, agreed_words, unknown_values
from planeval.survey_scales import PRESET_SAID, survey_scales_said
from planeval.text import compact
from planeval.wording import Wording
from planeval.wording_presets import OWN_WORDING_BASE as PLAIN

OWN_SCALE_HINT = (
    "この表の評価尺度を planeval.toml に定めてください（はじめのエラーに設定例があります）"
)


def own_scale_said(
    problems: list[Problem],
    cells: dict[str, StatusCells],
    scale: Scale,
    *,
    worded: bool = False,
    settings: Path | None = None,
) -> list[Problem]:
    """``problems`` with, where most status cells of the read (``cells``: each file's) hold
    values of no preset and no symbol of ``scale``, one error first that says so with the
    planeval.toml block reading them (Problem.settings), each such cell's fix pointing at it;
    where they are a few, those the legend defines beside a preset's symbols said so
    (legend_marks.py). A scale of a planeval.toml's own is left to its messages (they name
    its file); the block has a [wording] of the titles read unless the planeval.toml read has
    one (``worded``: Layout.worded, as config.py read it). Read as bodies, their cells of
    presets' symbols are said as survey_scales.py says them. A preset named by a slip for
    another, the one the values are of, said as that first (preset_typos.py; ``settings``: the
    planeval.toml naming it)."""
    if not any(problem.is_error for problem in problems):
        return problems  # (every value a symbol of the scale: nothing to say)
    from planeval.preset_typos import mistyped_preset_said  # (rare: imported where asked)

    if (typo := mistyped_preset_said(problems, cells, scale, settings)) is not None:
        return typo
    return survey_scales_said(_own_said(problems, cells, scale, worded=worded), cells, scale)


def _own_said(
    problems: list[Problem], cells: dict[str, StatusCells], scale: Scale, *, worded: bool
) -> list[Problem]:
    if scale.source:
        return problems
    every = unknown_values(problems)
    own = [(i, value) for i, value in every if not problems[i].hint.startswith(PRESET_SAID)]
    read = sum(cell.rated for cell in cells.values()) + len(every)
    legend = _merged([cell.legend for cell in cells.values()])
    listed: tuple[str, ...] = ()
    listed_at = ""  # (where the line listing them is: the block names it)
    for cell in cells.values():
        if len(listed) < len(cell.listed):
            listed, listed_at = cell.listed, cell.listed_at
    unlisted = frozenset().union(*(cell.left_out for cell in cells.values()))
    if len(own) < 2 or len(own) * 2 <= read:  # (a few slips among the scale's symbols)
        return _marks_said(problems, own, legend, scale, unlisted)
    found = Found([value for _, value in own], legend, listed, unlisted)
    if len(own) < 2 * (len(found.symbols) - len(found.dashes)) or not found.symbols:
        # (values that do not recur, as a scale's do: slips, each its own)
        return _marks_said(problems, own, legend, scale, unlisted)
    if len(own) < len(every) and not any(cell.body for cell in cells.values()):
        # (a file whose phrases happen to be one preset's alone, told 「preset "hamura" と書いて
        # ください」 beside the block the others got: one planeval.toml reads them all, the
        # block — review 106; a read of bodies keeps each its fix, survey_scales.py)
        own = every
        found = Found([value for _, value in own], legend, listed, unlisted)
    told = list(problems)
    for index, value in own:
        slip = found.slips.get(compact(value))
        hint = f"'{slip}' の書き間違いではありませんか。そうなら '{slip}' に直してください"
        told[index] = _with_hint(problems[index], hint if slip else OWN_SCALE_HINT)
    blank = scale.choose()
    for index, problem in enumerate(problems):
        if problem.hint == blank:  # (a blank cell: the body's symbols to type)
            told[index] = _with_hint(problem, f"{found.described()} のいずれかを入力してください")
    files = list(dict.fromkeys(problems[i].location.file for i, _ in own))
    words = _named_once(sheet_words([cells[file].words for file in files if file in cells]))
    if scale != DEFAULT_SCALE or worded:  # (a second [wording] would not load)
        words = {}
    return [_said(found, files, read, scale, words, listed_at=listed_at), *told]


def _merged(legends: list[dict[str, str]]) -> dict[str, str]:
    """The files' legends (value → label, each in its line's order) as one, by compact value:
    a value one file states first placed after the value its line states before it, not
    last — 名東区's legend 「A… B… C… D… -…」 read from a file rating A, C and D first, then
    one rating B, is A B C D -, not A C D - B (review 149 #1)."""
    merged: dict[str, str] = {}
    for legend in legends:
        before = ""
        for value, label in legend.items():
            key = compact(value)
            if key not in merged:
                keys = list(merged)
                at = keys.index(before) + 1 if before else 0
                merged = (
                    {k: merged[k] for k in keys[:at]}
                    | {key: label}
                    | {k: merged[k] for k in keys[at:]}
                )
            before = key
    return merged


def _marks_said(
    problems: list[Problem],
    own: list[tuple[int, str]],
    legend: dict[str, str],
    scale: Scale,
    left: Collection[str],
) -> list[Problem]:
    """A few values beside a preset's symbols: those its legend defines and the stages of
    their own (未着手), each said with the lines adding them (legend_marks, stage_statuses);
    those a note of the form leaves out of the count (``left``) not counted."""
    from planeval.stage_statuses import stages_said  # (values in error only)

    said, told = stages_said(problems, own, legend, scale, left)
    return [*said, *legend_marks_said(told, own, legend, scale)]


def _with_hint(problem: Problem, hint: str) -> Problem:
    return dataclasses.replace(problem, hint=hint)


def _said(
    found: Found,
    files: list[str],
    read: int,
    scale: Scale,
    words: dict[str, str],
    *,
    listed_at: str = "",
) -> Problem:
    """The one error saying the read's own scale, with its block, the status called as the
    forms title it where the block offers that word (評価, not 達成状況: review 196 #2; where it
    offers none, in_body_words says it in the settings' words); ``listed_at``: where the line
    listing the values is, which the block names where it orders them by it."""
    own = sum(found.cells[key] for key in [*found.symbols, *found.variants]) + len(found.slips)
    among = f"{len(files)} ファイルの" if len(files) > 1 else ""
    share = f"{read} か所すべて" if own == read else f"{read} か所のうち {own} か所"
    values = "・".join(  # (a legend's dash: its cells read as 再掲, not among these)
        f"'{found.shown[key]}' {found.cells[key]} か所" for key in found.symbols if found.cells[key]
    )
    slips = "".join(
        f"。'{found.shown[key]}' 1 か所は '{meant}' の書き間違いとみて、設定例に入れていません"
        for key, meant in found.slips.items()
    ) + "".join(
        f"。'{found.shown[key]}' {found.cells[key]} か所は '{found.shown[base]}' の別の書き方とみて"
        "、設定例の aliases に入れました"
        for key, base in found.variants.items()
        if key not in found.worded
    )
    if worded := "・".join(
        f"'{found.shown[key]}' {found.cells[key]} か所は '{found.shown[base]}'"
        for key, base in found.worded.items()
    ):  # (review 133: 千早町's words beside the others' letters)
        slips += f"。凡例の言葉のため、{worded} とみて、設定例の aliases に入れました"
    message = (
        f"{among}{words.get('status', '達成状況')}は、独自の評価尺度で評価されているようです。"
        f"{share}が、いまの"
        f"評価尺度の記号（{scale.describe()}）ではありません（値は {values}{slips}）"
        f"{_presets_apart(found)}"
    )
    write = "に次の設定を書いて" if scale == DEFAULT_SCALE else "の [scale] を次の設定に置き換えて"
    preset = next((n for n, p in PRESETS.items() if p == scale and p != DEFAULT_SCALE), None)
    preset = preset or found.preset()  # (the run's preset, its statuses first: else the values')
    confirm = "並び（after）" if preset else "記号の並び、as_planned "
    hint = f"planeval.toml {write}ください。{confirm}と counted が表のとおりか確かめてください"
    return Problem(
        place_of(files),
        Severity.ERROR,
        message,
        hint,
        settings=_block(found, words, preset, listed_at),
    )


def _presets_apart(found: Found) -> str:
    """ "（記号は preset "hirakata" と同じですが…）" where presets have the values' symbols and
    the legend states other labels (with_preset_hint named none of them for that)."""
    stated = {found.shown[key]: found.legend[key] for key in found.symbols if key in found.legend}
    counted = [found.shown[key] for key in found.symbols if found.counted(key)]
    names = [
        name
        for name, preset in PRESETS.items()
        if counted
        and all(preset.normalise(value) is not None for value in counted)
        and not labels_agree(preset, stated)
    ]
    if not names or not stated:
        return ""
    quoted = "・".join(f'"{name}"' for name in names)
    return (
        f"（記号は preset {quoted} と同じですが、表の凡例の言葉が違うため、"
        "設定例は表の言葉のままにしています）"
    )


_LEVELS = REPORT_WORDS[:4]  # (top down)


def sheet_words(
    files: list[dict[str, str]], differ: Collection[str] = frozenset(), base: Wording = PLAIN
) -> dict[str, str]:
    """The report's words the files' titles give (agreed_words) where not those the report
    is written in (``base``: planeval's plain ones, or Setagaya's of its scale); none that
    would head Chapter 3's two columns alike, and none of ``differ`` (the words the bodies'
    tables title otherwise) that a level above it has too: 施策 offered for the direction and
    the project, as two bodies number it (review 78)."""
    words = {
        word: title for word, title in agreed_words(files).items() if title != getattr(base, word)
    }
    for upper, lower in itertools.combinations(_LEVELS, 2):
        if lower in differ and lower in words and words[lower] == words.get(upper):
            del words[lower]
    above = (words.get("project", PLAIN.project), words.get("project", PLAIN.hierarchy))
    if words.get("item") in above:  # (「事業 2・事業 7」; config.py refuses the latter)
        del words["item"]
    return words


def _named_once(words: dict[str, str]) -> dict[str, str]:
    """``words`` without a level's named as a level above it, where planeval's own word for it
    is free: a survey's 「【分野1】…」 heading over its items is the policy's word and, no column
    above the items, the project's — offered 「policy = "分野"」 and 「project = "分野"」, one
    level twice (review 137 #9). Kept where its own word is another's: 施策26「…」 over 事業名,
    「project = "施策"」 beside 「item = "事業"」 (the project would be 事業 too)."""
    for upper, lower in itertools.combinations(_LEVELS, 2):
        alike = lower in words and words[lower] == words.get(upper)
        if alike and getattr(PLAIN, lower) not in words.values():
            del words[lower]
    return words


def _block(found: Found, words: dict[str, str], preset: str | None, listed_at: str = "") -> str:
    """The planeval.toml lines defining the found scale, with what to confirm as comments —
    the order a line of the forms lists the values in said with its cell (``listed_at``:
    review 196 #2) —, and the report's words the column titles give (each line short: a
    console of 80 columns folds none of them)."""
    typed: dict[str, list[str]] = {}  # (each status's values typed otherwise: its aliases)
    for key, base in found.variants.items():
        typed.setdefault(found.shown[base], []).append(found.shown[key])
    said = dict(ORDER_SAID)
    if listed_at:
        said["listed"] += f"\n（その案内: {listed_at}）"
    if preset is not None:
        statuses = [(found.shown[k], found.label(k), found.counted(k)) for k in found.symbols]
        ordered = "" if found.order == "found" else f"記号は{said[found.order]}"
        listing = f"記号は{said['listed']}"
        statuses, ordered = with_preset_statuses(preset, statuses, found.listed, (ordered, listing))
        lines = preset_lines(preset, statuses, order=ordered, aliases=typed)
        return "\n".join([*lines, *(["", *wording_lines(words)] if words else [])])
    counted = [key for key in found.symbols if found.counted(key)] or found.symbols
    planned = counted[1] if len(counted) > 1 and counted[0].upper() == "S" else counted[0]
    lines = [
        "[scale]",
        "# 「計画どおり」にあたる記号を確かめてください",
        f"as_planned = {toml_string(found.shown[planned])}",
        *comments(f"記号は{said[found.order]}"),
        '# （悪い順に並べるなら order = "worst_first"）',
        'order = "best_first"',
    ]
    for key in found.symbols:
        lines += ["", *status_lines(found.shown[key], found.label(key))]
        if aliases := typed.get(found.shown[key]):
            lines.append(f"aliases = [{', '.join(map(toml_string, aliases))}]")
        if found.stopped(key) and found.counted(key):
            lines += [_OUT_OF_ORDER, *STOPPED_COUNTED]
        elif not found.counted(key):
            lines.append(UNCOUNTED_LINE)
    if words:
        lines += ["", *wording_lines(words)]
    return "\n".join(lines)


_OUT_OF_ORDER = "ranked = false  # 良し悪しの並びに入れません（前回からの変わり方は「変化」）"


def wording_lines(words: dict[str, str]) -> list[str]:
    """A ``[wording]`` table of the words the tables give (sheet_words)."""
    lines = ["[wording]", "# 表の列の言葉です。報告書の言葉を変えるなら書き換えてください"]
    return lines + [f"{word} = {toml_string(title)}" for word, title in words.items()]
