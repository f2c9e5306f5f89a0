"""The issue list's lead adds up with the count sentences (review 193). #1: a prefecture's
課題一覧 said 「一覧は102件です」 beside 一部未実施59件 and 未実施34件 — the other 9 were 小島村's
対象外 rows 「対象となる取組なし」, no 課題: a row not rated is left out, in `issues` and every
export, and the lead says how many. #10: a city's lead counts in its sentences' counter and
brackets, 「(C)…一覧は5個です」, not 「（C）…5件」 beside 「効果的なもの(A)が2個」."""

from __future__ import annotations

from pathlib import Path

import docx
import openpyxl
from openpyxl import Workbook
from typer.testing import CliRunner

import planeval
from planeval.check_result import CheckResult
from planeval.cli import app
from planeval.stated_number import ISSUES
from tests.body_settings import SURVEY_AB
from tests.test_review148_report import _round

RUNNER = CliRunner()
PREF_TOML = (
    SURVEY_AB
    + """
[[scale.status]]
symbol = "C"
label = "一部未実施"
needs_issue = true

[[scale.status]]
symbol = "D"
label = "未実施"
needs_issue = true

[[scale.status]]
symbol = "-"
label = "対象外"
counted = false

[wording]
policy = "取組分野"
item = "取組項目"
status = "評価"
issue = "課題"
department = "担当課"
"""
)
LEAD = (
    "一部未実施（C）・未実施（D）と評価された取組項目、または課題の記載がある取組項目。"
    "対象外で課題の記載がある取組項目2件は、一覧に含めていません。一覧は3件です。"
)


def _village(folder: Path) -> Path:
    """小島村's form: C and D with their 課題, a B with a remark, two 対象外 (「－」 as typed
    too) with 「対象となる取組なし」 and one without."""
    (folder / "planeval.toml").write_text(PREF_TOML, encoding="utf-8")
    book = Workbook()
    sheet = book.active
    sheet.title = "調査票"
    sheet.append(["令和7年度 DX推進計画 取組状況調査"])
    sheet.append(["番号", "取組項目", "評価", "課題", "担当課"])
    sheet.append(["1-1", "キャッシュレス決済の導入", "C", "一部の窓口で未対応", "企画課"])
    sheet.append(["1-2", "書かない窓口の導入", "D", "予算措置が遅れた", "企画課"])
    sheet.append(["1-3", "オンライン申請の拡大", "B", "申請件数が増加", "企画課"])
    sheet.append(["2-1", "基幹業務システムの標準化", "-", "対象となる取組なし", "企画課"])
    sheet.append(["2-2", "公共施設Wi-Fiの整備", "－", "対象となる取組なし", "企画課"])
    sheet.append(["2-3", "情報セキュリティ対策", "-", None, "企画課"])
    path = folder / "小島村.xlsx"
    book.save(path)
    return path


def _checked(path: Path, *texts: Path) -> CheckResult:
    """check of ``texts`` against the form, by its settings."""
    config = planeval.load_config(path.parent / "planeval.toml")
    result = planeval.read_workbooks([path], scale=config.scale, wording=config.wording)
    return planeval.check(result, scale=config.scale, texts=texts, item=config.wording.item)


def _run(folder: Path, *args: str) -> str:
    result = RUNNER.invoke(app, [*args, "--config", str(folder / "planeval.toml")])
    assert result.exit_code == 0, result.output
    return result.stdout


def test_issues_leaves_the_rows_not_rated_out_and_says_how_many(tmp_path: Path) -> None:
    path = _village(tmp_path)
    listed = _run(tmp_path, "issues", str(path), "-f", "plain").splitlines()
    assert [line.split()[0] for line in listed[2:5]] == ["1-1", "1-2", "1-3"]
    assert listed[5:] == [
        "",
        "3 件",
        "対象外で課題の記載がある取組項目2件は、一覧に含めていません。",
    ]


def test_every_export_s_lead_adds_up_and_check_reads_it(tmp_path: Path) -> None:
    path = _village(tmp_path)
    outs = {ext: tmp_path / f"r.{ext}" for ext in ("md", "html", "docx", "xlsx")}
    _run(tmp_path, "export", str(path), *(f"--{ext}={out}" for ext, out in outs.items()))
    assert f"\n{LEAD}\n" in outs["md"].read_text(encoding="utf-8")
    assert f'<caption id="issues">{LEAD}</caption>' in outs["html"].read_text(encoding="utf-8")
    assert LEAD in [p.text for p in docx.Document(str(outs["docx"])).paragraphs]
    sheet = openpyxl.load_workbook(outs["xlsx"])["課題一覧"]
    assert sheet["A2"].value == LEAD
    assert "対象となる取組なし" not in str([[c.value for c in row] for row in sheet.iter_rows()])
    checked = _checked(path, outs["md"])
    assert [s.text for s in checked.statements if s.listed] == [LEAD]
    assert [d for d in checked.disagreements if d.what == ISSUES] == []


def test_check_counts_an_earlier_lead_by_the_rule_it_was_written_by(tmp_path: Path) -> None:
    """A lead with no such sentence (an export before review 193) listed the 対象外 with a text:
    its 5 agrees; the new lead's count changed is found."""
    path = _village(tmp_path)
    earlier = LEAD.replace("対象外で課題の記載がある取組項目2件は、一覧に含めていません。", "")
    dashed = LEAD.replace("対象外で", "対象外（-）で")  # (the fifty-seventh session's words)
    stated = {"old.md": earlier.replace("3件", "5件"), "wrong.md": LEAD.replace("3件", "4件")}
    stated["dashed.md"] = dashed
    for name, lead in stated.items():
        (tmp_path / name).write_text(f"## 課題一覧\n\n{lead}\n", encoding="utf-8")
    wrong = _checked(path, *(tmp_path / name for name in stated)).disagreements
    assert [(d.location.file, d.stated, d.counted) for d in wrong if d.what == ISSUES] == [
        (str(tmp_path / "wrong.md"), 4, 3)
    ]


def test_a_city_s_lead_counts_as_its_sentences_do(tmp_path: Path) -> None:
    """北河内市's 「効果的なもの(A)が2個」: its lead 「…(C)・…(E)と評価された施策。一覧は2個です。」"""
    folder = _round(tmp_path, 'status_count = "{thing}({symbol})が{n}個"\n')
    out = tmp_path / "r.md"
    _run(tmp_path, "export", str(folder), "--md", str(out))
    text = out.read_text(encoding="utf-8")
    assert "効果的なもの(A)が3個" in text
    lead = (
        "改善に向けた検討を要する(C)・課題の検証を要する(D)・抜本的な見直しを要する(E)と"
        "評価された施策。一覧は2個です。"
    )
    assert f"\n{lead}\n" in text
