"""The status column the settings name, looked at once the workbooks are read: one no table
has (status_column_typo), one whose values are another column's scale (status_column_swap)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from planeval.config import Config
    from planeval.io.headers import Layout
    from planeval.io.reader import Bodies
    from planeval.read_records import ReadResult


def status_column_given(
    given: str, config: Config, result: ReadResult, read_again: Callable[[Layout], ReadResult]
) -> None:
    """A status column ``given`` (config's [layout] status_column) that no table of the read
    has, said once (status_column_typo), or whose values are another column's scale, that
    column the [wording] status's (status_column_swap: ``read_again`` reads by it). cli/inputs
    asks only where the settings name one: a usual run imports none of this."""
    from planeval.status_column_swap import refuse_swapped
    from planeval.status_column_typo import refuse_mistyped

    refuse_mistyped(given, result, config.source)
    refuse_swapped(config, result, read_again)


def read_by(files: list[Path], config: Config, layout: Layout, bodies: Bodies) -> ReadResult:
    """The workbooks read again by ``layout`` (another status column), to see what it holds."""
    from planeval.api import read_workbooks
    from planeval.cli.common import SETTINGS

    return read_workbooks(
        files, scale=config.scale, layout=layout, limits=config.limits, jobs=SETTINGS.jobs,
        bodies=bodies, settings=config.source, wording=config.wording, roster=config.roster,
    )  # fmt: skip
