"""What the exported report says (reviews 140 #7, 141 #7 #9): a plan's whole total with its
repeat listings subtracted, 「取組項目は全52項目（3項目再掲のため実質49項目）です。」, in every export
and summarize --narrative; the notes typed under a table (「※現状値は令和6年度末」) under that
table, not counted; the count sentence naming 達成A as the cells write it (「達成Aが3指標」); a
full-width number kept apart from its name; summarize's note naming a 推進項目 no reply holds,
as the export's 集計 does."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import docx
import openpyxl
from typer.testing import CliRunner

from planeval.cli import app
from planeval.model import Entry, Location
from planeval.presets import PRESETS
from planeval.report_api import build_report
from planeval.wording_presets import WORDING_PRESETS
from tests.conftest import write_book

SETTINGS = """[scale]
preset = "progress"

[[scale.status]]
symbol = "再掲"
label = "再掲"
counted = false

[layout]
status_column = "実施状況"

[wording]
title = "第5次川辺市行政改革大綱 実施計画"
policy = "改革の柱"
project = "推進項目"
item = "取組項目"
status = "実施状況"
"""
HEADER = ["改革の柱", "推進項目", "取組項目", "実施状況", "取組み状況・課題", "担当課"]
NOTE = "※実施状況は令和7年度末の見込みです"
# (柱, 推進項目, 取組項目 as typed, 実施状況); 広報広聴課 types full-width numbers (review 141 #9)
ROWS = [
    ("Ⅰ　市民サービスの向上", "1-1　窓口サービスの充実", "1-1-(1)　証明書のコンビニ交付", "完了"),
    (None, None, "1-1-(2)　書かない窓口の導入", "取組中"),
    (None, "1-2　市民参画", "１－２－（１）　市ウェブサイトの再構築", "完了"),
    (None, None, "1-2-(2)　電子申請の拡大（2-1-(1)再掲）", "再掲"),
    ("Ⅱ　効率的な行政運営", "2-1　業務改善", "2-1-(1)　電子申請の拡大", "未着手"),
    (None, None, "2-1-(2)　ペーパーレス会議", "完了"),
    (None, "2-2　人材育成", "2-2-(1)　研修の充実（1-1-(2)再掲）", "再掲"),
]


def _round(tmp_path: Path, rows=ROWS, *, note: str = NOTE, also=()) -> Path:
    """企画課's book of ``rows``, its note under them; 広報課's of ``also`` where given."""
    folder = tmp_path / "回答"
    folder.mkdir()
    for department, own in (("企画課", rows), ("広報課", also)):
        if not own:
            continue
        table: list[list[object]] = [["行政改革大綱 実施計画 進捗状況（令和7年度）"], [], HEADER]
        table += [[*row, "着手が遅れた" if row[3] == "未着手" else "", department] for row in own]
        table += [[], [note]] if note and department == "企画課" else []
        write_book(folder / f"{department}.xlsx", {"進捗状況": table})
    (tmp_path / "planeval.toml").write_text(SETTINGS, encoding="utf-8")
    return folder


def _export(tmp_path: Path, folder: Path, *more: str) -> dict[str, str]:
    """Each export's text: Markdown, HTML, the docx's paragraphs, the xlsx's cells."""
    out = tmp_path / "out"
    args = ["export", str(folder), "--config", str(tmp_path / "planeval.toml"), *more]
    for suffix in ("md", "html", "docx", "xlsx"):
        args += [f"--{suffix}", str(out / f"報告.{suffix}")]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
    cells = [  # (a sentence broken between its phrases, read whole)
        str(cell.value).replace("\n", "")
        for sheet in openpyxl.load_workbook(out / "報告.xlsx")
        for row in sheet.iter_rows()
        for cell in row
        if cell.value is not None
    ]
    return {
        "md": (out / "報告.md").read_text(encoding="utf-8"),
        "html": (out / "報告.html").read_text(encoding="utf-8"),
        "docx": "\n".join(p.text for p in docx.Document(str(out / "報告.docx")).paragraphs),
        "xlsx": "\n".join(cells),
    }


def _whole(rows=ROWS) -> str:
    statuses = Counter(row[3] for row in rows)
    whole, repeats = len(rows), statuses["再掲"]
    # (said once, in the whole sentence: review 172 #7)
    return (
        f"取組項目は全{whole}項目で、再掲の{repeats}項目を除く{whole - repeats}項目を集計しました。"
    )


def test_every_export_states_the_whole_total_with_the_repeats_subtracted(tmp_path: Path) -> None:
    texts = _export(tmp_path, _round(tmp_path))
    for kind, text in texts.items():
        assert _whole() in text, kind
    narrated = CliRunner().invoke(
        app,
        [
            "summarize",
            str(tmp_path / "回答"),
            "--narrative",
            "--config",
            str(tmp_path / "planeval.toml"),
        ],
    )
    assert narrated.exit_code == 0, narrated.output
    assert _whole() in narrated.output


def test_no_total_sentence_where_no_row_is_a_repeat_listing(tmp_path: Path) -> None:
    rows = [row for row in ROWS if row[3] != "再掲"]
    texts = _export(tmp_path, _round(tmp_path, rows))
    assert not any("実質" in text for text in texts.values())


def test_a_note_typed_under_the_table_is_under_its_table_in_every_export(tmp_path: Path) -> None:
    texts = _export(tmp_path, _round(tmp_path))
    for kind, text in texts.items():
        assert text.count(NOTE) == 1, kind
    md = texts["md"].splitlines()
    at = md.index(NOTE)  # (its own paragraph, right under the table of its rows)
    last_row = next(line for line in reversed(md[:at]) if line.strip())
    assert "2-2-(1)" in last_row
    assert "合計 |  | 1 | 1 | 3 | 5 | 2 |" in texts["md"]  # (counted from rows, not the note)


def test_a_full_width_number_stays_apart_from_its_name(tmp_path: Path) -> None:
    texts = _export(tmp_path, _round(tmp_path))
    assert "１－２－（１） 市ウェブサイトの再構築" in texts["md"]
    assert "１－２－（１）市ウェブサイト" not in texts["md"]


def test_summarize_names_the_project_no_reply_holds_as_the_export_does(tmp_path: Path) -> None:
    rows = [row for row in ROWS if not row[2].startswith(("1-2", "１－２"))]
    also = [("Ⅰ　市民サービスの向上", "1-3　広報", "1-3-(1)　広報紙の刷新", "完了")]
    folder = _round(tmp_path, rows, also=also)  # (1-2's 課 never answered)
    said = "推進項目 1-2 は報告がなかったため"
    assert said in _export(tmp_path, folder)["md"]
    counted = CliRunner().invoke(
        app, ["summarize", str(folder), "--config", str(tmp_path / "planeval.toml")]
    )
    assert said in counted.output.replace("\n  ", "")


def test_the_count_sentence_names_word_and_letter_as_the_cells_write_them() -> None:
    statuses = "AAABBC"
    entries = [
        Entry(Location("回答.xlsx"), "1", "1-1", "1-1-1", "項目", None, str(n), f"指標{n}",
              None, status, status, direction_name="施策")
        for n, status in enumerate(statuses, start=1)
    ]  # fmt: skip
    report = build_report(entries, PRESETS["gunma"], wording=WORDING_PRESETS["gunma"])
    label = {"A": "達成A", "B": "前進B", "C": "横ばいC"}
    unit = WORDING_PRESETS["gunma"].status_count.partition("{n}")[2]  # (件 unless configured)
    counts = "、".join(f"{label[s]}が{n}{unit}" for s, n in Counter(statuses).items())
    assert f"{counts}でした" in report.policies[0].sentence
