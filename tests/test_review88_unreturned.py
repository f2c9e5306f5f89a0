"""A lead department that sent nothing, whose co-owner's form rates one of the items they
share (review 88, 北浜市's 情報政策課): it was taken as having returned its form — its other
items each an error 「計画の取組 … がどのファイルにもありません」, nothing counted without
--keep-going, and validate's 提出状況 「行なし」 with no file. A co-owner's form is no answer of
the lead: the lead is 未提出, said once as any department that returned nothing, its item the
co-owner rated counted as rated there and not among those missing."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

import planeval
from planeval.cli import app
from tests.test_co_owned_issues import _city
from tests.test_department_forms import GENERAL_ROWS, form

RUNNER = CliRunner()
WARNING = (
    "福祉部の回答がどのファイルにもありません（未提出）。この部が所管する計画の取組内容 1 件は"
    "集計に含まれていません。共管部の調査票で評価された 1 件は、その評価を数えました"
)


@pytest.fixture()
def city(tmp_path: Path) -> Path:
    """中央市 with its plan, 福祉部 leading 1-2-1's two items 企画部 co-owns; 福祉部 sent
    nothing, 企画部's form rates the first of them."""
    city = _city(tmp_path)
    with (city / "planeval.toml").open("a", encoding="utf-8") as settings:
        settings.write('\n[plan]\nfile = "計画.xlsx"\n')
    folder = city / "令和5年度"
    form(
        folder / "DX評価_総務部.xlsx",
        "総務部",
        GENERAL_ROWS,
    )  # fmt: skip
    form(
        folder / "DX評価_企画部.xlsx",
        "企画部",
        [("1-2-1", "(1) スマホ教室の開催", "B", "", "企画課"),
         ("2-1-1", "(1) 標準準拠システムへの移行", "B", "", "企画課"),
         ("2-1-1", "(2) ガバメントクラウドの利用検討", "C", "国の仕様確定が遅れた", "企画課")],
    )  # fmt: skip
    return city


def _run(city: Path, *args: str) -> tuple[int, str, str]:
    done = RUNNER.invoke(
        app, [*args, "--config", str(city / "planeval.toml")], env={"COLUMNS": "200"}
    )
    return done.exit_code, done.stdout, done.stderr


def test_the_lead_that_sent_nothing_is_unreturned_once(city: Path) -> None:
    folder = str(city / "令和5年度")
    code, shown, said = _run(city, "summarize", folder, "-f", "csv")
    assert code == 0, said  # (a warning: every row returned is counted)
    assert [line for line in said.splitlines() if line.startswith(("エラー", "警告:"))] == [
        f"警告: {city / '計画.xlsx'} › Sheet › F4: {WARNING}（回答が届いていれば、ほかの回答と"
        "同じフォルダに入れて集計し直してください。部ごとの提出状況は validate で確かめられます）"
    ], said
    assert "合計,,1,3,1,0,5" in shown, shown  # (the co-owner's スマホ教室の開催 B counted)
    config = planeval.load_config(city / "planeval.toml")
    plan = planeval.read_plan(city / "計画.xlsx")
    read = planeval.read_workbooks([Path(folder)], scale=config.scale, plan=plan)
    assert read.unreturned == {"福祉部": 1}
    assert [row.item_name for row in read.unreturned_rows] == ["デジタル支援員の配置"]


@pytest.mark.parametrize("one_file", [False, True])
def test_validate_says_the_lead_unreturned(city: Path, one_file: bool) -> None:
    """And as each file arrives: validate of 企画部's form alone."""
    folder = city / "令和5年度"
    target = folder / "DX評価_企画部.xlsx" if one_file else folder
    _, shown, said = _run(city, "validate", str(target), "-f", "csv")
    assert "どのファイルにもありません（所管" not in shown + said, shown + said
    assert "福祉部,未提出,2," in shown, shown
    assert "行なし" not in shown
