"""Characters outside Shift_JIS (cp932) in the names and issue texts read: a simplified 「实」
typed for 実 by an IME, which Japanese Windows software and printers may not show.

Each is said at the cell it is in, to whoever can fix it (review 26: 「術」's look-alike was
said at the status cell D42 of every department's form, asking the department to fix a name
``template`` copied from the plan into a locked cell). A name the plan gives as the form has
it came from the plan: said once, at the plan's cell, to the plan's owner. A name the form
words otherwise, and every issue text, was typed by the department: said at its form's cell
(ReadResult.text_columns), once per form and character with how often."""

from __future__ import annotations

from collections.abc import Collection, Iterator, Mapping, Sequence

from planeval.cells import split_ref
from planeval.io.grid import column_letter
from planeval.model import Entry, Location, Problem, Severity
from planeval.plan import Plan, PlanItem
from planeval.wording import DEFAULT_WORDING, Wording

LOOK_ALIKES = (
    "簡体字などの打ち間違い（「实」→「実」、「术」→「術」など）なら正しい字に直してください"
)
NOT_SHOWN = "Windows の一部のソフトや印刷では表示されないことがあります"
TextColumns = Mapping[tuple[str, str, str], Mapping[str, int]]


def outside_jis(
    entries: Sequence[Entry],
    plan: Plan | None = None,
    columns: TextColumns | None = None,
    wording: Wording = DEFAULT_WORDING,
    *,
    made: Collection[str] = (),
) -> list[Problem]:
    """A notice per character outside Shift_JIS: per form where its department typed it,
    once at the plan's cell where the plan gave it (``plan``); counted all the same. A name
    the plan gave a form planeval made from it (``made``: the templates' files) is not said:
    ``template`` said it when it wrote the forms (planned_outside_jis), and every round of
    them would say it again."""
    from_plan = _plan_texts(plan) if plan is not None else {}
    typed: dict[tuple[str, str], list[tuple[Entry, Location]]] = {}
    planned: dict[tuple[str, str], list[tuple[str, Entry, PlanItem]]] = {}
    for entry in entries:
        for role, text in _texts(entry):
            item = from_plan.get((role, entry.project_id, text))
            if item is not None and entry.location.file in made:
                continue
            for char in _outside(text):
                if item is not None:  # (the plan's name, copied by hand into the form)
                    planned.setdefault((item.location.file, char), []).append((role, entry, item))
                else:
                    place = _cell(entry, role, columns or {})
                    typed.setdefault((entry.location.file, char), []).append((entry, place))
    problems = [_plan_notice(char, found, wording) for (_f, char), found in planned.items()]
    return problems + [_form_notice(char, found) for (_f, char), found in typed.items()]


def _texts(entry: Entry) -> Iterator[tuple[str, str]]:
    yield "project", entry.project_name
    yield "item", entry.item_name
    if entry.sub_item:
        yield "sub_item", entry.sub_item
    yield "issue", entry.issue


def _outside(text: str) -> list[str]:
    if text.isascii():
        return []
    found = []
    for char in dict.fromkeys(text):
        try:
            char.encode("cp932")
        except UnicodeEncodeError:
            found.append(char)
    return found


def _plan_texts(plan: Plan) -> dict[tuple[str, str, str], PlanItem]:
    """Each name the plan gives (role, project, name) → the plan's item that gives it."""
    texts: dict[tuple[str, str, str], PlanItem] = {}
    for item in plan.items:
        texts.setdefault(("project", item.project_id, item.project_name), item)
        texts.setdefault(("item", item.project_id, item.item_name), item)
        if item.sub_item:
            texts.setdefault(("sub_item", item.project_id, item.sub_item), item)
    return texts


def _cell(entry: Entry, role: str, columns: TextColumns) -> Location:
    """The form's cell holding ``entry``'s text of ``role``: on its row, in its table's
    column of that role; its status cell where the table's columns are not known (a
    project's name stands on its own row above its items: the item's row is not its)."""
    where = entry.location
    if where.sheet is None or where.cell is None:
        return where
    letters, row = split_ref(where.cell)
    column = columns.get((where.file, where.sheet, letters), {}).get(role)
    if column is None or role == "project":
        return where
    return Location(where.file, where.sheet, f"{column_letter(column)}{row}")


def _plan_notice(char: str, found: list[tuple[str, Entry, PlanItem]], wording: Wording) -> Problem:
    role, entry, item = found[0]
    files = len({entry.location.file for _role, entry, _item in found})
    what = {"project": wording.project, "item": wording.item}.get(role, wording.sub_item)
    named = dict(_texts(entry))[role]
    return Problem(
        item.location,
        Severity.NOTICE,
        f"計画の{what}「{named}」の「{char}」（U+{ord(char):04X}）は Shift_JIS にない文字です"
        f"（{item.shown_id}。調査票 {files} ファイルに計画から写されています。集計はしています）",
        f"計画のブックの担当の方へ: {LOOK_ALIKES}。調査票の{what}は計画から写したものなので、"
        f"計画のブックを直し、次の回の調査票は直したブックから作ってください。{NOT_SHOWN}",
    )


def _form_notice(char: str, found: list[tuple[Entry, Location]]) -> Problem:
    entry, place = found[0]
    more = f"ほか {len(found) - 1} か所、" if len(found) > 1 else ""
    return Problem(
        place,
        Severity.NOTICE,
        f"「{char}」（U+{ord(char):04X}）は Shift_JIS にない文字です（{entry.shown_id} "
        f"{entry.item_name}、{more}集計はしています）",
        f"{LOOK_ALIKES}。{NOT_SHOWN}",
    )


def planned_outside_jis(plan: Plan, wording: Wording = DEFAULT_WORDING) -> list[Problem]:
    """What ``template`` says of the plan it makes the forms from: a notice per character
    outside Shift_JIS in a name the plan gives (a project's, an item's, a sub-item's), at the
    plan's first cell with it — every form will carry it, and validate of those forms does
    not say it again (outside_jis)."""
    found: dict[str, tuple[str, PlanItem, str]] = {}
    for item in plan.items:
        texts = [("project", item.project_name), ("item", item.item_name)]
        texts += [("sub_item", item.sub_item)] if item.sub_item else []
        for role, text in texts:
            for char in _outside(text):
                found.setdefault(char, (role, item, text))
    problems = []
    for char, (role, item, text) in found.items():
        what = {"project": wording.project, "item": wording.item}.get(role, wording.sub_item)
        problems.append(
            Problem(
                item.location,
                Severity.NOTICE,
                f"計画の{what}「{text}」の「{char}」（U+{ord(char):04X}）は Shift_JIS にない文字です"
                f"（{item.shown_id}。調査票にはこのまま写します）",
                f"{LOOK_ALIKES}。計画のブックを直してから調査票を作り直せば、調査票も直ります。"
                f"{NOT_SHOWN}",
            )
        )
    return problems
