"""A level cell typed 「(3) 地域の安全を守る」 in a column of its own (a city's 施策評価: 基本目標 |
施策 | 事業名 | 評価 …) is the 施策 (3), not the second 施策 of its 基本目標: its cell was read as
a name without a number, numbered in order (1-2), and summarize --by project printed 「1-2
(3) 地域の安全を守る」. Numbered (1), (2), (3) in order the two agreed by chance; a number left
out ((1), (3): a 施策 dropped this year) or 施策 numbered through the plan ((3), (4) under 基本目標
2) showed the cell's place, a number the clerk finds nowhere. A group row typed (1) was read
by its number already; a level cell now is too."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from typer.testing import CliRunner

import planeval
from planeval.cli import app
from planeval.presets import PRESETS
from tests.conftest import write_book

RUNNER = CliRunner()
HEADER = ["基本目標", "施策", "事業名", "評価", "今後の方向性", "担当課"]
# (基本目標, 施策, 事業, 評価): 施策 (2) dropped this year, and numbered through the plan
ROWS = [
    ("1 安全で安心なまち", "(1) 防災力の向上", "防災訓練の実施", "A"),
    ("1 安全で安心なまち", "(1) 防災力の向上", "避難所運営の見直し", "B"),
    ("1 安全で安心なまち", "(3) 地域の安全を守る", "交通安全教室の開催", "C"),
    ("2 健やかに暮らせるまち", "(4) 健康づくりの推進", "健康講座の開催", "A"),
    ("2 健やかに暮らせるまち", "(5) 子育て支援の充実", "子育て相談の拡充", "D"),
]
SETTINGS = """[scale]
preset = "hirakata"

[wording]
policy = "基本目標"
project = "施策"
item = "事業"
status = "評価"
issue = "今後の方向性"
department = "担当課"
"""


def city_book(folder: Path) -> Path:
    """The city's clerk's sheet: a title, then one row per 事業, each level's cell typed on
    every row as the clerk copies them down."""
    rows: list[list[object]] = [["施策評価結果一覧（令和5年度）"], [], HEADER]
    rows += [[goal, measure, project, rating, "継続", "市民課"] for goal, measure, project, rating in ROWS]  # fmt: skip
    return write_book(folder / "施策評価_R5.xlsx", {"評価": rows})


def typed(cell: str) -> tuple[str, str]:
    """A 施策 cell's number as typed and its name: 「(3) 地域の安全を守る」 → ("(3)", name)."""
    number, name = cell.split(" ", 1)
    return number, name


def goal_number(cell: str) -> str:
    return cell.split(" ", 1)[0]


def test_a_level_cell_s_number_is_its_id_and_shown_as_typed(tmp_path: Path) -> None:
    result = planeval.read_workbooks([city_book(tmp_path)], scale=PRESETS["hirakata"])
    assert result.problems == []
    expected = [
        (
            f"{goal_number(goal)}-{typed(measure)[0].strip('()')}",
            typed(measure)[1],
            typed(measure)[0],
            project,
        )
        for goal, measure, project, _rating in ROWS
    ]
    assert [
        (e.project_id, e.project_name, e.project_label, e.item_name) for e in result.entries
    ] == expected
    summary = planeval.summarize(result.entries, by="project", scale=PRESETS["hirakata"])
    assert [(group.id, group.name) for group in summary.groups] == list(
        dict.fromkeys((identifier, name) for identifier, name, _typed, _project in expected)
    )


@pytest.mark.parametrize(
    ("cell", "read"),
    [
        ("(3) 地域の安全を守る", ("3", "地域の安全を守る", "(3)")),
        ("（３）地域の安全を守る", ("3", "地域の安全を守る", "（３）")),
        ("③ 地域の安全を守る", ("3", "地域の安全を守る", "③")),
        ("3 地域の安全を守る", ("3", "地域の安全を守る", "")),
        ("1.3 地域の安全を守る", ("1-3", "地域の安全を守る", "1.3")),
        ("(1)ア 地域の安全を守る", (None, "(1)ア 地域の安全を守る", "")),  # (not one number)
        ("地域の安全を守る", (None, "地域の安全を守る", "")),
    ],
)
def test_level_id_reads_a_level_cell_s_number(cell: str, read: tuple[str | None, str, str]) -> None:
    from planeval.io.levels import level_id

    assert level_id(cell) == read


def test_cli_shows_each_level_as_typed(tmp_path: Path, monkeypatch) -> None:
    path = city_book(tmp_path)
    (tmp_path / "planeval.toml").write_text(SETTINGS, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    ran = RUNNER.invoke(app, ["summarize", str(path), "--by", "project", "-f", "csv", "--no-bom"])
    assert ran.exit_code == 0, ran.output
    assert ran.stderr == ""
    rows = list(csv.reader(io.StringIO(ran.stdout)))
    # the CSV keeps the IDs (which pair rounds): the 施策's typed number, not its place
    measures = list(dict.fromkeys((goal, measure) for goal, measure, _p, _r in ROWS))
    ids = [f"{goal_number(goal)}-{typed(measure)[0].strip('()')}" for goal, measure in measures]
    # (and beside each its number as typed, 「(1)」: ID（表記）)
    assert rows[0][:3] == ["番号", "番号（表記）", "名称"]
    assert [(row[0], row[1], row[2]) for row in rows[1:-1]] == [
        (identifier, *typed(measure))
        for identifier, (_goal, measure) in zip(ids, measures, strict=True)
    ]
    plain = RUNNER.invoke(app, ["summarize", str(path), "--by", "project", "-f", "plain"])
    # (as typed; numbered through the plan, no two 施策 share one, so none is led by its
    # 基本目標's number, distinct_ids' rule)
    shown = [line.split()[:2] for line in plain.stdout.splitlines()[2 : 2 + len(measures)]]
    assert shown == [list(typed(measure)) for _goal, measure in measures]
    tables = RUNNER.invoke(app, ["tables", str(path), "-f", "plain"]).stdout
    firsts = {measure: project for _goal, measure, project, _rating in reversed(ROWS)}
    assert [line.split()[:3] for line in tables.splitlines() if line.startswith("(")] == [
        [*typed(measure), project] for measure, project in reversed(firsts.items())
    ]  # (each 施策 as typed, beside its first 事業)
    assert "1-2" not in tables and "1-2" not in plain.stdout
