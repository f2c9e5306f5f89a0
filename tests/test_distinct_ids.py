"""A body that numbers its groups anew under each policy — 長与町's KPI sheet: under 基本目標1 the
groups (1), (2), under 基本目標2 (1) again, their indicators ア, イ — showed one ID, 「(1)ア」, for
different items in every list with no policy column (rounds, compare, the issue list, summarize
--by project). There each of its IDs is led by its policy's number, 「1-(1)ア」, 「2-(1)ア」;
a table under its policy's heading keeps 「(1)」; IDs unique already are as they were."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from docx import Document
from openpyxl import load_workbook
from typer.testing import CliRunner

import planeval
from planeval.cli import app
from planeval.distinct_ids import listed_ids
from planeval.presets import PRESETS
from tests.conftest import write_book

SETTINGS = (
    '[scale]\npreset = "nagayo"\n\n[wording]\npolicy = "基本目標"\nproject = "項目"\n'
    'item = "指標"\nstatus = "指標の評価"\nissue = "評価の理由"\ndepartment = "担当課"\n'
)
HEADER = ["項目", "指標", "策定時", "現状値", "目標値", "指標の評価", "評価の理由", "担当課"]

# 長与町's KPIs: per 基本目標, its groups, each with its indicators' names
GOALS = [
    ("デジタルで便利な暮らし", [
        ("行政手続のオンライン化", ["オンライン申請可能な手続の割合", "電子申請の利用件数"]),
        ("情報発信の充実", ["公式LINE登録者数"]),
    ]),
    ("デジタルを活用した学び", [
        ("ICTを活用した教育の推進", ["授業でICTを活用する教員の割合", "情報モラル研修の実施校数"]),
    ]),
]  # fmt: skip


def run(*args: str):
    return CliRunner().invoke(app, list(args), env={"COLUMNS": "200"})


def _kpi_book(
    path: Path, year: int, ratings: str, *, numeral: str = "", through: bool = False
) -> Path:
    """長与町's sheet as its clerk types it: a title, the legend, then per 基本目標 a heading
    (「基本目標1」, or 「基本目標Ⅰ」 with ``numeral``), the header and a merged group row 「(1)
    行政手続のオンライン化」 over its indicators ア, イ, numbered anew under each 基本目標 (on
    through all of them, (1) (2) then (3), with ``through``); ``ratings`` one per indicator."""
    rows: list[list[object]] = [
        [f"長与町DX推進計画 KPIの達成状況（令和{year}年度）"],
        ["指標の評価　S：計画以上に達成　A：計画どおり達成　B：概ね達成　C：達成できなかった"],
        [],
    ]
    merges, left, number = [], iter(ratings), 0
    for goal, (name, groups) in enumerate(GOALS, start=1):
        rows += [[f"基本目標{'ⅠⅡ'[goal - 1] if numeral else goal}　{name}"], HEADER]
        for group, indicators in groups:
            number = number + 1 if through else groups.index((group, indicators)) + 1
            rows.append([f"({number}) {group}"])
            merges.append(f"A{len(rows)}:H{len(rows)}")
            for kana, indicator in zip("アイウ", indicators, strict=False):
                rating = next(left)
                reason = "目標どおり推移した。" if rating in "SA" else "伸びが鈍化した。"
                rows.append([kana, indicator, "10.0%", "40.0%", "80.0%", rating, reason, "総務課"])
        rows.append([])
    return write_book(path, {"KPI評価": rows}, merges={"KPI評価": merges})


def _rounds(tmp_path: Path, *, numeral: str = "", through: bool = False) -> list[str]:
    """Two rounds, R4 and R5, of the same KPIs."""
    return [
        str(_kpi_book(tmp_path / f"KPI評価_R{y}.xlsx", y, r, numeral=numeral, through=through))
        for y, r in ((4, "SABBC"), (5, "AABSC"))
    ]


def _config(tmp_path: Path) -> str:
    path = tmp_path / "planeval.toml"
    path.write_text(SETTINGS, encoding="utf-8")
    return str(path)


def _first_column(output: str, start: int, stop: int) -> list[str]:
    return [line.split()[0] for line in output.splitlines()[start:stop]]


RESTARTED = ["1-(1)ア", "1-(1)イ", "1-(2)ア", "2-(1)ア", "2-(1)イ"]


def test_through_the_library_each_id_is_led_by_its_policy_where_the_numbers_restart(
    tmp_path,
) -> None:
    old, new = (
        planeval.read_workbooks([path], scale=PRESETS["nagayo"]) for path in _rounds(tmp_path)
    )
    assert new.problems == []
    assert [e.shown_id for e in new.entries] == ["(1)ア", "(1)イ", "(2)ア", "(1)ア", "(1)イ"]
    listed = listed_ids(new.entries, new.level_labels)
    assert [listed(e) for e in new.entries] == RESTARTED
    rounds = planeval.rounds([old, new], labels=["R4", "R5"], scale=PRESETS["nagayo"])
    assert [row.id for row in rounds.rows] == RESTARTED
    comparison = planeval.compare(old, new, scale=PRESETS["nagayo"])
    assert [comparison.label(m) for m in comparison.movements] == RESTARTED
    projects = planeval.summarize(new.entries, by="project", scale=PRESETS["nagayo"])
    assert [g.shown_id for g in projects.groups] == ["1-(1)", "1-(2)", "2-(1)"]
    assert [g.id for g in projects.groups] == ["1-1", "1-2", "2-1"]  # (the IDs as they were)


def test_rounds_compare_issues_and_projects_print_one_id_per_item(tmp_path) -> None:
    paths, config = _rounds(tmp_path), _config(tmp_path)
    rounds = run("rounds", *paths, "--config", config, "-f", "plain")
    assert rounds.exit_code == 0, rounds.output
    assert _first_column(rounds.stdout, 2, 7) == RESTARTED
    compared = run("compare", *paths, "--config", config, "--all", "-f", "plain").stdout
    assert _first_column(compared, 2, 7) == RESTARTED
    changed = run("compare", *paths, "--config", config, "-f", "plain").stdout
    assert _first_column(changed, 2, 4) == ["1-(1)ア", "2-(1)ア"]  # (S→A, B→S)
    # (the issue list: 1-(2)ア and 2-(1)イ, as compare and rounds number them, though the
    # list itself holds one (1) only)
    issues = run("issues", paths[1], "--config", config, "-f", "plain").stdout
    assert _first_column(issues, 2, 4) == ["1-(2)ア", "2-(1)イ"]
    projects = run("summarize", paths[1], "--config", config, "--by", "project", "-f", "plain")
    assert _first_column(projects.stdout, 2, 6) == ["1-(1)", "1-(2)", "2-(1)", "合計"]
    data = json.loads(run("rounds", *paths, "--config", config, "-f", "json").stdout)
    assert [item["id"] for item in data["items"]] == RESTARTED
    assert [item["project_id"] for item in data["items"]] == ["1-1", "1-1", "1-2", "2-1", "2-1"]


def test_a_table_under_its_policy_s_heading_keeps_the_number_as_typed(tmp_path) -> None:
    tables = run("tables", _rounds(tmp_path)[1], "--config", _config(tmp_path), "-f", "plain")
    assert tables.exit_code == 0, tables.output
    assert tables.stdout.count("\n(1) 行政手続のオンライン化  ") == 1
    assert "\n(1) ICTを活用した教育の推進  " in tables.stdout and "-(1)" not in tables.stdout


def test_the_workbooks_and_documents_print_the_ids_the_terminal_does(tmp_path) -> None:
    paths, config = _rounds(tmp_path), _config(tmp_path)
    compared, rounds = tmp_path / "比較.xlsx", tmp_path / "推移.xlsx"
    assert (
        run("compare", *paths, "--config", config, "--all", "--xlsx", str(compared)).exit_code == 0
    )
    sheet = load_workbook(compared)["指標の評価の変化"]
    assert [row[0] for row in sheet.iter_rows(min_row=5, max_row=9, values_only=True)] == RESTARTED
    assert run("rounds", *paths, "--config", config, "--xlsx", str(rounds)).exit_code == 0
    cells = [
        c for row in load_workbook(rounds).worksheets[0].iter_rows(values_only=True) for c in row
    ]
    assert [c for c in cells if c in RESTARTED or c in ("(1)ア", "(1)イ")] == RESTARTED
    out = {kind: tmp_path / f"評価.{kind}" for kind in ("xlsx", "docx", "md", "html")}
    options = [part for kind, where in out.items() for part in (f"--{kind}", str(where))]
    exported = run("export", paths[1], "--config", config, "--csv", str(tmp_path / "csv"), *options)
    assert exported.exit_code == 0, exported.output
    issues = ["1-(2)ア", "2-(1)イ"]
    sheet = load_workbook(out["xlsx"])["課題一覧"]
    assert [c for row in sheet.iter_rows(values_only=True) for c in row if c in issues] == issues
    # (its project between its number and its indicator: review 172 #4)
    [row] = [
        r for r in out["md"].read_text(encoding="utf-8").splitlines() if r.startswith("| 1-(2)ア |")
    ]
    assert "| 公式LINE登録者数 |" in row
    html = out["html"].read_text(encoding="utf-8")
    assert html.count(">1-(2)ア<") == 1 and html.count(">2-(1)イ<") == 1
    word = Document(str(out["docx"])).tables[-1]
    assert [row.cells[0].text for row in word.rows[1:]] == issues
    listed = (tmp_path / "csv" / "課題一覧.csv").read_text(encoding="utf-8-sig")
    assert [row[0] for row in csv.reader(io.StringIO(listed))][1:] == issues


def test_numbers_unique_across_policies_and_typed_numerals(tmp_path) -> None:
    """Numbered on through the 基本目標 ((3) under 基本目標2), every ID is one item's: shown as
    typed. Typed 基本目標Ⅰ, Ⅱ and restarting, each led by the numeral as typed."""
    config = _config(tmp_path)
    (tmp_path / "through").mkdir()
    through = _rounds(tmp_path / "through", through=True)
    rounds = run("rounds", *through, "--config", config, "-f", "plain").stdout
    assert _first_column(rounds, 2, 7) == ["(1)ア", "(1)イ", "(2)ア", "(3)ア", "(3)イ"]
    projects = run("summarize", through[1], "--config", config, "--by", "project", "-f", "plain")
    assert _first_column(projects.stdout, 2, 5) == ["(1)", "(2)", "(3)"]
    (tmp_path / "roman").mkdir()
    roman = _rounds(tmp_path / "roman", numeral="Ⅰ")
    rounds = run("rounds", *roman, "--config", config, "-f", "plain").stdout
    assert _first_column(rounds, 2, 7) == ["Ⅰ-(1)ア", "Ⅰ-(1)イ", "Ⅰ-(2)ア", "Ⅱ-(1)ア", "Ⅱ-(1)イ"]
    projects = run("summarize", roman[1], "--config", config, "--by", "project", "-f", "plain")
    assert _first_column(projects.stdout, 2, 5) == ["Ⅰ-(1)", "Ⅰ-(2)", "Ⅱ-(1)"]


def test_each_body_is_judged_on_its_own_numbers(tmp_path) -> None:
    """Read together (--bodies), 長与町 numbering anew under each 基本目標 and 時津町 on through
    them: 長与町's IDs are led by their policy's, 時津町's as typed (a 団体 column tells the
    bodies apart, never the policy)."""
    folder = tmp_path / "bodies"
    folder.mkdir()
    _kpi_book(folder / "長与町.xlsx", 5, "AABSC")
    _kpi_book(folder / "時津町.xlsx", 5, "AABSC", through=True)
    shown = run(
        "issues", str(folder), "--bodies", "file", "--config", _config(tmp_path), "-f", "plain"
    )
    assert shown.exit_code == 0, shown.output
    rows = [line.split()[:2] for line in shown.stdout.splitlines()[2:6]]
    assert rows == [
        ["時津町", "(2)ア"],
        ["時津町", "(3)イ"],
        ["長与町", "1-(2)ア"],
        ["長与町", "2-(1)イ"],
    ]


def test_ids_led_by_a_restarting_project_number_are_led_by_their_policy(tmp_path) -> None:
    """川崎市's table: 政策 | 施策 (numbered (1) anew under each 政策) | No. running down the table |
    事務事業名 | 達成度. Its items' IDs 「(1)3」 and 「(1)12」 differ, yet their 「(1)」 names two
    施策 — 1-(1) and 3-(1), as summarize --by project shows them: the issue list now leads
    them with the policy too (review 33)."""
    header = ["政策", "施策", "No.", "事務事業名", "課題", "達成度"]
    rows: list[list[object]] = [["令和5年度 施策進行管理"], header]
    rated = [
        ("1 安全なまち", "(1) 災害に強いまちづくり", "防災行政無線デジタル化事業", "4"),
        ("1 安全なまち", "(2) 地域の見守り", "高齢者見守りアプリ事業", "3"),
        ("2 便利なまち", "(1) 行政手続のオンライン化", "電子申請システム事業", "3"),
    ]
    for number, (policy, measure, name, rating) in enumerate(rated, start=1):
        issue = "予算の確保" if rating == "4" else ""
        rows.append([policy, measure, number, name, issue, rating])
    path = write_book(tmp_path / "施策進行管理.xlsx", {"施策進行管理": rows})
    result = planeval.read_workbooks([path], scale=PRESETS["kawasaki"])
    assert result.problems == []
    listed = listed_ids(result.entries, result.level_labels)
    assert [listed(e) for e in result.entries] == ["1-(1)1", "1-(2)2", "2-(1)3"]
    projects = planeval.summarize(result.entries, by="project", scale=PRESETS["kawasaki"])
    assert [g.shown_id for g in projects.groups] == ["1-(1)", "1-(2)", "2-(1)"]


def test_a_number_typed_in_full_width_brackets_is_led_in_one_form(tmp_path) -> None:
    """緑ヶ丘市's 推進項目 typed 「（1）」: led by its policy's number it showed 「1-（1）」, a
    half-width hyphen before full-width brackets, a form the body writes nowhere (review 116
    #10); it is 「1-(1)」 as every other list's, and 「（1）」 alone under its policy's heading."""
    path = Path(_rounds(tmp_path)[1])
    book = load_workbook(path)
    for row in book.active.iter_rows():
        if isinstance(row[0].value, str) and row[0].value.startswith("("):
            row[0].value = row[0].value.replace("(", "（", 1).replace(")", "）", 1)
    book.save(path)
    read = planeval.read_workbooks([path], scale=PRESETS["nagayo"])
    listed = listed_ids(read.entries, read.level_labels)
    assert [listed(e) for e in read.entries] == RESTARTED
    projects = planeval.summarize(read.entries, by="project", scale=PRESETS["nagayo"])
    assert [g.shown_id for g in projects.groups] == ["1-(1)", "1-(2)", "2-(1)"]
