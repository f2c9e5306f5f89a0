"""Items whose question changed between two rounds under the same number: a ministry rewords
a few of its survey's questions every year (4-6 「テレワーク環境のセキュリティ確保」 →
「クラウドサービス利用基準の策定」), and compare pairs items by number and name, so each body's
row is 追加 this year and 削除 last year. One notice per such item says it, with how many
bodies' rows it made so, instead of a clerk finding it in 572 pairs of rows (review 137 #5); where
--map pairs the two (their number the same key), it is offered (review 164 #4). Two rows the
table keeps apart — one 今回未集計, its department sending nothing this round, the other 前回未集計
— are no rename, nor two rows both of them the plan's items: 中原市's 施策 Ⅱ-2 has four 事務事業
of two 局, each 局's missing in one round (review 167 #2). An item of no number of its own (a
事業 listed by its 取組み's 4-(3)) pairs by name alone: never 「番号が同じ」 by its group's number;
only one added and one deleted standing alone in their group may be a rename, said as a
possibility, naming the group as the group (review 169 #5); rows rated as their 施策 by the
施策's name, its 成果指標 after it (review 176 #6). rounds says the same of each two rounds in a
row, named by their labels (reworded_rounds: 羽根村市's 事業 15 in two rows — review 181 #5)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from planeval.cycle.map_ids import item_key
from planeval.model import Problem, Severity
from planeval.name_numbers import name_numbered
from planeval.text import comparable_name

if TYPE_CHECKING:
    from planeval.cycle.compare import Movement
    from planeval.cycle.rounds import RoundRow
    from planeval.model import Entry
    from planeval.wording import Wording


def reworded_items(
    movements: Sequence[Movement],
    listed: Callable[[Entry], str],
    wording: Wording,
    planned: Callable[[Entry], bool] = lambda _entry: False,
    rounds: tuple[str, ...] = (),
) -> list[Problem]:
    """A notice per item number (as ``listed`` shows it) whose rows one body has only in the
    old round and only in the new under another name, at the first such new row: the two
    names and how many bodies (or rows, read of no bodies) it is said of. Neither a row of a
    round that counted none of its department's (Movement.uncounted_in) nor two rows both
    ``planned`` (the plan's items) are one item renamed. ``rounds``: the two rounds' labels,
    where rounds (not compare) shows them, the two as rows of their own (reworded_rounds)."""
    removed = {
        (m.old.body, listed(m.old)): m.old
        for m in movements
        if m.new is None and m.old and not m.uncounted_in and numbered(m.old)
    }
    found: dict[tuple[str, str, str], list[Entry]] = {}
    mapped: set[str] = set()  # (the numbers --map pairs as they are: their keys the same)
    for movement in movements:
        new = movement.new
        if movement.old is not None or new is None or movement.uncounted_in or not numbered(new):
            continue
        old = removed.get((new.body, listed(new)))
        if old is None or comparable_name(old.item_name) == comparable_name(new.item_name):
            continue
        if planned(old) and planned(new):
            continue
        found.setdefault((listed(new), old.item_name, new.item_name), []).append(new)
        if (key := item_key(new)) is not None and key == item_key(old):
            mapped.add(listed(new))
    notices = []
    for (number, before, after), rows in found.items():
        bodies = {row.body for row in rows if row.body}
        many = f"{len(bodies):,} 団体" if bodies else f"{len(rows):,} 件"
        item = wording.item
        old_round, new_round = rounds or ("前回", "今回")
        said = (
            f"今回の行を「追加」、前回の行を「削除」にしています（{many}）。改善・後退の件数には"
            f"含めず、{wording.policy}別の件数の変化では前回の名称の件数と今回の名称の件数を"
            "比べています"
            if not rounds
            else f"2 行に分け、新しい名称の行の{old_round}を「（追加）」、前の名称の行の{new_round}を"
            f"「（削除）」としています（{many}）"
        )
        notices.append(
            Problem(
                rows[0].location,
                Severity.NOTICE,
                f"{item} {number} は番号が同じで名称が違います（{old_round}「{before}」、"
                f"{new_round}「{after}」）。別の{item}として、{said}",
                _fix(number, item, mapped, "rounds" if rounds else "compare"),
            )
        )
    if rounds:
        return notices
    return notices + _alone_in_group(movements, listed, wording, planned)


def reworded_rounds(
    rows: Sequence[RoundRow],
    labels: Sequence[str],
    wording: Wording,
    planned: Callable[[Entry], bool],
    rounds: Sequence[Sequence[Entry]] = (),
) -> list[Problem]:
    """reworded_items of each two rounds in a row of rounds' ``rows``: a row whose last round
    is the first of the two, the other's first the second, as compare of the two would see
    them — its entry the round's own, of ``rounds`` (each round's entries), a row's entry
    being its last round's: the notice stands at the file of the round the new name came in,
    not the last round's. A row one of the two counted nothing of (RoundRow.uncounted: its
    department sent nothing, it was in error) or marks otherwise there (joined, unlisted,
    unreturned, ended) is no rename."""
    from planeval.cycle.compare import Movement

    ids = {id(row.entry): row.id for row in rows}
    of_round = [{_named(entry): entry for entry in entries} for entries in rounds]

    def listed(entry: Entry) -> str:
        return ids[id(entry)]

    notices = []
    for old, new in zip(range(len(labels)), range(1, len(labels)), strict=False):
        movements = []
        for row in rows:
            had = [index for index, status in enumerate(row.statuses) if status]
            other = new if had and had[-1] == old else old if had and had[0] == new else None
            marked = row.uncounted | row.unlisted | row.unreturned
            if other is None or other in marked or other < row.joined or row.ended:
                continue
            entry = row.entry  # (the new name's row as round ``new`` has it, where found)
            if other == old and of_round:
                entry = of_round[new].get(_named(entry), entry)
                ids[id(entry)] = row.id
            movements.append(Movement(entry, None) if other == new else Movement(None, entry))
        notices += reworded_items(
            movements, listed, wording, planned, rounds=(labels[old], labels[new])
        )
    return notices


def _named(entry: Entry) -> tuple[str, str, str, str]:
    """An item of a body as rounds' rows tell it from another by name (rounds.side_by_side)."""
    return (entry.body, entry.project_id, comparable_name(entry.item_name), entry.sub_item or "")


def numbered(entry: Entry) -> bool:
    """Whether the item has a number of its own (a label, 「6 特定健康診査事業」's 6: name_numbered),
    not only its group's: a 事業 under 取組み 4-(3) has none."""
    return bool(name_numbered(entry).item_label) or entry.item_no is not None


def _alone_in_group(
    movements: Sequence[Movement],
    listed: Callable[[Entry], str],
    wording: Wording,
    planned: Callable[[Entry], bool],
) -> list[Problem]:
    """A notice per group (as ``listed`` shows it) where one body's rows of no number of their
    own have exactly one only in the old round and one only in the new: maybe one renamed."""
    sides: dict[tuple[str, str], tuple[list[Entry], list[Entry]]] = {}
    for m in movements:
        entry = m.old if m.new is None else m.new if m.old is None else None
        if entry is None or m.uncounted_in or numbered(entry):
            continue
        gone, added = sides.setdefault((entry.body, listed(entry)), ([], []))
        (gone if m.new is None else added).append(entry)
    found: dict[tuple[str, str, str, str], list[Entry]] = {}
    gone_added: dict[tuple[str, str, str, str], tuple[Entry, Entry]] = {}  # (its first pair)
    for (_body, group), (gone, added) in sides.items():
        if len(gone) == len(added) == 1 and not (planned(gone[0]) and planned(added[0])):
            old, new = gone[0], added[0]
            key = (group, new.project_name, old.item_name, new.item_name)
            found.setdefault(key, []).append(new)
            gone_added.setdefault(key, (old, new))
    item = wording.item
    notices = []
    for key, rows in found.items():
        group, name, before, after = key
        bodies = {row.body for row in rows if row.body}
        many = f"{len(bodies):,} 団体" if bodies else f"{len(rows):,} 件"
        named = f"（{name}）" if name else ""
        was, now = f"「{before}」", f"「{after}」"
        if wording.item_title:  # (rows rated as their 施策: by its name — review 176 #6)
            named, (was, now) = "", (_as_project(e, wording) for e in gone_added[key])
        notices.append(
            Problem(
                rows[0].location,
                Severity.NOTICE,
                f"{wording.project} {group}{named}では、前回の{item}{was}がなく、今回は"
                f"{item}{now}が加わっています。名称を変えた同じ{item}かもしれません。"
                f"別の{item}として、今回の行を「追加」、前回の行を「削除」にしています（{many}）",
                f"同じ{item}として比べるなら、どちらかの回の名称を揃えてください。別の{item}なら、"
                "このままで構いません",
            )
        )
    return notices


def _fix(number: str, item: str, mapped: set[str], command: str = "compare") -> str:
    """How to show the two as one item in ``command``: ``--map`` of its number to itself where
    it pairs them (``mapped``: 羽根村市's 事業 15, its number in its name — review 164 #4), else
    the names made the same. compare compares them again; rounds lists them as one row, run
    again (review 181 #5's leftover: rounds was told to 「比べ直して」)."""
    if command == "compare":
        as_one, again, done = "として比べる", "--map {0}={0} を付けて比べ直して", "比べられます"
    else:
        as_one, again, done = (
            "として 1 行に並べる",
            f"{command} に --map {{0}}={{0}} を付けて実行し直して",
            " 1 行になります",
        )
    same = f"同じ{item}{as_one}なら、"
    if number in mapped:
        return (
            f"{same}{again.format(number)}ください"
            f"（どちらかの回の名称を揃えても{done}）。設問が変わったのなら、このままで構いません"
        )
    return f"{same}どちらかの回の名称を揃えてください。設問が変わったのなら、このままで構いません"


def _as_project(entry: Entry, wording: Wording) -> str:
    """A row rated as its project named by it, its indicator after it as that (the item column
    titled Wording.item_title): 「デジタル化の推進」（成果指標「デジタル化の推進に関する満足度（％）」）,
    as messages name it (sole_items.projects_named: review 175 #2)."""
    if not entry.project_name or entry.project_name == entry.item_name:
        return f"「{entry.item_name}」"
    return f"「{entry.project_name}」（{wording.item_title}「{entry.item_name}」）"
