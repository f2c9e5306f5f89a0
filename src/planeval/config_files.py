"""The settings that name another file, each a path from the settings' own folder: the list of
bodies expected to answer ([bodies] roster, read here) and the plan's workbook ([plan] file,
read by the commands that count: its leads decide a co-owned item's row)."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable
from operator import attrgetter
from pathlib import Path
from typing import TYPE_CHECKING, Any

from planeval.config_guess import nearest
from planeval.config_lines import line_in
from planeval.errors import PlanevalError
from planeval.io.limits import Limits

if TYPE_CHECKING:
    from planeval.io.roster_file import Listed


def read_roster_setting(
    table: Any, path: Path, text: str, limits: Limits, found: list[str]
) -> tuple[Listed, ...]:
    """[bodies] roster: the list of bodies expected to answer (io/roster.py reads it)."""
    from planeval.io.roster_file import read_roster  # (its readers only when a list is named)

    listed = _named_file(table, "bodies", "roster", "団体一覧", path, text, found)
    if listed is None:
        return ()
    try:
        return read_roster(listed, limits)
    except PlanevalError as error:
        found.append(f"{path}{line_in('bodies', 'roster', text)}: [bodies] roster: {error}")
        return ()


def plan_setting(table: Any, path: Path, text: str, found: list[str]) -> tuple[Path | None, str]:
    """[plan] file: the plan's workbook (計画事業一覧), as --plan names it for one run, and where
    it is set (「planeval.toml:12」). Only named here: the commands that count look at it when
    they read the plan (cli/inputs.read_plan_given), so a file not there stops none that need
    no plan, nor one given --plan instead."""
    named = _written(table, "plan", "file", "計画のブック", path, text, found)
    return named, f"{path}{line_in('plan', 'file', text)}" if named is not None else ""


# how a setting names a file: the fix of a name that leads to none
FROM_SETTINGS = "設定ファイルのあるフォルダからの場所で書いてください"


def _named_file(
    table: Any, name: str, key: str, what: str, path: Path, text: str, found: list[str]
) -> Path | None:
    """The file ``[name] key`` names, from the settings' folder; None, with the problem noted
    in ``found``, where it is not a file name or no such file is there."""
    named = _written(table, name, key, what, path, text, found)
    problem = None if named is None else file_problem(named, what, FROM_SETTINGS)
    if named is None or problem is None:
        return named
    found.append(f"{path}{line_in(name, key, text)}: [{name}] {key} の{what} {named} {problem}")
    return None


def _written(
    table: Any, name: str, key: str, what: str, path: Path, text: str, found: list[str]
) -> Path | None:
    """The path ``[name] key`` names from the settings' folder, whether or not a file is there;
    None, with the problem noted in ``found``, where it is not a file name."""
    if not isinstance(table, dict) or key not in table:
        return None
    value = table[key]
    example = {"roster": "団体一覧.xlsx", "file": "計画.xlsx"}[key]
    if not isinstance(value, str) or not value.strip():
        found.append(
            f"{path}{line_in(name, key, text)}: [{name}] {key} には{what}のファイル名を文字列で"
            f'書いてください（例: {key} = "{example}"）'
        )
        return None
    return _normal(path.parent / value.strip())


def _normal(joined: Path) -> Path:
    """``joined`` without the steps that go back (「../cfg/setagaya/../../r1/団体一覧.xlsx」 run in
    r1 is 「団体一覧.xlsx」: review 89), as every message names it — unless a folder on the way
    is a link, where 「..」 leads elsewhere than the shorter name."""
    if ".." not in joined.parts:
        return joined
    normal = Path(os.path.normpath(joined))
    with contextlib.suppress(ValueError):  # (as from the current folder: 「団体一覧.xlsx」 in r1)
        normal = normal if normal.is_absolute() else Path(os.path.relpath(normal))
    with contextlib.suppress(OSError):
        if not os.path.samefile(normal, joined):
            return joined
    return normal


def file_problem(named: Path, what: str, fix: str) -> str | None:
    """What keeps the file a setting or an option names from being read, said after its name
    (「が見つかりません（計画.xlsx のことですか。…）」: the nearest name in its folder, then
    ``fix``, how to name it; 「はフォルダです…」; 「を開けません…」); None: a file that opens."""
    if named.is_dir():
        return (
            f"はフォルダです（{what}はフォルダではなく 1 つのファイルです。"
            "フォルダの中のファイルの名前まで書いてください）"
        )
    try:
        with named.open("rb"):
            return None
    except FileNotFoundError:
        return f"が見つかりません（{_near(named)}{fix}）"
    except OSError as error:
        return f"を開けません（{error.strerror or error}。ファイルを読む権限を確かめてください）"


def near_entry(named: Path) -> str:
    """ "令和6年度 回答 のことですか。" for the file or folder beside ``named`` whose name is
    nearest to it, full-width and half-width alike, spaces aside (review 37: 「令和6年度回答」,
    「令和6年度　回答」); "" where none is near."""
    import unicodedata

    found = _beside(named, lambda path: "".join(unicodedata.normalize("NFKC", path.name).split()))
    return f"{found} のことですか。" if found is not None else ""


def _near(named: Path) -> str:
    """ "計画.xlsx のことですか。" for the file in ``named``'s folder whose name is nearest to
    it, the names compared without their extensions (「ない.xlsx」 is not near 「計画.xlsx」 for
    its .xlsx); "" where none is near (or the folder is not there)."""
    found = _beside(named, attrgetter("stem"), files=True)
    return f"{found.name} のことですか。" if found is not None else ""


def _beside(named: Path, key: Callable[[Path], str], *, files: bool = False) -> Path | None:
    """The entry of ``named``'s folder (a file, with ``files``) whose ``key`` is nearest to its
    own; of two alike, the one of its extension (plan.xlsx, not plan.tsv: review 39)."""
    try:
        beside = sorted(path for path in named.parent.iterdir() if not files or path.is_file())
    except OSError:
        return None
    beside.sort(key=lambda path: path.suffix.lower() == named.suffix.lower())
    keyed = {key(path): path for path in beside}
    # (a short name one character off is near: 「解答」 for 回答, review 63 — 0.5 by difflib)
    found = nearest(key(named), sorted(keyed), 0.5 if len(key(named)) <= 3 else 0.6)
    return keyed[found] if found is not None else None
