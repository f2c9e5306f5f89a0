"""A column of planeval's form deleted by a department (review 118): its 課題等 — the △
without a reason was no longer warned of, the texts vanished, 「問題は見つかりませんでした」 —
or its 情報化計画事業の体系, each row then blamed for its number with a fix to renumber it."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest
from openpyxl import load_workbook
from typer.testing import CliRunner

from planeval.cli import app
from planeval.io import structure
from tests.cycle_fill import PLAN, columns, fill_workbook, split_templates
from tests.survey_forms import SETTINGS, write_form

RUNNER = CliRunner()
FORM = "実施状況調査票_2022_危機管理部.xlsx"


def returned(tmp_path: Path, deleted: str) -> Path:
    """危機管理部's form rated, one row △ with its reason, then the column titled ``deleted``
    taken out as a clerk narrowing the sheet does (Excel's 列の削除)."""
    folder = split_templates(tmp_path / "forms")
    replies = tmp_path / "replies"
    replies.mkdir()
    path = replies / FORM
    fill_workbook(folder / FORM, {"1-2-1①": ("△", "機器の更新が遅れた")}, target=path)
    book = load_workbook(path)
    sheet = book["実施状況"]
    sheet.delete_cols(columns(sheet)[deleted] + 1)
    book.save(path)
    return replies


def validate(replies: Path, *options: str) -> tuple[int, str]:
    result = RUNNER.invoke(app, ["validate", str(replies), "--plan", str(PLAN), *options])
    return result.exit_code, result.output


def test_a_deleted_issue_column_is_named_and_its_reasons_are_missing(tmp_path: Path) -> None:
    _code, output = validate(returned(tmp_path, "課題等"))
    assert "問題は見つかりませんでした" not in output
    assert (
        f"{FORM} › 実施状況 › A5: 5 行目の見出し行に「課題等」の列がありません"
        "（planeval の調査票から削除されていませんか）" in output
    )
    assert "新しい調査票（planeval template）に記入し直して" in output
    # (the scale's rule still holds: a △ with no issue column is an empty issue cell)
    assert "1-2-1① " in output and "は △（内容を一部修正して実施）ですが、課題等が空です" in output


def test_a_deleted_hierarchy_column_is_one_error_not_renumbering(tmp_path: Path) -> None:
    replies = returned(tmp_path, "情報化計画事業の体系")  # (the mark at A2 goes with it)
    code, output = validate(replies)
    assert code == 1
    said = "5 行目の見出し行に情報化計画事業の体系の列がありません"
    assert output.count(said) == 1 and "このファイルの行は数えていません" in output
    assert "番号が計画と違います" not in output and "番号「" not in output
    assert "（未提出、表が読めないファイルのみ）" in output
    result = RUNNER.invoke(app, ["summarize", str(replies), "--no-plan", "--keep-going"])
    assert said in result.output
    assert "（情報化計画事業 ）" not in result.output and "の段なし" not in result.output


def test_a_survey_form_lacking_the_hierarchy_column_is_opened_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # (review 156: each reply of a national survey, numbered 調査項目 in 分野 bands and no 体系
    # column, was opened a second time to look for the template's properties)
    statuses: list[str | None] = ["実施済", "実施中", "検討中", "未着手"]
    write_form(tmp_path / "R7" / "010006.xlsx", "010006", "札幌市", statuses)
    (tmp_path / "planeval.toml").write_text(SETTINGS, encoding="utf-8")
    monkeypatch.chdir(tmp_path)

    def opened_again(read: object) -> dict[str, str]:
        raise AssertionError("the workbook's properties were read again")

    monkeypatch.setattr(structure, "template_properties", opened_again)
    result = RUNNER.invoke(app, ["summarize", "R7", "--bodies", "file", "-f", "json"])
    assert result.exit_code == 0, result.output
    counted = json.loads(result.output)
    assert counted["problems"] == [] and counted["total"]["counts"] == Counter(statuses)
