"""Review 156: compare over a national survey's rounds of bodies.

#4: a round read as summarize reads it, its folder and the prefectures' folders in it
(`R7回答/ R7回答/13_東京都 …`), could not be compared: compare took two paths and advised
--bodies folder, which would make 13_東京都 one body.
#7: bodies the roster marks 未回答 were told one by one to give a 計画 (--plan)."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from planeval.cli import app
from tests.conftest import write_book
from tests.prefecture_forms import ROSTER, reply


@pytest.fixture
def rounds(tmp_path: Path) -> Path:
    """Two rounds; this year's 緑町 reply sits in the prefecture's folder inside the round's."""
    write_book(tmp_path / "団体一覧.xlsx", {"一覧": ROSTER})
    (tmp_path / "planeval.toml").write_text('[bodies]\nroster = "団体一覧.xlsx"\n', "utf-8")
    for year, statuses in (("r5", ["△", "○"]), ("r6", ["○", "○"])):
        (tmp_path / year / "19_山梨県").mkdir(parents=True)
        reply(tmp_path / year / "192000_青葉市.xlsx", statuses)
        reply(tmp_path / year / "192084_川辺町.xlsx", statuses)
    reply(tmp_path / "r5" / "192021_緑町.xlsx", ["△"])
    reply(tmp_path / "r6" / "19_山梨県" / "192021_緑町.xlsx", ["○"])
    return tmp_path


SURVEY = """\
[scale]
order = "best_first"

[[scale.status]]
symbol = "実施済"
label = "実施済"

[[scale.status]]
symbol = "未着手"
label = "未着手"

[layout.titles]
number = ["調査項目番号"]

[wording]
policy = "分野"
item = "調査項目"
status = "取組状況"

[bodies]
roster = "団体一覧.xlsx"
"""


def _stated(path: Path, code: str, name: str, year: int) -> None:
    """A reply as the ministry's form has it: the body and who filled it in (担当部署) stated
    above the table, its items under 【分野1】."""
    rows: list[list[object]] = [[f"令和{year}年度 自治体DX推進状況調査 回答票"], []]
    rows += [["団体コード", code], ["団体名", name], ["担当部署", "情報政策課"], []]
    rows += [["調査項目番号", "調査項目", "取組状況", "課題・備考"], ["【分野1】行政手続"]]
    rows += [["1-1", "子育て関係手続のオンライン化", "実施済"], ["1-2", "介護関係手続", "未着手"]]
    write_book(path, {"回答票": rows})


def _run(folder: Path, *args: str):
    options = ["--bodies", "file", "-q", "--config", str(folder / "planeval.toml")]
    return CliRunner().invoke(app, [*args, *options], env={"COLUMNS": "120"})


def test_a_round_of_a_folder_and_the_folders_in_it(rounds: Path) -> None:
    now = [str(rounds / "r6"), str(rounds / "r6" / "19_山梨県")]
    counted = _run(rounds, "summarize", *now, "-f", "json")
    assert counted.exit_code == 0, counted.output
    done = _run(rounds, "compare", str(rounds / "r5"), *now, "-f", "csv")
    assert done.exit_code == 0, done.output
    listing = done.stdout.lstrip("\ufeff").split("\n\n")[0].splitlines()
    green = [line for line in listing if line.startswith("緑町,")]
    assert green == ["緑町,1-1-1①,電子申請の拡大,△,○,改善"], listing
    assert "回答なし" not in done.stdout and "未回答" not in done.output


def test_more_rounds_than_two_say_how_to_give_a_round_of_folders(rounds: Path) -> None:
    given = [str(rounds / "r5"), str(rounds / "r6"), str(rounds / "r5" / "19_山梨県")]
    done = _run(rounds, "compare", *given)
    assert done.exit_code == 2
    said = done.stderr
    assert f"余分な引数があります（{rounds / 'r5' / '19_山梨県'}）" in said
    assert "summarize と同じくその回のフォルダのすぐあとに続けてください" in said


def test_bodies_the_roster_marks_unanswered_are_said_once_without_plan_advice(
    tmp_path: Path,
) -> None:
    """#7: compare of last year's replies with this year's export told the ministry, body by
    body, to give a 計画 (--plan) for bodies the roster already names 未回答."""
    write_book(tmp_path / "団体一覧.xlsx", {"一覧": ROSTER})
    (tmp_path / "planeval.toml").write_text(SURVEY, "utf-8")
    for year, bodies in ((6, ["青葉市", "川辺町"]), (7, ["青葉市"])):
        (tmp_path / f"r{year}").mkdir()
        for code, name in ROSTER[1:]:
            if name in bodies:
                _stated(tmp_path / f"r{year}" / f"{code}_{name}.xlsx", code, name, year)
    report = tmp_path / "報告.xlsx"
    exported = _run(tmp_path, "export", str(tmp_path / "r7"), "--xlsx", str(report), "--keep-going")
    assert report.is_file(), exported.output
    settings = str(tmp_path / "planeval.toml")
    done = CliRunner().invoke(
        app,
        ["compare", str(tmp_path / "r6"), str(report), "--bodies", "file", "--config", settings],
        env={"COLUMNS": "120"},
    )
    assert done.exit_code == 0, done.output
    said = [line for line in done.stderr.splitlines() if "川辺町" in line]
    assert said == [
        f"お知らせ: {report}: 報告書で今回は未回答の 1 団体（川辺町）は、前回だけ回答しています。"
        "その調査項目は削除・追加ではなく今回未集計として、件数の比較から除きました"
    ], done.stderr
    assert "--plan" not in done.stderr


def _bodies(folder: Path, count: int) -> list[str]:
    """Two rounds of ``count`` bodies, each body's 電子申請の拡大 △ → ○ (改善)."""
    for year, statuses in (("r5", ["△", "○"]), ("r6", ["○", "○"])):
        (folder / year).mkdir(parents=True)
        for number in range(count):
            reply(folder / year / f"{number + 1:02d}町.xlsx", statuses)
    return [str(folder / "r5"), str(folder / "r6"), "--bodies", "file"]


def test_many_bodies_lead_with_counts_per_body_on_the_terminal(tmp_path: Path) -> None:
    """#6: 1,700 bodies' changes were 47,799 terminal lines, item by item."""
    args = _bodies(tmp_path, 25)
    shown = CliRunner().invoke(app, ["compare", *args], env={"COLUMNS": "120"})
    assert shown.exit_code == 0, shown.output
    lines = shown.stdout.splitlines()
    assert lines[0] == (
        "実施内容ごとの変化（25 件）は、--xlsx でブックに、-f csv で CSV に書き出せます。"
        "ここでは団体ごとの件数を示します"
    ), lines[:3]
    assert "電子申請の拡大" not in shown.stdout  # (no item listed one by one)
    bodies = [line for line in lines if line.startswith("│ ") and "町" in line]
    assert len(bodies) == 25 and all(line.split("│")[2].strip() == "1" for line in bodies)
    total = next(line for line in lines if line.startswith("│ 合計"))
    assert total.split("│")[2].strip() == "25", total
    csv = CliRunner().invoke(app, ["compare", *args, "-f", "csv"]).stdout
    listed = [line for line in csv.split("\n\n")[0].splitlines() if "電子申請の拡大" in line]
    assert len(listed) == 25  # (a file's data: every item)
    few = CliRunner().invoke(app, ["compare", *_bodies(tmp_path / "few", 3)])
    assert few.stdout.count("電子申請の拡大") == 3 and "団体ごと" not in few.stdout
