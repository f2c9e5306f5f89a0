"""Review 155 Part 1, on review 147 (港北市, Kawasaki-style 事務事業 with 重点): the whole plan's
count sentence says each status's 「（うち重点N件）」 as each 基本政策's does (F6, 147 #6), and check
reads a 未提出 sentence (「環境局の1事務事業は回答がなかった」) against the departments that did not
answer (F8d, 147 #8d)."""

from __future__ import annotations

import re
from pathlib import Path

from tests.test_review147_reports import ITEMS, LABELS, WORDED, _inputs, _run


def test_the_whole_plan_sentence_says_its_marked_rows_and_check_reads_them(
    tmp_path: Path,
) -> None:
    _inputs(tmp_path, WORDED)
    report = tmp_path / "報告.md"
    assert _run(tmp_path, "export", "--md", str(report), "-qq").exit_code == 0
    text = report.read_text("utf-8")
    rows = [item for item in ITEMS if item[6]]
    said = []
    for rating in sorted({item[6] for item in rows}):
        count = sum(1 for item in rows if item[6] == rating)
        marked = sum(1 for item in rows if item[6] == rating and item[4])
        said.append(f"{LABELS[rating]}{count}件" + (f"（うち重点{marked}件）" if marked else ""))
    whole = next(line for line in text.splitlines() if line.startswith("計画全体では、"))
    assert f"事務事業ごとの達成度は、{'、'.join(said)}でした。" in whole, whole
    checked = _run(tmp_path, "check", "--text", str(report), "-qq")
    assert checked.exit_code == 0, checked.output
    wrong = text.replace(
        whole,
        re.sub(r"（うち重点(\d)件）", lambda m: f"（うち重点{int(m[1]) + 1}件）", whole, count=1),
    )
    report.write_text(wrong, "utf-8")
    flagged = _run(tmp_path, "check", "--text", str(report), "-qq")
    assert flagged.exit_code == 1, flagged.output
    assert "計画全体" in flagged.output


def _checked(tmp_path: Path, config: str, count: int):
    _inputs(tmp_path, config)
    text = tmp_path / "報告.txt"
    text.write_text(
        f"全体の状況\n\n環境局の{count}事務事業は回答がなかったため評価していません。\n", "utf-8"
    )
    return _run(tmp_path, "check", "--text", str(text))


def test_a_sentence_of_a_department_that_did_not_answer_is_compared_with_the_plans(
    tmp_path: Path,
) -> None:
    unanswered = sum(1 for item in ITEMS if item[5] == "環境局")  # (環境局 sends no form)
    (tmp_path / "right").mkdir()
    agreed = _checked(tmp_path / "right", WORDED, unanswered)
    assert agreed.exit_code == 0, agreed.output
    assert "記載件数はすべて集計と一致しています" in "".join(agreed.output.split())
    (tmp_path / "wrong").mkdir()
    wrong = _checked(tmp_path / "wrong", WORDED, unanswered + 1)
    assert wrong.exit_code == 1, wrong.output
    said = "".join(wrong.output.replace("│", "").split())
    assert f"集計していない行の数{unanswered + 1}{unanswered}" in said


def test_without_the_plan_it_is_listed_not_compared_saying_the_plan_would_tell(
    tmp_path: Path,
) -> None:
    checked = _checked(tmp_path, WORDED.replace('\n[plan]\nfile = "計画.xlsx"\n', ""), 1)
    said = "".join(checked.output.replace("│", "").split())
    assert "何の件数か読み取れません" not in said
    assert "環境局の1事務事業は回答がなかったため評価していません" in said
    assert "（計画のブックを--planで渡すと、提出のなかった部署の件数と照らし合わせます）" in said
