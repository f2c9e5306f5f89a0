"""The bodies a round's own list says sent nothing — its list of bodies' 未回答 or 辞退, or
the bodies an export read back records so — which compare says once, as that list's.

Each such body answering the other round only was a notice of its own, with the fix for a
department that had not answered yet: 「…そのブックも指定してください。回答がないまま今回の
集計や報告書を作るときは、計画を --plan か … [plan] file で指定してください」, 20 of them for
review 156's national survey (finding 7), whose roster already names those bodies 未回答 — a
survey of bodies has no plan of departments to give. One notice per round now names them
(cells.body_list), as the list says, and its reason; their items are 未集計 as before."""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping

from planeval.cells import BODIES_SHOWN, body_list
from planeval.model import Location, Problem, Severity
from planeval.past_errors import DECLINED, UNANSWERED, uncounted_why
from planeval.read_records import ReadResult
from planeval.wording import Wording


def listed_silent(result: ReadResult, renamed: Mapping[str, str] | None = None) -> set[str]:
    """The bodies ``result``'s list of bodies (ReadResult.roster) or its export's record
    (ReadResult.recorded_bodies) says sent nothing, by their names in the other round
    (``renamed``); none for a read that lists no bodies."""
    if not result.roster and not result.recorded_bodies:
        return set()
    names = renamed or {}
    silent = (UNANSWERED, DECLINED)
    return {names.get(body, body) for body, why in uncounted_why(result).items() if why in silent}


def said_once(
    absent: Iterable[tuple[str, str]],
    silent: Collection[str],
    result: ReadResult,
    round_said: str,
    wording: Wording,
) -> list[Problem]:
    """One notice naming the bodies of ``absent`` (body, department: those with no workbook in
    ``result``, the round ``round_said``, 前回 or 今回) that are ``silent`` (listed_silent), at
    its list of bodies or its export; none where no such body."""
    bodies = list(dict.fromkeys(body for body, _ in absent if body in silent))
    if not bodies:
        return []
    source = result.roster or (result.files[0] if result.files else "")
    listed = "団体一覧" if result.roster else "報告書"
    other = "前回" if round_said == "今回" else "今回"
    return [
        Problem(
            Location(source),
            Severity.NOTICE,
            f"{listed}で{round_said}は未回答の {len(bodies):,} 団体（"
            f"{body_list(bodies, BODIES_SHOWN, '、')}）は、{other}だけ回答しています。その"
            f"{wording.item}は削除・追加ではなく{round_said}未集計として、件数の比較から除きました",
        )
    ]
