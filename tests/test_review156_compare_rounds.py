"""Review 156: compare over a national survey's rounds of bodies.

#4: a round read as summarize reads it, its folder and the prefectures' folders in it
(`R7回答/ R7回答/13_東京都 …`), could not be compared: compare took two paths and advised
--bodies folder, which would make 13_東京都 one body."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from planeval.cli import app
from tests.conftest import write_book
from tests.prefecture_forms import reply

ROSTER = [
    ["団体コード", "団体名"],
    ["192000", "青葉市"],
    ["192021", "緑町"],
    ["192084", "川辺町"],
]


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
