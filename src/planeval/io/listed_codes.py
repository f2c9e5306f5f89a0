"""Each body's 団体コード as the list of bodies gives it (``[bodies] roster``): the code a ministry
joins on. A form stating 「01211」 — its body's code without the check digit, as some bodies
write it — is the list's 012114, and every output shows 012114 (review 126 #4: the form's five
digits replaced the list's six in summarize's CSV, without a word). A form whose code the list
contradicts otherwise (another check digit, another five digits under the list's name) is a
notice naming both; the list's code is used."""

from __future__ import annotations

from collections.abc import Mapping

from planeval.io.roster_file import Listed
from planeval.model import Location, Problem, Severity


def listed_codes(codes: Mapping[str, str], found: Mapping[str, Listed | None]) -> dict[str, str]:
    """``codes`` (each body's, as its forms state it or its file is filed under), each body on
    the list with the list's code instead — the form's only where it is the list's fuller: its
    check digit after a list's five digits, a leading zero a list typed as a number lost."""
    known = dict(codes)
    for body, listed in found.items():
        if listed is not None and len(listed.code) >= 5:
            own = codes.get(body, "")
            fuller = len(own) > len(listed.code) and _same(own, listed.code)
            known[body] = own if fuller else listed.code
    return known


def codes_apart(
    stated: Mapping[str, str], file_bodies: Mapping[str, str], found: Mapping[str, Listed | None]
) -> list[Problem]:
    """A notice for each form (``stated``: file → the code it states) whose code is not its
    body's on the list, nor that code with or without its check digit — and for one whose code
    is the list's written shorter, without its check digit or its leading zero, the list's used
    (review 126 #4: 01211 of 012114, used without a word)."""
    said = []
    for file, code in stated.items():
        listed = found.get(file_bodies.get(file, ""))
        if listed is None or len(listed.code) < 5:
            continue
        if _same(code, listed.code):
            if len(code) < len(listed.code) and code != listed.code:
                said.append(_shorter(file, code, listed))
            continue
        said.append(
            Problem(
                Location(file),
                Severity.NOTICE,
                f"調査票の団体コード {code} は、団体一覧（{listed.location}）の{listed.name}の"
                f"団体コード {listed.code} と違います。集計には団体一覧の {listed.code} を"
                "使いました",
                "どちらが正しいか確かめ、調査票か団体一覧の団体コードを直してください",
            )
        )
    return said


def _shorter(file: str, code: str, listed: Listed) -> Problem:
    """The notice of a form stating its body's code as the list's less a digit."""
    lost = "先頭の 0" if code.zfill(len(listed.code)) == listed.code else "末尾の検査数字"
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
