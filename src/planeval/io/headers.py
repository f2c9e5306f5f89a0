"""Finding a table's header row by its column titles: the built-in vocabulary of column roles
(io/header_titles.py), extended by planeval.toml's [layout] titles.

Roles: project (the unit the plan lists: 事業, 施策, 項目 …), item (what is rated under it:
実施内容, 取組内容, 指標 …), status (one column or several), issue, department, sub_item,
number (No., 番号) and levels (政策, 施策, 柱 … columns above the project, left to right).
A header row holds a status title and a project or item title. Here each title is keyed and given
its role; which column of a header row is which, io/header_columns.py.
"""

# (no `from __future__ import annotations`: a named tuple compiles each text annotation)
import dataclasses
import functools
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import field
from itertools import chain
from typing import NamedTuple

from planeval.io.header_titles import (
    HEADER_TITLES,
    ISSUE_PREFERENCE,
    LEVELS_BY_CELLS,
    LEVELS_OVER_PROJECTS,
)
from planeval.model import record
from planeval.text import bare_title

# A title no list names that is still an issue column's, as bodies vary them (課題・今後の取組,
# 課題と対応, 今後の取組方針): a short one holding 課題, or starting 今後の.
_ISSUE_LIKE = re.compile(r"^(?:.{0,6}課題.{0,8}|今後の.{1,8})$")
# (such a title holding 課題 is preferred as ISSUE_PREFERENCE's 課題 titles are: before this one)
_AFTER_ISSUES = "今後の方向性"


def _issue_like(key: str) -> str | None:
    return "issue" if key and _ISSUE_LIKE.match(key) else None


def _joined(key: str, vocabulary: Mapping[str, str]) -> str | None:
    """The role of names' titles joined by 「・」, each a level's, project's or item's
    (長与町's 施策・取組 over 1.1 and 1.1.1: review 85, its levels lost unread): the lowest
    of them, an item's before a project's; none of levels' alone (政策・施策)."""
    if "・" not in key:
        return None
    roles = {vocabulary.get(part) for part in key.split("・")}
    if not roles <= {"level", "project", "item"}:
        return None
    return "item" if "item" in roles else "project" if "project" in roles else None


def title_key(value: object) -> str:
    """A column title as compared: NFKC, no spaces or line breaks, and no remark in brackets
    or after ※ ("達成状況（◎○△×）" and "課題等 ※必須" are 達成状況 and 課題等). Every row is
    tried as a header row, so each distinct cell text is keyed once."""
    if type(value) is not str or len(value) > 40:
        return ""  # (a long text is a paragraph or a data cell, never a title)
    key = _KEYS.get(value)
    if key is None:
        key = bare_title(value)
        if len(_KEYS) < 65_536:
            _KEYS[value] = key
    return key


_KEYS: dict[str, str] = {}


# The [wording] words that are titles of their roles in the body's tables too (a template
# planeval wrote in them is read back as written: config_read.with_wording)
TITLED_WORDS = ("project", "item", "sub_item", "status", "issue", "department")


@record(frozen=True, slots=True)
class Layout:
    """A body's own words for its tables (planeval.toml's [layout]): more titles per role,
    more heading words for the levels above the tables, and which status column to read
    where a table has several."""

    titles: dict[str, tuple[str, ...]] = field(default_factory=dict)
    headings: tuple[str, ...] = ()
    status_column: str | None = None
    # the settings have a [wording] table (its words are titles here too): a first run's
    # planeval.toml block (own_scale.py) brings no second one
    worded: bool = False
    # … and its word for the projects is its policies' (a preset's plan of two levels:
    # hirakata's 基本目標 › 施策): each file's project column's title is noted (message_words)
    projects_as_policies: bool = False
    # the titles of columns the body knows planeval does not read ([columns] ignore): not said
    ignored: tuple[str, ...] = ()
    # [layout.titles] item as the settings give it (not [wording]'s): a 指標 titled so stays
    # the rated item beside a 取組 numbered of its own (indicator_names)
    items: tuple[str, ...] = ()
    # the headers (running_numbers.header_key) whose No. numbers the rows, where a file's own
    # tables cannot tell: its projects each of one row (reader.read_alike; no setting)
    rows_numbered: frozenset[str] = frozenset()
    # the body's own counter ([wording] counter: 取組, プロジェクト) a table's total row may
    # count in, 「合計 | 22取組」, besides the common ones (summary_block.stated_total)
    counters: tuple[str, ...] = ()
    # the [wording] policy titling the forms' top level where no project word is given (運営方針
    # | 事業番号 | 事業: config_read.with_wording), as messages name that column; its 名 a project's
    # title, as planeval's earlier forms (運営方針番号 | 運営方針名 | 事業番号 | 事業) have it, read
    # and never written (cycle/numbered_forms leaves it out)
    policy_level: str = ""

    def own_words(self, words: Mapping[str, str]) -> dict[str, str]:
        """Of ``words`` ([wording]'s, role → word), those that become titles of their roles: never
        a level's title, built in or given by [layout.titles] (config_read.with_wording)."""
        kept = {title_key(title) for title in HEADER_TITLES["level"] - LEVELS_OVER_PROJECTS}
        kept |= {title_key(title) for titles in self.titles.values() for title in titles}
        return {role: word for role, word in words.items() if title_key(word) not in kept}

    def titled(self, words: Mapping[str, str]) -> "Layout":
        """This layout with ``words`` (role → title) titles of their roles too."""
        if not words:
            return self
        titles = dict(self.titles)
        for role, word in words.items():
            titles[role] = (*titles.get(role, ()), word)
        return dataclasses.replace(self, titles=titles)

    def vocabulary(self) -> "Titles":
        """Each title as compared → its role, built in and from the config (the config's
        first); one matcher per distinct layout, remembering every cell text it has judged."""
        own = self.titles
        if self.policy_level and (word := title_key(named := f"{self.policy_level}名")):
            given = {title_key(title) for titles in own.values() for title in titles}
            if word not in _VOCABULARY and word not in given:  # (a title with a role keeps it)
                own = own | {"project": (*own.get("project", ()), named)}
        key = tuple(sorted((role, tuple(titles)) for role, titles in own.items()))
        key += (("rated", self.items), ("counters", self.counters))
        titles = _MATCHERS.get(key)
        if titles is None:
            vocabulary = dict(_VOCABULARY)
            for role, extra in own.items():
                vocabulary.update(_keyed(extra, role))
            issues = tuple(title_key(title) for title in self.titles.get("issue", ()))
            levels = frozenset(title_key(title) for title in self.titles.get("level", ()))
            items = frozenset(title_key(title) for title in self.items)
            titles = _MATCHERS[key] = Titles(vocabulary, issues, levels, items, self.counters)
        return titles


class Titles:
    """The roles of column titles: every row is tried as a header row, so each distinct cell
    text is judged once (keyed and looked up) and its role remembered."""

    __slots__ = (
        "counters", "issue_order", "levels_by_cells", "levels_over_projects", "most", "own_issues",
        "own_items", "roles", "vocabulary",
    )  # fmt: skip

    def __init__(
        self,
        vocabulary: dict[str, str],
        issues: tuple[str, ...] = (),
        levels: frozenset[str] = frozenset(),
        items: frozenset[str] = frozenset(),
        counters: tuple[str, ...] = (),
    ) -> None:
        self.vocabulary = vocabulary
        self.counters = counters  # (Layout.counters: a total row's count read in them too)
        self.own_items = items  # ([layout.titles] item's: a 指標 so titled rated, not a figure)
        # the level titles whose column is told by its cells (LEVELS_BY_CELLS), but those the
        # config names: a level wherever it stands
        self.levels_by_cells = frozenset(title_key(title) for title in LEVELS_BY_CELLS) - levels
        # … and those a level only above a project's column (LEVELS_OVER_PROJECTS), alike
        over = frozenset(title_key(title) for title in LEVELS_OVER_PROJECTS)
        self.levels_over_projects = over - levels
        # issue titles, the preferred first (a table with two: see ISSUE_PREFERENCE)
        self.own_issues = frozenset(issues)  # (a table read by one of them: chosen, unsaid)
        self.issue_order: dict[str, int] = {}
        for key in (*issues, *(title_key(title) for title in ISSUE_PREFERENCE)):
            self.issue_order.setdefault(key, 2 * len(self.issue_order))
        self.roles: dict[str, str | None] = {}
        # the longest cell text that can be a title: the longest title with room for a remark
        # and spaces (「達成度（A～D） ※必須」); item names and issue texts are mostly longer, and
        # are then never keyed
        self.most = max(len(title) for title in vocabulary) + 14

    def issue_rank(self, key: str) -> int:
        """A table's issue title's place in the preference (lowest read): a title no list names
        holding 課題 (取組内容・課題) with the 課題 titles, before 今後の方向性 and 備考 (review 114:
        an empty 備考 was read and the 取組内容・課題 beside it not)."""
        rank = self.issue_order.get(key)
        if rank is not None:
            return rank
        if "課題" in key:
            return self.issue_order[_AFTER_ISSUES] - 1
        return 2 * len(self.issue_order)

    def role(self, text: str) -> str | None:
        try:
            return self.roles[text]
        except KeyError:
            key = title_key(text)
            vocabulary = self.vocabulary
            role = vocabulary.get(key) or vocabulary.get(_plain(key)) or _joined(key, vocabulary)
            role = role or _issue_like(key)
            if len(self.roles) < 65_536:
                self.roles[text] = role
            return role


def _plain(key: str) -> str:
    """A title's key with 取り組み and 取組み written 取組, as bodies write the word every way
    (「取り組み状況・課題」 of 桜ヶ丘市 was read nowhere, 「取組み状況・課題」 was: review 85)."""
    return key.replace("取り組み", "取組").replace("取組み", "取組") if "取" in key else key


def _keyed(titles: Iterable[str], role: str) -> Iterator[tuple[str, str]]:
    """Each title's key → ``role``, and its key with 取組 written plain (_plain)."""
    for title in titles:
        key = title_key(title)
        yield key, role
        yield _plain(key), role


_VOCABULARY = dict(chain.from_iterable(_keyed(t, role) for role, t in HEADER_TITLES.items()))
_MATCHERS: dict[tuple[tuple[str, tuple[str, ...]], ...], Titles] = {}


def number_title(value: object) -> bool:
    """Whether a cell holds a number column's title as the status forms read it (No., 番号,
    項番 …): the plan's reader reads the same (io/plan_titles.py; review 154 #6, its 「No.」
    read as no number and the names beside it as the numbers)."""
    return _VOCABULARY.get(title_key(value)) == "number"


DEFAULT_LAYOUT = Layout()


class HeaderRow(NamedTuple):  # (cheaper to define than a frozen dataclass: model.py)
    """The columns of a header row: one per single role, the level columns left to right,
    and every status column with its title. One is shared by every row of the same cells
    (find_columns), so none is ever changed: its columns are read-only (a Mapping)."""

    columns: Mapping[str, int]
    levels: tuple[int, ...]
    statuses: tuple[tuple[int, str], ...]
    project_title: str = ""
    # the number column numbers the projects, not the rated rows: it sits beside the project
    # column (番号 | 事務事業名 | 取組内容), where an item column rates below the projects
    project_number: bool = False
    # an issue column not read, another being preferred (ISSUE_PREFERENCE): (column, title)
    unread_issues: tuple[tuple[int, str], ...] = ()
    mark_title: str = ""  # the title of a column marking some rows (重点), if any
    # level columns right of the rated column under a title also used otherwise (方向性:
    # LEVELS_BY_CELLS), not in ``levels``: io/level_columns.py reads their cells
    unsure_levels: tuple[int, ...] = ()
    # the number column is titled as the items' own (取組番号 beside 取組内容: worded_numbers),
    # never a running No. beside the project's number
    own_item_number: bool = False
    # the column of the rated item's indicator name (取組 | 指標 | 策定時 …: indicator_names),
    # the first of its figures (value_columns); -1 where there is none
    indicator: int = -1
    # level columns under a project's title left of another (項目 | 事業名): the rows' own
    # numbers where their cells hold numbers alone, 1-3-(1) (io/level_columns.py tells)
    project_titled: tuple[int, ...] = ()


def header_roles(cells: list[object], titles: Titles) -> dict[int, str]:
    """The role of each cell that holds a known title."""
    known, most = titles.roles, titles.most
    roles: dict[int, str] = {}
    for index, value in enumerate(cells):
        if type(value) is str and len(value) <= most:
            role = known[value] if value in known else titles.role(value)
            if role is not None:
                roles[index] = role
    return roles


def status_titled(cells: list[object], titles: Titles) -> bool:
    """Whether a cell of ``cells`` holds a status title: a row without one is no header
    row (find_columns), told without keying the row (a rated table's row with a blank status)."""
    known, most, numbered = titles.roles, titles.most, _numbered_status(titles)
    return any(
        type(value) is str
        and len(value) <= most
        and (numbered or value in known or not "\u2460" <= value[:1] <= "\u2473")  # (not keyed)
        and (known[value] if value in known else titles.role(value)) == "status"
        for value in cells
    )


@functools.cache
def _numbered_status(titles: Titles) -> bool:
    """Whether a status title's key starts with a digit (else 「① 名前」, keyed 1名前, is none)."""
    return any("0" <= key[:1] <= "9" for key, role in titles.vocabulary.items() if role == "status")


def near_miss(cells: list[object], vocabulary: Titles) -> list[str] | None:
    """The roles a row holds titles of, when it looks like a header row that is not one (two
    titles or more, or a status title): for the message when no table is found."""
    roles = header_roles(cells, vocabulary)
    if len(roles) >= 2 or "status" in roles.values():
        return sorted(set(roles.values()), key=list(HEADER_TITLES).index)
    return None
