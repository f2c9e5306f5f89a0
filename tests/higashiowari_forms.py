"""東尾張県's ITプラン forms (review 161), as its ICT推進課 compiles them: the columns of every
柱's sheet, and the planeval.toml its clerk writes for them (the aichi scale, the prefecture's
words). Shared by the tests of that review's findings."""

HEADER = [
    "No.",
    "取組名",
    "取組内容",
    "所管部局",
    "令和6年度の実績",
    "達成状況",
    "課題・今後の取組",
]
SETTINGS = """[scale]
preset = "aichi"

[wording]
policy = "柱"
direction = "取組の方向"
project = "取組"
item = "取組内容"
status = "達成状況"
department = "所管部局"
"""
