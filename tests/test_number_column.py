"""A project number in a column of its own (政策 | 施策 | 番号 | 事務事業名 | 取組内容 | 評価), laid
out as another body's clerk lays it out: the number typed once per project with the cells below
left blank, typed again on every row, or merged down; and Nagayo-like outline numbers (Ⅰ over
1.1 over 1.1.1) in a 番号 column beside the project's name. The number is the project's: its
rows are one project, its items numbered within it, and the same item twice is found."""

from __future__ import annotations

import csv
import io
import json

import pytest
from typer.testing import CliRunner

import planeval
from planeval.cli import app
from planeval.presets import PRESETS

HEADER = ["政策", "施策", "番号", "事務事業名", "取組内容", "評価 ※必須", "課題等", "所管課"]
POLICY, DIRECTION = "1 住民の力を活かす情報化", "1-1 行政サービスの拡充"
# (number, project, item, status) as a clerk means them, one row each
ROWS = [
    ("1-1-1", "電子申請の拡充", "① 対象手続の拡大", "○"),
    ("1-1-1", "電子申請の拡充", "② 職員研修の実施", "◎"),
    ("1-1-1", "電子申請の拡充", "③ 利用者アンケート", "○"),
    ("1-1-2", "RPAの活用", "① 効果検証", "△"),
    ("1-1-2", "RPAの活用", "② 対象業務の拡大", "○"),
]


def run(*args: str):
    return CliRunner().invoke(app, list(args), env={"COLUMNS": "200"})


def _sheet(rows, style: str) -> tuple[list[list[object]], list[str]]:
    """The rows as typed in ``style``: "repeated" (number and name on every row), "once" (on
    a project's first row, blank below) or "merged" (merged down over the project's rows)."""
    table: list[list[object]] = [HEADER]
    merges: list[str] = []
    first = 2  # (the sheet row of the current project's first row)
    for index, (number, project, item, status) in enumerate(rows):
        row = index + 2
        starts = index == 0 or rows[index - 1][:2] != (number, project)
        if starts:
            first = row
        shown = style == "repeated" or starts
        issue = "予算の確保が課題" if status == "△" else None
        table.append(
            [POLICY, DIRECTION, number if shown else None, project if shown else None,
             item, status, issue, "企画課"]
        )  # fmt: skip
        ends = index == len(rows) - 1 or rows[index + 1][:2] != (number, project)
        if style == "merged" and ends and row > first:
            merges += [f"C{first}:C{row}", f"D{first}:D{row}"]
    return table, merges


def _read(book, rows, style: str = "repeated", name: str = "status.xlsx"):
    table, merges = _sheet(rows, style)
    return planeval.read_workbooks([book(table, name=name, merges={"第3章": merges})])


@pytest.mark.parametrize("style", ["once", "repeated", "merged"])
def test_a_number_column_beside_the_project_names_the_project(book, style: str) -> None:
    result = _read(book, ROWS, style)
    assert result.problems == []
    assert [
        (e.policy_id, e.direction_id, e.project_id, e.project_name, e.item_label, e.item_name)
        for e in result.entries
    ] == [
        ("1", "1-1", "1-1-1", "電子申請の拡充", "①", "対象手続の拡大"),
        ("1", "1-1", "1-1-1", "電子申請の拡充", "②", "職員研修の実施"),
        ("1", "1-1", "1-1-1", "電子申請の拡充", "③", "利用者アンケート"),
        ("1", "1-1", "1-1-2", "RPAの活用", "①", "効果検証"),
        ("1", "1-1", "1-1-2", "RPAの活用", "②", "対象業務の拡大"),
    ]
    summary = planeval.summarize(result.entries, by="project")
    assert [(g.id, g.name, g.count.total) for g in summary.groups] == [
        ("1-1-1", "電子申請の拡充", 3),
        ("1-1-2", "RPAの活用", 2),
    ]


def test_a_project_number_on_every_row_with_its_name_left_blank_is_the_project(book) -> None:
    """No. 1-1-1 typed on every row, 施策 and 事業名 left blank (review 13's city, its clerk
    short of time): the No. was taken as the rows' running number and every row counted under
    no project and no policy — 「（情報化政策の段なし）」 — with nothing said."""
    table = [["No.", "施策", "事業名", "取組内容", "評価", "課題等", "担当課"]]
    table += [[number, "", "", item, status, "", "総務課"] for number, _p, item, status in ROWS]
    result = planeval.read_workbooks([book(table)])
    assert result.problems == []
    assert [(e.policy_id, e.direction_id, e.project_id, e.item_label) for e in result.entries] == [
        ("1", "1-1", "1-1-1", "①"),
        ("1", "1-1", "1-1-1", "②"),
        ("1", "1-1", "1-1-1", "③"),
        ("1", "1-1", "1-1-2", "①"),
        ("1", "1-1", "1-1-2", "②"),
    ]


@pytest.mark.parametrize("style", ["once", "repeated", "merged"])
def test_the_same_item_twice_with_different_statuses_is_an_error_and_not_counted(
    book, style: str
) -> None:
    """The copy further down, after another project's rows, rated differently."""
    rows = [*ROWS[:4], ("1-1-1", "電子申請の拡充", "② 職員研修の実施", "○"), ROWS[4]]
    result = _read(book, rows, style)
    assert [(str(p.location), p.message) for p in result.errors] == [
        (
            f"{result.files[0]} › 第3章 › F6",
            "同じ実施内容 1-1-1② 職員研修の実施 が 2 か所にあり、達成状況が違います: "
            f"◎（{result.files[0]} › 第3章 › F3）、○（{result.files[0]} › 第3章 › F6）。"
            "どれも数えていません",
        )
    ]
    summary = planeval.summarize(result.entries)
    assert summary.total.total == len(ROWS) - 1
    assert [e.item_label for e in result.entries if e.project_id == "1-1-1"] == ["①", "③"]


def test_the_same_item_twice_with_the_same_status_is_counted_once(book) -> None:
    rows = [*ROWS, ("1-1-1", "電子申請の拡充", "② 職員研修の実施", "◎")]
    result = _read(book, rows)
    assert result.errors == []
    [warning] = result.problems
    assert warning.severity is planeval.Severity.WARNING
    assert warning.message.startswith("同じ実施内容 1-1-1② 職員研修の実施 が 2 か所にあります")
    assert warning.message.endswith("達成状況が同じため 1 件として数えました")
    assert planeval.summarize(result.entries).total.total == len(ROWS)


def test_summarize_says_the_duplicate_and_counts_the_rest(book) -> None:
    rows = [*ROWS[:4], ("1-1-1", "電子申請の拡充", "② 職員研修の実施", "○"), ROWS[4]]
    table, _ = _sheet(rows, "repeated")
    path = str(book(table))
    refused = run("summarize", path, "-f", "csv", "--no-bom")
    assert refused.exit_code == 1
    assert "同じ実施内容 1-1-1② 職員研修の実施 が 2 か所にあり" in refused.stderr
    kept = run("summarize", path, "-f", "csv", "--no-bom", "--by", "project", "--keep-going")
    assert kept.exit_code == 1
    assert list(csv.reader(io.StringIO(kept.stdout))) == [
        ["番号", "名称", "◎", "○", "△", "×", "計", "-（再掲）"],
        ["1-1-1", "電子申請の拡充", "0", "2", "0", "0", "2", "0"],
        ["1-1-2", "RPAの活用", "0", "1", "1", "0", "2", "0"],
        ["合計", "", "0", "3", "1", "0", "4", "0"],
    ]


def test_a_row_taken_out_leaves_the_other_items_paired_across_rounds(book) -> None:
    """Numbers are the body's own: removing a row shifts nothing, so compare pairs the rest."""
    old = _read(book, ROWS, name="r1.xlsx")
    new = _read(book, [*ROWS[:2], *ROWS[3:]], "once", name="r2.xlsx")
    movements = planeval.compare(old, new).movements
    assert [(m.kind, m.old and m.old.project_id + m.old.item_label) for m in movements] == [
        ("same", "1-1-1①"),
        ("same", "1-1-1②"),
        ("removed", "1-1-1③"),
        ("same", "1-1-2①"),
        ("same", "1-1-2②"),
    ]


def test_outline_numbers_in_a_number_column_keep_every_level(book) -> None:
    """Ⅰ over 1.1 over rated 1.1.1 (its item unnumbered, in a column of its own): the 1.1
    rows are the directions, 1.1.1 the projects."""
    header = ["番号", "取組項目", "実施内容", "進捗状況", "取組み状況・課題", "所管課"]
    rows = [
        header,
        ["Ⅰ", "住民の力を活かす情報化", None, None, None, None],
        ["1.1", "情報セキュリティの確保", None, None, None, None],
        ["1.1.1", "文書管理システムの導入", "対象手続の拡大", "○", None, "情報政策課"],
        ["1.1.2", "電子申請の拡充", "職員研修の実施", "○", None, "企画課"],
        ["1.2", "窓口のデジタル化", None, None, None, None],
        ["1.2.1", "庁内ネットワークの更新", "データ連携の検討", "△", "予算の確保が課題", "総務課"],
        ["Ⅱ", "行政経営を支援する情報化", None, None, None, None],
        ["2.1", "窓口のデジタル化", None, None, None, None],
        ["2.1.1", "AI-OCRの導入", "効果検証", "○", None, "企画課"],
    ]
    result = planeval.read_workbooks([book(rows)])
    assert result.problems == []
    assert [
        (e.policy_id, e.direction_id, e.direction_name, e.project_id, e.item_name)
        for e in result.entries
    ] == [
        ("1", "1-1", "情報セキュリティの確保", "1-1-1", "対象手続の拡大"),
        ("1", "1-1", "情報セキュリティの確保", "1-1-2", "職員研修の実施"),
        ("1", "1-2", "窓口のデジタル化", "1-2-1", "データ連携の検討"),
        ("2", "2-1", "窓口のデジタル化", "2-1-1", "効果検証"),
    ]
    assert [e.policy_name for e in result.entries][::3] == [
        "住民の力を活かす情報化",
        "行政経営を支援する情報化",
    ]


def test_a_number_column_beside_the_item_numbers_the_items(book) -> None:
    """事業名 | No. | 取組内容: the number sits left of the item, so it is the item's."""
    rows = [
        ["事業名", "No.", "取組内容", "評価"],
        ["1-1-1 電子申請の拡充", "1", "対象手続の拡大", "○"],
        ["1-1-1 電子申請の拡充", "2", "職員研修の実施", "△"],
    ]
    result = planeval.read_workbooks([book(rows)])
    assert [(e.project_id, e.item_no, e.item_label, e.item_name) for e in result.entries] == [
        ("1-1-1", 1, "1", "対象手続の拡大"),
        ("1-1-1", 2, "2", "職員研修の実施"),
    ]


def test_level_names_without_numbers_typed_on_every_row_are_one_level(book) -> None:
    """政策 and 施策 repeated on every row, no numbers anywhere: numbered in the order they
    appear, one number per level (not one per row)."""
    rows = [
        ["政策", "施策", "事業名", "実施内容", "達成度"],
        ["住民の力を活かす情報化", "窓口のデジタル化", "電子申請の拡充", "① 対象手続の拡大", "○"],
        ["住民の力を活かす情報化", "窓口のデジタル化", "電子申請の拡充", "② 職員研修の実施", "○"],
        ["住民の力を活かす情報化", "窓口のデジタル化", "RPAの活用", "① 効果検証", "△"],
        ["行政経営を支援する情報化", "人材の育成", "研修の充実", "① 研修の実施", "○"],
    ]
    result = planeval.read_workbooks([book(rows)])
    assert [(e.project_id, e.item_label) for e in result.entries] == [
        ("1-1-1", "①"),
        ("1-1-1", "②"),
        ("1-1-2", "①"),
        ("2-1-1", "①"),
    ]


def test_kana_numbers_under_a_group_row_are_kept_apart_per_section(book) -> None:
    """(1) over (1)ア, (1)イ in two sections: the projects are 1-1-ア … and 2-1-ア …, never
    one 1-ア for both."""
    header = ["番号", "実施項目", "取組内容", "進捗状況"]
    rows: list[list[object]] = []
    for section, name in (("1", "事務事業の見直し"), ("2", "給与の適正化")):
        rows += [[f"{section}　{name}"], header, ["(1)", f"{name}の推進", None, None]]
        rows += [
            ["(1)ア", "見直しA", "Aに取り組む。", "○"],
            ["(1)イ", "見直しB", "Bに取り組む。", "△"],
        ]
    result = planeval.read_workbooks([book(rows)])
    assert [(e.policy_id, e.project_id) for e in result.entries] == [
        ("1", "1-1-ア"),
        ("1", "1-1-イ"),
        ("2", "2-1-ア"),
        ("2", "2-1-イ"),
    ]


@pytest.mark.parametrize("style", ["once", "merged"])
def test_a_project_number_with_no_level_above_is_the_project_not_its_policy(
    book, style: str
) -> None:
    """A national survey's form (review 13): 番号 | 計画事業名 | 実施内容 | 達成状況, no policy
    column and no heading above the table. The project 1-1-1 stood as its own policy (「3つの
    計画事業」 for one project's three items; a prefecture's 集計 added nine bodies' 1-1-1s into
    one row): its policy and direction are in its number, as in Setagaya's tables."""
    table, merges = _sheet([*ROWS, ("2-1-1", "庁内ネットワーク", "① 機器の更新", "×")], style)
    rows = [["番号", "計画事業名", "実施内容", "達成状況", "課題等"]]
    rows += [[number, project, item, status, issue] for _, _, number, project, item, status, issue, _
             in table[1:]]  # fmt: skip
    merges = [merge.replace("C", "A").replace("D", "B") for merge in merges]
    result = planeval.read_workbooks([book(rows, merges={"第3章": merges})])
    assert result.problems == []
    assert sorted({(e.policy_id, e.direction_id, e.project_id) for e in result.entries}) == [
        ("1", "1-1", "1-1-1"), ("1", "1-1", "1-1-2"), ("2", "2-1", "2-1-1")
    ]  # fmt: skip
    summary = planeval.summarize(result.entries, by="policy")
    assert [(g.id, g.count.total) for g in summary.groups] == [("1", 5), ("2", 1)]


def test_a_running_no_beside_unnumbered_projects_keeps_them_apart(book, tmp_path) -> None:
    """Nagoya Moriyama's table (review 14): No. 1…11 running | 目指すまちの姿 | 施策 「(1) …」
    typed once | 事業, with [wording] project = 施策 and item = 事業. The first 施策 took its ID
    from the row's No. 1, the next one, unnumbered, was numbered 1 again after it: two 施策
    counted as one (11 事業), with nothing said."""
    table = [["No.", "目指すまちの姿", "施策", "事業", "取組み結果", "今後の方向性", "担当課"]]
    projects = [("(1) 地域防災力の向上", 3), ("(2) 防犯・交通安全の推進", 2), ("(3) 生活環境", 2)]
    number = 0
    for project, rows in projects:
        for row in range(rows):
            number += 1
            top = number == 1
            table.append(
                [number, "1 安心・安全に暮らせるまち" if top else "", project if row == 0 else "",
                 f"事業{number}", "A", "", "総務課"]
            )  # fmt: skip
    path = book(table)
    config = tmp_path / "planeval.toml"
    config.write_text(
        '[scale]\npreset = "nagoya"\n[wording]\npolicy = "目指すまちの姿"\nproject = "施策"\n'
        'item = "事業"\nstatus = "取組み結果"\nissue = "今後の方向性"\ndepartment = "担当課"\n',
        encoding="utf-8",
    )
    shown = run("summarize", str(path), "--config", str(config), "--by", "project", "-f", "json")
    assert shown.exit_code == 0, shown.output
    groups = [(g["id"], g["name"], g["total"]) for g in json.loads(shown.stdout)["groups"]]
    # (each 施策 its typed number, (1)…(3), apart from its name: levels.level_id)
    assert groups == [
        (f"1-{number}", name.split(" ", 1)[1], rows)
        for number, (name, rows) in enumerate(projects, 1)
    ]
    # every 事業 keeps its row's No., the first one too (read before the No. was known to
    # number the rows: it had none, and compare showed it by its 施策's ID)
    tables = run("tables", str(path), "--config", str(config), "-f", "json")
    entries = [
        entry
        for policy in json.loads(tables.stdout)["policies"]
        for direction in policy["directions"]
        for entry in direction["entries"]
    ]
    assert [entry["item_no"] for entry in entries] == list(range(1, number + 1))
    # a 事業 added at the top shifts every No. below it: no other 事業 moved (review 14's
    # compare listed each shifted one, 「50 → 51 変化なし（番号変更）」)
    later = [table[0], [1, table[1][1], table[1][2], "新しい事業", "A", "", "総務課"]]
    later += [  # (the old first row continues the 施策 the new one starts)
        [row[0] + 1, *(["", ""] if index == 0 else row[1:3]), *row[3:]]  # type: ignore[operator]
        for index, row in enumerate(table[1:])
    ]
    newer = book(later, name="next.xlsx")
    compared = run("compare", str(path), str(newer), "--config", str(config), "-f", "json")
    assert compared.exit_code == 0, compared.output
    movements = json.loads(compared.stdout)["movements"]
    assert [m["kind"] for m in movements] == ["added"]


def test_the_bodys_own_numbers_are_shown_as_typed(book) -> None:
    """1.1.1 and a department form's 1.5 are keyed as 1-1-1 and 1-5 (rounds and files pair by
    them) but every table, list and data column shows them as the plan document prints them:
    a reader looks 1.5 up in the plan, not 1-5."""
    outline = [
        ["番号", "取組項目", "実施内容", "進捗状況", "取組み状況・課題", "所管課"],
        ["Ⅰ", "住民の力を活かす情報化", None, None, None, None],
        ["1.1", "情報セキュリティの確保", None, None, None, None],
        ["1.1.1", "文書管理システムの導入", "対象手続の拡大", "△", "予算の確保が課題", "企画課"],
        ["1.1.2", "電子申請の拡充", "職員研修の実施", "○", None, "企画課"],
    ]
    form = [
        ["担当部：企画財政部"],
        ["番号", "改革項目", "取組項目", "取組内容", "達成状況", "取組状況・課題"],
        ["1.5", "1 住民の力を活かす情報化", "イベントの見直し", "市主催イベントの統合", "○", None],
        ["1.10", None, "公用車の削減", "公用車の共用化", "△", "台数の削減が遅れた"],
        ["1-11", None, "窓口の見直し", "コンビニ交付", "○", None],
    ]
    result = planeval.read_workbooks([book(outline, "outline.xlsx"), book(form, "form.xlsx")])
    assert result.problems == []
    assert [(e.project_id, e.project_label, e.shown_id) for e in result.entries] == [
        ("1-1-1", "1.1.1", "1.1.1"),
        ("1-1-2", "1.1.2", "1.1.2"),
        ("1-5", "1.5", "1.5"),
        ("1-10", "1.10", "1.10"),
        ("1-11", "", "1-11"),  # (typed as planeval writes IDs: nothing to keep)
    ]
    outline_path = str(book(outline, "outline.xlsx"))
    tables = run("tables", outline_path, "-f", "plain")
    assert tables.exit_code == 0, tables.output
    assert "1.1.1 文書管理システムの導入" in tables.stdout and "1-1-1" not in tables.stdout
    issues = run("issues", outline_path, "-f", "csv")
    # (the project as the tables name it, its items having no number of their own: review 98)
    listed_row = next(csv.reader(io.StringIO(issues.stdout.splitlines()[1])))
    assert listed_row[:2] == ["1.1.1 文書管理システムの導入", "対象手続の拡大"]
    listed = json.loads(run("tables", outline_path, "-f", "json").stdout)
    [entry, _other] = listed["policies"][0]["directions"][0]["entries"]
    assert (entry["project_id"], entry["project_label"]) == ("1-1-1", "1.1.1")


# 浜松市's KPI table: a running No. down the whole sheet, then the 取組's own 番号 typed as text
# (1.1.1) and merged over its KPIs, band rows 「1　…」「1.1　…」 inside the table.
KPI_HEADER = [
    "No.",
    "番号",
    "取組",
    "KPI",
    "目標値",
    "実績値",
    "評価（A～D）",
    "評価の理由",
    "担当課",
]


def _kpi_rows(numbers: list[str]) -> tuple[list[list[object]], list[str]]:
    """Two KPIs under the first 取組, one under each other; ``numbers``: the 取組's 番号."""
    rows: list[list[object]] = [KPI_HEADER, ["1　市民サービスのDX"], ["1.1　行かない市役所"]]
    merges: list[str] = []
    running = 0
    for index, number in enumerate(numbers):
        kpis = ["手続数", "利用率"] if index == 0 else [f"指標{index}"]
        first = len(rows) + 1
        for kpi_index, kpi in enumerate(kpis):
            running += 1
            own = kpi_index == 0
            rows.append(
                [running, number if own else None, f"取組{number}" if own else None, kpi,
                 "10", "8", "B", "目標値の8割以上", "デジタル推進課"]
            )  # fmt: skip
        if len(kpis) > 1:
            merges += [f"B{first}:B{first + 1}", f"C{first}:C{first + 1}"]
    return rows, merges


def test_a_running_no_beside_the_projects_own_number_keeps_both(book) -> None:
    """The 番号 column was not read (a second number title): 1.1.1, 1.1.3 were numbered
    1-1-1, 1-1-2 in order and shown so, and the running No. glued on (「1-1-2 3」). The
    取組's number is read and shown as typed, the running No. as such (「1.1.3 No.3」)."""
    rows, merges = _kpi_rows(["1.1.1", "1.1.3"])
    path = book(rows, merges={"第3章": merges})
    result = planeval.read_workbooks([path], scale=PRESETS["hamamatsu"])
    assert not [p for p in result.problems if p.severity.value != "notice"]
    shown = [(e.project_id, e.shown_id, e.item_name) for e in result.entries]
    assert shown == [
        ("1-1-1", "1.1.1 No.1", "手続数"),
        ("1-1-1", "1.1.1 No.2", "利用率"),
        ("1-1-3", "1.1.3 No.3", "指標1"),
    ]


def test_kpis_a_new_row_shifts_are_paired_not_moved_and_map_takes_the_bodys_numbers(
    book, tmp_path
) -> None:
    """A 取組 inserted as 1.1.2 shifts the next one's running No. (3 → 4) and its 番号 (1.1.2 →
    1.1.3): the No. is no number of the KPI's own (no 番号変更), and ``--map 1.1.2=1.1.3`` —
    the body's own numbers — pairs the moved 取組."""
    old_rows, old_merges = _kpi_rows(["1.1.1", "1.1.2"])
    new_rows, new_merges = _kpi_rows(["1.1.1", "1.1.2", "1.1.3"])
    new_rows[-2][2:4] = ["取組新規", "新指標"]  # (the inserted 取組, its KPI)
    new_rows[-1][2:4] = ["取組1.1.2", "指標1"]  # (the old 1.1.2, moved down)
    old = book(old_rows, name="R4.xlsx", merges={"第3章": old_merges})
    new = book(new_rows, name="R5.xlsx", merges={"第3章": new_merges})
    config = tmp_path / "planeval.toml"
    config.write_text('[scale]\npreset = "hamamatsu"\n', encoding="utf-8")
    mapped = ("--map", "1.1.2=1.1.3", "--config", str(config), "-f", "json")
    result = run("compare", str(old), str(new), *mapped)
    assert result.exit_code == 0, result.output
    [added] = json.loads(result.stdout)["movements"]  # (the unchanged are not listed)
    assert (added["kind"], added["moved"], added["new"]["item_name"]) == ("added", False, "新指標")
    assert (added["new"]["project_label"], added["new"]["item_label"]) == ("1.1.2", "No.3")
    unmapped = run("compare", str(old), str(new), *mapped[2:])
    kinds = [(m["kind"], m["moved"]) for m in json.loads(unmapped.stdout)["movements"]]
    # (the moved 取組 keeps its name 「取組1.1.2」: paired by it without --map, review 117 N7)
    assert kinds == [("added", False)]
