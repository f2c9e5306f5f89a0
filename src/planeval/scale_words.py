"""A scale's words as prose writes them (for ``check``): its labels, symbols and aliases, the
longest first, so 達成 is never read inside 一部達成 or 未達成; the patterns that find them
before or after a number; and the thresholds some labels hold (Nagoya's 100%…)."""

from __future__ import annotations

import re
import unicodedata

from planeval.legend_labels import short_label
from planeval.legend_lines import is_legend_line, legend_symbols, without_numbers
from planeval.scale import Scale
from planeval.scope_words import COUNTERS
from planeval.stated_number import TOTAL

_EACH_NEXT = re.compile(r"^\s*[、,]\s*\d")  # (another number right after: 「3個、1個」)


def normalised(text: str) -> str:
    return unicodedata.normalize("NFKC", text)


def as_typed(found: str, text: str) -> str:
    """``found``, words of ``text`` as read after NFKC (normalised), as ``text`` types them:
    「(3項目再掲…)」 as 「（3項目再掲…）」 (review 116); ``found`` where ``text`` holds it not."""
    starts: list[int] = []  # (each character of the normalised text: where it is typed)
    for index, char in enumerate(text):
        starts += [index] * len(normalised(char))
    at = "".join(normalised(char) for char in text).find(found) if found else -1
    if at < 0:
        return found
    end = at + len(found)
    return text[starts[at] : starts[end] if end < len(starts) else len(text)]


# an item's mark, ① to ⑳ and ㉑ to ㊿: NFKC makes it a digit, which before a counter reads as a
# count (「① 取組1-1」 as 「1 取組」, 「①3件」 as 13件: review 93)
_ENCLOSED = re.compile("[\u2460-\u2473\u3251-\u325f\u32b1-\u32bf]")


def normalised_prose(text: str) -> str:
    """``text`` after NFKC, as normalised(), but with its enclosed numbers (①) kept: an item's
    mark in prose, never a number a sentence states."""
    if _ENCLOSED.search(text) is None:
        return normalised(text)
    marks = _ENCLOSED.findall(text)
    parts = _ENCLOSED.split(text)
    return "".join(normalised(part) + mark for part, mark in zip(parts, [*marks, ""], strict=True))


class ScaleWords:
    """The loaded scale's words as found in prose: labels, symbols and aliases, longest first."""

    def __init__(self, scale: Scale) -> None:
        self.scale = scale
        names: dict[str, str] = {}
        for status in scale.statuses:
            forms = [
                status.symbol,
                status.label,
                *status.aliases,
                short_label(scale, status.symbol),
            ]
            for form in forms:
                key = normalised(form).strip()
                if key:
                    names.setdefault(key, status.symbol)
            for form in (status.label, *status.aliases):  # 「達成A」: the label with the symbol
                key = normalised(form + status.symbol).strip()
                names.setdefault(key, status.symbol)
                # 「目標を達成した」: a label of a noun and an act, 目標達成, as a sentence writes it
                if (act := _NOUN_ACT.fullmatch(normalised(form).strip())) is not None:
                    names.setdefault(f"{act[1]}を{act[2]}", status.symbol)
        for short, symbol in _short_forms(scale, names).items():
            names.setdefault(short, symbol)
        self.names = names
        alternatives = []
        for name in sorted(names, key=lambda n: (-len(n), n)):
            alternative = re.escape(name)
            if re.match(r"[A-Za-z0-9]", name):  # "A", "1": never inside "DX" or "21"
                alternative = rf"(?<![A-Za-z0-9.]){alternative}"
            if re.search(r"[A-Za-z0-9]$", name):
                alternative = rf"{alternative}(?![A-Za-z0-9])"
            alternatives.append(alternative)
        core = "|".join(alternatives) or r"(?!x)x"
        self.core = core  # (any of the scale's words, no group)
        # (「達成できなかった指標（C評価）」: the rows' word between a label and its symbol,
        # review 64)
        # (「評価できない（−）ものが1事業」: もの after the symbol too, review 131 #6; 「Cランク」 is C,
        # review 192 #7)
        self.mention = (
            rf"[「『\"(]?\s*(?P<core>{core})\s*(?:{_THINGS})?"
            rf"(?:{_BETWEEN}\(\s*(?P<paren>{core})\s*(?:評価)?\s*\)\s*(?:{_THINGS})?)?"
            rf"[」』\")]?\s*(?:評価|判定|ランク)?"
        )
        # (「C評価となった8指標」「達成できなかった（C評価）8指標」: review 58; 「完了した20件の達成
        # 度は」: 完了's 20, review 119 #2; 「C評価の指標は
        # 5指標」, the rows' word after の: review 64, read as the total)
        # (「目標を大きく下回った（5）事務事業は6事業」: the rows' word right after the status,
        # a word ending in a counter: review 78, read as the total)
        # (「「A」と評価された取組が1件」「Aと評価された2件の事業」: the status the rows were
        # rated, qualifying them, review 93 N2 — read as the total; 「評価できないKPIが4指標」
        # 「評価対象外とした事務事業が2事業」 too, review 104, 103; 「※評価対象外（新規事業）2事業は
        # 含まない」, a remark in brackets after the status, review 121)
        self.before = re.compile(
            rf"{self.mention}{_REMARK}\s*(?:が|は|の|:|=|となった|とされた|した|(?:の|となった|とされた|とした|した)"
            rf"{_BETWEEN}(?:が|は)|{_ROWS_WORD}(?:が|は)"
            rf"|{_RATED_AS}(?:{_BETWEEN}(?:が|は)|{_ROWS_WORD}(?:が|は))?)?\s*$"
        )
        # (「2施策が達成度1でした」: the status after its title, review 80)
        self.after = re.compile(
            rf"^(?:\s*(?:が|は)\s*[、,]?\s*|\s*)(?:{_STATUS_TITLE}\s*)?{self.mention}"
        )
        # 「D評価を除く35指標」: the total less the status named, no count of it said (review 197 #3);
        # 「評価できない指標を除いた35指標」「D評価の指標を除く」, the rows' word after it (review 200 #1)
        self.without = re.compile(
            rf"{self.mention}(?:(?:の|とされた|となった){_BETWEEN})?(?:{_ROWS_WORD})?"
            r"\s*を\s*除(?:く|いた)\s*$"
        )
        # 「3項目すべてが完了しました」「2事業はいずれも計画どおり」: the status every one of them has
        # (「3事業すべてが達成度3でした」: after its title, review 111)
        self.every = re.compile(
            rf"^\s*(?:は|が|の)?\s*[、,]?\s*(?:すべて|全て|全部|いずれも)\s*(?:が|は|も)?\s*[、,]?\s*"
            rf"(?:{_STATUS_TITLE}\s*)?{self.mention}"
        )
        # "A評価の割合は44.9%", "効果的(A)と評価した施策の割合は45.0%": the share of A; "目標達成
        # (A)は全体の45.0%", "Aが全体の45%" too (review 113)
        self.share = re.compile(
            rf"{self.mention}(?:[^、。,\d「」『』]{{0,12}}?割合\s*(?:は|が|で|:|=)?"
            r"|\s*(?:は|が)\s*[、,]?\s*全体\s*の)\s*(?:約)?\s*$"
        )
        # 「(C)・(D)・(E)がそれぞれ1個」: one number stated of each status listed
        bare = self.mention.replace("(?P<core>", "(?:").replace("(?P<paren>", "(?:")
        self.each = re.compile(
            rf"(?:{bare}\s*(?:・|、|,|と|及び|および)\s*)+{bare}\s*(?:が|は)?\s*(?:それぞれ|各)\s*$"
        )
        self.one = re.compile(self.mention)
        # labels that hold numbers (Nagoya's 「100%またはそれ以上の達成状況」, 「80%以上」): their
        # numbers are the scale's thresholds, never stated counts or shares
        self.numbered_labels = {
            label: status.symbol
            for status in scale.statuses
            if re.search(r"\d", label := normalised(status.label).strip())
        }
        self.label_numbers = (
            re.compile(
                "|".join(map(re.escape, sorted(self.numbered_labels, key=len, reverse=True)))
            )
            if self.numbered_labels
            else None
        )
        # a legend's symbol and its label shortened after a colon (「B：80%以上」), or a table's
        # row with it in the next cell (「B ⇥ 80%以上 ⇥ 12 ⇥ 9」: review 43, 評価 | 評価の基準 | …)
        symbols = {symbol: label for label, symbol in self.numbered_labels.items()}
        self.legend_entry = re.compile(
            rf"(?<![A-Za-z0-9])({'|'.join(map(re.escape, symbols))})"
            r"(?:\s*[:：]\s*|\t\s*|\s{2,})([^\s、，,]+)"
        )
        self.label_of = symbols
        self.legend_symbols = legend_symbols(scale.symbols)  # (any preset's legend line)

    def without_thresholds(self, plain: str) -> str:
        """``plain`` without the numbers of the labels it quotes, each label its symbol: a
        legend (「A：100%またはそれ以上の達成状況 B：80%以上の達成状況」, or shortened, 「B：80%
        以上」) states nothing,
        「達成率100%以上4件」 is 「「A」4件」, and 「B（80%以上）が9事業」 — a label shortened in
        brackets after its symbol — is 「Bが9事業」. Any threshold in brackets, a bound or a range
        of percents, is no share either, whatever the labels: a form's scale line 「評価基準　A
        計画以上（100%超）　B 計画どおり（80～100%）」 states nothing (review 136 #2), nor does a
        legend line whatever its labels, 「B：達成率80%以上」 unbracketed (legend_lines.py)."""
        if is_legend_line(plain, self.legend_symbols):  # (「※評価　A：…　B：達成率80%以上…」)
            return without_numbers(plain)
        plain = _THRESHOLD.sub("", plain) if "%" in plain else plain
        if self.label_numbers is None:
            return plain
        plain = self.legend_entry.sub(
            lambda found: (
                found[1] if found[2].rstrip("。") in self.label_of[found[1]] else found[0]
            ),
            plain,
        )
        plain = _BRACKETED.sub(
            lambda found: (
                "" if any(found[1].strip() in label for label in self.numbered_labels) else found[0]
            ),
            plain,
        )
        # (「達成率100%以上4件」, as planeval's own sentence writes a status: 「A」4件)
        return self.label_numbers.sub(lambda found: f"「{self.numbered_labels[found[0]]}」", plain)

    def listed(self, before: str) -> list[str]:
        """The statuses ``before`` lists for one number stated of each (「(C)・(D)・(E)が
        それぞれ」 → C, D, E); none when it lists none."""
        if not before.rstrip().endswith(("それぞれ", "各")):
            return []  # (most numbers: no list before them, and no search)
        each = self.each.search(before)
        if each is None:
            return []
        return list(dict.fromkeys(map(self.symbol, self.one.finditer(each[0]))))

    def stated_of(
        self, before: str, after: str, gap: str, pending: list[str]
    ) -> tuple[list[str], list[str]]:
        """The statuses a number after ``before`` is stated of where its words list them, and
        those a 「それぞれ」 left for the numbers after it (``pending``: of the numbers before,
        ``gap`` back): 「(C)・(D)・(E)がそれぞれ1個」 C, D and E; 「…それぞれ 3個、1個」 one
        each; 「3項目すべてが完了」 完了 and TOTAL (完了 3, of 3)."""
        listed = self.listed(before)
        if len(listed) > 1 and _EACH_NEXT.match(after):
            listed, pending = listed[:1], listed[1:]
        elif pending and re.fullmatch(r"\s*[、,]\s*", gap):
            listed, pending = pending[:1], pending[1:]
        if not listed and (every := self.every.match(after)) is not None:
            listed = [self.symbol(every), TOTAL]
        return listed, pending

    def symbol(self, match: re.Match[str]) -> str:
        return self.names[match["paren"] or match["core"]]

    def named_by(self, word: str) -> str:
        """The status ``word`` names: one of its words (label, symbol, alias), or the last word
        of one label alone (中止 of 事業中止: 「全38事業（うち中止3事業）」 is 事業中止's count,
        review 143 #1); "" where it names none."""
        word = normalised(word).strip()
        if not word or (found := self.names.get(word)) is not None:
            return found or ""
        ending = {
            status.symbol
            for status in self.scale.statuses
            if len(word) >= 2
            and len(label := normalised(status.label).strip()) > len(word)
            and label.endswith(word)
        }
        return ending.pop() if len(ending) == 1 else ""

    def describe(self) -> str:
        """The scale's words as messages quote them: "A（100%…）、B（…）"."""
        return "、".join(
            self.scale.named(symbol, "{symbol}（{label}）") for symbol in self.scale.symbols
        )


_BRACKETED = re.compile(r"\(([^()]*\d[^()]*)\)")
# a threshold in brackets (NFKC's): a percent with a bound, 「(100%超)」「(達成率80%以上)」
# 「(50%以上80%未満)」, or a range, 「(80~100%)」 — the bounds of a status, never a share stated
_BOUND = r"\d+(?:\.\d+)?\s*%\s*(?:超|以上|以下|未満|を超える|を上回る|を下回る|に満たない)"
_RANGE = r"\d+(?:\.\d+)?\s*%?\s*[~〜～]\s*\d+(?:\.\d+)?\s*%\s*(?:未満|以下)?"
_THRESHOLD = re.compile(
    rf"\(\s*[^\d()、。,]{{0,6}}?(?:{_RANGE}|{_BOUND}(?:\s*[、,・]?\s*{_BOUND})?)\s*\)"
)
# a few words of the rows between a status and what follows it (した指標, の施策): no number,
# no bracket, no punctuation
_BETWEEN = r"[^\s、。,()「」\d:=]{0,6}?"
# the rows a status's label speaks of as things: 「評価できないもの」「順調なもの」
_THINGS = r"(?:なもの|のもの|もの)\s*"
# a short remark in brackets after a status, no number in it (「評価対象外（新規事業）」)
_REMARK = r"(?:\s*\([^()\d、。,「」]{1,12}\))?"
# the rows rated as a status, before the rows' word: 「Aと評価された（取組）」「Aと評価した」「Aの評価の」
# 「Aが評価された」
_RATED_AS = r"(?:と\s*評価\s*(?:された|した|されている|している)|の\s*評価\s*の|が\s*評価\s*された)"
# a status's title before its symbol (川崎市's 「達成度1」: the 1 is the status, not a count)
_STATUS_TITLE = r"(?:達成度|評価|ランク|判定|点検結果|評点|段階|レベル)"
# the rows' word a status qualifies (事務事業, 取組項目), no comparison (以外, 以上) before it
_ROWS_WORD = rf"(?!以外|以上|以下|未満)[\u3005\u4e00-\u9fff\u30a0-\u30ff]{{0,4}}?(?:{COUNTERS}|取組|取り組み|KPI)"
# a label of two words, a noun and an act (目標達成, 事業中止), which a sentence writes with を
_NOUN_ACT = re.compile(r"([\u4e00-\u9fff]{2})([\u4e00-\u9fff]{2})")
_WORDS: dict[int, tuple[Scale, ScaleWords]] = {}


# a label led by the rows' word: 「事業中止」, its short form 「中止」 (「中止が1事業」: review 151 #4)
_ROWS_LED = re.compile(rf"(?:{COUNTERS}|取組|取り組み)(?P<short>[\u3005\u4e00-\u9fff]{{2,}})")


def _short_forms(scale: Scale, names: dict[str, str]) -> dict[str, str]:
    """Each label's short form where the label is the rows' word and a status word (事業中止 →
    中止), as prose says it of the rows it counts; none that is, or is inside, or holds, another
    status's word (never 達成 of 一部達成), nor one two statuses' labels would give."""
    shorts: dict[str, set[str]] = {}
    for status in scale.statuses:
        for form in (status.label, *status.aliases):
            if (led := _ROWS_LED.fullmatch(normalised(form).strip())) is not None:
                shorts.setdefault(led["short"], set()).add(status.symbol)
    return {
        short: next(iter(symbols))
        for short, symbols in shorts.items()
        if len(symbols) == 1
        and not any(
            (short in name or name in short)
            for name, symbol in names.items()
            if symbol not in symbols and len(name) > 1
        )
    }


def words_of(scale: Scale) -> ScaleWords:
    found = _WORDS.get(id(scale))
    if found is None or found[0] is not scale:
        found = (scale, ScaleWords(scale))
        _WORDS[id(scale)] = found
    return found[1]
