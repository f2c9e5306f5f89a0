"""An item whose lead's row is in error (review 98, 南浜市's 集中改革プラン): 人事課, the lead, typed
「達成」 on an item 総務課 co-owns and rated 目標達成 in its own form. With --keep-going the item
was counted from 総務課's copy with no word, while the export's 集計 said the error row was left
out and the counts would change once it was fixed. The lead's rating is the item's: the item is
left out while its lead's row is in error, a notice naming both cells. And a co-owner's remark
on such an item (the templates' 共管の取組内容) was 「所管課の調査票に見つからない」 though the
lead's form had come: it now names the lead's cell in error."""

from __future__ import annotations

import json
from pathlib import Path

from openpyxl import Workbook, load_workbook
from typer.testing import CliRunner

import planeval
from planeval.cli import app
from tests.cycle_fill import fill_workbook, reference_sheet, remark_column, split_templates
from tests.test_rollup import assert_same

RUNNER = CliRunner()
TOML = '[scale]\npreset = "reform_plan"\n\n[wording]\nitem = "取組内容"\nstatus = "進捗状況"\n'


def _town(tmp_path: Path, lead_status: str, *, plan: bool = True) -> Path:
    """A town whose plan has 人事課 lead 2-1-1 (1) with 総務課 co-owning, each 課's own form
    stating who filled it in and rating the item: 人事課 ``lead_status``, 総務課 目標達成. Returns
    the folder of returns."""
    (tmp_path / "planeval.toml").write_text(TOML, encoding="utf-8")
    if plan:
        book = Workbook()
        sheet = book.active
        sheet.append(["事業番号", "事業名", "取組内容番号", "取組内容名", "区分", "所管課"])
        sheet.append(["2-1-1", "研修制度の見直し", "(1)", "研修計画の改定", "継続",
                      "人事課、総務課"])  # fmt: skip
        sheet.append(["2-1-2", "定員の適正化", "(1)", "定員管理計画の策定", "継続", "人事課"])
        book.save(tmp_path / "計画.xlsx")
    folder = tmp_path / "回収"
    folder.mkdir()
    rows = {
        "人事課": [("2-1-1", "研修制度の見直し", "(1) 研修計画の改定", lead_status),
                  ("2-1-2", "定員の適正化", "(1) 定員管理計画の策定", "取組中")],
        "総務課": [("2-1-1", "研修制度の見直し", "(1) 研修計画の改定", "目標達成")],
    }  # fmt: skip
    for section, items in rows.items():
        book = Workbook()
        form = book.active
        form.title = "進捗状況"
        form.append(["令和6年度 取組状況調査票"])
        form.append([f"担当課：{section}"])
        form.append(["No.", "事業名", "取組内容", "進捗状況", "課題", "所管課"])
        for number, project, item, status in items:
            form.append([number, project, item, status, "", "人事課（共管: 総務課）"])
        book.save(folder / f"調査票_{section}.xlsx")
    return folder


def _summarize(tmp_path: Path, folder: Path, *more: str, exit_code: int = 1) -> dict:
    result = RUNNER.invoke(
        app,
        ["summarize", str(folder), "--config", str(tmp_path / "planeval.toml"), "-f", "json",
         "--plan", str(tmp_path / "計画.xlsx"), *more],
    )  # fmt: skip
    assert result.exit_code == exit_code, result.output
    said: dict = json.loads(result.stdout)
    return said


def test_an_item_is_not_counted_from_a_co_owner_while_its_lead_s_row_is_in_error(
    tmp_path: Path,
) -> None:
    folder = _town(tmp_path, "達成")
    lead, copy = folder / "調査票_人事課.xlsx", folder / "調査票_総務課.xlsx"
    result = RUNNER.invoke(
        app,
        ["validate", str(folder), "--config", str(tmp_path / "planeval.toml"),
         "--plan", str(tmp_path / "計画.xlsx"), "-f", "json"],
    )  # fmt: skip
    [notice] = [p for p in json.loads(result.stdout)["problems"] if p["severity"] == "notice"]
    assert (notice["file"], notice["cell"]) == (str(copy), "D4")
    assert notice["message"] == (
        "2-1-1(1) 研修計画の改定 は所管課の人事課の調査票で進捗状況がエラーのため"
        f"（{lead} › 進捗状況 › D4）、共管課の総務課のこのセルの評価 目標達成 も数えていません。"
        "この取組内容の評価は所管課のものです"
    )
    assert notice["hint"] == "所管課の人事課が D4 を直せば、所管課の評価を数えます"
    summary = _summarize(tmp_path, folder, "--keep-going")
    assert summary["total"]["counts"] == {"目標達成": 0, "取組中": 1, "変更・中止": 0}


def test_the_export_s_note_is_true_of_the_item_left_out(tmp_path: Path) -> None:
    """The review's command: 「エラーのあった 1 か所の行は集計に含めていません。直した後の件数は
    この表と異なります」 — true now (after the fix the lead's 目標達成 is counted), and the item is
    listed 未集計（記入誤り）."""
    folder = _town(tmp_path, "達成")
    out = tmp_path / "partial.md"
    result = RUNNER.invoke(
        app,
        ["export", str(folder), "--config", str(tmp_path / "planeval.toml"),
         "--plan", str(tmp_path / "計画.xlsx"), "--keep-going", "-q", "--md", str(out)],
    )  # fmt: skip
    assert result.exit_code == 1, result.output
    text = out.read_text(encoding="utf-8")
    assert (
        "記入に不備のあった 1 か所の行は集計に含めていません。直した後の件数はこの表と異なります"
        in text
    )
    [row] = [line for line in text.splitlines() if "研修計画の改定" in line and "|" in line]
    assert "未集計（記入誤り）" in row and "目標達成" not in row
    (tmp_path / "fixed").mkdir()
    fixed = _town(tmp_path / "fixed", "目標達成")
    counts = _summarize(tmp_path, folder, "--keep-going")["total"]["counts"]
    assert counts != _summarize(tmp_path / "fixed", fixed, exit_code=0)["total"]["counts"]


def test_a_co_owner_s_row_in_error_leaves_the_lead_s_rating_counted(tmp_path: Path) -> None:
    """The other way round nothing changes: the lead's own copy counts, the co-owner's error is
    said at its cell."""
    folder = _town(tmp_path, "取組中")
    copy = folder / "調査票_総務課.xlsx"
    book = load_workbook(copy)
    book["進捗状況"]["D4"] = "達成"
    book.save(copy)
    summary = _summarize(tmp_path, folder, "--keep-going")
    assert summary["total"]["counts"] == {"目標達成": 0, "取組中": 2, "変更・中止": 0}


def test_without_a_plan_the_lead_is_its_row_s_and_both_ways_of_counting_agree(
    tmp_path: Path,
) -> None:
    """No plan: the lead is the row's 所管課（共管: …）, the co-owner's copy is not counted in
    place of its row in error — read whole and streamed file by file alike (rollup reads the
    files again together: the row in error's project is one they share)."""
    folder = _town(tmp_path, "達成", plan=False)
    config = planeval.load_config(tmp_path / "planeval.toml")
    summary = assert_same([folder], scale=config.scale)
    assert summary.total.total == 1


def test_a_co_owner_s_remark_on_an_item_whose_lead_s_row_is_in_error_names_that_cell(
    tmp_path: Path,
) -> None:
    """Review 98 (finding 9): the remark was 「所管部の調査票に見つからないため付けていません
    （所管部の調査票が届いているか確認してください）」 though the lead's form had come."""
    folder = split_templates(tmp_path / "回答", "令和6")
    for path in folder.glob("*.xlsx"):
        fill_workbook(path, default="○")
    remarked = folder / "実施状況調査票_2024_総務部.xlsx"
    book = load_workbook(remarked)
    shared = reference_sheet(book)
    assert shared is not None
    shared.cell(row=6, column=remark_column(shared) + 1, value="共管部として予算要求を支援")
    book.save(remarked)
    [lead] = [e for e in planeval.read_workbooks([folder]).entries if "予算要求を支援" in e.issue]
    book = load_workbook(lead.location.file)
    assert lead.location.sheet is not None and lead.location.cell is not None
    book[lead.location.sheet][lead.location.cell].value = "達成"
    book.save(lead.location.file)
    problems = planeval.read_workbooks([folder]).problems
    [remark] = [p for p in problems if "予算要求を支援" in p.message]
    assert remark.message.endswith(
        f"の達成状況が所管部の調査票でエラーのため（{lead.location}）付けていません"
    )
    assert remark.hint == f"所管部が {lead.location.cell} を直せば、この意見も付きます"
    assert [p.location for p in problems if p.is_error] == [lead.location]


def test_a_lead_whose_row_is_in_error_has_not_returned_its_form_in_full(tmp_path: Path) -> None:
    """Review 99 (finding 6): on the city's own forms 人事課's 「達成」 was 提出済 in 提出状況 —
    総務課's own form rates the item too, so it read as answered — while on template forms
    (no copy in 総務課's 実施状況) the same slip was 記入誤り 1件. 記入誤り on both."""
    folder = _town(tmp_path, "達成")
    result = RUNNER.invoke(
        app,
        ["validate", str(folder), "--config", str(tmp_path / "planeval.toml"),
         "--plan", str(tmp_path / "計画.xlsx"), "-f", "json"],
    )  # fmt: skip
    assert result.exit_code == 1, result.output
    states = {s["department"]: s for s in json.loads(result.stdout)["submissions"]}
    assert (states["人事課"]["state"], states["人事課"]["wrong"]) == ("記入誤り", 1)
    assert states["人事課"]["label"] == "記入誤り 1件"
    assert states["総務課"]["state"] == "提出済"
    text = RUNNER.invoke(
        app,
        ["validate", str(folder), "--config", str(tmp_path / "planeval.toml"),
         "--plan", str(tmp_path / "計画.xlsx")],
    )  # fmt: skip
    assert text.stdout.splitlines()[-1] == "2 課のうち、記入誤りのある課 1 課（人事課）があります"
