"""The template's instructions (記入方法), in the words of the scale in use."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import chain
from typing import TYPE_CHECKING, Any

from planeval.cycle.form_statuses import blank_rules, needing_issue, titles_of
from planeval.cycle.form_words import form_subject, reference_sheet
from planeval.fiscal import era_date
from planeval.report.xlsx_writer import LINE_HEIGHT, line_count, page_setup
from planeval.scale import Scale

WIDTH = 80  # (characters: the page's width, A4 upright)
BODY_SIZE = 11  # (points: the sheet's font, FONT, which LINE_HEIGHT and WIDTH are of)

if TYPE_CHECKING:
    from planeval.cycle.template import TemplateOptions
    from planeval.report.xlsx_writer import Writer


def needs_issue_line(needing: Sequence[str], issue: str = "課題等") -> str:
    """The rule about issue texts, in the body's word for them (``issue``): "△・× の場合は
    課題等を必ず記入してください。", of the statuses ``needing`` one as the cells write them
    (form_statuses.needing_issue: 「横ばいC・後退D の場合は」 where the cells hold 横ばいC)."""
    if not needing:
        return f"必要に応じて{issue}を記入してください。"
    return f"{'・'.join(needing)} の場合は{issue}を必ず記入してください。"


def _needs_issue_rule(needing: Sequence[str], issue: str) -> str:
    """The same rule in the instructions: "△ と × を選んだ場合は、課題等の欄に…"."""
    if not needing:
        return f"{issue}の欄には、必要に応じて理由・課題を記入してください。"
    return f"{' と '.join(needing)} を選んだ場合は、{issue}の欄に理由・課題を必ず記入してください。"


def _figure_lines(figures: Sequence[str], item: str) -> list[tuple[str, dict[str, Any]]]:
    """The line asking for the round's figure, its column's title the last of ``figures``."""
    if not figures:
        return []
    planned = "・".join(figures[:-1])
    return [
        (
            f"「{figures[-1]}」の欄に、{item}ごとのこの年度の値を記入してください（{planned}は計画の値です）。",
            {},
        )
    ]


def _symbol_lines(title: str, scale: Scale) -> list[tuple[str, dict[str, Any]]]:
    """The meaning of each symbol of a status column titled ``title``."""
    return [
        (f"{title}の記号の意味:", {"bold": True}),
        *(
            (
                f"　{s.symbol}"
                + (f"　{s.label}" if s.label and s.label != s.symbol else "")
                + ("" if s.counted else "（集計の対象外）"),
                {},
            )
            for s in scale.statuses
        ),
    ]


def write_instructions(
    writer: Writer,
    scale: Scale,
    options: TemplateOptions,
    title: str,
    *,
    unit: str = "部",
    department: str = "",
    figures: Sequence[str] = (),
    owned: str = "",
    co_owned: bool = True,
    upper: str = "",
) -> None:
    """The instructions sheet (記入方法) in the body's words (``unit``: what the plan's
    departments are, 部 or 課): the symbols, the issue rule, the figure to fill in (``figures``:
    the plan's figures' titles, then its column's: 実績値（令和6年度）), the deadline
    (「令和5年5月31日（水）」), who owns what (``owned``: the word of the level the plan gives its
    departments to, form_words.owned_level; the project's where not given); its page header
    names the form and ``department``, as the form's other sheets do. Co-owned items and the
    co-owner's sheet are explained only where the plan has some (``co_owned``: review 146 #6,
    川瀬町's 記入方法 telling of a 「共管の事業」 sheet no form of its plan has). ``upper``: the
    word the form titles the level above its rated rows with, where not the project's (運営方針
    over 事業, not 「事業・事業」: review 203 #3)."""
    w, own = options.wording, unit
    owned = owned or w.project
    # (who owns what, in the plan's level: 共管の事務事業, or 共管の施策の事務事業)
    shared = w.item if owned == w.item else f"{owned}の{w.item}"
    statuses = options.statuses(scale)  # (実施状況 and 達成度: each its symbols)
    chosen = titles_of(statuses)
    sheet = writer.sheet("記入方法")
    sheet.set_column(0, 0, WIDTH)
    lines: list[tuple[str, dict[str, Any]]] = [
        (title, {"bold": True, "font_size": 14}),
        ("", {}),
        (
            f"「{form_subject(w)}」シートの黄色のセルに、{w.item}ごとの{chosen}を一覧から選んで入力"
            "してください。",
            {},
        ),
        *chain.from_iterable(_symbol_lines(status.title, status.scale) for status in statuses),
        *((rule, {"bold": True}) for rule in blank_rules(statuses)),
        (_needs_issue_rule(needing_issue(statuses), w.issue), {"bold": True}),
        *_figure_lines(figures, w.item),
        (
            f"灰色のセル（{upper or w.project}・{w.item}・{w.department}）は変更できません。"
            # (a scale without a repeat symbol has no 再掲 rows to tell of)
            + ("再掲の行は記入不要です。" if scale.repeat_symbol is not None else ""),
            {},
        ),
        *(
            [
                (
                    f"{w.department}の欄は、{owned}の所管{own}（計画の最初の関係{own}）、括弧内に"
                    f"共管{own}を示しています。共管の{shared}は所管{own}が記入します（共管{own}の"
                    f"調査票では「{reference_sheet(w)}」シートに参考として載せ、意見があれば書ける"
                    "ようにしています）。",
                    {},
                )
            ]
            if co_owned
            else []
        ),
        ("行や列の追加・削除、シート名の変更はしないでください。", {}),
    ]
    if options.due is not None:
        lines.append((f"提出期限: {era_date(options.due)}", {"bold": True}))
    for row, (text, properties) in enumerate(lines):
        if text:  # (a long line wrapped within the page, its row as tall as it needs)
            sheet.write_string(row, 0, text, writer.fmt(**properties, text_wrap=True))
            # (the title's 14 pt lines as much wider and taller: its first line was printed
            # cut off at the top in a row of two 11 pt lines — review 124 #4)
            size = properties.get("font_size", BODY_SIZE) / BODY_SIZE
            if (count := line_count(text, WIDTH / size)) > 1 or size > 1:
                sheet.set_row(row, count * LINE_HEIGHT * size)
    sheet.protect("", {"format_columns": True})
    # (upright, the page as wide as its one column; headed as the form's own sheets are)
    page_setup(sheet, left=title, right=department, repeat_row=None, upright=True)
