"""川崎市's 「うち重点」 (OTHER-BODIES.md: a second count per status): a column marking some
事務事業, titled as a clerk titles it (うち重点, 重点事業 …), read; its cells that are no mark
named in one notice; and the marked rows' counts shown under each policy's in summarize and
every export, titled by the column — each count checked against one made here with openpyxl
from the workbook's own cells."""

from __future__ import annotations

import csv
import io
import json
import re
from collections import Counter
from pathlib import Path

import pytest
from openpyxl import load_workbook
from typer.testing import CliRunner

import planeval
from planeval.cli import app
from planeval.count import mark_word
from tests.other_bodies import BODIES
from tests.test_other_bodies import CONFIGS

KAWASAKI = next(body for body in BODIES if body.key == "kawasaki")
SYMBOLS = ("1", "2", "3", "4", "5")
MARK_TITLE = "重点"  # the column as tests/other_bodies.py builds it (● marking 重点事業)


def _built(folder: Path, title: str, *, blank_in: int | None = None) -> tuple[Path, Path]:
    """Kawasaki's form with its mark column retitled ``title`` on every table's header row
    (the title of table ``blank_in``, 0-based, left empty: a table without the column), and
    its planeval.toml."""
    (path,) = KAWASAKI.build(folder)
    book = load_workbook(path)
    sheet = book["評価票"]
    headers = [cell for cell in sheet["E"] if cell.value == MARK_TITLE]
    for number, cell in enumerate(headers):
        cell.value = None if number == blank_in else title
    book.save(path)
    config = folder / "planeval.toml"
    config.write_text(CONFIGS["kawasaki"], encoding="utf-8")
    return path, config


def _marked_by_policy(path: Path, skip: int | None = None) -> dict[str, Counter[str]]:
    """The marked rows' statuses per policy, read here from the cells: column A the policy
    (merged down its table), E the mark (●), F the 達成度; table ``skip`` left out."""
    sheet = load_workbook(path)["評価票"]
    counts: dict[str, Counter[str]] = {}
    policy, table = "", -1
    for a, _b, _c, _d, e, f, *_rest in sheet.iter_rows(min_row=1, values_only=True):
        if f == "達成度":
            table += 1
        if isinstance(a, str) and a[:1].isdigit():
            policy = a.split(" ")[0]
        if isinstance(f, int | float) and table != skip:
            marked = counts.setdefault(policy, Counter())
            if e == "●":
                marked[str(int(f))] += 1
    return counts


def _read(path: Path, config: Path) -> tuple[planeval.ReadResult, planeval.Config]:
    settings = planeval.load_config(config)
    return planeval.read_workbooks([path], scale=settings.scale, layout=settings.layout), settings


@pytest.mark.parametrize(
    "title", ["うち重点", "うち 重点（●印）", "重点事業", "重点施策 ※該当に●", "重点取組", "重点"]
)
def test_a_mark_column_as_a_clerk_titles_it_is_counted_under_each_policy(
    tmp_path: Path, title: str
) -> None:
    path, config = _built(tmp_path, title)
    result, settings = _read(path, config)
    summary = planeval.summarize(result.entries, scale=settings.scale, marks=result.marks)
    assert summary.marked is not None
    expected = _marked_by_policy(path)
    word = mark_word(planeval.io.headers.title_key(title))
    assert summary.marked.label == f"うち{word}"
    for group in summary.groups:
        count = summary.marked.groups[(group.body, group.id)]
        assert count is not None
        assert dict(count.counts) == {s: expected[group.id][s] for s in SYMBOLS}
    whole = sum(expected.values(), Counter())
    assert summary.marked.total is not None
    assert dict(summary.marked.total.counts) == {s: whole[s] for s in SYMBOLS}
    assert not [p for p in result.problems if "印" in p.message]


def test_check_compares_うち重点_with_the_rows_the_column_titled_so_marks(tmp_path: Path) -> None:
    """Review 25: a column titled うち重点 was not read, and 「（うち重点7事業）」 was listed as
    having no column to compare with."""
    path, config = _built(tmp_path, "うち重点")
    result, settings = _read(path, config)
    checked = planeval.check(result, scale=settings.scale, level="政策")
    (wrong,) = checked.disagreements
    marked_3 = sum(counts["3"] for counts in _marked_by_policy(path).values())
    assert (wrong.scope, wrong.what, wrong.stated, wrong.counted) == (
        "計画全体の重点",
        "3",
        7,
        marked_3,
    )
    assert not checked.not_compared


def test_a_mark_column_holding_other_values_is_named_in_one_notice(tmp_path: Path) -> None:
    path, config = _built(tmp_path, "うち重点")
    book = load_workbook(path)
    sheet = book["評価票"]
    rows = [cell.row for cell in sheet["F"] if isinstance(cell.value, int | float)][:8]
    for row in rows[:4]:  # (four cells of the first table: 「重点的に推進」, a rank)
        sheet.cell(row, 5).value = "重点的に推進" if row % 2 else 2
    book.save(path)
    result, settings = _read(path, config)
    (notice,) = [p for p in result.problems if "うち重点」の列" in p.message]
    assert notice.severity.value == "notice"
    header = next(c for c in sheet["E"] if c.value == "うち重点" and c.row < rows[0])
    assert notice.location.cell == header.coordinate
    cells = [f"E{row}" for row in rows[:4]]
    assert all(cell in notice.message for cell in cells[:3]) and "ほか 1 件" in notice.message
    assert "重点的に推進" in notice.message and notice.hint
    # (that table's rows are not marked, the other tables' are: its policy's line is blank)
    summary = planeval.summarize(result.entries, scale=settings.scale, marks=result.marks)
    assert summary.marked is not None and summary.marked.total is None
    first = summary.groups[0]
    assert summary.marked.groups[(first.body, first.id)] is None


def _csv(*args: str) -> list[list[str]]:
    ran = CliRunner().invoke(app, ["summarize", *args, "-f", "csv", "--no-bom"])
    assert ran.exit_code == 0, ran.stderr
    return list(csv.reader(io.StringIO(ran.stdout)))


def test_summarize_prints_a_うち重点_line_under_each_policy_in_every_format(
    tmp_path: Path,
) -> None:
    path, config = _built(tmp_path, "うち重点")
    expected = _marked_by_policy(path)
    whole = sum(expected.values(), Counter())
    rows = _csv(str(path), "--config", str(config))
    marked = [[str(counts[s]) for s in SYMBOLS] for counts in (*expected.values(), whole)]
    lines = [row for row in rows if row[1] == "うち重点"]
    assert [line[2:7] for line in lines] == marked
    assert [line[7] for line in lines] == [str(sum(map(int, line))) for line in marked]
    # each line right under its policy's row, and under 合計
    places = [rows.index(line) for line in lines]
    assert [rows[place - 1][0] for place in places] == [*expected, "合計"]
    # … and keyed by its policy's ID, as data (a filter or VLOOKUP: review 124 #11)
    assert [line[0] for line in lines] == [*expected, "合計"]
    ran = CliRunner().invoke(app, ["summarize", str(path), "--config", str(config), "-f", "json"])
    data = json.loads(ran.stdout)
    assert data["marked_label"] == "うち重点"
    assert [g["marked"]["counts"] for g in data["groups"]] == [
        {s: expected[g["id"]][s] for s in SYMBOLS} for g in data["groups"]
    ]
    assert data["total"]["marked"]["total"] == sum(whole.values())
    for fmt in ("rich", "github"):
        ran = CliRunner().invoke(
            app,
            ["summarize", str(path), "--config", str(config), "-f", fmt],
            env={"COLUMNS": "120"},
        )
        assert ran.stdout.count("うち重点") == len(expected) + 1 + 2  # (lines, and the note)
        assert (
            "「うち重点」は、「うち重点」の列に印（○ など）のある行の件数です（内数）。"
            in ran.stdout
        )


def test_by_item_only_the_total_has_its_line_and_shares_are_given_to_each_line(
    tmp_path: Path,
) -> None:
    # (review 78: a うち重点 line under every 事務事業, 0 or 1, and empty lines in the shares)
    path, config = _built(tmp_path, "うち重点")
    whole = sum(_marked_by_policy(path).values(), Counter())
    rows = _csv(str(path), "--config", str(config), "--by", "item")
    (line,) = [row for row in rows if row[1] == "うち重点"]
    assert rows[rows.index(line) - 1][0] == "合計"
    rows = _csv(str(path), "--config", str(config), "--percent")
    total = rows[-1]
    assert total[1] == "うち重点" and total[2:7] == [str(whole[s]) for s in SYMBOLS]
    shares = [float(share) for share in total[-len(SYMBOLS) :]]
    assert round(sum(shares), 1) == 100.0 and shares[0] == round(
        100 * whole[SYMBOLS[0]] / sum(whole.values()), 1
    )


def test_a_table_without_the_column_leaves_its_policy_s_line_blank(tmp_path: Path) -> None:
    path, config = _built(tmp_path, "うち重点", blank_in=2)
    rows = _csv(str(path), "--config", str(config))
    lines = [row for row in rows if row[1] == "うち重点"]
    expected = _marked_by_policy(path, skip=2)
    assert [line[2:7] for line in lines[:2]] == [
        [str(expected[policy][s]) for s in SYMBOLS] for policy in ("1", "2")
    ]
    assert lines[2][2:] == [""] * 6 and lines[3][2:] == [""] * 6  # (policy 3, 合計: not known)


def test_export_shows_the_lines_and_keeps_the_column_in_the_data_sheet(tmp_path: Path) -> None:
    path, config = _built(tmp_path, "うち重点")
    expected = _marked_by_policy(path)
    whole = sum(expected.values(), Counter())
    out = tmp_path / "out"
    ran = CliRunner().invoke(
        app,
        ["export", str(path), "--config", str(config), "--xlsx", str(out / "r.xlsx"),
         "--md", str(out / "r.md"), "--html", str(out / "r.html"), "--docx", str(out / "r.docx")],
    )  # fmt: skip
    assert ran.exit_code == 0, ran.stderr
    book = load_workbook(out / "r.xlsx")
    lines = [
        [cell.value for cell in row[2:8]]
        for row in book["集計"].iter_rows()
        if row[1].value == "うち重点"
    ]
    marked = [[counts[s] for s in SYMBOLS] for counts in (*expected.values(), whole)]
    assert lines == [[*counts, sum(counts)] for counts in marked]
    data = list(book["データ"].iter_rows(values_only=True))
    assert data[0][-1] == "うち重点"
    assert sum(row[-1] == "●" for row in data[1:]) == sum(whole.values())  # (as the forms type it)
    total_line = "|  | うち重点 | " + " | ".join(map(str, [*marked[-1], sum(marked[-1])])) + " |"
    assert total_line in (out / "r.md").read_text(encoding="utf-8")
    html = (out / "r.html").read_text(encoding="utf-8")
    # (each line named by its group's number, its level's word before it as on the group's
    # own card: on a phone's card 「政策1　うち重点」, and in the table's row header — read
    # there, not seen, beneath its group's row — where a screen reader said 「うち重点」 alone:
    # review 124 #11, 125 #3, 121 #7)
    found = re.findall(r'<th scope="row"><span class="group">([^<]*)　</span>うち重点</th>', html)
    assert found == [*(f"政策{number}" for number in expected), "合計"]
    # (a share labelled as its count is, 「達成度1 割合（%）」, not 「1 割合（%）」: review 125 #3)
    counted = set(re.findall(r'<td class="number" data-label="([^"]*)">', html))
    shares = set(re.findall(r'<td class="number share" data-label="([^"]*)">', html))
    assert len(counted) == len(shares) == 5 and not counted & set(SYMBOLS)
    assert shares == {f"{label} 割合（%）" for label in counted}
    from docx import Document

    cells = [
        [cell.text for cell in row.cells]
        for table in Document(str(out / "r.docx")).tables
        for row in table.rows
        if row.cells[1].text == "うち重点"
    ]
    assert [row[2:8] for row in cells] == [[str(n) for n in [*c, sum(c)]] for c in marked]
    # read back from its data sheet, the export gives the same lines
    assert _csv(str(out / "r.xlsx"), "--config", str(config)) == _csv(
        str(path), "--config", str(config)
    )


def test_check_compares_an_exported_table_s_うち重点_lines_with_the_marked_rows(
    tmp_path: Path,
) -> None:
    """planeval's own 集計 pasted into a report: each うち重点 line is the marked rows of the
    policy above it (合計's: all marked rows), compared cell by cell."""
    path, config = _built(tmp_path, "うち重点")
    whole = sum(_marked_by_policy(path).values(), Counter())
    md = tmp_path / "r.md"
    ran = CliRunner().invoke(app, ["export", str(path), "--config", str(config), "--md", str(md)])
    assert ran.exit_code == 0, ran.stderr
    result, settings = _read(path, config)
    text = md.read_text(encoding="utf-8")
    checked = planeval.check(result, scale=settings.scale, texts=[md], level="政策")
    # (a policy's 「政策1 うち重点」, as its row is named: review 86; 合計's 「表の「合計 うち重点」の行」)
    lines = [s for s in checked.statements if s.pasted and "うち重点" in s.scope]
    assert len(lines) == 4 and not [d for d in checked.disagreements if "うち" in d.scope]
    counts = [whole[s] for s in SYMBOLS]
    line = "|  | うち重点 | " + " | ".join(map(str, [*counts, sum(counts)])) + " |"
    edited = line.replace(f"| {counts[2]} |", f"| {counts[2] + 1} |", 1)
    md.write_text(text.replace(line, edited), encoding="utf-8")
    checked = planeval.check(result, scale=settings.scale, texts=[md], level="政策")
    (wrong,) = [d for d in checked.disagreements if "うち" in d.scope]
    assert (wrong.scope, wrong.what, wrong.stated, wrong.counted) == (
        "表の「合計 うち重点」の行",
        "3",
        counts[2] + 1,
        counts[2],
    )
    # read without the column (retitled 区分), the lines are listed, not compared, no failure
    (tmp_path / "plain").mkdir()
    _built(tmp_path / "plain", "区分")
    plain, _ = _read(tmp_path / "plain" / path.name, config)
    checked = planeval.check(plain, scale=settings.scale, texts=[md], level="政策")
    aside = [n for n in checked.not_compared if n.location.file == str(md) and "うち" in n.phrase]
    # (the table's 4 lines; the sentences' 「（うち重点1件）」 too, since review 147 #6)
    lines = [n for n in aside if n.phrase == "うち重点"]
    assert len(lines) == 4 and all(n.settled for n in aside)


def test_check_compares_the_web_page_s_うち重点_lines_named_by_their_group(tmp_path: Path) -> None:
    """The web page names each うち重点 line by its group, 「政策1　うち重点」, as a browser
    copies it too (review 125 #3): check of the page compares each line with the marked rows
    of the group above it, as it did the line named 「うち重点」 alone."""
    path, config = _built(tmp_path, "うち重点")
    page = tmp_path / "r.html"
    ran = CliRunner().invoke(
        app, ["export", str(path), "--config", str(config), "--html", str(page)]
    )
    assert ran.exit_code == 0, ran.stderr
    result, settings = _read(path, config)
    checked = planeval.check(result, scale=settings.scale, texts=[page], level="政策")
    lines = [s for s in checked.statements if s.pasted and "うち重点" in s.scope]
    on_page = [d for d in checked.disagreements if d.location.file == str(page)]
    aside = [n for n in checked.not_compared if "うち" in n.phrase]
    assert len(lines) == 4 and on_page == [] and aside == []  # (the form's 集計 sheet: an error)


def test_a_marked_line_s_shares_are_named_by_their_group_in_the_rounding_note(
    tmp_path: Path,
) -> None:
    """Review 82: a うち重点 line whose shares add up to 99.9 (three 重点 rated 1, 2, 3) was named
    by the table's first header, 「政策番号 は 99.9%」, and check of planeval's own export could
    not place it (listed, not compared). It is 「政策番号 1 うち重点」, compared with the marked
    rows of policy 1."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["政策", "施策", "事務事業名", "達成度", "うち重点", "今後の方向性", "所管課"])
    for number, (rating, marked) in enumerate(((1, "○"), (2, "○"), (3, "○"), (3, "")), 1):
        sheet.append([
            "1 安心して暮らせるまち", "1-1 防災力の向上", f"1-1-({number}) 事業{number}",
            rating, marked, "継続", "危機管理室",
        ])  # fmt: skip
    source = tmp_path / "危機管理本部.xlsx"
    book.save(source)
    config = tmp_path / "planeval.toml"
    config.write_text(CONFIGS["kawasaki"], encoding="utf-8")
    out = tmp_path / "報告.md"
    runner = CliRunner()
    exported = runner.invoke(
        app, ["export", str(source), "--config", str(config), "--md", str(out)]
    )
    assert exported.exit_code == 0, exported.output
    note = next(line for line in out.read_text("utf-8").splitlines() if "100.0にならない" in line)
    assert "うち重点は 99.9%" in note and "政策1 うち重点" in note, note
    checked = runner.invoke(
        app, ["check", str(source), "--config", str(config), "--text", str(out)]
    )
    assert checked.exit_code == 0, checked.output
    assert "比べられなかった数" not in checked.output
    wrong = out.read_text("utf-8").replace("うち重点は 99.9%", "うち重点は 99.8%")
    out.write_text(wrong, encoding="utf-8")
    checked = runner.invoke(
        app, ["check", str(source), "--config", str(config), "--text", str(out)]
    )
    assert checked.exit_code == 1 and "99.8%" in checked.output


def _kawasaki_body(folder: Path, body: str, marks: str | None) -> Path:
    """A body's 評価票 in 川崎市's layout, its rows rated 1–3 and each ● of ``marks`` in a
    column うち重点 (None: a form without that column)."""
    header = ["政策", "施策", "事務事業名", "達成度", "今後の方向性", "所管課"]
    if marks is not None:
        header.insert(4, "うち重点")
    rows: list[list[object]] = [["団体名", body], [], header]
    for number, rating in enumerate((1, 2, 3), start=1):
        row: list[object] = [
            "1 安心して暮らせるまち",
            "1-1 防災力の向上",
            f"1-1-({number}) 事業{number}",
        ]
        row += [rating, "継続", "危機管理室"]
        if marks is not None:
            row.insert(4, "●" if marks[number - 1] == "●" else None)
        rows.append(row)
    from tests.conftest import write_book

    return write_book(folder / f"{body}.xlsx", {"評価票": rows})


def test_a_roll_up_export_keeps_the_column_only_of_the_bodies_whose_forms_have_it(
    tmp_path: Path,
) -> None:
    """Review 89: 中川市's うち重点, a body left out for its scale (its 1–5 among ◎○△×), gave the
    export's data sheet the column, every counted row's cell empty: read back, each body and
    合計 had a 「うち重点 0」 line though no counted form has the column. And a body counted
    beside one whose form has it reads back unknown (its line empty), not 0."""
    folder = tmp_path / "回答"
    folder.mkdir()
    _kawasaki_body(folder, "中川市", "●●-")
    aoba = [["団体名", "青葉市"], [], ["番号", "取組項目", "取組内容", "評価"]]
    aoba += [[f"1-1-{n}", "電子申請の拡充", f"取組{n}", s] for n, s in enumerate("◎○△", 1)]
    from tests.conftest import write_book

    write_book(folder / "青葉市.xlsx", {"調査票": aoba})
    out = tmp_path / "県集計.xlsx"
    ran = CliRunner().invoke(
        app, ["export", str(folder), "--bodies", "file", "--keep-going", "--xlsx", str(out)]
    )
    assert ran.exit_code == 1, ran.stderr  # (中川市 left out for its scale)
    assert "うち重点" not in [cell.value for cell in load_workbook(out)["データ"][1]]
    rows = _csv(str(out), "--by", "body")
    assert {row[0] for row in rows[1:3]} == {"青葉市", "中川市"}
    assert not [row for row in rows if "うち重点" in row]
    # both on 川崎市's scale, counted: 東町's form has no such column, its line left empty
    both = tmp_path / "川崎"
    both.mkdir()
    _kawasaki_body(both, "中川市", "●●-")
    _kawasaki_body(both, "東町", None)
    config = tmp_path / "planeval.toml"
    config.write_text(CONFIGS["kawasaki"], encoding="utf-8")
    out = tmp_path / "川崎集計.xlsx"
    args = [str(both), "--bodies", "file", "--config", str(config)]
    ran = CliRunner().invoke(app, ["export", *args, "--xlsx", str(out)])
    assert ran.exit_code == 0, ran.stderr
    source = _csv(*args, "--by", "body")
    read_back = _csv(str(out), "--config", str(config), "--by", "body")
    assert read_back == source
    assert [row[:7] for row in read_back if row[0] == "うち重点"] == [
        ["うち重点", "1", "1", "0", "0", "0", "2"],  # (中川市: ● on its rows rated 1 and 2)
        ["うち重点", *[""] * 6],  # (東町: no such column, not known)
        ["うち重点", *[""] * 6],  # (合計)
    ]


def test_the_chart_draws_the_groups_not_their_うち重点_lines(tmp_path: Path) -> None:
    """Review 96 #7: the export's chart drew each うち重点 line as a bar among the policies',
    labelled 「うち重点」 alone — a sub-count read as another group. Its bars are the groups'."""
    import re
    import zipfile

    from openpyxl import load_workbook as load

    path, config = _built(tmp_path, "うち重点")
    workbook = tmp_path / "out.xlsx"
    made = CliRunner().invoke(
        app, ["export", str(path), "--xlsx", str(workbook), "--config", str(config)]
    )
    assert made.exit_code == 0, made.output
    with zipfile.ZipFile(workbook) as archive:
        # (集計's chart: the first, 事業別集計's after it — review 196 #5)
        chart = archive.read("xl/charts/chart1.xml").decode()
    sheet = load(workbook)["集計"]
    labels = [
        sheet[cell.replace("$", "")].value
        for ref in re.findall(r"<c:cat>.*?<c:f>(.*?)</c:f>", chart, re.S)
        for cell in re.findall(r"\$[A-Z]+\$\d+", ref.split("!")[-1])
    ]
    assert labels and "うち重点" not in labels
