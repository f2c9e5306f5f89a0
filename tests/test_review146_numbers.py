"""川瀬町's 施策評価 compared and tabled (review 146): its 施策 numbered 1-(1) as its plan and
this year's template forms write them, its 事業 ①②.

- #3: compare led each template row's number by its policy's again, 「1-1-(1)②」, beside last
  year's rows 「1-(1)③」 (typed 「（１）」 under their 基本目標 heading, led once): one form.
- #5: the 教育委員会 resent its own older form, its 事業 numbered 1, 2: the tables, the
  exports and issues showed 「1 GIGAスクール端末の更新」 and 「3-(2)1」 beside every other 課's ①②:
  now ① and 3-(2)①, as the plan writes them."""

from __future__ import annotations

import re
from pathlib import Path

from tests.kawase_town import ITEMS, K, P, filled, own_form, rate, run, template_forms, town


def _rounds(tmp_path: Path) -> Path:
    """Last year's own form (回答R7/) and this year's template forms, 建設課's not returned
    (回答R8/)."""
    folder = town(tmp_path / "町")
    (folder / "回答R7").mkdir()
    own_form(folder / "回答R7" / "令和７年度 施策評価シート.xlsx", "令和７年度")
    (folder / "回答R8").mkdir()
    for form in template_forms(folder, folder / "様式R8"):
        if not form.stem.endswith("建設課"):
            filled(form, folder / "回答R8" / form.name)
    return folder


def test_compare_shows_each_number_as_the_plan_writes_it(tmp_path: Path) -> None:
    folder = _rounds(tmp_path)
    done = run("compare", "回答R7", "回答R8", cwd=folder)
    assert done.exit_code in (0, 1), done.output
    ids = re.findall(r"│ (\S+) +│ (\S+) +│", done.output)
    shown = {name: number for number, name in ids}
    changed = [item for item in ITEMS if item[4] != item[5] or item[3] == "建設課"]
    assert changed  # (a moved row of a template form, and the 建設課's 今回未集計)
    for project, no, name, *_ in changed:
        assert shown[name] == f"{project[0]}-({project[2]}){no}", done.output
    assert not re.search(r"\d-\d-\(\d\)", done.output), done.output


def test_an_unreturned_item_sits_under_its_project_s_one_heading(tmp_path: Path) -> None:
    folder = town(tmp_path / "町")
    (folder / "回答").mkdir()
    own_form(folder / "回答" / "総務課.xlsx", "令和８年度", ("総務課",))
    own_form(folder / "回答" / "住民課.xlsx", "令和８年度", ("住民課", "教育委員会"), dotted=True)
    done = run("tables", "回答", cwd=folder)
    assert done.exit_code == 0, done.output
    rows = re.findall(r"^│ ([^│]*?) *│ ([^│]*?) *│ ([^│]*?) *│", done.output, re.M)
    headings = [project for project, item, _ in rows if project and item != "事業"]
    projects = {item[0] for item in ITEMS if item[0][0] in "13"}
    assert len(headings) == len(projects), done.output  # (one heading each, none twice)
    unreturned = [item for _, item, status in rows if status == "未提出"]
    assert unreturned == [f"{no} {name}" for _, no, name, lead, *_ in ITEMS if lead == "建設課"]


def test_last_year_s_own_form_renamed_nothing_is_said_and_numbered_as_the_plan(
    tmp_path: Path,
) -> None:
    folder = _rounds(tmp_path)
    for form in (folder / "回答R8").glob("*教育委員会*"):
        form.unlink()
    own_form(folder / "回答R8" / "R7教育委員会評価表.xlsx", "令和８年度", ("教育委員会",))
    done = run("validate", "回答R8", cwd=folder)
    said = [line for line in done.output.splitlines() if "R7教育委員会評価表.xlsx:" in line]
    assert len(said) == 1 and "令和7年度" in said[0] and "令和8年度の調査票" in said[0], done.output
    done = run("tables", "回答R8", cwd=folder)
    headings = re.findall(r"^│ (\S+) ", done.output, re.M)
    for project in {item[0] for item in ITEMS if item[3] == "教育委員会"}:
        assert f"{project[0]}-({project[2]})" in headings, done.output
    assert not [heading for heading in headings if heading.startswith("(")], done.output


def test_a_resent_own_form_numbering_its_items_1_2_is_shown_as_the_plan_numbers_them(
    tmp_path: Path,
) -> None:
    folder = _rounds(tmp_path)
    for form in (folder / "回答R8").glob("*教育委員会*"):
        form.unlink()
    resent = folder / "回答R8" / "R7教育委員会評価表.xlsx"
    own_form(resent, "令和８年度", ("教育委員会",), digits=True)
    education = [item for item in ITEMS if item[3] == "教育委員会"]
    project, no, moved, *_ = education[0]
    assert (education[0][4], education[0][5]) == (K, K)
    rate(resent, moved, P, "端末の納期が遅れた。")  # (worse than 令和7: compared, listed)
    done = run("tables", "回答R8", cwd=folder)
    assert done.exit_code == 0, done.output
    for _, number, name, *_ in education:
        assert f"│ {number} {name} " in done.output, done.output
    whole = f"{project[0]}-({project[2]}){no}"
    done = run("issues", "回答R8", cwd=folder)
    assert re.search(rf"│ {re.escape(whole)} +│ {moved} ", done.output), done.output
    done = run("compare", "回答R7", "回答R8", cwd=folder)
    assert re.search(rf"│ {re.escape(whole)} +│ {moved} .*│ 後退 +│", done.output), done.output
    done = run("export", "回答R8", "--md", "報告.md", cwd=folder)
    assert done.exit_code == 0, done.output
    report = (folder / "報告.md").read_text(encoding="utf-8")
    for _, number, name, *_ in education:
        assert f"| {number} {name} |" in report, report
    assert f"| {whole} | {moved} |" in report, report
