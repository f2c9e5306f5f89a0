"""When a report ``check`` reads states its shares as rows adding up to 100.0 — where each share
rounded on its own gives another — and the settings write no ``[scale] rounding``, pointing to
``rounding = "largest_remainder"`` (review 160 #6): 浜名市 publishes 基本方針1's A as 46.1% and
基本方針4's C as 44.5%, its rows at 100.0; planeval's default printed 46.2 and 44.4 (100.1 and
99.9), the note under its table saying so, and no output named the setting that prints the
city's figures. ``check`` accepts either rounding; the body's own report is the evidence of its
rule, so one notice is given there, naming those shares — none where no stated share tells the
two apart, where the settings write a ``rounding`` (either value: they say what they want) or
a preset gives one (nagoya's). The note under the table stays the report's, for its readers:
no setting is named in it."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace

from planeval.aggregate import Summary, summarize
from planeval.check_result import CheckResult
from planeval.config import Config
from planeval.count import Count
from planeval.level_labels import NO_LABELS, LevelLabels
from planeval.model import Entry, Location, Problem, Severity
from planeval.scale import DEFAULT_SCALE

SETTING = 'rounding = "largest_remainder"'
TIE_SETTING = 'ties = "column_order"'  # (of largest remainder: review 182 #3)
_NAMED = 3  # the shares the notice names, before 「ほか N 件」


def rounding_hint(
    checked: CheckResult,
    entries: Sequence[Entry],
    config: Config,
    *,
    labels: LevelLabels = NO_LABELS,
) -> list[Problem]:
    """The notice (none or one) that the shares ``checked`` read state rows adding up to 100
    (largest remainder) where planeval's tables print each share rounded on its own, with the
    line that prints them as the report does; at the settings' file (Config.source), else the
    first stated share's place."""
    scale = config.scale
    if scale.rounding is not None or "rounding" in config.scale_keys or not entries:
        return []
    summary = summarize(entries, scale=scale, labels=labels)
    counts: dict[str | None, Count] = {group.id: group.count for group in summary.groups}
    counts[None] = summary.total
    found: list[tuple[str, Location]] = []
    for statement in checked.statements:
        count = counts.get(statement.policy_id)
        if count is None or not count.total or statement.pasted:
            continue
        for number in statement.numbers:
            if not (number.percent and number.what in count.counts) or number.reason:
                continue
            if number.when or number.subset or number.excluding:
                continue
            places = number.decimals
            alone = count.rounded_share(number.what, places)
            adjusted = replace(count, rounding="largest_remainder").percent(places)[number.what]
            if round(float(number.value), places) == adjusted != alone:
                shown = f"{number.value:.{places}f}"
                found.append((f"{statement.scope} の {number.what} {shown}%", statement.location))
    if not found:
        return []
    named = "、".join(said for said, _ in found[:_NAMED])
    more = f" ほか {len(found) - _NAMED} 件" if len(found) > _NAMED else ""
    message = (
        f"報告書の割合（{named}{more}）は、各行の合計を100.0に揃える丸め方（最大剰余法）で"
        "書かれています。planeval の表は割合を一つずつ四捨五入するため、同じ行を別の値で表示し、"
        "合計が100.0にならない行があります"
    )
    return [_notice(config, message, "planeval の表も報告書と同じ割合にするなら", found[0][1])]


def unsummed_hint(
    unsummed: Sequence[str], places: int, config: Config, place: Location
) -> list[Problem]:
    """The notice (none or one) that a table summarize or export prints has rows whose shares,
    each rounded on its own (at ``places``), do not add up to 100 (``unsummed``: CountTable.unsummed, 「基本目標2
    は 99.9%」), with the line that adds them up (review 166 #5: 上毛県 publishes 7.2 and 41.4,
    planeval printed 7.1 and 41.5 with the note under its table, and no output named the
    setting); none where the settings write a ``rounding`` or a preset gives one, as
    rounding_hint, nor under planeval's default scale, Setagaya's, whose published tables
    round each share as planeval does (its designed run says nothing). The note under the
    table stays the report's: it names no setting. Of largest remainder, rows left short by equal
    counts kept at equal shares: the notice giving ``ties = "column_order"`` (tie_hint)."""
    if config.scale.rounding == "largest_remainder":
        return tie_hint(unsummed, places, config, place)
    if config.scale.rounding is not None or "rounding" in config.scale_keys or not unsummed:
        return []
    if config.scale == DEFAULT_SCALE:
        return []
    named = "、".join(unsummed[:_NAMED])
    more = f" ほか {len(unsummed) - _NAMED} 行" if len(unsummed) > _NAMED else ""
    hundred = f"{100:.{places}f}"  # (at the table's places: 100.0)
    message = (
        f"割合を一つずつ四捨五入しているため、表に合計が{hundred}にならない行があります"
        f"（{named}{more}）"
    )
    lead = f"各行の合計を{hundred}に揃える丸め方（最大剰余法）で割合を表示するなら"
    return [_notice(config, message, lead, place)]


def tie_hint(
    unsummed: Sequence[str], places: int, config: Config, place: Location
) -> list[Problem]:
    """The notice (none or one) that, with largest remainder, rows whose equal counts keep equal
    shares do not add up to 100 (「基本政策Ⅰ は 99.9%」), with the line giving the units left to
    the earlier columns instead, every row at 100 (中原市's 5.6/22.2/66.7/5.5: review 182 #3);
    none where the settings write ``ties`` (either value: they say what they want)."""
    if "ties" in config.scale_keys or not unsummed:
        return []
    named = "、".join(unsummed[:_NAMED])
    more = f" ほか {len(unsummed) - _NAMED} 行" if len(unsummed) > _NAMED else ""
    hundred = f"{100:.{places}f}"
    message = (
        f"一つの行の中で同じ件数は同じ割合としているため、表に合計が{hundred}にならない行が"
        f"あります（{named}{more}）"
    )
    lead = f"同じ件数の端数を表の左の列から順に配り、どの行も合計{hundred}にするなら"
    keep = '同じ件数を同じ割合のままにするなら ties = "equal" と書くと、このお知らせは出ません'
    return [_notice(config, message, lead, place, TIE_SETTING, keep)]


def percent_hint(
    summary: Summary,
    config: Config,
    files: Sequence[str],
    prefectures: Mapping[str, str] | None = None,
) -> list[Problem]:
    """summarize --percent's notice (unsummed_hint) of the share table it prints of
    ``summary`` (a body named with its 都道府県 of ``prefectures``, as under the table), at the
    settings' file, else the first of the ``files`` read; none of no file."""
    if not files:
        return []
    from planeval.report.summary_legend import share_table

    shares = share_table(summary, config.wording, prefectures)
    return unsummed_hint(shares.unsummed, shares.share_places, config, Location(files[0]))


def _notice(
    config: Config,
    message: str,
    lead: str,
    place: Location,
    setting: str = SETTING,
    keep: str = '四捨五入のままでよければ rounding = "round" と書くと、このお知らせは出ません',
) -> Problem:
    """The notice giving ``rounding = "largest_remainder"``: ``lead`` (why one would add it),
    where in the settings to write it, and how to keep the default without the notice; at the
    settings' file (Config.source), else ``place``."""
    settings = config.source
    name = settings.name if settings is not None else "planeval.toml"
    written = bool(config.scale_keys)
    under = f"{name} の [scale] の行のすぐ下" if written else name
    hint = f"{lead}、{under}に次の設定を加えてください。{keep}"
    lines = setting if written else f"[scale]\n{setting}"
    where = Location(str(settings)) if settings is not None else place
    return Problem(where, Severity.NOTICE, message, hint, settings=lines)
