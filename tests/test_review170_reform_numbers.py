"""東浜市's 行政改革大綱 (review 170): each 部's form No. | 推進項目 | 改革項目 | 取組項目 | 所管課 |
実施状況 | 課題・今後の方向性, its 推進項目 「Ⅰ 市民サービスの向上」 typed on a group's first row
only, its 改革項目 numbered by their own 「Ⅰ-1 窓口サービスの改善」, its 取組項目 numbered
through the plan in the No. column; item 4 shared by 市民課 (lead) and 情報政策課.

#1: with 推進項目 named only in [wording] (no [layout.titles]) the 改革項目 were the groups,
numbered 1, 2 … in each file's order, so the shared item stood under two of them and was
counted twice, exit 0. #5: `validate --plan` said each 改革項目 was 「…」 in the plan, the plan's
cell quoted without its number. #6: the 改革項目 were shown 「1-1 Ⅰ-1 窓口…」, the items 1-2-4."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from typer.testing import CliRunner

from planeval.cli import app
from tests.conftest import write_book

RUNNER = CliRunner()
POLICIES = {"Ⅰ": "市民サービスの向上", "Ⅱ": "効率的な行政運営"}
PROJECTS = {"Ⅰ-1": "窓口サービスの改善", "Ⅰ-2": "行政のデジタル化", "Ⅱ-1": "組織・人材の活性化"}
# (No., 改革項目, 取組項目, 所管課 as the plan lists them, 実施状況)
ITEMS = [
    (1, "Ⅰ-1", "窓口のワンストップ化", "総務課", "取組中"),
    (2, "Ⅰ-1", "書かない窓口の導入", "市民課", "完了"),
    (3, "Ⅰ-2", "電子申請手続の拡大", "情報政策課", "完了"),
    (4, "Ⅰ-2", "マイナンバーカードの利活用", "市民課、情報政策課", "完了"),
    (5, "Ⅰ-2", "オープンデータの推進", "情報政策課", "未着手"),
    (6, "Ⅱ-1", "組織機構の見直し", "人事課", "完了"),
    (7, "Ⅱ-1", "人事評価制度の改善", "人事課", "取組中"),
]
# each 部's 課 (the shared item 4 in both 部's forms: 市民課 leads it)
DEPARTMENTS = {"01_総務部": ("総務課", "人事課"), "02_企画財政部": ("情報政策課",),
               "03_市民生活部": ("市民課",)}  # fmt: skip
SCALE = '[scale]\npreset = "progress"\n\n[layout]\nstatus_column = "実施状況"\n'
WORDING = '\n[wording]\npolicy = "{policy}"\nproject = "改革項目"\nitem = "取組項目"\n'


def _forms(folder: Path, *, policy_title: str = "推進項目", blank: int = 0) -> Path:
    """Each 部's form; ``policy_title`` its 推進項目 column's title ("" for a form without
    one); item ``blank`` with its 実施状況 left blank."""
    folder.mkdir(exist_ok=True)
    for book, sections in DEPARTMENTS.items():
        rows: list[list[object]] = []
        seen = ""
        for number, project, name, owners, status in ITEMS:
            mine = [owner for owner in owners.split("、") if owner in sections]
            if not mine:
                continue
            policy = project.split("-")[0]
            owner = owners if mine[0] == owners.split("、")[0] else f"{mine[0]}（共管）"
            row: list[object] = [number, f"{policy} {POLICIES[policy]}" if policy != seen else None]
            seen = policy
            row += [f"{project} {PROJECTS[project]}", name, owner]
            issue = "（共管）連携部分を担当。" if "共管" in owner else "引き続き取り組む。"
            row += ["" if number == blank else status, issue]
            rows.append(row if policy_title else [row[0], *row[2:]])
        titles = ["No.", policy_title, "改革項目", "取組項目", "所管課", "実施状況", "課題・今後の方向性"]  # fmt: skip
        head = [["東浜市行政改革大綱 実施計画 進捗状況"], [f"部名：{book[3:]}"], []]
        sheet = [*head, [t for t in titles if t], *rows]
        write_book(folder / f"{book}.xlsx", {"進捗状況": sheet})
    return folder


def _plan(path: Path) -> Path:
    rows: list[list[object]] = [["No.", "推進項目", "改革項目", "取組項目", "所管課"]]
    for number, project, name, owners, _status in ITEMS:
        policy = project.split("-")[0]
        rows.append(
            [number, f"{policy} {POLICIES[policy]}", f"{project} {PROJECTS[project]}", name, owners]
        )
    return write_book(path, {"実施計画": [["東浜市行政改革大綱 実施計画"], [], *rows]})


def _settings(tmp_path: Path, text: str) -> str:
    path = tmp_path / "planeval.toml"
    path.write_text(text, encoding="utf-8")
    return str(path)


def _expected() -> dict[str, dict[str, int]]:
    """Each 推進項目's counts from the rows, each item once (the shared one too)."""
    counts: dict[str, dict[str, int]] = {}
    for _number, project, _name, _owners, status in ITEMS:
        group = counts.setdefault(project.split("-")[0], {})
        group[status] = group.get(status, 0) + 1
    return counts


def _summary(tmp_path: Path, settings: str, forms: Path) -> dict[str, dict[str, int]]:
    run = RUNNER.invoke(app, ["summarize", str(forms), "--config", settings, "-f", "json"])
    assert run.exit_code == 0, run.output
    data = json.loads(run.stdout)
    assert data["total"]["total"] == len(ITEMS)
    return {group["label"]: {k: v for k, v in group["counts"].items() if v} for group in data["groups"]}  # fmt: skip


def test_a_wording_naming_the_policy_reads_its_column_as_the_top_level(tmp_path: Path) -> None:
    """#1: [wording] policy = "推進項目" alone (the clerk's first settings): the 推進項目 are the
    groups, the shared item counted once."""
    settings = _settings(tmp_path, SCALE + WORDING.format(policy="推進項目"))
    assert _summary(tmp_path, settings, _forms(tmp_path / "回答")) == _expected()


def test_the_policy_column_is_read_with_no_wording(tmp_path: Path) -> None:
    """#1: 推進項目 is a common title of a plan's top level, read as one as 改革の柱 is."""
    assert _summary(tmp_path, _settings(tmp_path, SCALE), _forms(tmp_path / "回答")) == _expected()


def test_a_title_of_the_bodys_own_named_as_its_policy_is_the_top_level(tmp_path: Path) -> None:
    """#1: a column titled by a word planeval does not know, the word [wording] gives its
    policies (改革の方針), is that level."""
    forms = _forms(tmp_path / "回答", policy_title="改革の方針")
    settings = _settings(tmp_path, SCALE + WORDING.format(policy="改革の方針"))
    assert _summary(tmp_path, settings, forms) == _expected()


def test_a_shared_item_is_counted_once_under_its_numbered_project(tmp_path: Path) -> None:
    """#1: without a 推進項目 column the 改革項目 (Ⅰ-2 first in 企画財政部's form, second in
    市民生活部's) are known by their own numbers, the shared item 4 one item under Ⅰ-2."""
    forms = _forms(tmp_path / "回答", policy_title="")
    run = RUNNER.invoke(
        app, ["summarize", str(forms), "--config", _settings(tmp_path, SCALE), "-f", "json"]
    )
    assert run.exit_code == 0, run.output
    assert json.loads(run.stdout)["total"]["total"] == len(ITEMS)


def test_projects_and_items_are_shown_by_their_own_numbers(tmp_path: Path) -> None:
    """#6: the 改革項目 as typed, 「Ⅰ-1 窓口サービスの改善」 (not 「1-1 Ⅰ-1 …」), the items by
    their No. through the plan in the issue list and the messages (4, not 1-2-4)."""
    settings = _settings(tmp_path, SCALE)
    forms = _forms(tmp_path / "回答", blank=5)
    command = ["tables", str(forms), "--config", settings, "--keep-going"]
    run = RUNNER.invoke(app, command, env={"COLUMNS": "200"})
    assert run.exit_code == 1 and "警告" not in run.stderr, run.output  # (item 5's error)
    for project, name in PROJECTS.items():
        assert f"{project} {name}" in run.stdout
    assert "1-1 Ⅰ-1" not in run.stdout
    command = ["issues", str(forms), "--config", settings, "-f", "csv", "--keep-going"]
    run = RUNNER.invoke(app, command)
    lines = list(csv.reader(io.StringIO(run.stdout.lstrip("\ufeff"))))
    assert lines[0][0] == "番号"
    numbers = [line[0] for line in lines[1:]]
    assert numbers == [str(item[0]) for item in ITEMS if item[0] != 5]
    assert "「5 オープンデータの推進（Ⅰ-2 行政のデジタル化）」" in run.stderr


def test_a_plans_project_named_alike_is_not_said_and_one_named_otherwise_is_quoted_as_typed(
    tmp_path: Path,
) -> None:
    """#5: the plan's 改革項目 cells hold what the forms' do: no notice; a form naming one
    otherwise is told the plan's cell as typed, 「Ⅰ-1 窓口サービスの改善」."""
    settings = _settings(tmp_path, SCALE + WORDING.format(policy="推進項目"))
    plan = _plan(tmp_path / "計画.xlsx")
    forms = _forms(tmp_path / "回答")
    run = RUNNER.invoke(app, ["validate", str(forms), "--plan", str(plan), "--config", settings])
    assert "計画では" not in run.output
    book = forms / "01_総務部.xlsx"
    from openpyxl import load_workbook

    workbook = load_workbook(book)
    workbook.active["C5"] = "Ⅰ-1 窓口サービスの改良"
    workbook.save(book)
    run = RUNNER.invoke(app, ["validate", str(forms), "--plan", str(plan), "--config", settings])
    said = [line for line in run.output.splitlines() if "計画では" in line]
    assert len(said) == 1, run.output
    assert "改革項目「Ⅰ-1 窓口サービスの改良」は計画では「Ⅰ-1 窓口サービスの改善」です" in said[0]
