"""Which body on the list of bodies (団体一覧, io/roster.py's) each body read is — by its 団体コード
(the first five digits; one written short where it fits one body of that name), else by its
name written alike or otherwise (body_name.same_body) where the list gives that name one body
— every body in the list's order, and what the list says of the bodies that sent nothing
(one error, 未回答) and of a body read that it lacks (a warning at its workbook), each naming
the other where their names are one character apart (near_names: 竹田町 read, 「竹田叮」 listed);
and a notice where a body read is the list's by its code under another name (names_apart).
Imported only by a read with a list."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence

from planeval.cells import BODIES_SHOWN
from planeval.io.body_name import prefecture, without_prefecture
from planeval.io.filed_codes import named_alike, twins_named
from planeval.io.inputs import keep_going_advice
from planeval.io.roster_closed import named
from planeval.io.roster_file import Listed, closing_advice, renamed_from
from planeval.io.roster_names import roster_names
from planeval.model import Location, Problem, Severity
from planeval.past_errors import UNANSWERED
from planeval.read_records import ReadResult
from planeval.text import comparable_name


def in_roster_order(
    bodies: list[str],
    found: dict[str, Listed | None],
    missing: list[Listed],
    roster: Sequence[Listed],
) -> list[str]:
    """Every body, those on the list (answered or not) in its order; a body not on it after
    the body before it in the inputs' order."""
    place = {listed: index for index, listed in enumerate(roster)}
    keys: dict[str, tuple[int, int]] = {}
    last = -1
    for position, body in enumerate(bodies):
        listed = found[body]
        last = place[listed] if listed is not None else last
        keys[body] = (last, position if listed is None else -1)
    keys |= {listed.name: (place[listed], -1) for listed in missing if listed.name not in keys}
    return sorted(keys, key=keys.__getitem__)


def listed_body(body: str, code: str, roster: Sequence[Listed]) -> Listed | None:
    """The body on the list that ``body`` (with its ``code``, if known: its form's, else its
    file's, filed_codes.py) is, if any: the code's, unless the code is another body's than
    the one the list gives ``body``'s name — 緑町's form stating 川辺町's 012033 is 緑町's,
    codes_apart saying so. A name the list gives two bodies (伊達市) is the code's where the
    code is one of theirs, else none of the list's (codes_apart says so at the code's cell);
    without a code, the one of the prefecture written before it (北海道伊達市, by its file's
    name), else none: never the first listed (twin_untold says so at the name's cell)."""
    coded = _coded(code, roster, body) if code else None
    names = roster_names(roster)
    same = names.same(body)
    if twins := twins_named(body, roster):
        # (a third body's code under the twins' name: neither, said by codes_apart — 139 #3)
        return (
            (coded if coded in twins else None)
            if coded is not None
            else _of_prefecture(body, twins)
        )
    # (written otherwise: 三重県 before it, ヶ for ケ, 役場 after it — body_name.same_body)
    alike = [] if same else names.alike(body)
    named = same[0] if same else (alike[0] if len(alike) == 1 else None)
    return coded if coded is not None and (named is None or named_alike(coded, body)) else named


def _of_prefecture(body: str, twins: Sequence[Listed]) -> Listed | None:
    """The one of ``twins`` whose code's prefecture is written before ``body`` (北海道伊達市 of
    伊達市 012335 and 072133), else None."""
    written = body[: len(body) - len(without_prefecture(body))]
    of = [listed for listed in twins if written and prefecture(listed.code) == written]
    return of[0] if len(of) == 1 else None


def twin_untold(body: str, where: Location, twins: Sequence[Listed]) -> Problem:
    """The warning of a reply stating no 団体コード under a name the list gives two bodies or
    more (伊達市 of 北海道 and of 福島県), its file's name telling no prefecture either: counted
    as none of them, not guessed (it was the first listed's, the other 未回答, without a word)."""
    each = "、".join(f"{prefecture(one.code)}{one.name}（{one.code}）" for one in twins)
    codes = " か ".join(one.code for one in twins if one.code)
    which = "どちら" if len(twins) == 2 else "どれ"
    return Problem(
        where,
        Severity.WARNING,
        f"団体名「{body}」は、団体一覧の {len(twins)} 団体（{each}）の名前です。団体コードがなく、"
        f"{which}の回答か分からないため、団体一覧の{which}の団体の回答にもしていません（行は"
        f"「{body}」として数えています）",
        f"調査票の団体名の上か下に「団体コード」の行を設けて {codes} のうち正しいものを書くか、"
        f"ファイル名の先頭にその団体コードを付けてください（「{twins[0].code}_{body}.xlsx」のように）",
    )


def _coded(code: str, roster: Sequence[Listed], body: str = "") -> Listed | None:
    """The body on the list with ``code`` (its first five digits: the check digit aside); a
    five-digit code only where it fits one body of ``body``'s name (roster_file.short_fits)."""
    names = roster_names(roster)
    if len(code) == 5 and not names.coded(code):
        from planeval.io.listed_codes import short_coded  # (a code written short: few)

        return short_coded(code, roster, body)
    return next(iter(names.five(code)), None)


def unanswered(
    missing: list[Listed],
    twins: frozenset[str] = frozenset(),
    near: Mapping[str, Listed] | None = None,
    *,
    folders: bool = False,
) -> Problem:
    """The error of the bodies on the list that sent nothing, a name the list gives two
    bodies (``twins``: roster.twins_of) with its code's prefecture, 福島県伊達市; each one
    character apart from a body read that the list lacks (``near``: near_names) named with it;
    read with --bodies folder (``folders``), a reply's place is a folder of the body's own."""
    names = "、".join(
        named(one, twin=comparable_name(one.name) in twins) for one in missing[:BODIES_SHOWN]
    )
    more = f" ほか {len(missing) - BODIES_SHOWN} 団体" if len(missing) > BODIES_SHOWN else ""
    apart = [(body, one) for body, one in (near or {}).items() if one in missing]
    said = "".join(
        f"。「{one.name}」は、団体一覧にない名前で回答した団体「{body}」と一字違いです"
        for body, one in apart
    )
    meant = "".join(
        f"「{body}」の回答なら、団体一覧の {_cell(one)} の「{one.name}」を「{body}」に直して"
        "ください。"
        for body, one in apart
    )
    return Problem(
        missing[0].location,
        Severity.ERROR,
        f"団体一覧の {len(missing)} 団体から回答のブックがありません（未回答）: {names}{more}{said}",
        meant
        + (
            _IN_OWN_FOLDER
            if folders
            else "届いていれば、ほかの回答と同じフォルダに入れてください。"
        )
        + "回答しないと分かっている団体は、"
        + closing_advice(missing[0])
        + keep_going_advice("届いていない団体"),
        reason=UNANSWERED,
    )


# (--bodies folder: the other bodies' folders beside it, not a folder of the replies: review 179 #6)
_IN_OWN_FOLDER = (
    "届いていれば、ほかの団体と同じく団体ごとのフォルダを作り、その中に入れてください。"
)


def near_names(bodies: Sequence[str], missing: Sequence[Listed]) -> dict[str, Listed]:
    """Each of ``bodies`` (read, not on the list) whose name is one character apart from the
    name of one body on the list that sent nothing, and from no other's (「竹田町」 of 「竹田叮」:
    review 150 #7, the list's typo made an error and a warning that never named each other).
    Only the names that share a name with one character left out are compared: a national list
    against a thousand bodies it lacks was 1.7 million comparisons (review 156)."""
    if not bodies:
        return {}
    index: dict[str, list[int]] = {}  # (each name, and each with one character left out → where)
    for at, one in enumerate(missing):
        for key in _left_one_out(comparable_name(one.name)):
            index.setdefault(key, []).append(at)
    pairs = {}
    for body in bodies:
        near = {at for key in _left_one_out(comparable_name(body)) for at in index.get(key, ())}
        apart = [at for at in near if _one_apart(missing[at].name, body)]
        if len(apart) == 1:
            pairs[body] = missing[apart[0]]
    taken = Counter(pairs.values())
    return {body: one for body, one in pairs.items() if taken[one] == 1}


def _left_one_out(name: str) -> set[str]:
    """``name`` and each name it gives with one character left out: two names one character
    apart (_one_apart) share one of these."""
    return {name, *(name[:at] + name[at + 1 :] for at in range(len(name)))}


def _one_apart(one: str, other: str) -> bool:
    """Whether two names differ by one character: one put for another, added or left out."""
    one, other = comparable_name(one), comparable_name(other)
    if one == other or abs(len(one) - len(other)) > 1 or min(len(one), len(other)) < 2:
        return False
    start = next(
        (i for i, pair in enumerate(zip(one, other, strict=False)) if len(set(pair)) > 1),
        min(len(one), len(other)),
    )
    skip = (1, 1) if len(one) == len(other) else ((1, 0) if len(one) > len(other) else (0, 1))
    return one[start + skip[0] :] == other[start + skip[1] :]


def names_apart(
    found: Mapping[str, Listed | None],
    codes: Mapping[str, str],
    firsts: Mapping[str, str],
    code_cells: Mapping[str, tuple[str, str, str]],
) -> list[Problem]:
    """A notice at the list's line of each body read that is the list's by its 団体コード
    under another name than the list's (written otherwise aside: named_alike) — the form's
    「北山村」 with 232068, the list's 「北山材」 (review 150 #7: counted without a word, the
    list's typo left for the next round)."""
    said = []
    for body, listed in found.items():
        if listed is None or not codes.get(body) or named_alike(listed, body):
            continue
        if renamed_from(listed.renamed, body):  # (its old name, the rename the list states:
            continue  # compare's 「岩井町 → 岩井みなと町」 says it — review 173 #3)
        file = firsts.get(body, "")
        sheet, cell, _typed = code_cells.get(file, ("", "", ""))
        where = f"（{Location(file, sheet or None, cell or None)}）" if file else ""
        said.append(
            Problem(
                listed.location,
                Severity.NOTICE,
                f"団体一覧の団体名「{listed.name}」（団体コード {listed.code}）は、その団体コードの"
                f"回答{where}では「{body}」です。団体コードで照らし合わせ、「{body}」として集計しました",
                f"団体一覧の書き間違いなら団体一覧の {_cell(listed)} を「{body}」に、回答の"
                f"書き間違いなら回答の団体名を「{listed.name}」に直してください。合併や名称の変更の"
                "ときも、団体一覧を新しい名前にしてください",
            )
        )
    return said


def _cell(listed: Listed) -> str:
    """Where on the list ``listed`` stands: its cell (「B14」), else its line."""
    return listed.location.cell or str(listed.location)


def not_listed(
    body: str,
    file: str,
    roster: Sequence[Listed],
    code: str = "",
    near: Listed | None = None,
    earlier: bool = False,
) -> Problem:
    """The error at a body read that the list lacks, its rows left out (left_out_unlisted); a
    name one character apart from a body on the list that sent nothing (``near``: near_names)
    named with its line. ``earlier``: a round before the last, read by this year's list —
    a warning, counted (the body was one of that round's: merged away since)."""
    where = roster[0].location.file
    if code:  # (its code stated, and not on the list either: a merged or renamed body — review 63)
        said, hint = (
            f"団体「{body}」（団体コード {code}）は団体一覧（{where}）にない団体です",
            (
                "合併・名称の変更などで団体が変わったなら、団体一覧に加えるか、この回答をほかの回答の"
                "フォルダから除いてください。書き間違いならブックの団体名と団体コードを直してください"
            ),
        )
    else:
        said, hint = (
            f"団体「{body}」は団体一覧（{where}）にない名前です",
            (
                "名前の書き間違いなら、ブックの団体名かファイル名、または団体一覧を直してください。"
                "団体コードを書けば名前の違いに関わらず照らし合わせます"
            ),
        )
    if near is not None:
        said += f"（団体一覧の未回答の「{near.name}」（{near.location}）と一字違いです）"
        hint = (
            f"団体一覧の「{near.name}」のことなら、団体一覧の {_cell(near)} を「{body}」に"
            "直してください。ブックの団体名の書き間違いなら、ブックを直してください"
        )
    merged = next((one for one in roster if len(body) > 1 and body in one.created), None)
    if merged is not None and not earlier:  # (the list says it merged: not to add, review 168)
        hint = (
            f"団体一覧の {_cell(merged)} の{merged.name}には「{merged.created}」とあります。"
            f"合併前の{body}の回答なら、この回答をほかの回答のフォルダから除いてください"
        )
    if earlier:  # (an earlier round: its body then, merged away since — review 63's words)
        hint = hint.replace(
            "団体一覧に加えるか、この回答をほかの回答のフォルダから除いて", "団体一覧を直して"
        )
        return Problem(Location(file or where), Severity.WARNING, said, hint)
    said += "。団体一覧の団体を数える集計のため、このブックの行は数えていません"
    hint += keep_going_advice("団体一覧にない団体の回答")
    return Problem(Location(file or where), Severity.ERROR, said, hint)


def left_out_unlisted(result: ReadResult, unlisted: Sequence[str]) -> None:
    """The replies of ``unlisted`` (bodies read that the list lacks: not_listed's error) left
    out of the count and of the bodies: the list is the bodies asked, so a body merged away
    that still answered (高田坂市, absorbed by 北田橋市) neither adds its rows to the list's
    totals nor a body to 「団体一覧の 1,698 団体」 (review 159 #1: 48,169 for 48,139)."""
    if not unlisted:
        return
    gone = set(unlisted)
    result.unlisted |= gone
    files = {file for file, body in result.file_bodies.items() if body in gone}
    result.leave_out(file for file in result.file_bodies if file in files)
    result.entries = [e for e in result.entries if e.location.file not in files]
    result.read = [e for e in result.read if e.location.file not in files]
    result.bodies = [body for body in result.bodies if body not in gone]
