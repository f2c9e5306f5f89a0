"""The yearly cycle as a planning section runs it: split templates from the bundled plan,
filled in as departments do (leads rate, co-owners leave the shared items alone or add a
remark), read back quietly, exported without a trace of planeval's own placeholders, and
who has not returned named."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from openpyxl import load_workbook
from typer.testing import CliRunner

import planeval
from planeval.cli import app
from planeval.io.structure import template_properties
from planeval.marks import parse_mark
from planeval.text import comparable_name
from tests.conftest import REPO, SEED_WORKBOOK, write_book
from tests.cycle_fill import (
    columns,
    fill_workbook,
    item_rows,
    reference_sheet,
    remark_column,
    split_templates,
    status_and_issue,
)

PLAN = REPO / "data" / "setagaya" / "plan.xlsx"
PLACEHOLDERS = ("再掲のため記入不要", "が記入", "記入する部", "共管の実施内容")
RATINGS = {
    "1-1-1②": ("△", "地理情報システムの統一化が必要"),
    "1-1-2①": ("◎", "電子申請の件数が増加"),
    "2-1-1④": ("×", "予算化が見送られたため"),
}
REMARKS = {"1-1-2①": "窓口での案内も強化した"}  # 財務部, a co-owner of 1-1-2


def run(*args: str):
    return CliRunner().invoke(app, list(args), env={"COLUMNS": "200"})


@pytest.fixture(scope="module")
def returned(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, tuple[str, str]]]:
    """The folder of returned workbooks, and what the leads rated (ID → (status, issue))."""
    folder = tmp_path_factory.mktemp("cycle") / "調査票"
    result = run(
        "template", str(PLAN), "--fiscal-year", "令和4", "-o", str(folder),
        "--split-by", "department", "--due", "令和5年5月31日",
    )  # fmt: skip
    assert result.exit_code == 0, result.stderr
    rated: dict[str, tuple[str, str]] = {}
    for path in sorted(folder.glob("*.xlsx")):
        remarks = REMARKS if path.name.endswith("_財務部.xlsx") else None
        rated |= fill_workbook(path, RATINGS, remarks)
    (folder / "~$実施状況調査票_2022_政策経営部.xlsx").write_bytes(b"lock")  # Excel's lock file
    return folder, rated


def test_each_workbook_knows_its_department_and_round(returned) -> None:
    folder, _ = returned
    renamed = folder.parent / "届いたファイル.xlsx"
    shutil.copy(folder / "実施状況調査票_2022_財務部.xlsx", renamed)
    book = load_workbook(renamed)
    assert parse_mark(book["実施状況"]["A2"].value) == planeval_mark("財務部", 2022)
    import zipfile

    with zipfile.ZipFile(renamed) as archive:
        properties = template_properties(archive.read)
    assert properties == {"department": "財務部", "fiscal_year": "2022"}


def planeval_mark(department: str, year: int):
    from planeval.marks import TemplateMark

    return TemplateMark(department, year)


def test_the_designed_workflow_reads_back_without_a_warning(returned) -> None:
    folder, rated = returned
    result = planeval.read_workbooks([folder])
    assert [p for p in result.problems if p.severity.value != "notice"] == []
    assert len(result.problems) == 1  # the lock file, passed over with a notice
    plan = planeval.read_plan(PLAN)
    problems = planeval.validate(result, plan=plan)
    assert [p for p in problems if p.severity.value != "notice"] == []
    # counts are the leads' ratings, each item once
    counted = {e.item_key: e.status for e in result.entries if e.status != "-"}
    assert counted == {key: status for key, (status, _issue) in rated.items()}
    assert len(result.entries) == 49
    # 所管部 is the lead: the plan's first department of the project
    lead = {f"{i.project_id}{i.item_label}": i.departments[0] for i in plan.items}
    assert {e.item_key: e.department for e in result.entries} == {
        e.item_key: lead[e.item_key] for e in result.entries
    }
    shared = next(e for e in result.entries if e.item_key == "1-1-2①")
    assert shared.department == "政策経営部"
    assert shared.issue == "電子申請の件数が増加\n（共管 財務部）窓口での案内も強化した"
    assert all(not e.issue for e in result.entries if e.status == "-")


def test_no_placeholder_reaches_any_export(returned, tmp_path: Path) -> None:
    folder, _ = returned
    result = planeval.read_workbooks([folder])
    report = planeval.build_report(result.entries, fiscal_year=2022)
    out = tmp_path / "out"
    out.mkdir()
    exported = planeval.export(
        report,
        xlsx=out / "第3章.xlsx",
        md=out / "第3章.md",
        html=out / "第3章.html",
        csv=out / "csv",
        json=out / "第3章.json",
    )
    texts = [
        path.read_text(encoding="utf-8-sig")
        for path in [*exported.files, *(out / "csv").glob("*.csv")]
        if path.suffix in (".md", ".html", ".json", ".csv")
    ]
    book = load_workbook(out / "第3章.xlsx")
    texts += [
        str(cell.value) for sheet in book for row in sheet.iter_rows() for cell in row if cell.value
    ]
    assert len(texts) > 100
    for placeholder in PLACEHOLDERS:
        assert not [text for text in texts if placeholder in text], placeholder
    assert any("（共管 財務部）窓口での案内も強化した" in text for text in texts)


def test_a_department_that_returned_nothing_is_named_unsubmitted(returned, tmp_path: Path) -> None:
    folder, _ = returned
    partial = tmp_path / "届いた分"
    shutil.copytree(folder, partial)
    (partial / "実施状況調査票_2022_教育政策部.xlsx").unlink()  # leads 1-1-4's items
    (partial / "実施状況調査票_2022_財務部.xlsx").unlink()  # co-owns 1-1-2 only: owes nothing
    (partial / "実施状況調査票_2022_危機管理部.xlsx").rename(partial / "危機管理部から.xlsx")
    result = run("validate", str(partial), "--plan", str(PLAN), "-f", "json")
    assert result.exit_code == 1
    states = {s["department"]: s["label"] for s in json.loads(result.stdout)["submissions"]}
    assert (states["教育政策部"], states["財務部"]) == ("未提出", "提出不要")
    assert states["危機管理部"] == "提出済"  # known by what is inside, not by the file name
    assert [d for d, label in states.items() if label not in ("提出済", "提出不要")] == [
        "教育政策部"
    ]
    table = run("validate", str(partial), "--plan", str(PLAN), "-q")
    assert table.exit_code == 1
    assert "│ 教育政策部" in table.stdout and "未提出" in table.stdout
    # (関係各部 said apart, not counted as a 部: review 162 #8)
    assert table.stdout.strip().endswith(
        "17 部、会計室、税・国保・手数料等取扱所管課と関係各部のうち、未提出 1 部（教育政策部）があります"
    )
    assert "お知らせ:" not in table.stdout  # -q: errors only (and how many it keeps back)
    assert "ほかに警告・お知らせ" in table.stdout
    complete = run("validate", str(folder), "--plan", str(PLAN), "-f", "json")
    assert complete.exit_code == 0, complete.stdout


def test_the_accounting_office_is_called_a_room_not_a_bu(returned, tmp_path: Path) -> None:
    """Review of the fifty-first session: 会計室 not returning was 「未提出 1 部（会計室）」 and
    「この部が所管する」; a 室 is said as one, and counted apart from the 部."""
    folder, _ = returned
    partial = tmp_path / "届いた分"
    shutil.copytree(folder, partial)
    (partial / "実施状況調査票_2022_会計室.xlsx").unlink()
    table = run("validate", str(partial), "--plan", str(PLAN))
    assert table.exit_code == 1
    assert (
        "会計室の回答がどのファイルにもありません（未提出）。この室が所管する計画の" in table.stdout
    )
    assert table.stdout.strip().endswith(
        "17 部、会計室、税・国保・手数料等取扱所管課と関係各部のうち、未提出 1 室（会計室）があります"
    )


def test_the_designed_yearly_cycle_says_no_warning_and_no_notice(tmp_path: Path) -> None:
    """README's yearly cycle on the seed plan, two rounds as the planning section runs them:
    template, every department fills its form as asked, validate --plan, summarize, export,
    then compare the rounds' exports (and folders). The designed workflow runs with no warning
    at all, and with no notice repeating on every run about something the clerk cannot or need
    not act on (review 84: the plan's 「関係各部」 and other notices on every validate, a notice
    for each export read back): template says the plan's own notices, once."""
    exports = []
    folders = []
    for era, ratings in (("令和4", RATINGS), ("令和5", {"2-1-1④": ("△", "一部の部署で導入")})):
        folder = tmp_path / era
        due = f"令和{int(era.removeprefix('令和')) + 1}年5月31日"  # (after the year: review 162 #8)
        made = run("template", str(PLAN), "--fiscal-year", era, "--due", due,
                   "-o", str(folder), "--split-by", "department")  # fmt: skip
        assert made.exit_code == 0, made.stderr
        assert "「関係各部」の調査票を記入する部署を決めて" in made.stderr  # (once, here)
        assert "警告" not in made.stderr and "--due" not in made.stderr
        for path in sorted(folder.glob("*.xlsx")):
            fill_workbook(path, ratings, REMARKS if path.name.endswith("_財務部.xlsx") else None)
        checked = run("validate", str(folder), "--plan", str(PLAN))
        assert checked.exit_code == 0, checked.stdout
        assert checked.stderr == ""
        assert checked.stdout.splitlines()[:2] == [
            "問題は見つかりませんでした（20 ファイル、49 件）",
            "提出状況",
        ]
        assert (
            "全 17 部、会計室、税・国保・手数料等取扱所管課と関係各部の調査票が提出され、すべて記入されています"
            in checked.stdout
        )
        out = tmp_path / f"{era}.xlsx"
        for args in (
            ["summarize", str(folder), "--plan", str(PLAN)],
            ["export", str(folder), "--plan", str(PLAN), "--xlsx", str(out)],
        ):
            said = run(*args)
            assert (said.exit_code, said.stderr) == (0, ""), args
        exports.append(str(out))
        folders.append(str(folder))
    for args in (
        ["compare", *exports],
        ["compare", *exports, "--plan", str(PLAN)],
        ["compare", *folders, "--plan", str(PLAN)],
        ["compare", exports[0], folders[1], "--plan", str(PLAN)],
        ["summarize", exports[1]],
        ["check", exports[1]],
    ):
        said = run(*args)
        assert (said.exit_code, said.stderr) == (0, ""), (args, said.stderr)
    assert "2-1-1④" in run("compare", *exports).stdout  # (× → △: the rounds were compared)


def test_template_quiet_leaves_out_the_plans_notices(tmp_path: Path) -> None:
    """-q, as every reading command has it: the forms written and said, the plan's notices
    (「関係各部」 …), which a clerk making the forms again has read, not said."""
    args = ("template", str(PLAN), "--fiscal-year", "令和4", "--split-by", "department")
    made = run(*args, "-o", str(tmp_path / "quiet"), "-q")
    assert made.exit_code == 0 and made.stderr == "", made.stderr
    assert made.stdout.count("書き出しました") == len(list((tmp_path / "quiet").glob("*.xlsx")))
    assert "関係各部" in run(*args, "-o", str(tmp_path / "said")).stderr


def test_a_placeholder_lead_is_said_only_while_its_form_has_not_come_back(
    returned, tmp_path: Path
) -> None:
    """The seed plan's 3-1-2 is led by 「関係各部」: template says once that someone must be
    chosen to fill its form. Its form back and filled, validate says nothing of it (review 84:
    the notice on every validate of a correct round); not back, the notice says what to do."""
    folder, _ = returned
    complete = run("validate", str(folder), "--plan", str(PLAN), "-f", "json")
    assert complete.exit_code == 0, complete.stdout
    said = [p["message"] for p in json.loads(complete.stdout)["problems"]]
    assert not [message for message in said if "関係各部" in message]
    partial = tmp_path / "届いた分"
    shutil.copytree(folder, partial)
    (partial / "実施状況調査票_2022_関係各部.xlsx").unlink()
    missing = run("validate", str(partial), "--plan", str(PLAN), "-f", "json")
    assert missing.exit_code == 1
    data = json.loads(missing.stdout)
    [notice] = [
        p for p in data["problems"] if "関係各部" in p["message"] and p["severity"] == "notice"
    ]
    assert (notice["severity"], notice["cell"]) == ("notice", "F56")  # (its 関係部 cell)
    assert notice["message"].startswith("3-1-2 の所管が「関係各部」です。")
    states = {s["department"]: s["label"] for s in data["submissions"]}
    assert states["関係各部"] == "未提出"


def test_an_unrated_item_of_a_lead_is_counted_as_missing(returned, tmp_path: Path) -> None:
    folder, _ = returned
    partial = tmp_path / "一部未記入"
    shutil.copytree(folder, partial)
    path = partial / "実施状況調査票_2022_危機管理部.xlsx"
    book = load_workbook(path)
    sheet = book["実施状況"]
    status, _issue = status_and_issue(sheet)
    blank = next(row for row in sheet.iter_rows(min_row=6) if row[status].value == "○")
    blank[status].value = None
    book.save(path)
    result = run("validate", str(partial), "--plan", str(PLAN), "-f", "json")
    data = json.loads(result.stdout)
    states = {s["department"]: s["label"] for s in data["submissions"]}
    assert result.exit_code == 1 and states["危機管理部"] == "未記入 1件"
    [said] = [p["message"] for p in data["problems"] if p["severity"] == "error"]
    assert said.startswith("実施内容「") and said.endswith("」の達成状況が空です")


def test_a_form_sent_back_blank_is_one_error_naming_its_cells(returned, tmp_path: Path) -> None:
    """A department that returned its form as it was given (only the template's own '-' on the
    repeat listings): one error for the form, naming how many cells are blank and where, not
    one per row; its repeat listings point at items that are there (blank), not missing. (A
    copy left blank because other copies rate its rows stays a notice: the whole-plan test.)"""
    from tests.test_rollup import assert_same

    folder, rated = returned
    partial = tmp_path / "白紙あり"
    shutil.copytree(folder, partial)
    blank = split_templates(tmp_path / "配布") / "実施状況調査票_2022_政策経営部.xlsx"
    shutil.copy(blank, partial / blank.name)
    result = run("validate", str(partial), "--plan", str(PLAN), "-f", "json")
    assert result.exit_code == 1
    data = json.loads(result.stdout)
    [error] = [p for p in data["problems"] if p["severity"] == "error"]
    sheet = load_workbook(blank)["実施状況"]
    status, _issue = status_and_issue(sheet)
    blanks = [row[status].coordinate for _key, row in item_rows(sheet)]
    assert len(blanks) > 30
    assert error["file"].endswith("_政策経営部.xlsx") and error["cell"] == blanks[0]
    assert error["message"] == (
        f"達成状況が一つも記入されていません（空欄 {len(blanks)} か所: "
        f"{'・'.join(blanks[:5])} ほか {len(blanks) - 5} か所）。記入前の調査票が提出されたようです"
    )
    states = {s["department"]: s["label"] for s in data["submissions"]}
    assert states["政策経営部"] == f"未記入 {len(blanks)}件"
    # kept and streamed alike, and every other department's ratings still counted
    summary = assert_same([partial])
    assert summary.total.total == sum(1 for s, _ in rated.values() if s != "-") - len(blanks)


def test_compare_with_last_period_pairs_only_the_same_items(returned) -> None:
    folder, _ = returned
    for extra in ([], ["--map", "1-1-3=1-1-4"]):
        result = run("compare", str(SEED_WORKBOOK), str(folder), "-f", "json", "--all", *extra)
        data = json.loads(result.stdout)
        paired = [m for m in data["movements"] if m["kind"] in ("changed", "same")]
        assert any(m["kind"] == "changed" for m in paired)
        for movement in paired:
            old, new = movement["old"], movement["new"]
            assert comparable_name(old["item_name"]) == comparable_name(new["item_name"]), movement

    # with 1-1-3=1-1-4, the old 1-1-3③ (学校教育におけるICT活用基盤の整備) lands on the new
    # 1-1-4③ (学習支援アプリ…): a removal and an addition, never 後退
    def named(entry: dict | None) -> str:
        return entry["project_id"] + entry["item_label"] if entry else ""

    third = [
        m for m in data["movements"] if named(m["old"]) == "1-1-3③" or named(m["new"]) == "1-1-4③"
    ]
    assert sorted(m["kind"] for m in third) == ["added", "removed"]


def test_last_years_workbook_sent_again_is_not_counted_as_this_years(
    returned, tmp_path: Path
) -> None:
    """A department that sends last year's file: an error at its round's cell, its rows left
    out, whether the read is kept or counted file by file."""
    folder, _ = returned
    mixed = tmp_path / "今年度"
    shutil.copytree(folder, mixed)
    (mixed / "実施状況調査票_2022_財務部.xlsx").unlink()
    last_year = split_templates(tmp_path / "昨年度", "令和3")
    fill_workbook(last_year / "実施状況調査票_2021_財務部.xlsx", default="◎")
    shutil.copy(last_year / "実施状況調査票_2021_財務部.xlsx", mixed)
    read = planeval.read_workbooks([mixed])
    [error] = read.errors
    assert Path(error.location.file).name == "実施状況調査票_2021_財務部.xlsx"
    assert (error.location.sheet, error.location.cell) == ("実施状況", "A2")
    assert error.message.startswith("令和3年度（2021年度）の調査票です")
    assert error.hint == (  # (its only reply: last year's form typed over, review 184 #8)
        "財務部に「今年度の様式に転記して提出し直してください」と伝えてください"
        "（今年度の様式: 令和4年度（2022年度）の調査票）"
    )
    assert not [e for e in read.entries if "2021" in e.location.file]
    assert "◎" not in {e.status for e in read.entries if e.department == "財務部"}
    kept = planeval.summarize(read.entries)
    streamed, counted = planeval.summarize_workbooks([mixed], stream=True)
    assert streamed == kept
    assert sorted(map(str, counted.errors)) == sorted(map(str, read.errors))
    # 提出状況 says what arrived instead of leaving the file column empty; 財務部 leads no item
    # (a co-owner only): it owes nothing, 提出不要, never 未提出 (review 162 #1)
    returned = {s.department: s for s in planeval.submissions(read, planeval.read_plan(PLAN))}
    finance = returned["財務部"]
    assert (finance.state, finance.label) == ("提出不要", "提出不要（令和3年度の調査票）")
    assert [Path(file).name for file in finance.files] == ["実施状況調査票_2021_財務部.xlsx"]
    assert returned["政策経営部"].other_round is None


def test_validate_with_the_rounds_year_catches_a_single_last_year_file(
    returned, tmp_path: Path
) -> None:
    """One file alone has no other file to tell its year by: --fiscal-year names the round."""
    folder, _ = returned
    alone = folder / "実施状況調査票_2022_財務部.xlsx"
    assert run("validate", str(alone), "--fiscal-year", "令和4").exit_code == 0
    result = run("validate", str(alone), "--fiscal-year", "令和5", "-f", "json")
    assert result.exit_code == 1
    [error] = [p for p in json.loads(result.stdout)["problems"] if p["severity"] == "error"]
    assert error["cell"] == "A2"
    assert error["message"].startswith(
        "令和4年度（2022年度）の調査票です（この回は令和5年度（2023年度））"
    )
    assert run("validate", str(alone), "--fiscal-year", "四年").exit_code == 2


def test_rounds_given_newest_first_are_refused(returned, tmp_path: Path) -> None:
    """compare 今回 前回 (the arguments swapped) would show every movement backwards: the
    templates' years tell, and the run stops with the order to give them in."""
    folder, _ = returned
    last_year = split_templates(tmp_path / "昨年度", "令和3")
    for path in last_year.glob("*.xlsx"):
        fill_workbook(path, default="○")
    assert run("compare", str(last_year), str(folder), "-f", "json").exit_code == 0
    swapped = run("compare", str(folder), str(last_year))
    assert swapped.exit_code == 2
    assert "1 番目の回は令和4年度（2022年度）、2 番目の回は令和3年度（2021年度）" in swapped.stderr
    assert "古い回から順に指定してください" in swapped.stderr
    assert "Traceback" not in swapped.stderr
    assert run("rounds", str(last_year), str(folder), str(last_year)).exit_code == 2
    old, new = planeval.read_workbooks([folder]), planeval.read_workbooks([last_year])
    with pytest.raises(planeval.UsageError, match="古い回から順に"):
        planeval.compare(old, new)


def test_an_export_records_the_year_its_templates_record(returned, tmp_path: Path) -> None:
    """export without --fiscal-year labels the report with the templates' year (and records
    it for reading back); a --fiscal-year the templates contradict is refused, nothing
    written."""
    import zipfile

    from planeval.io.structure import custom_properties, recorded_year

    folder, _ = returned
    report = tmp_path / "第3章.xlsx"
    assert run("export", str(folder), "--xlsx", str(report)).exit_code == 0
    assert load_workbook(report)["集計"]["A2"].value == "令和4年度（2022年度）"
    with zipfile.ZipFile(report) as archive:
        assert recorded_year(custom_properties(archive.read)) == ("集計", 2022)
    assert planeval.read_workbooks([report]).years[str(report)].fiscal_year == 2022
    wrong = tmp_path / "R5.xlsx"
    refused = run("export", str(folder), "--xlsx", str(wrong), "--fiscal-year", "令和5")
    assert refused.exit_code == 2
    assert "--fiscal-year は令和5年度（2023年度）ですが、読み込んだブックは令和4年度" in (
        refused.stderr
    )
    assert "_2022_" in refused.stderr and "› 実施状況 › A2" in refused.stderr
    assert not wrong.exists()
    same = tmp_path / "R4.xlsx"
    assert run("export", str(folder), "--xlsx", str(same), "--fiscal-year", "2022").exit_code == 0


def test_rounds_given_as_exports_are_judged_by_their_recorded_year(
    returned, tmp_path: Path
) -> None:
    """Last year's export against this year's folder: given newest first it is refused as two
    folders are; a round given twice (the same year) gets a notice, not a refusal."""
    folder, _ = returned
    last_year = split_templates(tmp_path / "昨年度", "令和3")
    for path in last_year.glob("*.xlsx"):
        fill_workbook(path, default="○")
    exported = tmp_path / "昨年度.xlsx"
    assert run("export", str(last_year), "--xlsx", str(exported)).exit_code == 0
    assert run("compare", str(exported), str(folder), "-q").exit_code == 0
    swapped = run("compare", str(folder), str(exported), "-q")
    assert swapped.exit_code == 2
    assert "2 番目の回は令和3年度（2021年度）のものです（" in swapped.stderr
    assert "昨年度.xlsx › 集計 › A2）。このままでは改善と後退が逆に出る" in swapped.stderr
    assert run("rounds", str(folder), str(exported), "-q").exit_code == 2
    with pytest.raises(planeval.UsageError, match="古い回から順に"):
        planeval.rounds(
            [planeval.read_workbooks([folder]), planeval.read_workbooks([exported])],
            labels=["今年度", "昨年度"],
        )
    twice = run("compare", str(exported), str(last_year), "-f", "json")
    assert twice.exit_code == 0
    [notice] = [p for p in json.loads(twice.stdout)["problems"] if "どちらも" in p["message"]]
    assert notice["severity"] == "notice" and notice["cell"] == "A2"
    assert "どちらも令和3年度（2021年度）のものです（" in notice["message"]
    comparison = planeval.compare(
        planeval.read_workbooks([exported]), planeval.read_workbooks([folder])
    )
    assert comparison.notices == ()


def _fill_own_rows(path: Path, department: str, target: Path) -> int:
    """A department's copy of the whole-plan workbook: only the rows it leads rated."""
    book = load_workbook(path)
    sheet = book["実施状況"]
    column = columns(sheet)
    status, item = column["達成状況"], column["実施内容"]
    rated = 0
    for row in sheet.iter_rows(min_row=6):
        lead = str(row[column["所管部"]].value or "").split("（")[0]
        if lead == department and row[status].value is None and row[item].value:
            row[status].value = "○"
            rated += 1
    book.save(target)
    return rated


def test_the_whole_plan_workbook_passed_round_reads_back_quietly(
    tmp_path: Path,
) -> None:
    """The template not split by department, a copy to each department, each rating only its
    own rows: a blank row whose item another copy rates is no error and says nothing (review
    162 #3: one notice a copy, on README's way of passing it round), and the template's own
    '-' on a repeat listing in every copy says nothing; a row no copy rates is still an error.
    Kept and streamed counts agree."""
    from tests.test_rollup import assert_same

    whole = tmp_path / "全庁.xlsx"
    written = run("template", str(PLAN), "--fiscal-year", "令和4", "-o", str(whole))
    assert written.exit_code == 0, written.stderr
    sheet = load_workbook(whole)["実施状況"]
    column = columns(sheet)
    item, lead, status = column["実施内容"], column["所管部"], column["達成状況"]
    leads = sorted(
        {str(row[lead]).split("（")[0] for row in sheet.iter_rows(min_row=6, values_only=True)
         if row[item] and row[lead] and row[status] is None}
    )  # fmt: skip
    folder = tmp_path / "回答"
    folder.mkdir()
    rated = sum(_fill_own_rows(whole, lead, folder / f"全庁調査票_{lead}.xlsx") for lead in leads)
    result = run("validate", str(folder), "-f", "json")
    assert result.exit_code == 0, result.stdout
    problems = json.loads(result.stdout)["problems"]
    assert {p["severity"] for p in problems} <= {"notice"}
    # (only the plan's 术 and 实, outside Shift_JIS, in the copies rating them)
    assert [p for p in problems if "Shift_JIS" not in p["message"]] == []
    assert not [
        p for p in planeval.read_workbooks([folder]).problems if "ほかのファイル" in p.message
    ]
    summary = assert_same([folder])
    assert summary.total.total == rated
    # a department that forgot one of its rows: that item is blank in every copy, one error
    # at its first copy naming the blank cells of the others
    first = sorted(folder.glob("*.xlsx"))[0]
    book = load_workbook(first)
    status, _issue = status_and_issue(book["実施状況"])
    cell = next(
        row[status] for row in book["実施状況"].iter_rows(min_row=6) if row[status].value == "○"
    )
    cell.value = None
    book.save(first)
    read = planeval.read_workbooks([folder])
    [error] = read.errors
    assert (Path(error.location.file), error.location.cell) == (first, cell.coordinate)
    assert "」の達成状況が空です（どのファイルでも記入されていません。" in error.message
    others = sorted(folder.glob("*.xlsx"))[1:]
    assert all(f"{other} › 実施状況 › {cell.coordinate}" in error.message for other in others)
    assert assert_same([folder]).total.total == rated - 1


def test_copies_of_the_whole_plan_workbook_are_each_their_department_s(tmp_path: Path) -> None:
    """Copies of the whole-plan workbook sent back by some departments: validate --plan names
    each department with its own copies (named after it, or rating its rows) and a department
    that sent none 未提出 — every department was 提出済 with every copy (review 9)."""
    whole = tmp_path / "全庁.xlsx"
    assert run("template", str(PLAN), "--fiscal-year", "令和4", "-o", str(whole)).exit_code == 0
    folder = tmp_path / "回答"
    folder.mkdir()
    for lead in ("財務部", "地域行政部"):
        _fill_own_rows(whole, lead, folder / f"全庁調査票_{lead}.xlsx")
    data = json.loads(run("validate", str(folder), "--plan", str(PLAN), "-f", "json").stdout)
    said = {s["department"]: (s["state"], s["files"]) for s in data["submissions"]}
    assert said["財務部"] == ("提出済", [str(folder / "全庁調査票_財務部.xlsx")])
    assert said["地域行政部"] == ("提出済", [str(folder / "全庁調査票_地域行政部.xlsx")])
    assert said["政策経営部"] == ("未提出", [])


def test_one_copy_named_after_its_department_is_no_other_department_s(tmp_path: Path) -> None:
    """Only 財務部 sent its copy of the whole-plan workbook back, named after it: a department
    that sent nothing is 未提出, not 未記入 with 財務部's file (review 10)."""
    whole = tmp_path / "全庁.xlsx"
    assert run("template", str(PLAN), "--fiscal-year", "令和4", "-o", str(whole)).exit_code == 0
    folder = tmp_path / "回答"
    folder.mkdir()
    _fill_own_rows(whole, "財務部", folder / "全庁調査票_財務部.xlsx")
    data = json.loads(run("validate", str(folder), "--plan", str(PLAN), "-f", "json").stdout)
    said = {s["department"]: (s["state"], s["files"]) for s in data["submissions"]}
    assert said["財務部"] == ("提出済", [str(folder / "全庁調査票_財務部.xlsx")])
    assert said["政策経営部"] == ("未提出", [])


def test_an_item_two_copies_rate_differently_is_not_also_blank_everywhere(tmp_path: Path) -> None:
    """Whole-plan copies where two departments rate one item differently and a third leaves it
    blank: one error, the disagreement; not also 「どのファイルでも記入されていません」 at the
    blank copy (review 9)."""
    whole = tmp_path / "全庁.xlsx"
    assert run("template", str(PLAN), "--fiscal-year", "令和4", "-o", str(whole)).exit_code == 0
    folder = tmp_path / "回答"
    folder.mkdir()
    own = folder / "全庁調査票_政策経営部.xlsx"
    assert _fill_own_rows(whole, "政策経営部", own)
    book = load_workbook(own)
    status, _issue = status_and_issue(book["実施状況"])
    cell = next(
        row[status] for row in book["実施状況"].iter_rows(min_row=6) if row[status].value == "○"
    )
    other = load_workbook(whole)
    other["実施状況"][cell.coordinate] = "△"
    other.save(folder / "全庁調査票_地域行政部.xlsx")
    load_workbook(whole).save(folder / "全庁調査票_財務部.xlsx")  # (left blank)
    read = planeval.read_workbooks([folder])
    at_cell = [p for p in read.errors if p.location.cell == cell.coordinate]
    assert len(at_cell) == 1 and "達成状況が違います" in at_cell[0].message


def test_a_reply_saved_as_xls_is_named_in_the_submissions(tmp_path: Path) -> None:
    """A department that sent its reply as .xls: 未提出, with the file named beside it (it was
    only among the errors above the table: review 9); one leading no item (財務部, a co-owner
    only) 提出不要, its file named too — it owes nothing (review 162 #1: it was 未提出)."""
    folder = tmp_path / "回答"
    folder.mkdir()
    xls, co_owner = folder / "危機管理部.xls", folder / "財務部.xls"
    for file in (xls, co_owner):
        file.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504))
    result = run("validate", str(folder), "--plan", str(PLAN), "-f", "json")
    assert result.exit_code == 1
    said = {s["department"]: s for s in json.loads(result.stdout)["submissions"]}
    assert said["危機管理部"]["state"] == "未提出" and said["危機管理部"]["files"] == [str(xls)]
    assert said["危機管理部"]["label"] == "未提出（読めないファイルのみ）"
    assert said["財務部"]["state"] == "提出不要" and said["財務部"]["files"] == [str(co_owner)]
    assert said["財務部"]["label"] == "提出不要（読めないファイルのみ）"
    assert said["政策経営部"]["files"] == [] and said["政策経営部"]["label"] == "未提出"


def test_template_says_what_the_plan_asks_of_the_clerk(tmp_path: Path) -> None:
    """A project led by 「関係各部」 (no department's name): its workbook is written, and the
    run says to choose who fills it in — at template time, not first at validate --plan."""
    result = run(
        "template", str(PLAN), "--fiscal-year", "令和4", "-o", str(tmp_path / "t"),
        "--split-by", "department",
    )  # fmt: skip
    assert result.exit_code == 0
    assert (tmp_path / "t" / "実施状況調査票_2022_関係各部.xlsx").is_file()
    # (and, each in full, where the plan's list and cards word an item otherwise:
    # test_validate_notices.py)
    [notice] = [line for line in result.stderr.splitlines() if "関係各部" in line]
    assert (
        notice.startswith("お知らせ:")
        and "F56" in notice
        and "「関係各部」の調査票を記入する部署を決めて" in notice
    )


def test_a_plan_numbered_1_1_is_told_its_numbers_not_its_headers(tmp_path: Path) -> None:
    """Review 10: a plan list whose headers were right and whose projects were numbered 1-1
    was told 「表が見つかりません（見出し行に「実施内容」と…の列が必要です）」. A plan of two
    levels is read (validate --plan, below), and its template numbers each level in a column
    of its own (review 88: it was refused as 「2 段」)."""
    from openpyxl import Workbook

    book = Workbook()
    book.active.append(["事業番号", "事業名", "実施内容番号", "実施内容名", "区分", "関係部"])
    book.active.append(["1-1", "窓口サービスの改善", "(1)", "窓口の一元化", "継続", "市民課"])
    book.save(tmp_path / "計画.xlsx")
    result = run("template", str(tmp_path / "計画.xlsx"), "--fiscal-year", "令和4",
                 "-o", str(tmp_path / "t.xlsx"))  # fmt: skip
    assert result.exit_code == 0 and "見出し行に" not in result.output, result.output
    sheet = load_workbook(tmp_path / "t.xlsx")["実施状況"]
    assert [cell.value for cell in sheet[5]][:4] == [
        "情報化計画事業番号", "情報化計画事業", "実施内容番号", "実施内容"
    ]  # fmt: skip
    assert [cell.value for cell in sheet[6]][:4] == [
        "1-1",
        "窓口サービスの改善",
        "(1)",
        "窓口の一元化",
    ]


def test_a_plan_of_two_levels_is_refused_at_its_number_as_typed(tmp_path: Path) -> None:
    """Gunma's plan typed 「1-(1)」 in 事業番号 (B3): the refusal named the item's cell (E3) and
    「1-1」, a number the plan never wrote; it names the number's cell, as typed. A pillar typed
    with its name, 枚方市's 「1-1 防災・防犯」, is named by its number alone. (A plan numbered
    so throughout makes forms: tests/test_template_two_levels.py; one that numbers some
    projects 1-1-1 makes none.)"""
    from openpyxl import Workbook

    for number, said in (("1-(1)", "1-(1)"), ("1（2）", "1（2）"), ("1-1 防災・防犯", "1-1")):
        book = Workbook()
        book.active.append(["群馬県情報化推進計画 指標一覧"])
        book.active.append(
            ["基本目標", "事業番号", "事業名", "実施内容番号", "実施内容名", "区分", "担当課"]
        )
        book.active.append(["1 県民サービス", "2-1-1", "窓口の改善", "ア", "窓口の一元化",
                            "継続", "市民課"])  # fmt: skip
        book.active.append(["1 県民サービス", number, "手続のオンライン化", "ア", "電子申請の手続数",
                            "継続", "デジタル推進課"])  # fmt: skip
        book.save(tmp_path / "計画.xlsx")
        result = run("template", str(tmp_path / "計画.xlsx"), "--fiscal-year", "令和5",
                     "-o", str(tmp_path / "t.xlsx"))  # fmt: skip
        assert result.exit_code == 1 and "Traceback" not in result.output
        assert f"計画.xlsx › Sheet › B4: 計画の番号が「{said}」の 2 段のため" in result.stderr, (
            result.stderr
        )


def test_a_plan_of_two_levels_is_checked_against_its_departments_forms(tmp_path: Path) -> None:
    """Gunma's plan (review 14): 1-(1) 項目 over indicators ア, イ, one department's form each.
    validate --plan refused it (「3 段の番号で書いてください」), and with a made-up third level
    called every indicator 「計画にない」 and every department 未記入."""
    from openpyxl import Workbook

    book = Workbook()
    book.active.append(["事業番号", "事業名", "実施内容番号", "実施内容名", "区分", "関係部"])
    book.active.append(
        ["1-(1)", "行政手続のオンライン化", "ア", "電子申請の割合", "継続", "総務部"]
    )
    book.active.append(["1-(1)", "行政手続のオンライン化", "イ", "窓口数", "継続", "総務部"])
    book.active.append(["1-(2)", "医療のICT活用", "ア", "医療機関数", "継続", "健康福祉部"])
    book.save(tmp_path / "計画.xlsx")
    config = tmp_path / "planeval.toml"
    config.write_text('[scale]\npreset = "gunma"\n', encoding="utf-8")
    forms = tmp_path / "回答"
    forms.mkdir()
    rows = [["担当部局：総務部"], ["基本目標1 デジタル県庁"], ["項目", "指標", "指標の評価", "備考"],
            ["(1) 行政手続のオンライン化", "", "", ""],
            ["ア", "電子申請の割合", "達成A", ""], ["イ", "窓口数", "前進B", ""]]  # fmt: skip
    write_book(forms / "進捗状況_総務部.xlsx", {"進捗状況": rows})
    checked = run("validate", str(forms), "--plan", str(tmp_path / "計画.xlsx"),
                  "--config", str(config), "-f", "json")  # fmt: skip
    assert checked.exit_code == 1, checked.output  # (健康福祉部 has not answered)
    data = json.loads(checked.stdout)
    assert [p["message"] for p in data["problems"] if p["severity"] == "error"] == []
    states = {s["department"]: s["label"] for s in data["submissions"]}
    assert states == {"総務部": "提出済", "健康福祉部": "未提出"}


def test_a_plan_of_two_levels_pairs_with_forms_writing_1_over_1_a(tmp_path: Path) -> None:
    """A 行政改革大綱 (review 15, 20): the plan lists 1-(1) over ア and イ; the form writes
    改革項目 「1 民間委託等の推進」 over 取組項目 「(1)ア 窓口業務の民間委託」. Every row was
    「計画にない」, every plan item 「どのファイルにもありません」 and every department 未記入.
    Paired, a row left out is still missing, named as the forms number it."""
    from openpyxl import Workbook

    book = Workbook()
    book.active.append(["事業番号", "事業名", "実施内容番号", "実施内容名", "区分", "関係部"])
    for row in (
        ["1-(1)", "民間委託等の推進", "ア", "窓口業務の民間委託", "継続", "市民課"],
        ["1-(1)", "民間委託等の推進", "イ", "学校給食調理業務の委託", "継続", "教育総務課"],
        ["1-(2)", "民間委託等の推進", "ア", "指定管理者制度の活用", "継続", "行政改革課"],
        ["2-(1)", "事務事業の見直し", "ア", "補助金の見直し", "継続", "財政課"],
        ["2-(1)", "事務事業の見直し", "イ", "使用料・手数料の見直し", "継続", "財政課"],
    ):
        book.active.append(row)
    book.save(tmp_path / "計画.xlsx")
    config = tmp_path / "planeval.toml"
    config.write_text(
        '[scale]\npreset = "progress"\n[wording]\npolicy = "改革項目"\nitem = "取組項目"\n'
        'status = "実施状況"\nissue = "課題"\ndepartment = "担当課"\n',
        encoding="utf-8",
    )
    rows = [
        ["第6次行政改革大綱 取り組み項目の進捗状況（令和6年度）"],
        [],
        ["改革項目", "取組項目", "実施状況", "課題", "担当課"],
        ["1 民間委託等の推進", "(1)ア 窓口業務の民間委託", "完了", "", "市民課"],
        ["", "(1)イ 学校給食調理業務の委託", "完了", "", "教育総務課"],
        ["", "(2)ア 指定管理者制度の活用", "取組中", "調整中", "行政改革課"],
        ["2 事務事業の見直し", "(1)ア 補助金の見直し", "完了", "", "財政課"],
        ["", "(1)イ 使用料・手数料の見直し", "取組中", "改定時期の再検討", "財政課"],
    ]
    forms = tmp_path / "令和6年度"
    forms.mkdir()
    write_book(forms / "進捗状況.xlsx", {"進捗状況": rows})
    args = ["validate", str(forms), "--plan", str(tmp_path / "計画.xlsx"), "--config", str(config)]
    checked = run(*args, "-f", "json")
    assert checked.exit_code == 0, checked.stdout
    data = json.loads(checked.stdout)
    assert data["problems"] == []
    assert {s["label"] for s in data["submissions"]} == {"提出済"}

    write_book(forms / "進捗状況.xlsx", {"進捗状況": rows[:-1]})  # 財政課's 2(1)イ left out
    checked = run(*args, "-f", "json")
    data = json.loads(checked.stdout)
    assert checked.exit_code == 1
    assert [p["message"] for p in data["problems"]] == [
        "計画の取組項目 2-(1)イ 使用料・手数料の見直し がどのファイルにもありません（所管課: "
        f"財政課。財政課の回答 {forms / '進捗状況.xlsx'} にこの行がありません）"
    ]
    states = {s["department"]: s["label"] for s in data["submissions"]}
    assert states["財政課"] == "行なし 1件" and states["市民課"] == "提出済"


def test_template_force_never_writes_over_a_filled_reply(tmp_path: Path) -> None:
    """Re-making the forms in the folder the replies came back to: --force replaces blank
    forms, never one holding a department's status or a co-owner's remark (review of the
    twenty-ninth session's note: the 会計室's ○ and △ were lost without a word)."""
    folder = split_templates(tmp_path / "調査票", "令和6")
    rated = folder / "実施状況調査票_2024_会計室.xlsx"
    fill_workbook(rated, default="○")
    remarked = folder / "実施状況調査票_2024_総務部.xlsx"
    book = load_workbook(remarked)
    shared = reference_sheet(book)
    assert shared is not None
    shared.cell(row=6, column=remark_column(shared) + 1, value="共管部として予算要求を支援")
    book.save(remarked)
    args = ("template", str(PLAN), "--fiscal-year", "令和6", "-o", str(folder),
            "--split-by", "department", "--force")  # fmt: skip
    refused = run(*args)
    assert refused.exit_code == 2, refused.stderr
    assert "記入済みの調査票です" in refused.stderr and "ほか 1 冊" in refused.stderr
    assert "会計室.xlsx" in refused.stderr and "実施状況 › D8 に「○」" in refused.stderr
    assert load_workbook(rated)["実施状況"]["D8"].value == "○"  # nothing written
    rated.rename(tmp_path / rated.name)
    remarked.rename(tmp_path / remarked.name)
    again = run(*args)
    assert again.exit_code == 0, again.stderr
    assert load_workbook(rated)["実施状況"]["D8"].value is None  # a blank form again


def test_a_co_owner_only_department_that_returns_nothing_owes_nothing(tmp_path: Path) -> None:
    """Review 45: a department leading no item (its form asks only an optional remark) that
    sent nothing back was 未提出 beside one owing 4 items, and validate exited 1."""
    folder = split_templates(tmp_path / "回答", "令和6")
    for path in folder.glob("*.xlsx"):
        fill_workbook(path, default="○")
    (folder / "実施状況調査票_2024_財務部.xlsx").unlink()  # (leads nothing: co-owner only)
    said = run("validate", str(folder), "--plan", str(PLAN), "-f", "json")
    assert said.exit_code == 0, said.stdout
    states = {s["department"]: s["state"] for s in json.loads(said.stdout)["submissions"]}
    assert states["財務部"] == "提出不要"
    assert {state for department, state in states.items() if department != "財務部"} == {"提出済"}


def test_validate_counts_the_items_each_form_asks_a_status_of(tmp_path: Path) -> None:
    """Review 45: validate's 所管の実施内容 said 37 for 政策経営部, whose form (template: 「記入する行
    36 行」) asks no status of its 再掲 row, which template fills with '-' itself."""
    folder = tmp_path / "回答"
    made = run(
        "template", str(PLAN), "--fiscal-year", "令和6", "-o", str(folder),
        "--split-by", "department",
    )  # fmt: skip
    assert made.exit_code == 0, made.stderr
    asked = {}
    for line in made.stdout.splitlines():
        path, rows = line.removeprefix("書き出しました: ").split("（記入する行 ")
        asked[Path(path).stem.split("_")[-1]] = int(rows.split(" 行")[0])
    for path in folder.glob("*.xlsx"):
        fill_workbook(path, default="○")
    said = run("validate", str(folder), "--plan", str(PLAN), "-f", "json")
    led = {s["department"]: s["items"] for s in json.loads(said.stdout)["submissions"]}
    assert {d: n for d, n in led.items() if d in asked} == asked
    assert asked["政策経営部"] == 36  # (the seed plan: 37 rows it leads, one of them 再掲)


def test_a_co_owner_s_remark_is_added_once_and_said_of_a_lead_s_blank_row(tmp_path: Path) -> None:
    """Review 51: a co-owner's 修正版 beside its first form (both with the same remark) gave the
    lead's item that remark twice, in every output; and with the lead's status left blank the
    remark was 「所管部の調査票に見つからない」 though that form had come, while the error named
    only its cell (「D11: 達成状況が空です」), not the item."""
    folder = split_templates(tmp_path / "回答", "令和6")
    for path in folder.glob("*.xlsx"):
        fill_workbook(path, default="○")
    remarked = folder / "実施状況調査票_2024_総務部.xlsx"
    book = load_workbook(remarked)
    shared = reference_sheet(book)
    assert shared is not None
    shared.cell(row=6, column=remark_column(shared) + 1, value="共管部として予算要求を支援")
    book.save(remarked)
    shutil.copy(remarked, folder / "実施状況調査票_2024_総務部_修正版.xlsx")
    result = planeval.read_workbooks([folder])
    [lead] = [e for e in result.entries if "予算要求を支援" in e.issue]
    assert lead.issue.count("予算要求を支援") == 1
    book = load_workbook(lead.location.file)
    assert lead.location.sheet is not None and lead.location.cell is not None
    book[lead.location.sheet][lead.location.cell].value = None  # (the lead leaves it blank)
    book.save(lead.location.file)
    problems = planeval.read_workbooks([folder]).problems
    [blank] = [p for p in problems if p.is_error]
    assert blank.message == f"実施内容「{lead.item_label} {lead.item_name}」の達成状況が空です"
    [remark] = [p for p in problems if "予算要求を支援" in p.message]
    assert "達成状況が所管部の調査票で空のため付けていません" in remark.message


def test_check_counts_the_policies_of_forms_whose_rows_carry_no_level_word(tmp_path: Path) -> None:
    """Review 51: 「3つの情報化政策のもと…」 over template-made forms (policy rows 「1 区民の…」,
    no 情報化政策 in them) read with [wording] preset = "setagaya" was 「集計の単位が情報化政策か
    分かりません」, and a right report exited 1; the settings' word is the level's."""
    folder = split_templates(tmp_path / "回答", "令和6")
    for path in folder.glob("*.xlsx"):
        fill_workbook(path, default="○")
    settings = tmp_path / "planeval.toml"
    settings.write_text('[wording]\npreset = "setagaya"\n', encoding="utf-8")
    text = tmp_path / "本文.txt"
    text.write_text("本計画では、3つの情報化政策のもと事業に取り組みました。\n", encoding="utf-8")
    args = ("check", str(folder), "--text", str(text), "--config", str(settings), "-f", "json")
    said = json.loads(run(*args).stdout)
    assert said["not_compared"] == [] and said["disagreements"] == []
    text.write_text("本計画では、4つの情報化政策のもと事業に取り組みました。\n", encoding="utf-8")
    [wrong] = json.loads(run(*args).stdout)["disagreements"]
    assert (wrong["stated"], wrong["counted"], wrong["level"]) == (4, 3, "情報化政策")


def test_a_form_of_a_department_the_plan_names_no_more_is_said(tmp_path: Path) -> None:
    """Review 59: forms of こども未来部 read with the plan still naming 子ども・若者部: 提出状況
    said 子ども・若者部 提出済 with no file and nothing named the form's department."""
    folder = split_templates(tmp_path / "回答", "令和6")
    for path in folder.glob("*.xlsx"):
        fill_workbook(path, default="○")
    renamed = tmp_path / "計画.xlsx"
    book = load_workbook(PLAN)
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                if isinstance(cell.value, str) and "財務部" in cell.value:
                    cell.value = cell.value.replace("財務部", "財政部")
    book.save(renamed)
    said = run("validate", str(folder), "--plan", str(renamed), "-f", "json")
    [warning] = [
        p for p in json.loads(said.stdout)["problems"] if "計画の所管部にありません" in p["message"]
    ]
    assert warning["message"].startswith("この調査票の所管部「財務部」は計画の所管部にありません")
    assert Path(warning["file"]).name == "実施状況調査票_2024_財務部.xlsx"
    same = run("validate", str(folder), "--plan", str(PLAN), "-f", "json")
    assert not [p for p in json.loads(same.stdout)["problems"] if "計画の所管部" in p["message"]]


def test_a_department_an_earlier_round_lacks_is_said_as_that_round_s(tmp_path: Path) -> None:
    """Review 59: compare's first round lacking 危機管理部's reply was warned of at the plan's cell
    as if this round lacked it, 「…同じフォルダに入れて集計し直してください」."""
    first = split_templates(tmp_path / "令和5", "令和5")
    second = split_templates(tmp_path / "令和6", "令和6")
    for path in [*first.glob("*.xlsx"), *second.glob("*.xlsx")]:
        fill_workbook(path, default="○")
    (first / "実施状況調査票_2023_危機管理部.xlsx").unlink()
    said = run("compare", str(first), str(second), "--plan", str(PLAN), "-f", "json")
    [warning] = [
        p for p in json.loads(said.stdout)["problems"] if "危機管理部の回答" in p["message"]
    ]
    assert warning["message"].startswith(
        f"前の回（{first}）で、危機管理部の回答がどのファイルにもありません"
    )
