"""Review 194 #4: 総務部 left its co-owned 取組 blank for 地域創生部 with 「地域創生部（統計データ
課）で回答」 in its issue cell. The row was rightly counted once, the lead's, but the Chapter 3
table and the issue list printed 「…（共管 総務部）地域創生部（統計データ課）で回答」: a routing
remark published as an issue. A co-owner's note that only says who answers is left out of the
issue text and quoted in the notice that tells the blank; any other text stays published
(test_review160_co_owner.py)."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

import planeval
from planeval.cli import app
from tests.review160_forms import CO_OWNED, CONFIG, FORMS, ISSUES, write_forms

ROUTED = "教育局（学校教育課）で回答"


def _read(home: Path, remark: str) -> planeval.ReadResult:
    forms = write_forms(home / "R6", remark=remark)
    (home / "planeval.toml").write_text(CONFIG, encoding="utf-8")
    config = planeval.load_config(home / "planeval.toml")
    return planeval.read_workbooks(
        [forms], scale=config.scale, layout=config.layout, wording=config.wording
    )


def _blank_row() -> int:
    return 5 + next(i for i, row in enumerate(FORMS["こども家庭局"]) if not row[4])


@pytest.mark.parametrize(
    "remark", [ROUTED, "学校教育課が記入します。", "（所管課にて一括回答）", "回答は教育局"]
)
def test_a_note_naming_who_answers_is_not_published(tmp_path: Path, remark: str) -> None:
    result = _read(tmp_path, remark)
    shared = [entry for entry in result.entries if entry.item_name == CO_OWNED]
    assert [entry.issue for entry in shared] == [ISSUES["B"]]
    notices = [p.message for p in result.problems if "空欄" in p.message]
    assert notices == [
        f"評価が空欄の 1 行（I{_blank_row()}）は、ほかのファイル（{tmp_path / 'R6'}/教育局_KPI進捗"
        f".xlsx）で記入された同じKPIを数えました。課題・今後の方向性の欄（J{_blank_row()}）の"
        f"「{remark}」は、回答する部署を伝える記載のため、報告書の課題・今後の方向性には載せて"
        "いません"
    ]


@pytest.mark.parametrize("remark", ["教育局と連携して推進する", "こども家庭局で回答"])
def test_any_other_text_of_a_co_owners_blank_row_stays_published(
    tmp_path: Path, remark: str
) -> None:
    """An issue naming the lead (「教育局と連携して…」), or a note naming the co-owner itself,
    says more than who answers: kept, attributed, as before."""
    result = _read(tmp_path, remark)
    shared = [entry for entry in result.entries if entry.item_name == CO_OWNED]
    assert [entry.issue for entry in shared] == [f"{ISSUES['B']}\n（共管 こども家庭局）{remark}"]


def test_the_report_and_the_issue_list_leave_the_note_out(tmp_path: Path) -> None:
    forms = write_forms(tmp_path / "R6", remark=ROUTED)
    (tmp_path / "planeval.toml").write_text(CONFIG, encoding="utf-8")
    md = tmp_path / "報告.md"
    config = ["--config", str(tmp_path / "planeval.toml")]
    done = CliRunner().invoke(app, ["export", str(forms), "--md", str(md), *config])
    assert done.exit_code == 0, done.output
    assert f"「{ROUTED}」は、回答する部署を伝える記載のため" in done.output.replace("\n", "")
    text = md.read_text(encoding="utf-8")
    assert ROUTED not in text
    rows = [line for line in text.splitlines() if CO_OWNED in line]
    assert len(rows) == 2 and all(f"| {ISSUES['B']} |" in row for row in rows)
