"""[wording] words alike for two levels, refused (exit 2): a Chapter 3 first column
(hierarchy) worded as the rated rows (review 14: 「事業 | 事業」), and any two of the levels
policy, direction, project and item given one word (review 27: 基本方針 for the policy and the
施策 under it: every output then names the 施策 as 基本方針). policy and project alike is a
plan of two levels — 羽村市's 施策 headings over their 事業, each its own project (README) —
and is kept."""

from __future__ import annotations

from pathlib import Path

from planeval.config_lines import line_in
from planeval.wording import Wording

# the levels, top down, two of which may not share a word; policy and project may (two levels)
LEVELS = ("policy", "direction", "project", "item")
_TWO_LEVELS = frozenset({"policy", "project"})


def levels_alike(
    wording: Wording, changes: dict[str, str], path: Path, text: str, *, preset: object
) -> list[str]:
    """The refusals of ``wording`` (a planeval.toml's [wording], ``changes`` the keys it
    sets) giving two levels one word: both written in the file (a word left to planeval's
    plain ones, project 事業 under item = "事業", is only the hierarchy's refusal's)."""
    if wording.hierarchy == wording.item and {"project", "item", "hierarchy"} & changes.keys():
        # (Chapter 3's table would head two columns alike, 「事業 | 事業」, and the rated rows
        # be named as the level above them)
        return [_hierarchy_as_item(changes, path, text, preset=preset)]
    for at, upper in enumerate(LEVELS):
        for lower in LEVELS[at + 1 :]:
            alike = {upper, lower} <= changes.keys() and changes[upper] == changes[lower]
            if alike and {upper, lower} != _TWO_LEVELS:
                return [_alike(upper, lower, changes, path, text)]
    return []


def _alike(upper: str, lower: str, changes: dict[str, str], path: Path, text: str) -> str:
    """「policy = "基本方針"（3行目）と direction = "基本方針"（5行目）が同じ言葉です」."""
    said = [
        f'{key} = "{changes[key]}"（{line_in("wording", key, text)[1:]}行目）'
        for key in (upper, lower)
    ]
    return (
        f"{path}{line_in('wording', upper, text)} › [wording]: {said[0]}と {said[1]}が同じ"
        "言葉です。二つの段が同じ名前になり、報告書の見出しや件数の文でどちらの段か分かり"
        "ません。段ごとに違う言葉を、上の段から policy・direction・project・item の順に書いて"
        'ください（例: policy = "基本方針"、project = "施策"、item = "事業"）'
    )


def _hierarchy_as_item(changes: dict[str, str], path: Path, text: str, *, preset: object) -> str:
    """The refusal of a first column (hierarchy) worded as the rated rows (item), naming what
    the clerk wrote and where the other word comes from: 「project = "事業"（10行目）が preset
    "nagoya" の item「事業」と同じ言葉です」 (hierarchy follows project unless set itself)."""
    first = "hierarchy" if "hierarchy" in changes else "project" if "project" in changes else None
    given = [key for key in (first, "item") if key in changes]
    said = [f'{key} = "{changes[key]}"（{line_in("wording", key, text)[1:]}行目）' for key in given]
    if len(said) == 2:
        clash = f"{said[0]}と {said[1]}が同じ言葉です"
    else:
        other = "item" if given == [first] else "hierarchy"
        source = f' preset "{preset}" の' if preset is not None else "既定の"
        clash = f"{said[0]}が{source} {other}「{changes[given[0]]}」と同じ言葉です"
    follows = (
        "（hierarchy は書かなければ project と同じ言葉になります）" if first == "project" else ""
    )
    item = changes.get("item", changes[given[0]])
    key, upper = first or "project", _upper_word(changes, item)
    return (
        f"{path}{line_in('wording', given[0], text)} › [wording]: {clash}。表の1列目の見出し"
        f"{follows}と評価する行の見出しが同じになります。評価を記入する行の言葉を item に、"
        f"その上の段の言葉（{upper}など）を {key} に書いてください"
        f'（例: {key} = "{upper}"、item = "{item}"）'
    )


def _upper_word(changes: dict[str, str], item: str) -> str:
    """A word for the level above the rated rows that the settings would accept (review 148
    #3: the example repeated the refused 「project = "施策"、item = "施策"」): 施策, or where that
    is the item's or the direction's word the policy's — a plan of two levels, 基本目標 over
    its 施策, as the hirakata preset has it —, else 基本目標 or 分野."""
    taken = {item, changes.get("direction", "")}
    words = ("施策", changes.get("policy", ""), "基本目標", "分野")
    return next(word for word in words if word and word not in taken)
