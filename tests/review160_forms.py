"""浜名市's KPI進捗 forms (review 160), built as its 局 build them: 基本方針 | 施策 | 取組 | KPI |
基準値 | 目標値 | 実績値 | 達成率 | 評価（A～D） | 課題・今後の方向性 | 担当課, with 担当局 above the
table, two ※ note rows under it (the legend among them), and one KPI co-owned by こども家庭局,
which leaves its 評価 blank for 教育局 and writes a remark in its 課題 cell."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook

CONFIG = """[scale]
preset = "hamamatsu"

[wording]
title = "浜名市デジタル・スマートシティ推進計画　KPIの進捗状況"
policy = "基本方針"
direction = "施策"
project = "取組"
item = "KPI"
counter = "指標"
issue = "課題・今後の方向性"
department = "担当課"
"""
HEADER = ["基本方針", "施策", "取組", "KPI", "基準値（R3）", "目標値（R8）", "実績値（R6）", "達成率",
          "評価（A～D）", "課題・今後の方向性", "担当課"]  # fmt: skip
LEGEND = "※評価　A：目標達成（達成率100%以上）　B：達成率80%以上　C：達成率80%未満　D：評価できない"
CO_OWNED = "端末の家庭持ち帰り学習の実施率"
REMARK = "（子育て支援の観点から家庭学習の支援を継続）"
ISSUES = {"A": "目標を達成した。", "B": "概ね順調に推移している。", "C": "進捗が遅れている。",
          "D": "実績を把握できなかった。"}  # fmt: skip
# 局 → rows (基本方針, 施策, 取組, KPI, 評価, 担当課)
FORMS: dict[str, list[tuple[str, str, str, str, str, str]]] = {
    "企画調整局": [
        ("1 市民サービスのデジタル化", "1-1 行政手続のオンライン化", "電子申請の拡充",
         "オンライン申請可能な手続数", "A", "DX推進課"),
        ("1 市民サービスのデジタル化", "1-1 行政手続のオンライン化", "電子申請の拡充",
         "電子申請の利用件数", "B", "DX推進課"),
        ("1 市民サービスのデジタル化", "1-2 窓口サービスの改善", "書かない窓口の推進",
         "書かない窓口対応手続数", "A", "市民課"),
        ("2 地域社会のデジタル化", "2-1 教育のデジタル化", "オープンデータの推進",
         "オープンデータ公開数", "D", "DX推進課"),
    ],
    "教育局": [
        ("2 地域社会のデジタル化", "2-1 教育のデジタル化", "GIGAスクール構想の推進",
         "1人1台端末の授業での活用率", "A", "教育総務課"),
        ("2 地域社会のデジタル化", "2-1 教育のデジタル化", "GIGAスクール構想の推進",
         CO_OWNED, "B", "学校教育課"),
        ("2 地域社会のデジタル化", "2-1 教育のデジタル化", "教員のICT活用指導力の向上",
         "ICT活用指導力のある教員の割合", "C", "教職員課"),
    ],
    "こども家庭局": [
        ("1 市民サービスのデジタル化", "1-2 窓口サービスの改善", "子育て支援のオンライン化",
         "保育所入所申請のオンライン化率", "A", "幼児教育・保育課"),
        ("2 地域社会のデジタル化", "2-1 教育のデジタル化", "GIGAスクール構想の推進",
         CO_OWNED, "", "子育て支援課"),
    ],
}  # fmt: skip


def write_forms(folder: Path, *, legend: bool = True, year: int = 6, remark: str = REMARK) -> Path:
    """Each 局's form in ``folder`` (the co-owner's 評価 blank, its ``remark`` in its 課題 cell),
    its title stating 令和 ``year`` 年度."""
    folder.mkdir(parents=True, exist_ok=True)
    for department, rows in FORMS.items():
        book = Workbook()
        sheet = book.active
        assert sheet is not None
        sheet.title = "KPI進捗"
        sheet["A1"] = f"令和{year}年度　浜名市デジタル・スマートシティ推進計画　KPI進捗状況調査票"
        sheet["A2"] = f"担当局：{department}"
        sheet.append([])
        sheet.append(HEADER)
        for policy, direction, project, kpi, status, section in rows:
            issue = remark if not status else ISSUES[status]
            sheet.append([policy, direction, project, kpi, 10, 20, 18, 0.9, status, issue, section])
        sheet.append([])
        sheet.append(["※達成率＝実績値÷目標値"])
        if legend:
            sheet.append([LEGEND])
        book.save(folder / f"{department}_KPI進捗.xlsx")
    return folder


def counted() -> dict[str, int]:
    """The statuses counted: every rated row, the co-owned KPI once (教育局's rating)."""
    found: dict[str, int] = {}
    for rows in FORMS.values():
        for row in rows:
            if row[4]:
                found[row[4]] = found.get(row[4], 0) + 1
    return found
