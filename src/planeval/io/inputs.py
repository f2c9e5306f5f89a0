"""The inputs of a run: files as given, and the workbooks in given folders (expanded by
io/given_inputs.py; here, why a folder's entry is not read, how a folder is listed, and what is
said of an input left out).

Every entry of a given folder is either read or named in a notice saying why it was not: a
spreadsheet of another type, a folder or link or pipe named like a workbook, Excel's lock
files, a covering letter (notes.txt, a PDF), and planeval's own settings file (SETTINGS_FILE:
the command line, which read it as its settings, says nothing of it). A folder that cannot be listed, and an entry that
cannot be looked at (a symlink loop, no permission), are problems of that folder or entry,
never the end of the run.
"""

from __future__ import annotations

import dataclasses
import os
import re
import stat
import unicodedata
from pathlib import Path

from planeval.cells import CSV_FILES, DERIVED_SHEETS_PROPERTY, WORKBOOK_SUFFIXES
from planeval.lazy_pattern import LazyPattern
from planeval.model import Problem, Severity

SETTINGS_FILE = "planeval.toml"  # planeval's settings, found in the working folder
SETTINGS_NOTICE = "planeval の設定ファイルです（調査票の回答ではないため数えていません）"
# replies in a type planeval does not read, said as such (never dropped without a word)
OTHER_SPREADSHEETS = {".xls", ".xlsb", ".ods", ".csv", ".tsv", ".numbers", ".et"}
_SPREADSHEETS = WORKBOOK_SUFFIXES | OTHER_SPREADSHEETS
TEXT_TABLES = {".csv", ".tsv"}  # of those, the ones that are as often an output as a reply


_DIGITS = LazyPattern(r"(\d+)")


def natural_order(name: str) -> tuple[tuple[int, str], ...]:
    """A file name's sort key as Explorer sorts names: its numbers by value (2 before 10),
    the rest by character (full-width digits as digits, 01 before 1 only as a tie-break)."""
    parts = _DIGITS.split(unicodedata.normalize("NFKC", name))
    return (
        *((int(part), part) if index % 2 else (0, part) for index, part in enumerate(parts)),
        (0, name),
    )


def folder_entries(path: Path, problems: list[Problem]) -> list[os.DirEntry[str]] | None:
    """A folder's entries by name as Explorer orders them (a number in a name by its value:
    1_青葉市, 2_緑町, 10_大森市), or None with the problem said when it cannot be listed."""
    try:
        with os.scandir(path) as listing:
            return sorted(listing, key=lambda child: natural_order(child.name))
    except OSError as error:
        from planeval.io.sub_folders import path_problem

        problems.append(path_problem(path, Severity.ERROR, _cannot_list(error)))
        return None


def workbooks_in(folder: Path) -> list[str]:
    """The names of the workbooks directly in a folder, sorted (not Excel's lock files nor
    hidden ones, nor planeval's own exports: an output folder beside the replies is no reply
    left out)."""
    try:
        with os.scandir(folder) as listing:
            return sorted(
                child.name
                for child in listing
                if os.path.splitext(child.name)[1].lower() in WORKBOOK_SUFFIXES
                and not child.name.startswith(("~$", "."))
                and not planeval_export(Path(child.path))
            )
    except OSError:
        return []


def planeval_export(path: Path) -> bool:
    """Whether a workbook is planeval's own export (its document properties name the sheets
    it derived): looked at in a sub-folder only, its one small part read."""
    import zipfile

    try:
        with zipfile.ZipFile(path) as archive:
            part = archive.getinfo("docProps/custom.xml")
            if part.file_size > 2**16:
                return False
            return DERIVED_SHEETS_PROPERTY.encode() in archive.read(part)
    except (OSError, KeyError, ValueError, zipfile.BadZipFile, RuntimeError):
        return False


NO_WORKBOOK = "このフォルダには Excel ブック（.xlsx・.xlsm）がありません"

UNRELATED = "Excel ブック（.xlsx・.xlsm）ではないため読み飛ばしました"
_UNRELATED = (
    Severity.NOTICE,
    UNRELATED,
    "調査票の回答であれば Excel で開き、.xlsx 形式で保存し直してください",
)

# the files sent with a body's reply, by what a clerk calls them (送付文.pdf: 「PDF は読みません」)
DOCUMENTS = {
    ".pdf": "PDF ",
    ".doc": "Word の文書",
    ".docx": "Word の文書",
    ".txt": "テキストファイル",
    ".msg": "メール",
    ".eml": "メール",
    ".jpg": "画像",
    ".jpeg": "画像",
    ".png": "画像",
    ".zip": "ZIP ファイル",
    ".ppt": "PowerPoint の資料",
    ".pptx": "PowerPoint の資料",
}
# of those, the forms a reply itself comes in where a body sends no workbook (a printed form
# scanned or saved as PDF, a Word table, a photo): that body's reply, which cannot be read
REPLY_DOCUMENTS = frozenset({".pdf", ".doc", ".docx", ".jpg", ".jpeg", ".png"})


def is_folder_entry(child: os.DirEntry[str]) -> bool:
    try:
        return child.is_dir()
    except OSError:
        return False


def _cannot_list(error: OSError) -> str:
    return f"フォルダの中を見られません（{error.strerror or error}）。アクセス権を確認してください"


def skip_reason(
    child: os.DirEntry[str],
) -> tuple[Severity, str] | tuple[Severity, str, str] | None:
    """Why an entry of a folder is not read, or None to read it."""
    name = child.name
    suffix = os.path.splitext(name)[1].lower()
    if name == SETTINGS_FILE:
        return (
            Severity.NOTICE,
            SETTINGS_NOTICE,
            "この設定で数えるには、このフォルダで実行するか --config で指定してください",
        )
    if suffix not in _SPREADSHEETS:
        if is_folder_entry(child):
            from planeval.io.sub_folders import SUB_FOLDER  # (a folder's entries alone)

            return SUB_FOLDER
        if name.startswith("."):  # (a program's own file, .DS_Store: named, nothing to re-save)
            return Severity.NOTICE, "隠しファイルのため読み飛ばしました"
        return _UNRELATED
    if name.startswith(("~$", ".")) or name.endswith(".tmp"):
        return Severity.NOTICE, "Excel の一時ファイル・隠しファイルのため読み飛ばしました"
    try:
        mode = child.stat().st_mode  # (follows a symlink)
    except OSError as error:
        if child.is_symlink() and error.errno == 2:  # ENOENT
            return Severity.NOTICE, "リンク先がないシンボリックリンクのため読み飛ばしました"
        return (
            Severity.ERROR,
            f"このファイルを調べられません（{error.strerror or error}）",
            "リンクの循環やアクセス権を確認してください",
        )
    if stat.S_ISDIR(mode):
        return Severity.NOTICE, "フォルダのため読み飛ばしました（ブックの名前ですが中は読みません）"
    if not stat.S_ISREG(mode):
        return (
            Severity.NOTICE,
            "通常のファイルではない（名前付きパイプ・デバイスなど）ため読み飛ばしました",
        )
    if suffix in WORKBOOK_SUFFIXES:
        return None
    if name in CSV_FILES:  # (planeval's own export --csv beside the replies: review 37)
        return Severity.NOTICE, "planeval が書き出した CSV のため読み飛ばしました"
    if suffix in TEXT_TABLES:  # (often a table planeval or someone wrote out: said, not an error)
        return (
            Severity.NOTICE,
            f"planeval が読む形式（.xlsx・.xlsm）ではないため読み飛ばしました（{suffix}）",
            "回答であれば Excel で開き「Excel ブック (*.xlsx)」形式で保存し直してください",
        )
    if suffix in OTHER_SPREADSHEETS:  # a reply in a form planeval cannot read: its rows are lost
        return (
            Severity.ERROR,
            f"{UNREADABLE_FORM}（{suffix}）。このファイルの行は数えていません",
            RESAVE + keep_going_advice("このファイル"),
        )
    return None  # (not reached: every suffix left is a workbook's or another spreadsheet's)


# (the start of the error of a reply planeval cannot read, an .xls: a body's folder names the body)
UNREADABLE_FORM = "planeval が読む形式（.xlsx・.xlsm）ではないため読めません"
RESAVE = "Excel で開き「Excel ブック (*.xlsx)」形式で保存し直してください"
# (a .csv named as the folder's replies are, 06_産業振興課.csv among 01_総務課.xlsx …: review 76,
# its rows left out of a count that exited 0)
TEXT_REPLY = "ほかの回答と同じ名前の付け方で回答のようですが"


def keep_going_advice(what: str) -> str:
    """The end of a hint for an input left out: 「（…を除いて集計するには --keep-going）」, which
    a run given --keep-going leaves out (without_keep_going)."""
    return f"（{what}{_KEEP_GOING}）"


_KEEP_GOING = "を除いて集計するには --keep-going"


def without_keep_going(problem: Problem) -> Problem:
    """The problem with no advice to give --keep-going (for a run that has it)."""
    if _KEEP_GOING not in problem.hint:
        return problem
    hint = re.sub(f"（[^（）]*{_KEEP_GOING}）", "", problem.hint)
    return dataclasses.replace(problem, hint=hint)


class FoundInFolder(type(Path())):  # type: ignore[misc]
    """A path found by listing a folder rather than named by the user."""


def missing_paths(missing: list[Path]) -> str:
    """「ファイルまたはフォルダが見つかりません: …」, with the nearest name beside each and, for
    a name with * (a Windows console does not expand it), what to give instead."""
    from planeval.config_files import near_entry

    near = {path: "" if "*" in path.name else near_entry(path) for path in missing}
    said = [
        f"{path}（{near[path].removesuffix('。')}）" if near[path] else str(path)
        for path in missing
    ]
    star = any("*" in path.name for path in missing)
    hint = (
        "。* で選ぶ代わりに、ブックの入ったフォルダを指定すれば中のブックをすべて読みます"
        if star
        else ""
    )
    return f"ファイルまたはフォルダが見つかりません: {', '.join(said)}{hint}"
