"""The words a plan's own header row titles its levels in (川崎市's 政策 | 施策 | 事務事業名), which
`template` writes the forms in where no planeval.toml words them, and the notice saying so with
the scale they carry (review 127 #1: that plan made Setagaya's forms, 「情報化計画事業の体系」 |
実施内容 and ◎ ○ △ × -, without a word). A plan titled in Setagaya's words (情報化計画事業の体系 |
実施内容) gives none: its forms are Setagaya's, and nothing is said. The scale is not guessed —
a plan has no statuses —: the notice gives the planeval.toml lines that choose it.
"""

from __future__ import annotations

from planeval.cycle.form_figures import indicator_titles
from planeval.first_run import toml_string
from planeval.io.column_words import level_word
from planeval.io.headers import title_key
from planeval.model import Location, Problem, Severity
from planeval.plan import Plan
from planeval.presets import PRESETS
from planeval.scale import DEFAULT_SCALE, Scale
from planeval.wording import DEFAULT_WORDING, Wording, configured
from planeval.wording_presets import OWN_WORDING_BASE

# each level's word and the plan's roles whose title gives it, the lowest first: a word two
# levels' titles give is the lower level's
_ROLES = (
    ("item", ("item", "item_name")),
    ("project", ("project", "project_name")),
    ("direction", ("direction_name",)),
    ("policy", ("policy_name",)),
)
_LEVELS = tuple(key for key, _roles in reversed(_ROLES))  # (top down, as [wording] lists them)
_TITLED = {role for _key, roles in _ROLES for role in roles}  # (the titles the notice quotes)


def plan_words(plan: Plan) -> dict[str, str]:
    """Each level's word as the plan's header row titles it (事務事業名 → 事務事業: the report's
    rule, io/column_words.level_word), top down, where one is not Setagaya's; {} for a plan
    titled in Setagaya's words (情報化計画事業の体系 | 実施内容, 事業名 | 実施内容名) or read
    with no header row."""
    if plan.header is None:
        return {}
    titles = plan.header[1]
    words: dict[str, str] = {}
    for key, roles in _ROLES:
        title = next((titles[role] for role in roles if role in titles), "")
        if (word := level_word(title_key(title))) and word not in words.values():
            words[key] = word
    if all(word in _setagaya(key) for key, word in words.items()):
        return {}
    return {key: words[key] for key in _LEVELS if key in words}


def _setagaya(key: str) -> set[str]:
    """Setagaya's words for a level (DEFAULT_WORDING's): its own, short and counted (事業 and
    計画事業 of its 情報化計画事業, 政策 of its 情報化政策)."""
    names = (key, f"{key}_short", f"{key}_counted")
    return {getattr(DEFAULT_WORDING, name) for name in names if hasattr(DEFAULT_WORDING, name)}


def form_wording(plan: Plan, wording: Wording | None) -> Wording:
    """The words the forms of ``plan`` are written in: ``wording`` (planeval.toml's), or
    without one the plan's own where they are not Setagaya's (plain words for the rest, as a
    planeval.toml's [wording] of those lines would give), else Setagaya's."""
    if wording is not None:
        return wording
    words = plan_words(plan)
    return configured(OWN_WORDING_BASE, words) if words else DEFAULT_WORDING


def unchosen_notice(plan: Plan, scale: Scale) -> list[Problem]:
    """Where no planeval.toml chose the forms' scale and words and the plan's titles are not
    Setagaya's: one notice at its header row naming the scale the forms carry and the words
    taken from the plan, with the planeval.toml lines to choose both (none otherwise)."""
    words = plan_words(plan)
    if not words or plan.header is None:
        return []
    at, titles = plan.header
    symbols = " ".join(scale.symbols)
    shown = "・".join(words.values())
    typed = " | ".join(title for role, title in titles.items() if role in _TITLED)
    message = (
        f"planeval.toml がないため、調査票の{DEFAULT_WORDING.status}は既定の評価尺度"
        f"（{symbols}）で書き出しました。見出しの言葉は計画の見出し（{typed}）から"
        f" {shown} としました"
    )
    hint = (
        "記入してもらう評価尺度が違うなら、planeval.toml に次の設定を書いて preset を選び、"
        "template をもう一度実行してください。validate・summarize もその planeval.toml で読みます"
    )
    return [Problem(at, Severity.NOTICE, message, hint, settings=_settings(scale, words))]


def _settings(scale: Scale, words: dict[str, str]) -> str:
    """The planeval.toml lines: the scale's preset, the others listed with their symbols to
    choose from, and the plan's words."""
    given = next((name for name, known in PRESETS.items() if known.symbols == scale.symbols), "")
    others = [
        f"#   {name}: {' '.join(known.symbols)}" for name, known in PRESETS.items() if name != given
    ]
    lines = [
        "[scale]",
        f"# 調査票で選ぶ評価の記号です（いまは {given}: {' '.join(scale.symbols)}）。"
        "ほかの尺度なら preset を次のどれかに:",
        *others,
        f"preset = {toml_string(given)}",
        "",
        "[wording]",
        "# 計画の見出しの言葉です。調査票と報告書の言葉を変えるなら書き換えてください",
        *(f"{key} = {toml_string(word)}" for key, word in words.items()),
    ]
    return "\n".join(lines)


def plain_status_notice(plan: Plan, wording: Wording, scale: Scale) -> list[Problem]:
    """Where a planeval.toml words the forms ([wording]) but gives no word for the status, its
    column titled planeval's plain 達成状況 on a scale not Setagaya's (浜名市's forms title it
    評価（A～D）, review 160 #7): one notice at the plan's header row with the line that titles
    it in the body's word — only of a plan listing its indicators' figures (a KPI一覧), whose
    forms rate a KPI, 評価 or 達成度, never 達成状況: none otherwise (Setagaya's forms are
    titled 達成状況, and a body's own-scale run offered by unchosen_notice stays silent)."""
    if wording.status != DEFAULT_WORDING.status or scale.symbols == DEFAULT_SCALE.symbols:
        return []
    if not indicator_titles(plan):
        return []
    at = plan.header[0] if plan.header is not None else None
    if at is None and not plan.items:
        return []
    place = at or Location(plan.items[0].location.file, plan.items[0].location.sheet)
    message = (
        f"調査票の{scale.symbols[0]}〜{scale.symbols[-1]}を選ぶ列は、planeval.toml の [wording] に"
        f"言葉がないため、planeval の言葉で「{wording.status}」と題しました"
    )
    hint = (
        "これまでの様式の言葉（評価、達成度など）で題するなら、[wording] に次の行をその言葉で"
        "加えて template をもう一度実行してください。報告書とメッセージもその言葉になります"
    )
    return [Problem(place, Severity.NOTICE, message, hint, settings='status = "評価"')]
