"""One list of bodies for every round (review 97 #8): a national survey's roster is this
year's, so the bodies new this year were 「前回の回答なし」 in compare — never 「今回から参加」 —
and a village merged away since was a warning 「団体一覧にない団体です」 in last year's round.
A round's folder may keep its own list, of the roster's file name (r5/団体一覧.xlsx): that
round is read against it — by compare and rounds, and by any command given that folder."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from planeval.cli import app
from tests.conftest import write_book
from tests.prefecture_forms import reply

# this year's list: 森野町 joins the survey; 泉村 merged into 緑町 last April
THIS_YEAR = [
    ["団体コード", "団体名"],
    ["192000", "青葉市"],
    ["192021", "緑町"],
    ["192030", "森野町"],
]
LAST_YEAR = [["団体コード", "団体名"], ["192000", "青葉市"], ["192021", "緑町"], ["192048", "泉村"]]


@pytest.fixture
def rounds(tmp_path: Path) -> Path:
    write_book(tmp_path / "団体一覧.xlsx", {"一覧": THIS_YEAR})
    (tmp_path / "planeval.toml").write_text('[bodies]\nroster = "団体一覧.xlsx"\n', "utf-8")
    for year in ("r5", "r6"):
        (tmp_path / year).mkdir()
        reply(tmp_path / year / "192000_青葉市.xlsx", ["△", "○"])
        reply(tmp_path / year / "192021_緑町.xlsx", ["○"])
    reply(tmp_path / "r5" / "192048_泉村.xlsx", ["○", "△"])
    reply(tmp_path / "r6" / "192030_森野町.xlsx", ["◎", "○", "○"])
    write_book(tmp_path / "r5" / "団体一覧.xlsx", {"一覧": LAST_YEAR})  # (last year's list)
    return tmp_path


def _run(folder: Path, *args: str):
    return CliRunner().invoke(
        app, [*args, "--config", str(folder / "planeval.toml")], env={"COLUMNS": "120"}
    )


def test_a_body_new_this_year_joins_and_the_merged_one_is_no_stranger(rounds: Path) -> None:
    done = _run(rounds, "compare", str(rounds / "r5"), str(rounds / "r6"), "--bodies", "file")
    assert done.exit_code == 0, done.stderr
    assert "森野町：今回から参加（3 件）" in done.stdout.splitlines()
    assert "前回の回答なし" not in done.stdout
    # (merged away: not on this year's list — no reply missing, review 104 #7)
    assert "泉村：今回の団体一覧になし（合併等）（前回 2 件）" in done.stdout.splitlines()
    assert "にない団体です" not in done.stderr and "未回答" not in done.stderr


def test_a_round_read_alone_is_read_against_its_own_list(rounds: Path) -> None:
    done = _run(rounds, "summarize", str(rounds / "r5"), "--bodies", "file", "--by", "body")
    assert done.exit_code == 0, done.stderr
    assert "森野町" not in done.stdout + done.stderr  # (not expected last year)
    assert "泉村" in done.stdout and "にない団体です" not in done.stderr
    assert "団体一覧" not in done.stdout  # (its own list is no reply: not read as a body)


def test_without_a_round_s_list_the_roster_is_every_round_s(rounds: Path) -> None:
    (rounds / "r5" / "団体一覧.xlsx").unlink()
    done = _run(rounds, "compare", str(rounds / "r5"), str(rounds / "r6"), "--bodies", "file")
    assert "森野町：前回の回答なし（今回 3 件）" in done.stdout.splitlines()
    assert "団体「泉村」（団体コード 192048）は団体一覧" in done.stderr


def test_a_round_s_list_kept_as_another_kind_of_file_is_its_list(rounds: Path) -> None:
    """Review 100 #3: last year's list kept as 団体一覧.csv beside the settings' 団体一覧.xlsx
    (offices move between the two) was read as a reply, an error that stopped compare."""
    (rounds / "r5" / "団体一覧.xlsx").unlink()
    lines = "\n".join(",".join(row) for row in LAST_YEAR)
    (rounds / "r5" / "団体一覧.csv").write_text(lines + "\n", encoding="utf-8")
    done = _run(rounds, "compare", str(rounds / "r5"), str(rounds / "r6"), "--bodies", "file")
    assert done.exit_code == 0, done.stderr
    assert "森野町：今回から参加（3 件）" in done.stdout.splitlines()
    assert "にない" not in done.stderr and "団体一覧.csv" not in done.stderr


def test_a_list_of_bodies_under_another_name_is_no_reply(rounds: Path) -> None:
    """Review 100 #3: 令和5年度団体一覧.xlsx among last year's replies was 「評価の表が見つかりま
    せん」 and 「団体「令和5年度団体一覧」は団体一覧にない名前です」, and compare stopped. It is set
    aside in a notice that says how to make it the round's list."""
    (rounds / "r5" / "団体一覧.xlsx").rename(rounds / "r5" / "令和5年度団体一覧.xlsx")
    done = _run(rounds, "compare", str(rounds / "r5"), str(rounds / "r6"), "--bodies", "file")
    assert done.exit_code == 0, done.stderr
    assert "評価の表が見つかりません" not in done.stderr and "にない名前" not in done.stderr
    assert (
        f"お知らせ: {rounds / 'r5' / '令和5年度団体一覧.xlsx'}: 団体の一覧のブックのようです"
        "（シート「一覧」の A1「団体コード」・B1「団体名」、3 団体）。回答ではないため読んでいません"
        "（この回の団体一覧として使うなら、planeval.toml の [bodies] roster と同じ名前（拡張子は"
        " .xlsx と .csv のどちらでも）でこのフォルダに置いてください。団体の回答なら、評価の列と"
        "取組の列の見出し行があるか確かめてください）"
    ) in done.stderr.replace("\n", "")
    summarized = _run(
        rounds, "summarize", str(rounds / "r5"), "--bodies", "file", "--by", "body", "--keep-going"
    )
    # (read by this year's list, not the round's: 泉村, merged away since, is not its body —
    # left out and named: review 159 #1)
    assert "泉村" not in summarized.stdout and "団体「泉村」" in summarized.stderr
    assert "令和5年度団体一覧" not in summarized.stdout  # (no body of its own)


def test_last_year_s_export_is_judged_by_its_own_bodies_not_this_year_s_list(
    rounds: Path,
) -> None:
    """Review 109 #3: last year's export given to compare, or to check --previous, was judged
    against this year's list: check stopped on 「未回答: 森野町」 (new this year), compare said
    it 「前回の回答なし」 and warned that 泉村 (merged away since) is on no list. The export
    records its round's bodies: it is read as its round's folder is."""
    exported = rounds / "r5報告.xlsx"
    done = _run(rounds, "export", str(rounds / "r5"), "--bodies", "file", "--xlsx", str(exported))
    assert done.exit_code == 0, done.stderr
    compared = _run(rounds, "compare", str(exported), str(rounds / "r6"), "--bodies", "file")
    assert compared.exit_code == 0, compared.stderr
    assert "森野町：今回から参加（3 件）" in compared.stdout.splitlines()
    assert "泉村：今回の団体一覧になし（合併等）（前回 2 件）" in compared.stdout.splitlines()
    assert "団体一覧にない" not in compared.stderr
    report = rounds / "報告.md"
    report.write_text(
        "青葉市では、計画どおり実施が1件、内容を一部修正して実施が1件でした。\n", encoding="utf-8"
    )
    for previous in (exported, rounds / "r5"):
        checked = _run(
            rounds, "check", str(rounds / "r6"), "--bodies", "file", "--text", str(report),
            "--previous", str(previous),
        )  # fmt: skip
        assert checked.exit_code == 0, checked.stderr
        assert "森野町" not in checked.stderr and "団体一覧にない" not in checked.stderr


def test_check_says_last_year_s_body_missing_by_this_year_s_list_without_stopping(
    rounds: Path,
) -> None:
    """(a previous round's folder with no list of its own: read by the settings' list, as
    compare reads it, its body with no reply a notice naming the round, never check's stop)"""
    (rounds / "r5" / "団体一覧.xlsx").unlink()
    report = rounds / "報告.md"
    report.write_text(
        "青葉市では、計画どおり実施が1件、内容を一部修正して実施が1件でした。\n", encoding="utf-8"
    )
    checked = _run(
        rounds, "check", str(rounds / "r6"), "--bodies", "file", "--text", str(report),
        "--previous", str(rounds / "r5"),
    )  # fmt: skip
    assert checked.exit_code == 0, checked.stderr
    [said] = [line for line in checked.stderr.splitlines() if "森野町" in line]
    assert said.startswith("お知らせ: ") and "（未回答）: 森野町（" in said and "の回）" in said
