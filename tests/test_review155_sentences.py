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
