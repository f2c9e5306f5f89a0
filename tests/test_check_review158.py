"""check on 山並県's 令和9年度 report (review 158), rated 達成A/前進B/横ばいC/後退D:

- #1: the line 「前年度（令和8年度）との比較：達成A 14（＋2）、…後退D 1（▲1）」, this year's counts
  each with its change in brackets, was passed over with nothing said: its counts are compared,
  its changes with --previous (else listed), and a run of statuses and numbers of no shape
  check reads is listed as not compared, never passed over.
- #2: a tab table under that line was taken for last year's (「前年度の表なので」), its wrong
  指標数 passing with exit 0 and its 前年度比 column never read: this year's, each column compared.
- #3: 「本計画に掲げる28指標の令和9年度の評価結果は」 was 「何の件数か読み取れません」, exit 1 on a
  correct report: the plan's items, compared as its total."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from typer.testing import CliRunner

from planeval.cli import app
from tests.conftest import write_book

RUNNER = CliRunner()
HEADER = ["情報化計画事業の体系", "実施内容", "所管部", "達成状況", "課題等"]
GUNMA = '[scale]\npreset = "gunma"\n[wording]\nitem = "指標"\nstatus_cell = "{label}{symbol}"\n'
NAMES = {"A": "達成A", "B": "前進B", "C": "横ばいC", "D": "後退D"}
NOW = ("A", "A", "A", "B", "B", "C", "D", "A")
BEFORE = ("A", "B", "B", "B", "C", "C", "D", "D")


def _book(folder: Path, ratings: tuple[str, ...]) -> Path:
    rows = [["1-1-1 事業" if n == 1 else "", f"({n}) 指標{n}", "企画部", NAMES[s], ""]
            for n, s in enumerate(ratings, start=1)]  # fmt: skip
    folder.mkdir(parents=True, exist_ok=True)
    return write_book(folder / "回答.xlsx", {"表": [HEADER, *rows]})


def _check(where: Path, text: str, *, previous: bool) -> tuple[int, dict]:
    """check of ``text`` against this year's workbook (NOW), with last year's (BEFORE) or not."""
    (where / "planeval.toml").write_text(GUNMA, encoding="utf-8")
    (where / "報告書案.txt").write_text(text, encoding="utf-8")
    args = [str(_book(where / "R9", NOW)), "--text", str(where / "報告書案.txt")]
    if previous:
        args += ["--previous", str(_book(where / "R8", BEFORE))]
    done = RUNNER.invoke(
        app, ["check", *args, "--config", str(where / "planeval.toml"), "-f", "json"]
    )
    return done.exit_code, json.loads(done.stdout)


def _change(n: int) -> str:
    return f"＋{n}" if n > 0 else f"▲{-n}" if n < 0 else "±0"


def _changes(off: dict[str, int]) -> dict[str, int]:
    """Each status's change since last year, as the rows give it, ``off`` more where said."""
    now, before = Counter(NOW), Counter(BEFORE)
    return {s: now[s] - before[s] + off.get(s, 0) for s in NAMES}


def _comparison_line(off: dict[str, int]) -> str:
    now, changes = Counter(NOW), _changes(off)
    said = "、".join(f"{NAMES[s]} {now[s]}（{_change(changes[s])}）" for s in NAMES)
    return f"前年度（令和8年度）との比較：{said}\n"


def _wrong(data: dict) -> dict[tuple[str, str], tuple[int, int]]:
    return {(r["what"], r["when"]): (r["stated"], r["counted"]) for r in data["disagreements"]}


def test_a_line_of_counts_each_with_its_change_is_compared(tmp_path: Path) -> None:
    changes = _changes({})
    code, data = _check(tmp_path, _comparison_line({"D": 1}), previous=True)
    assert code == 1
    assert _wrong(data) == {("D", "増減"): (changes["D"] + 1, changes["D"])}
    code, data = _check(tmp_path, _comparison_line({}), previous=True)
    assert code == 0 and data["disagreements"] == [] and data["not_compared"] == []
    stated = {w: n for s in data["statements"] for w, n in s["stated"].items()}
    assert stated == Counter(NOW)
    # (without last year's rows: the counts compared, each change listed, settled)
    code, data = _check(tmp_path, _comparison_line({"D": 1}), previous=False)
    assert code == 0 and data["disagreements"] == []
    listed = sorted((n["stated"], n["settled"]) for n in data["not_compared"])
    assert listed == sorted((changes[s] + (s == "D"), True) for s in NAMES)


def test_a_wrong_count_of_the_line_is_said(tmp_path: Path) -> None:
    now = Counter(NOW)
    line = _comparison_line({}).replace(f"達成A {now['A']}", f"達成A {now['A'] + 1}")
    code, data = _check(tmp_path, line, previous=True)
    assert code == 1
    assert _wrong(data) == {("A", ""): (now["A"] + 1, now["A"])}


def test_a_run_of_statuses_and_numbers_is_never_passed_over(tmp_path: Path) -> None:
    now = Counter(NOW)
    line = "、".join(f"{NAMES[s]} {now[s]}" for s in NAMES)  # (no counter, no total, no change)
    code, data = _check(tmp_path, f"評価結果：{line}\n", previous=False)
    assert code == 1
    assert sorted(n["stated"] for n in data["not_compared"]) == sorted(now.values())
    assert all(not n["settled"] for n in data["not_compared"])


def _table(counts: dict[str, int], changes: dict[str, int]) -> str:
    rows = [f"{NAMES[s]}\t{counts[s]}\t{_change(changes[s]).replace('＋', '+')}" for s in NAMES]
    return "評価区分\t指標数\t前年度比\n" + "\n".join(rows) + "\n"


def test_a_table_under_a_comparison_heading_is_this_years(tmp_path: Path) -> None:
    now, changes = Counter(NOW), _changes({})
    text = _comparison_line({}) + "\n" + _table({**now, "A": now["A"] + 1}, changes)
    code, data = _check(tmp_path, text, previous=False)
    assert code == 1
    assert _wrong(data) == {("A", ""): (now["A"] + 1, now["A"])}
    # (its 前年度比 column: listed without last year's rows, compared with them)
    column = [n for n in data["not_compared"] if n["scope"] == "表の「前年度比」の列"]
    assert len(column) == 1 and column[0]["settled"]
    text = _comparison_line({}) + "\n" + _table(now, {**changes, "D": changes["D"] + 1})
    code, data = _check(tmp_path, text, previous=True)
    assert code == 1
    assert _wrong(data) == {("D", "増減"): (changes["D"] + 1, changes["D"])}
    assert [r["scope"] for r in data["disagreements"]] == ["表の「前年度比」の列"]
    code, data = _check(tmp_path, _comparison_line({}) + "\n" + _table(now, changes), previous=True)
    assert code == 0 and data["not_compared"] == []


def test_the_plans_items_with_their_year_are_its_whole_count(tmp_path: Path) -> None:
    now = Counter(NOW)
    said = "／".join(f"{NAMES[s]} {now[s]}" for s in NAMES)
    text = f"本計画に掲げる{{n}}指標の令和9年度の評価結果は、{said}（計{len(NOW)}）でした。\n"
    code, data = _check(tmp_path, text.format(n=len(NOW)), previous=False)
    assert code == 0 and data["not_compared"] == []
    code, data = _check(tmp_path, text.format(n=len(NOW) + 1), previous=False)
    assert code == 1
    assert _wrong(data) == {("total", ""): (len(NOW) + 1, len(NOW))}
