"""A plan's project number planeval cannot read (review 96 #5, review 100 #4: 東川崎市's 施策番号
typed 「1-1-①」): said at the number's cell, quoted as typed, in the body's words — the number
column's own title (施策番号) and [wording]'s levels (基本政策・政策・施策) — with the shapes that
are read. Its items are not put under the project above it: they are left out, and counted in
the one error."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from planeval.cells import column_letter, split_ref
from planeval.io.plan_levels import bracketed_own
from planeval.model import Location, Problem, Severity
from planeval.plan import PlanItem
from planeval.text import clean_text

# planeval's words of the levels, where [wording] gives none
_PLAIN = {"policy": "政策", "direction": "方向性", "project": "事業", "item": "実施内容"}
# a cell meant as a number (a digit, a Roman or circled one): not a ditto mark 「〃」 or 「同上」,
# which leave its rows under the project above, as they were
_NUMBER_LIKE = re.compile(r"[0-9０-９Ⅰ-Ⅻ\u2460-\u2473]")


def level_words(words: Mapping[str, str] | None) -> dict[str, str]:
    """The levels' and the item's words: [wording]'s, else planeval's."""
    return {**_PLAIN, **(words or {})}


def number_like(typed: str) -> bool:
    """Whether a number column's cell not read was meant as a project's number: one word with
    a digit (1-1-①), not a ditto mark (〃) nor a heading typed in the column (「(1)　取組の推進」)."""
    return len(typed.split()) == 1 and _NUMBER_LIKE.search(typed) is not None


def shapes_read(title: str, words: Mapping[str, str] | None) -> str:
    """What a number column ``title`` (施策番号) is read in: the fix of an unread number."""
    word = level_words(words)
    levels = "・".join(word[level] for level in ("policy", "direction", "project"))
    return (
        f"{title}は「1-1-1」（または「1.1.1」「1-1-(1)」）のように{levels}の 3 段の番号で"
        "（2 段の計画なら「1-1」「1-(1)」、または「1　事務事業の見直し」の列と"
        "「(1) 補助金の見直し」の列のように）書いてください"
    )


def policy_unnumbered(
    typed: str, policy: tuple[Location, str] | None, words: Mapping[str, str] | None
) -> str:
    """The fix of a project typed with its own number in brackets, 「(1) 防災・減災の推進」,
    where no policy's number is known to put it under (``policy``: the row's policy cell and
    its text, 「安心して暮らせるまち」; None where the row has none, nor a heading above): which
    cell to number, or the project's number to type whole (review 143 #3); "" for any other."""
    own = bracketed_own(typed)
    if own is None:
        return ""
    word = level_words(words)
    upper, level = word["policy"], word["project"]
    if policy is not None:
        where, text = policy
        why = f"同じ行の{upper}（{where.cell}「{text}」）に番号がなく"
        fix = f"{where.cell} などの{upper}を「1 {text}」のように番号から書くか"
    else:
        why = f"{upper}の列も、表の上の「{upper}1 …」の見出し行もなく"
        fix = f"表の上に「{upper}1 …」の見出し行を置くか"
    return (
        f"「{own[2]}」は{upper}の中の番号ですが、{why}、"
        f"どの{upper}の{level}か分かりません。{fix}、{level}を「1-({own[0]}) {own[1]}」のように"
        f"{upper}の番号から書いてください"
    )


def number_title_of(cells: list[object], columns: dict[str, int], words: Mapping[str, str]) -> str:
    """The title of the header's project number column as typed (施策番号) — of a project
    column numbering its names (「1　事務事業の見直し」), its number (改革項目の番号) —, else the
    number in the body's words (「施策番号」 of [wording]'s 施策): what its messages call it."""
    own = "project_id" in columns
    column = columns.get("project_id", columns.get("project"))
    title = clean_text(cells[column]).replace("\n", "") if column is not None else ""
    return (title if own else f"{title}の番号") if title else f"{level_words(words)['project']}番号"


def unread_number(
    where: Location,
    typed: str,
    title: str,
    items: Sequence[str],
    words: Mapping[str, str] | None,
) -> Problem:
    """The error of a project number ``typed`` in the column ``title`` at ``where``, the cells
    of the items under it (``items``, left out of the plan)."""
    word = level_words(words)
    cells = "" if not items else items[0] if len(items) == 1 else f"{items[0]}～{items[-1]}"
    left = f"。その{word['item']} {len(items)} 件（{cells}）は計画に入れていません" if items else ""
    return Problem(
        where,
        Severity.ERROR,
        f"{title}「{typed}」が読めません{left}",
        shapes_read(title, words),
    )


def number_column(cells: list[object], columns: dict[str, int], title: str) -> tuple[str, str, str]:
    """The header's project number column (Plan.number_column): its letter, its ``title``
    (取組番号) and the word of the level above (施策 of 施策名 or 施策番号; "" where none)."""
    above = next(
        (clean_text(cells[columns[role]]).replace("\n", "") for role in _ABOVE if role in columns),
        "",
    )
    word = above.removesuffix("番号").removesuffix("名").removesuffix("No.").strip()
    return column_letter(columns["project_id"]), title, word


_ABOVE = ("direction_name", "direction_id", "direction")  # (the level's columns, named first)


def numbered_per_level(
    items: Sequence[PlanItem],
    words: Mapping[str, str] | None,
    column: tuple[str, str, str] | None = None,
) -> str | None:
    """The refusal of a plan whose projects are numbered anew under each level above them: a
    number of one level (取組番号 「①」) under 1-1 and 1-3 both, read as one project — its
    items of every 施策 one form's group (review 105 #3: `[wording] project = "取組"` over
    施策番号 | 施策名 | 取組番号 | 取組内容); None where each project number is one level's.
    Said at the number's cell as typed (``column``: Plan.number_column), the advice in the
    words of the plan's columns (project = "施策", item = "取組": review 110 #2)."""
    under: dict[str, dict[str, PlanItem]] = {}
    for item in items:
        if "-" not in item.project_id and item.direction_id:
            under.setdefault(item.project_id, {}).setdefault(item.direction_id, item)
    found = next((levels for levels in under.values() if len(levels) > 1), None)
    if found is None:
        return None
    word = level_words(words)
    (first, item), (second, _) = list(found.items())[:2]
    where, title, above = item.location, f"{word['project']}の番号", ""
    if column is not None and where.cell is not None:
        letter, title, above = column
        where = where._replace(cell=f"{letter}{split_ref(where.cell)[1]}")
    upper = f"「{above}」" if above else "その段の列の語"
    return (
        f"{where}: {title}「{item.shown_project}」が {first} と {second} の"
        f"両方の下にあります。上の段ごとに振り直した番号のため、一つの{word['project']}に決められず、"
        f"計画を読んでいません（{first} の段が計画の事業にあたる段なら、planeval.toml の [wording] の"
        f" project を{upper}に、item を「{word['project']}」にしてください）"
    )
