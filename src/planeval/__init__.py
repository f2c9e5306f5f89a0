"""planeval: evaluate a Japanese local government's IT plan (情報化事業計画).

Read departments' status workbooks, count statuses per policy, and write the Chapter 3
progress tables, count sentences and issue lists; around them the yearly cycle (templates,
validation, comparison across rounds). Every command is one function here:

    >>> import planeval
    >>> result = planeval.read_workbooks(["data/setagaya/chapter3.xlsx"])
    >>> summary = planeval.summarize(result.entries, by="policy")
"""

from typing import TYPE_CHECKING

# Names are imported when first used (PEP 562), so that `planeval --version` and `--help` do
# not load the readers and renderers: start-up is measured (bench/).
_WHERE = {
    "Count": "planeval.count",
    "Group": "planeval.aggregate",
    "Summary": "planeval.aggregate",
    "summarize": "planeval.aggregate",
    "Exported": "planeval.export_api",
    "build_report": "planeval.report_api",
    "check": "planeval.api",
    "check_texts": "planeval.check_scales",
    "check_under": "planeval.check_scales",
    "counted_past": "planeval.report_api",
    "compare": "planeval.cycle.rounds_api",
    "export": "planeval.export_api",
    "export_year": "planeval.export_api",
    "issues_of": "planeval.issue_list_hint",
    "read_plan": "planeval.cycle.api",
    "read_workbooks": "planeval.api",
    "report_of": "planeval.report_api",
    "summary_of": "planeval.report_api",
    "report_of_read": "planeval.two_scales",
    "report_of_scales": "planeval.two_scales",
    "rounds": "planeval.cycle.rounds_api",
    "round_labels": "planeval.cycle.round_names",
    "round_years": "planeval.cycle.round_names",
    "two_rounds": "planeval.cycle.round_names",
    "read_of_rounds": "planeval.cycle.round_names",
    "split_bodies": "planeval.cycle.split",
    "split_departments": "planeval.cycle.split_departments",
    "submissions": "planeval.cycle.api",
    "template_notices": "planeval.cycle.api",
    "summarize_workbooks": "planeval.api",
    "validate": "planeval.cycle.api",
    "write_comparison_xlsx": "planeval.cycle.rounds_api",
    "write_rounds_xlsx": "planeval.cycle.rounds_api",
    "write_templates": "planeval.cycle.api",
    "Config": "planeval.config",
    "load_config": "planeval.config",
    "ConfigError": "planeval.errors",
    "PlanevalError": "planeval.errors",
    "UsageError": "planeval.errors",
    "to_dataframe": "planeval.frame",
    "Limits": "planeval.io.limits",
    "read_roster": "planeval.io.roster_file",
    "Entry": "planeval.model",
    "Location": "planeval.model",
    "Problem": "planeval.model",
    "ReadResult": "planeval.read_records",
    "Severity": "planeval.model",
    "Plan": "planeval.plan",
    "PlanItem": "planeval.plan",
    "DEFAULT_SCALE": "planeval.scale",
    "Scale": "planeval.scale",
    "Status": "planeval.scale",
    "DEFAULT_WORDING": "planeval.wording",
    "Wording": "planeval.wording",
}


def __getattr__(name: str) -> object:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module 'planeval' has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


if TYPE_CHECKING:
    from planeval.aggregate import Group, Summary, summarize
    from planeval.api import check, read_workbooks, summarize_workbooks
    from planeval.check_scales import check_texts, check_under
    from planeval.config import Config, load_config
    from planeval.count import Count
    from planeval.cycle.api import (
        read_plan,
        submissions,
        template_notices,
        validate,
        write_templates,
    )
    from planeval.cycle.round_names import read_of_rounds, round_labels, round_years, two_rounds
    from planeval.cycle.rounds_api import compare, rounds, write_comparison_xlsx, write_rounds_xlsx
    from planeval.cycle.split import split_bodies
    from planeval.cycle.split_departments import split_departments
    from planeval.errors import ConfigError, PlanevalError, UsageError
    from planeval.export_api import Exported, export, export_year
    from planeval.frame import to_dataframe
    from planeval.io.limits import Limits
    from planeval.io.roster_file import read_roster
    from planeval.issue_list_hint import issues_of
    from planeval.model import Entry, Location, Problem, Severity
    from planeval.plan import Plan, PlanItem
    from planeval.read_records import ReadResult
    from planeval.report_api import build_report, counted_past, report_of, summary_of
    from planeval.scale import DEFAULT_SCALE, Scale, Status
    from planeval.two_scales import report_of_read, report_of_scales
    from planeval.wording import DEFAULT_WORDING, Wording

__version__ = "0.1.0"

__all__ = [
    "DEFAULT_SCALE",
    "DEFAULT_WORDING",
    "Config",
    "ConfigError",
    "Count",
    "Entry",
    "Exported",
    "Group",
    "Limits",
    "Location",
    "Plan",
    "PlanItem",
    "PlanevalError",
    "Problem",
    "ReadResult",
    "Scale",
    "Severity",
    "Status",
    "Summary",
    "UsageError",
    "Wording",
    "__version__",
    "build_report",
    "check",
    "check_texts",
    "check_under",
    "compare",
    "counted_past",
    "export",
    "export_year",
    "issues_of",
    "load_config",
    "read_of_rounds",
    "read_plan",
    "read_roster",
    "read_workbooks",
    "report_of",
    "report_of_read",
    "report_of_scales",
    "round_labels",
    "round_years",
    "rounds",
    "split_bodies",
    "split_departments",
    "submissions",
    "summarize",
    "summarize_workbooks",
    "summary_of",
    "template_notices",
    "to_dataframe",
    "two_rounds",
    "validate",
    "write_comparison_xlsx",
    "write_rounds_xlsx",
    "write_templates",
]
