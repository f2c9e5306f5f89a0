"""Status scales: the symbols, their labels, their aliases and whether each is counted.

The scale is data. The default is the one the seed uses (◎ ○ △ × and - for a repeat
listing); planeval.toml can define another. A cell is normalised with an explicit table
of aliases owned by the scale, never by guessing: a value that maps to nothing stays
unknown and is reported.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from typing import Literal

from planeval.model import Problem
from planeval.text import clean_text, compact

NOT_A_SYMBOL = "はこの評価尺度の記号ではありません"
COUNT_HINT = (
    "件数のようです。合計などの行なら表の外に移すか削除してください"
    "（数えるのは実施内容の行だけです）"
)
CHOOSE_HINT = (
    "一覧の記号から選んでください。同じ意味で使われている記号なら planeval.toml で"
    "別名（aliases）として追加してください"
)


@functools.cache  # (compiled when first needed: a status written as the scale writes it has none)
def _trailing_remark() -> re.Pattern[str]:
    """A remark after the symbol, e.g. "△（一部修正）" or "○ (済)"."""
    return re.compile(r"\s*[（(][^（()）]*[）)]\s*$")


@dataclass(frozen=True, slots=True)
class Status:
    """One symbol of a scale."""

    symbol: str
    label: str
    counted: bool = True
    aliases: tuple[str, ...] = ()
    # whether the count sentence names it with 0件 too ("always") or only when used
    in_narrative: Literal["always", "when_used"] = "always"
    # whether an entry with this status must say why in its issue text (△ and × do)
    needs_issue: bool = False
    # whether it takes part in the scale's order (a "cancelled" or "not rated" symbol does not)
    ranked: bool = True


@dataclass(frozen=True)
class Scale:
    """An ordered set of statuses; ``as_planned`` names the symbol meaning "as planned";
    ``order`` says whether ``statuses`` are listed best first (Setagaya's ◎ ○ △ ×) or worst
    first (未着手, 取組中, 完了), for comparing rounds."""

    statuses: tuple[Status, ...]
    as_planned: str | None = None
    order: Literal["best_first", "worst_first"] = "best_first"
    # where a scale of a planeval.toml's own was defined ("planeval.toml:3"), for messages
    source: str = field(default="", compare=False)
    _lookup: dict[str, str] = field(init=False, repr=False, compare=False)
    symbols: tuple[str, ...] = field(init=False, repr=False, compare=False)  # in scale order
    # the symbol of a repeat listing (再掲: an uncounted status so labelled), if the scale has one
    repeat_symbol: str | None = field(init=False, repr=False, compare=False)
    # the same few cell texts come back thousands of times: what each splits into (see
    # split_labelled; a reader of many rows looks here first)
    splits: dict[str, tuple[str | None, str] | None] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        lookup: dict[str, str] = {}
        for status in self.statuses:
            for alias in (status.symbol, status.label, *status.aliases):
                key = compact(alias)
                if not key:
                    continue
                if lookup.get(key, status.symbol) != status.symbol:
                    raise ValueError(
                        f"'{alias}' が {lookup[key]} と {status.symbol} の両方の別名になっています"
                        "（別名は一つの記号にだけ書いてください）"
                    )
                lookup[key] = status.symbol
        object.__setattr__(self, "_lookup", lookup)
        object.__setattr__(self, "symbols", tuple(status.symbol for status in self.statuses))
        object.__setattr__(self, "splits", {})
        repeats = [s.symbol for s in self.statuses if not s.counted and "再掲" in s.label]
        object.__setattr__(self, "repeat_symbol", repeats[0] if repeats else None)

    @property
    def counted(self) -> tuple[str, ...]:
        return tuple(status.symbol for status in self.statuses if status.counted)

    @property
    def uncounted(self) -> tuple[str, ...]:
        return tuple(status.symbol for status in self.statuses if not status.counted)

    def rank(self, symbol: str) -> int | None:
        """The symbol's place in the scale's order, 0 for the best; None for a symbol outside
        the order (uncounted, or not ranked, like a cancelled item)."""
        ranked = [s.symbol for s in self.statuses if s.counted and s.ranked]
        if symbol not in ranked:
            return None
        place = ranked.index(symbol)
        return place if self.order == "best_first" else len(ranked) - 1 - place

    def status(self, symbol: str) -> Status:
        for status in self.statuses:
            if status.symbol == symbol:
                return status
        raise KeyError(symbol)

    def label(self, symbol: str) -> str:
        return self.status(symbol).label

    def normalise(self, value: object) -> str | None:
        """The scale symbol a cell's text stands for, or None if it stands for none.

        Accepts the symbol, its label or an alias, with surrounding spaces of any width,
        zero-width characters, and a trailing remark in brackets ("△（一部修正）").
        """
        text = value if isinstance(value, str) else clean_text(value)
        if text in self._lookup:  # the symbol or an alias exactly as written: the common case
            return self._lookup[text]
        key = compact(text)
        if not key:
            return None
        found = self._lookup.get(key)
        if found is None:
            without_remark = _trailing_remark().sub("", key)
            if without_remark and without_remark != key:
                found = self._lookup.get(without_remark)
        return found

    def split_labelled(self, value: object) -> tuple[str | None, str] | None:
        """Split "電子申請 ◎" into ("電子申請", "◎"); a bare "◎" gives (None, "◎").

        Returns None when the text is not a status, with or without a label before it.
        """
        text = clean_text(value)
        if text in self.splits:
            return self.splits[text]
        found = self._split(text)
        if len(self.splits) < 10_000:
            self.splits[text] = found
        return found

    def _split(self, text: str) -> tuple[str | None, str] | None:
        symbol = self.normalise(text)
        if symbol is not None:
            return None, symbol
        match = re.match(r"^(?P<label>.*\S)[\s:：]+(?P<status>\S+)$", text)
        if match:
            symbol = self.normalise(match["status"])
            if symbol is not None:
                return match["label"].strip(), symbol
        return None

    def describe(self) -> str:
        """The scale as users see it in messages: "◎ ○ △ × -"."""
        return " ".join(self.symbols)

    def unknown(self, text: str) -> tuple[str, str]:
        """What to say of a status cell holding ``text``, no symbol of the scale: the message
        and the fix that fits what was typed (a count, a symbol with words after it, a typo)."""
        message = f"'{text}' {NOT_A_SYMBOL}（{self.describe()}）"
        if self.source:
            message = (
                f"'{text}' {NOT_A_SYMBOL}"
                f"（{self.describe()}: {self.source} の [[scale.status]] で定めた尺度）"
            )
        if any(character.isdigit() for character in text) and len(text) <= 12:
            return message, COUNT_HINT
        first = text[:1]
        if first in self.symbols and len(text) > 1:
            return message, f"記号は '{first}' だけにして、続く言葉は課題等の欄に書いてください"
        preset = self._preset_knowing(text) if self.source else None
        if preset is not None:
            name, scale = preset
            return message, (
                f'[[scale.status]] だけでは尺度全体を置き換えます。preset "{name}" の尺度'
                f'（{scale.describe()}）に別名を足すなら、[scale] に preset = "{name}" と'
                "書いてください。[[scale.status]] はその記号に別名を足し、書いた設定だけを変えます"
            )
        return message, CHOOSE_HINT

    def _preset_knowing(self, text: str) -> tuple[str, Scale] | None:
        """The preset (name and scale) that shares a symbol with this scale and knows
        ``text``: a planeval.toml that meant to add to it and replaced it instead."""
        for name, preset in PRESETS.items():
            if set(preset.symbols) & set(self.symbols) and preset.normalise(text) is not None:
                return name, preset
        return None

    def choose(self) -> str:
        """What to type in an empty status cell: "◎ ○ △ × のいずれかを入力してください（再掲の行は -）"."""
        repeat = self.repeat_symbol
        if repeat is None:
            return f"{self.describe()} のいずれかを入力してください"
        rated = " ".join(symbol for symbol in self.symbols if symbol != repeat)
        return f"{rated} のいずれかを入力してください（再掲の行は {repeat}）"

    def legend(self) -> str:
        """The legend line as Chapter 3 prints it: "※計画を上回る実施：◎、…"; a status whose
        symbol is its own label (a whole phrase: 計画どおり完了, 未着手) said once."""
        return "※" + "、".join(
            s.symbol if s.label in ("", s.symbol) else f"{s.label}：{s.symbol}"
            for s in self.statuses
            if s.counted
        )


DEFAULT_SCALE = Scale(
    statuses=(
        Status("◎", "計画を上回る実施"),
        Status("○", "計画どおり実施", aliases=("〇", "◯", "計画通り実施")),
        Status("△", "内容を一部修正して実施", needs_issue=True),
        Status("×", "未実施", aliases=("✕", "✖", "☓"), in_narrative="when_used", needs_issue=True),
        Status("-", "再掲", counted=False, aliases=("－", "―", "‐", "−", "–", "—", "ー")),
    ),
    as_planned="○",
)


def _scale(*statuses: Status, as_planned: str | None = None, order: str = "best_first") -> Scale:
    return Scale(statuses, as_planned=as_planned, order=order)  # type: ignore[arg-type]


def _letters(labels: dict[str, str], **options: object) -> tuple[Status, ...]:
    return tuple(Status(symbol, label, **options) for symbol, label in labels.items())  # type: ignore[arg-type]


# The scales of the bodies in the team's OTHER-BODIES guide, by name: planeval.toml says
# ``[scale] preset = "nagoya"`` and may override any status by its symbol.
PRESETS: dict[str, Scale] = {
    "setagaya": DEFAULT_SCALE,
    "nagoya": _scale(
        *_letters(
            {
                "A": "100%またはそれ以上の達成状況",
                "B": "80%以上の達成状況",
                "C": "50%以上の達成状況",
                "D": "50%未満の達成状況",
            }
        ),
        Status("-", "事業が中止となったもの", ranked=False, aliases=("－", "―", "−", "ー")),
        as_planned="A",
    ),
    "gunma": _scale(
        Status("A", "達成", aliases=("達成A",)),
        Status("B", "前進", aliases=("前進B",)),
        Status("C", "横ばい", aliases=("横ばいC",), needs_issue=True),
        Status("D", "後退", aliases=("後退D",), needs_issue=True),
        as_planned="A",
    ),
    "progress": _scale(  # 実施状況 of a 行政改革大綱
        Status("未着手", "未着手", needs_issue=True),
        Status("取組中", "取組中"),
        Status("完了", "完了"),
        as_planned="完了",
        order="worst_first",
    ),
    "achievement": _scale(  # 達成度 of a 行政改革大綱
        Status("未達成", "未達成", needs_issue=True),
        Status("一部達成", "一部達成"),
        Status("達成", "達成"),
        as_planned="達成",
        order="worst_first",
    ),
    "kawasaki": _scale(
        Status("1", "目標を大きく上回って達成"),
        Status("2", "目標を上回って達成"),
        Status("3", "ほぼ目標どおり"),
        Status("4", "目標を下回った", needs_issue=True),
        Status("5", "目標を大きく下回った", needs_issue=True),
        as_planned="3",
    ),
    "hirakata": _scale(
        *_letters(
            {
                "A": "効果的",
                "B": "おおむね効果的",
                "C": "改善に向けた検討を要する",
                "D": "課題の検証を要する",
                "E": "抜本的な見直しを要する",
            }
        ),
        Status("評価対象外", "評価対象外", counted=False),
        as_planned="A",
    ),
    "hamura": _scale(
        Status("計画どおり完了", "計画どおり完了", aliases=("計画通り完了",)),
        Status("次年度以降計画を見直す", "次年度以降計画を見直す", needs_issue=True),
        as_planned="計画どおり完了",
    ),
    "reform_plan": _scale(  # 集中改革プラン
        Status("目標達成", "目標達成"),
        Status("取組中", "取組中"),
        Status("変更・中止", "変更・中止", ranked=False, aliases=("変更･中止", "変更中止")),
        Status("再掲", "再掲", counted=False),
        as_planned="目標達成",
    ),
    "aichi": _scale(
        *_letters(
            {"A": "達成率100%以上", "B": "80%以上100%未満", "C": "50%以上80%未満", "D": "50%未満"}
        ),
        as_planned="A",
    ),
    "hamamatsu": _scale(
        *_letters({"A": "目標達成", "B": "概ね達成", "C": "未達成"}),
        Status("D", "評価できない", ranked=False),
        as_planned="A",
    ),
    "nagayo": _scale(
        *_letters(
            {"S": "計画以上に達成", "A": "計画どおり達成", "B": "概ね達成", "C": "達成できなかった"}
        ),
        Status("−", "評価できない", counted=False, aliases=("-", "－", "―", "ー")),
        as_planned="A",
    ),
}


_UNKNOWN_VALUE = re.compile(rf"^'(?P<text>.*)' {NOT_A_SYMBOL}（")


def with_preset_hint(problems: list[Problem], scale: Scale, rated: int) -> list[Problem]:
    """One file's ``problems`` with each status the scale does not know, where most such
    cells hold the symbols of one preset (a body's own scale read without its planeval.toml,
    or with another), told so: 「この値は preset "hirakata" の評価尺度のものです…」 in place of
    a hint to add aliases or, for Kawasaki's 1–5, to delete a count. Only where those cells
    are at least as many as the ``rated`` rows the file's scale did know: a typo among a
    body's own symbols is not another scale."""
    unknown = {
        index: found["text"]
        for index, problem in enumerate(problems)
        if problem.hint in (COUNT_HINT, CHOOSE_HINT)
        and (found := _UNKNOWN_VALUE.match(problem.message))
    }
    if not unknown or len(unknown) < rated:
        return problems
    names = _presets_of(list(unknown.values()), scale)
    if not names:
        return problems
    quoted = "・".join(f'"{name}"' for name in names)
    hint = (
        f'この値は preset "{names[0]}" の評価尺度のものです。planeval.toml に [scale] '
        f'preset = "{names[0]}" と書いてください'
        if len(names) == 1
        else f"この値は preset {quoted} のどれかの評価尺度のものです。表の記号に合うものを"
        f'選んで planeval.toml に [scale] preset = "{names[0]}" のように書いてください'
    )
    told = list(problems)
    for index, text in unknown.items():
        if PRESETS[names[0]].normalise(text) is not None:
            problem = problems[index]
            told[index] = Problem(problem.location, problem.severity, problem.message, hint)
    return told


def _presets_of(texts: list[str], scale: Scale) -> list[str]:
    """The presets (other than ``scale``) that know the most of ``texts`` (one per cell),
    where they know at least two thirds of them: the ones tied first, in PRESETS order."""
    known = {
        name: sum(preset.normalise(text) is not None for text in texts)
        for name, preset in PRESETS.items()
        if preset.symbols != scale.symbols
    }
    best = max(known.values(), default=0)
    if best * 3 < len(texts) * 2:
        return []
    return [name for name, count in known.items() if count == best]
