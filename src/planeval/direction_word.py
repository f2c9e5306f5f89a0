"""[wording] direction naming the level the forms' project column is titled by, where no row
read has a direction (review 113 #6: 浜松市's 基本方針 › 施策 › KPI worded direction = "施策"):
the outputs named that level by the project's word, 「2つの事業の6つのKPI」, a word the body
never uses. They name it by the column's title (message_words.form_project_title), and a
notice says so once, with the line to write instead. Alike, a [wording] level word whose
column the forms' tables read as another level, no row of its own level read (review 191 #3:
project = "取組項目" over forms whose 取組項目 are the rated rows, the report 「実施内容」
throughout): a notice at its line, the key to write it under (level_word_unread) — none where
the report says that level in the word all the same, the forms' title (review 193 #4)."""

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


# the levels of rows a [wording] word names, top down, each as a notice says it
_LEVELS = {"policy": "政策", "direction": "方向性", "project": "事業", "item": "評価する行"}


def level_word_unread(
    result: ReadResult, wording: Wording, *, worded: bool, settings: Path | None = None
) -> list[Problem]:
    """A notice for each [wording] word of a level below the policies (direction, project,
    item) set in ``settings`` whose title the forms' tables (StatusCells.words) read as
    another level's column and never as its own: the word names no row of the report, which
    says the other level in its own word — with the key to write the word under instead."""
    if not worded or settings is None:
        return []
    read = [cell.words for cell in result.status_cells.values() if cell.words]
    said: list[Problem] = []
    for key in ("direction", "project", "item"):
        word = getattr(wording, key)
        if any(words.get(key) == word for words in read) or word == result.project_title:
            continue  # (read as its level; a direction's word read as the projects': above)
        taken = {level for words in read for level, title in words.items() if title == word}
        level = next((level for level in _LEVELS if level in taken), None)
        if level is None or getattr(wording, level) == word:
            continue
        from planeval.config_lines import line_in  # (a level's word read as another's: rare)
        from planeval.message_words import with_form_words

        # (the report's word for that level: the forms' own 取組項目 where [wording] gives the
        # rated rows none — the word then says them, nothing to tell: review 193 #4)
        if (shown := getattr(with_form_words(wording, result), level)) == word:
            continue

        line = line_in("wording", key, settings.read_text("utf-8")).lstrip(":")
        if not line:  # (not the settings' own: a preset's)
            continue
        message = (
            f'[wording] の {key} = "{word}" は報告書のどの行の言葉にもなっていません。調査票の'
            f"「{word}」の列は{_LEVELS[level]}（{level}）として読みました（読んだ表に {key} の段は"
            "ありません）。"
            f"このため報告書は{_LEVELS[level]}を「{shown}」と書いています"
        )
        hint = f'{key} ではなく {level} = "{word}" と書いてください'
        place = Location(str(settings), None, f"{line}行目")
        said.append(Problem(place, Severity.NOTICE, message, hint))
    return said
