"""A national survey's first table is its counts per 都道府県, but planeval gave none: the
list's 都道府県 became a column, a filter and the HTML's group headings, never a subtotal, and
the reviewer added up 北海道's 87/160/85/28 from `summarize --by body -f csv` by hand (review 204
#4). `summarize --by prefecture` counts each 都道府県's bodies' rows, in the list's order, with
its bodies counted and not, and 合計 the whole survey's; the export writes 都道府県別集計."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import openpyxl

import planeval
from planeval.prefecture_counts import PrefectureRow, read_prefecture_counts
from tests.test_review179_prefectures import survey_of
from tests.test_roster import run

LISTED = [  # (code, prefecture, name, mark): 岩手県's between 北海道's, 本津町 declined
    ("012025", "北海道", "岩里市", ""),
    ("032018", "岩手県", "原沢市", ""),
    ("012033", "北海道", "金尾市", ""),
    ("035017", "岩手県", "本津町", "辞退"),
]
SENT = {"岩里市": ["◎", "○"], "原沢市": ["△"], "金尾市": ["○", "×", "○"]}


def _survey(tmp_path: Path, *, prefectures: bool = True) -> Path:
    return survey_of(tmp_path, LISTED, SENT, prefectures=prefectures)


def test_each_prefecture_s_bodies_are_added_up_in_the_list_s_order(tmp_path: Path) -> None:
    replies = _survey(tmp_path)
    config = planeval.load_config(tmp_path / "planeval.toml")
    result = planeval.read_workbooks([replies], bodies="file", roster=config.roster)
    summary = planeval.summary_of(result, by="body", scale=config.scale)
    rows = read_prefecture_counts(summary, result)
    said = [(r.prefecture, r.counted, r.not_counted, dict(r.counts.counts)) for r in rows]
    assert said == [
        ("北海道", 2, 0, {"◎": 1, "○": 3, "△": 0, "×": 1}),
        ("岩手県", 1, 1, {"◎": 0, "○": 0, "△": 1, "×": 0}),
        ("合計", 3, 1, {"◎": 1, "○": 3, "△": 1, "×": 1}),
    ]
    assert rows[-1].counts == summary.total
    assert all(isinstance(row, PrefectureRow) for row in rows)


def test_summarize_by_prefecture(tmp_path: Path) -> None:
    replies = _survey(tmp_path)
    args = ["summarize", str(replies), "--bodies", "file", "--by", "prefecture"]
    done = run(tmp_path, *args, "-f", "csv", "-q")
    assert done.exit_code == 0, done.output
    table = list(csv.reader(io.StringIO(done.stdout.lstrip("\ufeff"))))
    assert table[:4] == [
        ["都道府県", "集計した団体", "未集計の団体", "◎", "○", "△", "×", "計", "-（再掲）"],
        ["北海道", "2", "0", "1", "3", "0", "1", "5", "0"],
        ["岩手県", "1", "1", "0", "0", "1", "0", "1", "0"],
        ["合計", "3", "1", "1", "3", "1", "1", "6", "0"],
    ]
    shown = run(tmp_path, *args, "-q").stdout
    assert shown.splitlines()[0] == "都道府県別の達成状況"


def test_by_prefecture_without_the_list_s_column_is_a_usage_error(tmp_path: Path) -> None:
    replies = _survey(tmp_path, prefectures=False)
    done = run(tmp_path, "summarize", str(replies), "--bodies", "file", "--by", "prefecture")
    assert done.exit_code == 2
    assert done.stderr.strip() == (
        f"エラー: {tmp_path / '団体一覧.xlsx'}: --by prefecture は団体一覧の「都道府県」"
        "（または「都道府県名」）の列で団体を都道府県に分けて数えますが、この団体一覧には"
        "その列がないか、どの団体にも書かれていません。見出し「都道府県」の列を加え、各団体の"
        "都道府県を書いてください"
    )


def test_the_export_writes_a_table_per_prefecture(tmp_path: Path) -> None:
    from docx import Document

    replies = _survey(tmp_path)
    out = tmp_path / "出力"
    out.mkdir()
    args = ["--xlsx", str(out / "報告.xlsx"), "--html", str(out / "報告.html")]
    args += ["--docx", str(out / "報告.docx")]
    done = run(tmp_path, "export", str(replies), "--bodies", "file", "-q", *args)
    assert done.exit_code == 0, done.output
    book = openpyxl.load_workbook(out / "報告.xlsx")
    sheets = book.sheetnames
    assert sheets.index("都道府県別集計") == sheets.index("団体別集計") - 1
    table = [list(row) for row in book["都道府県別集計"].iter_rows(values_only=True)]
    at = next(i for i, row in enumerate(table) if row[0] == "都道府県")
    assert [row[:7] for row in table[at : at + 4]] == [
        ["都道府県", "集計した団体", "◎", "○", "△", "×", "計"],
        ["北海道", "2団体", 1, 3, 0, 1, 5],
        ["岩手県", "1団体（未集計 1団体）", 0, 0, 1, 0, 1],
        ["合計", "3団体（未集計 1団体）", 1, 3, 1, 1, 6],
    ]
    page = (out / "報告.html").read_text("utf-8")
    assert page.index(">都道府県別集計</h2>") < page.index(">団体別集計</h2>")
    assert ">1団体（未集計 1団体）<" in page
    document = Document(str(out / "報告.docx"))
    said = [p.text for p in document.paragraphs]
    assert said.index("都道府県別集計") < said.index("団体別集計")
    [table] = [t for t in document.tables if t.cell(0, 0).text == "都道府県"]
    assert [c.text for c in table.rows[-1].cells][:3] == ["合計", "3団体（未集計 1団体）", "1"]
