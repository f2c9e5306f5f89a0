"""compare's and rounds' counts per policy show the items shown and not counted (枚方市's
評価対象外, Setagaya's - 再掲) in a column after 計, as summarize does, with its legend
「計は評価対象外を除く件数」 and, in compare's workbook, its 増減: they disappeared from the
tables, a 施策 rated A one year and 評価対象外 the next counted nowhere. A scale that counts
its - (名古屋市守山区's 事業が中止となったもの) has it among the counted columns and no such column.

The workbooks are written as each body's clerk writes them (OTHER-BODIES.md) and every count
checked against a count of the same workbooks with openpyxl alone."""

from __future__ import annotations

import csv
import io
import json
from collections import Counter
from pathlib import Path

from openpyxl import Workbook, load_workbook
from rich.cells import cell_len
from typer.testing import CliRunner

from planeval.cli import app

# 枚方市 施策評価: one table, No. straight through, a merged band row per 基本目標
HIRAKATA_GOALS = [
    ("基本目標1", "安全で、健康にいきいきと暮らせるまち",
     ["防災・減災対策の推進", "消防・救急体制の充実", "防犯・交通安全対策の推進", "地域医療体制の充実"]),
    ("基本目標2", "子どもたちが夢を持ち健やかに成長できるまち",
     ["子育て支援の充実", "学校教育の充実", "青少年の健全育成"]),
]  # fmt: skip
HIRAKATA_ROUNDS = {  # (令和N年度 → each 施策's 評価, in the order above)
    4: ["A", "B", "評価対象外", "C", "A", "評価対象外", "B"],
    5: ["A", "A", "B", "評価対象外", "B", "C", "B"],
    6: ["B", "A", "評価対象外", "評価対象外", "B", "C", "D"],
}
HIRAKATA_HEADER = ["No.", "施策名", "評価 ※必須", "評価の理由", "今後の方向性", "担当部"]
HIRAKATA_SETTINGS = '[scale]\npreset = "hirakata"\n'
UNCOUNTED = "評価対象外"
LEGEND_END = "計は評価対象外を除く件数"


def run(*args: str, columns: int = 200):
    return CliRunner().invoke(app, list(args), env={"COLUMNS": str(columns)})


def _hirakata(folder: Path, year: int) -> Path:
    """One year's 評価結果一覧 as 枚方市's clerk lays it out."""
    book = Workbook()
    sheet = book.active
    sheet.title = "施策評価一覧"
    sheet["A1"] = f"令和{year}年度　枚方市施策評価　評価結果一覧"
    sheet["A2"] = (
        "評価　A：効果的　B：おおむね効果的　C：改善に向けた検討を要する　D：課題の検証を要する　"
        "E：抜本的な見直しを要する　※評価対象外は件数に含めない"
    )
    for column, title in enumerate(HIRAKATA_HEADER, start=1):
        sheet.cell(4, column, title)
    statuses = iter(HIRAKATA_ROUNDS[year])
    row, number = 5, 0
    for index, (goal, name, measures) in enumerate(HIRAKATA_GOALS):
        row += 1 if index else 0  # (a blank spacer row between 基本目標)
        sheet.cell(row, 1, f"{goal}　{name}")
        sheet.merge_cells(start_row=row, start_column=1, end_row=row, end_column=6)
        row += 1
        for measure in measures:
            number += 1
            status = next(statuses)
            reason = "評価の対象となる事業がなかった。" if status == UNCOUNTED else "概ね順調。"
            values = [number, measure, status, reason, "引き続き取り組む。", "市民安全部"]
            for column, value in enumerate(values, start=1):
                sheet.cell(row, column, value)
            row += 1
    path = folder / f"R{year}" / "枚方市_施策評価結果一覧.xlsx"
    path.parent.mkdir(parents=True, exist_ok=True)
    book.save(path)
    return path


def _counted_by_openpyxl(path: Path, status_title: str) -> dict[str, Counter[str]]:
    """Per 基本目標 (or 基本方針) number, each status's rows: read with openpyxl alone — the
    band or heading row names the goal, a row with a number in No. is rated."""
    sheet = load_workbook(path).active
    header = next(r for r in sheet.iter_rows(values_only=True) if status_title in r)
    status = header.index(status_title)
    counts: dict[str, Counter[str]] = {}
    goal = ""
    for row in sheet.iter_rows(values_only=True):
        first = row[0]
        if isinstance(first, str) and first[:4] in ("基本目標", "基本方針"):
            goal = str(int(first[4:].split("　")[0]))
            counts[goal] = Counter()
        elif isinstance(first, int):
            counts[goal][row[status]] += 1
    return counts


def _csv_tables(text: str) -> list[list[list[str]]]:
    """A CSV of several tables, each after a blank line under its title: each table's rows,
    its header first."""
    tables: list[list[list[str]]] = [[]]
    for row in csv.reader(io.StringIO(text.lstrip("\ufeff"))):
        if row:
            tables[-1].append(row)
        else:
            tables.append([])
    return [table[1:] if len(table[0]) == 1 else table for table in tables]


def _rounds(tmp_path: Path) -> tuple[list[str], str, dict[int, dict[str, Counter[str]]]]:
    paths = {year: _hirakata(tmp_path, year) for year in HIRAKATA_ROUNDS}
    config = tmp_path / "planeval.toml"
    config.write_text(HIRAKATA_SETTINGS, encoding="utf-8")
    counted = {year: _counted_by_openpyxl(path, "評価 ※必須") for year, path in paths.items()}
    return [str(paths[year].parent) for year in HIRAKATA_ROUNDS], str(config), counted


SYMBOLS = ("A", "B", "C", "D", "E")


def _expected(counts: dict[str, Counter[str]], goal: str) -> list[int]:
    """A row of the counts per policy: each counted symbol, 計, 評価対象外 (合計: every goal)."""
    rows = list(counts.values()) if goal == "合計" else [counts[goal]]
    each = [sum(row[symbol] for row in rows) for symbol in SYMBOLS]
    return [*each, sum(each), sum(row[UNCOUNTED] for row in rows)]


def test_compare_shows_hirakata_s_items_not_evaluated_and_their_change(tmp_path: Path) -> None:
    folders, config, counted = _rounds(tmp_path)
    before, after = counted[4], counted[5]
    assert sum(c[UNCOUNTED] for c in before.values()) == 2  # (the workbooks hold some)
    out = tmp_path / "比較.xlsx"
    args = ("--config", config, "-f", "csv", "--counts", "--xlsx", str(out))
    shown = run("compare", *folders[:2], *args)
    assert shown.exit_code == 0, shown.output
    (counts,) = _csv_tables(shown.stdout)  # (its own CSV, numbers: review 198 #5)
    heads = ("令和4年度", "令和5年度", "増減")
    symbols = [*SYMBOLS, "計", UNCOUNTED]
    assert counts[0] == ["番号", "名称", *(f"{s} {head}" for s in symbols for head in heads)]
    for row in counts[1:]:
        goal = row[0]
        pairs = zip(_expected(before, goal), _expected(after, goal), strict=True)
        assert row[2:] == [str(n) for a, b in pairs for n in (a, b, b - a)], goal
    assert [row[0] for row in counts[1:]] == ["1", "2", "合計"]
    # the workbook: numbers, the change of 評価対象外 too shown ▲ by its format, the legend
    sheet = load_workbook(out)["政策別の件数の変化"]
    # (each symbol over its 前回・今回・増減, in one cell over the three)
    assert [cell.value for cell in sheet[4]][-3:] == [UNCOUNTED, None, None]
    assert [cell.value for cell in sheet[5]][-3:] == ["令和4\n年度", "令和5\n年度", "増減"]
    for row in sheet.iter_rows(min_row=6, max_row=8):
        goal = row[0].value
        old, new = _expected(before, goal)[-1], _expected(after, goal)[-1]
        assert [cell.value for cell in row[-3:]] == [old, new, new - old]
        assert row[-1].number_format == '+0;"▲"0;"±0"'
    assert any(new < old for old, new in _column_pairs(before, after))  # (a ▲ shown)
    # (the notes in one cell under the counts, wrapped: the legend first, its sentence
    # 「計は…を除く件数」 on a line of its own — review 92)
    notes = [row[0] for row in sheet.iter_rows(min_row=9, values_only=True) if row[0]]
    assert notes[0].startswith("凡例")
    assert any(line.endswith(LEGEND_END) for line in notes[0].splitlines()[:4])
    # JSON: each round's summary has them, as summarize's JSON
    data = json.loads(run("compare", *folders[:2], "--config", config, "-f", "json").stdout)
    totals = [data[side]["total"]["uncounted"][UNCOUNTED] for side in ("old", "new")]
    assert totals == [_expected(before, "合計")[-1], _expected(after, "合計")[-1]]


def _column_pairs(
    before: dict[str, Counter[str]], after: dict[str, Counter[str]]
) -> list[tuple[int, int]]:
    """評価対象外 per goal, before and after."""
    return [(before[goal][UNCOUNTED], after[goal][UNCOUNTED]) for goal in before]


def _signed(number: int) -> str:
    return f"+{number}" if number > 0 else f"▲{-number}" if number < 0 else "±0"


def test_rounds_shows_hirakata_s_items_not_evaluated_in_every_format(tmp_path: Path) -> None:
    folders, config, counted = _rounds(tmp_path)
    out = tmp_path / "推移.xlsx"
    shown = run("rounds", *folders, "--config", config, "-f", "csv", "--xlsx", str(out))
    assert shown.exit_code == 0, shown.output
    _items, counts = _csv_tables(shown.stdout)
    assert counts[0] == ["番号", "名称", "回", *SYMBOLS, "計", UNCOUNTED]
    years = list(counted)
    expected = [
        [goal if not index else "", f"令和{year}年度", *map(str, _expected(counted[year], goal))]
        for goal in ("1", "2", "合計")
        for index, year in enumerate(years)
    ]
    assert [[row[0], *row[2:]] for row in counts[1:]] == expected
    sheet = load_workbook(out)["政策別の件数"]
    assert [cell.value for cell in sheet[4]][-2:] == ["計", UNCOUNTED]
    numbers = [list(row[3:]) for row in sheet.iter_rows(min_row=5, max_row=13, values_only=True)]
    assert numbers == [[int(n) for n in row[2:]] for row in expected]
    lines = [row[0] for row in sheet.iter_rows(min_row=14, values_only=True) if row[0]]
    legend = lines[0].splitlines()  # (the legend, its sentence a line; how many improved, fell)
    assert legend[0].startswith("凡例") and any(line.endswith(LEGEND_END) for line in legend[:4])
    data = json.loads(run("rounds", *folders, "--config", config, "-f", "json").stdout)
    [total] = [policy for policy in data["policies"] if policy["id"] == "合計"]
    assert total["uncounted"] == [{UNCOUNTED: _expected(counted[y], "合計")[-1]} for y in years]
    assert [each["計"] for each in total["counts"]] == [
        _expected(counted[y], "合計")[5] for y in years
    ]
    # Markdown (github): the column, and the legend under the tables
    github = run("rounds", *folders, "--config", config, "-f", "github").stdout
    header = next(
        line for line in github.splitlines() if line.startswith("| 番号") and "回" in line
    )
    assert header.split("|")[-2].strip() == UNCOUNTED
    assert github.rstrip().splitlines()[-2].endswith(LEGEND_END)  # (the last: improved, fell)


def test_the_terminal_shows_the_column_at_every_width(tmp_path: Path) -> None:
    """A box at 120 columns, each policy's counts stacked at 80 and 40: 評価対象外 with its
    counts in each, and the legend's last words whole."""
    folders, config, counted = _rounds(tmp_path)
    last = counted[6]
    for columns in (40, 80, 120):
        shown = run("rounds", *folders, "--config", config, columns=columns)
        assert shown.exit_code == 0, shown.output
        text = shown.stdout
        assert max(map(cell_len, text.splitlines())) <= columns  # (display width)
        assert LEGEND_END in text.replace("\n  ", "")
        tail = text[text.index("政策別の件数") :]
        assert UNCOUNTED in tail
        compared = run("compare", *folders[1:], "--config", config, columns=columns).stdout
        assert LEGEND_END in compared.replace("\n  ", "")
        change = f"{counted[5]['2'][UNCOUNTED]} → {last['2'][UNCOUNTED]}（"
        closer = change.replace(" → ", "→")  # (written closer where the names gain lines)
        counts = compared[compared.index("政策別の件数の変化") :]
        assert change in counts or closer in counts
    # (at 40, each policy's counts are stacked: 評価対象外 on its own line with its number)
    narrow = run("rounds", *folders, "--config", config, columns=40).stdout
    assert f"  {UNCOUNTED} {_expected(last, '合計')[-1]}" in narrow.splitlines()


# 名古屋市守山区 区政運営方針: a heading 基本方針N above each table, No. from 1 in each, and a -
# (事業が中止となったもの) that is counted
NAGOYA_POLICIES = [
    ("基本方針1", "安心・安全に暮らせるまちづくり", ["地域防災力向上事業", "防犯カメラ設置助成", "交通安全啓発事業"]),
    ("基本方針2", "子どもから高齢者まで健やかに暮らせるまちづくり", ["子育て広場事業", "健康づくり教室"]),
]  # fmt: skip
NAGOYA_ROUNDS = {4: ["A", "-", "B", "A", "C"], 5: ["A", "A", "-", "-", "B"]}
NAGOYA_HEADER = [
    "No.",
    "事業名",
    "事業の概要",
    "目標",
    "実績",
    "取組み結果",
    "今後の方向性",
    "担当課",
]


def _nagoya(folder: Path, year: int) -> Path:
    book = Workbook()
    sheet = book.active
    sheet.title = "取組み結果一覧"
    sheet.append([f"守山区区政運営方針　取組み結果一覧（令和{year}年度）"])
    sheet.append(
        ["取組み結果　A：100%以上　B：80%以上　C：50%以上　D：50%未満　-：事業が中止となったもの"]
    )
    statuses = iter(NAGOYA_ROUNDS[year])
    for policy, name, projects in NAGOYA_POLICIES:
        sheet.append([])
        sheet.append([f"{policy}　{name}"])
        sheet.append(NAGOYA_HEADER)
        for number, project in enumerate(projects, start=1):
            status = next(statuses)
            actual = "中止" if status == "-" else "12回"
            sheet.append(
                [number, project, "実施する。", "12回", actual, status, "継続", "地域力推進室"]
            )
    path = folder / f"守山区_令和{year}年度.xlsx"
    book.save(path)
    return path


def test_nagoya_s_counted_dash_is_a_counted_column_and_no_legend_leaves_it_out(
    tmp_path: Path,
) -> None:
    paths = [_nagoya(tmp_path, year) for year in NAGOYA_ROUNDS]
    config = tmp_path / "planeval.toml"
    config.write_text('[scale]\npreset = "nagoya"\n', encoding="utf-8")
    before, after = (_counted_by_openpyxl(path, "取組み結果") for path in paths)
    shown = run("compare", *map(str, paths), "--config", str(config), "-f", "csv", "--counts")
    assert shown.exit_code == 0, shown.output
    (counts,) = _csv_tables(shown.stdout)
    symbols = ["A", "B", "C", "D", "-"]
    # (nothing after 計: all counted)
    assert [head.rsplit(" ", 1)[0] for head in counts[0][2::3]] == [*symbols, "計"]
    for row in counts[1:]:
        goals = list(before) if row[0] == "合計" else [row[0]]
        old = [sum(before[goal][symbol] for goal in goals) for symbol in symbols]
        new = [sum(after[goal][symbol] for goal in goals) for symbol in symbols]
        pairs = [*zip(old, new, strict=True), (sum(old), sum(new))]
        assert row[2:] == [str(n) for a, b in pairs for n in (a, b, b - a)], row[0]
    assert [row[0] for row in counts[1:]] == ["1", "2", "合計"]
    plain = run("compare", *map(str, paths), "--config", str(config), "-f", "plain").stdout
    legend = next(line for line in plain.splitlines() if line.startswith("凡例"))
    assert legend.startswith("凡例：A ") and "除く" not in legend


def test_a_policy_named_in_one_round_only_is_named(tmp_path: Path) -> None:
    """One round's sheet heads its table 「情報化政策1 区民の力を活かす情報化」, the next one's
    (a department's form) names no policy: the counts per policy named it in neither compare
    (the later round's empty name won) nor rounds where the first round had none."""
    header = ["情報化計画事業の体系", "実施内容", "達成状況", "課題等"]
    rows = [["1-1-1 電子申請の拡充", "① 対象手続の拡大", "○", ""]]
    named = tmp_path / "一.xlsx"  # (either order: no year in its name)
    book = Workbook()
    book.active.append(["情報化政策1 区民の力を活かす情報化"])
    for row in (header, *rows):
        book.active.append(row)
    book.save(named)
    bare = tmp_path / "二.xlsx"
    book = Workbook()
    for row in (header, *rows):
        book.active.append(row)
    book.save(bare)
    for paths in ((named, bare), (bare, named)):
        shown = run("compare", *map(str, paths), "-f", "csv", "--counts").stdout
        assert "\n1,区民の力を活かす情報化," in shown, shown
        shown = run("rounds", *map(str, paths), "-f", "csv").stdout
        assert "\n1,区民の力を活かす情報化," in shown, shown
