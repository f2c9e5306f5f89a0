"""A few bodies' words, chosen by name in planeval.toml (``[wording] preset = "…"``), and the
words a planeval.toml's own [wording] starts from."""

from __future__ import annotations

from dataclasses import replace

from planeval.wording import DEFAULT_WORDING, Wording

# The words a planeval.toml's [wording] starts from (without a preset): Setagaya's, less its
# 情報化 and its 取り組みの方向性 — the level and title words another body's report would not use
# (review 112 #11: 「取り組みの方向性別の評価」 under preset "aichi"); the direction 方向性, a word
# no body numbers a heading after (Wording.direction_word: 「1-1 名前」, not 「施策1-1 名前」) nor
# names another level with. (Without [wording], counted in 件 where the statuses are quoted
# phrases: config._counted_as_phrases.)
OWN_WORDING_BASE = replace(
    DEFAULT_WORDING,
    title="計画の進捗状況",
    policy="政策",
    direction="方向性",
    project="事業",
    hierarchy="体系",
    project_counted="事業",
)

# A few bodies' words, chosen by name in planeval.toml (``[wording] preset = "…"``).
# A body rated at the project level (no item column) has its rated things as items.
WORDING_PRESETS: dict[str, Wording] = {
    "setagaya": DEFAULT_WORDING,
    "nagoya": Wording(  # 区政運営方針 取組み結果
        title="区政運営方針 取組み結果",
        policy="基本方針",
        direction="方向性",
        project="基本方針",
        item="事業",
        hierarchy="基本方針",
        status="取組み結果",
        issue="今後の方向性",
        department="担当課",
        policy_short="基本方針",
        direction_short="方向性",
        project_short="基本方針",
        project_counted="事業",
        item_counted="事業",
        sentence="{directions}として、{items}に取り組みました。{item}ごとの{status}は、{counts}でした。",
        # (as the ward publishes them, 「Aが43事業」: its labels are thresholds, not nouns)
        status_count="{symbol}が{n}事業",
    ),
    "hirakata": Wording(  # 施策評価 (the kind of report, not 枚方市's 「施策評価　評価結果一覧」)
        title="施策評価",
        policy="基本目標",
        direction="施策の方向",
        project="基本目標",
        item="施策",
        hierarchy="基本目標",
        status="評価",
        issue="今後の方向性",
        department="担当部",
        policy_short="基本目標",
        direction_short="施策の方向",
        project_short="基本目標",
        project_counted="施策",
        item_counted="施策",
        issues_title="課題のある施策",
        sentence="{directions}では、{items}を評価しました。{item}ごとの{status}は、{counts}でした。",
        status_count="{label}（{symbol}）{n}件",
    ),
    "gunma": Wording(  # 情報化推進計画 進捗状況
        title="情報化推進計画 進捗状況",
        policy="基本目標",
        direction="施策の方向",
        project="項目",
        item="指標",
        hierarchy="項目",
        status="指標の評価",
        issue="備考",
        department="担当課",
        policy_short="基本目標",
        direction_short="施策の方向",
        project_short="項目",
        project_counted="項目",
        item_counted="指標",
        sentence="{directions}として、{projects}に取り組みました。{item}ごとの{status}は、"
        "{counts}でした。",
        status_cell="{label}{symbol}",  # (the cell holds word and letter together: 前進B)
    ),
}
WORDING_PRESETS["hamura"] = replace(  # 長期総合計画 施策評価: one 事業 a row, statuses as phrases
    OWN_WORDING_BASE,
    title="施策評価結果",
    policy="施策",
    project="施策",
    item="事業",
    hierarchy="施策",
    status="評価",
    issue="評価の理由・今後の方向性",
    department="担当課",
    policy_short="施策",
    project_short="施策",
    project_counted="事業",
    item_counted="事業",
    counter="件",
    # (its headings 施策27「都市基盤整備」; a 施策's 事業 are rated, not 「取り組みました」 as
    # Setagaya's directions: review 92. Its statuses are quoted, count_sentence.said_as_phrases)
    policy_heading="{policy}{id}「{name}」",
    sentence="{policy}{id}「{policy_name}」では、{items}を評価しました。{status}は、{counts}でした。",
    status_count="{label}{n}件",
)
