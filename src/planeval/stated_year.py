"""The fiscal year of a round as its files say it: the year its templates' marks or an
export's record give (marks.round_marks); else the one year its title rows state; else the one
year its files' names state (施策評価結果_令和5年度.xlsx), a name never over a title. And what a
report says of its year (year_problems)."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import replace
from pathlib import Path

from planeval.errors import UsageError
from planeval.fiscal import (
    YEAR_NAMED,
    era_year,
    fiscal_year_label,
    named_years,
    stated_years,
    without_periods,
)
from planeval.marks import mark_place, round_marks, round_year, the_rounds
from planeval.model import Location, Problem, Severity, TextCell
from planeval.read_records import ReadResult
from planeval.stated_changes import PAST
from planeval.stated_number import StatedNumber
from planeval.statements import StatedCounts
from planeval.title_years import TITLE_ROWS, row_of, title_years, titled_files


def report_year(result: ReadResult, given: int | None) -> int | None:
    """The fiscal year of a report of the read workbooks: the year they record (round_year)
    when none is ``given``; ``given`` when they record none or the same; else the one year
    their titles state (「第3章 …（令和5年度）」) or else their files' names do, or else their
    folder's name (_stated: README's 令和7年度/, as compare's headings read it). A
    year given that the workbooks contradict is a UsageError naming the file: the report
    would print last year's label on this year's rows (or the other way round)."""
    found = round_year(round_marks(result))
    if found is None:
        return given if given is not None else _stated(result, folder=True)
    file, mark = found
    if given is None or given == mark.fiscal_year:
        return mark.fiscal_year
    raise UsageError(
        f"--fiscal-year は{fiscal_year_label(given)}ですが、読み込んだブックは"
        f"{fiscal_year_label(mark.fiscal_year)}のものです（{mark_place(file, mark)}）。"
        "年度を取り違えたおそれがあるため、ここで止めました。--fiscal-year を直すか、付けずに"
        "実行してください（年度はブックの記録から取ります）"
    )


def year_seen(result: ReadResult) -> tuple[int, str] | None:
    """A round's fiscal year, the one rule of compare's and rounds' headings and of the order
    they take the rounds in (round_order.in_order), and where it can be seen: as report_year
    finds it with none given — "file › sheet › A2" of a template's mark or an export's record,
    else a title's cell, else a file's name (「R7_人事課…」) — else its folder's name (the
    folder holding its files: README's 令和7年度/, review 95); None where none is found."""
    found = round_year(round_marks(result))
    if found is not None:
        file, mark = found
        return mark.fiscal_year, mark_place(file, mark)
    year = _stated(result, folder=True)
    if year is None:
        return None
    titled = [where for stated, where in titled_files(result).values() if stated == year]
    if titled:
        return year, f"{titled[0]} の表題"
    named = next((f for f in result.files if year in named_years([Path(f).stem])), None)
    if named is not None:
        return year, f"{named} のファイル名"
    return year, f"{_round_folder(result)} のフォルダ名"


def seen_year(result: ReadResult) -> int | None:
    """A round's fiscal year as its heading prints it (year_seen), or None."""
    seen = year_seen(result)
    return seen[0] if seen is not None else None


def _round_folder(result: ReadResult) -> Path:
    """The folder holding a round's files (the folder given, or a file's own), as given."""
    import os

    parents = [str(Path(file).parent) for file in result.files]
    try:
        return Path(os.path.commonpath(parents))
    except ValueError:  # (absolute and relative paths)
        return Path(os.path.commonpath([str(Path(parent).resolve()) for parent in parents]))


def _stated(result: ReadResult, *, folder: bool = False) -> int | None:
    """The one fiscal year the title rows of the read sheets state (the top three rows: the
    title and the line under it); where two files' titles state years of their own that
    differ, the one most of them state (the later on a tie: the round's year, the others
    last year's workbooks sent again, left out by title_years.years_left_out); where they state none, the one year the
    files' names state (named_years: 「令和5年度」, 「R5_」) — or where they state none and
    ``folder``, their folder's name — if the titles state no year, or that one among theirs: a
    name never over a title. 羽村市's 施策評価結果_令和5年度.xlsx, titled 「令和5年度　羽村市施策評価結果
    （令和4年度事業分）」, is 令和5年度."""
    titles = [text.text for text in _title_cells(result)]
    stated = stated_years(titles, periods=False)  # (a plan's period not: review 194 #1)
    if len(stated) == 1:
        return stated.pop()
    if len(titled := title_years(result)) > 1:  # (the round's: the files stating another are
        # last year's sent again, left out of the count and said so — review 129 N3, 132)
        return the_rounds(Counter({year: len(files) for year, files in titled.items()}), None)[0]
    named = named_years(Path(file).stem for file in result.files)
    if not named and folder and result.files:
        named = named_years([_round_folder(result).resolve().name])
    return named.pop() if len(named) == 1 and (not stated or named <= stated) else None


def _title_cells(result: ReadResult) -> list[TextCell]:
    """The texts of the read sheets' title rows (the top three)."""
    return [t for t in result.texts if t.location.cell and row_of(t.location.cell) <= TITLE_ROWS]


def year_problems(
    result: ReadResult, given: int | None, year: int | None, output: str
) -> list[Problem]:
    """What to say of a report's fiscal year (``year``, report_year's, from ``given`` or the
    workbooks): a year given that the titles contradict, and why a report has none (``output``:
    where that is said)."""
    titled = title_years(result)
    said = []
    if given is not None and titled and set(titled) != {given}:
        said.append(_other_year(given, titled))
    if year is None:  # (a printed report with no year, beside last year's in the binder)
        said.append(_no_year(output, result))
    return said


def year_given(result: ReadResult, given: int | None) -> list[Problem]:
    """What a command that counts and writes no report (summarize, tables, issues) says of the
    round's year the clerk gives (--fiscal-year), as export says it: a year the workbooks'
    record contradicts is a UsageError (report_year), one their titles contradict a warning
    (year_problems); the files it leaves out were left out by the read (title_years.years_left_out)."""
    if given is None:
        return []
    return year_problems(result, given, report_year(result, given), "")


def _no_year(output: str, result: ReadResult) -> Problem:
    """Why the report has no fiscal year, as it is (_stated found none): a title stating
    several, which is the report's not told; files' names stating different ones; titles stating
    only a plan's period (review 194 #1: 「調査票にも表題にもファイル名にも年度がありませんでした」
    was said of titles stating four years); or none stated anywhere."""
    found, years = _why_no_year(result)
    example = era_year(max(years)).removesuffix("年度") if years else "令和5"
    return Problem(
        Location(output),
        Severity.NOTICE,
        f"報告書に年度が入っていません（{found}）",
        f"--fiscal-year {example} のように報告の年度を指定すると、見出しとページの上に入ります",
    )


def _why_no_year(result: ReadResult) -> tuple[str, set[int]]:
    """What _no_year says was found, and the years it was (the latest the fix's example)."""
    per_file: dict[str, dict[int, TextCell]] = {}
    periods: dict[TextCell, set[int]] = {}
    for cell in _title_cells(result):
        for year in (stated := stated_years([cell.text], periods=False)):
            per_file.setdefault(cell.location.file, {}).setdefault(year, cell)
        if not stated and (period := stated_years([cell.text])):
            periods[cell] = period
    several = [years for years in per_file.values() if len(years) > 1]
    if several:
        cells: dict[TextCell, list[int]] = {}
        for year, cell in sorted(several[0].items()):
            cells.setdefault(cell, []).append(year)
        places = "、".join(f"{c.location} に{_eras(years)}" for c, years in cells.items())
        more = f"。ほか {len(several) - 1} ファイルも同じです" if len(several) > 1 else ""
        return (
            f"表題に年度がいくつもあり、どれが報告の年度か決められませんでした：{places}{more}",
            set(several[0]),
        )
    named = {y: f for f in result.files for y in named_years([Path(f).stem])}
    if not per_file and len(named) > 1:
        names = "、".join(f"{Path(named[y]).name} は{era_year(y)}" for y in sorted(named))
        return f"ファイル名の年度がそろっていません：{names}", set(named)
    if not per_file and periods:
        cell, years = next(iter(periods.items()))
        return (
            f"表題の年度は計画の期間などのもので（{cell.location} に{_eras(sorted(years))}）、"
            "調査票にもファイル名にも報告の年度がありませんでした",
            set(),
        )
    return "調査票にも表題にもファイル名にも年度がありませんでした", set()


def _eras(years: list[int]) -> str:
    return "・".join(era_year(year) for year in years)


def _other_year(given: int, titled: dict[int, list[str]]) -> Problem:
    """A year given that the workbooks' titles contradict: the report would print one year's
    label over another year's rows."""
    stated = "、".join(
        f"{fiscal_year_label(year)}（{len(files)} ファイル）"
        for year, files in sorted(titled.items(), key=lambda item: -len(item[1]))
        if year != given
    )
    first = next(files[0] for year, files in titled.items() if year != given)
    return Problem(
        Location(first),
        Severity.WARNING,
        f"--fiscal-year は{fiscal_year_label(given)}ですが、ブックの表題は{stated}です。"
        f"報告書の年度は{fiscal_year_label(given)}とします",  # (said before any is written)
        "表題の年度が正しければ --fiscal-year を直してください（付けなければ表題の年度を使います）",
    )


def check_year(result: ReadResult, given: int | None) -> int | None:
    """The round's fiscal year for ``check``: ``given`` (--fiscal-year), else the one the
    workbooks record or state (stated_year.report_year); a year given that they contradict is
    a UsageError, for a table's row of one year would be compared with another year's rows."""
    stated = report_year(result, None)
    if given is None or stated in (None, given):
        return given if given is not None else stated
    raise UsageError(
        f"--fiscal-year は{fiscal_year_label(given)}ですが、読み込んだブックは"
        f"{fiscal_year_label(stated)}のものです（記録・表題・ファイル名の年度）。ほかの年度の表の"
        "行をこのブックの行と比べることになるため、比べていません。--fiscal-year を直すか、"
        "付けずに実行してください（ブックの表題が前の年度のままなら、表題を直してください）"
    )


def of_other_years(
    statements: list[StatedCounts], year: int | None, rated: Iterable[int] = ()
) -> list[StatedCounts]:
    """``statements`` with a paragraph naming only another fiscal year than the round's
    ``year`` (「なお、令和3年度は計画どおり実施25件…」) said to be that year's: its numbers not
    compared with this round's rows (four false disagreements: review 59) — the year before's
    as last year's (compared with --previous). A year of ``rated`` is the round's too: the
    year its rows are of where a title says so (rated_years: 羽村市's 「令和5年度 …（令和4年度
    事業分）」, its 「令和4年度に実施した15事業」 this round's — review 71: passed unread)."""
    if year is None:
        return statements
    own = {year, *rated}
    said = []
    for statement in statements:
        named = stated_years([without_periods(statement.text)])
        if named and not named & own:
            numbers = tuple(_of_year(n, named, own) for n in statement.numbers)
            statement = replace(statement, numbers=numbers, counts={})
        elif named - own:  # (「令和3年度に実施した13事業と比べ、…」: that number only, review 72)
            numbers = tuple(_of_its_year(n, own) for n in statement.numbers)
            statement = replace(statement, numbers=numbers)
        said.append(statement)
    return said


def _of_its_year(number: StatedNumber, own: set[int]) -> StatedNumber:
    """``number`` said to be of the year its words name before it, where not the round's."""
    year = _year_before(number)
    return number if year is None or year in own else _of_year(number, {year}, own)


def _year_before(number: StatedNumber) -> int | None:
    """The year its words name last before ``number`` in its phrase (「令和4年度に実施した15事業
    （令和3年度は13事業）」: 15 of 令和4年度, 13 of 令和3年度 — review 74: both were 令和4年度's)."""
    value = f"{number.value:g}" if isinstance(number.value, float) else str(number.value)
    at = next((m.start() for m in re.finditer(rf"(?<![\d.]){re.escape(value)}", number.phrase)), -1)
    before = without_periods(number.phrase[: max(at, 0)])
    years = [stated_years([m[0]]) for m in YEAR_NAMED.finditer(before)]
    return next(iter(years[-1])) if years and len(years[-1]) == 1 else None


def _of_year(number: StatedNumber, named: set[int], own: set[int]) -> StatedNumber:
    """``number`` said to be of another year than the round's (the year before's as last
    year's: compared with --previous)."""
    reason = f"{fiscal_year_label(max(named))}の数なので、今回の行とは比べません"
    when = PAST if named == {min(own) - 1} else ""
    said = number.reason if number.what and number.reason else reason  # (not 「読み取れません」)
    other = number.other_scale if said == number.reason else ""  # (its reason said, its kind)
    return replace(number, reason=said, settled=True, when=number.when or when, other_scale=other)


# a year a title says its rows are of: 「（令和4年度事業分）」, 「令和4年度実績」, 「2022年度の取組分」
_RATED = re.compile(
    rf"(?:{YEAR_NAMED.pattern})\s*の?\s*(?=事業分|実績|取組分|取組み分|実施分|事業実績)"
)


def rated_years(texts: Iterable[str]) -> set[int]:
    """The fiscal years ``texts`` say rows are of (「（令和4年度事業分）」): a report of 令和5年度
    evaluating the year before's work speaks of that year as its own."""
    return stated_years(found[0] for text in texts for found in _RATED.finditer(text))
