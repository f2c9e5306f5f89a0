"""Review 209 #1: 中愛知市's own form, one column per level and the numbers in a column of their
own — 番号 (1.3.1) | 基本方針 | 施策 | 取組項目 | 評価 | 取組実績・課題 | 担当課 —, the level cells
repeated on every row or merged down. Each level's number is its part of the No.: 1.3.1's 施策
is 1.3. It was the 施策's place among the file's names (1-1 for a file of 1.3.x rows alone), so
the 課's rows were paired with the plan's 1.1.x, validate told to rename them after other 課'
items and called the 課's own rows missing."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from planeval import load_config, read_workbooks
from planeval.cli import app
from tests.conftest import write_book

POLICIES = {1: "市民サービスのデジタル化", 2: "行政運営の効率化"}
PROJECTS = {
    (1, 1): "行政手続のオンライン化", (1, 2): "窓口サービスの改善", (1, 3): "情報発信の充実",
    (2, 1): "業務のデジタル化", (2, 2): "データ活用の推進",
}  # fmt: skip
ITEMS = [  # (基本方針, 施策, 取組項目の番号, 取組項目, 担当課, 評価)
    (1, 1, 1, "電子申請の拡充", "市民課", "A"),
    (1, 1, 2, "キャッシュレス決済の導入", "市民課", "B"),
    (1, 2, 1, "書かない窓口の推進", "市民課", "C"),
    (1, 3, 1, "ホームページの改善", "広報課", "A"),
    (1, 3, 2, "SNSの活用", "広報課", "B"),
    (1, 3, 3, "広報紙の電子配信", "広報課", "A"),
    (2, 1, 1, "RPAの活用", "市民課", "B"),
    (2, 2, 1, "オープンデータの公開", "広報課", "C"),
    (2, 2, 2, "統計データの分析", "広報課", "D"),
]  # fmt: skip
HEADER = ["番号", "基本方針", "施策", "取組項目", "評価", "取組実績・課題", "担当課"]
SETTINGS = '[scale]\npreset = "aichi"\n'
WORDING = (
    '[wording]\npolicy = "基本方針"\nproject = "施策"\nitem = "取組項目"\nstatus = "評価"\n'
    'issue = "取組実績・課題"\ndepartment = "担当課"\n'
)


def _no(style: str, policy: int, project: int, item: int) -> str:
    return f"{policy}.{project}.{item}" if style == "1.1.1" else f"{policy}-{project}-{item}"


def _form(
    path: Path, owner: str, *, style: str = "1.1.1", merged: bool = False, title: str = "番号"
) -> Path:
    """``owner``'s form as the city lays it out: its rows only, the 基本方針 and 施策 cells
    typed on every row or (``merged``) typed once and merged down over the rows they name."""
    rows: list[list[object]] = [[f"令和6年度 中愛知市ITプラン 進捗評価（{owner}）"], []]
    rows.append([title, *HEADER[1:]])
    mine = [row for row in ITEMS if row[4] == owner]
    top = len(rows)  # (the first rated row's index)
    for p, k, n, name, dept, status in mine:
        row = [_no(style, p, k, n), POLICIES[p], PROJECTS[p, k], name, status, "実施した。", dept]
        rows.append(row)
    merges: list[str] = []
    for column, keyed in ((1, lambda r: r[:1]), (2, lambda r: r[:2])):
        runs: list[list[int]] = []
        for index, item in enumerate(mine):
            if runs and keyed(mine[runs[-1][0]]) == keyed(item):
                runs[-1].append(index)
            else:
                runs.append([index])
        for run in runs if merged else ():
            for index in run[1:]:
                rows[top + index][column] = None
            if len(run) > 1:
                letter = "ABC"[column]
                merges.append(f"{letter}{top + run[0] + 1}:{letter}{top + run[-1] + 1}")
    return write_book(path, {"調査票": rows}, merges={"調査票": merges})


def _template(path: Path, owner: str) -> Path:
    """``owner``'s rows in planeval's own form (施策番号 | 施策名 | 取組項目番号 | 取組項目 | …
    under 「基本方針1 …」 band rows), as the other 課 return it."""
    rows: list[list[object]] = [["令和6年度（2024年度） 中愛知市ITプラン 進捗評価調査票"], []]
    rows.append(
        ["施策番号", "施策名", "取組項目番号", "取組項目", "担当課", "評価", "取組実績・課題"]
    )
    above: tuple[int, ...] = ()
    for p, k, n, name, dept, status in (row for row in ITEMS if row[4] == owner):
        if above[:1] != (p,):
            rows.append([f"基本方針{p} {POLICIES[p]}"])
        new = above != (p, k)
        rows.append(
            [f"{p}.{k}" if new else None, PROJECTS[p, k] if new else None, f"{p}.{k}.{n}",
             name, dept, status, "実施した。"]
        )  # fmt: skip
        above = (p, k)
    return write_book(path, {"中愛知市ITプラン 進捗評価": rows})


def _run(*args: str):
    return CliRunner().invoke(app, list(args), env={"COLUMNS": "200"})


BY_PROJECT = {  # (summarize --by project -f csv: the dashed No. its IDs, no typed column)
    "1.1.1": [
        "番号,番号（表記）,名称,A,B,C,D,計",
        "1-3,1.3,情報発信の充実,2,1,0,0,3",
        "2-2,2.2,データ活用の推進,0,0,1,1,2",
        "合計,,,2,1,1,1,5",
    ],
    "1-1-1": [
        "番号,名称,A,B,C,D,計",
        "1-3,情報発信の充実,2,1,0,0,3",
        "2-2,データ活用の推進,0,0,1,1,2",
        "合計,,2,1,1,1,5",
    ],
}


@pytest.mark.parametrize("merged", [False, True], ids=["repeated", "merged"])
@pytest.mark.parametrize(
    ("title", "style"), [("番号", "1.1.1"), ("No.", "1.1.1"), ("番号", "1-1-1")]
)
def test_each_project_is_its_part_of_the_no(
    tmp_path: Path, merged: bool, title: str, style: str
) -> None:
    """広報課's file of 1.3.x and 2.2.x rows: 施策 1.3 and 2.2 (they were 1-1 and 2-1)."""
    (tmp_path / "planeval.toml").write_text(SETTINGS, encoding="utf-8")
    path = _form(tmp_path / "広報課.xlsx", "広報課", style=style, merged=merged, title=title)
    config = str(tmp_path / "planeval.toml")
    shown = _run(
        "summarize", str(path), "--config", config, "--by", "project", "-f", "csv", "--no-bom"
    )
    assert shown.exit_code == 0, shown.output
    assert shown.stdout.splitlines() == BY_PROJECT[style]


@pytest.mark.parametrize("wording", ["", WORDING], ids=["plain", "worded"])
def test_entries_carry_each_levels_part_of_the_no(tmp_path: Path, wording: str) -> None:
    """With the form's words in [wording] (施策 the project's, 取組項目 the item's: no project
    column under the levels then) as without."""
    (tmp_path / "planeval.toml").write_text(SETTINGS + wording, encoding="utf-8")
    config = load_config(tmp_path / "planeval.toml")
    path = _form(tmp_path / "広報課.xlsx", "広報課", merged=True)
    read = read_workbooks([path], scale=config.scale, layout=config.layout, wording=config.wording)
    assert read.problems == []
    assert [
        (e.policy_id, e.project_id, e.project_label, e.project_name, e.item_no, e.item_label)
        for e in read.entries
    ] == [
        ("1", "1-3", "1.3", "情報発信の充実", 1, "1.3.1"),
        ("1", "1-3", "1.3", "情報発信の充実", 2, "1.3.2"),
        ("1", "1-3", "1.3", "情報発信の充実", 3, "1.3.3"),
        ("2", "2-2", "2.2", "データ活用の推進", 1, "2.2.1"),
        ("2", "2-2", "2.2", "データ活用の推進", 2, "2.2.2"),
    ]


def test_validate_pairs_each_row_with_its_plan_item(tmp_path: Path) -> None:
    """The plan in the same layout, 広報課's form in it and 市民課's planeval's own: no name said to differ from another 課'
    item (「1.1 1.3.1 の名称が計画と違います …（計画: 「電子申請の拡充」）」), no rated row said
    missing, both 課 提出済."""
    plan: list[list[object]] = [["中愛知市ITプラン 計画事業一覧"], []]
    plan.append(["番号", "基本方針", "施策", "取組項目", "担当課"])
    plan += [
        [f"{p}.{k}.{n}", POLICIES[p], PROJECTS[p, k], name, dept]
        for p, k, n, name, dept, _ in ITEMS
    ]
    write_book(tmp_path / "計画事業一覧.xlsx", {"計画事業一覧": plan})
    (tmp_path / "planeval.toml").write_text(
        SETTINGS + WORDING + '[plan]\nfile = "計画事業一覧.xlsx"\n', encoding="utf-8"
    )
    folder = tmp_path / "回答"
    folder.mkdir()
    _form(folder / "R6進捗評価_広報課.xlsx", "広報課", merged=True)
    _template(folder / "中愛知市ITプラン_進捗評価調査票_2024_市民課.xlsx", "市民課")
    config = str(tmp_path / "planeval.toml")
    checked = _run("validate", str(folder), "--config", config)
    assert checked.exit_code == 0, checked.output
    assert checked.stderr == ""
    lines = checked.stdout.splitlines()
    assert lines[0] == "問題は見つかりませんでした（2 ファイル、9 件）"
    assert [line.split("│")[1:3] for line in lines if "提出済" in line] == [
        [" 市民課 ", " 提出済 "],
        [" 広報課 ", " 提出済 "],
    ]
    assert lines[-1] == "全 2 課の調査票が提出され、すべて記入されています"
    shown = _run(
        "summarize", str(folder), "--config", config, "--by", "project", "-f", "csv", "--no-bom"
    )
    assert shown.stdout.splitlines() == [
        "番号,番号（表記）,名称,A,B,C,D,計",
        "1-1,1.1,行政手続のオンライン化,1,1,0,0,2",
        "1-2,1.2,窓口サービスの改善,0,0,1,0,1",
        "1-3,1.3,情報発信の充実,2,1,0,0,3",
        "2-1,2.1,業務のデジタル化,0,1,0,0,1",
        "2-2,2.2,データ活用の推進,0,0,1,1,2",
        "合計,,,3,3,2,1,9",
    ]
