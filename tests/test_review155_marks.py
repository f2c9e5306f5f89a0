"""Review 155 #1: a 局 left the 重点 cell of a plan's ○ item blank (経済労働局's 創業支援事業).
summarize, validate and export counted 「うち重点」 one short, unsaid, and check marked the right
figure wrong. The plan fixes which items are 重点: read with it, the row takes the plan's mark, and
the cell is warned of, naming the form's cell and the plan's."""

from __future__ import annotations

import json
from pathlib import Path

from openpyxl import load_workbook

from tests.test_review96_plan_forms import made_forms, run
from tests.test_review124_marks import CHILDREN, _marked


def _set_mark(forms: Path, item: str, mark: str | None) -> str:
    """こども未来局's 重点 cell of ``item`` set to ``mark``; its cell reference."""
    path = forms / CHILDREN
    book = load_workbook(path)
    sheet = book["達成度"]
    row = next(row for row in sheet.iter_rows(min_row=6) if row[1].value == item)
    row[2].value = mark
    book.save(path)
    return row[2].coordinate


def test_a_form_whose_juten_cell_differs_from_the_plan_counts_the_plans_mark_and_warns(
    tmp_path: Path,
) -> None:
    plan, config, forms = made_forms(tmp_path, bracketed=False)
    args = ("--plan", str(plan), "--config", str(config))
    whole = run("summarize", str(forms), *args, "-f", "json")
    assert whole.exit_code == 0, whole.output
    total = json.loads(whole.stdout)["total"]
    planned = total["marked"]["total"]
    cell = _set_mark(forms, "保育受入支援事業", None)
    counted = run("summarize", str(forms), *args, "-f", "json")
    assert counted.exit_code == 0, counted.output
    assert _marked(counted.stdout) == _marked(whole.stdout)
    said = run("validate", str(forms), *args)
    assert said.exit_code == 0, said.output
    flat = said.output.replace("\n", "")
    assert (
        f"警告: {forms / CHILDREN} › 達成度 › {cell}: 事務事業「保育受入支援事業」の「重点」の欄は"
        f"空欄ですが、計画（{plan} › 計画事業一覧 › "
    ) in flat
    assert "では印（●）があります。重点かどうかは計画で決まるため、「うち重点」は計画の印で" in flat
    text = tmp_path / "報告.txt"
    text.write_text(
        f"全体では、{total['total']}事務事業（うち重点{planned}事業）を評価しました。\n", "utf-8"
    )
    checked = run("check", str(forms), "--text", str(text), *args)
    assert checked.exit_code == 0, checked.output
    html = tmp_path / "報告.md"
    exported = run("export", str(forms), *args, "--md", str(html))
    assert exported.exit_code == 0, exported.output
    assert "「保育受入支援事業」の「重点」の欄は空欄ですが" in exported.output.replace("\n", "")


def test_a_juten_mark_the_plan_lacks_is_not_counted_and_is_warned_of(tmp_path: Path) -> None:
    plan, config, forms = made_forms(tmp_path, bracketed=False)
    args = ("--plan", str(plan), "--config", str(config))
    whole = run("summarize", str(forms), *args, "-f", "json")
    cell = _set_mark(forms, "保育受入啓発事業", "○")
    counted = run("summarize", str(forms), *args, "-f", "json")
    assert counted.exit_code == 0, counted.output
    assert _marked(counted.stdout) == _marked(whole.stdout)
    said = run("validate", str(forms), *args)
    assert (
        f"{cell}: 事務事業「保育受入啓発事業」の「重点」の欄は印（○）がありますが、計画（"
        in said.output.replace("\n", "")
    )


def test_the_note_under_the_tables_says_the_plans_marks_are_counted(tmp_path: Path) -> None:
    """Review 173 #6 (172 #5): read with the plan, 「うち重点」 counts the items the plan marks ●,
    whatever the forms' cells say; the note under summarize's table and under every exported
    count table said it counted the forms' 「重点」 column 「（○ など）」. It now says the plan's
    column, quoting its mark; without the plan, the forms' column, as before."""
    plan, config, forms = made_forms(tmp_path, bracketed=False)
    _set_mark(forms, "保育受入支援事業", None)
    _set_mark(forms, "保育受入啓発事業", "○")
    args = ("--plan", str(plan), "--config", str(config))
    planned = "「うち重点」は、計画の「重点」の列に印（●）のある行の件数です"
    forms_column = "「うち重点」は、「重点」の列に印（○ など）のある行の件数です"
    summarized = run("summarize", str(forms), *args)
    assert summarized.exit_code == 0, summarized.output
    assert planned in summarized.stdout.replace("\n", "").replace("  ", "")
    assert "「重点」の列に印（○ など）" not in summarized.stdout
    md, xlsx = tmp_path / "報告.md", tmp_path / "報告.xlsx"
    exported = run("export", str(forms), *args, "--md", str(md), "--xlsx", str(xlsx))
    assert exported.exit_code == 0, exported.output
    assert planned in md.read_text("utf-8") and forms_column not in md.read_text("utf-8")
    cells = [c.value for s in load_workbook(xlsx) for r in s.iter_rows() for c in r]
    assert any(isinstance(v, str) and v.startswith(planned) for v in cells)
    alone = run("summarize", str(forms), "--no-plan", "--config", str(config))
    assert forms_column in alone.stdout.replace("\n", "").replace("  ", "")
