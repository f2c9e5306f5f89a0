"""The command line calls the library: every function of planeval.api (and export_api) and
planeval.cycle.api (and rounds_api) is planeval's own."""

from __future__ import annotations

from pathlib import Path

import planeval
from planeval import api, export_api
from planeval.cycle import api as cycle_api
from planeval.cycle import rounds_api
from tests.conftest import SEED_WORKBOOK


def test_every_command_function_is_exported_from_planeval() -> None:
    for module in (api, export_api, cycle_api, rounds_api):
        for name in module.__all__:
            assert name in planeval.__all__, name
            assert getattr(planeval, name) is getattr(module, name), name


def test_export_takes_paths_as_text_too(tmp_path: Path) -> None:
    """planeval.export(report, docx="x.docx"), as read_workbooks takes text paths."""
    import planeval

    result = planeval.read_workbooks([str(SEED_WORKBOOK)])
    report = planeval.build_report(result.entries)
    exported = planeval.export(report, md=str(tmp_path / "第3章.md"), docx=str(tmp_path / "x.docx"))
    assert sorted(path.name for path in exported.files) == ["x.docx", "第3章.md"]
    assert (tmp_path / "x.docx").stat().st_size > 0
