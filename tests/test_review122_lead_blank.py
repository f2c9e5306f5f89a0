"""A lead department that returned its form and left its own shared item blank, its co-owner's
form rating it (review 122 #7: 北嶺県's 行政改革課 and Ⅱ-1(3), which 情報政策課 rated in a
「（共管分）」 table). The co-owner's rating is counted, as before, but it was said as a
co-owner's blank is — a notice —, 提出状況 said every form filled in, and the issue list named
the co-owner as the item's department. The plan makes the lead answer for the item: a warning
at the lead's cell, the lead 未記入, and the item still the lead's. A co-owner's blank stays a
notice, and a round where every lead rates its items says nothing."""

from __future__ import annotations

import json
from pathlib import Path

from tests.test_department_forms import GENERAL_ROWS, form
from tests.test_review88_unreturned import _run
from tests.test_review90_lead_blank import SHARED, _city


def _round(tmp_path: Path, *, lead_blank: bool) -> Path:
    """企画部 leads 1-2-1's two items, 福祉部 co-owning both; 福祉部 rates 「デジタル支援員の配置」
    and leaves 「スマホ教室の開催」 to 企画部, as designed; 企画部 leaves the first blank
    where ``lead_blank``."""
    city = _city(tmp_path, dict.fromkeys(["スマホ教室の開催", SHARED], "企画部、福祉部"))
    folder = city / "令和5年度"
    form(folder / "DX評価_総務部.xlsx", "総務部", GENERAL_ROWS)
    form(
        folder / "DX評価_企画部.xlsx",
        "企画部",
        [("1-2-1", "(1) スマホ教室の開催", "B", "", "企画課"),
         ("1-2-1", f"(2) {SHARED}", "" if lead_blank else "D", "", "企画課"),
         ("2-1-1", "(1) 標準準拠システムへの移行", "B", "", "企画課"),
         ("2-1-1", "(2) ガバメントクラウドの利用検討", "C", "国の仕様確定が遅れた", "企画課")],
    )  # fmt: skip
    form(
        folder / "DX評価_福祉部.xlsx",
        "福祉部",
        [("1-2-1", "(1) スマホ教室の開催", "", "", "福祉課"),
         ("1-2-1", f"(2) {SHARED}", "D", "支援員の募集に応募がなかった", "福祉課")],
    )  # fmt: skip
    return folder


def test_the_lead_s_own_blank_is_a_warning_naming_it(tmp_path: Path) -> None:
    folder = _round(tmp_path, lead_blank=True)
    code, shown, said = _run(tmp_path, "validate", str(folder), "-f", "json")
    assert code == 1, said  # (a department with an item still to fill in)
    found = json.loads(shown)
    problems = {(p["severity"], Path(p["file"]).name, p["cell"]): p for p in found["problems"]}
    warning = problems["warning", "DX評価_企画部.xlsx", "E6"]
    assert warning["message"] == (
        f"1-2-1(2) {SHARED} の評価が所管部の企画部の調査票で空欄のため、共管部の福祉部の"
        f"調査票の評価 D（{folder / 'DX評価_福祉部.xlsx'} › 評価シート › E6）を数えました。"
        "計画ではこの取組内容の評価は所管部のものです"
    )
    assert warning["hint"].startswith("企画部に E6 の記入を依頼してください")
    # (the co-owner's blank left to its lead, as designed: still a notice)
    # (and the fixture's direction = "施策" said unused: its forms' 施策 column is the top level)
    assert [p["message"] for p in found["problems"] if p["severity"] == "notice"] == [
        "評価が空欄の 1 行（E5）は、ほかのファイル"
        f"（{folder / 'DX評価_企画部.xlsx'}）で記入された同じ取組内容を数えました",
        '[wording] の direction = "施策" は報告書のどの行の言葉にもなっていません。調査票の「施策」の列は'
        "政策（policy）として読みました（読んだ表に direction の段はありません）。"
        "このため報告書は政策を「基本目標」と書いています",
    ]
    states = {s["department"]: (s["state"], s["missing"], s["label"]) for s in found["submissions"]}
    assert states["企画部"] == ("未記入", 1, "未記入 1件（別の調査票で集計）")


def test_the_item_stays_the_lead_s_in_the_issue_list(tmp_path: Path) -> None:
    folder = _round(tmp_path, lead_blank=True)
    code, shown, said = _run(tmp_path, "issues", str(folder), "-f", "csv", "-q")
    assert code == 0, said
    [row] = [line for line in shown.splitlines() if SHARED in line]
    assert ",D,（共管 福祉部）支援員の募集に応募がなかった,企画部," in row, row
    code, shown, said = _run(tmp_path, "summarize", str(folder), "-f", "csv")
    assert "合計,,1,3,1,1,6" in shown, shown  # (the co-owner's D counted, as before)


def test_every_lead_rating_its_items_says_nothing(tmp_path: Path) -> None:
    folder = _round(tmp_path, lead_blank=False)
    code, shown, said = _run(tmp_path, "validate", str(folder), "-f", "json")
    assert code == 0, said
    found = json.loads(shown)
    assert [p for p in found["problems"] if p["severity"] != "notice"] == [], said
    assert {s["state"] for s in found["submissions"]} == {"提出済"}
