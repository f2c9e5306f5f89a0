"""The plan's list of items (計画事業一覧): what departments are asked to rate."""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass, field, replace

from planeval.ids import KATAKANA, joined_id, number_parts
from planeval.model import Entry, Location, Problem, Severity
from planeval.repeat_marks import names_repeat
from planeval.sole_items import Numbered
from planeval.text import comparable_name

TREATMENTS = ("新規", "拡大", "継続", "終了")
# (the plan's words for an item it no longer carries, each taken as its 終了: 西浦町's 区分
# 「廃止」 — review 135 #3 —, and 「完了」, a 事業 completed in an earlier year kept in the list)
ENDED_TREATMENTS = frozenset({"終了", "完了", "廃止", "休止", "中止"})
# (Problem.reason of the notice of a project whose lead is a placeholder: Plan.placeholder_leads)
PLACEHOLDER_LEAD = "所管が部の名前でない"


@dataclass(frozen=True, slots=True)
class PlanItem:
    """One implementation item of the plan (or one sub-item, where the plan rates in parts)."""

    location: Location
    policy_id: str
    direction_id: str
    project_id: str
    project_name: str
    item_no: int | None
    item_label: str
    item_name: str
    treatment: str = ""
    reason: str = ""
    dx_pillar: str = ""
    departments: tuple[str, ...] = ()
    sub_item: str | None = None
    card_item: str = ""  # the same item as the project card (個票) words it, where known
    policy_name: str = ""
    direction_name: str = ""
    # the cell naming its departments (関係部: the row's, else its project's); None where the
    # plan has no such cell. Where a message on who owes the item points (not compared)
    department_location: Location | None = field(default=None, compare=False)
    # its project's number as the plan typed it, where not as its ID: 1.1.1 (1-1-1)
    project_label: str = field(default="", compare=False)
    # its policy's number as the plan typed it, where not as its ID: Ⅱ (2), as the forms
    # reader keeps a policy's (ReadResult.level_labels)
    policy_label: str = field(default="", compare=False)
    # its cell in the plan's column marking rows (重点: Plan.mark_title), as typed: 「●」
    mark: str = field(default="", compare=False)
    # its direction's number as the plan typed its line, 「(1)　事務事業の再編・整理」 under
    # 「基本方針1 …」 (the direction 1-1), where its project's number does not carry it
    direction_label: str = field(default="", compare=False)
    # its number as the plan typed it in a column of its own, where not as its label: 「5」
    # (⑤, which the one cell 「⑤ 児童手当の支給」 reads back as numbered): the forms' 事業番号
    item_typed: str = field(default="", compare=False)
    # its project's number as the plan typed it where its ID and label show it otherwise:
    # 「1-(4)」 (ID 1-4), which the forms write as typed and read back as that ID
    project_typed: str = field(default="", compare=False)
    # its indicator's figures in the plan (基準値（R2） | 目標値（R7）): each column's title as
    # typed and its cell as shown, which the forms carry locked beside an empty 実績値; and its
    # description (事業の概要), carried locked beside its name (cycle/form_figures.py)
    figures: tuple[tuple[str, str], ...] = field(default=(), compare=False)
    # its 課 in the plan's second owner column (所管課 beside 所管部: io/plan_figures.py), which
    # the forms' 所管課 cells hold; "" where the plan has none
    section: str = field(default="", compare=False)
    # the cell of its row numbering (else naming) its project, where the row has one: where a
    # message on a plan rated one row per project points (io/plan_reader.cited_by_project)
    project_cell: Location | None = field(default=None, compare=False)

    @property
    def shown_id(self) -> str:
        """Its number as the plan writes it: 「1-1(1)」; 「1-1-(1)」, 「1.1.1」, 「(3)-1」 alone,
        a 実施内容番号 carrying the numbers of the levels above it (not 「1-11-1-(1)」); a
        number column's 6 circled, 「2⑥」 (the ID the forms' ① pair with: written_id)."""
        return self.written_id(circled=True)

    def written_id(self, circled: bool = False) -> str:
        """Its number as the rows are shown beside it (written_label): 「2 6」 of a number
        column typed 6 under 施策2 where no form read circles its numbers (``circled``:
        circled_labels), not 「2⑥」, a numeral nobody typed (review 164); else shown_id."""
        label = self.written_label(circled)
        if len(number_parts(label)) > 1 or (label.isdecimal() and self.right_under):
            return label  # (西津市's 施策 11 under 基本目標3: 11, as its forms, not 3-11)
        project = self.shown_project
        # (its policy's ID only where it is rated right under it: 施策 1 of 基本目標 1, shown 1,
        # numbers its 事業 1 「1 1」, not 「1-1」, as 施策 2's 「2 1」)
        policy = self.policy_id if self.project_id == self.policy_id else ""
        return joined_id(project, label, policy, self.direction_id)

    def written_label(self, circled: bool = False) -> str:
        """Its own number as the rows are shown beside it: 「32」 of a number column typed 32,
        which item_label holds as ㉜ (the ID the forms' ① pair with), as the plan writes it —
        unless the forms read write theirs circled (``circled``: circled_labels, the template
        of a plan of three levels writing 1-1-1①); else its label (①, ア)."""
        return self.item_typed if self.item_typed.isdecimal() and not circled else self.item_label

    @property
    def right_under(self) -> bool:
        """Whether it is rated right under its policy, no project between (枚方市's 施策 No. 14
        under 基本目標Ⅱ: its number as the plan and the forms write it, 14, not 2-14, as
        ids.describe names a form's row: review 182 #5)."""
        mine = self.project_id == self.policy_id and not (self.direction_id or self.project_label)
        return mine and self.project_name in ("", self.policy_name)

    @property
    def shown_project(self) -> str:
        """Its project's number as the plan writes it: 「1.1.1」 where typed so, else its ID."""
        return self.project_label or self.project_id

    @property
    def shown_direction(self) -> str:
        """Its direction's number as the plan writes it: 「1.1」 of 「1.1.1」, or 「(1)」 as its
        line typed it (direction_label)."""
        if self.direction_label:
            return self.direction_label
        label = self.project_label
        if not label or ("." not in label and "．" not in label):  # (1-1-(1): 1-1, its ID)
            return self.direction_id
        return label[: max(label.rfind("."), label.rfind("．"))].rstrip()

    @property
    def repeat_listing(self) -> bool:
        """Whether the plan lists it again (再掲) by a mark in its name (repeat_marks.names_repeat): the
        item's (実施内容 「…（1-1-2①再掲）」), or its project's where the plan names each row
        there (集中改革プラン's 取組項目 「審議会の活用（1.5再掲）」 over a description)."""
        return names_repeat(self.item_name) or names_repeat(self.project_name)

    @property
    def ended(self) -> bool:
        """Whether the plan ends it: 区分 終了, or 完了・廃止・休止・中止 alike."""
        return self.treatment in ENDED_TREATMENTS


@dataclass(slots=True)
class Plan:
    items: list[PlanItem] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    # no item names a department (no column of a department's title, or it is empty): said by
    # template, which cannot split the forms by department then (io/plan_header_problems.py)
    no_departments: Problem | None = None
    # the first project numbered in two levels (群馬県's 1-(1), 枚方市's 施策の柱 1-1): its cell and
    # its number as typed, which template names refusing the plan (its forms number in three)
    two_levels: tuple[Location, str] | None = None
    # the first sheet's project number column (its letter, 取組番号) and the word of the level
    # above it (施策 of 施策番号・施策名): what numbered_per_level names refusing the plan
    number_column: tuple[str, str, str] | None = None
    # the title of its column marking some rows (重点, うち重点: io/plan_marks.py), "" where none
    mark_title: str = ""
    # its header cells read as no column of the plan nor as an indicator's figure (備考): their
    # first cell and title, which template says its forms do not carry
    unread_columns: list[tuple[Location, str]] = field(default_factory=list)
    # the title of its second owner column (所管課 beside 所管部), whose 課 each item keeps
    section_title: str = ""
    # its title, the first sheet's first text above its table (「緑ヶ丘市集中改革プラン（令和5年度～
    # 令和8年度）取組一覧」), which names the plan in the report's title (form_titles.py)
    title: str = ""
    # its first header row: where, and each column's title by role (政策 | 施策 | 事務事業名:
    # io/plan_titles.py's roles), whose words its forms take where no planeval.toml words them
    # (cycle/plan_words.py)
    header: tuple[Location, dict[str, str]] | None = None

    @property
    def figure_titles(self) -> tuple[str, ...]:
        """The titles of its indicators' figures (基準値（R2） | 目標値（R7）) and of its items'
        descriptions (事業の概要), in its order (cycle/form_figures.py tells them apart)."""
        return tuple(dict.fromkeys(title for item in self.items for title, _ in item.figures))

    @property
    def departments(self) -> list[str]:
        """Every department named in the plan, in order of first appearance; a placeholder
        (その他関係部, 関係各部) only where it leads a project: as a co-owner it names nobody
        who would return a workbook, and is not awaited."""
        leads = {item.departments[0] for item in self.items if item.departments}
        seen: dict[str, None] = {}
        for item in self.items:
            for department in item.departments:
                if department in leads or not is_placeholder_department(department):
                    seen.setdefault(department)
        return list(seen)

    @property
    def file(self) -> str | None:
        """The plan's workbook, as read (its items' file); None for a plan of no item."""
        return self.items[0].location.file if self.items else None

    def as_before(self) -> Plan:
        """The plan as a round before its own had it (compare's and rounds' earlier rounds,
        check --previous): the items it marks 終了 still open. They ended in this revision, after
        that round, which asked them of their leads (review 83a: 令和5's plan ending 1-1-4②,
        which 令和4's round asked of 教育政策部 with its three other items)."""
        if not any(item.ended for item in self.items):
            return self
        opened = [replace(item, treatment="") if item.ended else item for item in self.items]
        return replace(self, items=opened)

    def name_levels(self, policies: dict[str, str], directions: dict[str, str]) -> None:
        """The plan's names of its policies and directions, where the forms read name none
        (forms made before the plan's names reached them; a body's own form)."""
        for item in self.items:
            if item.policy_name and not policies.get(item.policy_id):
                policies[item.policy_id] = item.policy_name
            if item.direction_id and item.direction_name and not directions.get(item.direction_id):
                directions[item.direction_id] = item.direction_name

    def owners_of(self, rows: Iterable[Entry]) -> Callable[[Entry], tuple[str, ...]]:
        """Each entry's item's departments, its lead first (() where the plan has no such
        item), the plan numbered as the read ``rows`` number it."""
        from planeval.plan_pairing import numbered_as_read  # (it pairs PlanItems: imports this)

        found = {lead_key(item): item.departments for item in numbered_as_read(self, rows).items}
        return lambda entry: found.get(lead_key(entry), ())

    def lead_of(
        self, rows: Iterable[Entry], written: Collection[str] = ()
    ) -> Callable[[Entry], str]:
        """Each entry's item's lead department (所管部: the first the plan names; "" where the
        plan has no such item), the plan numbered as the read ``rows`` number it (leads).
        ``written``: the departments the forms read are written for; a lead none of them is,
        named as its pair in the plan's other owner column is there (counterparts): the plan's
        lead 市民課, answered in 市民生活部's workbook, is 市民生活部 (review 170 #2)."""
        found = leads(self, rows)
        paired = self.counterparts() if written else {}
        if paired:
            found = {
                key: paired[lead] if lead not in written and paired.get(lead) in written else lead
                for key, lead in found.items()
            }
        return lambda entry: found.get(lead_key(entry), "")

    def counterparts(self) -> dict[str, str]:
        """Each owner one owner column names (所管課 市民課) with the one the other column names
        in its place on every row naming it (所管部 市民生活部): 「市民課、情報政策課」 beside
        「市民生活部、企画財政部」 pairs them in order. A 部 of several 課 has none."""
        seen: dict[str, set[str]] = {}
        for item in self.items:
            others = split_departments(item.section) if item.section else ()
            if len(others) != len(item.departments):
                continue
            for one, other in zip(item.departments, others, strict=True):
                seen.setdefault(one, set()).add(other)
                seen.setdefault(other, set()).add(one)
        return {name: next(iter(them)) for name, them in seen.items() if len(them) == 1}

    def placeholder_leads(self, of: Collection[str] | None = None) -> list[Problem]:
        """A notice for each project whose lead is a placeholder (関係各部): its workbook is
        written under that name, and someone must be chosen to fill it in. ``of``: only the
        placeholders among these (validate: those whose form has not come back — one that
        came back filled was given to someone, and saying it on every round is noise)."""
        said: dict[str, Problem] = {}
        for item in self.items:
            lead = item.departments[0] if item.departments else ""
            if of is not None and lead not in of:
                continue
            if is_placeholder_department(lead) and item.project_id not in said:
                said[item.project_id] = Problem(
                    item.department_location or item.location,
                    Severity.NOTICE,
                    f"{item.shown_project} の所管が「{lead}」です。部署の名前ではないため、"
                    f"「{lead}」の調査票を記入する部署を決めて渡してください",
                    "計画事業一覧の所管部に部署の名前を書けば、その部署の調査票に入ります",
                    reason=PLACEHOLDER_LEAD,
                )
        return list(said.values())


_CIRCLED = re.compile("[\u2460-\u2473\u3251-\u325f\u32b1-\u32bf]")


def circled_labels(rows: Iterable[Entry]) -> bool:
    """Whether any of the ``rows`` read numbers its item with a circled numeral (世田谷区's ①,
    a template's 1-1-1①): the plan's items are shown so beside them (PlanItem.written_label);
    where none does (羽根村市's 「31 農業後継者育成事業」, a template's 事業番号 11), a circled
    numeral would be one nobody typed (review 164 #5)."""
    return any(_CIRCLED.search(row.item_label) for row in rows)


def leads(plan: Plan, rows: Iterable[Entry]) -> dict[tuple[str, str], str]:
    """Each item's lead department (所管部: the first the plan names), keyed as ``lead_key``
    keys a row; ``rows``: the rated rows, as which the plan is numbered (plan_pairing)."""
    from planeval.plan_pairing import numbered_as_read  # (it pairs PlanItems: imports this)

    return {
        lead_key(item): item.departments[0]
        for item in numbered_as_read(plan, rows).items
        if item.departments
    }


def lead_key(item: Numbered) -> tuple[str, str]:
    """An item as the plan's leads are looked up: its project and number with the kana its
    label carries — 「(1)ア」 and 「(1)イ」 are two items, as summarize tells them by their
    shown IDs (item_groups.item_path), not one of number 1 whose lead is the last read —, its
    name where it has no number; every sub-item has its item's lead."""
    if item.item_no is None:
        return item.project_id, comparable_name(item.item_name)
    mark = item.item_label.rstrip()[-1:]
    return item.project_id, f"{item.item_no}{mark if mark and mark in KATAKANA else ''}"


# Words a plan writes where a department's name would go: not a department of its own.
_PLACEHOLDER_DEPARTMENT = re.compile(
    r"^(?:その他の?)?関係(?:各|する)?(?:部|課|部署|部局|所管課?)等?$|^各(?:部|課|部署|部局)$"
    r"|^全(?:庁|部|課|部署|部局)$"
)


def is_placeholder_department(name: str) -> bool:
    """ "関係各部", "その他関係部", "各部" → True; "政策経営部" → False."""
    return _PLACEHOLDER_DEPARTMENT.match(name) is not None


def split_departments(text: str) -> tuple[str, ...]:
    """ "政策経営部、財務部" or one per line → ("政策経営部", "財務部"); "情報政策課・市民課" too,
    where each side of the ・ is a department's name (review 55), not 「子ども・若者部」."""
    parts = [part.strip() for part in re.split(r"[、,，\n]+", text) if part.strip()]
    return tuple(named for part in parts for named in _joined(part))


def _joined(part: str) -> list[str]:
    """The departments one name joins with ・ where each side is one, else the name itself."""
    sides = [side.strip() for side in part.split("・")]
    return sides if len(sides) > 1 and all(map(_department, sides)) else [part]


def _department(name: str) -> bool:
    """Whether ``name`` ends as a department's does (市民課, 政策経営部, 広報室, 教育委員会 …)."""
    return len(name) > 1 and name.endswith(
        ("課", "部", "室", "局", "係", "所", "館", "センター", "委員会")
    )
