"""Last year's workbook sent beside this year's reply in a body's folder (review 109 #2: 松原町's
「… (1).xlsx」 titled 令和6年度 among 令和7年度 replies). Without --fiscal-year it was counted, and
its ratings clashed with this year's: 8 「どちらが正しいか所管課に確認」 errors, 松原町 counted
nothing with --keep-going, while a separate warning knew it was last year's. It is left out as
--fiscal-year leaves it out, said once, and the body's reply counted — with --fiscal-year too
(review 198 #1: there it was an error, nothing counted, and with --keep-going 港浜市's complete
reply published 「一部未集計」); and check compares the numbers its rows were not counted in
(review 198 #2: a wrong 「計画どおり26件」 was not compared for them)."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

import planeval
from planeval.cli import app
from planeval.past_errors import partly_counted
from tests.conftest import write_book

HEADER = ["番号", "施策", "KPI", "評価"]
SAID = (
    "表題の年度が令和6年度（2024年度）です（ほかの 3 ファイルは令和7年度（2025年度））。"
    "同じ団体の令和7年度（2025年度）のブックが同じKPIを評価しているため、前の年度のブックとみなして、"
    "このファイルの行は数えていません"
)


GIVEN = SAID.replace("ほかの 3 ファイルは令和7年度（2025年度）", "この回は令和7年度（2025年度）")


def _reply(path: Path, year: str, statuses: str) -> Path:
    rows: list[list[object]] = [[f"{year} DX推進計画 KPI自己評価調査票"], [], HEADER]
    rows += [
        [f"1-1-{n}", "1-1 手続のオンライン化", f"指標{n}", status]
        for n, status in enumerate(statuses, start=1)
    ]
    return write_book(path, {"調査票": rows})


@pytest.fixture
def replies(tmp_path: Path) -> Path:
    """Three towns' replies of 令和7年度; 松原町's folder holds last year's too, rated otherwise."""
    for town, statuses in (("青葉町", "○○△"), ("松原町", "◎△×"), ("川辺町", "△○○")):
        (tmp_path / town).mkdir()
        _reply(tmp_path / town / f"KPI評価_{town}.xlsx", "令和7年度", statuses)
    _reply(tmp_path / "松原町" / "KPI評価_松原町 (1).xlsx", "令和6年度", "○○△")
    return tmp_path


@pytest.mark.parametrize("stream", [False, True])
def test_last_year_s_workbook_beside_this_year_s_reply_is_left_out_once(
    replies: Path, stream: bool
) -> None:
    summary, result = planeval.summarize_workbooks(
        [replies], by="body", bodies="folder", stream=stream
    )
    counts = {group.id: group.count.counts for group in summary.groups}
    assert counts["松原町"] == {"◎": 1, "○": 0, "△": 1, "×": 1}  # (this year's, whole)
    assert not result.errors
    [said] = [p for p in result.problems if p.severity is not planeval.Severity.NOTICE]
    assert said.location.file == str(replies / "松原町" / "KPI評価_松原町 (1).xlsx")
    assert said.message == SAID
    assert said.location.file in result.left_out
    assert "松原町" not in partly_counted(result)  # (its reply counted whole)


def test_the_run_counts_and_quiet_keeps_the_one_warning(replies: Path) -> None:
    done = CliRunner().invoke(
        app, ["summarize", str(replies), "--bodies", "folder", "--by", "body", "-q"]
    )
    assert done.exit_code == 0, done.output
    assert done.stderr.count("前の年度のブックとみなして") == 1
    assert "所管課に確認" not in done.stderr


@pytest.mark.parametrize("stream", [False, True])
def test_with_the_year_given_last_year_s_copy_is_left_out_with_a_warning_all_the_same(
    replies: Path, stream: bool
) -> None:
    summary, result = planeval.summarize_workbooks(
        [replies], by="body", bodies="folder", stream=stream, fiscal_year=2025
    )
    counts = {group.id: group.count.counts for group in summary.groups}
    assert counts["松原町"] == {"◎": 1, "○": 0, "△": 1, "×": 1}
    assert not result.errors
    [said] = [p for p in result.problems if p.severity is not planeval.Severity.NOTICE]
    assert (said.location.file, said.message) == (
        str(replies / "松原町" / "KPI評価_松原町 (1).xlsx"),
        GIVEN,
    )
    assert "松原町" not in partly_counted(result)  # (not 「一部未集計」: counted whole)


def test_with_the_year_given_a_workbook_of_last_year_alone_is_still_an_error(
    replies: Path,
) -> None:
    (replies / "松原町" / "KPI評価_松原町.xlsx").unlink()  # (last year's only: no reply beside)
    done = CliRunner().invoke(
        app, ["summarize", str(replies), "--bodies", "folder", "--fiscal-year", "令和7", "-q"]
    )
    assert done.exit_code == 1
    assert done.stderr.splitlines()[0] == (
        f"エラー: {replies / '松原町' / 'KPI評価_松原町 (1).xlsx'} › 調査票 › A1: "
        "表題の年度が令和6年度（2024年度）です（この回は令和7年度（2025年度））。"
        "このファイルの行は数えていません（前の年度のブックなら、今年度のものを送り直してもらって"
        "ください。表題の直し忘れなら、表題の年度を直してください）"
    )


@pytest.mark.parametrize("year", [[], ["--fiscal-year", "令和7"]])
def test_check_compares_a_figure_last_year_s_copy_was_not_counted_in(
    replies: Path,
    year: list[str],
    tmp_path_factory: pytest.TempPathFactory,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.chdir(tmp_path_factory.mktemp("draft"))
    Path("案.txt").write_text("3町のKPIのうち、○は5件でした。\n", encoding="utf-8")  # (4 counted)
    done = CliRunner().invoke(
        app,
        ["check", str(replies), "--bodies", "folder", "--text", "案.txt", "-q", *year],
        env={"COLUMNS": "100"},
    )
    assert done.exit_code == 1
    assert (
        done.stdout.splitlines()[4]
        == (
            "│ 計画全体 │ ○（計画どおり実施） │ 5    │ 4    │ 案.txt › 1行目「○は5件」 │"  # (quoted: fix206a)
        )
    )
    assert "比べられなかった" not in done.stdout
