"""`template` with no planeval.toml on a plan not Setagaya's (review 127 #1): 川崎市's list,
政策 | 施策 | 事務事業名 | 所管局・課 | 重点, made Setagaya's forms — 「情報化計画事業 実施状況調査票」,
「情報化計画事業の体系」 | 実施内容, bands 「情報化政策1-1 …」, ◎ ○ △ × - — with exit 0 and no word.
The forms now take the plan's own words, and one notice names the scale they carry and gives
the planeval.toml lines that choose it; a plan in Setagaya's words stays silent."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest
from openpyxl import load_workbook
from typer.testing import CliRunner

import planeval
from planeval.cli import app
from tests.cycle_fill import fill_workbook
from tests.test_kawasaki_template import plan_book

RUNNER = CliRunner()
NOTICE = "planeval.toml がないため"


def _template(tmp_path: Path, *more: str) -> tuple[int, str, Path]:
    plan = tmp_path / "計画.xlsx"
    if not plan.exists():
        plan_book(plan)
    out = tmp_path / "調査票"
    args = ["template", str(plan), "--fiscal-year", "令和6", "-o", str(out)]
    result = RUNNER.invoke(app, [*args, "--split-by", "department", "--force", *more])
    return result.exit_code, result.output, out / "実施状況調査票_2024_総務企画局.xlsx"


def test_forms_of_a_plan_not_setagaya_s_take_its_words_and_say_the_scale(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The forms are titled 施策 | 事務事業 under bands 「政策1-1 …」, their title names no
    情報化計画事業, the co-owner's sheet is 共管の事務事業; one notice at the plan's header row
    says the scale (◎ ○ △ × -) and the words, with the lines to write."""
    monkeypatch.chdir(tmp_path)  # (no planeval.toml)
    code, output, form = _template(tmp_path)
    assert code == 0, output
    book = load_workbook(form)
    sheet = book["実施状況"]
    assert sheet["A1"].value == "令和6年度（2024年度） 実施状況調査票"
    assert [cell.value for cell in sheet[5]][:4] == ["施策", "事務事業", "重点", "所管局"]
    assert sheet["A6"].value == "政策1-1 災害から生命を守る"
    shared = load_workbook(form.with_name("実施状況調査票_2024_建設緑政局.xlsx"))
    assert shared.sheetnames == ["実施状況", "共管の事務事業", "記入方法"]
    notice, *_ = [line for line in output.splitlines() if NOTICE in line]
    assert notice == (
        f"お知らせ: {tmp_path / '計画.xlsx'} › 計画事業一覧 › A4: {NOTICE}、調査票の達成状況は"
        "既定の評価尺度（◎ ○ △ × -）で書き出しました。見出しの言葉は計画の見出し（政策 | 施策 | "
        "事務事業名）から 政策・施策・事務事業 としました（記入してもらう評価尺度が違うなら、"
        "planeval.toml に次の設定を書いて preset を選び、template をもう一度実行してください。"
        "validate・summarize もその planeval.toml で読みます）"
    )
    block = output.split(notice, 1)[1].split("お知らせ 1 件")[0]
    lines = [line.removeprefix("  ") for line in block.strip("\n").splitlines()]
    assert "#   kawasaki: 1 2 3 4 5" in lines
    assert tomllib.loads("\n".join(lines)) == {
        "scale": {"preset": "setagaya"},
        "wording": {"policy": "政策", "project": "施策", "item": "事務事業"},
    }
    code, output, _form = _template(tmp_path, "-q")
    assert code == 0 and NOTICE not in output  # (a notice: -q hides it)


def test_the_lines_offered_make_a_silent_run_of_the_body_s_own_scale(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The block written to planeval.toml with preset = "kawasaki" is a designed run: nothing
    said of it, the forms' drop-down 1–5 and the same words."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "planeval.toml").write_text(
        '[scale]\npreset = "kawasaki"\n\n[wording]\npolicy = "政策"\nproject = "施策"\n'
        'item = "事務事業"\n',
        encoding="utf-8",
    )
    code, output, form = _template(tmp_path)
    assert code == 0 and "お知らせ" not in output, output
    sheet = load_workbook(form)["実施状況"]
    assert [cell.value for cell in sheet[5]][:2] == ["施策", "事務事業"]
    (choices,) = [v.formula1 for v in sheet.data_validations.dataValidation]
    assert choices == '"1,2,3,4,5"'


def test_the_forms_in_the_plan_s_words_read_back_without_settings(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Filled in, the forms written in the plan's words are read back with no planeval.toml:
    each 事務事業 of the 局 counted under its 施策."""
    monkeypatch.chdir(tmp_path)
    _code, _output, form = _template(tmp_path)
    filled = tmp_path / "回答.xlsx"
    fill_workbook(form, target=filled)
    read = planeval.read_workbooks([filled])
    assert not read.errors
    assert [(e.project_id, e.item_name, e.status) for e in read.entries] == [
        ("1-1-1", "防災対策管理事業", "○")
    ]


def test_a_plan_in_setagaya_s_words_is_said_nothing_of(tmp_path: Path) -> None:
    """A plan titled 事業番号 | 事業名 | 実施内容番号 | 実施内容名 (Setagaya's words, 事業 its
    short one) keeps Setagaya's forms without a notice, as the seed's plan does."""
    plan = plan_book(
        tmp_path / "計画.xlsx",
        rows=[("1-1-1", "手続のオンライン化", "1", "申請の拡充", "継続", "政策経営部")],
        titles=("事業番号", "事業名", "実施内容番号", "実施内容名", "区分", "関係部"),
    )
    read = planeval.read_plan(plan)
    assert not [p for p in planeval.template_notices(read, None) if NOTICE in p.message]
    seed = planeval.read_plan(Path(__file__).parent.parent / "data/setagaya/plan.xlsx")
    assert not [p for p in planeval.template_notices(seed, None) if NOTICE in p.message]
    out = tmp_path / "調査票.xlsx"
    planeval.write_templates(read, out, fiscal_year=2024, wording=None)
    sheet = load_workbook(out)["実施状況"]
    assert [cell.value for cell in sheet[5]][:2] == ["情報化計画事業の体系", "実施内容"]
