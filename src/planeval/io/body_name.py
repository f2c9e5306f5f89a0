"""The name a workbook's file gives its body (a file renamed on its way, 回答1.xlsx, is still
the body its form states: io/stated_heading.py): ``--bodies file`` names each workbook's body
by its form, else by its file's name without the code filed before it (「03_緑町」 → 緑町); one
body written otherwise (ヶ/ケ, 役場, a prefecture before it) is the same body; a copy
(「… (1)」) told by its name (a corrected version, 修正版, by revised_names.py); the bodies in their codes' order.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Collection, Iterator, Sequence

from planeval.lazy_pattern import LazyPattern
from planeval.text import compact, comparable_name


def in_code_order(bodies: Sequence[str], codes: dict[str, str]) -> list[str]:
    """The bodies in the order of their codes (a prefecture lists its municipalities so); a
    body stating none (its form returned blank, its code typed without its label, its file
    not counted) stays after the body before it in the inputs' order. As they are when no
    body states a code, or the codes are of different lengths (five digits beside six)."""
    stated = [codes[body] for body in bodies if body in codes]
    if not stated or len(set(map(len, stated))) != 1:
        return list(bodies)
    keys: dict[str, tuple[str, bool, int]] = {}
    last = ""
    for position, body in enumerate(bodies):
        last = codes.get(body, last)
        keys[body] = (last, body not in codes, position)
    return sorted(bodies, key=keys.__getitem__)


_PREFECTURES = (
    "北海道|青森県|岩手県|宮城県|秋田県|山形県|福島県|茨城県|栃木県|群馬県|埼玉県|千葉県|"
    "東京都|神奈川県|新潟県|富山県|石川県|福井県|山梨県|長野県|岐阜県|静岡県|愛知県|三重県|"
    "滋賀県|京都府|大阪府|兵庫県|奈良県|和歌山県|鳥取県|島根県|岡山県|広島県|山口県|徳島県|"
    "香川県|愛媛県|高知県|福岡県|佐賀県|長崎県|熊本県|大分県|宮崎県|鹿児島県|沖縄県"
)
# (a place name's kanji in any block: 﨑 and 髙's other forms among the compatibility ideographs,
# 𠮷 beyond the BMP — 032115_﨑坂市 was named 坂市: review 171's --bodies folder)
_LETTER = "[\u3005\u3041-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003ffff]"


_LETTERS = LazyPattern(f"{_LETTER}+")
# A body's name: looked for within each run of letters (each of its letters is one), so `.`
# stands for a letter and `(?!.)` for the run's end — one class of every kanji compiled, not
# five (13.5–15 M instructions each to compile, in a --bodies read: perf54).
_NAMED = LazyPattern(
    rf"(?:{_PREFECTURES})?(?:.+?郡)?.+?[市区町村](?:[市区](?!.))?(?:.+?区)?|{_PREFECTURES}"
)


def _named(text: str) -> Iterator[re.Match[str]]:
    """Each body's name in ``text``, in order (as one pattern spelling each letter would)."""
    for run in _LETTERS.finditer(text):
        yield from _NAMED.finditer(text, run.start(), run.end())


def body_first(name: str) -> str:
    """The body a plan's name begins with, its plan's words after it (「世田谷区情報化事業計画」
    → 世田谷区, 「東京都世田谷区情報化事業計画」 → 東京都世田谷区); "" where it begins with
    none (「情報化事業計画」) or is a body's name alone."""
    run = _LETTERS.match(name)
    match = _NAMED.match(name, 0, run.end()) if run is not None else None
    return match[0] if match is not None and match.end() < len(name) else ""


def other_body_named(file_stem: str, stated: str) -> str | None:
    """The body a file's name names when it is not the body the workbook states (a form copied
    from a neighbour, an old name: 「21_川辺町.xlsx」 stating 山田村), or None. Only a name
    standing as a word of the file's name counts (「06_東山市」「東山市回答」, not the 市町 of
    「市町村DX回答」 nor the 都市 of 「都市整備」)."""
    if stated in file_stem:
        return None
    for name in _standing(file_stem):
        if name not in stated and stated not in name and not same_body(name, stated):
            return name  # (not 白鳥ヶ丘市 stated in 015_白鳥ケ丘市.xlsx)
    return None


def body_standing(file_stem: str) -> str | None:
    """The first body a file's name names as a word of it (「222097_島田市」「島田市回答」: 島田市;
    not the 都市 of 「都市整備部」), or None."""
    return next(_standing(file_stem), None)


def _standing(file_stem: str) -> Iterator[str]:
    """The bodies a file's name names each as a word of it, in order (other_body_named)."""
    for match in _named(file_stem):
        alone = not _LETTERS.match(file_stem, match.end()) or _AFTER_NAME.match(
            file_stem, match.end()
        )
        before = match.start() == 0 or not _LETTERS.match(file_stem, match.start() - 1)
        if alone and before:
            yield match[0].removeprefix("年度")  # (「令和5年度東山市」: after the year)


# How one body's name is written otherwise (review 29): a small ヶ ヵ ッ for the large ケ カ ツ
# (白鳥ヶ丘市 / 白鳥ケ丘市, as place names write either; a half-width ｹ is NFKC's), 役場 or 役所
# after it (柏木田村役場), its prefecture or 郡 before it (架空県 川辺崎市), spaces of any width
_SMALL_KANA = str.maketrans("ヶヵッ", "ケカツ")
_OFFICE = LazyPattern(r"(?:役場|役所)$")
_PREFECTURE_LIKE = LazyPattern(rf"{_LETTER}{{1,3}}[都道府県](?:{_LETTER}+?郡)?")
_DISTRICT = LazyPattern(rf"{_LETTER}+?郡")
_MUNICIPALITY = LazyPattern(rf"{_LETTER}+[市区町村]")


def folded(name: str) -> str:
    """A body's name as compared with another writing of it: NFKC, no spaces of any width,
    a small ヶ ヵ ッ as the large one, no 役場 or 役所 after it (白鳥ヶ丘市役所 → 白鳥ケ丘市)."""
    return _OFFICE.sub("", compact(name).translate(_SMALL_KANA))


def same_body(one: str, other: str) -> bool:
    """Whether two writings name one body: alike once folded, or one a municipality's name
    and the other it after a prefecture's (any name ending in 都道府県: 架空県 川辺崎市) or a
    郡's (three letters or more then: 大和郡山市 is no 山市). Nothing else is guessed: 白石野市
    and 白石市 are two bodies."""
    a, b = folded(one), folded(other)
    if a == b:
        return bool(a)
    short, long = sorted((a, b), key=len)
    if not long.endswith(short) or _MUNICIPALITY.fullmatch(short) is None:
        return False
    before = long[: len(long) - len(short)]
    return bool(
        _PREFECTURE_LIKE.fullmatch(before) or (len(short) >= 3 and _DISTRICT.fullmatch(before))
    )


class NameIndex:
    """Names looked up by ``same_body`` without comparing each with every other: the names a
    name may be one body with are alike once folded, or end in it, or it ends in them, so only
    those are compared (a national list of 1,741 bodies against as many replies was seven
    million comparisons: review 156)."""

    def __init__(self) -> None:
        self._names: list[str] = []
        self._whole: dict[str, list[int]] = {}  # (a folded name → where it stands)
        self._tails: dict[str, list[int]] = {}  # (every ending of a folded name → where)

    def add(self, name: str) -> None:
        """``name`` the next in order."""
        at, key = len(self._names), folded(name)
        self._names.append(name)
        self._whole.setdefault(key, []).append(at)
        for start in range(len(key)):
            self._tails.setdefault(key[start:], []).append(at)

    def alike(self, name: str) -> list[int]:
        """Where the names ``same_body`` finds one body with ``name`` stand, in order."""
        key = folded(name)
        near = set(self._tails.get(key, ()))
        for start in range(1, len(key)):
            near.update(self._whole.get(key[start:], ()))
        return sorted(at for at in near if same_body(self._names[at], name))


def file_written(
    file_body: str, file_stem: str, stated: str, twins: Collection[str] = ()
) -> str | None:
    """The body's name as its file's name writes it (``file_body``: --bodies file's name of
    the file, else a name in ``file_stem``) where the workbook's 団体名 writes that body
    otherwise (015_白鳥ケ丘市.xlsx stating 白鳥ヶ丘市, 004_柏木田村.xlsx stating 柏木田村役場,
    003_川辺崎市.xlsx stating 架空県 川辺崎市), else None. The file's name is the one a body's
    folder gives it under --bodies folder, and the one the collector filed it by: one body,
    one name in either mode, whatever each clerk typed — but for a prefecture the file's name
    adds and the form does not: 【令和6年度回答】長野県上田市.xlsx stating 上田市 is 上田市,
    as its folder and the roster name it (review 83b), unless the name, as compared, is one
    of ``twins`` (two bodies' name, which the prefecture tells apart: 北海道伊達市)."""
    for name in (file_body, *(match[0] for match in _named(file_stem))):
        if not same_body(name, stated):
            continue
        cut = [bare for bare in prefecture_cuts(name) if same_body(bare, stated)]
        if cut and stated == without_prefecture(stated):
            name = name if comparable_name(cut[0]) in twins else cut[0]
        return None if name == stated else name
    return None


_PREFECTURE_OWN = LazyPattern(rf"{_LETTER}{{1,3}}県")


def prefecture_cuts(name: str) -> list[str]:
    """``name`` without a prefecture's name before a municipality's, each way it may be cut:
    one of the 47 (長野県上田市 → 上田市), or one to three letters then 県 — a prefecture's
    own name its replies' files give, 【令和6年度回答】北山県南原市.xlsx (review 165 #2) —,
    a municipality's name left (not the 市 of 山県市, nor 郡北広島町 of 山県郡北広島町); none
    for a name with no prefecture before it. Only where a form or a list names the body so is
    it cut: 宇都宮市 is no 宮市 of 宇都 (file_written, on_list, roster.as_listed)."""
    cuts = [bare] if (bare := without_prefecture(name)) != name else []
    for end in range(2, min(len(name), 5)):
        rest = name[end:]
        if (
            _PREFECTURE_OWN.fullmatch(name, 0, end)
            and not rest.startswith("郡")
            and _MUNICIPALITY.fullmatch(rest)
        ):
            cuts.append(rest)
    return cuts


# what a file's name may add after the body's name: 「青葉市役所」「青葉市回答」「青葉市分」
_AFTER_NAME = LazyPattern(r"役所|役場|回答|分|提出|調査票|様式")


# What a file's name may wrap a body's name in, and nothing else: codes, brackets, separators
# and the words a clerk adds to a reply (「調査票（…）」「【令和6年度回答】…」「…_回答」).
_WRAPPING = LazyPattern(
    rf"(?:調査票|回答票?|提出用?|様式|令和[0-9０-９元]+年度|年度|(?:取り?組み?|評価)?結果"
    rf"|(?!{_LETTER}).)*"
)


def _wraps(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is _WRAPPING's; one holding no letter is, unless it breaks a
    line (「body_0001_」: its pattern, a class of every kanji, compiled only for letters)."""
    if _LETTERS.search(text, start, end) is None:
        return "\n" not in text[start:end]
    return _WRAPPING.fullmatch(text, start, end) is not None


# What Windows and mail programs add to a second copy of a file: 「回答(1)」「回答 - コピー」
_COPY = LazyPattern(
    r"\s*(?:[(（][0-9０-９]+[)）]|[-－]\s*(?:コピー|Copy)(?:\s*[(（][0-9]+[)）])?)$"
)


def without_copy_mark(file_stem: str) -> str:
    """A file's name without the mark a second copy of it gets (「回答(1)」 → 回答)."""
    return _COPY.sub("", file_stem)


# A code before the name in a file's name: letters, digits and separators, with a digit among
# them (「03_緑町」「131016 東京都千代田区」「body_0001_島北市」「R6-青葉市」).
_CODE = LazyPattern(r"^[0-9A-Za-z０-９Ａ-Ｚａ-ｚ_＿\-－‐ 　.．]+")
_DIGIT = LazyPattern(r"[0-9０-９]")


# (each file's name asked twice, as its body is named and as its code is read)
@functools.lru_cache(maxsize=4096)
def file_named(file_stem: str) -> str:
    """The name a file gives its body: the body's name where the rest of the file's name only
    wraps it (「調査票（山梨県甲府市）」「【令和6年度回答】大分県大分市」 → the body), else the
    file's name without a code before the body's name (「03_緑町」 → 緑町, 「body_0001_島北市」 →
    島北市, 「13_朝日町_総務課」 → 朝日町_総務課); a name naming no body after its code (「001」,
    「2024_回答」) is kept as it is."""
    # (a space typed after the prefecture, 「【回答】長野県 上田市」, joins nothing: review 84)
    file_stem = _SPACED_PREFECTURE.sub(r"\1", file_stem)
    named = next(_named(file_stem), None)
    if (
        named is not None
        and not _COPY.search(file_stem)  # (「…(1)」, a second copy, stays apart as it was)
        and _wraps(file_stem, 0, named.start())
        and _wraps(file_stem, named.end(), len(file_stem))
    ):
        return named[0]
    code = _CODE.match(file_stem)
    if code is None or not _DIGIT.search(code[0]):
        return file_stem
    rest = file_stem[code.end() :]
    return rest if rest and body_named(rest) is not None else file_stem


def names_without_codes(names: Sequence[str]) -> list[str]:
    """Each of several files' or folders' names as file_named gives it, unless two would then
    be one name (01_緑町 beside 緑町): those keep theirs."""
    named = [file_named(name) for name in names]
    once = Counter(named)
    return [bare if once[bare] == 1 else name for bare, name in zip(named, names, strict=True)]


def prefecture(code: str) -> str:
    """The prefecture a 団体コード's first two digits name (01 北海道 … 47 沖縄県), or ""."""
    number = int(code[:2]) if code[:2].isdigit() else 0
    return _PREFECTURES.split("|")[number - 1] if 1 <= number <= 47 else ""


def prefecture_in(name: str) -> str:
    """The prefecture a folder's name names (「13_東京都」: 東京都), or ""."""
    return found[0] if (found := re.search(_PREFECTURES, name)) else ""


def filed_code(file_stem: str, fewest: int = 1) -> str:
    """The code a file's name is filed under before the body's name (「132063_府中市」 →
    132063; 「２２２０８９_沢橋市」 → 222089, as the list writes it), or "" where file_named finds
    none or it has fewer than ``fewest`` digits."""
    code = _CODE.match(file_stem)
    digits = compact("".join(_DIGIT.findall(code[0]))) if code else ""
    return digits if len(digits) >= fewest and file_named(file_stem) != file_stem else ""


def body_named(file_stem: str) -> str | None:
    """The body a file's name names (「03_緑町_修正版」 → 緑町), or None."""
    match = next(_named(file_stem), None)
    return match[0] if match else None


_PREFECTURE = LazyPattern(rf"^(?:{_PREFECTURES})(?=.)")
_SPACED_PREFECTURE = LazyPattern(rf"({_PREFECTURES})[ \u3000]+(?=[^\s_]{{1,8}}?[市区町村郡])")


def on_list(body: str, listed: frozenset[str], twins: Collection[str] = ()) -> str:
    """The list's name of ``body`` where the list writes that one body otherwise — the
    prefecture before it (佐賀県若之岡市 of the list's 若之岡市: review 156 #5, the stated name
    shown in every table), 役場 after it, ヶ for ケ (same_body) —: the ministry's name; else
    ``body`` (a name the list has, lacks, or gives two bodies: ``twins``, 伊達市)."""
    if not listed or body in listed or comparable_name(without_prefecture(body)) in twins:
        return body
    names = _folded_names(listed)
    alike = [name for name in names.get(_key(body), ()) if same_body(name, body)]
    if not alike:  # (北山県南原市 of the list's 南原市: a prefecture's own name before it)
        alike = [name for bare in prefecture_cuts(body) for name in names.get(_key(bare), ())]
    return alike[0] if len(alike) == 1 else body


@functools.lru_cache(maxsize=4)
def _folded_names(listed: frozenset[str]) -> dict[str, list[str]]:
    """The list's names by their folded names without a prefecture (a roster's 1,700 once)."""
    names: dict[str, list[str]] = {}
    for name in sorted(listed):
        names.setdefault(_key(name), []).append(name)
    return names


def _key(name: str) -> str:
    return folded(without_prefecture(compact(name)))


def without_prefecture(name: str) -> str:
    """A municipality's name without the prefecture before it (宮城県緑町 → 緑町), as two
    rounds' files or a report's heading may name it; a prefecture's own name as it is."""
    return _PREFECTURE.sub("", name, count=1)
