"""The status columns of the status workbook: the one counted, and where the clerk gives a
second planeval.toml (``template --config 実施状況.toml --config 達成度.toml``), each other one
beside it — a 行政改革大綱's 実施状況 (未着手/取組中/完了) and 達成度 (未達成/一部達成/達成) on the
same items (review 117 N3) — each a drop-down of its own scale, titled as its settings read it
back, so a department fills both and each planeval.toml counts its own column."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, NamedTuple

from planeval.errors import UsageError
from planeval.scale import Scale
from planeval.wording import Wording, with_status_column


class FormStatus(NamedTuple):
    """A status column of the forms: its settings' words (``wording.status``: its title, 達成度)
    and its scale."""

    wording: Wording
    scale: Scale

    @property
    def title(self) -> str:
        return self.wording.status


def form_status(scale: Scale, wording: Wording, status_column: str | None) -> FormStatus:
    """The status column a planeval.toml counts, titled as it reads it back ([layout]
    status_column: 達成度 beside 実施状況)."""
    return FormStatus(with_status_column(wording, status_column), scale)


def titles_of(statuses: Sequence[FormStatus]) -> str:
    """The status columns' titles as the forms' prompts name them: 「実施状況・達成度」."""
    return "・".join(status.title for status in statuses)


def distinct(statuses: Sequence[FormStatus]) -> None:
    """UsageError where two planeval.toml given count one status column."""
    titles = [status.title for status in statuses]
    if twice := next((title for title in titles if titles.count(title) > 1), None):
        raise UsageError(
            f"指定した planeval.toml のうち二つが同じ評価の列「{twice}」を数えます。調査票に"
            "載せる列ごとに、その列を数える planeval.toml（[layout] status_column）を指定して"
            "ください"
        )


def status_roles(others: Sequence[FormStatus]) -> dict[str, str]:
    """The other status columns' roles → titles, after the counted one's ("status"):
    status2 → 達成度."""
    return {f"status{index}": other.title for index, other in enumerate(others, start=2)}


def choose_from(sheet: Any, rows: Sequence[int], column: int, status: FormStatus) -> None:
    """One rule over the status cells of ``column`` on ``rows``: a drop-down of its scale that
    rejects anything else (every symbol a department may choose: an uncounted one too, 「－
    評価できない」, but not the repeat listing's, which the template writes itself)."""
    if not rows:
        return
    scale, title = status.scale, status.title
    choices = status.wording.status_choices(scale)
    if len(",".join(choices)) > 255:  # (Excel's bound on a list typed in the rule)
        choices = [symbol for symbol in scale.symbols if symbol != scale.repeat_symbol]
    sheet.data_validation(
        rows[0],
        column,
        rows[0],
        column,
        {
            "validate": "list",
            "source": choices,
            "error_type": "stop",
            "error_title": title,
            "error_message": f"{title}は {' '.join(choices)} から選んでください。",
            "input_title": title,
            "input_message": "一覧から選んでください",
            "other_cells": [[row, column, row, column] for row in rows[1:]],
        },
    )


def needing_issue(statuses: Sequence[FormStatus]) -> list[str]:
    """The statuses of every column whose rows must say an issue (needs_issue: 未達成), each as
    its cells write it (Wording.status_shown: 横ばいC)."""
    return [
        status.wording.status_shown(symbol.symbol, status.scale)
        for status in statuses
        for symbol in status.scale.statuses
        if symbol.needs_issue and symbol.counted  # (−'s reason asked of none: review 175 #5)
    ]


def blank_rules(statuses: Sequence[FormStatus]) -> list[str]:
    """Where the forms carry several status columns, the rule of each whose blank its settings
    read as a status by the others' values (blank = true, blank_beside): 「達成度は、実施状況が
    未着手・取組中の行では空欄のままにしてください。」 — none on a form of one column."""
    if len(statuses) < 2:
        return []
    rules = []
    for status in statuses:
        blank = next((s for s in status.scale.statuses if s.blank and s.blank_beside), None)
        if blank is not None:
            others = "・".join(other.title for other in statuses if other is not status)
            rules.append(
                f"{status.title}は、{others}が{'・'.join(blank.blank_beside)}の行では空欄のままに"
                "してください。"
            )
    return rules
