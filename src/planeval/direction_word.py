"""[wording] direction naming the level the forms' project column is titled by, where no row
read has a direction (review 113 #6: 浜松市's 基本方針 › 施策 › KPI worded direction = "施策"):
the outputs named that level by the project's word, 「2つの事業の6つのKPI」, a word the body
never uses. They name it by the column's title (message_words.form_project_title), and a
notice says so once, with the line to write instead."""

from __future__ import annotations

from pathlib import Path

from planeval.model import Location, Problem, Severity
from planeval.read_records import ReadResult
from planeval.wording import Wording


def direction_unread(
    result: ReadResult, wording: Wording, *, worded: bool, settings: Path | None = None
) -> list[Problem]:
    """The notice, where the settings have [wording] (``worded``) whose direction the read
    took as its project's word (ReadResult.project_title, set by message_words.reword);
    ``settings``: the planeval.toml."""
    word = wording.direction
    if not worded or word == wording.project or result.project_title != word:
        return []
    place = Location(str(settings) if settings else "planeval.toml", "[wording]")
    message = (
        f'direction = "{word}" は読んだ表にない段（{wording.policy}と{word}の間）の言葉です。'
        f"表の「{word}」の列を評価する行の上の段として読み、報告書もその段を「{word}」と書きます"
    )
    hint = f'「{word}」がその列の段の言葉なら、direction の行を project = "{word}" に書き換えてください'
    return [Problem(place, Severity.NOTICE, message, hint)]
