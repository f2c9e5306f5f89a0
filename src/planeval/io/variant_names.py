"""A 団体名 written in another form of its kanji — 髙瀬市 as 高瀬市, 﨑坂市 as 崎坂市, 澤 for 沢 —
where the form's 団体コード names the body on the list (``[bodies] roster``): that body's reply,
with a notice at the 団体名 cell (review 171 #1: 202045_髙瀬市.xlsx stating 高瀬市 and 202045,
髙瀬市's code, was left out as 「どちらの団体の回答か分からない」; #2: 﨑坂市's form stating
崎坂市, another body on the list, was counted as that one, then both dropped as two of one name
and 﨑坂市 called 未回答).

Only the code decides, and only between names alike but for such kanji: the list's names are
never folded together (﨑坂市 and 崎坂市 stay two bodies), a form's name is only taken for the
list's body its code names, and a file's name naming another body still leaves the reply out.

A 団体名 unlike the list's name otherwise — 岩井町 on the form of 岩井みなと町, renamed (review 173
#2: refused as 「どちらの団体の回答か分からない」, 「ファイル名を直して」 for a body that no longer
exists) — is settled by code only where the form's 団体コード and its file's name's agree and
name that body, the file's name naming no other: a notice at the 団体名 cell, saying the old
name where the list's 備考 states the rename (roster_file.RENAMED_MARKS), else the name to
correct."""

from __future__ import annotations

import functools
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from planeval.io.body_name import file_named, filed_code, folded, other_body_named, same_body
from planeval.io.roster_file import renamed_from
from planeval.io.stated_heading import Stated
from planeval.model import Location, Problem, Severity
from planeval.text import compact

if TYPE_CHECKING:
    from planeval.io.roster_file import Listed

# A place name's kanji written in an old or variant form, each as its common form (the forms
# a national list and a clerk's form each use: 髙/高, 﨑/崎, 澤/沢, 濱/浜, 邊/邉/辺, 齋/齊/斉/斎 …)
_VARIANTS = str.maketrans(
    {
        "髙": "高", "﨑": "崎", "嵜": "崎", "澤": "沢", "濱": "浜", "邊": "辺", "邉": "辺",
        "齋": "斎", "齊": "斎", "斉": "斎", "嶋": "島", "嶌": "島", "廣": "広", "德": "徳",
        "冨": "富", "國": "国", "櫻": "桜", "龍": "竜", "鰺": "鯵", "檮": "梼", "瀨": "瀬",
        "惠": "恵", "槇": "槙", "舘": "館", "曾": "曽", "眞": "真", "﨔": "欅",
    }
)  # fmt: skip

Coded = frozenset[tuple[str, str, str]]  # (a list's bodies: each one's code, name, rename mark)


def roster_codes(roster: Iterable[Listed]) -> Coded:
    """The list's (code, name, its mark of a rename) of the bodies it gives a code of five or
    six digits."""
    return frozenset((one.code, one.name, one.renamed) for one in roster if len(one.code) in (5, 6))


def variant_folded(name: str) -> str:
    """``name`` as compared for the form of its kanji (body_name.folded, then _VARIANTS)."""
    return folded(name).translate(_VARIANTS)


def common_kanji(text: str) -> str:
    """``text`` with each variant kanji (_VARIANTS) in its common form, character for character
    (高瀬市 of 髙瀬市: check's sentence naming a body so, body_sentences.bodies_named)."""
    return text.translate(_VARIANTS)


def coded_body(
    file: str, file_stem: str, heading: Stated, coded: Coded, where: str = "ファイル"
) -> tuple[str, Problem] | None:
    """The list's name of the body a form's 団体コード (else its file's name's) names, and the
    notice at its 団体名 cell, where the form's 団体名 writes that name otherwise only in the
    forms of its kanji (and the file's name, naming a body, names that one so too); else None
    — a code the file's name contradicts, a name alike as written (ヶ for ケ: same_body), a
    name of another body. ``where``: フォルダ for a body's folder's name (--bodies folder)."""
    stated, filed = heading.body or "", filed_code(file_stem, fewest=5)  # (２０…: 20…)
    own = heading.code or filed
    if not stated or not coded or not own or (filed and own[:5] != filed[:5]):
        return None
    name, renamed = _by_code(coded).get(own, ("", ""))
    if not name or same_body(stated, name):
        return None
    other = other_body_named(file_stem, name)
    if other is not None and not _alike(other, name):
        return None
    sheet, cell = heading.body_at
    if not _alike(stated, name):  # (only where the form's code and its file's name's agree)
        if not (heading.code and filed) or other is not None:
            return None
        return name, _coded_otherwise(
            Location(file, sheet or None, cell or None), stated, name, (own, renamed), where
        )
    of = "調査票" if heading.code else f"{where}名"
    said = Problem(
        Location(file, sheet or None, cell or None),
        Severity.NOTICE,
        f"団体名のセルは「{stated}」ですが、{of}の団体コード {own} は団体一覧の{name}（{own}）"
        f"のものです。字体の違い（{_differing(stated, name)}）だけで同じ団体名とみて、{name}の"
        "回答として数えました",
        f"団体名のセルを「{name}」に直すと、このお知らせは出なくなります。別の団体の回答なら、"
        f"{of}の団体コードを直してください",
    )
    return name, said


def folder_coded(file: str, heading: Stated, coded: Coded, body: str) -> Problem | None:
    """--bodies folder: coded_body's notice of a form in ``body``'s folder whose 団体名 writes
    that body otherwise only in the forms of its kanji (髙瀬市/ holding a form stating 高瀬市 and
    髙瀬市's code; its folder's code, ２２２０８９_沢橋市/, where the form states none), the body
    then the folder's, not another's on the list nor a warning; else None."""
    folder = Path(file).parent.name
    settled = coded_body(file, folder, heading, coded, "フォルダ")
    return settled[1] if settled is not None and same_body(settled[0], body) else None


def folder_listed(folder: str, coded: Coded) -> str | None:
    """The list's name of the body a folder's name is filed under by code where the name after
    the code writes that body's name otherwise only in the forms of its kanji (２０２０４５_高瀬市/
    → 髙瀬市), as a form's 団体名 so is the code's body (coded_body); else None."""
    named = file_named(folder)
    name, _renamed = _by_code(coded).get(filed_code(folder, fewest=5), ("", ""))
    return name if name and not same_body(named, name) and _alike(named, name) else None


def _coded_otherwise(
    at: Location, stated: str, name: str, listed: tuple[str, str], where: str
) -> Problem:
    """The notice of a 団体名 unlike the list's name of the body the form's and its file's (or
    folder's: ``where``) codes name (``listed``: the code, the list's mark of a rename): its old
    name where that mark names it, else a name to correct."""
    code, renamed = listed
    found = f"調査票と{where}名の団体コード {code} は、どちらも団体一覧の{name}のものです"
    if renamed_from(renamed, stated):
        return Problem(
            at,
            Severity.NOTICE,
            f"団体名のセルは{name}の旧名「{stated}」です（団体一覧の備考:「{renamed}」）。{found}。"
            f"{name}の回答として数えました",
            f"団体名のセルを「{name}」に直すと、このお知らせは出なくなります",
        )
    return Problem(
        at,
        Severity.NOTICE,
        f"団体名のセルは「{stated}」ですが、{found}。団体コードのとおり{name}の回答として数えました",
        f"団体名のセルを「{name}」に直してください。{stated}の回答なら、調査票の団体コードと"
        f"{where}名を直してください",
    )


def _alike(one: str, other: str) -> bool:
    """Whether two names are one body's but for the forms of their kanji (same_body)."""
    return same_body(variant_folded(one), variant_folded(other))


def _differing(stated: str, name: str) -> str:
    """The kanji two writings differ in, 「高/髙」."""
    one, other = compact(stated), compact(name)
    pairs = [f"{a}/{b}" for a, b in zip(one[::-1], other[::-1], strict=False) if a != b]
    return "、".join(dict.fromkeys(reversed(pairs))) or f"{stated}/{name}"


@functools.lru_cache(maxsize=4)
def _by_code(coded: Coded) -> dict[str, tuple[str, str]]:
    """The list's names (and marks of a rename) by code: six digits, and a six-digit code's
    first five where no other body's start so (a form's code written without its check digit)."""
    names = {code: (name, renamed) for code, name, renamed in coded}
    fives = Counter(code[:5] for code in names if len(code) == 6)
    for code, name, renamed in coded:
        if len(code) == 6 and fives[code[:5]] == 1:
            names.setdefault(code[:5], (name, renamed))
    return names
