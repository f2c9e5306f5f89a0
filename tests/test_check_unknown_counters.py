"""A report counting its rated rows in a counter planeval does not read (枚方市's 施策評価 report
typed 「Aが2本」, a town's 「Bが3プロジェクト」) had those numbers passed over unread: a paragraph
stating the total in 施策 and the statuses in 本 was said to agree whatever the statuses said.
Each such number next to a status word is now said not compared, with the counters check
reads; a measure (「Aは2023年度」「Bの2倍」) or a count with no status word (「5本の柱」) is not."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from planeval.cli import app
from planeval.presets import PRESETS
from planeval.stated_numbers import read_numbers
from tests.conftest import write_book

HIRAKATA = PRESETS["hirakata"]
REASON = (
    "「{n}{unit}」の「{unit}」は planeval が件数として読む数え方ではないため、この数は比べて"
    "いません（比べるなら「{n}件」「{n}事業」のように 件・事業・個・項目・指標・施策・つの の"
    "どれかで書いてください）"
)


def _city(folder: Path) -> Path:
    """枚方市's 施策評価: five 施策, A 2, B 2, C 1."""
    rows = [
        ["基本目標1 安心・安全で快適に暮らせるまち"],
        ["番号", "施策名", "評価", "評価の理由・課題", "所管部"],
        [1, "防災・減災対策の推進", "A", "", "危機管理部"],
        [2, "防犯対策の推進", "B", "", "危機管理部"],
        [3, "交通安全の推進", "C", "自転車事故が増えた", "土木部"],
        [4, "消防・救急体制の充実", "B", "", "消防本部"],
        [5, "健康づくりの推進", "A", "", "健康福祉部"],
    ]
    (folder / "planeval.toml").write_text('[scale]\npreset = "hirakata"\n', encoding="utf-8")
    return write_book(folder / "枚方市_施策評価.xlsx", {"施策評価": rows})


def _check(folder: Path, text: str) -> tuple[int, str]:
    report = folder / "報告書.txt"
    report.write_text(text, encoding="utf-8")
    book, config = str(_city(folder)), str(folder / "planeval.toml")
    out = CliRunner().invoke(
        app,
        ["check", book, "--text", str(report), "-q", "-f", "csv", "--config", config],
        env={"COLUMNS": "200"},
    )
    return out.exit_code, out.stdout


def test_statuses_counted_in_an_unknown_counter_are_said_not_compared(tmp_path: Path) -> None:
    """B is stated 3 and counted 2: a check that passed 本 over said all agree (exit 0)."""
    code, out = _check(tmp_path, "全5施策のうち、Aが2本、Bが3本、Cが1本でした。\n")
    assert code == 1, out
    assert "一致しています" not in out
    for phrase, n in (("Aが2本", 2), ("Bが3本", 3), ("Cが1本", 1)):
        assert f"{phrase},{n},{REASON.format(n=n, unit='本')}" in out, out


def test_a_status_after_the_number_and_a_katakana_counter_are_said_too() -> None:
    numbers = read_numbers("3プロジェクトがAでした。", HIRAKATA)
    assert [(n.what, n.value, n.reason) for n in numbers] == [
        ("", 3, REASON.format(n=3, unit="プロジェクト"))
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Aは2023年度に見直しました。",  # (a year)
        "Bの2倍の予算を充てました。",  # (a measure)
        "計画は5本の柱で構成しています。",  # (no status word beside it)
        "Aが2件、Bが2件、Cが1件でした。",  # (counters check reads: compared as before)
    ],
)
def test_measures_and_numbers_apart_from_statuses_are_not_said(text: str) -> None:
    assert all("数え方ではない" not in n.reason for n in read_numbers(text, HIRAKATA))


def test_known_counters_still_agree(tmp_path: Path) -> None:
    code, out = _check(tmp_path, "全5施策のうち、Aが2施策、Bが2施策、Cが1施策でした。\n")
    assert code == 0, out


def test_a_count_of_bodies_is_said_not_compared(tmp_path: Path) -> None:
    """Review 49: a prefecture's 「実施と回答した団体は30団体」 (32 in the data) and 「35市町のうち
    34市町から回答」 were passed over unread, the report said to agree: each is now said not
    compared; a heading 「4 団体別の状況」 is no count."""
    text = "4 団体別の状況\n全5施策のうち、Aが2施策でした。A評価と回答した団体は30団体でした。\n"
    code, out = _check(tmp_path, text)
    assert code == 1, out
    reason = "団体の数は比べていません（planeval が比べるのは行の件数と"
    said = [line for line in out.splitlines() if reason in line]
    assert [line.split(",")[2] for line in said] == ["30"], out


def test_a_note_counting_no_level_of_the_plan_fails_nothing(tmp_path: Path) -> None:
    """Review 48: a form's note 「２つの値がある指標は（小）小学校、（中）中学校。」 was a count of
    groups (値) not compared, and check could never exit 0: listed still, failing nothing."""
    code, out = _check(tmp_path, "全5施策のうち、Aが2施策でした。２つの値がある施策は1つです。\n")
    assert code == 0, out
