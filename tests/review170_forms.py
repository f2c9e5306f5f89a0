"""東浜市's 行政改革大綱 forms (review 170), built as its 部 build them: one workbook per 部
(「部名：市民生活部」 above the table), No. | 推進項目 | 改革項目 | 取組項目 | 所管課 | 実施状況 |
達成度 | 取組内容・成果 | 課題・今後の方向性, two status columns each read by its own settings.
No.2 is shared: its 所管課 cell reads 「市民課、情報政策課」 in 市民生活部's workbook (the lead,
市民課, named first) and 「情報政策課（共管）」 in 企画財政部's, which leaves its 達成度 blank. The
plan lists 所管課 before 所管部, 「市民課、情報政策課」 beside 「市民生活部、企画財政部」."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook

TITLES = ["No.", "推進項目", "改革項目", "取組項目", "所管課", "実施状況", "達成度",
          "取組内容・成果", "課題・今後の方向性"]  # fmt: skip
NAMES = {1: "窓口のワンストップ化", 2: "マイナンバーカードの利活用", 3: "書かない窓口の導入",
         4: "オープンデータの推進", 5: "AI-OCRの導入"}  # fmt: skip
SHARED = NAMES[2]
# 部 → rows (No., 所管課 cell, 実施状況, 達成度), the co-owner's workbook read first (its name)
FORMS: dict[str, list[tuple[int, str, str, str | None]]] = {
    "企画財政部": [
        (2, "情報政策課（共管）", "完了", None),
        (4, "情報政策課", "未着手", "未達成"),
        (5, "情報政策課", "取組中", "未達成"),
    ],
    "市民生活部": [
        (1, "市民課", "完了", "達成"),
        (2, "市民課、情報政策課", "完了", "達成"),
        (3, "市民課", "取組中", "一部達成"),
    ],
}
OWNERS = {1: ("市民課", "市民生活部"), 2: ("市民課、情報政策課", "市民生活部、企画財政部"),
          3: ("市民課", "市民生活部"), 4: ("情報政策課", "企画財政部"),
          5: ("情報政策課", "企画財政部")}  # fmt: skip
CONFIG = """[scale]
preset = "{preset}"

[layout]
status_column = "{column}"

[wording]
policy = "推進項目"
project = "改革項目"
item = "取組項目"
status = "{column}"

[layout.titles]
level = ["推進項目"]

[columns]
ignore = ["取組内容・成果"]
"""


def issue(cell: str) -> str:
    """The 課題 text of a row whose 所管課 cell is ``cell``."""
    return f"{cell}の課題"


def write_forms(
    folder: Path, co_owner: str = "完了", blank: tuple[int, ...] = ()
) -> dict[str, Path]:
    """Each 部's workbook in ``folder``: ``co_owner``, the 実施状況 企画財政部 gives No.2;
    ``blank``: the Nos. of 企画財政部's own rows whose 達成度 is left blank (an error)."""
    folder.mkdir(parents=True, exist_ok=True)
    written = {}
    for number, (department, rows) in enumerate(FORMS.items(), 1):
        book = Workbook()
        sheet = book.active
        assert sheet is not None
        sheet.title = "進捗状況"
        sheet["A1"] = "東浜市第４次行政改革大綱 実施計画　取組項目の進捗状況（令和7年度）"
        sheet["A2"] = f"部名：{department}"
        sheet["A3"] = "※共管の取組項目は、所管課欄の先頭の課が主管です。"
        for column, title in enumerate(TITLES, 1):
            sheet.cell(5, column, title)
        for row, (no, cell, status, rating) in enumerate(rows, 6):
            if "共管" in cell:
                status = co_owner
            if department == "企画財政部" and no in blank:
                rating = None
            values = [no, "Ⅰ 市民サービスの向上", "Ⅰ-1 窓口サービスの改善", NAMES[no], cell,
                      status, rating, "実施した。", issue(cell)]  # fmt: skip
            for column, value in enumerate(values, 1):
                sheet.cell(row, column, value)
        written[department] = folder / f"0{number}_{department}_進捗状況.xlsx"
        book.save(written[department])
    return written


def write_plan(path: Path) -> Path:
    """The plan: 所管課 | 所管部, No.2 naming both 課 and both 部, the lead first."""
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "実施計画"
    sheet.append(["東浜市第４次行政改革大綱 実施計画"])
    sheet.append([])
    sheet.append(["No.", "推進項目", "改革項目", "取組項目", "所管課", "所管部", "区分"])
    for no, name in NAMES.items():
        sheet.append(
            [no, "Ⅰ 市民サービスの向上", "Ⅰ-1 窓口サービスの改善", name, *OWNERS[no], "継続"]
        )
    book.save(path)
    return path


def write_configs(home: Path) -> tuple[Path, Path]:
    """実施状況.toml and 達成度.toml in ``home``."""
    progress, achievement = home / "実施状況.toml", home / "達成度.toml"
    progress.write_text(CONFIG.format(preset="progress", column="実施状況"), encoding="utf-8")
    achievement.write_text(CONFIG.format(preset="achievement", column="達成度"), encoding="utf-8")
    return progress, achievement
