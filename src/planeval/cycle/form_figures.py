"""An indicator's figures on the status workbook (review 113: 浜松市's KPI一覧 lists each KPI's
基準値（R2） and 目標値（R7）, and its forms had neither, nor a cell for the year's 実績値).

The plan's figure columns (PlanItem.figures) are carried before the status, titled as the plan
titles them and locked like its other cells, then an empty column for the round's figure,
titled 実績値（令和6年度）, or 現状値 beside a 策定時 (群馬県's 策定時 | 現状値 | 目標値). The forms
reader reads them back as the value columns they are (io/value_columns.py). The plan's columns
describing each item (事業の概要) are carried so too, right of the item's name, and read back as
the description the forms reader passes unsaid (review 203 #5: they were left off the forms)."""

from __future__ import annotations

from collections.abc import Mapping

from planeval.fiscal import era_year
from planeval.io.headers import title_key
from planeval.io.value_titles import is_description_title
from planeval.model import Location, Problem, Severity
from planeval.plan import Plan, PlanItem
from planeval.scale import Scale
from planeval.wording import Wording

ACTUAL = "actual"  # the role of the column the department fills in
DESCRIPTION = "description"  # (the roles of the plan's descriptions: description1 …)
WIDTH = 12  # (a figure's column: 「2,000人」「50.0%」)
DESCRIPTION_WIDTH = 44  # (as wide as the item's name beside it)


def indicator_titles(plan: Plan) -> tuple[str, ...]:
    """The titles of the plan's indicators' figures (基準値（R2） | 目標値（R7））."""
    return tuple(
        title for title in plan.figure_titles if not is_description_title(title_key(title))
    )


def description_columns(plan: Plan) -> dict[str, str]:
    """The forms' columns describing each item, role → title as the plan titles them (事業の
    概要); none where the plan has none."""
    titles = [title for title in plan.figure_titles if is_description_title(title_key(title))]
    return {f"{DESCRIPTION}{index}": title for index, title in enumerate(titles, start=1)}


def figure_columns(plan: Plan, fiscal_year: int) -> dict[str, str]:
    """The forms' figure columns, role → title: the plan's, then the round's empty one; none
    where the plan lists no figures."""
    titles = indicator_titles(plan)
    if not titles:
        return {}
    keys = {title_key(title) for title in titles}
    word = "現状値" if "策定時" in keys and "現状値" not in keys else "実績値"
    own = {f"figure{index}": title for index, title in enumerate(titles, start=1)}
    return own | {ACTUAL: f"{word}（{era_year(fiscal_year)}）"}


def figure_cells(item: PlanItem, columns: Mapping[str, str]) -> dict[str, str]:
    """The item's figures (or descriptions) by their columns' roles (the round's own left out:
    it is filled in)."""
    figures = dict(item.figures)
    return {role: figures.get(title, "") for role, title in columns.items() if role != ACTUAL}


def unread_columns(plan: Plan) -> list[Problem]:
    """One notice naming the plan's columns no form carries (備考: read as none of its columns
    nor as an indicator's figure), at the first one's cell; none where every column is read."""
    if not plan.unread_columns:
        return []
    where = plan.unread_columns[0][0]
    titles = "」「".join(dict.fromkeys(title for _, title in plan.unread_columns))
    return [
        Problem(
            where,
            Severity.NOTICE,
            f"計画の列「{titles}」は調査票に載せていません（計画の階層・名前・所管・区分の列"
            "でも、指標の値の列でもないため）",
            "指標の値の列なら、見出しを「基準値」「目標値」「策定時」などにすれば、調査票に"
            "変更できない列として載せます（載せなくてよい列ならこのままで構いません）",
        )
    ]


def other_status_column(plan: Plan, scale: Scale, wording: Wording) -> list[Problem]:
    """One notice where the scale reads a blank as a row left unrated by the rule of another
    status column (``blank = true``: a 大綱's 達成度, filled only beside 完了): the forms carry
    one status column, so that other column (実施状況) is not on them, unless its planeval.toml
    is given too (template's second --config: cycle/form_statuses.py; review 117 N3)."""
    blank = next((status for status in scale.statuses if status.blank), None)
    if blank is None or not plan.items:
        return []
    beside = f"（{'・'.join(blank.blank_beside)} などを選ぶ列）" if blank.blank_beside else ""
    where = Location(plan.items[0].location.file, plan.items[0].location.sheet)
    return [
        Problem(
            where,
            Severity.NOTICE,
            f"調査票の評価の列は{wording.status}の一つだけです。空欄を {blank.symbol} と読む"
            f"ときに見るほかの評価の列{beside}は調査票に載せていません",
            "二つの列で集めるなら、その列を数える planeval.toml も --config で指定してください"
            "（--config 実施状況.toml --config 達成度.toml のように）。調査票はそれぞれの列を一覧"
            "から選ぶ形になり、記入された二つの列は、それぞれの列を数える planeval.toml で読めます",
        )
    ]
