"""Review 160 #4: こども家庭局 co-owns 端末の家庭持ち帰り学習の実施率, leaves its 評価 blank for
教育局 (as designed) and writes 「（子育て支援の観点から家庭学習の支援を継続）」 in its 課題 cell.
The blank was excused, and the remark appeared in no output. It is kept with the counted row,
「（共管 こども家庭局）…」, as README says a co-owner's text is, and the notice says so."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

import planeval
from planeval.cli import app
from tests.review160_forms import CO_OWNED, CONFIG, FORMS, ISSUES, REMARK, counted, write_forms

KEPT = f"（共管 こども家庭局）{REMARK}"


def _run(home: Path, *args: str) -> tuple[int, str]:
    said = CliRunner().invoke(
        app, [*args, "--config", str(home / "planeval.toml")], env={"COLUMNS": "200"}
    )
    return said.exit_code, said.output


def _read(home: Path) -> planeval.ReadResult:
    forms = write_forms(home / "R6")
    (home / "planeval.toml").write_text(CONFIG, encoding="utf-8")
    config = planeval.load_config(home / "planeval.toml")
    return planeval.read_workbooks(
        [forms], scale=config.scale, layout=config.layout, wording=config.wording
    )


def test_the_co_owners_remark_is_kept_with_the_leads_row(tmp_path: Path) -> None:
    result = _read(tmp_path)
    shared = [entry for entry in result.entries if entry.item_name == CO_OWNED]
    assert len(shared) == 1 and shared[0].location.file.endswith("教育局_KPI進捗.xlsx")
    assert shared[0].issue == f"{ISSUES['B']}\n{KEPT}"
    # (the count is the lead's: every rated row once)
    assert len(result.entries) == sum(counted().values())


def test_the_notice_says_where_the_remark_went(tmp_path: Path) -> None:
    result = _read(tmp_path)
    notices = [p.message for p in result.problems if "空欄" in p.message]  # (in the body's words)
    blank_row = 5 + next(i for i, row in enumerate(FORMS["こども家庭局"]) if not row[4])
    assert notices == [
        f"評価が空欄の 1 行（I{blank_row}）は、ほかのファイル（{tmp_path / 'R6'}/教育局_KPI進捗"
        f".xlsx）で記入された同じKPIを数えました。課題・今後の方向性の欄（J{blank_row}）の記載は、"
        "数えた行の課題・今後の方向性に「（共管 こども家庭局）」を付けて載せました"
    ]


def test_issues_and_the_export_show_it(tmp_path: Path) -> None:
    forms = write_forms(tmp_path / "R6")
    (tmp_path / "planeval.toml").write_text(CONFIG, encoding="utf-8")
    code, said = _run(tmp_path, "issues", str(forms), "-f", "github")
    assert code == 0 and KEPT in said, said
    md = tmp_path / "報告.md"
    code, said = _run(tmp_path, "export", str(forms), "--md", str(md), "-q")
    assert code == 0, said
    assert f"{ISSUES['B']}<br>{KEPT}" in md.read_text(encoding="utf-8")
