"""A status column no table has: a mistake of the settings, not of the workbooks (review 141
#5). 川辺市's planeval.toml said status_column = "実施状態" for 実施状況, and every workbook was
told, one error each, that its header row lacked that column (exit 1, a data error), naming
neither the toml's line nor the title meant. Where no table of the read has the column, one
settings error says so at the planeval.toml line (or names --status-column, where the
command line gave it), with the nearest titles the workbooks do have (difflib) and the line
to write (exit 2). A title some workbooks have and one lacks stays that workbook's error."""

from __future__ import annotations

import difflib
import tomllib
from collections.abc import Mapping
from pathlib import Path

from planeval.config_lines import line_in
from planeval.errors import ConfigError, UsageError
from planeval.io.headers import title_key
from planeval.io.status_choice import NO_STATUS_COLUMN
from planeval.model import Problem
from planeval.read_records import ReadResult
from planeval.status_cells import StatusCells


def refuse_mistyped(wanted: str, result: ReadResult, settings: Path | None) -> None:
    """The status column ``wanted`` that no table of ``result`` has: a ConfigError at its
    planeval.toml line where ``settings`` gave it, else a UsageError (--status-column)."""
    found = mistyped_status_column(wanted, result.problems, result.status_cells, settings=settings)
    if found is not None:
        message, in_settings = found
        raise (ConfigError if in_settings else UsageError)(message)


def mistyped_status_column(
    wanted: str | None,
    problems: list[Problem],
    cells: Mapping[str, StatusCells],
    *,
    settings: Path | None,
) -> tuple[str, bool] | None:
    """The message of a status column ``wanted`` ([layout] status_column, --status-column)
    that no table read has — the read's ``problems`` refuse tables for it and no file's
    status cells (``cells``: ReadResult.status_cells) were read under a status title — and
    whether ``settings`` (the planeval.toml) gave it (a ConfigError) rather than the command
    line (a UsageError); None where some table has it (or nothing was refused for it)."""
    refused = [p for p in problems if p.reason == NO_STATUS_COLUMN and p.is_error]
    if not wanted or not refused or any("status" in cell.words for cell in cells.values()):
        return None
    titles = list(dict.fromkeys(t for p in refused for t in p.value.splitlines() if t))
    keys = list(dict.fromkeys(key for title in titles if (key := title_key(title))))
    near = difflib.get_close_matches(title_key(wanted), keys, n=3, cutoff=0.5)
    files = len({p.location.file for p in refused})
    found = "・".join(f"「{title}」" for title in titles) or "（なし）"
    meant = "か".join(f"「{key}」" for key in near)
    said = f"{meant}のことですか。" if near else ""
    fix = near[0] if near else keys[0] if len(keys) == 1 else ""
    given = given_in(settings, wanted)
    if given is None:
        where, line = f"--status-column の「{wanted}」", f"--status-column {fix}"
    else:
        where = f'{settings}{given} › [layout]: status_column = "{wanted}" '
        line = f'status_column = "{fix}"'
    fixed = (
        f"{line} に直してください"
        if fix
        else "ファイルにある評価の列のどれかの名前に直してください"
    )
    return (
        f"{where}という評価の列は、読んだ {files} ファイルの"
        f"どの表の見出し行にもありません（ファイルにある評価の列: {found}）。{said}"
        f"何も数えていません（{fixed}）",
        given is not None,
    )


def given_in(settings: Path | None, wanted: str) -> str | None:
    """ ":N", the planeval.toml line of [layout] status_column where it says ``wanted`` ("" if
    its line cannot be found), None where the settings do not say it (--status-column)."""
    if settings is None:
        return None
    try:
        text = settings.read_text(encoding="utf-8")
        layout = tomllib.loads(text).get("layout")
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        return None
    if not isinstance(layout, dict) or layout.get("status_column") != wanted:
        return None
    return line_in("layout", "status_column", text)
