"""愛知県's policy sheets (review 112 #9): the title 「達成率（％）」 printed 「達成率（」 over 「％）」,
and 指標名 kept each name whole on one line as if a figure while 取組 printed 「…拡／大」."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook

import planeval
from planeval.presets import PRESETS
from planeval.report.cell_wrap import SET_WIDER, wrapping
from planeval.report.xlsx_chapter3 import XLSX_UNITS, chapter3_columns
from planeval.report.xlsx_writer import display_width

ROWS = [
    ("ア　電子申請対象手続の拡大", "電子申請が可能な手続数", "320手続", "410手続", "455手続", "500手続", "91.0%", "B"),
    ("イ　電子申請の利用促進", "電子申請の利用率", "18.2%", "35.1%", "41.0%", "50.0%", "82.0%", "B"),
    ("ウ　キャッシュレス納付の拡大", "キャッシュレス納付に対応した手続数", "12手続", "48手続", "61手続", "60手続", "101.7%", "A"),
    ("エ　ウェブアクセシビリティの確保", "県Webサイトのアクセシビリティ適合率", "72.0%", "90.0%", "100.0%", "100%", "100.0%", "A"),
    ("オ　SNSを活用した情報発信", "県公式SNSのフォロワー数", "8.2万人", "15.1万人", "17.4万人", "30万人", "58.0%", "C"),
    ("カ　公金事務のセキュリティ確保", "会計事務システムの脆弱性診断実施率", "0%", "100%", "100%", "100%", "100.0%", "A"),
]  # fmt: skip


def test_an_indicator_s_name_wraps_as_a_text_and_a_figure_s_title_keeps_its_words(
    tmp_path: Path,
) -> None:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["基本方針1 ICTを活用した県民サービスの向上"])
    sheet.append(["項目", "指標", "策定時", "前年度", "現状値", "目標値", "達成率（％）", "評価"])
    sheet.append(["(1)　電子申請の推進"])
    for row in ROWS:
        sheet.append(list(row))
    path = tmp_path / "情報政策課.xlsx"
    book.save(path)
    result = planeval.read_workbooks([path], scale=PRESETS["aichi"])
    report = planeval.build_report(result.entries, PRESETS["aichi"], values=result.values)
    headers = report.chapter3_headers
    widths = dict(zip(headers, chapter3_columns(report), strict=True))
    # 「達成率（％）」 breaks only between its words, as measured or set a little narrower
    title = wrapping("達成率（％）", XLSX_UNITS.wrap.advance, header=True)
    room = widths["達成率（％）"] - XLSX_UNITS.wrap.padding
    assert not title.kinsoku(room, wider=SET_WIDER), widths
    # 指標名 shares the room with the item's names: not each name on one line
    names = [row[1] for row in ROWS]
    assert widths["指標名"] < max(map(display_width, names)), widths
