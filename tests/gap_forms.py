"""東浜市-like forms of a 行政改革大綱 (review 170): one workbook per 部, the items numbered
through the plan, 都市整備部 (items 9～11, 改革項目 Ⅱ-2) never sent, one 達成度 blank (an
error). For check's and export's tests of a plan larger than what was answered."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import write_book

HEADER = ["No.", "推進項目", "改革項目", "取組項目", "所管課", "達成度"]
SETTINGS = """[scale]
preset = "achievement"
[layout]
status_column = "達成度"
[layout.titles]
level = ["推進項目"]
[wording]
policy = "推進項目"
project = "改革項目"
item = "取組項目"
status = "達成度"
"""
# (部, its items: No., 推進項目, 改革項目, 達成度); 都市整備部's 9–11 never sent; 財政部's 14 blank
FORMS = {
    "総務部": [
        (n, "Ⅰ 市民サービス", "Ⅰ-1 窓口", s) for n, s in enumerate(["達成"] * 3 + ["未達成"], 1)
    ],
    "企画部": [(n, "Ⅱ 行政運営", "Ⅱ-1 組織", s) for n, s in enumerate(["一部達成"] * 4, 5)],
    "財政部": [
        (n, "Ⅲ 財政運営", "Ⅲ-1 歳入", s) for n, s in enumerate(["達成", "未達成", "", "達成"], 12)
    ],
}
MISSING = 3  # (9～11)
SENT_NOTHING = ("都市整備部", [(n, "Ⅱ 行政運営", "Ⅱ-2 業務", "") for n in range(9, 12)])


def write_forms(tmp_path: Path, settings: str = SETTINGS) -> tuple[Path, Path]:
    """The folder of the forms returned and the settings file."""
    folder = tmp_path / "R7"
    folder.mkdir()
    for bu, items in FORMS.items():
        rows: list[list[object]] = [
            ["実施計画 取組項目の進捗状況（令和7年度）"],
            [f"部名：{bu}"],
            [],
            HEADER,
        ]
        rows += [
            [n, policy, project, f"取組{n}", "企画課", status]
            for n, policy, project, status in items
        ]
        write_book(folder / f"{bu}.xlsx", {"進捗状況": rows})
    config = tmp_path / "達成度.toml"
    config.write_text(settings, encoding="utf-8")
    return folder, config


def write_plan(tmp_path: Path) -> Path:
    """The plan: every item, 所管課 then 所管部 as 東浜市 types them."""
    header = ["No.", "推進項目", "改革項目", "取組項目", "所管課", "所管部"]
    rows = [
        [n, policy, project, f"取組{n}", "企画課", bu]
        for bu, items in [*FORMS.items(), SENT_NOTHING]
        for n, policy, project, _ in items
    ]
    rows.sort(key=lambda row: row[0])
    return write_book(tmp_path / "計画.xlsx", {"実施計画": [["実施計画"], [], header, *rows]})
