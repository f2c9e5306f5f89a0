"""北山県's roll-up counted once per scale (review 165): its roster marks the A–D bodies
「別集計（評価尺度が違う）」, and its report has a paragraph per scale. #3: 「◎○△×で評価している
16団体のうち回答のあった14団体」 was compared with the whole roster (24, 22), though the run counts
14 of the scale's 16 bodies; a sentence naming the scale is compared with the scale's bodies, one
about the roster with the roster. #4: the A–D bodies' legend line 「※評価　A：達成率100%以上
B：80%以上…」, read as their workbooks' text, gave 「比べられなかった数」 of its thresholds."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from planeval.cli import app
from tests.conftest import write_book
from tests.test_review165_band_names import form

# (団体コード, 団体名, 回答状況; its form's statuses, None for no reply)
BODIES = [
    ("491004", "北山市", "", "○◎△○"),
    ("492027", "東浜市", "", "◎◎○×"),
    ("492035", "西岡市", "未回答（督促済 11/20）", None),
    ("492043", "桜台市", "", "○○△△"),
    ("492086", "湖南市", "別集計（評価尺度が違う）", "ABCD"),
    ("492108", "水沢市", "別集計（評価尺度が違う）", "AABD"),
]
LEGEND = (
    "※評価\u3000A：達成率100%以上\u3000B：80%以上100%未満\u3000C：50%以上80%未満\u3000D：50%未満"
)


def _inputs(tmp_path: Path) -> list[str]:
    roster = [["団体コード", "団体名", "回答状況"], *([c, n, s] for c, n, s, _m in BODIES)]
    write_book(tmp_path / "団体一覧.xlsx", {"団体一覧": roster})
    (tmp_path / "planeval.toml").write_text(
        '[scale]\npreset = "setagaya"\n[bodies]\nroster = "団体一覧.xlsx"\n', encoding="utf-8"
    )
    folder = tmp_path / "回答"
    folder.mkdir()
    for code, name, _said, marks in BODIES:
        if marks is not None:
            legend = LEGEND if marks[0] == "A" else ""
            form(folder / f"{code}_{name}.xlsx", name, marks, legend)
    return [str(folder), "--bodies", "file", "--config", str(tmp_path / "planeval.toml")]


def _figures() -> tuple[int, int, int, int]:
    """The roster's bodies and those that answered; the scale's, those marked apart left out."""
    asked = len(BODIES)
    answered = sum(marks is not None for *_b, marks in BODIES)
    apart = sum("評価尺度" in said for _c, _n, said, _m in BODIES)
    return asked, answered, asked - apart, answered - apart


def _check(tmp_path: Path, text: str) -> tuple[int, dict]:
    tmp_path.mkdir(exist_ok=True)
    inputs = _inputs(tmp_path)
    report = tmp_path / "県報告案.txt"
    report.write_text(text, encoding="utf-8")
    done = CliRunner().invoke(app, ["check", *inputs, "--text", str(report), "-f", "json"])
    return done.exit_code, json.loads(done.stdout)


def _sentences(asked: int, answered: int, own: int, own_answered: int) -> str:
    scale_rows = sum(len(marks) for *_b, marks in BODIES if marks and marks[0] != "A")
    return (
        f"県内{asked}市町村のうち回答のあった{answered}団体について集計した。\n"
        f"◎○△×で評価している{own}団体のうち回答のあった{own_answered}団体の取組は全{scale_rows}件であった。\n"
    )


def test_a_sentence_of_the_scale_s_bodies_is_compared_with_them(tmp_path: Path) -> None:
    code, data = _check(tmp_path, _sentences(*_figures()))
    assert data["disagreements"] == [], data
    assert code == 0, data


def test_a_wrong_count_of_the_scale_s_bodies_says_what_the_scale_counts(tmp_path: Path) -> None:
    asked, answered, own, own_answered = _figures()
    code, data = _check(tmp_path, _sentences(asked, answered, own + 1, own_answered - 1))
    assert code == 1
    found = [(d["what"], d["stated"], d["counted"], d["note"]) for d in data["disagreements"]]
    whole = f"団体一覧の {asked} 団体から評価尺度が違うため数えていない {asked - own} 団体を除いた {own} 団体"
    assert found == [
        ("bodies", own + 1, own, f"（{whole}）"),
        (
            "answered bodies",
            own_answered - 1,
            own_answered,
            f"（{whole}のうち、未回答の 西岡市 を除く {own_answered} 団体）",
        ),
    ], data


def test_a_sentence_of_the_roster_stays_compared_with_the_roster(tmp_path: Path) -> None:
    asked, answered, own, own_answered = _figures()
    code, data = _check(tmp_path, _sentences(asked + 1, answered, own, own_answered))
    assert code == 1
    found = [(d["what"], d["stated"], d["counted"]) for d in data["disagreements"]]
    assert found == [("bodies", asked + 1, asked)], data


def test_among_them_follows_the_sentence_before(tmp_path: Path) -> None:
    """「このうち」 opens a sentence counting among the scale's bodies the one before names."""
    *_roster, own, own_answered = _figures()
    text = (
        f"◎○△×で評価している{own}団体に照会した。このうち{own_answered + 1}団体から回答があった。\n"
    )
    code, data = _check(tmp_path, text)
    found = [(d["what"], d["stated"], d["counted"]) for d in data["disagreements"]]
    assert (code, found) == (1, [("answered bodies", own_answered + 1, own_answered)]), data


def test_the_left_out_bodies_legend_lines_state_no_number(tmp_path: Path) -> None:
    code, data = _check(tmp_path, _sentences(*_figures()))
    assert code == 0, data
    legends = [n for n in data["not_compared"] if "達成率" in n["phrase"]]
    assert legends == [], data
    assert data["not_compared"] == [], data


def test_a_count_of_no_scale_words_that_is_the_scale_s_agrees(tmp_path: Path) -> None:
    """Under a heading 「2 ◎○△×で評価している団体」, 「回答のあった3団体の取組は…」 names no
    scale itself: the scale's count agrees as the scale's; another is the roster's."""
    _asked, answered, _own, own_answered = _figures()
    text = f"2 ◎○△×で評価している団体\n回答のあった{own_answered}団体の取組を集計した。\n"
    code, data = _check(tmp_path, text)
    assert (code, data["disagreements"]) == (0, []), data
    wrong = text.replace(f"{own_answered}団体", f"{own_answered + 7}団体")
    code, data = _check(tmp_path / "wrong", wrong)
    found = [(d["what"], d["stated"], d["counted"]) for d in data["disagreements"]]
    assert found == [("answered bodies", own_answered + 7, answered)], data
