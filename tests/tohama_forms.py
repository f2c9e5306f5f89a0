"""東浜市's 実施計画事業評価 forms (review 128): the header row of their indicator tables, 項目 | 事業名
| 指標 | … | 評価 | 課題・今後の方向性 | 担当課, shared by the tests reading them."""

HEADER = [
    "項目",
    "事業名",
    "指標",
    "策定時",
    "現状値",
    "目標値",
    "評価",
    "課題・今後の方向性",
    "担当課",
]
