"""The list of bodies' 都道府県 (review 179 #4) was a column of 団体別集計 alone: a list kept as
CSV (団体コード,都道府県,団体名,回答状況) was read as bodies named 岩手県 and 秋田県, and
進捗状況.csv, 課題一覧.csv, the export's データ sheet, the JSON, `summarize --by body` and the
note on rounding named each body without it. Each now has it right after 団体コード (or where
no code is shown, before 団体), where the list gives it. And 団体別集計 of more than 100 bodies
is after 課題一覧 in the workbook and the Word document, as on the web page (review 179 #5)."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import openpyxl
import pytest

import planeval
from planeval.report.document import MANY_BODIES
from tests.conftest import write_book
from tests.test_review179_many_bodies_page import _entry
from tests.test_review179_prefectures import replies_of
from tests.test_roster import run

HEAD = ["団体コード", "都道府県", "団体名", "回答状況"]
LISTED = [  # (code, prefecture, name, mark)
    ("030007", "岩手県", "岩手県", ""),
    ("032018", "岩手県", "原沢市", ""),
    ("052035", "秋田県", "福岡市", "辞退"),
]
SENT = {"岩手県": ["◎"], "原沢市": ["○", "△", "×"]}  # (原沢市's shares: 33.3 × 3 = 99.9)


def _survey(tmp_path: Path, roster: str = "csv") -> Path:
    """The bodies' replies (福岡市 declined) and the list as ``roster`` (csv or xlsx)."""
    lines = [HEAD, *[list(one) for one in LISTED]]
    if roster == "csv":
        text = "".join(",".join(line) + "\n" for line in lines)
        (tmp_path / "団体一覧.csv").write_text(text, encoding="utf-8")
    else:
        write_book(tmp_path / "団体一覧.xlsx", {"団体一覧": lines})
    return replies_of(tmp_path, f"団体一覧.{roster}", LISTED, SENT)


def test_a_csv_list_s_prefecture_column_is_read_as_the_workbook_s(tmp_path: Path) -> None:
    _survey(tmp_path)
    listed = planeval.read_roster(tmp_path / "団体一覧.csv", planeval.Limits())
    assert [(one.code, one.prefecture, one.name, one.closed) for one in listed] == LISTED


@pytest.mark.parametrize("roster", ["csv", "xlsx"])
def test_summarize_by_body_names_each_body_s_prefecture(tmp_path: Path, roster: str) -> None:
    replies = _survey(tmp_path, roster)
    args = ["summarize", str(replies), "--bodies", "file", "--by", "body", "-q"]
    done = run(tmp_path, *args, "--percent")
    assert done.exit_code == 0, done.output
    lines = done.stdout.splitlines()
    assert lines[1:9] == [
        "┌──────────┬────────────────┬───┬───────┬───┬──────┬───┬──────┬───┬──────┬────┬───────────┐",
        "│ 都道府県 │ 団体           │ ◎ │  割合 │ ○ │ 割合 │ △ │ 割合 │ × │ 割合 │ 計 │ -（再掲） │",
        "├──────────┼────────────────┼───┼───────┼───┼──────┼───┼──────┼───┼──────┼────┼───────────┤",
        "│ 岩手県   │ 岩手県         │ 1 │ 100.0 │ 0 │  0.0 │ 0 │  0.0 │ 0 │  0.0 │  1 │         0 │",
        "│ 岩手県   │ 原沢市         │ 0 │   0.0 │ 1 │ 33.3 │ 1 │ 33.3 │ 1 │ 33.3 │  3 │         0 │",
        "│ 秋田県   │ 福岡市（辞退） │   │       │   │      │   │      │   │      │    │           │",
        "│          │ 合計           │ 1 │  25.0 │ 1 │ 25.0 │ 1 │ 25.0 │ 1 │ 25.0 │  4 │         0 │",
        "└──────────┴────────────────┴───┴───────┴───┴──────┴───┴──────┴───┴──────┴────┴───────────┘",
    ], done.stdout
    # the note on rounding names it as the note of the bodies not counted does
    assert "行があります（岩手県原沢市は 99.9%）。" in done.stdout.replace("\n", "")
    done = run(tmp_path, *args, "-f", "json")
    data = json.loads(done.stdout)
    assert data["body_codes"] == {name: code for code, _kind, name, _mark in LISTED}
    assert data["body_prefectures"] == {name: kind for _code, kind, name, _mark in LISTED}
    done = run(tmp_path, *args, "-f", "csv")
    rows = list(csv.reader(done.stdout.lstrip("\ufeff").splitlines()))
    assert [row[:3] for row in rows] == [
        ["団体コード", "都道府県", "団体"],
        *([code, kind, name] for code, kind, name, _mark in LISTED),
        ["", "", "合計"],
    ]


def _csv(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as file:
        return list(csv.reader(file))


def test_the_export_s_data_names_each_body_s_prefecture(tmp_path: Path) -> None:
    replies = _survey(tmp_path)
    out = tmp_path / "出力"
    out.mkdir()
    paths = {fmt: out / f"報告.{fmt}" for fmt in ("xlsx", "json")}
    args = [arg for fmt, path in paths.items() for arg in (f"--{fmt}", str(path))]
    done = run(tmp_path, "export", str(replies), "--bodies", "file", "-q", *args, "--csv", str(out))
    assert done.exit_code == 0, done.output
    progress = _csv(out / "進捗状況.csv")
    at = progress[0].index("団体コード")
    assert progress[0][at : at + 3] == ["団体コード", "都道府県", "団体"]
    assert [row[at : at + 3] for row in progress[1:]] == [
        ["030007", "岩手県", "岩手県"],
        *[["032018", "岩手県", "原沢市"]] * 3,
    ]
    issues = _csv(out / "課題一覧.csv")
    at = issues[0].index("団体コード")
    assert issues[0][at : at + 3] == ["団体コード", "都道府県", "団体"]
    sheet = openpyxl.load_workbook(paths["xlsx"])["データ"]
    head = [cell.value for cell in sheet[1]]
    at = head.index("団体コード")
    assert head[at : at + 3] == ["団体コード", "都道府県", "団体"]
    values = [list(row[at : at + 3]) for row in sheet.iter_rows(min_row=2, values_only=True)]
    assert values == [["030007", "岩手県", "岩手県"], *[["032018", "岩手県", "原沢市"]] * 3]
    data = json.loads(paths["json"].read_text("utf-8"))
    assert data["body_prefectures"] == {name: kind for _code, kind, name, _mark in LISTED}
    # (an export read back keeps its rows: the data sheet with its 都道府県 still read)
    back = planeval.read_workbooks([paths["xlsx"]])
    assert not back.errors and len(back.entries) == 4


def _exported(tmp_path: Path, bodies: int) -> tuple[list[str], list[str]]:
    """The workbook's sheets and the Word document's headings of a roll-up of ``bodies``."""
    from docx import Document

    names = [f"町{n:03d}" for n in range(bodies)]
    entries = [_entry(name, k, "◎○△×"[(n + k) % 4]) for n, name in enumerate(names) for k in (1, 2)]
    report = planeval.build_report(entries, bodies=names)
    planeval.export(report, xlsx=tmp_path / "報告.xlsx", docx=tmp_path / "報告.docx")
    sheets = openpyxl.load_workbook(tmp_path / "報告.xlsx").sheetnames
    word = Document(str(tmp_path / "報告.docx"))
    headings = [p.text for p in word.paragraphs if p.style.name == "Heading 2"]
    return sheets, headings


def test_many_bodies_come_after_the_issue_list_in_the_workbook_and_document(
    tmp_path: Path,
) -> None:
    sheets, headings = _exported(tmp_path, MANY_BODIES + 1)
    assert sheets == ["集計", "政策1", "課題一覧", "団体別集計", "団体別集計（グラフ）", "データ"]
    assert headings == ["集計", "（1）情報化政策1", "課題一覧", "団体別集計"]
    # (of a hundred, after 集計 as before: the page's rule, Report.bodies_last)
    (tmp_path / "100").mkdir()
    sheets, headings = _exported(tmp_path / "100", MANY_BODIES)
    assert sheets == ["集計", "団体別集計", "団体別集計（グラフ）", "政策1", "課題一覧", "データ"]
    assert headings == ["集計", "団体別集計", "（1）情報化政策1", "課題一覧"]
