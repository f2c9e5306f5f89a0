"""A heading naming a project by its number (「#### 1.1.1 電子申請の拡充」) scopes the paragraphs
below it to that project's rows, as a direction's heading does to the direction's: a town's
report stating each 取組項目's counts under its own heading was compared with the whole
direction — a correct text failed, and a count wrong for the project but right for the
direction passed."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

import planeval
from planeval.cli import app
from tests.conftest import write_book

HEADER = ["基本方針", "施策", "取組項目", "取組内容", "実施状況", "課題", "担当課"]
ONLINE, PEOPLE = "1 行政手続のデジタル化", "2 デジタル人材の育成"
WINDOW, TRAINING = "1.1 行かない窓口", "2.1 職員の育成"
SETTINGS = '[scale]\npreset = "progress"\n'


def _inputs(folder: Path) -> list[str]:
    """A town's DX推進計画 progress sheet: one column per level written on every row, its
    取組項目 numbered 1.1.1, several 取組内容 each, rated 未着手・取組中・完了."""
    e_apply, cashless, course = (
        "1.1.1 電子申請の拡充",
        "1.1.2 キャッシュレス決済",
        "2.1.1 研修の充実",
    )
    rows = [
        ["北杜町DX推進計画 取組状況（令和5年度）"],
        [],
        HEADER,
        [ONLINE, WINDOW, e_apply, "子育て手続の電子化", "完了", "", "企画課"],
        [ONLINE, WINDOW, e_apply, "介護手続の電子化", "取組中", "様式の見直し", "福祉課"],
        [ONLINE, WINDOW, e_apply, "施設予約の電子化", "完了", "", "生涯学習課"],
        [ONLINE, WINDOW, cashless, "窓口手数料", "取組中", "機器の選定", "税務課"],
        [ONLINE, WINDOW, cashless, "施設使用料", "未着手", "予算化を検討", "生涯学習課"],
        [PEOPLE, TRAINING, course, "情報セキュリティ研修", "完了", "", "総務課"],
        [PEOPLE, TRAINING, course, "データ活用研修", "取組中", "講師の確保", "企画課"],
    ]  # fmt: skip
    path = write_book(folder / "北杜町_取組状況.xlsx", {"取組状況": rows})
    (folder / "planeval.toml").write_text(SETTINGS, encoding="utf-8")
    return [str(path), "--config", str(folder / "planeval.toml")]


REPORT = """# 北杜町DX推進計画 取組状況報告（令和5年度）

## 1 行政手続のデジタル化

### 1.1 行かない窓口

#### 1.1.1 電子申請の拡充

取組内容3件のうち、完了が2件、取組中が1件でした。

#### 1.1.2 キャッシュレス決済

取組内容2件のうち、取組中が1件、未着手が1件でした。

## 2 デジタル人材の育成

#### 2.1.1 研修の充実

取組内容2件のうち、完了が1件、取組中が1件でした。
"""


def _check(inputs: list[str], text: Path) -> tuple[int, list[str]]:
    found = CliRunner().invoke(app, ["check", *inputs, "--text", str(text)], env={"COLUMNS": "120"})
    return found.exit_code, found.stdout.splitlines()


def test_paragraphs_under_a_project_s_heading_are_compared_with_its_rows(tmp_path: Path) -> None:
    inputs = _inputs(tmp_path)
    report = tmp_path / "報告.md"
    report.write_text(REPORT, encoding="utf-8")
    config = planeval.load_config(Path(inputs[-1]))
    result = planeval.read_workbooks([Path(inputs[0])], scale=config.scale)
    checked = planeval.check(result, scale=config.scale, texts=[report])
    projects = {}
    for entry in result.entries:
        projects.setdefault(entry.project_id, []).append(entry.status)
    # (each paragraph is its project's: its scope, and the counts of that project's rows)
    assert [(s.scope, s.below, s.counts) for s in checked.statements] == [
        (
            f"{entry.project_shown_id} {entry.project_name}",
            entry.project_id,
            {
                "total": len(projects[entry.project_id]),
                **{s: projects[entry.project_id].count(s) for s in set(projects[entry.project_id])},
            },
        )
        for entry in {e.project_id: e for e in result.entries}.values()
    ]
    assert checked.agrees
    assert _check(inputs, report) == (0, ["3 段落の記載件数はすべて集計と一致しています"])


def test_a_count_wrong_for_the_project_is_caught_though_right_for_its_direction(
    tmp_path: Path,
) -> None:
    """取組中 2 under 1.1.1: its direction 1.1 has two rows 取組中, the project one."""
    inputs = _inputs(tmp_path)
    report = tmp_path / "報告.md"
    report.write_text(REPORT.replace("完了が2件、取組中が1件", "完了が2件、取組中が2件"), "utf-8")
    code, lines = _check(inputs, report)
    assert code == 1
    assert lines[-3:] == [
        "│ 1.1.1 電子申請の拡充 │ 取組中 │ 2    │ 1    │ 9行目「取組中が2件」 │",
        "└──────────────────────┴────────┴──────┴──────┴──────────────────────┘",
        "3 段落のうち、記載と集計の食い違いが 1 件あります",
    ]


def test_a_project_s_name_alone_names_no_project(tmp_path: Path) -> None:
    """A line that is a project's name (an item's cell as LibreOffice saves a table) is not
    that project's heading: a short line of a report is a section's, the whole plan's."""
    inputs = _inputs(tmp_path)
    report = tmp_path / "報告.md"
    report.write_text(
        "### 1.1 行かない窓口\n\n電子申請の拡充\n\n取組内容7件のうち、取組中が3件でした。\n",
        encoding="utf-8",
    )
    config = planeval.load_config(Path(inputs[-1]))
    result = planeval.read_workbooks([Path(inputs[0])], scale=config.scale)
    checked = planeval.check(result, scale=config.scale, texts=[report])
    ((statement,),) = [checked.statements]
    assert (statement.scope, statement.below) == ("計画全体", "")
    assert checked.agrees
