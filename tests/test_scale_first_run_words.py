"""The first run's [wording] of a body whose policies are headings above its tables (review 25):
「基本目標1 …」 and 「施策27「都市基盤整備」」 give the policy's word (and, over a table rated
at the project level, the project's), and the titles are those of every table read — where
the tables title a column otherwise, the title most of them give, none where as many give
another — not the first table's alone."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from typer.testing import CliRunner

import planeval
from planeval.cli import app
from tests.conftest import write_book

NOTE = "# 表の列の言葉です。報告書の言葉を変えるなら書き換えてください"


def run(*args: str):
    return CliRunner().invoke(app, list(args), env={"COLUMNS": "80"})


def wording(block: str) -> list[str]:
    """The block's [wording] lines after its note, none without one."""
    return block.split("[wording]\n")[1].splitlines()[1:] if "[wording]" in block else []


# ---------------------------------------------------------------------------------------------
# 西川市: 実施計画事業評価, one table per 基本目標 under its heading, A–C of its own; the
# sections typed their tables' last title as they call it (所管課 in one, 担当課 in others)

GOALS = {
    "基本目標1　安全・安心に暮らせるまち": ["A", "B", "A", "C", "A"],
    "基本目標2　子どもが健やかに育つまち": ["B", "A", "A", "B"],
    "基本目標3　にぎわいと活力のあるまち": ["A", "C", "B", "A", "A", "B"],
}


def nishikawa(
    folder: Path,
    departments: tuple[str, ...] = ("所管課", "担当課", "担当課"),
    name: str = "西川市_実施計画事業評価.xlsx",
) -> Path:
    rows: list[list[object]] = [
        ["西川市総合計画 実施計画事業評価（令和5年度実績）"],
        ["評価　A：順調　B：やや遅れ　C：遅れ"],
        [],
    ]
    number = 0
    for (goal, statuses), department in zip(GOALS.items(), departments, strict=False):
        rows.append([goal])
        rows.append(["番号", "事業名", "取組内容", "評価", "評価の理由・今後の方向性", department])
        for status in statuses:
            number += 1
            reason = "計画どおり進んだ。" if status == "A" else "用地交渉に時間を要した。"
            rows.append(
                [number, f"事業{number}", f"取組{number}を進める", status, reason, "企画課"]
            )
        rows.append([])
    return write_book(folder / name, {"事業評価": rows})


def test_a_heading_word_above_the_tables_is_the_policys_word(tmp_path: Path) -> None:
    path = nishikawa(tmp_path)
    [said] = [p for p in planeval.read_workbooks([path]).problems if p.settings]
    # (番号 | 事業名 | 取組内容: 事業 is planeval's plain word for a project, unsaid; 担当課 is
    # the title two of the three tables give, not the first table's 所管課)
    assert wording(said.settings) == [
        'policy = "基本目標"',
        'item = "取組内容"',
        'status = "評価"',
        'issue = "評価の理由・今後の方向性"',
        'department = "担当課"',
    ]


def test_tables_titling_a_column_as_often_otherwise_give_no_word(tmp_path: Path) -> None:
    path = nishikawa(tmp_path, departments=("所管課", "担当課"))
    [said] = [p for p in planeval.read_workbooks([path]).problems if p.settings]
    lines = wording(said.settings)
    assert 'policy = "基本目標"' in lines
    assert not any(line.startswith("department") for line in lines)


def test_files_titling_a_column_as_often_otherwise_give_no_word(tmp_path: Path) -> None:
    """Two departments' files, each its tables alike, one 担当課 and the other 所管課."""
    nishikawa(tmp_path, departments=("担当課",) * 3, name="企画課.xlsx")
    nishikawa(tmp_path, departments=("所管課",) * 3, name="財政課.xlsx")
    [said] = [p for p in planeval.read_workbooks([tmp_path]).problems if p.settings]
    lines = wording(said.settings)
    assert 'policy = "基本目標"' in lines
    assert not any(line.startswith("department") for line in lines)


def test_nishikawas_block_pasted_heads_its_report_with_its_goals(tmp_path: Path) -> None:
    path = nishikawa(tmp_path)
    first = run("summarize", str(path), "-f", "json")
    assert first.exit_code == 1
    [block] = [p["settings"] for p in json.loads(first.stdout)["problems"] if "settings" in p]
    config = tmp_path / "planeval.toml"
    config.write_text(block, encoding="utf-8")
    md = tmp_path / "report.md"
    result = run("export", str(path), "--config", str(config), "--md", str(md))
    assert result.exit_code == 0, result.output
    report = md.read_text(encoding="utf-8")
    assert "基本目標ごとの取組内容の件数と、計に対する割合（%）" in report
    goal, statuses = next(iter(GOALS.items()))
    number, name = goal.removeprefix("基本目標").split("\u3000")
    assert f"## 基本目標{number} {name}" in report
    counts = Counter(statuses)
    said = "、".join(
        f"{label}{counts[s]}件"
        for s, label in zip("ABC", ["順調", "やや遅れ", "遅れ"], strict=True)
    )
    assert (
        f"基本目標{number}「{name}」では、{len(statuses)}つの事業に取り組みました。"
        f"個別の取組内容ごとの評価は、{said}でした。"
    ) in report
    assert "| 体系 | 取組内容 | 評価 | 評価の理由・今後の方向性 |" in report


# ---------------------------------------------------------------------------------------------
# 東川市: 長期総合計画 施策評価, 羽村市's way — 施策26「公園・緑地の整備」 headings, each over a
# table of its 事業 rated one by one (事業名 | 評　価 | 評価の理由・今後の方向性 | 担当課)

MEASURES = {
    "施策26「公園・緑地の整備」": ["A", "B", "A", "C"],
    "施策27「都市基盤整備」": ["A", "A", "B", "A"],
    "施策28「道路・交通網の整備」": ["B", "A", "C"],
}


def higashikawa(folder: Path) -> Path:
    rows: list[list[object]] = [
        ["東川市長期総合計画 施策評価（令和5年度）"],
        ["評価　A：順調　B：やや遅れ　C：遅れ"],
        [],
    ]
    for measure, statuses in MEASURES.items():
        rows.append([measure])
        rows.append(["事業名", "評　価", "評価の理由・今後の方向性", "担当課"])
        for number, status in enumerate(statuses, start=1):
            rows.append([f"{measure[:4]}の事業{number}", status, "理由を記入", "都市計画課"])
        rows.append([])
    return write_book(folder / "東川市_施策評価.xlsx", {"施策評価": rows})


def test_a_measure_heading_over_tables_of_its_projects_words_both(tmp_path: Path) -> None:
    """The rows of a table under 施策27「…」 are the 施策's own 事業: 施策 is the policy's word
    and the project's (as nagoya's wording has 基本方針 for both), 事業 the rated rows'."""
    path = higashikawa(tmp_path)
    [said] = [p for p in planeval.read_workbooks([path]).problems if p.settings]
    assert wording(said.settings) == [
        'policy = "施策"',
        'project = "施策"',
        'item = "事業"',
        'status = "評価"',
        'issue = "評価の理由・今後の方向性"',
        'department = "担当課"',
    ]
    config = tmp_path / "planeval.toml"
    config.write_text(said.settings, encoding="utf-8")
    md = tmp_path / "report.md"
    result = run("export", str(path), "--config", str(config), "--md", str(md))
    assert result.exit_code == 0, result.output
    report = md.read_text(encoding="utf-8")
    # (no 施策 column: each table's rows are the 施策 its heading names, review 28)
    assert "\n| 事業 | 評価 | 評価の理由・今後の方向性 |\n" in report
    assert "## 施策27 都市基盤整備" in report
    statuses = MEASURES["施策27「都市基盤整備」"]
    assert f"施策27「都市基盤整備」では、{len(statuses)}つの事業に取り組みました。" in report
    assert "実施内容" not in report
