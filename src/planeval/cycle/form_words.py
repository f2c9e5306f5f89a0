"""The status workbook's own words (実施状況調査票), in the body's: its title, what it calls a
unit that fills it in (部, 課), and the co-owner's sheet with its columns.

Setagaya's (no planeval.toml) are what they always were: 「令和4年度（2022年度） 情報化計画事業
実施状況調査票」, 記入する部, the sheet 共管の実施内容 and its column 共管部の意見. A body's
``[wording]`` words them its own way: its plan named from its report's title (``title``), its
rated rows from ``item`` (the sheet 共管の取組内容); its units are what its plan's departments
are (a plan of 課 makes 記入する課, 共管課の意見), and its department column is titled
for them (担当課 over a plan of 部: 担当部).
"""

from __future__ import annotations

from planeval.form_titles import REPORT_TAIL, YEAR, plan_and_subject
from planeval.io.headers import title_key
from planeval.marks import REFERENCE_PREFIX, UNITS, unit
from planeval.plan import Plan
from planeval.report.safety import sheet_name
from planeval.wording import DEFAULT_WORDING, Wording
from planeval.wording_presets import WORDING_PRESETS

SUBJECT = "実施状況"  # (what Setagaya's forms ask of each row: its 実施状況調査票, sheet 実施状況)


def plan_name(wording: Wording) -> str:
    """The plan's name as the report's title gives it: 「中央市DX推進計画 進捗評価結果」 →
    中央市DX推進計画, 「情報化計画事業の進捗状況」 → 情報化計画事業; "" for a title that names
    none (「計画の進捗状況」, the plain words' own)."""
    title = YEAR.sub("", wording.title).strip()
    name = REPORT_TAIL.sub("", title).strip() if REPORT_TAIL.search(title) else title
    return "" if name in ("", "計画") else name


def form_subject(wording: Wording) -> str:
    """What the forms ask of each row, naming the workbook, its sheet and its files: 実施状況;
    an evaluation the plan's name is (施策評価); a body's own status word of a 状況 or a 度
    (北嶺県's 進捗状況: its 進捗状況調査票, review 105 #8; 川崎市's 達成度, review 124 #5), not
    the plain words' 達成状況, a column of Setagaya's 実施状況調査票; else what the report's
    title reports where the forms ask it of each row, a column titled so (名古屋市守山区's
    「区政運営方針 取組み結果」 beside its column 取組み結果・課題: its forms titled and named
    取組み結果 — review 121 #7)."""
    if (name := plan_name(wording)).endswith("評価"):
        return name  # (枚方市's 施策評価: its 施策評価調査票, as the title says — review 108)
    status = wording.status
    # (a state or a degree, 進捗状況 or 達成度, not a verdict, 評価, nor the plain words' 達成状況)
    if status != DEFAULT_WORDING.status and status.endswith(("状況", "度")):
        return status
    parts = plan_and_subject(wording.title)
    subject = parts[1].strip().removeprefix("の") if parts else ""
    if subject and (status.startswith(subject) or wording.issue.startswith(subject)):
        return subject
    if subject and any(  # (a kind of report a preset names, 「…区政運営方針 取組み結果」 over the
        # ward's column 評価: its forms 取組み結果調査票, not 実施状況 — review 203 #5)
        wording.title.endswith(words.title) and words.status == subject
        for words in WORDING_PRESETS.values()
    ):
        return subject
    return SUBJECT


def form_title(wording: Wording, year: str) -> str:
    """The workbook's title: 「令和6年度（2024年度） 中央市DX推進計画 実施状況調査票」 (or
    進捗状況調査票: form_subject); a plan
    name that is itself a form's (「施策進行管理・評価票」) as it is, one of an evaluation
    (「施策評価」) as 施策評価調査票, and only the year where the title names no plan."""
    name, form = plan_name(wording), f"{form_subject(wording)}調査票"
    if not name:
        return f"{year} {form}"
    if name.endswith(("票", "シート")):
        return f"{year} {name}"
    if name.endswith("評価"):
        return f"{year} {name}調査票"
    return f"{year} {name} {form}"


def department_title(wording: Wording, plan: Plan, *, worded: bool = False) -> str:
    """The department column's title: the body's (担当課), naming the unit its cells hold, the
    plan's departments' (unit()) where the plan lists no 課 beside them (department_cell):
    枚方市's 担当課 over its plan's 所管部 titled 担当部 (部 under 担当課: review 121 #7). Where
    the settings have a [wording] (``worded``: Layout.worded) with no word for it, the plan's title
    of the column (川辺市's 担当課, not planeval's 所管課: review 141 #8) — not a 関係部 listing
    every department of an item (the form names its lead), nor 所管局・課 over 局 and their 課."""
    title = wording.department
    own = title_key(plan.header[1].get("department", "")) if plan.header is not None else ""
    held = unit(plan.departments, title)  # (the body's 部局 over its 局: review 161 #9)
    plain = title == DEFAULT_WORDING.department and not own.startswith("関係")
    if worded and plain and own.endswith(held) and "・" not in own:
        return own
    end = next((end for end in UNITS if title.endswith(end)), "")
    if not end or held in (end, "部署") or (end == "課" and plan.section_title):
        return title
    return title.removesuffix(end) + held


def owned_level(plan: Plan, wording: Wording) -> str:
    """The word of the level the plan gives its departments to: the item's where two items of
    one project have different ones (川崎市's 所管局 per 事務事業, review 124 #5), else the
    project's (Setagaya's 関係部 per 情報化計画事業)."""
    owners: dict[str, tuple[str, ...]] = {}
    for item in plan.items:
        if owners.setdefault(item.project_id, item.departments) != item.departments:
            return wording.item
    return wording.project


def reference_sheet(wording: Wording) -> str:
    """The co-owner's sheet: 共管の実施内容, 共管の取組内容 (a valid sheet name)."""
    return sheet_name(f"{REFERENCE_PREFIX}{wording.item}", {form_subject(wording), "記入方法"})


def remark_title(unit: str) -> str:
    """The co-owner's remark column: 共管部の意見, 共管課の意見 (``unit``: unit()'s)."""
    return f"共管{unit}の意見"


def reference_titles(
    wording: Wording, unit: str, *, sub_items: bool, upper: str = ""
) -> tuple[str, ...]:
    """The co-owner's sheet's columns, as the main sheet's (without 細目 where the plan rates
    no item in parts; ``upper``: its level's title where not the hierarchy's) and the remark:
    事業 | 取組内容 | 担当課 | 共管部の意見."""
    w = wording
    parts = (w.sub_item,) if sub_items else ()
    return (upper or w.hierarchy, w.item, *parts, w.department, remark_title(unit))
