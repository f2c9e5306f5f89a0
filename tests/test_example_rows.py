"""A survey form's example row (記入例) left in a municipality's reply: the grey row under the
header — 「記入例」 in its No. cell, then 「1 行政サービスのデジタル化」 … 「B」 「（例）対象手続を
拡大する予定」 「○○課」 — above the body's own rows, numbered 1-1-1 like them. It is never
counted, its names name none of the body's levels, and it is said in one notice per file at
its cell (review 97: counted as a B in three bodies, its names published as theirs).

The survey's files as the national office receives them: 「記入方法」 first, 「回答」 with the
title, 団体コード / 団体名, the legend line and the header row in row 7."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from openpyxl import Workbook
from openpyxl.styles import Font
from typer.testing import CliRunner

from planeval.cli import app

HEADER = ["No.", "基本方針", "施策", "取組項目", "取組内容", "評価", "課題・今後の方向性", "担当課"]
EXAMPLE = ["記入例", "1 行政サービスのデジタル化", "1-1 手続のオンライン化", "1-1-1 電子申請の推進",
           "① 子育て関係手続のオンライン化", "B", "（例）対象手続を拡大する予定", "○○課"]  # fmt: skip
SETTINGS = """\
[scale]
preset = "hirakata"

[wording]
policy = "基本方針"
direction = "施策"
project = "取組項目"
item = "取組内容"
status = "評価"
issue = "課題・今後の方向性"
department = "担当課"
"""
# each body's plan: (policy, direction, project, [(item, status)]) rows, numbered from 1
PLANS = {
    "013404_泉葉町": [
        ("デジタルデバイド対策", "情報発信の充実", "スマホ教室の開催", [("対象手続の拡大", "A"),
                                                      ("利用者への周知", "C")]),
        ("デジタルデバイド対策", "情報発信の充実", "電子契約の導入", [("先進事例の調査", "B")]),
    ],
    "023515_竹葉町": [  # (numbered 1.1.1 / (1), as a few bodies do)
        ("テレワークの推進", "手続の見直し", "キャッシュレス決済の導入", [("実証実験の実施", "B"),
                                                          ("利用状況の分析", "D")]),
        ("テレワークの推進", "手続の見直し", "オープンデータの公開", [("効果検証の実施", "E")]),
    ],
}  # fmt: skip
CIRCLED = "①②③④⑤"


@pytest.fixture(autouse=True)
def _in_survey_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)  # (the office's folder: messages name R6/…)


def _numbers(dotted: bool, project: int, item: int) -> tuple[str, str, str, str]:
    if dotted:
        return "1", "1.1", f"1.1.{project}", f"({item})"
    return "1", "1-1", f"1-1-{project}", CIRCLED[item - 1]


def _reply(folder: Path, stem: str, *, example: list[object] | None, at: int = 0) -> Path:
    """One municipality's reply as the survey's form has it, the grey example row left in
    (``example``, placed ``at`` rows below the header's first data row)."""
    code, name = stem.split("_")
    book = Workbook()
    guide = book.active
    guide.title = "記入方法"
    guide["A1"] = "令和6年度 自治体DX推進状況調査 記入方法"
    guide["A3"] = "1. 貴団体のDX推進計画の取組内容ごとに、評価を記入してください。"
    sheet = book.create_sheet("回答")
    sheet["A1"] = "令和6年度 自治体DX推進状況調査 回答票"
    sheet["A2"], sheet["B2"] = "団体コード", code
    sheet["A3"], sheet["B3"] = "団体名", name
    sheet["A5"] = (
        "評価　A：効果的　B：おおむね効果的　C：改善に向けた検討を要する　D：課題の検証を要する"
    )
    for column, title in enumerate(HEADER, 1):
        sheet.cell(7, column, title)
    dotted = "竹葉町" in stem
    rows: list[list[object]] = []
    number = 1
    for project, (policy, direction, project_name, items) in enumerate(PLANS[stem], 1):
        for item, (item_name, status) in enumerate(items, 1):
            p, d, j, i = _numbers(dotted, project, item)
            issue = "" if status in "AB" else "予算の確保が課題"
            rows.append([number, f"{p} {policy}", f"{d} {direction}", f"{j} {project_name}",
                         f"{i} {item_name}", status, issue, "情報政策課"])  # fmt: skip
            number += 1
    if example is not None:
        rows.insert(at, example)
    for offset, row in enumerate(rows):
        for column, value in enumerate(row, 1):
            cell = sheet.cell(8 + offset, column, value)
            if row is example:
                cell.font = Font(color="808080")
    book.active = 1
    path = folder / f"{stem}.xlsx"
    book.save(path)
    return path


def _survey(tmp_path: Path, example: list[object] | None = EXAMPLE, at: int = 0) -> list[str]:
    folder = tmp_path / "R6"
    folder.mkdir()
    for stem in PLANS:
        _reply(folder, stem, example=example, at=at)
    (tmp_path / "planeval.toml").write_text(SETTINGS, encoding="utf-8")
    return ["R6", "--bodies", "file", "--config", "planeval.toml"]


def _summary(args: list[str], by: str) -> dict[str, object]:
    result = CliRunner().invoke(app, ["summarize", *args, "--by", by, "-f", "json"])
    assert result.exit_code == 0, result.output
    summary: dict[str, object] = json.loads(result.stdout)
    return summary


def _counts(summary: dict[str, object]) -> dict[tuple[str, str], tuple[str, dict[str, int]]]:
    groups = summary["groups"]
    assert isinstance(groups, list)
    return {(g["body"], g["id"]): (g["name"], g["counts"]) for g in groups}


@pytest.mark.parametrize(
    "example",
    [
        pytest.param(EXAMPLE, id="記入例 in its No. cell"),
        pytest.param(
            ["", *EXAMPLE[1:4], "（例）子育て関係手続のオンライン化", *EXAMPLE[5:]],
            id="（例） before its item's name",
        ),
        pytest.param(["例", *EXAMPLE[1:]], id="例 in its No. cell"),
        pytest.param(["", *EXAMPLE[1:], "", "【記入例】"], id="【記入例】 beside the table"),
        pytest.param(  # (review 100: 丸山町, 四町)
            ["", *EXAMPLE[1:4], "① 子育て関係手続のオンライン化（記入例）", *EXAMPLE[5:]],
            id="（記入例） after its item's name",
        ),
        pytest.param(["", *EXAMPLE[1:], "←記入例"], id="←記入例 beside the table"),
    ],
)
def test_the_example_row_is_not_counted_and_names_no_level(
    tmp_path: Path, example: list[object]
) -> None:
    args = _survey(tmp_path, example)
    by_project = _counts(_summary(args, "project"))
    assert by_project == {
        ("泉葉町", "1-1-1"): ("スマホ教室の開催", {"A": 1, "B": 0, "C": 1, "D": 0, "E": 0}),
        ("泉葉町", "1-1-2"): ("電子契約の導入", {"A": 0, "B": 1, "C": 0, "D": 0, "E": 0}),
        ("竹葉町", "1-1-1"): ("キャッシュレス決済の導入", {"A": 0, "B": 1, "C": 0, "D": 1, "E": 0}),
        ("竹葉町", "1-1-2"): ("オープンデータの公開", {"A": 0, "B": 0, "C": 0, "D": 0, "E": 1}),
    }
    by_direction = _counts(_summary(args, "direction"))
    assert [name for name, _ in by_direction.values()] == ["情報発信の充実", "手続の見直し"]
    by_policy = _counts(_summary(args, "body-policy"))
    assert {key: name for key, (name, _) in by_policy.items()} == {
        ("泉葉町", "1"): "デジタルデバイド対策",
        ("竹葉町", "1"): "テレワークの推進",
    }
    total = _summary(args, "body")["total"]
    assert isinstance(total, dict)
    assert total["counts"] == {"A": 1, "B": 2, "C": 1, "D": 1, "E": 1}


def test_each_file_s_example_row_is_one_notice_at_its_cell(tmp_path: Path) -> None:
    args = _survey(tmp_path)
    result = CliRunner().invoke(app, ["validate", *args], env={"COLUMNS": "400"})
    assert result.exit_code == 0, result.output
    assert "警告" not in result.output
    assert "同じ" not in result.output  # (no 「same number, two names」 of the example's ①)
    lines = [line for line in result.output.splitlines() if "記入例" in line]
    assert lines == [
        "お知らせ: R6/013404_泉葉町.xlsx・023515_竹葉町.xlsx › 回答 › A8: この行は「記入例」とある"
        "様式の記入例（① 子育て関係手続のオンライン化）のため、数えていません（その行の名前も"
        "基本方針・施策・取組項目の名前には使っていません）（記入例の行は消してから提出するよう"
        "伝えてください。このままでも集計は変わりません）"
    ]


def test_an_example_row_sorted_down_among_the_rows_is_not_counted(tmp_path: Path) -> None:
    """A clerk who sorted the table by 評価 moved the example row between the body's rows."""
    args = _survey(tmp_path, at=2)
    by_project = _counts(_summary(args, "project"))
    assert by_project[("泉葉町", "1-1-1")] == (
        "スマホ教室の開催",
        {"A": 1, "B": 0, "C": 1, "D": 0, "E": 0},
    )
    assert sum(sum(counts.values()) for _, counts in by_project.values()) == 6
    result = CliRunner().invoke(app, ["validate", *args], env={"COLUMNS": "400"})
    assert "A10: この行は「記入例」とある様式の記入例" in result.output


def test_a_form_holding_only_its_example_row_is_a_blank_reply(tmp_path: Path) -> None:
    folder = tmp_path / "R6"
    folder.mkdir()
    path = _reply(folder, "013404_泉葉町", example=EXAMPLE)
    from openpyxl import load_workbook

    book = load_workbook(path)
    book["回答"].delete_rows(9, 10)  # (the body's rows never typed)
    book.save(path)
    result = CliRunner().invoke(app, ["validate", str(folder), "--bodies", "file"])
    assert result.exit_code == 1
    assert "評価の表に行がありません" in result.output


@pytest.mark.parametrize("mark", ["←記入例", "記入例"])
def test_a_mark_beside_the_table_is_one_notice_of_the_example_row(
    tmp_path: Path, mark: str
) -> None:
    """Review 100 (横山町, 一町): 「←記入例」 in column I was counted, and a bare 「記入例」 there
    was said twice, as the example row and as a column planeval does not read."""
    args = _survey(tmp_path, ["", *EXAMPLE[1:], mark])
    result = CliRunner().invoke(app, ["validate", *args], env={"COLUMNS": "400"})
    assert result.exit_code == 0, result.output
    said = [line for line in result.output.splitlines() if line.startswith("お知らせ:")]
    assert said == [
        f"お知らせ: R6/013404_泉葉町.xlsx・023515_竹葉町.xlsx › 回答 › I8: この行は「{mark}」とある"
        "様式の記入例（① 子育て関係手続のオンライン化）のため、数えていません（その行の名前も"
        "基本方針・施策・取組項目の名前には使っていません）（記入例の行は消してから提出するよう"
        "伝えてください。このままでも集計は変わりません）"
    ]


def test_a_real_row_whose_names_hold_例_is_counted(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """例規, 事例, 条例 in a body's own first row, right under the header, mark no example —
    nor a name ending in brackets holding 例 with more (（先進事例）, （例規審査）)."""
    monkeypatch.setitem(
        PLANS,
        "013404_泉葉町",
        [
            ("例規・文書管理のデジタル化", "条例の見直し", "例規データベースの構築（例規審査）",
             [("条例の電子化（先進事例）", "A"), ("事例の収集", "C")]),
            ("例規・文書管理のデジタル化", "条例の見直し", "電子契約の導入", [("例示の整理", "B")]),
        ],
    )  # fmt: skip
    args = _survey(tmp_path, example=None)
    by_project = _counts(_summary(args, "project"))
    assert by_project[("泉葉町", "1-1-1")] == (
        "例規データベースの構築（例規審査）",
        {"A": 1, "B": 0, "C": 1, "D": 0, "E": 0},
    )
    by_policy = _counts(_summary(args, "body-policy"))
    assert by_policy[("泉葉町", "1")][0] == "例規・文書管理のデジタル化"
    result = CliRunner().invoke(app, ["validate", *args], env={"COLUMNS": "400"})
    assert "記入例" not in result.output


def test_the_notice_names_only_the_levels_the_form_has(tmp_path: Path) -> None:
    """Review 104 #9: a prefecture's 基本目標 › 施策 › KPI form (no direction level) was told
    「基本目標・取り組みの方向性・施策の名前には使っていません」, a level it does not have."""
    from tests.conftest import write_book

    header = ["番号", "基本目標", "施策", "KPI（指標）", "評価", "評価の理由", "担当課"]
    rows = [
        ["団体名", "鳥越村"],
        [],
        header,
        ["（例）1-1-1", "1 ○○○○", "1-1 ○○○○", "（記入例）電子申請の件数", "A", "", "○○課"],
        ["1-1-1", "1 行政サービスのデジタル化", "1-1 手続のオンライン化", "スマホ教室の参加者数",
         "S", "", "総務課"],
        ["1-2-1", "", "1-2 窓口のデジタル化", "公衆Wi-Fiの設置箇所数", "B", "", "総務課"],
    ]  # fmt: skip
    write_book(tmp_path / "鳥越村.xlsx", {"調査票": rows}, merges={"調査票": ["B5:B6"]})
    (tmp_path / "planeval.toml").write_text(
        '[scale]\npreset = "nagayo"\n\n[wording]\npolicy = "基本目標"\nproject = "施策"\n'
        'item = "KPI"\nstatus = "評価"\nissue = "評価の理由"\ndepartment = "担当課"\n',
        encoding="utf-8",
    )
    result = CliRunner().invoke(
        app, ["validate", "鳥越村.xlsx", "--config", "planeval.toml"], env={"COLUMNS": "400"}
    )
    assert result.exit_code == 0, result.output
    [said] = [line for line in result.output.splitlines() if "記入例" in line]
    assert "（その行の名前も基本目標・施策の名前には使っていません）" in said


def test_a_name_ending_in_its_mark_sorted_down_among_the_rows_is_not_counted(
    tmp_path: Path,
) -> None:
    """A name ending 「（記入例）」 (review 100: 丸山町) sorted down between the body's rows was
    counted as the body's B, its name sorted among theirs; it is left out as under the header."""
    example = ["", *EXAMPLE[1:4], "① 子育て関係手続のオンライン化（記入例）", *EXAMPLE[5:]]
    args = _survey(tmp_path, example, at=2)
    by_project = _counts(_summary(args, "project"))
    assert sum(sum(counts.values()) for _, counts in by_project.values()) == 6
    assert by_project[("泉葉町", "1-1-1")] == (
        "スマホ教室の開催",
        {"A": 1, "B": 0, "C": 1, "D": 0, "E": 0},
    )
    items = _summary(args, "item")["groups"]
    assert isinstance(items, list) and len(items) == 6
    assert not [g["name"] for g in items if "記入例" in g["name"]]
    result = CliRunner().invoke(app, ["validate", *args], env={"COLUMNS": "400"})
    assert "E10: この行は「（記入例）」とある様式の記入例" in result.output
