"""Settings for one run (Config) and where they come from: planeval.toml in the working folder
or the file given (load_config); without either, the seed's scale and planeval's words. The
file itself is read by config_read.py, imported only when there is one (most runs have none)."""

from __future__ import annotations

from dataclasses import field
from pathlib import Path
from typing import TYPE_CHECKING

from planeval.io.headers import DEFAULT_LAYOUT, Layout
from planeval.io.inputs import SETTINGS_FILE
from planeval.io.limits import Limits
from planeval.model import record
from planeval.scale import DEFAULT_SCALE, Scale
from planeval.wording import DEFAULT_WORDING, Wording

if TYPE_CHECKING:
    from planeval.io.roster_file import Listed
    from planeval.model import Problem

CONFIG_NAME = SETTINGS_FILE


@record(frozen=True, slots=True)
class Config:
    """Settings for one run; ``source`` is the file they came from, if any."""

    scale: Scale = DEFAULT_SCALE
    limits: Limits = field(default_factory=Limits)
    source: Path | None = None
    layout: Layout = DEFAULT_LAYOUT
    wording: Wording = DEFAULT_WORDING  # the body's words in every output ([wording])
    # the bodies expected to answer a roll-up ([bodies] roster, io/roster.py), as listed
    roster: tuple[Listed, ...] = ()
    # the plan's workbook ([plan] file): each co-owned item counted as its lead's row; named
    # only (whether a file is there is said by the commands that read it), set at ``plan_at``
    plan: Path | None = None
    plan_at: str = ""  # 「planeval.toml:12」
    # what the settings load with but likely mean otherwise ([wording] status = "目標達成"),
    # said beside the read's problems (config_notes.py)
    notices: tuple[Problem, ...] = ()
    # the keys its [scale] writes: an issue_list written is the list the body wants
    # (issue_list_hint.py says nothing of it)
    scale_keys: frozenset[str] = frozenset()


def load_config(path: Path | str | None = None, *, search_dir: Path | None = None) -> Config:
    """Read ``path``, or planeval.toml in ``search_dir`` (default: the working folder) if it
    exists; without either, the default (the seed's) scale. Strict: an unknown key or table
    anywhere, a value of the wrong type or out of range, is a ConfigError naming the file,
    the line and the key."""
    if isinstance(path, str):
        path = Path(path)  # (a library caller's "planeval.toml")
    if path is None:
        # (the working folder's named as given, 「planeval.toml:4」: never an absolute path)
        candidate = search_dir / CONFIG_NAME if search_dir else Path(CONFIG_NAME)
        if not candidate.is_file():
            return Config()
        path = candidate
    from planeval.config_read import read_config

    return read_config(path)
