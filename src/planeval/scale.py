"""Status scales: the symbols, their labels, their aliases and whether each is counted. The seed's
is ◎ ○ △ × and - for a repeat listing; planeval.toml can define another. A cell is normalised by the
scale's own table of aliases, never by guessing: a value that maps to nothing is reported."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import field
from typing import Literal

from planeval.count import Rounding, Ties
from planeval.lazy_pattern import LazyPattern
from planeval.model import record
from planeval.text import clean_text, compact

NOT_A_SYMBOL = "はこの評価尺度の記号ではありません"
# (Problem.kind of io/repeats.py's error: a repeat symbol naming no item — preset_hints asks)
UNSAID_REPEAT = "再掲元のない再掲"
# (Problem.kinds of a status cell left out: a swap with the issue column, a value not in the scale)
SWAPPED_COLUMNS = "達成状況と課題等の入れ替わり"
UNKNOWN_STATUS = "評価尺度にない値"
COUNT_HINT = (
    "件数のようです。合計などの行なら表の外に移すか削除してください"
    "（数えるのは実施内容の行だけです）"
)
CHOOSE_HINT = (  # (a body's own form may have no drop-down list: review 94)
    "この尺度の記号のどれかを書いてください。同じ意味で使われている記号なら planeval.toml で"
    "別名（aliases）として追加してください"
)


@functools.cache  # (compiled when first needed: a status written as the scale writes it has none)
def _trailing_remark() -> re.Pattern[str]:
    """A remark after the symbol, "△（一部修正）", "○ (済)", or a footnote's mark, "前進B※1"."""
    return re.compile(r"\s*(?:[（(]([^（()）]*)[）)]|(?:※|\*)[0-9]*)\s*$")


# a footnote's mark after a status as typed, 「前進B※1」 (its 「※1 …」 under the table): no part
# of the status (io/status_remarks.py says it; unknown_status.py judges a value without it)
FOOTNOTE_MARK = LazyPattern(r"\s*((?:※|＊|\*)\s*[0-9０-９]*)\s*$")
_REMARK_ENDS = frozenset("）)※*0123456789")  # (what a text _trailing_remark finds ends in)
Shown = Callable[[str], str]  # (a status as a body writes it: Wording.status_shown)


@functools.cache
def labelled() -> re.Pattern[str]:
    """A label and a status after it: "電子申請 ◎", "ア：○"."""
    return re.compile(r"^(?P<label>.*\S)[\s:：]+(?P<status>\S+)$")


@record(frozen=True, slots=True)
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
    # whether a blank status cell is read as it (uncounted: 達成度 blank on rows not 完了, blank_reads)
    blank: bool = False
    # the other status column's values it may be blank beside (実施状況's 未着手; none: any)
    blank_beside: tuple[str, ...] = ()


@record(frozen=True)
class Scale:
    """An ordered set of statuses; ``as_planned`` names the symbol meaning "as planned";
    ``order`` says whether ``statuses`` are listed best first (Setagaya's ◎ ○ △ ×) or worst
    first (未着手, 取組中, 完了), for comparing rounds."""

    statuses: tuple[Status, ...]
    as_planned: str | None = None
    order: Literal["best_first", "worst_first"] = "best_first"
    # what lists an entry as an issue: its status or issue text, or its status alone ("status")
    issue_list: Literal["status_or_text", "status"] = "status_or_text"
    rounding: Rounding | None = None  # how its shares are rounded (count.py; None: not set)
    ties: Ties = "equal"  # of largest remainder, equal counts' shares (count.py)
    source: str = field(default="", compare=False)  # where defined, for messages: "…toml:3"
    # the presets (name, scale) a scale of a planeval.toml's own may have meant to add to
    presets: tuple[tuple[str, Scale], ...] = field(default=(), compare=False, repr=False)
    _lookup: dict[str, str] = field(init=False, repr=False, compare=False)
    symbols: tuple[str, ...] = field(init=False, repr=False, compare=False)  # in scale order
    # the symbol of a repeat listing (再掲: an uncounted status so labelled), if the scale has one
    repeat_symbol: str | None = field(init=False, repr=False, compare=False)
    # the symbol a blank status cell is read as ([[scale.status]] blank = true), if any
    blank_symbol: str | None = field(init=False, repr=False, compare=False)
    # what each cell text splits into (split_labelled): the same few come back thousands of times
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
        object.__setattr__(
            self, "blank_symbol", next((s.symbol for s in self.statuses if s.blank), None)
        )

    @property
    def counted(self) -> tuple[str, ...]:
        return tuple(status.symbol for status in self.statuses if status.counted)

    @property
    def uncounted(self) -> tuple[str, ...]:
        return tuple(status.symbol for status in self.statuses if not status.counted)

    @property
    def uncounted_results(self) -> tuple[str, ...]:
        """The uncounted statuses that are ratings (評価できない), not a repeat listing (再掲)."""
        return tuple(symbol for symbol in self.uncounted if symbol != self.repeat_symbol)

    @property
    def numbered(self) -> bool:
        """Whether the counted statuses are bare numbers (川崎市's 達成度 1–5), named by the word."""
        return bool(self.counted) and all(symbol.isdigit() for symbol in self.counted)

    def off_plan(self, symbol: str) -> bool:
        """Whether an entry so rated is an issue by its status alone: it needs an issue text (△ ×)
        or is ranked below the worst that does (西羽根市's 未着手: review 196 #3); else it is
        counted, not "as planned" nor above (長与町's S is no issue; 中止, outside the order, is)."""
        place, planned = self.rank(symbol), self.rank(self.as_planned or "")
        if symbol in self.counted and (needing := [s for s in self.statuses if s.needs_issue]):
            ranks = [r for s in needing if (r := self.rank(s.symbol)) is not None]
            worst = max(ranks, default=len(self.statuses))  # (none ranked: none below)
            return self.status(symbol).needs_issue or (place or 0) > worst
        above = place is not None and planned is not None and place < planned
        return symbol in self.counted and symbol != self.as_planned and not above

    def rank(self, symbol: str) -> int | None:
        """The symbol's place in the scale's order, 0 for the best; None for a symbol outside
        the order (uncounted, or not ranked, like a cancelled item)."""
        ranked = [s.symbol for s in self.statuses if s.counted and s.ranked]
        ranked = ranked if self.order == "best_first" else ranked[::-1]
        return ranked.index(symbol) if symbol in ranked else None

    def status(self, symbol: str) -> Status:
        for status in (status for status in self.statuses if status.symbol == symbol):
            return status
        raise KeyError(symbol)

    def label(self, symbol: str) -> str:
        return self.status(symbol).label

    def by_label(self, symbol: str) -> str:
        """A bare mark's label where the other statuses are words (川瀬町's 「-」 事業中止 beside 一部
        実施: a lone 「-」 among words reads as nothing); "" otherwise (◎, Nagoya's - among A–D)."""
        words = [s for s in self.counted if any(map(str.isalnum, s))]
        own = words and all(self.label(s) in ("", s) for s in words)
        label = self.label(symbol) if own and not any(map(str.isalnum, symbol)) else ""
        return label if label != symbol else ""

    def worded(self, symbol: str) -> str:
        """A dash's label, its column's and legend's word for it (review 193 #6); "" for 再掲's."""
        plain = is_dash(symbol) and symbol != self.repeat_symbol
        return label if plain and (label := self.label(symbol)) != symbol else ""

    def named(self, symbol: str, form: str = "{symbol} {label}") -> str:
        """The symbol with its label ("○ 計画どおり実施", or as ``form`` sets them); a symbol
        that is its own label (取組中) just once."""
        label = self.label(symbol)
        return form.format(symbol=symbol, label=label) if label and label != symbol else symbol

    def normalise(self, value: object) -> str | None:
        """The scale symbol a cell's text stands for (its symbol, label or an alias, spaces of any
        width, zero-width characters, a remark in brackets, 「△（一部修正）」, or a footnote's mark,
        「前進B※1」), or None — also for a remark naming another status (「達成（B）」) or narrowing
        one of done (「実施済（一部）」: turned_remarks.py)."""
        text = value if isinstance(value, str) else clean_text(value)
        if text in self._lookup:  # the symbol or an alias exactly as written: the common case
            return self._lookup[text]
        key = compact(text)
        if not key:
            return None
        found = self._lookup.get(key)
        if found is None and "a" <= key[-1] <= "z":  # (達成ａ, an IME's case: review 181 #6)
            from planeval.cased_status import cased

            found = cased(self, key)
        if found is not None or key[-1] not in _REMARK_ENDS:  # (no remark: none compiled for ◎)
            return found
        if (remark := _trailing_remark().search(key)) and remark.start():
            found = self._lookup.get(key[: remark.start()])
            if self._lookup.get(remark[1] or remark[0], found) != found:
                return None  # (「達成（B）」: the word A's, the letter B's — unknown says so;
                # 「A＊」 where ＊ is a status: two statuses)
            if found is not None and remark[1]:
                from planeval.turned_remarks import remark_turns  # (a remark: few cells)

                if remark_turns(self, found, remark[1]) is not None:
                    return None  # (「実施済（一部）」: not done — unknown says so, review 139)
        return found

    def split_labelled(self, value: object) -> tuple[str | None, str] | None:
        """Split "電子申請 ◎" into ("電子申請", "◎"); a bare "◎" gives (None, "◎"); None
        where the text is not a status, with or without a label before it."""
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
        if self.repeat_symbol is not None and (
            "再掲" in text or "掲載" in text or "参照" in text
        ):  # (「2.2.3の再掲」: the 再掲 of 2.2.3; 「（1-5に掲載）」 listed at 1-5, review 154)
            from planeval.repeat_cells import typed_reference

            if typed_reference(text) is not None:
                return None, self.repeat_symbol
        match = labelled().match(text)
        if match:
            symbol = self.normalise(match["status"])
            if symbol is not None:
                before = self.normalise(match["label"])
                if before is None:
                    return match["label"].strip(), symbol
                if before == symbol:  # one rating as word and letter: 「横ばい C」
                    return None, symbol
                # two ratings in one cell (「A(小) S(中)」): neither is counted (unknown says so)
        return None

    def describe(self) -> str:
        """The scale as users see it in messages: "◎ ○ △ × -"."""
        return " ".join(self.symbols)

    def unknown(self, text: str) -> tuple[str, str]:
        """What to say of a status cell holding ``text``, no symbol of the scale: the message
        and the fix that fits what was typed (a count, a symbol with words after it, a typo):
        unknown_status.py, imported where asked."""
        from planeval.unknown_status import unknown

        return unknown(self, text)

    def choose(self) -> str:
        """What to type in an empty status cell: "◎ ○ △ × のいずれかを入力してください（再掲の行は -）"."""
        return self._choose  # (said of every empty status cell: written once)

    @functools.cached_property
    def _choose(self) -> str:
        chosen = f"{' '.join(self.counted)} のいずれかを入力してください"
        chosen += f"（再掲の行は {self.repeat_symbol}）" if self.repeat_symbol else ""
        if self.uncounted_results:  # (no 評価対象外 to type: a rating to come, review 190 #6)
            from planeval.unrated_words import pending_fix

            chosen += f"。{pending_fix(self, '評価がまだ出ていない')}"
        return chosen

    def legend(self, word: str = "", left: frozenset[str] = frozenset(), shown: Shown = str) -> str:
        """The legend line as Chapter 3 prints it: "※計画を上回る実施：◎、…", each symbol whose
        label says more than it does (but ``left``'s), then those not counted: "、再掲：-（件数に
        含めません）" (alone 「※再掲は件数に含めません」; a dash its column titles by its label in
        words: 「。対象外は「-」とし、件数に含めません」); "" for whole phrases, all counted; letters
        「A：目標達成」; digits named by ``word`` first, 「※達成度1：…」, so is a scale written as
        word and letter (``shown``: Wording.status_shown): 「※進捗状況：達成A、前進B…」."""
        letters = any(s.symbol.isascii() and s.symbol.isalnum() for s in self.statuses)
        told = [s for s in self.statuses if s.counted and explained(s) and s.symbol not in left]
        written = {s.symbol: shown(s.symbol) for s in told if shown(s.symbol) != s.symbol}
        counted = [written.get(s.symbol) or _legend_part(s, letters) for s in told]
        worded = {s: _said(w) for s in self.uncounted if (w := self.worded(s))}
        apart = [s for s in self.statuses if not s.counted and s.symbol not in worded]  # (a dash
        left_out = [_legend_part(s, letters) for s in apart]  # in words: review 193 #6)
        said = [f"{w}は「{s}」とし、件数に含めません" for s, w in worded.items()]
        if (uncounted := _joined(left_out)) and not counted:  # (a sentence, not a remark: 98)
            said.insert(0, uncounted + "は件数に含めません")
        parts = [*counted, _not_counted(left_out)] if uncounted and counted else counted
        named = f"{word}　" * bool(word and self.numbered and counted)
        named = f"{word}：" if word and written else named
        said[:0] = [named + "、".join(parts)] if parts else []
        return "※" + "。".join(said) if said else ""


def _not_counted(left_out: list[str]) -> str:
    """The legend's part of the statuses not counted: 「再掲：-（件数に含めません）」, 「－：対象外（未完了の
    ため件数に含めません）」, 「…・－：対象外（未完了）は件数に含めません」 (review 114 #9)."""
    uncounted = _joined(left_out)
    if not (bracketed := uncounted.endswith(("）", ")"))) or len(left_out) > 1:
        return uncounted + ("は件数に含めません" if bracketed else "（件数に含めません）")
    return f"{uncounted[:-1]}のため件数に含めません{uncounted[-1]}"


def _joined(left_out: list[str]) -> str:
    """The legend's statuses not counted joined by 「・」, each 「記号：意味」; by 「、」 where one is its
    symbol alone (完了): 「D：評価できない・完了・廃止」 read as D meaning all three (review 138 #5)."""
    bare = len(left_out) > 1 and any("：" not in part for part in left_out)
    return ("、" if bare else "・").join(left_out)


def _said(label: str) -> str:  # (a label saying what a row is: 評価できないものは「－」とし)
    return label + "もの" * label.endswith(("ない", "る", "た"))


# the dashes a status that is a dash is also typed as (Setagaya's 再掲 「-」, a body's own)
DASH_ALIASES = ("－", "―", "‐", "−", "–", "—", "ー")


def is_dash(text: str) -> bool:
    """Whether ``text`` is a dash alone, 「-」 or one of DASH_ALIASES (spaces around it)."""
    return text.strip() in ("-", *DASH_ALIASES)


def explained(status: Status) -> bool:  # (a legend's: a label other than its symbol)
    return status.label not in ("", status.symbol)


def _legend_part(status: Status, letters: bool) -> str:
    """「計画を上回る実施：◎」 as Setagaya's report says its marks; in a scale of letters the
    symbol first, 「A：目標達成」, its mark too (reviews 28, 35: the other way read reversed)."""
    if not explained(status):
        return status.symbol
    if letters:
        return f"{status.symbol}：{status.label}"
    return f"{status.label}：{status.symbol}"


DEFAULT_SCALE = Scale(
    statuses=(
        Status("◎", "計画を上回る実施"),
        Status("○", "計画どおり実施", aliases=("〇", "◯", "計画通り実施")),
        Status("△", "内容を一部修正して実施", needs_issue=True),
        Status("×", "未実施", aliases=("✕", "✖", "☓"), in_narrative="when_used", needs_issue=True),
        Status("-", "再掲", counted=False, aliases=DASH_ALIASES),
    ),
    as_planned="○",
)
