"""What a template says about itself, written once and read back once: the department and
round it is for, the reference sheet of a co-owner's shared items, and the placeholder texts
planeval writes (which are never data).

A workbook carries its department and round in a locked cell above its table (read by every
reading command as a text cell, wherever the file is renamed to) and in its custom document
properties (for other tools). The plan's first-listed department of a project is its lead
(所管); the others are co-owners (共管).
"""

# (no `from __future__ import annotations`: a named tuple compiles each text annotation)
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from operator import methodcaller
from pathlib import PurePath
from typing import NamedTuple

from planeval.fiscal import fiscal_year_label
from planeval.lazy_pattern import LazyPattern
from planeval.model import Location, Problem, Severity, TextCell
from planeval.read_records import ReadResult

ALL_DEPARTMENTS = "全庁"  # the whole plan's workbook (not split by department)
MARK_CELL = "A2"
# what a body calls a unit that fills in a workbook (記入する部, 記入する課: cycle/form_words.py)
UNITS = ("部局", "部署", "部", "課", "局", "室")
BOTH = "部局"  # (a body's word for its 部 and 局 alike, and those named neither: 教育委員会)
_MARK = LazyPattern(
    rf"^記入する(?:{'|'.join(UNITS)}): (?P<department>.+?)　対象年度: .*?（(?P<year>\d{{4}})年度）$"
)
PROPERTY_DEPARTMENT = "planeval_template_department"
PROPERTY_FISCAL_YEAR = "planeval_template_fiscal_year"


def unit(departments: Iterable[str], word: str = "") -> str:
    """What a body calls a unit that fills in a workbook, by its departments' names (the plan's
    in a template, those a message names in it, 所管部 and 共管部): 部 where more are a 部 than
    anything else (政策経営部, 財務部 … beside a 会計室, a 保健所), 課 where more are a 課; 部署
    where none is more usual. ``word``: the body's own word for them ([wording] department),
    its 部局 kept over 局 and 部 and those named neither (東尾張県's 所管部局 over its 局, 教育委員会
    and 警察本部: 記入する部局, 「14 部局のうち」, not 局 — review 161 #9)."""
    ends = Counter(
        next(end for end in UNITS if name.endswith(end))
        for name in departments
        if name.endswith(UNITS)  # (世田谷保健所, 教育委員会: no unit's name)
    )
    ranked = ends.most_common(2)
    held = (
        "部署"
        if not ranked or (len(ranked) == 2 and ranked[0][1] == ranked[1][1])
        else ranked[0][0]
    )
    return BOTH if word.endswith(BOTH) and held in ("部", "局", "部署") else held


def named_unit(names: Iterable[str | None], word: str = "") -> str:
    """unit() of the departments ``names`` name (a lead's co-owners in brackets aside:
    区政推進局（市民局）) — 局 for a city of 局, as its template says 記入する局 —; planeval's
    plain 部 where none is named or none names a unit (``word``: unit()'s, the body's 部局)."""
    plain = [re.split(r"[（(]", name, maxsplit=1)[0].strip() for name in names if name]
    if any(name.endswith(UNITS) for name in plain):
        return unit(plain, word)
    return BOTH if word.endswith(BOTH) else "部"


def counted_unit(names: Iterable[str], word: str = "") -> str:
    """The word a count of the departments ``names`` is said in: the unit they all are (「2 部」,
    「1 室」 of 会計室), the body's 部局 where it covers them all, else 部署 — never 部 of a 室.
    Names of no unit (教育委員会) go with the others, as unit() counts them."""
    ends = {next((end for end in UNITS if name.endswith(end)), "") for name in names} - {""}
    if word.endswith(BOTH) and ends <= {"部", "局", BOTH}:
        return BOTH
    return ends.pop() if len(ends) == 1 else "部署" if ends else named_unit(names, word)


def own_unit(name: str, own: str, word: str = "") -> str:
    """The word a message naming one department calls it: its unit's (会計室: この室), the body's
    部局 over 部 and 局 (counted_unit), ``own``, the others', for a name of no unit (教育委員会)."""
    return counted_unit([name], word) if name.endswith(UNITS) else own


def ask_the_lead(departments: Iterable[str | None], places: int, lead: str = "") -> str:
    """The fix for an item rated differently in ``places`` places: ask its ``lead`` as the
    plan names it which is right (「計画で所管局とされている区政推進局」), else its lead (所管部,
    所管局 … as ``departments``, those the item's files and rows name, are: named_unit)."""
    which = "どちらが正しいか" if places == 2 else "どれが正しいか"
    ask = (
        f"計画で所管{unit([lead])}とされている{lead}" if lead else f"所管{named_unit(departments)}"
    )
    fix = "一方を直すか削除" if places == 2 else "正しくないものを直すか削除"
    return f"{which}{ask}に確認し、{fix}してください"


# The co-owner's sheet: the shared items for reference, rated by their lead. Named 共管の and
# the body's word for its items (cycle/form_words.py): Setagaya's, and every workbook's before
# the body's words, 共管の実施内容. Its columns are found by their titles (remarks.py): these
# letters are the sheet's before, whose 細目 column was always there.
REFERENCE_SHEET = "共管の実施内容"
REFERENCE_PREFIX = "共管の"
REFERENCE_COLUMNS = {"project": "A", "item": "B", "sub_item": "C", "remark": "E"}
# (Excel rows: the header under a blank row, as on the main sheet; a form written before
# review 118 has it on row 4, right under the instruction line, its items from row 5)
REFERENCE_HEADER_ROW = 5
EARLIER_REFERENCE_HEADER_ROW = 4


def is_reference_sheet(name: str | None) -> bool:
    """Whether a template's sheet is the co-owner's: 共管の実施内容, 共管の取組内容 …"""
    return name is not None and name.startswith(REFERENCE_PREFIX)


REPEAT_PLACEHOLDER = "（再掲のため記入不要）"
_CO_OWNED = LazyPattern(r"^(?P<lead>[^（(]+?)\s*[（(]共管[:：]\s*(?P<others>[^）)]*)[）)]$")


def lead_note(lead: str) -> str:
    """The co-owner's sheet says who rates a shared item: "所管: 政策経営部が記入"."""
    return f"所管: {lead}が記入"


# Texts planeval writes into templates; a cell holding one of them is empty to every reader.
PLACEHOLDER_PATTERNS = (
    LazyPattern(r"^（再掲のため記入不要）$"),
    LazyPattern(r"^所管: .+が記入$"),
)


_PLACEHOLDER = LazyPattern("|".join(f"(?:{pattern.pattern})" for pattern in PLACEHOLDER_PATTERNS))


def is_placeholder(text: str) -> bool:
    return _PLACEHOLDER.match(text) is not None


# how every placeholder starts: a text that starts otherwise is none (told in C)
_STARTS_AS_PLACEHOLDER = methodcaller("startswith", (REPEAT_PLACEHOLDER, "所管: "))


def any_placeholder(texts: Iterable[str]) -> bool:
    """Whether one of the texts is a placeholder (is_placeholder): each text looked at in C,
    and matched only if it starts as one does."""
    return any(map(is_placeholder, filter(_STARTS_AS_PLACEHOLDER, texts)))


class TemplateMark(NamedTuple):  # (cheaper to define than a frozen dataclass: model.py)
    """The department (None: the whole plan) and fiscal year a template was written for."""

    department: str | None
    fiscal_year: int
    sheet: str | None = None  # where the mark was read (its cell is MARK_CELL)
    # the year its document properties record it was written for, where A2 states another:
    # last year's form, A2 retyped (recorded_marks; review 173 #1)
    recorded: int | None = None

    @property
    def made(self) -> int:
        """The round the template was written for: its properties', else A2's."""
        return self.recorded or self.fiscal_year


def mark_text(department: str | None, fiscal_year: int, unit: str = "部") -> str:
    """ "記入する部: 財務部　対象年度: 令和4年度（2022年度）" (``unit``: the body's word, 課)."""
    label = fiscal_year_label(fiscal_year)
    return f"記入する{unit}: {department or ALL_DEPARTMENTS}　対象年度: {label}"


def parse_mark(text: str, sheet: str | None = None) -> TemplateMark | None:
    found = _MARK.match(text)
    if found is None:
        return None
    department = found["department"]
    return TemplateMark(
        None if department == ALL_DEPARTMENTS else department, int(found["year"]), sheet
    )


def template_marks(texts: Iterable[TextCell]) -> dict[str, TemplateMark]:
    """Each file's mark (files without one are not planeval templates, or not this version)."""
    marks: dict[str, TemplateMark] = {}
    for cell in texts:
        if cell.location.cell == MARK_CELL and cell.location.file not in marks:
            mark = parse_mark(cell.text, cell.location.sheet)
            if mark is not None:
                marks[cell.location.file] = mark
    return marks


def recorded_marks(
    texts: Iterable[TextCell], recorded: Mapping[str, int]
) -> dict[str, TemplateMark]:
    """template_marks, each with the year its file's document properties record where that is
    not A2's (``recorded``: ReadResult.template_years)."""
    marks = template_marks(texts)
    for file, mark in marks.items():
        if recorded.get(file, mark.fiscal_year) != mark.fiscal_year:
            marks[file] = mark._replace(recorded=recorded[file])
    return marks


def department_named(file: str, departments: Iterable[str]) -> str | None:
    """The one department of ``departments`` the file's name names (the longest, where one
    name holds another: 「健康福祉局」 in 「こども健康福祉局」); None where it names none, or
    several apart."""
    stem = PurePath(file).stem
    named = sorted((d for d in departments if d and d in stem), key=len, reverse=True)
    return named[0] if named and all(other in named[0] for other in named[1:]) else None


def copies_named(
    files: Iterable[str], marks: Mapping[str, TemplateMark], departments: Sequence[str]
) -> dict[str, str]:
    """Each file whose name names one department of the plan, and that department: who filled
    it in, where its template does not say — a copy of the whole-plan workbook (記入する部: 全庁,
    「区政推進局.xlsx」), or a form stating its department in words not read as such (川崎市's
    「局区名：健康福祉局」 in 「健康福祉局_評価票.xlsx」: review 115's co-owned item)."""
    found = {}
    for file in files:
        mark = marks.get(file)
        if (mark is None or mark.department is None) and (
            department := department_named(file, departments)
        ):
            found[file] = department
    return found


def round_marks(result: ReadResult) -> dict[str, TemplateMark]:
    """Each file's fiscal year as the read records it: a template's mark, or the year
    planeval's export records of its rows (as a whole-plan mark, at its summary sheet's A2)."""
    marks = template_marks(result.texts)
    for file, year in result.years.items():
        marks.setdefault(file, TemplateMark(None, year.fiscal_year, year.sheet))
    return marks


def mark_place(file: str, mark: TemplateMark) -> str:
    """Where a file's year can be seen: "file › sheet › A2"."""
    return " › ".join(part for part in (file, mark.sheet, MARK_CELL) if part)


def other_rounds(
    marks: Mapping[str, TemplateMark],
    fiscal_year: int | None = None,
    titled: Mapping[str, tuple[int, Location]] | None = None,
) -> dict[str, Problem]:
    """The files whose template is of another fiscal year than the round's — ``fiscal_year``
    when given, else the year most files' templates are of (the later one when as many are of
    each) — each with its error: last year's workbook sent again would be counted as this
    year's. Where its title states another year than its mark (``titled``: title_years'
    titled_files), the title's cell is named too: the 局 retyped A1 令和7年度 on last year's
    form, which the clerk opening it sees first (review 167 #6). A form whose A2 was retyped
    too is told by the round its document properties record (TemplateMark.recorded:
    retyped_marks.py, review 173 #1)."""
    # (none; or one file, its own round unless A2 was retyped: a large read's, file_counts.py)
    if not marks or (fiscal_year is None and [m.recorded for m in marks.values()] == [None]):
        return {}
    years = Counter(mark.fiscal_year for mark in marks.values())
    usual, others = the_rounds(years, fiscal_year)
    answered = {None} | {m.department for m in marks.values() if m.fiscal_year == usual}
    found = {  # (without a year given, only where the files' A2s state two years)
        file: Problem(
            Location(file, mark.sheet, MARK_CELL),
            Severity.ERROR,
            f"{fiscal_year_label(mark.fiscal_year)}の調査票です（{others}）。"
            + _retitled(mark, (titled or {}).get(file))
            + (_TYPED_OVER.format(mark.department) if own else "")
            + "このファイルの行は数えていません",
            f"{mark.department}に「今年度の様式に転記して提出し直してください」と伝えてください"
            f"（今年度の様式: {fiscal_year_label(usual)}の調査票）"
            if own
            else f"{fiscal_year_label(usual)}の調査票で回答し直してもらってください"
            "（前の年度のファイルが紛れ込んでいないか確認してください）",
            year=mark.fiscal_year,
            round_year=usual,
        )
        for file, mark in marks.items()
        if mark.fiscal_year != usual
        for own in [_own_reply(mark, usual, answered)]
    }
    if any(mark.recorded is not None for mark in marks.values()):  # (A2 retyped: few files)
        from planeval.retyped_marks import retyped_rounds  # (it imports this module)

        found |= retyped_rounds(marks, fiscal_year, usual, found, titled or {})
    return found


_TYPED_OVER = (
    "{}の回答はこのファイルだけで、前の年度の様式に今年度の回答を上書きしたもののようです。"
)


def _own_reply(mark: TemplateMark, usual: int, answered: set[str | None]) -> bool:
    """Whether an earlier year's form is its department's only reply: last year's form with this
    year's answers typed over (review 184 #8), not a stray copy beside its reply."""
    return mark.fiscal_year < usual and mark.department not in answered


def _retitled(mark: TemplateMark, title: tuple[int, Location] | None) -> str:
    """「A1 の表題は令和7年度ですが、…」 where the form's title states another year than its mark."""
    if title is None or title[0] == mark.fiscal_year:
        return ""
    year, where = title
    cell = where.cell if where.sheet == mark.sheet else f"{where.sheet} › {where.cell}"
    return (
        f"{cell} の表題は{fiscal_year_label(year)}ですが、{MARK_CELL} の記録と様式は"
        f"{fiscal_year_label(mark.fiscal_year)}のものです（表題だけが書き換えられています）。"
    )


def the_rounds(
    years: Counter[int], fiscal_year: int | None, unit: str = "ファイル"
) -> tuple[int, str]:
    """The round's year — ``fiscal_year`` when given, else the usual one of ``years`` (each
    year and how many files, or ``unit``s — a workbook's シート —, are of it) — and how a
    message says it."""
    if fiscal_year:
        return fiscal_year, f"この回は{fiscal_year_label(fiscal_year)}"
    usual = _usual(years)
    return usual, f"ほかの {years[usual]} {unit}は{fiscal_year_label(usual)}"


def _usual(years: Counter[int]) -> int:
    """The year most files are of, the later one when as many are of each."""
    return max(years, key=lambda year: (years[year], year))


def round_year(marks: Mapping[str, TemplateMark]) -> tuple[str, TemplateMark] | None:
    """A round's year, as (a file, its mark): the year most of its files' templates are of (the
    later one when as many are of each); None for a round read from no template (an export, a
    body's own workbooks)."""
    if not marks:
        return None
    usual = _usual(Counter(mark.fiscal_year for mark in marks.values()))
    return next((file, mark) for file, mark in marks.items() if mark.fiscal_year == usual)


def lead_and_others(department: str) -> tuple[str, tuple[str, ...]]:
    """ "政策経営部（共管: 財務部、会計室）" → ("政策経営部", ("財務部", "会計室")); any other text
    is its own lead."""
    found = _CO_OWNED.match(department)
    if found is None:
        return department, ()
    others = tuple(part.strip() for part in re.split(r"[、,，]", found["others"]) if part.strip())
    return found["lead"].strip(), others


def co_owned_cell(departments: Sequence[str]) -> str:
    """The department cell of a shared item: the lead, then its co-owners."""
    lead, *others = departments
    return f"{lead}（共管: {'、'.join(others)}）" if others else lead
