"""What a planeval.toml's messages add to point at the fix (review 98): a status's own key put
under ``[scale]`` (``symbol`` / ``label``: they belong in a ``[[scale.status]]``), any key put
under a table not its own (``rounding`` under ``[plan]``: 「rounding は [scale] の設定です」), and a
``[wording] status`` that is a status of the scale (「目標達成」), which loads but heads the
report 「基本方針別の目標達成」: a warning naming its line and what the word is for."""

from __future__ import annotations

from collections.abc import Collection, Mapping
from pathlib import Path

from planeval.config_lines import line_in
from planeval.model import Location, Problem, Severity
from planeval.scale import Scale
from planeval.wording import Wording

# the keys of one status ([[scale.status]]), written under [scale] itself
_STATUS_KEYS = frozenset(
    {
        "symbol",
        "label",
        "aliases",
        "counted",
        "after",
        "needs_issue",
        "in_narrative",
        "ranked",
        "blank",
        "blank_beside",
    }
)


def misplaced(key: str, table: str, schema: Mapping[str, Collection[str]]) -> str:
    """What to say of ``key`` unknown in ``table`` where it is a key of another table of
    ``schema`` (each table's keys): a status's own key under [scale] goes in a
    [[scale.status]]; 「rounding は [scale] の設定です」 of one under [plan] (review 163 #6);
    "" otherwise."""
    if table != "scale" or key not in _STATUS_KEYS:
        homes = [f"[{home}]" for home, keys in schema.items() if home and key in keys]
        if not homes:
            return ""
        moved = f"[{table}] の下から " if table else ""
        return f"{key} は {'・'.join(homes)} の設定です。{moved}{homes[0]} の下に移してください。"
    return (
        f"{key} は評価の記号ひとつずつの設定で、[[scale.status]] の下に書きます。[scale] の"
        "設定の後に [[scale.status]] と書いた行を置き、その下に symbol と label を書いてください。"
    )


def wording_notices(
    table: object, wording: Wording, scale: Scale, path: Path, text: str
) -> tuple[Problem, ...]:
    """A warning where the planeval.toml's [wording] (``table``, as TOML read it) sets
    ``status`` to a status of ``scale`` (「目標達成」): the word names the status column
    (進捗状況, 達成状況) and heads the report, 「基本方針別の目標達成」 — no status."""
    value = table.get("status") if isinstance(table, dict) else None
    if not isinstance(value, str) or (symbol := scale.normalise(value)) is None:
        return ()
    line = line_in("wording", "status", text)[1:]
    place = Location(str(path), None, f"{line}行目" if line else None)
    message = (
        f'[wording] の status = "{value}" は評価尺度の記号（{symbol}）と同じ言葉です。'
        "[wording] の status は評価を書く列の名前で、報告書の見出し"
        f"「{wording.by_policy_title}」や文の「…ごとの{value}は」に使われます"
    )
    hint = (
        '表の評価の列の見出しを書いてください（例: status = "進捗状況"）。'
        "「計画どおり」にあたる記号を決めるなら、[scale] の as_planned に書きます"
    )
    return (Problem(place, Severity.WARNING, message, hint),)
