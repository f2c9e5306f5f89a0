"""A status a body rates with beside a preset's symbols that is a stage of its own (南浜市's
未着手 beside reform_plan's 目標達成 取組中 変更・中止, review 98): a word of another preset's
scale (未着手 is progress's) or a word of progress (検討中, 実施済). Its cells are no slips to be
made another status's alias — 未着手 aliased to 取組中 would count every item not begun as under
way — but a status to add: said once, first, with the ``[[scale.status]]`` lines adding it to
the preset where it sits in the order (``after``), each such cell's fix pointing at it, as
legend_marks.py says a mark a legend defines. own_scale.py asks, where the read's unknown
values are too few to be a scale."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import replace

from planeval.first_run import (
    EXCLUDED,
    UNCOUNTED_LINE,
    place_of,
    status_lines,
    told_at,
    toml_string,
)
from planeval.lazy_pattern import LazyPattern
from planeval.model import Problem, Severity
from planeval.presets import PRESETS
from planeval.scale import CHOOSE_HINT, DEFAULT_SCALE, Scale, Status
from planeval.text import compact

STAGE_HINT = (
    "評価の段階を表す言葉です。別の段階として数えるなら planeval.toml の評価尺度に加えてください"
    "（はじめのエラーに設定例があります）"
)

# words of progress, in the order they are looked for (未達成 is not 達成, 検討中 not 実施中):
# a scale of them (実施済・実施中・検討中・未着手) ranked from the furthest on
_PROGRESS = (
    LazyPattern("^未|中止|なし$|しない$"),  # (予定なし: not to be done — review 52)
    LazyPattern("検討|準備"),
    LazyPattern("中|一部|概ね|おおむね"),
    LazyPattern("済|完了|達成|終了|^実施$"),  # (実施 alone: done, 一部実施's whole — review 49)
)


def progress(key: str) -> int | None:
    """How far on a value of a progress scale says it is (0: furthest), None: no such word."""
    found = next((rank for rank, words in enumerate(_PROGRESS) if words.search(key)), None)
    return None if found is None else len(_PROGRESS) - 1 - found


def stages_said(
    problems: list[Problem],
    own: Sequence[tuple[int, str]],
    legend: dict[str, str],
    scale: Scale,
    left: Collection[str] = (),
) -> tuple[list[Problem], list[Problem]]:
    """(the one error saying them, or none; ``problems`` with their cells' fixes pointing at
    it) for the values of ``own`` (status cells' indexes and values, no symbol of ``scale``)
    that are stages of their own: another preset's word or a word of progress, told only to
    choose from the scale or alias (CHOOSE_HINT: no slip of a status, no shorthand), not one
    ``legend`` defines (legend_marks.py's) and not the seed's scale (left to its fixes); one a
    note of the form leaves out of the count (``left``, compacted: 「※「事業終了」は、件数に含め
    ません」, listed_statuses.py) not counted."""
    if scale == DEFAULT_SCALE:
        return [], problems
    from planeval.meant_aliases import aliases_said  # (values in error only)
    from planeval.meant_status import meant_hint, meant_status
    from planeval.unknown_status import rated_with_word, rating_word_hint

    said: list[Problem] = []
    worded: dict[str, dict[str, str]] = {}  # (「A評価」: a word of rating → value → symbol)
    for index, value in own:
        rated = rated_with_word(scale, value)
        if rated and problems[index].hint == rating_word_hint(scale, value, rated):
            worded.setdefault(rated[1], {})[compact(value)] = rated[0]
    for word, typed in worded.items():  # (review 198 #4: said once, each cell pointing at it)
        first, problems = aliases_said(problems, own, typed, scale, word=word)
        said += first
    stages: dict[str, Status] = {}
    meant: dict[str, str] = {}  # (a stage's word meaning one status: 「達成済」, A's alias)
    for index, value in own:
        key = compact(value)
        if key in stages or key in meant or key in legend:
            continue
        if (status := stage_of(value.strip(), scale)) is None:
            continue
        symbol = meant_status(scale, value)
        if symbol is not None and problems[index].hint == meant_hint(scale, value, symbol):
            meant[key] = symbol
        elif problems[index].hint == CHOOSE_HINT:
            stages[key] = replace(status, counted=False) if key in left else status
    if meant:  # (review 180 #1: rare)
        first, problems = aliases_said(problems, own, meant, scale)
        said += first
    if not stages:
        return said, problems
    told, files, met = told_at(problems, own, stages, STAGE_HINT)
    among = f"{len(files)} ファイルの" if len(files) > 1 else ""
    values = "・".join(f"'{status.symbol}' {met[key]} か所" for key, status in stages.items())
    message = (
        f"{among}達成状況の {values}は、いまの評価尺度の記号（{scale.describe()}）ではありません"
        f"が、{_whose(list(stages.values()))}"
    )
    hint = (
        "別の段階として数えるなら、planeval.toml の [scale] の下に次の設定を加えてください"
        "（いまの記号はそのまま読めます）。別名（aliases）にすると、いまの記号の件数に"
        "まとめて数えます。並び（after）と counted が表のとおりか確かめてください"
    )
    lines: list[str] = []
    # (a scale marking the statuses an issue list lists, hamura's 次年度以降計画を見直す: a stage
    # below 計画どおり is listed only so marked — review 143 #5, 一部実施 left out of it)
    marks = any(status.needs_issue for status in scale.statuses)
    for status, after, below in _placed(list(stages.values()), scale):
        lines += ["", *status_lines(status.symbol, status.label)]
        if after:
            lines.append(f"after = {toml_string(after)}  # 並びでこの記号の次に置きます")
        if below and marks:
            lines.append("needs_issue = true  # 課題一覧に載せます")
        if not status.counted:
            lines.append(UNCOUNTED_LINE)
    block = "\n".join(lines[1:])
    return [*said, Problem(place_of(files), Severity.ERROR, message, hint, settings=block)], told


def stage_of(value: str, scale: Scale) -> Status | None:
    """The status ``value`` would be, where it is a stage of its own: a word (two characters
    or more, no letter or digit a slip may be) another preset rates with, or a word of
    progress; neither holding a status's word of the scale nor held in one (「達成」 in
    目標達成: another word for it, as its fix says) — and one the scale can take."""
    if len(value) < 2 or any(c.isascii() and c.isalnum() for c in value):
        return None
    key = compact(value)
    words = [compact(w) for s in scale.statuses for w in (s.symbol, s.label, *s.aliases)]
    if any(key in word or word in key for word in words if len(word) >= 2):
        return None
    label = next(
        (s.label for p in PRESETS.values() for s in p.statuses if compact(s.symbol) == key),
        None,
    )
    if label is None and progress(key) is None:
        return None
    status = Status(value, label or value, counted=not EXCLUDED.search(value))
    try:
        Scale((*scale.statuses, status))
    except ValueError:
        return None
    return status


def stage_first(preset: str) -> str:
    """The fix of a stage's cell read before any preset is chosen, the file's other values
    ``preset``'s (南浜市's first run, README step 1): the preset first, then the stage's own
    ``[[scale.status]]`` lines, which the next run offers — never an alias, which would count
    it as one of the preset's statuses (review 99 #8)."""
    return (
        f'評価の段階を表す言葉です。別名（aliases）にはせず、まず planeval.toml に [scale] preset = "{preset}" '
        "と書いてください。次の実行で、この段階を評価尺度に加える [[scale.status]] の設定を示します"
    )


def _whose(stages: list[Status]) -> str:
    """What the values are: another preset's stages (named) or words of progress."""
    names = [
        name
        for name, preset in PRESETS.items()
        if all(preset.normalise(status.symbol) is not None for status in stages)
    ]
    if names:
        return f'評価の段階を表す言葉です（preset "{names[0]}" の記号）'
    return "評価の段階を表す言葉です"


def _placed(stages: list[Status], scale: Scale) -> list[tuple[Status, str, bool]]:
    """Each of ``stages`` with the symbol it goes right after (``after``; "" where none says)
    and whether it is placed below the scale's ``as_planned``: among the scale's ranked and
    counted statuses, best first, the last as far on as it (未着手 after 取組中 in reform_plan's
    目標達成 取組中), each placed before the next."""
    ranked = [s for s in scale.statuses if s.ranked and s.counted]
    if scale.order == "worst_first":
        ranked.reverse()
    line = [(s.symbol, _rank(s)) for s in ranked]  # (best first)
    placed: dict[str, str] = {}
    for status in sorted(stages, key=lambda s: _rank(s) or 0 if _rank(s) is not None else 99):
        rank = _rank(status)
        if rank is None or not status.counted:
            placed[status.symbol] = ""
            continue
        if scale.order == "worst_first":  # (after the next worse, in the scale's order)
            worse = [i for i, (_, r) in enumerate(line) if r is not None and r > rank]
            spot = worse[0] if worse else len(line)
            placed[status.symbol] = line[spot][0] if worse else ""
        else:  # (after the last as far on)
            on = [i for i, (_, r) in enumerate(line) if r is not None and r <= rank]
            spot = on[-1] + 1 if on else 0
            placed[status.symbol] = line[on[-1]][0] if on else ""
        line.insert(spot, (status.symbol, rank))
    order = [symbol for symbol, _ in line]
    below = order[order.index(scale.as_planned) + 1 :] if scale.as_planned in order else []
    return [(status, placed[status.symbol], status.symbol in below) for status in stages]


def _rank(status: Status) -> int | None:
    found = progress(compact(status.symbol))
    return found if found is not None else progress(compact(status.label))
