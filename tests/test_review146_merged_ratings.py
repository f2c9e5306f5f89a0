"""A status cell merged over the rows of two items on a form planeval's template wrote (review 146
#1): 川瀬町's 総務課 merged F17:F18, the 評価 of 5-(2)① and 5-(2)②, and 5-(2)② was counted with
①'s rating, while nothing — validate, summarize, issues, export, compare — said so. The template
never merges a status cell, so there the second item's rating is not known: an error at its
cell naming the merged range, both items and the fix, its row not counted (「未集計（記入誤り）」
under --keep-going). On a body's own form clerks merge neighbours' equal ratings on purpose
(README; tests/test_merged_status.py): each row is rated with it, as before."""

from __future__ import annotations

import json
from collections import Counter
from itertools import pairwise
from pathlib import Path

from openpyxl import load_workbook

from tests.cycle_fill import fill_workbook, split_templates, status_and_issue
from tests.test_review143_plan_projects import PLAN, TOML, fill, run, town_list


def _town_forms(tmp_path: Path) -> tuple[Path, Path, Path]:
    """川瀬町's plan, its forms from template filled as PLAN's 課 rate them: (plan, forms,
    settings)."""
    plan = town_list(tmp_path / "計画事業一覧.xlsx")
    config = tmp_path / "planeval.toml"
    config.write_text(TOML, encoding="utf-8")
    forms = tmp_path / "様式R8"
    made = run("template", str(plan), "--fiscal-year", "令和8", "-o", str(forms),
               "--split-by", "department", "--config", str(config))  # fmt: skip
    assert made.exit_code == 0, made.output
    for path in forms.glob("*.xlsx"):
        fill(path)
    return plan, forms, config


def _merge_below(path: Path, name: str) -> tuple[str, str]:
    """Merge the 評価 cell of the row rating ``name`` with the row below's, as 総務課 did (Excel
    keeps the top cell's value): the two cells (F6, F7)."""
    book = load_workbook(path)
    sheet = book.worksheets[0]
    titles = {cell.value: cell.column_letter for cell in sheet[5] if cell.value}
    status, item = titles["評価"], titles["事業"]
    row = next(cell.row for cell in sheet[item] if cell.value == name)
    top, below = f"{status}{row}", f"{status}{row + 1}"
    sheet[below].value = None
    sheet.merge_cells(f"{top}:{below}")
    book.save(path)
    return top, below


def test_a_rating_merged_over_two_items_of_the_template_is_an_error(tmp_path: Path) -> None:
    plan, forms, config = _town_forms(tmp_path)
    form = next(forms.glob("*総務課.xlsx"))
    # (①'s 計画どおり完了 over ② 自主防災組織の育成支援, which its 課 rated 一部実施)
    top, below = _merge_below(form, "防災行政無線のデジタル化")
    checked = run("validate", str(forms), "--plan", str(plan), "--config", str(config))
    # (before: exit 0, 総務課 提出済, ② counted 計画どおり完了 and nothing said)
    assert checked.exit_code == 1, checked.output
    said = checked.output.replace("\n", "")
    assert (
        f"{form.name} › {load_workbook(form).worksheets[0].title} › {below}: 評価のセル "
        f"{top}:{below} が、別の事業「1-(1)① 防災行政無線のデジタル化」と「1-(1)② 自主防災組織"
        "の育成支援」の行にまたがって結合されています。planeval の調査票は行ごとに評価を選ぶため、"
        "「1-(1)② 自主防災組織の育成支援」の評価は分かりません（この行は数えていません）"
    ) in said, said
    assert (
        "セルの結合を解除して、「1-(1)② 自主防災組織の育成支援」の行の評価も一覧から選んで" in said
    )

    counted = run("summarize", str(forms), "--config", str(config), "--keep-going",
                  "-f", "json")  # fmt: skip
    assert counted.exit_code == 1, counted.output
    expected = Counter(item[6] for item in PLAN if item[4] != "自主防災組織の育成支援")
    counts = json.loads(counted.stdout)["total"]["counts"]
    assert {status: n for status, n in counts.items() if n} == expected

    out = tmp_path / "報告.md"
    exported = run("export", str(forms), "--config", str(config), "--keep-going", "--md", str(out))
    assert exported.exit_code == 1, exported.output
    rows = [line for line in out.read_text(encoding="utf-8").splitlines() if "自主防災" in line]
    assert rows and all("未集計（記入誤り）" in line for line in rows), rows


def test_a_rating_merged_over_the_template_s_1_1_1_items_is_an_error(tmp_path: Path) -> None:
    """The same in Setagaya's template (1-1-1 | ① 実施内容 | 達成状況), both rated ○: merged
    on planeval's form, the second row's ○ is still not known."""
    forms = split_templates(tmp_path / "forms")
    form = next(forms.glob("*_会計室.xlsx"))  # (2-1-2 ① and ②, each its own row)
    fill_workbook(form)
    book = load_workbook(form)
    sheet = book["実施状況"]
    status, _issue = status_and_issue(sheet)
    rows = [row for row in sheet.iter_rows(min_row=6) if row[1].value and row[status].value]
    first, second = next((a, b) for a, b in pairwise(rows) if b[0].row == a[0].row + 1)
    top, below = first[status].coordinate, second[status].coordinate
    sheet[below].value = None
    sheet.merge_cells(f"{top}:{below}")
    book.save(form)
    checked = run("validate", str(form))
    assert checked.exit_code == 1, checked.output
    said = checked.output.replace("\n", "")
    assert f"› 実施状況 › {below}: 達成状況のセル {top}:{below} が、別の実施内容「" in said, said
    counted = run("summarize", str(form), "--keep-going", "-f", "json")
    read = json.loads(counted.stdout)["total"]["total"]
    assert read == len(rows) - 1, counted.stdout


def test_check_names_the_merged_rating_not_the_unreturned_department(tmp_path: Path) -> None:
    """Review 146 #2: 「25 │ 24（未提出の 2 件は数えていません）」 sent the clerk to 建設課, who
    had not replied, while the 1-件 gap was 総務課's merged cell. 保健福祉課 merges 2-(1)①'s
    次年度以降計画を見直す over ② 健康ポイント事業 (計画どおり完了); 建設課 sends nothing."""
    plan, forms, config = _town_forms(tmp_path)
    next(forms.glob("*建設課.xlsx")).unlink()
    _merge_below(next(forms.glob("*保健福祉課.xlsx")), "特定健診の受診勧奨")
    returned = [item for item in PLAN if item[5] != "建設課"]
    done = sum(item[6] == "計画どおり完了" for item in returned)
    text = tmp_path / "報告書.txt"
    text.write_text(
        f"　全{len(PLAN)}事業について評価を行いました。建設課の事業は未提出のため含めていません。\n"
        f"　計画どおり完了した事業は{done}事業でした。\n",
        encoding="utf-8",
    )
    checked = run("check", str(forms), "--plan", str(plan), "--config", str(config),
                  "--text", str(text), "--keep-going", "-f", "json")  # fmt: skip
    data = json.loads(checked.stdout)
    # (before: 計画どおり完了 a disagreement, done against done - 1 「（未提出の 1 件は数えていま
    # せん）」, the merged cell said nowhere)
    assert [d for d in data["disagreements"] if d["what"] == "計画どおり完了"] == [], data
    [held] = [n for n in data["not_compared"] if n["stated"] == done]
    assert "エラー" in held["reason"] and "未提出" not in held["reason"], held
    assert any("F" in p["cell"] and "結合" in p["message"] for p in data["problems"]), data
