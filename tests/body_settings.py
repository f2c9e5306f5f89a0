"""planeval.toml texts of bodies several test modules build forms of, written once: 川崎市's
達成度 1–5 with its plan beside the forms, 浜松市's KPI A–D, a 行政改革大綱's 実施状況."""

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

# a 行政改革大綱 counted by its 実施状況 (未着手 取組中 完了), 改革の柱 › 改革項目 › 取り組み項目
REFORM_PROGRESS = """[scale]
preset = "progress"

[layout]
status_column = "実施状況"

[layout.titles]
item = ["取り組み項目"]

[wording]
policy = "改革の柱"
project = "改革項目"
item = "取り組み項目"
status = "実施状況"
"""

# a prefecture survey's A/B scale (review 191: 北浜県), its settings' first lines
SURVEY_AB = """[scale]
as_planned = "B"

[[scale.status]]
symbol = "A"
label = "計画以上"

[[scale.status]]
symbol = "B"
label = "計画どおり"
"""


# 南川崎市's 集中改革プラン (review 195): reform_plan's statuses, its own words, and its columns
REFORM_WORDING = """[wording]
policy = "改革項目"
item = "取組項目"
status = "実施結果"
issue = "今後の方向性"
department = "担当課"
"""
REFORM_CITY = '[scale]\npreset = "reform_plan"\n\n' + REFORM_WORDING
REFORM_HEADER = ["番号", "改革項目", "取組項目", "担当課", "実施結果", "今後の方向性"]
