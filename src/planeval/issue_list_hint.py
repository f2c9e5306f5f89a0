"""When the issue list (課題一覧) holds the rows as planned for the text beside each, pointing to
``[scale] issue_list = "status"`` (review 143 #5, 146): 川瀬町's 評価の理由・課題 is filled in on
every row, 「計画どおり実施し、目標を達成した。」 beside each 計画どおり完了, so its list held 36 of
38 事業, where the town publishes the 14 rated 一部実施, 次年度以降計画を見直す or 事業中止 — and
no output named the setting that lists them so. One notice, where most rows whose status
alone lists none (三つに二つ and at least three) are listed for their text; none where the
settings write an ``issue_list`` (either value: they say what they want), where the scale's
lists by status already (a preset's: hirakata, nagayo), or where --status chooses the rows.
With it, what the issues command lists of a read (issues_of)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, NamedTuple

from planeval.config import Config
from planeval.issue_rows import issue_rows, off_plan_statuses, unlisted_statuses
from planeval.model import Entry, Location, Problem, Severity

if TYPE_CHECKING:
    from planeval.distinct_ids import ListedIds
    from planeval.read_records import ReadResult

__all__ = ["IssuesListed", "issue_list_hint", "issues_of"]

SETTING = 'issue_list = "status"'
# (of the rows their status alone lists none: how few may be listed for their text unsaid)
_FEWEST = 3


def issue_list_hint(entries: Sequence[Entry], config: Config) -> list[Problem]:
    """The notice (none or one) that the issue list holds the rows as planned for their text
    alone, with the line that lists the rows by their status; its place the settings' file
    (Config.source), else the first such row's workbook."""
    scale, written, settings, wording = (
        config.scale, config.scale_keys, config.source, config.wording
    )  # fmt: skip
    if scale.issue_list != "status_or_text" or "issue_list" in written:
        return []
    rated = off_plan_statuses(scale)
    others = [e for e in entries if e.status in scale.counted and e.status not in rated]
    texted = [entry for entry in others if entry.issue]
    if len(texted) < _FEWEST or len(texted) * 3 < len(others) * 2:
        return []
    unlisted = unlisted_statuses(scale)
    listed = issue_rows(entries, rated, texts=True, unlisted=unlisted)
    by_status = issue_rows(entries, rated, texts=False, unlisted=unlisted)
    item, issue, title = wording.item, wording.issue, wording.issues_title
    named = {s: scale.by_label(s) or wording.status_named(s, scale) for s in scale.symbols}
    planned = "・".join(f"「{named[s]}」" for s in scale.symbols if _of(texted, s))
    among = "・".join(f"「{named[s]}」" for s in scale.symbols if _of(others, s))
    some = "すべて" if len(texted) == len(others) else f"そのうち {len(texted):,} 件"
    # (plain sentences, no aside inside an aside: review 201 #9)
    message = (
        f"{title}の {len(listed):,} 件のうち {len(texted):,} 件は、{planned}の{item}です。"
        f"{issue}の記入があるため載っています。{among}の{item}は {len(others):,} 件で、"
        f"{some}に記入があります"
    )
    needing = "・".join(f"「{named[s]}」" for s in scale.symbols if _of(by_status, s))
    chosen = f"{needing}の{item} {len(by_status):,} 件" if by_status else f"評価で載る{item}"
    name = settings.name if settings is not None else "planeval.toml"
    under = f"{name} の [scale] の行のすぐ下" if written else name
    hint = (
        f"{issue}をどの行にも書く様式で、{chosen}だけを{title}に載せるなら、{under}に次の"
        f'設定を加えてください。記入のある行も載せるなら issue_list = "status_or_text" と'
        "書くと、このお知らせは出ません"
    )
    lines = SETTING if written else f"[scale]\n{SETTING}"
    place = Location(str(settings)) if settings is not None else Location(texted[0].location.file)
    return [Problem(place, Severity.NOTICE, message, hint, settings=lines)]


class IssuesListed(NamedTuple):
    """What the issues command lists of a read (issues_of)."""

    rows: list[Entry]  # (the issue list's, in the plan's order where a plan was read)
    left: str  # (the rows with a text left out for their status, said: 「…は、一覧に含めていません。」)
    listed: ListedIds  # (their IDs as compare and rounds show them)
    problems: list[Problem]  # (to say with the read's: the notice issue_list_hint gives)


def issues_of(result: ReadResult, config: Config, *, statuses: Sequence[str] = ()) -> IssuesListed:
    """The issue list (課題一覧) of ``result`` as ``issues`` prints it: the rows the scale lists
    (report/issue_list.select_issues), or those rated one of ``statuses`` (--status: the list
    asked for, nothing said of the rows left out); the sentence naming the rows with a text
    left out for their status (review 193 #1) and the items of departments that returned
    nothing, as summarize says them under 集計 (「商工観光課の取組項目 5 件は、回答が提出されて
    いないため一覧に含めていません（未提出）。」: listed nowhere, review 209 #3), the IDs judged
    over every item read, not the rows chosen (distinct_ids.listed_ids), and the notice of a
    list held for its texts."""
    from planeval.distinct_ids import listed_ids
    from planeval.report.count_captions import unlisted_sentence
    from planeval.report.issue_list import select_issues
    from planeval.report.table_notes import unreturned_line

    rows = select_issues(
        result.entries, config.scale, statuses=statuses, plan_places=result.plan_places
    )
    said = (result.unreturned_why, result.unreturned_rows)
    unreturned = unreturned_line(result.unreturned, config.wording, *said, into="一覧")
    if statuses:  # (rows chosen by --status: the list asked for)
        return IssuesListed(rows, unreturned, listed_ids(result.entries, result.level_labels), [])
    return IssuesListed(
        rows,
        "\n".join(
            filter(
                None, (unlisted_sentence(result.entries, config.scale, config.wording), unreturned)
            )
        ),
        listed_ids(result.entries, result.level_labels),
        issue_list_hint(result.entries, config),
    )


def _of(entries: Sequence[Entry], symbol: str) -> bool:
    return any(entry.status == symbol for entry in entries)
