"""Replies a template would be written over: ``template --force`` replaces last run's blank
forms, never a form a department has filled in (a status chosen, or a co-owner's remark):
the clerk moves or deletes such a workbook first."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from planeval.errors import UsageError
from planeval.marks import template_marks
from planeval.model import Location
from planeval.read_records import ReadResult
from planeval.remarks import co_owner_remarks
from planeval.scale import Scale


def refuse_filled(targets: Sequence[Path], scale: Scale) -> None:
    """Raise if any existing ``target`` holds a department's answer (nothing is written)."""
    from planeval.io.reader import read_files

    filled: list[tuple[Path, Location, str]] = []
    for target in targets:
        if target.is_file() and (answer := _first_answer(read_files([target], scale=scale), scale)):
            filled.append((target, *answer))
    if not filled:
        return
    path, where, what = filled[0]
    more = f"（ほか {len(filled) - 1} 冊も記入済みです）" if len(filled) > 1 else ""
    raise UsageError(
        f"出力先 {path} は記入済みの調査票です（{where.sheet} › {where.cell} に「{what}」）{more}。"
        "--force でも記入済みのブックは置き換えません。回答として集計するならそのまま使い、"
        "作り直すならブックを別のフォルダに移すか削除してから実行してください"
    )


def _first_answer(result: ReadResult, scale: Scale) -> tuple[Location, str] | None:
    """The first answer a read form holds, a status or a co-owner's remark; None for a blank
    form (its repeat listings come filled in, locked) or a file that is no form at all."""
    for entry in result.entries:
        if entry.status != scale.repeat_symbol and entry.status_text:  # (a blank read as
            # a row not rated, [[scale.status]] blank = true: none)
            return entry.location, entry.status_text
    for remark in co_owner_remarks(result.texts, template_marks(result.texts)):
        return remark.location, remark.text
    return None
