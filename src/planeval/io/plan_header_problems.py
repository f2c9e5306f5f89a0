"""What read_plan (plan_reader.py) says of a plan's header: no header row found, the row that
came closest named with every title it lacks and the fix; no department column, or one empty in
every row."""

from __future__ import annotations

from planeval.io.plan_titles import LAYOUT_ROLES, NEEDED, PlanTitles
from planeval.model import Problem, Severity
from planeval.plan import PlanItem
from planeval.text import compact


def department_problem(titles: PlanTitles, items: list[PlanItem]) -> Problem | None:
    """Where no item of the plan names a department: said at its header row, with the titles
    a department column may have and the fix (None: the plan names departments)."""
    if not titles.found or any(item.departments for item in items):
        return None
    header = next((seen for seen in titles.found if "department" in seen.columns), None)
    if header is not None:
        column = header.columns["department"]
        return Problem(
            header.at(column),
            Severity.WARNING,
            f"所管の列「{header.cells[column]}」がどの行も空欄です",
            "各事業を所管する部局の名前を書いてください",
        )
    header = titles.found[0]
    return Problem(
        header.at(0),
        Severity.WARNING,
        f"見出し行（{header.shown}）に所管の列がありません"
        f"（所管の列の見出しとして読むのは {titles.named('department')}）",
        "所管の列の見出しをこのどれかに直すか、planeval.toml の [layout.titles] に "
        'department = ["実施主体"] のようにこの計画の見出しを書いてください',
    )


def no_table(path: object, titles: PlanTitles) -> str:
    """The message of a plan with no header row: the titles each needed column may have, and
    the row that came closest with every one it lacks, and the fix."""
    needed = "、".join(f"{titles.titles[roles[0]][0]}" for roles in NEEDED)
    said = f"{path}: 計画事業一覧の表が見つかりません（見出し行に{needed}の列が必要です）。"
    seen = titles.closest[1] if titles.closest is not None else None
    have = seen.columns if seen is not None else {}
    # (a level's column, 施策, is the project where an item's is found: level_as_project)
    level = bool({"policy_name", "direction_name"} & have.keys())
    lacking = [
        roles[0]
        for roles in NEEDED
        if not any(role in have for role in roles) and not (level and roles[0] == "project")
    ]
    listed = "と".join(f"{titles.named(role)} のどれか" for role in lacking)
    # (a body's own title of a project or item column is a setting; 区分's titles are fixed)
    own = [role for role in lacking if role in LAYOUT_ROLES]
    cells = seen.cells if seen is not None else ()
    unplaced = [cell for index, cell in enumerate(cells) if cell and index not in have.values()]
    # (a name's column, not its number's beside it: 「重点番号 | 重点」 is 重点, whose 番号 is then
    # read as its number — 改革項目番号 offered as the project's title was no fix: review 85)
    names = [cell for cell in unplaced if not compact(cell).endswith("番号")]
    if not names and "mark" in have:  # (a column read as marking rows, 重点, may be the one
        names = [cells[have["mark"]]]  # of names the plan lacks where no other is unread)
    if lacking == ["item"] and level and {"item_no", "project_name"} <= have.keys():
        # (運営方針 | 番号 | 事業名 | 事業の概要: the 事業's names under their number, not the 概要
        # left unread — review 205 #3's t2)
        names = [cells[have["project_name"]]]
    example = names[0] if len(names) == 1 and len(lacking) == 1 else "…"
    fix = (
        f'見出しを直すか、planeval.toml の [layout.titles] に {own[0]} = ["{example}"] の'
        "ようにこの計画の見出しを書いてください"
        if own
        else "見出しを直してください"
    )
    if seen is None:
        return said + f"見出しとして読むのは {listed} です（{fix}）"
    # (each title it could not place, where they are not the one its fix offers)
    placed = (
        f"読めなかった見出しは「{'」「'.join(unplaced)}」です。"
        if example == "…" and unplaced
        else ""
    )
    return said + (
        f"いちばん近い {seen.sheet} › {seen.row + 1} 行目（{seen.shown}）には {listed}の列が"
        f"ありません（{placed}{fix}）"
    )
