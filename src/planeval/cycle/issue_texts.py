"""validate's warnings of rows whose status needs an issue text and has none (△ × with an
empty 課題等). Of one body's forms, one warning per row: the clerk fills in each. Of many
bodies' replies (a survey rolled up with --bodies), one warning per status, its rows counted
and a few named, with the planeval.toml lines that turn the check off (``needs_issue =
false``): review 171 #5 printed 8,353 warnings that a survey's free 備考 was empty, burying 47
errors, and said not how to stop them."""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence

from planeval.cells import body_list
from planeval.ids import describe
from planeval.model import Entry, Problem, Severity
from planeval.presets import PRESETS
from planeval.scale import Scale
from planeval.wording import DEFAULT_WORDING, Wording, grouped


def missing_issue_texts(
    entries: Sequence[Entry],
    scale: Scale,
    wording: Wording = DEFAULT_WORDING,
    without_column: Collection[tuple[str, str]] = (),
    titles: Mapping[str, str] | None = None,
) -> list[Problem]:
    """A warning for each row whose status needs an issue text and has none, unless its
    sheet's form has no issue column to write one in (川崎市's 評価票: 達成度 and 点検結果);
    the column called as its file's form titles it (``titles``: form_issue_titles), else in
    the body's words. Rows of several bodies: one warning per status (``_per_status``)."""
    # (not an uncounted status's: 長与町's − is listed where its reason is typed — review 175 #5)
    needs = {status.symbol for status in scale.statuses if status.needs_issue and status.counted}
    titles = titles or {}
    empty = [
        entry
        for entry in entries
        if entry.status in needs
        and not entry.issue
        and (entry.location.file, entry.location.sheet) not in without_column
    ]
    if len({entry.body for entry in empty}) > 1:
        return _per_status(empty, scale, titles.get(empty[0].location.file, wording.issue))

    def column(entry: Entry) -> str:
        return titles.get(entry.location.file, wording.issue)

    return [
        Problem(
            entry.location,
            Severity.WARNING,
            f"{describe(entry)} は {scale.named(entry.status, '{symbol}（{label}）')}ですが、"
            f"{column(entry)}が空です",
            f"理由や課題を{column(entry)}の欄に書いてください",
        )
        for entry in empty
    ]


def _per_status(empty: Sequence[Entry], scale: Scale, column: str) -> list[Problem]:
    """One warning per status of the rows of several bodies with no issue text: how many rows,
    of how many bodies, the first few named, and the fix — each body's clerk to write one, or,
    where the survey asks for none (its column free text), the lines setting the statuses'
    ``needs_issue = false``, which leaves the rows counted and the issue list as it is."""
    symbols = [s.symbol for s in scale.statuses if any(e.status == s.symbol for e in empty)]
    preset = next((name for name, known in PRESETS.items() if known == scale), None)
    lines = "\n\n".join(
        f'[[scale.status]]\nsymbol = "{symbol}"\nneeds_issue = false' for symbol in symbols
    )
    if preset is not None:
        lines = f'[scale]\npreset = "{preset}"\n\n{lines}'
    said = "・".join(symbols)
    hint = (
        f"理由や課題を求める調査なら、各団体に{column}を書いてもらってください。{column}が"
        f"任意の欄なら、planeval.toml に次の設定を加えると、この警告は出ません（{said}の行は"
        "これまでどおり集計し、課題一覧にも載ります。[scale] がすでにあれば、その下に "
        "[[scale.status]] の行だけを加えてください）"
    )
    problems: list[Problem] = []
    for symbol in symbols:
        rows = [entry for entry in empty if entry.status == symbol]
        bodies = list(dict.fromkeys(entry.body for entry in rows))
        named = scale.named(symbol, "{symbol}（{label}）")
        message = (
            f"{named}で{column}が空の行が {grouped(len(bodies))} 団体の {grouped(len(rows))} 行"
            f"あります（{body_list(bodies, between='、')}）"
        )
        first = not problems  # (the lines under the first; the next says 「同上」)
        problems.append(
            Problem(rows[0].location, Severity.WARNING, message, hint, settings=lines * first)
        )
    return problems
