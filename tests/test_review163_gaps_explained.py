"""Review 163 #5, narrowed: compare said 「今回は調査票の提出がなかった局: 産業振興局」 and again
「施策 3-(1) の行がどのファイルにもありません」. The fix dropped every gap of a round some
department sent nothing in — also 1-(1)'s, 企画調整局's rows deleted from the form it did send,
which summarize still says. Now a gap is dropped only where the other rounds show its numbers
as those of a department that sent nothing, and of none that answered (without the plan, that
is all a run can honestly say of whose they were: a 施策 shared with a 局 that answered is still
a gap). A gap no round explains, the same in two rounds, is said once, naming both."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook

import tests.test_review160_bracket_numbers as city
from tests.test_review160_bracket_numbers import KPIS, UNANSWERED, _cli, _plan

EVERY = [*KPIS, (*UNANSWERED, "B")]
MISSING = UNANSWERED[0]  # 産業振興局: 施策 3-(1)'s only 局
DELETED = (1, 1)  # 企画調整局 answers, its 1-(1) rows deleted


def _round(
    folder: Path, year: int, rows: list[tuple[object, ...]], monkeypatch: pytest.MonkeyPatch
) -> Path:
    """The 局's forms (test_review160_bracket_numbers._forms), titled with ``year``; the run
    in ``folder``'s parent (each round named as a clerk types it, R6)."""
    monkeypatch.chdir(folder.parent)
    monkeypatch.setattr(city, "KPIS", rows)
    for path in city._forms(folder):
        book = load_workbook(path)
        book.active["A1"] = str(book.active["A1"].value).replace("令和6", f"令和{year}")
        book.save(path)
    return folder


def _gaps(text: str) -> list[str]:
    said = text.replace("\n", "")
    return [
        part.split("の行が")[0] for part in said.split("警告: ")[1:] if "の行がどのファイル" in part
    ]


def _answered(rows: list[tuple[object, ...]]) -> list[tuple[object, ...]]:
    """This year's rows: 産業振興局 sent nothing, 企画調整局 without its 1-(1)."""
    return [row for row in rows if row[0] != MISSING and row[1] != DELETED]


def test_compare_drops_the_gap_of_the_department_that_sent_nothing_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _round(tmp_path / "R5", 5, EVERY, monkeypatch)
    _round(tmp_path / "R6", 6, _answered(EVERY), monkeypatch)
    code, out, err = _cli(tmp_path, "summarize", "R6")
    assert _gaps(err) == ["R6: 施策 1-(1) ", "R6: 施策 3-(1) "]
    code, out, err = _cli(tmp_path, "compare", "R5", "R6")
    assert code == 0, out + err
    assert f"{MISSING}は前回だけ回答しています" in err.replace("\n", "")
    # (3-(1): 産業振興局's, said by its notice; 1-(1): 企画調整局 answered, its gap said still)
    assert _gaps(err) == ["R6: 施策 1-(1) "], err
    code, out, err = _cli(tmp_path, "rounds", "R5", "R6")
    assert code == 0, out + err
    assert _gaps(err) == ["R6: 施策 1-(1) "], err
    # (with the plan no gap is warned of: the plan's 未提出 names 産業振興局, and the rows
    # 企画調整局 deleted are the plan's KPIs no file holds)
    monkeypatch.setattr(city, "KPIS", KPIS)  # (the city's plan: every KPI, 1-(1)'s too)
    plan = str(_plan(tmp_path / "計画.xlsx"))
    args = ["compare", "R5", "R6", "--plan", plan, "--keep-going"]
    code, out, err = _cli(tmp_path, *args)
    said = err.replace("\n", "")
    assert not _gaps(err) and f"{MISSING}の回答がどのファイルにもありません（未提出）" in said
    assert said.count("がどのファイルにもありません（所管局: 企画調整局") == sum(
        row[1] == DELETED for row in EVERY
    )


def test_a_measure_a_department_that_answered_shared_is_still_a_gap(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """3-(1) shared last year by 産業振興局 and 教育局; this year 産業振興局 sent nothing and 教育局
    answered without its 3-(1) row: 産業振興局 is not the only explanation, the gap is said."""
    shared = ("教育局", (3, 1), "中小企業のDX支援", "学校でのDX体験講座の開催数", "A")
    _round(tmp_path / "R5", 5, [*EVERY, shared], monkeypatch)
    _round(tmp_path / "R6", 6, _answered(EVERY), monkeypatch)
    code, out, err = _cli(tmp_path, "compare", "R5", "R6")
    assert code == 0, out + err
    assert _gaps(err) == ["R6: 施策 1-(1) ", "R6: 施策 3-(1) "], err


def test_a_gap_no_round_explains_is_said_once_and_rounds_says_each_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """産業振興局 sent nothing in R6 nor R7: no round shows 3-(1) as its, so the gap is said
    — once, not per round. With R5 (its rows there), rounds says neither R6's nor R7's."""
    _round(tmp_path / "R5", 5, EVERY, monkeypatch)
    _round(tmp_path / "R6", 6, _answered(EVERY), monkeypatch)
    _round(tmp_path / "R7", 7, [row for row in EVERY if row[0] != MISSING], monkeypatch)
    r6, r7 = "R6", "R7"
    for command in ("compare", "rounds"):
        code, out, err = _cli(tmp_path, command, r6, r7)
        assert code == 0, out + err
        assert _gaps(err) == ["R6: 施策 1-(1) ", "R6: 施策 3-(1) "], err
        assert f"（3-(2)・3-(3) はあります）（{r7} でも同じです）" in err.replace("\n", "")
    code, out, err = _cli(tmp_path, "rounds", "R5", r6, r7)
    assert code == 0, out + err
    assert _gaps(err) == ["R6: 施策 1-(1) "], err
    assert "でも同じです" not in err
