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
    # (review 141 #4: 「改革の柱と推進項目の間」 named the level by the word it is not)
    message = (
        f'direction = "{word}" は{wording.policy}と project の段の間にある段の言葉ですが、'
        f"読んだ表にその段はありません。表の「{word}」の列は評価する行（{wording.item}）の"
        f"すぐ上の段、project です。その段として読み、報告書もその段を「{word}」と書きます"
    )
    hint = f'direction の行を project = "{word}" に書き換えてください'
    return [Problem(place, Severity.NOTICE, message, hint)]
