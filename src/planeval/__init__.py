"""planeval: evaluate a Japanese local government's IT plan (情報化事業計画).

Read departments' status workbooks, count statuses per policy, and print the
Chapter 3 progress tables and issue lists.

    >>> import planeval
    >>> result = planeval.read_workbooks(["data/setagaya/chapter3.xlsx"])
    >>> summary = planeval.summarize(result.entries, by="policy")
"""

from planeval.aggregate import Count, Group, Summary, summarize
from planeval.config import Config, load_config
from planeval.errors import ConfigError, PlanevalError
from planeval.frame import to_dataframe
from planeval.io.limits import Limits
from planeval.io.reader import ReadResult, read_workbooks
from planeval.model import Entry, Location, Problem, Severity
from planeval.scale import DEFAULT_SCALE, Scale, Status

__version__ = "0.1.0"

__all__ = [
    "DEFAULT_SCALE",
    "Config",
    "ConfigError",
    "Count",
    "Entry",
    "Group",
    "Limits",
    "Location",
    "PlanevalError",
    "Problem",
    "ReadResult",
    "Scale",
    "Severity",
    "Status",
    "Summary",
    "__version__",
    "load_config",
    "read_workbooks",
    "summarize",
    "to_dataframe",
]
