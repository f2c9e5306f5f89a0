"""The list of bodies looked up (``[bodies] roster``): the bodies a name is written as, those it
writes otherwise (三重県 before it, ヶ for ケ, 役場 after it: body_name.same_body) and those of a
code, from indexes built once for the list rather than a pass over the list for each body read
(a national list of 1,741 bodies against as many replies: review 156). Imported only by a read
with a list."""

from __future__ import annotations

from collections.abc import Sequence

from planeval.io.body_name import NameIndex
from planeval.io.roster_file import Listed
from planeval.text import comparable_name


class RosterNames:
    """One list's bodies by their names as compared and by their codes."""

    def __init__(self, roster: Sequence[Listed]) -> None:
        self.roster = roster
        self._index = NameIndex()
        self._same: dict[str, list[Listed]] = {}
        self._codes: dict[str, list[Listed]] = {}
        self._fives: dict[
            str, list[Listed]
        ] = {}  # (by the first five digits: the check digit aside)
        for listed in roster:
            name = comparable_name(listed.name)
            self._index.add(name)
            self._same.setdefault(name, []).append(listed)
            self._codes.setdefault(listed.code, []).append(listed)
            if len(listed.code) >= 5:
                self._fives.setdefault(listed.code[:5], []).append(listed)

    def same(self, body: str) -> list[Listed]:
        """The bodies on the list named as ``body`` is, once compared (comparable_name)."""
        return self._same.get(comparable_name(body), [])

    def coded(self, code: str) -> list[Listed]:
        """The bodies on the list whose code is ``code``."""
        return self._codes.get(code, [])

    def five(self, code: str) -> list[Listed]:
        """The bodies on the list whose code's first five digits are ``code``'s."""
        return self._fives.get(code[:5], []) if len(code) >= 5 else []

    def alike(self, body: str) -> list[Listed]:
        """The bodies on the list ``body``'s name names, as written or otherwise, in order."""
        return [self.roster[at] for at in self._index.alike(comparable_name(body))]


_BUILT: list[RosterNames] = []  # (the last list's: one read asks of one list)


def roster_names(roster: Sequence[Listed]) -> RosterNames:
    """``roster``'s names, indexed once while the same list is asked of."""
    if not _BUILT or _BUILT[0].roster is not roster:
        _BUILT[:] = [RosterNames(roster)]
    return _BUILT[0]
