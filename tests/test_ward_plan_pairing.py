"""名古屋市守山区's 区政運営方針 (review 102): the plan lists 柱 headings over 取組み項目番号 |
取組み項目 | No. | 取組み内容 | 担当課, No. running through the 柱 (柱1: 1–7 over 1-1 … 1-3); each
課 returns its own form, 柱 headings over No. | 取組み項目 | 取組み内容 | 達成状況 | … | 担当課,
with no 取組み項目 number. A shared item (地域力推進室・総務課) is rated by its lead and left
blank by the co-owner, as designed.

- the lead's rated row was refused 「計画にない取組み内容」 (the co-owner's blank row took the
  plan's item by its number), 提出状況 said the lead 未記入, and the co-owner's blank was an
  error: the lead's row counts now, and the blank is no error;
- No. 6 under 柱1 is the plan's 1-3⑥: no warning 「番号が計画と違うため…」 (the form has no
  取組み項目 number to make it otherwise); a No. that is another item's still is one;
- the plan in the body's own layout, its 取組み項目 named and not numbered under each 柱
  (No. | 取組み項目 | 取組み内容 | 担当課), was refused 「取組み項目の番号「防災力の向上」が読めません」:
  it reads as the numbered one."""

from __future__ import annotations

import json
from pathlib import Path

from openpyxl import Workbook
from typer.testing import CliRunner

from planeval.cli import app

# (柱, its name) → rows (取組み項目番号, 取組み項目, No., 取組み内容, 担当課)
PLAN = {
    ("1", "安心・安全なまちづくり"): [
        ("1-1", "防災力の向上", 1, "地域防災訓練の実施支援", "地域力推進室・総務課"),
        ("1-1", "防災力の向上", 2, "避難所運営マニュアルの改訂", "総務課"),
        ("1-1", "防災力の向上", 3, "防災備蓄品の計画的更新", "総務課"),
        ("1-2", "防犯・交通安全の推進", 4, "防犯パトロール活動の支援", "地域力推進室"),
        ("1-2", "防犯・交通安全の推進", 5, "自転車安全利用の啓発", "区民生活課"),
        ("1-3", "健康危機管理", 6, "感染症予防の啓発", "保健予防課"),
        ("1-3", "健康危機管理", 7, "食品衛生監視指導", "保健予防課"),
    ],
    ("2", "区民に信頼される区役所づくり"): [
        ("2-1", "職員の育成", 1, "接遇研修の実施", "総務課"),
        ("2-1", "職員の育成", 2, "情報セキュリティ研修の実施", "総務課"),
        ("2-2", "地域との協働", 3, "区民まつりの開催", "地域力推進室"),
    ],
}
# each 課's statuses by its items' names (the co-owner's row of the shared item left blank)
STATUSES = {
    "地域力推進室": {"地域防災訓練の実施支援": "A", "防犯パトロール活動の支援": "B", "区民まつりの開催": "A"},
    "総務課": {"避難所運営マニュアルの改訂": "A", "防災備蓄品の計画的更新": "C", "接遇研修の実施": "A",
               "情報セキュリティ研修の実施": "D"},
    "区民生活課": {"自転車安全利用の啓発": "-"},
    "保健予防課": {"感染症予防の啓発": "A", "食品衛生監視指導": "B"},
}  # fmt: skip
SETTINGS = """[scale]
preset = "nagoya"

[wording]
preset = "nagoya"
policy = "柱"
project = "取組み項目"
item = "取組み内容"
status = "達成状況"
issue = "取組み結果・課題"
department = "担当課"
"""


def _plan(folder: Path, *, numbered: bool = True) -> Path:
    book = Workbook()
    sheet = book.active
    sheet.title = "取組一覧"
    sheet.append(["令和7年度\u3000守山区区政運営方針\u3000取組一覧"])
    for (policy, name), rows in PLAN.items():
        sheet.append([])
        sheet.append([f"柱{policy}\u3000{name}"])
        if numbered:
            sheet.append(["取組み項目番号", "取組み項目", "No.", "取組み内容", "担当課"])
            for row in rows:
                sheet.append(list(row))
        else:  # (the body's own list: its 取組み項目 named, not numbered)
            sheet.append(["No.", "取組み項目", "取組み内容", "担当課"])
            for _number, project, no, item, departments in rows:
                sheet.append([no, project, item, departments])
    path = folder / ("取組一覧.xlsx" if numbered else "取組一覧_番号なし.xlsx")
    book.save(path)
    return path


def _forms(
    folder: Path,
    numbers: dict[str, int] | None = None,
    rated: dict[str, dict[str, str]] = STATUSES,
) -> Path:
    """Each 課's form: its rows and the shared ones, No. as the plan's (or ``numbers``)."""
    forms = folder / "回答"
    forms.mkdir()
    for department, statuses in rated.items():
        book = Workbook()
        sheet = book.active
        sheet.title = "取組み結果"
        sheet.append(["令和7年度\u3000守山区区政運営方針\u3000取組み結果"])
        sheet.append([f"担当課：{department}"])
        for (policy, name), rows in PLAN.items():
            own = [row for row in rows if department in row[4].split("・")]
            if not own:
                continue
            sheet.append([])
            sheet.append([f"柱{policy}\u3000{name}"])
            sheet.append(
                ["No.", "取組み項目", "取組み内容", "達成状況", "取組み結果・課題", "担当課"]
            )
            for _number, project, no, item, departments in own:
                status = statuses.get(item)
                text = "計画どおり実施した。" if status else None
                no = (numbers or {}).get(item, no)
                sheet.append([no, project, item, status, text, departments])
        book.save(forms / f"{department}.xlsx")
    return forms


def _run(tmp_path: Path, *args: str) -> tuple[int, str]:
    settings = tmp_path / "planeval.toml"
    settings.write_text(SETTINGS, encoding="utf-8")
    result = CliRunner().invoke(app, [*args, "--config", str(settings)])
    return result.exit_code, result.output


def test_a_co_owner_s_blank_leaves_the_shared_item_to_its_lead_s_rating(tmp_path: Path) -> None:
    forms, plan = _forms(tmp_path), _plan(tmp_path)
    code, output = _run(tmp_path, "summarize", str(forms), "--plan", str(plan), "-f", "json")
    assert code == 0, output
    counts = json.loads(output)["total"]["counts"]
    assert counts == {"A": 5, "B": 2, "C": 1, "D": 1, "-": 1}, output
    code, output = _run(tmp_path, "validate", str(forms), "--plan", str(plan))
    assert code == 0, output
    assert "エラー" not in output and "未記入" not in output and "計画にない" not in output
    assert (
        "全 3 課と地域力推進室の調査票が提出され、すべて記入されています" in output
    )  # (a 室 named)


def test_no_through_its_policy_is_the_plan_s_number(tmp_path: Path) -> None:
    forms, plan = _forms(tmp_path), _plan(tmp_path)
    code, output = _run(tmp_path, "validate", str(forms), "--plan", str(plan))
    assert code == 0, output
    assert "番号が計画と違う" not in output and "警告" not in output, output


def test_another_item_s_number_is_still_said(tmp_path: Path) -> None:
    forms = _forms(tmp_path, {"感染症予防の啓発": 7, "食品衛生監視指導": 6})
    _code, output = _run(tmp_path, "validate", str(forms), "--plan", str(_plan(tmp_path)))
    assert "番号が計画と違う" in output, output


def test_a_plan_naming_its_projects_under_its_policies_reads_as_one_numbering_them(
    tmp_path: Path,
) -> None:
    forms, plan = _forms(tmp_path), _plan(tmp_path, numbered=False)
    code, output = _run(tmp_path, "validate", str(forms), "--plan", str(plan))
    assert code == 0, output
    assert "読めません" not in output and "警告" not in output, output
    code, output = _run(tmp_path, "summarize", str(forms), "--plan", str(plan), "-f", "json")
    assert json.loads(output)["total"]["counts"] == {"A": 5, "B": 2, "C": 1, "D": 1, "-": 1}


def test_the_lead_s_own_blank_is_still_an_error(tmp_path: Path) -> None:
    lead = {k: v for k, v in STATUSES["地域力推進室"].items() if k != "地域防災訓練の実施支援"}
    forms = _forms(tmp_path, rated={**STATUSES, "地域力推進室": lead})
    code, output = _run(tmp_path, "validate", str(forms), "--plan", str(_plan(tmp_path)))
    assert code == 1, output
    assert "地域力推進室.xlsx › 取組み結果 › D6" in output, output
