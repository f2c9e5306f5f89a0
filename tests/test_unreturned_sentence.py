"""A policy some of whose plan items no department returned: its count sentence says what was
counted, and the sentence after it that the plan holds more, left out — in words ``check``
reads back as rows not counted — compared with the plan's items those departments lead —,
never as this round's counts that disagree (review 27 F7)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from typer.testing import CliRunner

import planeval
from planeval.check_result import CheckResult
from planeval.cli import app
from planeval.stated_number import NOT_COUNTED
from planeval.unanswered_words import unanswered_sentence
from planeval.wording import DEFAULT_WORDING
from tests.test_department_forms import PLAN
from tests.test_unreturned_departments import MISSING, _round

RUNNER = CliRunner()
# 総務部 leads both items of 1-1-1, policy 1's other project (1-2-1) is read
LEFT = [item for item in PLAN if item[0].startswith("1-") and item[-1] == MISSING]
AFTER = (
    "なお、計画にはこのほか所管部の回答が提出されていない事業があり、"
    f"その取組内容{len(LEFT)}件は集計に含めていません。"
)


def _read(city: Path, folder: Path) -> tuple[planeval.Config, planeval.ReadResult]:
    config = planeval.load_config(city / "planeval.toml")
    plan = planeval.read_plan(city / "計画.xlsx")
    read = planeval.read_workbooks([folder], scale=config.scale, plan=plan, wording=config.wording)
    return config, read


def test_the_policy_sentence_says_the_plan_holds_more_and_check_leaves_it(tmp_path: Path) -> None:
    city, folder = _round(tmp_path)
    config, read = _read(city, folder)
    assert read.unreturned_policies == {"1": (1, len(LEFT), "")}  # (why: 未提出 alone)
    report = planeval.build_report(
        read.entries,
        config.scale,
        wording=config.wording,
        unreturned=read.unreturned,
        unreturned_policies=read.unreturned_policies,
    )
    first, second = (section.sentence for section in report.policies)
    # (the projects counted said as a part of the plan's, as the whole plan's: review 178 #9)
    assert first.startswith(
        "「1-2 誰一人取り残さないデジタル化」として、2つの事業のうち回答のあった1つの事業に"
        "ついて評価しました。"
    )
    assert first.endswith("でした。" + AFTER)  # (the count sentence as it was, then this)
    assert "なお" not in second  # (every item of policy 2 returned)
    text = tmp_path / "本文.txt"
    text.write_text(first + "\n", encoding="utf-8")
    checked = planeval.check(
        read,
        scale=config.scale,
        texts=[text],
        item=config.wording.item,
        project=config.wording.project,
    )
    assert checked.disagreements == ()
    # (the plan's items of its departments that returned nothing: compared, not listed —
    # review 31 F5)
    [left] = [n for s in checked.statements for n in s.numbers if n.what == NOT_COUNTED]
    assert left.value == len(LEFT) and checked.not_compared == ()
    assert checked.agrees


def test_export_writes_the_sentence_and_check_reads_it_back_through_the_cli(
    tmp_path: Path,
) -> None:
    city, folder = _round(tmp_path)
    out = tmp_path / "報告書.md"
    settings = ["--config", str(city / "planeval.toml")]
    exported = RUNNER.invoke(app, ["export", str(folder), "--md", str(out), *settings])
    assert exported.exit_code == 0
    [line] = [line for line in out.read_text(encoding="utf-8").splitlines() if "なお" in line]
    assert line.endswith("でした。" + AFTER)
    policy = tmp_path / "基本方針1.txt"
    policy.write_text(line + "\n", encoding="utf-8")
    checked = RUNNER.invoke(app, ["check", str(folder), "--text", str(policy), *settings])
    assert checked.exit_code == 0, checked.stdout
    assert "食い違い" not in checked.stdout
    # the whole report read back, the note under 集計 too (「…の指標 2 件は、回答が提出されて
    # いないため…」 was read as the plan's total, 2 against the rows' count)
    whole = RUNNER.invoke(app, ["check", str(folder), "--text", str(out), *settings])
    assert whole.exit_code == 0, whole.stdout
    assert "食い違い" not in whole.stdout
    (tmp_path / "all").mkdir()
    everyone, _ = _round(tmp_path / "all", missing=False)
    full = tmp_path / "全部.md"
    again = ["export", str(everyone / "令和5年度"), "--md", str(full)]
    assert RUNNER.invoke(app, [*again, "--config", str(everyone / "planeval.toml")]).exit_code == 0
    assert "なお" not in full.read_text(encoding="utf-8")


def test_items_of_projects_that_have_rows_are_said_alone() -> None:
    assert unanswered_sentence((0, 3), DEFAULT_WORDING, rows=False) == (
        "なお、このほか計画の実施内容3件は、所管部の回答が提出されていないため集計に含めていません。"
    )
    assert unanswered_sentence((2, 1200), DEFAULT_WORDING, rows=True) == (
        "なお、このほか計画の実施内容1,200件は、所管部の回答が提出されていないため集計に含めていません。"
    )


def test_a_total_of_the_plan_with_the_unreturned_items_agrees(tmp_path: Path) -> None:
    """Review 70: 「取組項目は全110件…このうち、調査票の提出がなかった…の1件を除く106件の…」
    where one 課 never answered: 110 was 「記載 110 集計 109」 and the 1 read as the rows (「記載
    1 集計 109」). A total of the plan's items is the rows counted and those the plan's
    departments that returned nothing lead; 「N件を除くM件」 is N left out, M the rest."""
    city, folder = _round(tmp_path)
    config, read = _read(city, folder)
    counted = sum(1 for e in read.entries if e.status in config.scale.counted)
    left = sum(read.unreturned.values())
    text = tmp_path / "本文.txt"
    text.write_text(
        f"計画の取組内容は全{counted + left}件です。このうち、回答のなかった{MISSING}の"
        f"{left}件を除く{counted}件の達成状況は次のとおりです。\n",
        encoding="utf-8",
    )
    checked = planeval.check(read, scale=config.scale, texts=[text], item=config.wording.item)
    assert checked.disagreements == (), checked.disagreements
    said = [(n.what, n.value) for s in checked.statements for n in s.numbers]
    assert (NOT_COUNTED, left) in said
    # (taken as the plan's whole, said: the shares beside such a total are of the rows counted
    # — 「全16取組のうち、Aが1取組（7.1%）」 of 14 passed unsaid, review 91)
    assert checked.verdict().endswith(
        f"。「計画の取組内容は全{counted + left}件です」（集計 {counted} 件＋未提出 {left} 件）は、"
        "集計した件数に未提出の件数を加えた計画の件数として一致とみました（割合は集計した件数に"
        "対するものです）"
    ), checked.verdict()
    wrong = tmp_path / "誤り.txt"
    wrong.write_text(f"計画の取組内容は全{counted + left + 1}件です。\n", encoding="utf-8")
    checked = planeval.check(read, scale=config.scale, texts=[wrong], item=config.wording.item)
    assert [(d.stated, d.counted) for d in checked.disagreements] == [(counted + left + 1, counted)]


def _without_plan(tmp_path: Path) -> tuple[planeval.Config, planeval.ReadResult, int]:
    """The round read without the plan, and how many of its rows were counted."""
    city, folder = _round(tmp_path)
    config = planeval.load_config(city / "planeval.toml")
    read = planeval.read_workbooks([folder], scale=config.scale, wording=config.wording)
    return config, read, sum(1 for e in read.entries if e.status in config.scale.counted)


def _checked_without_plan(
    tmp_path: Path, paragraph: Callable[[int], str]
) -> tuple[int, CheckResult]:
    """The round read without the plan, its counted rows, and check of ``paragraph`` (given
    that count) as the report's text."""
    config, read, counted = _without_plan(tmp_path)
    text = tmp_path / "本文.txt"
    text.write_text(paragraph(counted), encoding="utf-8")
    return counted, planeval.check(read, scale=config.scale, texts=[text], item=config.wording.item)


def test_without_the_plan_a_total_with_the_rows_said_left_out_is_listed(tmp_path: Path) -> None:
    """The same paragraph read without the plan: planeval cannot tell how many rows no reply
    holds, so 「全N件」 — the rows counted and the 2 the paragraph says it left out — is listed
    with why (it was 「記載 N 集計 N-2」, a false disagreement), never passed as compared."""
    counted, checked = _checked_without_plan(
        tmp_path,
        lambda n: (
            f"計画の取組内容は全{n + 2}件です。このうち、回答のなかった{MISSING}の"
            f"2件を除く{n}件の達成状況は次のとおりです。\n"
        ),
    )
    assert checked.disagreements == (), checked.disagreements
    listed = [(n.stated, n.reason) for n in checked.not_compared]
    assert (
        counted + 2,
        "集計していない2件を含む数で、その2件は比べられないため比べていません"
        "（計画のブックを --plan で渡すと、提出のなかった部署の件数と照らし合わせます）",
    ) in listed


def test_the_rows_left_out_said_in_the_next_paragraph_explain_the_total(tmp_path: Path) -> None:
    """Review 72: 「全N件です。」 then, a paragraph later, 「なお、…の2件は、回答がなかったため集計
    していません。」 — the total was a disagreement (N against N-2) where the same said in one
    sentence was listed. Read without the plan, it is listed either way, saying --plan checks it."""
    counted, checked = _checked_without_plan(
        tmp_path,
        lambda n: (
            f"計画の取組内容は全{n + 2}件です。\n\n"
            f"なお、{MISSING}の2件は、回答がなかったため集計していません。\n"
        ),
    )
    assert checked.disagreements == (), checked.disagreements
    [total] = [n for n in checked.not_compared if n.stated == counted + 2]
    assert "--plan" in total.reason


def test_the_sentence_calls_the_departments_as_the_plan_names_them() -> None:
    # (川崎市: the plan's 局 returned nothing, the forms' department column is titled 担当課 —
    # 「担当課の回答が提出されていない」 named no 局, planeval's 所管部 none either: review 78)
    from dataclasses import replace

    from planeval.message_words import with_form_words

    read = planeval.ReadResult()
    read.unreturned = {"港湾局": 4, "上下水道局": 3}
    # (the column's title stays the forms'; planeval's 所管部 as the names end: review 92)
    for department, title in (("担当課", "担当課"), (DEFAULT_WORDING.department, "所管局")):
        wording = with_form_words(replace(DEFAULT_WORDING, department=department), read)
        assert wording.department == title
        said = unanswered_sentence((0, 7), wording, rows=True)
        assert "所管局の回答が提出されていない" in said, said
    read.unreturned = {"世田谷保健所": 2}  # (no unit named: the settings' word)
    wording = with_form_words(replace(DEFAULT_WORDING, department="担当課"), read)
    assert "担当課の回答" in unanswered_sentence((0, 2), wording, rows=True)
