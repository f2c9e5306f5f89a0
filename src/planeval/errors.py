"""The one exception family planeval raises; the CLI catches it in one place."""

from __future__ import annotations


class PlanevalError(Exception):
    """A problem the user can fix; the message is shown as it is, without a traceback, and
    ``listed`` (several problems found at once) one to a line below it."""

    exit_code = 1

    def __init__(self, message: str, listed: tuple[str, ...] = ()) -> None:
        super().__init__(message)
        self.listed = listed

    def __str__(self) -> str:
        return "\n".join((str(self.args[0]), *(f"  ・{line}" for line in self.listed)))


class ConfigError(PlanevalError):
    """planeval.toml is missing, unreadable or does not describe a valid scale."""

    exit_code = 2


class UsageError(PlanevalError):
    """The command line asks for something that cannot be done (a bad option value)."""

    exit_code = 2
