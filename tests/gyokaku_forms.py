"""A 行政改革大綱's yearly survey, as 桜ヶ丘市's clerks type it (review 85): one workbook per 課,
「所管課 | 財政課」 above the table, 改革項目 merged down its items, items 「(1) …」 (総務課
types 「（1）…」 in full width), a 実施状況 and a 達成度 column, the 取り組み状況・課題 column."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook

# 課 → (改革項目, its name, item number, item name, 実施状況)
ITEMS = {
    "財政課": [(1, "事務事業の見直し", 1, "補助金の見直し", "取組中"),
               (5, "財政の健全化", 1, "市税収納率の向上", "完了")],
    "企画課": [(1, "事務事業の見直し", 2, "事務事業評価の実施", "完了"),
               (4, "市民協働の推進", 3, "市民意見の反映", "取組中")],
    "総務課": [(2, "組織・人材の活性化", 1, "定員管理の適正化", "完了"),
               (2, "組織・人材の活性化", 2, "人事評価制度の運用", "取組中")],
    "市民課": [(4, "市民協働の推進", 1, "窓口サービスの向上", "完了"),
               (4, "市民協働の推進", 2, "自治会活動の支援", "取組中")],
    "情報政策課": [(3, "デジタル化の推進", 1, "行政手続のオンライン化", "取組中"),
                   (3, "デジタル化の推進", 2, "RPAの導入", "未着手")],
}  # fmt: skip
SETTINGS = '[scale]\npreset = "progress"\n\n[layout]\nstatus_column = "実施状況"\n'
ISSUE = "取り組み状況・課題"


def gyokaku_form(
    folder: Path, department: str, *, blank: int | None = None, issue: str = ISSUE
) -> Path:
    """One 課's form; ``blank``: the item number whose 実施状況 it leaves empty."""
    wb = Workbook()
    ws = wb.active
    ws.title = "進捗状況"
    ws["A1"] = "令和5年度　第５次桜ヶ丘市行政改革大綱　取り組み項目の進捗状況調査票"
    ws["A2"], ws["B2"] = "所管課", department
    ws.append([])
    ws.append(["改革項目", "取り組み項目", "実施状況 ※必須", "達成度 ※必須", issue, "所管課"])
    previous, start = None, 5
    for row, (policy, policy_name, number, name, status) in enumerate(ITEMS[department], start=5):
        if policy != previous:
            if previous is not None and row - 1 > start:
                ws.merge_cells(start_row=start, start_column=1, end_row=row - 1, end_column=1)
            ws.cell(row, 1, f"{policy}　{policy_name}")
            previous, start = policy, row
        typed = f"（{number}）{name}" if department == "総務課" else f"({number}) {name}"
        ws.cell(row, 2, typed)
        ws.cell(row, 3, None if number == blank else status)
        ws.cell(row, 4, "一部達成")
        ws.cell(row, 5, f"{name}の課題")
        ws.cell(row, 6, department)
    last = 4 + len(ITEMS[department])
    if last > start:
        ws.merge_cells(start_row=start, start_column=1, end_row=last, end_column=1)
    path = folder / f"{department}.xlsx"
    wb.save(path)
    return path


def gyokaku_round(tmp_path: Path, *, unanswered: tuple[str, ...] = ("情報政策課",)) -> Path:
    """A round's folder, the 課 of ``unanswered`` with no file; planeval.toml beside it."""
    folder = tmp_path / "R5"
    folder.mkdir()
    for department in ITEMS:
        if department not in unanswered:
            gyokaku_form(folder, department, blank=2 if department == "市民課" else None)
    (tmp_path / "planeval.toml").write_text(SETTINGS, encoding="utf-8")
    return folder
