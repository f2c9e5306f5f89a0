"""The same rows, typed in every layout people use, give the same entries and counts."""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import NamedTuple

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import planeval
from planeval.ids import circled
from planeval.presets import PRESETS
from tests.conftest import write_book

HEADER = ["情報化計画事業の体系", "実施内容", "達成状況", "課題等"]


class Row(NamedTuple):
    project: str
    project_name: str
    item_label: str
    item_name: str
    sub_item: str | None
    status: str
    issue: str = ""
    department: str = ""


DIRECTIONS = {"1-1": "行政サービスの拡充", "1-2": "交流促進支援", "2-1": "行政経営の質的向上"}
POLICIES = {"1": "区民の力を活かす情報化", "2": "行政経営を支援する情報化"}
ROWS = [
    Row("1-1-1", "情報提供の充実", "①", "電子媒体の活用", None, "○", "", "政策経営部"),
    Row("1-1-1", "情報提供の充実", "②", "地理情報の提供", None, "△", "統一化が必要", "都市整備部"),
    Row("1-1-2", "マイナンバーの活用", "①", "行政サービスの拡充", "電子調達", "○", "", "財務部"),
    Row(
        "1-1-2",
        "マイナンバーの活用",
        "①",
        "行政サービスの拡充",
        "電子申請",
        "◎",
        "件数が増加",
        "財務部",
    ),
    Row("1-1-2", "マイナンバーの活用", "②", "納付方法の検討", None, "×", "未着手", "区民生活部"),
    Row("1-2-1", "参加と協働", "①", "防災情報の提供", None, "○", "", "危機管理部"),
    Row("1-2-1", "参加と協働", "②", "魅力の発信（1-1-1②再掲）", None, "-", "", "経済産業部"),
    Row("2-1-1", "働き方改革", "①", "モバイル端末の活用", None, "◎", "整備拡大", "総務部"),
    Row("2-1-1", "働き方改革", "②", "ペーパーレス会議", None, "○", "", "総務部"),
]
EXPECTED_POLICY_COUNTS = [
    ("1", {"◎": 1, "○": 3, "△": 1, "×": 1}, {"-": 1}),
    ("2", {"◎": 1, "○": 1, "△": 0, "×": 0}, {"-": 0}),
]


def _direction(row: Row) -> str:
    return row.project.rsplit("-", 1)[0]


def _status_cell(row: Row) -> str:
    return f"{row.sub_item} {row.status}" if row.sub_item else row.status


def _table(rows: list[Row], *, top: int, merged: bool) -> tuple[list[list[object]], list[str]]:
    """A seed-style table (header, direction row, rows) whose first row is Excel row ``top``."""
    direction = _direction(rows[0])
    out: list[list[object]] = [HEADER, [f"{direction} {DIRECTIONS[direction]}", "", "", ""]]
    merges: list[str] = [f"A{top + 1}:D{top + 1}"] if merged else []
    project_start = item_start = top + 2
    for index, row in enumerate(rows):
        excel_row = top + 2 + index
        previous = rows[index - 1] if index else None
        new_project = previous is None or previous.project != row.project
        new_item = new_project or previous is None or previous.item_label != row.item_label
        out.append(
            [
                f"{row.project} {row.project_name}" if new_project else "",
                f"{row.item_label} {row.item_name}" if new_item else "",
                _status_cell(row),
                row.issue,
            ]
        )
        if merged and index:
            if new_project:
                if excel_row - 1 > project_start:
                    merges.append(f"A{project_start}:A{excel_row - 1}")
                project_start = excel_row
            if new_item:
                if excel_row - 1 > item_start:
                    merges.append(f"B{item_start}:B{excel_row - 1}")
                item_start = excel_row
    last = top + 1 + len(rows)
    if merged and last > project_start:
        merges.append(f"A{project_start}:A{last}")
    if merged and last > item_start:
        merges.append(f"B{item_start}:B{last}")
    return out, merges


def _by(rows: list[Row], key: Callable[[Row], str]) -> list[list[Row]]:
    groups: dict[str, list[Row]] = {}
    for row in rows:
        groups.setdefault(key(row), []).append(row)
    return list(groups.values())


def _stacked(rows: list[Row], *, merged: bool, policy_headings: bool = True) -> tuple[list, list]:
    """Tables stacked down one sheet with headings, narrative, legend and blank rows between."""
    sheet: list[list[object]] = [["第3章 後期情報化計画事業の進捗状況"], []]
    merges: list[str] = []
    for policy_rows in _by(rows, lambda r: r.project.split("-")[0]):
        policy = policy_rows[0].project.split("-")[0]
        if policy_headings:
            sheet += [[f"（{policy}）情報化政策{policy} {POLICIES[policy]}"], []]
        sheet += [["「…」として、計画事業に取り組みました。計画どおり実施N件でした。"], []]
        sheet += [
            ["※計画を上回る実施：◎、計画どおり実施：○、内容を一部修正して実施：△、未実施：×"],
            [],
        ]
        for direction_rows in _by(policy_rows, _direction):
            table, table_merges = _table(direction_rows, top=len(sheet) + 1, merged=merged)
            sheet += [*table, []]
            merges += table_merges
    return sheet, merges


def seed_style(tmp: Path) -> list[Path]:
    sheet, merges = _stacked(ROWS, merged=True)
    return [write_book(tmp / "seed.xlsx", {"第3章": sheet}, merges={"第3章": merges})]


def blank_means_same_as_above(tmp: Path) -> list[Path]:
    sheet, _ = _stacked(ROWS, merged=False)
    return [write_book(tmp / "blank.xlsx", {"第3章": sheet})]


def sheet_per_policy(tmp: Path) -> list[Path]:
    sheets, merges = {}, {}
    for policy_rows in _by(ROWS, lambda r: r.project.split("-")[0]):
        name = f"政策{policy_rows[0].project[0]}"
        sheets[name], merges[name] = _stacked(policy_rows, merged=True)
    return [write_book(tmp / "per-policy.xlsx", sheets, merges=merges)]


def several_workbooks(tmp: Path) -> list[Path]:
    paths = []
    for policy_rows in _by(ROWS, lambda r: r.project.split("-")[0]):
        sheet, merges = _stacked(policy_rows, merged=False)
        name = f"policy{policy_rows[0].project[0]}.xlsx"
        paths.append(write_book(tmp / name, {"第3章": sheet}, merges={"第3章": merges}))
    return paths


def other_columns_elsewhere(tmp: Path, rows: list[Row] = ROWS) -> list[Path]:
    """Columns in another order, a 細目 and a 所管部 column, the table starting at C4."""
    header = ["所管部", "情報化計画事業の体系", "実施内容", "細目", "課題等", "達成状況"]
    sheet: list[list[object]] = [[f"（1）情報化政策1 {POLICIES['1']}"], [], header]
    sheet2: list[list[object]] = [[f"(2) 情報化政策2 {POLICIES['2']}"], [], header]
    for row in rows:
        target = sheet if row.project.startswith("1") else sheet2
        target.append(
            [
                row.department,
                f"{row.project}{row.project_name}",  # no space before the name
                f"{row.item_label}{row.item_name}",
                row.sub_item or "",
                row.issue,
                row.status,
            ]
        )
    return [write_book(tmp / "columns.xlsx", {"一覧": sheet, "一覧2": sheet2}, start="C4")]


def typed_by_hand(tmp: Path) -> list[Path]:
    """Full-width IDs and dashes, other item numbering, look-alike and padded status symbols."""
    looks = {
        "○": ["〇", " ◯ ", "○\u200b"],
        "×": ["✕"],
        "△": ["△（一部修正）"],
        "-": ["－"],
        "◎": ["　◎　"],
    }
    numbering = {"①": "(1)", "②": "2."}
    used: dict[str, int] = {}
    rows = []
    for row in ROWS:
        variants = looks[row.status]
        status = variants[used.get(row.status, 0) % len(variants)]
        used[row.status] = used.get(row.status, 0) + 1
        project = row.project.translate(str.maketrans("0123456789-", "０１２３４５６７８９－"))
        rows.append(
            row._replace(project=project, item_label=numbering[row.item_label], status=status)
        )
    sheet: list[list[object]] = [HEADER]
    previous: Row | None = None
    for row in rows:
        new_project = previous is None or previous.project != row.project
        new_item = new_project or previous is None or previous.item_label != row.item_label
        sheet.append(
            [
                f"{row.project}　{row.project_name}" if new_project else "",
                f"{row.item_label} {row.item_name}" if new_item else "",
                _status_cell(row),
                row.issue,
            ]
        )
        previous = row
    sheet = [[f"（1）情報化政策1 {POLICIES['1']}"], [f"(2) 情報化政策2 {POLICIES['2']}"], *sheet]
    return [write_book(tmp / "typed.xlsx", {"Sheet1": sheet})]


def lower_levels_in_item_column(tmp: Path) -> list[Path]:
    """Sub-items written as ア, イ… lines under their item instead of in the status cell."""
    sheet, _ = _stacked(ROWS, merged=False)
    out: list[list[object]] = []
    markers = iter("アイウエ")
    for cells in sheet:
        if len(cells) == 4 and isinstance(cells[2], str) and " " in cells[2]:
            label, status = cells[2].rsplit(" ", 1)
            if cells[1]:  # the item's first sub-item: the item on its own line first
                out.append([cells[0], cells[1], "", ""])
                cells = ["", "", status, cells[3]]
                markers = iter("アイウエ")
            out.append([cells[0], f"{next(markers)} {label}", status, cells[3]])
        else:
            out.append(cells)
    return [write_book(tmp / "lower.xlsx", {"第3章": out})]


LAYOUTS = [
    seed_style,
    blank_means_same_as_above,
    sheet_per_policy,
    several_workbooks,
    other_columns_elsewhere,
    typed_by_hand,
]


def _counts(result: planeval.ReadResult, by: str) -> list[tuple[object, ...]]:
    """Counts per group, names aside (layouts without direction rows do not name directions)."""
    summary = planeval.summarize(result.entries, by=by)  # type: ignore[arg-type]
    return [
        (g.id, dict(g.count.counts), dict(g.count.uncounted), g.count.total, g.projects)
        for g in summary.groups
    ]


@pytest.mark.parametrize("layout", LAYOUTS, ids=lambda f: f.__name__)
def test_every_layout_gives_the_same_entries_and_counts(layout, tmp_path: Path) -> None:
    result = planeval.read_workbooks(layout(tmp_path))
    assert [p for p in result.problems if p.severity is not planeval.Severity.NOTICE] == []
    summary = planeval.summarize(result.entries, by="policy")
    assert [(g.id, dict(g.count.counts), dict(g.count.uncounted)) for g in summary.groups] == (
        EXPECTED_POLICY_COUNTS
    )
    assert [g.name for g in summary.groups] == list(POLICIES.values())
    reference = planeval.read_workbooks(seed_style(tmp_path / ".."))
    for by in ("policy", "direction", "project"):
        assert _counts(result, by) == _counts(reference, by)
    assert [(e.project_id, e.item_no, e.sub_item, e.status, e.issue) for e in result.entries] == [
        (r.project, int("①②".index(r.item_label)) + 1, r.sub_item, r.status, r.issue) for r in ROWS
    ]


def test_lower_levels_marked_with_katakana_are_sub_items(tmp_path: Path) -> None:
    result = planeval.read_workbooks(lower_levels_in_item_column(tmp_path))
    assert result.problems == []
    subs = [
        (e.project_id, e.item_label, e.sub_item, e.status) for e in result.entries if e.sub_item
    ]
    assert subs == [("1-1-2", "①", "ア 電子調達", "○"), ("1-1-2", "①", "イ 電子申請", "◎")]
    assert _counts(result, "project") == _counts(
        planeval.read_workbooks(seed_style(tmp_path)), "project"
    )


def test_direction_and_department_columns_are_read(tmp_path: Path) -> None:
    result = planeval.read_workbooks(seed_style(tmp_path))
    assert result.direction_names == DIRECTIONS
    assert {e.direction_name for e in result.entries} == set(DIRECTIONS.values())
    columns = planeval.read_workbooks(other_columns_elsewhere(tmp_path))
    assert [e.department for e in columns.entries] == [r.department for r in ROWS]
    assert columns.entries[0].location.cell == "H7"  # status column H, first item row 7


def test_repeat_listing_points_at_its_item(tmp_path: Path) -> None:
    result = planeval.read_workbooks(seed_style(tmp_path))
    repeat = next(e for e in result.entries if e.status == "-")
    assert repeat.repeat_of == "1-1-1②"


def test_a_repeat_listing_rated_and_an_item_marked_repeat_are_each_said(tmp_path: Path) -> None:
    """- on an item that names no item it repeats leaves the item unrated: an error at its
    status cell, the row not counted (as an empty status is); ○ on a repeat listing is counted
    as the repeat listing it is (not twice), a warning, the typed status kept; the designed
    rows (- on a repeat listing, a status on an item) say nothing."""
    rows = [
        HEADER,
        ["1-1-1 情報提供", "① ホームページ", "○", ""],
        ["", "② 電子申請", "-", ""],
        ["", "③ 多言語化（1-1-1①再掲）", "○", ""],
        ["", "④ 窓口案内（1-1-1①再掲）", "-", ""],
    ]
    result = planeval.read_workbooks([write_book(tmp_path / "status.xlsx", {"第3章": rows})])
    assert [e.status for e in result.entries] == ["○", "-", "-"]
    assert [e.status_text for e in result.entries] == ["○", "○", "-"]
    assert [(p.severity.name, p.location.cell) for p in result.problems] == [
        ("ERROR", "C3"),
        ("WARNING", "C4"),
    ]
    assert "評価のない行のため、この行は数えていません" in result.problems[0].message
    assert (
        "1-1-1① と二重に数えないよう、この行は再掲（'-'）として数えました"
        in result.problems[1].message
    )
    assert "'-' にしてください" in result.problems[1].hint
    count = planeval.summarize(result.entries).groups[0].count
    assert (count.counts["○"], count.uncounted["-"], count.total) == (1, 2, 1)


def test_a_repeat_listing_in_a_table_of_names_is_said_as_in_a_numbered_one(
    tmp_path: Path,
) -> None:
    """集中改革プラン: 1.1 numbers, the 再掲 mark on the project's name or the item's (「（1.1再掲）」
    or 「【再掲】」). Rated, it is counted as the repeat listing it is (it was counted twice:
    108 for 107, review 9); 再掲 typed on a row naming no source is a repeat listing naming
    none, as 「【再掲】」 is (it was an error: review 161 #2); designed rows say nothing. (The reference, in the body's own numbers, is not looked up.)"""
    rows = [
        ["No.", "改革項目", "取組内容", "進捗状況", "担当課"],
        ["1.1", "補助金の見直し", "整理合理化", "目標達成", "財政課"],
        ["1.2", "使用料の見直し", "受益者負担", "取組中", "財政課"],
        ["1.3", "補助金の見直し（1.1再掲）", "整理合理化", "目標達成", "財政課"],
        ["1.4", "【再掲】使用料の見直し", "受益者負担", "再掲", "財政課"],
        ["1.5", "事務の電子化", "電子申請", "再掲", "情報政策課"],
        ["1.6", "事務の電子化", "窓口の改善（1.1再掲）", "再掲", "情報政策課"],
    ]
    path = write_book(tmp_path / "plan.xlsx", {"取組状況": rows})
    result = planeval.read_workbooks([path], scale=PRESETS["reform_plan"])
    assert [e.status for e in result.entries] == [
        "目標達成",
        "取組中",
        "再掲",
        "再掲",
        "再掲",
        "再掲",
    ]
    assert [e.repeat_of for e in result.entries][2:] == ["1.1", "", "", "1.1"]
    assert [(p.severity.name, p.location.cell) for p in result.problems] == [("WARNING", "D4")]
    assert "1.1 と二重に数えないよう" in result.problems[0].message
    count = planeval.summarize(result.entries, scale=PRESETS["reform_plan"]).total
    assert (count.total, count.uncounted["再掲"]) == (2, 4)


def test_a_repeat_listing_marked_in_a_note_column_beside_the_issue_column(tmp_path: Path) -> None:
    """みどり市's form: 取組状況・課題 read as the issue column, 備考 beside it holding
    「（1.6再掲）」 or 「【再掲】1.6」 on the row rated 再掲. The row was an error (「名称か備考に
    再掲元の書き込みがありません」, left uncounted, the run stopped) although its 備考 said it
    (review 16); a 再掲 with no mark in any cell is a repeat listing naming none (review 161 #2:
    it was an error too)."""
    header = [
        "番号",
        "改革項目",
        "取組項目",
        "取組内容",
        "達成状況",
        "取組状況・課題",
        "所管課",
        "備考",
    ]
    rows = [
        header,
        ["1.6", "1 事務事業の再編", "公用車の削減", "共用化", "目標達成", "完了", "財政課", None],
        ["4.7", "4 財政の健全化", "公用車の削減", "共用化", "再掲", None, "財政課", "（1.6再掲）"],
        ["4.8", None, "補助金の見直し", "整理", "再掲", None, "財政課", "【再掲】1.2"],
        ["4.9", None, "窓口の改善", "案内", "再掲", None, "財政課", "要確認"],
    ]  # (取組状況・課題 filled: left empty on every row, 備考 would be read, issue_columns.py)
    path = write_book(tmp_path / "企画財政部.xlsx", {"取組状況": rows})
    result = planeval.read_workbooks([path], scale=PRESETS["reform_plan"])
    assert [e.status for e in result.entries] == ["目標達成", "再掲", "再掲", "再掲"]
    assert [(p.severity.name, p.location.cell) for p in result.problems] == [
        ("NOTICE", "H1"),  # (備考 not read as the issue column: said, as two issue columns are)
    ]


def test_a_repeat_listing_marked_in_the_note_column_of_a_numbered_table(tmp_path: Path) -> None:
    """A Setagaya-style department form with 課題等 and a 備考 column after it: the clerk
    marks the repeat listing in 備考 (「1-1-1①の再掲」 is not a mark; 「（1-1-1①再掲）」 and
    「【再掲】」 are), not in the item's name. The row rated - was an error, left uncounted,
    although its 備考 said what it repeats (the tables written in names looked there
    already); a - with no mark anywhere is still one."""
    rows = [
        ["情報化計画事業の体系", "実施内容", "達成状況", "課題等", "所管部", "備考"],
        ["1-1-1 電子申請の拡充", "① 申請手続の拡大", "○", None, "政策経営部", None],
        ["1-2-1 窓口の改善", "① 申請手続の拡大", "-", None, "政策経営部", "（1-1-1①再掲）"],
        [None, "② 案内表示の多言語化", "-", None, "政策経営部", "【再掲】"],
        [None, "③ 待ち時間の表示", "-", None, "政策経営部", "確認中"],
        [None, "④ 予約制の導入", "△", "調整中", "政策経営部", None],
    ]
    path = write_book(tmp_path / "政策経営部.xlsx", {"進捗状況": rows})
    result = planeval.read_workbooks([path])
    assert [(e.project_id, e.item_no, e.status, e.repeat_of) for e in result.entries] == [
        ("1-1-1", 1, "○", None),
        ("1-2-1", 1, "-", "1-1-1①"),
        ("1-2-1", 2, "-", ""),
        ("1-2-1", 4, "△", None),
    ]
    assert [(p.severity.name, p.location.cell) for p in result.problems] == [
        ("NOTICE", "F1"),  # (備考 not read as the issue column, 課題等 is)
        ("ERROR", "C5"),
    ]
    assert "実施内容か備考に再掲元の書き込み" in result.problems[1].message
    count = planeval.summarize(result.entries).total
    assert (count.total, count.uncounted["-"]) == (2, 2)


def test_a_paragraph_under_a_table_of_indicators_is_text_not_a_group(tmp_path: Path) -> None:
    """A summary sentence typed in the 項目 column under the last table (群馬県): it was taken
    for a group row, so check found no paragraph (review 9); a group row (1) … stays one."""
    rows = [
        ["基本目標1　県民の利便性を高めるデジタル行政の推進"],
        ["項目", "指標", "現状値", "目標値", "指標の評価", "担当課"],
        ["(1) 行政手続のオンライン化"],
        ["ア", "電子申請可能な手続の割合", "71.2%", "100%", "前進B", "DX課"],
        ["イ", "電子申請の利用件数", "61,008件", "60,000件", "達成A", "DX課"],
        [],
        ["全2指標のうち、達成Aは1指標、前進Bは1指標でした。"],
    ]
    path = write_book(tmp_path / "gunma.xlsx", {"進捗状況": rows})
    result = planeval.read_workbooks([path], scale=PRESETS["gunma"])
    assert not result.problems
    assert {e.project_name for e in result.entries} == {"行政手続のオンライン化"}
    checked = planeval.check(result, scale=PRESETS["gunma"])
    assert checked.agrees and [s.location.cell for s in checked.statements] == ["A7"]


def test_a_number_typed_as_a_decimal_number_that_two_items_share_is_said(tmp_path: Path) -> None:
    """1.10 typed in a cell Excel takes for a number is kept as 1.1: two items share 1.1
    (review 9). Both are counted, and a warning says why at the second; a number in a text
    cell, or one item's rows under one number, say nothing."""
    rows = [
        ["No.", "改革項目", "取組内容", "進捗状況", "担当課"],
        [1.1, "補助金の見直し", "整理合理化", "目標達成", "財政課"],
        [1.2, "使用料の見直し", "受益者負担", "取組中", "財政課"],
        [1.1, "事務の電子化", "電子申請", "目標達成", "情報政策課"],  # (typed 1.10)
        ["1.3", "窓口の改善", "案内", "取組中", "区民課"],
    ]
    path = write_book(tmp_path / "plan.xlsx", {"取組状況": rows})
    result = planeval.read_workbooks([path], scale=PRESETS["reform_plan"])
    assert len(result.entries) == 4
    [(cell, message, hint)] = [
        (p.location.cell, p.message, p.hint)
        for p in result.problems
        if p.severity.name == "WARNING"
    ]
    assert cell == "A4" and "1.10 のような番号の末尾の 0 を Excel が消した可能性" in message
    assert "「文字列」" in hint and len(result.problems) == 1


def test_a_group_row_with_its_number_and_name_in_two_cells_is_one_group(tmp_path: Path) -> None:
    """「(2) | 学校教育のデジタル化」 (number in 項目, name in 指標): its rows were read into the
    group above, silently (review 9); they are group 2's, as with 「(2) 学校…」 in one cell."""
    rows = [
        ["項目", "指標", "現状値", "指標の評価", "担当課"],
        ["(1) 行政手続のオンライン化"],
        ["ア", "電子申請可能な手続の割合", "71.2%", "前進B", "DX課"],
        ["(2)", "学校教育のデジタル化"],
        ["ア", "端末を毎日活用する割合", "97.0%", "達成A", "教育課"],
        ["イ", "デジタル教材の活用校数", "44校", "横ばいC", "教育課"],
    ]
    path = write_book(tmp_path / "kpi.xlsx", {"進捗状況": rows})
    result = planeval.read_workbooks([path], scale=PRESETS["gunma"])
    assert not result.problems
    assert [(e.project_id, e.project_name) for e in result.entries] == [
        ("1", "行政手続のオンライン化"),
        ("2", "学校教育のデジタル化"),
        ("2", "学校教育のデジタル化"),
    ]


def test_a_rating_on_a_group_row_is_said_to_be_on_a_heading_row(tmp_path: Path) -> None:
    """B typed on the group row 「(1) 行政手続のオンライン化」: not 'no name' alone (the name is
    there, in 項目), but that it looks like a heading row, at the status cell to clear."""
    rows = [
        ["項目", "指標", "現状値", "指標の評価", "担当課"],
        ["(1) 行政手続のオンライン化", None, None, "前進B"],
        ["ア", "電子申請可能な手続の割合", "71.2%", "前進B", "DX課"],
    ]
    path = write_book(tmp_path / "kpi.xlsx", {"進捗状況": rows})
    result = planeval.read_workbooks([path], scale=PRESETS["gunma"])
    [error] = result.errors
    assert error.location.cell == "D2" and "見出しの行のようです" in error.message
    assert "評価を消し" in error.hint and len(result.entries) == 1


def test_a_row_without_a_number_on_a_form_without_an_issue_column_is_told_outside(
    tmp_path: Path,
) -> None:
    """A form with no 課題等 column (愛知県's, review 129 N5): the fix for a note typed in a row
    of its own names the table's margin, not an issue cell the form does not have."""
    rows = [
        HEADER[:3],
        ["1-1-1 情報提供", "① ホームページ", "○"],
        ["", "（参考）令和4年度の研修受講者 延べ120名", ""],
    ]
    result = planeval.read_workbooks([write_book(tmp_path / "status.xlsx", {"第3章": rows})])
    [note] = result.problems
    assert note.location.cell == "C3" and note.message.startswith("番号のない行「（参考）令和4年度")
    assert note.hint.endswith("補足なら表の欄外に書き足して、この行を削除してください")


def test_a_note_typed_in_an_inserted_row_is_said_as_a_row_without_a_number(
    tmp_path: Path,
) -> None:
    rows = [
        HEADER,
        ["1-1-1 情報提供", "① ホームページ", "○", ""],
        ["", "（参考）令和4年度の研修受講者 延べ120名", "", ""],
        ["", "② 電子申請", "", ""],
    ]
    result = planeval.read_workbooks([write_book(tmp_path / "status.xlsx", {"第3章": rows})])
    note, empty = result.problems
    assert note.location.cell == "C3" and note.message.startswith("番号のない行「（参考）令和4年度")
    assert "補足なら上の実施内容の課題等のセルに書き足して、この行を削除してください" in note.hint
    assert (empty.location.cell, empty.message) == (
        "C4",
        "実施内容「② 電子申請」の達成状況が空です",
    )
    assert empty.hint == "◎ ○ △ × のいずれかを入力してください（再掲の行は -）"
    assert [e.item_name for e in result.entries] == ["ホームページ"]


def test_a_scale_without_repeat_listings_says_nothing_of_them(tmp_path: Path) -> None:
    rows = [HEADER, ["1-1-1 情報提供", "① ホームページ（1-2-1①再掲）", "A", ""]]
    path = write_book(tmp_path / "status.xlsx", {"第3章": rows})
    result = planeval.read_workbooks([path], scale=PRESETS["aichi"])
    assert result.problems == [] and len(result.entries) == 1


PROJECTS = {"1-1-1": "情報提供", "1-1-2": "マイナンバー", "1-2-1": "参加と協働", "2-1-1": "働き方"}


@st.composite
def random_rows(draw: st.DrawFn) -> list[Row]:
    """A random plan's rows: projects in ID order, 1-4 items each, some rated in sub-items."""
    rows = []
    projects = sorted(draw(st.sets(st.sampled_from(sorted(PROJECTS)), min_size=1)))
    for project in projects:
        for number in range(1, draw(st.integers(1, 4)) + 1):
            label, name = circled(number), f"項目{number}"
            # a repeat listing names the item it repeats and is rated '-' (a '-' on any other
            # item leaves it unrated: an error)
            repeat = number > 1 and draw(st.integers(0, 4)) == 0
            if repeat:
                name += f"（{project}①再掲）"
            subs = ["細目A", "細目B"] if draw(st.booleans()) else [None]
            for sub in subs:
                status = "-" if repeat else draw(st.sampled_from(["◎", "○", "△", "×"]))
                issue = draw(st.sampled_from(["", "課題あり", "遅延"]))
                rows.append(
                    Row(project, PROJECTS[project], label, name, sub, status, issue, "総務部")
                )
    return rows


@settings(max_examples=15, deadline=None)
@given(random_rows())
def test_random_plans_read_back_the_same_in_every_layout(rows: list[Row]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        tmp = Path(folder)
        expected = [
            (r.project, "①②③④".index(r.item_label) + 1, r.sub_item, r.status, r.issue) for r in rows
        ]
        layouts = {
            "merged": _stacked(rows, merged=True),
            "blank": _stacked(rows, merged=False),
        }
        paths = [
            write_book(tmp / f"{name}.xlsx", {"第3章": sheet}, merges={"第3章": merges})
            for name, (sheet, merges) in layouts.items()
        ]
        paths += [other_columns_elsewhere(tmp, rows)[0]]
        for path in paths:
            result = planeval.read_workbooks([path])
            assert [p for p in result.problems if p.is_error] == []
            got = [(e.project_id, e.item_no, e.sub_item, e.status, e.issue) for e in result.entries]
            assert got == expected, path.name
            counted = planeval.summarize(result.entries).total
            assert counted.total + counted.uncounted["-"] == len(rows)


@pytest.mark.parametrize(
    "layout", [*LAYOUTS, lower_levels_in_item_column], ids=lambda f: f.__name__
)
def test_both_readers_give_the_same_answer(layout, tmp_path: Path) -> None:
    """python-calamine (the fast path) and openpyxl read every layout to the same result."""
    paths = layout(tmp_path)
    fast = planeval.read_workbooks(paths)
    slow = planeval.read_workbooks(paths, engine="openpyxl")
    assert fast.entries == slow.entries
    assert fast.problems == slow.problems
    assert fast.texts == slow.texts


def test_column_titles_with_remarks_and_line_breaks(book) -> None:
    header = ["情報化計画事業\nの体系", "実施内容", "達成状況（◎○△×）", "課題等 ※△・×は必須"]
    result = planeval.read_workbooks([book([header, ["1-1-1 事業", "① 項目", "△", "遅れ"]])])
    assert [(e.status, e.issue) for e in result.entries] == [("△", "遅れ")]


def test_a_project_id_typed_again_on_every_row_continues_the_project(book) -> None:
    """A clerk who types 1-1-1 on every row instead of merging: sub-items (細目) under an item
    whose item cell is blank still belong to that item."""
    header = ["情報化計画事業の体系", "実施内容", "細目", "達成状況", "課題等"]
    rows = [
        header,
        ["1-1-1 事業", "(1) 電子申請", "申請", "○", ""],
        ["1-1-1 事業", "", "届出", "△", "様式の見直し"],
        ["1-1-1 事業", "(2) 窓口", "", "○", ""],
    ]
    result = planeval.read_workbooks([book(rows)])
    assert not result.problems
    assert [(e.item_no, e.sub_item, e.status) for e in result.entries] == [
        (1, "申請", "○"),
        (1, "届出", "△"),
        (2, None, "○"),
    ]


def test_a_survey_form_with_one_column_per_level_and_its_ids_in_each(tmp_path: Path) -> None:
    """A national survey's form: 施策 | 事業 | 取組, each cell its level's ID and name, 取組
    rated. 取組 was no column title planeval knew: 事業 was taken for the rated column, and
    its three 取組 for one item rated three times (220 errors over 49 bodies, 608 of 683 rows
    lost; review 17). The 取組's own ID is its ID in every list (1-1-2, not 1-1)."""
    rows = [
        ["デジタル化推進計画 取組状況調査票（令和5年度）"],
        [],
        ["団体名", "北海道札幌市"],
        ["団体コード", "011002"],
        [],
        ["施策", "事業", "取組", "達成状況", "課題等", "担当部署"],
        ["1 行政手続のオンライン化", "1-1 オンライン申請の拡大", "1-1-1 電子申請の導入", "○", None, "市民課"],
        [None, None, "1-1-2 キャッシュレス決済の導入", "◎", "前倒しで全庁展開した", "市民課"],
        [None, "1-2 窓口改革", "1-2-1 書かない窓口の導入", "×", "財源の確保ができなかった", "市民課"],
        ["2 情報セキュリティ", "2-1 研修", "2-1-1 職員研修（1-1-1再掲）", "-", None, "情報政策課"],
    ]  # fmt: skip
    path = write_book(tmp_path / "札幌市.xlsx", {"調査票": rows}, merges={"調査票": ["A7:A9"]})
    result = planeval.read_workbooks([path])
    assert result.problems == []
    assert [(e.project_id, e.shown_id, e.item_name, e.status) for e in result.entries] == [
        ("1-1", "1-1-1", "電子申請の導入", "○"),
        ("1-1", "1-1-2", "キャッシュレス決済の導入", "◎"),
        ("1-2", "1-2-1", "書かない窓口の導入", "×"),
        ("2-1", "2-1-1", "職員研修（1-1-1再掲）", "-"),
    ]
    count = planeval.summarize(result.entries).total
    assert (count.counts, count.uncounted) == ({"◎": 1, "○": 1, "△": 0, "×": 1}, {"-": 1})


def test_a_heading_of_the_level_under_the_policy_above_each_table(tmp_path: Path) -> None:
    """Aichi heads each table with its 施策 (「施策1-1　…」) under the 基本方針 heading and
    numbers its 取組 from No. 1 in every table: the 施策 headings were not read, so the 取組
    No. 1 of 施策1-1, 1-2 and 1-3 were one project 1-1 (13 取組 counted as 7, 「3つの取組項目」
    for 7; a false 「多くのファイルで評価」 warning; validate against the plan: every row 計画に
    ない; review 17)."""
    header = ["No.", "取組項目", "指標", "目標値", "実績値", "評価（A～D）", "取組状況・課題"]
    rows = [
        ["あいちITプラン2025　指標の進捗状況評価（令和5年度）"],
        ["基本方針1　デジタルで県民の暮らしを便利に"],
        ["施策1-1　行政手続のオンライン化"],
        header,
        [1, "電子申請の拡充", "①電子申請が可能な手続の割合", 100, 92, "B", "概ね順調"],
        [None, None, "②電子申請の利用件数", 500000, 512300, "A", None],
        [2, "キャッシュレス決済の導入", "①導入施設数", 120, 75, "C", "周知不足"],
        [],
        ["施策1-2　暮らしに役立つ情報発信"],
        header,
        [1, "県公式アプリの充実", "①ダウンロード数", 30, 33, "A", None],
        ["基本方針2　デジタルで産業を強く"],
        ["施策2-1　中小企業のDX支援"],
        header,
        [1, "DX相談窓口の運営", "①相談件数", 600, 280, "D", "周知不足"],
    ]
    path = write_book(
        tmp_path / "総務局.xlsx", {"進捗状況": rows}, merges={"進捗状況": ["A5:A6", "B5:B6"]}
    )
    result = planeval.read_workbooks([path], scale=PRESETS["aichi"])
    assert result.problems == []
    assert [(e.direction_id, e.project_id, e.project_name, e.item_no) for e in result.entries] == [
        ("1-1", "1-1-1", "電子申請の拡充", 1),
        ("1-1", "1-1-1", "電子申請の拡充", 2),
        ("1-1", "1-1-2", "キャッシュレス決済の導入", 1),
        ("1-2", "1-2-1", "県公式アプリの充実", 1),
        ("2-1", "2-1-1", "DX相談窓口の運営", 1),
    ]
    assert result.direction_names == {
        "1-1": "行政手続のオンライン化",
        "1-2": "暮らしに役立つ情報発信",
        "2-1": "中小企業のDX支援",
    }
    [first, _second] = planeval.summarize(result.entries, scale=PRESETS["aichi"]).groups
    assert (first.projects, first.count.total) == (3, 4)


def test_one_number_given_two_items_of_a_project_in_a_file_is_a_warning(tmp_path: Path) -> None:
    """Review 61: a department sorted its rows by status (the project cells unmerged first):
    1-1-3's ③ and ④ came under 1-1-2, whose own ③ and ④ stayed — four items counted, two
    numbers each twice, exit 0, nothing said. Each is counted (two names: two items) and said."""
    rows = [
        HEADER,
        ["1-1-2 手続", "③ 電子申請", "○", ""],
        ["", "④ 書かない窓口", "○", ""],
        ["", "③ チャットボット", "◎", ""],
        ["", "④ 相談体制", "△", ""],
        ["1-1-3 窓口", "① 案内", "○", ""],
    ]
    result = planeval.read_workbooks([write_book(tmp_path / "status.xlsx", {"第3章": rows})])
    assert len(result.entries) == 5
    said = [(p.severity.value, p.location.cell) for p in result.problems]
    assert said == [("warning", "C4"), ("warning", "C5")]
    assert "1-1-2③ 電子申請（C2）と 1-1-2③ チャットボット（C4）" in result.problems[0].message


def test_an_item_s_name_typed_over_two_lines_is_one_line(tmp_path: Path) -> None:
    """Review 61: a name typed with Alt+Enter (「区民の安全・安心な\\nICT利用」) printed broken in
    every output; the issue's own lines are kept."""
    rows = [
        HEADER,
        ["1-1-1 情報提供", "① 区民の安全・安心な\nICT利用", "○", "一行目\n二行目"],
        ["", "② 防災情報の提供 Free\nWi-Fi", "○", ""],
    ]
    result = planeval.read_workbooks([write_book(tmp_path / "status.xlsx", {"第3章": rows})])
    assert [e.item_name for e in result.entries] == [
        "区民の安全・安心なICT利用",
        "防災情報の提供 Free Wi-Fi",
    ]
    assert result.entries[0].issue == "一行目\n二行目"
