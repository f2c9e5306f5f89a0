"""北川崎市's 施策進行管理・評価票 (review 202), built as its 局 build them: one workbook a 局, titled
「令和6年度　施策進行管理・評価票（事務事業）　まちづくり局」 (no 「所管局：」 line), 政策 | 施策 |
事務事業名 | 達成度 | 課題・今後の方向性 | 所管課, 備蓄物資整備事業 co-owned: 危機管理課 rates it in
総務企画局's workbook, 防災まちづくり課 leaves its row blank in まちづくり局's. Last year 経済労働局 sent
its workbook; this year it did not."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook

SETTINGS = """[scale]
preset = "kawasaki"

[layout]
status_column = "達成度"

[wording]
policy = "政策"
project = "施策"
item = "事務事業"
status = "達成度"
issue = "課題・今後の方向性"
department = "所管課"
"""
HEADER = ["政策", "施策", "事務事業名", "達成度", "課題・今後の方向性", "所管課"]
POLICIES = {"1": "1 災害から生命を守る", "2": "2 健康で安心して暮らせるまちをつくる",
            "3": "3 魅力あふれる快適なまちをつくる", "4": "4 活力ある産業と雇用を生み出す"}  # fmt: skip
ROUTED = "（危機管理課で一括評価）"
# 局 → rows (施策, 事務事業名, 達成度, 所管課); a blank 達成度: the co-owner's row
FORMS: dict[str, list[tuple[str, str, int | None, str]]] = {
    "総務企画局": [("1-1 減災対策の推進", "防災計画推進事業", 3, "危機管理課"),
                   ("1-1 減災対策の推進", "備蓄物資整備事業", 4, "危機管理課")],
    "まちづくり局": [("1-1 減災対策の推進", "木造住宅耐震化促進事業", 2, "防災まちづくり課"),
                     ("1-1 減災対策の推進", "備蓄物資整備事業", None, "防災まちづくり課"),
                     ("3-1 計画的な市街地の整備", "駅前広場整備事業", 3, "都市計画課")],
    "健康福祉局": [("2-1 市民の健康づくり", "がん検診事業", 2, "健康増進課"),
                   ("4-2 就労・雇用の支援", "生活困窮者自立支援事業", 3, "障害福祉課")],
    "経済労働局": [("4-1 地域産業の振興", "中小企業融資事業", 3, "産業振興課"),
                   ("4-1 地域産業の振興", "創業支援事業", 2, "産業振興課"),
                   ("4-2 就労・雇用の支援", "若年者就業支援事業", 4, "労働雇用課"),
                   ("4-2 就労・雇用の支援", "労働相談事業", 3, "労働雇用課")],
}  # fmt: skip
UNSENT = "経済労働局"  # (this year's workbook never came)


def write_round(folder: Path, year: int) -> Path:
    """Each 局's workbook of 令和 ``year`` 年度 in ``folder`` (令和6: 経済労働局's missing)."""
    folder.mkdir(parents=True, exist_ok=True)
    for office, rows in FORMS.items():
        if year == 6 and office == UNSENT:
            continue
        book = Workbook()
        sheet = book.active
        assert sheet is not None
        sheet.title = "評価票"
        sheet["A1"] = f"令和{year}年度\u3000施策進行管理・評価票（事務事業）\u3000{office}"
        sheet["A2"] = (
            "達成度\u30001:目標を大きく上回って達成\u30003:目標をほぼ達成\u30005:目標を大きく下回った"
        )
        sheet.append([])
        sheet.append(HEADER)
        for project, name, status, section in rows:
            issue = ROUTED if status is None else "概ね目標どおり進捗。"
            sheet.append([POLICIES[project[0]], project, name, status, issue, section])
        book.save(folder / f"R{year}_施策進行管理評価票_{office}.xlsx")
    return folder
