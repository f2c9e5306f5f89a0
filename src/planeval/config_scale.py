"""planeval.toml's [scale] read strictly (planeval.config reads the rest), and what every
section's reader shares: a problem noted and the reading going on (noted); the line a key is
set on is config_lines.py's, the known name nearest a mistyped one config_guess.py's."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator, Set
from dataclasses import replace
from pathlib import Path
from typing import Any

from planeval.config_guess import guess, preset_named
from planeval.config_lines import line_in, line_in_entry, line_of
from planeval.config_rounding import ROUNDED, rounded
from planeval.errors import ConfigError
from planeval.presets import PRESETS
from planeval.scale import DASH_ALIASES, DEFAULT_SCALE, Scale, Status
from planeval.text import compact


@contextlib.contextmanager
def noted(found: list[str]) -> Iterator[None]:
    """The block's ConfigError noted in ``found``, and the reading goes on with the next."""
    try:
        yield
    except ConfigError as error:
        found.append(str(error))


def read_scale(
    table: Any,
    path: Path,
    text: str,
    found: list[str],
    meant: Set[tuple[str, int, str]] = frozenset(),
) -> Scale:
    """[scale]; no error that only follows from a key ``meant`` (config_read: mistyped,
    its error said) is missing: preest's 「[[scale.status]] の表がありません」 (review 169 #7)."""
    if table is None:
        return DEFAULT_SCALE
    where = f"{path} › [scale]"
    preset = _preset(table, f"{path}{line_in('scale', 'preset', text)} › [scale]")
    if isinstance(table, dict) and isinstance(table.get("status"), str):
        # (the status column's title typed under [scale], meant for [wording]: review 122)
        raise ConfigError(
            f'{path}{line_in("scale", "status", text)} › [scale]: status = "{table["status"]}"'
            " は尺度の段階（[[scale.status]] の表の配列）の書き方ではありません。達成状況の列の"
            f'見出しなら [wording] に status = "{table["status"]}" と書き、[scale] からは消して'
            "ください"
        )
    if not isinstance(table, dict) or not isinstance(table.get("status", []), list):
        raise ConfigError(f"{where}: [[scale.status]] は表の配列で書いてください")
    if preset is None and not table.get("status") and set(table) and set(table) <= ROUNDED:
        return replace(DEFAULT_SCALE, **rounded(table, path, text))
    if preset is None and not table.get("status"):
        if meant & {("scale", 0, "preset"), ("scale", 0, "status")}:
            return DEFAULT_SCALE
        raise ConfigError(
            f"{where}: [[scale.status]] の表がありません"
            "（記号ごとに symbol・label・counted を書くか、preset で用意された尺度を選んでください）"
        )
    # a status of the preset's symbol changes what the file sets and keeps the rest, its
    # aliases (〇 for ○ …) added to
    # (「Ｄ」 for the preset's D: the same symbol, written full-width — review 71)
    from_preset = {compact(status.symbol): status for status in preset.statuses} if preset else {}
    statuses = []
    before = len(found)
    mistyped = {number for table_name, number, key in meant if table_name == "scale.status"}
    for number, item in enumerate(table.get("status", []), start=1):
        spot = f"{_entry(number, path, text)} の {number} 番目の [[scale.status]]"
        with noted(found):
            if number not in mistyped:  # (symbl: no second error 「symbol がありません」)
                statuses.append(_status(item, spot, from_preset))
    if len(found) > before or mistyped:
        return DEFAULT_SCALE  # (the checks of the whole scale below would be about a part of it)
    order = table.get("order", preset.order if preset else "best_first")
    if order not in ("best_first", "worst_first"):
        raise ConfigError(
            f'{where}: order は "best_first"（良い順）か "worst_first"（悪い順）で書いてください'
            f"（{order!r}）"
        )
    if preset is not None:  # the preset's statuses, each replaced by the file's of its symbol
        own = {status.symbol: status for status in statuses}
        statuses = [own.pop(status.symbol, status) for status in preset.statuses]
        for added in own.values():
            statuses.insert(_place_of(added, statuses, order), added)
    if not statuses:
        raise ConfigError(f"{where}: 記号が一つもありません")
    statuses = _placed(statuses, table.get("status", []), path, text)
    symbols = [status.symbol for status in statuses]
    if len(set(symbols)) != len(symbols):
        raise ConfigError(_twice(symbols, table.get("status", []), path, text))
    _blank_read_as(statuses, table.get("status", []), path, text)
    if any(status.blank_beside for status in statuses):  # (few scales have one)
        from planeval.config_beside import beside_slips

        beside_slips(statuses, table.get("status", []), path, text)  # (「取り組み中」: 取組中)
    as_planned = preset.as_planned if preset else None
    if "as_planned" in table:
        at = f"{path}{line_in('scale', 'as_planned', text)} › [scale]"
        as_planned = _as_planned(table["as_planned"], statuses, at)
    issue_list = table.get("issue_list", preset.issue_list if preset else "status_or_text")
    if issue_list not in ("status_or_text", "status"):
        at = f"{path}{line_in('scale', 'issue_list', text)} › [scale]"
        raise ConfigError(
            f'{at}: issue_list は "status_or_text"（評価か課題の記入で載せる）か "status"'
            f"（評価だけで載せる）で書いてください（{issue_list!r}）"
        )
    # a whole scale of the file's own: messages about a symbol outside it name the file
    source = "" if preset is not None else f"{path}{line_of('status', text)}"
    try:
        return Scale(
            tuple(statuses),
            as_planned=as_planned,
            order=order,
            issue_list=issue_list,
            **rounded(table, path, text, preset),
            source=source,
            presets=tuple(PRESETS.items()) if source else (),
        )
    except ValueError as error:
        raise ConfigError(f"{where}: {error}") from None


def _twice(symbols: list[str], items: list[Any], path: Path, text: str) -> str:
    """A symbol defined twice, said at the line of its second definition, naming the first's."""
    twice = next(symbol for symbol in symbols if symbols.count(symbol) > 1)
    entries = [
        number
        for number, item in enumerate(items, start=1)
        if isinstance(item.get("symbol"), str) and item["symbol"].strip() == twice
    ]
    lines = [line_in_entry("scale.status", n, "symbol", text)[1:] for n in entries[:2]]
    at = f" {lines[0]} 行目と {lines[1]} 行目で" if len(lines) == 2 and all(lines) else ""
    return (
        f"{path}{':' + lines[-1] if at else ''} › [scale]: 記号 {twice} が{at}二度定義されています"
        f"（定義された記号: {' '.join(symbols)}。どちらかの symbol を直すか、"
        "要らない [[scale.status]] を削除してください）"
    )


def _blank_read_as(statuses: list[Status], items: list[Any], path: Path, text: str) -> None:
    """A blank status cell is read as one status at most, one not counted (対象外: a blank read
    as a rating would count what nobody rated)."""
    blank = [status for status in statuses if status.blank]
    if not blank:
        return
    numbers = [n for n, item in enumerate(items, start=1) if item.get("blank") is True]
    where = _entry(numbers[-1], path, text, "blank") if numbers else f"{path} › [scale]"
    if len(blank) > 1:
        raise ConfigError(
            f"{where}: blank = true が {len(blank)} つの区分"
            f"（{' '.join(status.symbol for status in blank)}）にあります"
            "（空欄をどの区分として読むかは一つだけ書いてください）"
        )
    if blank[0].counted:
        raise ConfigError(
            f"{where}: blank = true の区分 {blank[0].symbol} が数える区分です（空欄を評価として"
            "数えることはできません。評価しない行の区分なら counted = false も書いてください）"
        )


def _as_planned(value: Any, statuses: list[Status], where: str) -> str:
    """The symbol ``as_planned`` names, read as a status cell is (full-width 'Ｂ' is B, an
    alias or label its symbol), or a ConfigError naming the symbols."""
    symbols = " ".join(status.symbol for status in statuses)
    if not isinstance(value, str) or not compact(value):
        raise ConfigError(
            f'{where}: as_planned は記号の文字列で書いてください（例: as_planned = "B"）'
        )
    for status in statuses:
        if compact(value) in {
            compact(word) for word in (status.symbol, status.label, *status.aliases)
        }:
            return status.symbol
    raise ConfigError(
        f"{where}: as_planned = {value!r} は定義された記号（{symbols}）にありません"
        "（計画どおりを表す記号を、[[scale.status]] の symbol のどれかで書いてください）"
    )


def _place_of(added: Status, statuses: list[Status], order: str) -> int:
    """Where a status a planeval.toml adds to a preset goes without ``after``: among those of
    its kind, last — a status that needs no issue text among the preset's that need none, one
    that needs one among those that do (羽村市's 計画どおり進捗 after 計画どおり完了, before 次年度以降
    計画を見直す), best first or worst first as the scale is ordered; one outside the order
    (uncounted, not ranked) at the end."""
    ranked = [i for i, s in enumerate(statuses) if s.counted and s.ranked]
    if not (added.counted and added.ranked) or not ranked:
        return len(statuses)
    kind = [i for i in ranked if statuses[i].needs_issue == added.needs_issue]
    if kind:
        return kind[-1] + 1
    # (none of its kind: the fine come first in a best-first scale, the others first in a
    # worst-first one)
    first = added.needs_issue == (order == "worst_first")
    return ranked[0] if first else ranked[-1] + 1


def _entry(number: int, path: Path, text: str, key: str = "") -> str:
    """The ``number``th [[scale.status]] (its ``key``'s line) as a message names it."""
    return f"{path}{line_in_entry('scale.status', number, key, text)} › [scale]"


def _placed(statuses: list[Status], items: list[Any], path: Path, text: str) -> list[Status]:
    """The statuses with each one an item places ``after = "…"`` another moved right after it
    (a status added to a preset goes last otherwise: 羽村市's 計画どおり進捗 between 計画どおり
    完了 and 次年度以降計画を見直す)."""
    for number, item in enumerate(items, start=1):
        after = item.get("after")
        if after is None:
            continue
        symbols = [status.symbol for status in statuses]
        spot = f"{_entry(number, path, text, 'after')} の {number} 番目の [[scale.status]]"
        own = item["symbol"].strip()
        if not isinstance(after, str) or after.strip() not in symbols or after.strip() == own:
            meant = (
                guess(after.strip(), [s for s in symbols if s != own])
                if isinstance(after, str)
                else ""
            )
            raise ConfigError(  # (「取り組み中」: 取組中 のことですか, review 98)
                f"{spot}: after = {after!r} は尺度の記号（{' '.join(symbols)}）にありません"
                f"（{meant}この状況をどの記号の次に並べるかを、その記号で書いてください）"
            )
        moved = statuses.pop(symbols.index(own))
        at = [status.symbol for status in statuses].index(after.strip())
        statuses.insert(at + 1, moved)
    return statuses


def _status(item: Any, spot: str, from_preset: dict[str, Status]) -> Status:
    """One [[scale.status]]: the file's own, or a change to the preset's status of its symbol
    (its aliases added to the preset's)."""
    if not isinstance(item, dict):
        raise ConfigError(f"{spot}: 表ではありません")
    symbol, label = item.get("symbol"), item.get("label", "")
    aliases, counted = item.get("aliases", []), item.get("counted", True)
    if not isinstance(symbol, str) or not symbol.strip():
        raise ConfigError(f'{spot}: symbol（記号）がありません。例: symbol = "◎"')
    if not isinstance(label, str):
        raise ConfigError(f"{spot}: label は文字列で書いてください")
    if not isinstance(aliases, list) or not all(isinstance(a, str) for a in aliases):
        raise ConfigError(f'{spot}: aliases は文字列のリストで書いてください。例: ["〇"]')
    if not isinstance(counted, bool):
        raise ConfigError(f"{spot}: counted は true か false で書いてください")
    # (a status added to a preset of another body's, whose sentences say only the statuses used,
    # is said so too: no 「事業中止0件」 beside 羽村市's words — Setagaya's keep their 0件: review 143 #7)
    ranked = item.get("ranked", True)
    if not isinstance(ranked, bool):
        raise ConfigError(f"{spot}: ranked は true か false で書いてください")
    # (… and a 区分 of no rank, 点検結果's A–H, too: its sentence listed 「休止0件、終了0件」
    # beside a 達成度 sentence of the statuses used — review 147 #8c)
    quiet = bool(from_preset) and all(s.in_narrative == "when_used" for s in from_preset.values())
    in_narrative = item.get("in_narrative", "when_used" if quiet or not ranked else "always")
    if in_narrative not in ("always", "when_used"):
        raise ConfigError(f'{spot}: in_narrative は "always" か "when_used" で書いてください')
    needs_issue = item.get("needs_issue", False)
    if not isinstance(needs_issue, bool):
        raise ConfigError(f"{spot}: needs_issue は true か false で書いてください")
    blank = item.get("blank", False)
    if not isinstance(blank, bool):
        raise ConfigError(f"{spot}: blank は true か false で書いてください")
    beside = item.get("blank_beside", [])
    if not isinstance(beside, list) or not all(isinstance(b, str) and b.strip() for b in beside):
        raise ConfigError(
            f'{spot}: blank_beside は文字列のリストで書いてください。例: ["未着手", "取組中"]'
        )
    if beside and not blank:
        raise ConfigError(f"{spot}: blank_beside は blank = true の区分に書いてください")
    base = from_preset.get(compact(symbol))
    if base is None and from_preset and not label.strip() and len(compact(symbol)) == 1:
        # (浜松市's clerk's symbol = "E" meant for the preset's D: a letter of no meaning; a
        # word, 羽村市's 計画どおり進捗 or 中止, says its own)
        known = " ".join(status.symbol for status in from_preset.values())
        raise ConfigError(
            f'{spot}: symbol = "{symbol}" は preset の記号（{known}）にありません。preset の'
            "区分を変えるならその記号で書き、新しい区分を加えるなら label（その区分の意味）も"
            '書いてください（例: label = "評価できない"）'
        )
    if base is None:
        # (a dash of the body's own, 「-」 再掲 added to a preset: its look-alikes too, as
        # Setagaya's — 「―」 and 「ー」 were errors, 「－」 read: review 79)
        taken = {compact(form) for st in from_preset.values() for form in (st.symbol, *st.aliases)}
        dashes = [
            dash
            for dash in (DASH_ALIASES if symbol.strip() in ("-", *DASH_ALIASES) else ())
            if compact(dash) not in taken  # (nagayo's − 評価できない stays its own)
        ]
        typed = tuple(
            alias for alias in dict.fromkeys((*aliases, *dashes)) if alias != symbol.strip()
        )
        status = Status(
            symbol.strip(), label, counted, typed, in_narrative, needs_issue, ranked, blank,
            tuple(compact(value) for value in beside),
        )  # fmt: skip
    else:
        values = dict(
            label=label,
            counted=counted,
            in_narrative=in_narrative,
            needs_issue=needs_issue,
            ranked=ranked,
            blank=blank,
            blank_beside=tuple(compact(value) for value in beside),
        )
        status = replace(
            base,
            **{key: value for key, value in values.items() if key in item},
            aliases=tuple(dict.fromkeys((*base.aliases, *aliases))),
        )
    return status


def _preset(table: Any, where: str) -> Scale | None:
    """The scale ``preset = "…"`` names, if any."""
    name = table.get("preset") if isinstance(table, dict) else None
    if name is None:
        return None
    return preset_named(name, PRESETS, where, "尺度")
