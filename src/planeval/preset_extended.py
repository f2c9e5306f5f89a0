"""A body's own scale that holds a preset's statuses and more (羽村市's 計画どおり完了 and
次年度以降計画を見直す, hamura's, among 計画どおり進捗 一部遅れ 未着手 事業終了: review 121 #2):
the first run's block (own_scale.py) names the preset first and adds the other values to it,
each placed by ``after`` in the scale's order, not a scale of its own in the order met."""

from __future__ import annotations

from collections.abc import Sequence

from planeval.first_run import UNCOUNTED_LINE, status_lines, toml_string
from planeval.legend_labels import labels_agree
from planeval.presets import PRESETS
from planeval.text import compact


def extended_preset(values: Sequence[str], stated: dict[str, str]) -> str | None:
    """The one preset whose counted statuses, two or more, are all among ``values`` (as typed)
    with others beside them, and whose labels the legend's (``stated``) do not contradict;
    None where none is, or several are (A–D is many presets')."""
    names = [
        name
        for name, preset in PRESETS.items()
        if len(preset.counted) >= 2
        and set(preset.counted) <= {preset.normalise(value) for value in values}
        and any(preset.normalise(value) is None for value in values)
        and labels_agree(preset, stated)
    ]
    return names[0] if len(names) == 1 else None


def with_preset_statuses(
    name: str,
    statuses: list[tuple[str, str, bool]],
    listed: Sequence[str],
    order: tuple[str, str],
) -> tuple[list[tuple[str, str, bool]], str]:
    """``statuses`` (symbol, label, counted; in the ``order`` said) with preset ``name``'s own
    that none of them is (a run under the preset: its values read, not among those in error),
    all in the order a line of the form lists them (``listed``, compacted) where it lists
    them all — a value typed as the preset's alias (計画通り完了) as the status it is, review
    196 #2 — and their order said is the one met, else the preset's first; with what ``order``
    says of each (``statuses``', that listing's), "" where no order is known."""
    preset = PRESETS[name]
    theirs = {preset.normalise(symbol) for symbol, _, _ in statuses}
    missing = [(s.symbol, s.label, s.counted) for s in preset.statuses if s.symbol not in theirs]
    if not missing and order[0]:
        return statuses, order[0]
    every = [*missing, *statuses]
    at = [compact(preset.normalise(symbol) or symbol) for symbol, _, _ in every]
    if listed and all(key in listed for key in at):
        ranks = {status[0]: list(listed).index(key) for status, key in zip(every, at, strict=True)}
        every.sort(key=lambda status: ranks[status[0]])
        return every, order[1]
    return every, ""


def preset_lines(
    name: str,
    statuses: Sequence[tuple[str, str, bool]],
    *,
    order: str = "",
    aliases: dict[str, list[str]] | None = None,
) -> list[str]:
    """The ``[scale]`` lines naming preset ``name`` and a ``[[scale.status]]`` table for each of
    ``statuses`` (symbol, label, counted) it does not know, a counted one placed right after
    the counted status before it where ``order`` (as a comment says) knows them best first,
    one not counted said so; each status's ``aliases`` (by its symbol as in ``statuses``: the
    values typed otherwise, own_values.Found.variants) on its table, one of the preset's given
    a table of its own for them."""
    aliases = aliases or {}
    preset = PRESETS[name]
    theirs = [symbol for symbol, _, _ in statuses if preset.normalise(symbol) is not None]
    lines = [
        "[scale]",
        f"# {'・'.join(theirs)} は preset {toml_string(name)} の評価です。",
        "# ほかの評価は [[scale.status]] でその尺度に加えます",
        *comments(order),
        f"preset = {toml_string(name)}",
    ]
    before = ""
    for symbol, label, counted in statuses:
        typed = [f"aliases = [{', '.join(map(toml_string, aliases.get(symbol, [])))}]"]
        typed = typed if symbol in aliases else []
        if (own := preset.normalise(symbol)) is not None:
            before = own
            if typed:
                lines += ["", "[[scale.status]]", f"symbol = {toml_string(own)}", *typed]
            continue
        lines += ["", *status_lines(symbol, label), *typed]
        if not counted:
            lines.append(UNCOUNTED_LINE)
            continue
        if order and before:
            lines.append(f"after = {toml_string(before)}  # 並びでこの記号の次に置きます")
        elif not order:
            lines.append('# 並べる位置を after = "記号" で書いてください（その記号の次に置きます）')
        before = symbol
    return lines


def comments(text: str) -> list[str]:
    """Each line of ``text`` as a TOML comment (none of an empty text)."""
    return [f"# {line}" for line in text.splitlines()]
