"""Writing the report in every format asked for, each file atomically, none over an input."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from planeval.model import Problem
from planeval.output import atomic_path, check_targets, write_text_atomic
from planeval.report.document import Report
from planeval.report.text_export import to_csv_files, to_html, to_json, to_markdown


@dataclass(frozen=True, slots=True)
class ExportTargets:
    xlsx: Path | None = None
    md: Path | None = None
    html: Path | None = None
    csv_dir: Path | None = None
    json: Path | None = None

    def files(self) -> list[Path]:
        """Every file the export will write (the CSV folder's three files included)."""
        single = [self.xlsx, self.md, self.html, self.json]
        files = [path for path in single if path is not None]
        if self.csv_dir is not None:
            files += [self.csv_dir / name for name in ("集計.csv", "進捗状況.csv", "課題一覧.csv")]
        return files

    @property
    def empty(self) -> bool:
        return not self.files()


def export(
    report: Report, targets: ExportTargets, *, inputs: Sequence[Path], force: bool = False
) -> list[Problem]:
    """Write every target; returns warnings (cells cut to Excel's limit). Nothing is written
    if any target is an input, or exists without ``force``."""
    check_targets(targets.files(), inputs, force=force)
    problems: list[Problem] = []
    if targets.xlsx is not None:
        from planeval.report.xlsx_export import write_xlsx

        with atomic_path(targets.xlsx) as temporary:
            problems += write_xlsx(report, temporary, source=str(targets.xlsx))
    if targets.md is not None:
        write_text_atomic(targets.md, to_markdown(report))
    if targets.html is not None:
        write_text_atomic(targets.html, to_html(report))
    if targets.json is not None:
        write_text_atomic(targets.json, to_json(report))
    if targets.csv_dir is not None:
        for name, text in to_csv_files(report).items():
            write_text_atomic(targets.csv_dir / name, text, encoding="utf-8-sig")
    return problems
