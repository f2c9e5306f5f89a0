"""The names and years of the rounds compare and rounds read: the year each round is read with
(`round_years`, from --fiscal-year), each round's name where the clerk gives none
(`round_labels`: its fiscal year, else its file's or folder's name), and compare's paths as
its two rounds (`two_rounds`); the rounds' reads as one once compared (`read_of_rounds`)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from planeval.model import Problem
    from planeval.read_records import ReadResult
    from planeval.title_years import OwnYear


def round_years(fiscal_years: Sequence[int], rounds: int) -> list[int | OwnYear | None]:
    """The year each of ``rounds`` rounds (oldest first) is read with (read_workbooks'
    ``fiscal_year``), from the years the clerk gives (--fiscal-year): none, none for any round;
    one, the last round's (今回), each earlier round's its own (``OWN_YEAR``: the year most of
    its workbooks' titles state — an earlier round may be the year before, or a mid-year check
    of the same year, so none is guessed from the one given); one per round, each its own, in
    order. Any other number, or years not oldest first, is a UsageError: in every round a
    workbook whose title states another year than its round's is left out."""
    from itertools import pairwise

    from planeval.errors import UsageError
    from planeval.fiscal import fiscal_year_label
    from planeval.title_years import OWN_YEAR

    if not fiscal_years:
        return [None] * rounds
    if len(fiscal_years) == 1:
        return [*[OWN_YEAR] * (rounds - 1), fiscal_years[0]]
    if len(fiscal_years) != rounds:
        raise UsageError(
            f"--fiscal-year は今回（最後の回）の年度を 1 つ、または各回の年度を古い回から順に"
            f"回の数（{rounds}）だけ指定してください（{len(fiscal_years)} 個）"
        )
    for number, (before, after) in enumerate(pairwise(fiscal_years), start=1):
        if after < before:
            raise UsageError(
                f"--fiscal-year の {number} 番目は{fiscal_year_label(before)}、{number + 1} 番目は"
                f"{fiscal_year_label(after)}です。各回の年度は古い回から順に指定してください"
            )
    return list(fiscal_years)


def round_labels(paths: Sequence[Path], results: Sequence[ReadResult]) -> list[str]:
    """Each round's name where none is given: its fiscal year (令和5年度) where every round
    records or states a year of its own; else its file's or folder's name, with as many of
    the folders above it as keep two rounds apart (R4/回答, R5/回答)."""
    from planeval.fiscal import era_year
    from planeval.stated_year import seen_year

    years = [seen_year(result) for result in results]
    if None not in years and len(set(years)) == len(years):
        return [era_year(year) for year in years if year is not None]
    parts = [path.resolve().parts for path in paths]
    depths = [1] * len(paths)
    names = [path.stem if path.is_file() else path.name for path in paths]
    while len(set(names)) < len(names):
        shared = {name for name in names if names.count(name) > 1}
        longer = [i for i, name in enumerate(names) if name in shared and depths[i] < len(parts[i])]
        if not longer:
            break
        for i in longer:
            depths[i] += 1
            names[i] = "/".join(parts[i][-depths[i] :])
    return names


def two_rounds(
    paths: Sequence[Path | str], years: Sequence[str] | None = None
) -> tuple[list[Path], list[Path]]:
    """compare's paths as its two rounds: each round's path, and after it the folders inside
    it that summarize would be given with it (R7回答/ R7回答/13_東京都 …, prefectures' folders:
    review 156 #4); two paths are two rounds, whatever they hold. A UsageError where the paths
    make more rounds or fewer, saying how to give ``years`` (--fiscal-year as typed) where
    the paths left over are years meant for it (years_repeated: review 91)."""
    from planeval.errors import UsageError

    groups: list[list[Path]] = []
    for path in map(Path, paths):
        inside = (
            groups and len(paths) > 2 and path.resolve().is_relative_to(groups[-1][0].resolve())
        )
        if inside and groups[-1][0].is_dir():
            groups[-1].append(path)
        else:
            groups.append([path])
    if len(groups) == 2:
        return groups[0], groups[1]
    extra = [str(path) for group in groups[2:] for path in group]
    said = years_repeated(extra, years) or (
        "前回・今回はそれぞれ一つのブックかフォルダで指定します。回のフォルダの中のフォルダ"
        "（都道府県ごとのフォルダなど）も読むときは、summarize と同じくその回のフォルダの"
        "すぐあとに続けてください（例: compare R6回答/ R6回答/13_東京都 R7回答/ "
        "R7回答/13_東京都）。団体のフォルダとブックが混じる回は、それらを一つのフォルダに"
        "まとめて --bodies folder で指定してください（中のフォルダ一つ、ブック一つがそれぞれ"
        "一つの団体です）"
    )
    if len(groups) < 2:
        raise UsageError(f"前回と今回の 2 つを指定してください。{said}")
    raise UsageError(f"余分な引数があります（{' '.join(extra)}）。{said}")


def years_repeated(extra: Sequence[str], given: Sequence[str] | None) -> str:
    """Where the values left over after compare's or rounds' --fiscal-year are years
    (`--fiscal-year 令和6 令和7`, read as a round's folder: review 91), how the option is
    given for each round; "" otherwise."""
    if not given or not extra:
        return ""
    from planeval.fiscal import parse_fiscal_year

    try:
        for text in extra:
            parse_fiscal_year(text)
    except ValueError:
        return ""
    options = " ".join(f"--fiscal-year {year}" for year in [*given, *extra])
    return f"--fiscal-year は回ごとに繰り返して指定します（{options}）"


def read_of_rounds(reads: Sequence[ReadResult], notices: Sequence[Problem]) -> ReadResult:
    """The rounds' ``reads`` as one once compare or rounds has compared them (io/reader.join: a
    problem two rounds share said once; joined after, as the comparing takes back a gap it
    explains), with what the comparing said (``notices``: Comparison's or Rounds') after them:
    the problems compare and rounds end with, and their exit code."""
    from planeval.io.reader import join

    result = join(*reads)
    result.problems.extend(notices)
    return result
