"""[wording] direction naming the level the forms' project column is titled by, where no row
read has a direction (review 113 #6: 浜松市's 基本方針 › 施策 › KPI worded direction = "施策"):
the outputs then name that level by the project's word, 「2つの事業の6つのKPI」, a word the body
never uses — said once, with the line that words it."""

from __future__ import annotations

from pathlib import Path

from planeval.model import Location, Problem, ReadResult, Severity
from planeval.wording import Wording


def direction_unread(
    result: ReadResult, wording: Wording, *, worded: bool, settings: Path | None = None
) -> list[Problem]:
    """The notice, where the settings have [wording] (``worded``) whose direction is the title
    every form giving one gives its project column, and no row read (``result.entries``; none
    of a streamed read, which says nothing) has a direction; ``settings``: the planeval.toml."""
    word = wording.direction
    if not worded or word == wording.project:
        return []
    titles = {w for cells in result.status_cells.values() if (w := cells.words.get("project"))}
    if titles != {word} or not result.entries:
        return []
    if any(entry.direction_id for entry in result.entries):
        return []
    place = Location(str(settings) if settings else "planeval.toml", "[wording]")
    message = (
        f'direction = "{word}" は読んだ表にない段（{wording.policy}と{word}の間）の言葉です。'
        f"表の「{word}」の列は{wording.project}の段として読んでいるため、報告書はその段を"
        f"「{wording.project}」と書きます"
    )
    hint = f'「{word}」がその列の段の言葉なら、direction の行を project = "{word}" に書き換えてください'
    return [Problem(place, Severity.NOTICE, message, hint)]
