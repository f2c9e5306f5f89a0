"""A word of progress typed beside a preset's symbols that means one of them (浜名市's and
東尾張県's 「達成済」 beside A 目標達成 / 達成率100%以上: meant_status.py): said once, first,
with the ``[[scale.status]]`` lines making it that status's alias — never a status of its own
(review 180 #1: the lines adding 達成済 after A, pasted, published A 17 and a column 「達成済 1」
beside a report of A 18, and `check` called the right report wrong). A stage that is no
status's (未着手 beside reform_plan's 取組中) keeps its own lines: stage_statuses.py."""

from __future__ import annotations

from collections.abc import Sequence

from planeval.first_run import place_of, told_at, toml_string
from planeval.model import Problem, Severity
from planeval.scale import Scale
from planeval.text import compact


def aliases_said(
    problems: list[Problem],
    own: Sequence[tuple[int, str]],
    meant: dict[str, str],
    scale: Scale,
    *,
    word: str = "",
) -> tuple[list[Problem], list[Problem]]:
    """(the one error saying the values of ``meant`` — compacted value → the symbol it means —
    with the lines making each its status's alias; ``problems`` with those cells' fixes
    pointing at it). With ``word``: each value is its symbol with that word of rating after it
    (「A評価」「B評価」: review 198 #4), every cell told one fix, so that a file's many are
    counted in one line (report/problems.py groups a fix met often)."""
    shown: dict[str, str] = {}  # (each value as first typed)
    for _, value in own:
        shown.setdefault(compact(value), value.strip())
    told, files = list(problems), []
    met: dict[str, int] = {}
    for key, symbol in meant.items():
        named = _named(scale, symbol)
        told, where, count = told_at(
            told,
            own,
            {key},
            f"記号に「{word}」を付けた書き方です。記号だけに直すか、はじめのエラーの設定例を "
            "planeval.toml に加えてください"
            if word
            else f"{named}のことなら '{symbol}' と書くか、planeval.toml で '{shown[key]}' を "
            f"'{symbol}' の別名（aliases）にしてください（はじめのエラーに設定例があります）",
        )
        files += [file for file in where if file not in files]
        met[key] = count[key]
    among = f"{len(files)} ファイルの" if len(files) > 1 else ""
    values = "・".join(f"'{shown[key]}' {met[key]} か所" for key in meant)
    if word:
        meaning = f"記号に「{word}」を付けた書き方とみられます"
    elif len(meant) == 1:
        meaning = f"{_named(scale, *meant.values())}と同じ意味の言葉とみられます"
    else:
        meaning = "、".join(f"'{shown[k]}' は {_named(scale, s)}" for k, s in meant.items())
        meaning += "と同じ意味の言葉とみられます"
    message = (
        f"{among}達成状況の {values}は、いまの評価尺度の記号（{scale.describe()}）ではありません"
        f"が、{meaning}"
    )
    lines = alias_lines({shown[key]: symbol for key, symbol in meant.items()})
    fix = (
        "そのとおりなら、planeval.toml の [scale] の下に次の設定を加えてください（別名として、"
        "その記号の件数に数えます。別の段階として加えると、その記号の件数から外れます）。"
        "その symbol の [[scale.status]] がすでにあれば、その表に aliases の行を加えてください"
        "（aliases の行があれば、その一覧に足してください）。別の意味なら、回答した部署に"
        "確かめてください"
    )
    said = Problem(place_of(files), Severity.ERROR, message, fix, settings="\n".join(lines[1:]))
    return [said], told


def worded_aliases(worded: dict[str, str]) -> tuple[str, list[str]]:
    """(the remark that ``worded``'s values — a symbol typed with a word of rating after it, as
    typed → its symbol: 「A評価」 — are made its alias, the lines making them so)."""
    quoted = "・".join(f"'{value}'" for value in worded)
    return f"（{quoted} は記号に評価の言葉を付けた書き方とみて、別名にしています）", alias_lines(
        worded
    )


def alias_lines(meant: dict[str, str]) -> list[str]:
    """The ``[[scale.status]]`` tables making each value of ``meant`` (as typed → the symbol it
    means) that symbol's alias, each after a blank line."""
    lines: list[str] = []
    for symbol in dict.fromkeys(meant.values()):
        typed = [value for value, meant_symbol in meant.items() if meant_symbol == symbol]
        lines += ["", "[[scale.status]]", f"symbol = {toml_string(symbol)}"]
        lines.append(f"aliases = [{', '.join(map(toml_string, typed))}]")
    return lines


def _named(scale: Scale, symbol: str) -> str:
    """'A'（目標達成）: the symbol with its label where they differ."""
    label = scale.label(symbol)
    return f"'{symbol}'（{label}）" if label and label != symbol else f"'{symbol}'"
