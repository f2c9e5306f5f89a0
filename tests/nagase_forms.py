"""長瀬町's settings and its 施策評価シート's header, as its clerk wrote them (reviews 175, 176):
a 長与町-style 総合計画 施策評価, S/A/B/C/−, a sheet per 基本目標, each 施策 rated on its row
with 評価の理由 and 今後の方向性 and its 担当課."""

NAGASE_SETTINGS = """[scale]
preset = "nagayo"

[wording]
policy = "基本目標"
project = "施策"
status = "評価"
department = "担当課"

[layout.titles]
issue = ["評価の理由", "今後の方向性"]

[columns]
ignore = ["章"]
"""
NAGASE_HEADER = ("章", "施策番号", "施策名", "成果指標", "基準値", "目標値", "実績値", "評価",
                 "評価の理由", "今後の方向性", "担当課")  # fmt: skip
