"""A co-owned item's messages in one vocabulary (review 22, co-owner words): a body whose
[wording] department is 担当課 was told 「評価が担当課と共管部で違います: 所管 福祉課 は A、共管 企画部
は B。担当課の評価を数えました」 — the column's word swapped in for one role, the other role and
the names left as they were. A role is now said as the body's templates say it, 所管部 and 共管部
(所管課 and 共管課 where its departments are 課), whatever its department column is titled, and
the lead is named as its co-owners are, by who wrote its workbook."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from typer.testing import CliRunner

from planeval.cli import app
from tests.test_co_owned_issues import _city
from tests.test_department_forms import TOML, form, returns

RUNNER = CliRunner()


def _problems(city: Path, folder: Path, *more: str) -> list[dict[str, str]]:
    result = RUNNER.invoke(
        app,
        ["validate", str(folder), "--config", str(city / "planeval.toml"), "-f", "json", *more],
    )
    problems: list[dict[str, str]] = json.loads(result.stdout)["problems"]
    return problems


@pytest.mark.parametrize("department", [None, "担当課", "所管課"])
def test_a_city_of_departments_speaks_of_its_lead_and_co_owner_as_its_template_does(
    tmp_path: Path, department: str | None
) -> None:
    """中央市's 部 (福祉部 leads 1-2-1, 企画部 co-owns), its department column titled 担当課 or
    所管課 or left to planeval's 所管部: 所管部 and 共管部 throughout, as its templates say
    (「所管: 福祉部が記入」, 共管部の意見)."""
    city = _city(tmp_path)
    if department is not None:
        (city / "planeval.toml").write_text(
            TOML.replace('status = "評価"', f'status = "評価"\ndepartment = "{department}"'),
            encoding="utf-8",
        )
    folder = returns(city, welfare=("A", "C"))
    [planned, _] = _problems(city, folder, "--plan", str(city / "計画.xlsx"))
    first = folder / "DX評価_福祉部.xlsx"
    second = folder / "DX評価_企画部.xlsx"
    assert planned["message"] == (
        "1-2-1(1) スマホ教室の開催 の評価が所管部と共管部で違います: "
        f"所管部の福祉部は A（{first} › 評価シート › E5）、"
        f"共管部の企画部は B（{second} › 評価シート › E5）。所管部の評価を数えました"
    )
    assert planned["hint"] == "共管部と調整し、必要なら所管部の調査票を直してください"
    [unplanned, _] = _problems(city, folder)
    assert unplanned["message"].endswith("どの調査票の評価を数えるか分からないため、数えていません")
    assert unplanned["hint"] == (
        "計画のブックを --plan か planeval.toml の [plan] file で指定すれば、計画が最初に"
        "挙げる部の評価を数えます。または所管部と共管部で評価を揃え、違う方の調査票を直して"
        "ください"
    )
    for said in (planned, unplanned):
        words = said["message"] + said["hint"]
        assert "担当課" not in words and "所管課" not in words and "所管 " not in words


def test_a_town_of_sections_speaks_of_its_lead_and_co_owner_as_sections(tmp_path: Path) -> None:
    """A town whose plan names 課 (所管課 column) and whose forms state 「記入部署：」: the lead
    and co-owner are 所管課 and 共管課."""
    (tmp_path / "planeval.toml").write_text(
        TOML.replace('status = "評価"', 'status = "評価"\ndepartment = "所管課"'),
        encoding="utf-8",
    )
    plan = Workbook()
    sheet = plan.active
    sheet.append(["事業番号", "事業名", "実施内容番号", "実施内容名", "区分", "所管課"])
    sheet.append(["1-1-1", "窓口のデジタル化", "(1)", "キャッシュレス決済の導入", "継続",
                  "市民課、会計課"])  # fmt: skip
    plan.save(tmp_path / "計画.xlsx")
    folder = tmp_path / "回答"
    folder.mkdir()
    for section, status in (("市民課", "A"), ("会計課", "C")):
        book = Workbook()
        form = book.active
        form.title = "評価"
        form.append(["令和5年度 取組評価シート"])
        form.append([f"記入部署：{section}"])
        form.append(["No.", "事業名", "取組内容", "評価", "課題", "所管課"])
        form.append(["1-1-1", "窓口のデジタル化", "(1) キャッシュレス決済の導入", status,
                     "", section])  # fmt: skip
        book.save(folder / f"評価_{section}.xlsx")
    [said] = _problems(tmp_path, folder, "--plan", str(tmp_path / "計画.xlsx"))
    assert said["message"] == (
        "1-1-1(1) キャッシュレス決済の導入 の評価が所管課と共管課で違います: "
        f"所管課の市民課は A（{folder / '評価_市民課.xlsx'} › 評価 › D4）、"
        f"共管課の会計課は C（{folder / '評価_会計課.xlsx'} › 評価 › D4）。所管課の評価を数えました"
    )
    assert said["hint"] == "共管課と調整し、必要なら所管課の調査票を直してください"


def test_a_form_stating_its_department_in_an_unread_word_is_its_file_name_s(
    tmp_path: Path,
) -> None:
    """川崎市's forms head 「局区名：健康福祉局」, a word not read as the department's: who wrote
    each is its file's name, a department of the plan, so the plan's lead (福祉部, the first
    関係部) rates the shared item and the co-owner's other rating is a warning at its cell —
    it was 「どれも数えていません」, the item lost, and validate blamed the lead (review 115)."""
    city = _city(tmp_path)
    folder = tmp_path / "回答"
    for department, status in (("企画部", "B"), ("福祉部", "A")):
        path = form(
            folder / f"{department}_評価票.xlsx",
            None,
            [("1-2-1", "(1) スマホ教室の開催", status, "", "福祉部、企画部")],
        )
        book = load_workbook(path)
        book.active["A2"] = f"局区名：{department}"
        book.save(path)
    [said] = [
        p
        for p in _problems(city, folder, "--plan", str(city / "計画.xlsx"))
        if "共管" in p["message"]
    ]
    assert said["severity"] == "warning"
    assert said["message"] == (
        "1-2-1(1) スマホ教室の開催 の評価が所管部と共管部で違います: "
        f"所管部の福祉部は A（{folder / '福祉部_評価票.xlsx'} › 評価シート › E5）、"
        f"共管部の企画部は B（{folder / '企画部_評価票.xlsx'} › 評価シート › E5）。所管部の評価を数えました"
    )
