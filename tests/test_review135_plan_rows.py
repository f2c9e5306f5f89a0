"""A town's plan rated one row per 事業 (長与町-style, review 135): a 事業 the plan's 区分 says
「廃止」 (休止, 中止, and 「完了」) is ended as 「終了」 is, and a message on one of the plan's rows names the
事業 by its 番号 and 事業名 at its 番号 cell, not by its 指標 at the 指標's."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
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


@pytest.mark.parametrize("treatment", ["廃止", "休止", "中止", "完了"])
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


def _forms(folder: Path, rows: dict[str, list[tuple[str, str]]], legend: str = "") -> Path:
    """Each 課's form of its (number, status) rows under 基本方針 4, its ``legend`` line under."""
    replies = folder / "回答"
    replies.mkdir()
    for department, rated in rows.items():
        book = Workbook()
        sheet = book.active
        sheet.title = "進捗評価"
        sheet.append(["令和6年度　第2次西浦町DX推進計画　進捗評価調査票"])
        sheet.append([f"担当課：{department}"])
        sheet.append([])
        sheet.append(["デジタルで活力ある地域づくり"])
        sheet.append(town.FORM_HEADER)
        for number, status in rated:
            sheet.append([number, f"事業{number}", "指標", "1件", "5件", "9件", status, "理由"])
        sheet.append([legend or None])
        book.save(replies / f"{department}.xlsx")
    return replies


def test_without_the_plan_a_gap_in_dotted_numbers_is_said_beside_a_row_numbered_otherwise(
    tmp_path: Path,
) -> None:
    """4.4, 4.5, 4.7, 4.8 and 4.11 read, 学校教育課's row typed 「(4)ア」: 4.6, 4.9 and 4.10 are in
    no file, and the (4)ア row may be one of them — two 事業 missing at least (their 課 sent
    nothing), said so rather than nothing."""
    replies = _forms(
        tmp_path,
        {
            "企画政策課": [("4.4", "A"), ("4.5", "A"), ("4.7", "B")],
            "総務課": [("4.8", "A"), ("4.11", "S")],
            "学校教育課": [("(4)ア", "A")],
        },
    )
    (tmp_path / "planeval.toml").write_text(town.SETTINGS.split("[plan]")[0], encoding="utf-8")
    said = CliRunner().invoke(
        app, ["summarize", str(replies), "--config", str(tmp_path / "planeval.toml")],
        env={"COLUMNS": "300"},
    )  # fmt: skip
    assert said.exit_code == 0, said.output
    assert (
        f"警告: {replies}: 事業 4.6・4.9・4.10 のうち 2 件 の行がどのファイルにもありません（4.4・4.5・"
        "4.7・4.8・4.11 はあります。番号の形が違う (4)ア は、このどれかかもしれません）"
    ) in said.stderr


LISTED = "※評価は一覧から選択してください（Ｓ（目標を上回る）／Ａ（目標どおり）／Ｂ（目標をやや下回る））"


@pytest.mark.parametrize(
    "legend", [LISTED, "評価の基準　Ｓ：目標を上回る　Ａ：目標どおり　Ｂ：目標をやや下回る"]
)
def test_a_drop_down_s_symbol_with_its_legend_s_label_is_that_symbol_without_a_notice(
    tmp_path: Path, legend: str
) -> None:
    """The town's drop-down 「Ｓ（目標を上回る）」, its legend under the table: counted as S, and
    no notice per value and 課 advising to move 「目標を上回る」 to the 理由 column."""
    listed = [
        ("4.1", "Ｓ（目標を上回る）"),
        ("4.2", "Ａ（目標どおり）"),
        ("4.3", "Ｂ（目標をやや下回る）"),
    ]
    replies = _forms(
        tmp_path, {"総務課": listed, "企画政策課": [("4.4", "Ａ（目標どおり）")]}, legend
    )
    (tmp_path / "planeval.toml").write_text(town.SETTINGS.split("[plan]")[0], encoding="utf-8")
    said = CliRunner().invoke(
        app, ["summarize", str(replies), "--config", str(tmp_path / "planeval.toml"), "-f", "json"]
    )
    assert said.exit_code == 0, said.output
    read = json.loads(said.stdout)
    assert [(g["counts"], g["total"]) for g in read["groups"]] == [
        ({"S": 1, "A": 2, "B": 1, "C": 0}, 4)
    ]
    assert read["problems"] == []


def test_an_empty_word_in_wording_names_its_line_and_the_fix(tmp_path: Path) -> None:
    """`policy = ""` (a clerk clearing the word): a usage error at its line saying what to do,
    not only 「policy が空です」."""
    config = tmp_path / "planeval.toml"
    config.write_text('[scale]\npreset = "nagayo"\n[wording]\npolicy = ""\n', encoding="utf-8")
    said = CliRunner().invoke(
        app, ["summarize", str(tmp_path), "--config", str(config)], env={"COLUMNS": "300"}
    )
    assert said.exit_code == 2
    assert (
        f'{config}:4 › [wording]: policy が空です。policy = "…" に使う言葉を書くか、この行を'
        "消してください（消すと「政策」になります）"
    ) in said.stderr
