"""A town's plan rated one row per 事業 (長与町-style, review 135): a 事業 the plan's 区分 says
「廃止」 (休止, 中止) is ended as 「終了」 is, and a message on one of the plan's rows names the
事業 by its 番号 and 事業名 at its 番号 cell, not by its 指標 at the 指標's."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from typer.testing import CliRunner

from planeval.cli import app
from tests import test_review131_project_plan as town


def _round(folder: Path, monkeypatch: pytest.MonkeyPatch, treatment: str) -> Path:
    """The plan with 2.2 marked ``treatment`` in its 区分 (G7), and forms that leave it out."""
    book = load_workbook(town.plan_book(folder))
    book.active["G7"] = treatment
    book.save(folder / "計画.xlsx")
    monkeypatch.setattr(town, "PROJECTS", town.PROJECTS[:3])
    replies = town.form_books(folder)
    (folder / "planeval.toml").write_text(town.SETTINGS, encoding="utf-8")
    monkeypatch.chdir(folder)
    return replies


@pytest.mark.parametrize("treatment", ["廃止", "休止", "中止"])
def test_a_project_the_plan_abolished_is_ended_not_missing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, treatment: str
) -> None:
    replies = _round(tmp_path, monkeypatch, treatment)
    said = CliRunner().invoke(app, ["summarize", str(replies)], env={"COLUMNS": "200"})
    assert said.exit_code == 0, said.output
    assert "エラー" not in said.output and "2.2" not in said.output
    assert "│ 合計 │" in said.stdout and "│  3 │" in said.stdout


def test_a_project_missing_from_every_form_is_named_by_its_number_cell_and_name(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    replies = _round(tmp_path, monkeypatch, "継続")
    said = CliRunner().invoke(app, ["summarize", str(replies)], env={"COLUMNS": "300"})
    assert said.exit_code == 1
    assert (
        "エラー: 計画.xlsx › 計画事業一覧 › B7: 計画の事業 2.2 電子申請システムの利用拡大 が"
        "どのファイルにもありません"
    ) in said.stderr
