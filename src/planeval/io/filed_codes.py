"""The 団体コード a reply's file is filed under (「03251_赤坂台市.xlsx」, 「492270.xlsx」), as the
list of bodies (``[bodies] roster``) is matched by it where its form states none — the same
rule as a form's code (listed_codes.py, review 133 #2): a code is a body's on the list only
where it fits that one body and the reply's 団体名 (its form's, else its file's) is that body's
— a six-digit code under a name no body on the list has too (a body renamed since). A code
fitting another body than the name's is a warning at the file saying what to rename it to,
and the body is the list's by its name: 赤坂台市's file named 03251 (a 0 dropped from 032051),
柳沢市's 032514 without its check digit, was matched silently; one named only 12017, which fits
two bodies, was matched by its first five digits to one of them."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path

from planeval.entry_columns import CODE_FIELD
from planeval.io.body_name import body_named, filed_code, same_body
from planeval.io.grid import SheetGrid
from planeval.io.roster_file import Listed, code_fits, digits
from planeval.lazy_pattern import LazyPattern
from planeval.model import Location, Problem, Severity
from planeval.read_records import ReadResult
from planeval.text import compact, comparable_name


def read_codes(result: ReadResult, stated: Mapping[str, str]) -> dict[str, str]:
    """Each body's code: the 団体コード its form states (``stated``: file → code), else the code
    its file is filed under (filed_codes) — a file not read (an .xls) too, so that its body is
    the list's by its code as well."""
    codes: dict[str, str] = {}
    filed = filed_codes(result, stated)
    for file, body in [*result.file_bodies.items(), *result.unread_bodies.items()]:
        code = digits(stated.get(file, "")) or filed.get(file, "")
        if len(code) >= 5:
            codes.setdefault(body, code)
    held = [one for bodies in result.compiled.values() for one in bodies]  # (a binder's)
    # (an export read back: as its data sheet records them, exported_codes)
    return result.recorded_codes | {body: code for body, code in held if len(code) >= 5} | codes


def exported_codes(grid: SheetGrid, columns: tuple[str, ...], body: str) -> dict[str, str]:
    """Each body's 団体コード as an export's data sheet records it (its CODE_FIELD column beside
    its 団体, report/xlsx_data.py): of each row's body where it has a 団体 column, else of
    ``body``; none from an export written before it (review 179 #1: last year's export, read
    back without its codes, had 戸見町 → 戸見台市 a merger and a newcomer)."""
    from planeval.repeated_fields import split_recorded  # (an export read back only)

    columns = split_recorded(columns)[0]
    if CODE_FIELD not in columns:
        return {}
    at, named = columns.index(CODE_FIELD), columns.index("body") if "body" in columns else None
    codes: dict[str, str] = {}
    for row, cells in grid.iter_rows():
        value = cells[at] if row and at < len(cells) else None
        # (a code Excel turned into a number, its leading 0 lost: six digits again)
        code = f"{int(value):06d}" if isinstance(value, int | float) else digits(str(value or ""))
        if len(code) >= 5:
            owner = cells[named] if named is not None and named < len(cells) else body
            codes.setdefault(str(owner), code)
    return codes


def filed_codes(
    result: ReadResult, stated: Mapping[str, str], *, every: bool = False
) -> dict[str, str]:
    """The code each file whose form states none is filed under: five or six digits before its
    body's name (「03_緑町」's 03 is a clerk's filing number, 「20240401_緑町」's a date, neither a
    body's code), or its whole name (492270.xlsx). ``every``: a file whose form states another
    code too (filed_codes_apart's: 赤岡市's form stating 12025, filed as 大崎町's 013048.xlsx,
    said only for its leading zero — review 139 #3); one stating the same said by its form's."""
    codes = {}
    for file in [*result.file_bodies, *result.unread_bodies]:
        stem = Path(file).stem
        code = filed_code(stem, fewest=5) or (digits(stem) if digits(stem) == compact(stem) else "")
        own = stated.get(file)
        if (own is None or (every and digits(own) != code)) and len(code) in (5, 6):
            codes[file] = code
    return codes


# a file's name filed under a code, and each run of letters in it ending as a body's name does
# (compiled at their first use, names_unlike's: a summarize of one file compiles neither)
_CODED = LazyPattern(r"(?P<code>\d{5,6})(?!\d)")
_NAME_LIKE = LazyPattern(r"(?<![^\W\d_])[^\W\d_]+?[市区町村](?![^\W\d_])")


def names_unlike(
    result: ReadResult, found: Mapping[str, Listed | None], roster: Sequence[Listed]
) -> list[Problem]:
    """A notice at each file filed under its body's code on the list whose name, after the
    code, writes a name like a body's that is neither its body's nor any on the list (review
    156 #5: 372145_青根X市_回答.xlsx, stating 青根市 and 372145, counted without a word)."""
    said, names = [], {comparable_name(one.name) for one in roster}
    for file, body in result.file_bodies.items():
        listed, stem = found.get(body), compact(Path(file).stem)
        coded = _CODED.match(stem)
        if listed is None or coded is None or body_named(stem) or not named_alike(listed, body):
            continue
        if listed not in code_fits(coded["code"], roster):
            continue
        other = next(
            (
                name
                for name in _NAME_LIKE.findall(stem, coded.end())
                if not same_body(name, body) and comparable_name(name) not in names
            ),
            None,
        )
        if other is None:
            continue
        said.append(
            Problem(
                Location(file),
                Severity.NOTICE,
                f"ファイル名の「{other}」は、団体一覧にない団体名です。ファイル名の団体コード "
                f"{coded['code']} と調査票の団体名「{body}」はどちらも団体一覧の{listed.name}"
                f"（{listed.code}）のため、{listed.name}の回答として数えました",
                f"ファイル名の「{other}」を「{listed.name}」に直してください。{other}の回答なら、"
                "調査票の団体名と団体コードを直してください",
            )
        )
    return said


def named_alike(listed: Listed, body: str) -> bool:
    """Whether ``body`` is the name of the body ``listed`` (as written, or 三重県 before it, ヶ
    for ケ, 役場 after it: body_name.same_body)."""
    one, other = comparable_name(listed.name), comparable_name(body)
    return one == other or same_body(one, other)


def twins_named(body: str, roster: Sequence[Listed]) -> list[Listed]:
    """The bodies on the list ``body``'s name may be where it may be two or more (伊達市 of
    北海道 and of 福島県, as written or otherwise: named_alike), else none."""
    from planeval.io.roster_names import roster_names  # (a read with a list)

    names = roster_names(roster)
    twins = names.same(body) or names.alike(body)
    return twins if len(twins) > 1 else []


def filed_codes_apart(
    result: ReadResult,
    filed: Mapping[str, str],
    found: Mapping[str, Listed | None],
    roster: Sequence[Listed],
) -> list[Problem]:
    """A warning at each file (``filed``: file → the code its name is filed under) whose code
    fits other bodies on the list than its body's (``found``: each body's on the list, by its
    name where the code fits another's): not matched by the code, the file's name to rename it
    to said."""
    said = []
    bodies = {**result.unread_bodies, **result.file_bodies}
    for file, code in filed.items():
        body = bodies.get(file, "")
        listed = found.get(body)
        fits = code_fits(code, roster)
        if body and fits and listed not in fits:
            said.append(_other_fits(file, code, body, fits, listed))
    return said


def _other_fits(
    file: str, code: str, body: str, fits: list[Listed], listed: Listed | None
) -> Problem:
    shapes = "とも".join(f"{one.name}（{one.code}）{code_shape(code, one)}" for one in fits)
    if body == code:  # (a file named only by its code, its form naming no body: 12017.xlsx)
        return Problem(
            Location(file),
            Severity.WARNING,
            f"ファイル名の団体コード {code} は、団体一覧の{shapes}で、どの団体の回答か決められ"
            "ません。団体一覧のどの団体の回答としても扱っていません",
            f"ファイル名を団体一覧の団体コード（{'・'.join(one.code for one in fits)} のどれか）"
            "に直すか、調査票に団体名を書いてください",
        )
    if listed is not None:
        done = f"団体名のとおり団体一覧の{listed.name}（{listed.code}）として集計しました"
        renamed = Path(file).name.replace(code, listed.code, 1) if listed.code else ""
        fix = (
            f"ファイル名を「{renamed}」に直してください"
            if renamed
            else "ファイル名を直してください"
        )
    else:
        done = (
            f"団体一覧に団体名「{body}」がないため、団体一覧のどの団体の回答としても扱っていません"
        )
        fix = "ファイル名の団体コードと、回答の団体名を確かめて直してください"
    return Problem(
        Location(file),
        Severity.WARNING,
        f"ファイル名の団体コード {code} は、団体一覧の{shapes}ですが、この回答の団体名は{body}"
        f"です。団体コードでは照らし合わせず、{done}",
        f"{fix}。{'・'.join(one.name for one in fits)}の回答なら、回答の団体名を直してください",
    )


def code_shape(code: str, listed: Listed) -> str:
    """What ``code`` is of the body ``listed`` whose code it fits (roster_file.code_fits): its
    code, its code but for the check digit, or its code less a digit (lost_digit)."""
    if code == listed.code:
        return "の団体コード"
    if len(code) == len(listed.code):
        return "の団体コードと末尾の検査数字だけが違う形"
    return f"の{lost_digit(code, listed)}がない形"


def lost_digit(code: str, listed: Listed) -> str:
    """The digit a code written short of ``listed``'s has lost: a leading zero (typed as a
    number), else the check digit."""
    return "先頭の 0" if code.zfill(len(listed.code)) == listed.code else "末尾の検査数字"
