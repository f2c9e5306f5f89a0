"""Each body's 団体コード as the list of bodies gives it (``[bodies] roster``): the code a ministry
joins on. A form stating 「01211」 — its body's code without the check digit, as some bodies
write it — is the list's 012114, and every output shows 012114 (review 126 #4: the form's five
digits replaced the list's six in summarize's CSV, without a word). A form whose code the list
contradicts otherwise (another check digit, another five digits under the list's name) is a
notice at its cell naming both, a warning where it is typed in five digits (93236 of 493236,
quoted as typed: review 173 #4); the list's code is used.

A five-digit code is a body's on the list only where it fits that one body and the form's
団体名 is that body's (review 133 #2: 赤坂台市's 03251, a 0 dropped from its 032051, is 柳沢市's
032514 without the check digit — counted as 柳沢市's, 赤坂台市 called 未回答); else the body is
the list's by its name, and a warning names the bodies the code fits. So is a six-digit code
of another body under a 団体名 the list has (緑町's form stating 川辺町's 012033 was counted as
緑町 and 緑町 called 未回答); a name the list gives two bodies (伊達市) is told apart by the code."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from planeval.io.body_name import prefecture
from planeval.io.filed_codes import code_shape, lost_digit, named_alike, twins_named
from planeval.io.roster_file import Listed, check_digit_fits, code_fits, short_fits
from planeval.model import Location, Problem, Severity
from planeval.read_records import ReadResult
from planeval.text import compact


def listed_codes(codes: Mapping[str, str], found: Mapping[str, Listed | None]) -> dict[str, str]:
    """``codes`` (each body's, as its forms state it or its file is filed under), each body on
    the list with the list's code instead — the form's only where it is the list's fuller: its
    check digit after a list's five digits, a leading zero a list typed as a number lost, or
    its check digit where the list's code fails it (mistyped_on_list: review 156 #3)."""
    known = dict(codes)
    for body, listed in found.items():
        if listed is not None and len(listed.code) >= 5:
            own = codes.get(body, "")
            fuller = len(own) > len(listed.code) and _same(own, listed.code)
            known[body] = own if fuller or mistyped_on_list(own, listed) else listed.code
    return known


def short_coded(code: str, roster: Sequence[Listed], body: str) -> Listed | None:
    """The body on the list a five-digit ``code`` is: the one body it fits, of ``body``'s name
    where that is known; None where it fits none, two, or another name's."""
    fits = short_fits(code, roster)
    if len(fits) != 1 or (body and not named_alike(fits[0], body)):
        return None
    return fits[0]


def codes_apart(
    result: ReadResult,
    stated: Mapping[str, str],
    found: Mapping[str, Listed | None],
    roster: Sequence[Listed],
) -> list[Problem]:
    """A notice for each form (``stated``: file → the code it states) whose code is not its
    body's on the list, nor that code with or without its check digit — and for one whose code
    is the list's written shorter, without its check digit or its leading zero, the list's used
    (review 126 #4: 01211 of 012114, used without a word); a warning for a code fitting another
    body than its form's 団体名 (code_fits: five digits, or six under a name the list has)."""
    said = []
    for file, code in stated.items():
        body = result.file_bodies.get(file, "")
        listed = found.get(body)
        fits = code_fits(code, roster) if body and len(code) in (5, 6) else []
        sheet, cell, typed = result.code_cells.get(file, ("", "", ""))
        where = Location(file, sheet or None, cell or None)
        if listed is None and body and (twins := twins_named(body, roster)):
            said.append(_neither_twin(where, code, twins, fits))
            continue
        if fits and listed not in fits:
            named = _name_said(result.name_cells.get(file), sheet, body)
            said.append(_other_fits(where, code, named, body, fits, listed))
            continue
        if listed is None or len(listed.code) < 5:
            continue
        if mistyped_on_list(code, listed):
            said.append(_typo_on_list(where, code, listed))
            continue
        if _same(code, listed.code):
            if len(code) < len(listed.code) and code != listed.code:
                said.append(_shorter(file, code, listed))
            continue
        said.append(_other_code(where, typed or code, listed))
    return said


def _other_code(where: Location, typed: str, listed: Listed) -> Problem:
    """A form's code (``typed``: as its cell holds it) that is not its body's on the list: a
    warning at its cell where it is typed in five digits (README: a five-digit code fitting no
    body is found by its name, with a warning at the code's cell — review 173 #4: 梅田町's 93236,
    its leading 4 dropped, was quoted 「093236」 in a notice naming no cell), else a notice at
    its cell (another check digit, another body's six digits: which is right the clerk asks)."""
    other = len(compact(typed)) < 6
    return Problem(
        where,
        Severity.WARNING if other else Severity.NOTICE,
        f"調査票の団体コード {typed} は、団体一覧（{listed.location}）の{listed.name}の"
        f"団体コード {listed.code} と違います。{'団体名で照らし合わせ、' if other else ''}"
        f"集計には団体一覧の {listed.code} を使いました",
        f"調査票の団体コードを {listed.code} に直してください。団体一覧の書き間違いなら、団体一覧の"
        "団体コードを直してください"
        if other
        else "どちらが正しいか確かめ、調査票か団体一覧の団体コードを直してください",
    )


def _name_said(cell: tuple[str, str, str] | None, sheet: str, body: str) -> str:
    """The form's 団体名 as typed and its cell (its sheet too where not the code's ``sheet``),
    「調査票の団体名（B2）は「梅田町」」 — not the body as planeval named it, which a file's name
    may have added a prefecture to (review 168 #4) —, else 「この回答の団体名は梅田町」."""
    if cell is None or not cell[2]:
        return f"この回答の団体名は{body}"
    at = cell[1] if cell[0] == sheet else f"「{cell[0]}」シートの {cell[1]}"
    return f"調査票の団体名（{at}）は「{cell[2]}」"


def _other_fits(
    where: Location, code: str, named: str, body: str, fits: list[Listed], listed: Listed | None
) -> Problem:
    """The warning of a form whose five-digit code fits other bodies on the list than its
    団体名's (``named``: _name_said): not matched by the code; by the name, where the list has
    it."""
    others = [one for one in fits if one is not listed]
    shapes = "とも".join(f"{one.name}（{one.code}）{code_shape(code, one)}" for one in others)
    if listed is not None:
        done = f"団体名のとおり団体一覧の{listed.name}（{listed.code}）として集計しました"
        fix = f"調査票の団体コードを {listed.code} に直してください"
    else:
        done = (
            f"団体一覧に団体名「{body}」がないため、団体一覧のどの団体の回答としても扱っていません"
        )
        fix = "調査票の団体名と団体コードを確かめて直してください"
    return Problem(
        where,
        Severity.WARNING,
        f"調査票の団体コード {code} は、団体一覧の{shapes}ですが、{named}です。"
        f"団体コードでは照らし合わせず、{done}",
        f"{fix}。{'・'.join(one.name for one in others)}の回答なら、団体名を直してください",
    )


def mistyped_on_list(code: str, listed: Listed) -> bool:
    """Whether a form's six-digit ``code`` is its body's on the list but for the last digit,
    the form's a check digit that fits and the list's one that does not (鷹之橋町: the form's
    223671, the list's 223672 — the list's typo was published: review 156 #3)."""
    own = listed.code
    return (
        len(code) == len(own) == 6
        and code[:5] == own[:5]
        and check_digit_fits(code)
        and not check_digit_fits(own)
    )


def _typo_on_list(where: Location, code: str, listed: Listed) -> Problem:
    """The warning at the list's code cell whose check digit fails where its body's form
    states the code whose check digit fits: the form's is used."""
    at = Location(listed.location.file, listed.location.sheet, listed.code_at or None)
    cell = f"団体一覧の {listed.code_at} " if listed.code_at else "団体一覧の団体コード"
    return Problem(
        at,
        Severity.WARNING,
        f"団体一覧の{listed.name}の団体コード {listed.code} は、末尾の検査数字が合いません（先頭 5 桁"
        f" {code[:5]} の検査数字は {code[5]}）。調査票（{where}）の団体コード {code} は検査数字が"
        f"合うため、集計には調査票の {code} を使いました",
        f"{cell}を {code} に直してください",
    )


def _neither_twin(where: Location, code: str, twins: list[Listed], fits: list[Listed]) -> Problem:
    """The warning of a form under a name the list gives two bodies (伊達市 of 北海道 and of
    福島県) stating a code of neither: counted as none of the list's (review 139 #3's kin: it
    was counted as the code's third body, 大崎町 called answered, without a word)."""
    name = twins[0].name
    each = "、".join(f"{prefecture(one.code)}{one.name}（{one.code}）" for one in twins)
    other = "・".join(f"{one.name}（{one.code}）" for one in fits)
    whose = f"団体一覧の{other}の団体コードで、" if fits else ""
    codes = " か ".join(one.code for one in twins)
    also = (
        f"{'・'.join(one.name for one in fits)}の回答なら、調査票の団体名を直してください"
        if fits
        else ""
    )
    return Problem(
        where,
        Severity.WARNING,
        f"調査票の団体コード {code} は、{whose}団体一覧に {len(twins)} 団体ある{name}（{each}）の"
        f"{'どちら' if len(twins) == 2 else 'どれ'}の団体コードでもありません。どの{name}の回答か分からないため、"
        "団体一覧のどの団体の回答としても扱っていません",
        f"{name}の回答なら、調査票の団体コードを {codes} のうち正しいものに直してください"
        + (f"。{also}" if also else ""),
    )


def _shorter(file: str, code: str, listed: Listed) -> Problem:
    """The notice of a form stating its body's code as the list's less a digit."""
    lost = lost_digit(code, listed)
    return Problem(
        Location(file),
        Severity.NOTICE,
        f"調査票の団体コード {code} は、団体一覧（{listed.location}）の{listed.name}の団体コード "
        f"{listed.code} の{lost}がない書き方です。集計には団体一覧の {listed.code} を使いました",
        f"調査票の団体コードを {listed.code} に直してください。集計の結果は変わりません",
    )


def _same(code: str, listed: str) -> bool:
    """Whether two codes are one body's: alike but for a leading zero lost (a code typed as a
    number: 12017 of 012017), or one the other's first five digits (its check digit left off)."""
    return any(
        one == other or (len(one) == 5 and len(other) == 6 and other.startswith(one))
        for one in (code.zfill(5), code.zfill(6))
        for other in (listed.zfill(5), listed.zfill(6))
    )
