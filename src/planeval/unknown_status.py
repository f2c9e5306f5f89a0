"""What to say of a status cell holding no symbol of the scale (Scale.unknown): the message
and the fix that fits what was typed — a count, a symbol with words after it, two ratings in
one cell, another preset's value under a planeval.toml's own scale, a typo (a letter in the
other case, a mark that looks like a symbol, a written form one character away); a value with
a note's mark after it (「前進A※1」) judged without the mark. Asked only of a value already in
error, so imported where asked, never by a row read."""

from __future__ import annotations

import re
import unicodedata

from planeval.scale import (
    CHOOSE_HINT,
    COUNT_HINT,
    FOOTNOTE_MARK,
    NOT_A_SYMBOL,
    Scale,
    labelled,
)


def unknown(scale: Scale, text: str) -> tuple[str, str]:
    """What to say of a status cell holding ``text``, no symbol of the scale: the message
    and the fix that fits what was typed (a count, a symbol with words after it, a typo)."""
    message = f"'{text}' {NOT_A_SYMBOL}（{scale.describe()}）"
    if scale.source:
        message = (
            f"'{text}' {NOT_A_SYMBOL}"
            f"（{scale.describe()}: {scale.source} の [[scale.status]] で定めた尺度）"
        )
    if "※" in text or "*" in text or "＊" in text:  # (few values: a mark is a count's digit
        mark = FOOTNOTE_MARK.search(text)  # nowhere, 「前進A※1」 judged as 「前進A」)
        if mark is not None and mark.start():
            bare, fix = unknown(scale, text[: mark.start()])
            return bare.replace(f"'{text[: mark.start()]}'", f"'{text}'", 1), fix
        if mark is not None:  # (「※1」 alone: the mark of a note, no rating)
            return (
                f"'{text}' は注記の印だけで、評価がありません（{scale.describe()}）",
                f"評価を書き、注記の内容は課題等の欄に書いてください。{scale.choose()}",
            )
    from planeval.meant_status import two_statuses
    from planeval.turned_remarks import turned_remark

    if (said := two_statuses(scale, text)) is not None:  # (「前進A」: B's word, A's letter)
        return said
    if (said := turned_remark(scale, text)) is not None:  # (「実施済（一部）」: not done)
        return said
    two = _two_ratings(scale, text)
    if two is not None:
        return (
            f"'{text}' には評価が二つ（{two[0]} と {two[1]}）書かれています。"
            "どちらで数えるか分からないため、この行は数えていません",
            "一つのセルには評価を一つだけ書いてください。区分ごとに評価するなら行を分けてください",
        )
    if any(character.isdigit() for character in text) and len(text) <= 12:
        numbers = [symbol for symbol in scale.symbols if symbol.isdigit()]
        if not numbers:
            return message, COUNT_HINT
        # (a scale of numbers, 川崎市's 1–5: a 6 or a 2.0 typed is a typo, not a count)
        whole = re.fullmatch(r"(\d+)\.0+", unicodedata.normalize("NFKC", text).strip())
        if whole is not None and whole[1] in numbers:
            return message, f"'{whole[1]}' のことなら、'{whole[1]}' と整数で書いてください"
        return (
            message,
            f"{'・'.join(numbers)} のどれかを書いてください（この尺度の記号は数字です）",
        )
    if (rated := rated_with_word(scale, text)) is not None:  # (「A評価」: review 198 #4)
        return message, rating_word_hint(scale, text, rated)
    first = text[:1]
    if first in scale.symbols and len(text) > 1:
        return message, f"記号は '{first}' だけにして、続く言葉は課題等の欄に書いてください"
    preset = _preset_knowing(scale, text) if scale.source else None
    if preset is not None:
        name, other = preset
        return message, (
            f'[[scale.status]] だけでは尺度全体を置き換えます。preset "{name}" の尺度'
            f'（{other.describe()}）に別名を足すなら、[scale] に preset = "{name}" と'
            "書いてください。[[scale.status]] はその記号に別名を足し、書いた設定だけを変えます"
        )
    if (word := plan_word(scale, text)) is not None:  # (「廃止」: the plan's 区分, never an alias)
        return message, plan_word_hint(word)
    from planeval.meant_status import (
        done_status,
        meant_hint,
        meant_status,
        started_status,
        turns_status,
    )

    if turns_status(scale, text):  # (「未完了」「ほぼ完了」: never 完了, nor its alias)
        return message, CHOOSE_HINT
    if (under_way := started_status(scale, text)) is not None:  # (「着手済」: never 完了)
        return message, meant_hint(scale, text, under_way) if under_way else CHOOSE_HINT
    if (symbol := done_status(scale, text)) is not None:  # (「取組済」: no slip of 取組中)
        return message, meant_hint(scale, text, symbol)
    if (short := abbreviated(scale, text)) is not None:  # (「再」: 再掲, review 195 #2)
        return message, abbreviation_hint(scale, text, short)
    meant = _meant(scale, text)
    if meant is not None:
        return message, (
            f"'{meant}' の書き間違いではありませんか。そうなら '{meant}' に直してください"
            f"（同じ書き方が多ければ、planeval.toml で '{text}' を '{meant}' の別名（aliases）"
            "にできます）"
        )
    symbol = meant_status(scale, text)  # (「完了済み」「済」: 完了)
    return message, CHOOSE_HINT if symbol is None else meant_hint(scale, text, symbol)


def abbreviated(scale: Scale, text: str) -> str | None:
    """The one status of ``scale`` whose symbol or label starts with ``text``, a single
    character (「再」 for 再掲, 「達」 for 達成: a clerk's shorthand, too short for _meant's typo
    guess); None where none or several do."""
    folded = unicodedata.normalize("NFKC", text).strip()
    if len(folded) != 1:
        return None
    starting = {
        status.symbol
        for status in scale.statuses
        for form in (status.symbol, status.label)
        if len(form) > 1 and form.startswith(folded)
    }
    return starting.pop() if len(starting) == 1 else None


# words a clerk writes after a symbol that only say it is a rating (「A評価」: 松ヶ浦市's, review
# 198 #4) — an alias's whole, nothing to move to the issue column
RATING_WORDS = ("評価", "判定", "評定", "ランク")


def rated_with_word(scale: Scale, text: str) -> tuple[str, str] | None:
    """The symbol ``text`` is and the word after it that says it is a rating (「A評価」: A and
    評価; 「Ｂ判定」); None else."""
    folded = unicodedata.normalize("NFKC", text).strip()
    for word in RATING_WORDS:
        head = folded.removesuffix(word).strip()
        if head != folded and (symbol := scale.normalise(head)) is not None:
            return (symbol, word) if head == unicodedata.normalize("NFKC", symbol) else None
    return None


def worded_symbol(scale: Scale, text: str) -> str:
    """The symbol ``text`` is typed with a word of rating after it (「A評価」: A), or ""."""
    rated = rated_with_word(scale, text)
    return rated[0] if rated else ""


def rating_word_hint(scale: Scale, text: str, rated: tuple[str, str]) -> str:
    """The fix of a symbol typed with a word of rating after it: the symbol, or its alias."""
    lead = f"{{status}}に「{rated[1]}」を付けた書き方ではありませんか"
    return abbreviation_hint(scale, text, rated[0], lead=lead)


def abbreviation_hint(
    scale: Scale, text: str, symbol: str, *, lead: str = "{status} の略ではありませんか"
) -> str:
    """The fix of ``text`` typed short for ``symbol`` (or as ``lead`` says it was typed):
    write the symbol, or the aliases line."""
    from planeval.first_run import toml_string
    from planeval.meant_status import said_status

    return (
        f"{lead.format(status=said_status(scale, symbol))}。そうなら '{symbol}' と書くか、planeval.toml の [scale] の"
        f"下に [[scale.status]] を加えて symbol = {toml_string(symbol)} と aliases = "
        f"[{toml_string(text.strip())}] を書いてください（その symbol の [[scale.status]] が"
        "すでにあれば、aliases の行を加えてください）"
    )


def plan_word(scale: Scale, text: str) -> str | None:
    """The plan's 区分 word ``text`` is (廃止, 休止, 終了: plan.ENDED_TREATMENTS), where no status
    of the scale is written with it (羽村市's 計画どおり完了: 「完了」 its slip) nor a preset's
    (progress's 完了, nagoya's 中止: left to preset_hints.py and stage_statuses.py, which name
    the scale it may be of); None else."""
    from planeval.presets import PRESETS

    word = unicodedata.normalize("NFKC", text).strip()
    if any(preset.normalise(word) for preset in PRESETS.values()):
        return None
    return word if word in plan_words(scale, word) else None


def plan_words(scale: Scale, text: str) -> list[str]:
    """The plan's 区分 words ending an item that ``text`` holds (「完了・廃止の2取組」), those no
    status of the scale is written with."""
    from planeval.plan import ENDED_TREATMENTS

    forms = [form for s in scale.statuses for form in (s.symbol, s.label, *s.aliases)]
    return [
        word
        for word in sorted(ENDED_TREATMENTS, key=text.find)
        if re.search(f"(?<!未){word}", text) and not any(word in form for form in forms)
    ]  # (「未完了」: not ended)


def plan_word_hint(word: str) -> str:
    """The fix of the plan's 区分 word ``word`` typed as a status, read without the plan (review
    138 #3: 財政課's 「廃止」 was told to add it as an alias, which would count the row): give the
    plan, whose 区分 ends the item — its row then needs no status (cycle/ended_rows.py)."""
    return (
        f"「{word}」は評価の記号ではなく、計画の区分の言葉です。計画で区分が「{word}」の実施内容"
        "なら、計画の一覧のブックを --plan で指定するか planeval.toml の [plan] file に"
        f"書いて読み直してください（区分が「{word}」の行は、評価が空欄でも「{word}」でも数えずに"
        "読みます）。評価の別名（aliases）にはしないでください（その評価として数えてしまいます）。"
        "続けている実施内容なら、この尺度の記号のどれかを書いてください"
    )


def case_slip(scale: Scale, text: str) -> str | None:
    """The symbol ``text`` is in the other case of (b for B), or a letter or mark that looks
    like (Ｏ, the letter O, for ○; x for ×); None where none."""
    folded = unicodedata.normalize("NFKC", text).strip()
    for candidate in (folded.upper(), folded.lower(), _LOOKALIKES.get(folded.upper())):
        if candidate and candidate != text and (symbol := scale.normalise(candidate)):
            return symbol
    return None


def _meant(scale: Scale, text: str) -> str | None:
    """The symbol a typo looks like: a letter in the other case (b for B) or a letter
    or mark that looks like a symbol (Ｏ, the letter O, for ○; x for ×); or the written
    form one character away (「前身B」 for Gunma's 「前進B」, 「計画どうり実施」) or with one
    character more (「実施中み」 for 実施中), or its start (「計画通り」 for 計画通り実施)."""
    folded = unicodedata.normalize("NFKC", text).strip()
    if symbol := case_slip(scale, text):
        return symbol
    if len(folded) < 2:
        return None
    near: dict[str, str] = {}  # (each status's first form so written: one status, said)
    for status in scale.statuses:
        for word in (status.label, *status.aliases):
            # (「計画通り」, 羽村市's 「完了」; a label that is its symbol not written twice:
            # 「評価対象外評価対象外」, review 75)
            for form in dict.fromkeys((word, word + status.symbol.removeprefix(word))):
                if (len(folded) > 2 and _one_apart(form, folded)) or _part_of(folded, form):
                    near.setdefault(status.symbol, form)  # (「B2」 is no 「前進B」)
    return next(iter(near.values())) if len(near) == 1 else None


def _two_ratings(scale: Scale, text: str) -> tuple[str, str] | None:
    """The two symbols of a cell rating twice (「A(小) S(中)」), or None."""
    match = labelled().match(text)
    if match is None:
        return None
    first, second = scale.normalise(match["label"]), scale.normalise(match["status"])
    if first is None or second is None or first == second:
        return None
    return first, second


def _preset_knowing(scale: Scale, text: str) -> tuple[str, Scale] | None:
    """The preset (name and scale) that shares a symbol with this scale and knows
    ``text``: a planeval.toml that meant to add to it and replaced it instead."""
    for name, preset in scale.presets:
        if set(preset.symbols) & set(scale.symbols) and preset.normalise(text) is not None:
            return name, preset
    return None


def _part_of(typed: str, form: str) -> bool:  # (「計画通り」, 「完了」 of 計画どおり完了; not 組中)
    return (
        form.startswith(typed)
        or (typed in form and len(form) - len(typed) >= len(typed))
        or (len(typed) >= 3 and form.endswith(typed))  # (「対象外」 of 評価対象外: review 75)
    )


def _one_apart(form: str, typed: str) -> bool:
    """Whether ``typed`` is ``form`` with one character changed or one added, or with its
    okurigana written out (「取り組み中」 for 取組中: the same kanji, kana apart)."""
    if typed != form and "" != re.sub("[ぁ-ゖ]", "", form) == re.sub("[ぁ-ゖ]", "", typed):
        return True
    if len(form) == len(typed):
        return sum(a != b for a, b in zip(form, typed, strict=True)) == 1
    return len(typed) == len(form) + 1 and any(
        typed[:at] + typed[at + 1 :] == form for at in range(len(typed))
    )


# letters and marks typed for a symbol they look like (compared after NFKC and in capitals)
_LOOKALIKES = {"O": "○", "X": "×", "▲": "△", "▵": "△", "⊚": "◎", **dict.fromkeys("ー―‐—–−", "-")}
