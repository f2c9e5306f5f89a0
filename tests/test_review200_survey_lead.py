"""Review 200 #3 (what was left of it): the first run of 西長崎県's 18 市町 (no planeval.toml,
--bodies folder) led with 「16 団体（46 ファイル）の達成状況は、どの団体も S A B C で…」 though
17 bodies and 51 files answered — 松ヶ浦市's 「A評価」「B評価」 (a symbol with a word of rating
after it) were left out of the bodies rating in S A B C and told only to add an alias — and it
said 達成状況 where the forms title the column 評価."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

import planeval
from tests import test_survey_scales
from tests.test_survey_scales import form, run

ANSWERS = {
    "01_青葉市": {"総務部": ["S", "A", "B"], "企画部": ["C", "A"]},
    "02_緑町": {"総務部": ["A", "Ａ", "B"]},
    "03_松ヶ浦市": {"総務部": ["A評価", "B評価", "A評価"], "企画部": ["B評価"]},
}
TITLED = "評価"


def survey(folder: Path) -> list[Path]:
    """The forms as each 市町's department fills them in, the status column titled 評価."""
    paths = []
    for name, departments in ANSWERS.items():
        (folder / name).mkdir(parents=True)
        for department, statuses in departments.items():
            path = folder / name / f"{department}.xlsx"
            paths.append(form(path, name[3:], department, statuses, legend=False))
    return paths


def test_a_symbol_typed_with_its_word_of_rating_is_among_the_bodies_said(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    titles = ["番号", "取組項目", "取組内容", TITLED, "課題", "担当課"]
    monkeypatch.setattr(test_survey_scales, "TITLES", titles)
    folder = tmp_path / "回答"
    paths = survey(folder)
    typed = Counter(s for departments in ANSWERS.values() for d in departments.values() for s in d)
    result = planeval.read_workbooks([folder], bodies="folder")
    said = result.problems[0]
    assert said.message == (
        f"{len(ANSWERS)} 団体（{len(paths)} ファイル）の{TITLED}は、どの団体も S A B C で"
        f"評価されています。{typed.total()} か所すべてが、いまの評価尺度の記号（◎ ○ △ × -）では"
        f"ありません（値は 'S' {typed['S']} か所・'A' {typed['A']} か所・'Ａ' {typed['Ａ']} か所・"
        f"'A評価' {typed['A評価']} か所・'B' {typed['B']} か所・'B評価' {typed['B評価']} か所・"
        f"'C' {typed['C']} か所）"
    )
    assert said.hint == (
        "preset \"nagayo\" の評価尺度です（'A評価'・'B評価' は記号に評価の言葉を付けた書き方と"
        "みて、別名にしています）。planeval.toml に次の設定を書いてください"
    )
    assert said.settings == (
        '[scale]\npreset = "nagayo"\n\n[[scale.status]]\nsymbol = "A"\naliases = ["A評価"]\n\n'
        '[[scale.status]]\nsymbol = "B"\naliases = ["B評価"]'
    )
    worded = [p.hint for p in result.problems if "松ヶ浦市" in p.location.file]
    assert worded == [
        "記号に評価の言葉を付けた書き方です。記号だけに直すか、はじめのエラーの設定例を "
        "planeval.toml に書いてください"
    ] * (typed["A評価"] + typed["B評価"])
    # the lines pasted read every cell, 「A評価」 as A
    config = tmp_path / "planeval.toml"
    config.write_text(said.settings, encoding="utf-8")
    args = ("summarize", str(folder), "--bodies", "folder", "--config", str(config), "-f", "json")
    again = run(*args)
    assert again.exit_code == 0, again.stderr
    counts = json.loads(again.stdout)["total"]["counts"]
    assert counts == {
        "S": typed["S"],
        "A": typed["A"] + typed["Ａ"] + typed["A評価"],
        "B": typed["B"] + typed["B評価"],
        "C": typed["C"],
    }
