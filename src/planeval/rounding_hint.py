"""When the shares planeval prints, each rounded on its own (the default: ``[scale] rounding``
not written), leave a row adding up to other than 100.0, pointing to ``rounding =
"largest_remainder"`` (review 160 #6): 浜名市 publishes shares adding up to 100.0, its export
printed 基本方針1 at 100.1 and 基本方針4 at 99.9 with the note under the table saying so, and
no output named the setting that makes each row 100.0 (the note is the report's, for its
readers: no setting is named in it). One notice, none where the settings write a ``rounding``
(either value: they say what they want) or a preset gives one (nagoya's), nor of Setagaya's
scale, whose tables print each share rounded on its own (README's default)."""

from __future__ import annotations

from collections.abc import Sequence

from planeval.aggregate import Summary, summarize
from planeval.config import Config
from planeval.level_labels import NO_LABELS, LevelLabels
from planeval.model import Entry, Location, Problem, Severity
from planeval.scale import DEFAULT_SCALE
from planeval.share_sums import share_sum

SETTING = 'rounding = "largest_remainder"'


def rounding_hint(
    entries: Sequence[Entry],
    config: Config,
    *,
    decimals: int = 1,
    labels: LevelLabels = NO_LABELS,
    shown: Summary | None = None,
) -> list[Problem]:
    """The notice (none or one) that some rows of the table of shares by policy (and 合計) add
    up to other than 100 at ``decimals`` places, with the line that makes each add up to 100;
    its place the settings' file (Config.source), else the first row's workbook. ``shown``:
    the table's groups where the table is another's (summarize --by direction --percent),
    each named by its number (番号 1-1), as that table's note names it."""
    scale = config.scale
    if scale.rounding is not None or "rounding" in config.scale_keys or not entries:
        return []
    if scale.symbols == DEFAULT_SCALE.symbols:
        return []  # (Setagaya's tables: each share rounded on its own, as it publishes them)
    summary = shown or summarize(entries, scale=scale, labels=labels)
    word = "番号" if shown is not None else config.wording.policy
    hundred = f"{100:.{decimals}f}"
    rows = [(f"{word} {group.shown_id}", group.count) for group in summary.groups]
    off = [
        f"{name}{'' if name == '合計' else ' '}は {total:.{decimals}f}%"
        for name, count in [*rows, ("合計", summary.total)]
        if count.total and (total := share_sum(count, decimals)) != 100
    ]
    if not off:
        return []
    named = "、".join(off[:3]) + (f" ほか {len(off) - 3} 行" if len(off) > 3 else "")
    message = (
        f"割合は行ごとに四捨五入しているため、合計が{hundred}にならない行があります（{named}）。"
        "表の下の注記はそのことを説明しています"
    )
    settings = config.source
    name = settings.name if settings is not None else "planeval.toml"
    written = bool(config.scale_keys)
    under = f"{name} の [scale] の行のすぐ下" if written else name
    hint = (
        f"各行の合計を{hundred}に揃えて公表する（名古屋市のような最大剰余法）なら、{under}に次の"
        '設定を加えてください。四捨五入のままでよければ rounding = "round" と書くと、この'
        "お知らせは出ません"
    )
    lines = SETTING if written else f"[scale]\n{SETTING}"
    place = Location(str(settings)) if settings is not None else Location(entries[0].location.file)
    return [Problem(place, Severity.NOTICE, message, hint, settings=lines)]
