"""IDs and names in one cell numbered with dots (review 29 F1, F3): a town's DX survey form
laid out as Setagaya's — 「1.1 名前」 direction rows, 「1.1.1 名前」 project cells, (1) or ①
items — is read as 1-1 and 1-1-1, counted as the dashed form is, and shown as typed; what
stays unreadable is told once, and the rows under it grouped."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from openpyxl import Workbook
from typer.testing import CliRunner

import planeval
from planeval.cli import app
from planeval.dotted_ids import TypedId, parse_dotted

# 南川町 自治体DX推進計画 進捗状況調査: the survey's A–D, - 対象外 not counted
SETTINGS = """[scale]
as_planned = "B"
[[scale.status]]
symbol = "A"
label = "計画以上に進捗"
[[scale.status]]
symbol = "B"
label = "計画どおり進捗"
[[scale.status]]
symbol = "C"
label = "遅れている"
needs_issue = true
[[scale.status]]
symbol = "D"
label = "未着手"
needs_issue = true
[[scale.status]]
symbol = "-"
label = "対象外"
counted = false
[wording]
policy = "基本目標"
"""
# 基本目標 → 施策 (1.1) → 事業 (1.1.1) → 取組 and its rating; the second 基本目標's sheet typed
# by another clerk, in full-width digits and circled numbers
PLAN: dict[str, tuple[str, dict[str, tuple[str, dict[str, tuple[str, list[tuple[str, str]]]]]]]] = {
    "1": (
        "住民サービスの向上",
        {
            "1.1": (
                "行政手続のオンライン化",
                {
                    "1.1.1": (
                        "電子申請システムの拡充事業",
                        [
                            ("対象手続の拡大", "B"),
                            ("操作説明会の開催", "C"),
                            ("利用状況の分析", "-"),
                        ],
                    ),
                    "1.1.2": ("キャッシュレス決済の導入事業", [("窓口への決済端末の配備", "A")]),
                },
            ),
            "1.2": (
                "窓口サービスの改善",
                {
                    "1.2.1": (
                        "書かない窓口の推進事業",
                        [("申請書の自動作成", "B"), ("職員研修", "D")],
                    )
                },
            ),
        },
    ),
    "2": (
        "職員の働き方改革",
        {
            "2.1": (
                "テレワーク環境の整備",
                {
                    "2.1.1": (
                        "テレワーク端末の配備事業",
                        [("端末の調達", "B"), ("規程の改正", "B"), ("利用促進", "C")],
                    ),
                },
            ),
        },
    ),
}
FULL_WIDTH = str.maketrans("0123456789.", "０１２３４５６７８９．")


def _number(typed: str, policy: str, dashed: bool) -> str:
    if dashed:
        return typed.replace(".", "-")
    return typed.translate(FULL_WIDTH) if policy == "2" else typed


def write_survey(path: Path, *, dashed: bool = False) -> Path:
    """The town's form as its clerks fill it in: a sheet per 基本目標, its heading above the
    table, a 施策's row alone, a 事業's number and name in its first 取組's row."""
    book = Workbook()
    book.remove(book.active)
    for policy, (policy_name, directions) in PLAN.items():
        sheet = book.create_sheet(f"基本目標{policy}")
        sheet.append(["令和5年度 自治体DX推進計画 進捗状況調査票"])
        sheet.append(["団体名", "南川町"])
        sheet.append([])
        sheet.append([f"基本目標{policy}\u3000{policy_name}"])
        sheet.append(["計画事業", "実施内容", "達成状況", "課題等", "所管課"])
        for direction, (direction_name, projects) in directions.items():
            sheet.append([f"{_number(direction, policy, dashed)} {direction_name}"])
            for project, (project_name, items) in projects.items():
                for number, (item, status) in enumerate(items, start=1):
                    cell = f"{_number(project, policy, dashed)} {project_name}"
                    label = f"({number})" if policy == "1" else chr(0x2460 + number - 1)
                    issue = "関係課との調整に時間を要した" if status in "CD" else ""
                    sheet.append(
                        [
                            cell if number == 1 else None,
                            f"{label} {item}",
                            status,
                            issue,
                            "情報政策課",
                        ]
                    )
    book.save(path)
    return path


def _expected(level: int) -> dict[str, Counter[str]]:
    """Each 基本目標's (level 1), 施策's (2) or 事業's (3) ratings, from the rows written."""
    counts: dict[str, Counter[str]] = {}
    for policy, (_, directions) in PLAN.items():
        for direction, (_, projects) in directions.items():
            for project, (_, items) in projects.items():
                key = (policy, direction, project)[level - 1].replace(".", "-")
                counts.setdefault(key, Counter()).update(status for _, status in items)
    return counts


@pytest.fixture
def survey(tmp_path: Path) -> tuple[Path, Path]:
    (tmp_path / "planeval.toml").write_text(SETTINGS, encoding="utf-8")
    return write_survey(tmp_path / "南川町.xlsx"), tmp_path / "planeval.toml"


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("1.1.1 電子申請", TypedId("1-1-1", "電子申請", "1.1.1")),
        ("1.1.1電子申請", TypedId("1-1-1", "電子申請", "1.1.1")),
        ("１．１２．３　電子申請", TypedId("1-12-3", "電子申請", "１．１２．３")),
        ("1.1 行政手続のオンライン化", TypedId("1-1", "行政手続のオンライン化", "1.1")),
        ("２．１ テレワーク", TypedId("2-1", "テレワーク", "２．１")),
    ],
)
def test_a_dotted_id_is_read_with_its_number_as_typed(typed: str, read: TypedId) -> None:
    assert parse_dotted(typed) == read


@pytest.mark.parametrize(
    "typed",
    ["1.5倍に拡大", "1.5 倍", "1.05 件数", "1.1", "1.1.1.1 名前", "1-1-1 名前", "電子申請 1.1"],
)
def test_a_number_with_decimals_is_no_id(typed: str) -> None:
    """Two parts only as an ID followed by a space and a name: 「1.5倍」 is a number."""
    assert parse_dotted(typed) is None


def test_the_dotted_form_counts_as_the_dashed_form(survey, tmp_path: Path) -> None:
    path, settings = survey
    scale = planeval.load_config(settings).scale
    dashed = write_survey(tmp_path / "dashed.xlsx", dashed=True)
    for level, by in enumerate(("policy", "direction", "project"), start=1):
        summary, result = planeval.summarize_workbooks([path], by=by, scale=scale)
        assert result.problems == []
        expected = _expected(level)
        assert {g.id: dict(g.count.counts) for g in summary.groups} == {
            key: {s: found[s] for s in "ABCD"} for key, found in expected.items()
        }
        assert {g.id: dict(g.count.uncounted) for g in summary.groups} == {
            key: {"-": found["-"]} for key, found in expected.items()
        }
        same, _ = planeval.summarize_workbooks([dashed], by=by, scale=scale)
        assert [(g.id, g.count) for g in same.groups] == [(g.id, g.count) for g in summary.groups]
        # shown as typed: 1.1 and 1.1.1 (２．１ on the sheet typed in full width); the dashed
        # form's number is its ID
        if level > 1:
            assert {g.id: g.label for g in summary.groups} == {
                key: _number(key.replace("-", "."), key[0], dashed=False) for key in expected
            }
            assert {g.label for g in same.groups} == {""}


def test_each_row_keeps_its_numbers_as_typed(survey) -> None:
    path, settings = survey
    result = planeval.read_workbooks([path], scale=planeval.load_config(settings).scale)
    rows = [(e.project_id, e.project_label, e.direction_id, e.shown_id) for e in result.entries]
    written = [
        (project, number, direction)
        for policy, (_, directions) in PLAN.items()
        for direction, (_, projects) in directions.items()
        for project, (_, items) in projects.items()
        for number in range(1, len(items) + 1)
    ]
    assert rows == [
        (
            project.replace(".", "-"),
            _number(project, project[0], dashed=False),
            direction.replace(".", "-"),
            _number(project, project[0], dashed=False)
            + (f"({number})" if project[0] == "1" else chr(0x2460 + number - 1)),
        )
        for project, number, direction in written
    ]
    assert result.direction_names == {
        d.replace(".", "-"): name for _, ds in PLAN.values() for d, (name, _) in ds.items()
    }


def test_the_cli_shows_the_numbers_as_typed_and_the_csv_the_ids(survey) -> None:
    path, settings = survey
    run = ["summarize", str(path), "--config", str(settings), "--by", "project"]
    shown = CliRunner().invoke(app, [*run, "-f", "plain"], env={"COLUMNS": "200"})
    assert shown.exit_code == 0, shown.output
    assert shown.stderr == ""
    lines = shown.stdout.splitlines()
    for project in _expected(3):
        typed = _number(project.replace("-", "."), project[0], dashed=False)
        assert any(line.split()[:1] == [typed] for line in lines), (typed, lines)
        assert not any(line.startswith(project) for line in lines)
    csv = CliRunner().invoke(app, [*run, "-f", "csv"])
    header, *rows = [line.split(",") for line in csv.stdout.lstrip("\ufeff").splitlines()]
    # (the IDs, each project's number as typed beside its own: 1.1.1 beside 1-1-1)
    assert header[:8] == ["番号", "番号（表記）", "名称", "A", "B", "C", "D", "計"]
    assert all(
        row[1] == _number(row[0].replace("-", "."), row[0][0], dashed=False)
        for row in rows
        if row[0] != "合計"
    )
    assert {row[0]: [int(n) for n in row[3:8]] for row in rows if row[0] != "合計"} == {
        project: [*(count[s] for s in "ABCD"), sum(count[s] for s in "ABCD")]
        for project, count in _expected(3).items()
    }


def _unreadable(tmp_path: Path, project: str, items: int) -> Path:
    """A clerk's project number missing its third part, ``items`` 取組 rated under it."""
    book = Workbook()
    sheet = book.active
    sheet.title = "基本目標1"
    sheet.append(["基本目標1\u3000住民サービスの向上"])
    sheet.append(["計画事業", "実施内容", "達成状況", "課題等", "所管課"])
    sheet.append(["1.1 行政手続のオンライン化"])
    sheet.append(["1.1.1 電子申請システムの拡充事業", "(1) 対象手続の拡大", "B", "", "情報政策課"])
    for number in range(1, items + 1):
        first = project if number == 1 else None
        sheet.append([first, f"({number}) 取組{number}", "B", "", "情報政策課"])
    path = tmp_path / "南川町.xlsx"
    book.save(path)
    return path


def test_a_number_of_two_parts_on_a_rated_row_is_told_what_it_lacks(survey, tmp_path) -> None:
    _, settings = survey
    scale = planeval.load_config(settings).scale
    path = _unreadable(tmp_path, "1.2 書かない窓口の推進事業", 2)
    result = planeval.read_workbooks([path], scale=scale)
    said = [(p.location.cell, p.message, p.hint) for p in result.problems]
    assert said == [
        (
            "A5",
            "事業番号が読めません: '1.2 書かない窓口の推進事業'",
            "番号が二つで、事業番号（1.1.1 のように三つ）ではありません。事業の行なら"
            "「1.1.1 事業名」のように書き、その上の階層の行なら実施内容と達成状況を空けてください",
        ),
        (
            "B6",
            "上の事業番号が読めないため、この行は数えていません",
            "上にある事業番号のエラーを直すと、この行も数えられます",
        ),
    ]
    assert [e.location.cell for e in result.entries] == ["C4"]
    # four parts: the usual hint, in the body's own numbering; an item's number: its column
    for typed, hint in (
        ("1.1.1.1 名前", "「1.1.1 事業名」のように事業番号から書いてください"),
        ("(2) 名前", "実施内容の番号のようです。列がずれていないか確認してください"),
    ):
        result = planeval.read_workbooks([_unreadable(tmp_path, typed, 1)], scale=scale)
        assert [p.hint for p in result.problems] == [hint]


def test_the_rows_under_an_unreadable_project_print_as_three_lines_and_one(
    survey, tmp_path
) -> None:
    """Review 29 F3: each row under the unreadable number was printed, 59 lines for a file."""
    _, settings = survey
    items = 9  # the project's row reported, the eight below it one kind
    path = _unreadable(tmp_path, "1.2 書かない窓口の推進事業", items)
    run = ["summarize", str(path), "--config", str(settings), "--keep-going"]
    result = CliRunner().invoke(app, run, env={"COLUMNS": "200"})
    assert result.exit_code == 1
    below = [f"B{row}" for row in range(6, 5 + items)]
    said = "上の事業番号が読めないため、この行は数えていません（上にある事業番号のエラーを直すと、この行も数えられます）"
    assert result.stderr.splitlines()[1:5] == [
        *(f"エラー: {path} › 基本目標1 › {cell}: {said}" for cell in below[:3]),
        f"エラー: {path} › 基本目標1: 同じ種類のエラーがほかに {len(below) - 3} 件"
        f"（{'・'.join(below[3:])}）（上にある事業番号のエラーを直すと、この行も数えられます）",
    ]
    assert f"エラー {items} 件" in result.stderr


def test_a_problem_saying_no_fix_groups_by_its_message() -> None:
    """A message with no fix said alike on six rows or more of one file is one kind too: its
    first three printed, the rest in one line naming their cells and the message."""
    from rich.console import Console

    from planeval.model import Location, Problem, Severity
    from planeval.report.problems import write_problems

    said = "この行は数えていません"
    problems = [
        Problem(Location("町.xlsx", "基本目標1", f"B{row}"), Severity.ERROR, said)
        for row in range(5, 12)
    ]
    problems.append(Problem(Location("町.xlsx", "基本目標1", "B20"), Severity.ERROR, "別の件"))
    console = Console(record=True, width=200)
    write_problems(problems, console)
    assert console.export_text().splitlines() == [
        *(f"エラー: 町.xlsx › 基本目標1 › B{row}: {said}" for row in (5, 6, 7)),
        f"エラー: 町.xlsx › 基本目標1: 同じエラーがほかに 4 件（B8・B9・B10・B11）: {said}",
        "エラー: 町.xlsx › 基本目標1 › B20: 別の件",
        "エラー 8 件",
    ]
