"""The fiscal year a status workbook's title rows state (the top three: 「令和6年度 …」), and the
files whose title states another year than the round's — last year's workbook sent again, or
its title not changed: left out of the count, an error naming its title's cell
(years_left_out, the one rule of every command that counts). A round of planeval's templates is
told by their marks instead (marks.other_rounds)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from typing import Final, Literal

from planeval.fiscal import fiscal_year_label
from planeval.marks import the_rounds
from planeval.model import Location, Problem, Severity, TextCell
from planeval.read_records import ReadResult

TITLE_ROWS = 3


def title_years(result: ReadResult) -> dict[int, list[str]]:
    """The files whose title rows state one fiscal year, per year (a file stating a period
    or none is in none): several years are last year's workbook, or its title, reused."""
    years: dict[int, list[str]] = {}
    for file, (year, _where) in titled_files(result).items():
        years.setdefault(year, []).append(file)
    return years


def titled_files(
    result: ReadResult, *, without_marks: bool = False
) -> dict[str, tuple[int, Location]]:
    """Each file whose title rows (the top three) state one fiscal year: that year, and the
    cell stating it (a plan's period stating none: 「…（令和5年度～令和7年度）」, review 194 #1).
    ``without_marks``: a template's mark (its A2, marks.parse_mark) no title
    row — its A1 retyped 令和7年度 over A2's 令和6年度 is titled so (review 167 #6)."""
    from planeval.fiscal import stated_years
    from planeval.marks import parse_mark

    titles: dict[str, list[TextCell]] = {}
    for text in result.texts:
        if without_marks and parse_mark(text.text) is not None:
            continue
        if text.location.cell and row_of(text.location.cell) <= TITLE_ROWS:
            titles.setdefault(text.location.file, []).append(text)
    found: dict[str, tuple[int, Location]] = {}
    for file, cells in titles.items():
        # (most titles state no year: told by one look at them all, as one text a line)
        if not stated_years(["\n".join(cell.text for cell in cells)]):
            continue
        years = [stated_years([cell.text], periods=False) for cell in cells]  # (each once)
        if len(stated := set().union(*years)) == 1:
            year = stated.pop()
            found[file] = (year, next(c.location for c, y in zip(cells, years, strict=True) if y))
    return found


# (Problem.reason of the warning of a workbook whose title states another year than the
# --fiscal-year given where no title states it — validate's unchecked_year —, its rows
# counted: -q keeps it with the warnings of replies left out, cli/common.left_out_warnings)
STALE_TITLE = "表題の年度がほかの年度のブック"


# the year of an earlier round of compare and rounds read with --fiscal-year (read_workbooks'
# ``fiscal_year``): the round's own, the one most of its workbooks' titles state (cycle/api.py's
# round_years: the year given is the last round's; an earlier one may be last year's or a
# mid-year check of the same year, so none is guessed from it)
OwnYear = Literal["own"]
OWN_YEAR: Final[OwnYear] = "own"


def years_left_out(
    titled: Mapping[str, tuple[int, Location]], fiscal_year: int | OwnYear | None
) -> dict[str, Problem]:
    """The files a read leaves out as another round's, each with its error: each whose title
    states another year than the round's — ``fiscal_year`` where the clerk gives it and some
    workbook's title states it, else the year most titles state (the later one when as many
    state each; ``OWN_YEAR``, an earlier round of compare or rounds, alike). Last year's
    workbook sent again is left out of this year's figures, not counted with a warning
    (review 129 N3): its rows would be published as this year's, or clash with this year's
    and the clash be blamed on the departments; a title merely left unchanged is corrected and
    the file read again (``titled``: titled_files'). The one rule of every command that
    counts — combine.combine for a read kept whole, rollup.py for one counted file by file —
    so export, check, summarize and validate leave the same files out."""
    return stale_titles(titled, given_year(titled, fiscal_year), left_out=True)


def given_year(
    titled: Mapping[str, tuple[int, Location]], fiscal_year: int | OwnYear | None
) -> int | None:
    """The round's year as years_left_out takes it: ``fiscal_year`` where some title states
    it, else None (the year most titles state)."""
    stated = {year for year, _where in titled.values()}
    return fiscal_year if isinstance(fiscal_year, int) and fiscal_year in stated else None


def stale_titles(
    titled: Mapping[str, tuple[int, Location]],
    fiscal_year: int | None = None,
    *,
    left_out: bool = False,
    unit: str = "ファイル",
) -> dict[str, Problem]:
    """The files whose title states another fiscal year than the round's — ``fiscal_year``
    when given, else the year most of the titled files state (the later one when as many
    state each) — each said at its title: last year's workbook sent again, or its title not
    changed (``titled``: titled_files'). ``left_out`` (the read leaving such files out:
    years_left_out) an error saying so; else a warning, its rows counted, its reason
    STALE_TITLE (validate's, of the --fiscal-year given where no title states it). ``unit``
    "シート": ``titled`` the sheets of one workbook (io/other_year_sheets.py: last year's
    sheet pasted among this year's, review 176 #1), each said so."""
    years = Counter(year for year, _where in titled.values())
    if fiscal_year is None and len(years) < 2:
        return {}
    usual, others = the_rounds(years, fiscal_year, unit)
    said = (
        f"この{unit}の行は数えていません"
        if left_out
        else "前の年度のブックが送られてきたか、表題を直し忘れたおそれがあります"
    )
    what = "ブック" if unit == "ファイル" else unit
    return {
        file: Problem(
            where,
            Severity.ERROR if left_out else Severity.WARNING,
            f"表題の年度が{fiscal_year_label(year)}です（{others}）。{said}",
            f"前の年度の{what}なら、今年度のものを送り直してもらってください。"
            "表題の直し忘れなら、表題の年度を直してください",
            reason="" if left_out else STALE_TITLE,
            year=year,
            round_year=usual,
        )
        for file, (year, where) in titled.items()
        if year != usual
    }


def row_of(cell: str) -> int:
    digits = cell.lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
    return int(digits) if digits.isdigit() else 1 << 30
