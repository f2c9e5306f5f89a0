"""川瀬町's 施策評価 (review 146): the plan list 基本目標 | 施策 | No. | 事業名 | 担当課 | 区分, its
施策 typed 「（１）防災・減災の推進」 under each 基本目標, 事業 ①②; last year's own form of the
town (a sheet per 基本目標, 施策 「（１）…」 under its heading) and the forms planeval's template
makes of the plan (施策番号 「1-(1)」, 事業番号 「①」), filled in by each 課."""

from __future__ import annotations

import unicodedata
from pathlib import Path

from openpyxl import load_workbook
from typer.testing import CliRunner

from planeval.cli import app
from tests.conftest import write_book

K, P, M = "計画どおり完了", "一部実施", "次年度以降計画を見直す"
POLICIES = {"1": "安心して暮らせるまち", "3": "豊かな心と文化を育むまち"}
PROJECTS = {
    "1-1": "防災・減災の推進",
    "1-2": "交通安全・防犯の推進",
    "3-1": "地域文化・交流の推進",
    "3-2": "学校教育の充実",
}
# (施策 ID, 事業 No., 事業名, 担当課, 令和7's 評価, 令和8's 評価)
ITEMS = [
    ("1-1", "①", "防災行政無線のデジタル化", "総務課", K, K),
    ("1-1", "②", "避難所備蓄品の計画的整備", "総務課", P, K),
    ("1-1", "③", "ハザードマップの改訂", "建設課", K, K),
    ("1-2", "①", "通学路合同点検の実施", "総務課", K, K),
    ("1-2", "②", "防犯灯のLED化", "建設課", K, K),
    ("1-2", "③", "高齢者運転免許自主返納支援", "住民課", M, P),
    ("3-1", "①", "町民文化祭の開催", "総務課", K, K),
    ("3-2", "①", "GIGAスクール端末の更新", "教育委員会", K, K),
    ("3-2", "②", "小中学校トイレの洋式化", "教育委員会", P, P),
]
SETTINGS = """[scale]
preset = "hamura"
[[scale.status]]
symbol = "一部実施"
after = "計画どおり完了"
[wording]
policy = "基本目標"
project = "施策"
item = "事業"
status = "評価"
issue = "評価の理由・課題"
department = "担当課"
[plan]
file = "計画事業一覧.xlsx"
"""
WIDE = str.maketrans("0123456789", "０１２３４５６７８９")


def run(*args: str, cwd: Path):
    """The CLI run in ``cwd`` (its planeval.toml read)."""
    import os

    here = Path.cwd()
    os.chdir(cwd)
    try:
        return CliRunner().invoke(app, list(args), env={"COLUMNS": "160"})
    finally:
        os.chdir(here)


def _own(project: str) -> str:
    return f"（{project[2:].translate(WIDE)}）"


def town(folder: Path) -> Path:
    """The plan and planeval.toml in ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    rows: list[list[object]] = [["第2次川瀬町総合計画 事業一覧"], ["基本目標", "施策", "No.", "事業名", "担当課", "区分"]]  # fmt: skip
    for project, no, name, department, _, _ in ITEMS:
        policy = f"{project[0].translate(WIDE)} {POLICIES[project[0]]}"
        rows.append([policy, _own(project) + PROJECTS[project], no, name, department, "継続"])
    write_book(folder / "計画事業一覧.xlsx", {"計画事業一覧": rows})
    (folder / "planeval.toml").write_text(SETTINGS, encoding="utf-8")
    return folder


def own_form(
    path: Path,
    year: str,
    departments: tuple[str, ...] | None = None,
    *,
    dotted: bool = False,
    digits: bool = False,
) -> Path:
    """The town's own form of ``year`` (令和７年度), a sheet per 基本目標, of the items of
    ``departments`` (all where None) rated as that year's rating (令和7's); ``dotted``: its
    施策 typed 「1.2」, not 「（２）」; ``digits``: its 事業 numbered 1, 2 (numbers), not ①②."""
    sheets: dict[str, list[list[object]]] = {}
    for policy, name in POLICIES.items():
        rows: list[list[object]] = [
            [f"{year} 施策評価シート"],
            [f"基本目標{policy.translate(WIDE)}\u3000{name}"],
            ["No.", "施策", "事業名", "評価", "評価の理由・課題", "担当課"],
        ]
        last = ""
        for project, no, item, department, rated, _ in ITEMS:
            if project[0] != policy or (departments and department not in departments):
                continue
            number = f"{project.replace('-', '.')} " if dotted else _own(project)
            shown = number + PROJECTS[project] if project != last else ""
            last = project
            label: object = int(unicodedata.normalize("NFKC", no)) if digits else no
            rows.append([label, shown, item, rated, "課題あり" if rated != K else "", department])
        sheets[f"目標{policy}"] = rows
    return write_book(path, sheets)


def template_forms(folder: Path, out: Path) -> list[Path]:
    """planeval template's forms of the plan in ``folder``, one per 課, in ``out``."""
    done = run(
        "template", "計画事業一覧.xlsx", "--fiscal-year", "令和8", "-o", str(out),
        "--split-by", "department", cwd=folder,
    )  # fmt: skip
    assert done.exit_code == 0, done.output
    return sorted(out.glob("*.xlsx"))


def filled(form: Path, to: Path) -> Path:
    """``form`` with 令和8's ratings typed in, saved as ``to``."""
    book = load_workbook(form)
    sheet = book.worksheets[0]
    ratings = {item[2]: item[5] for item in ITEMS}
    header = next(r for r in range(1, 20) if sheet.cell(r, 1).value == "施策番号")
    titles = [cell.value for cell in sheet[header]]
    name, status = titles.index("事業") + 1, titles.index("評価") + 1
    for row in range(header + 1, sheet.max_row + 1):
        if (item := sheet.cell(row, name).value) in ratings:
            sheet.cell(row, status).value = ratings[item]
    book.save(to)
    return to


def rate(form: Path, item: str, status: str, issue: str = "") -> None:
    """``item``'s row of the town's own ``form`` (own_form) rated ``status``, with ``issue``."""
    book = load_workbook(form)
    for sheet in book.worksheets:
        for row in sheet.iter_rows(min_row=4):
            if row[2].value == item:
                row[3].value, row[4].value = status, issue
    book.save(form)
