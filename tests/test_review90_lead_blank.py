"""A lead department that sent nothing, and its co-owner's form with the row they share left
blank (review 90 N1, N3: 北浜市's 情報政策課 and 市民課). A co-owner leaves a shared item's status
to the lead, as designed; with the lead missing, the item is the lead's unanswered one. It was
an error at the co-owner's cell — nothing counted without --keep-going, though any other
department that sent nothing is a warning — and Chapter 3 listed the item twice, 「未集計
（エラー）」 and 「未提出」, its caption one item too many, 進捗状況.csv one row too many. Now it is
未提出 once, under the lead's warning (the department to chase), and the co-owner's form has no
error: not for one blank row, nor for a form whose every row is such an item."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from openpyxl import Workbook

from tests.test_department_forms import PLAN, TOML, form
from tests.test_review88_unreturned import _run

SHARED = "デジタル支援員の配置"


def _city(tmp_path: Path, leads: dict[str, str]) -> Path:
    """中央市 with its plan (``leads``: an item's departments as the plan gives them, where not
    PLAN's) and [plan] file in its planeval.toml."""
    (tmp_path / "planeval.toml").write_text(TOML + '\n[plan]\nfile = "計画.xlsx"\n', "utf-8")
    book = Workbook()
    sheet = book.active
    sheet.append(["事業番号", "事業名", "実施内容番号", "実施内容名", "区分", "関係部"])
    for project, name, number, item, departments in PLAN:
        sheet.append([project, name, number, item, "継続", leads.get(item, departments)])
    book.save(tmp_path / "計画.xlsx")
    return tmp_path


def _general_affairs(folder: Path, *more: tuple[str, ...]) -> None:
    form(
        folder / "DX評価_総務部.xlsx",
        "総務部",
        [("1-1-1", "(1) 対象手続の拡大", "B", "", "総務課"),
         ("1-1-1", "(2) 申請状況の可視化", "A", "", "総務課"), *more],
    )  # fmt: skip


@pytest.fixture()
def one_blank(tmp_path: Path) -> Path:
    """福祉部 leads 1-2-1's two items, 企画部 co-owning, and sent nothing; 企画部's form rates
    the first and leaves デジタル支援員の配置 blank for its lead."""
    city = _city(tmp_path, dict.fromkeys(["スマホ教室の開催", SHARED], "福祉部、企画部"))
    folder = city / "令和5年度"
    _general_affairs(folder)
    form(
        folder / "DX評価_企画部.xlsx",
        "企画部",
        [("1-2-1", "(1) スマホ教室の開催", "B", "", "企画課"),
         ("1-2-1", f"(2) {SHARED}", "", "", "企画課"),
         ("2-1-1", "(1) 標準準拠システムへの移行", "B", "", "企画課"),
         ("2-1-1", "(2) ガバメントクラウドの利用検討", "C", "国の仕様確定が遅れた", "企画課")],
    )  # fmt: skip
    return city


def _said(said: str) -> list[str]:
    return [line for line in said.splitlines() if line.startswith(("エラー", "警告:"))]


def test_summarize_counts_past_the_co_owner_s_blank(one_blank: Path) -> None:
    code, shown, said = _run(one_blank, "summarize", str(one_blank / "令和5年度"), "-f", "csv")
    assert code == 0, said
    assert _said(said) == [
        f"警告: {one_blank / '計画.xlsx'} › Sheet › F4: 福祉部の回答がどのファイルにもありません"
        "（未提出）。この部が所管する計画の取組内容 1 件は集計に含まれていません。共管部の調査票で"
        "評価された 1 件は、その評価を数えました（回答が届いていれば、ほかの回答と同じフォルダに"
        "入れて集計し直してください。部ごとの提出状況は validate で確かめられます）"
    ], said
    assert "合計,,1,3,1,0,5" in shown, shown


def test_the_item_is_listed_once_unreturned(one_blank: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    code, _, said = _run(
        one_blank, "export", str(one_blank / "令和5年度"), "--keep-going",
        "--md", str(out / "r.md"), "--csv", str(out / "csv"),
    )  # fmt: skip
    assert code == 0, said
    with (out / "csv" / "進捗状況.csv").open(encoding="utf-8-sig") as rows:
        listed = list(csv.DictReader(rows))
    assert len(listed) == len(PLAN)  # (one row per item of the plan)
    assert [(row["評価"], row["所管部"]) for row in listed if row["取組内容"] == SHARED] == [
        ("未提出", "福祉部")
    ]
    text = (out / "r.md").read_text(encoding="utf-8")
    assert "1事業・取組内容 2件（評価1件：B 1件／未提出 1件）" in text, text
    assert "未集計（エラー）" not in text


def test_validate_says_only_the_lead_unreturned(one_blank: Path) -> None:
    code, shown, said = _run(one_blank, "validate", str(one_blank / "令和5年度"), "-f", "csv")
    assert code == 1  # (a department still to return its form)
    assert "エラー" not in shown + said, shown  # (the problems' table: the lead's warning)
    assert "福祉部,未提出,2," in shown, shown
    assert "企画部,提出済,2,DX評価_企画部.xlsx" in shown, shown


@pytest.mark.parametrize("rated_besides", [False, True])
def test_a_co_owner_s_form_of_shared_rows_only(tmp_path: Path, rated_besides: bool) -> None:
    """企画部 leads 1-2-1 and 2-1-1 and sent nothing; 福祉部 co-owns 1-2-1 and leads nothing.
    Its form with both shared rows blank is no form 「sent back as it was given」; where
    総務部, a third co-owner of スマホ教室の開催, left that row blank too, that blank is
    no error either (「どのファイルでも記入されていません」 at 福祉部's cell)."""
    both = "企画部、福祉部、総務部" if rated_besides else "企画部、福祉部"
    city = _city(tmp_path, {"スマホ教室の開催": both, SHARED: "企画部、福祉部"})
    folder = city / "令和5年度"
    _general_affairs(folder, *[("1-2-1", "(1) スマホ教室の開催", "", "", "総務課")] * rated_besides)
    form(
        folder / "DX評価_福祉部.xlsx",
        "福祉部",
        [("1-2-1", "(1) スマホ教室の開催", "", "", "福祉課"),
         ("1-2-1", f"(2) {SHARED}", "A" if rated_besides else "", "", "福祉課")],
    )  # fmt: skip
    code, shown, said = _run(city, "summarize", str(folder), "-f", "csv")
    assert code == 0, said
    [warning] = _said(said)  # (no error: the lead's warning only)
    assert warning.startswith("警告: "), said
    assert (
        "企画部の回答がどのファイルにもありません（未提出）。この部が所管する計画の取組内容 "
        f"{3 if rated_besides else 4} 件は集計に含まれていません"
    ) in warning, said
    assert f"合計,,{2 if rated_besides else 1},1,0,0," in shown, shown
    code, shown, said = _run(city, "tables", str(folder), "--keep-going", "-f", "csv")
    assert [line.split(",")[9] for line in shown.splitlines() if ",1-2-1," in line] == [
        "未提出",
        "A" if rated_besides else "未提出",
    ], shown
