"""`summarize --by item` counts each item at its place — policy, direction, project, its number
and, numbered by none, its name —, not by its shown number alone: 長与町's KPI sheet numbers its
groups anew under each 基本目標, and 基本目標1's (1)ア and 基本目標2's (1)ア came out as one row,
counted 2, under the first's name; 川崎市's 事務事業, numbered by none, as one row per 施策. Each
is its own row now, listed as the issue list lists it (1-(1)ア, 2-(1)ア), its うち重点 count its
own rows', and bodies answering one form still add each item over them."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from openpyxl import load_workbook
from typer.testing import CliRunner

import planeval
from planeval.cli import app
from planeval.presets import PRESETS
from tests.conftest import write_book
from tests.other_bodies import BODIES
from tests.test_distinct_ids import GOALS, RESTARTED, SETTINGS, _kpi_book
from tests.test_other_bodies import CONFIGS

NAGAYO = PRESETS["nagayo"]
# the indicators in the sheet's order, each with its rating (_kpi_book's 「AABSC」)
INDICATORS = [name for _, groups in GOALS for _, names in groups for name in names]
RATINGS = "AABSC"


def run(*args: str):
    return CliRunner().invoke(app, list(args), env={"COLUMNS": "200"})


def _config(folder: Path) -> str:
    (folder / "planeval.toml").write_text(SETTINGS, encoding="utf-8")
    return str(folder / "planeval.toml")


def _marked_book(path: Path, marks: str) -> Path:
    """The KPI sheet with a 重点 column after 指標 (as 川崎市 marks its 重点事業, ●), ``marks``
    one per indicator ("●" or " ")."""
    rows: list[list[object]] = [
        ["長与町DX推進計画 KPIの達成状況（令和5年度）"],
        ["指標の評価　S：計画以上に達成　A：計画どおり達成　B：概ね達成　C：達成できなかった"],
        [],
    ]
    header = ["項目", "指標", "重点", "策定時", "目標値", "指標の評価", "評価の理由", "担当課"]
    merges, left, marked = [], iter(RATINGS), iter(marks)
    for goal, (name, groups) in enumerate(GOALS, start=1):
        rows += [[f"基本目標{goal}　{name}"], header]
        for number, (group, indicators) in enumerate(groups, start=1):
            rows.append([f"({number}) {group}"])
            merges.append(f"A{len(rows)}:H{len(rows)}")
            for kana, indicator in zip("アイ", indicators, strict=False):
                mark = next(marked).strip()
                rows.append([kana, indicator, mark, "10%", "80%", next(left), "理由", "総務課"])
        rows.append([])
    return write_book(path, {"KPI評価": rows}, merges={"KPI評価": merges})


def test_items_numbered_anew_under_each_policy_are_counted_apart(tmp_path: Path) -> None:
    """Counted by hand from the sheet: five indicators, each rated once — 1-(1)ア A, 1-(1)イ A,
    1-(2)ア B, 2-(1)ア S, 2-(1)イ C; (1)ア was one row of two (A and S) under 1-(1)ア's name."""
    result = planeval.read_workbooks([_kpi_book(tmp_path / "KPI.xlsx", 5, RATINGS)], scale=NAGAYO)
    assert result.problems == []
    summary = planeval.summarize(result.entries, by="item", scale=NAGAYO)
    assert [(g.shown_id, g.name) for g in summary.groups] == list(
        zip(RESTARTED, INDICATORS, strict=True)
    )
    assert [+Counter(g.count.counts) for g in summary.groups] == [Counter(r) for r in RATINGS]
    assert summary.total.total == 5


def test_the_command_line_gives_each_policy_s_item_its_own_row(tmp_path: Path) -> None:
    path, config = str(_kpi_book(tmp_path / "KPI.xlsx", 5, RATINGS)), _config(tmp_path)
    table = run("summarize", path, "--by", "item", "--config", config, "-f", "plain")
    assert table.exit_code == 0, table.output
    symbols = ["S", "A", "B", "C"]
    assert [line.split() for line in table.stdout.splitlines()[2:8]] == [
        *(
            [number, name, *(str(int(s == rating)) for s in symbols), "1", "0"]
            for number, name, rating in zip(RESTARTED, INDICATORS, RATINGS, strict=True)
        ),
        ["合計", *(str(RATINGS.count(s)) for s in symbols), "5", "0"],
    ]
    as_json = run("summarize", path, "--by", "item", "--config", config, "-f", "json")
    groups = json.loads(as_json.stdout)["groups"]
    assert [(g["id"], g["label"], g["name"], g["total"]) for g in groups] == [
        (number, "", name, 1) for number, name in zip(RESTARTED, INDICATORS, strict=True)
    ]
    assert [+Counter(g["counts"]) for g in groups] == [Counter({r: 1}) for r in RATINGS]
    as_csv = run("summarize", path, "--by", "item", "--config", config, "-f", "csv")
    rows = [line.split(",") for line in as_csv.stdout.lstrip("\ufeff").splitlines()]
    assert [row[:2] for row in rows[1:6]] == [
        [number, name] for number, name in zip(RESTARTED, INDICATORS, strict=True)
    ]
    assert [row[6] for row in rows[1:6]] == ["1"] * 5  # (計: one row each)


def test_the_marked_rows_are_counted_under_their_own_item(tmp_path: Path) -> None:
    """重点 marks 基本目標1's (1)ア and 基本目標2's (1)イ: the marked rows alone number no ID
    twice, so their own count shows (1)ア unled — paired by each item's place, each marked
    row is counted under its item (not 0 there and the whole's 2 in no row)."""
    path = _marked_book(tmp_path / "KPI.xlsx", "●   ●")
    as_json = run(
        "summarize", str(path), "--by", "item", "--config", _config(tmp_path), "-f", "json"
    )
    assert as_json.exit_code == 0, as_json.output
    shown = json.loads(as_json.stdout)
    assert [(g["id"], g["marked"]["total"]) for g in shown["groups"]] == list(
        zip(RESTARTED, [1, 0, 0, 0, 1], strict=True)
    )
    assert [+Counter(g["marked"]["counts"]) for g in shown["groups"]] == [
        Counter({"A": 1}), Counter(), Counter(), Counter(), Counter({"C": 1})
    ]  # fmt: skip
    assert shown["total"]["marked"]["counts"] == {"S": 0, "A": 1, "B": 0, "C": 1}
    result = planeval.read_workbooks([path], scale=NAGAYO)
    summary = planeval.summarize(result.entries, by="item", scale=NAGAYO, marks=result.marks)
    assert summary.marked is not None
    marked = [summary.marked.groups[g.key] for g in summary.groups]
    assert [m.total if m else None for m in marked] == [1, 0, 0, 0, 1]


def test_each_unnumbered_item_is_a_row_of_its_own_with_its_marked_count(tmp_path: Path) -> None:
    """川崎市's 事務事業 under 施策 1-1 … have no number: each its own row (its 施策's ID, its
    own name), its status and its 重点 mark as its cells have them — not one row per 施策
    under its first 事務事業's name."""
    kawasaki = next(body for body in BODIES if body.key == "kawasaki")
    (path,) = kawasaki.build(tmp_path)
    config = tmp_path / "planeval.toml"
    config.write_text(CONFIGS["kawasaki"], encoding="utf-8")
    sheet = load_workbook(path)["評価票"]
    cells = {  # 事務事業名 → (達成度, 重点 ●), as the workbook has them
        row[2]: (str(int(row[5])), row[4] == "●")
        for row in sheet.iter_rows(values_only=True)
        if isinstance(row[5], int | float)
    }
    run_json = run(
        "summarize", str(path), "--by", "item", "--config", str(config), "-q", "-f", "json"
    )
    assert run_json.exit_code == 0, run_json.output
    groups = json.loads(run_json.stdout)["groups"]
    assert len(groups) == len(cells) == 44
    found = {
        g["name"]: (next(s for s, n in g["counts"].items() if n), g["marked"]["total"] == 1)
        for g in groups
    }
    assert found == cells
    assert [g["id"] for g in groups[:6]] == ["1-1"] * 5 + ["1-2"]


def test_a_roll_up_adds_an_item_over_the_bodies_each_policy_s_apart(tmp_path: Path) -> None:
    """Two bodies answering one KPI form (--bodies file): each item counted over both, as
    documented for --by item, and 基本目標1's (1)ア apart from 基本目標2's in the roll-up too —
    through the library and the command line (which counts file by file: rollup.py)."""
    folder = tmp_path / "回答"
    folder.mkdir()
    _kpi_book(folder / "長与町.xlsx", 5, RATINGS)
    _kpi_book(folder / "時津町.xlsx", 5, "BASAB")
    config = _config(tmp_path)
    result = planeval.read_workbooks(sorted(folder.glob("*.xlsx")), scale=NAGAYO, bodies="file")
    summary = planeval.summarize(result.entries, by="item", scale=NAGAYO)
    expected = [+Counter([a, b]) for a, b in zip(RATINGS, "BASAB", strict=True)]
    assert [g.shown_id for g in summary.groups] == RESTARTED
    assert [+Counter(g.count.counts) for g in summary.groups] == expected
    shown = run("summarize", str(folder), "--bodies", "file", "--by", "item", "--config", config,
                "-f", "json")  # fmt: skip
    assert shown.exit_code == 0, shown.output
    groups = json.loads(shown.stdout)["groups"]
    assert [(g["id"], g["name"]) for g in groups] == list(zip(RESTARTED, INDICATORS, strict=True))
    assert [+Counter(g["counts"]) for g in groups] == expected
