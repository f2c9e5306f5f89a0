"""A plan whose 施策番号 planeval cannot read (review 100 #4: 東川崎市's 「1-1-①」, read since
the forty-first session; here 「1-1-ア」): each of its 事務事業 was an error 「E4: どの事業の実施内容か
分かりません（上に事業番号がありません）」 — planeval's words, at the item's cell, the number never
quoted —, and a later number not read (「2-1-イ」) put its 事務事業 under the 施策 above it without a word. The number's cell is told
once, quoting the number, in the body's words, with the shapes that are read; its 事務事業
are left out, never filed under another 施策."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook

import planeval
from tests.test_review96_plan_forms import _config, run, write_plan


def _plan(tmp_path: Path) -> Path:
    path = write_plan(tmp_path / "計画事業一覧.xlsx")
    book = load_workbook(path)
    sheet = book.active
    for cell, typed in (("C4", "1-1-ア"), ("C5", "1-1-ア"), ("C11", "2-1-イ")):
        sheet[cell] = typed
    book.save(path)
    return path


def test_a_plan_number_not_read_is_told_at_its_cell_in_the_body_s_words(tmp_path: Path) -> None:
    settings = planeval.load_config(_config(tmp_path))
    plan = planeval.read_plan(_plan(tmp_path), layout=settings.layout, wording=settings.wording)
    said = [(p.location.cell, p.message, p.hint) for p in plan.problems if p.is_error]
    shapes = (
        "施策番号は「1-1-1」（または「1.1.1」「1-1-(1)」）のように基本政策・政策・施策の 3 段の"
        "番号で（2 段の計画なら「1-1」「1-(1)」、または「1　事務事業の見直し」の列と"
        "「(1) 補助金の見直し」の列のように）書いてください"
    )
    assert said == [
        (
            "C4",
            "施策番号「1-1-ア」が読めません。その事務事業 2 件（E4～E5）は計画に入れていません",
            shapes,
        ),
        (
            "C11",
            "施策番号「2-1-イ」が読めません。その事務事業 1 件（E11）は計画に入れていません",
            shapes,
        ),
    ]
    # (2-1-イ 子育て相談支援事業 is under no 施策: not under 2-1-(1) above it)
    assert [(i.project_id, i.item_name) for i in plan.items if i.project_id.startswith("2-")] == [
        ("2-1-1", "保育受入支援事業"),
        ("2-1-1", "保育受入啓発事業"),
    ]


def test_template_says_the_number_s_cell_once(tmp_path: Path) -> None:
    config = _config(tmp_path)
    made = run("template", str(_plan(tmp_path)), "--fiscal-year", "令和7", "-o",
               str(tmp_path / "forms"), "--split-by", "department", "--config", str(config))  # fmt: skip
    errors = [line for line in made.stderr.splitlines() if line.startswith("エラー: ")]
    assert [line.split(" › ")[2].split("（")[0] for line in errors] == [
        "C4: 施策番号「1-1-ア」が読めません。その事務事業 2 件",
        "C11: 施策番号「2-1-イ」が読めません。その事務事業 1 件",
    ]
    assert "どの事業の実施内容か" not in made.stderr
    # (forms written without those items: a data problem, exit 1, said under -q too)
    assert made.exit_code == 1
    quiet = run("template", str(_plan(tmp_path)), "--fiscal-year", "令和7", "-o",
                str(tmp_path / "forms2"), "--split-by", "department", "--config", str(config),
                "-q")  # fmt: skip
    assert quiet.exit_code == 1 and "C4: 施策番号「1-1-ア」が読めません" in quiet.stderr


def test_an_item_under_no_number_is_told_in_the_body_s_words(tmp_path: Path) -> None:
    """The rows above the first 施策番号 said 「どの事業の実施内容か…（上に事業番号が…）」."""
    path = write_plan(tmp_path / "計画事業一覧.xlsx")
    book = load_workbook(path)
    book.active["C4"] = None
    book.save(path)
    settings = planeval.load_config(_config(tmp_path))
    plan = planeval.read_plan(path, layout=settings.layout, wording=settings.wording)
    assert [(p.location.cell, p.message) for p in plan.problems if p.is_error] == [
        ("E4", "どの施策の事務事業か分かりません（上に施策番号がありません）")
    ]
