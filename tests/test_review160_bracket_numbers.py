"""Review 160 #1, #2 and #5: 浜名市's 局 forms type each 施策 「1-(2) 窓口サービスの改善」, merged
down beside its 取組 and KPIs. The 「(2)」 was not read: each 局's file numbered its 施策 in the
order they came, so 1-(1) and 1-(3) made one 施策 1-1, 2-(3) two, the export counted a 取組
twice, and with the plan (施策番号 1-(1)) 施策 printed twice. The warning of it blamed the 局s'
files, 「1-1 の名称がファイルによって違います…古い年度の調査票…」."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from typer.testing import CliRunner

import planeval
from planeval.cli import app
from planeval.presets import PRESETS
from tests.review160_forms import CONFIG as SETTINGS

POLICIES = {1: "市民サービスのデジタル化", 2: "行政運営のデジタル化", 3: "地域社会のデジタル化"}
MEASURES = {
    (1, 1): "行政手続のオンライン化", (1, 2): "窓口サービスの改善", (1, 3): "子育てのデジタル化",
    (2, 1): "業務の効率化", (2, 2): "デジタル人材の育成", (3, 1): "地域産業のDX",
    (3, 2): "教育のデジタル化", (3, 3): "まちづくりのDX",
}  # fmt: skip
# (局, 施策, 取組, KPI, 評価): each 局 numbers nothing but its 施策, as the city's plan does;
# 3-(1)'s 産業振興局 never answers
KPIS = [
    ("企画調整局", (1, 1), "電子申請の拡充", "オンライン申請可能な手続数", "A"),
    ("企画調整局", (1, 1), "電子申請の拡充", "電子申請の利用件数", "B"),
    ("企画調整局", (1, 3), "子育て支援のオンライン化", "保育所入所申請のオンライン化率", "A"),
    ("企画調整局", (2, 2), "職員のデジタルスキル向上", "デジタル推進リーダー育成数", "C"),
    ("市民局", (1, 2), "書かない窓口の推進", "書かない窓口対応手続数", "A"),
    ("市民局", (1, 2), "書かない窓口の推進", "窓口平均待ち時間の短縮率", "C"),
    ("総務局", (2, 1), "RPA・AIの活用", "RPA導入業務数", "A"),
    ("総務局", (2, 2), "職員のデジタルスキル向上", "DX研修受講者数", "A"),
    ("教育局", (3, 2), "GIGAスクール構想の推進", "端末の授業での活用率", "B"),
    ("都市整備局", (3, 3), "MaaSの推進", "公共交通オープンデータ提供数", "D"),
]
UNANSWERED = ("産業振興局", (3, 1), "中小企業のDX支援", "DX支援補助金交付件数")


def _typed(measure: tuple[int, int], shape: str) -> str:
    return shape.format(*measure)


def _forms(folder: Path, shape: str = "{}-({})") -> list[Path]:
    """Each 局's 「KPI進捗」 sheet as the city's forms are: a title, 担当局, a header in row 4,
    基本方針 and 施策 merged down their rows, a note under the table."""
    folder.mkdir()
    paths = []
    for bureau in dict.fromkeys(row[0] for row in KPIS):
        book = Workbook()
        sheet = book.active
        sheet.title = "KPI進捗"
        sheet["A1"] = "令和6年度　浜名市デジタル・スマートシティ推進計画　KPI進捗状況調査票"
        sheet["A2"] = f"担当局：{bureau}"
        lines = [["基本方針", "施策", "取組", "KPI", "実績値（R6）", "評価（A～D）",
                  "課題・今後の方向性", "担当課"]]  # fmt: skip
        spans: dict[tuple[int, str], list[int]] = {}
        for row, (_, measure, project, kpi, rating) in enumerate(
            [row for row in KPIS if row[0] == bureau], start=5
        ):
            policy = f"{measure[0]} {POLICIES[measure[0]]}"
            named = f"{_typed(measure, shape)} {MEASURES[measure]}"
            lines.append([policy, named, project, kpi, 10, rating, "引き続き取り組む", "DX推進課"])
            for column, text in ((1, policy), (2, named)):
                spans.setdefault((column, text), []).append(row)
        lines += [[], ["※達成率＝実績値÷目標値"]]
        for row, line in enumerate(lines, start=4):
            for column, value in enumerate(line, start=1):
                sheet.cell(row, column, value)
        for (column, _text), rows in spans.items():
            if len(rows) > 1:
                sheet.merge_cells(start_row=rows[0], start_column=column,
                                  end_row=rows[-1], end_column=column)  # fmt: skip
        paths.append(folder / f"{bureau}_KPI進捗.xlsx")
        book.save(paths[-1])
    return paths


def _plan(path: Path) -> Path:
    """The city's KPI一覧: 施策番号 typed 1-(1), 3-(1)'s KPI among them."""
    book = Workbook()
    sheet = book.active
    sheet.title = "KPI一覧"
    sheet.append(["基本方針", "施策番号", "施策", "取組番号", "取組", "KPI", "担当局"])
    numbers: dict[tuple[int, int], list[str]] = {}
    for bureau, measure, project, kpi, *_ in sorted([*KPIS, UNANSWERED], key=lambda r: r[1]):
        policy = f"{measure[0]} {POLICIES[measure[0]]}"
        projects = numbers.setdefault(measure, [])
        projects += [project] if project not in projects else []
        number = f"{measure[0]}-{measure[1]}-{projects.index(project) + 1}"
        sheet.append([policy, _typed(measure, "{}-({})"), MEASURES[measure], number, project, kpi,
                      bureau])  # fmt: skip
    book.save(path)
    return path


def _cli(tmp_path: Path, *args: str) -> tuple[int, str, str]:
    config = tmp_path / "planeval.toml"
    config.write_text(SETTINGS, encoding="utf-8")
    run = CliRunner().invoke(app, [*args, "--config", str(config)], env={"COLUMNS": "200"})
    return run.exit_code, run.stdout, run.stderr


def _expected() -> Counter[str]:
    return Counter(f"{measure[0]}-{measure[1]}" for _, measure, *_ in KPIS)


@pytest.mark.parametrize("stream", [False, True])
def test_a_measure_typed_with_its_number_in_brackets_is_that_measure(
    tmp_path: Path, stream: bool
) -> None:
    paths = _forms(tmp_path / "R6")
    summary, result = planeval.summarize_workbooks(
        paths, by="direction", scale=PRESETS["hamamatsu"], stream=stream
    )
    counted = {group.id: group.count.total for group in summary.groups}
    assert counted == _expected()
    assert {group.id: group.label for group in summary.groups} == {
        f"{m[0]}-{m[1]}": _typed(m, "{}-({})") for _, m, *_ in KPIS
    }
    # (the names are the plan's in every file: none said to differ)
    assert not [p for p in result.problems if "名称がファイルによって違います" in p.message]


def test_summarize_and_export_show_each_measure_once_with_its_kpis(tmp_path: Path) -> None:
    _forms(tmp_path / "R6")
    code, out, err = _cli(tmp_path, "summarize", str(tmp_path / "R6"), "--by", "direction")
    assert code == 0, out + err
    for measure, count in _expected().items():
        typed = _typed(tuple(map(int, measure.split("-"))), "{}-({})")  # type: ignore[arg-type]
        line = next(line for line in out.splitlines() if f" {typed} " in line)
        assert line.split("│")[-2].strip() == str(count)
    assert "名称がファイルによって違います" not in err
    md = tmp_path / "報告.md"
    code, out, err = _cli(tmp_path, "export", str(tmp_path / "R6"), "--md", str(md))
    assert code == 0, out + err
    text = md.read_text(encoding="utf-8")
    projects = len({(measure, project) for _, measure, project, *_ in KPIS})
    # (回答のあった: 施策 3-(1) is a gap no file holds, the plan more than was answered, review 170 #7)
    said = re.search(r"計画全体では、回答のあった(\d+)つ?の取組の(\d+)つ?のKPIを評価しました", text)
    assert said is not None and said.groups() == (str(projects), str(len(KPIS)))
    headings = [line for line in text.splitlines() if line.startswith("### 施策")]
    assert headings == [
        f"### 施策{_typed(m, '{}-({})')} {MEASURES[m]}" for m in sorted({r[1] for r in KPIS})
    ]


def test_read_with_the_plan_each_measure_is_listed_once(tmp_path: Path) -> None:
    _forms(tmp_path / "R6")
    plan = _plan(tmp_path / "計画_KPI一覧.xlsx")
    code, out, err = _cli(
        tmp_path, "summarize", str(tmp_path / "R6"), "--by", "direction", "--plan", str(plan)
    )
    assert code == 0, out + err
    rows = [line.split("│")[1].strip() for line in out.splitlines() if line.startswith("│ ")]
    measures = sorted({r[1] for r in [*KPIS, UNANSWERED]})
    assert rows[1:-1] == [
        _typed(m, "{}-({})") + ("（未集計）" if m == UNANSWERED[1] else "") for m in measures
    ]


def test_a_plan_typing_the_measure_before_its_name_names_it_without_it(tmp_path: Path) -> None:
    """A KPI一覧 whose 施策 cell holds 「3-(1) 地域産業のDX」 (no 施策番号 column): the 施策
    not answered is listed by its name, not 「3-(1) 地域産業のDX」 as its name."""
    _forms(tmp_path / "R6")
    plan = _plan(tmp_path / "計画_KPI一覧.xlsx")
    book = load_workbook(plan)
    sheet = book.active
    for row in range(2, sheet.max_row + 1):
        sheet.cell(row, 3).value = f"{sheet.cell(row, 2).value} {sheet.cell(row, 3).value}"
    sheet.delete_cols(2)
    book.save(plan)
    code, out, err = _cli(
        tmp_path, "summarize", str(tmp_path / "R6"), "--by", "direction", "--plan", str(plan)
    )
    assert code == 0, out + err
    rows = [line.split("│")[2].strip() for line in out.splitlines() if line.startswith("│ ")]
    assert rows[1:-1] == [MEASURES[m] for m in sorted({r[1] for r in [*KPIS, UNANSWERED]})]


@pytest.mark.parametrize("stream", [False, True])
def test_a_measure_named_apart_is_said_at_both_files_cells(tmp_path: Path, stream: bool) -> None:
    """Where a 局's form does name 2-(2) otherwise (an old form), the warning names both files
    and the cells the two names are in, not the files alone — and once, read jointly too."""
    paths = _forms(tmp_path / "R6")
    first, other = (p for p in paths if p.stem.split("_")[0] in ("企画調整局", "総務局"))
    cells = {}
    for path in (first, other):  # (each form's 2-(2) cell: the first of its rows)
        rows = [row for row in KPIS if path.stem.startswith(row[0])]
        cells[path] = f"B{5 + [row[1] for row in rows].index((2, 2))}"
    book = load_workbook(other)
    book.active[cells[other]] = "2-(2) デジタル人材の確保"
    book.save(other)
    _summary, result = planeval.summarize_workbooks(
        paths, by="direction", scale=PRESETS["hamamatsu"], stream=stream
    )
    assert [(str(p.location), p.message) for p in result.problems] == [
        (  # (one file each: the name first in name order, not the first file's — review 181 #2)
            f"{first} › KPI進捗 › {cells[first]}",
            f"2-(2) の名称がファイルによって違います: 「{MEASURES[2, 2]}」"
            f"（{first} › KPI進捗 › {cells[first]}）。報告書などではどれも同じ数のファイルが使って"
            "いるため、名前の順で先の「デジタル人材の確保」"
            f"（{other} › KPI進捗 › {cells[other]}）を使います",
        ),
        (
            str(tmp_path / "R6"),
            "取り組みの方向性 3-(1) の行がどのファイルにもありません（3-(2)・3-(3) はあります）",
        ),
    ]
    code, out, err = _cli(tmp_path, "summarize", str(tmp_path / "R6"))
    assert code == 0, out + err
    assert f"（{other} › KPI進捗 › {cells[other]}）" in err.replace("\n", "")
