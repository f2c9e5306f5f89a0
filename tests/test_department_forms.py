"""A city's own forms, one per department (review 13, 中央市 DX推進計画): no planeval template,
「担当部：福祉部」 above the table, the rows' 担当課 naming sections. A co-owner's form holds the
items it shares with the lead; a department leading nothing still returned its form."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from typer.testing import CliRunner

import planeval
from planeval.cli import app
from planeval.io.grid import SheetGrid
from planeval.io.stated_heading import stated_department

TOML = """
[scale]
as_planned = "B"

[[scale.status]]
symbol = "A"
label = "目標を上回った"

[[scale.status]]
symbol = "B"
label = "目標どおり"

[[scale.status]]
symbol = "C"
label = "目標をやや下回った"
needs_issue = true

[[scale.status]]
symbol = "D"
label = "目標を大きく下回った"
needs_issue = true

[wording]
policy = "基本目標"
direction = "施策"
project = "事業"
item = "取組内容"
status = "評価"
"""
PLAN = [
    ("1-1-1", "電子申請システムの拡充", "(1)", "対象手続の拡大", "総務部"),
    ("1-1-1", "電子申請システムの拡充", "(2)", "申請状況の可視化", "総務部"),
    ("1-2-1", "デジタル活用支援", "(1)", "スマホ教室の開催", "企画部、福祉部"),
    ("1-2-1", "デジタル活用支援", "(2)", "デジタル支援員の配置", "企画部、福祉部"),
    ("2-1-1", "自治体システムの標準化", "(1)", "標準準拠システムへの移行", "企画部"),
    ("2-1-1", "自治体システムの標準化", "(2)", "ガバメントクラウドの利用検討", "企画部"),
]
PROJECTS = {project: name for project, name, *_ in PLAN}
DIRECTIONS = {"1-1-1": "行政手続のオンライン化", "1-2-1": "誰一人取り残さないデジタル化",
              "2-1-1": "業務の効率化"}  # fmt: skip
HEADER = ["No.", "施策", "事業名", "取組内容", "評価\n（A～D）", "課題・今後の方向性", "担当課"]
RUNNER = CliRunner()


def form(path: Path, department: str | None, rows: list[tuple[str, ...]], year: int = 5) -> Path:
    """A department's form as the city's clerk made it: title, 「担当部：…」, the table."""
    book = Workbook()
    sheet = book.active
    sheet.title = "評価シート"
    sheet.append([f"令和{year}年度 中央市DX推進計画 進捗評価シート"])
    sheet.append([f"担当部：{department}"] if department else [])
    sheet.append([])
    sheet.append(HEADER)
    named = set()
    for project, item, status, issue, section in rows:
        # (施策 and 事業名 on a project's first row, as typed; the No. on every row)
        first = project not in named
        named.add(project)
        direction = f"{project.rsplit('-', 1)[0]} {DIRECTIONS[project]}" if first else ""
        name = PROJECTS[project] if first else ""
        sheet.append([project, direction, name, item, status, issue, section])
    path.parent.mkdir(parents=True, exist_ok=True)
    book.save(path)
    return path


@pytest.fixture()
def city(tmp_path: Path) -> Path:
    (tmp_path / "planeval.toml").write_text(TOML, encoding="utf-8")
    book = Workbook()
    sheet = book.active
    sheet.append(["事業番号", "事業名", "実施内容番号", "実施内容名", "区分", "関係部"])
    for project, name, number, item, departments in PLAN:
        sheet.append([project, name, number, item, "継続", departments])
    book.save(tmp_path / "計画.xlsx")
    return tmp_path


# what 総務部 and 企画部 rate in a round of their forms (returns; other tests' rounds too)
GENERAL_ROWS = [
    ("1-1-1", "(1) 対象手続の拡大", "B", "", "総務課"),
    ("1-1-1", "(2) 申請状況の可視化", "A", "", "総務課"),
]
PLANNING_ROWS = [
    ("1-2-1", "(1) スマホ教室の開催", "B", "", "企画課"),
    ("1-2-1", "(2) デジタル支援員の配置", "D", "予算措置が見送られた", "企画課"),
    ("2-1-1", "(1) 標準準拠システムへの移行", "B", "", "企画課"),
    ("2-1-1", "(2) ガバメントクラウドの利用検討", "C", "国の仕様確定が遅れた", "企画課"),
]


def returns(city: Path, welfare: tuple[str, str] = ("B", "D")) -> Path:
    """Every department's form of the round: 福祉部 leads nothing and rates the two items it
    shares with 企画部 (``welfare``: its statuses for them)."""
    folder = city / "令和5年度"
    form(
        folder / "DX評価_総務部.xlsx",
        "総務部",
        GENERAL_ROWS,
    )  # fmt: skip
    form(
        folder / "DX評価_企画部.xlsx",
        "企画部",
        PLANNING_ROWS,
    )  # fmt: skip
    form(
        folder / "DX評価_福祉部.xlsx",
        "福祉部",
        [("1-2-1", "(1) スマホ教室の開催", welfare[0], "", "福祉課"),
         ("1-2-1", "(2) デジタル支援員の配置", welfare[1], "支援員の募集に応募がなかった", "福祉課")],
    )  # fmt: skip
    return folder


def validate(city: Path, folder: Path, fmt: str = "json") -> tuple[int, str]:
    result = RUNNER.invoke(
        app,
        ["validate", str(folder), "--plan", str(city / "計画.xlsx"),
         "--config", str(city / "planeval.toml"), "-f", fmt],
    )  # fmt: skip
    return result.exit_code, result.output


def states(city: Path, folder: Path) -> dict[str, str]:
    config = planeval.load_config(city / "planeval.toml")
    read = planeval.read_workbooks([folder], scale=config.scale)
    found = planeval.submissions(read, planeval.read_plan(city / "計画.xlsx"))
    return {s.department: s.label for s in found}


def test_a_co_owner_that_returned_only_shared_items_has_returned_its_form(city: Path) -> None:
    """福祉部 leads no item: its form, holding the two it co-owns, was 未提出 and exit 1."""
    folder = returns(city)
    assert states(city, folder) == {
        "総務部": "提出済", "企画部": "提出済", "福祉部": "提出済"
    }  # fmt: skip
    code, output = validate(city, folder)
    assert code == 0, output
    assert "未提出" not in output


@pytest.mark.parametrize("example_department", ["○○部", "総務部"])
def test_an_example_sheet_s_department_names_nobody_s_file(
    city: Path, example_department: str
) -> None:
    """福祉部's form opens with a 記入例 sheet stating 「担当部：○○部」 (review 132): its rows are
    not counted, and its department is not who wrote the file — not 「○○部 のブックで回答」."""
    folder = returns(city)
    path = folder / "DX評価_福祉部.xlsx"
    book = load_workbook(path)
    example = book.create_sheet("記入例", 0)
    example.append(["令和5年度 中央市DX推進計画 進捗評価シート（記入例）"])
    example.append([f"担当部：{example_department}"])
    example.append([])
    example.append(HEADER)
    example.append(["1-2-1", "", "", "(1) スマホ教室の開催", "B", "", "○○課"])
    book.save(path)
    assert states(city, folder) == {
        "総務部": "提出済", "企画部": "提出済", "福祉部": "提出済"
    }  # fmt: skip


def test_co_owners_rating_alike_count_once_without_a_warning(city: Path) -> None:
    """Both departments rating a shared item was warned as 「同じ回答を二度受け取った…
    重なった行を削除してください」: the co-owner's own sheet is not a duplicate to delete."""
    folder = returns(city)
    config = planeval.load_config(city / "planeval.toml")
    read = planeval.read_workbooks([folder], scale=config.scale)
    assert read.problems == []
    shared = [e for e in read.entries if e.project_id == "1-2-1"]
    assert [(e.item_no, e.status) for e in shared] == [(1, "B"), (2, "D")]
    # both departments' issue texts kept, the second attributed
    assert shared[1].issue == "予算措置が見送られた\n（共管 福祉部）支援員の募集に応募がなかった"
    assert planeval.summarize(read.entries, scale=config.scale).total.total == 6


def test_co_owners_rating_otherwise_is_an_error_naming_both(city: Path) -> None:
    folder = returns(city, welfare=("A", "D"))
    config = planeval.load_config(city / "planeval.toml")
    read = planeval.read_workbooks([folder], scale=config.scale)
    [problem] = read.problems
    assert problem.is_error
    assert "企画部・福祉部 の調査票にあり、達成状況が違います" in problem.message
    assert "削除" not in problem.hint and "評価を揃え" in problem.hint
    assert [e.item_no for e in read.entries if e.project_id == "1-2-1"] == [2]


def test_a_form_received_twice_from_one_department_is_still_said(city: Path) -> None:
    folder = returns(city)
    copy = folder / "DX評価_企画部 (2).xlsx"
    copy.write_bytes((folder / "DX評価_企画部.xlsx").read_bytes())
    config = planeval.load_config(city / "planeval.toml")
    read = planeval.read_workbooks([folder], scale=config.scale)
    assert read.problems and all("二度受け取った" in p.hint for p in read.problems)


def test_a_status_typed_wrong_is_not_said_as_left_blank(city: Path) -> None:
    """市民部's 'b' was reported as an error and its department as 未記入 1件."""
    folder = returns(city)
    form(
        folder / "DX評価_総務部.xlsx",
        "総務部",
        [("1-1-1", "(1) 対象手続の拡大", "済", "", "総務課"),
         ("1-1-1", "(2) 申請状況の可視化", "", "", "総務課")],
    )  # fmt: skip
    assert states(city, folder)["総務部"] == "未記入 1件・記入誤り 1件"
    code, output = validate(city, folder)
    assert code == 1
    assert "記入誤りのある部 1 部（総務部）" in output or '"wrong": 1' in output


def test_a_form_stating_no_department_is_its_file_name_s(city: Path) -> None:
    folder = returns(city)
    form(
        folder / "DX評価_福祉部.xlsx",
        None,
        [("1-2-1", "(1) スマホ教室の開催", "B", "", "福祉課")],
    )
    assert states(city, folder)["福祉部"] == "提出済"
    (folder / "DX評価_福祉部.xlsx").unlink()
    # (福祉部 leads no item, a co-owner of 企画部's 1-2-1 only: owes nothing — review 45)
    assert states(city, folder)["福祉部"] == "提出不要"


def test_a_level_column_numbered_as_directions_is_the_direction(city: Path) -> None:
    """施策 「1-2 誰一人…」 | 事業名 | No. 1-2-1, no heading above: 施策 was read as the top
    level, each direction a 基本目標 of its own (「基本目標1-2」)."""
    read = planeval.read_workbooks(
        [returns(city)], scale=planeval.load_config(city / "planeval.toml").scale
    )
    levels = {(e.policy_id, e.direction_id, e.direction_name) for e in read.entries}
    assert levels == {
        ("1", "1-1", "行政手続のオンライン化"),
        ("1", "1-2", "誰一人取り残さないデジタル化"),
        ("2", "2-1", "業務の効率化"),
    }


def test_check_compares_the_sentence_planeval_wrote_in_the_city_s_words(
    city: Path, tmp_path: Path
) -> None:
    """「3つの事業に取り組みました」 ([wording] project = "事業") was 「比べられなかった数」, exit 1."""
    folder = returns(city)
    config = ["--config", str(city / "planeval.toml")]
    written = RUNNER.invoke(app, ["summarize", str(folder), "--narrative", "-f", "plain", *config])
    assert written.exit_code == 0, written.output
    assert "2つの事業に取り組みました" in written.output  # (基本目標1: 1-1-1 and 1-2-1)
    narrative = tmp_path / "narr.txt"
    narrative.write_text(written.output, encoding="utf-8")
    checked = RUNNER.invoke(app, ["check", str(folder), "--text", str(narrative), *config])
    assert checked.exit_code == 0, checked.output
    assert "すべて集計と一致" in checked.output
    narrative.write_text(written.output.replace("2つの事業", "3つの事業"), encoding="utf-8")
    checked = RUNNER.invoke(app, ["check", str(folder), "--text", str(narrative), *config])
    assert checked.exit_code == 1, checked.output


def test_a_body_calling_its_projects_取組_has_them_進めました(city: Path, tmp_path: Path) -> None:
    """浜松市's words (project = "取組") made 「2つの取組に取り組みました」 (review 22): the
    sentence says 「2つの取組を進めました」, and check still reads and compares it."""
    settings = city / "planeval.toml"
    settings.write_text(TOML.replace('project = "事業"', 'project = "取組"'), encoding="utf-8")
    folder = returns(city)
    config = ["--config", str(settings)]
    written = RUNNER.invoke(app, ["summarize", str(folder), "--narrative", "-f", "plain", *config])
    assert written.exit_code == 0, written.output
    assert "2つの取組を進めました" in written.output and "に取り組みました" not in written.output
    narrative = tmp_path / "narr.txt"
    narrative.write_text(written.output.replace("2つの取組", "3つの取組"), encoding="utf-8")
    checked = RUNNER.invoke(app, ["check", str(folder), "--text", str(narrative), *config])
    assert checked.exit_code == 1 and "取組の数" in checked.output, checked.output


def test_messages_speak_the_city_s_words(city: Path) -> None:
    """[wording] item = 取組内容, status = 評価: the messages said 実施内容 and 達成状況 (review
    13), while a quoted cell's text stays as typed."""
    folder = returns(city, welfare=("A", "D"))
    form(
        folder / "DX評価_総務部.xlsx",
        "総務部",
        [("1-1-1", "(1) 対象手続の拡大", "達成状況B", "", "総務課"),
         ("1-1-1", "(2) 申請状況の可視化", "", "", "総務課")],
    )  # fmt: skip
    code, output = validate(city, folder)
    assert code == 1
    problems = json.loads(output)["problems"]
    said = " ".join(p["message"] + p["hint"] for p in problems)
    assert "'達成状況B'" in said  # (the cell's own text, quoted as typed)
    unquoted = said.replace("'達成状況B'", "")
    # (the plan names 企画部 the lead: its rating counts, 福祉部's other one warned of)
    assert "評価が空です" in unquoted and "評価が所管部と共管部で違います" in unquoted
    assert "達成状況" not in unquoted and "実施内容" not in unquoted
    _code, table = validate(city, folder, "csv")
    assert "所管の取組内容" in table


def test_a_form_without_a_department_column_gives_its_rows_the_stated_one(tmp_path: Path) -> None:
    """Gunma's forms state 「担当部局：総務部」 and have no 担当課 column (review 14): the issue
    list's 担当課 was empty for every row."""
    book = Workbook()
    sheet = book.active
    sheet.append(["担当部局：総務部"])
    sheet.append(["No.", "事業名", "取組内容", "評価", "課題"])
    sheet.append(["1-1-1", "電子申請", "(1) 対象手続の拡大", "○", ""])
    sheet.append(["1-1-1", "", "(2) 申請状況の可視化", "△", "システム改修が遅れた"])
    book.save(tmp_path / "回答.xlsx")
    read = planeval.read_workbooks([tmp_path / "回答.xlsx"])
    assert read.problems == []
    assert [e.department for e in read.entries] == ["総務部", "総務部"]


@pytest.mark.parametrize(
    ("cells", "department"),
    [
        (["担当部：福祉部"], "福祉部"),
        (["担当部", "福祉部"], "福祉部"),
        (["所属 教育委員会"], "教育委員会"),
        (["部局名", "総務部", "記入者", "山田"], "総務部"),
        (["担当部：福祉部　記入者：山田"], "福祉部"),
        (["所管部の意見"], None),  # a title, not a department's name
        (["所属："], None),
        (["部局名", " ", "総務部", "　", "記入者", "山田"], "総務部"),  # (cells of spaces aside)
        (["部局名", "総務部", "記入者", "山田", "電話", "1234", "備考"], None),  # a table's row
        (["担当部：○○部"], None),  # an example's name left to fill in (review 132)
        (["担当部", "〇〇部"], None),
    ],
)
def test_the_department_a_form_states(cells: list[object], department: str | None) -> None:
    assert stated_department([SheetGrid("表紙", {0: cells})]) == department


def test_compare_says_a_department_that_did_not_answer_not_that_its_items_were_removed(
    city: Path,
) -> None:
    """令和6年度: 総務部's form did not come back (愛知県's 教育委員会, review 17): its items were
    「削除」, and their statuses left the policy's count (▲2). They are 今回未集計 now, out of
    both rounds' counts, with one notice naming the department; 企画部's item no longer in
    its form is still removed."""
    before = returns(city)
    after = city / "令和6年度"
    form(
        after / "DX評価_企画部.xlsx",
        "企画部",
        [("1-2-1", "(1) スマホ教室の開催", "A", "", "企画課"),
         ("2-1-1", "(1) 標準準拠システムへの移行", "B", "", "企画課"),
         ("2-1-1", "(2) ガバメントクラウドの利用検討", "B", "", "企画課")],
    )  # fmt: skip
    form(
        after / "DX評価_福祉部.xlsx",
        "福祉部",
        [("1-2-1", "(1) スマホ教室の開催", "A", "", "福祉課")],
    )  # fmt: skip
    config = ["--config", str(city / "planeval.toml")]
    result = RUNNER.invoke(app, ["compare", str(before), str(after), *config, "-f", "json"])
    data = json.loads(result.stdout)
    kinds = {
        (m["old"] or m["new"])["item_name"]: (m["kind"], m["uncounted_in"])
        for m in data["movements"]
    }
    assert kinds["対象手続の拡大"] == kinds["申請状況の可視化"] == ("removed", "new")
    assert kinds["デジタル支援員の配置"] == ("removed", None)
    assert data["old"]["total"]["counts"]["A"] == 0  # (総務部's A left out of the old count)
    [said] = [p for p in data["problems"] if "総務部" in p["message"]]
    assert said["message"].startswith("総務部は前回だけ回答しています（今回のブックがありません）")
    text = RUNNER.invoke(app, ["compare", str(before), str(after), *config]).stdout
    assert "今回は調査票の提出がなかった部: 総務部。その取組内容は「今回未集計」です" in text
    assert "削除" not in text.split("対象手続の拡大")[1].splitlines()[0]


def test_rounds_say_a_department_that_sent_nothing_one_year_not_that_its_items_went(
    city: Path,
) -> None:
    """Three years side by side, 総務部's form missing in 令和6年度 (review 17's 教育委員会 in
    rounds): its items were blank that year, read as gone from the plan. They are 「未集計」
    there now, with a notice and a line under the tables; the rounds are named by their
    years (the folders' names would do too)."""
    rounds = [returns(city)]
    for year in (6, 7):
        folder = city / f"R{year}"
        for department, rows in (
            ("総務部", [("1-1-1", "(1) 対象手続の拡大", "A", "", "総務課"),
                        ("1-1-1", "(2) 申請状況の可視化", "A", "", "総務課")]),
            ("企画部", [("2-1-1", "(1) 標準準拠システムへの移行", "B", "", "企画課")]),
            ("福祉部", [("1-2-1", "(1) スマホ教室の開催", "A", "", "福祉課")]),
        ):  # fmt: skip
            if department == "総務部" and year == 6:
                continue  # (its form did not come back)
            form(folder / f"DX評価_{department}.xlsx", department, rows, year=year)
        rounds.append(folder)
    config = ["--config", str(city / "planeval.toml")]
    args = ["rounds", *map(str, rounds), *config]
    data = json.loads(RUNNER.invoke(app, [*args, "-f", "json"]).stdout)
    assert data["rounds"] == ["令和5年度", "令和6年度", "令和7年度"]
    by_name = {item["item_name"]: item for item in data["items"]}
    assert by_name["対象手続の拡大"]["statuses"] == ["B", "", "A"]
    assert by_name["対象手続の拡大"]["unsent_in"] == ["令和6年度"]
    assert by_name["スマホ教室の開催"]["unsent_in"] == []  # (企画部 answered every year)
    [said] = [p for p in data["problems"] if p["message"].startswith("総務部は")]
    assert said["message"].startswith(
        "総務部は令和6年度のブックがありません（ほかの回は回答しています）"
    )
    result = RUNNER.invoke(app, [*args, "-f", "plain"])
    assert result.exit_code == 0
    row = next(line for line in result.stdout.splitlines() if "対象手続の拡大" in line)
    assert row.split()[-3:] == ["B", "未集計", "A"]
    said = (
        "調査票の提出がない回がある部: 総務部（令和6年度）。その取組内容 2 件は、その回を「未集計」"
        "とし、同じ取組内容どうしを比べるため、各回の集計には含め、「同じ範囲での比較」の表では、"
        "どの回の件数にも含めていません"
    )
    # (… and which, as each year that counted them rated them, as compare names them)
    left = [by_name[name] for name in ("対象手続の拡大", "申請状況の可視化")]
    named = []
    for at, year in ((0, "令和5年度"), (2, "令和7年度")):
        rated = sorted((item["statuses"][at], item["id"]) for item in left)
        statuses = dict.fromkeys(status for status, _id in rated)
        named.append(
            f"{year}の "
            + "、".join(
                f"{status} {len(ids)} 件（{'、'.join(ids)}）"
                for status in statuses
                if (ids := [i for s, i in rated if s == status])
            )
        )
    said += f"。除いたのは{'と、'.join(named)}です"
    # (the notes under the tables, as the boxes have them: the legend, how many improved and
    # fell, then what is 未集計)
    lines = result.stdout.split("\n")
    legend = next(at for at, line in enumerate(lines) if line.startswith("凡例：A "))
    # … and each year whose own count the counts per policy are not, as compare says it
    # (review 132: a department's first answer, published as 40, was read 37 unsaid)
    counted = (
        "基本目標別の件数（同じ範囲での比較）の合計は、未集計の取組内容を除いた件数のため、令和5年度の"
        "集計の 6 件ではなく 4 件、令和7年度の集計の 4 件ではなく 2 件です。各回の集計どおりの件数は"
        "「基本目標別の件数（各回の集計）」の表のとおりです"
    )
    assert lines[legend - 1] == "" and lines[-3:] == [said, counted, ""]
    assert all(line.startswith("改善・後退した") for line in lines[legend + 1 : -3])
    boxed = RUNNER.invoke(app, args, env={"COLUMNS": "200"}).stdout
    assert said in boxed.replace("\n  ", "")  # (the line folded to the console's width)
    # like for like: 総務部's two items are in no year's counts, 令和5年度's and 令和7年度's
    # neither (those years' totals would otherwise fall and rise by them); the two items
    # 企画部 dropped after 令和5年度 left the plan, and are counted where they were rated
    totals = [counts["計"] for counts in data["policies"][-1]["counts"]]
    rated = [
        sum(bool(item["statuses"][year]) for item in data["items"] if not item["unsent_in"])
        for year in range(3)
    ]
    assert totals == rated == [4, 2, 2]
    assert data["counted"] == {"令和5年度": 6, "令和6年度": 2, "令和7年度": 4}
    out = city / "最終評価.xlsx"
    assert RUNNER.invoke(app, [*args, "--xlsx", str(out)]).exit_code == 0
    sheet = load_workbook(out)["取組内容別の評価"]
    cells = [cell.value for row in sheet.iter_rows() for cell in row if cell.value]
    notes = [line for value in cells for line in str(value).splitlines()]
    assert "未集計" in cells and any(
        line.startswith("調査票の提出がない回がある部: 総務部") for line in notes
    )


def test_rounds_are_named_by_as_much_of_their_paths_as_keeps_them_apart(tmp_path: Path) -> None:
    paths = [tmp_path / "R4" / "回答", tmp_path / "R5" / "回答", tmp_path / "R6"]
    for path in paths:
        path.mkdir(parents=True)
    (tmp_path / "最終.xlsx").write_bytes(b"")
    unknown = [planeval.ReadResult() for _ in paths]  # (no year recorded or stated)
    assert planeval.round_labels(paths, unknown) == ["R4/回答", "R5/回答", "R6"]
    assert planeval.round_labels([tmp_path / "最終.xlsx", paths[2]], unknown[:2]) == ["最終", "R6"]


def test_a_co_owner_s_template_speaks_the_city_s_words(city: Path, tmp_path: Path) -> None:
    """福祉部 leads nothing and co-owns 1-2-1: its template said 「実施内容」 and 「細目」 in
    Setagaya's words on the reference sheet and in the note where its own rows would be; its
    title 「事業 実施状況調査票」 named no plan (review 13's config names it in its title)."""
    own = 'title = "中央市DX推進計画 進捗評価結果"\nissue = "課題・今後の方向性"\ndepartment = "担当課"\n'
    (city / "planeval.toml").write_text(TOML + own, encoding="utf-8")
    config = planeval.load_config(city / "planeval.toml")
    plan = planeval.read_plan(city / "計画.xlsx")
    out = tmp_path / "調査票"
    planeval.write_templates(
        plan, out, fiscal_year=2024, scale=config.scale, wording=config.wording,
        split_by_department=True,
    )  # fmt: skip
    [welfare] = out.glob("*福祉部*.xlsx")
    book = load_workbook(welfare)
    # one vocabulary: its sheet named as its title says, its columns as the main sheet's
    # (no empty 細目), the department column titled for the 部 it holds (担当部, the body's
    # 担当課 over its plan's 部: review 121 #7)
    assert book.sheetnames == ["実施状況", "共管の取組内容", "記入方法"]
    shared = book["共管の取組内容"]
    assert (
        shared["A1"].value
        == "令和6年度（2024年度） 中央市DX推進計画 実施状況調査票（共管の取組内容・参考）"
    )
    assert shared["A2"].value == "記入する部: 福祉部\u3000対象年度: 令和6年度（2024年度）"
    assert shared["A3"].value == (
        "この部が共管する事業の取組内容です。評価は所管部が記入します（この調査票での記入は"
        "不要です）。補足があれば「共管部の意見」の欄に書いてください。"
    )
    assert [c.value for c in shared[5]] == ["事業", "取組内容", "担当部", "共管部の意見"]
    main = book["実施状況"]
    assert main["A1"].value == "令和6年度（2024年度） 中央市DX推進計画 実施状況調査票"
    assert [c.value for c in main[5]][2] == "担当部"
    texts = [c.value for row in main.iter_rows() for c in row if c.value]
    assert (
        "この部が所管する取組内容はありません（共管の取組内容は「共管の取組内容」シートにあります）"
        in texts
    )
    lines = [c.value for c in book["記入方法"]["A"] if c.value]
    assert lines[0] == main["A1"].value and not [line for line in lines if "部署" in line]
    assert (
        "担当部の欄は、事業の所管部（計画の最初の関係部）、括弧内に共管部を示しています。共管の事業"
        "の取組内容は所管部が記入します（共管部の調査票では「共管の取組内容」シートに参考として"
        "載せ、意見があれば書けるようにしています）。"
    ) in lines


def test_a_bureau_s_form_states_its_bureau_after_tantou_kyoku() -> None:
    # (川崎市's 局 forms: 「担当局：港湾局」 — unread, compare named each missing 局 twice, once
    # as the plan names it and once by its rows' 担当課: review 78)
    from planeval.io.grid import SheetGrid
    from planeval.io.stated_heading import stated_department

    for line in ("担当局：港湾局", "所管局：港湾局", "局名 港湾局"):
        grid = SheetGrid("評価票", {0: [line], 1: ["基本政策", "施策", "達成度"]})
        assert stated_department([grid]) == "港湾局", line


def test_compare_and_rounds_name_unsent_departments_in_the_body_s_word(city: Path) -> None:
    """上毛県 ([wording] department = 所管部局): 「提出がなかった部局」, not 部 (review 181 #7)."""
    (city / "planeval.toml").write_text(TOML + 'department = "所管部局"\n', encoding="utf-8")
    before = returns(city)
    after = city / "令和6年度"
    form(
        after / "DX評価_企画部.xlsx",
        "企画部",
        [("1-2-1", "(1) スマホ教室の開催", "A", "", "企画課")],
    )
    form(
        after / "DX評価_福祉部.xlsx",
        "福祉部",
        [("1-2-1", "(1) スマホ教室の開催", "A", "", "福祉課")],
    )
    config = ["--config", str(city / "planeval.toml")]
    compared = RUNNER.invoke(app, ["compare", str(before), str(after), *config]).stdout
    assert "今回は調査票の提出がなかった部局: 総務部。" in compared
    assert "提出がなかった部:" not in compared
    rounds = RUNNER.invoke(app, ["rounds", str(before), str(after), *config, "-f", "plain"]).stdout
    assert "調査票の提出がない回がある部局: 総務部（令和6年度）" in rounds
