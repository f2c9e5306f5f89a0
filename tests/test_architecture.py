"""The flow goes one way (docs/ARCHITECTURE.md): a lower stage never imports a higher one, and
outputs never import reading internals. Read from the source, so a new import that breaks the
direction fails here."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parent.parent / "src" / "planeval"

# Each stage and the planeval modules it must not import (by module path prefix).
STAGES = {
    "io": ("planeval.combine", "planeval.aggregate", "planeval.report", "planeval.cycle",
           "planeval.cli", "planeval.api", "planeval.statements", "planeval.agreement",
           "planeval.statement_counts", "planeval.check_result", "planeval.wording"),
    "model": ("planeval.io", "planeval.combine", "planeval.aggregate", "planeval.report",
              "planeval.cycle", "planeval.cli", "planeval.api"),
    "combine": ("planeval.io", "planeval.aggregate", "planeval.report", "planeval.cycle",
                "planeval.cli", "planeval.api"),
    "aggregate": ("planeval.io", "planeval.report", "planeval.cycle", "planeval.cli",
                  "planeval.api"),
    # (report/review.py renders the cycle's records: validate's, compare's, rounds')
    "report": ("planeval.io", "planeval.cli", "planeval.api"),
    "cycle": ("planeval.cli",),
}  # fmt: skip
LOW = (
    "model.py",
    "entry_columns.py",
    "item_keys.py",
    "read_records.py",
    "text.py",
    "cells.py",
    "marks.py",
    "stated_year.py",
    "scale.py",
    "unknown_status.py",
    "meant_status.py",
    "unrated_words.py",
    "presets.py",
    "legend_labels.py",
    "own_scale.py",
    "survey_scales.py",
    "offered_words.py",
    "legend_marks.py",
    "first_run.py",
    "ids.py",
    "errors.py",
    "past_errors.py",
    "left_out_items.py",
    "level_labels.py",
    "repeated_fields.py",
    "lazy_pattern.py",
    "sole_items.py",
    "revised_names.py",
)


def _modules(stage: str) -> list[Path]:
    if stage == "model":
        return [SRC / name for name in LOW]
    if stage in ("combine", "aggregate"):
        more = [SRC / "remarks.py", SRC / "blanks.py", SRC / "several_bodies.py"]
        more += [SRC / "name_remarks.py", SRC / "same_items.py", SRC / "forms_twice.py"]
        more = more if stage == "combine" else [SRC / "count.py", SRC / "marked_counts.py"]
        return [SRC / f"{stage}.py", *more]
    return sorted((SRC / stage).glob("*.py"))


def _imports(path: Path) -> set[str]:
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
    return found


@pytest.mark.parametrize("stage", list(STAGES))
def test_no_stage_imports_a_higher_one(stage: str) -> None:
    wrong = {
        f"{path.relative_to(SRC)} imports {module}"
        for path in _modules(stage)
        for module in _imports(path)
        if module.startswith(STAGES[stage])
    }
    assert not wrong


def test_there_is_one_row_reader() -> None:
    """No second implementation of reading a table's rows kept equal by a test."""
    assert not (SRC / "io" / "plain_rows.py").exists()
    readers = [p.name for p in (SRC / "io").glob("*.py") if "def read_sheet(" in p.read_text()]
    assert readers == ["chapter3.py"]
