"""A value column of sentences (review 43: 名古屋市守山区's 実績 「…を計画どおり実施し、目標を達成
した。」 beside 目標 「年4回実施」): it was given its widest sentence on one line, and the names
beside it broke inside their words (「マニュア／ル」). It wraps as a text column does."""

from __future__ import annotations

from pathlib import Path

import planeval
from planeval.presets import PRESETS
from planeval.report.xlsx_chapter3 import chapter3_columns
from planeval.report.xlsx_writer import display_width
from tests.conftest import write_book

SENTENCE = "避難所運営マニュアルの改訂を計画どおり実施し、目標を達成した。"
ISSUE = "周知方法を見直し、地域の防災訓練と合わせて住民への説明会を開催する予定である。"


def test_a_column_of_sentences_wraps_and_leaves_the_texts_their_room(tmp_path: Path) -> None:
    header = ["No.", "取組み項目", "目標", "実績", "取組み結果", "今後の方向性"]
    rows: list[list[object]] = [["重点項目1　安心・安全なまち"], header]
    rows += [
        [n, f"避難所運営マニュアルの改訂{n}", "年4回実施", SENTENCE, "B", ISSUE]
        for n in range(1, 6)
    ]
    book = write_book(tmp_path / "防災課.xlsx", {"取組み結果": rows})
    read = planeval.read_workbooks([book], scale=PRESETS["nagoya"])
    report = planeval.report_of(read, PRESETS["nagoya"])
    widths = chapter3_columns(report)
    headers = report.chapter3_headers
    done, issue = widths[headers.index("実績")], widths[headers.index("課題等")]
    assert done < display_width(SENTENCE)  # (wrapped: narrower than its sentence on one line)
    assert issue > display_width(ISSUE) / 2  # (the room it gave up went to the texts: at most
    # two lines for the issue, which had three before)
