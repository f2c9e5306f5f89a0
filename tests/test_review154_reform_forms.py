"""桜川市's 集中改革プラン (review 154 #6–#10): a plan numbering its 改革項目 in a 「No.」 column is
read as the forms' is; one first-run hint of a preset for the whole read; a read of the current
folder names it; an export's sentence and caption count the same 改革項目; a 部 that sent nothing
is named as its form states it, not by its 課."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from planeval.cli import app
from tests import sakuragawa
from tests.conftest import write_book
from tests.sakuragawa import FOCUS, ROWS


def run(*args: str):
    return CliRunner().invoke(app, list(args), env={"COLUMNS": "200"})


def _settings(city: Path) -> tuple[str, str]:
    return "--config", str(city / "planeval.toml")


@pytest.mark.parametrize("title", ["No.", "番号", "NO", "項番"])
def test_a_plan_numbering_its_projects_in_a_no_column_is_read(tmp_path: Path, title: str) -> None:
    """(#6: 「改革項目の番号「補助金の見直し」が読めません」 of the plan's 「No.」, read fine as 番号)"""
    city = sakuragawa.city(tmp_path)
    plan = sakuragawa.plan(city / "計画.xlsx", title)
    result = run("validate", str(city / "回答R7"), "--plan", str(plan), *_settings(city))
    assert "が読めません" not in result.output, result.output
    assert "エラー" not in result.output, result.output  # (the one 部 未提出: a warning)
    owing = {row[2] for row in ROWS if row[2] == "経済環境部"}
    assert f"未提出 1 部（{owing.pop()}）" in result.output.replace("\n", "")


def test_every_file_of_a_read_is_told_one_preset(tmp_path: Path) -> None:
    """(#7: 保健福祉部's 取組中 and 未着手 were told preset "progress", the other 部 "reform_plan")"""
    city = sakuragawa.city(tmp_path, settings=False)
    result = run("summarize", str(city / "回答R7"))
    assert result.exit_code == 1
    told = set(re.findall(r'preset = "([a-z_]+)"', result.output))
    assert told == {"reform_plan"}, result.output
    # (each 部's file is told it: the one of 取組中 and 未着手 too)
    for department in {row[2] for row in ROWS} - {"経済環境部"}:
        lines = [line for line in result.output.splitlines() if department in line]
        assert any('preset = "reform_plan"' in line for line in lines), department


def test_a_read_of_the_current_folder_names_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """(#8: 「警告: : 改革項目 1-2 の行がどのファイルにもありません」 under `summarize .`)"""
    city = sakuragawa.city(tmp_path)
    monkeypatch.chdir(city / "回答R7")
    result = run("summarize", ".", "--config", "../planeval.toml")
    assert result.exit_code == 0, result.output
    warnings = [line for line in result.output.splitlines() if line.startswith("警告: ")]
    assert warnings, result.output
    assert not any(line.startswith("警告: :") for line in warnings), result.output
    assert all(line.startswith("警告: 回答R7/: ") for line in warnings), warnings


def test_an_exports_sentence_and_caption_count_the_same_projects(tmp_path: Path) -> None:
    """(#9: 「17の改革項目に取り組みました」 above 「改革項目 19・…」, the 再掲 rows' among the 19)"""
    city = sakuragawa.city(tmp_path)
    report = city / "報告R7.md"
    result = run(
        "export",
        str(city / "回答R7"),
        "--md",
        str(report),
        "--fiscal-year",
        "令和7",
        *_settings(city),
    )
    assert result.exit_code == 0, result.output
    text = report.read_text(encoding="utf-8")
    for policy, focus in FOCUS.items():
        answered = [r for r in ROWS if r[0].startswith(f"{policy}-") and r[2] != "経済環境部"]
        worked = len({r[0] for r in answered if r[5] != "再掲"})
        assert worked < len(answered) or policy == 2  # (重点項目1 re-lists 2-1)
        sentence = re.search(rf"「{focus}」では、(\d+)つ?の改革項目に取り組みました", text)
        # (「取組内容 4件」 alone where each 改革項目 holds one: review 161 #11)
        caption = re.search(rf"(?s)「{focus}」では.*?\n(?:(\d+)改革項目・)?取組内容 (\d+)件", text)
        assert sentence is not None and caption is not None, text
        assert int(sentence[1]) == int(caption[1] or caption[2]) == worked, (policy, text)
    checked = run("check", str(city / "回答R7"), "--text", str(report), *_settings(city))
    assert checked.exit_code == 0, checked.output


def test_a_department_that_sent_nothing_is_named_as_its_form_states_it(tmp_path: Path) -> None:
    """(#10: 「提出がなかった課: 商工観光課、環境課」 of forms stating 「部名：経済環境部」)"""
    city = sakuragawa.city(tmp_path)
    sections = {row[3] for row in ROWS if row[2] == "経済環境部"}
    compared = run("compare", str(city / "回答R6"), str(city / "回答R7"), *_settings(city))
    assert compared.exit_code == 0, compared.output
    said = compared.output.replace("\n", "")
    assert "提出がなかった部: 経済環境部" in said, compared.output
    assert "経済環境部は前回だけ回答しています" in said
    assert not any(f"{section}は前回だけ" in said for section in sections)
    rounds = run("rounds", str(city / "回答R6"), str(city / "回答R7"), *_settings(city))
    assert rounds.exit_code == 0, rounds.output
    assert "経済環境部（令和7年度）" in rounds.output.replace("\n", "")
    assert not any(section in rounds.output for section in sections), rounds.output


def test_check_reads_a_captions_count_of_projects_with_or_without_the_repeats(
    tmp_path: Path,
) -> None:
    """(#9: an earlier report's caption counted the 再掲's 改革項目 too, and still agrees; any
    other count of them is a disagreement)"""
    city = sakuragawa.city(tmp_path)
    report = city / "報告R7.md"
    made = run("export", str(city / "回答R7"), "--md", str(report), *_settings(city))
    assert made.exit_code == 0, made.output
    text = report.read_text(encoding="utf-8")
    answered = [r for r in ROWS if r[0].startswith("1-") and r[2] != "経済環境部"]
    worked = len({r[0] for r in answered if r[5] != "再掲"})
    caption = f"\n{worked}改革項目・取組内容 {len(answered)}件（"
    assert caption in text, text
    for stated, agrees in ((worked, True), (len(answered), True), (len(answered) + 1, False)):
        report.write_text(
            text.replace(caption, f"\n{stated}改革項目・取組内容 {len(answered)}件（")
        )
        checked = run("check", str(city / "回答R7"), "--text", str(report), *_settings(city))
        assert (checked.exit_code == 0) is agrees, checked.output
        assert ("改革項目の数" in checked.output) is not agrees, checked.output


# (No., 改革項目, 取組内容, 取組状況): 1-1 holds two 取組内容 in one merged No. and 改革項目 cell
TWO_ITEMS = [
    ("1-1", "補助金の見直し", "補助金の見直しに向けた取組", "目標達成"),
    ("", "", "補助金の見直しに向けた取組（第2段階）", "取組中"),
    ("1-2", "イベント事業の統廃合", "イベント事業の統廃合に向けた取組", "取組中"),
    ("2-1", "庁舎清掃業務の委託", "庁舎清掃業務の委託に向けた取組", "未着手"),
    ("2-2", "公用車運転業務の委託", "公用車運転業務の委託に向けた取組", "変更・中止"),
]


def test_the_whole_plan_s_sentence_says_why_its_counts_add_up_to_more_projects(
    tmp_path: Path,
) -> None:
    """Review 157 #3: 桜川市's 「計画全体では、63の改革項目に取り組みました」 over a table whose
    計 is 64 (4-1 holds two 取組内容), nothing saying why. The sentence says it as a public
    document does, and check reads planeval's own sentence back, every number compared (an
    earlier 「63の改革項目（取組内容64件）」 was left unread under another scale)."""
    lines: list[list[object]] = [["第3次桜川市集中改革プラン　取組状況調査票（令和7年度）"], []]
    lines += [["部名：総務部"], sakuragawa.HEADER]
    for number, name, content, status in TWO_ITEMS:
        if number.endswith("-1"):
            policy = int(number[0])
            lines.append([f"重点項目{policy}　{FOCUS[policy]}"])
        lines.append([number, name, content, status, "", "総務課"])
    (tmp_path / "回答R7").mkdir()
    merged = {"取組状況": ["A6:A7", "B6:B7"]}
    write_book(tmp_path / "回答R7" / "R7_取組状況_総務部.xlsx", {"取組状況": lines}, merges=merged)
    (tmp_path / "planeval.toml").write_text(sakuragawa.TOML, encoding="utf-8")
    said = run("summarize", str(tmp_path / "回答R7"), "--narrative", *_settings(tmp_path))
    assert said.exit_code == 0, said.output
    projects, items = len([r for r in TWO_ITEMS if r[0]]), len(TWO_ITEMS)
    assert f"計画全体では、{projects}つの改革項目に取り組みました。" in said.output, said.output
    why = f"改革項目には複数の取組内容を持つものがあるため、取組内容は計{items}件です。"
    assert why in said.output, said.output
    text = tmp_path / "文章.txt"
    text.write_text(said.output, encoding="utf-8")
    checked = run(
        "check", str(tmp_path / "回答R7"), "--text", str(text), "-f", "json", *_settings(tmp_path)
    )
    assert checked.exit_code == 0, checked.output
    found = json.loads(checked.output)
    assert not found["not_compared"] and not found["disagreements"], found
    # (every number of the whole plan's sentence among those compared; one more item is not)
    text.write_text(said.output.replace(f"計{items}件", f"計{items + 1}件"), encoding="utf-8")
    wrong = run("check", str(tmp_path / "回答R7"), "--text", str(text), *_settings(tmp_path))
    assert wrong.exit_code == 1, wrong.output
