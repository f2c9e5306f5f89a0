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


def _achievement_sections() -> str:
    return "".join(
        f"改革の柱{roman}　{name}\n　{_sentence(_counts(1, roman))}\n\n"
        for roman, name in PILLARS.items()
    )


def test_a_closing_paragraph_the_last_pillar_cannot_hold_is_the_whole_plan_s(
    tmp_path: Path,
) -> None:
    """「また、達成度は、達成がN項目…」 after 柱Ⅲ's section: more 達成 than 柱Ⅲ has rows, so the
    whole plan's — and the whole plan's counts agree (review 141 #2)."""
    whole = _counts(1)
    rows_of_third = len(ITEMS["Ⅲ"])
    assert whole["達成"] > rows_of_third  # (the figure 柱Ⅲ cannot hold)
    closing = "、".join(f"{s}が{n}項目" for s, n in whole.items())
    code, said = _check(
        tmp_path, f"{_achievement_sections()}　また、達成度は、{closing}でした。\n", ACHIEVEMENT
    )
    assert [s["scope"] for s in said["statements"]][-1] == "計画全体"
    assert said["disagreements"] == [] and said["not_compared"] == [] and code == 0


def test_a_closing_paragraph_whose_statuses_are_the_whole_plan_s_has_its_share_compared(
    tmp_path: Path,
) -> None:
    """東浜市's closing 「また、達成度は、40項目のうち達成が11項目、一部達成が15項目、未達成が8項目
    で、達成の割合は35.3%でした。」 (review 170 #4): every status's count the whole plan's, its
    total and share not. It was set aside as 柱Ⅲ's and its wrong share went unsaid; the
    statuses' counts agreeing decide it is the whole plan's, and its total and share differ."""
    whole = _counts(1)
    counted = whole.total()
    share = round(100 * whole["達成"] / counted, 1) + 3
    closing = "、".join(f"{s}が{n}項目" for s, n in whole.items())
    text = (
        f"{_achievement_sections()}　また、達成度は、{counted + 5}項目のうち{closing}で、"
        f"達成の割合は{share}%でした。\n"
    )
    code, said = _check(tmp_path, text, ACHIEVEMENT)
    assert [s["scope"] for s in said["statements"]][-1] == "計画全体"
    assert said["not_compared"] == []
    assert sorted((d["scope"], d["stated"], d["percent"]) for d in said["disagreements"]) == [
        ("計画全体", counted + 5, False),
        ("計画全体", share, True),
    ]
    assert code == 1


def test_a_paragraph_apart_after_the_last_section_agreeing_with_the_whole_plan(
    tmp_path: Path,
) -> None:
    """A figure 柱Ⅲ could hold, in a paragraph of its own after a blank line: the whole plan's
    where its counts agree with it and not with 柱Ⅲ's."""
    whole, third = _counts(1)["未達成"], _counts(1, "Ⅲ")["未達成"]
    assert whole <= len(ITEMS["Ⅲ"]) and whole != third
    text = f"{_achievement_sections()}　また、未達成は{whole}項目でした。\n"
    code, said = _check(tmp_path, text, ACHIEVEMENT)
    assert [s["scope"] for s in said["statements"]][-1] == "計画全体"
    assert said["disagreements"] == [] and code == 0


def test_a_paragraph_apart_agreeing_with_neither_is_said_not_compared(tmp_path: Path) -> None:
    """Neither 柱Ⅲ's count nor the whole plan's: not compared, with why — no discrepancy with
    a 柱 the paragraph may not speak of (exit 1 all the same)."""
    either = {_counts(1)["未達成"], _counts(1, "Ⅲ")["未達成"]}
    stated = next(n for n in range(len(ITEMS["Ⅲ"]) + 1) if n not in either)  # (柱Ⅲ could hold)
    text = f"{_achievement_sections()}　また、未達成は{stated}項目でした。\n"
    code, said = _check(tmp_path, text, ACHIEVEMENT)
    assert said["disagreements"] == []
    assert [(n["stated"], n["reason"]) for n in said["not_compared"]] == [
        (
            stated,
            "見出し「改革の柱Ⅲ」の節の最初の段落から空行で離れた段落で、改革の柱Ⅲの集計とも"
            "計画全体の集計とも合わないため、どちらの数か決められません（「計画全体では」"
            "「改革の柱Ⅲでは」のように範囲を書くと比べます）",
        )
    ]
    assert code == 1


def test_a_later_count_past_the_section_s_rows_agreeing_with_nothing_is_not_compared(
    tmp_path: Path,
) -> None:
    """Under 柱Ⅲ's heading, after its sentence, 「達成がN件」 past its rows and not the whole
    plan's either: not compared, with why."""
    stated = _counts(1)["達成"] + 1
    sentence = _sentence(_counts(1, "Ⅲ"))
    text = f"改革の柱Ⅲ　{PILLARS['Ⅲ']}\n　{sentence}\n　このほか達成が{stated}件でした。\n"
    code, said = _check(tmp_path, text, ACHIEVEMENT)
    assert said["disagreements"] == [] and code == 1
    assert [n["reason"] for n in said["not_compared"]] == [
        f"改革の柱Ⅲの行は {len(ITEMS['Ⅲ'])} 件で、「このほか達成が{stated}件でした」はその数になりえず、"
        "計画全体の集計とも合わないため、どちらの数か決められません（「計画全体では」"
        "「改革の柱Ⅲでは」のように範囲を書くと比べます）"
    ]


def test_the_first_paragraph_under_a_heading_is_its_pillar_s_whatever_it_states(
    tmp_path: Path,
) -> None:
    """Right under 柱Ⅲ's heading, the whole plan's figures are a discrepancy with 柱Ⅲ, as
    before (review 5: the heading scopes its paragraph)."""
    text = f"改革の柱Ⅲ　{PILLARS['Ⅲ']}\n　{_sentence(_counts(1))}\n"
    code, said = _check(tmp_path, text, ACHIEVEMENT)
    assert {d["scope"] for d in said["disagreements"]} == {"改革の柱Ⅲ"} and code == 1


def test_a_second_paragraph_of_a_section_agreeing_with_it_stays_the_section_s(
    tmp_path: Path,
) -> None:
    """A paragraph after a blank line under 柱Ⅱ, its figure 柱Ⅱ's: compared with 柱Ⅱ, as before;
    a wrong one directly under the heading is still a discrepancy with it."""
    second = _counts(1, "Ⅱ")["未達成"]
    text = (
        f"改革の柱Ⅱ　{PILLARS['Ⅱ']}\n　{_sentence(_counts(1, 'Ⅱ'), '達成')}\n\n"
        f"　このうち未達成の{second}件は、次年度に見直します。\n"
    )
    code, said = _check(tmp_path, text, ACHIEVEMENT)
    assert [s["scope"] for s in said["statements"]] == ["改革の柱Ⅱ", "改革の柱Ⅱ"]
    assert [(d["scope"], d["what"]) for d in said["disagreements"]] == [("改革の柱Ⅱ", "達成")]
    assert code == 1


def _share(counts: Counter[str], status: str) -> str:
    return f"{100 * counts[status] / counts.total():.1f}"


def _both_scales() -> str:
    """A report of both scales, as the city writes it: 実施状況 with its shares, per 柱, then
    the whole plan's 達成度."""
    progress, achievement = _counts(0), _counts(1)
    shares = "、".join(f"{s}の割合は{_share(progress, s)}%" for s in progress)
    closing = "、".join(f"{s}が{n}項目" for s, n in achievement.items())
    return (
        f"　実施状況は、{_sentence(progress)}{shares}となっています。\n\n"
        f"{_sections('{roman}　', wrong='')}　また、達成度は、{closing}でした。\n"
    )


def test_a_share_of_the_other_scale_s_status_is_set_aside_as_that_scale_s(tmp_path: Path) -> None:
    """「完了の割合は…%」 checked with the 達成度 settings: 完了 is preset progress's status, a
    number of the other scale, listed not compared and failing nothing (review 141 #3)."""
    code, said = _check(tmp_path, _both_scales(), ACHIEVEMENT)
    shares = [n for n in said["not_compared"] if "の割合は" in n["phrase"]]
    assert [n["phrase"].split("の割合")[0] for n in shares] == list(_counts(0))
    assert {(n["other_scale"], n["settled"]) for n in shares} == {("progress", True)}
    assert "「完了」はこの評価尺度" in shares[0]["reason"]
    assert said["disagreements"] == [] and code == 0


@pytest.mark.parametrize("settings", [PROGRESS, ACHIEVEMENT], ids=["実施状況", "達成度"])
def test_a_report_of_both_scales_passes_checked_once_per_scale(
    tmp_path: Path, settings: tuple[str, str, int]
) -> None:
    """The README's way: check run once with each settings file, each comparing its own
    scale's numbers and setting the other's aside — both pass where every figure is right."""
    code, said = _check(tmp_path, _both_scales(), settings)
    other = {"progress": "achievement", "achievement": "progress"}[settings[0]]
    assert said["disagreements"] == [] and code == 0
    assert {n["other_scale"] for n in said["not_compared"]} == {other}
    assert said["compared"] > 0
