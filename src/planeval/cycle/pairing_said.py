"""What validate says of the rows plan_pairing paired with the plan's items otherwise than by
number and name (against_plan.judged asks it): rows found by name and numbered otherwise
(renumbered), rows whose name is on several items (undecided), and a project rated as one row
whose description is worded otherwise than the plan's (reworded)."""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence

from planeval.io.levels import label_kind
from planeval.model import Location, Problem, Severity
from planeval.plan import PlanItem
from planeval.plan_pairing import Ambiguous, Renamed
from planeval.sole_items import unnumbered
from planeval.text_cells import text_cell
from planeval.wording import Wording


def reworded(
    rows: Sequence[tuple[Location, PlanItem]],
    wording: Wording,
    columns: Mapping[tuple[str, str, str], Mapping[str, int]],  # (ReadResult.text_columns)
) -> list[Problem]:
    """A notice per row of a project rated as one row whose description is worded otherwise
    than the plan's (sole_items): paired with the plan's item by the project's number and
    name, a text its department may update any year (review 116: two errors, its 課 未記入)."""
    return [
        Problem(
            text_cell(row, columns, "item"),
            Severity.NOTICE,
            f"{item.shown_id} {item.project_name} の{wording.item}が計画の記述と違います（計画: "
            f"「{item.item_name}」、{item.location}）。番号で計画の {item.shown_id} と照らし合わせて"
            "います",
            "記述を改めたのであれば、このままで構いません",
        )
        for row, item in rows
    ]


def as_planned(item: PlanItem) -> str:
    """The item's number as the plan writes it: its No. alone (「14」) where the plan numbers
    its items in a column of their own straight under their policy, no project level between
    (a band row 「基本目標3　…」 over a running No. 1–36: not 「3⑭」, its ID), else its ID."""
    if item.item_typed and item.project_id == item.policy_id and not item.project_typed:
        return item.item_typed
    return item.shown_id


def _own_number(item: PlanItem) -> str:
    """The item's number as the plan types it: its label, or its project's where it has none
    of its own (a project rated as one row, 2.1.4: sole_items)."""
    return item.item_label or (item.shown_project if unnumbered(item) else "")


def renumbered(
    renamed: Sequence[Renamed], wording: Wording, running: Collection[str] = ()
) -> list[Problem]:
    """Rows the plan's items were found in by their names only, numbered otherwise, taken as
    those items all the same: numbered in the plan's own way (「③」 for the plan's 「④」), a
    mistake to correct, an error at each (its row, as every row in error, not counted); numbered
    in another way (a form's No. running down the table), a warning once per file, counted — a
    notice where the form numbers its rows 1, 2, 3 … straight down (``running``: its design,
    the 課's own row numbers; review 76 warned on every file of a correct round)."""
    problems = []
    by_file: dict[str, list[Renamed]] = {}
    for one in renamed:
        if one.row.file in running:
            by_file.setdefault(one.row.file, []).append(one)
        elif label_kind(one.shown) == label_kind(_own_number(one.item)):
            problems.append(
                Problem(
                    one.row,
                    Severity.ERROR,
                    f"「{one.shown} {one.said}」の番号が計画と違います（計画では"
                    f"「{as_planned(one.item)}」、『{one.item.location}』。名称で照らし合わせて、"
                    f"計画の{wording.item}とみなしています。エラーのため、直すまで数えません）",
                    f"計画の一覧の番号「{as_planned(one.item)}」に直してください",
                )
            )
        else:
            by_file.setdefault(one.row.file, []).append(one)
    for file, found in by_file.items():
        first = found[0]
        more = f"ほか {len(found) - 1} 件、" if len(found) > 1 else ""
        if file in running:
            problems.append(
                Problem(
                    first.row,
                    Severity.NOTICE,
                    f"調査票の番号は行の通し番号のため、{wording.item}は名称で計画と照らし合わせ"
                    f"ました（「{first.shown} {first.said}」は計画の「"
                    f"{as_planned(first.item)}」。{more}計画の{wording.item}として数えています）",
                    "計画の番号で照らし合わせるなら、調査票に計画の一覧の番号を書いてください",
                )
            )
            continue
        problems.append(
            Problem(
                first.row,
                Severity.WARNING,
                f"{wording.item}の番号が計画と違うため、名称で計画と照らし合わせました（"
                f"「{first.shown} {first.said}」は計画では"
                f"「{as_planned(first.item)}」、『{first.item.location}』。{more}計画の"
                f"{wording.item}として数えています）",
                "計画の一覧と同じ番号にしてください。番号でも照らし合わせられるようになります",
            )
        )
    return problems


def undecided(ambiguous: Sequence[Ambiguous], wording: Wording) -> list[Problem]:
    """An error per file with rows whose names are on several of the plan's items (or on
    several rows) and whose numbers are none of theirs: which row is which item, nothing
    tells — not counted as any of them until numbered as the plan numbers them."""
    by_file: dict[str, list[Ambiguous]] = {}
    for one in ambiguous:
        by_file.setdefault(one.row.file, []).append(one)
    problems = []
    for found in by_file.values():
        first = found[0]
        more = f"ほか {len(found) - 1} 行も同じです。" if len(found) > 1 else ""
        shown = "」「".join(f"{as_planned(item)} {item.item_name}" for item in first.items)
        problems.append(
            Problem(
                first.row,
                Severity.ERROR,
                f"「{f'{first.shown} ' if first.shown else ''}"
                f"{first.name}」は番号が計画と違い、同じ名称の{wording.item}が計画（「{shown}」）"
                f"または調査票に複数あるため、計画のどの{wording.item}か決められません（{more}"
                f"計画の{wording.item}として数えていません）",
                f"計画の一覧と同じ{wording.project_short}番号・{wording.item}の番号を"
                f"書いてください。同じ名称の{wording.item}は番号で見分けます",
            )
        )
    return problems
