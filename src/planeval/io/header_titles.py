"""The built-in vocabulary of column titles by role (broad enough for the bodies in the team's
OTHER-BODIES guide): what io/headers.py finds a table's header row by, the plan's reader
(io/plan_titles.py) and the unused columns' notice (io/unused_columns.py) too. Compared after
NFKC, with spaces of any width removed and remarks dropped (io/headers.title_key)."""

from __future__ import annotations

# a 集中改革プラン's status title (目標達成・取組中・変更・中止: review 70), a text of what was done
# where the row has a status title besides
WEAK_STATUSES = ("取組状況", "取組み状況", "取り組み状況")


HEADER_TITLES: dict[str, frozenset[str]] = {
    "project": frozenset(
        {
            "情報化計画事業の体系", "体系", "情報化計画事業", "計画事業", "事業", "事業名",
            "計画事業名", "事務事業名", "事務事業", "施策名", "改革項目", "取組項目",
            "取り組み項目", "取組み項目", "項目", "主な事業", "事業・取組", "基本目標・施策・事業",
        }
    ),
    "item": frozenset(
        {
            "実施内容", "取組内容", "取り組み内容", "取組み内容", "実施項目", "指標",
            "指標(KPI)", "KPI", "成果指標", "数値目標", "主な取組内容", "取組", "取り組み", "調査項目",
            "取組み", "主な取組", "取組名", "具体的な取組",
        }
    ),
    "status": frozenset(
        {
            "達成状況", "達成度", "進捗状況", "評価", "評価結果", "実施結果", "点検結果",
            "指標の評価", "取組み結果", "取組結果", "取り組み結果", "実施状況", "進捗評価",
            "総合評価", "判定", "状況", *WEAK_STATUSES,
        }
    ),
    "issue": frozenset(
        {
            "課題等", "課題", "課題・備考", "課題等・備考", "備考", "今後の方向性",
            "取組み状況・課題", "取組状況・課題", "主な意見", "評価の理由・今後の方向性",
            "今後の課題", "課題・今後の方向性", "評価の理由",
        }
    ),
    "sub_item": frozenset({"細目", "細項目", "内訳"}),
    "department": frozenset(
        {
            "所管部", "所管課", "所管部・所管課", "所管部所管課", "所管", "関係部", "担当部",
            "担当課", "担当", "担当部署", "所管部署", "所管局", "担当局",
        }
    )
    # (a prefecture's 部局: 東三河県's compiled book, 担当課 | 担当部局 — the second offered as
    # 課題等 where it was read as nothing: review 186 #5)
    | frozenset({"担当部局", "所管部局"})
    # (a 局 and its 課 in one column: 川崎市's 所管局・課, review 124 #3)
    | frozenset({"所管局・課", "所管局・所管課", "所管部・課"}),
    "number": frozenset({"No", "No.", "NO", "NO.", "番号", "No.(番号)", "項番", "整理番号"}),
    # a column marking some rows (○): what a report's 「（うち重点3事業）」 counts, under its
    # word or as 川崎市 titles it, 「うち重点」 (io/mark_column.py reads its cells)
    "mark": frozenset(
        f"{within}重点{what}" for within in ("", "うち") for what in ("", "事業", "施策", "取組")
    ),
    "level": frozenset(
        {
            "政策", "施策", "柱", "基本目標", "基本方針", "目指すまちの姿", "分野", "政策分野",
            "改革の柱", "施策の方向", "施策の柱", "基本施策", "重点項目", "情報化政策", "基本政策",
            "施策分野", "取組分野", "取組の方向", "取り組みの方向", "取組の柱", "取り組みの柱",
            "施策の方向性", "取り組みの方向性", "取組の方向性", "取組みの方向性", "方向性",
        }
    ),
}  # fmt: skip
# Level titles naming a plan's top level, never one under another: a column so titled holds the
# policies, whatever parts their numbers have (川崎市's 政策 「1-1 …」 over 施策 1-1-1: io/named.py),
# each with 名 too (建設緑政局's 政策名 「1-2　…」 was read as no column: review 115 #2)
_POLICIES = ("政策", "基本政策", "基本目標", "基本方針", "情報化政策")
POLICY_TITLES = frozenset((*_POLICIES, *(f"{title}名" for title in _POLICIES)))
HEADER_TITLES["level"] |= POLICY_TITLES
# Level titles some bodies give the rated rows' project instead (川辺市's 改革の柱 | 推進項目 |
# 取組項目, the 推進項目 over its 取組項目: review 141 #4): a level where a project's column stands
# between it and the rated one (東浜市's 推進項目 | 改革項目 | 取組項目: review 170 #1), else read
# as nothing (its notice offers [wording] project), and a [wording] project naming it a project
LEVELS_OVER_PROJECTS = frozenset({"推進項目"})
HEADER_TITLES["level"] |= LEVELS_OVER_PROJECTS
# Level titles some bodies give a column of remarks or of next year's treatment instead (方向性:
# 拡充・継続・縮小; 取組の方向性: 「引き続き推進する」): a level where it stands left of the rated
# column, or where its cells hold numbered levels (「1-1 名前」; io/level_columns.py decides).
LEVELS_BY_CELLS = frozenset(
    {"施策の方向性", "取り組みの方向性", "取組の方向性", "取組みの方向性", "方向性"}
)
# A table with two issue columns (評価の理由 | 今後の方向性) has the one read whose title comes
# first here (a title of planeval.toml's [layout.titles] issue before all): what to do next
# before why, the reason for a rating before a remark; the other is named in a notice.
ISSUE_PREFERENCE = (
    "課題等", "課題", "課題・今後の方向性", "評価の理由・今後の方向性", "今後の課題",
    "取組み状況・課題", "取組状況・課題", "課題・備考", "課題等・備考", "今後の方向性",
    "評価の理由", "主な意見", "備考",
)  # fmt: skip
# A name's title naming no level (名称 alone): under a level's title in a header of two rows, that
# level's name (「施策」 over 番号 | 名称: io/header_groups.py); alone, whose name it is unsaid
NAME_ALONE = frozenset({"名称", "名前", "名"})
SINGLE_ROLES = ("project", "item", "issue", "sub_item", "department", "number")
# Project titles under which Setagaya writes 1-1-1 IDs: a table titled so is read as one (an
# unreadable ID is an error there, not a name).
ID_TITLES = frozenset({"情報化計画事業の体系", "体系", "情報化計画事業", "計画事業"})
