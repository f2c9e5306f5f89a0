"""Printing problems for people: grouped per file (the files with errors first, each file's
errors first), one line each with the place first (and under it, as they are, the
planeval.toml lines that fix it, where it has them), then a one-line tally. Many problems of
one kind in one file (a body that answered in another scale: forty cells of 'B') are shown
by their first few, then one line naming the rest's cells and their count; one problem said
alike of many files (every body's form with its example row left blank) by its first few
files, then one line naming the rest's places and their count."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from planeval.model import Problem, Severity
from planeval.report.same_in_files import in_files, same_in_files
from planeval.unread_numbers import UNREAD_COLUMN

if TYPE_CHECKING:
    from rich.console import Console

GROUP_FROM = 6  # problems of one kind in one file: from this many, the rest said in one line
_SHOWN = 3  # … after the first few in full
_CELLS_NAMED = 20  # cells a grouped line names before "ほか N か所"
_VALUES_NAMED = 8  # values typed a grouped line names (more: not a scale of its own)
_SAID_ONCE = 60  # a fix longer than this, the same as the line above's: 「修正方法は同上」
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


def tally(problems: Sequence[Problem], *, hidden: int = 0, option: str = "-q") -> str:
    """ "エラー 2 件、警告 1 件（3 ファイル）": a line summing up others (Problem.sums_up, a body's
    own scale) not counted besides them (18 cells of 'A'–'D': 「エラー 18 件」); ``hidden``
    those the run's ``option`` (-q or -qq, as given: review 89) does not show."""
    counted = [problem for problem in problems if not problem.sums_up] or problems
    counts = Counter(problem.severity for problem in counted)
    parts = [f"{severity.label} {counts[severity]} 件" for severity in Severity if counts[severity]]
    line = "、".join(parts) + places_said(counted)
    if hidden:
        line += f"。ほかに警告・お知らせ {hidden} 件（{option} のため表示していません）"
    return line


def places_said(problems: Sequence[Problem]) -> str:
    """ "（3 ファイル）": the places ``problems`` are at, where they are more than one — each
    counted as what it is: a workbook or other file, a settings file (「設定ファイル
    planeval.toml」: review 85 counted it among the workbooks), a folder (a read's warning said of
    its folder, 「R5」: review 86 counted it a file, 「（2 ファイル）」 for one workbook)."""
    places = {problem.location.file for problem in problems if problem.location.file}
    folders = {place for place in places if _folder(place)}
    settings = sorted(p for p in places - folders if Path(p).suffix.lower() == ".toml")
    files = len(places) - len(folders) - len(settings)
    if len(places) < 2:
        return ""
    said = [f"{files} ファイル"] if files else []
    said += [f"{len(folders)} フォルダ"] if folders else []
    if settings:  # (one named, last: the reader knows which; more counted)
        one = len(settings) == 1
        said.append(
            f"設定ファイル {Path(settings[0]).name}" if one else f"設定ファイル {len(settings)} つ"
        )
    if len(said) == 1:
        return f"（{said[0]}）"
    # (「1 ファイル、1 フォルダと設定ファイル planeval.toml」; 「1 ファイルと 1 フォルダ」, a
    # number set apart from the と before it as from its unit)
    joint = "と " if said[-1][0].isdigit() else "と"
    return f"（{'、'.join(said[:-1])}{joint}{said[-1]}）"


def _folder(place: str) -> bool:
    """Whether a problem's place is a folder: said as one (「pref_b/」, own_scale.py) or one
    on disk (「R5」, level_names.folder_of)."""
    return place.endswith(("/", "\\")) or (bool(place) and Path(place).is_dir())


def _by_kind(group: list[Problem], *, everything: bool) -> list[tuple[Problem, list[Problem]]]:
    """Each line to print: a problem in full (with no rest), or, where a kind of problem (one
    severity and one fix, in one file; one message where it says no fix) is met GROUP_FROM
    times or more, after its first few the rest as one line (the first of them, and all of
    them)."""
    kinds = Counter(map(_kind, group))
    met: Counter[tuple[Severity, str, str]] = Counter()
    rests: dict[tuple[Severity, str, str], list[Problem]] = {}
    lines: list[tuple[Problem, list[Problem]]] = []
    for problem in group:
        kind = _kind(problem)
        if everything or kinds[kind] < GROUP_FROM:
            lines.append((problem, []))
            continue
        met[kind] += 1
        if met[kind] <= _SHOWN:
            lines.append((problem, []))
        elif kind in rests:
            rests[kind].append(problem)
        else:
            rests[kind] = [problem]
            lines.append((problem, rests[kind]))
    return lines


def _kind(problem: Problem) -> tuple[Severity, str, str]:
    """A problem's kind: its severity and fix, or, where it says no fix, its message (a
    message said alike on every row under one unreadable cell is one kind, too)."""
    return (problem.severity, problem.hint, "" if problem.hint else problem.message)


def _rest_line(first: Problem, rest: list[Problem]) -> str:
    """ "file › sheet: 同じ種類のエラーがほかに 37 件（E9・E10・… ほか 17 か所）（fix）"; of a
    problem saying no fix, "…: 同じエラーがほかに 37 件（…）: message"."""
    sheets = {p.location.sheet for p in rest}
    one_sheet = len(sheets) == 1
    cells = [
        (p.location.cell or "") if one_sheet else f"{p.location.sheet}!{p.location.cell or ''}"
        for p in rest
        if p.location.cell  # (a problem of the whole file has no place to list)
    ]
    named = "・".join(cells[:_CELLS_NAMED])
    more = f" ほか {len(cells) - _CELLS_NAMED} か所" if len(cells) > _CELLS_NAMED else ""
    parts = (first.location.file, first.location.sheet if one_sheet else None)
    place = " › ".join(part for part in parts if part)
    said = f"{_values(rest) if first.hint else ''}{named}{more}"  # (no fix: one message)
    where = f"（{said}）" if said else ""
    label, count = first.severity.label, len(rest)
    if not first.hint:
        return f"{place}: 同じ{label}がほかに {count} 件{where}: {first.message}"
    return f"{place}: 同じ種類の{label}がほかに {count} 件{where}（{first.hint}）"


def _values(rest: list[Problem]) -> str:
    """ "値は 'A'・'B'・'C'・'D'。" when the messages quote a few values typed (a body's own
    scale is seen at a glance), else nothing."""
    quoted = [_QUOTED.search(p.message) for p in rest]
    values = Counter(found[0] for found in quoted if found)
    if sum(values.values()) < len(rest) or len(values) > _VALUES_NAMED:
        return ""
    return "値は " + "・".join(sorted(values)) + "。"


_QUOTED = re.compile(r"'[^'\n]{1,20}'")


def _alike_in_files(problems: Sequence[Problem]) -> dict[tuple[Severity, str, str], list[Problem]]:
    """Each kind of problem (_kind: one severity and fix, or one message where it says none)
    met in GROUP_FROM files or more: its places after those in its first few files, which are
    shown in full (every department's cells of another preset's scale: review 36) — all of
    them, of a column no role reads (one form's column: said once, review 188)."""
    files: dict[tuple[Severity, str, str], dict[str, None]] = {}
    whole: set[tuple[Severity, str, str]] = set()
    for problem in problems:
        files.setdefault(kind := _kind(problem), {})[problem.location.file] = None
        if problem.kind == UNREAD_COLUMN:
            whole.add(kind)
    first = {
        kind: set(list(met)[: 0 if kind in whole else _SHOWN])
        for kind, met in files.items()
        if len(met) >= GROUP_FROM
    }
    alike: dict[tuple[Severity, str, str], list[Problem]] = {}
    for problem in problems:
        kind = _kind(problem)
        if kind in first and problem.location.file not in first[kind]:
            alike.setdefault(kind, []).append(problem)
    return alike


def _alike_line(rest: list[Problem]) -> str:
    """ "同じエラーがほかに 997 ファイルの 997 か所にあります（a › 第3章 › C5、… ほか 994 か所）:
    達成状況が空です（fix）"; of messages that differ, "同じ種類のエラーがほかに 3 ファイルの 19
    か所にあります（値は 'A'・'B'。…）（fix）"."""
    first = rest[0]
    places = "、".join(str(problem.location) for problem in rest[:_SHOWN])
    more = f" ほか {len(rest) - _SHOWN} か所" if len(rest) > _SHOWN else ""
    files = len({problem.location.file for problem in rest})
    other = " " if first.kind == UNREAD_COLUMN else "ほかに "  # (_alike_in_files: all of them)
    counted = f"{other}{files} ファイルの {len(rest)} か所にあります"
    if any(problem.message != first.message for problem in rest):
        said = f"（{_values(rest)}{places}{more}）（{first.hint}）"
        return f"同じ種類の{first.severity.label}が{counted}{said}"
    return f"同じ{first.severity.label}が{counted}（{places}{more}）: {first.message}" + (
        f"（{first.hint}）" if first.hint else ""
    )


def _print(console: Console, severity: Severity, text: str) -> None:
    from rich.text import Text

    from planeval.report.render import for_console

    line = Text()
    line.append(f"{severity.label}: ", style=_STYLE[severity])
    line.append(for_console(text, console.encoding))  # one line, whatever the names hold
    console.print(line, soft_wrap=True)


def write_problems(
    problems: Sequence[Problem],
    console: Console,
    *,
    details: bool = False,
    quiet: int = 0,
    kept: Sequence[Problem] = (),
) -> None:
    """One line per problem, grouped per file; with ``details`` also the traceback behind
    it, if any; ``quiet`` (-q 1, -qq 2): errors only, and ``kept`` (-q's warnings of rows not
    counted)."""
    from rich.text import Text

    from planeval.report.render import for_console

    encoding = console.encoding
    shown = [p for p in problems if p.is_error or p in kept] if quiet else list(problems)
    alike = {} if details else _alike_in_files(shown)
    # (files alike throughout, no kind of their problems grouped so: each problem said once)
    same = {} if details else same_in_files(shown, lambda problem: _kind(problem) in alike)
    once = {id(problem) for others in same.values() for problem in others}
    folded = once | {id(problem) for rest in alike.values() for problem in rest}
    for index, group in enumerate(ordered([p for p in shown if id(p) not in folded])):
        if index:
            console.print()
        said = _by_kind(group, everything=details)
        before = ""  # (the fix of the line above: a long one said once, then 「同上」)
        for number, (problem, rest) in enumerate(said, start=1):
            text = str(problem) if not rest else _rest_line(problem, rest)
            if id(problem) in same and not rest:
                text = str(in_files(problem, same[id(problem)]))
            if len(problem.hint) > _SAID_ONCE and problem.hint == before:
                text = text.replace(f"（{problem.hint}）", "（修正方法は同上）")
            before = problem.hint
            _print(console, problem.severity, text)
            if problem.settings:  # (planeval.toml lines to copy, each as it is, set apart)
                block = [f"  {line}" if line else "" for line in problem.settings.split("\n")]
                block += [""] if number < len(said) else []
                settings = Text(for_console("\n".join(block), encoding, lines=True))
                console.print(settings, soft_wrap=True)  # (a line folded is no setting)
            if details and problem.detail:
                console.print(
                    Text(for_console(problem.detail, encoding, lines=True)), soft_wrap=True
                )
    for rest in alike.values():
        console.print()
        _print(console, rest[0].severity, _alike_line(rest))
    if shown:
        option = "-qq" if quiet > 1 else "-q"
        tallied = tally(shown, hidden=len(problems) - len(shown), option=option)
        console.print(Text(for_console(tallied, encoding)), soft_wrap=True)
