"""Fiscal years as Japanese public documents write them: 令和4年度（2022年度）."""

from __future__ import annotations

# (first fiscal year of the era, its name); a fiscal year takes the era it starts in.
_ERAS = ((2019, "令和"), (1989, "平成"), (1926, "昭和"))


def era_year(fiscal_year: int) -> str:
    """2022 → "令和4年度", 2019 → "令和元年度", 2018 → "平成30年度"."""
    for first, name in _ERAS:
        if fiscal_year >= first:
            number = fiscal_year - first + 1
            return f"{name}{'元' if number == 1 else number}年度"
    raise ValueError(f"fiscal year {fiscal_year} is before the Showa era")


def fiscal_year_label(fiscal_year: int) -> str:
    """2022 → "令和4年度（2022年度）"."""
    return f"{era_year(fiscal_year)}（{fiscal_year}年度）"
