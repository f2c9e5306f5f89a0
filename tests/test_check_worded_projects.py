"""羽村市's 施策評価 of three levels (review 71): 「基本目標Ⅳ …」 over 「施策27「都市基盤整備」」 …
over each 施策's 事業. The 施策 are its projects (4-27, shown 施策27); a report's paragraph under
「施策27「都市基盤整備」」 was 「施策27 の行がありません」 — every per-施策 number listed, a wrong
one among them lost — and 「施策27から施策29までの全14事業のうち」 too. Each 施策's paragraph is
compared with its 事業 now, and the range of every 施策 with the whole plan's."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest
from openpyxl import Workbook
from typer.testing import CliRunner

from planeval.cli import app

DONE, REVISE = "計画どおり完了", "次年度以降計画を見直す"
# 施策 number → (name, its 事業' 評価)
POLICIES = {
    27: ("都市基盤整備", [DONE, REVISE, DONE, DONE, DONE, REVISE, DONE]),
    28: ("上下水道", [DONE, DONE, REVISE]),
    29: ("交通環境", [DONE, DONE, DONE, REVISE]),
}
SETTINGS = (
    '[scale]\npreset = "hamura"\n\n[wording]\npolicy = "基本目標"\nproject = "施策"\n'
    'item = "事業"\nstatus = "評価"\n'
)


def _workbook(folder: Path) -> Path:
    book = Workbook()
    sheet = book.active
    sheet.title = "施策評価"
    sheet.append(["令和5年度\u3000羽村市施策評価結果（令和4年度事業分）"])
    sheet.append([])
    sheet.append(["基本目標Ⅳ\u3000都市基盤が整った快適で住みよいまち"])
    for number, (name, statuses) in POLICIES.items():
        sheet.append([])
        sheet.append([f"施策{number}「{name}」"])
        sheet.append(["No.", "事業名", "評価", "評価の理由・今後の方向性", "担当課"])
        for row, status in enumerate(statuses, start=1):
            sheet.append([row, f"{name}の事業{row}", status, "", "都市計画課"])
    path = folder / "施策評価結果_令和5年度.xlsx"
    book.save(path)
    (folder / "planeval.toml").write_text(SETTINGS, encoding="utf-8")
    return path


def _paragraphs(wrong: int = 0, numbered: str = "") -> str:
    lines = ["令和5年度　羽村市施策評価結果報告書（令和4年度事業分）", ""]
    for at, (number, (name, statuses)) in enumerate(POLICIES.items(), start=1):
        count = Counter(statuses)
        done = count[DONE] + (wrong if number == 29 else 0)
        lines += [
            numbered.format(at) + f"施策{number}「{name}」",
            f"「{name}の事業1」などの{done}事業は、「{DONE}」であり、"
            f"「{name}の事業2」など{count[REVISE]}事業は、「{REVISE}」としました。",
            "",
        ]
    every = Counter(status for _name, statuses in POLICIES.values() for status in statuses)
    lines += [
        "まとめ",
        f"施策27から施策29までの全{every.total()}事業のうち、{every[DONE]}事業が「{DONE}」、"
        f"{every[REVISE]}事業が「{REVISE}」となりました。",
    ]
    return "\n".join(lines) + "\n"


def _check(tmp_path: Path, text: str) -> tuple[int, dict]:
    book = _workbook(tmp_path)
    report = tmp_path / "報告書.txt"
    report.write_text(text, encoding="utf-8")
    settings = str(tmp_path / "planeval.toml")
    result = CliRunner().invoke(
        app, ["check", str(book), "--config", settings, "--text", str(report), "-f", "json"]
    )
    return result.exit_code, json.loads(result.stdout)


def test_each_sekisaku_paragraph_is_compared_with_its_jigyo(tmp_path: Path) -> None:
    code, data = _check(tmp_path, _paragraphs())
    assert data["not_compared"] == [] and data["disagreements"] == [], data["not_compared"]
    assert code == 0
    assert data["compared"] == 2 * len(POLICIES) + 3


@pytest.mark.parametrize("numbered", ["", "（{}）", "{} "], ids=["plain", "bracketed", "numbered"])
def test_a_wrong_count_of_one_sekisaku_is_named(tmp_path: Path, numbered: str) -> None:
    """Review 72: the report's own numbers before the headings (「（1）施策27「…」」, 「1 施策27
    「…」」) placed none of them, or each 施策's numbers against the whole plan."""
    assert _check(tmp_path, _paragraphs(numbered=numbered))[1]["disagreements"] == []
    code, data = _check(tmp_path, _paragraphs(wrong=1, numbered=numbered))
    right = Counter(POLICIES[29][1])[DONE]
    said = [(d["scope"], d["what"], d["stated"], d["counted"]) for d in data["disagreements"]]
    assert said == [("施策29 交通環境", DONE, right + 1, right)]
    assert code == 1
