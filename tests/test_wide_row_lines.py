"""A row's height in the workbook is the lines Excel wraps its text to: a text of wide
characters fills each line with whole characters, 禁則 taking one down with a 「、」 (緑ヶ丘市's
「スポーツ施設の廃止検討について検討し、実施する。」 was given an empty third line: review 130 #7)."""

from __future__ import annotations

from planeval.report.xlsx_writer import line_count

# 取組内容's column on 緑ヶ丘市's policy sheets: 185 pixels, twelve wide characters to a line
COLUMN = 25.71


def test_a_sentence_of_two_full_lines_is_two_lines() -> None:
    assert line_count("スポーツ施設の廃止検討について検討し、実施する。", COLUMN) == 2
    assert line_count("証明書発行の廃止検討について検討し、実施する。", COLUMN) == 2
    assert line_count("あ" * 12, COLUMN) == 1
    assert line_count("あ" * 13, COLUMN) == 2


def test_a_mark_that_may_not_start_a_line_takes_a_character_down() -> None:
    assert line_count("あ" * 12 + "、" + "い" * 11, COLUMN) == 3  # (あ×11 | あ、い×11 | い)
    assert line_count("あ" * 11 + "、" + "い" * 12, COLUMN) == 2
    assert line_count("あ" * 12 + "\n" + "い" * 13, COLUMN) == 3  # (each paragraph)
