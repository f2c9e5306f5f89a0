"""The one exception family planeval raises; the CLI catches it in one place."""

from __future__ import annotations


class PlanevalError(Exception):
    """A problem the user can fix; the message is shown as it is, without a traceback."""

    exit_code = 1


class ConfigError(PlanevalError):
    """planeval.toml is missing, unreadable or does not describe a valid scale."""

    exit_code = 2


class UsageError(PlanevalError):
    """The command line asks for something that cannot be done (a bad option value)."""

    exit_code = 2
