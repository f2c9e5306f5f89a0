"""Review 149 #3: 名東区 keeps two tables, its 取組み rated A–D on 名古屋市's scale (D 50%未満)
and its KPI rated A–D on 浜松市's (D 評価できない), whose form states it in a legend line with no
colon: 「評価基準　A 目標達成（達成率100%以上）　B 概ね達成（80%以上100%未満）　C 未達成（80%
未満）　D 評価できない」. Read by the 取組み's settings, the KPI workbook was counted with exit 0
and nothing said; dropped among the 取組み forms, its 12 KPI raised the total (76 for 64)."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

import planeval
from planeval.cli import app
from planeval.presets import PRESETS
from tests.conftest import write_book

NAGOYA = PRESETS["nagoya"]
KPI_LEGEND = (
    "評価基準　A 目標達成（達成率100%以上）　B 概ね達成（80%以上100%未満）"
    "　C 未達成（80%未満）　D 評価できない"
)
FORM_LEGEND = "※取組み結果　A：100%　B：80%以上　C：50%以上　D：50%未満　-：事業が中止となったもの"


def _kpi(path: Path) -> Path:
    header = ["番号", "KPI（成果指標）", "目標値", "実績値", "達成率", "評価（A～D）"]
    rows = [
        ["1-1", "自主防災訓練の実施町内会数", "150町内会", "152町内会", "101.3%", "A"],
        ["1-2", "防災アプリの登録者数", "15,000人", "12,900人", "86.0%", "B"],
        ["1-3", "区内の刑法犯認知件数", "900件", "1,200件", "75.0%", "C"],
        ["1-4", "特定健診受診率", "45.0%", "―", "―", "D"],
    ]
    title = "令和7年度　名東区区政運営方針　成果指標（KPI）の評価"
    sheet = [[title], [KPI_LEGEND], [], header, ["柱1　安心・安全に暮らせるまち"], *rows]
    return write_book(path, {"KPI": sheet})


def _form(path: Path, statuses: str, project: int) -> Path:
    header = ["No.", "取組み項目", "取組み", "目標", "実績", "取組み結果", "今後の方向性"]
    rows = [
        [
            i + 1,
            f"防災{project}",
            f"事業{project}{i}（1-{project}-{i + 1}）",
            "10回",
            "9回",
            s,
            "継続",
        ]
        for i, s in enumerate(statuses)
    ]
    sheet = [["令和7年度　名東区区政運営方針　取組み結果"], ["柱1　安心・安全に暮らせるまち"]]
    return write_book(path, {"取組み結果": [*sheet, header, *rows, [], [FORM_LEGEND]]})


def test_a_kpi_workbook_read_alone_is_told_its_legend_is_another_scale(tmp_path: Path) -> None:
    path = _kpi(tmp_path / "KPI評価_区政課.xlsx")
    result = planeval.read_workbooks([path], scale=NAGOYA)
    [said] = [p for p in result.problems if "凡例" in p.message]
    assert said.is_error  # (review 153 A2: a warning, the KPI published on nagoya's legend)
    assert not result.entries
    assert (said.location.sheet, said.location.cell) == ("KPI", "A2")
    assert "A：目標達成、B：概ね達成、C：未達成、D：評価できない" in said.message
    assert 'preset = "hamamatsu"' in said.hint


def test_a_kpi_workbook_among_the_forms_is_left_out_with_an_error(tmp_path: Path) -> None:
    folder = tmp_path / "R7"
    folder.mkdir()
    _form(folder / "01_総務課.xlsx", "AABD", 1)
    _form(folder / "02_区政課.xlsx", "ABC-", 2)
    _kpi(folder / "KPI評価_区政課.xlsx")
    result = planeval.read_workbooks([folder], scale=NAGOYA)
    assert {Path(e.location.file).name for e in result.entries} == {
        "01_総務課.xlsx",
        "02_区政課.xlsx",
    }
    [said] = [p for p in result.problems if "凡例" in p.message]
    assert said.is_error and said.location.cell == "A2"
    assert "集計に含めていません" in said.hint
    (tmp_path / "planeval.toml").write_text('[scale]\npreset = "nagoya"\n', encoding="utf-8")
    run = CliRunner().invoke(
        app, ["summarize", str(folder), "--config", str(tmp_path / "planeval.toml"), "--keep-going"]
    )
    assert run.exit_code == 1, run.output
    total = next(line for line in run.output.splitlines() if "合計" in line)
    assert total.split("│")[-2].strip() == str(len(result.entries))
