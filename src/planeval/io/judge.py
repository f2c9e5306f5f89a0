"""One file from bytes to sheet grids: judged by its bytes first, then opened with
python-calamine where that is safe and with openpyxl otherwise. Status workbooks and the plan
both come through here, so both get the same limits, refusals and sentences.

Whatever goes wrong with one file becomes a NotRead with the sentence to show; the caller
names the file and goes on with the others.
"""

from __future__ import annotations

import contextlib
import traceback
from collections.abc import Iterator
from pathlib import Path
from typing import Literal

from planeval.errors import PlanevalError
from planeval.gc_pause import free_cycles
from planeval.io import fast
from planeval.io.archive import ArchiveFacts, inspect_archive
from planeval.io.limits import Broken, FileTimeout, Limits, Refusal, Refused, time_limit
from planeval.io.sniff import READABLE, FileKind, refusal, sniff_bytes
from planeval.io.source import open_source
from planeval.io.xlsx import OpenedWorkbook, UnreadableWorkbook, ensure_safe_xml, open_xlsx
from planeval.model import Location, Problem, Severity
from planeval.read_records import RecordedYear

Engine = Literal["auto", "openpyxl"]


class NotRead(Refusal):
    """The file was not read; ``reason`` says why in a phrase, ``args[0]`` that and the fix in
    Japanese, ``detail`` is the traceback."""

    def __init__(
        self, reason: str, fix: str = "", kind: str = "", *, detail: str = "", broken: bool = False
    ) -> None:
        super().__init__(reason, fix, kind)
        self.detail = detail
        self.broken = broken  # (the file itself damaged: not a limit, a timeout, another kind)

    @classmethod
    def of(cls, refusal: Refusal, *, broken: bool = False) -> NotRead:
        """The refusal of a stage that judges or opens the file, with its traceback."""
        fix, kind = refusal.fix, refusal.kind
        return cls(refusal.reason, fix, kind, detail=traceback.format_exc(), broken=broken)

    def problem(self, file: str) -> Problem:
        """The error that says so of ``file``: the message, its reason, the traceback."""
        where = Location(file)
        return Problem(
            where, Severity.ERROR, str(self), detail=self.detail, reason=self.reason, kind=self.kind
        )


class Judged:
    """An opened workbook (None when it was skipped as planeval's own export), the notices
    about it (a macro workbook, a skipped export), the fiscal year an export records and its
    data sheet's columns' fields (cells.DATA_COLUMNS_PROPERTY), and the bodies it records as
    typing their policies as a level (cells.POLICY_WORDS_PROPERTY) and the workbooks of
    another year it left out, with their years (cells.OTHER_YEARS_PROPERTY), and the bodies an
    export of several names, with why none of a body's rows was counted (cells.BODIES_PROPERTY).
    (A plain class, not a dataclass: one is defined at every start, and a dataclass compiles its methods then.)"""

    __slots__ = (
        "bodies",
        "data_fields",
        "notices",
        "opened",
        "other_scales",
        "other_years",
        "policy_words",
        "template",
        "template_year",
        "year",
    )

    def __init__(
        self,
        opened: OpenedWorkbook | None,
        notices: list[Problem],
        year: RecordedYear | None = None,
        data_fields: tuple[str, ...] = (),
        policy_words: tuple[tuple[str, str], ...] = (),
        other_years: tuple[tuple[str, int], ...] = (),
        bodies: tuple[tuple[str, str], ...] = (),
        other_scales: tuple[str, ...] = (),
        template: bool | None = None,
        template_year: int | None = None,
    ) -> None:
        self.opened = opened
        self.notices = notices
        self.year = year
        self.data_fields = data_fields
        self.policy_words = policy_words
        self.other_years = other_years
        self.bodies = bodies
        self.other_scales = other_scales  # (ArchiveFacts.other_scales)
        self.template = template  # (ArchiveFacts.template; None: not looked at)
        self.template_year = template_year  # (ArchiveFacts.template_year)


@contextlib.contextmanager
def judging(limits: Limits) -> Iterator[None]:
    """Run the block under the file's time limit; every failure leaves as a NotRead."""
    try:
        with time_limit(limits.seconds):
            yield
    except (NotRead, PlanevalError):
        raise  # (a PlanevalError is not about this file: planeval cannot read safely at all)
    except (Broken, UnreadableWorkbook) as error:  # (the file damaged: 壊れたファイル)
        raise NotRead.of(error, broken=True) from None
    except Refused as error:
        raise NotRead.of(error) from None
    except FileTimeout:
        raise NotRead(
            f"読み込みに {limits.seconds:g} 秒以上かかったため中断しました"
            "（上限は planeval.toml の [limits] seconds で変えられます）"
        ) from None
    except OSError as error:
        raise NotRead(
            f"ファイルを開けません（{error.strerror or error}）", detail=traceback.format_exc()
        ) from None
    except MemoryError:
        raise NotRead("ブックが大きすぎてメモリに収まりません") from None
    except Exception as error:  # one file's failure must not end the run or lose the others
        raise NotRead(
            f"読み込み中に予期しないエラーが起きました（{type(error).__name__}: {error}）",
            detail=traceback.format_exc(),
        ) from None


def open_judged(
    path: Path, limits: Limits, *, engine: Engine = "auto", skip_exports: bool = False
) -> Judged:
    """Judge the file's bytes and open it (call inside ``judging``). ``skip_exports``: a
    workbook planeval exported is skipped with a notice (for files found in a folder).
    The file is opened once (planeval.io.source): the parsers read the bytes that were judged,
    never the file by its name again."""
    opening = contextlib.ExitStack()
    try:  # (no stat first: the open says it; a broken link is a file that cannot be opened)
        source = opening.enter_context(open_source(path, limits))
    except (FileNotFoundError, NotADirectoryError):  # (as Path.exists tells a missing one)
        if path.is_symlink():
            raise
        raise NotRead("ファイルが見つかりません") from None
    with opening:
        kind = sniff_bytes(source.head(), source.handle)  # (a zip is classified while inspected)
        if kind not in READABLE:
            raise NotRead(*refusal(kind, path))
        facts = inspect_archive(source, limits)
        if facts.derived and skip_exports:
            notice = "planeval が書き出した報告書のため読み飛ばしました（数える場合はファイル名を直接指定してください）"
            return Judged(None, [Problem(Location(str(path)), Severity.NOTICE, notice)])
        opened = fast.open_fast(source, facts) if engine == "auto" and fast.available() else None
        if facts.stored is not None:
            facts.stored.close()  # (a copy for calamine, not read: openpyxl reads the file)
        if opened is None:
            ensure_safe_xml()
            opened = open_xlsx(path, has_formulas=facts.has_formulas, source=source.stream())
            # openpyxl's workbook holds reference cycles, and the CLI does not collect cycles
            # by itself (cli.main): free it now, or a batch of such files adds up their peaks
            free_cycles()
        source.check_unchanged()
    recorded = (
        facts.year, facts.data_fields, facts.policy_words, facts.other_years, facts.bodies,
        facts.other_scales, facts.template, facts.template_year,
    )  # fmt: skip
    return Judged(opened, _notices(path, facts), *recorded)


def _notices(path: Path, facts: ArchiveFacts) -> list[Problem]:
    if facts.kind is not FileKind.XLSM:
        return []
    message = "マクロ付きブック（.xlsm）です。値だけを読み、マクロは実行していません"
    return [Problem(Location(str(path)), Severity.NOTICE, message)]
