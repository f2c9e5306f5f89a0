"""川瀬町's first run (review 143): a town's 施策評価シート in hamura's phrases, with 一部実施 and
「-」 for 事業中止 (its legend line: 「事業中止の場合は「-」を記入。」, counted in the town's total
as 名古屋市's - is), and its 教育委員会's workbook in another layout. The advice it follows, from
the first run to the counts: one preset for both workbooks, the 「-」 told by the legend's label
with both ways of counting it, placed last and listed in the issue list, 一部実施 listed too, and
a hidden row rated in a value not yet read not called unrated."""

from __future__ import annotations

import csv
import io
import tomllib
from pathlib import Path

from openpyxl import Workbook
from typer.testing import CliRunner

import planeval
from planeval.cli import app
from planeval.model import Problem

K, P, M, S = "計画どおり完了", "一部実施", "次年度以降計画を見直す", "-"
LEGEND = f"※評価は「{K}」「{P}」「{M}」から選択。事業中止の場合は「-」を記入。"
# (sheet, [(施策, [(事業名, 評価, hidden)])])
TOWN = [
    ("目標1", [("（１）防災", [("無線", K, False), ("備蓄", P, False), ("地図", K, False)]),
               ("（２）交通", [("点検", K, False), ("バス", M, True), ("返納", M, False)])]),
    ("目標2", [("（１）健康", [("健診", P, False), ("病児保育", S, False),
                              ("配食", "計画通り完了", False)])]),
]  # fmt: skip
BOARD = [("（２）学校", "端末", K), ("（２）学校", "トイレ", P), ("（３）生涯", "プール", "－")]


def _town(folder: Path) -> Path:
    """The town's workbook, 「バス」 its hidden row."""
    book = Workbook()
    book.remove(book.active)
    for name, groups in TOWN:
        sheet = book.create_sheet(name)
        sheet["A1"], sheet["A2"] = "令和７年度 施策評価シート", LEGEND
        sheet["A3"] = f"基本目標{name[-1]}　まちづくり"
        for column, title in enumerate(["No.", "施策", "事業名", "評価", "評価の理由・課題"], 1):
            sheet.cell(4, column, title)
        row = 5
        for index, (project, items) in enumerate(groups):
            row += index > 0  # (a blank row between 施策)
            sheet.cell(row, 2, project)
            for number, (item, status, hidden) in enumerate(items):
                sheet.cell(row, 1, "①②③"[number])
                sheet.cell(row, 3, item)
                sheet.cell(row, 4, status)
                sheet.cell(row, 5, f"{item}の理由。")
                sheet.row_dimensions[row].hidden = hidden
                row += 1
    path = folder / "回答" / "施策評価シート（川瀬町）.xlsx"
    path.parent.mkdir(exist_ok=True)
    book.save(path)
    return path


def _board(folder: Path) -> Path:
    book = Workbook()
    sheet = book.active
    sheet.title = "施策評価"
    sheet["A1"] = "令和7年度　川瀬町教育委員会　評価表"
    titles = ["基本目標", "施策", "番号", "事業名", "達成状況", "課題・今後の方向性"]
    for column, title in enumerate(titles, 1):
        sheet.cell(3, column, title)
    for row, (project, item, status) in enumerate(BOARD, 4):
        values = ["３　豊かな心のまち", project, row - 3, item, status, f"{item}の理由。"]
        for column, value in enumerate(values, 1):
            sheet.cell(row, column, value)
    path = folder / "回答" / "R7教育委員会評価表.xlsx"
    book.save(path)
    return path


def _read(folder: Path, config: Path | None = None) -> list[Problem]:
    scale = planeval.load_config(config).scale if config else planeval.DEFAULT_SCALE
    paths = [_town(folder), _board(folder)]
    return planeval.read_workbooks(paths, scale=scale, settings=config).problems


def test_the_first_run_tells_both_workbooks_one_preset_and_the_dash_its_column(
    tmp_path: Path,
) -> None:
    problems = _read(tmp_path)
    board = [p for p in problems if p.location.file.endswith("R7教育委員会評価表.xlsx")]
    done = [p for p in board if p.message.startswith(f"'{K}'")]
    assert done and all('preset = "hamura" と書いてください' in p.hint for p in done)
    partly = [p for p in board if p.message.startswith(f"'{P}'")]
    assert partly and all("別名（aliases）にはせず" in p.hint for p in partly)
    assert not any("aliases として追加" in p.hint for p in board)
    # (the town's 「-」 is told to choose its 評価, the board's its 達成状況: each column's title)
    dashes = {p.location.sheet: p.hint for p in problems if p.message.startswith(("'-'", "'－'"))}
    assert "再掲でなければ評価を選んで" in dashes["目標2"]
    assert "再掲でなければ達成状況を選んで" in dashes["施策評価"]


def test_the_first_run_says_a_hidden_rated_row_is_rated(tmp_path: Path) -> None:
    hidden = [p for p in _read(tmp_path) if "非表示の行" in p.message]
    assert len(hidden) == 1
    assert "評価を記入した行ではない" not in hidden[0].message
    assert "非表示の行に評価を記入した行が 1 件" in hidden[0].message
    assert hidden[0].location.cell == "D10" and "バス" in hidden[0].message
    assert "行を削除してください" in hidden[0].hint


def _blocks(folder: Path) -> tuple[dict[str, object], dict[str, object], str]:
    config = folder / "planeval.toml"
    config.write_text('[scale]\npreset = "hamura"\nissue_list = "status"\n', encoding="utf-8")
    settings = [p.settings for p in _read(folder, config) if p.settings]
    stage = next(s for s in settings if 'symbol = "一部実施"' in s)
    mark = next(s for s in settings if 'label = "事業中止"' in s)
    return tomllib.loads(stage), tomllib.loads(mark), mark


def test_the_legend_s_stopped_mark_is_offered_both_ways_last_and_listed(tmp_path: Path) -> None:
    stage, mark, lines = _blocks(tmp_path)
    assert stage["scale"]["status"] == [  # type: ignore[index]
        {"symbol": P, "label": P, "after": K, "needs_issue": True}
    ]
    assert mark["scale"]["status"] == [  # type: ignore[index]
        {"symbol": "-", "label": "事業中止", "after": M, "needs_issue": True, "counted": True}
    ]  # (as the first cell typed it, the town's: the board's 「－」 read as it)
    assert "# counted = false" in lines  # (the other way, one line to swap)


def run(*args: str):
    return CliRunner().invoke(app, list(args), env={"COLUMNS": "120"})


def test_the_lines_pasted_count_the_town_s_total_and_list_its_issues(tmp_path: Path) -> None:
    stage, mark, _ = _blocks(tmp_path)
    config = tmp_path / "planeval.toml"
    text = config.read_text(encoding="utf-8")
    for block in (stage, mark):
        status = block["scale"]["status"][0]  # type: ignore[index]
        text += "\n[[scale.status]]\n" + "\n".join(
            f"{key} = {str(value).lower() if isinstance(value, bool) else repr(value)}"
            for key, value in status.items()
        )
    config.write_text(text.replace("'", '"'), encoding="utf-8")
    loaded = planeval.load_config(config)
    assert loaded.scale.symbols == (K, P, M, "-")  # (中止 last, as the legend lists it)
    # (every row, the hidden one too: counted with its warning, review 53's rule)
    town = [status for _, groups in TOWN for _, items in groups for _, status, _ in items]
    rows = town + [status for *_, status in BOARD]
    folder = str(tmp_path / "回答")
    result = planeval.read_workbooks([folder], scale=loaded.scale, settings=config)
    total = planeval.summarize(result.entries, scale=loaded.scale).total
    assert total.total == len(rows)
    assert total.counts["-"] == sum(1 for s in rows if s.strip() in ("-", "－"))
    issues = run("issues", folder, "--config", str(config), "-f", "csv")
    listed = list(csv.DictReader(io.StringIO(issues.stdout)))
    off_plan = [s for s in rows if s in (P, M, "-", "－")]
    assert len(listed) == len(off_plan)
