"""planeval split (review 52): a prefecture's list of every body's rows, or a binder of replies
with a sheet per body, is refused as one body's answer; split writes a workbook per body,
which --bodies file then counts as the bodies' own replies."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from openpyxl import load_workbook
from typer.testing import CliRunner

import planeval
from planeval.cli import app
from tests.conftest import write_book

HEADER = ["団体コード", "団体名", "情報化計画事業の体系", "実施内容", "達成状況", "課題等"]
ANSWERS = {
    ("202011", "長野市"): ["○", "△"],
    ("202029", "松本市"): ["◎", ""],
    ("202037", "上田市"): ["○", "○"],
}


def _list(path: Path) -> Path:
    rows: list[list[object]] = [["市町村DX取組状況一覧"], [], ["情報化政策1 窓口"], HEADER]
    for (code, name), statuses in ANSWERS.items():
        rows += [
            [code, name, "1-1-1 窓口改革" if n == 0 else "", f"{'①②'[n]} 取組{n + 1}", status, ""]
            for n, status in enumerate(statuses)
        ]
    return write_book(path, {"一覧": rows})


def run(*args: str):
    return CliRunner().invoke(app, list(args))


def test_a_list_of_every_body_s_rows_is_split_into_each_body_s_workbook(tmp_path: Path) -> None:
    compiled = _list(tmp_path / "一覧.xlsx")
    assert run("summarize", str(compiled)).exit_code == 1  # (refused: read as one body's)
    folder = tmp_path / "団体別"
    done = run("split", str(compiled), "-o", str(folder))
    assert done.exit_code == 0, done.output
    names = sorted(path.name for path in folder.glob("*.xlsx"))
    assert names == ["202011_長野市.xlsx", "202029_松本市.xlsx", "202037_上田市.xlsx"]
    top = [
        [c.value for c in row][:2]
        for row in load_workbook(folder / names[1])["一覧"].iter_rows(max_row=3)
    ]  # (under the title, whose 令和6年度 names the round: review 57)
    assert top == [["市町村DX取組状況一覧", None], ["団体名", "松本市"], ["団体コード", "202029"]]
    read = planeval.read_workbooks([folder], bodies="file")
    [blank] = read.errors  # (松本市's blank ②, at its row of its own workbook)
    assert Path(blank.location.file).name == "202029_松本市.xlsx"
    assert read.bodies == ["長野市", "松本市", "上田市"]
    counted = run(
        "summarize", str(folder), "--bodies", "file", "--by", "item", "--keep-going", "-f", "json"
    )
    groups = json.loads(counted.stdout)["groups"]
    assert [(g["id"], g["counts"]["○"], g["counts"]["◎"], g["counts"]["△"]) for g in groups] == [
        ("1-1-1①", 2, 1, 0),
        ("1-1-1②", 1, 0, 1),
    ]
    again = run("split", str(compiled), "-o", str(folder))  # (nothing written over)
    assert again.exit_code == 2 and "すでにあります" in again.stderr
    single = run("split", str(folder / names[0]), "-o", str(tmp_path / "x"))
    assert single.exit_code == 2 and "一つの団体の回答のブックです" in single.stderr


def test_a_binder_of_replies_is_split_sheet_by_sheet(tmp_path: Path) -> None:
    def reply(body: str, status: str) -> list[list[object]]:
        header = ["情報化計画事業の体系", "実施内容", "達成状況", "課題等"]
        return [
            ["団体名", body],
            [],
            ["情報化政策1 窓口"],
            header,
            ["1-1-1 窓口改革", "① 取組1", status, ""],
        ]

    binder = write_book(
        tmp_path / "綴り.xlsx", {"長野市": reply("長野市", "○"), "白馬村": reply("白馬村", "×")}
    )
    done = planeval.split_bodies(binder, tmp_path / "団体別")
    assert [(split.path.name, split.body, split.rows) for split in done] == [
        ("長野市.xlsx", "長野市", 1),
        ("白馬村.xlsx", "白馬村", 1),
    ]
    read = planeval.read_workbooks([tmp_path / "団体別"], bodies="file")
    assert not read.problems and {(e.body, e.status) for e in read.entries} == {
        ("長野市", "○"),
        ("白馬村", "×"),
    }


SURVEY_SCALE = """[scale]
as_planned = "実施済"
[[scale.status]]
symbol = "実施済"
label = "実施済"
[[scale.status]]
symbol = "実施中"
label = "実施中"
[[scale.status]]
symbol = "未着手"
label = "未着手"
"""


def test_a_binder_split_without_settings_says_each_body_s_rows_and_the_scale_it_needs(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Review 139's binder split with no planeval.toml: each body's line said 「0 行」 (its
    rows rated in the default scale ◎ ○ △ × -: none), and the closing line sent to summarize,
    which stops at every 実施中. Now the body's item rows are said, and what summarize needs."""
    statuses = {"北丘市": ["実施中", "実施済", "未着手"], "若根市": ["実施済", "実施中"]}

    def reply(body: str) -> list[list[object]]:
        rows: list[list[object]] = [["団体名", body], [], ["調査項目", "取組状況", "課題・備考"]]
        return rows + [[f"項目{n}", s, ""] for n, s in enumerate(statuses[body], 1)]

    binder = write_book(tmp_path / "綴り.xlsx", {body: reply(body) for body in statuses})
    monkeypatch.chdir(tmp_path)  # (no planeval.toml)
    done = run("split", binder.name, "-o", "団体別")
    assert done.exit_code == 0, done.output
    written = {}
    for path in sorted((tmp_path / "団体別").glob("*.xlsx")):
        rows = list(load_workbook(path).active.iter_rows(values_only=True))
        header = next(i for i, row in enumerate(rows) if row[1] == "取組状況")
        written[path.stem] = sum(1 for row in rows[header + 1 :] if row[1])
    assert written == {"北丘市": 3, "若根市": 2}
    lines = done.stdout.splitlines()
    assert lines[:2] == [
        f"書き出しました: {Path('団体別', body)}.xlsx（{body}、{n} 行）"
        for body, n in written.items()
    ]
    assert "いまの評価尺度の記号（◎ ○ △ × -）ではない" in lines[2]
    assert "評価尺度の設定を planeval.toml に書いてから" in lines[2]
    (tmp_path / "planeval.toml").write_text(SURVEY_SCALE, encoding="utf-8")
    scale = planeval.load_config().scale
    read = planeval.read_workbooks([tmp_path / "団体別"], bodies="file", scale=scale)
    assert not read.problems
    assert {body: sum(e.body == body for e in read.entries) for body in written} == written
    with_settings = run("split", binder.name, "-o", "団体別", "--force")
    assert with_settings.stdout.splitlines()[2].endswith("--bodies file で読めます")
