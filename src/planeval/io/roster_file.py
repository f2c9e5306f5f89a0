"""Reading the list of bodies a roll-up expects (団体一覧, planeval.toml's ``[bodies] roster``):
an .xlsx/.xlsm with a header row holding 団体名 (and optionally 団体コード, 都道府県), or a text
or CSV file of one body a line (「242021,三重県四日市市」 or the name alone; under a header
line with a column 都道府県, 「032018,岩手県,原沢市」, that column each body's prefecture). A body known not to
answer this round is marked so — 未回答, 回答なし, 無回答 or 辞退 in a column 回答状況 (else 提出状況,
状況, 備考: the first of them the header row holds, a 備考 beside 回答状況 a free note) of the workbook, or a field after the name in a text or CSV line
(「022209,岩葉市,辞退」) — and its missing reply is then a notice, not an error (review 97:
a survey closed with known non-responders). ``roster.py`` matches the bodies read against it."""

# (no `from __future__ import annotations`: a named tuple compiles each text annotation)
import re
from collections.abc import Sequence
from pathlib import Path
from typing import NamedTuple

from planeval.errors import PlanevalError
from planeval.io.grid import cell_ref
from planeval.io.judge import NotRead, judging, open_judged
from planeval.io.limits import Limits
from planeval.model import Location
from planeval.text import compact

NAME_TITLES = frozenset({"団体名", "市区町村名", "市町村名", "自治体名", "団体", "名称"})
CODE_TITLES = frozenset({"団体コード", "コード", "市区町村コード", "自治体コード"})
# a national list's column of each body's prefecture, shown beside it in 団体別集計 (review 179 #4)
PREFECTURE_TITLES = frozenset({"都道府県", "都道府県名"})
# the columns a body's mark is read from, the first the header row holds (a 備考 beside 回答状況 is a
# free note: 「R6.10.1 西浜町を編入」 — review 153 B1, its 回答状況 was not read)
STATE_TITLES = ("回答状況", "提出状況", "状況", "備考")
# a body marked with one of these (its mark starting so: 「辞退（10/3 連絡）」) is known not to answer
CLOSED_MARKS = ("未回答", "回答なし", "無回答", "辞退", "回答辞退")
# … and one marked with these is known to rate in another scale: left out, said in a notice
# (io/scale_bodies.marked_apart — review 150 #6)
SCALE_MARKS = ("評価尺度が違う", "評価尺度違い", "別尺度", "別集計")
# … and one whose mark (in any of those columns) holds this was created this year by a merger
# (「令和7年1月1日 林丘市・朝浜市が新設合併」): no body of an earlier round read by this list,
# so not 未回答 there (review 159 #3)
CREATED_MARK = "新設"
# … and one whose mark holds one of these was renamed (「令和7年1月1日 小泉村を編入し岩井町から名称変更」):
# a form stating the old name under its code is its reply (variant_names.coded_body: review 173 #2)
RENAMED_MARKS = ("名称変更", "改称")


class Listed(NamedTuple):
    """A body on the list: its name, its code ("" if the list has none), its line, and its
    mark as typed where the list says it will not answer (CLOSED_MARKS: 「辞退」), else "";
    the rows that write it again (one body: roster_twice.py)."""

    name: str
    code: str
    location: Location
    closed: str = ""
    again: "tuple[Listed, ...]" = ()  # the list's later rows of this body (roster_twice.py)
    apart: str = ""  # its mark as typed where it rates in another scale (SCALE_MARKS)
    column: str = ""  # the title of the workbook's column its marks are read from (STATE_TITLES)
    code_at: str = ""  # the cell its code is typed in (A785), or its line of a text list
    created: str = ""  # its mark as typed where it was newly created by a merger (CREATED_MARK)
    renamed: str = ""  # its mark as typed where it says the body was renamed (RENAMED_MARKS)
    prefecture: str = (
        ""  # its prefecture as the list's column 都道府県 gives it (PREFECTURE_TITLES)
    )


def read_roster(path: Path, limits: Limits) -> tuple[Listed, ...]:
    """The bodies the list at ``path`` names, in its order; a list planeval cannot read, or
    one naming no body, is a PlanevalError saying why and what it should hold."""
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        listed = _from_workbook(path, limits)
    else:
        listed = _from_text(path)
    if not listed:
        raise PlanevalError(
            f"{path}: 団体一覧に団体がありません。1 行目に「団体名」（あれば「団体コード」も）の"
            "見出しを置き、その下に 1 行 1 団体で書いてください"
        )
    from planeval.io.roster_twice import listed_once

    return tuple(listed_once(listed))


def _from_workbook(path: Path, limits: Limits) -> list[Listed]:
    try:
        with judging(limits):
            judged = open_judged(path, limits)
    except NotRead as error:
        raise PlanevalError(f"{path}: 団体一覧を読めません（{error}）") from None
    assert judged.opened is not None  # (only exports found in a folder are skipped)
    for grid in judged.opened.sheets:
        for row, cells in grid.iter_rows():
            titles = [compact(cell) if isinstance(cell, str) else "" for cell in cells]
            name = next((i for i, title in enumerate(titles) if title in NAME_TITLES), None)
            if name is None:
                continue
            code = next((i for i, title in enumerate(titles) if title in CODE_TITLES), None)
            kind = next((i for i, title in enumerate(titles) if title in PREFECTURE_TITLES), None)
            held = [title for title in STATE_TITLES if title in titles]
            state = titles.index(held[0]) if held else None
            column = held[0] if held else ""
            listed = []
            for below, values in grid.iter_rows():
                text = _text(values, name) if below > row else ""
                if text:
                    where = Location(str(path), grid.name, cell_ref(below, name))
                    mark = closed_mark(_text(values, state))
                    apart = scale_mark(_text(values, state))
                    coded = digits(_text(values, code))
                    at = cell_ref(below, code) if code is not None else ""
                    marks = [_text(values, titles.index(title)) for title in held]
                    new = next((m for m in marks if CREATED_MARK in compact(m)), "")
                    listed.append(
                        Listed(
                            text, coded, where, mark, apart=apart, column=column, code_at=at,
                            created=new, renamed=renamed_mark(marks),
                            prefecture=_text(values, kind),
                        )
                    )  # fmt: skip
            return listed
    raise PlanevalError(
        f"{path}: 団体一覧の見出し「団体名」が見つかりません。1 行目に「団体名」（あれば"
        "「団体コード」も）の見出しを置き、その下に 1 行 1 団体で書いてください"
    )


def _text(values: list[object], column: int | None) -> str:
    if column is None or column >= len(values) or values[column] is None:
        return ""
    value = values[column]
    if isinstance(value, float) and value.is_integer():
        value = int(value)  # (a code typed as a number)
    return str(value).strip()


def _from_text(path: Path) -> list[Listed]:
    from planeval.io.text_files import decoded  # (a list of bodies in text: imported for it)

    try:
        data = path.read_bytes()
    except OSError as error:
        raise PlanevalError(f"{path}: 団体一覧を読めません（{error.strerror or error}）") from None
    content = decoded(path, data)
    listed = []
    kind = None  # (the header's column 都道府県, where it has one: 「032018,岩手県,原沢市」)
    for number, line in enumerate(content.splitlines(), start=1):
        fields = [field.strip().strip('"') for field in re.split(r"[,\t]", line)]
        if any(compact(field) in NAME_TITLES | CODE_TITLES for field in fields):
            titles = [compact(field) for field in fields]  # (the header)
            kind = next((i for i, title in enumerate(titles) if title in PREFECTURE_TITLES), None)
            continue
        prefecture = fields.pop(kind) if kind is not None and kind < len(fields) else ""
        fields = [field for field in fields if field]
        if not fields:
            continue  # (a blank line)
        code = next((field for field in fields if digits(field) == compact(field)), "")
        rest = [field for field in fields if field != code]
        if rest:
            mark = next((marked for field in rest[1:] if (marked := closed_mark(field))), "")
            apart = next((marked for field in rest[1:] if (marked := scale_mark(field))), "")
            new = next((field for field in rest[1:] if CREATED_MARK in compact(field)), "")
            where = Location(str(path), None, f"{number}行目")
            at = where.cell or ""
            listed.append(
                Listed(
                    rest[0], digits(code), where, mark, apart=apart, code_at=at, created=new,
                    renamed=renamed_mark(rest[1:]), prefecture=prefecture,
                )
            )  # fmt: skip
    return listed


def closed_mark(text: str) -> str:
    """``text`` (a 回答状況 cell, a line's field after the name) as typed where it says the
    body will not answer (it starts with one of CLOSED_MARKS), else ""."""
    return text if text and compact(text).startswith(CLOSED_MARKS) else ""


def renamed_mark(marks: Sequence[str]) -> str:
    """The first of a body's ``marks`` (its line's fields, its row's 回答状況/備考) as typed
    that says it was renamed (RENAMED_MARKS), else ""."""
    return next((mark for mark in marks if any(m in compact(mark) for m in RENAMED_MARKS)), "")


def renamed_from(renamed: str, name: str) -> bool:
    """Whether a body's mark of a rename (``renamed``) says it was renamed from ``name``:
    「岩井町から名称変更」「旧岩井町」 (not a body merged into it: 「小泉村を編入し」)."""
    mark, old = compact(renamed), compact(name)
    return len(old) > 1 and any(f in mark for f in (f"{old}から", f"{old}より", f"旧{old}"))


def scale_mark(text: str) -> str:
    """``text`` as typed where it says the body rates in another scale (SCALE_MARKS), else
    ""."""
    return text if text and compact(text).startswith(SCALE_MARKS) else ""


def round_roster(paths: Sequence[Path | str], roster: tuple[Listed, ...]) -> tuple[Listed, ...]:
    """The list of bodies of the one folder read (a round): its own file of the list's name
    where it holds one (R5/団体一覧.csv: last year's bodies, review 97 — a body new this year
    then joins in compare and rounds, one merged away is no longer expected), or of its name
    kept as another kind of list (R5/団体一覧.xlsx beside the settings' 団体一覧.csv: review 100,
    offices move between the two from year to year), else ``roster``."""
    if len(paths) != 1 or not roster:
        return roster
    listed = Path(roster[0].location.file)
    folder = Path(paths[0])
    kinds = (listed.suffix, *(kind for kind in LIST_SUFFIXES if kind != listed.suffix.lower()))
    for own in (folder / f"{listed.stem}{kind}" for kind in kinds):
        if own.is_file() and own.resolve() != listed.resolve():
            return read_roster(own, Limits())
    return roster


LIST_SUFFIXES = (".xlsx", ".xlsm", ".csv", ".txt")  # (the kinds of list read_roster reads)


def mark_place(listed: Listed, mark: str) -> str:
    """Where the list ``listed`` is read from takes a body's ``mark``, as a hint says it: the
    workbook's column read (「備考」 where it has no 回答状況), else the column to add (review 153
    B1); a text list's field after the name."""
    roster = Path(listed.location.file)
    if roster.suffix.lower() not in (".xlsx", ".xlsm"):
        return f"団体一覧（{roster.name}）のその団体の行の団体名の後に「,{mark}」"
    if listed.column:
        return f"団体一覧（{roster.name}）の「{listed.column}」の列に「{mark}」"
    return f"団体一覧（{roster.name}）に「{STATE_TITLES[0]}」の列を設けて「{mark}」"


def closing_advice(listed: Listed) -> str:
    """How the list ``listed`` is read from marks a body known not to answer, as a hint says
    it."""
    if Path(listed.location.file).suffix.lower() in (".xlsx", ".xlsm"):
        how = f"{mark_place(listed, '未回答')}（または「辞退」）と書けば"
    else:
        how = "団体一覧のその団体の行の団体名の後に「,未回答」（または「,辞退」）と書けば"
    return f"{how}、止めずに未回答として集計します"


def by_code(name: str, roster: Sequence[Listed]) -> str:
    """The list's name of the body a folder or file ``name``d only with its 団体コード is
    (492270/ beside 南海市/: the list's 492270 谷中村; its first five digits, the check digit
    aside), where it fits that one body (code_fits: 12017 fits both 012017 and 120171, and is
    neither's), else ``name`` as it is."""
    code = digits(name)
    if len(code) not in (5, 6) or compact(name) != code:
        return name
    fits = code_fits(code, roster)
    return fits[0].name if len(fits) == 1 else name


def code_fits(code: str, roster: Sequence[Listed]) -> list[Listed]:
    """The bodies on the list a code of five or six digits may be: the one whose code it is,
    else those whose first five digits are a six-digit code's, else those a five-digit one
    may be written short of (short_fits)."""
    from planeval.io.roster_names import roster_names  # (roster_names imports this module)

    names = roster_names(roster)
    if exact := names.coded(code):
        return list(exact)
    if len(code) == 5:
        return short_fits(code, roster)
    return list(names.five(code))


def short_fits(code: str, roster: Sequence[Listed]) -> list[Listed]:
    """The bodies on the list a five-digit ``code`` may be: the one whose code is it and a
    check digit (JIS: the first five digits), the one whose code is it after a leading zero
    lost (12017 of 012017, typed as a number)."""
    return [
        listed
        for listed in roster
        if len(listed.code) == 6 and code in (listed.code[:5], listed.code[1:])
    ]


def check_digit_fits(code: str) -> bool:
    """Whether a six-digit 団体コード ends in the check digit of its first five (JIS X 0402: 11
    less their sum weighted 6 to 2, modulo 11, its last digit: 223671, never 223672)."""
    if len(code) != 6 or not code.isdigit():
        return False
    total = sum(int(d) * weight for d, weight in zip(code[:5], range(6, 1, -1), strict=True))
    return int(code[5]) == (11 - total % 11) % 10


def digits(text: str) -> str:
    """The digits of a code as typed (「24202-1」, full width), or "" for none."""
    return "".join(re.findall(r"\d", compact(text))) if text else ""
