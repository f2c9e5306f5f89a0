"""What ``check`` finds: the stated numbers that differ from the rows, those it did not
compare (with why), and its verdict."""

from __future__ import annotations

from dataclasses import dataclass, field

from planeval.model import Location
from planeval.scale import DEFAULT_SCALE, Scale
from planeval.stated_numbers import looked_for
from planeval.statements import StatedCounts


@dataclass(frozen=True, slots=True)
class Disagreement:
    """A stated number that differs from the rows (``stated`` None: a status the paragraph
    leaves out although it lists every other one)."""

    policy_id: str | None  # None: the whole plan
    what: str  # a scale symbol, PROJECTS, TOTAL, ROWS or GROUPS
    stated: int | float | None
    counted: int | float
    location: Location
    scope: str = ""  # 計画全体, 基本方針1, 情報化政策1 …
    percent: bool = False  # a percentage (counted is the share at the stated places)
    phrase: str = ""
    level: str = ""  # the level a GROUPS number counts (基本方針, 施策)


@dataclass(frozen=True, slots=True)
class NotCompared:
    """A stated number check did not compare, where it is and why."""

    policy_id: str | None
    scope: str
    phrase: str
    stated: int | float
    reason: str
    location: Location


@dataclass(frozen=True, slots=True)
class CheckResult:
    """What ``check`` found: every paragraph stating numbers, every disagreement, and every
    number not compared (with why). ``compared`` is how many stated numbers were compared."""

    statements: tuple[StatedCounts, ...]
    disagreements: tuple[Disagreement, ...]
    not_compared: tuple[NotCompared, ...] = ()
    compared: int = 0
    scale: Scale = field(default=DEFAULT_SCALE, repr=False, compare=False)

    @property
    def agrees(self) -> bool:
        """Whether numbers were stated, every one found was compared, and none disagrees."""
        return (
            bool(self.statements)
            and self.compared > 0
            and not self.not_compared
            and not self.disagreements
        )

    def verdict(self) -> str:
        """The one-line verdict, in the loaded scale's words."""
        if not self.statements:
            return (
                f"件数を記載した文章が見つかりませんでした（{looked_for(self.scale)}を探しました）"
            )
        said = f"{len(self.statements)} 段落"
        parts = []
        if self.disagreements:
            parts.append(f"記載と集計の食い違いが {len(self.disagreements)} 件あります")
        if self.not_compared:
            parts.append(f"比べられなかった数が {len(self.not_compared)} 件あります")
        if parts:  # (「…が 5 件あり、…が 1 件あります」: the first clause joined to the next)
            joined = [part.removesuffix("あります") + "あり" for part in parts[:-1]] + parts[-1:]
            return f"{said}のうち、" + "、".join(joined)
        if not self.compared:
            return f"{said}に数はありましたが、集計と比べられるものはありませんでした"
        return f"{said}の記載件数はすべて集計と一致しています"
