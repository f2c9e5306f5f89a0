"""The values of a body's own scale as a first run's status cells hold them (own_scale.py's
block): each distinct value with its cells, its slips and variants, the order the block lists
them in and whether each is counted — by the legend's lines, a line of the form listing them
and a note leaving one out (listed_statuses.py) — and the preset they extend, if one."""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Sequence

from planeval.first_run import EXCLUDED
from planeval.ids import DASHES
from planeval.legend_labels import without_remark
from planeval.legend_marks import STOPPED
from planeval.preset_extended import extended_preset
from planeval.scale import Scale, Status
from planeval.text import compact

_MOST_VALUES = 12  # distinct values a scale has at most (more: no scale, words typed)
_LONGEST = 20  # characters of a symbol at most (a longer value is a sentence)

ORDER_SAID = {
    "legend": "凡例の順に、良い順とみて並べました",
    "listed": "表の記入の案内の順に、良い順とみて並べました",
    "letters": "S、A、B… の順に、良い順とみて並べました",
    "numbers": "数の小さい順に、良い順とみて並べました",
    "words": "言葉から、進んでいる順とみて並べました",
    "found": "表に出てきた順です。良い順に並べ替えてください",
}


class Found:
    """The values of a body's own scale as its cells hold them (``typed``, in the order met)
    and what its legend lines state (``legend``, by compact value, the remarks kept: 「評価
    できない(件数に含めない)」 says a value is not counted): each distinct value with
    its cells, the slips (a value met once holding a frequent one → that one), and the
    statuses of the block in their order, or none where the values are no scale; the order a
    line of the form lists them in (``listed``) and those a note leaves out (``left``), both
    compacted, listed_statuses.py."""

    def __init__(
        self,
        typed: list[str],
        legend: dict[str, str],
        listed: Sequence[str] = (),
        left: Collection[str] = (),
    ) -> None:
        keys = [compact(value) for value in typed]
        self.cells = Counter(keys)
        self.shown: dict[str, str] = {}  # (each as first typed)
        for key, value in zip(keys, typed, strict=True):
            if self.shown.setdefault(key, value.strip()) != key and value.strip() == key:
                self.shown[key] = (
                    key  # (「B」 over a first 「Ｂ」: the symbol as its legend has it)
                )
        self.stated, self.left, self.listed = legend, left, tuple(listed)
        self.legend = {key: without_remark(label) for key, label in legend.items()}
        # (a value the legend gives as a symbol's label, one body's 実施済 beside the others'
        # A under 「A：実施済」: that symbol's alias, not a status of its own — review 133)
        self.worded = {k: s for k in self.cells if (s := self._labelled(k)) not in (None, k)}
        # (a value written with its okurigana, 実施済み beside 実施済: an alias — review 52)
        self.variants = self.worded | {
            k: self._labelled(k[:-1]) or k[:-1]
            for k in self.cells
            if k.endswith(_OKURIGANA) and (k[:-1] in self.cells or self._labelled(k[:-1]))
        }
        # (a value the same as a more frequent one but for its punctuation, 「次年度以降、計画を
        # 見直す」 once beside 10 of 次年度以降計画を見直す: an alias — review 196 #2)
        self.variants |= {
            key: base
            for key in self.cells
            if key not in self.variants and (base := self._punctuated(key)) is not None
        }
        self.slips = {
            key: self.shown[other]
            for key in self.cells
            if self.cells[key] == 1
            and key not in self.variants
            and (other := _held(key, [k for k in self.cells if self.cells[k] > 1]))
        }
        symbols = [key for key in self.cells if key not in self.slips and key not in self.variants]
        # (a legend's 「－：評価できない」: its cells read as the default scale's 再掲)
        self.dashes = [k for k in legend if set(k) <= set(DASHES) and k not in self.cells]
        symbols += self.dashes
        self.shown |= {key: key for key in self.dashes}
        self.order = "found"
        from planeval.stage_statuses import progress  # (a body's own scale: a first run)

        if symbols and all(key in legend for key in symbols):
            symbols.sort(key=list(legend).index)
            self.order = "legend"
        elif symbols and all(key in listed for key in symbols):  # (「「完了」「遅れ」…のいずれか」)
            symbols.sort(key=list(listed).index)
            self.order = "listed"
        elif all(len(key) == 1 and key.isascii() and key.isalpha() for key in symbols):
            symbols.sort(key=lambda key: (key.upper() != "S", key))
            self.order = "letters"
        elif all(key.isdigit() for key in symbols):
            symbols.sort(key=int)
            self.order = "numbers"
        elif len({progress(key) for key in symbols} - {None}) > 1 and all(
            progress(key) is not None or not self.counted(key) for key in symbols
        ):
            symbols.sort(key=lambda key: progress(key) or 0 if self.counted(key) else 99)
            self.order = "words"
        too_many = len(symbols) > _MOST_VALUES or any(len(key) > _LONGEST for key in symbols)
        self.symbols = [] if too_many else symbols
        if self.symbols and self.scale() is None:
            # (labels that would be one another's: 「C：遅れ D：遅れ」)
            self.legend, self.stated = {}, {}

    def _labelled(self, key: str) -> str | None:
        """The symbol (met in the cells) whose label the legend gives as ``key``, if one."""
        if key in self.legend:
            return None
        return next(
            (s for s, label in self.legend.items() if s in self.cells and compact(label) == key),
            None,
        )

    def _punctuated(self, key: str) -> str | None:
        """The most frequent value (met more often than ``key``) ``key`` is but for its
        punctuation (、，・), if one."""
        bare = key.translate(_PUNCTUATION)
        alike = [
            other
            for other in self.cells
            if other != key
            and other not in self.variants
            and self.cells[other] > self.cells[key]
            and other.translate(_PUNCTUATION) == bare
        ]
        return max(alike, key=self.cells.__getitem__) if alike else None

    def label(self, key: str) -> str:
        return self.legend.get(key, self.shown[key])

    def counted(self, key: str) -> bool:
        if key in self.left:  # (「※「事業終了」は、件数に含めません」)
            return False
        if EXCLUDED.search(key + self.stated.get(key, "")):
            return False
        return not set(key) <= set(DASHES) or self.stopped(key)

    def stopped(self, key: str) -> bool:
        """Whether the legend's label of ``key`` says the item was stopped (「-：事業が中止となった
        もの」): counted, 名古屋市's way, out of the order (review 149 #1)."""
        return bool(STOPPED.search(self.stated.get(key, "")))

    def preset(self) -> str | None:
        """The preset the values extend (羽村市's hamura), offered first: preset_extended.py."""
        stated = {self.shown[key]: self.legend[key] for key in self.symbols if key in self.legend}
        return extended_preset([self.shown[key] for key in self.symbols], stated)

    def described(self) -> str:
        return " ".join(self.shown[key] for key in self.symbols)

    def scale(self) -> Scale | None:
        """The scale the block defines (None if it could not be one: a label that is another
        value's, or two values' one)."""
        try:
            return Scale(
                tuple(
                    Status(self.shown[key], self.label(key), self.counted(key))
                    for key in self.symbols
                )
            )
        except ValueError:
            return None


_PUNCTUATION = str.maketrans("", "", "、,・")  # (compacted: NFKC made ，､･ these)
_OKURIGANA = "済み"  # (a status written with its okurigana or not; 「実施中み」 a slip)


def _held(key: str, frequent: list[str]) -> str | None:
    """The frequent value ``key`` is in the other case of (「a」 among A's: review 64, pasted
    as a status of its own it took one of A's), else the longest frequent value (two
    characters or more) that ``key`` holds and is longer than: 「実施中み」 holds 実施中."""
    if key.upper() != key and key.upper() in frequent:
        return key.upper()
    held = [other for other in frequent if len(other) > 1 and other in key and other != key]
    return max(held, key=len) if held else None
