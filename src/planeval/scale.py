"""Status scales: the symbols, their labels, their aliases and whether each is counted.

The scale is data. The default is the one the seed uses (◎ ○ △ × and - for a repeat
listing); planeval.toml can define another. A cell is normalised with an explicit table
of aliases owned by the scale, never by guessing: a value that maps to nothing stays
unknown and is reported.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Literal

from planeval.text import clean_text, compact

# A remark after the symbol, e.g. "△（一部修正）" or "○ (済)".
_TRAILING_REMARK = re.compile(r"\s*[（(][^（()）]*[）)]\s*$")


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
    _lookup: dict[str, str] = field(init=False, repr=False, compare=False)
    # the same few cell texts come back thousands of times: remember what each splits into
    _split_cache: dict[str, tuple[str | None, str] | None] = field(
        init=False, repr=False, compare=False
    )

    def __post_init__(self) -> None:
        lookup: dict[str, str] = {}
        for status in self.statuses:
            for alias in (status.symbol, status.label, *status.aliases):
                key = compact(alias)
                if not key:
                    continue
                if lookup.get(key, status.symbol) != status.symbol:
                    raise ValueError(
                        f"'{alias}' is an alias of both {lookup[key]} and {status.symbol}"
                    )
                lookup[key] = status.symbol
        object.__setattr__(self, "_lookup", lookup)
        object.__setattr__(self, "_split_cache", {})

    @property
    def symbols(self) -> tuple[str, ...]:
        return tuple(status.symbol for status in self.statuses)

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
            without_remark = _TRAILING_REMARK.sub("", key)
            if without_remark and without_remark != key:
                found = self._lookup.get(without_remark)
        return found

    def split_labelled(self, value: object) -> tuple[str | None, str] | None:
        """Split "電子申請 ◎" into ("電子申請", "◎"); a bare "◎" gives (None, "◎").

        Returns None when the text is not a status, with or without a label before it.
        """
        text = clean_text(value)
        if text in self._split_cache:
            return self._split_cache[text]
        found = self._split(text)
        if len(self._split_cache) < 10_000:
            self._split_cache[text] = found
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

    def legend(self) -> str:
        """The legend line as Chapter 3 prints it."""
        return "※" + "、".join(f"{s.label}：{s.symbol}" for s in self.statuses if s.counted)


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
