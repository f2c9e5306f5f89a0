"""The settings of the bodies reviews 23 and 24 built as their clerks would (/tmp/review23):
南山県's survey of its municipalities (分野 › 取組項目 › 取組, rated in words of progress, worst
first) and 北野市's 総合計画 施策評価 (基本目標 › 施策 › 事業, A–D and 対象外 not counted).
Several test files build these bodies' workbooks their own way; the settings are one."""

SURVEY_TOML = """\
[scale]
as_planned = "実施中"
order = "worst_first"

[[scale.status]]
symbol = "未着手"
label = "未着手"
needs_issue = true

[[scale.status]]
symbol = "検討中"
label = "検討中"
needs_issue = true

[[scale.status]]
symbol = "実施中"
label = "実施中"

[[scale.status]]
symbol = "実施済"
label = "実施済"

[wording]
title = "令和5年度 市町村DX推進計画 取組状況調査結果"
policy = "分野"
project = "取組項目"
item = "取組"
status = "進捗状況"
issue = "課題・備考"
department = "担当課"
"""

CITY_TOML = """\
[scale]
as_planned = "B"
order = "best_first"
issue_list = "status"

[[scale.status]]
symbol = "A"
label = "順調"

[[scale.status]]
symbol = "B"
label = "概ね順調"

[[scale.status]]
symbol = "C"
label = "やや遅れ"
needs_issue = true

[[scale.status]]
symbol = "D"
label = "遅れ"
needs_issue = true

[[scale.status]]
symbol = "対象外"
label = "評価対象外"
counted = false

[wording]
title = "北野市第5次総合計画 施策評価結果"
policy = "基本目標"
project = "施策"
item = "事業"
status = "評価"
issue = "課題・今後の方向性"
department = "担当課"
"""
