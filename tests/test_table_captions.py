"""群馬県's sheets (tests/other_bodies.py): under 「基本目標1 …」 two tables, each under an
unnumbered line naming its 施策の方向 (「正しく安全にICTを利活用できる人づくり」, 「ICTを活用
した学びの充実」), each numbering its group rows from (1) again. Both tables' 「(1)」 were one
project 1-1: summarize --by item gave 17 rows for 30 indicators, --by project 6 projects
where there are 12, and the issue list named 学校のICT環境の整備's indicators 1-(1)ア as
情報モラル教育の推進's. Each caption is now the direction its groups stand under, numbered in
the order they stand (1-1, 1-2), and every output keeps the projects apart, as typed."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from typer.testing import CliRunner

import planeval
from planeval.cli import app
from planeval.presets import PRESETS
from tests.conftest import write_book
from tests.other_bodies import BODIES
from tests.test_other_bodies import CONFIGS


def run(*args: str):
    return CliRunner().invoke(app, list(args), env={"COLUMNS": "200"})


def _gunma(folder: Path) -> tuple[str, str]:
    """The workbook of tests/other_bodies.py and its planeval.toml."""
    body = next(body for body in BODIES if body.key == "gunma")
    (path,) = body.build(folder)
    config = folder / "planeval.toml"
    config.write_text(CONFIGS["gunma"], encoding="utf-8")
    return str(path), str(config)


def _rows(output: str) -> list[list[str]]:
    """A plain table's rows below its title and header, split at spaces: those led by an ID
    (合計 and the legend left out)."""
    return [line.split() for line in output.splitlines()[2:] if line[:1].isdigit()]


# each group row under each caption, counted by hand from the sheets: (基本目標, caption
# number in order, group as typed, name, indicators)
PROJECTS = [
    ("1", "1", "(1)", "情報モラル教育の推進", 3),
    ("1", "1", "(2)", "県民のデジタルリテラシーの向上", 2),
    ("1", "2", "(1)", "学校のICT環境の整備", 3),
    ("1", "2", "(2)", "生涯学習のデジタル化", 2),
    ("2", "1", "(1)", "行政手続のオンライン化", 3),
    ("2", "1", "(2)", "マイナンバーカードの利活用", 2),
    ("2", "2", "(1)", "オープンデータの推進", 2),
    ("2", "2", "(2)", "業務の効率化", 4),
    ("3", "1", "(1)", "光ファイバ・5Gの整備促進", 2),
    ("3", "1", "(2)", "公衆無線LANの整備", 2),
    ("3", "2", "(1)", "中小企業のDX支援", 3),
    ("3", "2", "(2)", "市町村との連携", 2),
]


def test_each_table_s_groups_are_projects_of_their_own(tmp_path: Path) -> None:
    path, config = _gunma(tmp_path)
    projects = run("summarize", path, "--config", config, "--by", "project", "-f", "plain")
    assert projects.exit_code == 0, projects.output
    shown = [(row[0], row[1], int(row[-1])) for row in _rows(projects.stdout)]
    assert shown == [(f"{p}-{d}-{g}", name, n) for p, d, g, name, n in PROJECTS]
    items = run("summarize", path, "--config", config, "--by", "item", "-f", "plain")
    assert items.exit_code == 0, items.output
    ids = [row[0] for row in _rows(items.stdout)]
    assert len(ids) == len(set(ids)) == sum(n for *_, n in PROJECTS) == 30
    assert ids[5:8] == ["1-2-(1)ア", "1-2-(1)イ", "1-2-(1)ウ"]  # (学校のICT環境の整備's)
    directions = run("summarize", path, "--config", config, "--by", "direction", "-f", "plain")
    assert [row[:2] for row in _rows(directions.stdout)][:2] == [
        ["1-1", "正しく安全にICTを利活用できる人づくり"],
        ["1-2", "ICTを活用した学びの充実"],
    ]
    issues = run("issues", path, "--config", config, "-f", "csv", "--no-bom")
    assert issues.exit_code == 0, issues.output
    header, *rows = csv.reader(io.StringIO(issues.stdout))  # (its project too: review 172 #4)
    listed = {row[0]: row[header.index("実施内容")] for row in rows}
    assert listed["1-2-(1)ア"] == "1人1台端末を家庭学習に活用した割合（％）"
    assert listed["1-1-(1)ア"] == "情報モラル教室を実施した学校の割合（％）"


def test_the_published_counts_and_the_names_as_typed(tmp_path: Path) -> None:
    path, config = _gunma(tmp_path)
    settings = planeval.load_config(Path(config))
    result = planeval.read_workbooks([path], scale=settings.scale, layout=settings.layout)
    assert not result.problems or all(
        p.severity is planeval.Severity.NOTICE for p in result.problems
    )
    by_project = planeval.summarize(result.entries, scale=settings.scale, by="project")
    assert [(g.name, g.count.total) for g in by_project.groups] == [
        (name, n) for *_, name, n in PROJECTS
    ]
    assert dict(by_project.total.counts) == {"A": 9, "B": 11, "C": 7, "D": 3}


HEAD = ["項目", "指標", "現状値", "目標値", "指標の評価"]


def _one_body(path: Path, captions: list[str]) -> Path:
    """A sheet under 「基本目標1 …」: per caption (none where "") a table of two groups."""
    rows: list[list[object]] = [["基本目標1　デジタル社会を支える人づくり"], []]
    for caption, groups in zip(captions, (("防災", "防犯"), ("子育て", "教育")), strict=False):
        rows += [[caption]] if caption else []
        rows.append(HEAD)
        for number, group in enumerate(groups, start=1):
            rows.append([f"({number}) {group}の推進"])
            rows.append(["ア", f"{group}の指標", "10件", "20件", "前進B"])
        rows.append([])
    return write_book(path, {"基本目標1": rows})


def test_a_title_over_the_sheet_s_one_table_makes_no_level(tmp_path: Path) -> None:
    """A line above the one table (「指標一覧」), or the same above each, names no level: the
    groups stay the projects of their 基本目標, numbered as they were."""
    for captions in (["指標一覧"], ["指標一覧", "指標一覧"]):
        path = _one_body(tmp_path / f"{len(captions)}.xlsx", captions)
        result = planeval.read_workbooks([path], scale=PRESETS["gunma"])
        assert {e.direction_id for e in result.entries} == {""}
        assert [e.project_id for e in result.entries][:2] == ["1-1", "1-2"]
    path = _one_body(tmp_path / "captions.xlsx", ["防災と防犯", "子育てと教育"])
    result = planeval.read_workbooks([path], scale=PRESETS["gunma"])
    assert [(e.direction_name, e.project_id, e.project_name) for e in result.entries] == [
        ("防災と防犯", "1-1-1", "防災の推進"),
        ("防災と防犯", "1-1-2", "防犯の推進"),
        ("子育てと教育", "1-2-1", "子育ての推進"),
        ("子育てと教育", "1-2-2", "教育の推進"),
    ]


def test_a_rated_row_right_above_the_next_header_is_no_caption(tmp_path: Path) -> None:
    """bench/'s project L: the next table's header right under the last row of the one above,
    a sub-item rated in one cell (「電子調達 ○」). It was taken for the next table's caption and
    said unread as one, 102 such notices folded into one line, on a designed clean sheet."""
    header = ["情報化計画事業の体系", "実施内容", "達成状況", "課題等"]
    rows: list[list[object]] = [["情報化政策1 区民の力を活かす情報化"], header, ["1-1 方向性1"]]
    rows += [["1-1-1 電子行政の推進", "① 電子申請の拡大", "電子申請 △", ""]]
    rows += [["", "", "電子調達 ○", ""], header, ["1-2 方向性2"]]
    rows += [["1-2-1 窓口の改善", "① 窓口案内の充実", "◎", ""]]
    rows += [["", "", "電子調達 ×", ""], header, ["1-3 方向性3"]]
    rows += [["1-3-1 庁内の情報化", "① 庁内LANの更改", "○", ""]]
    book = write_book(tmp_path / "第3章.xlsx", {"第3章": rows})
    result = planeval.read_workbooks([book])
    assert not result.problems, result.problems
    assert [(e.project_id, e.sub_item, e.status) for e in result.entries] == [
        ("1-1-1", "電子申請", "△"), ("1-1-1", "電子調達", "○"), ("1-2-1", None, "◎"),
        ("1-2-1", "電子調達", "×"), ("1-3-1", None, "○"),
    ]  # fmt: skip
