"""A national roll-up types its counts of bodies with thousands separators (「全1,700団体（都道府県
47、市区町村1,653）で、回答団体数は1,680団体」): each is read whole, half-width or full-width, and
compared with the bodies read (review 156 #1: 「1,680団体」 was read as 「事業の数 1」, a false
disagreement against every row counted, and a wrong 「市区町村1,635」 passed unread)."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from tests.test_check_review137 import _ROSTER, _survey_check
from tests.test_check_review142 import GUNMA, NAMES, RATINGS, _check, _summary, _wrong


def _kinds() -> tuple[int, int]:
    prefectures = sum(code[2:5] == "000" for code, *_ in _ROSTER[1:])
    return prefectures, len(_ROSTER) - 1 - prefectures


def test_counts_of_bodies_with_thousands_separators_are_read_whole(tmp_path: Path) -> None:
    prefectures, municipalities = _kinds()
    bodies = prefectures + municipalities
    text = (
        f"調査対象は全{bodies + 1000:,}団体（都道府県{prefectures}、市区町村{municipalities + 1000:,}）"
        f"で、回答団体数は{bodies + 1000:,}団体でした。\n"
    )
    code, data = _survey_check(tmp_path, text)
    assert code == 1
    found = [(d["what"], d["stated"], d["counted"]) for d in data["disagreements"]]
    assert found == [
        ("bodies", bodies + 1000, bodies),
        ("municipalities", municipalities + 1000, municipalities),
        ("answered bodies", bodies + 1000, bodies),
    ], data
    assert data["not_compared"] == [], data


def test_full_width_separated_counts_are_read_whole(tmp_path: Path) -> None:
    prefectures, municipalities = _kinds()
    stated = f"{municipalities + 2000:,}".translate(
        str.maketrans("0123456789,", "０１２３４５６７８９，")
    )
    code, data = _survey_check(
        tmp_path, f"都道府県{prefectures}、市区町村{stated}が回答しました。\n"
    )
    assert code == 1
    found = [(d["what"], d["stated"], d["counted"]) for d in data["disagreements"]]
    assert found == [("municipalities", municipalities + 2000, municipalities)], data


def test_a_right_count_with_a_separator_agrees(tmp_path: Path) -> None:
    """A list of 1,004 bodies, 1,000 of them marked 辞退: 「1,004団体」「市区町村1,003」 agree, and
    no 「事業の数 1」 is read from them."""
    codes = [f"{13 + n // 100:02d}{n % 100 + 300:03d}" for n in range(1000)]  # (村: 3xx)
    declined = [[_with_check_digit(c), "東京都", f"辞退村{n}", "辞退"] for n, c in enumerate(codes)]
    roster = [[*row, "回答状況" if n == 0 else ""] for n, row in enumerate(_ROSTER)] + declined
    prefectures, municipalities = _kinds()
    bodies = len(roster) - 1
    text = (
        f"全{bodies:,}団体（都道府県{prefectures}、市区町村{bodies - prefectures:,}）のうち、"
        f"{prefectures + municipalities}団体が回答しました。\n"
    )
    code, data = _survey_check(tmp_path, text, roster=roster)
    assert (code, data["disagreements"], data["not_compared"]) == (0, [], []), data
    read = [(n["what"], n["value"]) for s in data["statements"] for n in s["numbers"]]
    assert read == [
        ("bodies", bodies),
        ("prefectures", prefectures),
        ("municipalities", bodies - prefectures),
        ("answered bodies", prefectures + municipalities),
    ], read


def _with_check_digit(five: str) -> str:
    """A 団体コード: five digits and the check digit JIS X 0402 gives them."""
    total = sum(int(digit) * weight for digit, weight in zip(five, range(6, 1, -1), strict=True))
    return five + str((11 - total % 11) % 10)


def test_a_summary_line_of_separated_counts_is_compared(tmp_path: Path) -> None:
    """「達成A 1,003／前進B 3／…（計1,008）」: each count of the line read whole (the line was not
    read at all: its numbers typed with a separator)."""
    counts = Counter(RATINGS)
    line = _summary(counts, {"A": 1000}, "／").replace(
        f"（計{counts.total()}）", f"（計{counts.total() + 1000:,}）"
    )
    line = line.replace(f"達成A {counts['A'] + 1000}", f"達成A {counts['A'] + 1000:,}")
    code, data = _check(tmp_path, tuple(NAMES[s] for s in RATINGS), GUNMA, f"{line}\n")
    assert code == 1
    assert _wrong(data) == {
        "A": (counts["A"] + 1000, counts["A"]),
        "total": (counts.total() + 1000, counts.total()),
    }, data


def test_a_change_in_brackets_with_a_separator_is_a_change(tmp_path: Path) -> None:
    """「達成Aは3指標（▲1,000）」: the bracket's 1,000 is a change of the count, not compared."""
    counts = Counter(RATINGS)
    text = f"達成Aは{counts['A']}指標（▲1,000）でした。\n"
    code, data = _check(tmp_path, tuple(NAMES[s] for s in RATINGS), GUNMA, text)
    changes = [(n["stated"], n["reason"]) for n in data["not_compared"]]
    assert changes == [(-1000, "▲（減少）の数は件数ではないので比べません")], data
    assert code == 0, data
