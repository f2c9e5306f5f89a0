"""Printing problems for people: grouped per file (the files with errors first, each file's
errors first), one line each with the place first, then a one-line tally."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import TYPE_CHECKING

from planeval.model import Problem, Severity

if TYPE_CHECKING:
    from rich.console import Console

_STYLE = {Severity.ERROR: "bold red", Severity.WARNING: "yellow", Severity.NOTICE: "cyan"}
_RANK = {Severity.ERROR: 0, Severity.WARNING: 1, Severity.NOTICE: 2}


def ordered(problems: Sequence[Problem]) -> list[list[Problem]]:
    """The problems per file, in the order they are best read: files with errors first (then
    with warnings, then notices), otherwise as met; in each file errors, warnings, notices."""
    files: dict[str, list[Problem]] = {}
    for problem in problems:
        files.setdefault(problem.location.file, []).append(problem)
    groups = [sorted(found, key=lambda p: _RANK[p.severity]) for found in files.values()]
    return sorted(groups, key=lambda group: _RANK[group[0].severity])


def tally(problems: Sequence[Problem], *, hidden: int = 0) -> str:
    """ "エラー 2 件、警告 1 件（3 ファイル）"."""
    counts = Counter(problem.severity for problem in problems)
    parts = [f"{severity.label} {counts[severity]} 件" for severity in Severity if counts[severity]]
    files = len({problem.location.file for problem in problems})
    line = "、".join(parts) + (f"（{files} ファイル）" if files > 1 else "")
    if hidden:
        line += f"。ほかに警告・お知らせ {hidden} 件（-q のため表示していません）"
    return line


def write_problems(
    problems: Sequence[Problem], console: Console, *, details: bool = False, quiet: bool = False
) -> None:
    """One line per problem, grouped per file; with ``details`` also the traceback behind
    it, if any; ``quiet``: errors only."""
    from rich.text import Text

    from planeval.report.render import for_console

    encoding = console.encoding
    shown = [p for p in problems if p.is_error] if quiet else list(problems)
    for index, group in enumerate(ordered(shown)):
        if index:
            console.print()
        for problem in group:
            line = Text()
            line.append(f"{problem.severity.label}: ", style=_STYLE[problem.severity])
            line.append(for_console(str(problem), encoding))  # one line, whatever the names hold
            console.print(line, soft_wrap=True)
            if details and problem.detail:
                console.print(
                    Text(for_console(problem.detail, encoding, lines=True)), soft_wrap=True
                )
    if shown:
        tallied = tally(shown, hidden=len(problems) - len(shown))
        console.print(Text(for_console(tallied, encoding)), soft_wrap=True)
