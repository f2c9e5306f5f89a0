"""planeval.toml texts of bodies several test modules build forms of, written once: 川崎市's
達成度 1–5 with its plan beside the forms, 浜松市's KPI A–D."""

KAWASAKI = """[scale]
preset = "kawasaki"

[layout]
status_column = "達成度"

[layout.titles]
item = ["事務事業名"]

[wording]
policy = "政策"
project = "施策"
item = "事務事業"
status = "達成度"
department = "所管局"

[plan]
file = "計画.xlsx"
"""

HAMAMATSU = """[scale]
preset = "hamamatsu"

[wording]
policy = "基本方針"
project = "施策"
item = "KPI"
status = "評価"
issue = "評価理由・課題"
department = "担当課"
"""
