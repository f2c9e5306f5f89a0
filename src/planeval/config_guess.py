"""The known name nearest a mistyped one in planeval.toml (nearest), as a message offers it
(guess: 「counted のことですか。」), and a preset named by ``preset = "…"`` or an error naming
the nearest (preset_named)."""

from __future__ import annotations

from typing import TypeVar

from planeval.errors import ConfigError

T = TypeVar("T")


def guess(name: str, known: list[str]) -> str:
    """ "counted のことですか。" for the known name nearest to a mistyped one ("" if none)."""
    found = nearest(name, known)
    return f"{found} のことですか。" if found is not None else ""


def nearest(name: str, known: list[str], cutoff: float = 0.6) -> str | None:
    """The known name nearest to a mistyped one (None: none is near)."""
    import difflib

    close = difflib.get_close_matches(name, known, n=1, cutoff=cutoff)
    return close[0] if close else None


def preset_named(name: object, presets: dict[str, T], where: str, kind: str) -> T:
    """The preset ``preset = "…"`` names, or a ConfigError naming the nearest one."""
    if not isinstance(name, str) or name not in presets:
        raise ConfigError(
            f"{where}: preset = {name!r} という{kind}はありません"
            f"（{guess(str(name), list(presets))}使えるのは {', '.join(presets)}）"
        )
    return presets[name]
