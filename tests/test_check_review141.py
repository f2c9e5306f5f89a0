"""check on a city's 行政改革大綱 report (review 141): its 改革の柱 numbered Ⅰ–Ⅲ, its items
rated on two scales (実施状況 and 達成度), one settings file per scale. A heading led by the
柱's Roman numeral (「Ⅰ　市民サービスの向上」) is that 柱 (#1); a closing whole-plan paragraph
after the last 柱's section is not that 柱's (#2); a share of the other scale's status (「完了の
割合は59.2%」, checked with the 達成度 settings) is set aside as that scale's, not an error (#3)."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest
from typer.testing import CliRunner

from planeval.cli import app
from tests.conftest import write_book

PILLARS = {"Ⅰ": "市民サービスの向上", "Ⅱ": "効率的な行政運営", "Ⅲ": "持続可能な財政運営"}
# each 柱's items: (実施状況, 達成度); 柱Ⅲ's last a 再掲 (not counted)
ITEMS = {
    "Ⅰ": [("完了", "達成"), ("完了", "達成"), ("取組中", "一部達成"), ("完了", "達成")],
    "Ⅱ": [
        ("完了", "達成"),
        ("取組中", "未達成"),
        ("未着手", "未達成"),
        ("完了", "一部達成"),
        ("取組中", "一部達成"),
    ],
    "Ⅲ": [("完了", "達成"), ("取組中", "未達成"), ("再掲", "再掲")],
}
SETTINGS = """[scale]
preset = "{preset}"
[[scale.status]]
symbol = "再掲"
counted = false
[layout]
status_column = "{column}"
[wording]
policy = "改革の柱"
project = "推進項目"
item = "取組項目"
status = "{column}"
"""
PROGRESS = ("progress", "実施状況", 0)
ACHIEVEMENT = ("achievement", "達成度", 1)


def _counts(scale: int, pillar: str | None = None) -> Counter[str]:
    """The statuses of one scale (0 実施状況, 1 達成度), of a 柱 or of the whole plan."""
    return Counter(
        item[scale]
        for roman, items in ITEMS.items()
        if pillar in (None, roman)
        for item in items
        if item[scale] != "再掲"
    )


def _sentence(counts: Counter[str], wrong: str = "") -> str:
    """「N件のうち完了がN件、…でした。」, the status ``wrong`` said one more than counted."""
    said = "、".join(f"{s}が{n + (s == wrong)}件" for s, n in counts.most_common())
    return f"{counts.total()}件のうち{said}でした。"


def _check(tmp_path: Path, text: str, settings: tuple[str, str, int]) -> tuple[int, dict]:
    rows: list[list[str]] = [
        ["第5次川辺市行政改革大綱 実施計画　取組項目の進捗状況（令和7年度）"],
        [],
        ["改革の柱", "推進項目", "取組項目", "実施状況", "達成度", "担当課"],
    ]
    for n, (roman, name) in enumerate(PILLARS.items(), 1):
        for i, (status, achieved) in enumerate(ITEMS[roman], 1):
            rows.append(
                [f"{roman}　{name}", f"{n}-1　推進{n}", f"{n}-1-({i})　取組{n}{i}", status,
                 achieved, "企画課"]
            )  # fmt: skip
    write_book(tmp_path / "form.xlsx", {"進捗状況": rows})
    preset, column, _ = settings
    config = tmp_path / f"{column}.toml"
    config.write_text(SETTINGS.format(preset=preset, column=column), encoding="utf-8")
    report = tmp_path / "report.txt"
    report.write_text(text, encoding="utf-8")
    args = ["check", str(tmp_path / "form.xlsx"), "--config", str(config), "--text", str(report)]
    found = CliRunner().invoke(app, [*args, "-f", "json"], env={"COLUMNS": "200"})
    return found.exit_code, json.loads(found.stdout)


def _sections(lead: str, wrong: str = "Ⅲ") -> str:
    """Each 柱's heading, led as ``lead`` gives it, over its 実施状況 sentence; 柱 ``wrong``'s
    完了 one too many."""
    return "".join(
        f"{lead.format(roman=roman)}{name}\n　"
        f"{_sentence(_counts(0, roman), '完了' if roman == wrong else '')}\n\n"
        for roman, name in PILLARS.items()
    )


@pytest.mark.parametrize(
    "lead",
    ["{roman}　", "{roman} ", "{roman}．", "（{roman}）", "改革の柱{roman}　", "柱{roman}　"],
)
def test_a_heading_led_by_the_pillar_s_roman_numeral_is_that_pillar(
    tmp_path: Path, lead: str
) -> None:
    code, said = _check(tmp_path, _sections(lead), PROGRESS)
    assert [
        (d["policy_id"], d["what"], d["stated"], d["counted"]) for d in said["disagreements"]
    ] == [("3", "完了", _counts(0, "Ⅲ")["完了"] + 1, _counts(0, "Ⅲ")["完了"])]
    assert said["not_compared"] == [] and code == 1


@pytest.mark.parametrize("numeral", ["I", "ＩＩ", "Ⅱ"])
def test_latin_and_full_width_numerals_and_a_shortened_name(tmp_path: Path, numeral: str) -> None:
    """「I　…」 (a Latin I), 「ＩＩ　…」 (full width): the 柱 so numbered; 「Ⅱ　行政運営」, the
    柱 numbered Ⅱ whose name holds the heading's."""
    roman = {"I": "Ⅰ", "ＩＩ": "Ⅱ", "Ⅱ": "Ⅱ"}[numeral]
    name = "行政運営" if numeral == "Ⅱ" else PILLARS[roman]
    text = f"{numeral}　{name}\n　{_sentence(_counts(0, roman))}\n"
    code, said = _check(tmp_path, text, PROGRESS)
    assert [s["scope"] for s in said["statements"]] == [f"改革の柱{roman}"]
    assert said["disagreements"] == [] and said["not_compared"] == [] and code == 0


def test_a_roman_heading_naming_no_pillar_is_the_report_s_own_section(tmp_path: Path) -> None:
    """「Ⅰ　評価の概要」: a chapter of the report, its numbers the whole plan's, as 「1　…」."""
    text = f"Ⅰ　評価の概要\n　{_sentence(_counts(0))}\n"
    code, said = _check(tmp_path, text, PROGRESS)
    assert [s["scope"] for s in said["statements"]] == ["計画全体"]
    assert said["disagreements"] == [] and code == 0
