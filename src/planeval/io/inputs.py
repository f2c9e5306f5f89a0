"""The inputs of a run: files as given, and the workbooks in given folders.

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
from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from planeval.cells import CSV_FILES, DERIVED_SHEETS_PROPERTY, WORKBOOK_SUFFIXES
from planeval.io.sub_folders import SUB_FOLDER, path_problem, sub_folders
from planeval.model import Location, Problem, Severity

if TYPE_CHECKING:
    from planeval.io.roster_file import Listed

SETTINGS_FILE = "planeval.toml"  # planeval's settings, found in the working folder
SETTINGS_NOTICE = "planeval の設定ファイルです（調査票の回答ではないため数えていません）"
# replies in a type planeval does not read, said as such (never dropped without a word)
OTHER_SPREADSHEETS = {".xls", ".xlsb", ".ods", ".csv", ".tsv", ".numbers", ".et"}
_SPREADSHEETS = WORKBOOK_SUFFIXES | OTHER_SPREADSHEETS
TEXT_TABLES = {".csv", ".tsv"}  # of those, the ones that are as often an output as a reply


def expand_inputs(
    paths: Iterable[Path], roster: Sequence[Listed] = ()
) -> tuple[list[Path], list[Problem]]:
    """Files as given, and every workbook in a given folder (sorted). Every other entry of a
    folder is named in a notice with its reason: Excel's lock files (``~$…``), hidden and
    temporary files, spreadsheets of another type, folders, links to nothing, pipes and
    devices. A workbook found in a folder is a FoundInFolder: if it turns out to be
    planeval's own export, it is skipped (said as a notice) when it is read. (``roster``
    names a workbook held in a sub-folder by its 団体コード: sub_folders._of.)"""
    paths = list(paths)
    every = {os.path.normcase(os.path.abspath(path)) for path in paths}
    files: list[Path] = []
    problems: list[Problem] = []
    folders_given: set[str] = set()
    given = 0
    for path in paths:
        given += 1
        if _is_folder(path) and (key := os.path.normcase(os.path.abspath(path))) in folders_given:
            problems.append(_twice(path, "フォルダ"))  # (once, not once a file in it: review 37)
            continue
        if _is_folder(path):
            folders_given.add(key)
        if not _is_folder(path) and path.name.startswith("~$"):  # (given by its name: review 37)
            problems.append(_lock_file(path))
            continue
        if not _is_folder(path):
            files.append(path)
            continue
        children = folder_entries(path, problems)
        if children is None:
            continue
        found = len(files)
        tables: list[tuple[Path, tuple[Severity, str, str]]] = []  # (.csv: said once all seen)
        folders: list[tuple[Path, list[str]]] = []  # (sub-folder, the workbooks directly in it)
        in_folder = FoundInFolder(path)  # (its children are FoundInFolder: one path made each)
        for child in children:
            reason = skip_reason(child)
            if reason is None:
                files.append(in_folder / child.name)
                continue
            child_path = path / child.name
            if reason == SUB_FOLDER:  # (one given too, 回答 回答/追加提出, is read: review 55)
                if os.path.normcase(os.path.abspath(child_path)) not in every:
                    folders.append((child_path, workbooks_in(child_path)))
            elif len(reason) == 3 and os.path.splitext(child.name)[1].lower() in TEXT_TABLES:
                tables.append((child_path, reason))
            else:
                problems.append(path_problem(child_path, *reason))
        # (the replies' name shapes, for a .csv beside them: most folders hold none)
        shapes = Counter(name_shape(file.stem) for file in files[found:]) if tables else Counter()
        for child_path, said in tables:  # (a reply named as its neighbours: its rows lost)
            if shapes[name_shape(child_path.stem)] >= 2 or titled_as_reply(child_path):
                fix = _RESAVE + keep_going_advice("このファイル")
                said = (Severity.ERROR, _TEXT_REPLY.format(suffix=child_path.suffix), fix)
            problems.append(path_problem(child_path, *said))
        problems += sub_folders(path, folders, roster)
        if len(files) == found:
            problems.append(
                Problem(
                    Location(str(path)),
                    Severity.ERROR,
                    NO_WORKBOOK,
                    "団体ごとのフォルダを集めたフォルダなら --bodies folder を付けてください"
                    if any(held for _folder, held in folders)
                    else "フォルダの指定が正しいか確認してください",
                )
            )
    # (one input, a file or a folder's entries, holds no file twice)
    return (_once(files, problems) if given > 1 else files), problems


def _lock_file(path: Path) -> Problem:
    """A lock file named as an input: Excel's own while a workbook is open, no reply."""
    workbook = path.with_name(path.name[2:])
    return Problem(
        Location(str(path)),
        Severity.ERROR,
        "Excel がブックを開いているあいだに作る一時ファイル（~$ で始まる名前）で、回答ではありません",
        f"{workbook} を指定してください"
        + ("（Excel で開いていれば閉じてから）" if path.exists() else ""),
    )


def _once(files: list[Path], problems: list[Problem]) -> list[Path]:
    """Each file once: one given again (by name, or in a folder given too) is read once and
    said in a notice (every item of it was said twice, as in two places)."""
    first: dict[str, Path] = {}
    kept: list[Path] = []
    for path in files:
        key = os.path.normcase(os.path.abspath(path))
        if key not in first:
            first[key] = path
            kept.append(path)
            continue
        same = "" if str(first[key]) == str(path) else f"（{first[key]} と同じファイル）"
        problems.append(_twice(path, "ファイル", same))
    return kept


def _twice(path: Path, kind: str, same: str = "") -> Problem:
    return Problem(
        Location(str(path)),
        Severity.NOTICE,
        f"この{kind}は二度指定されています{same}。一度だけ読みました",
        f"別の{kind}を指定するつもりだったなら、{kind}名を確かめてください",
    )


_DIGITS = re.compile(r"(\d+)")


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


def _is_folder(path: Path) -> bool:
    try:
        return path.is_dir()
    except OSError:  # (a symlink loop on Python < 3.12, a name too long…): read as a file
        return False


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
            f"planeval が読む形式（.xlsx・.xlsm）ではないため読めません（{suffix}）。"
            "このファイルの行は数えていません",
            _RESAVE + keep_going_advice("このファイル"),
        )
    return None  # (not reached: every suffix left is a workbook's or another spreadsheet's)


_RESAVE = "Excel で開き「Excel ブック (*.xlsx)」形式で保存し直してください"
# (a .csv named as the folder's replies are, 06_産業振興課.csv among 01_総務課.xlsx …: review 76,
# its rows left out of a count that exited 0)
TEXT_REPLY = "ほかの回答と同じ名前の付け方で回答のようですが"
_TEXT_REPLY = (
    TEXT_REPLY + "、planeval が読む形式（.xlsx・.xlsm）ではないため読めません（{suffix}）。"
    "このファイルの行は数えていません"
)


def titled_as_reply(path: Path) -> bool:
    """Whether a text table's first lines title a status column (達成度, 評価 …): a form saved
    as CSV, whatever its name (「06_産業振興課_修正.csv」, 「産業振興課回答.csv」: review 77)."""
    from planeval.io.header_titles import HEADER_TITLES
    from planeval.io.headers import title_key

    try:
        with open(path, "rb") as handle:
            head = handle.read(8192)
    except OSError:
        return False
    for encoding in ("utf-8-sig", "cp932"):
        try:
            text = head.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:
        return False
    cells = (
        cell.strip().strip('"')
        for line in text.splitlines()[:30]
        for cell in re.split(r"[,\t]", line)
    )
    return any(title_key(cell) in HEADER_TITLES["status"] for cell in cells)


def name_shape(stem: str) -> str:
    """A file name's shape: its digits 0, its words W (「06_産業振興課」 and 「01_総務課」 are
    「0_W」), to tell a file named as the replies beside it are."""
    return re.sub(r"[^\W\d_]+", "W", re.sub(r"\d+", "0", stem))


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
