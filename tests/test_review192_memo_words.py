"""Review 192 #2 (and review 190 #8's rest): 東淀川市's replies read with `[wording] preset =
"hirakata"` beside the 企画課's memo 「施策評価　集計メモ（企画課作業用）」 (a tally, no form: "評価の表が
見つかりません…見出しらしい行もありません"). The memo's title and its want of a 担当課 column took part
in the forms' common title and column words: the report was titled the preset's 「施策評価」, its
notice saying the forms' 「東淀川市総合計画　施策評価」 was no title, and headed its column 担当部."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from planeval.cli import app
from tests.conftest import write_book
from tests.test_review190_title_words import HIRAKATA, _forms

MEMO = [
    ["施策評価　集計メモ（企画課作業用）"],
    [],
    ["基本目標", "A", "B", "C", "D", "E", "計"],
    ["基本目標1", 1, 1, 0, 0, 0, 2],
    ["※No.13は年度末に評価予定"],
]


def _export(tmp_path: Path) -> tuple[list[str], str, int]:
    forms = _forms(tmp_path / "回答")
    write_book(forms / "集計メモ.xlsx", {"集計": MEMO})
    config = tmp_path / "planeval.toml"
    config.write_text(HIRAKATA, encoding="utf-8")
    report = tmp_path / "報告.md"
    args = ["export", str(forms), "--config", str(config), "--fiscal-year", "令和6"]
    result = CliRunner().invoke(app, [*args, "--keep-going", "--md", str(report)])
    lines = report.read_text(encoding="utf-8").splitlines()
    return lines, result.output.replace(f"{forms}/", ""), result.exit_code


def test_a_memo_among_the_replies_does_not_untitle_the_report(tmp_path: Path) -> None:
    lines, output, code = _export(tmp_path)
    assert code == 1  # (the memo's error: no table)
    assert lines[0] == "# 東淀川市総合計画　施策評価"
    assert "表題" not in output


def test_a_memo_among_the_replies_does_not_rename_the_department_column(tmp_path: Path) -> None:
    lines, _output, _code = _export(tmp_path)
    headers = sorted({line for line in lines if line.startswith("| 施策 |")})
    assert headers == ["| 施策 | 評価 | 今後の方向性 | 担当課 |"]
