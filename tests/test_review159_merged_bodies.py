"""Review 159 Part 2 #3: one list of bodies (this year's) for both rounds. 新緑市, created this
year by a merger (備考 「令和7年1月1日 林町・森町が新設合併」), was 「前回の回答なし」 and among
last year's 未回答 — a body that did not exist then; 高田坂市, absorbed by 青葉市 (not on the
list) yet still sending a reply, was 「今回は回答あり・数えた行なし…ブックのエラーを直せば数え
られます」 — no error of its book would make it counted. Now 新緑市 joins this year
(「今回から参加」, not 未回答 last year) and 高田坂市 is 「今回の団体一覧になし（合併等）」, as a
body merged away with no reply."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

import planeval
from planeval.cli import app
from tests.conftest import write_book
from tests.prefecture_forms import reply

ROSTER = [
    ["団体コード", "団体名", "備考"],
    ["192007", "青葉市", "令和7年1月1日 高田坂市を編入"],
    ["192023", "緑町", None],
    ["192091", "新緑市", "令和7年1月1日 林町・森町が新設合併"],
    ["192040", "山田村", None],  # (answers neither year: 未回答 in both, as it was)
]
LAST = {"192007_青葉市": ["△", "○"], "192023_緑町": ["○"], "192031_高田坂市": ["◎", "×"]}
LAST |= {"192058_林町": ["○"], "192066_森町": ["△"]}
NOW = {"192007_青葉市": ["○", "○"], "192023_緑町": ["◎"], "192091_新緑市": ["○", "◎", "△"]}
NOW |= {"192031_高田坂市": ["○", "○"]}  # (its former office's reply, sent all the same)


@pytest.fixture
def rounds(tmp_path: Path) -> Path:
    write_book(tmp_path / "団体一覧.xlsx", {"一覧": ROSTER})
    (tmp_path / "planeval.toml").write_text('[bodies]\nroster = "団体一覧.xlsx"\n', "utf-8")
    for year, replies in (("r6", LAST), ("r7", NOW)):
        (tmp_path / year).mkdir()
        for name, statuses in replies.items():
            reply(tmp_path / year / f"{name}.xlsx", statuses)
    return tmp_path


def _read(folder: Path, year: str, *, earlier: bool) -> planeval.ReadResult:
    roster = planeval.load_config(folder / "planeval.toml").roster
    return planeval.read_workbooks(
        [folder / year], bodies="file", roster=roster, against_plan=not earlier
    )


def test_the_library_keeps_a_new_body_out_of_last_year_and_the_absorbed_one_unlisted(
    rounds: Path,
) -> None:
    old, new = _read(rounds, "r6", earlier=True), _read(rounds, "r7", earlier=False)
    assert "新緑市" not in old.bodies  # (created this year: none of last year's bodies)
    [missing] = [p for p in old.problems if "未回答" in p.message]
    assert "山田村" in missing.message and "新緑市" not in missing.message
    apart = {body.body: body for body in planeval.compare(old, new).apart}
    assert apart["新緑市"].joined == 1 and not apart["新緑市"].unanswered
    gone = apart["高田坂市"]  # (on no list this year: merged away, no reply of it counted)
    assert gone.unlisted == (1,) and not gone.uncounted


def test_compare_says_the_new_body_joined_and_the_absorbed_one_is_off_the_list(
    rounds: Path,
) -> None:
    done = CliRunner().invoke(
        app,
        ["compare", str(rounds / "r6"), str(rounds / "r7"), "--bodies", "file", "--keep-going",
         "--config", str(rounds / "planeval.toml")],
        env={"COLUMNS": "120"},
    )  # fmt: skip
    lines = done.stdout.splitlines()
    assert f"新緑市：今回から参加（{len(NOW['192091_新緑市'])} 件）" in lines, done.stdout
    taken = len(LAST["192031_高田坂市"])
    assert f"高田坂市：今回の団体一覧になし（合併等）（前回 {taken} 件）" in lines, done.stdout
    assert "ブックのエラーを直せば" not in done.stdout + done.stderr
    # (last year's 未回答: 山田村 alone, said once for both years; the absorbed one's reply named)
    said = " ".join(done.stderr.split())
    assert "団体一覧の 1 団体から回答のブックがありません（未回答）: 山田村（" in said
    assert "新緑市" not in said
    assert "192031_高田坂市.xlsx: 団体「高田坂市」（団体コード 192031）は団体一覧" in said
    assert "高田坂市は前回だけ回答しています" not in said
