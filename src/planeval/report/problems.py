"""Printing problems for people: one line each, the place first, then a tally."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import TYPE_CHECKING

from planeval.model import Problem, Severity

if TYPE_CHECKING:
    from rich.console import Console

_STYLE = {Severity.ERROR: "bold red", Severity.WARNING: "yellow", Severity.NOTICE: "cyan"}


def write_problems(problems: Sequence[Problem], console: Console, *, details: bool = False) -> None:
    """One line per problem; with ``details`` also the traceback behind it, if any."""
    from rich.text import Text

    for problem in problems:
        line = Text()
        line.append(f"{problem.severity.label}: ", style=_STYLE[problem.severity])
        line.append(str(problem))
        console.print(line, soft_wrap=True)
        if details and problem.detail:
            console.print(problem.detail, soft_wrap=True, markup=False, highlight=False)
    if problems:
        tally = Counter(problem.severity for problem in problems)
        parts = [
            f"{severity.label} {tally[severity]} 件" for severity in Severity if tally[severity]
        ]
        console.print("、".join(parts), soft_wrap=True)
