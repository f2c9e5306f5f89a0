"""The rows a differing share stated is of, said beside planeval's (for ``check``). planeval's
shares are of the rows counted: a status not counted (評価できない（D）, ``counted = false``) and
the plan's items no department returned (未提出) are in no share's base, while a draft may state
「A評価は8件（19.0％）」 of the 42 rows rated, D among them. Where the stated share is the
status's count over the rows with those, the note says which rows it is of and which planeval's
are, and the setting that puts D in the base — not 「未提出の 3 件は数えていません」 of a share
whose gap is D's (review 136 #3). A share each rounded on its own gives, where the settings
round by largest remainder and that gives another, is said so with both (review 169 #3)."""

from __future__ import annotations

from collections.abc import Collection, Mapping

from planeval.check_result import Disagreement
from planeval.count import Count


def base_note(
    wrong: Disagreement,
    count: Count,
    names: Mapping[str, str],
    results: Collection[str],
    late: int = 0,
) -> str:
    """The note of ``wrong``, a status's share differing from ``count``'s (its scope's), where
    the stated share is that status's count over the rows counted and those of ``results``
    (the uncounted statuses that are ratings, 評価できない: ``names`` how a note calls them),
    ``late`` items of the plan not returned, or both; or, under largest remainder set, the
    share each rounded on its own gives (rounding_said); "" where it is of none of these."""
    if not wrong.percent or wrong.when or wrong.stated is None or wrong.what not in count.counts:
        return ""
    decimals = len(str(wrong.stated).partition(".")[2]) if isinstance(wrong.stated, float) else 0
    if wrong.counted not in (
        count.percent(decimals)[wrong.what],
        count.rounded_share(wrong.what, decimals),
    ):
        return ""  # (not of this count: a direction's share, compared with its own rows)
    rated = {symbol: n for symbol in results if (n := count.uncounted.get(symbol, 0))}
    stated = round(float(wrong.stated), decimals)
    if (said := rounding_said(count, wrong.what, stated, decimals)) is not None:
        return said
    for others, unsent in ((rated, 0), ({}, late), (rated, late)):
        extra = sum(others.values()) + unsent
        if not extra:
            continue
        base = Count({**count.counts, "": extra}, {}, "round")
        if base.rounded_share(wrong.what, decimals) == stated:
            return _said(count.total, base.total, others, unsent, names)
    return ""


def rounding_said(count: Count, what: str, stated: float, decimals: int) -> str | None:
    """「（四捨五入では 68.3 ですが、設定の最大剰余法では 68.2 です）」 where ``stated`` is the
    share of ``what`` each rounded on its own gives and the settings (or the preset) round by
    largest remainder, whose share differs (43 of 63: review 169 #3); None else."""
    if count.rounding != "largest_remainder" or stated != count.rounded_share(what, decimals):
        return None
    adjusted = count.percent(decimals)[what]
    if stated == adjusted:
        return None
    return f"（四捨五入では {stated:.{decimals}f} ですが、設定の最大剰余法では {adjusted:.{decimals}f} です）"


def _said(
    counted: int, base: int, others: Mapping[str, int], late: int, names: Mapping[str, str]
) -> str:
    """「（記載は評価できない（D）2 件を含めた 42 件に対する割合です。集計の割合は D を除いた
    40 件に対するもの。…）」, with the setting that puts one such status in the base."""
    parts = [f"{names.get(symbol, symbol).strip()} {n} 件" for symbol, n in others.items()]
    parts += [f"未提出の {late} 件"] if late else []
    said = f"記載は{'と'.join(parts)}を含めた {base} 件に対する割合です。集計の割合は"
    if not others:
        return f"（{said}集計した {counted} 件に対するもの）"
    if late:
        return f"（{said}どちらも除いた {counted} 件に対するもの）"
    shown = "・".join(others)
    setting = (
        f"。{shown} も分母に入れる決まりなら、planeval.toml の [[scale.status]] symbol = "
        f'"{shown}" に counted = true と書いてください。{shown} は件数の計にも入ります'
        if len(others) == 1
        else ""
    )
    return f"（{said} {shown} を除いた {counted} 件に対するもの{setting}）"
