"""Review 181 #6: 上毛県's 「達成ａ」 (word and letter, the letter full-width lower case, an IME's
slip) was an error while 「達成Ａ」, 「後退 Ｄ」 and 「横ばい　C」 were counted. A word naming one
status with that status's letter in lower case is that status, said in a notice; a lone 「ａ」
and a word beside another status's letter stay errors."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from typer.testing import CliRunner

import planeval
from planeval.cli import app
from planeval.presets import PRESETS
from tests.conftest import write_book

GUNMA = PRESETS["gunma"]
STATUSES = ["達成Ａ", "後退 Ｄ", "横ばい　C", "前進Ｂ ", "達成ａ", "前進 ｂ", "達成Ａ"]


def form(path: Path, statuses: list[str]) -> Path:
    rows: list[list[object]] = [
        ["令和7年度 上毛県情報化推進計画 進捗状況"],
        [],
        ["番号", "施策", "指標", "評価", "課題", "所管部局"],
    ]
    for number, status in enumerate(statuses, start=1):
        issue = "予算の確保が課題" if status.startswith(("横ばい", "後退")) else ""
        rows.append([f"1-1-{number}", "電子県庁の推進", f"指標{number}", status, issue, "総務部"])
    return write_book(path, {"進捗状況": rows})


def test_a_word_and_its_status_s_letter_in_lower_case_is_that_status(tmp_path: Path) -> None:
    path = form(tmp_path / "総務部.xlsx", STATUSES)
    result = planeval.read_workbooks([path], scale=GUNMA)
    assert not [p for p in result.problems if p.is_error]
    read = {entry.status_text: entry.status for entry in result.entries}
    assert read["達成ａ"] == "A" and read["前進 ｂ"] == "B"
    assert Counter(entry.status for entry in result.entries) == Counter(
        GUNMA.normalise(status.upper().replace("ａ", "A").replace("ｂ", "B")) for status in STATUSES
    )
    said = [p for p in result.problems if "小文字" in p.message]
    assert len(said) == 2  # (the two typed so; none of 達成Ａ, 横ばい　C: their letter as written)
    first = next(p for p in said if "達成ａ" in p.message)
    assert first.location.cell == f"D{4 + STATUSES.index('達成ａ')}"
    assert "評価「達成ａ」は A（達成） として数えました" in first.message
    assert "「達成A」のように入力" in first.hint


@pytest.mark.parametrize("typed", ["ａ", "達成ｂ", "前進ａ"])
def test_a_lower_case_letter_naming_no_status_by_its_word_stays_an_error(
    tmp_path: Path, typed: str
) -> None:
    path = form(tmp_path / "総務部.xlsx", ["達成Ａ", typed])
    result = planeval.read_workbooks([path], scale=GUNMA)
    assert [entry.status for entry in result.entries] == ["A"]
    [error] = [p for p in result.problems if p.is_error]
    assert error.location.cell == "D5"


def test_summarize_counts_it_and_says_it(tmp_path: Path) -> None:
    (tmp_path / "planeval.toml").write_text('[scale]\npreset = "gunma"\n', encoding="utf-8")
    (tmp_path / "回答").mkdir()
    form(tmp_path / "回答" / "総務部.xlsx", STATUSES)
    result = CliRunner().invoke(
        app,
        [
            "summarize",
            str(tmp_path / "回答"),
            "--config",
            str(tmp_path / "planeval.toml"),
            "-f",
            "csv",
        ],
    )
    assert result.exit_code == 0, result.stdout + result.stderr
    total = result.stdout.lstrip("\ufeff").splitlines()[-1].split(",")
    assert total[-1] == str(len(STATUSES))
    assert "お知らせ" in result.stderr and "「達成ａ」" in result.stderr


def test_the_remark_notice_names_the_status_column_as_the_form_titles_it(tmp_path: Path) -> None:
    """On 上毛県's form the remark notice said 「達成状況「前進Ｂ（一部）」…課題等の欄…」 beside
    the lower-case one's 「評価「達成ａ」…」, its columns titled 評価 and 課題 (review 203 #5):
    both now call them as the form does."""
    (tmp_path / "planeval.toml").write_text('[scale]\npreset = "gunma"\n', encoding="utf-8")
    (tmp_path / "回答").mkdir()
    form(tmp_path / "回答" / "総務部.xlsx", ["達成Ａ", "前進Ｂ（一部）", "達成ａ"])
    result = CliRunner().invoke(
        app,
        ["summarize", str(tmp_path / "回答"), "--config", str(tmp_path / "planeval.toml"),
         "-f", "csv"],
        env={"COLUMNS": "400"},
    )  # fmt: skip
    assert result.exit_code == 0, result.stdout + result.stderr
    place = f"{tmp_path / '回答' / '総務部.xlsx'} › 進捗状況"
    assert result.stderr.splitlines()[:2] == [
        f"お知らせ: {place} › D5: 評価「前進Ｂ（一部）」は B（前進） として数えました。括弧の中の"
        "「一部」は件数にも課題にも入りません（「一部」が補足なら課題の欄に書いてください。"
        "別の段階として数えるなら、planeval.toml の [[scale.status]] に加えてください）",
        f"お知らせ: {place} › D6: 評価「達成ａ」は A（達成） として数えました（「達成」は 'A' の"
        "言葉で、「ａ」は小文字の 'A' と読みました）（記号は大文字で「達成A」のように入力するよう、"
        "記入した部署に伝えてください）",
    ]


def test_on_a_form_titled_otherwise_the_lower_case_notice_says_its_title(tmp_path: Path) -> None:
    """The lower-case notice said 評価 whatever the form titled its column: 達成度 here."""
    path = write_book(
        tmp_path / "総務部.xlsx",
        {"進捗状況": [["番号", "施策", "指標", "達成度", "課題", "所管部局"],
                      ["1-1-1", "電子県庁の推進", "指標1", "達成ａ", "", "総務部"]]},
    )  # fmt: skip
    result = planeval.read_workbooks([path], scale=GUNMA)
    [said] = [p for p in result.problems if "小文字" in p.message]
    assert said.message.startswith("達成度「達成ａ」は A（達成） として数えました")
