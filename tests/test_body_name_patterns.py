"""A body's name found in a file's name (io/body_name.py) within each run of letters, with one
class of every kanji compiled (perf54: each costs 13.5–15 M instructions to compile, and a --bodies
read compiled five): the same names, spans and answers as the one pattern spelling the class
for each letter, and a file named 「body_0001_島北市」 compiling that one class alone."""

from __future__ import annotations

import random
import re
import subprocess
import sys
from collections.abc import Iterator

from planeval.io import body_name
from planeval.io.body_name import _LETTER, _PREFECTURES, _WRAPPING, _named, _wraps

# the pattern each class of letters was spelled in before (five classes compiled in all)
_SPELLED = re.compile(
    rf"(?:{_PREFECTURES})?(?:{_LETTER}+?郡)?{_LETTER}+?[市区町村](?:[市区](?!{_LETTER}))?"
    rf"(?:{_LETTER}+?区)?|{_PREFECTURES}"
)
_PIECES = [
    *"市区町村郡県都道府北海東京長野大阪山田川島緑町々あアー・_ 0１9-（)(【】\n",
    *("𠮷", "﨑", "㐂", "a", "調査票", "回答", "令和", "年度", "元", "結果", "取組", "様式"),
]


def _texts(count: int) -> Iterator[str]:
    pick = random.Random(54)
    prefectures = _PREFECTURES.split("|")
    for _ in range(count):
        text = "".join(pick.choice(_PIECES) for _ in range(pick.randint(0, 10)))
        yield pick.choice(prefectures) + text if pick.random() < 0.2 else text


def test_names_found_run_by_run_are_the_spelled_patterns() -> None:
    found = 0
    for text in _texts(20_000):
        spelled = [(match.span(), match[0]) for match in _SPELLED.finditer(text)]
        assert [(match.span(), match[0]) for match in _named(text)] == spelled, text
        first = _SPELLED.match(text)
        expected = first[0] if first is not None and first.end() < len(text) else ""
        assert body_name.body_first(text) == expected, text
        found += bool(spelled)
    assert found > 5_000  # (names found, not only texts without one)


def test_wrapping_without_letters_is_told_without_its_pattern() -> None:
    pick = random.Random(3)
    for text in _texts(20_000):
        start = pick.randint(0, len(text))
        end = pick.randint(start, len(text))
        expected = _WRAPPING.fullmatch(text, start, end) is not None
        assert _wraps(text, start, end) is expected, (text, start, end)
    assert body_name.file_named("【令和6年度回答】大分県大分市") == "大分県大分市"
    assert body_name.file_named("body_0001_島北市") == "島北市"
    assert body_name.file_named("03_緑町\n") == "緑町\n"  # (a line break wraps nothing)


def test_a_bodies_file_name_compiles_one_class_of_letters() -> None:
    counted = (
        "from planeval.io import body_name as b\n"
        "assert b.names_without_codes(['body_0001_島北市', 'body_0002_福桜市']) == "
        "['島北市', '福桜市']\n"
        "print(sum(vars(p)['compiled'].pattern.count(b._LETTER) for p in vars(b).values()"
        " if isinstance(p, b.LazyPattern) and 'compiled' in vars(p)))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", counted], capture_output=True, text=True, check=True
    )
    assert done.stdout.strip() == "1"
