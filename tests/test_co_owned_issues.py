"""A co-owned item in the issue list and the export (review 13 F7, review 20 F5): 中央市's
departments each return their own form, and an item two departments share is in both. Its row
was the one of whichever file was read first (企画部's, by its name), though the plan makes
福祉部 its lead (所管部). With ``--plan`` the row is the lead's: its department, its text
first, its cell the source."""

from __future__ import annotations

import json
from pathlib import Path

from openpyxl import Workbook, load_workbook
from typer.testing import CliRunner

import planeval
from planeval.cli import app
from tests.test_department_forms import PLAN, TOML, returns

RUNNER = CliRunner()


def _city(tmp_path: Path, *, welfare_leads: bool = True) -> Path:
    """The city with its plan; 1-2-1 led by 福祉部 (written first in 関係部), 企画部 co-owning."""
    (tmp_path / "planeval.toml").write_text(TOML, encoding="utf-8")
    book = Workbook()
    sheet = book.active
    sheet.append(["事業番号", "事業名", "実施内容番号", "実施内容名", "区分", "関係部"])
    for project, name, number, item, departments in PLAN:
        if welfare_leads and departments == "企画部、福祉部":
            departments = "福祉部、企画部"
        sheet.append([project, name, number, item, "継続", departments])
    book.save(tmp_path / "計画.xlsx")
    return tmp_path


def _issues(city: Path, folder: Path, *more: str) -> list[dict[str, object]]:
    result = RUNNER.invoke(
        app,
        ["issues", str(folder), "--config", str(city / "planeval.toml"), "-f", "json", *more],
    )
    assert result.exit_code == 0, result.output
    issues: list[dict[str, object]] = json.loads(result.stdout)["issues"]
    return issues


def _shared(issues: list[dict[str, object]]) -> dict[str, object]:
    [item] = [i for i in issues if i["item_name"] == "デジタル支援員の配置"]
    return item


def test_without_a_plan_the_shared_item_is_the_first_file_s(tmp_path: Path) -> None:
    city = _city(tmp_path)
    item = _shared(_issues(city, returns(city)))
    assert item["department"] == "企画課"
    assert item["issue"] == "予算措置が見送られた\n（共管 福祉部）支援員の募集に応募がなかった"


def test_with_the_plan_the_shared_item_is_its_lead_s(tmp_path: Path) -> None:
    city = _city(tmp_path)
    folder = returns(city)
    item = _shared(_issues(city, folder, "--plan", str(city / "計画.xlsx")))
    assert item["department"] == "福祉課"
    assert item["issue"] == "支援員の募集に応募がなかった\n（共管 企画部）予算措置が見送られた"
    assert item["source"]["file"].endswith("DX評価_福祉部.xlsx")  # type: ignore[index]
    # an item 企画部 leads stays 企画部's
    [cloud] = [i for i in _issues(city, folder, "--plan", str(city / "計画.xlsx"))
               if i["item_name"] == "ガバメントクラウドの利用検討"]  # fmt: skip
    assert cloud["department"] == "企画課"


def test_with_the_plan_a_co_owner_rating_otherwise_is_counted_as_the_lead_rated(
    tmp_path: Path,
) -> None:
    """Without a plan nobody knows whose rating counts (an error, not counted); the plan
    names the lead, whose rating counts, the co-owner's said in a warning."""
    city = _city(tmp_path)
    folder = returns(city, welfare=("A", "C"))
    config = planeval.load_config(city / "planeval.toml")
    unplanned = planeval.read_workbooks([folder], scale=config.scale)
    assert sum(p.is_error for p in unplanned.problems) == 2
    planned = planeval.read_workbooks(
        [folder], scale=config.scale, plan=planeval.read_plan(city / "計画.xlsx")
    )
    assert not any(p.is_error for p in planned.problems)
    shared = {e.item_name: e.status for e in planned.entries if e.project_id == "1-2-1"}
    assert shared == {"スマホ教室の開催": "A", "デジタル支援員の配置": "C"}
    warned = [p.message for p in planned.problems]
    assert len(warned) == 2 and all("所管部と共管部で違います" in m for m in warned)


def test_the_export_s_issue_list_names_the_lead(tmp_path: Path) -> None:
    city = _city(tmp_path)
    out = tmp_path / "報告書.xlsx"
    result = RUNNER.invoke(
        app,
        ["export", str(returns(city)), "--config", str(city / "planeval.toml"),
         "--plan", str(city / "計画.xlsx"), "--xlsx", str(out)],
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    rows = [
        [c for c in row if c is not None]
        for sheet in load_workbook(out)
        for row in sheet.iter_rows(values_only=True)
    ]
    shared = [r for r in rows if "デジタル支援員の配置" in r]
    assert shared and all("福祉課" in r and "企画課" not in r for r in shared)
    assert any(str(v).startswith("支援員の募集に応募がなかった") for r in shared for v in r)


def test_a_plan_that_is_not_there_is_a_usage_error(tmp_path: Path) -> None:
    city = _city(tmp_path)
    result = RUNNER.invoke(
        app,
        ["issues", str(returns(city)), "--config", str(city / "planeval.toml"),
         "--plan", str(tmp_path / "ない.xlsx")],
    )  # fmt: skip
    assert result.exit_code == 2
    assert result.output == (
        f"エラー: --plan の計画のブック {tmp_path / 'ない.xlsx'} が見つかりません"
        "（名前と場所を確かめてください）\n"
    )
