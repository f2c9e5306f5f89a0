"""A survey of many bodies' count sentence (review 125 #1, 120 #8): 「149団体の分野1…では、延べ894の
調査項目に取り組みました」 counted the answers 対象外 and 未着手 as items the bodies 「取り組みました」.
Several bodies' sentence now says what planeval knows, 「延べ874の調査項目を集計しました」 — the
answers with a counted status, those of a status not counted said after the counts (「ほかに対象外
20件」) — and check judges both that and a report's older 「延べ894の…に取り組みました」."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from planeval.cli import app
from tests.conftest import write_book

_CONFIG = """
[scale]
as_planned = "実施済"
order = "best_first"

[[scale.status]]
symbol = "実施済"
label = "実施済"

[[scale.status]]
symbol = "未着手"
label = "未着手"

[[scale.status]]
symbol = "対象外"
label = "対象外"
counted = false

[layout.titles]
item = ["調査項目"]

[wording]
policy = "分野"
item = "調査項目"
status = "取組状況"
"""

_ITEMS = ("電子申請の拡大", "書かない窓口", "キャッシュレス決済", "オンライン相談", "AI活用")
# each body's answers to 1-1 … 1-5: 川辺町 answers 対象外 twice, 緑町 未着手 once
_ANSWERS = {
    "青葉市": ("実施済",) * 5,
    "緑町": ("実施済", "実施済", "実施済", "実施済", "未着手"),
    "川辺町": ("実施済", "対象外", "対象外", "実施済", "実施済"),
}


@pytest.fixture
def survey(tmp_path: Path) -> Path:
    """Three bodies' replies on one form, and the survey's planeval.toml."""
    (tmp_path / "planeval.toml").write_text(_CONFIG, encoding="utf-8")
    for body, answers in _ANSWERS.items():
        rows: list[list[object]] = [
            ["調査 回答票"],
            ["団体名", body],
            [],
            ["分野", "番号", "調査項目", "取組状況"],
        ]
        rows += [
            ["1 行政手続" if n == 1 else "", f"1-{n}", name, answer]
            for n, (name, answer) in enumerate(zip(_ITEMS, answers, strict=True), start=1)
        ]
        write_book(tmp_path / f"{body}.xlsx", {"回答": rows})
    return tmp_path


def _run(folder: Path, *args: str):
    return CliRunner().invoke(
        app, [*args, "--config", str(folder / "planeval.toml")], env={"COLUMNS": "120"}
    )


def test_several_bodies_sentence_counts_the_answers_it_counted(survey: Path) -> None:
    done = _run(survey, "summarize", str(survey), "--bodies", "file", "--narrative")
    assert done.exit_code == 0, done.output
    assert (
        (
            "3団体の分野1「行政手続」では、延べ13の調査項目を集計しました。"
            "取組状況は、実施済12件、未着手1件（ほかに対象外2件）でした。"
        )
        in done.stdout
    )  # (the rows summed said once, not 「個別の調査項目ごとの」 after: review 193 #4)
    assert "取り組みました" not in done.stdout


def test_check_reads_the_new_sentence_and_a_report_s_older_one(survey: Path) -> None:
    report = survey / "報告.md"
    done = _run(survey, "export", str(survey), "--bodies", "file", "--md", str(report))
    assert done.exit_code == 0, done.output
    text = report.read_text(encoding="utf-8")
    assert "延べ13の調査項目を集計しました" in text

    def checked(said: str) -> str:
        again = survey / "報告2.md"
        again.write_text(text.replace("延べ13の調査項目を集計しました", said), encoding="utf-8")
        args = ("check", str(survey), "--bodies", "file", "--text", str(again), "-q")
        return _run(survey, *args).stdout

    agreeing = "記載件数はすべて集計と一致しています"
    assert agreeing in checked("延べ13の調査項目を集計しました")
    # (a report written before: every answer, 対象外 too, 「取り組みました」; and as a clerk
    # may write it, with its 対象外 in brackets)
    assert agreeing in checked("延べ15の調査項目に取り組みました")
    assert agreeing in checked("延べ15の調査項目を集計しました（うち対象外2件）")
    wrong = checked("延べ11の調査項目を集計しました")
    assert "記載と集計の食い違い" in wrong and "13（集計しない対象外 2件を含めると 15）" in wrong
