"""check: a status the rows were rated as, qualifying the counted rows — 「「次年度以降計画を
見直す」と評価された事業が2件」, 「Aと評価された取組が1件」, 「Cと評価した取組は4取組」, 「…と評価
された2件の事業は」 — makes the number that status's count, as planeval's own issue-list lead
words it (「「次年度以降計画を見直す」と評価された事業」). Review 93 N2: each was read as the
policy's total (記載 2 / 集計 5), or as a number of nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from planeval.cli import app
from planeval.presets import PRESETS
from planeval.stated_number import TOTAL
from planeval.stated_numbers import read_numbers
from tests.test_phrase_statuses import DONE, REVIEW, _hamura

RUNNER = CliRunner()
AICHI = PRESETS["aichi"]


@pytest.mark.parametrize(
    ("text", "what", "value"),
    [
        (f"施策27では、「{REVIEW}」と評価された事業が2件ありました。", REVIEW, 2),
        (f"施策27では、「{REVIEW}」と評価された事業は2件でした。", REVIEW, 2),
        (f"施策29では、「{DONE}」と評価された事業が4件でした。", DONE, 4),
        (f"施策27で「{REVIEW}」と評価された2件の事業は、橋りょうの耐震化と…です。", REVIEW, 2),
        (f"施策29では、「{DONE}」と評価した事業は4件でした。", DONE, 4),
        (f"施策29では、「{DONE}」の評価の事業は4件でした。", DONE, 4),
        (f"施策29では、「{DONE}」が評価された事業が4件でした。", DONE, 4),
    ],
)
def test_a_phrase_status_rated_as_counts_that_status(text: str, what: str, value: int) -> None:
    numbers = read_numbers(text, PRESETS["hamura"], item="事業", counter="件")
    assert [(n.what, n.value, n.reason) for n in numbers] == [(what, value, "")]


@pytest.mark.parametrize(
    ("text", "what", "value"),
    [
        ("基本方針3では、Aと評価された取組が1件ありました。", "A", 1),
        ("基本方針3では、「A」と評価された取組が1件ありました。", "A", 1),
        ("基本方針2では、Cと評価された取組は4取組でした。", "C", 4),
        ("基本方針2では、一部達成（C）と評価された取組は4件でした。", "C", 4),
        ("基本方針2では、Cと評価された4件の取組は、次のとおりです。", "C", 4),
    ],
)
def test_a_letter_rated_as_counts_that_status(text: str, what: str, value: int) -> None:
    numbers = read_numbers(text, AICHI, project="施策", item="取組", level="基本方針")
    assert [(n.what, n.value) for n in numbers] == [(what, value)]


def test_the_rows_rated_count_is_still_the_total_where_no_status_is_named() -> None:
    """「評価された取組は5件」 names no status: the policy's total, as before."""
    (number,) = read_numbers("基本方針2では、評価された取組は5件でした。", AICHI, item="取組")
    assert number.what == TOTAL


def test_check_agrees_with_rated_as_sentences_and_catches_a_wrong_one(tmp_path: Path) -> None:
    source, config = str(_hamura(tmp_path)), str(tmp_path / "planeval.toml")
    right = tmp_path / "right.txt"
    right.write_text(
        f"施策27では、「{REVIEW}」と評価された事業が2件ありました。\n\n"
        f"施策27で「{REVIEW}」と評価された2件の事業は、橋りょうの耐震化と空き家対策の推進です。\n\n"
        f"施策28では、「{DONE}」と評価された事業は2件でした。\n",
        encoding="utf-8",
    )
    agreed = RUNNER.invoke(app, ["check", source, "--config", config, "--text", str(right)])
    assert agreed.exit_code == 0, agreed.output
    assert agreed.output.endswith("3 段落の記載件数はすべて集計と一致しています\n")
    wrong = tmp_path / "wrong.txt"
    wrong.write_text(f"施策27では、「{REVIEW}」と評価された事業が3件ありました。\n", "utf-8")
    args = ["check", source, "--config", config, "--text", str(wrong)]
    found = RUNNER.invoke(app, args, env={"COLUMNS": "200"})  # (the row whole beside its words)
    assert found.exit_code == 1
    assert f"│ 施策27 │ {REVIEW} │ 3    │ 2    │" in found.output
