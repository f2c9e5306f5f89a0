"""The planeval command line: each command parses its options, calls the library, renders the
result and maps errors; the reporting commands live in reports.py and export.py, the yearly cycle's in
cycle.py, what they share in common.py. (Imported in this order so that --help lists the
reporting commands first.)"""

from planeval.cli.common import app, main

# isort: split
from planeval.cli import reports

# isort: split
from planeval.cli import export

# isort: split
from planeval.cli import cycle

__all__ = ["app", "cycle", "export", "main", "reports"]
