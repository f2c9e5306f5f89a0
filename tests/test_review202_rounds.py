"""北川崎市's forms, one workbook a 局 (review 202): 備蓄物資整備事業, co-owned by 危機管理課 (its
rating) and 防災まちづくり課 (a blank row in its own 局's workbook), showed 危機管理課 alone in
every table; both are named in its 所管課 cell, as a form naming both in one cell shows them (#5)."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

import planeval
from planeval.cli import app
from tests.review202_forms import SETTINGS, write_round

RUNNER = CliRunner()


def _config(home: Path) -> list[str]:
    (home / "planeval.toml").write_text(SETTINGS, encoding="utf-8")
    return ["--config", str(home / "planeval.toml")]


def test_the_co_owner_of_a_blank_row_is_named_beside_the_lead(tmp_path: Path) -> None:
    forms, options = write_round(tmp_path / "R6", 6), _config(tmp_path)
    config = planeval.load_config(tmp_path / "planeval.toml")
    read = planeval.read_workbooks(
        [forms], scale=config.scale, layout=config.layout, wording=config.wording
    )
    owners = {entry.item_name: entry.department for entry in read.entries}
    assert owners["備蓄物資整備事業"] == "危機管理課、防災まちづくり課"
    assert owners["防災計画推進事業"] == "危機管理課"  # (an item of one 課 as it was)
    said = RUNNER.invoke(app, ["tables", str(forms), "-f", "csv", *options])
    assert said.exit_code == 0, said.stderr
    row = next(line for line in said.stdout.splitlines() if "備蓄物資整備事業" in line)
    assert row.endswith(",危機管理課、防災まちづくり課")


def test_the_office_whose_workbook_did_not_come_back_is_named(tmp_path: Path) -> None:
    """#2: 経済労働局's workbook came last year and not this year. compare named only its 課
    (「今回は調査票の提出がなかった課: 労働雇用課、産業振興課」), and not that 施策 4-2, still in this
    year's counts by 健康福祉局's row, lost two of its three rows. Its 局 is named by its
    workbook's title, and each 施策 with the rows it lost."""
    options = _config(tmp_path)
    old, new = write_round(tmp_path / "R5", 5), write_round(tmp_path / "R6", 6)
    said = RUNNER.invoke(app, ["compare", str(old), str(new), *options], env={"COLUMNS": "200"})
    assert said.exit_code == 0, said.stderr
    assert (
        "今回は調査票の提出がなかった局: 経済労働局（労働雇用課、産業振興課）。その事務事業"
        "（施策 4-1 の 2 件すべて、4-2 の 3 件のうち 2 件）は「今回未集計」です"
    ) in said.stdout.replace("\n  ", "")
    notices = [line for line in said.stderr.splitlines() if "前回だけ回答" in line]
    assert notices == [
        f"お知らせ: {old}/R5_施策進行管理評価票_経済労働局.xlsx: 経済労働局（労働雇用課、"
        "産業振興課）は前回だけ回答しています（今回のブックがありません）。その事務事業は削除・追加"
        "ではなく今回未集計として、件数の比較から除きました（今回の回答があれば、そのブックも指定"
        "してください。回答がないまま今回の集計や報告書を作るときは、計画を --plan か planeval.toml"
        " の [plan] file で指定してください。計画がないと、政策の最後の事務事業がこの部署のものなら、"
        "それがないことは示されません）"
    ]
