"""Regular expressions compiled on their first use, not when their module is imported.

Compiling is most of what importing a module of patterns costs (a class of every kanji, the 47
prefectures: io/body_name.py's alone took a tenth of `planeval summarize`'s start), and a run
uses few of planeval's patterns. ``_NAME = LazyPattern(r"…")`` stands where
``_NAME = re.compile(r"…")`` would, and is used the same way (``_NAME.match(text)``,
``_NAME.pattern``): its first use compiles it, and from then on each method is the compiled
pattern's own (kept on the instance), so a pattern used per cell costs what a compiled one does.
A pattern built from arguments (the words of a body's settings) stays a ``functools.cache`` of a
function.
"""

from __future__ import annotations

import functools
import re
import sys
from collections.abc import Callable, Iterator
from typing import Any, AnyStr, Generic

# (the methods the compiled pattern lends the instance once compiled)
_METHODS = ("match", "fullmatch", "search", "sub", "subn", "split", "findall", "finditer")


class LazyPattern(Generic[AnyStr]):
    """``re.compile(pattern, flags)``, compiled when first used."""

    pattern: AnyStr
    flags: int

    def __init__(self, pattern: AnyStr, flags: int = 0) -> None:
        self.pattern = pattern
        self.flags = flags

    @functools.cached_property
    def compiled(self) -> re.Pattern[AnyStr]:
        """The compiled pattern (compiled now if not yet)."""
        compiled = re.compile(self.pattern, self.flags)
        for name in _METHODS:  # (found on the instance before the class's methods below)
            setattr(self, name, getattr(compiled, name))
        return compiled

    def match(
        self, string: AnyStr, pos: int = 0, endpos: int = sys.maxsize
    ) -> re.Match[AnyStr] | None:
        return self.compiled.match(string, pos, endpos)

    def fullmatch(
        self, string: AnyStr, pos: int = 0, endpos: int = sys.maxsize
    ) -> re.Match[AnyStr] | None:
        return self.compiled.fullmatch(string, pos, endpos)

    def search(
        self, string: AnyStr, pos: int = 0, endpos: int = sys.maxsize
    ) -> re.Match[AnyStr] | None:
        return self.compiled.search(string, pos, endpos)

    def sub(
        self, repl: AnyStr | Callable[[re.Match[AnyStr]], AnyStr], string: AnyStr, count: int = 0
    ) -> AnyStr:
        return self.compiled.sub(repl, string, count)

    def subn(
        self, repl: AnyStr | Callable[[re.Match[AnyStr]], AnyStr], string: AnyStr, count: int = 0
    ) -> tuple[AnyStr, int]:
        return self.compiled.subn(repl, string, count)

    def split(self, string: AnyStr, maxsplit: int = 0) -> list[AnyStr | Any]:
        return self.compiled.split(string, maxsplit)

    def findall(self, string: AnyStr, pos: int = 0, endpos: int = sys.maxsize) -> list[Any]:
        return self.compiled.findall(string, pos, endpos)

    def finditer(
        self, string: AnyStr, pos: int = 0, endpos: int = sys.maxsize
    ) -> Iterator[re.Match[AnyStr]]:
        return self.compiled.finditer(string, pos, endpos)
