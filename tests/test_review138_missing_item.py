"""A plan's item no file holds while its 課 did reply (review 138: 人事課 sent last year's
workbook again, only its title's year changed, so the plan's new 2-3-2③ was in no file).

#1: the exported report listed it nowhere — its 施策's table looked complete — while a 課 that
sent nothing had its items listed 未提出 and said under 集計: now the item is listed and said
the same way. #4: the error at the plan's cell named no 課, and a notice filed under another
課's workbook offered --no-plan though the plan and the round are of the same year: now the
error names the 所管課 and its file, and says the plan added the item (last year's form sent
again: send this year's); --no-plan is offered only for a round older than the plan."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

import planeval
from planeval.cli import app
from tests.conftest import write_book

HEADER = ("基本目標", "施策の柱", "No.", "施策名", "評価", "評価の理由・課題", "担当部")
ITEMS = [  # (No., 施策名, 担当部, 区分)
    (1, "災害に強いまちづくり", "危機管理部", "継続"),
    (2, "防犯対策の推進", "危機管理部", "継続"),
    (3, "生涯学習の推進", "市民生活部", "継続"),
    (4, "スポーツの推進", "市民生活部", "継続"),
    (5, "文化芸術の振興", "市民生活部", "新規"),  # (added this year: not on last year's form)
]
NEW = "文化芸術の振興"


def _plan(folder: Path, year: str) -> Path:
    rows: list[tuple[object, ...]] = [
        (f"施策一覧（{year}）",),
        (),
        ("基本目標", "事業番号", "事業名", "実施内容番号", "実施内容", "区分", "担当部"),
    ]
    rows += [
        ("1 安全なまち", "1-1", "防災・防犯", no, name, kind, dept)
        for no, name, dept, kind in ITEMS
    ]
    return write_book(folder / "施策一覧.xlsx", {"施策一覧": rows})


def _form(folder: Path, department: str, year: str, *, last_years: bool = False) -> Path:
    """The department's form titled ``year``; ``last_years``: last year's, without item 5."""
    rows: list[tuple[object, ...]] = [(f"{year} 施策評価シート（{department}）",), (), HEADER]
    rows += [
        ("1 安全なまち", "1-1 防災・防犯", no, name, "○", "", dept)
        for no, name, dept, kind in ITEMS
        if dept == department and not (last_years and kind == "新規")
    ]
    return write_book(folder / f"{department}_施策評価.xlsx", {"施策評価": rows})


def _round(tmp_path: Path, title: str, *, plan_year: str = "令和5年度") -> tuple[Path, Path, Path]:
    """令和5年度's round: 危機管理部's form, and 市民生活部's last year's form titled ``title``."""
    folder = tmp_path / "回答"
    folder.mkdir(parents=True)
    plan = _plan(tmp_path, plan_year)
    _form(folder, "危機管理部", "令和5年度")
    copied = _form(folder, "市民生活部", title, last_years=True)
    return plan, folder, copied


def _export(plan: Path, folder: Path, out: Path) -> str:
    made = CliRunner().invoke(
        app,
        ["export", str(folder), "--plan", str(plan), "--keep-going", "--md", str(out),
         "--xlsx", str(out.with_suffix(".xlsx"))],
        env={"COLUMNS": "200"},
    )  # fmt: skip
    assert made.exit_code == 1, made.output
    return out.read_text(encoding="utf-8")


def test_an_item_missing_from_a_reply_is_listed_as_one_of_a_reply_left_out_is(
    tmp_path: Path,
) -> None:
    kept, folder, copied = _round(tmp_path / "a", "令和5年度")  # (its title's year changed)
    published = _export(kept, folder, tmp_path / "a.md")
    assert f"{NEW} | 未提出 |" in published, published
    assert (
        "市民生活部の実施内容 1 件は、回答に行がないため集計に含めていません（未提出）。"
        in published
    )
    # … as a reply left out whole (its title's year not changed: another year's form)
    plan, folder, _ = _round(tmp_path / "b", "令和4年度")
    left_out = _export(plan, folder, tmp_path / "b.md")
    assert f"{NEW} | 未提出（令和4年度の調査票） |" in left_out, left_out
    assert (
        "市民生活部の実施内容 3 件は、回答が別の年度の調査票で提出されたため集計に含めていません"
        "（未提出、令和4年度の調査票）。"
    ) in left_out
    # the library's read says so: check takes it as a row not counted, not as one of the count
    read = planeval.read_workbooks([copied.parent], plan=planeval.read_plan(kept))
    assert read.unreturned == {"市民生活部": 1}
    listed = [(e.item_name, e.status_text) for e in read.unreturned_rows]
    assert listed == [("文化芸術の振興", "未提出")]
    assert len(read.entries) == 4


def test_the_error_names_the_lead_and_its_file_and_offers_no_no_plan_of_this_year_s_round(
    tmp_path: Path,
) -> None:
    plan, folder, copied = _round(tmp_path, "令和5年度")
    read = planeval.read_workbooks([folder], plan=planeval.read_plan(plan))
    [error] = [p for p in read.problems if p.is_error]
    # (numbered as the forms' No. column and the tables write it, 1-1-5, not a circled ⑤
    # nobody typed: review 164)
    assert error.message == (
        f"計画の実施内容 1-1-5 文化芸術の振興 がどのファイルにもありません（所管部: 市民生活部。"
        f"市民生活部の回答 {copied} にこの行がありません）"
    ), error.message
    assert error.hint.startswith(
        "計画に新しく加わった実施内容です。市民生活部が前年度の調査票を写して（表題の年度だけ改めて）"
        "回答していないか確かめ、そうなら今年度の調査票で回答し直してもらってください"
    ), error.hint
    assert not [p for p in read.problems if "--no-plan" in p.hint], read.problems


def test_a_round_older_than_the_plan_is_still_offered_no_plan(tmp_path: Path) -> None:
    plan, folder, _ = _round(tmp_path, "令和4年度", plan_year="令和5年度")
    (folder / "危機管理部_施策評価.xlsx").unlink()
    _form(folder, "危機管理部", "令和4年度")
    read = planeval.read_workbooks([folder], plan=planeval.read_plan(plan))
    [notice] = [p for p in read.problems if "--no-plan" in p.hint]
    assert notice.message.startswith("この回は令和4年度の回です"), notice.message
    assert notice.location.file == str(plan)
