"""A city's round counted with its plan (planeval.toml's [plan] file, or --plan) where one
department never returned its form: summarize and export must not pass for the whole plan's
count. Each such department is one warning naming it and how many of the plan's items it
leads (by validate's 提出状況, which says 未提出), and the export notes it under 集計; without
a plan nothing changes (review 26)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from openpyxl import load_workbook
from typer.testing import CliRunner

import planeval
from planeval.cli import app
from planeval.model import Severity
from tests.test_co_owned_issues import _city
from tests.test_department_forms import PLAN, returns

RUNNER = CliRunner()
MISSING = "総務部"  # its form never came back
LED = sum(departments.split("、")[0] == MISSING for *_, departments in PLAN)
WARNING = (
    f"{MISSING}の回答がどのファイルにもありません（未提出）。この部が所管する計画の取組内容 "
    f"{LED} 件は集計に含まれていません"
)
HINT = (
    "回答が届いていれば、ほかの回答と同じフォルダに入れて集計し直してください。"
    "部ごとの提出状況は validate で確かめられます"
)
NOTE = f"{MISSING}の取組内容 {LED} 件は、回答が提出されていないため集計に含めていません（未提出）。"


def _round(tmp_path: Path, *, missing: bool = True, in_settings: bool = True) -> tuple[Path, Path]:
    """The city (企画部 leads the items it shares with 福祉部, who rates them alike) and its
    round, 総務部's form missing where ``missing``; the plan named in planeval.toml where
    ``in_settings``."""
    city = _city(tmp_path, welfare_leads=False)
    if in_settings:
        with (city / "planeval.toml").open("a", encoding="utf-8") as settings:
            settings.write('\n[plan]\nfile = "計画.xlsx"\n')
    folder = returns(city)
    if missing:
        (folder / f"DX評価_{MISSING}.xlsx").unlink()
    return city, folder


def _run(city: Path, *args: str) -> tuple[int, str, str]:
    result = RUNNER.invoke(
        app, [*args, "--config", str(city / "planeval.toml")], env={"COLUMNS": "200"}
    )
    return result.exit_code, result.stdout, result.stderr


@pytest.mark.parametrize("stream", [False, True])
def test_the_library_warns_once_per_department_that_returned_nothing(
    tmp_path: Path, stream: bool
) -> None:
    city, folder = _round(tmp_path, in_settings=False)
    config = planeval.load_config(city / "planeval.toml")
    plan = planeval.read_plan(city / "計画.xlsx")
    read = planeval.read_workbooks([folder], scale=config.scale, plan=plan, wording=config.wording)
    _, counted = planeval.summarize_workbooks(
        [folder], scale=config.scale, plan=plan, wording=config.wording, stream=stream
    )
    for result in (read, counted):
        assert result.unreturned == {MISSING: LED}
        [warned] = [p for p in result.problems if p.severity is Severity.WARNING]
        assert (warned.message, warned.hint) == (WARNING, HINT)
        assert warned.location.file == str(city / "計画.xlsx")  # (at the plan's row of its item)
    # validate says it as summarize does, once, and in its 提出状況 (未提出) — review 94: it was
    # in 提出状況 only, the messages and their tally silent
    checked = planeval.validate(read, scale=config.scale, plan=plan, wording=config.wording)
    [warned] = [p for p in checked if p.message == WARNING]
    assert warned.hint == HINT.replace(
        "は validate で確かめられます", "は、提出状況の表を見てください"
    )
    assert [s.state for s in planeval.submissions(read, plan) if s.department == MISSING] == [
        "未提出"
    ]
    # without the plan, nothing is known of departments: nothing said
    alone = planeval.read_workbooks([folder], scale=config.scale)
    assert alone.unreturned == {} and not [p for p in alone.problems if p.message == WARNING]


def test_summarize_and_export_say_the_department_and_its_items(tmp_path: Path) -> None:
    city, folder = _round(tmp_path)
    code, _, said = _run(city, "summarize", str(folder))
    assert code == 0  # (a warning: what was returned is counted)
    # (at the cell naming the department that owes the item, not the item's name)
    location = f"{city / '計画.xlsx'} › Sheet › F2"
    assert MISSING in str(load_workbook(city / "計画.xlsx")["Sheet"]["F2"].value)
    assert f"警告: {location}: {WARNING}（{HINT}）" in said.splitlines()
    # (and the notice that this plan names no 基本目標: review 178 #8)
    assert said.splitlines()[-1].startswith("警告 1 件、お知らせ 1 件")
    assert [line for line in said.splitlines() if line.startswith("お知らせ")] == [
        line for line in said.splitlines() if "基本目標の名前が見つからない" in line
    ]
    _, data, _ = _run(city, "summarize", str(folder), "-f", "json")
    counted = json.loads(data)
    assert [p["message"] for p in counted["problems"] if p["severity"] == "warning"] == [WARNING]
    assert counted["total"]["total"] == len(PLAN) - LED
    out = tmp_path / "報告書.md"
    code, _, said = _run(city, "export", str(folder), "--md", str(out))
    assert code == 0 and f"警告: {location}: {WARNING}（{HINT}）" in said.splitlines()
    lines = out.read_text(encoding="utf-8").splitlines()
    assert lines.count(NOTE) == 1  # (under 集計, as the rows left out are noted)
    # the option does what the setting does
    (tmp_path / "option").mkdir()
    plain, _ = _round(tmp_path / "option", in_settings=False)
    code, _, said = _run(
        plain, "summarize", str(plain / "令和5年度"), "--plan", str(plain / "計画.xlsx")
    )
    assert code == 0 and WARNING in said
    code, _, said = _run(plain, "summarize", str(plain / "令和5年度"))
    assert code == 0 and "未提出" not in said  # (no plan: as before)


def test_everyone_returned_is_warning_free_and_notes_nothing(tmp_path: Path) -> None:
    city, folder = _round(tmp_path, missing=False)
    code, _, said = _run(city, "summarize", str(folder))
    # (the one notice: this plan names no 基本目標, nor do the forms — review 178 #8)
    [named, tally] = said.splitlines()
    assert code == 0 and "基本目標の名前が見つからない" in named
    assert tally.startswith("お知らせ 1 件")
    out = tmp_path / "報告書.md"
    code, _, said = _run(city, "export", str(folder), "--md", str(out))
    assert code == 0 and "警告" not in said
    assert "未提出" not in out.read_text(encoding="utf-8")


def test_chapter3_lists_the_items_of_a_department_that_returned_nothing(tmp_path: Path) -> None:
    """Review 35: the plan's project 総務部 leads had no row in Chapter 3's tables — a reader
    of the published table could not tell it from a project dropped from the plan. Its items
    are listed, 未提出 in the status column, in no count (the caption says them apart)."""
    city, folder = _round(tmp_path)
    missing = [name for _p, _n, _l, name, lead in PLAN if lead == MISSING]
    code, shown, _ = _run(city, "tables", str(folder), "-f", "github")
    assert code == 0
    rows = [line for line in shown.splitlines() if any(name in line for name in missing)]
    assert len(rows) == LED and all("| 未提出 " in row for row in rows), shown
    _, flat, _ = _run(city, "tables", str(folder), "-f", "csv")
    assert sum(",未提出," in line for line in flat.splitlines()) == LED
    _run(city, "export", str(folder), "--csv", str(tmp_path / "csv"))  # (its 進捗状況.csv alike)
    assert (tmp_path / "csv" / "進捗状況.csv").read_text(encoding="utf-8") == flat
    out = tmp_path / "報告書.md"
    code, _, _ = _run(city, "export", str(folder), "--md", str(out))
    page = out.read_text(encoding="utf-8")
    assert code == 0 and sum(f"{name} | 未提出 |" in page for name in missing) == LED, page
    assert f"／未提出 {LED}件）" in page  # (its table's caption)
    assert (
        "\n※未提出：所管部の回答がないため件数に含めていません" in page
    )  # (its legend: review 56)
    web = tmp_path / "報告書.html"
    assert _run(city, "export", str(folder), "--html", str(web))[0] == 0
    html = web.read_text(encoding="utf-8")  # (a department's name whole: 「子ども・若／者部」)
    assert 'td class="dept"' in html and "td.dept{word-break:keep-all}" in html
    _, data, _ = _run(city, "summarize", str(folder), "-f", "json")
    assert json.loads(data)["total"]["total"] == len(PLAN) - LED  # (in no count)
    code, said, _ = _run(city, "check", str(folder), "--text", str(out))
    assert code == 0, said  # (planeval's own report agrees with the rows)
