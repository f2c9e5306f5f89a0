"""The set of status workbooks `template` writes from the plan: one for the whole plan, or one
per department (実施状況調査票_2025_総務課.xlsx), checked against the inputs and the forms
already filled in, and written together. Each workbook itself is cycle/template.py's."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from planeval.cycle.filled_forms import refuse_filled
from planeval.cycle.form_figures import description_columns, figure_columns
from planeval.cycle.form_words import department_title, form_subject, reference_sheet
from planeval.cycle.numbered_forms import unformed
from planeval.cycle.template import (
    TemplateOptions,
    columns,
    shared_items_for,
    write_template,
)
from planeval.errors import PlanevalError, UsageError
from planeval.gc_pause import free_cycles
from planeval.output import check_targets, written_together
from planeval.plan import Plan
from planeval.report.safety import sheet_name
from planeval.scale import DEFAULT_SCALE, Scale
from planeval.wording import DEFAULT_WORDING


def template_files(
    plan: Plan, target: Path, *, split_by_department: bool, fiscal_year: int, subject: str
) -> dict[Path, str | None]:
    """Each workbook to write and the department it is for (None: the whole plan), named
    after what it asks (``subject``: 実施状況調査票_2025_総務課.xlsx), with no space in it (a
    name awkward to mail or type: review 128): the title's between the plan's name and the
    form's a 「_」, as between the name's other parts (中原市総合計画_施策進行管理・評価調査票_2025
    _環境局.xlsx, not the two names run together: review 167 #9), a department's dropped."""
    subject = "_".join(subject.split())
    if not split_by_department:
        if target.is_dir():  # -o an existing folder: the workbook goes into it
            return {target / f"{subject}調査票_{fiscal_year}.xlsx": None}
        if target.suffix.lower() != ".xlsx":  # (Excel would not open it by its name)
            raise UsageError(
                f"-o の出力先 {target} の拡張子が {target.suffix or '（なし）'} です。"
                ".xlsx で終わる名前か、あるフォルダを指定してください"
                f"（例: -o {target.with_suffix('.xlsx').name}。部署ごとに分けるなら --split-by department）"
            )
        return {target: None}
    files: dict[Path, str | None] = {}
    used: set[str] = set()
    for department in plan.departments:
        # (valid and unique, and short enough for a file name)
        name = sheet_name("".join(department.split()), used)
        files[target / f"{subject}調査票_{fiscal_year}_{name}.xlsx"] = department
    return files


@dataclass(frozen=True, slots=True)
class WrittenTemplate:
    """A status workbook written: where, for which department (None: the whole plan), and
    how many rows it asks to fill in."""

    path: Path
    department: str | None
    rows: int
    shared: int = 0  # items of projects it co-owns, shown for reference
    shared_sheet: str = ""  # the sheet they are on (共管の実施内容, 共管の取組内容)


def write_templates(
    plan: Plan,
    output: Path,
    options: TemplateOptions,
    *,
    scale: Scale = DEFAULT_SCALE,
    split_by_department: bool = False,
    inputs: Sequence[Path] = (),
    force: bool = False,
) -> list[WrittenTemplate]:
    """Write the status workbook (or, split by department, one per department into the folder
    ``output``). Nothing is written if a workbook is one of ``inputs`` or exists without
    ``force``; all are written first, then published together. A plan numbered 1-1 › ①
    has its numbers in columns of their own; one whose forms would not read back makes none
    (numbered_forms.py). The issue column is titled as the body's own titles it ([layout.titles]
    issue) where [wording] gives no word of its own (review 111: 「課題等」 on forms whose
    titles said 課題・今後の方向性)."""
    own = options.layout.titles.get("issue", ())
    if own and options.wording.issue == DEFAULT_WORDING.issue:
        options = replace(options, wording=replace(options.wording, issue=own[0]))
    held = department_title(options.wording, plan, worded=options.layout.worded)
    if held != options.wording.department:
        options = replace(options, wording=replace(options.wording, department=held))
    sub_items = any(item.sub_item for item in plan.items)
    figures = figure_columns(plan, options.fiscal_year)
    descriptions = description_columns(plan)
    titles = columns(
        options.wording,
        sub_items=sub_items,
        mark=plan.mark_title,
        figures=figures,
        descriptions=descriptions,
    )
    if (refused := unformed(plan, titles, options.wording, options.layout)) is not None:
        raise PlanevalError(refused)
    if split_by_department and (missing := plan.no_departments) is not None:
        raise PlanevalError(
            f"{missing.location}: {missing.message}。どの{options.wording.department}の調査票に"
            f"入れるか分からないため、何も書き出していません（{missing.hint}）"
        )
    files = template_files(
        plan,
        output,
        split_by_department=split_by_department,
        fiscal_year=options.fiscal_year,
        subject=form_subject(options.wording),
    )
    check_targets(list(files), inputs, force=force)
    refuse_filled(list(files), scale)
    written = []
    with written_together(list(files), force=force) as temporary:
        for path, department in files.items():
            rows = write_template(plan, temporary[path], scale, options, department=department)
            free_cycles()  # (each department's workbook freed before the next one is made)
            shared = (
                len(
                    shared_items_for(
                        plan, department=department, include_ended=options.include_ended
                    )
                )
                if department
                else 0
            )
            sheet = reference_sheet(options.wording) if shared else ""
            written.append(WrittenTemplate(path, department, rows, shared, sheet))
    return written
