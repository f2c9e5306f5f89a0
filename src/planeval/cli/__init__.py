"""The planeval command line: each command parses its options, calls the library, renders the
result and maps errors; the reporting commands live in reports.py, the yearly cycle's in
cycle.py, what they share in common.py."""

from planeval.cli import cycle, reports
from planeval.cli.common import app, main

__all__ = ["app", "cycle", "main", "reports"]
