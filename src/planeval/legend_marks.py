"""A mark a body's legend adds to a preset's symbols (愛知県's A–D beside 「－：評価できない（件数に
含めない）」): its cells are no slips to be made another status's alias but a status of the
body's own, said once, first, with the ``[[scale.status]]`` lines adding it to the preset
(Problem.settings), not counted where its legend says so, each such cell's fix pointing at
it. own_scale.py asks, where the read's unknown values are too few to be a scale."""

from __future__ import annotations

from collections.abc import Sequence

from planeval.first_run import (
    COUNTED_LINE,
    EXCLUDED,
    UNCOUNTED_LINE,
    place_of,
    status_lines,
    told_at,
    toml_string,
)
from planeval.lazy_pattern import LazyPattern
from planeval.legend_labels import without_remark
from planeval.model import Problem, Severity
from planeval.scale import DEFAULT_SCALE, Scale, Status
from planeval.text import compact

# a legend's label saying the item was stopped (「事業中止の場合は「-」を記入」): a status the
# bodies count in the total (名古屋市's -) or leave out — both ways offered, neither guessed
STOPPED = LazyPattern("中止|廃止|休止")

MARK_HINT = (
    "表の凡例にある記号です。planeval.toml の評価尺度に加えてください"
    "（はじめのエラーに設定例があります）"
)


def legend_marks_said(
    problems: list[Problem],
    own: Sequence[tuple[int, str]],
    legend: dict[str, str],
    scale: Scale,
) -> list[Problem]:
    """``problems`` with the values of ``own`` (status cells' indexes and values, no symbol of
    ``scale``) that ``legend`` defines (by compact value: the label stated, its remark kept)
    said as statuses to add: one error first with their lines, each cell's fix pointing at
    it. Only beside a preset's symbols (planeval.toml's [scale] preset: the lines go under
    it; the seed's scale, read without one, is left to its fixes), and not a value whose
    label is a status's of the scale (another word for it: an alias, as the fix says) unless
    its remark sets it apart (「評価できない（件数に含めない）」 beside a counted 評価できない:
    that is its label)."""
    if scale == DEFAULT_SCALE:
        return problems
    marks: dict[str, tuple[Status, str]] = {}  # compact value → its status, the legend's words
    for _, value in own:
        key = compact(value)
        stated = legend.get(key)
        if key in marks or not stated:
            continue
        words = stated.replace("(", "（").replace(")", "）")  # (as typed: NFKC made them ASCII)
        label = without_remark(stated)
        if scale.normalise(label) is not None:  # (浜松市's D 評価できない, counted: not －'s)
            label = words if words != label else ""
        status = Status(value.strip(), label, counted=not EXCLUDED.search(value + stated))
        if label and _adds(scale, [added for added, _ in marks.values()], status):
            marks[key] = (status, words)
    if not marks:
        return problems
    told, files, met = told_at(problems, own, marks, MARK_HINT)
    among = f"{len(files)} ファイルの" if len(files) > 1 else ""
    values = "・".join(
        f"'{status.symbol}' {met[key]} か所（凡例では「{words}」）"
        for key, (status, words) in marks.items()
    )
    message = (
        f"{among}達成状況の {values}は、いまの評価尺度の記号（{scale.describe()}）ではありません"
        "が、表の凡例にある記号です"
    )
    stopped = [status for status, _ in marks.values() if _stopped(status)]
    hint = (
        "planeval.toml の [scale] の下に次の設定を加えてください（いまの記号はそのまま読めます）。"
        + (
            f"「{'」「'.join(status.label for status in stopped)}」の行を全体の件数に含めるなら "
            "counted = true（名古屋市の数え方）、含めないなら counted = false です。表の数え方の"
            "とおりか確かめてください"
            if stopped
            else "counted が凡例のとおりか確かめてください"
        )
    )
    lines: list[str] = []
    for status, _ in marks.values():
        lines += ["", *status_lines(status.symbol, status.label)]
        if _stopped(status):
            lines += _stopped_lines(scale)
        else:
            lines.append(COUNTED_LINE if status.counted else UNCOUNTED_LINE)
    block = "\n".join(lines[1:])
    return [Problem(place_of(files), Severity.ERROR, message, hint, settings=block), *told]


def _stopped(status: Status) -> bool:
    """Whether the mark's label says the item was stopped (事業中止), counted as the legend
    leaves it (nothing said of counting)."""
    return status.counted and bool(STOPPED.search(status.label))


def _stopped_lines(scale: Scale) -> list[str]:
    """A stopped item's place and issue (review 143 #5 #6): after the scale's last status (the
    中止 column last, not among the ratings), listed in the issue list where the scale's own
    lower stages are (a scale that marks none lists any status off plan: nothing to add); and
    the line counting it the other way, to choose."""
    last = scale.counted[-1] if scale.counted else scale.symbols[-1]
    lines = [f"after = {toml_string(last)}  # 並びでこの記号の次に置きます"]
    if any(status.needs_issue for status in scale.statuses):
        lines.append("needs_issue = true  # 課題一覧に載せます")
    return [*lines, *STOPPED_COUNTED]


# a stopped item's lines: counted, as 名古屋市 counts its 中止, the other way to choose
STOPPED_COUNTED = (
    "counted = true  # 件数に含めます（名古屋市の数え方）",
    "# counted = false  # 件数に含めないなら、上の行をこの行に替えてください",
)


def _adds(scale: Scale, added: list[Status], status: Status) -> bool:
    """Whether ``status`` can join the scale and those ``added`` (no symbol, label or alias of
    two statuses)."""
    try:
        Scale((*scale.statuses, *added, status))
    except ValueError:
        return False
    return True
