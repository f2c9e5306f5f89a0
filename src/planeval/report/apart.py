"""The bodies with no counted row in some rounds (cycle/bodies_apart.py) as compare and rounds
say them: one line per body under the tables — 「東山市：今回の回答なし（前回 48 件）」,
「森野町：今回から参加（52 件）」, 「西川町：今回は回答あり・数えた行なし（前回 4 件）。ブックの
エラーを直せば数えられます」 — and a JSON record per body with its counts per round."""

from __future__ import annotations

from collections.abc import Sequence

from planeval.cycle.bodies_apart import ANSWERED_UNCOUNTED, UNCOUNTED_FIX, BodyApart, copy_fix
from planeval.past_errors import COPIED


def apart_line(body: BodyApart, labels: Sequence[str]) -> str:
    """「東山市：今回の回答なし（前回 48 件）」: the rounds it joined in or did not answer (the
    rounds' ``labels``), or answered in a form planeval cannot read (「今回は回答あり・読めない
    形式」, with the fix), and its counted items in each round it answered (only the round it
    joined in, the last: its count alone)."""
    said = []
    if body.joined is not None:
        said.append(f"{labels[body.joined]}から参加")
    unanswered = [labels[index] for index in body.unanswered if index not in body.declined]
    if unanswered:
        said.append(f"{'・'.join(unanswered)}の回答なし")
    if declined := [labels[index] for index in body.declined]:  # (the list's 辞退: review 171 #7)
        said.append(f"{'・'.join(declined)}は辞退")
    if unlisted := [labels[index] for index in body.unlisted]:  # (merged away: review 104 #7)
        said.append(f"{'・'.join(unlisted)}の団体一覧になし（合併等）")
    unreadable = [labels[index] for index in body.unreadable]
    if unreadable:
        said.append(f"{'・'.join(unreadable)}は回答あり・読めない形式")
    told = {*body.dated, *body.copied}  # (no error to fix: said as what they are)
    uncounted = [labels[index] for index in body.uncounted if index not in told]
    if uncounted:
        said.append(f"{'・'.join(uncounted)}は{ANSWERED_UNCOUNTED}")
    if copied := [labels[index] for index in body.copied]:  # (another body's: review 139 #6)
        said.append(f"{'・'.join(copied)}は{COPIED}")
    if dated := [labels[index] for index in body.dated]:  # (last year's form: review 137 #6)
        said.append(f"{'・'.join(dated)}は別の年度の調査票で回答")
    held = [labels[index] for index in body.held]
    if held:
        said.append(f"{'・'.join(held)}は回答あり・中のフォルダにあるため読んでいない")
    counted = [
        (label, count.total)
        for label, count in zip(labels, body.counts, strict=True)
        if count is not None
    ]
    if body.joined is not None and not body.unanswered and len(counted) == 1:
        counts = f"{counted[0][1]:,} 件"
    else:
        counts = "、".join(f"{label} {total:,} 件" for label, total in counted)
    fixes = [
        *(
            [
                "Excel ブック（.xlsx）にすれば数えられます（.xls なら Excel で開いて保存し直し、PDF などなら .xlsx で送ってもらってください）"
            ]
            if unreadable
            else []
        ),
        *([UNCOUNTED_FIX] if uncounted else []),
        *([copy_fix(body.body)] if copied else []),  # (its own reply asked for: review 156)
        *(["その回の年度の調査票で回答し直してもらえば数えられます"] if dated else []),
        *(["中のフォルダのブックを団体のフォルダに直接入れれば数えられます"] if held else []),
    ]
    return "。".join([f"{body.body}：{'、'.join(said)}（{counts}）", *fixes])


def apart_lines(apart: Sequence[BodyApart], labels: Sequence[str], heading: str) -> list[str]:
    """``heading`` and a line per body; nothing when there is none."""
    return [heading, *(apart_line(body, labels) for body in apart)] if apart else []


def apart_dicts(apart: Sequence[BodyApart], labels: Sequence[str]) -> list[dict[str, object]]:
    """Per body: the round it joined in (or null), the rounds it did not answer, and its counts
    per round (null where it has no row)."""
    return [
        {
            "body": body.body,
            "joined_in": labels[body.joined] if body.joined is not None else None,
            "unanswered_in": [labels[index] for index in body.unanswered],
            "declined_in": [labels[index] for index in body.declined],  # (of unanswered_in)
            # (its round's list of bodies names it not: merged away)
            "unlisted_in": [labels[index] for index in body.unlisted],
            # (answered, in a form planeval cannot read: an .xls)
            "unreadable_in": [labels[index] for index in body.unreadable],
            # (answered, and no row of it counted: every row in error, another form)
            "not_counted_in": [labels[index] for index in body.uncounted],
            # (… of those, on another year's form: last year's sent again)
            "other_year_in": [labels[index] for index in body.dated],
            # (… of those, another body's reply copied: its own to be asked for, review 156)
            "copy_in": [labels[index] for index in body.copied],
            # (answered, its replies in a folder inside its own: not read)
            "held_in": [labels[index] for index in body.held],
            "counts": {
                label: count.as_dict() if count is not None else None
                for label, count in zip(labels, body.counts, strict=True)
            },
        }
        for body in apart
    ]
