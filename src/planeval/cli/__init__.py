"""The planeval command line: each command parses its options, calls the library, renders the
result and maps errors; the reporting commands live in reports.py, check.py and export.py, the
yearly cycle's in cycle.py and rounds.py, splitting a compiled workbook in bodies.py, what they
share in common.py. (Their modules are imported when a run first asks for a command of theirs,
in this order, so that --help lists the reporting commands first: cli/lazy.py.)"""

from planeval.cli.common import app, main
from planeval.cli.lazy import command_modules

command_modules(
    "planeval.cli.reports",
    "planeval.cli.check",
    "planeval.cli.export",
    "planeval.cli.cycle",
    "planeval.cli.rounds",
    "planeval.cli.bodies",
)

__all__ = ["app", "main"]
