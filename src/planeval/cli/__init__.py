"""The planeval command line: each command parses its options, calls the library, renders the
result and maps errors; the reporting commands live in reports.py, the yearly cycle's in
cycle.py, what they share in common.py. (Imported in this order so that --help lists the
reporting commands first.)"""

import gc

# Importing the command line (typer, click) makes tens of thousands of objects that live as
# long as the process and none of them garbage: the cycle collector is paused meanwhile rather
# than walking them again and again (main() sets how it collects during a run).
_COLLECTING = gc.isenabled()
gc.disable()
try:
    from planeval.cli.common import app, main

    # isort: split
    from planeval.cli import reports

    # isort: split
    from planeval.cli import cycle
finally:
    if _COLLECTING:
        gc.enable()

__all__ = ["app", "cycle", "main", "reports"]
