"""A prefecture's survey read with --bodies folder, where a body answered in part: 川辺町's
福祉部 saved its reply as .csv, 南台市's 企画部.xlsx arrived broken. Each body's counts stay its
counted rows', but no table of bodies may show them as a whole body's: the row is marked
「（一部未集計）」 in every output and the note under it says why (review 26)."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import pytest
from docx import Document
from openpyxl import Workbook, load_workbook
from typer.testing import CliRunner

import planeval
from planeval.cli import app
from planeval.model import Severity
from planeval.past_errors import partly_counted

HEADER = ["基本方針", "番号", "取組項目", "取組内容", "達成度（A～D）", "課題", "担当課"]
POLICIES = {"総務部": "1 行政手続のデジタル化", "企画部": "2 デジタル基盤の整備",
            "福祉部": "3 地域社会のデジタル化"}  # fmt: skip
# each department's ratings, as the bodies returned them (the project 1-1-1, 2-1-1, 3-1-1)
ANSWERS = {
    "青葉市": {"総務部": "ABC", "企画部": "ABB", "福祉部": "AAD"},
    "川辺町": {"総務部": "BBC", "企画部": "AAB", "福祉部": "CDA"},  # 福祉部 sent .csv
    "南台市": {"総務部": "ABD", "企画部": "BCA", "福祉部": "ABA"},  # 企画部.xlsx broken
}
SETTINGS = '[scale]\npreset = "aichi"\n'
NOTE = (
    "一部未集計の団体：川辺町（ファイル形式が異なるため）、南台市（ファイルが開けなかったため）。集計に含めていない回答や"
    "記入に不備のあった行を除いた件数です（直した後の件数はこの表と異なります）"
)


def _rows(department: str, ratings: str) -> list[list[str]]:
    policy = POLICIES[department]
    project = f"{policy[0]}-1-1"
    return [
        [policy, project, "オンライン申請の拡充", f"{mark} 取組{n}", rating,
         "" if rating in "AB" else "予算の確保が課題", "情報政策課"]
        for n, (mark, rating) in enumerate(zip("①②③", ratings, strict=True), start=1)
    ]  # fmt: skip


def _form(path: Path, body: str, department: str, rows: list[list[str]]) -> None:
    """The prefecture's survey form as a municipality's department fills it in."""
    book = Workbook()
    sheet = book.active
    sheet.title = "調査票"
    sheet["A1"] = "令和5年度 県内市町村DX推進計画 取組状況調査票"
    sheet["A2"], sheet["B2"] = "団体名", body
    sheet["A3"] = f"担当部：{department}"
    sheet.append([])
    sheet.append(HEADER)
    for row in rows:
        sheet.append(row)
    book.save(path)


def _survey(root: Path, *, partial: bool = True) -> Path:
    """The replies filed one folder per body (01_青葉市 …); with ``partial``, 川辺町's 福祉部
    as .csv (cp932, as Excel saves it) and 南台市's 企画部.xlsx cut short in the mail."""
    folder = root / "回答"
    for number, (body, answers) in enumerate(ANSWERS.items(), start=1):
        own = folder / f"{number:02d}_{body}"
        own.mkdir(parents=True)
        for department, ratings in answers.items():
            rows = _rows(department, ratings)
            if partial and body == "川辺町" and department == "福祉部":
                with (own / "福祉部.csv").open("w", encoding="cp932", newline="") as out:
                    csv.writer(out).writerows([HEADER, *rows])
                continue
            _form(own / f"{department}.xlsx", body, department, rows)
            if partial and body == "南台市" and department == "企画部":
                data = (own / "企画部.xlsx").read_bytes()
                (own / "企画部.xlsx").write_bytes(data[: len(data) // 2])
    (root / "planeval.toml").write_text(SETTINGS, encoding="utf-8")
    return folder


def _counted(body: str, *, partial: bool = True) -> list[str]:
    """The ratings of the body's replies that can be read: what its counts are made of."""
    left = {("川辺町", "福祉部"), ("南台市", "企画部")} if partial else set()
    return [r for d, ratings in ANSWERS[body].items() if (body, d) not in left for r in ratings]


def _run(root: Path, *args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(
        app, [*args, "--config", str(root / "planeval.toml")], env={"COLUMNS": "200"}
    )
    return result.exit_code, result.stdout, result.stderr


def test_a_reply_not_read_is_its_body_s_and_the_body_is_counted_in_part(tmp_path: Path) -> None:
    folder = _survey(tmp_path)
    config = planeval.load_config(tmp_path / "planeval.toml")
    result = planeval.read_workbooks([folder], scale=config.scale, bodies="folder")
    assert partly_counted(result) == {
        "川辺町": "ファイル形式が異なるため",
        "南台市": "ファイルが開けなかったため",
    }
    assert result.uncounted_bodies == []
    [said] = [p for p in result.problems if p.location.file.endswith("福祉部.csv")]
    assert said.severity is Severity.WARNING  # (no notice: that body's answer, not counted)
    assert said.message == (
        "川辺町の回答のようですが、planeval が読む形式（.xlsx・.xlsm）ではないため読んでいません"
        "（.csv）。このファイルの行は数えていません"
    )
    summary = planeval.summarize(result.entries, by="body", scale=config.scale)
    # the counts stay the rows' counts
    assert {g.id: g.count.total for g in summary.groups} == {
        body: len(_counted(body)) for body in ANSWERS
    }
    _, streamed = planeval.summarize_workbooks(
        [folder], scale=config.scale, bodies="folder", stream=True
    )
    assert partly_counted(streamed) == partly_counted(result)


def test_everyone_answered_in_full_marks_no_body_and_warns_of_nothing(tmp_path: Path) -> None:
    folder = _survey(tmp_path, partial=False)
    config = planeval.load_config(tmp_path / "planeval.toml")
    result = planeval.read_workbooks([folder], scale=config.scale, bodies="folder")
    assert partly_counted(result) == {}
    assert [p for p in result.problems if p.severity is not Severity.NOTICE] == []
    code, shown, said = _run(
        tmp_path, "summarize", str(folder), "--bodies", "folder", "--by", "body"
    )
    assert code == 0 and "一部未集計" not in shown and "警告" not in said


def test_summarize_by_body_marks_the_body_and_says_why(tmp_path: Path) -> None:
    folder = _survey(tmp_path)
    args = ("summarize", str(folder), "--bodies", "folder", "--by", "body", "--keep-going")
    code, shown, said = _run(tmp_path, *args)
    assert code == 1  # (南台市's broken workbook is an error, counted past)
    lines = shown.splitlines()
    a, b, c, d = (_counted("川辺町").count(s) for s in "ABCD")
    total = len(_counted("川辺町"))
    assert f"│ 川辺町（一部未集計） │ {a} │ {b} │ {c} │ {d} │ {total:>2} │" in lines
    assert any(line.startswith("│ 青葉市               │") for line in lines)
    assert NOTE in shown
    csv_reply = folder / "02_川辺町" / "福祉部.csv"
    assert (
        f"警告: {csv_reply}: 川辺町の回答のようですが、planeval が読む形式（.xlsx・.xlsm）では"
        "ないため読んでいません（.csv）。このファイルの行は数えていません（回答なら Excel で開き"
        "「Excel ブック (*.xlsx)」形式で保存し直してください。回答でなければ団体のフォルダの外に"
        "移してください）"
    ) in said.splitlines()
    assert (
        "エラー 1 件、警告 1 件、お知らせ 1 件（2 ファイルと設定ファイル planeval.toml）"
        in said.splitlines()
    )
    _, flat, _ = _run(tmp_path, *args, "-f", "csv")
    # (a CSV is data: the name a lookup joins on, the state in its own column — review 78b)
    assert flat.lstrip("\ufeff").splitlines()[0] == "団体,A,B,C,D,計,集計の状況"
    assert (
        f"川辺町,{a},{b},{c},{d},{total},一部未集計（ファイル形式が異なるため）"
        in flat.splitlines()
    )
    _, data, _ = _run(tmp_path, *args, "-f", "json")
    assert json.loads(data)["partly_counted_bodies"] == {
        "川辺町": "ファイル形式が異なるため",
        "南台市": "ファイルが開けなかったため",
    }


def test_summarize_by_body_policy_marks_each_row_of_the_body_and_says_why(
    tmp_path: Path,
) -> None:
    """Each body's own policies (--by body-policy): every row of a body counted in part
    carries the mark in its 団体 column, and the same note is said under the table (review 27);
    the CSV's 団体 is the body's name alone, its state in 集計の状況 (review 78b)."""
    folder = _survey(tmp_path)
    args = ("summarize", str(folder), "--bodies", "folder", "--by", "body-policy", "--keep-going")
    left = {("川辺町", "福祉部"), ("南台市", "企画部")}
    expected = [
        ",".join(
            [
                body,
                POLICIES[department].split()[0],
                POLICIES[department].split()[1],
                *(str(ratings.count(s)) for s in "ABCD"),
                str(len(ratings)),
                {
                    "川辺町": "一部未集計（ファイル形式が異なるため）",
                    "南台市": "一部未集計（ファイルが開けなかったため）",
                }.get(body, ""),
            ]
        )
        for body, answers in ANSWERS.items()
        for department, ratings in answers.items()
        if (body, department) not in left
    ]
    code, flat, _ = _run(tmp_path, *args, "-f", "csv")
    assert code == 1
    assert flat.lstrip("\ufeff").splitlines()[1:-1] == expected
    code, shown, _ = _run(tmp_path, *args)
    lines = shown.splitlines()
    assert NOTE in shown
    marked = [line for line in lines if "（一部未集計）" in line and line.startswith("│")]
    assert [line.split("│")[1].strip() for line in marked] == [
        row.split(",")[0] + "（一部未集計）" for row in expected if "一部未集計" in row
    ]
    assert sum(line.startswith("│ 青葉市 ") for line in lines) == len(ANSWERS["青葉市"])


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    root = tmp_path_factory.mktemp("県")
    folder = _survey(root)
    out = root / "出力"
    paths = {
        "md": out / "県.md",
        "html": out / "県.html",
        "xlsx": out / "県.xlsx",
        "docx": out / "県.docx",
        "json": out / "県.json",
        "csv": out / "csv",
    }
    options = [item for kind, path in paths.items() for item in (f"--{kind}", str(path))]
    code, _, said = _run(
        root, "export", str(folder), "--bodies", "folder", "--keep-going", "-q", *options
    )
    assert code == 1, said  # (the broken workbook: an error, counted past)
    return {**paths, "root": root}


def test_every_export_marks_the_body_in_its_table_and_notes_why(
    exported: dict[str, Path],
) -> None:
    markdown = exported["md"].read_text(encoding="utf-8").splitlines()
    for body in ("川辺町", "南台市"):
        counted = _counted(body)
        row = [str(counted.count(s)) for s in "ABCD"] + [str(len(counted))]
        assert any(
            line.startswith(f"| {body}（一部未集計） | {' | '.join(row)} |") for line in markdown
        )
    assert any(line.startswith("| 青葉市 | ") for line in markdown)  # (counted whole: no mark)
    assert markdown.count(NOTE) == 2  # (under 集計 and under 団体別集計)
    page = exported["html"].read_text(encoding="utf-8")
    # (a survey's page: no tables of each body's rows to link to — review 171 #6)
    assert re.search(r'<th scope="row">川辺町（一部未集計）</th>', page)
    assert f'<p class="note">{NOTE}</p>' in page
    # (the workbook's table is one a clerk looks bodies up in: each by its name, its state
    # in a column of its own — review 78b)
    sheet = load_workbook(exported["xlsx"])["団体別集計"]
    rows = [[cell.value for cell in row] for row in sheet.iter_rows(min_row=4, max_row=8)]
    assert [(row[0], row[-1]) for row in rows] == [
        ("団体", "集計の状況"),
        ("青葉市", None),
        ("川辺町", "一部未集計（ファイル形式が異なるため）"),
        ("南台市", "一部未集計（ファイルが開けなかったため）"),
        ("合計", None),
    ]
    cells = [str(cell.value) for row in sheet.iter_rows() for cell in row if cell.value]
    assert any(NOTE in cell.replace("\n", "") for cell in cells)  # (broken between phrases)
    doc = Document(str(exported["docx"]))
    [table] = [
        t
        for t in doc.tables
        if t.rows[0].cells[0].text == "団体" and t.rows[-1].cells[0].text == "合計"
    ]
    assert [row.cells[0].text for row in table.rows[2:]] == [
        "青葉市", "川辺町（一部未集計）", "南台市（一部未集計）", "合計",
    ]  # fmt: skip
    assert NOTE in [p.text for p in doc.paragraphs]
    bodies_csv = (exported["csv"] / "団体別集計.csv").read_text(encoding="utf-8-sig")
    assert [(r[0], r[-1]) for r in csv.reader(io.StringIO(bodies_csv))] == [
        ("団体", "集計の状況"),
        ("青葉市", ""),
        ("川辺町", "一部未集計（ファイル形式が異なるため）"),
        ("南台市", "一部未集計（ファイルが開けなかったため）"),
        ("合計", ""),
    ]
    data = json.loads(exported["json"].read_text(encoding="utf-8"))
    assert data["partly_counted_bodies"] == {
        "川辺町": "ファイル形式が異なるため",
        "南台市": "ファイルが開けなかったため",
    }


def test_check_reads_a_marked_row_pasted_into_a_report_as_its_body_s(
    exported: dict[str, Path],
) -> None:
    """The 団体別集計 pasted into the prefecture's report, marks and all, is checked against
    the counted rows: 「川辺町（一部未集計）」 is 川辺町's row."""
    root = exported["root"]
    args = ("check", str(root / "回答"), "--bodies", "folder", "--keep-going", "-f", "json")
    _, data, _ = _run(root, *args, "--text", str(exported["md"]))
    checked = json.loads(data)
    counted = _counted("川辺町")
    stated = {s["scope"]: s["stated"] for s in checked["statements"]}
    assert stated["表の「川辺町（一部未集計）」の行"] == {
        **{symbol: counted.count(symbol) for symbol in "ABCD"},
        "total": len(counted),
    }
    assert checked["disagreements"] == []
