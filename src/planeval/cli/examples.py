"""Each command's examples, shown under its --help (review 37: no help had one), as a clerk
would type them: folders of the departments' replies, Japanese file names."""

from __future__ import annotations

from unicodedata import east_asian_width

_EXAMPLES: dict[str, tuple[str, ...]] = {
    "summarize": (
        "planeval summarize 回答/  # 政策ごとの件数",
        "planeval summarize 回答/ --by direction --percent",
        "planeval summarize 回答/ -f csv > 集計.csv  # Excel で開く CSV",
        "planeval summarize 全国/ --bodies file --by body  # 団体ごとの件数",
    ),
    "tables": ("planeval tables 回答/", "planeval tables 回答/ -f csv > 進捗状況.csv"),
    "issues": ("planeval issues 回答/", "planeval issues 回答/ -s △ -s ×"),
    "check": ("planeval check 回答/ --text 報告書案.txt  # 文章の件数と照らし合わせる",),
    "export": (
        "planeval export 回答/ --xlsx 報告書.xlsx --docx 報告書.docx",
        "planeval export 回答/ --html 報告書.html --fiscal-year 令和6",
    ),
    "template": (
        "planeval template 計画.xlsx --fiscal-year 令和6 -o 調査票/ --split-by department",
    ),
    "validate": ("planeval validate 回答/ --plan 計画.xlsx",),
    "compare": (
        "planeval compare 令和5年度/ 令和6年度/",
        "planeval compare 令和5年度/ 令和6年度/ --xlsx 変化.xlsx",
        "planeval compare 令和5年度/ 令和6年度/ -f csv --counts > 件数の変化.csv",
        "planeval compare R6回答/ R7回答/ R7回答/13_東京都 --bodies file"
        "  # 回のフォルダの中のフォルダもその回に読む",
    ),
    "rounds": ("planeval rounds 令和4年度/ 令和5年度/ 令和6年度/ --xlsx 最終評価.xlsx",),
    "split": (
        "planeval split 市町村一覧.xlsx -o 団体別/  # 団体ごとのブックに分ける",
        "planeval summarize 団体別/ --bodies file --by item",
    ),
}


def examples(name: str) -> str | None:
    """The command's examples as its --help's closing paragraph (\\b: lines kept as they are),
    each one's note after 「#」 in one column."""
    lines = [line.partition("  # ") for line in _EXAMPLES.get(name, ())]
    if not lines:
        return None
    width = max(columns(typed) for typed, _, _ in lines)
    shown = [
        f"  {typed}{' ' * (width - columns(typed))}  # {note}" if note else f"  {typed}"
        for typed, _, note in lines
    ]
    return "\b\n例:\n" + "\n".join(shown)


def columns(text: str) -> int:
    """The terminal columns ``text`` takes (a wide character two)."""
    return len(text) + sum(east_asian_width(c) in "WF" for c in text if not c.isascii())
