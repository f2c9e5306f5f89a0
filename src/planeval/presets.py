"""The scales of the bodies in the team's OTHER-BODIES guide, by name (planeval.toml's
``[scale] preset = "nagoya"``), and the hint that a file's unknown statuses are one preset's:
a body's own scale read without its planeval.toml, or with another."""

from __future__ import annotations

from dataclasses import replace

from planeval.count import Rounding, Ties
from planeval.scale import (
    DASH_ALIASES,
    DEFAULT_SCALE,
    Scale,
    Status,
)


def _dashes_but(symbol: str) -> tuple[str, ...]:
    """Every dash a clerk types for a dash status (review 79: 長与町's 「‐」 refused) but its own."""
    return tuple(dash for dash in ("-", *DASH_ALIASES) if dash != symbol)


def _scale(
    *statuses: Status,
    as_planned: str | None = None,
    order: str = "best_first",
    issue_list: str = "status_or_text",
    rounding: Rounding | None = None,
    ties: Ties = "equal",
) -> Scale:
    """A body's scale whose count sentence names only the statuses used, as the bodies' own
    sentences do (「Aが2指標、Bが1指標、Cが2指標でした」, no 「D（50%未満）0件」 — reviews 111,
    115, 129): only the seed's, Setagaya's, says a status of no entries, 0件 (× aside)."""
    said = tuple(replace(status, in_narrative="when_used") for status in statuses)
    return Scale(
        said,
        as_planned=as_planned,
        order=order,  # type: ignore[arg-type]
        issue_list=issue_list,  # type: ignore[arg-type]
        rounding=rounding,
        ties=ties,
    )


def _letters(labels: dict[str, str], **options: object) -> tuple[Status, ...]:
    return tuple(Status(symbol, label, **options) for symbol, label in labels.items())  # type: ignore[arg-type]


# The scales of the bodies in the team's OTHER-BODIES guide, by name: planeval.toml says
# ``[scale] preset = "nagoya"`` and may override any status by its symbol.
PRESETS: dict[str, Scale] = {
    "setagaya": DEFAULT_SCALE,
    "nagoya": _scale(
        *_letters(
            {
                "A": "100%またはそれ以上の達成状況",
                "B": "80%以上の達成状況",
                "C": "50%以上の達成状況",
                "D": "50%未満の達成状況",
            }
        ),
        Status(
            "-",
            "事業が中止となったもの",
            ranked=False,
            aliases=(*DASH_ALIASES, "中止", "事業中止", "中止となったもの", "中止となった"),
        ),
        as_planned="A",
        issue_list="status",  # (今後の方向性 on every row: B, C, D and 中止 listed — review 69)
        # (名古屋市 and its 区 add each column up to 100.0: 43/9/7/2/2 of 63 printed 68.2,
        # 14.3, 11.1, 3.2, 3.2 — the other bodies round each share on its own — and every row
        # too, a tie's unit to the earlier status: 15/3/2/1/1 of 22 is 68.2/13.6/9.1/4.6/4.5,
        # not 4.5/4.5 and 99.9, review 203 #4; [scale] ties = "equal" keeps equal shares)
        rounding="largest_remainder",
        ties="column_order",
    ),
    "gunma": _scale(
        Status("A", "達成", aliases=("達成A",)),
        Status("B", "前進", aliases=("前進B",)),
        Status("C", "横ばい", aliases=("横ばいC",), needs_issue=True),
        Status("D", "後退", aliases=("後退D",), needs_issue=True),
        as_planned="A",
    ),
    "progress": _scale(  # 実施状況 of a 行政改革大綱
        Status("未着手", "未着手", needs_issue=True),
        Status("取組中", "取組中"),
        Status("完了", "完了"),
        as_planned="完了",
        order="worst_first",
    ),
    "achievement": _scale(  # 達成度 of a 行政改革大綱
        Status("未達成", "未達成", needs_issue=True),
        Status("一部達成", "一部達成"),
        Status("達成", "達成"),
        as_planned="達成",
        order="worst_first",
    ),
    "kawasaki": _scale(
        # (the scale's ends said only when used: no 「目標を大きく下回った0件」, review 111)
        Status("1", "目標を大きく上回って達成"),
        Status("2", "目標を上回って達成"),
        # (川崎市's own 施策進行管理・評価表 says 「3 目標をほぼ達成」; 「ほぼ目標どおり」, an
        # older wording, still reads as 3 — review 147 #8a)
        Status("3", "目標をほぼ達成", aliases=("ほぼ目標どおり",)),
        Status("4", "目標を下回った", needs_issue=True),
        Status("5", "目標を大きく下回った", needs_issue=True),
        as_planned="3",
        # (課題・今後の方向性 is filled in on every row: the statuses below 3 make the issue
        # list, as the heading over it says — review 46 got all 40 rows)
        issue_list="status",
    ),
    "hirakata": _scale(
        *_letters({"A": "効果的", "B": "おおむね効果的"}),
        *_letters(
            {
                "C": "改善に向けた検討を要する",
                "D": "課題の検証を要する",
                "E": "抜本的な見直しを要する",
            },
            needs_issue=True,
        ),
        # (「対象外」 the clerks' short form, as 「Ｃ」 is C: one meaning on this scale — review
        # 182 #2)
        Status("評価対象外", "評価対象外", counted=False, aliases=("対象外",)),
        as_planned="A",
        # (今後の方向性 is filled in on every row, 「引き続き取り組む」 too: the statuses that
        # ask for a review make the issue list, 課題のある施策)
        issue_list="status",
    ),
    "hamura": _scale(
        Status("計画どおり完了", "計画どおり完了", aliases=("計画通り完了",)),
        Status("次年度以降計画を見直す", "次年度以降計画を見直す", needs_issue=True),
        as_planned="計画どおり完了",
    ),
    "reform_plan": _scale(  # 集中改革プラン
        Status("目標達成", "目標達成"),
        # (mid-period, 取組中 is the normal state, no issue: listed only with its text, not with
        # an empty 今後の方向性 under 「目標達成以外と評価された」 — review 174 #6)
        Status("取組中", "取組中"),
        Status(
            "変更・中止",
            "変更・中止",
            ranked=False,
            aliases=("変更･中止", "変更中止"),
            needs_issue=True,
        ),
        Status("再掲", "再掲", counted=False),
        as_planned="目標達成",
    ),
    "aichi": _scale(
        *_letters(
            {"A": "達成率100%以上", "B": "80%以上100%未満", "C": "50%以上80%未満", "D": "50%未満"}
        ),
        as_planned="A",
    ),
    "hamamatsu": _scale(
        *_letters({"A": "目標達成", "B": "概ね達成", "C": "未達成"}),
        Status("D", "評価できない", ranked=False),
        as_planned="A",
    ),
    "nagayo": _scale(
        *_letters({"S": "計画以上に達成", "A": "計画どおり達成"}),
        *_letters({"B": "概ね達成", "C": "達成できなかった"}, needs_issue=True),
        # (its 評価の理由 says why it could not be rated, 「統計の公表が遅れ…」: listed beside
        # B and C, review 175 #5)
        Status("−", "評価できない", counted=False, aliases=_dashes_but("−"), needs_issue=True),
        as_planned="A",
        # (評価の理由 is written on every row, 「対象手続を120件に拡大した」 for an S too:
        # the statuses below plan make the issue list, as 枚方市's do)
        issue_list="status",
    ),
}
