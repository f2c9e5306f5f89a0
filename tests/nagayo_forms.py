"""長与町's 情報化推進計画 進捗 workbook as its clerk types it (review 85): a sheet per 基本目標
(「基本目標Ⅰ」), Ⅰ › 1.1 › rated 1.1.1 in the 番号 column, their names under 「施策・取組」,
one 「Ａ」 in full width and one 「－」 (評価できない)."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook

GOALS = {
    "Ⅰ": ("便利で快適な町民サービス", {
        "1.1": ("行政手続のオンライン化", [("1.1.1", "電子申請の拡大", "電子申請手続数", "S"),
                                           ("1.1.2", "コンビニ交付の推進", "コンビニ交付率", "A")]),
        "1.2": ("情報発信の充実", [("1.2.1", "町ホームページの改善", "閲覧数", "B"),
                                   ("1.2.2", "SNSの活用", "フォロワー数", "－")]),
    }),
    "Ⅱ": ("効率的な行政運営", {
        "2.1": ("業務の効率化", [("2.1.1", "RPAの導入", "導入業務数", "C"),
                                 ("2.1.2", "ペーパーレス化", "会議資料電子化率", "A")]),
        "2.2": ("情報セキュリティ", [("2.2.1", "職員研修", "受講率", "Ａ")]),
    }),
}  # fmt: skip
LEGEND = "評価　Ｓ：計画以上に達成　Ａ：計画どおり達成　Ｂ：概ね達成　Ｃ：達成できなかった"


def nagayo_book(folder: Path, names: str = "施策・取組", legend: str = LEGEND) -> Path:
    """The workbook, its names in the column titled ``names``, ``legend`` under its title."""
    wb = Workbook()
    wb.remove(wb.active)
    for goal, (goal_name, measures) in GOALS.items():
        ws = wb.create_sheet(f"基本目標{goal}")
        ws["A1"] = "長与町第２次情報化推進計画　進捗状況（令和5年度）"
        ws["A2"] = legend
        ws.append([])
        header = ["番号", names, "指標", "策定時", "現状値", "目標値", "評　価", "評価の理由"]
        ws.append([*header, "担当課"])
        ws.append([goal, goal_name])
        for measure, (measure_name, rows) in measures.items():
            ws.append([measure, measure_name])
            for number, name, indicator, rating in rows:
                why = "評価できない" if rating == "－" else None
                ws.append([number, name, indicator, "10件", "20件", "30件", rating, why, "総務課"])
    path = folder / "情報化推進計画進捗_R5.xlsx"
    wb.save(path)
    return path
