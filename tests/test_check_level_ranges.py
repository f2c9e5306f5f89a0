"""A paragraph naming a range of levels (review 26: 羽村市's 「施策27から施策29までの全15事業の
うち、12事業が…3事業が…」 gave 3 numbers not compared with the scope 「施策27・施策29」, 28
dropped, and a right report exited 1): 「XからYまで」「X～Y」「X〜Y」 name every level between
X and Y, compared with their rows — the whole plan's where they are all its groups, else theirs
added up —, and a range naming a level the rows do not have is said so."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from planeval.agreement import check
from planeval.level_ranges import level_range
from planeval.model import Location, TextCell
from planeval.presets import PRESETS
from planeval.stated_number import TOTAL
from tests.conftest import rated_entries
from tests.other_bodies import BODIES
from tests.test_check_own_export import run

HAMURA = PRESETS["hamura"]
DONE, REVIEW = "計画どおり完了", "次年度以降計画を見直す"
# (the body's rows as tests/other_bodies.py builds its workbook: 施策26–29, 24 事業)
ROWS = {
    "26": {DONE: 4, REVIEW: 2},
    "27": {DONE: 5, REVIEW: 1},
    "28": {DONE: 3, REVIEW: 2},
    "29": {DONE: 6, REVIEW: 1},
}
SAID = {"level": "施策", "project": "施策", "item": "事業"}


def _cells(*texts: str) -> list[TextCell]:
    return [TextCell(Location("報告書.txt", None, f"{i + 1}行目"), t) for i, t in enumerate(texts)]


@pytest.mark.parametrize(
    ("text", "numbers", "label"),
    [
        ("施策27から施策29までの全15事業のうち", ("27", "28", "29"), "施策27～施策29"),
        ("施策27から29までの全15事業のうち", ("27", "28", "29"), "施策27～施策29"),
        ("施策27～施策29の全15事業", ("27", "28", "29"), "施策27～施策29"),
        ("施策27〜29の全15事業", ("27", "28", "29"), "施策27～施策29"),
        ("基本目標Ⅰ～Ⅲの全30事業", ("I", "II", "III"), "基本目標Ⅰ～基本目標Ⅲ"),
    ],
)
def test_a_range_names_every_level_between(text: str, numbers: tuple[str, ...], label: str) -> None:
    from planeval.scale_words import normalised

    found = level_range(normalised(text), ("施策", "基本目標"))
    assert found is not None and (found.numbers, found.label) == (numbers, label)


@pytest.mark.parametrize(
    "text",
    [
        "施策27から3事業を選び、重点的に進めました。",  # (から with no まで: no range)
        "施策2-3では、4事業のうち",  # (a direction's number)
        "施策29から施策27までの",  # (backwards)
    ],
)
def test_what_is_no_range(text: str) -> None:
    from planeval.scale_words import normalised

    assert level_range(normalised(text), ("施策",)) is None


def test_the_range_of_every_group_is_the_whole_plan() -> None:
    text = "施策26から施策29までの全24事業のうち、18事業が「計画どおり完了」、6事業が「次年度以降計画を見直す」でした。"
    checked = check(_cells(text), rated_entries(ROWS), scale=HAMURA, **SAID)
    assert checked.agrees and checked.compared == 3
    [said] = checked.statements
    assert (said.policy_id, said.among, said.scope) == (None, (), "施策26～施策29")


def test_a_range_of_some_groups_is_compared_with_their_rows_added_up() -> None:
    """施策27–29: 18 事業, 14 完了 and 4 見直す (27: 5+1, 28: 3+2, 29: 6+1)."""
    text = "施策27〜施策29の全18事業のうち、14事業が「計画どおり完了」、4事業が「次年度以降計画を見直す」でした。"
    checked = check(_cells(text), rated_entries(ROWS), scale=HAMURA, **SAID)
    assert checked.agrees and checked.compared == 3
    assert checked.statements[0].among == ("27", "28", "29")
    wrong = check(_cells(text.replace("18事業", "17事業").replace("、4事業", "、3事業")),
                  rated_entries(ROWS), scale=HAMURA, **SAID)  # fmt: skip
    assert [(d.scope, d.what, d.stated, d.counted) for d in wrong.disagreements] == [
        ("施策27～施策29", TOTAL, 17, 18),
        ("施策27～施策29", REVIEW, 3, 4),
    ]


def test_a_range_naming_a_level_the_rows_do_not_have_is_said() -> None:
    text = "施策28～30の全12事業のうち、9事業が「計画どおり完了」でした。"
    checked = check(_cells(text), rated_entries(ROWS), scale=HAMURA, **SAID)
    assert not checked.agrees and checked.compared == 0
    assert {(n.scope, n.reason) for n in checked.not_compared} == {
        ("施策28～施策30", "施策28～施策30 のうち 施策30 の行がありません")
    }
    assert [n.stated for n in checked.not_compared] == [12, 9]


def test_a_list_of_two_levels_is_still_not_compared() -> None:
    """「施策27・施策29」 names two levels, not those between: which count is meant is not
    told (as before)."""
    text = "施策27・施策29の全13事業のうち、11事業が「計画どおり完了」でした。"
    checked = check(_cells(text), rated_entries(ROWS), scale=HAMURA, **SAID)
    assert {n.reason for n in checked.not_compared} == {
        "施策27・施策29 の複数を挙げる文なので、どの集計と比べるか決められません"
    }


def _hamura(folder: Path, text: str) -> tuple[Path, Path]:
    [body] = [body for body in BODIES if body.key == "hamura"]
    [workbook] = body.build(folder)
    settings = folder / "planeval.toml"
    settings.write_text(
        '[scale]\npreset = "hamura"\n\n[wording]\npolicy = "施策"\nproject = "施策"\nitem = "事業"\n',
        encoding="utf-8",
    )
    report = folder / "報告書.txt"
    report.write_text(f"令和5年度 羽村市 施策評価結果\n{text}\n", encoding="utf-8")
    return workbook, report


def test_the_clerk_s_report_passes_and_a_wrong_range_count_is_named(tmp_path: Path) -> None:
    """Through the command line: the clerk's range sentence over 施策27–29 agrees (exit 0); the
    same with 見直す typed 3 for 4 is named at its line (exit 1); a range past the rows is said."""
    text = "施策27から施策29までの全18事業のうち、14事業が「計画どおり完了」、4事業が「次年度以降計画を見直す」でした。"
    workbook, report = _hamura(tmp_path, text)
    config = ("--config", str(tmp_path / "planeval.toml"))
    found = run("check", str(workbook), "--text", str(report), *config)
    assert (found.exit_code, found.stdout) == (
        0, "報告書 1 段落とブックの文章 5 段落の記載件数はすべて集計と一致しています\n"
    )  # fmt: skip
    report.write_text(text.replace("、4事業が", "、3事業が"), encoding="utf-8")
    found = run("check", str(workbook), "--text", str(report), *config, "-f", "json")
    assert found.exit_code == 1
    [wrong] = json.loads(found.stdout)["disagreements"]
    assert (wrong["scope"], wrong["what"], wrong["stated"], wrong["counted"]) == (
        "施策27～施策29", REVIEW, 3, 4
    )  # fmt: skip
    assert wrong["source"] == {"file": str(report), "sheet": None, "cell": "1行目"}
    report.write_text(text.replace("施策29まで", "施策30まで"), encoding="utf-8")
    found = run("check", str(workbook), "--text", str(report), *config)
    assert found.exit_code == 1
    assert "施策27～施策30 のうち 施策30 の行がありません" in found.stdout.replace("\n", "")
    assert found.stdout.splitlines()[-1] == (
        "報告書 1 段落とブックの文章 5 段落のうち、比べられなかった数が 3 件あります"
    )


def _located(rows: dict[str, dict[str, int]]) -> list:
    """rated_entries, each row at its own status cell (so that a column may mark it)."""
    return [
        entry._replace(location=Location("施策評価.xlsx", "施策評価", f"C{at + 3}"))
        for at, entry in enumerate(rated_entries(rows))
    ]


def test_a_range_s_sub_count_is_of_its_levels_marked_rows() -> None:
    """「（うち重点N事業）」 after a range: the rows a 重点 column marks among its levels' rows
    only (every other row marked here: 施策27–28's, not the whole plan's)."""
    rows = _located(ROWS)
    marks = {e.location: ("重点", "○" if at % 2 == 0 else "") for at, e in enumerate(rows)}
    among = [at for at, e in enumerate(rows) if e.policy_id in ("27", "28")]
    marked = sum(at % 2 == 0 for at in among)
    done = ROWS["27"][DONE] + ROWS["28"][DONE]
    text = (
        f"施策27から施策28までの全{len(among)}事業（うち重点{marked}事業）のうち、"
        f"{done}事業が「計画どおり完了」でした。"
    )
    checked = check(_cells(text), rows, scale=HAMURA, marks=marks, **SAID)
    assert checked.agrees and checked.compared == 3
    wrong = check(_cells(text.replace(f"重点{marked}", f"重点{marked + 1}")), rows,
                  scale=HAMURA, marks=marks, **SAID)  # fmt: skip
    assert [(d.scope, d.stated, d.counted) for d in wrong.disagreements] == [
        ("施策27～施策28の重点", marked + 1, marked)
    ]


def test_a_sentence_scoped_to_the_marked_rows_is_compared_with_them() -> None:
    """Review 80: 「重点事業12事業のうち、7事業が「計画どおり完了」でした」 was read as the whole
    plan's 12 and 7 (a right sentence failed); its total and the counts after it in the sentence
    are the rows the 重点 column marks."""
    rows = _located(ROWS)
    marks = {e.location: ("重点", "○" if at % 2 == 0 else "") for at, e in enumerate(rows)}
    marked = [e for at, e in enumerate(rows) if at % 2 == 0]
    done = sum(e.status == DONE for e in marked)
    text = f"重点事業{len(marked)}事業のうち、{done}事業が「計画どおり完了」でした。"
    checked = check(_cells(text), rows, scale=HAMURA, marks=marks, **SAID)
    assert checked.agrees and checked.compared == 2
    wrong = check(_cells(text.replace(f"{done}事業が", f"{done + 1}事業が")), rows,
                  scale=HAMURA, marks=marks, **SAID)  # fmt: skip
    assert [(d.scope, d.stated, d.counted) for d in wrong.disagreements] == [
        ("計画全体の重点事業", done + 1, done)
    ]
    # (a column that marks no such rows: listed as not compared, not failed)
    unmarked = check(_cells(text), rows, scale=HAMURA, **SAID)
    assert not unmarked.disagreements and unmarked.compared == 0
    assert all(n.settled and "印の列がない" in n.reason for n in unmarked.not_compared)


def test_last_year_s_number_of_a_range_is_its_levels_rows_last_year() -> None:
    """check --previous: 「前年度の7事業から」 of 施策27–28 is compared with last year's rows of
    27 and 28 added up."""
    from planeval.last_year import PreviousRound
    from planeval.stated_changes import PAST

    before = {**ROWS, "27": {DONE: 3, REVIEW: 3}, "28": {DONE: 1, REVIEW: 4}}
    was = before["27"][DONE] + before["28"][DONE]
    now = ROWS["27"][DONE] + ROWS["28"][DONE]
    text = f"施策27～28の「計画どおり完了」は、前年度の{was}事業から{now}事業に増えました。"
    previous = PreviousRound(tuple(rated_entries(before)))
    checked = check(_cells(text), rated_entries(ROWS), scale=HAMURA, previous=previous, **SAID)
    assert checked.agrees and checked.compared == 2
    off = check(_cells(text.replace(f"前年度の{was}", f"前年度の{was + 1}")),
                rated_entries(ROWS), scale=HAMURA, previous=previous, **SAID)  # fmt: skip
    assert [(d.scope, d.stated, d.counted, d.when) for d in off.disagreements] == [
        ("施策27～施策28", was + 1, was, PAST)
    ]
