"""Writing the report in every format asked for: all written first, then published together
(a failure leaves every output as it was), none over an input or a file that exists."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from planeval.errors import UsageError
from planeval.model import Problem
from planeval.output import check_targets, written_together
from planeval.report.document import Report
from planeval.report.html_export import to_html
from planeval.report.text_export import to_csv_files, to_json, to_markdown

CSV_FILES = ("集計.csv", "進捗状況.csv", "課題一覧.csv")
BODIES_CSV = "団体別集計.csv"  # (written for several bodies)
# The file name endings each format's output may have.
SUFFIXES = {
    "xlsx": (".xlsx",),
    "docx": (".docx",),
    "md": (".md", ".markdown", ".txt"),
    "html": (".html", ".htm"),
    "json": (".json",),
}
# The endings of a file's name, not a folder's: --csv names the folder its files go into
_FILE_SUFFIXES = frozenset((".csv", ".tsv", ".txt", ".xls", ".zip", *sum(SUFFIXES.values(), ())))


@dataclass(frozen=True, slots=True)
class ExportTargets:
    xlsx: Path | None = None
    md: Path | None = None
    html: Path | None = None
    csv_dir: Path | None = None
    json: Path | None = None
    docx: Path | None = None

    def files(self, *, bodies: bool = True, more: Sequence[str] = ()) -> list[Path]:
        """Every file the export will write (the CSV folder's three files included, and with
        ``bodies``, as it may be before the inputs are read, 団体別集計.csv)."""
        single = [self.xlsx, self.docx, self.md, self.html, self.json]
        files = [path for path in single if path is not None]
        if self.csv_dir is not None:
            names = (*CSV_FILES, *more, *[BODIES_CSV] * bodies)  # (more: 集計（達成度）.csv)
            files += [self.csv_dir / name for name in names]
        return files

    @property
    def empty(self) -> bool:
        return not self.files()

    def check_names(self) -> None:
        """Refuse an output whose name says another format (``--xlsx 報告.pdf``), and a CSV
        folder named as a file (``--csv 集計.csv``: a folder of that name, made silently, was
        no file a clerk looked for)."""
        folder = self.csv_dir
        if folder is not None and folder.suffix.lower() in _FILE_SUFFIXES and not folder.is_dir():
            raise UsageError(
                f"--csv の出力先 {folder} はファイルの名前です。--csv にはフォルダを指定して"
                f"ください（例: --csv {folder.with_suffix('')}）。そのフォルダに "
                f"{'、'.join(CSV_FILES)}（複数の団体なら {BODIES_CSV} も）を書き出します"
            )
        for option, suffixes in SUFFIXES.items():
            path: Path | None = getattr(self, option)
            if path is not None and path.suffix.lower() not in suffixes:
                raise UsageError(
                    f"--{option} の出力先 {path} の拡張子が {path.suffix or '（なし）'} です。"
                    f"{' か '.join(suffixes)} で終わる名前にしてください"
                )


def more_csv(report: Report) -> tuple[str, ...]:
    """The CSV files of another scale's 集計 (集計（達成度）.csv: report/beside.py)."""
    return tuple(f"{section.title}.csv" for section in report.more_counts)


def export(
    report: Report,
    targets: ExportTargets,
    *,
    inputs: Sequence[Path],
    force: bool = False,
    with_sources: bool = False,
    bom: bool = True,
    progress: Callable[[str, int, int], None] | None = None,
) -> list[Problem]:
    """Write every target; returns warnings (cells cut to Excel's limit). Nothing is written
    if any target is an input, or exists without ``force``. ``with_sources`` adds each row's
    file, sheet and cell to the public formats (HTML, Markdown, Word) and 課題一覧.csv: for internal use — and
    the workbook's 課題一覧 出典 to its printed page (always on its sheet, the working copy's).
    The CSV files start with a UTF-8 byte order mark unless ``bom=False``. ``progress``: called
    with (what is being written, its number, how many) before each (a Word document of a
    thousand bodies' tables takes minutes; every file is published once all are written)."""
    targets.check_names()
    files = targets.files(bodies=report.body_table is not None, more=more_csv(report))
    check_targets(files, inputs, force=force)
    problems: list[Problem] = []
    formats = (("Markdown", targets.md), ("HTML", targets.html), ("JSON", targets.json))
    text_formats = "・".join(
        name for name, wanted in (*formats, ("CSV", targets.csv_dir)) if wanted is not None
    )
    steps = [
        name
        for name, wanted in (
            ("Excel ブック", targets.xlsx),
            ("Word 文書", targets.docx),
            (text_formats, text_formats),
        )
        if wanted
    ]

    def step(name: str) -> None:
        if progress is not None:
            progress(name, steps.index(name) + 1, len(steps))

    with written_together(files, force=force) as temporary:
        if targets.xlsx is not None:
            from planeval.report.xlsx_export import write_xlsx

            step("Excel ブック")
            problems += write_xlsx(
                report,
                temporary[targets.xlsx],
                source=str(targets.xlsx),
                with_sources=with_sources,
            )
        if targets.docx is not None:
            from planeval.report.docx_export import write_docx

            step("Word 文書")
            problems += write_docx(report, temporary[targets.docx], with_sources=with_sources)
        texts: dict[Path, tuple[str, str]] = {}
        if text_formats:
            step(text_formats)
        if targets.md is not None:
            texts[targets.md] = (to_markdown(report, with_sources=with_sources), "utf-8")
        if targets.html is not None:
            texts[targets.html] = (to_html(report, with_sources=with_sources), "utf-8")
        if targets.json is not None:
            texts[targets.json] = (to_json(report), "utf-8")
        if targets.csv_dir is not None:
            for name, text in to_csv_files(report, bom=bom, with_sources=with_sources).items():
                texts[targets.csv_dir / name] = (text, "utf-8")  # (the BOM is in the text)
        for path, (text, encoding) in texts.items():
            temporary[path].write_text(text, encoding=encoding, newline="")
    return problems
