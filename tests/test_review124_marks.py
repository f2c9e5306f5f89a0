"""Review 124 #1, #10: a 局 that deleted the locked 重点 column of planeval's form lost the plan's
marks — `validate --plan` said nothing, the うち重点 of its policies and of the whole were blank,
`tables` dropped its ●, `check` compared none of them —, and a row listed 未提出 showed no ●. The
plan holds every item's mark: read with it, such rows take the plan's, and the deleted column is
warned of at the form's header row."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from openpyxl import load_workbook

from tests.test_review96_plan_forms import made_forms, run

CHILDREN = "達成度調査票_2025_こども未来局.xlsx"  # (保育受入支援 ●, 保育受入啓発, 子育て相談支援 ●)


def _without_marks(forms: Path) -> Path:
    """こども未来局's form with its 重点 column (C) deleted, as the 局 did."""
    path = forms / CHILDREN
    book = load_workbook(path)
    sheet = book["達成度"]
    assert sheet["C5"].value == "重点"
    sheet.delete_cols(3)
    book.save(path)
    return path


def _marked(output: str) -> dict[str, object]:
    data = json.loads(output)
    groups = {group["id"]: group["marked"] for group in data["groups"]}
    return {**groups, "合計": data["total"]["marked"]}


def test_a_form_whose_juten_column_was_deleted_counts_the_plans_marks_and_is_warned_of(
    tmp_path: Path,
) -> None:
    plan, config, forms = made_forms(tmp_path, bracketed=False)
    args = ("--plan", str(plan), "--config", str(config))
    whole = run("summarize", str(forms), *args, "-f", "json")
    assert whole.exit_code == 0, whole.output
    path = _without_marks(forms)
    counted = run("summarize", str(forms), *args, "-f", "json")
    assert counted.exit_code == 0, counted.output
    assert _marked(counted.stdout) == _marked(whole.stdout)
    assert _marked(counted.stdout)["合計"]["total"] == 5
    said = run("validate", str(forms), *args)
    assert said.exit_code == 0, said.output
    assert (
        f"警告: {path} › 達成度 › A5: 5 行目の見出し行に「重点」の列がありません（planeval の"
        f"調査票から削除されていませんか）。この表の事務事業の重点の印は、計画の「重点」の列"
        "から読みました（削除した列を元に戻す"
    ) in said.output.replace("\n", "")
    shown = run("tables", str(forms), *args, "-f", "csv")
    assert shown.exit_code == 0, shown.output
    rows = csv.DictReader(io.StringIO(shown.stdout.lstrip("\ufeff")))
    marks = {row["事務事業"]: row["重点"] for row in rows if row["所管局"] == "こども未来局"}
    assert marks == {"保育受入支援事業": "●", "保育受入啓発事業": "", "子育て相談支援事業": "●"}


def test_an_item_listed_unreturned_shows_the_plans_mark(tmp_path: Path) -> None:
    """#10: こども未来局 never returned its form; its rows stand 未提出 with the plan's ●."""
    plan, config, forms = made_forms(tmp_path, bracketed=False)
    (forms / CHILDREN).unlink()
    args = ("--plan", str(plan), "--config", str(config), "--keep-going")
    shown = run("tables", str(forms), *args, "-f", "csv")
    assert shown.exit_code == 0, shown.output
    rows = csv.DictReader(io.StringIO(shown.stdout.lstrip("\ufeff")))
    marks = {row["事務事業"]: row["重点"] for row in rows if row["達成度"] == "未提出"}
    assert marks == {"保育受入支援事業": "●", "保育受入啓発事業": "", "子育て相談支援事業": "●"}


def test_a_stated_juten_count_with_unreturned_items_is_the_plans_marked_ones_not_all(
    tmp_path: Path,
) -> None:
    """With こども未来局 未提出 (3 items, 2 marked), 「うち重点5事業」 is the 3 counted and its
    2 marked; 「うち重点6事業」 is not made whole by its 3 items (the marks were not asked)."""
    plan, config, forms = made_forms(tmp_path, bracketed=False)
    (forms / CHILDREN).unlink()
    text = tmp_path / "報告.txt"
    text.write_text("全体では、8事務事業（うち重点5事業）を評価しました。\n", encoding="utf-8")
    args = ("--plan", str(plan), "--config", str(config), "--keep-going")
    agreed = run("check", str(forms), "--text", str(text), *args)
    assert agreed.exit_code == 0, agreed.output
    text.write_text("全体では、8事務事業（うち重点6事業）を評価しました。\n", encoding="utf-8")
    wrong = run("check", str(forms), "--text", str(text), *args)
    assert wrong.exit_code == 1, wrong.output
    assert "計画全体の重点" in wrong.output


def test_without_the_plan_the_file_whose_rows_lack_the_mark_is_named(tmp_path: Path) -> None:
    """Read without the plan, the marks of the form without the column are not known: the note
    under the counts and check's reason name that form (before: 「「重点」の列のない表」 alone)."""
    _plan, config, forms = made_forms(tmp_path, bracketed=False)
    _without_marks(forms)
    counted = run("summarize", str(forms), "--config", str(config))
    assert counted.exit_code == 0, counted.output
    assert (
        f"列に印でない値のある表の行: {CHILDREN}）を含むため数えていません。"
        in counted.stdout.replace("\n", "").replace("  ", "")
    )
    text = tmp_path / "報告.txt"
    text.write_text("全体では、8事務事業（うち重点5事業）を評価しました。\n", encoding="utf-8")
    checked = run("check", str(forms), "--text", str(text), "--config", str(config))
    assert checked.exit_code == 0, checked.output
    said = "".join(checked.stdout.replace("│", "").split())
    assert (
        f"「うち重点」の件数は内訳で、表（{CHILDREN}）に重点の印の列がないため比べていません"
        in said
    )
